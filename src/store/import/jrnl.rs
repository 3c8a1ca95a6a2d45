//! Importing jrnl's entries as day notes, in time order, each at most once.

use crate::domain::jrnl::{DayEntry, JrnlEntry, append_entry};
use crate::store::days::MAX_NOTE_CHARS;
use crate::store::{Result, Store, StoreError};

/// What a jrnl import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct JrnlReport {
    /// Entries added to a day's note.
    pub added: usize,
    /// Entries a day's note already held.
    pub skipped: usize,
    /// Days whose note changed.
    pub days: usize,
}

impl Store {
    /// Appends each entry to its day's note, oldest first, all or nothing.
    pub fn import_jrnl(&self, entries: &[JrnlEntry]) -> Result<JrnlReport> {
        let mut checked: Vec<DayEntry> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                e.to_day_entry()
                    .map_err(|why| StoreError::Invalid(format!("entries[{i}]: {why}")))
            })
            .collect::<Result<_>>()?;
        // Stable, so entries with the same date and time keep the file's order.
        checked.sort_by_key(|e| (e.date, e.time));
        self.import_write(|s| {
            let mut report = JrnlReport::default();
            let mut i = 0;
            while i < checked.len() {
                let date = checked[i].date;
                let mut note = s.day(date)?.map(|d| d.note).unwrap_or_default();
                let mut changed = false;
                while i < checked.len() && checked[i].date == date {
                    match append_entry(&note, &checked[i].text) {
                        Some(longer) => {
                            note = longer;
                            changed = true;
                            report.added += 1;
                        }
                        None => report.skipped += 1,
                    }
                    i += 1;
                }
                if changed {
                    if note.chars().count() > MAX_NOTE_CHARS {
                        return Err(StoreError::Invalid(format!(
                            "the entries of {date} make a note longer than {MAX_NOTE_CHARS} characters"
                        )));
                    }
                    s.set_note(date, &note)?;
                    report.days += 1;
                }
            }
            Ok(report)
        })
    }
}
