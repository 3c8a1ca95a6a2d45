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
            updated_at: None,
        };
        let mut stmt = self
            .conn
            .prepare("SELECT date, id, note, mood, updated_at FROM days")?;
        let rows = stmt.query_map([], |r| {
            Ok(DayRecord {
                date: r.get(0)?,
                id: r.get(1)?,
                gratitude: Vec::new(),
                note: r.get(2)?,
                mood: r.get(3)?,
                updated_at: r.get(4)?,
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
                id: r.get(1)?,
                position: r.get(2)?,
                text: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            };
            Ok((r.get::<_, String>(0)?, item))
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
            |r| {
                let done_at: Option<String> = r.get(5)?;
                Ok(StepRecord {
                    id: r.get(1)?,
                    position: r.get(2)?,
                    text: r.get(3)?,
                    due: r.get(4)?,
                    done: done_at.is_some(),
                    done_at,
                    done_on: r.get(6)?,
                    person_id: r.get(7)?,
                    created_at: r.get(8)?,
                    updated_at: r.get(9)?,
                })
            },
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT id, title, why, success, target, reward, setback_id, lesson_id, started_on,
                finished_on, archived, created_at, updated_at FROM goals
             ORDER BY started_on, rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            let finished_on: Option<String> = r.get(9)?;
            Ok(GoalRecord {
                id: r.get(0)?,
                title: r.get(1)?,
                why: r.get(2)?,
                success: r.get(3)?,
                target: r.get(4)?,
                reward: r.get(5)?,
                setback_id: r.get(6)?,
                lesson_id: r.get(7)?,
                started_on: r.get(8)?,
                done: finished_on.is_some(),
                finished_on,
                archived: r.get(10)?,
                created_at: r.get(11)?,
                updated_at: r.get(12)?,
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
                id: r.get(0)?,
                text: r.get(1)?,
                realistic: r.get(2)?,
                realistic_note: r.get(3)?,
                fits_values: r.get(4)?,
                values_note: r.get(5)?,
                happy: r.get(6)?,
                happy_note: r.get(7)?,
                status: r.get(8)?,
                goal_id: r.get(9)?,
                created_at: r.get(10)?,
                updated_at: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn export_people(&self) -> Result<Vec<PersonRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, helps, last_contact, note, created_at, updated_at FROM people
             ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PersonRecord {
                id: r.get(0)?,
                name: r.get(1)?,
                helps: r.get(2)?,
                last_contact: r.get(3)?,
                note: r.get(4)?,
                created_at: r.get(5)?,
                updated_at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
