//! The Goals pane: active, done and archived goals with their progress, and for the open
//! goal its small steps to tick off.

mod forms;
mod keys;
mod view;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use uuid::Uuid;

use super::{Pane, RenderCtx};
use crate::action::{Action, GoalWrite, PaneId};
use crate::domain::goal::{Goal, GoalState, Step};
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use forms::{FormKind, OpenForm, SLOT_PREFIX, parse_slot};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Focus {
    #[default]
    List,
    Steps,
}

#[derive(Default)]
pub struct GoalsPane {
    today: NaiveDate,
    /// Which goals the list shows.
    state: GoalState,
    /// How many goals are active, done and archived.
    counts: [u32; 3],
    goals: Vec<Goal>,
    selected: usize,
    /// The goal selected before the last reload, so it stays selected when the list moves.
    selected_id: Option<Uuid>,
    focus: Focus,
    steps: Vec<Step>,
    /// The selected step of the open goal.
    row: usize,
    /// The title of the setback the selected goal came from.
    origin: Option<String>,
    form: Option<OpenForm>,
    /// Select the goal or step that was not there before the next reload.
    select_new: bool,
    /// After a tick, move to the next open step.
    advance: bool,
    /// A kept form to open once the goals are loaded.
    pending_draft: Option<(FormKind, Option<Uuid>, Option<Uuid>, String)>,
}

impl GoalsPane {
    fn current(&self) -> Option<&Goal> {
        self.goals.get(self.selected)
    }

    fn current_step(&self) -> Option<&Step> {
        self.steps.get(self.row)
    }

    fn open_form(&mut self, kind: FormKind, step: Option<Uuid>) -> Option<Action> {
        self.form = self.build_form(kind, step);
        None
    }

    /// Finds the goal that was selected again after the list changed, following it to
    /// another list when it was finished, reopened or archived from its steps.
    fn follow_selection(&mut self, store: &Store) -> Result<()> {
        let Some(id) = self.selected_id else {
            return Ok(());
        };
        if let Some(i) = self.goals.iter().position(|g| g.id == id) {
            self.selected = i;
            return Ok(());
        }
        if self.focus == Focus::Steps {
            if let Some(goal) = store.goal(id)? {
                self.state = goal.state();
                self.goals = store.goals(self.state)?;
                self.selected = self.goals.iter().position(|g| g.id == id).unwrap_or(0);
            }
        }
        Ok(())
    }

    fn load_steps(&mut self, store: &Store) -> Result<()> {
        let Some(goal) = self.current() else {
            self.steps.clear();
            self.origin = None;
            self.row = 0;
            return Ok(());
        };
        let (id, setback) = (goal.id, goal.setback_id);
        let before: Vec<Uuid> = self.steps.iter().map(|s| s.id).collect();
        self.steps = store.steps(id)?;
        if std::mem::take(&mut self.select_new) && self.focus == Focus::Steps {
            if let Some(i) = self.steps.iter().position(|s| !before.contains(&s.id)) {
                self.row = i;
            }
        }
        if std::mem::take(&mut self.advance) {
            let after = self.steps.iter().skip(self.row).position(|s| !s.is_done());
            let first = self.steps.iter().position(|s| !s.is_done());
            self.row = after.map(|i| i + self.row).or(first).unwrap_or(self.row);
        }
        self.origin = match setback {
            Some(s) => store.setback(s)?.map(|s| s.title),
            None => None,
        };
        self.row = self.row.min(self.steps.len().saturating_sub(1));
        Ok(())
    }

    fn reopen(&mut self, slot: &str, text: &str) -> bool {
        let Some((kind, goal, step)) = parse_slot(slot) else {
            return false;
        };
        if let Some(id) = goal {
            self.selected_id = Some(id);
            self.focus = if kind.is_about_steps() {
                Focus::Steps
            } else {
                Focus::List
            };
        }
        self.pending_draft = Some((kind, goal, step, text.to_string()));
        true
    }

