//! The export of what came after a debrief: conversations, closed chapters, look-backs and
//! weekly reviews.

use rusqlite::Row;
use serde::{Deserialize, Serialize};

use super::ByParent;
use super::model::SetbackRecord;
use crate::store::{Result, Store};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConversationRecord {
    pub id: String,
    pub person_id: String,
    #[serde(default)]
    pub setback_id: Option<String>,
    #[serde(default)]
    pub goal_id: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub planned_on: Option<String>,
    #[serde(default)]
    pub questions: String,
    #[serde(default)]
    pub held_on: Option<String>,
    #[serde(default)]
    pub said: String,
    #[serde(default)]
    pub takeaway: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClosingRecord {
    pub closed_on: String,
    #[serde(default)]
    pub best: Option<String>,
    #[serde(default)]
    pub best_note: String,
    #[serde(default)]
    pub accept: String,
    #[serde(default)]
    pub permission: String,
    #[serde(default)]
    pub carry: String,
    #[serde(default)]
    pub rating: Option<u8>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LookbackRecord {
    pub id: String,
    pub on_date: String,
    pub rating: u8,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewRecord {
    pub id: String,
    /// The ISO week, as `YYYY-Www`.
    pub week: String,
    #[serde(default)]
    pub well: String,
    #[serde(default)]
    pub next: String,
    /// The goal step the small step became, if it did.
    #[serde(default)]
    pub step_id: Option<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

fn review(r: &Row) -> rusqlite::Result<ReviewRecord> {
    Ok(ReviewRecord {
        id: r.get("id")?,
        week: r.get("week")?,
        well: r.get("well")?,
        next: r.get("next")?,
        step_id: r.get("step_id")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

fn conversation(r: &Row) -> rusqlite::Result<ConversationRecord> {
    Ok(ConversationRecord {
        id: r.get("id")?,
        person_id: r.get("person_id")?,
        setback_id: r.get("setback_id")?,
        goal_id: r.get("goal_id")?,
        kind: r.get("kind")?,
        planned_on: r.get("planned_on")?,
        questions: r.get("questions")?,
        held_on: r.get("held_on")?,
        said: r.get("said")?,
        takeaway: r.get("takeaway")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

fn closing(r: &Row) -> rusqlite::Result<ClosingRecord> {
    Ok(ClosingRecord {
        closed_on: r.get("closed_on")?,
        best: r.get("best")?,
        best_note: r.get("best_note")?,
        accept: r.get("accept")?,
        permission: r.get("permission")?,
        carry: r.get("carry")?,
        rating: r.get("rating")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

fn lookback(r: &Row) -> rusqlite::Result<LookbackRecord> {
    Ok(LookbackRecord {
        id: r.get("id")?,
        on_date: r.get("on_date")?,
        rating: r.get("rating")?,
        note: r.get("note")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

impl Store {
    /// Every conversation, in the order written.
    pub(super) fn export_conversations(&self) -> Result<Vec<ConversationRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, person_id, setback_id, goal_id, kind, planned_on, questions, held_on,
                said, takeaway, created_at, updated_at FROM conversations ORDER BY rowid",
        )?;
        let list = stmt
            .query_map([], conversation)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Every weekly review, oldest week first.
    pub(super) fn export_reviews(&self) -> Result<Vec<ReviewRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, week, well, next, step_id, created_at, updated_at FROM reviews
             ORDER BY week",
        )?;
        let list = stmt
            .query_map([], review)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Puts each setback's closed chapter and look-backs beside it.
    pub(super) fn export_chapters(&self, setbacks: &mut [SetbackRecord]) -> Result<()> {
        let mut closings: ByParent<ClosingRecord> = self.grouped(
            "SELECT setback_id, closed_on, best, best_note, accept, permission, carry, rating,
                created_at, updated_at FROM closings",
            "setback_id",
            closing,
        )?;
        let mut lookbacks = self.grouped(
            "SELECT setback_id, id, on_date, rating, note, created_at, updated_at FROM lookbacks
             ORDER BY on_date, rowid",
            "setback_id",
            lookback,
        )?;
        for s in setbacks {
            s.closing = closings.remove(&s.id).and_then(|mut c| c.pop());
            s.lookbacks = lookbacks.remove(&s.id).unwrap_or_default();
        }
        Ok(())
    }
}
