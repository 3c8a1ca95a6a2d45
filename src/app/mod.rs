//! The app: routes keys, carries out actions against the store, and draws the frame.

mod debrief;
mod draw;
mod forward;
mod goals;
mod panes;
mod search;
mod undo;
mod update;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::action::{Action, PaneId};
use crate::config::Settings;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Store, StoreError, Version};
use crate::theme::Theme;
use crate::ui::popup::{Outcome, Popup};
use crate::ui::status_bar::{Message, Tone};
use crate::ui::{Pane, all_panes, tabs};

/// Below this size the layout would break, so a short message shows instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// How long typed text may wait before it is kept as a draft.
pub const DRAFT_DELAY: Duration = Duration::from_millis(800);

/// The pane shown on start: today at a glance.
pub const START_PANE: PaneId = PaneId::Home;

pub use crate::domain::Clock;

pub struct App {
    store: Store,
    clock: Clock,
    today: NaiveDate,
    keymap: Keymap,
    theme: Theme,
    /// The first day of the week in calendars.
    week_start: chrono::Weekday,
    mouse: bool,
    /// Where the last frame drew its lists, for clicks.
    clicks: crate::ui::Clicks,
    /// How wide the last frame's tab bar was, for clicks on it.
    tab_width: u16,
    panes: Vec<Box<dyn Pane>>,
    current: PaneId,
    popup: Option<Popup>,
    message: Option<Message>,
    quit: bool,
    /// When typed text first went unsaved, if it still is.
    draft_pending_since: Option<Instant>,
    /// The draft last written, so unchanged text is not written again.
    last_draft: Option<(String, String)>,
    /// Text waiting to be put on the terminal's clipboard.
    clipboard: Option<String>,
    /// Text waiting to be opened in the person's own editor.
    external: Option<String>,
    /// The day the daily backup was last made (or tried), so it runs once a day.
    backed_up_on: Option<NaiveDate>,
    /// The search overlay, while it is open: above the panes, below popups.
    search: Option<crate::ui::search::SearchOverlay>,
    /// Whether a keypress or another event is waiting to be read: a search still running
    /// when one arrives is stopped, since that event may change what is searched for.
    input_waiting: Option<fn() -> bool>,
    /// The journal's version and the day when each pane was last read on being shown, so
    /// that showing it again reads it again only when something changed.
    shown_at: Vec<Option<(Version, NaiveDate)>>,
}

impl App {
    pub fn new(
        store: Store,
        clock: Clock,
        keymap: Keymap,
        theme: Theme,
    ) -> Result<App, StoreError> {
        let mut settings = Settings::defaults(false);
        settings.keymap = keymap;
        settings.theme = theme;
        settings.start_pane = START_PANE;
        App::with_settings(store, clock, settings)
    }

    /// An app with the person's settings (from their config file).
    pub fn with_settings(
        mut store: Store,
        clock: Clock,
        settings: Settings,
    ) -> Result<App, StoreError> {
        store.set_clock(clock.clone());
        let today = clock.today();
        let mut panes = all_panes();
        for pane in &mut panes {
            pane.configure(&settings);
        }
        let mut app = App {
            store,
            clock,
            today,
            keymap: settings.keymap,
            theme: settings.theme,
            week_start: settings.week_start,
            mouse: settings.mouse,
            clicks: crate::ui::Clicks::default(),
            tab_width: u16::MAX,
            panes,
            current: settings.start_pane,
            popup: None,
            message: None,
            quit: false,
            draft_pending_since: None,
            last_draft: None,
            clipboard: None,
            external: None,
            backed_up_on: None,
            search: None,
            input_waiting: None,
            shown_at: vec![None; PaneId::ALL.len()],
        };
        // Only the pane on screen is read now; each other pane is read when it is shown.
        let version = app.store.version().ok();
        app.panes[app.current.index()].reload(&app.store, today)?;
        app.shown_at[app.current.index()] = version.map(|v| (v, today));
        app.restore_drafts()?;
        Ok(app)
    }

