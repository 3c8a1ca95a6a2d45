//! The search overlay's part of the App: opening it, running each query against the store,
//! and jumping to the hit the person picks.

use ratatui::crossterm::event::KeyEvent;

use super::App;
use crate::action::Action;
use crate::domain::search::Typed;
use crate::ui::search::{MAX_HITS, SearchOutcome, SearchOverlay};

impl App {
    pub(super) fn open_search(&mut self) {
        self.search = Some(SearchOverlay::default());
    }

    /// Whether the search overlay is open.
    pub fn is_searching(&self) -> bool {
        self.search.is_some()
    }

    /// Gives a key to the overlay when it is open; returns whether it took it.
    pub(super) fn search_key(&mut self, key: KeyEvent) -> bool {
        let Some(overlay) = self.search.as_mut() else {
            return false;
        };
        let outcome = overlay.handle_key(key, &self.keymap);
        self.follow_search(outcome);
        true
    }

    /// Gives pasted text to the overlay when it is open; returns whether it took it.
    pub(super) fn search_paste(&mut self, text: &str) -> bool {
        let Some(overlay) = self.search.as_mut() else {
            return false;
        };
        let outcome = overlay.paste(text);
        self.follow_search(outcome);
        true
    }

    fn follow_search(&mut self, outcome: SearchOutcome) {
        match outcome {
            SearchOutcome::Keep => {}
            SearchOutcome::Close => self.search = None,
            SearchOutcome::Query(text) => {
                let typed = Typed::parse(&text);
                let found = self.store.search_until(
                    &typed.words,
                    typed.from,
                    typed.to,
                    MAX_HITS,
                    self.input_waiting,
                );
                let Some(overlay) = self.search.as_mut() else {
                    return;
                };
                match found {
                    Ok(Some(hits)) => overlay.set_hits(Ok(hits)),
                    // A key is waiting: it runs the search again, or `search_again` does.
                    Ok(None) => overlay.set_unfinished(text),
                    Err(e) => overlay.set_hits(Err(format!("The search could not run: {e}"))),
                }
            }
            SearchOutcome::Show(record) => {
                self.search = None;
                self.update(Action::ShowRecord(record));
            }
        }
    }

    /// Runs the search again when the last one stopped for an event that did not change
    /// what is searched for (a resize, a mouse move, a key that only moves the selection).
    pub(super) fn search_again(&mut self) {
        if let Some(text) = self
            .search
            .as_mut()
            .and_then(SearchOverlay::take_unfinished)
        {
            self.follow_search(SearchOutcome::Query(text));
        }
    }
}
