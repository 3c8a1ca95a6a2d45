//! The Debrief pane: the list of setbacks, and for the open one its timeline, the debrief
//! questions, strengths, lessons, story and check-ins.

mod forms;
mod view;

use std::collections::HashMap;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use uuid::Uuid;

use super::editor::Editor;
use super::form::FormOutcome;
use super::{Pane, RenderCtx};
use crate::action::{Action, DebriefWrite, PaneId};
use crate::assets;
use crate::domain::setback::{Checkin, Event, Lesson, Setback, Story, Strength, StrengthKind};
use crate::domain::text::truncate;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use forms::{FormKind, OpenForm, SLOT_PREFIX, parse_slot};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Timeline,
    Questions,
    Strengths,
    Lessons,
    Story,
    Checkins,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Timeline,
        Section::Questions,
        Section::Strengths,
        Section::Lessons,
        Section::Story,
        Section::Checkins,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Timeline => "Timeline",
            Section::Questions => "Questions",
            Section::Strengths => "Strengths",
            Section::Lessons => "Lessons",
            Section::Story => "Story",
            Section::Checkins => "Check-ins",
        }
    }

    fn step(self, delta: isize) -> Section {
        let n = Section::ALL.len() as isize;
        let i = Section::ALL.iter().position(|s| *s == self).unwrap_or(0) as isize;
        Section::ALL[usize::try_from((i + delta).rem_euclid(n)).unwrap_or(0)]
    }
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
    setbacks: Vec<Setback>,
    /// Index into the filtered list.
    selected: usize,
    filter: String,
    filtering: Option<Editor>,
    focus: Focus,
    section: Section,
    /// The selected row of the section on screen.
    row: usize,
    events: Vec<Event>,
    answers: HashMap<String, String>,
    strengths: Vec<Strength>,
    lessons: Vec<Lesson>,
    story: Story,
    checkins: Vec<Checkin>,
    form: Option<OpenForm>,
    /// Select the setback or event that was not there before the next reload.
    select_new: bool,
    /// A kept form to open once the setbacks are loaded.
    pending_draft: Option<(FormKind, Option<Uuid>, usize, String)>,
}

impl DebriefPane {
    fn visible(&self) -> Vec<&Setback> {
        let needle = self.filter.to_lowercase();
        self.setbacks
            .iter()
            .filter(|s| needle.is_empty() || s.title.to_lowercase().contains(&needle))
            .collect()
    }

    fn current_setback(&self) -> Option<&Setback> {
        self.visible().get(self.selected).copied()
    }

