//! The debrief part of the store against a real SQLite file in a temp folder: setbacks, the
//! timeline and its ordering, answers, story, strengths, lessons, check-ins and reflection,
//! the cascade when a setback goes, and what survives a reopen.

use std::path::{Path, PathBuf};

use bounce::domain::setback::{
    Event, EventDraft, GriefStage, Setback, SetbackDraft, Story, StrengthKind, TransformationStage,
};
use bounce::store::{Store, StoreError};
use chrono::{NaiveDate, NaiveTime};
use tempfile::TempDir;
use uuid::Uuid;

/// Tables that hang off a setback through `setback_id`.
const DEBRIEF_TABLES: [&str; 6] = [
    "events",
    "answers",
    "strengths",
    "lessons",
    "stories",
    "checkins",
];

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

/// A journal file in a fresh temp folder; keep the folder alive as long as the store.
fn temp_store() -> (TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

fn draft(title: &str, day: Option<&str>) -> SetbackDraft {
    SetbackDraft {
        title: title.into(),
        date: day.map(date),
        summary: String::new(),
    }
}

fn add_setback(store: &Store, title: &str, day: &str) -> Setback {
    store
        .add_setback(&draft(title, Some(day)), date("2026-11-23"))
        .unwrap()
}

fn event_draft(what: &str, day: &str, at: Option<&str>) -> EventDraft {
    EventDraft {
        date: Some(date(day)),
        time: at.map(time),
        what: what.into(),
        ..EventDraft::default()
    }
}

fn add_event(store: &Store, setback: Uuid, what: &str, day: &str, at: Option<&str>) -> Event {
    store
        .add_event(setback, &event_draft(what, day, at), date("2026-11-23"))
        .unwrap()
}

fn whats(store: &Store, setback: Uuid) -> Vec<String> {
    store
        .events(setback)
        .unwrap()
        .into_iter()
        .map(|e| e.what)
        .collect()
}

fn titles(store: &Store) -> Vec<String> {
    store
        .setbacks()
        .unwrap()
        .into_iter()
        .map(|s| s.title)
        .collect()
}

/// Answers sorted by question: the store promises no order among them.
fn sorted_answers(store: &Store, setback: Uuid) -> Vec<(String, String)> {
    let mut answers = store.answers(setback).unwrap();
    answers.sort();
    answers
}

fn pair(question: &str, text: &str) -> (String, String) {
    (question.to_string(), text.to_string())
}

/// Counts the rows of `table` that belong to `setback`, through a connection of our own.
fn rows_of(path: &Path, table: &str, setback: Uuid) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row(
        &format!("SELECT COUNT(*) FROM {table} WHERE setback_id = ?1"),
        [setback.to_string()],
        |r| r.get(0),
    )
    .unwrap()
}

fn assert_not_found<T: std::fmt::Debug>(result: Result<T, StoreError>, unknown: Uuid) {
    let err = result.unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { id, .. } if *id == unknown.to_string()),
        "{err:?}"
    );
}

fn assert_invalid<T: std::fmt::Debug>(result: Result<T, StoreError>) {
    let err = result.unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
}

fn assert_clean(store: &Store) {
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
}

/// Gives a setback something in every part of its debrief.
fn fill_debrief(store: &Store, setback: Uuid) {
    add_event(store, setback, "the meeting", "2026-03-02", Some("09:00"));
    add_event(store, setback, "the email", "2026-03-01", None);
    store.set_answer(setback, "expected", "a raise").unwrap();
    store
        .set_answer(setback, "surprised", "how calm I was")
        .unwrap();
    store
        .add_strength(setback, StrengthKind::Praise, "clear writing")
        .unwrap();
    store
        .add_strength(setback, StrengthKind::Easy, "mentoring")
        .unwrap();
    store
        .add_lesson(setback, "ask for feedback sooner")
        .unwrap();
    store
        .set_story(
            setback,
            &Story {
                situation: "The team was cut.".into(),
                ..Story::default()
            },
        )
        .unwrap();
    store
        .add_checkin(
            setback,
            date("2026-03-10"),
            Some(GriefStage::Anger),
            None,
            "",
        )
        .unwrap();
    store
        .add_checkin(
            setback,
            date("2026-04-10"),
            None,
            Some(TransformationStage::Discovery),
            "better",
        )
        .unwrap();
    store.set_reflection(setback, "more time to think").unwrap();
}

// Setbacks

#[test]
fn a_setback_round_trips_cleaned() {
    let (_dir, _path, store) = temp_store();
    let added = store
        .add_setback(
            &SetbackDraft {
                title: "  Laid off\nafter the merger  ".into(),
                date: Some(date("2026-03-01")),
                summary: "Nine years.\r\nThen a ten-minute call.\n\n".into(),
            },
            date("2026-11-23"),
        )
        .unwrap();
    assert_eq!(added.title, "Laid off after the merger");
    assert_eq!(added.date, date("2026-03-01"));
    assert_eq!(added.summary, "Nine years.\nThen a ten-minute call.");
    assert_eq!(added.reflection, "");
    assert_eq!(added.event_count, 0);
    assert_eq!(store.setback(added.id).unwrap(), Some(added.clone()));
    assert_eq!(store.setbacks().unwrap(), vec![added]);
    assert!(!store.is_empty().unwrap());
}

