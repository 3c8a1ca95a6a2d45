//! The repository layer against a real SQLite file in a temp folder: migrations, round trips,
//! date edges, drafts, transactions, and the files it must refuse to touch.

use std::fs;
use std::path::{Path, PathBuf};

use bounce::domain::Mood;
use bounce::store::{Store, StoreError, known_schema_version};
use chrono::NaiveDate;
use tempfile::TempDir;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn mood(value: i64) -> Mood {
    Mood::new(value).unwrap()
}

/// A journal file in a fresh temp folder; keep the folder alive as long as the store.
fn temp_store() -> (TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

fn texts(store: &Store, day: &str) -> Vec<String> {
    store
        .gratitude_on(date(day))
        .unwrap()
        .into_iter()
        .map(|item| item.text)
        .collect()
}

/// Adds one item on each of the given days.
fn add_on(store: &Store, days: &[&str]) {
    for day in days {
        store
            .add_gratitude(date(day), &format!("something good on {day}"))
            .unwrap();
    }
}

/// Opens `path`, expecting a refusal, and checks that the file was not changed at all.
fn refuse_untouched(path: &Path) -> StoreError {
    let before = fs::read(path).unwrap();
    let err = match Store::open(path) {
        Ok(_) => panic!("{} was opened but should have been refused", path.display()),
        Err(err) => err,
    };
    assert_eq!(
        fs::read(path).unwrap(),
        before,
        "{} was changed by a refused open ({err})",
        path.display()
    );
    err
}

// Opening, migrations and reopening

#[test]
fn a_missing_path_in_a_missing_folder_is_created_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not").join("yet").join("journal.db");
    let store = Store::open(&path).unwrap();
    assert!(path.is_file());
    assert_eq!(store.path(), path);
    assert!(store.is_empty().unwrap());
    drop(store);

    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, known_schema_version());
}

#[test]
fn reopening_keeps_everything() {
    let (_dir, path, store) = temp_store();
    let day = date("2026-11-23");
    let first = store.add_gratitude(day, "morning light").unwrap();
    let second = store.add_gratitude(day, "a call with Ana").unwrap();
    let noted = store
        .set_note(day, "A quiet day.\nStill, a good one.")
        .unwrap();
    store.set_mood(day, Some(mood(4))).unwrap();
    store
        .save_draft("gratitude:2026-11-23", "half a tho")
        .unwrap();
    drop(store);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.gratitude_on(day).unwrap(), vec![first, second]);
    let reopened = store.day(day).unwrap().unwrap();
    assert_eq!(reopened.id, noted.id);
    assert_eq!(reopened.note, "A quiet day.\nStill, a good one.");
    assert_eq!(reopened.mood, Some(mood(4)));
    assert_eq!(
        store.draft("gratitude:2026-11-23").unwrap().as_deref(),
        Some("half a tho")
    );
    assert!(!store.is_empty().unwrap());
    drop(store);

    // A third open finds the journal already at the latest format and changes nothing.
    let store = Store::open(&path).unwrap();
    assert_eq!(
        texts(&store, "2026-11-23"),
        ["morning light", "a call with Ana"]
    );
}

#[test]
fn a_journal_left_by_a_crash_keeps_its_last_saves() {
    let (dir, path, store) = temp_store();
    store
        .add_gratitude(date("2026-11-23"), "saved just before the crash")
        .unwrap();
    store.set_mood(date("2026-11-23"), Some(mood(3))).unwrap();
    // Copy the journal and its write-ahead log while the store is still open, as a crash
    // would leave them.
    let crashed = dir.path().join("crashed");
    fs::create_dir(&crashed).unwrap();
    let copy = crashed.join("journal.db");
    fs::copy(&path, &copy).unwrap();
    let wal = dir.path().join("journal.db-wal");
    assert!(wal.exists(), "the store is expected to run in WAL mode");
    fs::copy(&wal, crashed.join("journal.db-wal")).unwrap();
    drop(store);

    let store = Store::open(&copy).unwrap();
    assert_eq!(texts(&store, "2026-11-23"), ["saved just before the crash"]);
    assert_eq!(
        store.day(date("2026-11-23")).unwrap().unwrap().mood,
        Some(mood(3))
    );
}

#[test]
fn an_empty_existing_file_opens_as_a_new_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert!(store.is_empty().unwrap());
    store
        .add_gratitude(date("2026-11-23"), "a fresh start")
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(texts(&store, "2026-11-23"), ["a fresh start"]);
}

