//! Every screen of the app as plain text, at 80x24 and 120x40, and at its smallest.

mod common;

use bounce::action::PaneId;
use common::*;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap_sizes(name: &str, setup: impl Fn() -> bounce::app::App) {
    for (w, h) in SIZES {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

fn seeded_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    seed(&store);
    // The folder must outlive the test; leak it rather than close the journal early.
    std::mem::forget(dir);
    app_with(store)
}

fn empty_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    std::mem::forget(dir);
    app_with(store)
}

#[test]
fn gratitude_empty_today() {
    snap_sizes("gratitude_empty", empty_app);
}

#[test]
fn gratitude_with_items_note_and_mood() {
    snap_sizes("gratitude_today", seeded_app);
}

#[test]
fn gratitude_adding_an_item() {
    snap_sizes("gratitude_adding", || {
        let mut app = seeded_app();
        keys(&mut app, "a");
        type_text(&mut app, "tea with Zoë, 日本語 and 🌱");
        app
    });
}

#[test]
fn gratitude_writing_the_note() {
    snap_sizes("gratitude_note", || {
        let mut app = seeded_app();
        keys(&mut app, "n");
        press(&mut app, KeyCode::Enter);
        type_text(&mut app, "Called Dad in the evening.");
        app
    });
}

#[test]
fn gratitude_past_empty_day() {
    snap_sizes("gratitude_past_empty", || {
        let mut app = seeded_app();
        keys(&mut app, "hhhh");
        app
    });
}

#[test]
fn gratitude_month_before() {
    snap_sizes("gratitude_october", || {
        let mut app = seeded_app();
        for _ in 0..24 {
            press(&mut app, KeyCode::Char('['));
        }
        app
    });
}

#[test]
fn mood_picker() {
    snap_sizes("mood_picker", || {
        let mut app = seeded_app();
        keys(&mut app, "m");
        app
    });
}

#[test]
fn delete_confirmation() {
    snap_sizes("delete_confirm", || {
        let mut app = seeded_app();
        keys(&mut app, "d");
        app
    });
}

#[test]
fn help_overlay() {
    snap_sizes("help_gratitude", || {
        let mut app = seeded_app();
        keys(&mut app, "?");
        app
    });
}

#[test]
fn help_overlay_while_typing() {
    snap_sizes("help_typing", || {
        let mut app = seeded_app();
        keys(&mut app, "a");
        press(&mut app, KeyCode::F(1));
        app
    });
}

#[test]
fn panes_not_built_yet() {
    for pane in [
        PaneId::Home,
        PaneId::Debrief,
        PaneId::RootCause,
        PaneId::Goals,
    ] {
        let mut app = seeded_app();
        app.show(pane);
        insta::assert_snapshot!(
            format!("coming_{}", pane.cli_name()),
            screen(&mut app, 80, 24)
        );
    }
}

#[test]
fn smallest_sizes() {
    let mut app = seeded_app();
    insta::assert_snapshot!("gratitude_40x10", screen(&mut app, 40, 10));
    insta::assert_snapshot!("too_small_39x10", screen(&mut app, 39, 10));
    insta::assert_snapshot!("too_small_20x6", screen(&mut app, 20, 6));
}

#[test]
fn every_size_from_one_by_one_renders() {
    let mut app = seeded_app();
    for w in (1..=130).step_by(7) {
        for h in (1..=45).step_by(4) {
            let text = screen(&mut app, w, h);
            assert_eq!(text.split('\n').count(), usize::from(h));
        }
    }
}