#[test]
fn a_setback_without_a_date_takes_today() {
    let (_dir, _path, store) = temp_store();
    let added = store
        .add_setback(&draft("Passed over", None), date("2026-11-23"))
        .unwrap();
    assert_eq!(added.date, date("2026-11-23"));

    let updated = store
        .update_setback(
            added.id,
            &draft("Passed over again", None),
            date("2026-12-01"),
        )
        .unwrap();
    assert_eq!(updated.date, date("2026-12-01"));

    // A date in the draft wins over today.
    let dated = store
        .update_setback(
            added.id,
            &draft("Passed over", Some("2025-06-30")),
            date("2026-12-01"),
        )
        .unwrap();
    assert_eq!(dated.date, date("2025-06-30"));
}

#[test]
fn setbacks_come_newest_first_by_date() {
    let (_dir, _path, store) = temp_store();
    add_setback(&store, "middle", "2026-03-01");
    add_setback(&store, "oldest", "2025-12-31");
    add_setback(&store, "newest", "2026-11-20");
    add_setback(&store, "leap day", "2024-02-29");
    assert_eq!(titles(&store), ["newest", "middle", "oldest", "leap day"]);
}

#[test]
fn updating_a_setback_changes_it_and_its_place() {
    let (_dir, _path, store) = temp_store();
    let first = add_setback(&store, "first", "2026-01-10");
    add_setback(&store, "second", "2026-02-10");
    store.set_reflection(first.id, "kept across edits").unwrap();
    add_event(&store, first.id, "kept too", "2026-01-10", None);

    let updated = store
        .update_setback(
            first.id,
            &SetbackDraft {
                title: "first, renamed".into(),
                date: Some(date("2026-05-01")),
                summary: "now with a summary".into(),
            },
            date("2026-11-23"),
        )
        .unwrap();
    assert_eq!(updated.id, first.id);
    assert_eq!(updated.title, "first, renamed");
    assert_eq!(updated.date, date("2026-05-01"));
    assert_eq!(updated.summary, "now with a summary");
    assert_eq!(updated.reflection, "kept across edits");
    assert_eq!(updated.event_count, 1);
    assert_eq!(store.setback(first.id).unwrap(), Some(updated));
    assert_eq!(titles(&store), ["first, renamed", "second"]);
}

#[test]
fn deleting_a_setback_returns_what_it_held() {
    let (_dir, _path, store) = temp_store();
    let gone = add_setback(&store, "gone", "2026-01-10");
    let kept = add_setback(&store, "kept", "2026-02-10");
    add_event(&store, gone.id, "one event", "2026-01-10", None);
    let gone = store.setback(gone.id).unwrap().unwrap();

    assert_eq!(store.delete_setback(gone.id).unwrap(), gone);
    assert_eq!(store.setback(gone.id).unwrap(), None);
    assert_eq!(store.setbacks().unwrap(), vec![kept]);
    assert_not_found(store.delete_setback(gone.id), gone.id);
}

#[test]
fn blank_titles_are_refused() {
    let (_dir, _path, store) = temp_store();
    for blank in ["", "   ", "\n\t \r\n", "\u{7}"] {
        assert_invalid(store.add_setback(&draft(blank, Some("2026-01-10")), date("2026-11-23")));
    }
    assert!(store.setbacks().unwrap().is_empty());
    assert!(store.is_empty().unwrap());

    let kept = add_setback(&store, "kept", "2026-01-10");
    assert_invalid(store.update_setback(kept.id, &draft("  ", None), date("2026-11-23")));
    assert_eq!(store.setbacks().unwrap(), vec![kept]);
}

#[test]
fn unknown_setbacks_are_not_found() {
    let (_dir, _path, store) = temp_store();
    add_setback(&store, "kept", "2026-01-10");
    let unknown = Uuid::new_v4();
    let today = date("2026-11-23");

    assert_eq!(store.setback(unknown).unwrap(), None);
    assert_not_found(
        store.update_setback(unknown, &draft("anything", None), today),
        unknown,
    );
    assert_not_found(store.delete_setback(unknown), unknown);
    assert_not_found(store.set_reflection(unknown, "anything"), unknown);
    assert_not_found(store.set_answer(unknown, "expected", "anything"), unknown);
    assert_not_found(store.set_answer(unknown, "expected", ""), unknown);
    assert_not_found(store.set_story(unknown, &Story::default()), unknown);
    assert_not_found(
        store.add_event(unknown, &event_draft("anything", "2026-01-10", None), today),
        unknown,
    );
    assert_not_found(
        store.add_strength(unknown, StrengthKind::Praise, "anything"),
        unknown,
    );
    assert_not_found(store.add_lesson(unknown, "anything"), unknown);
    assert_not_found(
        store.add_checkin(unknown, today, Some(GriefStage::Denial), None, ""),
        unknown,
    );

    // Reading an unknown setback's debrief finds nothing rather than failing.
    assert!(store.events(unknown).unwrap().is_empty());
    assert!(store.answers(unknown).unwrap().is_empty());
    assert_eq!(store.story(unknown).unwrap(), Story::default());
    assert!(store.strengths(unknown).unwrap().is_empty());
    assert!(store.lessons(unknown).unwrap().is_empty());
    assert!(store.checkins(unknown).unwrap().is_empty());
    assert_eq!(titles(&store), ["kept"]);
}

