//! The search overlay as plain text at 80x24 and 120x40: empty, with results for a word
//! found in several kinds of records, with a date range, and with nothing found.

use crate::common;

use common::*;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// A journal with a little of everything, on Home, with `/` pressed and `typed` typed.
fn searching(typed: &str, extra: &[KeyCode]) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed(&store);
    seed_debrief(&store);
    seed_goals(&store);
    seed_forward(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    keys(&mut app, "/");
    type_text(&mut app, typed);
    for key in extra {
        press(&mut app, *key);
    }
    app
}

fn snap_sizes(name: &str, typed: &str, extra: &[KeyCode]) {
    for (w, h) in SIZES {
        let mut app = searching(typed, extra);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

#[test]
fn search_overlay() {
    snap_sizes("search_empty", "", &[]);
    snap_sizes("search_ana", "ana", &[]);
    snap_sizes("search_moved_down", "the", &[KeyCode::Down, KeyCode::Down]);
    snap_sizes("search_range", "ana from:2026-11-21 to:2026-11-21", &[]);
    snap_sizes("search_nothing", "xylophone", &[]);
}