    /// How many selectable rows the section on screen has.
    fn row_count(&self) -> usize {
        match self.section {
            Section::Timeline => self.events.len(),
            Section::Questions => assets::debrief().questions.len() + 1,
            Section::Strengths => self.strengths.len(),
            Section::Lessons => self.lessons.len(),
            Section::Story => 4,
            Section::Checkins => self.checkins.len(),
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

    fn list_key(&mut self, command: Command) -> Option<Action> {
        let count = self.visible().len();
        match command {
            Command::Add => self.open_form(FormKind::NewSetback, None, 0),
            Command::Open if count > 0 => {
                self.focus = Focus::Detail;
                self.row = 0;
                None
            }
            Command::Edit if count > 0 => self.open_form(FormKind::EditSetback, None, 0),
            Command::Delete => {
                let s = self.current_setback()?;
                Some(Action::Confirm {
                    question: format!(
                        "Delete “{}” with its timeline and whole debrief? This cannot be undone.",
                        truncate(&s.title, 50)
                    ),
                    on_yes: Box::new(Action::Debrief {
                        write: DebriefWrite::DeleteSetback(s.id),
                        draft: None,
                    }),
                })
            }
            Command::Down | Command::Up => {
                let before = self.selected;
                self.selected = step(self.selected, command == Command::Down, count);
                (before != self.selected).then_some(Action::Reload)
            }
            Command::Filter => {
                self.filtering = Some(Editor::single_line(
                    "",
                    &self.filter,
                    "Type part of a title",
                ));
                None
            }
            Command::Back if !self.filter.is_empty() => {
                self.filter.clear();
                Some(Action::Reload)
            }
            _ => None,
        }
    }

    fn detail_key(&mut self, command: Command) -> Option<Action> {
        self.current_setback()?;
        match command {
            Command::Back => {
                self.focus = Focus::List;
                None
            }
            Command::NextSection | Command::PreviousSection => {
                self.section = self.section.step(if command == Command::NextSection {
                    1
                } else {
                    -1
                });
                self.row = 0;
                None
            }
            Command::Down | Command::Up => {
                self.row = step(self.row, command == Command::Down, self.row_count());
                None
            }
            Command::Add => self.add_in_section(),
            Command::Open | Command::Edit => self.edit_row(),
            Command::Delete => self.delete_row(),
            Command::MoveUp | Command::MoveDown if self.section == Section::Timeline => {
                let id = self.events.get(self.row)?.id;
                let up = command == Command::MoveUp;
                self.row = if up {
                    self.row.saturating_sub(1)
                } else {
                    (self.row + 1).min(self.events.len() - 1)
                };
                Some(Action::Debrief {
                    write: DebriefWrite::MoveEvent { id, up },
                    draft: None,
                })
            }
            Command::CopyStory => {
                let title = self
                    .current_setback()
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                if self.story.is_empty() {
                    return Some(Action::Say(
                        "There is no story to copy yet: go to Story and press Enter.".into(),
                    ));
                }
                Some(Action::Copy {
                    text: self.story.to_text(&title),
                    what: "The story".into(),
                })
            }
            _ => None,
        }
    }

    fn add_in_section(&mut self) -> Option<Action> {
        match self.section {
            Section::Timeline => {
                self.select_new = true;
                self.open_form(FormKind::NewEvent, None, 0)
            }
            Section::Questions | Section::Story => self.edit_row(),
            Section::Strengths => {
                let kind = self
                    .strengths_in_order()
                    .get(self.row)
                    .map_or(StrengthKind::Praise, |s| s.kind);
                let index = StrengthKind::ALL
                    .iter()
                    .position(|k| *k == kind)
                    .unwrap_or(0);
                self.open_form(FormKind::NewStrength, None, index)
            }
            Section::Lessons => self.open_form(FormKind::NewLesson, None, 0),
            Section::Checkins => self.open_form(FormKind::NewCheckin, None, 0),
        }
    }

    fn edit_row(&mut self) -> Option<Action> {
        let questions = assets::debrief().questions.len();
        match self.section {
            Section::Timeline => {
                let id = self.events.get(self.row)?.id;
                self.open_form(FormKind::EditEvent, Some(id), 0)
            }
            Section::Questions if self.row >= questions => {
                self.open_form(FormKind::Reflection, None, 0)
            }
            Section::Questions => self.open_form(FormKind::Answer, None, self.row),
            Section::Strengths => {
                let id = self.strengths_in_order().get(self.row)?.id;
                self.open_form(FormKind::EditStrength, Some(id), 0)
            }
            Section::Lessons => {
                let id = self.lessons.get(self.row)?.id;
                self.open_form(FormKind::EditLesson, Some(id), 0)
            }
            Section::Story => self.open_form(FormKind::Story, None, 0),
            Section::Checkins => Some(Action::Say(
                "A check-in is a moment in time; add a new one with a.".into(),
            )),
        }
    }

    fn delete_row(&mut self) -> Option<Action> {
        let setback = self.current_setback()?.id;
        let (what, write) = match self.section {
            Section::Timeline => {
                let e = self.events.get(self.row)?;
                (
                    format!("the event “{}”", truncate(&e.what, 40)),
                    DebriefWrite::DeleteEvent(e.id),
                )
            }
            Section::Questions => {
                let q = assets::debrief().questions.get(self.row)?;
                self.answers.get(&q.key)?;
                let write = DebriefWrite::SetAnswer {
                    setback,
                    question: q.key.clone(),
                    text: String::new(),
                };
                ("your answer to this question".to_string(), write)
            }
            Section::Strengths => {
                let s = self.strengths_in_order().get(self.row).copied()?;
                (
                    format!("“{}”", truncate(&s.text, 40)),
                    DebriefWrite::DeleteStrength(s.id),
                )
            }
            Section::Lessons => {
                let l = self.lessons.get(self.row)?;
                (
                    format!("the lesson “{}”", truncate(&l.text, 40)),
                    DebriefWrite::DeleteLesson(l.id),
                )
            }
            Section::Checkins => {
                let c = self.checkins.get(self.row)?;
                (
                    format!("the check-in of {}", c.date),
                    DebriefWrite::DeleteCheckin(c.id),
                )
            }
            Section::Story => return None,
        };
        Some(Action::Confirm {
            question: format!("Delete {what}?"),
            on_yes: Box::new(Action::Debrief { write, draft: None }),
        })
    }

    fn typing_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if let Some(editor) = self.filtering.as_mut() {
            match keymap.lookup(Scope::Editor, &key) {
                Some(Command::Cancel) => {
                    self.filtering = None;
                    self.filter.clear();
                }
                Some(Command::Submit | Command::Save) => self.filtering = None,
                _ => {
                    editor.input(key);
                    self.filter = editor.text();
                }
            }
            self.selected = 0;
            return Some(Action::Reload);
        }
        let open = self.form.as_mut()?;
        match open.form.handle_key(key, keymap) {
            FormOutcome::Editing => None,
            FormOutcome::Submit => self.submit_form(),
            FormOutcome::External => open
                .form
                .focused_text()
                .map(|text| Action::EditExternally { text }),
            FormOutcome::Cancel => {
                let draft = open.form.slot().to_string();
                if open.form.has_changes() && open.form.has_text() {
                    return Some(Action::Confirm {
                        question: "Let go of what you typed in this form? It has not been saved."
                            .into(),
                        on_yes: Box::new(Action::DiscardEdit { draft }),
                    });
                }
                Some(Action::DiscardEdit { draft })
            }
        }
    }

    fn load_detail(&mut self, store: &Store) -> Result<()> {
        let Some(id) = self.current_setback().map(|s| s.id) else {
            self.events.clear();
            self.answers.clear();
            self.strengths.clear();
            self.lessons.clear();
            self.story = Story::default();
            self.checkins.clear();
            return Ok(());
        };
        let before: Vec<Uuid> = self.events.iter().map(|e| e.id).collect();
        self.events = store.events(id)?;
        if std::mem::take(&mut self.select_new) && self.section == Section::Timeline {
            if let Some(i) = self.events.iter().position(|e| !before.contains(&e.id)) {
                self.row = i;
            }
        }
        self.answers = store.answers(id)?.into_iter().collect();
        self.strengths = store.strengths(id)?;
        self.lessons = store.lessons(id)?;
        self.story = store.story(id)?;
        self.checkins = store.checkins(id)?;
        self.row = self.row.min(self.row_count().saturating_sub(1));
        Ok(())
    }

    fn reopen(&mut self, slot: &str, text: &str) -> bool {
        let Some((kind, setback, target, question)) = parse_slot(slot) else {
            return false;
        };
        if let Some(id) = setback {
            let Some(index) = self.visible().iter().position(|s| s.id == id) else {
                return false;
            };
            self.selected = index;
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
            FormKind::Story => Section::Story,
            FormKind::NewCheckin => Section::Checkins,
            _ => self.section,
        };
        self.pending_draft = Some((kind, target, question, text.to_string()));
        true
    }
}

fn step(index: usize, down: bool, count: usize) -> usize {
    if count == 0 {
        return 0;
    }
    if down {
        (index + 1).min(count - 1)
    } else {
        index.saturating_sub(1)
    }
}

impl Pane for DebriefPane {
    fn id(&self) -> PaneId {
        PaneId::Debrief
    }