#[test]
fn the_event_count_follows_the_timeline() {
    let (_dir, _path, store) = temp_store();
    let busy = add_setback(&store, "busy", "2026-02-01");
    let quiet = add_setback(&store, "quiet", "2026-01-01");
    let first = add_event(&store, busy.id, "one", "2026-02-01", None);
    add_event(&store, busy.id, "two", "2026-02-02", None);
    add_event(&store, busy.id, "three", "2026-02-03", Some("08:00"));
    add_event(&store, quiet.id, "elsewhere", "2026-01-01", None);

    assert_eq!(store.setback(busy.id).unwrap().unwrap().event_count, 3);
    let counts: Vec<u32> = store
        .setbacks()
        .unwrap()
        .iter()
        .map(|s| s.event_count)
        .collect();
    assert_eq!(counts, [3, 1]);

    store.delete_event(first.id).unwrap();
    assert_eq!(store.setback(busy.id).unwrap().unwrap().event_count, 2);
    assert_eq!(store.setback(quiet.id).unwrap().unwrap().event_count, 1);
}

// Cascade

#[test]
fn deleting_a_setback_removes_its_whole_debrief() {
    let (_dir, path, store) = temp_store();
    let gone = add_setback(&store, "gone", "2026-03-01");
    let kept = add_setback(&store, "kept", "2026-02-01");
    fill_debrief(&store, gone.id);
    fill_debrief(&store, kept.id);
    let kept_before = (
        store.events(kept.id).unwrap(),
        sorted_answers(&store, kept.id),
        store.strengths(kept.id).unwrap(),
        store.lessons(kept.id).unwrap(),
        store.story(kept.id).unwrap(),
        store.checkins(kept.id).unwrap(),
    );
    let kept_rows: Vec<i64> = DEBRIEF_TABLES
        .iter()
        .map(|t| rows_of(&path, t, kept.id))
        .collect();
    assert_eq!(kept_rows, [2, 2, 2, 1, 1, 2]);
    for table in DEBRIEF_TABLES {
        assert!(rows_of(&path, table, gone.id) > 0, "{table} was not filled");
    }

    store.delete_setback(gone.id).unwrap();

    for table in DEBRIEF_TABLES {
        assert_eq!(rows_of(&path, table, gone.id), 0, "{table} kept rows");
    }
    let kept_after: Vec<i64> = DEBRIEF_TABLES
        .iter()
        .map(|t| rows_of(&path, t, kept.id))
        .collect();
    assert_eq!(kept_after, kept_rows);
    assert_eq!(
        (
            store.events(kept.id).unwrap(),
            sorted_answers(&store, kept.id),
            store.strengths(kept.id).unwrap(),
            store.lessons(kept.id).unwrap(),
            store.story(kept.id).unwrap(),
            store.checkins(kept.id).unwrap(),
        ),
        kept_before
    );
    assert_clean(&store);

    store.delete_setback(kept.id).unwrap();
    for table in DEBRIEF_TABLES.into_iter().chain(["setbacks"]) {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let total: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(total, 0, "{table} kept rows");
    }
    assert!(store.is_empty().unwrap());
    assert_clean(&store);
}

// The timeline

#[test]
fn events_entered_out_of_order_come_back_in_date_order() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    add_event(&store, s.id, "the exit talk", "2026-03-05", None);
    add_event(&store, s.id, "rumours", "2026-02-10", None);
    add_event(&store, s.id, "new year", "2026-01-01", None);
    add_event(&store, s.id, "the review", "2025-12-31", None);
    add_event(&store, s.id, "the announcement", "2026-03-01", None);
    assert_eq!(
        whats(&store, s.id),
        [
            "the review",
            "new year",
            "rumours",
            "the announcement",
            "the exit talk"
        ]
    );
}

#[test]
fn an_event_keeps_all_it_was_given() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let added = store
        .add_event(
            s.id,
            &EventDraft {
                date: Some(date("2026-03-01")),
                time: Some(time("16:45")),
                what: "The call.\r\nTen minutes.\n\n".into(),
                who: "my manager\nand HR".into(),
                thought: "I should have seen it".into(),
                felt: "numb\n\tthen angry".into(),
            },
            date("2026-11-23"),
        )
        .unwrap();
    assert_eq!(added.setback_id, s.id);
    assert_eq!(added.date, date("2026-03-01"));
    assert_eq!(added.time, Some(time("16:45")));
    assert_eq!(added.what, "The call.\nTen minutes.");
    assert_eq!(added.who, "my manager\nand HR");
    assert_eq!(added.thought, "I should have seen it");
    assert_eq!(added.felt, "numb\n\tthen angry");
    assert_eq!(store.event(added.id).unwrap(), Some(added.clone()));
    assert_eq!(store.events(s.id).unwrap(), vec![added]);

    // Without a date an event takes today.
    let undated = store
        .add_event(
            s.id,
            &EventDraft {
                what: "writing it down".into(),
                ..EventDraft::default()
            },
            date("2026-11-23"),
        )
        .unwrap();
    assert_eq!(undated.date, date("2026-11-23"));
    assert_eq!(undated.time, None);
}

