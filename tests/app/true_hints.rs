//! The status line names only keys that do something where the selection is, and a key
//! that does nothing there says why; the help overlay fits the window or says there is
//! more.

use crate::common;

use bounce::domain::root_cause::Cause;
use common::*;
use ratatui::crossterm::event::KeyCode;

/// The status line at 80x24, with the line above it, where a long message starts.
fn footer(app: &mut bounce::app::App) -> String {
    let shown = screen(app, 80, 24);
    let lines: Vec<&str> = shown.lines().collect();
    let tail = lines[lines.len().saturating_sub(2)..].join(" ");
    tail.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn open_debrief_section(app: &mut bounce::app::App, nexts: usize) {
    keys(app, "2");
    press(app, KeyCode::Enter);
    keys(app, &"]".repeat(nexts));
}

#[test]
fn check_ins_offer_no_edit_and_say_why_when_asked() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let mut app = app_with(store);
    open_debrief_section(&mut app, 6);
    let hints = footer(&mut app);
    assert!(
        hints.contains("a add") && hints.contains("d delete"),
        "{hints}"
    );
    assert!(!hints.contains("e edit"), "{hints}");
    for key in [KeyCode::Char('e'), KeyCode::Enter] {
        press(&mut app, key);
        let said = footer(&mut app);
        assert!(said.contains("add a new one with a"), "{said}");
    }
}

#[test]
fn the_story_offers_copy_and_edit_and_says_why_it_is_not_deleted() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let mut app = app_with(store);
    open_debrief_section(&mut app, 5);
    let hints = footer(&mut app);
    assert!(
        hints.contains("y copy story") && hints.contains("e edit"),
        "{hints}"
    );
    assert!(
        !hints.contains("a add") && !hints.contains("d delete"),
        "{hints}"
    );
    keys(&mut app, "d");
    assert!(footer(&mut app).contains("e changes or clears"));
}

#[test]
fn move_up_shows_only_where_an_event_has_a_twin_moment_and_says_why_elsewhere() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let draft = bounce::domain::setback::EventDraft {
        date: Some(date("2026-07-16")),
        what: "Coffee after the all-hands".into(),
        ..Default::default()
    };
    store.add_event(id, &draft, today()).unwrap();
    let mut app = app_with(store);
    open_debrief_section(&mut app, 0);
    assert!(footer(&mut app).contains("K move up"));
    // The third event is alone at its moment: it cannot swap, and the row stays put.
    keys(&mut app, "jj");
    assert!(!footer(&mut app).contains("K move up"));
    keys(&mut app, "K");
    assert!(footer(&mut app).contains("only events at the same moment"));
    keys(&mut app, "d");
    assert!(screen(&mut app, 80, 24).contains("Hiring freeze"));
}

#[test]
fn ideas_are_weighed_from_the_list_on_the_selected_idea() {
    let (_dir, store) = temp_store();
    let idea = store.add_idea("Teach evening classes in data").unwrap();
    let mut app = app_with(store);
    keys(&mut app, "5]]]");
    let hints = footer(&mut app);
    assert!(hints.contains("y yes") && hints.contains("n no"), "{hints}");
    keys(&mut app, "y");
    assert!(footer(&mut app).contains("Is it realistic? Yes."));
    keys(&mut app, "mn");
    let weighed = app.store().idea(idea.id).unwrap().unwrap();
    assert_eq!(weighed.answered(), 3);
    assert!(!footer(&mut app).contains("y yes"));
    keys(&mut app, "y");
    assert!(footer(&mut app).contains("All three questions are answered"));
    keys(&mut app, "x");
    let cleared = app.store().idea(idea.id).unwrap().unwrap();
    assert_eq!(cleared.answered(), 2);
}

#[test]
fn root_cause_questions_say_why_enter_and_edit_do_nothing_and_scales_offer_no_letters() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    assert!(footer(&mut app).contains("y yes"));
    for key in [KeyCode::Char('e'), KeyCode::Enter] {
        press(&mut app, key);
        assert!(footer(&mut app).contains("nothing needs writing"));
    }
    keys(&mut app, "jjjj");
    let hints = footer(&mut app);
    assert!(
        !hints.contains("y yes") && hints.contains("l change"),
        "{hints}"
    );
}

#[test]
fn a_decided_cause_is_not_confirmed_over_and_its_key_says_why() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "yyy]");
    assert!(footer(&mut app).contains("c confirm"));
    keys(&mut app, "c");
    let decided = app.store().decision(id).unwrap().confirmed;
    assert!(decided.is_some());
    keys(&mut app, "[]");
    assert!(!footer(&mut app).contains("c confirm"));
    keys(&mut app, "c");
    assert!(footer(&mut app).contains("decided already"));
    assert_eq!(app.store().decision(id).unwrap().confirmed, decided);
}

#[test]
fn on_the_motives_the_next_key_moves_on_and_only_space_ticks() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    store.confirm_cause(id, Some(Cause::Tactical)).unwrap();
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]");
    assert!(footer(&mut app).contains("Space tick"));
    press(&mut app, KeyCode::Char(' '));
    let ticked = app.store().decision(id).unwrap().motives;
    assert_eq!(ticked.len(), 1);
    // Right and l move on to the next motive, leaving the ticked one ticked.
    press(&mut app, KeyCode::Right);
    keys(&mut app, "lh");
    assert_eq!(app.store().decision(id).unwrap().motives, ticked);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.store().decision(id).unwrap().motives.len(), 2);
}

#[test]
fn the_help_grows_with_a_wide_window_and_scrolls_with_a_sign_in_a_small_one() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5?");
    let wide = screen(&mut app, 200, 50);
    assert!(wide.contains("in a goal, next / previous goal"), "{wide}");
    assert!(!wide.contains("more ╯"), "{wide}");
    keys(&mut app, "?3?");
    let small = screen(&mut app, 80, 24);
    assert!(small.contains("↓ more"), "{small}");
    for _ in 0..40 {
        press(&mut app, KeyCode::Down);
    }
    let end = screen(&mut app, 80, 24);
    assert!(end.contains("↑ more") && !end.contains("↓"), "{end}");
    assert!(end.contains("Read the last messages again"), "{end}");
}
