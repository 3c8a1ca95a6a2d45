//! Moving through lists: where a list key leads, how many rows a page key moves, and the
//! window of a long list a pane holds (a few screens around the selection), so a long
//! journal is never read whole.

mod window;

use std::cell::Cell;

use crate::keymap::Command;

pub use window::{GoalWindow, Goals, Listing, SetbackWindow, Setbacks, Window};

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
