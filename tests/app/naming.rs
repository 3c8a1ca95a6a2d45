//! One name for each thing on every screen: a cause not chosen yet, each cause's short and
//! full name, dates, and scores that say what they count.

use crate::common::*;
use bounce::domain::root_cause::Cause;
use bounce::domain::setback::SetbackDraft;
use ratatui::crossterm::event::KeyCode;

/// A journal with one setback described in words and nothing answered.
fn words_only() -> (tempfile::TempDir, bounce::app::App) {
    let (dir, store) = temp_store();
    let draft = SetbackDraft {
        title: "Laid off in the restructuring".into(),
        date: Some(date("2026-09-09")),
        summary: "The whole division was closed overnight.".into(),
    };
    store.add_setback(&draft, today()).unwrap();
    (dir, app_with(store))
}

#[test]
fn a_cause_not_chosen_is_not_decided_yet_in_every_pane() {
    let (_dir, mut app) = words_only();
    for pane in ["1", "2", "3"] {
        keys(&mut app, pane);
        let shown = screen(&mut app, 80, 24);
        assert!(shown.contains("not decided yet"), "pane {pane}:\n{shown}");
        for other in ["unclassified", "undecided", "not classified", "Emotional"] {
            assert!(!shown.contains(other), "pane {pane} says {other}:\n{shown}");
        }
        assert!(
            shown.contains("9 Sep 2026"),
            "pane {pane} lists dates one way:\n{shown}"
        );
        assert!(!shown.contains("2026-09-09"), "pane {pane}:\n{shown}");
    }
}

#[test]
fn a_suggestion_from_words_alone_says_so() {
    let (_dir, mut app) = words_only();
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("from your words alone"), "{shown}");
    assert!(
        shown.contains("Answering a few questions") && shown.contains("fuller picture"),
        "{shown}"
    );
    // Once a question is answered, the words are no longer all there is.
    keys(&mut app, "[");
    keys(&mut app, "n");
    keys(&mut app, "]");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Suggestion:"), "{shown}");
    assert!(!shown.contains("from your words alone"), "{shown}");
}

#[test]
fn the_full_name_shows_where_the_cause_is_chosen_and_the_short_one_in_lists() {
    let (_dir, mut app) = words_only();
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]o");
    for _ in 0..3 {
        if screen(&mut app, 80, 24).contains(Cause::Emotional.label()) {
            break;
        }
        press(&mut app, KeyCode::Right);
    }
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("‹ Not recognizing or honouring my true emotions and desires ›"),
        "{shown}"
    );
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "2");
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("9 Sep 2026 · True desires · 0 events"),
        "{shown}"
    );
}

#[test]
fn the_unforeseeable_guidance_speaks_plainly() {
    let (_dir, mut app) = words_only();
    let id = app.store().setbacks().unwrap()[0].id;
    app.store()
        .confirm_cause(id, Some(Cause::Unforeseen))
        .unwrap();
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("learn as you go"), "{shown}");
    assert!(shown.contains("try new ways"), "{shown}");
    assert!(!shown.to_lowercase().contains("pivot"), "{shown}");
}
