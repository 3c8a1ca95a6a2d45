//! Every screen at the smallest window bounce works in, and the note it shows just below it.

use crate::common;

use bounce::app::{App, MIN_HEIGHT, MIN_WIDTH};
use common::*;
use ratatui::crossterm::event::KeyCode;

/// A journal with some of everything, open on Home.
fn full_app() -> App {
    let (dir, store) = temp_store();
    seed(&store);
    let setback = seed_debrief(&store);
    seed_goals(&store);
    seed_forward(&store);
    store
        .add_reframe(
            setback,
            "I am bad at interviews",
            "I have not practised them yet",
        )
        .unwrap();
    // The folder must outlive the test; leak it rather than close the journal early.
    std::mem::forget(dir);
    app_with(store)
}

/// The screen after `keys` (each character a key, `\n` Enter, `\t` Tab, `\x1b` Esc), at the
/// minimum size.
fn at_minimum(name: &str, keys: &str) {
    let mut app = full_app();
    for c in keys.chars() {
        match c {
            '\n' => press(&mut app, KeyCode::Enter),
            '\u{1b}' => press(&mut app, KeyCode::Esc),
            '\t' => press(&mut app, KeyCode::Tab),
            c => press(&mut app, KeyCode::Char(c)),
        }
    }
    let screen = screen(&mut app, MIN_WIDTH, MIN_HEIGHT);
    assert!(!screen.contains("too small"), "{name}:\n{screen}");
    insta::assert_snapshot!(format!("{name}_min"), screen);
}

#[test]
fn the_minimum_size_is_forty_by_ten() {
    assert_eq!((MIN_WIDTH, MIN_HEIGHT), (40, 10));
}

#[test]
fn each_pane_at_the_minimum() {
    at_minimum("home", "1");
    at_minimum("debrief_list", "2");
    at_minimum("debrief_setback", "2\n");
    at_minimum("root_cause", "3");
    at_minimum("root_cause_questionnaire", "3\n");
    at_minimum("gratitude", "4");
    at_minimum("goals", "5");
    at_minimum("goals_steps", "5\n");
    at_minimum("goals_ideas", "5]]]");
}

#[test]
fn overlays_at_the_minimum() {
    at_minimum("help", "?");
    at_minimum("search", "/Ana");
    at_minimum("confirm_delete", "4d");
    at_minimum("mood", "4m");
}

#[test]
fn forms_at_the_minimum() {
    at_minimum("gratitude_add", "4a");
    at_minimum("gratitude_note", "4n");
    at_minimum("setback_form", "2a");
    at_minimum("event_form", "2\na");
    // Further down a form too tall for the window, the field being typed in stays in view.
    at_minimum("event_form_last_field", "2\na\t\t\tfine");
    at_minimum("goal_form", "5a");
    at_minimum("step_form", "5\na");
    at_minimum("root_cause_choose", "3\no");
}

#[test]
fn just_below_the_minimum_bounce_says_so() {
    let mut app = full_app();
    let narrow = screen(&mut app, MIN_WIDTH - 1, MIN_HEIGHT);
    let short = screen(&mut app, MIN_WIDTH, MIN_HEIGHT - 1);
    for text in [&narrow, &short] {
        assert!(text.contains("Window too small."), "{text}");
        assert!(text.contains("bounce needs 40×10."), "{text}");
    }
    insta::assert_snapshot!("too_small_39x10", narrow);
    insta::assert_snapshot!("too_small_40x9", short);
}
