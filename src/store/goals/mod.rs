//! Goals and their steps. A goal is finished exactly when it has steps and all are ticked;
//! every change to its steps settles that in the same transaction.

mod lists;
mod steps;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::goal::{Goal, GoalDraft, Progress, Step};
use crate::domain::new_id;
use crate::domain::text::{clean_multiline, validate_entry};

const GOAL_COLUMNS: &str = "g.id, g.title, g.why, g.success, g.target, g.reward, g.setback_id,
    g.lesson_id, g.started_on, g.finished_on, g.archived,
    (SELECT COUNT(*) FROM steps d WHERE d.goal_id = g.id AND d.done_at IS NOT NULL) AS done_steps,
    (SELECT COUNT(*) FROM steps t WHERE t.goal_id = g.id) AS total_steps,
    n.id AS next_id, n.goal_id AS next_goal_id, n.position AS next_position,
    n.text AS next_text, n.due AS next_due, n.done_at AS next_done_at,
    n.done_on AS next_done_on, n.person_id AS next_person_id";

/// Goals joined with their next open step.
const GOAL_FROM: &str = "goals g LEFT JOIN steps n ON n.id = (SELECT x.id FROM steps x
    WHERE x.goal_id = g.id AND x.done_at IS NULL ORDER BY x.position, x.rowid LIMIT 1)";

const STEP_COLUMNS: &str = "id, goal_id, position, text, due, done_at, done_on, person_id";

/// The names a step's columns have in [`STEP_COLUMNS`], and, as the next open step, in
/// [`GOAL_COLUMNS`], where they would otherwise clash with the goal's own `id`.
type StepNames = [&'static str; 8];
const STEP_NAMES: StepNames = [
    "id",
    "goal_id",
    "position",
    "text",
    "due",
    "done_at",
    "done_on",
    "person_id",
];
const NEXT_STEP_NAMES: StepNames = [
    "next_id",
    "next_goal_id",
    "next_position",
    "next_text",
    "next_due",
    "next_done_at",
    "next_done_on",
    "next_person_id",
];

/// What a change to a step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepChange {
    pub step: Step,
    pub goal: Goal,
    /// Whether this change finished the goal (its last open step was ticked).
    pub finished_goal: bool,
    /// Whether the step was ticked again after an untick, keeping when it was first done.
    pub again: bool,
}

fn opt_date(row: &Row, name: &str) -> rusqlite::Result<Option<NaiveDate>> {
    row.get::<_, Option<String>>(name)?
        .map(|t| parse_date(&t))
        .transpose()
}

fn opt_uuid(row: &Row, name: &str) -> rusqlite::Result<Option<Uuid>> {
    row.get::<_, Option<String>>(name)?
        .map(|t| parse_uuid(&t))
        .transpose()
}

fn opt_stamp(row: &Row, name: &str) -> rusqlite::Result<Option<DateTime<Utc>>> {
    // The place of the column, for the error a bad moment gives.
    let i = row.as_ref().column_index(name)?;
    row.get::<_, Option<String>>(name)?
        .map(|t| {
            DateTime::parse_from_rfc3339(&t)
                .map(|d| d.with_timezone(&Utc))
                .map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })
        })
        .transpose()
}

/// A step from the columns named `names`.
fn step_named(row: &Row, names: &StepNames) -> rusqlite::Result<Step> {
    let [
        id,
        goal_id,
        position,
        text,
        due,
        done_at,
        done_on,
        person_id,
    ] = *names;
    Ok(Step {
        id: parse_uuid(&row.get::<_, String>(id)?)?,
        goal_id: parse_uuid(&row.get::<_, String>(goal_id)?)?,
        position: row.get(position)?,
        text: row.get(text)?,
        due: opt_date(row, due)?,
        done_at: opt_stamp(row, done_at)?,
        done_on: opt_date(row, done_on)?,
        person_id: opt_uuid(row, person_id)?,
    })
}

fn row_to_step(row: &Row) -> rusqlite::Result<Step> {
    step_named(row, &STEP_NAMES)
}

fn row_to_goal(row: &Row) -> rusqlite::Result<Goal> {
    let next_step = match row.get::<_, Option<String>>("next_id")? {
        Some(_) => Some(step_named(row, &NEXT_STEP_NAMES)?),
        None => None,
    };
    Ok(Goal {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        title: row.get("title")?,
        why: row.get("why")?,
        success: row.get("success")?,
        target: opt_date(row, "target")?,
        reward: row.get("reward")?,
        setback_id: opt_uuid(row, "setback_id")?,
        lesson_id: opt_uuid(row, "lesson_id")?,
        started_on: parse_date(&row.get::<_, String>("started_on")?)?,
        finished_on: opt_date(row, "finished_on")?,
        archived: row.get("archived")?,
        progress: Progress {
            done: row.get("done_steps")?,
            total: row.get("total_steps")?,
        },
        next_step,
    })
}

struct GoalText {
    title: String,
    why: String,
    success: String,
    reward: String,
}

