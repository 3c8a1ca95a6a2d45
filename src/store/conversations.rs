//! Conversations: planned with someone from the network, maybe about a setback or a goal,
//! and once held, what they said and what to take from it. Holding one counts as being in
//! touch that day.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::chapter::{Conversation, ConversationDraft, ConversationKind, Held};
use crate::domain::new_id;
use crate::domain::text::clean_multiline;

const COLUMNS: &str = "c.id, c.person_id, p.name AS person, c.setback_id, c.goal_id, c.kind,
    c.planned_on, c.questions, c.held_on, c.said, c.takeaway";

const FROM: &str = "FROM conversations c JOIN people p ON p.id = c.person_id";

/// Planned ones first, soonest first (undated last); then held ones, latest first.
const ORDER: &str = "ORDER BY c.held_on IS NOT NULL, c.planned_on IS NULL, c.planned_on,
    c.held_on DESC, c.rowid";

fn row_to_conversation(row: &Row) -> rusqlite::Result<Conversation> {
    let optional_id = |name: &str| -> rusqlite::Result<Option<Uuid>> {
        row.get::<_, Option<String>>(name)?
            .map(|id| parse_uuid(&id))
            .transpose()
    };
    let optional_day = |name: &str| -> rusqlite::Result<Option<NaiveDate>> {
        row.get::<_, Option<String>>(name)?
            .map(|day| parse_date(&day))
            .transpose()
    };
    let kind: String = row.get("kind")?;
    Ok(Conversation {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        person_id: parse_uuid(&row.get::<_, String>("person_id")?)?,
        person: row.get("person")?,
        setback_id: optional_id("setback_id")?,
        goal_id: optional_id("goal_id")?,
        kind: ConversationKind::from_key(&kind).unwrap_or(ConversationKind::Listen),
        planned_on: optional_day("planned_on")?,
        questions: row.get("questions")?,
        held_on: optional_day("held_on")?,
        said: row.get("said")?,
        takeaway: row.get("takeaway")?,
    })
}

impl Store {
    /// Plans a conversation with someone already in the network.
    pub fn add_conversation(&self, draft: &ConversationDraft) -> Result<Conversation> {
        let kind = draft
            .kind
            .ok_or_else(|| StoreError::Invalid("choose what the conversation is for".into()))?;
        self.write(|s| {
            s.check_links(draft)?;
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO conversations (id, person_id, setback_id, goal_id, kind,
                         planned_on, questions, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?
                .execute(params![
                    id.to_string(),
                    draft.person_id.to_string(),
                    draft.setback_id.map(|i| i.to_string()),
                    draft.goal_id.map(|i| i.to_string()),
                    kind.key(),
                    draft.planned_on.map(date_key),
                    clean_multiline(&draft.questions),
                    self.now_stamp()
                ])?;
            s.require_conversation(id)
        })
    }

    /// Changes who, what for, when and what to ask; what came of it stays.
    pub fn update_conversation(&self, id: Uuid, draft: &ConversationDraft) -> Result<Conversation> {
        let kind = draft
            .kind
            .ok_or_else(|| StoreError::Invalid("choose what the conversation is for".into()))?;
        self.write(|s| {
            s.check_links(draft)?;
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE conversations SET person_id = ?2, setback_id = ?3, goal_id = ?4,
                         kind = ?5, planned_on = ?6, questions = ?7, updated_at = ?8
                     WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    draft.person_id.to_string(),
                    draft.setback_id.map(|i| i.to_string()),
                    draft.goal_id.map(|i| i.to_string()),
                    kind.key(),
                    draft.planned_on.map(date_key),
                    clean_multiline(&draft.questions),
                    self.now_stamp()
                ])?;
            if changed == 0 {
                return Err(StoreError::not_found("conversation", id));
            }
            s.require_conversation(id)
        })
    }

    /// Notes that a conversation was held, what was said and what to take from it; the
    /// person counts as in touch that day.
    pub fn hold_conversation(&self, id: Uuid, held: &Held) -> Result<Conversation> {
        if held.on > self.clock().today() {
            return Err(StoreError::Invalid(
                "a conversation can only be held today or on a day gone by".into(),
            ));
        }
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE conversations SET held_on = ?2, said = ?3, takeaway = ?4,
                         updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    date_key(held.on),
                    clean_multiline(&held.said),
                    clean_multiline(&held.takeaway),
                    self.now_stamp()
                ])?;
            if changed == 0 {
                return Err(StoreError::not_found("conversation", id));
            }
            let conversation = s.require_conversation(id)?;
            s.touch_person(conversation.person_id, held.on)?;
            Ok(conversation)
        })
    }

    pub fn delete_conversation(&self, id: Uuid) -> Result<Conversation> {
        self.write(|s| {
            let conversation = s.require_conversation(id)?;
            s.conn
                .prepare_cached("DELETE FROM conversations WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(conversation)
        })
    }

    pub fn conversation(&self, id: Uuid) -> Result<Option<Conversation>> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE c.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_conversation)
            .optional()?)
    }

    /// Every conversation, planned ones first.
    pub fn conversations(&self) -> Result<Vec<Conversation>> {
        self.conversations_where("1", &[])
    }

    /// A setback's conversations, planned ones first.
    pub fn conversations_of_setback(&self, setback: Uuid) -> Result<Vec<Conversation>> {
        self.conversations_where("c.setback_id = ?1", &[&setback.to_string()])
    }

    /// Someone's conversations, planned ones first.
    pub fn conversations_with(&self, person: Uuid) -> Result<Vec<Conversation>> {
        self.conversations_where("c.person_id = ?1", &[&person.to_string()])
    }

    /// The conversations planned for `today` or a day gone by and not held yet.
    pub fn conversations_due(&self, today: NaiveDate) -> Result<Vec<Conversation>> {
        self.conversations_where(
            "c.held_on IS NULL AND c.planned_on <= ?1",
            &[&date_key(today)],
        )
    }

    fn conversations_where(
        &self,
        filter: &str,
        values: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Conversation>> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE {filter} {ORDER}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map(values, row_to_conversation)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    fn require_conversation(&self, id: Uuid) -> Result<Conversation> {
        self.conversation(id)?
            .ok_or_else(|| StoreError::not_found("conversation", id))
    }

    /// The person, setback and goal a conversation names all exist.
    fn check_links(&self, draft: &ConversationDraft) -> Result<()> {
        self.person(draft.person_id)?
            .ok_or_else(|| StoreError::not_found("person", draft.person_id))?;
        if let Some(id) = draft.setback_id {
            self.setback(id)?
                .ok_or_else(|| StoreError::not_found("setback", id))?;
        }
        if let Some(id) = draft.goal_id {
            self.goal(id)?
                .ok_or_else(|| StoreError::not_found("goal", id))?;
        }
        Ok(())
    }
}
