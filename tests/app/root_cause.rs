//! The Root cause pane driven with keys over a real journal file.

use crate::common;

use bounce::domain::root_cause::{Answer, Cause};
use common::*;
use ratatui::crossterm::event::KeyCode;

fn open_root_cause(store: bounce::store::Store) -> bounce::app::App {
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    app
}

#[test]
fn answering_the_questionnaire_saves_and_moves_on() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = open_root_cause(store);
    keys(&mut app, "y");
    keys(&mut app, "n");
    let answers = app.store().cause_answers(id).unwrap();
    assert_eq!(answers.len(), 2, "{answers:?}");
    assert!(answers.iter().any(|(_, a)| *a == Answer::Yes));
    assert!(answers.iter().any(|(_, a)| *a == Answer::No));
    keys(&mut app, "kx");
    assert_eq!(app.store().cause_answers(id).unwrap().len(), 1);
}

#[test]
fn the_suggestion_is_confirmed_and_shown_in_the_debrief_list() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = open_root_cause(store);
    keys(&mut app, "]");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Suggestion:"), "{text}");
    assert!(text.contains("Why it suggests this"), "{text}");
    keys(&mut app, "c");
    let decision = app.store().decision(id).unwrap();
    assert!(decision.confirmed.is_some());
    assert!(decision.confirmed_at.is_some());
    let name = decision.confirmed.unwrap().short_label();
    keys(&mut app, "2");
    assert!(screen(&mut app, 80, 24).contains(&format!("· {name} ·")));
}

#[test]
fn another_cause_can_be_chosen_and_the_decision_taken_back() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = open_root_cause(store);
    keys(&mut app, "]o");
    assert!(screen(&mut app, 80, 24).contains("Choose the root cause"));
    // Walk to "Unforeseeable event" whatever the suggestion was.
    let suggested = app.store().decision(id).unwrap().confirmed;
    assert!(suggested.is_none());
    for _ in 0..4 {
        let text = screen(&mut app, 80, 24);
        if text.contains("‹ Unforeseeable event ›") {
            break;
        }
        press(&mut app, KeyCode::Right);
    }
    ctrl(&mut app, 's');
    assert_eq!(
        app.store().decision(id).unwrap().confirmed,
        Some(Cause::Unforeseen)
    );
    keys(&mut app, "o");
    while !screen(&mut app, 80, 24).contains("‹ Not decided yet ›") {
        press(&mut app, KeyCode::Right);
    }
    ctrl(&mut app, 's');
    assert_eq!(app.store().decision(id).unwrap().confirmed, None);
}

#[test]
fn tactical_follow_up_motives_repeat_across_setbacks() {
    let (_dir, store) = temp_store();
    let first = seed_debrief(&store);
    let second = store
        .setbacks()
        .unwrap()
        .into_iter()
        .find(|s| s.id != first)
        .unwrap()
        .id;
    for id in [first, second] {
        store.confirm_cause(id, Some(Cause::Tactical)).unwrap();
    }
    let mut app = open_root_cause(store);
    keys(&mut app, "]]");
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.store().decision(first).unwrap().motives.len(), 1);
    keys(&mut app, "e");
    type_text(&mut app, "Ask two people before acting on one opinion.");
    ctrl(&mut app, 's');
    assert!(
        app.store()
            .decision(first)
            .unwrap()
            .follow_up
            .contains("two people")
    );
    keys(&mut app, "L");
    assert!(
        app.store()
            .lessons(first)
            .unwrap()
            .iter()
            .any(|l| l.text.contains("two people"))
    );

    // The same motive for the second setback makes it a pattern.
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "j");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.store().repeating_motives().unwrap().len(), 1);
    keys(&mut app, "]");
    let text = screen(&mut app, 100, 30);
    assert!(text.contains("repeat"), "{text}");
}
