//! Goals and steps against a real SQLite file: round trips, order, ticking and finishing,
//! splitting, archiving, the link to a lesson, and what survives a reopen.

use bounce::domain::goal::{GoalDraft, GoalState};
use bounce::domain::setback::SetbackDraft;
use bounce::store::{Store, StoreError};
use chrono::NaiveDate;
use uuid::Uuid;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    date("2026-11-23")
}

fn temp_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

fn goal_draft(title: &str) -> GoalDraft {
    GoalDraft {
        title: title.into(),
        why: "It uses what I am good at.".into(),
        success: "A room of people who leave knowing one thing more.".into(),
        target: Some(date("2026-12-20")),
        reward: "A day at the sea".into(),
    }
}

fn steps(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_goal_round_trips_with_its_steps_in_order() {
    let (_dir, path, store) = temp_store();
    let goal = store
        .add_goal(
            &goal_draft("Teach a workshop"),
            &steps(&["Outline", "Book a room", "Invite ten people"]),
            today(),
        )
        .unwrap();
    assert_eq!(goal.progress.fraction(), "0/3");
    assert_eq!(goal.started_on, today());
    assert_eq!(goal.next_step.as_ref().unwrap().text, "Outline");
    drop(store);
    let store = Store::open(&path).unwrap();
    let again = store.goal(goal.id).unwrap().unwrap();
    assert_eq!(again, goal);
    let texts: Vec<String> = store
        .steps(goal.id)
        .unwrap()
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(texts, ["Outline", "Book a room", "Invite ten people"]);
}

#[test]
fn a_goal_needs_a_title_and_clean_steps() {
    let (_dir, _path, store) = temp_store();
    let err = store
        .add_goal(&goal_draft("   "), &[], today())
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    let err = store
        .add_goal(&goal_draft("Run"), &steps(&["ok", " "]), today())
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    assert!(store.goals(GoalState::Active).unwrap().is_empty());
}

#[test]
fn ticking_every_step_finishes_the_goal_once_and_unticking_reopens_it() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Run 5k"), &steps(&["1k", "3k"]), today())
        .unwrap();
    let list = store.steps(goal.id).unwrap();
    let first = store.tick_step(list[0].id, true, today()).unwrap();
    assert!(!first.finished_goal);
    assert!(first.step.is_done());
    assert_eq!(first.step.done_on, Some(today()));
    assert_eq!(first.goal.next_step.as_ref().unwrap().id, list[1].id);
    let last = store.tick_step(list[1].id, true, today()).unwrap();
    assert!(last.finished_goal);
    assert_eq!(last.goal.finished_on, Some(today()));
    assert_eq!(last.goal.state(), GoalState::Done);
    assert!(last.goal.next_step.is_none());
    assert!(store.goals(GoalState::Active).unwrap().is_empty());
    assert_eq!(store.goals(GoalState::Done).unwrap().len(), 1);
    // Ticking again does not celebrate twice, nor move the day it was done.
    let again = store
        .tick_step(list[1].id, true, date("2026-11-30"))
        .unwrap();
    assert!(!again.finished_goal);
    assert_eq!(again.step.done_on, Some(today()));
    assert_eq!(again.step.done_at, last.step.done_at);
    let undone = store.tick_step(list[1].id, false, today()).unwrap();
    assert!(!undone.step.is_done());
    assert_eq!(undone.goal.finished_on, None);
    assert_eq!(store.goal_counts().unwrap(), [1, 0, 0]);
}

#[test]
fn a_step_ticked_again_keeps_its_days_and_its_goal_is_not_finished_anew() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Run 5k"), &steps(&["1k", "3k"]), today())
        .unwrap();
    let list = store.steps(goal.id).unwrap();
    store.tick_step(list[0].id, true, today()).unwrap();
    let first = store.tick_step(list[1].id, true, today()).unwrap();
    let later = date("2026-12-05");
    store.tick_step(list[1].id, false, later).unwrap();
    let again = store.tick_step(list[1].id, true, later).unwrap();
    assert!(again.again);
    assert!(!again.finished_goal);
    assert_eq!(again.step.done_on, Some(today()));
    assert_eq!(again.step.done_at, first.step.done_at);
    assert_eq!(again.goal.finished_on, Some(today()));
    // A step added and done later makes a new finish, on its own day.
    let added = store.add_step(goal.id, "10k", None, later).unwrap();
    let done = store.tick_step(added.step.id, true, later).unwrap();
    assert!(!done.again);
    assert!(done.finished_goal);
    assert_eq!(done.goal.finished_on, Some(later));
}

#[test]
fn a_goal_without_steps_is_never_finished() {
    let (_dir, _path, store) = temp_store();
    let goal = store.add_goal(&goal_draft("Rest"), &[], today()).unwrap();
    assert_eq!(goal.progress.fraction(), "0/0");
    assert_eq!(goal.state(), GoalState::Active);
    let change = store.add_step(goal.id, "Sleep in", None, today()).unwrap();
    let deleted = store.delete_step(change.step.id, today()).unwrap();
    assert!(!deleted.finished_goal);
    assert_eq!(deleted.goal.state(), GoalState::Active);
}

#[test]
fn deleting_the_last_open_step_finishes_and_adding_one_reopens() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Write"), &steps(&["a", "b"]), today())
        .unwrap();
    let list = store.steps(goal.id).unwrap();
    store.tick_step(list[0].id, true, today()).unwrap();
    let change = store.delete_step(list[1].id, today()).unwrap();
    assert!(change.finished_goal);
    let added = store.add_step(goal.id, "c", None, today()).unwrap();
    assert_eq!(added.goal.state(), GoalState::Active);
    assert_eq!(added.goal.progress.fraction(), "1/2");
}

