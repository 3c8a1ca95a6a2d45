//! Undo and redo from the keyboard, and the words that name each kind of change.

use super::App;
use crate::ui::status_bar::Tone;

impl App {
    /// Undoes (`back`) or redoes the person's last change and says which it was.
    pub(super) fn turn_history(&mut self, back: bool) {
        let result = if back {
            self.store.undo()
        } else {
            self.store.redo()
        };
        match result {
            Ok(Some(change)) if back => self.say(
                format!(
                    "Undone: {}. {{key:global.redo}} does it again.",
                    change.label
                ),
                Tone::Info,
            ),
            Ok(Some(change)) => self.say(format!("Done again: {}.", change.label), Tone::Info),
            Ok(None) if back => self.say("Nothing to undo.", Tone::Info),
            Ok(None) => self.say("Nothing to redo.", Tone::Info),
            Err(e) => self.say(super::update::problem_text(&e), Tone::Problem),
        }
        self.reload_all();
    }
}
