//! Opening a setback at a record asked for from elsewhere (a search hit): its section, and
//! the row of the event, answer, strength, lesson, reframe or check-in.

use super::forms::FormKind;
use super::{DebriefPane, Focus, Section};
use crate::assets;
use crate::domain::search::{Record, RecordKind};
use crate::store::{Result, Store};

impl DebriefPane {
    /// Selects the record's setback (finding where it stands in the list) and opens it at
    /// the record's section.
    pub(super) fn open_record(&mut self, store: &Store, record: &Record) -> Result<()> {
        let setback = match record.kind {
            RecordKind::Setback => record.id,
            _ => record.parent.unwrap_or(record.id),
        };
        if self.list.select_id(store, setback)? {
            self.focus = Focus::Detail;
            self.section = section_of(record.kind);
            self.row = 0;
        }
        Ok(())
    }

    /// Once the open setback's sections are read: selects the record's row.
    pub(super) fn select_record_row(&mut self, record: &Record, store: &Store) -> Result<()> {
        let id = record.id;
        let row = match record.kind {
            RecordKind::Event => self.events.iter().position(|e| e.id == id),
            RecordKind::Answer => {
                let question = store.answer_question(id)?;
                assets::debrief()
                    .questions
                    .iter()
                    .position(|q| question.as_deref() == Some(q.key.as_str()))
            }
            RecordKind::Strength => self.strengths_in_order().iter().position(|s| s.id == id),
            RecordKind::Lesson => self.lessons.iter().position(|l| l.id == id),
            RecordKind::Reframe => self.reframes.iter().position(|r| r.id == id),
            RecordKind::Checkin => self.checkins.iter().position(|c| c.id == id),
            RecordKind::Conversation => self.conversations.iter().position(|c| c.id == id),
            _ => None,
        };
        self.row = row.unwrap_or(0);
        // A chapter due for a look back opens its form at once.
        if record.kind == RecordKind::Chapter && self.closing.is_some() && self.form.is_none() {
            self.form = self.build_form(FormKind::LookBack, None, 0);
        }
        Ok(())
    }
}

/// The section of an open setback that shows a kind of record.
fn section_of(kind: RecordKind) -> Section {
    match kind {
        RecordKind::Answer => Section::Questions,
        RecordKind::Strength => Section::Strengths,
        RecordKind::Lesson => Section::Lessons,
        RecordKind::Reframe => Section::Reframes,
        RecordKind::Story => Section::Story,
        RecordKind::Checkin => Section::Checkins,
        RecordKind::Conversation => Section::Conversations,
        RecordKind::Chapter => Section::Chapter,
        _ => Section::Timeline,
    }
}