#[cfg(unix)]
#[test]
fn a_new_journal_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("bounce");
    let path = folder.join("journal.db");
    let store = Store::open(&path).unwrap();
    store.add_gratitude(date("2026-11-23"), "privacy").unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "journal file mode");
    assert_eq!(mode(&folder), 0o700, "journal folder mode");
    // SQLite's side files (write-ahead log, shared memory) are as private as the journal.
    for side in ["journal.db-wal", "journal.db-shm"] {
        let side = folder.join(side);
        if side.exists() {
            assert_eq!(mode(&side), 0o600, "{}", side.display());
        }
    }
}

// Gratitude items

#[test]
fn items_come_back_in_the_order_they_were_written() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    let a = store.add_gratitude(day, "first").unwrap();
    let b = store.add_gratitude(day, "second").unwrap();
    let c = store.add_gratitude(day, "third").unwrap();
    store
        .add_gratitude(date("2026-11-22"), "yesterday")
        .unwrap();
    assert_eq!((a.position, b.position, c.position), (1, 2, 3));
    assert_eq!(a.date, day);
    assert_eq!(store.gratitude_on(day).unwrap(), vec![a.clone(), b, c]);
    assert_eq!(texts(&store, "2026-11-22"), ["yesterday"]);
    assert!(texts(&store, "2026-11-21").is_empty());
    assert_eq!(store.gratitude_item(a.id).unwrap(), Some(a));
}

#[test]
fn an_item_is_cleaned_before_it_is_kept() {
    let (_dir, _path, store) = temp_store();
    let item = store
        .add_gratitude(date("2026-11-23"), "  tea\nwith\tAna  ")
        .unwrap();
    assert_eq!(item.text, "tea with Ana");
    assert_eq!(texts(&store, "2026-11-23"), ["tea with Ana"]);
}

#[test]
fn updating_an_item_changes_only_its_text() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    let a = store.add_gratitude(day, "frist").unwrap();
    let b = store.add_gratitude(day, "second").unwrap();
    let updated = store.update_gratitude(a.id, "first").unwrap();
    assert_eq!((updated.id, updated.date, updated.position), (a.id, day, 1));
    assert_eq!(updated.text, "first");
    assert_eq!(store.gratitude_on(day).unwrap(), vec![updated, b]);
}

#[test]
fn deleting_an_item_returns_what_it_held() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    let a = store.add_gratitude(day, "first").unwrap();
    let b = store.add_gratitude(day, "second").unwrap();
    assert_eq!(store.delete_gratitude(a.id).unwrap(), a);
    assert_eq!(store.gratitude_on(day).unwrap(), vec![b.clone()]);
    assert_eq!(store.gratitude_item(a.id).unwrap(), None);
    // An item added after a delete still goes to the end.
    let c = store.add_gratitude(day, "third").unwrap();
    assert!(c.position > b.position);
    assert_eq!(texts(&store, "2026-11-23"), ["second", "third"]);
}

#[test]
fn unknown_ids_are_not_found() {
    let (_dir, _path, store) = temp_store();
    store.add_gratitude(date("2026-11-23"), "kept").unwrap();
    let unknown = uuid::Uuid::new_v4();
    let err = store.update_gratitude(unknown, "anything").unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { id, .. } if *id == unknown.to_string()),
        "{err:?}"
    );
    let err = store.delete_gratitude(unknown).unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { id, .. } if *id == unknown.to_string()),
        "{err:?}"
    );
    assert_eq!(texts(&store, "2026-11-23"), ["kept"]);
}

#[test]
fn empty_or_blank_items_are_refused() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    for blank in ["", "   ", "\n\t \r\n"] {
        let err = store.add_gratitude(day, blank).unwrap_err();
        assert!(matches!(err, StoreError::Invalid(_)), "{blank:?}: {err:?}");
    }
    let kept = store.add_gratitude(day, "kept").unwrap();
    let err = store.update_gratitude(kept.id, "  ").unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
    assert_eq!(texts(&store, "2026-11-23"), ["kept"]);
    assert_eq!(store.gratitude_day_count().unwrap(), 1);
}

