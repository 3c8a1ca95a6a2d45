//! How the Debrief pane turns keys into actions: on the list, in a section, and while typing.

use ratatui::crossterm::event::KeyEvent;

use super::forms::FormKind;
use super::{DebriefPane, Focus, Section};
use crate::action::Read;
use crate::action::Write;
use crate::action::{Action, DebriefWrite};
use crate::assets;
use crate::domain::setback::StrengthKind;
use crate::domain::text::truncate;
use crate::keymap::{Command, Keymap};
use crate::ui::form::FormOutcome;
use crate::ui::lists::moved;
use crate::ui::move_within;

impl DebriefPane {
    pub(super) fn list_key(&mut self, command: Command) -> Option<Action> {
        let count = self.list.total();
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
                        "Delete “{}” with its timeline and whole debrief? You can undo it with {{key:global.undo}}.",
                        truncate(&s.title, 50)
                    ),
                    on_yes: Box::new(Action::Write(Write::Debrief {
                        write: DebriefWrite::DeleteSetback(s.id),
                        draft: None,
                    })),
                })
            }
            Command::ToNetwork => Some(self.to_network()),
            _ => {
                let changed = self.list.move_by(command)?;
                changed.then_some(Action::Read(Read::Selection))
            }
        }
    }

    pub(super) fn detail_key(&mut self, command: Command) -> Option<Action> {
        self.current_setback()?;
        if let Some(action) = self.chapter_key(command) {
            return action;
        }
        match command {
            Command::Back => {
                self.focus = Focus::List;
                None
            }
            Command::NextSection | Command::PreviousSection | Command::Down | Command::Up => {
                let rows = self.row_count();
                move_within(
                    &Section::ALL,
                    &mut self.section,
                    &mut self.row,
                    rows,
                    command,
                );
                self.read_section()
            }
            Command::PageDown | Command::PageUp | Command::First | Command::Last => {
                let rows = self.row_count();
                self.row = moved(self.row, rows, self.detail_page.rows(), command)?;
                None
            }
            Command::Add => self.add_in_section(),
            Command::Open | Command::Edit => self.edit_row(),
            Command::Delete => self.delete_row(),
            Command::MoveUp | Command::MoveDown if self.section == Section::Timeline => {
                self.move_event(command == Command::MoveUp)
            }
            Command::MakeGoal => self.lesson_to_goal(),
            Command::ToNetwork => Some(self.to_network()),
            Command::CopyStory => {
                let title = self
                    .current_setback()
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                if self.story.is_empty() {
                    return Some(Action::Say(
                        "There is no story to copy yet: go to Story and press {key:debrief.open}."
                            .into(),
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

    /// Swaps the selected event with its neighbour at the same moment, above (`up`) or
    /// below; events at different moments stay in date and time order.
    fn move_event(&mut self, up: bool) -> Option<Action> {
        let id = self.events.get(self.row)?.id;
        if !self.can_swap(up) {
            return Some(Action::Say(
                "Events stay in date and time order; only events at the same moment can swap."
                    .into(),
            ));
        }
        self.row = if up {
            self.row.saturating_sub(1)
        } else {
            (self.row + 1).min(self.events.len() - 1)
        };
        Some(Action::Write(Write::Debrief {
            write: DebriefWrite::MoveEvent { id, up },
            draft: None,
        }))
    }

    /// Turns the selected lesson into a goal (or says where its goal already is).
    fn lesson_to_goal(&self) -> Option<Action> {
        if self.section != Section::Lessons {
            return Some(Action::Say(
                "Go to Lessons (press {key:debrief.next_section} until it shows) to turn a lesson into a goal.".into(),
            ));
        }
        let Some(lesson) = self.lessons.get(self.row) else {
            return Some(Action::Say(
                "Add a lesson first ({key:debrief.add}), then {key:debrief.make_goal} turns it into a goal.".into(),
            ));
        };
        if lesson.goal_id.is_some() {
            return Some(Action::Say(
                "This lesson is already a goal: find it in Goals ({key:global.go_goals}).".into(),
            ));
        }
        Some(Action::Write(Write::Goal {
            write: crate::action::GoalWrite::FromLesson(lesson.id),
            draft: None,
        }))
    }

    fn add_in_section(&mut self) -> Option<Action> {
        match self.section {
            Section::Timeline => self.open_form(FormKind::NewEvent, None, 0),
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
            Section::Reframes => self.open_form(FormKind::NewReframe, None, 0),
            Section::Checkins => self.open_form(FormKind::NewCheckin, None, 0),
            Section::Conversations | Section::Chapter => None,
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
            Section::Reframes => {
                let id = self.reframes.get(self.row)?.id;
                self.open_form(FormKind::EditReframe, Some(id), 0)
            }
            Section::Story => self.open_form(FormKind::Story, None, 0),
            Section::Checkins => Some(Action::Say(
                "A check-in is kept as that moment was; add a new one with {key:debrief.add}."
                    .into(),
            )),
            Section::Conversations | Section::Chapter => None,
        }
    }

    fn delete_row(&mut self) -> Option<Action> {
        let setback = self.current_setback()?.id;
        let (what, write) = match self.section {
            Section::Reframes => return self.delete_reframe(),
            Section::Timeline => {
                let e = self.events.get(self.row)?;
                (
                    format!("the event “{}”", truncate(&e.what, 40)),
                    DebriefWrite::DeleteEvent(e.id),
                )
            }
            Section::Questions => {
                let q = assets::debrief().questions.get(self.row)?;
                if !self.answers.contains_key(&q.key) {
                    return Some(Action::Say("There is no answer here to delete.".into()));
                }
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
                    format!(
                        "the check-in of {}",
                        crate::domain::dates::list_date(c.date)
                    ),
                    DebriefWrite::DeleteCheckin(c.id),
                )
            }
            Section::Story => {
                return Some(Action::Say(
                    "The story stays as you wrote it; {key:debrief.edit} changes or clears a part."
                        .into(),
                ));
            }
            Section::Conversations | Section::Chapter => return None,
        };
        Some(Action::Confirm {
            question: format!("Delete {what}? You can undo it with {{key:global.undo}}."),
            on_yes: Box::new(Action::Write(Write::Debrief { write, draft: None })),
        })
    }

    pub(super) fn typing_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        let open = self.form.as_mut()?;
        match open.form.handle_key(key, keymap) {
            FormOutcome::Submit => self.submit_form(),
            outcome => open.form.follow(outcome),
        }
    }
}
