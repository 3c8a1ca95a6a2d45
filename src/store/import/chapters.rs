//! Importing what came after a debrief: conversations, closed chapters, look-backs and
//! weekly reviews.

use rusqlite::OptionalExtension;

use super::check::Entry;
use super::setbacks::timed;
use super::{ImportReport, Row, opt_text, text};
use crate::domain::review::Week;
use crate::store::date_key;
use crate::store::export::model::{
    ClosingRecord, ConversationRecord, LookbackRecord, ReviewRecord,
};
use crate::store::{Result, Store};

const KINDS: &[&str] = &["feedback", "learn", "ask", "share", "listen"];
const BEST: &[&str] = &["yes", "partly", "no"];

fn rating(e: &Entry, value: Option<u8>) -> Result<rusqlite::types::Value> {
    match value {
        Some(n) if n > 10 => Err(e.fail(format!("rating {n} is not between 0 and 10"))),
        Some(n) => Ok(rusqlite::types::Value::Integer(i64::from(n))),
        None => Ok(rusqlite::types::Value::Null),
    }
}

impl Store {
    pub(super) fn import_conversation(
        &self,
        e: &Entry,
        c: &ConversationRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &c.id)?;
        e.id("person_id", &c.person_id)?;
        e.opt_id("setback_id", c.setback_id.as_deref())?;
        e.opt_id("goal_id", c.goal_id.as_deref())?;
        e.one_of("kind", Some(&c.kind), KINDS)?;
        e.opt_date("planned_on", c.planned_on.as_deref())?;
        e.opt_date("held_on", c.held_on.as_deref())?;
        let columns = vec![
            ("person_id", text(&c.person_id)),
            ("setback_id", opt_text(c.setback_id.as_deref())),
            ("goal_id", opt_text(c.goal_id.as_deref())),
            ("kind", text(&c.kind)),
            ("planned_on", opt_text(c.planned_on.as_deref())),
            ("questions", text(&c.questions)),
            ("held_on", opt_text(c.held_on.as_deref())),
            ("said", text(&c.said)),
            ("takeaway", text(&c.takeaway)),
        ];
        let row = timed(
            "conversations",
            &c.id,
            e,
            columns,
            &c.created_at,
            &c.updated_at,
        )?;
        report.count(self.merge(e, row)?);
        Ok(())
    }

    /// A weekly review, found by its week: a journal keeps one review a week, so the file's
    /// copy of a week already reviewed replaces it only when it is newer.
    pub(super) fn import_review(
        &self,
        e: &Entry,
        r: &ReviewRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &r.id)?;
        e.opt_id("step_id", r.step_id.as_deref())?;
        let week = Week::parse(&r.week).map_err(|why| e.field("week").fail(why))?;
        // The step it became joins only when that step is in the journal (or in the file).
        let step = match r.step_id.as_deref() {
            Some(id) => self
                .conn
                .prepare_cached("SELECT id FROM steps WHERE id = ?1")
                .and_then(|mut s| {
                    s.query_row([id], |row| row.get::<_, String>("id"))
                        .optional()
                })
                .map_err(|err| e.database_error(err))?,
            None => None,
        };
        let columns = vec![
            ("id", text(&r.id)),
            ("monday", text(&date_key(week.monday()))),
            ("well", text(&r.well)),
            ("next", text(&r.next)),
            ("step_id", opt_text(step.as_deref())),
            ("created_at", text(&e.stamp("created_at", &r.created_at)?)),
            ("updated_at", text(&e.stamp("updated_at", &r.updated_at)?)),
        ];
        let row = Row {
            table: "reviews",
            key: vec![("week", text(&week.to_string()))],
            updated_at: Some(&r.updated_at),
            columns,
        };
        report.count(self.merge(e, row)?);
        Ok(())
    }

    /// A setback's closed chapter and its look-backs.
    pub(super) fn import_chapter(
        &self,
        e: &Entry,
        setback: &str,
        closing: Option<&ClosingRecord>,
        lookbacks: &[LookbackRecord],
        report: &mut ImportReport,
    ) -> Result<()> {
        if let Some(c) = closing {
            let e = e.field("closing");
            e.date("closed_on", &c.closed_on)?;
            e.one_of("best", c.best.as_deref(), BEST)?;
            let columns = vec![
                ("closed_on", text(&c.closed_on)),
                ("best", opt_text(c.best.as_deref())),
                ("best_note", text(&c.best_note)),
                ("accept", text(&c.accept)),
                ("permission", text(&c.permission)),
                ("carry", text(&c.carry)),
                ("rating", rating(&e, c.rating)?),
                ("created_at", text(&e.stamp("created_at", &c.created_at)?)),
                ("updated_at", text(&e.stamp("updated_at", &c.updated_at)?)),
            ];
            let row = Row {
                table: "closings",
                key: vec![("setback_id", text(setback))],
                updated_at: Some(&c.updated_at),
                columns,
            };
            report.count(self.merge(&e, row)?);
        }
        for (i, l) in lookbacks.iter().enumerate() {
            let e = e.child("lookbacks", i);
            e.id("id", &l.id)?;
            e.date("on_date", &l.on_date)?;
            let columns = vec![
                ("setback_id", text(setback)),
                ("on_date", text(&l.on_date)),
                ("rating", rating(&e, Some(l.rating))?),
                ("note", text(&l.note)),
            ];
            let row = timed(
                "lookbacks",
                &l.id,
                &e,
                columns,
                &l.created_at,
                &l.updated_at,
            )?;
            report.count(self.merge(&e, row)?);
        }
        Ok(())
    }
}
