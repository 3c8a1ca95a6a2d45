//! Routing a terminal event: a key to the popup, the search, the editor being typed in, the
//! global keys or the pane on screen, in that order; a click or the wheel; a paste.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::App;
use crate::action::{Action, PaneId};
use crate::keymap::{Command, Scope};
use crate::ui::popup::Outcome;
use crate::ui::tabs;

impl App {
    /// Handles one terminal event; returns whether the screen needs drawing again.
    pub fn handle_event(&mut self, event: Event) -> bool {
        self.check_date();
        let changed = match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                self.handle_key(key);
                true
            }
            Event::Paste(text) => {
                self.handle_paste(&text);
                true
            }
            Event::Resize(..) => true,
            Event::Mouse(mouse) if self.mouse => self.handle_mouse(mouse),
            _ => false,
        };
        // Keys that never pause never let the loop's wait for the draft run out, so the
        // draft is also kept here once it is due.
        self.tick();
        if self.search.as_ref().is_some_and(|s| s.has_unfinished()) {
            self.search_again();
            return true;
        }
        changed
    }

    /// A new day began while bounce was open: show it.
    fn check_date(&mut self) {
        let today = self.clock.today();
        if today != self.today {
            self.today = today;
            self.reload_all();
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit();
            return;
        }
        self.message = None;
        if let Some(popup) = self.popup.as_mut() {
            match popup.handle_key(key, &self.keymap) {
                Outcome::Keep => {}
                Outcome::Close => self.popup = None,
                Outcome::Run(action) => {
                    self.popup = None;
                    self.update(action);
                }
            }
            return;
        }
        if self.search_key(key) {
            return;
        }
        if self.pane().is_typing() {
            // Only a non-character help key (F1) works while typing: characters are text.
            let help = self.keymap.lookup(Scope::Global, &key) == Some(Command::Help);
            if help && !matches!(key.code, KeyCode::Char(_)) {
                self.update(Action::ToggleHelp);
                return;
            }
            let action = self.panes[self.current.index()].handle_key(key, &self.keymap);
            self.note_typing();
            if let Some(action) = action {
                self.update(action);
            }
            return;
        }
        if let Some(command) = self.keymap.lookup(Scope::Global, &key) {
            self.global(command);
            return;
        }
        if let Some(action) = self.panes[self.current.index()].handle_key(key, &self.keymap) {
            self.update(action);
        }
    }

    /// A click on a tab shows its pane; the wheel moves through the list on screen (or the
    /// help) as ↓ and ↑ would. Returns whether anything changed.
    fn handle_mouse(&mut self, mouse: MouseEvent) -> bool {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        match mouse.kind {
            MouseEventKind::Down(_) if self.popup.is_some() || self.pane().is_typing() => false,
            MouseEventKind::Down(MouseButton::Left) if mouse.row == 0 => {
                match tabs::tab_at(mouse.column, self.tab_width, self.current) {
                    Some(pane) => {
                        self.update(Action::ShowPane(pane));
                        true
                    }
                    None => false,
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                let Some((tag, index)) = self.clicks.find(mouse.column, mouse.row) else {
                    return false;
                };
                self.message = None;
                if let Some(action) = self.pane_mut().click_row(tag, index) {
                    self.update(action);
                }
                true
            }
            MouseEventKind::ScrollDown => {
                self.handle_key(key(KeyCode::Down));
                true
            }
            MouseEventKind::ScrollUp => {
                self.handle_key(key(KeyCode::Up));
                true
            }
            _ => false,
        }
    }

    fn handle_paste(&mut self, text: &str) {
        self.message = None;
        if self.popup.is_some() || self.search_paste(text) {
            return;
        }
        let action = self.pane_mut().handle_paste(text);
        self.note_typing();
        if let Some(action) = action {
            self.update(action);
        }
    }

    fn global(&mut self, command: Command) {
        match command {
            Command::Quit => self.quit(),
            Command::Help => self.update(Action::ToggleHelp),
            Command::NextPane => self.update(Action::ShowPane(self.current.next())),
            Command::PreviousPane => self.update(Action::ShowPane(self.current.previous())),
            Command::GoHome => self.update(Action::ShowPane(PaneId::Home)),
            Command::GoDebrief => self.update(Action::ShowPane(PaneId::Debrief)),
            Command::GoRootCause => self.update(Action::ShowPane(PaneId::RootCause)),
            Command::GoGratitude => self.update(Action::ShowPane(PaneId::Gratitude)),
            Command::GoGoals => self.update(Action::ShowPane(PaneId::Goals)),
            Command::Undo => self.turn_history(true),
            Command::Redo => self.turn_history(false),
            Command::Search => self.open_search(),
            _ => {}
        }
    }
}
