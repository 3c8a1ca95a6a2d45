//! Which pane is on screen, what it is told, and when each pane is read from the journal:
//! the pane on screen at once after a change, another one when it is shown, and only if the
//! journal changed since it was last read.

use super::App;
use super::update::problem_text;
use crate::action::{PaneId, Read};
use crate::store::StoreError;
use crate::ui::status_bar::Tone;
use crate::ui::{Input, Pane};

impl App {
    /// Shows `pane` (the one path for a key, a click and a test), read from the journal
    /// unless nothing was written, here or by another bounce, since it was last read.
    pub fn show(&mut self, pane: PaneId) {
        self.current = pane;
        let index = pane.index();
        // Taken before reading, so a write landing meanwhile makes the next show read again.
        let now = self.store.version().ok().map(|v| (v, self.today));
        if now.is_some() && self.shown_at[index] == now {
            return;
        }
        match self.read(Read::All) {
            Ok(()) => self.shown_at[index] = now,
            Err(e) => {
                self.shown_at[index] = None;
                self.say(problem_text(&e), Tone::Problem);
            }
        }
    }

    /// Lets a search stop as soon as `waiting` says an event is waiting to be read.
    pub fn stop_searches_when(&mut self, waiting: fn() -> bool) {
        self.input_waiting = Some(waiting);
    }

    pub(super) fn pane(&self) -> &dyn Pane {
        self.panes.get(self.current)
    }

    /// Whether a text editor has the focus, so that keys are text.
    pub(super) fn is_typing(&self) -> bool {
        self.pane().draft().is_some()
    }

    /// Tells the pane on screen something and returns what it asks for.
    pub(super) fn ask(&mut self, input: Input) -> Option<crate::action::Action> {
        self.panes.get_mut(self.current).handle(input, &self.keymap)
    }

    /// Tells the pane on screen something and carries out what it asks for.
    pub(super) fn tell(&mut self, input: Input) {
        if let Some(action) = self.ask(input) {
            self.update(action);
        }
    }

    /// Reads the pane on screen from the journal: all of it, or only what `read` names.
    pub(super) fn read(&mut self, read: Read) -> Result<(), StoreError> {
        let pane = self.panes.get_mut(self.current);
        pane.reload(&self.store, self.today, read)
    }

    /// After a write, an undo or a new day: the pane on screen is read again now, and
    /// every other pane when it is next shown, so that a save never waits for panes that
    /// are not on screen.
    pub(super) fn reload_all(&mut self) {
        self.shown_at.iter_mut().for_each(|at| *at = None);
        let index = self.current.index();
        let version = self.store.version().ok();
        match self.read(Read::All) {
            Ok(()) => self.shown_at[index] = version.map(|v| (v, self.today)),
            Err(e) => self.say(problem_text(&e), Tone::Problem),
        }
    }
}
