//! The status line shows a long message whole on two lines, and the last messages can be
//! read again.

use ratatui::crossterm::event::KeyCode;

use crate::common::*;

fn add_idea(app: &mut bounce::app::App, text: &str) {
    keys(app, "5]]]a");
    type_text(app, text);
    ctrl(app, 's');
}

#[test]
fn a_long_message_takes_two_lines_and_loses_no_word() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    add_idea(&mut app, "Teach evening classes");
    let shown = screen(&mut app, 80, 24);
    let bottom: Vec<&str> = shown.lines().rev().take(2).collect();
    let said = format!("{} {}", bottom[1].trim(), bottom[0].trim());
    assert_eq!(
        said,
        "Idea kept. Weigh it when you are ready: is it realistic, yours, and would it make you happy?",
        "{shown}"
    );
    // The next key clears the message and the hints take one line again.
    press(&mut app, KeyCode::Down);
    let shown = screen(&mut app, 80, 24);
    assert!(!shown.contains("Idea kept"), "{shown}");
}

#[test]
fn the_last_messages_can_be_read_again_newest_first() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    add_idea(&mut app, "Teach evening classes");
    keys(&mut app, "u");
    keys(&mut app, "M");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Last messages"), "{shown}");
    let undone = shown
        .find("Undone: adding an idea")
        .expect("the undo is listed");
    let kept = shown.find("Idea kept").expect("the save is listed");
    assert!(undone < kept, "newest first:\n{shown}");
    let words: Vec<&str> = shown
        .split(|c: char| c.is_whitespace() || c == '│')
        .filter(|w| !w.is_empty())
        .collect();
    let whole = "is it realistic, yours, and would it make you happy?";
    assert!(words.join(" ").contains(whole), "whole:\n{shown}");
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&mut app, 80, 24).contains("Last messages"));
}
