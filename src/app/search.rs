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
                let hits = self
                    .store
                    .search(&typed.words, typed.from, typed.to, MAX_HITS)
                    .map_err(|e| format!("The search could not run: {e}"));
                if let Some(overlay) = self.search.as_mut() {
                    overlay.set_hits(hits);
                }
            }
            SearchOutcome::Show(record) => {
                self.search = None;
                self.update(Action::ShowRecord(record));
            }
        }
    }
}
