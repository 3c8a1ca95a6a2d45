//! The Goals pane: active, done and archived goals with their progress, and for the open
//! goal its small steps to tick off.

mod forms;
mod hints;
mod ideas;
mod jump;
mod keys;
mod load;
mod people;
mod tab;
mod view;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use uuid::Uuid;

use super::{Pane, RenderCtx};
use crate::action::Read;
use crate::action::Write;
use crate::action::{Action, ForwardWrite, GoalWrite};
use crate::domain::forward::{Idea, Person};
use crate::domain::goal::{Goal, Step};
use crate::domain::search::Record;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use crate::ui::Input;
use crate::ui::lists::{GoalWindow, Goals};
use forms::{FormKind, OpenForm, SLOT_PREFIX};
pub use tab::Tab;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Focus {
    #[default]
    List,
    /// The open goal's steps, or the open idea's questions.
    Steps,
}

/// Which step of the open goal to select once its steps are read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum StepPick {
    /// This one (just added, or a search hit).
    Step(Uuid),
    /// The next open step at or after the selected row (after a tick, or a goal shown).
    NextOpen,
}

#[derive(Default)]
pub struct GoalsPane {
    today: NaiveDate,
    /// Which list shows.
    tab: Tab,
    /// How many goals are active, done and archived, open ideas, and people.
    counts: [u32; 5],
    /// The goals around the selected one, in the list shown.
    goals: GoalWindow,
    /// Open ideas best first, then those set aside.
    ideas: Vec<Idea>,
    people: Vec<Person>,
    /// The selected person's conversations, planned ones first.
    person_talks: Vec<crate::domain::chapter::Conversation>,
    /// The selected idea or person.
    selected: usize,
    /// The goal, idea or person selected before the last reload, so it stays selected when
    /// the list moves.
    selected_id: Option<Uuid>,
    /// Look for the selected goal in every list at the next reload (a search hit, a kept
    /// form), not only in the one shown.
    find_anywhere: bool,
    focus: Focus,
    steps: Vec<Step>,
    /// The selected step of the open goal.
    row: usize,
    /// How many ideas or people show at once.
    list_page: crate::ui::lists::Page,
    /// How many steps (or an idea's questions) show at once.
    steps_page: crate::ui::lists::Page,
    /// The title of the setback the selected goal came from.
    origin: Option<String>,
    form: Option<OpenForm>,
    /// The step to select once the open goal's steps are read next.
    step_pick: Option<StepPick>,
    /// A kept form to open once the goals are loaded.
    pending_draft: Option<(FormKind, Option<Uuid>, Option<Uuid>, String)>,
    /// The goal the last key archived (or brought back) and where it went: the selection
    /// has moved on from it, so the archive key pressed next puts that one back.
    put_away: Option<(Uuid, bool)>,
}

impl GoalsPane {
    fn current(&self) -> Option<&Goal> {
        // The window keeps the goals of the last goals list while ideas or people show.
        self.tab.goal_state()?;
        self.goals.current()
    }

    fn current_step(&self) -> Option<&Step> {
        self.steps.get(self.row)
    }

    fn open_form(&mut self, kind: FormKind, step: Option<Uuid>) -> Option<Action> {
        self.form = self.build_form(kind, self.selected_id, step);
        None
    }

    fn current_idea(&self) -> Option<&Idea> {
        self.ideas.get(self.selected)
    }

    fn current_person(&self) -> Option<&Person> {
        self.people.get(self.selected)
    }
}

