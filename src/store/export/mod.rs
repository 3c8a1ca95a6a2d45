//! Reads the whole journal into the export model, in an order fixed by the data itself, so
//! two exports of the same journal are the same byte for byte.

mod chapters;
pub mod model;
mod others;
mod rows;

use std::collections::HashMap;

use rusqlite::{Row, params};

use super::{Result, Store, parse_date, parse_uuid};
use crate::domain::root_cause::{Answer, Cause, classify, setback_sources};
use crate::domain::setback::{Event, Setback};
use model::*;

/// Rows of a child table, grouped by the id of the record they belong to, in query order.
type ByParent<T> = HashMap<String, Vec<T>>;

impl Store {
    /// Everything a person wrote, oldest first, ready to be written as JSON or Markdown.
    pub fn export(&self) -> Result<Journal> {
        Ok(Journal {
            format: FORMAT.into(),
            version: VERSION,
            setbacks: self.export_setbacks()?,
            days: self.export_days()?,
            goals: self.export_goals()?,
            ideas: self.export_ideas()?,
            people: self.export_people()?,
            conversations: self.export_conversations()?,
            reviews: self.export_reviews()?,
        })
    }

    fn export_setbacks(&self) -> Result<Vec<SetbackRecord>> {
        let mut events = self.grouped(
            "SELECT setback_id, id, date, time, position, what, who, thought, felt, created_at,
                updated_at FROM events ORDER BY date, COALESCE(time, ''), position, rowid",
            "setback_id",
            rows::event,
        )?;
        let mut answers = self.grouped(
            "SELECT setback_id, id, question, text, updated_at FROM answers ORDER BY question",
            "setback_id",
            rows::answer,
        )?;
        let mut strengths = self.grouped(
            "SELECT setback_id, id, kind, text, person_id, created_at, updated_at FROM strengths
             ORDER BY rowid",
            "setback_id",
            rows::strength,
        )?;
        let mut lessons = self.grouped(
            "SELECT setback_id, id, text, goal_id, created_at, updated_at FROM lessons
             ORDER BY rowid",
            "setback_id",
            rows::lesson,
        )?;
        let mut reframes = self.grouped(
            "SELECT setback_id, id, thought, kinder, created_at, updated_at FROM reframes
             ORDER BY rowid",
            "setback_id",
            rows::reframe,
        )?;
        let mut checkins = self.grouped(
            "SELECT setback_id, id, date, grief, transformation, note, created_at FROM checkins
             ORDER BY date, rowid",
            "setback_id",
            rows::checkin,
        )?;
        let mut stories = self.export_stories()?;
        let mut causes = self.export_root_causes()?;
        let mut stmt = self.conn.prepare(
            "SELECT id, title, date, summary, reflection, created_at, updated_at FROM setbacks
             ORDER BY date, rowid",
        )?;
        let rows = stmt.query_map([], rows::setback)?;
        let mut setbacks = Vec::new();
        for row in rows {
            let mut s = row?;
            s.events = events.remove(&s.id).unwrap_or_default();
            s.answers = answers.remove(&s.id).unwrap_or_default();
            s.strengths = strengths.remove(&s.id).unwrap_or_default();
            s.lessons = lessons.remove(&s.id).unwrap_or_default();
            s.reframes = reframes.remove(&s.id).unwrap_or_default();
            s.checkins = checkins.remove(&s.id).unwrap_or_default();
            s.story = stories.remove(&s.id);
            s.root_cause = causes.remove(&s.id).unwrap_or_default();
            suggest(&mut s)?;
            setbacks.push(s);
        }
        self.export_chapters(&mut setbacks)?;
        Ok(setbacks)
    }

