//! The ideas funnel: ideas for what to do next, weighed by three questions, promoted into
//! goals or set aside for now.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, parse_uuid};
use crate::domain::forward::{Idea, IdeaStatus, Question, Verdict, Weighing, sort_ideas};
use crate::domain::goal::{Goal, GoalDraft};
use crate::domain::new_id;
use crate::domain::text::{clean_line, validate_entry};

const COLUMNS: &str = "id, text, realistic, realistic_note, fits_values, values_note, happy,
    happy_note, status, goal_id";

/// One question's verdict and note, read from the columns `verdict` and `note`.
fn weighing(row: &Row, verdict: &str, note: &str) -> rusqlite::Result<Weighing> {
    Ok(Weighing {
        verdict: row
            .get::<_, Option<String>>(verdict)?
            .as_deref()
            .and_then(Verdict::from_key),
        note: row.get(note)?,
    })
}

fn row_to_idea(row: &Row) -> rusqlite::Result<Idea> {
    Ok(Idea {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        text: row.get("text")?,
        realistic: weighing(row, "realistic", "realistic_note")?,
        values: weighing(row, "fits_values", "values_note")?,
        happy: weighing(row, "happy", "happy_note")?,
        status: IdeaStatus::from_key(&row.get::<_, String>("status")?).unwrap_or_default(),
        goal_id: row
            .get::<_, Option<String>>("goal_id")?
            .map(|g| parse_uuid(&g))
            .transpose()?,
    })
}

/// The columns holding one question's answer and note.
fn question_columns(question: Question) -> (&'static str, &'static str) {
    match question {
        Question::Realistic => ("realistic", "realistic_note"),
        Question::Values => ("fits_values", "values_note"),
        Question::Happy => ("happy", "happy_note"),
    }
}

impl Store {
    pub fn add_idea(&self, text: &str) -> Result<Idea> {
        let text = validate_entry(text, "An idea").map_err(StoreError::Invalid)?;
        self.write(|s| {
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO ideas (id, text, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                )?
                .execute(params![id.to_string(), text, self.now_stamp()])?;
            s.require_idea(id)
        })
    }

    pub fn update_idea(&self, id: Uuid, text: &str) -> Result<Idea> {
        let text = validate_entry(text, "An idea").map_err(StoreError::Invalid)?;
        self.write(|s| {
            s.touch_idea(
                "UPDATE ideas SET text = ?2, updated_at = ?3 WHERE id = ?1",
                id,
                &text,
            )?;
            s.require_idea(id)
        })
    }

    /// Answers one of the three questions (or clears the answer), with a note.
    pub fn weigh_idea(
        &self,
        id: Uuid,
        question: Question,
        verdict: Option<Verdict>,
        note: &str,
    ) -> Result<Idea> {
        let (answer, note_column) = question_columns(question);
        let note = clean_line(note);
        self.write(|s| {
            let sql = format!(
                "UPDATE ideas SET {answer} = ?2, {note_column} = ?3, updated_at = ?4 WHERE id = ?1"
            );
            let changed = s.conn.prepare_cached(&sql)?.execute(params![
                id.to_string(),
                verdict.map(Verdict::key),
                note,
                self.now_stamp()
            ])?;
            if changed == 0 {
                return Err(StoreError::not_found("idea", id));
            }
            s.require_idea(id)
        })
    }

    /// Writes the notes on all three questions, leaving the answers as they are.
    pub fn set_idea_notes(&self, id: Uuid, notes: &[String; 3]) -> Result<Idea> {
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE ideas SET realistic_note = ?2, values_note = ?3, happy_note = ?4,
                         updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    clean_line(&notes[0]),
                    clean_line(&notes[1]),
                    clean_line(&notes[2]),
                    self.now_stamp()
                ])?;
            if changed == 0 {
                return Err(StoreError::not_found("idea", id));
            }
            s.require_idea(id)
        })
    }

    /// How many ideas the Ideas list shows (those in the funnel and those set aside), and how
    /// many people are in the network.
    pub fn forward_counts(&self) -> Result<(u32, u32)> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT (SELECT COUNT(*) FROM ideas WHERE status IN ('open', 'not_now')) AS ideas,
                (SELECT COUNT(*) FROM people) AS people",
            )?
            .query_row([], |r| Ok((r.get("ideas")?, r.get("people")?)))?)
    }

    /// Sets an idea aside for now (`not_now`), or brings it back to the funnel.
    pub fn set_idea_aside(&self, id: Uuid, aside: bool) -> Result<Idea> {
        let status = if aside {
            IdeaStatus::NotNow
        } else {
            IdeaStatus::Open
        };
        self.write(|s| {
            s.touch_idea(
                "UPDATE ideas SET status = ?2, updated_at = ?3 WHERE id = ?1",
                id,
                status.key(),
            )?;
            s.require_idea(id)
        })
    }

    /// Turns an idea into a goal whose why carries the idea's weighing.
    pub fn promote_idea(&self, id: Uuid, today: NaiveDate) -> Result<Goal> {
        self.write(|s| {
            let idea = s.require_idea(id)?;
            if let Some(goal) = idea.goal_id.and_then(|g| s.goal(g).ok().flatten()) {
                return Ok(goal);
            }
            let draft = GoalDraft {
                title: idea.text.clone(),
                why: idea.why_for_goal(),
                ..GoalDraft::default()
            };
            let goal = s.add_goal(&draft, &[], today)?;
            s.conn
                .prepare_cached(
                    "UPDATE ideas SET status = 'promoted', goal_id = ?2, updated_at = ?3
                     WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    goal.id.to_string(),
                    self.now_stamp()
                ])?;
            Ok(goal)
        })
    }

    pub fn delete_idea(&self, id: Uuid) -> Result<Idea> {
        self.write(|s| {
            let idea = s.require_idea(id)?;
            s.conn
                .prepare_cached("DELETE FROM ideas WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(idea)
        })
    }

    pub fn idea(&self, id: Uuid) -> Result<Option<Idea>> {
        let sql = format!("SELECT {COLUMNS} FROM ideas WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_idea)
            .optional()?)
    }

    fn require_idea(&self, id: Uuid) -> Result<Idea> {
        self.idea(id)?
            .ok_or_else(|| StoreError::not_found("idea", id))
    }

    fn touch_idea(&self, sql: &str, id: Uuid, value: &str) -> Result<()> {
        let changed = self.conn.prepare_cached(sql)?.execute(params![
            id.to_string(),
            value,
            self.now_stamp()
        ])?;
        if changed == 0 {
            return Err(StoreError::not_found("idea", id));
        }
        Ok(())
    }

    /// The ideas with one status: open ones best first (by how well they pass, then
    /// newest), the others newest first.
    pub fn ideas(&self, status: IdeaStatus) -> Result<Vec<Idea>> {
        let sql = format!("SELECT {COLUMNS} FROM ideas WHERE status = ?1 ORDER BY rowid DESC");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut list = stmt
            .query_map([status.key()], row_to_idea)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if status == IdeaStatus::Open {
            sort_ideas(&mut list);
        }
        Ok(list)
    }
}
