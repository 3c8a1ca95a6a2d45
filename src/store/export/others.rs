//! The export of days, goals with their steps, ideas and people.

use std::collections::BTreeMap;

use super::model::*;
use crate::store::{Result, Store};

impl Store {
    /// Every day with gratitude, a note or a mood, oldest first.
    pub(super) fn export_days(&self) -> Result<Vec<DayRecord>> {
        let mut days: BTreeMap<String, DayRecord> = BTreeMap::new();
        let empty = |date: &str| DayRecord {
            date: date.to_string(),
            id: None,
            gratitude: Vec::new(),
            note: String::new(),
            mood: None,
            selfcare: String::new(),
            updated_at: None,
        };
        let mut stmt = self
            .conn
            .prepare("SELECT date, id, note, mood, selfcare, updated_at FROM days")?;
        let rows = stmt.query_map([], |r| {
            Ok(DayRecord {
                date: r.get("date")?,
                id: r.get("id")?,
                gratitude: Vec::new(),
                note: r.get("note")?,
                mood: r.get("mood")?,
                selfcare: r.get("selfcare")?,
                updated_at: r.get("updated_at")?,
            })
        })?;
        for row in rows {
            let day = row?;
            days.insert(day.date.clone(), day);
        }
        let mut stmt = self.conn.prepare(
            "SELECT date, id, position, text, created_at, updated_at FROM gratitude_items
             ORDER BY date, position, rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            let item = GratitudeRecord {
                id: r.get("id")?,
                position: r.get("position")?,
                text: r.get("text")?,
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
            };
            Ok((r.get::<_, String>("date")?, item))
        })?;
        for row in rows {
            let (date, item) = row?;
            days.entry(date.clone())
                .or_insert_with(|| empty(&date))
                .gratitude
                .push(item);
        }
        Ok(days.into_values().collect())
    }

    /// Goals in the order they were started, each with its steps in order.
    pub(super) fn export_goals(&self) -> Result<Vec<GoalRecord>> {
        let mut steps = self.grouped(
            "SELECT goal_id, id, position, text, due, done_at, done_on, person_id, created_at,
                updated_at FROM steps ORDER BY position, rowid",
            "goal_id",
            |r| {
                let done_at: Option<String> = r.get("done_at")?;
                Ok(StepRecord {
                    id: r.get("id")?,
                    position: r.get("position")?,
                    text: r.get("text")?,
                    due: r.get("due")?,
                    done: done_at.is_some(),
                    done_at,
                    done_on: r.get("done_on")?,
                    person_id: r.get("person_id")?,
                    created_at: r.get("created_at")?,
                    updated_at: r.get("updated_at")?,
                })
            },
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT id, title, why, success, target, reward, setback_id, lesson_id, started_on,
                finished_on, archived, created_at, updated_at FROM goals
             ORDER BY started_on, rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            let finished_on: Option<String> = r.get("finished_on")?;
            Ok(GoalRecord {
                id: r.get("id")?,
                title: r.get("title")?,
                why: r.get("why")?,
                success: r.get("success")?,
                target: r.get("target")?,
                reward: r.get("reward")?,
                setback_id: r.get("setback_id")?,
                lesson_id: r.get("lesson_id")?,
                started_on: r.get("started_on")?,
                done: finished_on.is_some(),
                finished_on,
                archived: r.get("archived")?,
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
                steps: Vec::new(),
            })
        })?;
        let mut goals = Vec::new();
        for row in rows {
            let mut goal = row?;
            goal.steps = steps.remove(&goal.id).unwrap_or_default();
            goals.push(goal);
        }
        Ok(goals)
    }

    pub(super) fn export_ideas(&self) -> Result<Vec<IdeaRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, text, realistic, realistic_note, fits_values, values_note, happy,
                happy_note, status, goal_id, created_at, updated_at FROM ideas
             ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(IdeaRecord {
                id: r.get("id")?,
                text: r.get("text")?,
                realistic: r.get("realistic")?,
                realistic_note: r.get("realistic_note")?,
                fits_values: r.get("fits_values")?,
                values_note: r.get("values_note")?,
                happy: r.get("happy")?,
                happy_note: r.get("happy_note")?,
                status: r.get("status")?,
                goal_id: r.get("goal_id")?,
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn export_people(&self) -> Result<Vec<PersonRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, helps, last_contact, note, lifts, created_at, updated_at FROM people
             ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PersonRecord {
                id: r.get("id")?,
                name: r.get("name")?,
                helps: r.get("helps")?,
                last_contact: r.get("last_contact")?,
                note: r.get("note")?,
                lifts: r.get("lifts")?,
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
