//! The Gratitude pane: a day's small good things, its note and mood, a month calendar and
//! the forgiving streak.

mod keys;
mod view;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::widgets::ListState;
use uuid::Uuid;

use super::editor::Editor;
use super::{Pane, RenderCtx};
use crate::action::Action;
use crate::action::{Read, Write};
use crate::assets;
use crate::domain::dates::shift_days;
use crate::domain::{Day, GratitudeItem, Streak};
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use crate::ui::Input;

const NEW_SLOT: &str = "gratitude.new:";
const EDIT_SLOT: &str = "gratitude.edit:";
const NOTE_SLOT: &str = "note:";
const SELFCARE_SLOT: &str = "gratitude.selfcare:";
const SELFCARE_PROMPT: &str = "A walk, an early night, saying no to something";

/// What the pane is doing: browsing, or typing in one of its editors.
#[derive(Default)]
enum Mode {
    #[default]
    Browse,
    Adding(Editor),
    Editing {
        id: Uuid,
        editor: Editor,
    },
    Note(Editor),
    /// The one kind thing done for myself that day.
    SelfCare(Editor),
}

#[derive(Default)]
pub struct GratitudePane {
    today: NaiveDate,
    /// The day on screen.
    date: NaiveDate,
    items: Vec<GratitudeItem>,
    list: ListState,
    /// How many items show at once.
    page: super::lists::Page,
    day: Option<Day>,
    /// Days with items in the month on screen, for the calendar.
    marked: HashSet<NaiveDate>,
    streak: Streak,
    days_with_gratitude: u64,
    /// The days just before the one on screen that have items, newest first, to reread.
    earlier: Vec<(NaiveDate, Vec<GratitudeItem>)>,
    mode: Mode,
    /// The first key of a two-key binding pressed while typing, waiting for the second.
    pending: crate::keymap::Pending,
    /// Select this item after the next reload (the one just added, or a search hit).
    select_after_reload: Option<Uuid>,
    loaded: bool,
}

impl GratitudePane {
    pub fn shown_date(&self) -> NaiveDate {
        self.date
    }

    fn selected_item(&self) -> Option<&GratitudeItem> {
        self.list.selected().and_then(|i| self.items.get(i))
    }

    fn editor(&self) -> Option<&Editor> {
        match &self.mode {
            Mode::Browse => None,
            Mode::Adding(e)
            | Mode::Note(e)
            | Mode::SelfCare(e)
            | Mode::Editing { editor: e, .. } => Some(e),
        }
    }

    fn editor_mut(&mut self) -> Option<&mut Editor> {
        match &mut self.mode {
            Mode::Browse => None,
            Mode::Adding(e)
            | Mode::Note(e)
            | Mode::SelfCare(e)
            | Mode::Editing { editor: e, .. } => Some(e),
        }
    }

    /// Today's rotating prompt, or a gentle one for a past day.
    fn prompt(&self) -> &'static str {
        let words = assets::gratitude();
        let seed = u64::try_from(self.date.num_days_from_ce()).unwrap_or(0);
        assets::pick(&words.prompts, seed)
    }

    fn reopen(&mut self, slot: &str, text: &str, store: &Store) -> Result<bool> {
        if let Some(date) = slot
            .strip_prefix(NEW_SLOT)
            .and_then(|d| d.parse::<NaiveDate>().ok())
        {
            self.date = date.min(self.today);
            let mut editor = Editor::single_line(slot, "", self.prompt());
            editor.set_text(text);
            self.mode = Mode::Adding(editor);
            return Ok(true);
        }
        if let Some(id) = slot
            .strip_prefix(EDIT_SLOT)
            .and_then(|i| Uuid::parse_str(i).ok())
        {
            let Some(item) = store.gratitude_item(id)? else {
                store.clear_draft(slot)?;
                return Ok(false);
            };
            self.date = item.date;
            let mut editor = Editor::single_line(slot, &item.text, "");
            editor.set_text(text);
            self.mode = Mode::Editing { id, editor };
            self.select_after_reload = Some(id);
            return Ok(true);
        }
        if let Some(date) = slot
            .strip_prefix(SELFCARE_SLOT)
            .and_then(|d| d.parse::<NaiveDate>().ok())
        {
            self.date = date.min(self.today);
            let mut editor = Editor::single_line(slot, "", SELFCARE_PROMPT);
            editor.set_text(text);
            self.mode = Mode::SelfCare(editor);
            return Ok(true);
        }
        if let Some(date) = slot
            .strip_prefix(NOTE_SLOT)
            .and_then(|d| d.parse::<NaiveDate>().ok())
        {
            self.date = date.min(self.today);
            let saved = store.day(self.date)?.map(|d| d.note).unwrap_or_default();
            let mut editor = Editor::multi_line(slot, &saved, "");
            editor.set_text(text);
            self.mode = Mode::Note(editor);
            return Ok(true);
        }
        Ok(false)
    }
}

