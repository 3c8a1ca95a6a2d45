//! Days: the free-form note and the mood of each day.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::gratitude::{Day, Mood};
use crate::domain::new_id;
use crate::domain::text::clean_multiline;

/// The longest day note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 200_000;

fn row_to_day(row: &Row) -> rusqlite::Result<Day> {
    let mood: Option<i64> = row.get("mood")?;
    Ok(Day {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        date: parse_date(&row.get::<_, String>("date")?)?,
        note: row.get("note")?,
        mood: mood.and_then(|m| Mood::new(m).ok()),
    })
}

impl Store {
    pub fn day(&self, date: NaiveDate) -> Result<Option<Day>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id, date, note, mood FROM days WHERE date = ?1")?
            .query_row([date_key(date)], row_to_day)
            .optional()?)
    }

    /// Replaces the day's note (an empty note clears it).
    pub fn set_note(&self, date: NaiveDate, note: &str) -> Result<Day> {
        let note = clean_multiline(note);
        let count = note.chars().count();
        if count > MAX_NOTE_CHARS {
            return Err(StoreError::Invalid(format!(
                "the note is {count} characters long; the most a day's note holds is {MAX_NOTE_CHARS}"
            )));
        }
        self.write(|s| {
            s.ensure_day(date)?;
            s.conn
                .prepare_cached("UPDATE days SET note = ?2, updated_at = ?3 WHERE date = ?1")?
                .execute(params![date_key(date), note, self.now_stamp()])?;
            s.day(date)?.ok_or_else(|| missing(date))
        })
    }

    /// Sets or clears the day's mood.
    pub fn set_mood(&self, date: NaiveDate, mood: Option<Mood>) -> Result<Day> {
        self.write(|s| {
            s.ensure_day(date)?;
            s.conn
                .prepare_cached("UPDATE days SET mood = ?2, updated_at = ?3 WHERE date = ?1")?
                .execute(params![
                    date_key(date),
                    mood.map(Mood::value),
                    self.now_stamp()
                ])?;
            s.day(date)?.ok_or_else(|| missing(date))
        })
    }

    fn ensure_day(&self, date: NaiveDate) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO days (date, id, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT (date) DO NOTHING",
            )?
            .execute(params![date_key(date), new_id().to_string(), self.now_stamp()])?;
        Ok(())
    }
}

fn missing(date: NaiveDate) -> StoreError {
    StoreError::NotFound {
        kind: "day",
        id: date_key(date),
    }
}
