//! Conversations, closed chapters and look-backs against a real journal: their rules, their
//! order, undo, and the export read back.

use bounce::domain::chapter::{Best, ClosingDraft, ConversationDraft, ConversationKind, Held};
use bounce::domain::forward::PersonDraft;
use bounce::store::{Store, StoreError};
use uuid::Uuid;

use crate::common::*;

fn person(store: &Store, name: &str) -> Uuid {
    let draft = PersonDraft {
        name: name.into(),
        helps: Vec::new(),
        note: String::new(),
    };
    store.add_person(&draft).unwrap().id
}

fn plan(store: &Store, person: Uuid, setback: Option<Uuid>, on: Option<&str>) -> Uuid {
    let draft = ConversationDraft {
        person_id: person,
        setback_id: setback,
        kind: Some(ConversationKind::Feedback),
        planned_on: on.map(date),
        questions: "Why was the other person chosen?\nWhat would have made the difference?".into(),
        ..ConversationDraft::default()
    };
    store.add_conversation(&draft).unwrap().id
}

#[test]
fn a_conversation_is_planned_held_and_counts_as_being_in_touch() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let priya = person(&store, "Priya");
    let id = plan(&store, priya, Some(setback), Some("2026-11-20"));
    let planned = store.conversation(id).unwrap().unwrap();
    assert_eq!(planned.person, "Priya");
    assert!(planned.is_due(today()));
    assert_eq!(store.conversations_due(today()).unwrap().len(), 1);
    let held = Held {
        on: date("2026-11-22"),
        said: "The other candidate had led a migration end to end.".into(),
        takeaway: "Lead one migration from start to finish".into(),
    };
    let done = store.hold_conversation(id, &held).unwrap();
    assert_eq!(done.held_on, Some(date("2026-11-22")));
    assert!(store.conversations_due(today()).unwrap().is_empty());
    let priya = store.person(priya).unwrap().unwrap();
    assert_eq!(priya.last_contact, Some(date("2026-11-22")));
    assert_eq!(store.conversations_of_setback(setback).unwrap().len(), 1);
    assert_eq!(store.conversations_with(priya.id).unwrap().len(), 1);
}

#[test]
fn planned_conversations_come_first_soonest_first_then_held_ones_latest_first() {
    let (_dir, store) = temp_store();
    let ana = person(&store, "Ana");
    let undated = plan(&store, ana, None, None);
    let later = plan(&store, ana, None, Some("2026-12-10"));
    let sooner = plan(&store, ana, None, Some("2026-12-01"));
    let held_first = plan(&store, ana, None, None);
    let held_last = plan(&store, ana, None, None);
    for (id, day) in [(held_first, "2026-11-01"), (held_last, "2026-11-15")] {
        let held = Held {
            on: date(day),
            said: String::new(),
            takeaway: String::new(),
        };
        store.hold_conversation(id, &held).unwrap();
    }
    let order: Vec<Uuid> = store
        .conversations()
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(order, [sooner, later, undated, held_last, held_first]);
}

#[test]
fn bad_conversations_are_refused_and_change_nothing() {
    let (_dir, store) = temp_store();
    let ana = person(&store, "Ana");
    let stranger = ConversationDraft {
        person_id: Uuid::new_v4(),
        kind: Some(ConversationKind::Ask),
        ..ConversationDraft::default()
    };
    assert!(matches!(
        store.add_conversation(&stranger),
        Err(StoreError::NotFound { .. })
    ));
    let no_kind = ConversationDraft {
        person_id: ana,
        ..ConversationDraft::default()
    };
    assert!(matches!(
        store.add_conversation(&no_kind),
        Err(StoreError::Invalid(_))
    ));
    let id = plan(&store, ana, None, None);
    let tomorrow = Held {
        on: date("2026-11-24"),
        said: String::new(),
        takeaway: String::new(),
    };
    let refused = store.hold_conversation(id, &tomorrow).unwrap_err();
    assert!(
        refused.to_string().contains("today or on a day gone by"),
        "{refused}"
    );
    assert!(store.conversation(id).unwrap().unwrap().held_on.is_none());
}

#[test]
fn removing_someone_removes_their_conversations_and_a_setback_leaves_them_unlinked() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let ana = person(&store, "Ana");
    let noor = person(&store, "Noor");
    let with_ana = plan(&store, ana, Some(setback), None);
    let with_noor = plan(&store, noor, Some(setback), None);
    store.delete_person(ana).unwrap();
    assert!(store.conversation(with_ana).unwrap().is_none());
    store.delete_setback(setback).unwrap();
    let left = store.conversation(with_noor).unwrap().unwrap();
    assert_eq!(left.setback_id, None);
}