impl GoalsPane {
    fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if self.is_typing() {
            return self.typing_key(key, keymap);
        }
        let put_away = self.put_away.take();
        let command = keymap.lookup(Scope::Goals, &key)?;
        if let (Command::Archive, Some((id, archived))) = (command, put_away) {
            return Some(self.put_back(id, archived));
        }
        let switch = matches!(command, Command::NextSection | Command::PreviousSection);
        match (self.tab, self.focus) {
            (_, Focus::List) if switch => self.switch_tab(command == Command::NextSection),
            (Tab::Ideas, Focus::List) => self.ideas_list_key(command),
            (Tab::Ideas, Focus::Steps) => self.idea_key(command),
            (Tab::People, _) => self.people_key(command),
            (_, Focus::List) => self.list_key(command),
            (_, Focus::Steps) => self.steps_key(command),
        }
    }

    fn handle_paste(&mut self, text: &str) -> Option<Action> {
        crate::ui::form::paste_into(
            self.form.as_mut().map(|open| &mut open.form),
            text,
            Scope::Goals,
        )
    }

    fn is_typing(&self) -> bool {
        self.form.is_some()
    }

    fn run(&mut self, command: Command) -> Option<Action> {
        if command == Command::People && self.form.is_none() {
            self.tab = Tab::People;
            self.focus = Focus::List;
            self.selected = 0;
            self.selected_id = None;
            return Some(Action::Read(Read::All));
        }
        None
    }

    fn show_record(&mut self, record: &Record) {
        if self.form.is_none() {
            self.show(record);
        }
    }

    fn click_row(&mut self, tag: &str, index: usize) -> Option<Action> {
        self.put_away = None;
        match tag {
            "goals" | "ideas" | "people" => {
                let selected = if tag == "goals" {
                    self.goals.shown().1
                } else {
                    self.selected
                };
                // A second click on the selected goal or idea opens it, as Enter does.
                if index == selected && self.focus == Focus::List && tag != "people" {
                    self.focus = Focus::Steps;
                    self.row = if tag == "goals" {
                        self.steps.iter().position(|s| !s.is_done()).unwrap_or(0)
                    } else {
                        0
                    };
                    return None;
                }
                let read = if tag == "goals" {
                    self.goals.select_shown(index);
                    Read::Selection
                } else {
                    self.selected = index;
                    self.selected_id = None;
                    Read::All
                };
                self.focus = Focus::List;
                self.row = 0;
                Some(Action::Read(read))
            }
            "steps" | "questions" => {
                self.row = index;
                self.focus = Focus::Steps;
                None
            }
            _ => None,
        }
    }

    fn external_text(&mut self, text: &str) {
        if let Some(open) = self.form.as_mut() {
            open.form.set_focused_text(text);
        }
    }

    /// After a save: a form closes, and what it added is selected once read.
    fn saved(&mut self, write: &Write, added: Option<Uuid>) {
        let from_form = write.draft().is_some();
        match write {
            Write::Goal {
                write: GoalWrite::TickStep { done: true, .. },
                ..
            } => self.step_pick = Some(StepPick::NextOpen),
            Write::Goal {
                write: GoalWrite::Archive { id, archived },
                ..
            } => self.put_away = Some((*id, *archived)),
            Write::Goal { write, .. } if from_form => {
                match write {
                    GoalWrite::AddGoal { .. } => {
                        self.tab = Tab::Active;
                        self.select_added(added);
                    }
                    GoalWrite::AddStep { .. } if self.focus == Focus::Steps => {
                        self.step_pick = added.map(StepPick::Step);
                    }
                    _ => {}
                }
                self.form = None;
            }
            Write::Forward { write, .. } if from_form => {
                if matches!(write, ForwardWrite::AddIdea(_) | ForwardWrite::AddPerson(_)) {
                    self.select_added(added);
                }
                self.form = None;
            }
            _ => {}
        }
    }

    /// Selects the goal, idea or person just added, when it was added from the list.
    fn select_added(&mut self, added: Option<Uuid>) {
        if self.focus == Focus::List && added.is_some() {
            self.selected_id = added;
        }
    }

    fn discard(&mut self) {
        self.form = None;
    }
}

impl Pane for GoalsPane {
    fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<Action> {
        match input {
            Input::Key(key) => self.handle_key(key, keymap),
            Input::Paste(text) => self.handle_paste(text),
            Input::Run(command) => self.run(command),
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
        // Nothing was written when only the selected goal moved: the rows it reached and
        // its steps are all there is to read.
        if read == Read::Selection && self.tab.goal_state().is_some() {
            self.goals.follow(store)?;
            self.selected_id = self.current().map(|g| g.id);
            return self.load_steps(store);
        }
        let [active, done, archived] = store.goal_counts()?;
        let (ideas, people) = store.forward_counts()?;
        self.counts = [active, done, archived, ideas, people];
        let Some(state) = self.tab.goal_state() else {
            self.load_forward(store)?;
            return self.restore_pending();
        };
        self.goals.show_list(Goals(state));
        self.follow_selection(store)?;
        self.goals.load(store)?;
        self.selected_id = self.current().map(|g| g.id);
        if self.goals.is_empty() {
            self.focus = Focus::List;
        }
        self.load_steps(store)?;
        self.restore_pending()
    }

    fn draft(&self) -> Option<(String, String)> {
        self.form
            .as_ref()
            .map(|open| (open.form.slot().to_string(), open.form.draft_text()))
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        crate::ui::form::restore_kept_form(store, SLOT_PREFIX, |slot, text| self.reopen(slot, text))
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        self.pane_hints()
    }
}
