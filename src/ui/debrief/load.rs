//! Reading what the Debrief pane shows from the store: the setbacks around the selection,
//! the open setback's sections (its reframes only while they show), and a kept form to
//! reopen once they are read.

use super::forms::{FormKind, parse_slot};
use super::{DebriefPane, Focus, Pick, Section};
use crate::action::{Action, Read};
use crate::domain::setback::Story;
use crate::store::{Result, Store};

impl DebriefPane {
    pub(super) fn load_detail(&mut self, store: &Store) -> Result<()> {
        let Some(id) = self.current_setback().map(|s| s.id) else {
            self.events.clear();
            self.answers.clear();
            self.strengths.clear();
            self.lessons.clear();
            self.reframes.clear();
            self.reframes_of = None;
            self.story = Story::default();
            self.checkins.clear();
            self.conversations.clear();
            self.closing = None;
            self.lookbacks.clear();
            return Ok(());
        };
        self.events = store.events(id)?;
        if let Some(Pick::Event(event)) = self.pick {
            self.pick = None;
            let shown = self.events.iter().position(|e| e.id == event);
            if let Some(i) = shown.filter(|_| self.section == Section::Timeline) {
                self.row = i;
            }
        }
        self.answers = store.answers(id)?.into_iter().collect();
        self.strengths = store.strengths(id)?;
        self.lessons = store.lessons(id)?;
        self.load_reframes(store)?;
        self.story = store.story(id)?;
        self.checkins = store.checkins(id)?;
        self.conversations = store.conversations_of_setback(id)?;
        self.closing = store.closing(id)?;
        self.lookbacks = store.lookbacks(id)?;
        self.row = self.row.min(self.row_count().saturating_sub(1));
        Ok(())
    }

    /// Reads the open setback's reframes when their section shows, and forgets them when it
    /// does not.
    pub(super) fn load_reframes(&mut self, store: &Store) -> Result<()> {
        let id = self.current_setback().map(|s| s.id);
        if self.section != Section::Reframes || id.is_none() {
            self.reframes.clear();
            self.reframes_of = None;
        } else if let Some(id) = id {
            self.reframes = store.reframes(id)?;
            self.reframes_of = Some(id);
        }
        Ok(())
    }

    /// A reload that reads the reframes, when their section just came into view unread.
    pub(super) fn read_section(&mut self) -> Option<Action> {
        let id = self.current_setback().map(|s| s.id);
        if self.section != Section::Reframes || self.reframes_of == id {
            return None;
        }
        Some(Action::Read(Read::Shown))
    }

    pub(super) fn reopen(&mut self, store: &Store, slot: &str, text: &str) -> Result<bool> {
        let Some((kind, setback, target, question)) = parse_slot(slot) else {
            return Ok(false);
        };
        if let Some(id) = setback {
            if !self.list.select_id(store, id)? {
                return Ok(false);
            }
        }
        self.focus = if kind == FormKind::NewSetback || kind == FormKind::EditSetback {
            Focus::List
        } else {
            Focus::Detail
        };
        self.section = match kind {
            FormKind::NewEvent | FormKind::EditEvent => Section::Timeline,
            FormKind::Answer | FormKind::Reflection => Section::Questions,
            FormKind::NewStrength | FormKind::EditStrength => Section::Strengths,
            FormKind::NewLesson | FormKind::EditLesson => Section::Lessons,
            FormKind::NewReframe | FormKind::EditReframe => Section::Reframes,
            FormKind::Story => Section::Story,
            FormKind::NewCheckin => Section::Checkins,
            FormKind::NewConversation | FormKind::EditConversation | FormKind::HoldConversation => {
                Section::Conversations
            }
            FormKind::CloseChapter | FormKind::LookBack => Section::Chapter,
            _ => self.section,
        };
        self.pending_draft = Some((kind, target, question, text.to_string()));
        Ok(true)
    }

    /// Reads everything the pane shows: the count, the rows around the selection (the
    /// setback just added, or a search hit, when there is one), and the selected setback.
    pub(super) fn load_all(&mut self, store: &Store) -> Result<()> {
        if let Some(Pick::Setback(id)) = self.pick {
            self.pick = None;
            if self.form.is_none() && self.focus == Focus::List {
                self.list.select_id(store, id)?;
            }
        }
        let shown = self.show.take();
        if let Some(record) = &shown {
            self.open_record(store, record)?;
        }
        self.list.load(store)?;
        if self.list.is_empty() {
            self.focus = Focus::List;
        }
        self.load_detail(store)?;
        if let Some(record) = &shown {
            self.select_record_row(record, store)?;
        }
        if let Some((kind, target, question, text)) = self.pending_draft.take() {
            self.form = self.build_form(kind, target, question);
            if let Some(open) = self.form.as_mut() {
                open.form.restore(&text);
            }
        }
        Ok(())
    }
}
