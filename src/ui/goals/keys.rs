//! How the Goals pane turns keys into actions: on the list of goals, among a goal's steps,
//! and while typing in a form.

use ratatui::crossterm::event::KeyEvent;

use super::forms::FormKind;
use super::{Focus, GoalsPane, Tab};
use crate::action::Read;
use crate::action::Write;
use crate::action::{Action, GoalWrite};
use crate::domain::text::truncate;
use crate::keymap::{Command, Keymap};
use crate::ui::cycle;
use crate::ui::form::FormOutcome;
use crate::ui::lists::{is_move, moved};
use crate::ui::step_row;

impl GoalsPane {
    pub(super) fn list_key(&mut self, command: Command) -> Option<Action> {
        let count = self.goals.total();
        match command {
            Command::Add => self.open_form(FormKind::NewGoal, None),
            Command::Open if count > 0 => {
                self.focus = Focus::Steps;
                self.row = self
                    .steps
                    .iter()
                    .position(|s| !s.is_done())
                    .unwrap_or_default();
                None
            }
            Command::Edit if count > 0 => self.open_form(FormKind::EditGoal, None),
            Command::Delete => self.delete_goal(),
            Command::TickStep => self.tick_next(),
            Command::Archive => self.archive(),
            c if is_move(c) => {
                let changed = self.goals.move_by(c)?;
                self.row = 0;
                self.moved_to_goal(changed)
            }
            _ => None,
        }
    }

    /// After the selection moved among the goals: a reload that reads only the rows it
    /// reached and the steps of the goal it landed on.
    fn moved_to_goal(&mut self, changed: bool) -> Option<Action> {
        if !changed {
            return None;
        }
        Some(Action::Read(Read::Selection))
    }

    /// The step to tick when Space is pressed on a goal in the list: its next open one.
    fn tick_next(&self) -> Option<Action> {
        let goal = self.current()?;
        match &goal.next_step {
            Some(step) => Some(Action::Write(Write::Goal {
                write: GoalWrite::TickStep {
                    id: step.id,
                    done: true,
                },
                draft: None,
            })),
            None if goal.progress.total == 0 => Some(Action::Say(
                "This goal has no steps yet: press {key:goals.open}, then {key:goals.add} to add a first small one.".into(),
            )),
            None => Some(Action::Say(
                "Every step of this goal is done. Press {key:goals.open} to see them.".into(),
            )),
        }
    }

    /// Shows the next (or previous) list: active, done and archived goals, ideas, people.
    pub(super) fn switch_tab(&mut self, forward: bool) -> Option<Action> {
        self.tab = cycle(&Tab::ALL, self.tab, if forward { 1 } else { -1 });
        self.selected = 0;
        self.selected_id = None;
        self.focus = Focus::List;
        self.row = 0;
        Some(Action::Read(Read::All))
    }

    pub(super) fn steps_key(&mut self, command: Command) -> Option<Action> {
        self.current()?;
        match command {
            Command::Back => {
                self.focus = Focus::List;
                None
            }
            c if is_move(c) => {
                self.row = moved(self.row, self.steps.len(), self.steps_page.rows(), c)?;
                None
            }
            Command::NextSection | Command::PreviousSection => {
                let delta = if command == Command::NextSection {
                    1
                } else {
                    -1
                };
                let total = self.goals.total();
                let place = (self.goals.selected() + total).saturating_add_signed(delta) % total;
                self.goals.select(place);
                self.row = 0;
                self.moved_to_goal(true)
            }
            Command::Add => self.open_form(FormKind::NewStep, None),
            Command::Open | Command::Edit => {
                let id = self.current_step()?.id;
                self.open_form(FormKind::EditStep, Some(id))
            }
            Command::Delete => self.delete_step(),
            Command::TickStep => {
                let step = self.current_step()?;
                Some(Action::Write(Write::Goal {
                    write: GoalWrite::TickStep {
                        id: step.id,
                        done: !step.is_done(),
                    },
                    draft: None,
                }))
            }
            Command::MoveUp | Command::MoveDown => self.move_step(command == Command::MoveUp),
            Command::SplitStep => self.split_step(),
            Command::Archive => self.archive(),
            _ => None,
        }
    }

    fn delete_goal(&self) -> Option<Action> {
        let goal = self.current()?;
        let steps = match goal.progress.total {
            0 => String::new(),
            1 => " and its step".to_string(),
            n => format!(" and its {n} steps"),
        };
        Some(Action::Confirm {
            question: format!(
                "Delete “{}”{steps}? You can undo it with {{key:global.undo}}; {{key:goals.archive}} puts it away instead.",
                truncate(&goal.title, 50)
            ),
            on_yes: Box::new(Action::Write(Write::Goal {
                write: GoalWrite::DeleteGoal(goal.id),
                draft: None,
            })),
        })
    }

    fn delete_step(&self) -> Option<Action> {
        let step = self.current_step()?;
        Some(Action::Confirm {
            question: format!(
                "Delete the step “{}”? You can undo it with {{key:global.undo}}.",
                truncate(&step.text, 50)
            ),
            on_yes: Box::new(Action::Write(Write::Goal {
                write: GoalWrite::DeleteStep(step.id),
                draft: None,
            })),
        })
    }

    fn archive(&self) -> Option<Action> {
        let goal = self.current()?;
        Some(Action::Write(Write::Goal {
            write: GoalWrite::Archive {
                id: goal.id,
                archived: !goal.archived,
            },
            draft: None,
        }))
    }

    /// Undoes the archive key's last move of `id` (to the archive when `archived`), and
    /// selects that goal again where it lands.
    pub(super) fn put_back(&mut self, id: uuid::Uuid, archived: bool) -> Action {
        self.selected_id = Some(id);
        self.find_anywhere = true;
        Action::Write(Write::Goal {
            write: GoalWrite::Archive {
                id,
                archived: !archived,
            },
            draft: None,
        })
    }

    fn move_step(&mut self, up: bool) -> Option<Action> {
        let id = self.current_step()?.id;
        self.row = step_row(self.row, !up, self.steps.len());
        Some(Action::Write(Write::Goal {
            write: GoalWrite::MoveStep { id, up },
            draft: None,
        }))
    }

    fn split_step(&mut self) -> Option<Action> {
        let step = self.current_step()?;
        if step.is_done() {
            return Some(Action::Say(
                "This step is already done, so there is nothing to split.".into(),
            ));
        }
        let id = step.id;
        self.open_form(FormKind::SplitStep, Some(id))
    }

    pub(super) fn typing_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        let open = self.form.as_mut()?;
        match open.form.handle_key(key, keymap) {
            FormOutcome::Submit => self.submit_form(),
            outcome => open.form.follow(outcome),
        }
    }
}