impl GratitudePane {
    fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if self.is_typing() {
            return self.typing_key(key, keymap);
        }
        let command = keymap.lookup(Scope::Gratitude, &key)?;
        self.browse_key(command)
    }

    fn click_row(&mut self, tag: &str, index: usize) -> Option<Action> {
        if tag == "items" && index < self.items.len() {
            self.list.select(Some(index));
        }
        None
    }

    fn run(&mut self, command: Command) -> Option<Action> {
        if self.is_typing() {
            return None;
        }
        self.browse_key(command)
    }

    fn handle_paste(&mut self, text: &str) -> Option<Action> {
        match self.editor_mut() {
            Some(editor) => {
                editor.paste(text);
                None
            }
            None => Some(Action::Say(
                "To paste, first press {key:gratitude.add} to add an item or {key:gratitude.edit_note} to write the note.".into(),
            )),
        }
    }

    fn is_typing(&self) -> bool {
        self.editor().is_some()
    }

    fn show_record(&mut self, record: &crate::domain::search::Record) {
        if !matches!(self.mode, Mode::Browse) {
            return;
        }
        let date = record.date.min(self.today);
        if date != self.date {
            self.date = date;
            self.list.select(None);
        }
        if record.kind == crate::domain::search::RecordKind::Gratitude {
            self.select_after_reload = Some(record.id);
        }
    }

    fn external_text(&mut self, text: &str) {
        if let Some(editor) = self.editor_mut() {
            editor.set_text(text.trim_end_matches('\n'));
        }
    }

    /// After a save: the editor closes, and the item written is selected once read.
    fn saved(&mut self, write: &Write, added: Option<Uuid>) {
        match write {
            Write::UpdateGratitude { id, .. } => self.select_after_reload = Some(*id),
            Write::AddGratitude { .. } => self.select_after_reload = added,
            Write::SaveNote { .. } | Write::SetSelfCare { .. } => {}
            _ => return,
        }
        self.mode = Mode::Browse;
    }

    fn discard(&mut self) {
        self.mode = Mode::Browse;
    }
}

impl Pane for GratitudePane {
    fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<Action> {
        match input {
            Input::Key(key) => self.handle_key(key, keymap),
            Input::Paste(text) => self.handle_paste(text),
            Input::Run(command) => self.run(command),
            Input::Click { list, row } => self.click_row(list, row),
            Input::Show(record) => {
                self.show_record(record);
                None
            }
            Input::Edited(text) => {
                self.external_text(text);
                None
            }
            Input::Saved { write, added } => {
                self.saved(write, added);
                None
            }
            Input::Discard => {
                self.discard();
                None
            }
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        view::render(self, frame, area, ctx);
    }

    fn reload(&mut self, store: &Store, today: NaiveDate, _read: Read) -> Result<()> {
        if !self.loaded || self.today != today && self.date == self.today {
            self.date = today;
        }
        self.today = today;
        self.loaded = true;
        self.items = store.gratitude_on(self.date)?;
        self.day = store.day(self.date)?;
        let first = self.date.with_day(1).unwrap_or(self.date);
        let last = shift_days(
            first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(first),
            -1,
        );
        self.marked = store
            .gratitude_days_between(first, last)?
            .into_iter()
            .collect();
        self.streak = store.gratitude_streak(today)?;
        self.days_with_gratitude = store.gratitude_day_count()?;
        self.earlier = read_earlier(store, self.date)?;
        let wanted = self.select_after_reload.take();
        let index = wanted
            .and_then(|id| self.items.iter().position(|i| i.id == id))
            .or_else(|| {
                self.list
                    .selected()
                    .map(|i| i.min(self.items.len().saturating_sub(1)))
            })
            .or(if self.items.is_empty() { None } else { Some(0) });
        self.list.select(index.filter(|_| !self.items.is_empty()));
        Ok(())
    }

    fn draft(&self) -> Option<(String, String)> {
        self.editor().map(|e| (e.slot().to_string(), e.text()))
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        for prefix in [NEW_SLOT, EDIT_SLOT, NOTE_SLOT, SELFCARE_SLOT] {
            for (slot, text) in store.drafts_with_prefix(prefix)? {
                if self.reopen(&slot, &text, store)? {
                    // Short enough for one status line at 80 columns.
                    let text = if prefix == NOTE_SLOT {
                        "Welcome back: your unsaved note is here. {key:editor.save} saves it, {key:editor.cancel} lets it go."
                    } else {
                        "Welcome back: your unsaved words are here. {key:editor.submit} saves them, {key:editor.cancel} lets go."
                    };
                    return Ok(Some(text.to_string()));
                }
            }
        }
        Ok(None)
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        match &self.mode {
            Mode::Browse if self.items.is_empty() => vec![
                (Scope::Gratitude, Command::Add),
                (Scope::Gratitude, Command::EditNote),
                (Scope::Gratitude, Command::SetMood),
                (Scope::Gratitude, Command::PreviousDay),
                (Scope::Gratitude, Command::NextDay),
                (Scope::Global, Command::Help),
                (Scope::Global, Command::Quit),
            ],
            Mode::Browse => vec![
                (Scope::Gratitude, Command::Add),
                (Scope::Gratitude, Command::Edit),
                (Scope::Gratitude, Command::Delete),
                (Scope::Gratitude, Command::EditNote),
                (Scope::Gratitude, Command::SetMood),
                (Scope::Gratitude, Command::PreviousDay),
                (Scope::Gratitude, Command::NextDay),
                (Scope::Global, Command::Help),
                (Scope::Global, Command::Quit),
            ],
            Mode::Note(_) => vec![
                (Scope::Editor, Command::Save),
                (Scope::Editor, Command::Cancel),
                (Scope::Editor, Command::ExternalEditor),
            ],
            _ => vec![
                (Scope::Editor, Command::Submit),
                (Scope::Editor, Command::Cancel),
                (Scope::Editor, Command::ExternalEditor),
            ],
        }
    }
}

/// The days with items among the few before `date`, newest first.
fn read_earlier(store: &Store, date: NaiveDate) -> Result<Vec<(NaiveDate, Vec<GratitudeItem>)>> {
    let from = shift_days(date, -view::EARLIER_DAYS);
    let mut days = store.gratitude_days_between(from, shift_days(date, -1))?;
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.into_iter()
        .map(|day| Ok((day, store.gratitude_on(day)?)))
        .collect()
}
