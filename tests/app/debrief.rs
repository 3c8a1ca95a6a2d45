//! The Debrief pane driven with keys over a real journal file.

use crate::common;

use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::KeyCode;

fn whats(app: &bounce::app::App) -> Vec<String> {
    let setback = app.store().setbacks().unwrap()[0].id;
    app.store()
        .events(setback)
        .unwrap()
        .into_iter()
        .map(|e| e.what)
        .collect()
}

/// Fills the focused fields of the open form: presses `Tab` between texts.
fn fill(app: &mut bounce::app::App, fields: &[&str]) {
    for (i, text) in fields.iter().enumerate() {
        if i > 0 {
            press(app, KeyCode::Tab);
        }
        type_text(app, text);
    }
}

#[test]
fn a_setback_and_a_timeline_entered_out_of_order() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "2a");
    fill(&mut app, &["Lost the Berlin pitch"]);
    press(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-10-01");
    ctrl(&mut app, 's');
    let setbacks = app.store().setbacks().unwrap();
    assert_eq!(setbacks.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(setbacks[0].title, "Lost the Berlin pitch");
    assert_eq!(setbacks[0].date, date("2026-10-01"));

    press(&mut app, KeyCode::Enter);
    for (day, what) in [
        ("2026-10-01", "The client said no"),
        ("2026-09-01", "Brief arrives"),
        ("2026-09-15", "Pitch day"),
    ] {
        keys(&mut app, "a");
        type_text(&mut app, what);
        press(&mut app, KeyCode::BackTab);
        press(&mut app, KeyCode::BackTab);
        for _ in 0..10 {
            press(&mut app, KeyCode::Backspace);
        }
        type_text(&mut app, day);
        ctrl(&mut app, 's');
    }
    assert_eq!(
        whats(&app),
        ["Brief arrives", "Pitch day", "The client said no"]
    );
    let text = screen(&mut app, 80, 24);
    let order: Vec<usize> = ["Brief arrives", "Pitch day", "The client said no"]
        .iter()
        .map(|w| text.find(w).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
}

#[test]
fn a_bad_date_keeps_the_form_open() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "Something");
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    type_text(&mut app, "x");
    ctrl(&mut app, 's');
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("YYYY-MM-DD"), "{text}");
    assert!(text.contains("New event"));
    assert_eq!(whats(&app).len(), 3);
}

/// A setback on `day` with events on `events`, and the date a new event's form starts at.
fn new_event_date(day: &str, events: &[&str]) -> String {
    use bounce::domain::setback::{EventDraft, SetbackDraft};
    let (_dir, store) = temp_store();
    let draft = SetbackDraft {
        title: "Lost the Berlin pitch".into(),
        date: Some(date(day)),
        summary: String::new(),
    };
    let setback = store.add_setback(&draft, today()).unwrap();
    for (i, event) in events.iter().enumerate() {
        let draft = EventDraft {
            date: Some(date(event)),
            what: format!("Event {i}"),
            ..EventDraft::default()
        };
        store.add_event(setback.id, &draft, today()).unwrap();
    }
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "The next thing that happened");
    ctrl(&mut app, 's');
    let events = app.store().events(setback.id).unwrap();
    let added = events.iter().find(|e| e.what.starts_with("The next"));
    added.expect("the new event is saved").date.to_string()
}

#[test]
fn a_new_event_starts_at_the_last_event_or_at_the_setback() {
    assert_eq!(new_event_date("2026-10-01", &[]), "2026-10-01");
    assert_eq!(
        new_event_date("2026-10-01", &["2026-09-20", "2026-08-02"]),
        "2026-09-20",
        "the last event by date, not the last one added"
    );
}

#[test]
fn answers_strengths_lessons_and_checkins_are_saved() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]j");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Doing more with less.");
    ctrl(&mut app, 's');
    let answers = app.store().answers(id).unwrap();
    assert!(answers.contains(&(
        "challenges".to_string(),
        "Doing more with less.".to_string()
    )));

    keys(&mut app, "]a");
    type_text(&mut app, "Mentoring");
    ctrl(&mut app, 's');
    assert!(
        app.store()
            .strengths(id)
            .unwrap()
            .iter()
            .any(|s| s.text == "Mentoring")
    );

    keys(&mut app, "]a");
    type_text(&mut app, "Keep a brag document");
    ctrl(&mut app, 's');
    assert!(
        app.store()
            .lessons(id)
            .unwrap()
            .iter()
            .any(|l| l.text == "Keep a brag document")
    );

    keys(&mut app, "]]]a");
    for _ in 0..5 {
        press(&mut app, KeyCode::Right);
    }
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    let latest = &app.store().checkins(id).unwrap()[0];
    assert_eq!(latest.grief.map(|g| g.key()), Some("acceptance"));
    assert_eq!(
        latest.transformation.map(|t| t.key()),
        Some("disengagement")
    );
    assert_eq!(latest.date, today());
}

#[test]
fn deleting_a_setback_asks_and_removes_its_debrief() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "2d");
    assert!(screen(&mut app, 80, 24).contains("whole debrief"));
    keys(&mut app, "n");
    assert_eq!(app.store().setbacks().unwrap().len(), 2);
    keys(&mut app, "dy");
    assert_eq!(app.store().setbacks().unwrap().len(), 1);
    assert!(app.store().events(id).unwrap().is_empty());
    assert!(app.store().check_integrity().unwrap().is_empty());
}

#[test]
fn events_at_the_same_moment_can_be_reordered() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let draft = bounce::domain::setback::EventDraft {
        date: Some(date("2026-07-16")),
        what: "Coffee after the all-hands".into(),
        ..Default::default()
    };
    store.add_event(id, &draft, today()).unwrap();
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "jK");
    assert_eq!(whats(&app)[0], "Coffee after the all-hands");
    keys(&mut app, "jJ");
    assert!(screen(&mut app, 80, 24).contains("only events at the same moment"));
}

#[test]
fn a_half_written_event_comes_back_after_a_restart() {
    let (dir, store) = temp_store();
    seed_debrief(&store);
    let path = store.path().to_path_buf();
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "Half a memory");
    app.save_draft();
    drop(app);

    let mut again = app_with(Store::open(&path).unwrap());
    let text = screen(&mut again, 80, 24);
    assert!(
        text.contains("Half a memory") && text.contains("Welcome back"),
        "{text}"
    );
    ctrl(&mut again, 's');
    let setback = again.store().setbacks().unwrap()[0].id;
    let events = again.store().events(setback).unwrap();
    assert!(events.iter().any(|e| e.what == "Half a memory"));
    drop(dir);
}