#[test]
fn an_event_needs_words_and_an_existing_id() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let today = date("2026-11-23");
    for blank in ["", "   ", "\n\n", "\t\r\n"] {
        assert_invalid(store.add_event(s.id, &event_draft(blank, "2026-03-01", None), today));
    }
    let kept = add_event(&store, s.id, "kept", "2026-03-01", None);
    assert_invalid(store.update_event(kept.id, &event_draft(" ", "2026-03-01", None), today));

    let unknown = Uuid::new_v4();
    assert_eq!(store.event(unknown).unwrap(), None);
    assert_not_found(
        store.update_event(unknown, &event_draft("x", "2026-03-01", None), today),
        unknown,
    );
    assert_not_found(store.delete_event(unknown), unknown);
    assert_not_found(store.move_event(unknown, true), unknown);
    assert_eq!(store.events(s.id).unwrap(), vec![kept]);
}

#[test]
fn timed_events_order_by_time_and_untimed_ones_come_first() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    add_event(&store, s.id, "afternoon", "2026-03-01", Some("16:30"));
    add_event(&store, s.id, "next day, untimed", "2026-03-02", None);
    add_event(&store, s.id, "morning", "2026-03-01", Some("09:05"));
    add_event(&store, s.id, "untimed", "2026-03-01", None);
    add_event(&store, s.id, "midnight", "2026-03-01", Some("00:00"));
    add_event(&store, s.id, "late", "2026-03-01", Some("23:59"));
    add_event(&store, s.id, "next day, early", "2026-03-02", Some("07:00"));
    add_event(
        &store,
        s.id,
        "day before, late",
        "2026-02-28",
        Some("22:00"),
    );
    // The current rule is COALESCE(time, ''): no time sorts before any time, even 00:00.
    assert_eq!(
        whats(&store, s.id),
        [
            "day before, late",
            "untimed",
            "midnight",
            "morning",
            "afternoon",
            "late",
            "next day, untimed",
            "next day, early",
        ]
    );
}

#[test]
fn events_at_the_same_moment_keep_the_order_they_were_added() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    add_event(&store, s.id, "a", "2026-03-01", Some("10:00"));
    add_event(&store, s.id, "b", "2026-03-01", Some("10:00"));
    add_event(&store, s.id, "c", "2026-03-01", Some("10:00"));
    assert_eq!(whats(&store, s.id), ["a", "b", "c"]);
}

#[test]
fn moving_an_event_swaps_it_with_a_neighbour_at_the_same_moment() {
    let (_dir, path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let a = add_event(&store, s.id, "a", "2026-03-01", None);
    let b = add_event(&store, s.id, "b", "2026-03-01", None);
    let c = add_event(&store, s.id, "c", "2026-03-01", None);

    assert!(store.move_event(c.id, true).unwrap());
    assert_eq!(whats(&store, s.id), ["a", "c", "b"]);
    assert!(store.move_event(c.id, true).unwrap());
    assert_eq!(whats(&store, s.id), ["c", "a", "b"]);
    // At the top: nothing to swap with.
    assert!(!store.move_event(c.id, true).unwrap());
    assert_eq!(whats(&store, s.id), ["c", "a", "b"]);
    // At the bottom: nothing to swap with.
    assert!(!store.move_event(b.id, false).unwrap());
    assert_eq!(whats(&store, s.id), ["c", "a", "b"]);
    assert!(store.move_event(c.id, false).unwrap());
    assert_eq!(whats(&store, s.id), ["a", "c", "b"]);
    assert!(store.move_event(a.id, false).unwrap());
    assert_eq!(whats(&store, s.id), ["c", "a", "b"]);

    // The same works with a time, and the order survives a reopen.
    add_event(&store, s.id, "t1", "2026-03-01", Some("12:00"));
    let t2 = add_event(&store, s.id, "t2", "2026-03-01", Some("12:00"));
    assert!(store.move_event(t2.id, true).unwrap());
    assert_eq!(whats(&store, s.id), ["c", "a", "b", "t2", "t1"]);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(whats(&store, s.id), ["c", "a", "b", "t2", "t1"]);
    assert_clean(&store);
}

#[test]
fn moving_stops_at_a_neighbour_with_another_date_or_time() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let before = add_event(&store, s.id, "day before", "2026-02-28", None);
    let untimed = add_event(&store, s.id, "untimed", "2026-03-01", None);
    let nine = add_event(&store, s.id, "nine", "2026-03-01", Some("09:00"));
    let ten = add_event(&store, s.id, "ten", "2026-03-01", Some("10:00"));
    let after = add_event(&store, s.id, "day after", "2026-03-02", Some("10:00"));
    let order = ["day before", "untimed", "nine", "ten", "day after"];

    // Another date.
    assert!(!store.move_event(before.id, false).unwrap());
    assert!(!store.move_event(untimed.id, true).unwrap());
    // No time next to a time, and two different times.
    assert!(!store.move_event(untimed.id, false).unwrap());
    assert!(!store.move_event(nine.id, true).unwrap());
    assert!(!store.move_event(nine.id, false).unwrap());
    assert!(!store.move_event(ten.id, true).unwrap());
    // The same time on another date.
    assert!(!store.move_event(ten.id, false).unwrap());
    assert!(!store.move_event(after.id, true).unwrap());
    // The ends.
    assert!(!store.move_event(after.id, false).unwrap());
    assert_eq!(whats(&store, s.id), order);

    // Positions were not touched by any of the refused moves.
    let positions: Vec<i64> = store
        .events(s.id)
        .unwrap()
        .iter()
        .map(|e| e.position)
        .collect();
    let added: Vec<i64> = [&before, &untimed, &nine, &ten, &after]
        .iter()
        .map(|e| e.position)
        .collect();
    assert_eq!(positions, added);
}

