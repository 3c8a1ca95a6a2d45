//! The rest of a setback's debrief: strengths, lessons and "where am I now" check-ins.

use chrono::NaiveDate;
use rusqlite::{Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::new_id;
use crate::domain::setback::{
    Checkin, GriefStage, Lesson, Strength, StrengthKind, TransformationStage,
};
use crate::domain::text::{clean_multiline, validate_entry};

fn row_to_strength(row: &Row) -> rusqlite::Result<Strength> {
    let kind: String = row.get("kind")?;
    Ok(Strength {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        kind: StrengthKind::from_key(&kind).unwrap_or(StrengthKind::Praise),
        text: row.get("text")?,
        person_id: row
            .get::<_, Option<String>>("person_id")?
            .and_then(|p| Uuid::parse_str(&p).ok()),
    })
}

fn row_to_lesson(row: &Row) -> rusqlite::Result<Lesson> {
    let goal: Option<String> = row.get("goal_id")?;
    Ok(Lesson {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        text: row.get("text")?,
        goal_id: goal.and_then(|g| Uuid::parse_str(&g).ok()),
    })
}

pub(super) fn row_to_checkin(row: &Row) -> rusqlite::Result<Checkin> {
    let grief: Option<String> = row.get("grief")?;
    let transformation: Option<String> = row.get("transformation")?;
    Ok(Checkin {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        date: parse_date(&row.get::<_, String>("date")?)?,
        grief: grief.and_then(|g| GriefStage::from_key(&g)),
        transformation: transformation.and_then(|t| TransformationStage::from_key(&t)),
        note: row.get("note")?,
    })
}

impl Store {
    pub fn add_strength(&self, setback: Uuid, kind: StrengthKind, text: &str) -> Result<Strength> {
        let text = validate_entry(text, "a strength").map_err(StoreError::Invalid)?;
        self.write(|s| {
            s.require_setback(setback)?;
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO strengths (id, setback_id, kind, text, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                )?
                .execute(params![id.to_string(), setback.to_string(), kind.key(), text, self.now_stamp()])?;
            Ok(Strength { id, kind, text, person_id: None })
        })
    }

    pub fn update_strength(&self, id: Uuid, text: &str) -> Result<()> {
        let text = validate_entry(text, "a strength").map_err(StoreError::Invalid)?;
        self.update_text("strengths", "strength", id, &text)
    }

    pub fn delete_strength(&self, id: Uuid) -> Result<()> {
        self.delete_row("strengths", "strength", id)
    }

    /// A setback's strengths, oldest first (the pane groups them by kind).
    pub fn strengths(&self, setback: Uuid) -> Result<Vec<Strength>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, text, person_id FROM strengths WHERE setback_id = ?1 ORDER BY rowid",
        )?;
        let list = stmt
            .query_map([setback.to_string()], row_to_strength)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn add_lesson(&self, setback: Uuid, text: &str) -> Result<Lesson> {
        let text = validate_entry(text, "a lesson").map_err(StoreError::Invalid)?;
        self.write(|s| {
            s.require_setback(setback)?;
            let id = new_id();
            s.conn
                .prepare_cached("INSERT INTO lessons (id, setback_id, text, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)")?
                .execute(params![id.to_string(), setback.to_string(), text, self.now_stamp()])?;
            Ok(Lesson { id, text, goal_id: None })
        })
    }

    pub fn update_lesson(&self, id: Uuid, text: &str) -> Result<()> {
        let text = validate_entry(text, "a lesson").map_err(StoreError::Invalid)?;
        self.update_text("lessons", "lesson", id, &text)
    }

    pub fn delete_lesson(&self, id: Uuid) -> Result<()> {
        self.delete_row("lessons", "lesson", id)
    }

    pub fn lessons(&self, setback: Uuid) -> Result<Vec<Lesson>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, text, goal_id FROM lessons WHERE setback_id = ?1 ORDER BY rowid",
        )?;
        let list = stmt
            .query_map([setback.to_string()], row_to_lesson)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn add_checkin(
        &self,
        setback: Uuid,
        date: NaiveDate,
        grief: Option<GriefStage>,
        transformation: Option<TransformationStage>,
        note: &str,
    ) -> Result<Checkin> {
        if grief.is_none() && transformation.is_none() {
            return Err(StoreError::Invalid(
                "a check-in needs a grief stage, a transformation stage, or both".into(),
            ));
        }
        let note = clean_multiline(note);
        self.write(|s| {
            s.require_setback(setback)?;
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO checkins (id, setback_id, date, grief, transformation, note, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    id.to_string(),
                    setback.to_string(),
                    date_key(date),
                    grief.map(GriefStage::key),
                    transformation.map(TransformationStage::key),
                    note,
                    self.now_stamp()
                ])?;
            Ok(Checkin { id, date, grief, transformation, note })
        })
    }

    pub fn delete_checkin(&self, id: Uuid) -> Result<()> {
        self.delete_row("checkins", "check-in", id)
    }

    /// A setback's check-ins, newest first.
    pub fn checkins(&self, setback: Uuid) -> Result<Vec<Checkin>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, grief, transformation, note FROM checkins WHERE setback_id = ?1
             ORDER BY date DESC, rowid DESC",
        )?;
        let list = stmt
            .query_map([setback.to_string()], row_to_checkin)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    fn update_text(
        &self,
        table: &'static str,
        kind: &'static str,
        id: Uuid,
        text: &str,
    ) -> Result<()> {
        self.write(|s| {
            let sql = format!("UPDATE {table} SET text = ?2, updated_at = ?3 WHERE id = ?1");
            let changed = s.conn.prepare_cached(&sql)?.execute(params![
                id.to_string(),
                text,
                self.now_stamp()
            ])?;
            if changed == 0 {
                return Err(StoreError::not_found(kind, id));
            }
            Ok(())
        })
    }

    fn delete_row(&self, table: &'static str, kind: &'static str, id: Uuid) -> Result<()> {
        self.write(|s| {
            let sql = format!("DELETE FROM {table} WHERE id = ?1");
            if s.conn.prepare_cached(&sql)?.execute([id.to_string()])? == 0 {
                return Err(StoreError::not_found(kind, id));
            }
            Ok(())
        })
    }
}
