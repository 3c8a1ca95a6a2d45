//! Moving through lists: where a list key leads, how many rows a page key moves, and the
//! window of setbacks the Debrief and Root cause panes hold (a few screens around the
//! selection), so a long journal is never read whole.

use std::cell::Cell;

use uuid::Uuid;

use crate::domain::setback::Setback;
use crate::keymap::Command;
use crate::store::{Result, Store};

/// The rows a page key moves before a list was ever drawn.
const FIRST_PAGE: usize = 10;

/// The row a list command leads to, from `index` in a list of `count` rows of which `page`
/// show at once; None for a command that does not move through a list.
pub fn moved(index: usize, count: usize, page: usize, command: Command) -> Option<usize> {
    let last = count.saturating_sub(1);
    let page = page.max(1);
    Some(match command {
        Command::Down => index.saturating_add(1).min(last),
        Command::Up => index.min(last).saturating_sub(1),
        Command::PageDown => index.saturating_add(page).min(last),
        Command::PageUp => index.min(last).saturating_sub(page),
        Command::First => 0,
        Command::Last => last,
        _ => return None,
    })
}

/// Whether a command moves through a list.
pub fn is_move(command: Command) -> bool {
    moved(0, 0, 1, command).is_some()
}

/// How many rows of a list show at once, noted each time it is drawn, for the page keys.
#[derive(Debug, Default)]
pub struct Page(Cell<usize>);

impl Page {
    /// Notes the rows that fit in `height` lines from `offset`, given each row's height.
    pub fn note(&self, heights: &[u16], offset: usize, height: u16) {
        let mut used = 0u32;
        let mut fit = 0;
        for row in heights.iter().skip(offset) {
            used += u32::from(*row);
            if used > u32::from(height) {
                break;
            }
            fit += 1;
        }
        // Rows below the last one would be as tall as the ones above it.
        if used <= u32::from(height) && fit > 0 {
            let average = (used as usize).div_ceil(fit).max(1);
            fit = usize::from(height) / average;
        }
        self.0.set(fit.max(1));
    }

    /// The rows a page key moves.
    pub fn rows(&self) -> usize {
        match self.0.get() {
            0 => FIRST_PAGE,
            n => n,
        }
    }
}

/// The setbacks list as a pane holds it: how many there are, which one is selected, and
/// the rows around it (about four screens), read a window at a time.
#[derive(Debug, Default)]
pub struct SetbackWindow {
    rows: Vec<Setback>,
    /// Where `rows[0]` stands in the whole list.
    start: usize,
    /// How many setbacks the whole list holds.
    total: usize,
    /// The selected setback's place in the whole list.
    selected: usize,
    /// How many rows showed at once when the list was last drawn.
    pub page: Page,
}

impl SetbackWindow {
    pub fn total(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The selected setback's place in the whole list.
    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn current(&self) -> Option<&Setback> {
        self.rows.get(self.selected.checked_sub(self.start)?)
    }

    /// The rows held, and which of them is selected, for drawing.
    pub fn shown(&self) -> (&[Setback], usize) {
        let at = self.selected.saturating_sub(self.start);
        (&self.rows, at.min(self.rows.len().saturating_sub(1)))
    }

    /// Selects the setback drawn `index` rows below the first row held (a click).
    pub fn select_shown(&mut self, index: usize) {
        self.selected = (self.start + index).min(self.total.saturating_sub(1));
    }

    /// Moves the selection for a list command. Returns None for other commands, otherwise
    /// whether the selection changed; the rows may then need [`SetbackWindow::follow`].
    pub fn move_by(&mut self, command: Command) -> Option<bool> {
        let next = moved(self.selected, self.total, self.page.rows(), command)?;
        let changed = next != self.selected;
        self.selected = next;
        Some(changed)
    }

    /// Selects the setback `id` wherever it stands; false when there is no such setback.
    /// The rows follow at the next [`SetbackWindow::load`] or [`SetbackWindow::follow`].
    pub fn select_id(&mut self, store: &Store, id: Uuid) -> Result<bool> {
        if self.current().is_some_and(|s| s.id == id) {
            return Ok(true);
        }
        match store.setback_position(id)? {
            Some(place) => {
                self.selected = place;
                // A setback added since the count was read lies beyond it.
                self.total = self.total.max(place + 1);
                self.rows.clear();
                Ok(true)
            }
            None => Ok(false),
        }
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
            self.total = store.setback_count()?;
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
        let Some(last) = self.rows.last().map(|s| s.id) else {
            return Ok(false);
        };
        if self.selected >= end + span {
            return Ok(false);
        }
        let want = (self.selected - end + 1 + span / 2).min(self.total - end);
        let more = store.setbacks_after(last, want)?;
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
        let Some(first) = self.rows.first().map(|s| s.id) else {
            return Ok(false);
        };
        let from = self.selected.saturating_sub(span / 2);
        if from >= self.start || self.start - from > span {
            return Ok(false);
        }
        let want = self.start - from;
        let mut rows = store.setbacks_before(first, want)?;
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
            store.setbacks_from_newest(start, len)?
        } else {
            store.setbacks_from_oldest(from_end, len)?
        };
        self.start = start;
        Ok(self.rows.len() == len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_keys_stay_within_the_list() {
        assert_eq!(moved(0, 0, 5, Command::Down), Some(0));
        assert_eq!(moved(0, 0, 5, Command::Last), Some(0));
        assert_eq!(moved(3, 10, 5, Command::Down), Some(4));
        assert_eq!(moved(9, 10, 5, Command::Down), Some(9));
        assert_eq!(moved(0, 10, 5, Command::Up), Some(0));
        assert_eq!(moved(3, 10, 5, Command::PageDown), Some(8));
        assert_eq!(moved(8, 10, 5, Command::PageDown), Some(9));
        assert_eq!(moved(8, 10, 5, Command::PageUp), Some(3));
        assert_eq!(moved(3, 10, 5, Command::PageUp), Some(0));
        assert_eq!(moved(3, 10, 0, Command::PageDown), Some(4));
        assert_eq!(moved(3, 10, 5, Command::First), Some(0));
        assert_eq!(moved(3, 10, 5, Command::Last), Some(9));
        assert_eq!(moved(3, 10, 5, Command::Open), None);
        // A selection left beyond a list that got shorter comes back into it.
        assert_eq!(moved(40, 10, 5, Command::Up), Some(8));
        assert!(is_move(Command::PageUp) && !is_move(Command::Add));
    }

    #[test]
    fn a_page_is_the_rows_that_fit() {
        let page = Page::default();
        assert_eq!(page.rows(), FIRST_PAGE);
        page.note(&[2; 30], 0, 11);
        assert_eq!(page.rows(), 5);
        page.note(&[2; 30], 27, 11);
        assert_eq!(page.rows(), 5, "a short tail counts as full rows");
        page.note(&[1, 3, 1, 1], 0, 4);
        assert_eq!(page.rows(), 2);
        page.note(&[9], 0, 4);
        assert_eq!(page.rows(), 1, "a row taller than the list still moves one");
        page.note(&[], 0, 4);
        assert_eq!(page.rows(), 1);
    }
}
