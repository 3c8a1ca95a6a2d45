//! One reader per table of a setback's debrief; each query also selects the setback's id,
//! read by the caller.

use rusqlite::Row;

use super::model::*;

pub(super) fn setback(r: &Row) -> rusqlite::Result<SetbackRecord> {
    Ok(SetbackRecord {
        id: r.get("id")?,
        title: r.get("title")?,
        date: r.get("date")?,
        summary: r.get("summary")?,
        reflection: r.get("reflection")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
        events: Vec::new(),
        answers: Vec::new(),
        strengths: Vec::new(),
        lessons: Vec::new(),
        reframes: Vec::new(),
        story: None,
        checkins: Vec::new(),
        root_cause: RootCauseRecord::default(),
        closing: None,
        lookbacks: Vec::new(),
    })
}

pub(super) fn event(r: &Row) -> rusqlite::Result<EventRecord> {
    Ok(EventRecord {
        id: r.get("id")?,
        date: r.get("date")?,
        time: r.get("time")?,
        position: r.get("position")?,
        what: r.get("what")?,
        who: r.get("who")?,
        thought: r.get("thought")?,
        felt: r.get("felt")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

pub(super) fn answer(r: &Row) -> rusqlite::Result<AnswerRecord> {
    Ok(AnswerRecord {
        id: r.get("id")?,
        question: r.get("question")?,
        text: r.get("text")?,
        updated_at: r.get("updated_at")?,
    })
}

pub(super) fn strength(r: &Row) -> rusqlite::Result<StrengthRecord> {
    Ok(StrengthRecord {
        id: r.get("id")?,
        kind: r.get("kind")?,
        text: r.get("text")?,
        person_id: r.get("person_id")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

pub(super) fn lesson(r: &Row) -> rusqlite::Result<LessonRecord> {
    Ok(LessonRecord {
        id: r.get("id")?,
        text: r.get("text")?,
        goal_id: r.get("goal_id")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

pub(super) fn reframe(r: &Row) -> rusqlite::Result<ReframeRecord> {
    Ok(ReframeRecord {
        id: r.get("id")?,
        thought: r.get("thought")?,
        kinder: r.get("kinder")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

pub(super) fn checkin(r: &Row) -> rusqlite::Result<CheckinRecord> {
    Ok(CheckinRecord {
        id: r.get("id")?,
        date: r.get("date")?,
        grief: r.get("grief")?,
        transformation: r.get("transformation")?,
        note: r.get("note")?,
        created_at: r.get("created_at")?,
    })
}
