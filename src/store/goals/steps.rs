//! A goal's steps: added, edited, ticked, moved and split, each change settling whether
//! the goal is finished in the same transaction.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{STEP_COLUMNS, StepChange, clean_step, row_to_step};
use crate::domain::goal::Step;
use crate::domain::new_id;
use crate::store::{Result, Store, StoreError, date_key, parse_date};

impl Store {
    /// A goal's steps, in order.
    pub fn steps(&self, goal: Uuid) -> Result<Vec<Step>> {
        let sql =
            format!("SELECT {STEP_COLUMNS} FROM steps WHERE goal_id = ?1 ORDER BY position, rowid");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([goal.to_string()], row_to_step)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn step(&self, id: Uuid) -> Result<Option<Step>> {
        let sql = format!("SELECT {STEP_COLUMNS} FROM steps WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_step)
            .optional()?)
    }

    fn require_step(&self, id: Uuid) -> Result<Step> {
        self.step(id)?
            .ok_or_else(|| StoreError::not_found("step", id))
    }

    /// Adds a step at the end of a goal; a finished goal with a new step is open again.
    pub fn add_step(
        &self,
        goal: Uuid,
        text: &str,
        due: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<StepChange> {
        let text = clean_step(text)?;
        self.write(|s| {
            s.require_goal(goal)?;
            let id = s.insert_step(goal, &text, due)?;
            s.change(id, today)
        })
    }

    pub(super) fn insert_step(
        &self,
        goal: Uuid,
        text: &str,
        due: Option<NaiveDate>,
    ) -> Result<Uuid> {
        let id = new_id();
        let person = self.person_named_in(text)?;
        self.conn
            .prepare_cached(
                "INSERT INTO steps (id, goal_id, position, text, due, person_id, created_at,
                     updated_at)
                 VALUES (?1, ?2, (SELECT COALESCE(MAX(position), 0) + 1 FROM steps
                     WHERE goal_id = ?2), ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![
                id.to_string(),
                goal.to_string(),
                text,
                due.map(date_key),
                person.map(|p| p.to_string()),
                self.now_stamp()
            ])?;
        Ok(id)
    }

    pub fn update_step(&self, id: Uuid, text: &str, due: Option<NaiveDate>) -> Result<Step> {
        let text = clean_step(text)?;
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE steps SET text = ?2, due = ?3, person_id = ?4, updated_at = ?5
                     WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    text,
                    due.map(date_key),
                    s.person_named_in(&text)?.map(|p| p.to_string()),
                    self.now_stamp()
                ])?;
            if changed == 0 {
                return Err(StoreError::not_found("step", id));
            }
            s.require_step(id)
        })
    }

    /// Deletes a step; if only done steps remain, the goal is finished.
    pub fn delete_step(&self, id: Uuid, today: NaiveDate) -> Result<StepChange> {
        self.write(|s| {
            let step = s.require_step(id)?;
            s.conn
                .prepare_cached("DELETE FROM steps WHERE id = ?1")?
                .execute([id.to_string()])?;
            let finished_goal = s.settle(step.goal_id, today)?;
            let goal = s.require_goal(step.goal_id)?;
            Ok(StepChange {
                step,
                goal,
                finished_goal,
                again: false,
            })
        })
    }

    /// Ticks (`done`) or unticks a step. Ticking a ticked step keeps when it was first done,
    /// and ticking an unticked one again brings back when it was done before.
    pub fn tick_step(&self, id: Uuid, done: bool, today: NaiveDate) -> Result<StepChange> {
        self.write(|s| {
            let (stamp, day) = if done {
                (Some(self.now_stamp()), Some(date_key(today)))
            } else {
                (None, None)
            };
            let again = done && s.was_done(id)?;
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE steps SET
                         was_done_at = CASE WHEN ?2 IS NULL THEN COALESCE(done_at, was_done_at)
                             ELSE NULL END,
                         was_done_on = CASE WHEN ?3 IS NULL THEN COALESCE(done_on, was_done_on)
                             ELSE NULL END,
                         done_at = CASE WHEN ?2 IS NULL THEN NULL
                             ELSE COALESCE(done_at, was_done_at, ?2) END,
                         done_on = CASE WHEN ?3 IS NULL THEN NULL
                             ELSE COALESCE(done_on, was_done_on, ?3) END,
                         updated_at = ?4 WHERE id = ?1",
                )?
                .execute(params![id.to_string(), stamp, day, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("step", id));
            }
            let change = StepChange {
                again,
                ..s.change(id, today)?
            };
            if let (true, Some(person)) = (done, change.step.person_id) {
                s.touch_person(person, today)?;
            }
            Ok(change)
        })
    }

    /// Whether a step is open now but was done before it was unticked.
    fn was_done(&self, id: Uuid) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT done_at IS NULL AND was_done_at IS NOT NULL AS again
                 FROM steps WHERE id = ?1",
            )?
            .query_row([id.to_string()], |r| r.get("again"))
            .optional()?
            .unwrap_or(false))
    }

    /// Swaps a step with its neighbour above (`up`) or below; returns whether it moved.
    pub fn move_step(&self, id: Uuid, up: bool) -> Result<bool> {
        self.write(|s| {
            let step = s.require_step(id)?;
            let steps = s.steps(step.goal_id)?;
            let Some(i) = steps.iter().position(|x| x.id == id) else {
                return Ok(false);
            };
            let j = if up { i.checked_sub(1) } else { Some(i + 1) };
            let Some(j) = j.filter(|j| *j < steps.len()) else {
                return Ok(false);
            };
            s.renumber(step.goal_id, |order| order.swap(i, j))?;
            Ok(true)
        })
    }

    /// Replaces a step that is too big with smaller ones in its place: the first part keeps
    /// the step, the rest follow it.
    pub fn split_step(&self, id: Uuid, parts: &[String], today: NaiveDate) -> Result<Vec<Step>> {
        let parts = parts
            .iter()
            .map(|p| clean_step(p))
            .collect::<Result<Vec<_>>>()?;
        let Some((first, rest)) = parts.split_first() else {
            return Err(StoreError::Invalid(
                "Write the smaller steps one per line; nothing was changed".into(),
            ));
        };
        self.write(|s| {
            let step = s.require_step(id)?;
            if step.is_done() {
                return Err(StoreError::Invalid(
                    "This step is already done, so there is nothing to split".into(),
                ));
            }
            s.update_step(id, first, step.due)?;
            let mut added = Vec::new();
            for part in rest {
                added.push(s.insert_step(step.goal_id, part, None)?);
            }
            s.renumber(step.goal_id, |order| {
                order.retain(|x| !added.contains(x));
                let at = order
                    .iter()
                    .position(|x| *x == id)
                    .map_or(order.len(), |i| i + 1);
                order.splice(at..at, added.iter().copied());
            })?;
            s.settle(step.goal_id, today)?;
            let mut ids = vec![id];
            ids.extend(added);
            ids.iter().map(|i| s.require_step(*i)).collect()
        })
    }

    /// Writes positions 1..n for a goal's steps in the order `arrange` leaves them.
    fn renumber(&self, goal: Uuid, arrange: impl FnOnce(&mut Vec<Uuid>)) -> Result<()> {
        let mut order: Vec<Uuid> = self.steps(goal)?.into_iter().map(|s| s.id).collect();
        arrange(&mut order);
        let mut stmt = self
            .conn
            .prepare_cached("UPDATE steps SET position = ?2 WHERE id = ?1")?;
        for (i, id) in order.iter().enumerate() {
            stmt.execute(params![id.to_string(), i as i64 + 1])?;
        }
        Ok(())
    }

    fn change(&self, step: Uuid, today: NaiveDate) -> Result<StepChange> {
        let step = self.require_step(step)?;
        let finished_goal = self.settle(step.goal_id, today)?;
        let goal = self.require_goal(step.goal_id)?;
        Ok(StepChange {
            step,
            goal,
            finished_goal,
            again: false,
        })
    }

    /// Marks a goal finished when all its steps are done, or open again when one is not;
    /// returns whether it has just been finished for the first time. A goal reopened and
    /// finished again with no step done since keeps the day it was really finished.
    fn settle(&self, goal: Uuid, today: NaiveDate) -> Result<bool> {
        let g = self.require_goal(goal)?;
        let complete = g.progress.is_complete();
        match (complete, g.finished_on) {
            (true, None) => {
                let before = self.finished_before(goal)?;
                self.set_finished(goal, Some(before.unwrap_or(today)), None)?;
                Ok(before.is_none())
            }
            (false, Some(day)) => {
                self.set_finished(goal, None, Some(day))?;
                Ok(false)
            }
            _ => Ok(false),
        }
    }

    /// The day a reopened goal was finished, if none of its steps was done after it.
    fn finished_before(&self, goal: Uuid) -> Result<Option<NaiveDate>> {
        let day: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT was_finished_on FROM goals g WHERE id = ?1
                     AND NOT EXISTS (SELECT 1 FROM steps s
                         WHERE s.goal_id = g.id AND s.done_on > g.was_finished_on)",
            )?
            .query_row([goal.to_string()], |r| r.get("was_finished_on"))
            .optional()?
            .flatten();
        Ok(day.map(|d| parse_date(&d)).transpose()?)
    }

    /// Sets (or clears) the day a goal was finished, and the one kept from before it was
    /// reopened.
    fn set_finished(
        &self,
        goal: Uuid,
        day: Option<NaiveDate>,
        before: Option<NaiveDate>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE goals SET finished_on = ?2, was_finished_on = ?3, updated_at = ?4
                 WHERE id = ?1",
            )?
            .execute(params![
                goal.to_string(),
                day.map(date_key),
                before.map(date_key),
                self.now_stamp()
            ])?;
        Ok(())
    }

    /// Steps ticked on each day from `from` to `to`, for the activity chart (days without
    /// any are left out).
    pub fn steps_done_per_day(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(NaiveDate, u32)>> {
        self.per_day(
            "SELECT done_on AS day, COUNT(*) AS n FROM steps WHERE done_on BETWEEN ?1 AND ?2
             GROUP BY done_on ORDER BY done_on",
            from,
            to,
        )
    }
}