    fn restore_drafts(&mut self) -> Result<(), StoreError> {
        if self.store.drafts_with_prefix("")?.is_empty() {
            return Ok(());
        }
        for i in 0..self.panes.len() {
            // A pane reopens its draft over what it shows, so it is read first.
            if i != self.current.index() {
                self.panes[i].reload(&self.store, self.today)?;
            }
            if let Some(text) = self.panes[i].restore_draft(&self.store)? {
                self.current = self.panes[i].id();
                self.panes[i].reload(&self.store, self.today)?;
                self.last_draft = self.panes[i].draft();
                self.say(text, Tone::Info);
                break;
            }
        }
        Ok(())
    }

    /// Shows a notice over the screen until a key is pressed (a problem with the config
    /// file, on start).
    pub fn notify(&mut self, title: &str, text: impl Into<String>) {
        self.popup = Some(Popup::Notice {
            title: title.to_string(),
            text: text.into(),
        });
    }

    /// Whether clicks and the scroll wheel should reach the app.
    pub fn mouse(&self) -> bool {
        self.mouse
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn current_pane(&self) -> PaneId {
        self.current
    }

    /// Text to put on the clipboard, once: the terminal loop writes it.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// Text to open in the person's own editor, once: the terminal loop does it.
    pub fn take_external(&mut self) -> Option<String> {
        self.external.take()
    }

    /// What the person's editor gave back (or why it could not run).
    pub fn finish_external(&mut self, result: Result<String, String>) {
        match result {
            Ok(text) => {
                self.pane_mut().external_text(&text);
                self.note_typing();
                self.say("Back from your editor. Ctrl-S saves.", Tone::Info);
            }
            Err(problem) => self.say(problem, Tone::Problem),
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    fn say(&mut self, text: impl Into<String>, tone: Tone) {
        self.message = Some(Message {
            text: text.into(),
            tone,
        });
    }

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

    fn note_typing(&mut self) {
        if self.pane().is_typing() && self.draft_pending_since.is_none() {
            self.draft_pending_since = Some(Instant::now());
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

    /// Keeps what is being typed and stops.
    pub fn quit(&mut self) {
        self.save_draft();
        self.quit = true;
    }

    /// When the pending draft should be written, if one is pending.
    pub fn next_deadline(&self) -> Option<Duration> {
        self.draft_pending_since
            .map(|since| DRAFT_DELAY.saturating_sub(since.elapsed()))
    }

    /// Called when the deadline passes: writes the draft.
    pub fn tick(&mut self) {
        if self
            .draft_pending_since
            .is_some_and(|since| since.elapsed() >= DRAFT_DELAY)
        {
            self.save_draft();
        }
    }

    /// Writes the text being typed as a draft, if it changed since the last one.
    pub fn save_draft(&mut self) {
        self.draft_pending_since = None;
        let Some(draft) = self.pane().draft() else {
            return;
        };
        if self.last_draft.as_ref() == Some(&draft) {
            return;
        }
        match self.store.save_draft(&draft.0, &draft.1) {
            Ok(()) => self.last_draft = Some(draft),
            Err(e) => self.say(
                format!("Could not keep a draft of your text: {e}"),
                Tone::Problem,
            ),
        }
    }

    fn toggle_help(&mut self) {
        if matches!(self.popup, Some(Popup::Help { .. })) {
            self.popup = None;
            return;
        }
        // While typing, only the editor's keys work, so only they are listed.
        let scopes = if self.pane().is_typing() {
            vec![Scope::Editor]
        } else {
            self.pane()
                .scope()
                .into_iter()
                .chain([Scope::Global])
                .collect()
        };
        self.popup = Some(Popup::Help {
            scopes,
            title: self.current.title().to_string(),
            scroll: 0,
        });
    }
}