#[test]
fn moving_an_event_only_looks_at_its_own_setback() {
    let (_dir, _path, store) = temp_store();
    let one = add_setback(&store, "one", "2026-03-01");
    let two = add_setback(&store, "two", "2026-03-01");
    let a = add_event(&store, one.id, "a", "2026-03-01", None);
    add_event(&store, two.id, "b", "2026-03-01", None);
    assert!(!store.move_event(a.id, false).unwrap());
    assert!(!store.move_event(a.id, true).unwrap());
    assert_eq!(whats(&store, one.id), ["a"]);
    assert_eq!(whats(&store, two.id), ["b"]);
}

#[test]
fn updating_an_event_date_moves_it_in_the_timeline() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    add_event(&store, s.id, "first", "2026-03-01", None);
    let middle = add_event(&store, s.id, "middle", "2026-03-02", None);
    add_event(&store, s.id, "last", "2026-03-03", None);

    let moved = store
        .update_event(
            middle.id,
            &EventDraft {
                date: Some(date("2026-03-05")),
                time: Some(time("08:15")),
                what: "middle, later".into(),
                who: "Ana".into(),
                ..EventDraft::default()
            },
            date("2026-11-23"),
        )
        .unwrap();
    assert_eq!(moved.id, middle.id);
    assert_eq!(moved.date, date("2026-03-05"));
    assert_eq!(moved.time, Some(time("08:15")));
    assert_eq!(moved.who, "Ana");
    assert_eq!(store.event(middle.id).unwrap(), Some(moved));
    assert_eq!(whats(&store, s.id), ["first", "last", "middle, later"]);

    // And back to the start, with its time cleared.
    store
        .update_event(
            middle.id,
            &event_draft("middle again", "2026-02-01", None),
            date("2026-11-23"),
        )
        .unwrap();
    assert_eq!(whats(&store, s.id), ["middle again", "first", "last"]);
    assert_eq!(store.event(middle.id).unwrap().unwrap().time, None);
}

#[test]
fn deleting_an_event_returns_it_and_closes_the_gap() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    add_event(&store, s.id, "a", "2026-03-01", None);
    let b = add_event(&store, s.id, "b", "2026-03-01", None);
    let c = add_event(&store, s.id, "c", "2026-03-01", None);
    assert_eq!(store.delete_event(b.id).unwrap(), b);
    assert_eq!(store.event(b.id).unwrap(), None);
    assert_eq!(whats(&store, s.id), ["a", "c"]);
    // Moving still finds the new neighbour.
    assert!(store.move_event(c.id, true).unwrap());
    assert_eq!(whats(&store, s.id), ["c", "a"]);
}

// Answers

