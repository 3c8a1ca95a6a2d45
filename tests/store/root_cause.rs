//! Root causes in the store, against a real SQLite file: answers, decisions, follow-up,
//! counts, repeating motives, and what a deleted setback takes with it.

use bounce::domain::root_cause::{Answer, Cause};
use bounce::domain::setback::SetbackDraft;
use bounce::store::{Store, StoreError};
use chrono::NaiveDate;
use uuid::Uuid;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn setback(store: &Store, title: &str) -> Uuid {
    let draft = SetbackDraft {
        title: title.into(),
        date: None,
        summary: String::new(),
    };
    store.add_setback(&draft, today()).unwrap().id
}

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("journal.db")).unwrap();
    (dir, store)
}

#[test]
fn answers_are_set_overwritten_and_cleared() {
    let (_dir, store) = open();
    let id = setback(&store, "A");
    store
        .set_cause_answer(id, "my_step", Some(Answer::Yes))
        .unwrap();
    store
        .set_cause_answer(id, "wanted_path", Some(Answer::Scale(2)))
        .unwrap();
    store
        .set_cause_answer(id, "my_step", Some(Answer::Partly))
        .unwrap();
    let mut answers = store.cause_answers(id).unwrap();
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        answers,
        [
            ("my_step".into(), Answer::Partly),
            ("wanted_path".into(), Answer::Scale(2))
        ]
    );
    store.set_cause_answer(id, "my_step", None).unwrap();
    assert_eq!(store.cause_answers(id).unwrap().len(), 1);
    let unknown = store.set_cause_answer(Uuid::new_v4(), "my_step", Some(Answer::No));
    assert!(matches!(unknown, Err(StoreError::NotFound { .. })));
}

#[test]
fn a_decision_is_stamped_and_can_be_taken_back() {
    let (dir, store) = open();
    let id = setback(&store, "A");
    assert_eq!(store.decision(id).unwrap().confirmed, None);
    let decided = store.confirm_cause(id, Some(Cause::Emotional)).unwrap();
    assert_eq!(decided.confirmed, Some(Cause::Emotional));
    assert!(
        decided
            .confirmed_at
            .as_deref()
            .is_some_and(|t| t.contains('T'))
    );
    assert_eq!(
        store.setback(id).unwrap().unwrap().cause,
        Some(Cause::Emotional)
    );
    let path = dir.path().join("journal.db");
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.decision(id).unwrap().confirmed,
        Some(Cause::Emotional)
    );
    let open_again = store.confirm_cause(id, None).unwrap();
    assert_eq!(
        (open_again.confirmed, open_again.confirmed_at),
        (None, None)
    );
}

#[test]
fn follow_up_keeps_motives_and_a_note() {
    let (_dir, store) = open();
    let id = setback(&store, "A");
    let motives = vec!["too_fast".to_string(), "trusted_advice".to_string()];
    let decision = store
        .set_follow_up(id, &motives, "Ask twice.\nThen act.")
        .unwrap();
    assert_eq!(decision.motives, ["too_fast", "trusted_advice"]);
    assert_eq!(decision.follow_up, "Ask twice.\nThen act.");
    let decision = store
        .set_follow_up(id, &["too_fast".to_string()], "")
        .unwrap();
    assert_eq!(decision.motives, ["too_fast"]);
    assert_eq!(decision.follow_up, "");
}

#[test]
fn counts_and_repeating_tactical_motives() {
    let (_dir, store) = open();
    let a = setback(&store, "First");
    let b = setback(&store, "Second");
    let c = setback(&store, "Third");
    store.confirm_cause(a, Some(Cause::Tactical)).unwrap();
    store.confirm_cause(b, Some(Cause::Tactical)).unwrap();
    store.confirm_cause(c, Some(Cause::Unforeseen)).unwrap();
    let mut counts = store.cause_counts().unwrap();
    counts.sort();
    assert_eq!(counts, [(Cause::Tactical, 2), (Cause::Unforeseen, 1)]);

    store
        .set_follow_up(a, &["too_fast".to_string(), "pendulum".to_string()], "")
        .unwrap();
    store
        .set_follow_up(b, &["too_fast".to_string()], "")
        .unwrap();
    // A motive named for a setback not decided as tactical does not make a pattern.
    store
        .set_follow_up(c, &["pendulum".to_string()], "")
        .unwrap();
    let repeating = store.repeating_motives().unwrap();
    assert_eq!(repeating.len(), 1);
    assert_eq!(repeating[0].motive, "too_fast");
    let titles: Vec<&str> = repeating[0]
        .setbacks
        .iter()
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.contains(&"First") && titles.contains(&"Second"));
}

#[test]
fn deleting_a_setback_removes_its_root_cause() {
    let (_dir, store) = open();
    let id = setback(&store, "A");
    store
        .set_cause_answer(id, "my_step", Some(Answer::Yes))
        .unwrap();
    store.confirm_cause(id, Some(Cause::Tactical)).unwrap();
    store
        .set_follow_up(id, &["too_fast".to_string()], "note")
        .unwrap();
    store.delete_setback(id).unwrap();
    assert!(store.cause_answers(id).unwrap().is_empty());
    assert_eq!(store.decision(id).unwrap().confirmed, None);
    assert!(store.cause_counts().unwrap().is_empty());
    assert!(store.check_integrity().unwrap().is_empty());
}
