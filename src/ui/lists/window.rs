//! The window of a long list a pane holds: how many rows the list has, which one is
//! selected, and the rows around it (about four screens), read a window at a time.

use uuid::Uuid;

use super::{FIRST_PAGE, Page, moved};
use crate::domain::goal::{Goal, GoalState};
use crate::domain::setback::Setback;
use crate::keymap::Command;
use crate::store::{Result, Store};

/// A list the store reads a window at a time: counted, read from either end or next to a
/// row, and where a row stands in it.
pub trait Listing {
    type Row;

    fn id(row: &Self::Row) -> Uuid;

    /// How many rows the list holds.
    fn count(&self, store: &Store) -> Result<usize>;

    /// Up to `limit` rows in list order, after skipping the first `skip`.
    fn first_rows(&self, store: &Store, skip: usize, limit: usize) -> Result<Vec<Self::Row>>;

    /// Up to `limit` rows in list order that end `skip` rows before the last.
    fn last_rows(&self, store: &Store, skip: usize, limit: usize) -> Result<Vec<Self::Row>>;

    /// Up to `limit` rows right after the row `id`; empty when it is gone.
    fn after(&self, store: &Store, id: Uuid, limit: usize) -> Result<Vec<Self::Row>>;

    /// Up to `limit` rows right before the row `id`, in list order; empty when it is gone.
    fn before(&self, store: &Store, id: Uuid, limit: usize) -> Result<Vec<Self::Row>>;

    /// How many rows come before the row `id`; None when it is not in the list.
    fn position(&self, store: &Store, id: Uuid) -> Result<Option<usize>>;
}

/// Every setback, newest first (the Debrief and Root cause panes).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Setbacks;

impl Listing for Setbacks {
    type Row = Setback;

    fn id(row: &Setback) -> Uuid {
        row.id
    }

    fn count(&self, store: &Store) -> Result<usize> {
        store.setback_count()
    }

    fn first_rows(&self, store: &Store, skip: usize, limit: usize) -> Result<Vec<Setback>> {
        store.setbacks_from_newest(skip, limit)
    }

    fn last_rows(&self, store: &Store, skip: usize, limit: usize) -> Result<Vec<Setback>> {
        store.setbacks_from_oldest(skip, limit)
    }

    fn after(&self, store: &Store, id: Uuid, limit: usize) -> Result<Vec<Setback>> {
        store.setbacks_after(id, limit)
    }

    fn before(&self, store: &Store, id: Uuid, limit: usize) -> Result<Vec<Setback>> {
        store.setbacks_before(id, limit)
    }

    fn position(&self, store: &Store, id: Uuid) -> Result<Option<usize>> {
        store.setback_position(id)
    }
}

/// The goals in one state (the Goals pane's Active, Done and Archived lists).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Goals(pub GoalState);

impl Listing for Goals {
    type Row = Goal;

    fn id(row: &Goal) -> Uuid {
        row.id
    }

    fn count(&self, store: &Store) -> Result<usize> {
        store.goal_count(self.0)
    }

    fn first_rows(&self, store: &Store, skip: usize, limit: usize) -> Result<Vec<Goal>> {
        store.goals_from_first(self.0, skip, limit)
    }

    fn last_rows(&self, store: &Store, skip: usize, limit: usize) -> Result<Vec<Goal>> {
        store.goals_from_last(self.0, skip, limit)
    }

    fn after(&self, store: &Store, id: Uuid, limit: usize) -> Result<Vec<Goal>> {
        store.goals_after(self.0, id, limit)
    }

    fn before(&self, store: &Store, id: Uuid, limit: usize) -> Result<Vec<Goal>> {
        store.goals_before(self.0, id, limit)
    }

    fn position(&self, store: &Store, id: Uuid) -> Result<Option<usize>> {
        store.goal_position(self.0, id)
    }
}

pub type SetbackWindow = Window<Setbacks>;
pub type GoalWindow = Window<Goals>;

/// A list as a pane holds it: how many rows there are, which one is selected, and the rows
/// around it (about four screens), read a window at a time.
#[derive(Debug)]
pub struct Window<L: Listing> {
    list: L,
    rows: Vec<L::Row>,
    /// Where `rows[0]` stands in the whole list.
    start: usize,
    /// How many rows the whole list holds.
    total: usize,
    /// The selected row's place in the whole list.
    selected: usize,
    /// How many rows showed at once when the list was last drawn.
    pub page: Page,
}

impl<L: Listing + Default> Default for Window<L> {
    fn default() -> Self {
        Window {
            list: L::default(),
            rows: Vec::new(),
            start: 0,
            total: 0,
            selected: 0,
            page: Page::default(),
        }
    }
}

impl<L: Listing + PartialEq> Window<L> {
    /// Shows another list (another state of goals), from its first row; nothing is read
    /// until the next [`Window::load`]. Showing the same list again changes nothing.
    pub fn show_list(&mut self, list: L) {
        if self.list != list {
            self.list = list;
            self.forget();
            self.selected = 0;
        }
    }
}