#[test]
fn a_chapter_closes_reopens_and_is_looked_back_at_when_due() {
    let (_dir, mut store) = temp_store();
    let setback = seed_debrief(&store);
    let refused = store.add_lookback(setback, today(), 3, "").unwrap_err();
    assert!(refused.to_string().contains("close"), "{refused}");
    let draft = ClosingDraft {
        best: Some(Best::Partly),
        best_note: "I knew less than I know now.".into(),
        accept: "The team was going to close either way.".into(),
        permission: "To look for work I actually want.".into(),
        carry: "Stayed calm in the handover".into(),
        rating: Some(6),
    };
    let closing = store.close_setback(setback, &draft).unwrap();
    assert_eq!(closing.closed_on, today());
    assert!(store.lookbacks_due(today()).unwrap().is_empty());
    let months_on = bounce::domain::dates::shift_days(today(), 91);
    assert_eq!(store.lookbacks_due(months_on).unwrap()[0].1, 90);
    // The look back is written on its day, from the app's clock then.
    store.set_clock(bounce::domain::Clock::fixed(months_on));
    assert!(store.add_lookback(setback, months_on, 11, "").is_err());
    store
        .add_lookback(setback, months_on, 2, "It was a door.")
        .unwrap();
    assert!(store.lookbacks_due(months_on).unwrap().is_empty());
    assert_eq!(store.lookbacks(setback).unwrap()[0].rating, 2);
    let reopened = store.reopen_setback(setback).unwrap();
    assert_eq!(reopened.rating, Some(6));
    assert!(store.closing(setback).unwrap().is_none());
    assert_eq!(
        store.lookbacks(setback).unwrap().len(),
        1,
        "look-backs stay"
    );
    assert!(store.reopen_setback(setback).is_err());
}

#[test]
fn conversations_chapters_and_look_backs_survive_export_and_import() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let ana = person(&store, "Ana");
    let id = plan(&store, ana, Some(setback), Some("2026-11-30"));
    let held = Held {
        on: today(),
        said: "Keep going".into(),
        takeaway: "Ask for one stretch project".into(),
    };
    store.hold_conversation(id, &held).unwrap();
    let draft = ClosingDraft {
        rating: Some(4),
        ..ClosingDraft::default()
    };
    store.close_setback(setback, &draft).unwrap();
    store.add_lookback(setback, today(), 3, "Lighter").unwrap();
    let exported = store.export().unwrap();
    assert_eq!(exported.conversations.len(), 1);
    let (_other_dir, other) = temp_store();
    let report = other.import_journal(&exported).unwrap();
    assert!(report.added > 0);
    assert_eq!(other.export().unwrap(), exported);
    let again = other.import_journal(&exported).unwrap();
    assert_eq!(again.added, 0);
    let mut bad = exported.clone();
    let closed = bad
        .setbacks
        .iter_mut()
        .find(|s| s.id == setback.to_string())
        .unwrap();
    closed.lookbacks[0].rating = 11;
    let refused = other.import_journal(&bad).unwrap_err();
    assert!(refused.to_string().contains("lookbacks[0]"), "{refused}");
}

#[test]
fn a_name_finds_the_person_it_names_or_adds_them() {
    let (_dir, store) = temp_store();
    let priya = person(&store, "Priya Shah");
    assert_eq!(store.person_named("priya shah").unwrap().id, priya);
    let new = store.person_named("  Jonas ").unwrap();
    assert_eq!(new.name, "Jonas");
    assert_eq!(store.people().unwrap().len(), 2);
    assert!(store.person_named("  ").is_err());
}

#[test]
fn a_chapter_closes_on_a_day_gone_by_but_not_on_one_ahead() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let draft = ClosingDraft::default();
    let ahead = bounce::domain::dates::shift_days(today(), 1);
    assert!(store.close_setback_on(setback, ahead, &draft).is_err());
    let closed = store
        .close_setback_on(setback, date("2026-10-01"), &draft)
        .unwrap();
    assert_eq!(closed.closed_on, date("2026-10-01"));
    assert_eq!(store.lookbacks_due(today()).unwrap()[0].1, 30);
}
