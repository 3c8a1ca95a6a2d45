//! The app: routes keys, carries out actions against the store, and draws the frame.

mod chapter;
mod debrief;
mod draw;
mod events;
mod forward;
mod goals;
mod panes;
mod review;
mod said;
mod search;
mod undo;
mod update;

use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::action::{PaneId, Read};
use crate::config::Settings;
use crate::keymap::{Keymap, Scope};
use crate::store::{Store, StoreError, Version};
use crate::theme::Theme;
use crate::ui::Input;
use crate::ui::Panes;
use crate::ui::popup::Popup;
use crate::ui::status_bar::{Message, Tone};

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
    panes: Panes,
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
    /// The last messages said, to read again.
    log: crate::ui::messages::Log,
    /// The search overlay, while it is open: above the panes, below popups.
    search: Option<crate::ui::search::SearchOverlay>,
    /// Whether a keypress or another event is waiting to be read: a search still running
    /// when one arrives is stopped, since that event may change what is searched for.
    input_waiting: Option<fn() -> bool>,
    /// The journal's version and the day when each pane was last read on being shown, so
    /// that showing it again reads it again only when something changed.
    shown_at: [Option<(Version, NaiveDate)>; PaneId::ALL.len()],
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
        let panes = Panes::new(&settings);
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
            log: Default::default(),
            search: None,
            input_waiting: None,
            shown_at: [None; PaneId::ALL.len()],
        };
        // Only the pane on screen is read now; each other pane is read when it is shown.
        let version = app.store.version().ok();
        app.panes
            .get_mut(app.current)
            .reload(&app.store, today, Read::All)?;
        app.shown_at[app.current.index()] = version.map(|v| (v, today));
        app.restore_drafts()?;
        Ok(app)
    }

    fn restore_drafts(&mut self) -> Result<(), StoreError> {
        if self.store.drafts_with_prefix("")?.is_empty() {
            return Ok(());
        }
        for id in PaneId::ALL {
            let pane = self.panes.get_mut(id);
            // A pane reopens its draft over what it shows, so it is read first.
            if id != self.current {
                pane.reload(&self.store, self.today, Read::All)?;
            }
            if let Some(text) = pane.restore_draft(&self.store)? {
                pane.reload(&self.store, self.today, Read::All)?;
                self.last_draft = pane.draft();
                self.current = id;
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
                self.tell(Input::Edited(&text));
                self.note_typing();
                self.say(
                    "Back from your editor. {key:editor.save} saves.",
                    Tone::Info,
                );
            }
            Err(problem) => self.say(problem, Tone::Problem),
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Shows a message in the status line, its `{key:...}` names filled from the keymap.
    fn say(&mut self, text: impl Into<String>, tone: Tone) {
        let text = text.into();
        let message = Message {
            text: self.keymap.fill(&text).into_owned(),
            tone,
        };
        self.log.push(message.clone());
        self.message = Some(message);
    }

    fn note_typing(&mut self) {
        if self.is_typing() && self.draft_pending_since.is_none() {
            // A monotonic timer for the draft delay, not a date: it never reaches the journal.
            self.draft_pending_since = Some(Instant::now());
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
        let scopes = if self.is_typing() {
            vec![Scope::Editor]
        } else {
            vec![self.current.scope(), Scope::Global]
        };
        self.popup = Some(Popup::Help {
            scopes,
            title: self.current.title().to_string(),
            scroll: 0,
        });
    }
}