impl<L: Listing> Window<L> {
    pub fn total(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The selected row's place in the whole list.
    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn current(&self) -> Option<&L::Row> {
        self.rows.get(self.selected.checked_sub(self.start)?)
    }

    /// The rows held, and which of them is selected, for drawing.
    pub fn shown(&self) -> (&[L::Row], usize) {
        let at = self.selected.saturating_sub(self.start);
        (&self.rows, at.min(self.rows.len().saturating_sub(1)))
    }

    /// Selects the row drawn `index` rows below the first row held (a click).
    pub fn select_shown(&mut self, index: usize) {
        self.selected = (self.start + index).min(self.total.saturating_sub(1));
    }

    /// Selects the row at `place` in the whole list (the last one when it is beyond it);
    /// the rows may then need [`Window::follow`].
    pub fn select(&mut self, place: usize) {
        self.selected = place.min(self.total.saturating_sub(1));
    }

    /// Moves the selection for a list command. Returns None for other commands, otherwise
    /// whether the selection changed; the rows may then need [`Window::follow`].
    pub fn move_by(&mut self, command: Command) -> Option<bool> {
        let next = moved(self.selected, self.total, self.page.rows(), command)?;
        let changed = next != self.selected;
        self.selected = next;
        Some(changed)
    }

    /// Selects the row `id` wherever it stands; false when the list does not hold it.
    /// The rows follow at the next [`Window::load`] or [`Window::follow`].
    pub fn select_id(&mut self, store: &Store, id: Uuid) -> Result<bool> {
        if self.current().is_some_and(|row| L::id(row) == id) {
            return Ok(true);
        }
        self.find(store, id)
    }

    /// Like [`Window::select_id`], but asks where the row stands even when it is the one
    /// selected: after a change to the journal it may have moved.
    pub fn find(&mut self, store: &Store, id: Uuid) -> Result<bool> {
        match self.list.position(store, id)? {
            Some(place) => {
                self.selected = place;
                // A row added since the count was read lies beyond it.
                self.total = self.total.max(place + 1);
                self.forget();
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Drops the rows held, so that the next [`Window::follow`] reads them afresh.
    fn forget(&mut self) {
        self.rows.clear();
        self.start = 0;
    }

    /// How many rows a window holds: four screens, so the keys move a while between reads.
    fn span(&self) -> usize {
        4 * self.page.rows().max(FIRST_PAGE)
    }

    /// Whether the rows held draw the selection as the whole list would: with it, and with
    /// a screen of rows above it (or the top of the list).
    fn covers_selection(&self) -> bool {
        let end = self.start + self.rows.len();
        self.selected >= self.start
            && self.selected < end
            && (self.start == 0 || self.selected >= self.start + self.page.rows())
    }

    /// Reads the count afresh and the rows around the selection (which stays at its place,
    /// or moves to the last row when the list got shorter).
    pub fn load(&mut self, store: &Store) -> Result<()> {
        for _ in 0..2 {
            self.total = self.list.count(store)?;
            if self.read_around(store)? {
                return Ok(());
            }
        }
        // The journal keeps changing under us (another bounce writing): keep what was read.
        self.total = self.start + self.rows.len();
        self.selected = self.selected.min(self.total.saturating_sub(1));
        Ok(())
    }

    /// Makes sure the rows held cover the selection after a move, reading only what is
    /// missing when the new rows join the ones held.
    pub fn follow(&mut self, store: &Store) -> Result<()> {
        if self.total == 0 {
            return self.load(store);
        }
        self.selected = self.selected.min(self.total - 1);
        if self.covers_selection() {
            return Ok(());
        }
        let joined = if self.selected >= self.start + self.rows.len() {
            self.extend_down(store)?
        } else {
            self.extend_up(store)?
        };
        if joined || self.read_around(store)? {
            return Ok(());
        }
        self.load(store)
    }

    /// Reads the rows below those held down to the selection and half a window beyond.
    /// False when they do not join (too far, or the journal changed).
    fn extend_down(&mut self, store: &Store) -> Result<bool> {
        let span = self.span();
        let end = self.start + self.rows.len();
        let Some(last) = self.rows.last().map(L::id) else {
            return Ok(false);
        };
        if self.selected >= end + span {
            return Ok(false);
        }
        let want = (self.selected - end + 1 + span / 2).min(self.total - end);
        let more = self.list.after(store, last, want)?;
        if more.len() != want {
            return Ok(false);
        }
        self.rows.extend(more);
        let keep_from = self.selected.saturating_sub(span / 2).max(self.start);
        self.rows.drain(..keep_from - self.start);
        self.start = keep_from;
        Ok(self.covers_selection())
    }

    /// Reads the rows above those held up to half a window above the selection. False when
    /// they do not join (too far, or the journal changed).
    fn extend_up(&mut self, store: &Store) -> Result<bool> {
        let span = self.span();
        let Some(first) = self.rows.first().map(L::id) else {
            return Ok(false);
        };
        let from = self.selected.saturating_sub(span / 2);
        if from >= self.start || self.start - from > span {
            return Ok(false);
        }
        let want = self.start - from;
        let mut rows = self.list.before(store, first, want)?;
        if rows.len() != want {
            return Ok(false);
        }
        rows.append(&mut self.rows);
        rows.truncate(span);
        self.rows = rows;
        self.start = from;
        Ok(self.covers_selection())
    }

    /// Reads a window with the selection in its middle, from whichever end of the list is
    /// nearer. False when fewer rows came back than the count promised.
    fn read_around(&mut self, store: &Store) -> Result<bool> {
        self.selected = self.selected.min(self.total.saturating_sub(1));
        let span = self.span();
        let len = span.min(self.total);
        let start = self.selected.saturating_sub(span / 2).min(self.total - len);
        let from_end = self.total - start - len;
        self.rows = if start <= from_end {
            self.list.first_rows(store, start, len)?
        } else {
            self.list.last_rows(store, from_end, len)?
        };
        self.start = start;
        Ok(self.rows.len() == len)
    }
}
