//! The Debrief pane: the list of setbacks, and for the open one its timeline, the debrief
//! questions, strengths, lessons, reframes, story, check-ins, the conversations it calls for
//! and its chapter (closing it and looking back).

mod chapter;
pub(crate) use chapter::{plan_fields, read_plan, starters};
mod forms;
mod forward;
mod hints;
mod jump;
mod keys;
mod load;
mod submit;
mod view;

use std::collections::HashMap;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use uuid::Uuid;

use super::{Pane, RenderCtx};
use crate::action::Read;
use crate::action::Write;
use crate::action::{Action, DebriefWrite};
use crate::assets;
use crate::domain::chapter::{Closing, Conversation, Lookback};
use crate::domain::forward::Reframe;
use crate::domain::search::Record;
use crate::domain::setback::{Checkin, Event, Lesson, Setback, Story, Strength, StrengthKind};
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use crate::ui::Input;
use crate::ui::lists::{Page, SetbackWindow};
use forms::{FormKind, OpenForm, SLOT_PREFIX};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Timeline,
    Questions,
    Strengths,
    Lessons,
    Reframes,
    Story,
    Checkins,
    Conversations,
    Chapter,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Timeline,
        Section::Questions,
        Section::Strengths,
        Section::Lessons,
        Section::Reframes,
        Section::Story,
        Section::Checkins,
        Section::Conversations,
        Section::Chapter,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Timeline => "Timeline",
            Section::Questions => "Questions",
            Section::Strengths => "Strengths",
            Section::Lessons => "Lessons",
            Section::Reframes => "Reframes",
            Section::Story => "Story",
            Section::Checkins => "Check-ins",
            Section::Conversations => "Conversations",
            Section::Chapter => "Chapter",
        }
    }
}

/// What to select once the pane is read next: the setback or event just added.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Pick {
    Setback(Uuid),
    Event(Uuid),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Focus {
    #[default]
    List,
    Detail,
}

#[derive(Default)]
pub struct DebriefPane {
    today: NaiveDate,
    /// The setbacks around the selected one.
    list: SetbackWindow,
    focus: Focus,
    section: Section,
    /// The selected row of the section on screen.
    row: usize,
    /// How many rows of the section show at once.
    detail_page: Page,
    events: Vec<Event>,
    answers: HashMap<String, String>,
    strengths: Vec<Strength>,
    lessons: Vec<Lesson>,
    /// The open setback's reframes, read only while their section shows (a setback can
    /// gather thousands), and for which setback they were read.
    reframes: Vec<Reframe>,
    reframes_of: Option<Uuid>,
    story: Story,
    checkins: Vec<Checkin>,
    conversations: Vec<Conversation>,
    /// The open setback's closed chapter, if it is closed, and its look-backs.
    closing: Option<Closing>,
    lookbacks: Vec<Lookback>,
    form: Option<OpenForm>,
    /// The setback or event to select once read.
    pick: Option<Pick>,
    /// A kept form to open once the setbacks are loaded.
    pending_draft: Option<(FormKind, Option<Uuid>, usize, String)>,
    /// A record to show once the setbacks are loaded (a search hit).
    show: Option<Record>,
}

impl DebriefPane {
    fn current_setback(&self) -> Option<&Setback> {
        self.list.current()
    }

    /// How many selectable rows the section on screen has.
    fn row_count(&self) -> usize {
        match self.section {
            Section::Timeline => self.events.len(),
            Section::Questions => assets::debrief().questions.len() + 1,
            Section::Strengths => self.strengths.len(),
            Section::Lessons => self.lessons.len(),
            Section::Reframes => self.reframes.len(),
            Section::Story => 4,
            Section::Checkins => self.checkins.len(),
            Section::Conversations => self.conversations.len(),
            Section::Chapter => self.chapter_rows(),
        }
    }

    fn strengths_in_order(&self) -> Vec<&Strength> {
        StrengthKind::ALL
            .iter()
            .flat_map(|k| self.strengths.iter().filter(move |s| s.kind == *k))
            .collect()
    }