#[test]
fn wide_and_right_to_left_text_round_trips_exactly() {
    let (_dir, path, store) = temp_store();
    let day = date("2026-11-23");
    let samples = [
        "👩‍👩‍👧 family dinner 🎉🍲",
        "家族と晩ご飯を食べた",
        "שלום, חבר ותיק התקשר",
        "شكرا على القهوة \u{200F}☕",
        "café, naïve, Zoë (e\u{301} combining)",
        "mixed: English עברית 日本語 🇺🇦",
    ];
    for text in samples {
        store.add_gratitude(day, text).unwrap();
    }
    assert_eq!(texts(&store, "2026-11-23"), samples);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(texts(&store, "2026-11-23"), samples);
}

#[test]
fn a_long_item_is_saved_whole() {
    let (_dir, path, store) = temp_store();
    let long: String = "grateful 🌱 ".repeat(400).trim_end().to_string();
    let long = format!("{long}{}", "x".repeat(5_000 - long.chars().count()));
    assert_eq!(long.chars().count(), 5_000);
    store.add_gratitude(date("2026-11-23"), &long).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(texts(&store, "2026-11-23"), [long]);
}

// Days: note and mood

#[test]
fn a_day_keeps_its_note_and_mood() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    assert_eq!(store.day(day).unwrap(), None);

    let noted = store.set_note(day, "Rough start, kind ending.").unwrap();
    assert_eq!(noted.date, day);
    assert_eq!(noted.note, "Rough start, kind ending.");
    assert_eq!(noted.mood, None);

    let moody = store.set_mood(day, Some(mood(2))).unwrap();
    assert_eq!(moody.note, "Rough start, kind ending.");
    assert_eq!(moody.mood, Some(mood(2)));

    let cleared = store.set_mood(day, None).unwrap();
    assert_eq!(cleared.mood, None);
    assert_eq!(cleared.note, "Rough start, kind ending.");

    let renoted = store.set_note(day, "Line one\r\nline two\n\n").unwrap();
    assert_eq!(renoted.note, "Line one\nline two");
    assert_eq!(store.day(day).unwrap(), Some(renoted));
    assert_eq!(store.day(date("2026-11-22")).unwrap(), None);
}

#[test]
fn a_day_keeps_the_same_id_across_updates() {
    let (_dir, path, store) = temp_store();
    let day = date("2026-11-23");
    let id = store.set_mood(day, Some(mood(3))).unwrap().id;
    assert_eq!(store.set_note(day, "one").unwrap().id, id);
    assert_eq!(store.set_note(day, "two").unwrap().id, id);
    assert_eq!(store.set_mood(day, None).unwrap().id, id);
    assert_eq!(store.set_mood(day, Some(mood(5))).unwrap().id, id);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.day(day).unwrap().unwrap().id, id);
    // Another day gets its own id.
    assert_ne!(store.set_note(date("2026-11-24"), "next").unwrap().id, id);
}

#[test]
fn an_empty_note_clears_it() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    store.set_note(day, "something").unwrap();
    store.set_mood(day, Some(mood(1))).unwrap();
    let cleared = store.set_note(day, "").unwrap();
    assert_eq!(cleared.note, "");
    assert_eq!(cleared.mood, Some(mood(1)));
}

// Dates and streaks

#[test]
fn days_between_crosses_a_month_end() {
    let (_dir, _path, store) = temp_store();
    add_on(
        &store,
        &[
            "2026-01-30",
            "2026-01-31",
            "2026-01-31",
            "2026-02-01",
            "2026-02-28",
            "2026-03-01",
            "2026-03-02",
        ],
    );
    assert_eq!(
        store
            .gratitude_days_between(date("2026-01-31"), date("2026-03-01"))
            .unwrap(),
        vec![
            date("2026-01-31"),
            date("2026-02-01"),
            date("2026-02-28"),
            date("2026-03-01")
        ]
    );
    assert_eq!(
        store
            .gratitude_days_between(date("2026-02-02"), date("2026-02-27"))
            .unwrap(),
        Vec::<NaiveDate>::new()
    );
}

#[test]
fn a_streak_runs_across_a_month_end() {
    let (_dir, _path, store) = temp_store();
    add_on(
        &store,
        &["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"],
    );
    let s = store.gratitude_streak(date("2026-03-02")).unwrap();
    assert_eq!(
        (s.days, s.rest_days, s.today_done, s.resting_now),
        (4, 0, true, false)
    );
}

