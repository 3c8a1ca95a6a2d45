//! Journals that hold control characters from before text was kept plain: the one-time
//! clean-up of migration 014, so that no way out (a pipe, an export) can carry them.

use rusqlite::Transaction;
use rusqlite_migration::HookResult;

use crate::domain::text::plain;

/// Every column that holds what a person wrote, by table. The undo history holds copies of
/// it inside SQL, which stays valid with the characters gone.
const PERSON_TEXT: &[(&str, &[&str])] = &[
    ("days", &["note"]),
    ("gratitude_items", &["text"]),
    ("drafts", &["text"]),
    ("setbacks", &["title", "summary", "reflection"]),
    ("events", &["what", "who", "thought", "felt"]),
    ("answers", &["text"]),
    ("lessons", &["text"]),
    ("stories", &["situation", "action", "result", "learning"]),
    ("checkins", &["note"]),
    ("root_causes", &["follow_up"]),
    ("goals", &["title", "why", "success", "reward"]),
    ("steps", &["text"]),
    (
        "ideas",
        &["text", "realistic_note", "values_note", "happy_note"],
    ),
    ("people", &["name", "note"]),
    ("reframes", &["thought", "kinder"]),
    ("strengths", &["text"]),
    ("undo_steps", &["sql"]),
];

/// Rewrites each text that holds a control character other than a line break or a tab.
/// SQLite finds them (a GLOB over the control characters), so clean text is never read here.
pub(super) fn clean_all(tx: &Transaction) -> HookResult {
    let controls: String = (1u32..=31)
        .chain(127..=159)
        .filter(|&c| c != u32::from('\n') && c != u32::from('\t'))
        .filter_map(char::from_u32)
        .collect();
    let pattern = format!("*[{controls}]*");
    for (table, columns) in PERSON_TEXT {
        for column in *columns {
            let found: Vec<(i64, String)> = tx
                .prepare(&format!(
                    "SELECT rowid AS row_id, {column} AS text FROM {table} WHERE {column} GLOB ?1"
                ))?
                .query_map([&pattern], |r| Ok((r.get("row_id")?, r.get("text")?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut update = tx.prepare(&format!(
                "UPDATE {table} SET {column} = ?2 WHERE rowid = ?1"
            ))?;
            for (rowid, text) in found {
                update.execute(rusqlite::params![rowid, plain(&text)])?;
            }
        }
    }
    Ok(())
}
