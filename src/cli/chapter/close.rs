//! `bounce setback close|reopen` and `bounce lookback`: closing a setback's chapter, and
//! looking back at it later.

use std::io::Write;

use chrono::NaiveDate;

use super::{CloseArgs, LookbackArgs};
use crate::cli::ids::resolve_setback;
use crate::cli::{long_day, say, short_id};
use crate::domain::chapter::{Best, Closing, ClosingDraft, parse_rating};
use crate::store::Store;

fn rating_arg(text: Option<&str>) -> anyhow::Result<Option<u8>> {
    text.map(|t| parse_rating(t).map_err(anyhow::Error::msg))
        .transpose()
}

fn best_arg(text: Option<&str>) -> anyhow::Result<Option<Best>> {
    text.map(|t| {
        Best::from_key(&t.trim().to_lowercase())
            .ok_or_else(|| anyhow::anyhow!("--best is yes, partly or no, not '{}'", t.trim()))
    })
    .transpose()
}

/// `id  closed  closed_on  rating-or-'-'`, as `setback close` prints it.
fn closing_line(closing: &Closing) -> String {
    let rating = closing
        .rating
        .map_or_else(|| "-".to_string(), |r| r.to_string());
    format!(
        "{}\tclosed\t{}\t{rating}",
        closing.setback_id, closing.closed_on
    )
}

/// Closes the chapter today; closing it again rewrites what is given and keeps the rest.
pub(in crate::cli) fn close(
    store: &Store,
    args: &CloseArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let rating = rating_arg(args.rating.as_deref())?;
    let best = best_arg(args.best.as_deref())?;
    let setback = resolve_setback(store, &args.id)?;
    let before = store.closing(setback.id)?;
    let kept = |given: Option<&String>, old: fn(&Closing) -> &String| -> String {
        match (given, &before) {
            (Some(text), _) => text.clone(),
            (None, Some(closing)) => old(closing).clone(),
            (None, None) => String::new(),
        }
    };
    let carry = (!args.carry.is_empty()).then(|| args.carry.join("\n"));
    let draft = ClosingDraft {
        best: best.or(before.as_ref().and_then(|c| c.best)),
        best_note: kept(args.best_note.as_ref(), |c| &c.best_note),
        accept: kept(args.accept.as_ref(), |c| &c.accept),
        permission: kept(args.permission.as_ref(), |c| &c.permission),
        carry: kept(carry.as_ref(), |c| &c.carry),
        rating: rating.or(before.as_ref().and_then(|c| c.rating)),
    };
    let closing = store.close_setback(setback.id, &draft)?;
    writeln!(out, "{}", closing_line(&closing))?;
    if before.is_some() {
        say(&format!(
            "Written again; the chapter stays closed from {}.",
            long_day(closing.closed_on)
        ));
    } else {
        say(&format!(
            "Chapter closed. In a month, bounce due will offer a look back at \"{}\".",
            setback.title
        ));
    }
    Ok(())
}

pub(in crate::cli) fn reopen(store: &Store, id: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let setback = resolve_setback(store, id)?;
    if store.closing(setback.id)?.is_none() {
        anyhow::bail!(
            "\"{}\" is still open; there is nothing to reopen",
            setback.title
        );
    }
    store.reopen_setback(setback.id)?;
    writeln!(out, "{}\topen", setback.id)?;
    say("Open again. Its look-backs stay with it.");
    Ok(())
}

pub(in crate::cli) fn lookback(
    store: &Store,
    today: NaiveDate,
    args: &LookbackArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let rating = parse_rating(&args.rating).map_err(anyhow::Error::msg)?;
    let setback = resolve_setback(store, &args.id)?;
    if store.closing(setback.id)?.is_none() {
        anyhow::bail!(
            "\"{}\" is still open; a look back comes after closing it: bounce setback close {}",
            setback.title,
            short_id(setback.id)
        );
    }
    let note = args.note.as_deref().unwrap_or_default();
    let lookback = store.add_lookback(setback.id, today, rating, note)?;
    writeln!(out, "{}\t{}\t{}", lookback.id, lookback.on, lookback.rating)?;
    say("Kept. It joins the setback's ratings over time.");
    Ok(())
}
