//! `bounce reframe add|list|kinder`: a harsh thought about a setback, and the same thing
//! said as to a friend.

use std::io::Write;

use crate::cli::ids::{resolve_reframe, resolve_setback};
use crate::domain::forward::Reframe;
use crate::domain::text::{clean_line, validate_entry};
use crate::store::Store;

/// `id  date  thought  kinder`, as `reframe list` prints it; kinder words on one line.
fn reframe_line(reframe: &Reframe) -> String {
    format!(
        "{}\t{}\t{}\t{}",
        reframe.id,
        reframe.written_on,
        reframe.thought,
        clean_line(&reframe.kinder)
    )
}

pub(super) fn add(
    store: &Store,
    setback: &str,
    thought: &str,
    kinder: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    validate_entry(thought, "the harsh thought").map_err(anyhow::Error::msg)?;
    let setback = resolve_setback(store, setback)?;
    let reframe = store.add_reframe(setback.id, thought, kinder.unwrap_or_default())?;
    writeln!(out, "{}", reframe.id)?;
    if reframe.kinder.trim().is_empty() {
        crate::cli::say(&format!(
            "Kept. When you find kinder words: bounce reframe kinder {} \"...\"",
            crate::cli::short_id(reframe.id)
        ));
    } else {
        crate::cli::say("Kept, with the kinder words beside it.");
    }
    Ok(())
}

pub(super) fn list(
    store: &Store,
    setback: &str,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let setback = resolve_setback(store, setback)?;
    let reframes = store.reframes(setback.id)?;
    if json {
        // Written as one string, so a reader that stops early is an io error, not a JSON one.
        writeln!(out, "{}", serde_json::to_string_pretty(&reframes)?)?;
        return Ok(());
    }
    for reframe in &reframes {
        writeln!(out, "{}", reframe_line(reframe))?;
    }
    Ok(())
}

/// Writes the kinder words of a reframe, keeping its thought.
pub(super) fn kinder(
    store: &Store,
    id: &str,
    text: &str,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    validate_entry(text, "the kinder words").map_err(anyhow::Error::msg)?;
    let reframe = resolve_reframe(store, id)?;
    let reframe = store.update_reframe(reframe.id, &reframe.thought, text)?;
    writeln!(out, "{}", reframe_line(&reframe))?;
    Ok(())
}