#[test]
fn answers_are_set_overwritten_and_cleared() {
    let (_dir, path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let other = add_setback(&store, "other", "2026-01-01");
    assert!(store.answers(s.id).unwrap().is_empty());

    store.set_answer(s.id, "expected", "a promotion").unwrap();
    store
        .set_answer(s.id, "surprised", "line one\r\nline two\n\n  indented\n\n")
        .unwrap();
    store.set_answer(other.id, "expected", "elsewhere").unwrap();
    assert_eq!(
        sorted_answers(&store, s.id),
        [
            pair("expected", "a promotion"),
            pair("surprised", "line one\nline two\n\n  indented"),
        ]
    );

    // Overwriting keeps one row per question.
    store.set_answer(s.id, "expected", "a raise").unwrap();
    store
        .set_answer(s.id, "expected", "a raise, at least")
        .unwrap();
    assert_eq!(rows_of(&path, "answers", s.id), 2);
    assert_eq!(
        sorted_answers(&store, s.id),
        [
            pair("expected", "a raise, at least"),
            pair("surprised", "line one\nline two\n\n  indented"),
        ]
    );

    // An empty or blank text clears the answer.
    store.set_answer(s.id, "expected", "").unwrap();
    assert_eq!(
        sorted_answers(&store, s.id),
        [pair("surprised", "line one\nline two\n\n  indented")]
    );
    store.set_answer(s.id, "surprised", "  \n\t\r\n").unwrap();
    assert!(store.answers(s.id).unwrap().is_empty());
    assert_eq!(rows_of(&path, "answers", s.id), 0);
    // Clearing what was never set is fine.
    store.set_answer(s.id, "never", "").unwrap();

    assert_eq!(
        store.answers(other.id).unwrap(),
        [pair("expected", "elsewhere")]
    );
}

// Story

#[test]
fn the_story_starts_empty_and_keeps_what_was_written() {
    let (_dir, path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let empty = store.story(s.id).unwrap();
    assert_eq!(empty, Story::default());
    assert!(empty.is_empty());

    let story = Story {
        situation: "The team was cut.\r\nAll of it.".into(),
        action: "I called ten people.".into(),
        result: "Three interviews.\n\n".into(),
        learning: "Ask sooner.".into(),
    };
    store.set_story(s.id, &story).unwrap();
    assert_eq!(
        store.story(s.id).unwrap(),
        Story {
            situation: "The team was cut.\nAll of it.".into(),
            action: "I called ten people.".into(),
            result: "Three interviews.".into(),
            learning: "Ask sooner.".into(),
        }
    );

    let rewritten = Story {
        situation: "Rewritten.".into(),
        ..Story::default()
    };
    store.set_story(s.id, &rewritten).unwrap();
    assert_eq!(store.story(s.id).unwrap(), rewritten);
    assert_eq!(rows_of(&path, "stories", s.id), 1);
}

// Strengths and lessons

#[test]
fn strengths_keep_their_kind_text_and_order() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let entered = [
        (StrengthKind::Praise, "clear writing"),
        (StrengthKind::Enjoyed, "pairing with juniors"),
        (StrengthKind::Easy, "untangling outages"),
        (StrengthKind::Praise, "calm in incidents"),
        (StrengthKind::Easy, "  spreadsheets\n "),
    ];
    let mut added = Vec::new();
    for (kind, text) in entered {
        let strength = store.add_strength(s.id, kind, text).unwrap();
        assert_eq!(strength.kind, kind);
        added.push(strength);
    }
    assert_eq!(added[4].text, "spreadsheets");

    let kept = store.strengths(s.id).unwrap();
    assert_eq!(kept.len(), added.len());
    for strength in &added {
        assert!(kept.contains(strength), "{strength:?} missing");
    }
    // Oldest first within each kind (the order across kinds is not asserted here).
    for kind in StrengthKind::ALL {
        let of_kind = |list: &[bounce::domain::setback::Strength]| -> Vec<String> {
            list.iter()
                .filter(|s| s.kind == kind)
                .map(|s| s.text.clone())
                .collect()
        };
        assert_eq!(of_kind(&kept), of_kind(&added), "{kind:?}");
    }

    store
        .update_strength(added[0].id, "clear, kind writing")
        .unwrap();
    store.delete_strength(added[2].id).unwrap();
    let kept = store.strengths(s.id).unwrap();
    assert_eq!(kept.len(), 4);
    let first = kept.iter().find(|k| k.id == added[0].id).unwrap();
    assert_eq!(first.text, "clear, kind writing");
    assert_eq!(first.kind, StrengthKind::Praise);
    assert!(kept.iter().all(|k| k.id != added[2].id));
}

#[test]
fn strengths_need_words_and_an_existing_id() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    for blank in ["", "  ", "\n\t"] {
        assert_invalid(store.add_strength(s.id, StrengthKind::Enjoyed, blank));
    }
    let kept = store
        .add_strength(s.id, StrengthKind::Enjoyed, "kept")
        .unwrap();
    assert_invalid(store.update_strength(kept.id, " \n "));
    let unknown = Uuid::new_v4();
    assert_not_found(store.update_strength(unknown, "anything"), unknown);
    assert_not_found(store.delete_strength(unknown), unknown);
    assert_eq!(store.strengths(s.id).unwrap(), vec![kept.clone()]);
    store.delete_strength(kept.id).unwrap();
    assert_not_found(store.delete_strength(kept.id), kept.id);
    assert!(store.strengths(s.id).unwrap().is_empty());
}

#[test]
fn lessons_are_added_updated_and_deleted_in_order() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let a = store.add_lesson(s.id, "ask for feedback sooner").unwrap();
    let b = store.add_lesson(s.id, " keep a brag document\n").unwrap();
    let c = store
        .add_lesson(s.id, "build allies outside the team")
        .unwrap();
    assert_eq!(b.text, "keep a brag document");
    assert!([&a, &b, &c].iter().all(|l| l.goal_id.is_none()));
    assert_eq!(
        store.lessons(s.id).unwrap(),
        vec![a.clone(), b.clone(), c.clone()]
    );

    store
        .update_lesson(b.id, "keep a brag document, monthly")
        .unwrap();
    store.delete_lesson(a.id).unwrap();
    let texts: Vec<String> = store
        .lessons(s.id)
        .unwrap()
        .into_iter()
        .map(|l| l.text)
        .collect();
    assert_eq!(
        texts,
        [
            "keep a brag document, monthly",
            "build allies outside the team"
        ]
    );

    for blank in ["", "   ", "\r\n"] {
        assert_invalid(store.add_lesson(s.id, blank));
    }
    assert_invalid(store.update_lesson(c.id, "\t"));
    let unknown = Uuid::new_v4();
    assert_not_found(store.update_lesson(unknown, "anything"), unknown);
    assert_not_found(store.delete_lesson(unknown), unknown);
    assert_not_found(store.delete_lesson(a.id), a.id);
    assert_eq!(store.lessons(s.id).unwrap().len(), 2);
}