#[test]
fn a_streak_runs_across_a_year_end_and_a_leap_day() {
    let (_dir, _path, store) = temp_store();
    add_on(
        &store,
        &[
            "2024-02-28",
            "2024-02-29",
            "2024-03-01",
            "2024-12-30",
            "2024-12-31",
            "2025-01-01",
        ],
    );
    let s = store.gratitude_streak(date("2025-01-01")).unwrap();
    assert_eq!((s.days, s.rest_days, s.today_done), (3, 0, true));
    let leap = store.gratitude_streak(date("2024-03-01")).unwrap();
    assert_eq!((leap.days, leap.rest_days), (3, 0));
}

#[test]
fn today_still_empty_does_not_break_the_streak() {
    let (_dir, _path, store) = temp_store();
    add_on(&store, &["2025-12-30", "2025-12-31"]);
    let s = store.gratitude_streak(date("2026-01-01")).unwrap();
    assert_eq!(
        (s.days, s.rest_days, s.today_done, s.resting_now),
        (2, 0, false, false)
    );
}

#[test]
fn one_missed_day_is_a_rest_not_a_break() {
    let (_dir, _path, store) = temp_store();
    // 2025-12-31 missed, across the year end.
    add_on(&store, &["2025-12-29", "2025-12-30", "2026-01-01"]);
    let s = store.gratitude_streak(date("2026-01-01")).unwrap();
    assert_eq!((s.days, s.rest_days, s.today_done), (3, 1, true));

    // Yesterday missed too and today still open: resting now, run intact, two rests so far.
    let s = store.gratitude_streak(date("2026-01-03")).unwrap();
    assert_eq!(
        (s.days, s.rest_days, s.today_done, s.resting_now),
        (3, 2, false, true)
    );

    // Today filled after a rest yesterday: the rest stays, no longer resting now.
    store
        .add_gratitude(date("2026-01-03"), "back at it")
        .unwrap();
    let s = store.gratitude_streak(date("2026-01-03")).unwrap();
    assert_eq!(
        (s.days, s.rest_days, s.today_done, s.resting_now),
        (4, 2, true, false)
    );
}

#[test]
fn two_missed_days_end_the_streak() {
    let (_dir, _path, store) = temp_store();
    // 2026-03-01 and 2026-03-02 missed, just after a month end.
    add_on(&store, &["2026-02-27", "2026-02-28", "2026-03-03"]);
    let s = store.gratitude_streak(date("2026-03-03")).unwrap();
    assert_eq!((s.days, s.rest_days, s.today_done), (1, 0, true));

    // Two days missed before an empty today: nothing is left of the run.
    let s = store.gratitude_streak(date("2026-03-06")).unwrap();
    assert_eq!(s.days, 0);
    assert_eq!(s, bounce::domain::Streak::default());
}

#[test]
fn a_streak_ignores_days_after_today() {
    let (_dir, _path, store) = temp_store();
    add_on(&store, &["2026-11-22", "2026-11-23", "2026-11-25"]);
    let s = store.gratitude_streak(date("2026-11-23")).unwrap();
    assert_eq!((s.days, s.today_done), (2, true));
}

#[test]
fn an_empty_journal_has_no_streak() {
    let (_dir, _path, store) = temp_store();
    assert_eq!(
        store.gratitude_streak(date("2026-11-23")).unwrap(),
        bounce::domain::Streak::default()
    );
    assert_eq!(store.gratitude_day_count().unwrap(), 0);
}

#[test]
fn day_count_counts_distinct_days() {
    let (_dir, _path, store) = temp_store();
    add_on(
        &store,
        &[
            "2025-12-31",
            "2025-12-31",
            "2025-12-31",
            "2026-01-01",
            "2026-03-05",
        ],
    );
    // A note or mood alone does not make a gratitude day.
    store.set_note(date("2026-01-02"), "just a note").unwrap();
    assert_eq!(store.gratitude_day_count().unwrap(), 3);

    let only = store.gratitude_on(date("2026-03-05")).unwrap();
    store.delete_gratitude(only[0].id).unwrap();
    assert_eq!(store.gratitude_day_count().unwrap(), 2);
}

// Drafts

#[test]
fn a_draft_is_kept_until_cleared() {
    let (_dir, _path, store) = temp_store();
    assert_eq!(store.draft("gratitude:new").unwrap(), None);
    store.save_draft("gratitude:new", "tea wi").unwrap();
    store
        .save_draft("gratitude:new", "tea with Ana 🍵")
        .unwrap();
    assert_eq!(
        store.draft("gratitude:new").unwrap().as_deref(),
        Some("tea with Ana 🍵")
    );
    store.clear_draft("gratitude:new").unwrap();
    assert_eq!(store.draft("gratitude:new").unwrap(), None);
    // Clearing what is not there is fine.
    store.clear_draft("gratitude:new").unwrap();
}

