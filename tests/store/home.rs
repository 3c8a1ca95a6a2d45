//! The Home pane's reads against a real journal file: the latest check-in across setbacks,
//! the newest setbacks, and gratitude counted per day inside a window.

use bounce::domain::root_cause::Cause;
use bounce::domain::setback::{GriefStage, SetbackDraft, TransformationStage};
use bounce::store::Store;
use chrono::NaiveDate;
use tempfile::TempDir;
use uuid::Uuid;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    date("2026-11-23")
}

fn temp_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("journal.db")).unwrap();
    (dir, store)
}

fn setback(store: &Store, title: &str, day: &str) -> Uuid {
    let draft = SetbackDraft {
        title: title.into(),
        date: Some(date(day)),
        summary: String::new(),
    };
    store.add_setback(&draft, today()).unwrap().id
}

#[test]
fn no_checkin_in_an_empty_journal() {
    let (_dir, store) = temp_store();
    assert_eq!(store.latest_checkin().unwrap(), None);
    setback(&store, "Lost the pitch", "2026-10-01");
    assert_eq!(store.latest_checkin().unwrap(), None);
}

#[test]
fn the_latest_checkin_is_the_newest_by_date_across_setbacks() {
    let (_dir, store) = temp_store();
    let older = setback(&store, "Passed over", "2025-03-02");
    let newer = setback(&store, "Laid off", "2026-09-09");
    store
        .add_checkin(newer, date("2026-10-01"), Some(GriefStage::Anger), None, "")
        .unwrap();
    // Written later, but about an earlier day: it is not the latest.
    store
        .add_checkin(
            older,
            date("2026-09-15"),
            Some(GriefStage::Denial),
            None,
            "",
        )
        .unwrap();
    store
        .add_checkin(
            older,
            date("2026-11-20"),
            None,
            Some(TransformationStage::Discovery),
            "Found a course I like.",
        )
        .unwrap();
    let (checkin, from) = store.latest_checkin().unwrap().unwrap();
    assert_eq!(checkin.date, date("2026-11-20"));
    assert_eq!(checkin.transformation, Some(TransformationStage::Discovery));
    assert_eq!(checkin.grief, None);
    assert_eq!(checkin.note, "Found a course I like.");
    assert_eq!(from.id, older);
    assert_eq!(from.title, "Passed over");
}

#[test]
fn on_the_same_day_the_last_written_checkin_wins() {
    let (_dir, store) = temp_store();
    let id = setback(&store, "Laid off", "2026-09-09");
    store
        .add_checkin(id, date("2026-11-01"), Some(GriefStage::Anger), None, "")
        .unwrap();
    store
        .add_checkin(
            id,
            date("2026-11-01"),
            Some(GriefStage::Bargaining),
            None,
            "",
        )
        .unwrap();
    let (checkin, _) = store.latest_checkin().unwrap().unwrap();
    assert_eq!(checkin.grief, Some(GriefStage::Bargaining));
}

#[test]
fn deleting_a_setback_takes_its_checkins_out_of_the_latest() {
    let (_dir, store) = temp_store();
    let kept = setback(&store, "Passed over", "2025-03-02");
    let gone = setback(&store, "Laid off", "2026-09-09");
    store
        .add_checkin(kept, date("2026-10-01"), Some(GriefStage::Denial), None, "")
        .unwrap();
    store
        .add_checkin(gone, date("2026-11-01"), Some(GriefStage::Anger), None, "")
        .unwrap();
    store.delete_setback(gone).unwrap();
    let (checkin, from) = store.latest_checkin().unwrap().unwrap();
    assert_eq!((checkin.grief, from.id), (Some(GriefStage::Denial), kept));
}

#[test]
fn recent_setbacks_are_the_newest_few_with_their_cause() {
    let (_dir, store) = temp_store();
    assert!(store.recent_setbacks(5).unwrap().is_empty());
    for (title, day) in [
        ("First", "2024-01-10"),
        ("Third", "2026-06-01"),
        ("Second", "2025-05-05"),
        ("Fourth", "2026-09-09"),
    ] {
        setback(&store, title, day);
    }
    let fourth = store.setbacks().unwrap()[0].id;
    store
        .confirm_cause(fourth, Some(Cause::Unforeseen))
        .unwrap();
    let recent = store.recent_setbacks(3).unwrap();
    let titles: Vec<&str> = recent.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Fourth", "Third", "Second"]);
    assert_eq!(recent[0].cause, Some(Cause::Unforeseen));
    assert_eq!(recent[1].cause, None);
    assert_eq!(store.recent_setbacks(10).unwrap().len(), 4);
    assert!(store.recent_setbacks(0).unwrap().is_empty());
}

#[test]
fn gratitude_is_counted_per_day_inside_the_window_only() {
    let (_dir, store) = temp_store();
    for (day, text) in [
        ("2026-10-31", "before the window"),
        ("2026-11-01", "first day, one"),
        ("2026-11-01", "first day, two"),
        ("2026-11-10", "a quiet middle"),
        ("2026-11-23", "last day, one"),
        ("2026-11-23", "last day, two"),
        ("2026-11-23", "last day, three"),
        ("2026-11-24", "after the window"),
    ] {
        store.add_gratitude(date(day), text).unwrap();
    }
    let counts = store
        .gratitude_per_day(date("2026-11-01"), date("2026-11-23"))
        .unwrap();
    assert_eq!(
        counts,
        [
            (date("2026-11-01"), 2),
            (date("2026-11-10"), 1),
            (date("2026-11-23"), 3)
        ]
    );
    assert!(
        store
            .gratitude_per_day(date("2026-12-01"), date("2026-12-31"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn on_this_day_finds_the_newest_earlier_same_day() {
    let (_dir, store) = temp_store();
    assert_eq!(store.on_this_day(today()).unwrap(), None);
    store
        .add_gratitude(date("2024-11-23"), "First snow")
        .unwrap();
    store
        .add_gratitude(date("2026-11-22"), "Not the same day")
        .unwrap();
    store.set_note(date("2025-11-23"), "Moved flats").unwrap();
    store
        .add_gratitude(today(), "Today is not earlier")
        .unwrap();
    assert_eq!(
        store.on_this_day(today()).unwrap(),
        Some((date("2025-11-23"), "Moved flats".to_string()))
    );
    store
        .add_gratitude(date("2025-11-23"), "Help with the boxes")
        .unwrap();
    assert_eq!(
        store.on_this_day(today()).unwrap(),
        Some((date("2025-11-23"), "Help with the boxes".to_string())),
        "gratitude comes before the note"
    );
}