// Check-ins

#[test]
fn a_checkin_needs_a_stage() {
    let (_dir, path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    assert_invalid(store.add_checkin(s.id, date("2026-03-10"), None, None, "just a note"));
    assert!(store.checkins(s.id).unwrap().is_empty());
    assert_eq!(rows_of(&path, "checkins", s.id), 0);

    let grief = store
        .add_checkin(s.id, date("2026-03-10"), Some(GriefStage::Denial), None, "")
        .unwrap();
    let change = store
        .add_checkin(
            s.id,
            date("2026-03-11"),
            None,
            Some(TransformationStage::LettingGo),
            "",
        )
        .unwrap();
    let both = store
        .add_checkin(
            s.id,
            date("2026-03-12"),
            Some(GriefStage::Acceptance),
            Some(TransformationStage::Clarity),
            "",
        )
        .unwrap();
    assert_eq!(store.checkins(s.id).unwrap(), vec![both, change, grief]);
}

#[test]
fn checkins_come_newest_first_with_their_stages_and_note() {
    let (_dir, path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let middle = store
        .add_checkin(
            s.id,
            date("2026-04-01"),
            Some(GriefStage::Bargaining),
            Some(TransformationStage::Disorientation),
            "Some days are better.\r\nMost are not.\n",
        )
        .unwrap();
    assert_eq!(middle.note, "Some days are better.\nMost are not.");
    let oldest = store
        .add_checkin(s.id, date("2026-03-10"), Some(GriefStage::Anger), None, "")
        .unwrap();
    let newest = store
        .add_checkin(
            s.id,
            date("2026-05-01"),
            None,
            Some(TransformationStage::ReEngagement),
            "interviewing",
        )
        .unwrap();
    // Two on the same date: the later one first.
    let newest_again = store
        .add_checkin(
            s.id,
            date("2026-05-01"),
            Some(GriefStage::Acceptance),
            None,
            "",
        )
        .unwrap();
    assert_eq!(
        store.checkins(s.id).unwrap(),
        vec![newest_again, newest, middle.clone(), oldest]
    );

    // Stages are kept by key, and the keys and labels are the ones the journal shows.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (grief, transformation, note): (String, String, String) = conn
        .query_row(
            "SELECT grief, transformation, note FROM checkins WHERE id = ?1",
            [middle.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(grief, "bargaining");
    assert_eq!(transformation, "disorientation");
    assert_eq!(note, "Some days are better.\nMost are not.");
    assert_eq!(TransformationStage::LettingGo.key(), "letting_go");
    assert_eq!(TransformationStage::LettingGo.label(), "Letting go");
    assert_eq!(TransformationStage::ReEngagement.key(), "re_engagement");
    assert_eq!(TransformationStage::ReEngagement.label(), "Re-engagement");
    assert_eq!(GriefStage::Depression.label(), "Depression");
}

#[test]
fn every_stage_round_trips_through_the_file() {
    let (_dir, path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let start = date("2026-03-01");
    let mut offset = 0u64;
    for grief in GriefStage::ALL {
        store
            .add_checkin(
                s.id,
                start + chrono::Days::new(offset),
                Some(*grief),
                None,
                grief.label(),
            )
            .unwrap();
        offset += 1;
    }
    for stage in TransformationStage::ALL {
        store
            .add_checkin(
                s.id,
                start + chrono::Days::new(offset),
                None,
                Some(*stage),
                stage.label(),
            )
            .unwrap();
        offset += 1;
    }
    drop(store);
    let store = Store::open(&path).unwrap();
    let mut kept = store.checkins(s.id).unwrap();
    kept.reverse();
    assert_eq!(
        kept.len(),
        GriefStage::ALL.len() + TransformationStage::ALL.len()
    );
    let (griefs, changes) = kept.split_at(GriefStage::ALL.len());
    for (checkin, grief) in griefs.iter().zip(GriefStage::ALL) {
        assert_eq!(checkin.grief, Some(*grief));
        assert_eq!(checkin.transformation, None);
        assert_eq!(checkin.note, grief.label());
    }
    for (checkin, stage) in changes.iter().zip(TransformationStage::ALL) {
        assert_eq!(checkin.grief, None);
        assert_eq!(checkin.transformation, Some(*stage));
        assert_eq!(checkin.note, stage.label());
    }
}

#[test]
fn a_checkin_can_be_deleted() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    let gone = store
        .add_checkin(s.id, date("2026-03-10"), Some(GriefStage::Anger), None, "")
        .unwrap();
    let kept = store
        .add_checkin(s.id, date("2026-03-11"), Some(GriefStage::Denial), None, "")
        .unwrap();
    store.delete_checkin(gone.id).unwrap();
    assert_eq!(store.checkins(s.id).unwrap(), vec![kept]);
    assert_not_found(store.delete_checkin(gone.id), gone.id);
}

// Reflection

#[test]
fn the_reflection_is_kept_on_one_line() {
    let (_dir, _path, store) = temp_store();
    let s = add_setback(&store, "laid off", "2026-03-01");
    store
        .set_reflection(s.id, "  It freed me\nto rest,\tand to choose.\n")
        .unwrap();
    let reflection = store.setback(s.id).unwrap().unwrap().reflection;
    assert_eq!(reflection, "It freed me to rest, and to choose.");
    assert!(!reflection.contains('\n'));

    store.set_reflection(s.id, "").unwrap();
    assert_eq!(store.setback(s.id).unwrap().unwrap().reflection, "");
}

// Reopening

#[test]
fn reopening_keeps_the_whole_debrief() {
    let (_dir, path, store) = temp_store();
    let one = add_setback(&store, "laid off", "2026-03-01");
    let two = add_setback(&store, "passed over", "2025-09-15");
    fill_debrief(&store, one.id);
    fill_debrief(&store, two.id);
    let t = add_event(&store, one.id, "same moment", "2026-03-02", Some("09:00"));
    assert!(store.move_event(t.id, true).unwrap());

    let snapshot = |store: &Store| {
        let setbacks = store.setbacks().unwrap();
        let debriefs: Vec<_> = setbacks
            .iter()
            .map(|s| {
                (
                    store.events(s.id).unwrap(),
                    sorted_answers(store, s.id),
                    store.story(s.id).unwrap(),
                    store.strengths(s.id).unwrap(),
                    store.lessons(s.id).unwrap(),
                    store.checkins(s.id).unwrap(),
                )
            })
            .collect();
        (setbacks, debriefs)
    };
    let before = snapshot(&store);
    assert_eq!(
        whats(&store, one.id),
        ["the email", "same moment", "the meeting"]
    );
    drop(store);

    let store = Store::open(&path).unwrap();
    assert_eq!(snapshot(&store), before);
    assert_eq!(
        store.setback(one.id).unwrap().unwrap().reflection,
        "more time to think"
    );
    assert_clean(&store);
}

#[test]
fn wide_and_right_to_left_text_round_trips_exactly() {
    let (_dir, path, store) = temp_store();
    let samples = [
        "👩‍👩‍👧 family dinner 🎉🍲",
        "家族と晩ご飯を食べた",
        "שלום, חבר ותיק התקשר",
        "شكرا على القهوة \u{200F}☕",
        "café, naïve, Zoë (e\u{301} combining)",
        "mixed: English עברית 日本語 🇺🇦",
    ];
    let s = store
        .add_setback(
            &SetbackDraft {
                title: samples[2].into(),
                date: Some(date("2026-03-01")),
                summary: samples.join("\n"),
            },
            date("2026-11-23"),
        )
        .unwrap();
    for (n, text) in samples.iter().enumerate() {
        store
            .add_event(
                s.id,
                &EventDraft {
                    date: Some(date("2026-03-01")),
                    time: None,
                    what: (*text).into(),
                    who: samples[(n + 1) % samples.len()].into(),
                    thought: samples[(n + 2) % samples.len()].into(),
                    felt: samples[(n + 3) % samples.len()].into(),
                },
                date("2026-11-23"),
            )
            .unwrap();
        store.set_answer(s.id, &format!("q{n}"), text).unwrap();
        store
            .add_strength(s.id, StrengthKind::Enjoyed, text)
            .unwrap();
        store.add_lesson(s.id, text).unwrap();
        store
            .add_checkin(
                s.id,
                date("2026-04-01") + chrono::Days::new(n as u64),
                Some(GriefStage::Acceptance),
                None,
                text,
            )
            .unwrap();
    }
    let story = Story {
        situation: samples[0].into(),
        action: samples[1].into(),
        result: samples[3].into(),
        learning: samples[5].into(),
    };
    store.set_story(s.id, &story).unwrap();
    store.set_reflection(s.id, samples[3]).unwrap();
    drop(store);

    let store = Store::open(&path).unwrap();
    let kept = store.setback(s.id).unwrap().unwrap();
    assert_eq!(kept.title, samples[2]);
    assert_eq!(kept.summary, samples.join("\n"));
    assert_eq!(kept.reflection, samples[3]);
    let events = store.events(s.id).unwrap();
    assert_eq!(whats(&store, s.id), samples);
    for (n, event) in events.iter().enumerate() {
        assert_eq!(event.who, samples[(n + 1) % samples.len()]);
        assert_eq!(event.thought, samples[(n + 2) % samples.len()]);
        assert_eq!(event.felt, samples[(n + 3) % samples.len()]);
    }
    let answers: Vec<(String, String)> = samples
        .iter()
        .enumerate()
        .map(|(n, text)| pair(&format!("q{n}"), text))
        .collect();
    assert_eq!(sorted_answers(&store, s.id), answers);
    let strengths: Vec<String> = store
        .strengths(s.id)
        .unwrap()
        .into_iter()
        .map(|k| k.text)
        .collect();
    assert_eq!(strengths, samples);
    let lessons: Vec<String> = store
        .lessons(s.id)
        .unwrap()
        .into_iter()
        .map(|l| l.text)
        .collect();
    assert_eq!(lessons, samples);
    let mut notes: Vec<String> = store
        .checkins(s.id)
        .unwrap()
        .into_iter()
        .map(|c| c.note)
        .collect();
    notes.reverse();
    assert_eq!(notes, samples);
    assert_eq!(store.story(s.id).unwrap(), story);
}
