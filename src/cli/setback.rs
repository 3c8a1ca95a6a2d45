//! `bounce setback add|list|story` and `bounce event add`: capture a setback and its
//! timeline from a script, and read them back.

use std::collections::HashMap;
use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::ids::resolve_setback;
use super::{day_arg, long_day, say, short_id};
use crate::domain::root_cause::NOT_DECIDED;
use crate::domain::setback::{EventDraft, Setback, SetbackDraft, parse_time};
use crate::store::Store;

pub fn add(
    store: &Store,
    today: NaiveDate,
    title: &str,
    date: Option<&str>,
    summary: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let draft = SetbackDraft {
        title: title.to_string(),
        date: Some(day_arg(date, today)?),
        summary: summary.unwrap_or_default().to_string(),
    };
    let setback = store.add_setback(&draft, today)?;
    writeln!(out, "{}", setback.id)?;
    say(&format!(
        "Kept, dated {}. What led up to it: bounce event add {} --date D --what \"...\"",
        long_day(setback.date),
        short_id(setback.id)
    ));
    Ok(())
}

/// One setback in `setback list --json`.
#[derive(Serialize)]
struct Listed<'a> {
    id: Uuid,
    date: NaiveDate,
    title: &'a str,
    summary: &'a str,
    reflection: &'a str,
    /// The root cause once one is confirmed; null until then.
    cause: Option<&'a str>,
    events: u32,
    /// The day its chapter was closed; null while it is open.
    closed_on: Option<NaiveDate>,
}

impl<'a> Listed<'a> {
    fn new(s: &'a Setback, closed_on: Option<NaiveDate>) -> Self {
        Listed {
            id: s.id,
            date: s.date,
            title: &s.title,
            summary: &s.summary,
            reflection: &s.reflection,
            cause: s.cause.map(|c| c.key()),
            events: s.event_count,
            closed_on,
        }
    }
}

pub fn list(store: &Store, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let setbacks = store.setbacks()?;
    if json {
        let closed: HashMap<Uuid, NaiveDate> = store
            .closings()?
            .into_iter()
            .map(|c| (c.setback_id, c.closed_on))
            .collect();
        let listed: Vec<Listed> = setbacks
            .iter()
            .map(|s| Listed::new(s, closed.get(&s.id).copied()))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &listed)?;
        writeln!(out)?;
        return Ok(());
    }
    for s in &setbacks {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            s.id,
            s.date,
            s.cause.map_or(NOT_DECIDED, |c| c.key()),
            s.event_count,
            s.title
        )?;
    }
    Ok(())
}

pub fn story(store: &Store, id: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let setback = resolve_setback(store, id)?;
    let story = store.story(setback.id)?;
    if story.is_empty() {
        anyhow::bail!(
            "no story has been written for this setback yet; open it in the Debrief pane to write one"
        );
    }
    write!(out, "{}", story.to_text(&setback.title))?;
    Ok(())
}

/// What `bounce event add` was given, as typed.
pub struct EventArgs<'a> {
    pub setback: &'a str,
    pub date: &'a str,
    pub time: Option<&'a str>,
    pub what: &'a str,
    pub who: Option<&'a str>,
    pub thought: Option<&'a str>,
    pub felt: Option<&'a str>,
}

pub fn add_event(
    store: &Store,
    today: NaiveDate,
    args: &EventArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let date = day_arg(Some(args.date), today)?;
    let time = parse_time(args.time.unwrap_or_default()).map_err(anyhow::Error::msg)?;
    let setback = resolve_setback(store, args.setback)?;
    let draft = EventDraft {
        date: Some(date),
        time,
        what: args.what.to_string(),
        who: args.who.unwrap_or_default().to_string(),
        thought: args.thought.unwrap_or_default().to_string(),
        felt: args.felt.unwrap_or_default().to_string(),
    };
    let event = store.add_event(setback.id, &draft, today)?;
    writeln!(out, "{}", event.id)?;
    say(&format!(
        "Kept on the timeline, dated {}.",
        long_day(event.date)
    ));
    Ok(())
}
