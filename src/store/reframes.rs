//! Reframes: a harsh thought about a setback, and the same thing said as to a friend.

use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, parse_date, parse_uuid};
use crate::domain::forward::Reframe;
use crate::domain::new_id;
use crate::domain::text::{clean_multiline, validate_entry};

const COLUMNS: &str = "id, setback_id, thought, kinder, substr(created_at, 1, 10) AS written_on";

fn row_to_reframe(row: &Row) -> rusqlite::Result<Reframe> {
    Ok(Reframe {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        setback_id: parse_uuid(&row.get::<_, String>("setback_id")?)?,
        thought: row.get("thought")?,
        kinder: row.get("kinder")?,
        written_on: parse_date(&row.get::<_, String>("written_on")?)?,
    })
}

impl Store {
    /// Keeps a harsh thought and its kinder version (which may come later).
    pub fn add_reframe(&self, setback: Uuid, thought: &str, kinder: &str) -> Result<Reframe> {
        let thought = validate_entry(thought, "The harsh thought").map_err(StoreError::Invalid)?;
        let kinder = clean_multiline(kinder);
        self.write(|s| {
            s.setback(setback)?
                .ok_or_else(|| StoreError::not_found("setback", setback))?;
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO reframes (id, setback_id, thought, kinder, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                )?
                .execute(params![
                    id.to_string(),
                    setback.to_string(),
                    thought,
                    kinder,
                    self.now_stamp()
                ])?;
            s.reframe(id)?
                .ok_or_else(|| StoreError::not_found("reframe", id))
        })
    }

    pub fn update_reframe(&self, id: Uuid, thought: &str, kinder: &str) -> Result<Reframe> {
        let thought = validate_entry(thought, "The harsh thought").map_err(StoreError::Invalid)?;
        let kinder = clean_multiline(kinder);
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE reframes SET thought = ?2, kinder = ?3, updated_at = ?4 WHERE id = ?1",
                )?
                .execute(params![id.to_string(), thought, kinder, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("reframe", id));
            }
            s.reframe(id)?
                .ok_or_else(|| StoreError::not_found("reframe", id))
        })
    }

    pub fn delete_reframe(&self, id: Uuid) -> Result<Reframe> {
        self.write(|s| {
            let reframe = s
                .reframe(id)?
                .ok_or_else(|| StoreError::not_found("reframe", id))?;
            s.conn
                .prepare_cached("DELETE FROM reframes WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(reframe)
        })
    }

    pub fn reframe(&self, id: Uuid) -> Result<Option<Reframe>> {
        let sql = format!("SELECT {COLUMNS} FROM reframes WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_reframe)
            .optional()?)
    }

    /// A setback's reframes, oldest first.
    pub fn reframes(&self, setback: Uuid) -> Result<Vec<Reframe>> {
        let sql = format!("SELECT {COLUMNS} FROM reframes WHERE setback_id = ?1 ORDER BY rowid");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([setback.to_string()], row_to_reframe)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The newest reframes across all setbacks that have a kinder version, for rereading.
    pub fn latest_reframes(&self, limit: usize) -> Result<Vec<Reframe>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM reframes WHERE kinder <> ''
             ORDER BY rowid DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([limit as i64], row_to_reframe)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}