    /// The step to tick when Space is pressed on a goal in the list: its next open one.
    fn tick_next(&self) -> Option<Action> {
        let goal = self.current()?;
        match &goal.next_step {
            Some(step) => Some(Action::Goal {
                write: GoalWrite::TickStep {
                    id: step.id,
                    done: true,
                },
                draft: None,
            }),
            None if goal.progress.total == 0 => Some(Action::Say(
                "This goal has no steps yet: press Enter, then a to add a first small one.".into(),
            )),
            None => Some(Action::Say(
                "Every step of this goal is done. Press Enter to see them.".into(),
            )),
        }
    }
}

impl Pane for GoalsPane {
    fn id(&self) -> PaneId {
        PaneId::Goals
    }

    fn scope(&self) -> Option<Scope> {
        Some(Scope::Goals)
    }

    fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if self.is_typing() {
            return self.typing_key(key, keymap);
        }
        let command = keymap.lookup(Scope::Goals, &key)?;
        match self.focus {
            Focus::List => self.list_key(command),
            Focus::Steps => self.steps_key(command),
        }
    }

    fn handle_paste(&mut self, text: &str) -> Option<Action> {
        match self.form.as_mut() {
            Some(open) => {
                open.form.paste(text);
                None
            }
            None => Some(Action::Say(
                "To paste, first open a form: a adds, e edits.".into(),
            )),
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        view::render(self, frame, area, ctx);
    }

    fn reload(&mut self, store: &Store, today: NaiveDate) -> Result<()> {
        self.today = today;
        let before: Vec<Uuid> = self.goals.iter().map(|g| g.id).collect();
        self.counts = store.goal_counts()?;
        self.goals = store.goals(self.state)?;
        if self.select_new && self.form.is_none() && self.focus == Focus::List {
            if let Some(goal) = self.goals.iter().find(|g| !before.contains(&g.id)) {
                self.selected_id = Some(goal.id);
            }
            self.select_new = false;
        }
        self.follow_selection(store)?;
        self.selected = self.selected.min(self.goals.len().saturating_sub(1));
        self.selected_id = self.current().map(|g| g.id);
        if self.goals.is_empty() {
            self.focus = Focus::List;
        }
        self.load_steps(store)?;
        if let Some((kind, _, step, text)) = self.pending_draft.take() {
            self.form = self.build_form(kind, step);
            if let Some(open) = self.form.as_mut() {
                open.form.restore(&text);
            }
        }
        Ok(())
    }

    fn is_typing(&self) -> bool {
        self.form.is_some()
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
        let g = |c| (Scope::Goals, c);
        if self.form.is_some() {
            return vec![
                (Scope::Editor, Command::Save),
                (Scope::Editor, Command::Cancel),
                (Scope::Editor, Command::ExternalEditor),
            ];
        }
        let mut hints = match self.focus {
            Focus::List if self.goals.is_empty() => {
                vec![g(Command::Add), g(Command::NextSection)]
            }
            Focus::List => vec![
                g(Command::Open),
                g(Command::TickStep),
                g(Command::Add),
                g(Command::Edit),
                g(Command::NextSection),
            ],
            Focus::Steps if self.steps.is_empty() => vec![g(Command::Add), g(Command::Back)],
            Focus::Steps => vec![
                g(Command::TickStep),
                g(Command::Add),
                g(Command::Edit),
                g(Command::SplitStep),
                g(Command::Back),
            ],
        };
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
            Action::Goal {
                write,
                draft: Some(_),
            } => {
                self.select_new =
                    matches!(write, GoalWrite::AddGoal { .. } | GoalWrite::AddStep { .. });
                if matches!(write, GoalWrite::AddGoal { .. }) {
                    self.state = GoalState::Active;
                }
                self.form = None;
            }
            Action::DiscardEdit { .. } => {
                self.form = None;
                self.select_new = false;
            }
            Action::Goal {
                write: GoalWrite::TickStep { done: true, .. },
                ..
            } => self.advance = true,
            _ => {}
        }
    }
}
