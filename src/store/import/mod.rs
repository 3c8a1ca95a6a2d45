//! Reads bounce's own export back into a journal, merging by id: a record that is missing is
//! added, one that is there is changed only when the file's copy is newer. All of it happens
//! in one transaction, so a file that fails half way changes nothing.

mod chapters;
mod check;
mod jrnl;
mod others;
mod setbacks;

use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::{Result, Store, StoreError};
use crate::store::export::model::{FORMAT, Journal, VERSION};
use check::Entry;

pub use jrnl::JrnlReport;

/// What an import did, counted in records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// What to do with one record of the file.
enum Outcome {
    Added,
    Updated,
    Unchanged,
}

/// One row to merge: where it goes, how it is found, and its columns.
struct Row<'a> {
    table: &'static str,
    /// The columns that find the row, with their values.
    key: Vec<(&'static str, Value)>,
    /// The file's `updated_at`, when the table keeps one.
    updated_at: Option<&'a str>,
    /// Every other column to write, including `updated_at`.
    columns: Vec<(&'static str, Value)>,
}

impl Store {
    /// Merges a bounce export into the journal, all or nothing.
    pub fn import_journal(&self, journal: &Journal) -> Result<ImportReport> {
        if journal.format != FORMAT {
            return Err(StoreError::Invalid(format!(
                "this is not a bounce export: its format is '{}', not '{FORMAT}'",
                journal.format
            )));
        }
        if journal.version > VERSION {
            return Err(StoreError::Invalid(format!(
                "this export comes from a newer bounce (version {}, this one reads up to {VERSION}); update bounce to import it",
                journal.version
            )));
        }
        self.conn.set_prepared_statement_cache_capacity(64);
        self.import_write(|s| {
            let mut report = ImportReport::default();
            let now: std::rc::Rc<str> = s.now_stamp().into();
            for (i, person) in journal.people.iter().enumerate() {
                s.import_person(&Entry::at("people", i, &now), person, &mut report)?;
            }
            for (i, setback) in journal.setbacks.iter().enumerate() {
                let e = Entry::at("setbacks", i, &now);
                s.import_setback(&e, setback, &mut report)?;
                let closing = setback.closing.as_ref();
                s.import_chapter(&e, &setback.id, closing, &setback.lookbacks, &mut report)?;
            }
            for (i, goal) in journal.goals.iter().enumerate() {
                s.import_goal(&Entry::at("goals", i, &now), goal, &mut report)?;
            }
            for (i, c) in journal.conversations.iter().enumerate() {
                s.import_conversation(&Entry::at("conversations", i, &now), c, &mut report)?;
            }
            for (i, r) in journal.reviews.iter().enumerate() {
                s.import_review(&Entry::at("reviews", i, &now), r, &mut report)?;
            }
            for (i, idea) in journal.ideas.iter().enumerate() {
                s.import_idea(&Entry::at("ideas", i, &now), idea, &mut report)?;
            }
            for (i, day) in journal.days.iter().enumerate() {
                s.import_day(&Entry::at("days", i, &now), day, &mut report)?;
            }
            Ok(report)
        })
    }

    /// Adds the row, or changes it when the file's copy is newer; says which it did.
    fn merge(&self, entry: &Entry, row: Row) -> Result<Outcome> {
        let at = |e: rusqlite::Error| entry.database_error(e);
        let find = row
            .key
            .iter()
            .enumerate()
            .map(|(i, (c, _))| format!("{c} = ?{}", i + 1))
            .collect::<Vec<_>>()
            .join(" AND ");
        let keys = row.key.iter().map(|(_, v)| v);
        let stamp = if row.updated_at.is_some() {
            "updated_at"
        } else {
            "NULL"
        };
        let sql = format!("SELECT {stamp} AS stamp FROM {} WHERE {find}", row.table);
        let found: Option<Option<String>> = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_row(rusqlite::params_from_iter(keys.clone()), |r| r.get("stamp"))
                    .optional()
            })
            .map_err(at)?;
        let (sql, outcome) = match found {
            None => {
                let names = row.key.iter().chain(&row.columns).map(|(c, _)| *c);
                let names = names.collect::<Vec<_>>();
                let marks = (1..=names.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>();
                let sql = format!(
                    "INSERT INTO {} ({}) VALUES ({})",
                    row.table,
                    names.join(", "),
                    marks.join(", ")
                );
                (sql, Outcome::Added)
            }
            Some(current) if check::is_newer(row.updated_at, current.as_deref()) => {
                let first = row.key.len() + 1;
                let sets = row.columns.iter().enumerate();
                let sets = sets.map(|(i, (c, _))| format!("{c} = ?{}", i + first));
                let sets = sets.collect::<Vec<_>>().join(", ");
                let sql = format!("UPDATE {} SET {sets} WHERE {find}", row.table);
                (sql, Outcome::Updated)
            }
            Some(_) => return Ok(Outcome::Unchanged),
        };
        // Both statements take the key's values first, then the other columns'.
        let values = keys.chain(row.columns.iter().map(|(_, v)| v));
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.execute(rusqlite::params_from_iter(values)))
            .map_err(at)?;
        Ok(outcome)
    }
}

impl ImportReport {
    fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Added => self.added += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
        }
    }
}

/// Text for a column.
/// Text for a column, kept plain: a file from anywhere may hold control characters.
fn text(value: &str) -> Value {
    Value::Text(crate::domain::text::plain(value).into_owned())
}

/// Text or NULL for a column.
fn opt_text(value: Option<&str>) -> Value {
    value.map_or(Value::Null, text)
}