fn clean_goal(draft: &GoalDraft) -> Result<GoalText> {
    Ok(GoalText {
        title: validate_entry(&draft.title, "A goal's title").map_err(StoreError::Invalid)?,
        why: clean_multiline(&draft.why),
        success: clean_multiline(&draft.success),
        reward: clean_multiline(&draft.reward),
    })
}

fn clean_step(text: &str) -> Result<String> {
    validate_entry(text, "A step").map_err(StoreError::Invalid)
}

impl Store {
    /// Adds a goal with its first steps, all in one go.
    pub fn add_goal(&self, draft: &GoalDraft, steps: &[String], today: NaiveDate) -> Result<Goal> {
        let text = clean_goal(draft)?;
        let steps = steps
            .iter()
            .map(|s| clean_step(s))
            .collect::<Result<Vec<_>>>()?;
        self.write(|s| {
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO goals (id, title, why, success, target, reward, started_on,
                         created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?
                .execute(params![
                    id.to_string(),
                    text.title,
                    text.why,
                    text.success,
                    draft.target.map(date_key),
                    text.reward,
                    date_key(today),
                    self.now_stamp()
                ])?;
            for step in &steps {
                s.insert_step(id, step, None)?;
            }
            s.require_goal(id)
        })
    }

    /// Turns a lesson into a goal that remembers where it came from.
    pub fn add_goal_from_lesson(&self, lesson: Uuid, today: NaiveDate) -> Result<Goal> {
        self.write(|s| {
            let found: Option<(String, String, Option<String>)> = s
                .conn
                .prepare_cached("SELECT text, setback_id, goal_id FROM lessons WHERE id = ?1")?
                .query_row([lesson.to_string()], |r| {
                    Ok((r.get("text")?, r.get("setback_id")?, r.get("goal_id")?))
                })
                .optional()?;
            let (text, setback, existing) =
                found.ok_or_else(|| StoreError::not_found("lesson", lesson))?;
            if let Some(goal) = existing.and_then(|g| Uuid::parse_str(&g).ok()) {
                if let Some(goal) = s.goal(goal)? {
                    return Ok(goal);
                }
            }
            let draft = GoalDraft {
                title: text,
                ..GoalDraft::default()
            };
            let goal = s.add_goal(&draft, &[], today)?;
            s.conn
                .prepare_cached("UPDATE goals SET setback_id = ?2, lesson_id = ?3 WHERE id = ?1")?
                .execute(params![goal.id.to_string(), setback, lesson.to_string()])?;
            s.conn
                .prepare_cached("UPDATE lessons SET goal_id = ?2 WHERE id = ?1")?
                .execute(params![lesson.to_string(), goal.id.to_string()])?;
            s.require_goal(goal.id)
        })
    }

    /// Adds a goal that came out of a setback (from its root-cause follow-up).
    pub fn add_goal_for_setback(
        &self,
        setback: Uuid,
        draft: &GoalDraft,
        today: NaiveDate,
    ) -> Result<Goal> {
        self.write(|s| {
            s.setback(setback)?
                .ok_or_else(|| StoreError::not_found("setback", setback))?;
            let goal = s.add_goal(draft, &[], today)?;
            s.conn
                .prepare_cached("UPDATE goals SET setback_id = ?2 WHERE id = ?1")?
                .execute(params![goal.id.to_string(), setback.to_string()])?;
            s.require_goal(goal.id)
        })
    }

    pub fn update_goal(&self, id: Uuid, draft: &GoalDraft) -> Result<Goal> {
        let text = clean_goal(draft)?;
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE goals SET title = ?2, why = ?3, success = ?4, target = ?5,
                         reward = ?6, updated_at = ?7 WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    text.title,
                    text.why,
                    text.success,
                    draft.target.map(date_key),
                    text.reward,
                    self.now_stamp()
                ])?;
            if changed == 0 {
                return Err(StoreError::not_found("goal", id));
            }
            s.require_goal(id)
        })
    }

    /// Deletes a goal with its steps; a lesson it came from forgets the link.
    pub fn delete_goal(&self, id: Uuid) -> Result<Goal> {
        self.write(|s| {
            let goal = s.require_goal(id)?;
            s.conn
                .prepare_cached("UPDATE lessons SET goal_id = NULL WHERE goal_id = ?1")?
                .execute([id.to_string()])?;
            s.conn
                .prepare_cached("DELETE FROM goals WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(goal)
        })
    }

    pub fn set_goal_archived(&self, id: Uuid, archived: bool) -> Result<Goal> {
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached("UPDATE goals SET archived = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![id.to_string(), archived, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("goal", id));
            }
            s.require_goal(id)
        })
    }

    pub fn goal(&self, id: Uuid) -> Result<Option<Goal>> {
        let sql = format!("SELECT {GOAL_COLUMNS} FROM {GOAL_FROM} WHERE g.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_goal)
            .optional()?)
    }

    fn require_goal(&self, id: Uuid) -> Result<Goal> {
        self.goal(id)?
            .ok_or_else(|| StoreError::not_found("goal", id))
    }

    /// The title of the setback a goal came from.
    pub fn goal_origin(&self, setback: Uuid) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT title FROM setbacks WHERE id = ?1")?
            .query_row([setback.to_string()], |r| r.get("title"))
            .optional()?)
    }
}
