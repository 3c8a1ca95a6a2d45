//! Closing a setback's chapter, reopening it, and the look-backs written months later.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::chapter::{Best, Closing, ClosingDraft, Lookback, RATING_MAX, lookback_due};
use crate::domain::new_id;
use crate::domain::text::clean_multiline;

const CLOSING: &str = "setback_id, closed_on, best, best_note, accept, permission, carry, rating";
const LOOKBACK: &str = "id, setback_id, on_date, rating, note";

fn row_to_closing(row: &Row) -> rusqlite::Result<Closing> {
    Ok(Closing {
        setback_id: parse_uuid(&row.get::<_, String>("setback_id")?)?,
        closed_on: parse_date(&row.get::<_, String>("closed_on")?)?,
        best: row
            .get::<_, Option<String>>("best")?
            .and_then(|b| Best::from_key(&b)),
        best_note: row.get("best_note")?,
        accept: row.get("accept")?,
        permission: row.get("permission")?,
        carry: row.get("carry")?,
        rating: row.get("rating")?,
    })
}

fn row_to_lookback(row: &Row) -> rusqlite::Result<Lookback> {
    Ok(Lookback {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        setback_id: parse_uuid(&row.get::<_, String>("setback_id")?)?,
        on: parse_date(&row.get::<_, String>("on_date")?)?,
        rating: row.get("rating")?,
        note: row.get("note")?,
    })
}

fn check_rating(rating: Option<u8>) -> Result<()> {
    match rating {
        Some(n) if n > RATING_MAX => Err(StoreError::Invalid(format!(
            "a rating runs from 0 to {RATING_MAX}"
        ))),
        _ => Ok(()),
    }
}

impl Store {
    /// Closes a setback's chapter today, or writes again what was said on closing it.
    pub fn close_setback(&self, setback: Uuid, draft: &ClosingDraft) -> Result<Closing> {
        self.close_setback_on(setback, self.clock().today(), draft)
    }

    /// Closes a setback's chapter on `on` (today or a day gone by); a chapter already closed
    /// keeps the day it was closed and takes the new words.
    pub fn close_setback_on(
        &self,
        setback: Uuid,
        on: NaiveDate,
        draft: &ClosingDraft,
    ) -> Result<Closing> {
        check_rating(draft.rating)?;
        if on > self.clock().today() {
            return Err(StoreError::Invalid(
                "a chapter is closed today or on a day gone by".into(),
            ));
        }
        let today = date_key(on);
        self.write(|s| {
            s.setback(setback)?
                .ok_or_else(|| StoreError::not_found("setback", setback))?;
            s.conn
                .prepare_cached(
                    "INSERT INTO closings (setback_id, closed_on, best, best_note, accept,
                         permission, carry, rating, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
                     ON CONFLICT (setback_id) DO UPDATE SET best = excluded.best,
                         best_note = excluded.best_note, accept = excluded.accept,
                         permission = excluded.permission, carry = excluded.carry,
                         rating = excluded.rating, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    setback.to_string(),
                    today,
                    draft.best.map(Best::key),
                    clean_multiline(&draft.best_note),
                    clean_multiline(&draft.accept),
                    clean_multiline(&draft.permission),
                    clean_multiline(&draft.carry),
                    draft.rating,
                    self.now_stamp()
                ])?;
            s.closing(setback)?
                .ok_or_else(|| StoreError::not_found("closed chapter", setback))
        })
    }

    /// Opens a closed chapter again; its look-backs stay.
    pub fn reopen_setback(&self, setback: Uuid) -> Result<Closing> {
        self.write(|s| {
            let closing = s.closing(setback)?.ok_or_else(|| {
                StoreError::Invalid("that setback's chapter is not closed".into())
            })?;
            s.conn
                .prepare_cached("DELETE FROM closings WHERE setback_id = ?1")?
                .execute([setback.to_string()])?;
            Ok(closing)
        })
    }

    pub fn closing(&self, setback: Uuid) -> Result<Option<Closing>> {
        let sql = format!("SELECT {CLOSING} FROM closings WHERE setback_id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([setback.to_string()], row_to_closing)
            .optional()?)
    }

    /// Every closed chapter, the latest closed first.
    pub fn closings(&self) -> Result<Vec<Closing>> {
        let sql = format!("SELECT {CLOSING} FROM closings ORDER BY closed_on DESC, rowid");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([], row_to_closing)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Looks back at a closed setback: how much it still feels like a failure, and what can
    /// be seen now.
    pub fn add_lookback(
        &self,
        setback: Uuid,
        on: NaiveDate,
        rating: u8,
        note: &str,
    ) -> Result<Lookback> {
        check_rating(Some(rating))?;
        if on > self.clock().today() {
            return Err(StoreError::Invalid(
                "a look back is written today or on a day gone by".into(),
            ));
        }
        self.write(|s| {
            s.closing(setback)?.ok_or_else(|| {
                StoreError::Invalid("close the setback's chapter before looking back at it".into())
            })?;
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO lookbacks (id, setback_id, on_date, rating, note, created_at,
                         updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                )?
                .execute(params![
                    id.to_string(),
                    setback.to_string(),
                    date_key(on),
                    rating,
                    clean_multiline(note),
                    self.now_stamp()
                ])?;
            s.lookback(id)?
                .ok_or_else(|| StoreError::not_found("look back", id))
        })
    }

    pub fn delete_lookback(&self, id: Uuid) -> Result<Lookback> {
        self.write(|s| {
            let lookback = s
                .lookback(id)?
                .ok_or_else(|| StoreError::not_found("look back", id))?;
            s.conn
                .prepare_cached("DELETE FROM lookbacks WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(lookback)
        })
    }

    pub fn lookback(&self, id: Uuid) -> Result<Option<Lookback>> {
        let sql = format!("SELECT {LOOKBACK} FROM lookbacks WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_lookback)
            .optional()?)
    }

    /// A setback's look-backs, oldest first.
    pub fn lookbacks(&self, setback: Uuid) -> Result<Vec<Lookback>> {
        let sql = format!(
            "SELECT {LOOKBACK} FROM lookbacks WHERE setback_id = ?1 ORDER BY on_date, rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([setback.to_string()], row_to_lookback)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The closed chapters due for a look back on `today`, with how many days after the
    /// close each is due (30, 90 or 365), the longest waiting first.
    pub fn lookbacks_due(&self, today: NaiveDate) -> Result<Vec<(Closing, i64)>> {
        let mut due = Vec::new();
        for closing in self.closings()? {
            let latest = self.lookbacks(closing.setback_id)?.last().map(|l| l.on);
            if let Some(days) = lookback_due(closing.closed_on, latest, today) {
                due.push((closing, days));
            }
        }
        due.sort_by_key(|(c, _)| c.closed_on);
        Ok(due)
    }
}
