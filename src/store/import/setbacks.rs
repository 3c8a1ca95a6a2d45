//! Importing setbacks with their whole debrief and root cause.

use rusqlite::types::Value;

use super::check::Entry;
use super::{ImportReport, Row, opt_text, text};
use crate::store::export::model::*;
use crate::store::{Result, Store};

const STRENGTH_KINDS: &[&str] = &["praise", "enjoyed", "easy", "skill", "person"];
const GRIEF: &[&str] = &["denial", "anger", "bargaining", "depression", "acceptance"];
const TRANSFORMATION: &[&str] = &[
    "disengagement",
    "disidentification",
    "disorientation",
    "letting_go",
    "re_engagement",
    "discovery",
    "clarity",
    "integration",
];
const CAUSES: &[&str] = &["tactical", "emotional", "unforeseen"];

impl Store {
    pub(super) fn import_setback(
        &self,
        e: &Entry,
        s: &SetbackRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &s.id)?;
        e.written("title", &s.title)?;
        e.date("date", &s.date)?;
        let row = Row {
            table: "setbacks",
            key: vec![("id", text(&s.id))],
            updated_at: Some(&s.updated_at),
            columns: vec![
                ("title", text(&s.title)),
                ("date", text(&s.date)),
                ("summary", text(&s.summary)),
                ("reflection", text(&s.reflection)),
                ("created_at", text(&e.stamp("created_at", &s.created_at)?)),
                ("updated_at", text(&e.stamp("updated_at", &s.updated_at)?)),
            ],
        };
        report.count(self.merge(e, row)?);
        for (i, event) in s.events.iter().enumerate() {
            self.import_event(&e.child("events", i), &s.id, event, report)?;
        }
        for (i, answer) in s.answers.iter().enumerate() {
            let e = e.child("answers", i);
            e.id("id", &answer.id)?;
            e.written("question", &answer.question)?;
            let row = Row {
                table: "answers",
                key: vec![
                    ("setback_id", text(&s.id)),
                    ("question", text(&answer.question)),
                ],
                updated_at: Some(&answer.updated_at),
                columns: vec![
                    ("id", text(&answer.id)),
                    ("text", text(&answer.text)),
                    (
                        "updated_at",
                        text(&e.stamp("updated_at", &answer.updated_at)?),
                    ),
                ],
            };
            report.count(self.merge(&e, row)?);
        }
        self.import_debrief(e, s, report)?;
        self.import_root_cause(&e.field("root_cause"), &s.id, &s.root_cause, report)
    }

    fn import_event(
        &self,
        e: &Entry,
        setback: &str,
        ev: &EventRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &ev.id)?;
        e.date("date", &ev.date)?;
        e.time("time", ev.time.as_deref())?;
        e.written("what", &ev.what)?;
        let row = Row {
            table: "events",
            key: vec![("id", text(&ev.id))],
            updated_at: Some(&ev.updated_at),
            columns: vec![
                ("setback_id", text(setback)),
                ("date", text(&ev.date)),
                ("time", opt_text(ev.time.as_deref())),
                ("position", Value::Integer(ev.position)),
                ("what", text(&ev.what)),
                ("who", text(&ev.who)),
                ("thought", text(&ev.thought)),
                ("felt", text(&ev.felt)),
                ("created_at", text(&e.stamp("created_at", &ev.created_at)?)),
                ("updated_at", text(&e.stamp("updated_at", &ev.updated_at)?)),
            ],
        };
        report.count(self.merge(e, row)?);
        Ok(())
    }

    /// Strengths and lessons.
    fn import_debrief(
        &self,
        e: &Entry,
        s: &SetbackRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        for (i, st) in s.strengths.iter().enumerate() {
            let e = e.child("strengths", i);
            e.id("id", &st.id)?;
            e.one_of("kind", Some(&st.kind), STRENGTH_KINDS)?;
            e.written("text", &st.text)?;
            e.opt_id("person_id", st.person_id.as_deref())?;
            let columns = vec![
                ("setback_id", text(&s.id)),
                ("kind", text(&st.kind)),
                ("text", text(&st.text)),
                ("person_id", opt_text(st.person_id.as_deref())),
            ];
            let row = timed(
                "strengths",
                &st.id,
                &e,
                columns,
                &st.created_at,
                &st.updated_at,
            )?;
            report.count(self.merge(&e, row)?);
        }
        for (i, l) in s.lessons.iter().enumerate() {
            let e = e.child("lessons", i);
            e.id("id", &l.id)?;
            e.written("text", &l.text)?;
            e.opt_id("goal_id", l.goal_id.as_deref())?;
            let columns = vec![
                ("setback_id", text(&s.id)),
                ("text", text(&l.text)),
                ("goal_id", opt_text(l.goal_id.as_deref())),
            ];
            let row = timed("lessons", &l.id, &e, columns, &l.created_at, &l.updated_at)?;
            report.count(self.merge(&e, row)?);
        }
        self.import_thoughts(e, s, report)
    }

    /// Reframes, the story and check-ins.
    fn import_thoughts(
        &self,
        e: &Entry,
        s: &SetbackRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        for (i, r) in s.reframes.iter().enumerate() {
            let e = e.child("reframes", i);
            e.id("id", &r.id)?;
            e.written("thought", &r.thought)?;
            let columns = vec![
                ("setback_id", text(&s.id)),
                ("thought", text(&r.thought)),
                ("kinder", text(&r.kinder)),
            ];
            let row = timed("reframes", &r.id, &e, columns, &r.created_at, &r.updated_at)?;
            report.count(self.merge(&e, row)?);
        }
        if let Some(story) = &s.story {
            let e = e.field("story");
            e.id("id", &story.id)?;
            let row = Row {
                table: "stories",
                key: vec![("setback_id", text(&s.id))],
                updated_at: Some(&story.updated_at),
                columns: vec![
                    ("id", text(&story.id)),
                    ("situation", text(&story.situation)),
                    ("action", text(&story.action)),
                    ("result", text(&story.result)),
                    ("learning", text(&story.learning)),
                    (
                        "updated_at",
                        text(&e.stamp("updated_at", &story.updated_at)?),
                    ),
                ],
            };
            report.count(self.merge(&e, row)?);
        }
        for (i, c) in s.checkins.iter().enumerate() {
            self.import_checkin(&e.child("checkins", i), &s.id, c, report)?;
        }
        Ok(())
    }

    fn import_checkin(
        &self,
        e: &Entry,
        setback: &str,
        c: &CheckinRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.id("id", &c.id)?;
        e.date("date", &c.date)?;
        e.one_of("grief", c.grief.as_deref(), GRIEF)?;
        e.one_of(
            "transformation",
            c.transformation.as_deref(),
            TRANSFORMATION,
        )?;
        if c.grief.is_none() && c.transformation.is_none() {
            return Err(e.fail("a check-in needs a grief stage, a transformation stage, or both"));
        }
        let row = Row {
            table: "checkins",
            key: vec![("id", text(&c.id))],
            updated_at: None,
            columns: vec![
                ("setback_id", text(setback)),
                ("date", text(&c.date)),
                ("grief", opt_text(c.grief.as_deref())),
                ("transformation", opt_text(c.transformation.as_deref())),
                ("note", text(&c.note)),
                ("created_at", text(&e.stamp("created_at", &c.created_at)?)),
            ],
        };
        report.count(self.merge(e, row)?);
        Ok(())
    }

    /// The decision with its motives (replaced together), then each questionnaire answer.
    fn import_root_cause(
        &self,
        e: &Entry,
        setback: &str,
        rc: &RootCauseRecord,
        report: &mut ImportReport,
    ) -> Result<()> {
        e.one_of("confirmed", rc.confirmed.as_deref(), CAUSES)?;
        if let Some(id) = &rc.id {
            e.id("id", id)?;
            let updated = e.stamp("updated_at", rc.updated_at.as_deref().unwrap_or(""))?;
            let row = Row {
                table: "root_causes",
                key: vec![("setback_id", text(setback))],
                updated_at: rc.updated_at.as_deref(),
                columns: vec![
                    ("id", text(id)),
                    ("confirmed", opt_text(rc.confirmed.as_deref())),
                    (
                        "confirmed_at",
                        opt_text(
                            e.opt_stamp("confirmed_at", rc.confirmed_at.as_deref())?
                                .as_deref(),
                        ),
                    ),
                    ("follow_up", text(&rc.follow_up)),
                    ("updated_at", text(&updated)),
                ],
            };
            let outcome = self.merge(e, row)?;
            if !matches!(outcome, super::Outcome::Unchanged) {
                self.replace_motives(e, setback, &rc.motives)?;
            }
            report.count(outcome);
        }
        for (i, a) in rc.answers.iter().enumerate() {
            let e = e.child("answers", i);
            e.written("question", &a.question)?;
            if crate::domain::root_cause::Answer::from_key(&a.answer).is_none() {
                return Err(e.fail(format!(
                    "answer '{}' is not yes, partly, no or 1 to 5",
                    a.answer
                )));
            }
            let row = Row {
                table: "cause_answers",
                key: vec![
                    ("setback_id", text(setback)),
                    ("question", text(&a.question)),
                ],
                updated_at: Some(&a.updated_at),
                columns: vec![
                    ("answer", text(&a.answer)),
                    ("updated_at", text(&e.stamp("updated_at", &a.updated_at)?)),
                ],
            };
            report.count(self.merge(&e, row)?);
        }
        Ok(())
    }

    fn replace_motives(&self, e: &Entry, setback: &str, motives: &[String]) -> Result<()> {
        let at = |err| e.database_error(err);
        self.conn
            .prepare_cached("DELETE FROM cause_motives WHERE setback_id = ?1")
            .and_then(|mut s| s.execute([setback]))
            .map_err(at)?;
        let mut insert = self
            .conn
            .prepare_cached(
                "INSERT OR IGNORE INTO cause_motives (setback_id, motive) VALUES (?1, ?2)",
            )
            .map_err(at)?;
        for motive in motives {
            insert.execute([setback, motive.as_str()]).map_err(at)?;
        }
        Ok(())
    }
}

/// A row found by its id that keeps both `created_at` and `updated_at`.
pub(super) fn timed<'a>(
    table: &'static str,
    id: &str,
    e: &Entry,
    mut columns: Vec<(&'static str, Value)>,
    created_at: &str,
    updated_at: &'a str,
) -> Result<Row<'a>> {
    columns.push(("created_at", text(&e.stamp("created_at", created_at)?)));
    columns.push(("updated_at", text(&e.stamp("updated_at", updated_at)?)));
    Ok(Row {
        table,
        key: vec![("id", text(id))],
        updated_at: Some(updated_at),
        columns,
    })
}
