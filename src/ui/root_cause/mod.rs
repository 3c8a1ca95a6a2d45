//! The Root cause pane: a short questionnaire per setback, the classifier's suggestion with
//! the reasons behind it, the person's decision and its follow-up, and patterns across
//! setbacks.

mod hints;
mod keys;
mod load;
mod view;

use std::collections::HashMap;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use uuid::Uuid;

use super::form::Form;
use super::{Pane, RenderCtx};
use crate::action::Action;
use crate::action::Read;
use crate::action::Write;
use crate::domain::decision::{Decision, RepeatingMotive};
use crate::domain::root_cause::{Answer, Cause, Classification};
use crate::domain::setback::Setback;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use crate::ui::Input;
use crate::ui::lists::{Page, SetbackWindow};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Questions,
    Result,
    FollowUp,
    Patterns,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Questions,
        Section::Result,
        Section::FollowUp,
        Section::Patterns,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Questions => "Questions",
            Section::Result => "Suggestion",
            Section::FollowUp => "Follow-up",
            Section::Patterns => "Patterns",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Focus {
    #[default]
    List,
    Detail,
}

/// Which form is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormKind {
    /// Pick a cause other than the suggestion (or take the decision back).
    Choose,
    /// The follow-up note.
    Note,
}

impl FormKind {
    /// The form's name in the draft slots kept in journals: fixed across versions.
    fn key(self) -> &'static str {
        match self {
            FormKind::Choose => "Choose",
            FormKind::Note => "Note",
        }
    }
}

#[derive(Default)]
pub struct RootCausePane {
    today: NaiveDate,
    /// The setbacks around the selected one, each with its confirmed cause.
    list: SetbackWindow,
    focus: Focus,
    section: Section,
    row: usize,
    /// How many rows of the section show at once.
    detail_page: Page,
    answers: HashMap<String, Answer>,
    /// The classifier's reading of the selected setback, once it is needed: from the
    /// moment the setback is opened, or while the Suggestion section shows.
    classification: Option<Classification>,
    decision: Decision,
    /// The patterns across setbacks, read while the Patterns section shows (None until then,
    /// and again after anything is written).
    patterns: Option<Patterns>,
    form: Option<(FormKind, Form)>,
    /// Open this setback's follow-up after the next reload (a search hit).
    show_setback: Option<Uuid>,
}

pub(crate) const SLOT_PREFIX: &str = "rootcause:";

/// Whether anything written or answered points anywhere: without it, the tie order would
/// name a cause for no reason, so no suggestion is shown.
pub(crate) fn has_evidence(c: &Classification) -> bool {
    c.points.iter().any(|(_, v)| v.abs() > f64::EPSILON)
}

/// Counts per confirmed cause, and tactical motives that repeat across setbacks.
#[derive(Debug, Default)]
struct Patterns {
    counts: Vec<(Cause, u32)>,
    repeating: Vec<RepeatingMotive>,
}

impl RootCausePane {
    fn current(&self) -> Option<&Setback> {
        self.list.current()
    }

    fn row_count(&self) -> usize {
        let q = crate::assets::questionnaire();
        match self.section {
            Section::Questions => q.questions.len(),
            Section::Result => self.classification.as_ref().map_or(0, |c| c.reasons.len()),
            Section::FollowUp => match self.decision.confirmed {
                Some(Cause::Tactical) => q.motives.len() + 1,
                Some(Cause::Emotional) => 2,
                Some(Cause::Unforeseen) => 1,
                None => 0,
            },
            Section::Patterns => 0,
        }
    }

    fn slot(&self, kind: FormKind) -> String {
        let id = self.current().map(|s| s.id.to_string()).unwrap_or_default();
        format!("{SLOT_PREFIX}{}:{id}", kind.key())
    }
}

impl RootCausePane {
    fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if self.form.is_some() {
            return self.form_key(key, keymap);
        }
        if let Some(n) = self.scale_digit(&key) {
            return self.answer_scale(n);
        }
        let command = keymap.lookup(Scope::RootCause, &key)?;
        match self.focus {
            Focus::List => self.list_key(command),
            Focus::Detail => self.detail_key(command),
        }
    }

    fn handle_paste(&mut self, text: &str) -> Option<Action> {
        match self.form.as_mut() {
            Some((_, form)) => {
                form.paste(text);
                None
            }
            None => Some(Action::Say(
                "To paste, first open the follow-up note with {key:rootcause.edit}.".into(),
            )),
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
            return self.read_shown();
        }
        self.focus = Focus::List;
        self.row = 0;
        Some(Action::Read(Read::Selection))
    }

    /// After a save from a form, the form closes.
    fn saved(&mut self, write: &Write, _added: Option<Uuid>) {
        if matches!(write, Write::RootCause { draft: Some(_), .. }) {
            self.form = None;
        }
    }

    fn discard(&mut self) {
        self.form = None;
    }

    fn show_record(&mut self, record: &crate::domain::search::Record) {
        if self.form.is_none() {
            self.show_setback = record.parent.or(Some(record.id));
        }
    }

    fn external_text(&mut self, text: &str) {
        if let Some((_, form)) = self.form.as_mut() {
            form.set_focused_text(text);
        }
    }
}

impl Pane for RootCausePane {
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
        match read {
            Read::Selection => {
                self.list.follow(store)?;
                self.load_detail(store)
            }
            Read::Shown => self.load_shown(store),
            Read::All => self.load_all(store),
        }
    }

    fn draft(&self) -> Option<(String, String)> {
        self.form
            .as_ref()
            .map(|(_, f)| (f.slot().to_string(), f.draft_text()))
    }

    fn takes(&self, key: &KeyEvent) -> bool {
        self.form.is_none() && self.scale_digit(key).is_some()
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        for (slot, text) in store.drafts_with_prefix(SLOT_PREFIX)? {
            let id = slot
                .rsplit(':')
                .next()
                .and_then(|i| Uuid::parse_str(i).ok());
            let found = match id {
                Some(id)
                    if slot.starts_with(&format!("{SLOT_PREFIX}{}:", FormKind::Note.key())) =>
                {
                    self.list.select_id(store, id)?
                }
                _ => false,
            };
            if !found {
                store.clear_draft(&slot)?;
                continue;
            }
            self.focus = Focus::Detail;
            self.section = Section::FollowUp;
            self.list.load(store)?;
            self.load_detail(store)?;
            let mut form = self.note_form();
            form.restore(&text);
            self.form = Some((FormKind::Note, form));
            return Ok(Some(
                "Welcome back: your unsaved note is here. {key:editor.save} saves it, {key:editor.cancel} lets it go.".into(),
            ));
        }
        Ok(None)
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        self.pane_hints()
    }
}
