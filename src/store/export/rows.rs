//! One reader per table of a setback's debrief; the first column of each query is the
//! setback's id, read by the caller.

use rusqlite::Row;

use super::model::*;

pub(super) fn setback(r: &Row) -> rusqlite::Result<SetbackRecord> {
    Ok(SetbackRecord {
        id: r.get(0)?,
        title: r.get(1)?,
        date: r.get(2)?,
        summary: r.get(3)?,
        reflection: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
        events: Vec::new(),
        answers: Vec::new(),
        strengths: Vec::new(),
        lessons: Vec::new(),
        reframes: Vec::new(),
        story: None,
        checkins: Vec::new(),
        root_cause: RootCauseRecord::default(),
    })
}

pub(super) fn event(r: &Row) -> rusqlite::Result<EventRecord> {
    Ok(EventRecord {
        id: r.get(1)?,
        date: r.get(2)?,
        time: r.get(3)?,
        position: r.get(4)?,
        what: r.get(5)?,
        who: r.get(6)?,
        thought: r.get(7)?,
        felt: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

pub(super) fn answer(r: &Row) -> rusqlite::Result<AnswerRecord> {
    Ok(AnswerRecord {
        id: r.get(1)?,
        question: r.get(2)?,
        text: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

pub(super) fn strength(r: &Row) -> rusqlite::Result<StrengthRecord> {
    Ok(StrengthRecord {
        id: r.get(1)?,
        kind: r.get(2)?,
        text: r.get(3)?,
        person_id: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

pub(super) fn lesson(r: &Row) -> rusqlite::Result<LessonRecord> {
    Ok(LessonRecord {
        id: r.get(1)?,
        text: r.get(2)?,
        goal_id: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

pub(super) fn reframe(r: &Row) -> rusqlite::Result<ReframeRecord> {
    Ok(ReframeRecord {
        id: r.get(1)?,
        thought: r.get(2)?,
        kinder: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

pub(super) fn checkin(r: &Row) -> rusqlite::Result<CheckinRecord> {
    Ok(CheckinRecord {
        id: r.get(1)?,
        date: r.get(2)?,
        grief: r.get(3)?,
        transformation: r.get(4)?,
        note: r.get(5)?,
        created_at: r.get(6)?,
    })
}
