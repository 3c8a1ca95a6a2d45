//! Questions before a delete say what is true: every delete can be undone, and the dialog
//! names the key that does it.

use crate::common;

use bounce::domain::goal::GoalState;
use common::*;
use ratatui::crossterm::event::KeyCode;

/// The dialog on screen once `sequence` is pressed from a fresh app over the seeded journal.
/// Fills a fresh journal.
type Seed = fn(&bounce::store::Store);

fn dialog_after(sequence: &str, seed: Seed) -> String {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = app_with(store);
    for c in sequence.chars() {
        match c {
            '\n' => press(&mut app, KeyCode::Enter),
            c => press(&mut app, KeyCode::Char(c)),
        }
    }
    screen(&mut app, 80, 24)
}

#[test]
fn every_delete_question_says_it_can_be_undone_and_none_says_it_cannot() {
    let cases: [(&str, Seed); 7] = [
        ("2d", |s| {
            seed_debrief(s);
        }),
        ("2\nd", |s| {
            seed_debrief(s);
        }),
        ("5d", |s| {
            seed_goals(s);
        }),
        ("5\nd", |s| {
            seed_goals(s);
        }),
        ("5]]]d", seed_forward),
        ("5]]]]d", seed_forward),
        ("4d", seed),
    ];
    for (sequence, seed) in cases {
        let shown = dialog_after(sequence, seed);
        let flat = shown
            .replace('│', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            flat.contains("Are you sure?"),
            "{sequence}: no dialog\n{shown}"
        );
        assert!(!flat.contains("cannot be undone"), "{sequence}\n{shown}");
        assert!(
            flat.contains("undo it with u") || flat.contains("u brings them back"),
            "{sequence}: the dialog does not say how to undo\n{shown}"
        );
    }
}

#[test]
fn a_deleted_goal_comes_back_with_the_key_the_dialog_names() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5d");
    assert!(screen(&mut app, 80, 24).contains("undo it with u"));
    keys(&mut app, "y");
    assert_eq!(app.store().goals(GoalState::Active).unwrap().len(), 1);
    keys(&mut app, "u");
    assert_eq!(app.store().goals(GoalState::Active).unwrap().len(), 2);
}