    fn open_form(
        &mut self,
        kind: FormKind,
        target: Option<Uuid>,
        question: usize,
    ) -> Option<Action> {
        self.form = self.build_form(kind, target, question);
        None
    }
}

impl DebriefPane {
    fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if self.is_typing() {
            return self.typing_key(key, keymap);
        }
        let command = keymap.lookup(Scope::Debrief, &key)?;
        match self.focus {
            Focus::List => self.list_key(command),
            Focus::Detail => self.detail_key(command),
        }
    }

    fn handle_paste(&mut self, text: &str) -> Option<Action> {
        crate::ui::form::paste_into(
            self.form.as_mut().map(|open| &mut open.form),
            text,
            Scope::Debrief,
        )
    }

    fn is_typing(&self) -> bool {
        self.form.is_some()
    }

    fn show_record(&mut self, record: &Record) {
        if self.form.is_none() {
            self.show = Some(*record);
        }
    }

    fn click_row(&mut self, tag: &str, index: usize) -> Option<Action> {
        if tag != "setbacks" {
            return None;
        }
        let before = self.list.selected();
        self.list.select_shown(index);
        if self.list.selected() == before && self.focus == Focus::List {
            self.focus = Focus::Detail;
            self.row = 0;
            return None;
        }
        self.focus = Focus::List;
        self.row = 0;
        Some(Action::Read(Read::Selection))
    }

    fn external_text(&mut self, text: &str) {
        if let Some(open) = self.form.as_mut() {
            open.form.set_focused_text(text);
        }
    }

    /// After a save: the form closes, and the setback or event it added is selected once
    /// read.
    fn saved(&mut self, write: &Write, added: Option<Uuid>) {
        match write {
            Write::Debrief {
                write,
                draft: Some(_),
            } => {
                self.pick = match (write, added) {
                    (DebriefWrite::AddSetback(_), Some(id)) => Some(Pick::Setback(id)),
                    (DebriefWrite::AddEvent(..), Some(id)) => Some(Pick::Event(id)),
                    _ => None,
                };
                self.form = None;
            }
            Write::Forward { draft: Some(_), .. } | Write::Chapter { draft: Some(_), .. } => {
                self.form = None;
            }
            _ => {}
        }
    }

    fn discard(&mut self) {
        self.form = None;
        self.pick = None;
    }
}

impl Pane for DebriefPane {
    fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<Action> {
        match input {
            Input::Key(key) => self.handle_key(key, keymap),
            Input::Paste(text) => self.handle_paste(text),
            Input::Run(_) => None,
            Input::Click { list, row } => self.click_row(list, row),
            Input::Show(record) => {
                self.show_record(record);
                None
            }
            Input::Edited(text) => {
                self.external_text(text);
                None
            }
            Input::Saved { write, added } => {
                self.saved(write, added);
                None
            }
            Input::Discard => {
                self.discard();
                None
            }
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        view::render(self, frame, area, ctx);
    }

    fn reload(&mut self, store: &Store, today: NaiveDate, read: Read) -> Result<()> {
        self.today = today;
        // Nothing was written when only the selection or the section changed, so only what
        // they bring into view is read.
        match read {
            Read::Selection => {
                self.list.follow(store)?;
                self.load_detail(store)
            }
            Read::Shown => self.load_reframes(store),
            Read::All => self.load_all(store),
        }
    }

    fn draft(&self) -> Option<(String, String)> {
        self.form
            .as_ref()
            .map(|open| (open.form.slot().to_string(), open.form.draft_text()))
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        let mut failed = None;
        let said = crate::ui::form::restore_kept_form(store, SLOT_PREFIX, |slot, text| {
            self.reopen(store, slot, text).unwrap_or_else(|e| {
                // Stop here and keep the draft: the journal could not be read just now.
                failed = Some(e);
                true
            })
        })?;
        match failed {
            Some(e) => Err(e),
            None => Ok(said),
        }
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        self.pane_hints()
    }
}
