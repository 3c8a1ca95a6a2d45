//! Checking each field of an imported record, with errors that name the entry and field
//! ("setbacks[2].events[5]: date 'x' is not YYYY-MM-DD").

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use crate::store::{Result, StoreError};

/// Where a record sits in the file, for error messages.
pub(super) struct Entry {
    path: String,
    /// The moment of the import, for records that carry none.
    now: std::rc::Rc<str>,
}

impl Entry {
    pub fn at(list: &str, index: usize, now: &std::rc::Rc<str>) -> Entry {
        Entry {
            path: format!("{list}[{index}]"),
            now: std::rc::Rc::clone(now),
        }
    }

    pub fn child(&self, list: &str, index: usize) -> Entry {
        Entry {
            path: format!("{}.{list}[{index}]", self.path),
            now: std::rc::Rc::clone(&self.now),
        }
    }

    pub fn field(&self, name: &str) -> Entry {
        Entry {
            path: format!("{}.{name}", self.path),
            now: std::rc::Rc::clone(&self.now),
        }
    }

    pub fn fail(&self, why: impl std::fmt::Display) -> StoreError {
        StoreError::Invalid(format!("{}: {why}", self.path))
    }

    pub fn database_error(&self, e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) if e.to_string().contains("FOREIGN KEY") => self.fail(
                "it refers to a record (a setback, lesson, goal or person) that is neither in the file nor in the journal",
            ),
            Some(rusqlite::ErrorCode::ConstraintViolation) => {
                self.fail(format!("it does not fit the journal ({e})"))
            }
            _ => StoreError::Sqlite(e),
        }
    }

    pub fn id(&self, field: &str, value: &str) -> Result<()> {
        uuid::Uuid::parse_str(value)
            .map(|_| ())
            .map_err(|_| self.fail(format!("{field} '{value}' is not an id (a UUID)")))
    }

    pub fn opt_id(&self, field: &str, value: Option<&str>) -> Result<()> {
        value.map_or(Ok(()), |v| self.id(field, v))
    }

    pub fn date(&self, field: &str, value: &str) -> Result<()> {
        NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .ok()
            .filter(|_| value.len() == 10)
            .map(|_| ())
            .ok_or_else(|| self.fail(format!("{field} '{value}' is not YYYY-MM-DD")))
    }

    pub fn opt_date(&self, field: &str, value: Option<&str>) -> Result<()> {
        value.map_or(Ok(()), |v| self.date(field, v))
    }

    pub fn time(&self, field: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) if NaiveTime::parse_from_str(v, "%H:%M").is_err() || v.len() != 5 => {
                Err(self.fail(format!("{field} '{v}' is not HH:MM")))
            }
            _ => Ok(()),
        }
    }

    /// A moment in RFC 3339; a missing one (empty) becomes now.
    pub fn stamp(&self, field: &str, value: &str) -> Result<String> {
        if value.is_empty() {
            return Ok(self.now.to_string());
        }
        DateTime::parse_from_rfc3339(value)
            .map(|_| value.to_string())
            .map_err(|_| {
                self.fail(format!(
                    "{field} '{value}' is not a date and time (RFC 3339)"
                ))
            })
    }

    pub fn opt_stamp(&self, field: &str, value: Option<&str>) -> Result<Option<String>> {
        value.map(|v| self.stamp(field, v)).transpose()
    }

    /// Text a person must have written: not blank.
    pub fn written(&self, field: &str, value: &str) -> Result<()> {
        if value.trim().is_empty() {
            return Err(self.fail(format!("{field} is empty")));
        }
        Ok(())
    }

    pub fn one_of(&self, field: &str, value: Option<&str>, allowed: &[&str]) -> Result<()> {
        match value {
            Some(v) if !allowed.contains(&v) => Err(self.fail(format!(
                "{field} '{v}' is not one of {}",
                allowed.join(", ")
            ))),
            _ => Ok(()),
        }
    }
}

/// Whether the file's copy (`theirs`) was changed after the journal's (`ours`).
pub(super) fn is_newer(theirs: Option<&str>, ours: Option<&str>) -> bool {
    let parse = |s: &str| {
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| d.with_timezone(&Utc))
    };
    match (theirs.and_then(parse), ours.and_then(parse)) {
        (Some(t), Some(o)) => t > o,
        (Some(_), None) => ours.is_none(),
        _ => false,
    }
}