#[test]
fn saving_an_empty_draft_clears_it() {
    let (_dir, _path, store) = temp_store();
    store.save_draft("note:2026-11-23", "a start").unwrap();
    store.save_draft("note:2026-11-23", "").unwrap();
    assert_eq!(store.draft("note:2026-11-23").unwrap(), None);
}

#[test]
fn drafts_with_a_prefix_are_only_the_matching_ones_newest_first() {
    let (_dir, _path, store) = temp_store();
    // Stamps are kept to the millisecond, so leave a little time between saves.
    let pause = || std::thread::sleep(std::time::Duration::from_millis(5));
    store.save_draft("gratitude:2026-11-21", "older").unwrap();
    pause();
    store.save_draft("note:2026-11-22", "a note").unwrap();
    pause();
    store.save_draft("gratitude:2026-11-22", "newer").unwrap();
    pause();
    store.save_draft("gratitud", "not a match").unwrap();
    pause();
    store
        .save_draft("xgratitude:2026-11-23", "not a match either")
        .unwrap();
    pause();
    // Saving again makes it the newest.
    store
        .save_draft("gratitude:2026-11-21", "older, edited")
        .unwrap();

    let found = store.drafts_with_prefix("gratitude:").unwrap();
    assert_eq!(
        found,
        vec![
            (
                "gratitude:2026-11-21".to_string(),
                "older, edited".to_string()
            ),
            ("gratitude:2026-11-22".to_string(), "newer".to_string()),
        ]
    );
    assert!(store.drafts_with_prefix("goal:").unwrap().is_empty());
    // Wildcard characters in the prefix are taken literally.
    assert!(store.drafts_with_prefix("gratitude%").unwrap().is_empty());
    assert!(store.drafts_with_prefix("gratitude_").unwrap().is_empty());
}

// Transactions

#[test]
fn an_error_inside_write_rolls_back_everything_in_it() {
    let (_dir, path, store) = temp_store();
    let day = date("2026-11-23");
    store.add_gratitude(day, "kept").unwrap();
    let result: Result<(), StoreError> = store.write(|s| {
        s.add_gratitude(day, "rolled back")?;
        s.set_note(day, "rolled back too")?;
        s.save_draft("gratitude:new", "and this")?;
        Err(StoreError::Invalid("changed my mind".into()))
    });
    assert!(matches!(result, Err(StoreError::Invalid(ref m)) if m == "changed my mind"));
    assert_eq!(texts(&store, "2026-11-23"), ["kept"]);
    assert_eq!(store.day(day).unwrap(), None);
    assert_eq!(store.draft("gratitude:new").unwrap(), None);

    // The store is still usable afterwards, and nothing rolled back reappears on reopen.
    store.add_gratitude(day, "after").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(texts(&store, "2026-11-23"), ["kept", "after"]);
    assert_eq!(store.day(day).unwrap(), None);
}

#[test]
fn a_failed_step_inside_write_rolls_back_the_earlier_ones() {
    let (_dir, _path, store) = temp_store();
    let day = date("2026-11-23");
    let err = store
        .write(|s| {
            s.add_gratitude(day, "first")?;
            s.delete_gratitude(uuid::Uuid::new_v4())?;
            Ok(())
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert!(texts(&store, "2026-11-23").is_empty());
    assert!(store.is_empty().unwrap());
}

#[test]
fn a_successful_write_commits_all_of_it() {
    let (_dir, path, store) = temp_store();
    let day = date("2026-11-23");
    let n = store
        .write(|s| {
            s.add_gratitude(day, "one")?;
            s.add_gratitude(day, "two")?;
            s.set_mood(day, Some(mood(4)))?;
            Ok(2)
        })
        .unwrap();
    assert_eq!(n, 2);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(texts(&store, "2026-11-23"), ["one", "two"]);
    assert_eq!(store.day(day).unwrap().unwrap().mood, Some(mood(4)));
}

// Files that must be refused and left untouched

#[test]
fn a_text_file_is_not_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    fs::write(&path, "Dear diary,\ntoday I wrote a text file.\n").unwrap();
    let err = refuse_untouched(&path);
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
}

#[test]
fn a_short_file_is_not_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    fs::write(&path, "SQLite").unwrap();
    let err = refuse_untouched(&path);
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
}

