//! Routing a terminal event: a key to the popup, the search, the editor being typed in, the
//! global keys or the pane on screen, in that order; a click or the wheel; a paste.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::App;
use crate::action::Action;
use crate::keymap::{Command, Global, Scope};
use crate::ui::Input;
use crate::ui::popup::{Outcome, Popup};
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
        if self.is_typing() {
            // Only a non-character help key (F1) works while typing: characters are text.
            let help = self.keymap.lookup(Scope::Global, &key) == Some(Command::Help);
            if help && !matches!(key.code, KeyCode::Char(_)) {
                self.update(Action::ToggleHelp);
                return;
            }
            let action = self.ask(Input::Key(key));
            self.note_typing();
            if let Some(action) = action {
                self.update(action);
            }
            return;
        }
        if self.pane().takes(&key) {
            self.tell(Input::Key(key));
            return;
        }
        let global = self.keymap.lookup(Scope::Global, &key);
        if let Some(command) = global.and_then(Command::global) {
            self.global(command);
            return;
        }
        self.tell(Input::Key(key));
    }

    /// A click on a tab shows its pane; the wheel moves through the list on screen (or the
    /// help) as ↓ and ↑ would. Returns whether anything changed.
    fn handle_mouse(&mut self, mouse: MouseEvent) -> bool {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        match mouse.kind {
            MouseEventKind::Down(_) if self.popup.is_some() || self.is_typing() => false,
            MouseEventKind::Down(MouseButton::Left) if mouse.row == 0 => {
                match tabs::tab_at(mouse.column, self.tab_width, self.current, &self.keymap) {
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
                self.tell(Input::Click {
                    list: tag,
                    row: index,
                });
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
        let action = self.ask(Input::Paste(text));
        self.note_typing();
        if let Some(action) = action {
            self.update(action);
        }
    }

    fn global(&mut self, command: Global) {
        match command {
            Global::Quit => self.quit(),
            Global::Help => self.update(Action::ToggleHelp),
            Global::NextPane => self.update(Action::ShowPane(self.current.next())),
            Global::PreviousPane => self.update(Action::ShowPane(self.current.previous())),
            Global::Go(pane) => self.update(Action::ShowPane(pane)),
            Global::Undo => self.turn_history(true),
            Global::Redo => self.turn_history(false),
            Global::Search => self.open_search(),
            Global::Messages => {
                self.popup = Some(Popup::Messages {
                    messages: self.log.newest_first(),
                    scroll: 0,
                });
            }
        }
    }
}
