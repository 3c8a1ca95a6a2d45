//! `bounce note`, `bounce mood` and `bounce selfcare`: the day's free-form note, its mood,
//! and one kind thing done for myself.

use std::io::Write;

use chrono::NaiveDate;

use super::day_arg;
use crate::domain::Mood;
use crate::domain::text::clean_multiline;
use crate::store::Store;

pub fn note(
    store: &Store,
    today: NaiveDate,
    text: &str,
    date: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let date = day_arg(date, today)?;
    if clean_multiline(text).trim().is_empty() {
        anyhow::bail!("a note needs a few words; nothing was saved");
    }
    let day = store.set_note(date, text)?;
    writeln!(out, "{}\t{}\tnote saved", day.id, day.date)?;
    Ok(())
}

pub fn mood(
    store: &Store,
    today: NaiveDate,
    value: &str,
    date: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let date = day_arg(date, today)?;
    let number: i64 = value.trim().parse().map_err(|_| {
        anyhow::anyhow!("'{value}' is not a mood; give a number from 1 (very low) to 5 (very good)")
    })?;
    let mood = Mood::new(number).map_err(anyhow::Error::msg)?;
    let day = store.set_mood(date, Some(mood))?;
    writeln!(
        out,
        "{}\t{}\tmood {} ({})",
        day.id,
        day.date,
        mood.value(),
        mood.label()
    )?;
    Ok(())
}

pub fn selfcare(
    store: &Store,
    today: NaiveDate,
    text: &str,
    date: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let date = day_arg(date, today)?;
    if crate::domain::text::clean_line(text).is_empty() {
        anyhow::bail!("say what you did for yourself in a few words; nothing was saved");
    }
    let day = store.set_selfcare(date, text)?;
    writeln!(
        out,
        "{}\t{}\tfor myself: {}",
        day.id, day.date, day.selfcare
    )?;
    Ok(())
}