#[test]
fn an_sqlite_header_followed_by_garbage_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    // Deterministic noise, a few pages' worth.
    let mut x: u32 = 0x2545_f491;
    for _ in 0..3 * 4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push(x.to_le_bytes()[0]);
    }
    fs::write(&path, &bytes).unwrap();
    let err = refuse_untouched(&path);
    assert!(
        matches!(
            err,
            StoreError::NotADatabase { .. } | StoreError::Corrupt { .. }
        ),
        "{err:?}"
    );
}

#[test]
fn a_journal_with_a_damaged_page_is_refused() {
    let (_dir, path, store) = temp_store();
    for i in 0..200 {
        store
            .add_gratitude(date("2026-11-23"), &format!("item {i} {}", "x".repeat(100)))
            .unwrap();
    }
    drop(store);
    // Keep page 1's header, wreck the schema and everything after it.
    let mut bytes = fs::read(&path).unwrap();
    assert!(bytes.len() > 4 * 4096);
    for b in &mut bytes[100..] {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    let err = refuse_untouched(&path);
    assert!(
        matches!(
            err,
            StoreError::NotADatabase { .. } | StoreError::Corrupt { .. }
        ),
        "{err:?}"
    );
}

/// A journal of a few pages whose gratitude table's root page is wrecked, the schema on
/// page 1 intact. Returns the damaged bytes.
fn damage_a_table_page(path: &Path, store: Store) -> Vec<u8> {
    for i in 0..400 {
        store
            .add_gratitude(date("2026-11-23"), &format!("item {i} {}", "x".repeat(100)))
            .unwrap();
    }
    drop(store);
    let root: i64 = rusqlite::Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'gratitude_items'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(root > 1);
    let root = root as usize;
    let mut bytes = fs::read(path).unwrap();
    let page = 4096;
    assert!(bytes.len() >= root * page);
    for b in &mut bytes[(root - 1) * page..root * page] {
        *b = 0xA5;
    }
    fs::write(path, &bytes).unwrap();
    assert!(!path.with_extension("db-wal").exists());
    bytes
}

/// Writes to a damaged journal are refused, and the file and its log stay as they were.
fn every_write_is_refused(path: &Path, store: Store, bytes: &[u8]) {
    let err = store
        .add_gratitude(date("2026-11-24"), "never written")
        .unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert!(err.to_string().contains("damaged"), "{err}");
    let err = store.set_note(date("2026-11-24"), "nor this").unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    drop(store);
    assert!(
        fs::read(path).unwrap() == bytes,
        "the damaged file was changed"
    );
    let log = fs::read(path.with_extension("db-wal")).unwrap_or_default();
    assert!(
        log.len() <= 32,
        "{} bytes were logged for a refused write",
        log.len()
    );
}

/// A damaged table page is not noticed by the cheap checks at open; SQLite's check of every
/// page runs before the first write, which is refused.
#[test]
fn a_journal_with_a_damaged_table_page_refuses_every_write() {
    let (_dir, path, store) = temp_store();
    let bytes = damage_a_table_page(&path, store);
    let store = Store::open(&path).expect("the version and schema can still be read");
    every_write_is_refused(&path, store, &bytes);
}

/// The same when the check was started ahead, on its own thread, as the app does.
#[test]
fn a_check_started_ahead_also_refuses_writes_to_a_damaged_journal() {
    let (_dir, path, store) = temp_store();
    let bytes = damage_a_table_page(&path, store);
    let store = Store::open(&path).unwrap();
    store.check_in_background();
    every_write_is_refused(&path, store, &bytes);
}

#[test]
fn a_check_started_ahead_lets_a_sound_journal_be_written() {
    let (_dir, path, store) = temp_store();
    store.add_gratitude(date("2026-11-22"), "before").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    store.check_in_background();
    store.add_gratitude(date("2026-11-23"), "after").unwrap();
    assert_eq!(texts(&store, "2026-11-23"), ["after"]);
}

#[test]
fn a_journal_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let newer = known_schema_version() + 1;
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future_things (id TEXT PRIMARY KEY)")
            .unwrap();
        // A journal of a later bounce carries bounce's mark, as every journal does.
        conn.pragma_update(None, "application_id", bounce::store::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", newer).unwrap();
    }
    let err = refuse_untouched(&path);
    match err {
        StoreError::NewerSchema { found, known, .. } => {
            assert_eq!((found, known), (newer, known_schema_version()));
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
}

#[test]
fn a_bounce_journal_written_by_a_newer_version_is_refused() {
    // A real journal that a later bounce migrated further.
    let (_dir, path, store) = temp_store();
    store
        .add_gratitude(date("2026-11-23"), "from the future")
        .unwrap();
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("ALTER TABLE gratitude_items ADD COLUMN colour TEXT")
            .unwrap();
        conn.pragma_update(None, "user_version", known_schema_version() + 5)
            .unwrap();
    }
    let err = refuse_untouched(&path);
    assert!(matches!(err, StoreError::NewerSchema { .. }), "{err:?}");
}

#[test]
fn a_database_from_another_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("recipes.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE recipes (name TEXT NOT NULL);
             INSERT INTO recipes VALUES ('pumpkin soup');",
        )
        .unwrap();
    }
    let err = refuse_untouched(&path);
    assert!(err.to_string().contains("another program"), "{err}");
}

