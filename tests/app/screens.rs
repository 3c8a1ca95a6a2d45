//! Every screen of the app as plain text, at 80x24 and 120x40, and at its smallest.

use crate::common;

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

/// A journal with a few weeks of gratitude, open on the Gratitude pane.
fn seeded_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    seed(&store);
    // The folder must outlive the test; leak it rather than close the journal early.
    std::mem::forget(dir);
    let mut app = app_with(store);
    app.show(PaneId::Gratitude);
    app
}

/// An empty journal, open on the Gratitude pane.
fn empty_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    std::mem::forget(dir);
    let mut app = app_with(store);
    app.show(PaneId::Gratitude);
    app
}

/// A journal with some of everything, as Home first shows it: gratitude, goals, two
/// setbacks (one with a decided cause) and check-ins.
fn home_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    seed(&store);
    seed_debrief(&store);
    seed_goals(&store);
    let passed_over = store.setbacks().unwrap()[1].id;
    store
        .confirm_cause(
            passed_over,
            Some(bounce::domain::root_cause::Cause::Tactical),
        )
        .unwrap();
    std::mem::forget(dir);
    app_with(store)
}

#[test]
fn home_with_some_of_everything() {
    snap_sizes("home", home_app);
    let mut app = home_app();
    insta::assert_snapshot!("home_200x50", screen(&mut app, 200, 50));
    insta::assert_snapshot!("home_40x10", screen(&mut app, 40, 10));
}

/// An empty journal, as bounce first opens it.
fn empty_home_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    std::mem::forget(dir);
    app_with(store)
}

#[test]
fn home_on_an_empty_journal_welcomes() {
    let mut app = empty_home_app();
    insta::assert_snapshot!("home_empty_80x24", screen(&mut app, 80, 24));
}

#[test]
fn home_with_only_gratitude_invites_the_rest() {
    let (dir, store) = temp_store();
    seed(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    insta::assert_snapshot!("home_gratitude_only_80x24", screen(&mut app, 80, 24));
}

#[test]
fn home_help() {
    let mut app = home_app();
    keys(&mut app, "?");
    insta::assert_snapshot!("help_home_80x24", screen(&mut app, 80, 24));
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
fn smallest_sizes() {
    let mut app = seeded_app();
    insta::assert_snapshot!("gratitude_40x10", screen(&mut app, 40, 10));
    insta::assert_snapshot!("too_small_39x10", screen(&mut app, 39, 10));
    insta::assert_snapshot!("too_small_20x6", screen(&mut app, 20, 6));
}

#[test]
fn every_size_from_one_by_one_renders() {
    for mut app in [seeded_app(), home_app(), empty_home_app()] {
        for w in (1..=130).step_by(7) {
            for h in (1..=45).step_by(4) {
                let text = screen(&mut app, w, h);
                assert_eq!(text.split('\n').count(), usize::from(h));
            }
        }
    }
}

fn debrief_app(keys_to_press: &[KeyCode]) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_debrief(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    keys(&mut app, "2");
    for key in keys_to_press {
        press(&mut app, *key);
    }
    app
}

#[test]
fn debrief_empty_list() {
    snap_sizes("debrief_empty", || {
        let mut app = empty_app();
        keys(&mut app, "2");
        app
    });
}

#[test]
fn debrief_list() {
    snap_sizes("debrief_list", || debrief_app(&[]));
}

#[test]
fn debrief_sections() {
    use KeyCode::{Char, Enter};
    let open = [Enter];
    let sections: [(&str, Vec<KeyCode>); 6] = [
        ("timeline", vec![Char('j')]),
        ("questions", vec![Char(']')]),
        ("strengths", vec![Char(']'), Char(']')]),
        ("lessons", vec![Char(']'), Char(']'), Char(']')]),
        ("story", vec![Char('['), Char('['), Char('['), Char('[')]),
        ("checkins", vec![Char('['), Char('['), Char('[')]),
    ];
    for (name, moves) in sections {
        let keys_to_press: Vec<KeyCode> = open.iter().chain(moves.iter()).copied().collect();
        snap_sizes(&format!("debrief_{name}"), || debrief_app(&keys_to_press));
    }
}

#[test]
fn debrief_event_form() {
    snap_sizes("debrief_event_form", || {
        let mut app = debrief_app(&[KeyCode::Enter]);
        keys(&mut app, "a");
        type_text(&mut app, "Coffee with a recruiter");
        app
    });
}

#[test]
fn debrief_checkin_form() {
    snap_sizes("debrief_checkin_form", || {
        let mut app = debrief_app(&[KeyCode::Enter]);
        keys(&mut app, "[[[a");
        press(&mut app, KeyCode::Right);
        app
    });
}

#[test]
fn debrief_help() {
    snap_sizes("help_debrief", || debrief_app(&[KeyCode::Char('?')]));
}

fn root_cause_app(keys_to_press: &str) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_debrief(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, keys_to_press);
    app
}

#[test]
fn root_cause_screens() {
    snap_sizes("rootcause_questions", || root_cause_app("yn"));
    snap_sizes("rootcause_suggestion", || root_cause_app("yn]"));
    snap_sizes("rootcause_follow_up", || root_cause_app("yn]c]"));
    snap_sizes("rootcause_patterns", || root_cause_app("yn]c]]"));
    snap_sizes("rootcause_choose", || root_cause_app("]o"));
}

#[test]
fn root_cause_with_nothing_to_go_on() {
    snap_sizes("rootcause_empty", || {
        let mut app = empty_app();
        keys(&mut app, "3");
        app
    });
}

#[test]
fn root_cause_help() {
    snap_sizes("help_rootcause", || root_cause_app("?"));
}
