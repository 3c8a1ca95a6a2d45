//! The screens that come after a debrief, as plain text: a setback's conversations, its
//! chapter closed with its look-backs, the forms, and Home offering what is due.

use bounce::domain::chapter::{Best, ClosingDraft, ConversationDraft, ConversationKind, Held};
use bounce::store::Store;
use ratatui::crossterm::event::KeyCode;

use crate::common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap_sizes(name: &str, setup: impl Fn() -> bounce::app::App) {
    for (w, h) in SIZES {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

/// The seeded debrief with a conversation held and one planned, and its chapter closed
/// with one look back, all on the tests' day.
fn seed_chapter(store: &Store) -> uuid::Uuid {
    let id = seed_debrief(store);
    let priya = store.person_named("Priya").unwrap().id;
    let ana = store.person_named("Ana").unwrap().id;
    let plan = |person, kind, on: Option<&str>| ConversationDraft {
        person_id: person,
        setback_id: Some(id),
        kind: Some(kind),
        planned_on: on.map(date),
        questions: "What made the difference in the end?".into(),
        ..ConversationDraft::default()
    };
    let held = store
        .add_conversation(&plan(priya, ConversationKind::Feedback, Some("2026-11-10")))
        .unwrap();
    let heard = Held {
        on: date("2026-11-12"),
        said: "The other candidate had led a migration end to end.".into(),
        takeaway: "Lead one migration from start to finish".into(),
    };
    store.hold_conversation(held.id, &heard).unwrap();
    store
        .add_conversation(&plan(ana, ConversationKind::Listen, Some("2026-11-30")))
        .unwrap();
    let close = ClosingDraft {
        best: Some(Best::Partly),
        best_note: "I knew less then.".into(),
        accept: "The team was going to close either way.".into(),
        permission: "To look for work I actually want.".into(),
        carry: "Stayed calm in the handover".into(),
        rating: Some(7),
    };
    store.close_setback(id, &close).unwrap();
    store
        .add_lookback(id, today(), 4, "Less heavy than I feared.")
        .unwrap();
    id
}

fn opened_at(sections: usize) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_chapter(&store);
    // The folder must outlive the app: it is kept for the rest of the test run.
    std::mem::forget(dir);
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, &"]".repeat(sections));
    app
}

#[test]
fn conversations_and_the_closed_chapter() {
    snap_sizes("chapter_conversations", || opened_at(7));
    snap_sizes("chapter_closed", || opened_at(8));
}

#[test]
fn the_plan_close_and_look_back_forms() {
    snap_sizes("chapter_plan_form", || {
        let mut app = opened_at(7);
        keys(&mut app, "a");
        app
    });
    snap_sizes("chapter_close_form", || {
        let mut app = opened_at(8);
        keys(&mut app, "e");
        app
    });
    snap_sizes("chapter_look_back_form", || {
        let mut app = opened_at(8);
        keys(&mut app, "b");
        app
    });
}

#[test]
fn home_offers_a_conversation_that_is_due() {
    snap_sizes("home_due_conversation", || {
        let (dir, store) = temp_store();
        let id = seed_debrief(&store);
        seed(&store);
        let priya = store.person_named("Priya").unwrap().id;
        let draft = ConversationDraft {
            person_id: priya,
            setback_id: Some(id),
            kind: Some(ConversationKind::Feedback),
            planned_on: Some(today()),
            ..ConversationDraft::default()
        };
        store.add_conversation(&draft).unwrap();
        std::mem::forget(dir);
        app_with(store)
    });
}
