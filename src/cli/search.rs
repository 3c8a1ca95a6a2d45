//! `bounce search QUERY`: every record whose text holds the words, best first, one a line
//! (`id<TAB>kind<TAB>date<TAB>snippet`, matched words in [brackets]) or as JSON.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::domain::dates::parse_date;
use crate::domain::search::Hit;
use crate::store::Store;

/// What `bounce search` is asked.
pub struct SearchArgs<'a> {
    pub query: &'a str,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    pub limit: usize,
    pub json: bool,
}

/// One hit in `bounce search --json`.
#[derive(Serialize)]
struct Found {
    id: Uuid,
    kind: &'static str,
    /// The setback or goal the record belongs to, if any.
    parent: Option<Uuid>,
    date: NaiveDate,
    snippet: String,
    rank: f64,
}

impl From<&Hit> for Found {
    fn from(hit: &Hit) -> Self {
        Found {
            id: hit.id,
            kind: hit.kind.key(),
            parent: hit.parent,
            date: hit.date,
            snippet: hit.marked("[", "]"),
            rank: hit.rank,
        }
    }
}

/// Prints the hits. Finding nothing prints nothing (or `[]`), says so on stderr and fails,
/// as grep does, so a script can tell.
pub fn search(
    store: &Store,
    today: NaiveDate,
    args: &SearchArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let day = |text: Option<&str>| {
        text.map(|t| parse_date(t, today))
            .transpose()
            .map_err(anyhow::Error::msg)
    };
    let (from, to) = (day(args.from)?, day(args.to)?);
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            anyhow::bail!("--from {from} comes after --to {to}; swap them to search between");
        }
    }
    let hits = store.search(args.query, from, to, args.limit)?;
    if args.json {
        let found: Vec<Found> = hits.iter().map(Found::from).collect();
        serde_json::to_writer_pretty(&mut *out, &found)?;
        writeln!(out)?;
    }
    if hits.is_empty() {
        anyhow::bail!("{}", nothing_found(args.query, from, to));
    }
    if args.json {
        return Ok(());
    }
    for hit in &hits {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            hit.id,
            hit.kind.key(),
            hit.date,
            hit.marked("[", "]")
        )?;
    }
    Ok(())
}

/// "nothing in the journal matches "long walk" (from 2026-01-01)".
fn nothing_found(query: &str, from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    let query = crate::domain::text::clean_line(query);
    let within = match (from, to) {
        (Some(from), Some(to)) => format!(" between {from} and {to}"),
        (Some(from), None) => format!(" from {from} on"),
        (None, Some(to)) => format!(" up to {to}"),
        (None, None) => String::new(),
    };
    format!("nothing in the journal{within} matches \"{query}\"")
}
