//! Which pane is on screen, and when each pane is read from the journal: the pane on screen
//! at once after a change, another one when it is shown, and only if the journal changed
//! since it was last read.

use super::App;
use super::update::problem_text;
use crate::action::PaneId;
use crate::ui::Pane;
use crate::ui::status_bar::Tone;

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
        match self.panes[index].reload(&self.store, self.today) {
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
        self.panes[self.current.index()].as_ref()
    }

    pub(super) fn pane_mut(&mut self) -> &mut dyn Pane {
        self.panes[self.current.index()].as_mut()
    }

    /// After a write, an undo or a new day: the pane on screen is read again now, and
    /// every other pane when it is next shown, so that a save never waits for panes that
    /// are not on screen.
    pub(super) fn reload_all(&mut self) {
        self.shown_at.iter_mut().for_each(|at| *at = None);
        let index = self.current.index();
        let version = self.store.version().ok();
        match self.panes[index].reload(&self.store, self.today) {
            Ok(()) => self.shown_at[index] = version.map(|v| (v, self.today)),
            Err(e) => self.say(problem_text(&e), Tone::Problem),
        }
    }
}
