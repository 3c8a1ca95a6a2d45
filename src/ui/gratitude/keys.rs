//! How the Gratitude pane turns keys into actions: browsing the days and their items, and
//! typing in one of its editors.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;

use super::{EDIT_SLOT, GratitudePane, Mode, NEW_SLOT, NOTE_SLOT, SELFCARE_PROMPT, SELFCARE_SLOT};
use crate::action::Action;
use crate::action::Read;
use crate::action::Write;
use crate::domain::dates::shift_days;
use crate::keymap::{Command, Keymap, Pressed, Scope};
use crate::ui::editor::Editor;
use crate::ui::lists;

impl GratitudePane {
    fn go_to(&mut self, date: NaiveDate) -> Option<Action> {
        if date > self.today {
            return Some(Action::Say(
                "That's as far as it goes: tomorrow is not written yet.".into(),
            ));
        }
        if date == self.date {
            return None;
        }
        self.date = date;
        self.list.select(None);
        Some(Action::Read(Read::All))
    }

    pub(super) fn browse_key(&mut self, command: Command) -> Option<Action> {
        match command {
            Command::Add => {
                let prompt = self.prompt().to_string();
                let slot = format!("{NEW_SLOT}{}", self.date);
                self.mode = Mode::Adding(Editor::single_line(slot, "", &prompt));
                None
            }
            Command::Edit => {
                let item = self.selected_item()?.clone();
                let slot = format!("{EDIT_SLOT}{}", item.id);
                let editor = Editor::single_line(slot, &item.text, "");
                self.mode = Mode::Editing {
                    id: item.id,
                    editor,
                };
                None
            }
            Command::Delete => {
                let item = self.selected_item()?;
                Some(Action::Confirm {
                    question: format!(
                        "Delete “{}”? You can undo it with {{key:global.undo}}.",
                        crate::domain::text::truncate(&item.text, 60)
                    ),
                    on_yes: Box::new(Action::Write(Write::DeleteGratitude { id: item.id })),
                })
            }
            c if lists::is_move(c) => {
                self.move_selection(c);
                None
            }
            Command::PreviousDay => self.go_to(shift_days(self.date, -1)),
            Command::NextDay => self.go_to(shift_days(self.date, 1)),
            Command::Today => self.go_to(self.today),
            Command::EditNote => {
                let note = self
                    .day
                    .as_ref()
                    .map(|d| d.note.clone())
                    .unwrap_or_default();
                let slot = format!("{NOTE_SLOT}{}", self.date);
                let placeholder = "A few lines about the day, if you like.";
                self.mode = Mode::Note(Editor::multi_line(slot, &note, placeholder));
                None
            }
            Command::SelfCare => {
                let kept = self
                    .day
                    .as_ref()
                    .map(|d| d.selfcare.clone())
                    .unwrap_or_default();
                let slot = format!("{SELFCARE_SLOT}{}", self.date);
                self.mode = Mode::SelfCare(Editor::single_line(slot, &kept, SELFCARE_PROMPT));
                None
            }
            Command::SetMood => Some(Action::PickMood {
                date: self.date,
                current: self.day.as_ref().and_then(|d| d.mood),
            }),
            _ => None,
        }
    }

    /// Moves through the day's items; the first key of any kind selects the first item.
    fn move_selection(&mut self, command: Command) {
        if self.items.is_empty() {
            return;
        }
        let next = match self.list.selected() {
            None if command == Command::Last => self.items.len() - 1,
            None => 0,
            Some(i) => lists::moved(i, self.items.len(), self.page.rows(), command).unwrap_or(i),
        };
        self.list.select(Some(next));
    }

    pub(super) fn typing_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        let command = match keymap.lookup_pressed(Scope::Editor, &mut self.pending, &key) {
            Pressed::Waiting => return None,
            Pressed::Command(command) => Some(command),
            Pressed::Other => None,
        };
        let editor = self.editor_mut()?;
        let submit = command == Some(Command::Save)
            || (editor.is_single_line() && command == Some(Command::Submit));
        if submit {
            return self.submit();
        }
        if command == Some(Command::ExternalEditor) {
            return Some(Action::EditExternally {
                text: editor.text(),
            });
        }
        if command == Some(Command::Cancel) {
            let draft = editor.slot().to_string();
            if editor.has_changes() && !editor.text().trim().is_empty() {
                return Some(Action::Confirm {
                    question: "Let go of what you typed? It has not been saved.".into(),
                    on_yes: Box::new(Action::DiscardEdit { draft }),
                });
            }
            return Some(Action::DiscardEdit { draft });
        }
        editor.input(key);
        None
    }

    fn submit(&mut self) -> Option<Action> {
        let date = self.date;
        match &self.mode {
            Mode::Browse => None,
            Mode::Adding(e) if e.text().trim().is_empty() => Some(Action::Say(
                "Type a few words first, or press {key:editor.cancel} to close.".into(),
            )),
            Mode::Editing { editor, .. } if editor.text().trim().is_empty() => Some(Action::Say(
                "An item needs a few words. To remove it, press {key:editor.cancel} and then {key:gratitude.delete}.".into(),
            )),
            Mode::Adding(e) => Some(Action::Write(Write::AddGratitude {
                date,
                text: e.text(),
                draft: e.slot().to_string(),
            })),
            Mode::Editing { id, editor } => Some(Action::Write(Write::UpdateGratitude {
                id: *id,
                text: editor.text(),
                draft: editor.slot().to_string(),
            })),
            Mode::SelfCare(e) => Some(Action::Write(Write::SetSelfCare {
                date,
                text: e.text(),
                draft: e.slot().to_string(),
            })),
            Mode::Note(e) => Some(Action::Write(Write::SaveNote {
                date,
                text: e.text(),
                draft: e.slot().to_string(),
            })),
        }
    }
}