    fn scope(&self) -> Option<Scope> {
        Some(Scope::Debrief)
    }

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
        match (self.form.as_mut(), self.filtering.as_mut()) {
            (Some(open), _) => open.form.paste(text),
            (None, Some(editor)) => {
                editor.paste(text);
                self.filter = editor.text();
                return Some(Action::Reload);
            }
            _ => {
                return Some(Action::Say(
                    "To paste, first open a form: a adds, e edits.".into(),
                ));
            }
        }
        None
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        view::render(self, frame, area, ctx);
    }

    fn reload(&mut self, store: &Store, today: NaiveDate) -> Result<()> {
        self.today = today;
        let before: Vec<Uuid> = self.setbacks.iter().map(|s| s.id).collect();
        self.setbacks = store.setbacks()?;
        let count = self.visible().len();
        if self.select_new && self.form.is_none() && self.focus == Focus::List {
            if let Some(i) = self.visible().iter().position(|s| !before.contains(&s.id)) {
                self.selected = i;
            }
            self.select_new = false;
        }
        self.selected = self.selected.min(count.saturating_sub(1));
        if count == 0 {
            self.focus = Focus::List;
        }
        self.load_detail(store)?;
        if let Some((kind, target, question, text)) = self.pending_draft.take() {
            self.form = self.build_form(kind, target, question);
            if let Some(open) = self.form.as_mut() {
                open.form.restore(&text);
            }
        }
        Ok(())
    }

