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
        selfcare: row.get("selfcare")?,
    })
}

impl Store {
    pub fn day(&self, date: NaiveDate) -> Result<Option<Day>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id, date, note, mood, selfcare FROM days WHERE date = ?1")?
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

    /// Keeps the one kind thing done for myself that day (empty clears it).
    pub fn set_selfcare(&self, date: NaiveDate, text: &str) -> Result<Day> {
        let text = crate::domain::text::clean_line(text);
        self.write(|s| {
            s.ensure_day(date)?;
            s.conn
                .prepare_cached("UPDATE days SET selfcare = ?2, updated_at = ?3 WHERE date = ?1")?
                .execute(params![date_key(date), text, self.now_stamp()])?;
            s.day(date)?.ok_or_else(|| missing(date))
        })
    }

    /// The moods of the days from `from` to `to` that have one, oldest first.
    pub fn moods_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, Mood)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT date, mood FROM days WHERE date BETWEEN ?1 AND ?2 AND mood IS NOT NULL
             ORDER BY date",
        )?;
        let rows = stmt.query_map([date_key(from), date_key(to)], |r| {
            Ok((
                parse_date(&r.get::<_, String>("date")?)?,
                r.get::<_, i64>("mood")?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (day, mood) = row?;
            if let Ok(mood) = Mood::new(mood) {
                out.push((day, mood));
            }
        }
        Ok(out)
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