#[test]
fn a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("journal.db");
    fs::create_dir(&folder).unwrap();
    let err = match Store::open(&folder) {
        Ok(_) => panic!("a folder was opened as a journal"),
        Err(err) => err,
    };
    assert!(matches!(err, StoreError::NotAFile { .. }), "{err:?}");
    assert!(folder.is_dir());
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
}

// Integrity

#[test]
fn integrity_holds_after_a_series_of_writes() {
    let (_dir, path, store) = temp_store();
    let start = date("2025-12-20");
    let mut ids = Vec::new();
    for offset in 0..30u64 {
        let day = start + chrono::Days::new(offset);
        for n in 0..3 {
            ids.push(
                store
                    .add_gratitude(day, &format!("item {n} on {day}"))
                    .unwrap()
                    .id,
            );
        }
        store.set_note(day, &format!("note for {day}")).unwrap();
        store
            .set_mood(day, Some(mood(1 + (offset % 5) as i64)))
            .unwrap();
        store.save_draft(&format!("note:{day}"), "typing…").unwrap();
    }
    for id in ids.iter().step_by(4) {
        store.update_gratitude(*id, "edited").unwrap();
    }
    for id in ids.iter().skip(1).step_by(5) {
        store.delete_gratitude(*id).unwrap();
    }
    for offset in (0..30u64).step_by(2) {
        let day = start + chrono::Days::new(offset);
        store.clear_draft(&format!("note:{day}")).unwrap();
        store.set_mood(day, None).unwrap();
    }
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    assert_eq!(store.gratitude_day_count().unwrap(), 30);
}

#[test]
fn a_refused_journal_keeps_its_pending_write_ahead_log() {
    let (dir, path, store) = temp_store();
    store
        .add_gratitude(date("2026-11-23"), "in the log only")
        .unwrap();
    store
        .set_note(date("2026-11-23"), "also in the log")
        .unwrap();
    // Mark the journal as written by a newer version, then copy it with its unmerged log,
    // as a crash would leave them.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(
        None,
        "user_version",
        bounce::store::known_schema_version() + 1,
    )
    .unwrap();
    let crashed = dir.path().join("crashed");
    fs::create_dir(&crashed).unwrap();
    let copy = crashed.join("journal.db");
    fs::copy(&path, &copy).unwrap();
    let wal = dir.path().join("journal.db-wal");
    assert!(wal.exists(), "the store is expected to run in WAL mode");
    fs::copy(&wal, crashed.join("journal.db-wal")).unwrap();
    let log_before = fs::read(crashed.join("journal.db-wal")).unwrap();
    drop(conn);
    drop(store);

    let err = refuse_untouched(&copy);
    assert!(matches!(err, StoreError::NewerSchema { .. }), "{err}");
    assert_eq!(
        fs::read(crashed.join("journal.db-wal")).unwrap(),
        log_before
    );
}

#[test]
fn clearing_a_day_that_held_nothing_leaves_the_journal_empty() {
    let (_dir, _path, store) = temp_store();
    store.set_mood(date("2026-11-23"), None).unwrap();
    store.set_note(date("2026-11-22"), "").unwrap();
    assert!(store.is_empty().unwrap());
    store.set_mood(date("2026-11-23"), Some(mood(2))).unwrap();
    assert!(!store.is_empty().unwrap());
}
