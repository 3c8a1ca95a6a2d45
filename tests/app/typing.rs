//! Typing as a shell has taught people to: readline keys, `Enter` to save a one-line field,
//! `Ctrl-X Ctrl-E` for their own editor, and the cursor back where a form needs a change.

use crate::common::*;
use ratatui::crossterm::event::KeyCode;

#[test]
fn a_refused_form_puts_the_cursor_in_the_field_to_fix_and_enter_saves_it() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "2a");
    type_text(&mut app, "Lost the Berlin pitch");
    press(&mut app, KeyCode::Tab);
    ctrl(&mut app, 'u');
    type_text(&mut app, "someday");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "It hurt.");
    ctrl(&mut app, 's');
    assert!(app.store().setbacks().unwrap().is_empty());
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("someday"), "{shown}");
    assert!(
        shown.contains("▸ Date"),
        "the date field has the cursor:\n{shown}"
    );
    // The cursor is in the date field, so these keys mend the date.
    ctrl(&mut app, 'u');
    type_text(&mut app, "2026-10-01");
    press(&mut app, KeyCode::Enter);
    let setbacks = app.store().setbacks().unwrap();
    assert_eq!(setbacks.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(setbacks[0].date, date("2026-10-01"));
    assert_eq!(setbacks[0].summary, "It hurt.");
}

#[test]
fn enter_in_a_longer_text_starts_a_new_line() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "2a");
    type_text(&mut app, "Passed over");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "First");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Second");
    assert!(app.store().setbacks().unwrap().is_empty(), "not saved yet");
    ctrl(&mut app, 's');
    let setbacks = app.store().setbacks().unwrap();
    assert_eq!(setbacks[0].summary, "First\nSecond");
}

#[test]
fn ctrl_a_ctrl_e_and_ctrl_u_edit_a_gratitude_item() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "4a");
    type_text(&mut app, "a walk");
    ctrl(&mut app, 'a');
    type_text(&mut app, "Coffee, ");
    ctrl(&mut app, 'e');
    type_text(&mut app, " and rain");
    assert!(
        app.take_external().is_none(),
        "Ctrl-E alone is not the own editor"
    );
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "typo here");
    ctrl(&mut app, 'u');
    type_text(&mut app, "A kind word");
    press(&mut app, KeyCode::Enter);
    let items = app.store().gratitude_on(today()).unwrap();
    let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["Coffee, a walk and rain", "A kind word"]);
}

#[test]
fn ctrl_x_ctrl_e_opens_the_own_editor_from_a_form_and_from_gratitude() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "4a");
    type_text(&mut app, "a walk");
    ctrl(&mut app, 'x');
    ctrl(&mut app, 'e');
    assert_eq!(app.take_external().as_deref(), Some("a walk"));
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "y");
    keys(&mut app, "2a");
    type_text(&mut app, "Laid off");
    ctrl(&mut app, 'x');
    ctrl(&mut app, 'e');
    assert_eq!(app.take_external().as_deref(), Some("Laid off"));
    assert!(screen(&mut app, 80, 24).contains("Ctrl-X Ctrl-E your editor"));
}