    fn export_stories(&self) -> Result<HashMap<String, StoryRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT setback_id, id, situation, action, result, learning, updated_at FROM stories",
        )?;
        let rows = stmt.query_map([], |r| {
            let story = StoryRecord {
                id: r.get("id")?,
                situation: r.get("situation")?,
                action: r.get("action")?,
                result: r.get("result")?,
                learning: r.get("learning")?,
                updated_at: r.get("updated_at")?,
            };
            Ok((r.get::<_, String>("setback_id")?, story))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each setback's decision, motives and questionnaire answers (the suggestion comes later).
    fn export_root_causes(&self) -> Result<HashMap<String, RootCauseRecord>> {
        let mut out: HashMap<String, RootCauseRecord> = HashMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT setback_id, id, confirmed, confirmed_at, follow_up, updated_at FROM root_causes",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>("setback_id")?,
                r.get("id")?,
                r.get("confirmed")?,
                r.get("confirmed_at")?,
                r.get("follow_up")?,
                r.get("updated_at")?,
            ))
        })?;
        for row in rows {
            let (setback, id, confirmed, confirmed_at, follow_up, updated_at) = row?;
            let rc = out.entry(setback).or_default();
            rc.id = Some(id);
            rc.confirmed = confirmed;
            rc.confirmed_at = confirmed_at;
            rc.follow_up = follow_up;
            rc.updated_at = Some(updated_at);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT setback_id, motive FROM cause_motives ORDER BY motive")?;
        for row in stmt.query_map([], |r| {
            Ok((r.get::<_, String>("setback_id")?, r.get("motive")?))
        })? {
            let (setback, motive) = row?;
            out.entry(setback).or_default().motives.push(motive);
        }
        let mut stmt = self.conn.prepare(
            "SELECT setback_id, question, answer, updated_at FROM cause_answers ORDER BY question",
        )?;
        let rows = stmt.query_map([], |r| {
            let answer = CauseAnswerRecord {
                question: r.get("question")?,
                answer: r.get("answer")?,
                updated_at: r.get("updated_at")?,
            };
            Ok((r.get::<_, String>("setback_id")?, answer))
        })?;
        for row in rows {
            let (setback, answer) = row?;
            out.entry(setback).or_default().answers.push(answer);
        }
        Ok(out)
    }

    /// Runs `sql` and groups the rows by the parent record's id, read from column `parent`.
    fn grouped<T>(
        &self,
        sql: &str,
        parent: &str,
        read: impl Fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<ByParent<T>> {
        let mut out: ByParent<T> = HashMap::new();
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params![], |r| Ok((r.get::<_, String>(parent)?, read(r)?)))?;
        for row in rows {
            let (parent, item) = row?;
            out.entry(parent).or_default().push(item);
        }
        Ok(out)
    }
}

/// Fills in the classifier's suggestion from the setback's own texts and answers, the same
/// reading `bounce classify` gives.
fn suggest(s: &mut SetbackRecord) -> Result<()> {
    let setback = Setback {
        id: parse_uuid(&s.id)?,
        title: s.title.clone(),
        date: parse_date(&s.date)?,
        summary: s.summary.clone(),
        reflection: s.reflection.clone(),
        event_count: s.events.len() as u32,
        cause: s.root_cause.confirmed.as_deref().and_then(Cause::from_key),
        closed_on: None,
    };
    let events = s
        .events
        .iter()
        .map(|e| {
            Ok(Event {
                id: parse_uuid(&e.id)?,
                setback_id: setback.id,
                date: parse_date(&e.date)?,
                time: None,
                position: e.position,
                what: e.what.clone(),
                who: e.who.clone(),
                thought: e.thought.clone(),
                felt: e.felt.clone(),
            })
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let answers: Vec<(String, String)> = s
        .answers
        .iter()
        .map(|a| (a.question.clone(), a.text.clone()))
        .collect();
    let cause_answers: Vec<(String, Answer)> = s
        .root_cause
        .answers
        .iter()
        .filter_map(|a| Answer::from_key(&a.answer).map(|k| (a.question.clone(), k)))
        .collect();
    let c = classify(
        &setback_sources(&setback, &events, &answers),
        &cause_answers,
    );
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    s.root_cause.suggested = c.suggested.key().into();
    s.root_cause.scores = ScoresRecord {
        tactical: round(c.scores.tactical),
        emotional: round(c.scores.emotional),
        unforeseen: round(c.scores.unforeseen),
    };
    Ok(())
}
