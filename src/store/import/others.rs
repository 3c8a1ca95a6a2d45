//! Importing people, goals with their steps, ideas, and days with their gratitude.

use rusqlite::types::Value;

use super::check::Entry;
use super::setbacks::timed;
use super::{ImportReport, Row, opt_text, text};
use crate::store::days::MAX_NOTE_CHARS;
use crate::store::export::model::*;
use crate::store::{Result, Store};

const VERDICTS: &[&str] = &["yes", "maybe", "no"];
const IDEA_STATUS: &[&str] = &["open", "not_now", "promoted"];

impl Store {
    pub(super) fn import_person(
        &self,
        e: &Entry,
        p: &PersonRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &p.id)?;
        e.written("name", &p.name)?;
        e.opt_date("last_contact", p.last_contact.as_deref())?;
        let columns = vec![
            ("name", text(&p.name)),
            ("helps", text(&p.helps)),
            ("last_contact", opt_text(p.last_contact.as_deref())),
            ("note", text(&p.note)),
            ("lifts", Value::Integer(i64::from(p.lifts))),
        ];
        let row = timed("people", &p.id, e, columns, &p.created_at, &p.updated_at)?;
        report.count(self.merge(e, row)?);
        Ok(())
    }

    pub(super) fn import_goal(
        &self,
        e: &Entry,
        g: &GoalRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &g.id)?;
        e.written("title", &g.title)?;
        e.opt_date("target", g.target.as_deref())?;
        e.opt_date("finished_on", g.finished_on.as_deref())?;
        e.opt_id("setback_id", g.setback_id.as_deref())?;
        e.opt_id("lesson_id", g.lesson_id.as_deref())?;
        let started = if g.started_on.is_empty() {
            e.stamp("created_at", &g.created_at)?[..10].to_string()
        } else {
            e.date("started_on", &g.started_on)?;
            g.started_on.clone()
        };
        let columns = vec![
            ("title", text(&g.title)),
            ("why", text(&g.why)),
            ("success", text(&g.success)),
            ("target", opt_text(g.target.as_deref())),
            ("reward", text(&g.reward)),
            ("setback_id", opt_text(g.setback_id.as_deref())),
            ("lesson_id", opt_text(g.lesson_id.as_deref())),
            ("started_on", text(&started)),
            ("finished_on", opt_text(g.finished_on.as_deref())),
            ("archived", Value::Integer(i64::from(g.archived))),
        ];
        let row = timed("goals", &g.id, e, columns, &g.created_at, &g.updated_at)?;
        report.count(self.merge(e, row)?);
        for (i, step) in g.steps.iter().enumerate() {
            self.import_step(&e.child("steps", i), &g.id, step, report)?;
        }
        Ok(())
    }

    fn import_step(
        &self,
        e: &Entry,
        goal: &str,
        s: &StepRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &s.id)?;
        e.written("text", &s.text)?;
        e.opt_date("due", s.due.as_deref())?;
        e.opt_date("done_on", s.done_on.as_deref())?;
        e.opt_id("person_id", s.person_id.as_deref())?;
        let done_at = e.opt_stamp("done_at", s.done_at.as_deref())?;
        // A step marked done without saying when counts as done when it was last changed.
        let done_at = match done_at {
            None if s.done => Some(e.stamp("updated_at", &s.updated_at)?),
            other => other,
        };
        let done_on = s
            .done_on
            .clone()
            .or_else(|| done_at.as_ref().map(|d| d[..10].to_string()));
        let columns = vec![
            ("goal_id", text(goal)),
            ("position", Value::Integer(s.position)),
            ("text", text(&s.text)),
            ("due", opt_text(s.due.as_deref())),
            ("done_at", opt_text(done_at.as_deref())),
            ("done_on", opt_text(done_on.as_deref())),
            ("person_id", opt_text(s.person_id.as_deref())),
        ];
        let row = timed("steps", &s.id, e, columns, &s.created_at, &s.updated_at)?;
        report.count(self.merge(e, row)?);
        Ok(())
    }

    pub(super) fn import_idea(
        &self,
        e: &Entry,
        idea: &IdeaRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &idea.id)?;
        e.written("text", &idea.text)?;
        e.one_of("realistic", idea.realistic.as_deref(), VERDICTS)?;
        e.one_of("fits_values", idea.fits_values.as_deref(), VERDICTS)?;
        e.one_of("happy", idea.happy.as_deref(), VERDICTS)?;
        e.one_of("status", Some(&idea.status), IDEA_STATUS)?;
        e.opt_id("goal_id", idea.goal_id.as_deref())?;
        let columns = vec![
            ("text", text(&idea.text)),
            ("realistic", opt_text(idea.realistic.as_deref())),
            ("realistic_note", text(&idea.realistic_note)),
            ("fits_values", opt_text(idea.fits_values.as_deref())),
            ("values_note", text(&idea.values_note)),
            ("happy", opt_text(idea.happy.as_deref())),
            ("happy_note", text(&idea.happy_note)),
            ("status", text(&idea.status)),
            ("goal_id", opt_text(idea.goal_id.as_deref())),
        ];
        let row = timed(
            "ideas",
            &idea.id,
            e,
            columns,
            &idea.created_at,
            &idea.updated_at,
        )?;
        report.count(self.merge(e, row)?);
        Ok(())
    }

    /// A day's note and mood, merged by date; then its gratitude items, by id.
    pub(super) fn import_day(
        &self,
        e: &Entry,
        d: &DayRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.date("date", &d.date)?;
        if let Some(mood) = d.mood.filter(|m| !(1..=5).contains(m)) {
            return Err(e.fail(format!("mood {mood} is not between 1 and 5")));
        }
        if d.note.chars().count() > MAX_NOTE_CHARS {
            return Err(e.fail(format!(
                "the note is longer than {MAX_NOTE_CHARS} characters"
            )));
        }
        if let Some(id) = &d.id {
            e.id("id", id)?;
            let updated = e.stamp("updated_at", d.updated_at.as_deref().unwrap_or(""))?;
            let row = Row {
                table: "days",
                key: vec![("date", text(&d.date))],
                updated_at: d.updated_at.as_deref(),
                columns: vec![
                    ("id", text(id)),
                    ("note", text(&d.note)),
                    ("mood", d.mood.map_or(Value::Null, Value::Integer)),
                    ("selfcare", text(&d.selfcare)),
                    ("updated_at", text(&updated)),
                ],
            };
            report.count(self.merge(e, row)?);
        }
        for (i, g) in d.gratitude.iter().enumerate() {
            let e = e.child("gratitude", i);
            e.id("id", &g.id)?;
            e.written("text", &g.text)?;
            let columns = vec![
                ("date", text(&d.date)),
                ("position", Value::Integer(g.position)),
                ("text", text(&g.text)),
            ];
            let row = timed(
                "gratitude_items",
                &g.id,
                &e,
                columns,
                &g.created_at,
                &g.updated_at,
            )?;
            report.count(self.merge(&e, row)?);
        }
        Ok(())
    }
}