    fn is_typing(&self) -> bool {
        self.form.is_some() || self.filtering.is_some()
    }

    fn draft(&self) -> Option<(String, String)> {
        self.form
            .as_ref()
            .map(|open| (open.form.slot().to_string(), open.form.draft_text()))
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        for (slot, text) in store.drafts_with_prefix(SLOT_PREFIX)? {
            if self.reopen(&slot, &text) {
                return Ok(Some(
                    "Welcome back: your unsaved form is here. Ctrl-S saves it, Esc lets it go."
                        .into(),
                ));
            }
            store.clear_draft(&slot)?;
        }
        Ok(None)
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        let d = |c| (Scope::Debrief, c);
        if self.form.is_some() {
            return vec![
                (Scope::Editor, Command::Save),
                (Scope::Editor, Command::Cancel),
                (Scope::Editor, Command::ExternalEditor),
            ];
        }
        if self.filtering.is_some() {
            return vec![
                (Scope::Editor, Command::Submit),
                (Scope::Editor, Command::Cancel),
            ];
        }
        let mut hints = match self.focus {
            Focus::List if self.setbacks.is_empty() => vec![d(Command::Add)],
            Focus::List => vec![
                d(Command::Open),
                d(Command::Add),
                d(Command::Edit),
                d(Command::Delete),
                d(Command::Filter),
            ],
            Focus::Detail => vec![
                d(Command::Add),
                d(Command::Edit),
                d(Command::Delete),
                d(Command::NextSection),
                d(Command::Back),
            ],
        };
        if self.focus == Focus::Detail && self.section == Section::Timeline {
            hints.push(d(Command::MoveUp));
        }
        if self.focus == Focus::Detail && self.section == Section::Story {
            hints.insert(0, d(Command::CopyStory));
        }
        hints.extend([
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]);
        hints
    }

    fn external_text(&mut self, text: &str) {
        if let Some(open) = self.form.as_mut() {
            open.form.set_focused_text(text);
        }
    }

    fn on_result(&mut self, action: &Action, ok: bool) {
        if !ok {
            return;
        }
        match action {
            Action::Debrief {
                write,
                draft: Some(_),
            } => {
                self.select_new = matches!(
                    write,
                    DebriefWrite::AddSetback(_) | DebriefWrite::AddEvent(..)
                );
                self.form = None;
            }
            Action::DiscardEdit { .. } => {
                self.form = None;
                self.select_new = false;
            }
            _ => {}
        }
    }
}