#[test]
fn steps_move_and_split_in_place() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Move"), &steps(&["a", "b", "c"]), today())
        .unwrap();
    let list = store.steps(goal.id).unwrap();
    assert!(store.move_step(list[2].id, true).unwrap());
    assert!(!store.move_step(list[0].id, true).unwrap());
    let order = |s: &Store| -> Vec<String> {
        s.steps(goal.id)
            .unwrap()
            .into_iter()
            .map(|x| x.text)
            .collect()
    };
    assert_eq!(order(&store), ["a", "c", "b"]);
    let parts = steps(&["c1", "c2", "c3"]);
    let split = store.split_step(list[2].id, &parts, today()).unwrap();
    assert_eq!(split.len(), 3);
    assert_eq!(split[0].id, list[2].id);
    assert_eq!(order(&store), ["a", "c1", "c2", "c3", "b"]);
    let positions: Vec<i64> = store
        .steps(goal.id)
        .unwrap()
        .iter()
        .map(|s| s.position)
        .collect();
    assert_eq!(positions, [1, 2, 3, 4, 5]);
    store.tick_step(list[0].id, true, today()).unwrap();
    let err = store.split_step(list[0].id, &parts, today()).unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)));
    let err = store.split_step(list[1].id, &[], today()).unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)));
}

#[test]
fn archived_goals_leave_the_lists_but_are_kept() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Old plan"), &[], today())
        .unwrap();
    store.set_goal_archived(goal.id, true).unwrap();
    assert!(store.goals(GoalState::Active).unwrap().is_empty());
    assert_eq!(store.goals(GoalState::Archived).unwrap()[0].id, goal.id);
    store.set_goal_archived(goal.id, false).unwrap();
    assert_eq!(store.goals(GoalState::Active).unwrap().len(), 1);
}

#[test]
fn active_goals_come_by_nearest_target_then_newest() {
    let (_dir, _path, store) = temp_store();
    let mut far = goal_draft("Far");
    far.target = Some(date("2027-06-01"));
    let mut near = goal_draft("Near");
    near.target = Some(date("2026-12-01"));
    let mut none = goal_draft("Someday");
    none.target = None;
    store.add_goal(&none, &[], today()).unwrap();
    store.add_goal(&far, &[], today()).unwrap();
    store.add_goal(&near, &[], today()).unwrap();
    let titles: Vec<String> = store
        .goals(GoalState::Active)
        .unwrap()
        .into_iter()
        .map(|g| g.title)
        .collect();
    assert_eq!(titles, ["Near", "Far", "Someday"]);
}

#[test]
fn a_lesson_becomes_a_goal_once_and_the_link_survives_deletes() {
    let (_dir, _path, store) = temp_store();
    let setback = store
        .add_setback(
            &SetbackDraft {
                title: "Lost the bid".into(),
                ..SetbackDraft::default()
            },
            today(),
        )
        .unwrap();
    let lesson = store
        .add_lesson(setback.id, "Get a second quote before pricing")
        .unwrap();
    let goal = store.add_goal_from_lesson(lesson.id, today()).unwrap();
    assert_eq!(goal.title, "Get a second quote before pricing");
    assert_eq!(goal.lesson_id, Some(lesson.id));
    assert_eq!(goal.setback_id, Some(setback.id));
    assert_eq!(store.lessons(setback.id).unwrap()[0].goal_id, Some(goal.id));
    let twice = store.add_goal_from_lesson(lesson.id, today()).unwrap();
    assert_eq!(twice.id, goal.id);
    assert_eq!(store.goal_counts().unwrap(), [1, 0, 0]);
    store.delete_goal(goal.id).unwrap();
    assert_eq!(store.lessons(setback.id).unwrap()[0].goal_id, None);
    let again = store.add_goal_from_lesson(lesson.id, today()).unwrap();
    store.delete_setback(setback.id).unwrap();
    let kept = store.goal(again.id).unwrap().unwrap();
    assert_eq!((kept.setback_id, kept.lesson_id), (None, None));
    assert!(store.check_integrity().unwrap().is_empty());
}

#[test]
fn deleting_a_goal_takes_its_steps() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Gone"), &steps(&["x"]), today())
        .unwrap();
    let step = store.steps(goal.id).unwrap()[0].id;
    store.delete_goal(goal.id).unwrap();
    assert!(store.step(step).unwrap().is_none());
    let err = store.tick_step(step, true, today()).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }));
    let err = store.delete_goal(Uuid::new_v4()).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }));
}

#[test]
fn steps_done_are_counted_per_day() {
    let (_dir, _path, store) = temp_store();
    let goal = store
        .add_goal(&goal_draft("Count"), &steps(&["a", "b", "c"]), today())
        .unwrap();
    let list = store.steps(goal.id).unwrap();
    store
        .tick_step(list[0].id, true, date("2026-11-20"))
        .unwrap();
    store.tick_step(list[1].id, true, today()).unwrap();
    store.tick_step(list[2].id, true, today()).unwrap();
    let per_day = store
        .steps_done_per_day(date("2026-11-01"), today())
        .unwrap();
    assert_eq!(per_day, [(date("2026-11-20"), 1), (today(), 2)]);
    assert!(!store.is_empty().unwrap());
}
