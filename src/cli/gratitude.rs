//! `bounce gratitude add|list`.

use std::io::Write;

use chrono::NaiveDate;

use super::{day_arg, long_day, say};
use crate::domain::text::validate_entry;
use crate::store::Store;

pub fn add(
    store: &Store,
    today: NaiveDate,
    text: &str,
    date: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let date = day_arg(date, today)?;
    validate_entry(text, "a gratitude item").map_err(anyhow::Error::msg)?;
    let item = store.add_gratitude(date, text)?;
    writeln!(out, "{}", item.id)?;
    say(&format!("Kept for {}.", long_day(item.date)));
    Ok(())
}

pub fn list(
    store: &Store,
    today: NaiveDate,
    date: Option<&str>,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut items = Vec::new();
    match date {
        Some(_) => items = store.gratitude_on(day_arg(date, today)?)?,
        None if json => store.for_each_gratitude(|item| items.push(item))?,
        None => {
            let mut failure = None;
            store.for_each_gratitude(|item| {
                if failure.is_none() {
                    failure = writeln!(out, "{}\t{}\t{}", item.id, item.date, item.text).err();
                }
            })?;
            return failure.map_or(Ok(()), |e| Err(e.into()));
        }
    }
    if json {
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
    } else {
        for item in items {
            writeln!(out, "{}\t{}\t{}", item.id, item.date, item.text)?;
        }
    }
    Ok(())
}
