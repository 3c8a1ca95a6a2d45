//! Backups: a consistent copy while another connection writes, the daily copy before the
//! app's first write (the last seven good ones kept), never a damaged copy in place of a
//! good one, and `bounce backup`.

use crate::cli_support;
use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use crate::bad_files::damage;
use bounce::store::{DAILY_KEPT, Store};
use common::{app_with, date, keys, temp_store, today, type_text};
use ratatui::crossterm::event::KeyCode;

fn integrity(path: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn gratitude_count(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM gratitude_items", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_backup_while_another_connection_writes_is_intact() {
    let (dir, store) = temp_store();
    let path = store.path().to_path_buf();
    let stop = Arc::new(AtomicBool::new(false));
    let started = Arc::new(Barrier::new(2));
    let writer = {
        let (stop, started, path) = (stop.clone(), started.clone(), path.clone());
        std::thread::spawn(move || {
            let other = Store::open(&path).unwrap();
            started.wait();
            let mut written = 0;
            while !stop.load(Ordering::Relaxed) {
                let day = date("2024-01-01") + chrono::Days::new(written % 300);
                other
                    .write(|s| {
                        s.add_gratitude(day, &format!("Item {written}, written while copying"))?;
                        s.set_note(day, &"A longer note to fill pages. ".repeat(40))
                    })
                    .unwrap();
                written += 1;
            }
            written
        })
    };
    started.wait();
    let mut counts = Vec::new();
    for i in 0..5 {
        let copy = dir.path().join(format!("copy-{i}.db"));
        store.backup_to(&copy).unwrap();
        assert_eq!(integrity(&copy), "ok");
        counts.push(gratitude_count(&copy));
        let reopened = Store::open(&copy).unwrap();
        assert!(reopened.check_integrity().unwrap().is_empty());
    }
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap() as i64;
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    assert!(*counts.last().unwrap() <= written && written > 0);
    assert!(
        !dir.path().join("copy-0.db-wal").exists(),
        "a copy is one file"
    );
}

#[test]
fn daily_backups_happen_once_a_day_and_the_last_seven_are_kept() {
    let (dir, store) = temp_store();
    store.add_gratitude(date("2024-01-01"), "Tea").unwrap();
    let backups = dir.path().join("backups");
    let stranger = backups.join("notes.txt");
    for day in 1..=10 {
        let today = date("2024-03-01") + chrono::Days::new(day);
        let made = store.backup_daily(&backups, today).unwrap();
        assert!(made.is_some());
        assert_eq!(
            store.backup_daily(&backups, today).unwrap(),
            None,
            "once a day"
        );
        if day == 1 {
            std::fs::write(&stranger, "not a backup").unwrap();
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), DAILY_KEPT + 1, "{names:?}");
    assert_eq!(names[0], "journal-2024-03-05.db");
    assert_eq!(names[DAILY_KEPT - 1], "journal-2024-03-11.db");
    assert!(stranger.exists(), "only bounce's own backups are removed");
    assert_eq!(gratitude_count(&backups.join("journal-2024-03-11.db")), 1);
}

#[test]
fn the_app_backs_up_before_its_first_write_of_the_day() {
    let (dir, store) = temp_store();
    store
        .add_gratitude(date("2026-11-01"), "Before today")
        .unwrap();
    let backup = dir
        .path()
        .join("backups")
        .join(format!("journal-{}.db", today().format("%Y-%m-%d")));
    let mut app = app_with(store);
    keys(&mut app, "4");
    assert!(!backup.exists(), "looking writes nothing");
    keys(&mut app, "a");
    type_text(&mut app, "Sunlight on the desk");
    common::press(&mut app, KeyCode::Enter);
    assert!(backup.exists());
    assert_eq!(
        gratitude_count(&backup),
        1,
        "the copy is the journal before the write"
    );
    assert_eq!(gratitude_count(&dir.path().join("journal.db")), 2);
}

#[test]
fn bounce_backup_writes_beside_the_journal_or_where_asked() {
    use cli_support::{ok, refuses, temp_db};
    let (dir, db) = temp_db();
    ok(&db, &["gratitude", "add", "Tea"]);
    let default = ok(&db, &["backup"]);
    let path = std::path::PathBuf::from(default.trim());
    assert!(path.starts_with(dir.path().join("backups")), "{default}");
    assert!(
        path.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("journal-")
    );
    assert_eq!(integrity(&path), "ok");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let chosen = dir.path().join("elsewhere.db");
    assert_eq!(
        ok(&db, &["backup", "--out", chosen.to_str().unwrap()]).trim(),
        chosen.to_str().unwrap()
    );
    assert_eq!(gratitude_count(&chosen), 1);
    refuses(
        &db,
        &["backup", "--out", dir.path().to_str().unwrap()],
        "is a folder",
    );
}

/// Every file in `dir`, by name, with its bytes.
fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Closes `store`, damages its journal, and opens it again (it still opens: the damage is in
/// a table's page, which only a read of that table or the whole-file check finds).
fn damaged(store: Store) -> Store {
    let path = store.path().to_path_buf();
    drop(store);
    damage(&path);
    let mut store = Store::open(&path).unwrap();
    store.set_clock(bounce::domain::Clock::from_days(today));
    store
}

/// The daily backup's file for `day` in `dir`.
fn daily(dir: &Path, day: &str) -> PathBuf {
    dir.join(format!("journal-{day}.db"))
}

#[test]
fn a_damaged_journal_never_takes_a_daily_slot_nor_pushes_out_a_good_backup() {
    let (dir, store) = temp_store();
    store.add_gratitude(date("2024-01-01"), "Tea").unwrap();
    let backups = dir.path().join("backups");
    let first = date("2024-03-01");
    for day in 0..DAILY_KEPT as u64 {
        assert!(
            store
                .backup_daily(&backups, first + chrono::Days::new(day))
                .unwrap()
                .is_some()
        );
    }
    let good = files_in(&backups);
    let store = damaged(store);
    // A week of days on the damaged journal.
    for day in DAILY_KEPT as u64..2 * DAILY_KEPT as u64 {
        let err = store
            .backup_daily(&backups, first + chrono::Days::new(day))
            .expect_err("a damaged copy is not a backup");
        let said = err.to_string();
        let newest = daily(&backups, "2024-03-07");
        assert!(said.contains("damaged"), "{said}");
        assert!(said.contains(newest.to_str().unwrap()), "{said}");
        assert!(said.contains("bounce restore"), "{said}");
    }
    let now = files_in(&backups);
    assert!(now == good, "the good backups changed: {:?}", now.keys());
}

#[test]
fn the_rotation_counts_only_good_backups_and_keeps_the_newest_good_one() {
    let (dir, store) = temp_store();
    store.add_gratitude(date("2024-01-01"), "Tea").unwrap();
    let backups = dir.path().join("backups");
    let oldest = store
        .backup_daily(&backups, date("2024-03-01"))
        .unwrap()
        .unwrap();
    // Damaged copies in seven daily slots, as an older bounce could leave them.
    for day in 2..=8 {
        let copy = daily(&backups, &format!("2024-03-{day:02}"));
        std::fs::copy(&oldest, &copy).unwrap();
        damage(&copy);
    }
    store.backup_daily(&backups, date("2024-03-09")).unwrap();
    assert!(
        oldest.exists(),
        "damaged copies do not push out a good backup"
    );
    assert_eq!(integrity(&oldest), "ok");
    for day in 10..=15 {
        store
            .backup_daily(&backups, date(&format!("2024-03-{day:02}")))
            .unwrap();
    }
    // Seven good ones newer than everything else: the rest has gone.
    let names: Vec<String> = files_in(&backups).into_keys().collect();
    let expected: Vec<String> = (9..=15)
        .map(|day| format!("journal-2024-03-{day:02}.db"))
        .collect();
    assert_eq!(names, expected);
}

#[test]
fn a_backup_of_a_damaged_journal_leaves_the_file_it_would_replace_as_it_was() {
    let (dir, store) = temp_store();
    store.add_gratitude(date("2024-01-01"), "Tea").unwrap();
    let copy = dir.path().join("copy.db");
    store.backup_to(&copy).unwrap();
    let before = files_in(dir.path());
    let store = damaged(store);
    let err = store
        .backup_to(&copy)
        .expect_err("a damaged copy is refused");
    assert!(err.to_string().contains("damaged"), "{err}");
    let after = files_in(dir.path());
    assert!(
        after["copy.db"] == before["copy.db"],
        "the old copy changed"
    );
    assert!(
        after.keys().all(|name| !name.ends_with(".part")),
        "{:?}",
        after.keys()
    );
}

#[test]
fn the_app_on_a_damaged_journal_leaves_the_daily_backups_as_they_were() {
    let (dir, store) = temp_store();
    store
        .add_gratitude(date("2026-11-01"), "Before today")
        .unwrap();
    let backups = dir.path().join("backups");
    for back in 1..=DAILY_KEPT as u64 {
        store
            .backup_daily(&backups, today() - chrono::Days::new(back))
            .unwrap();
    }
    let good = files_in(&backups);
    let mut app = app_with(damaged(store));
    keys(&mut app, "4");
    keys(&mut app, "a");
    type_text(&mut app, "Sunlight on the desk");
    common::press(&mut app, KeyCode::Enter);
    let now = files_in(&backups);
    assert!(
        now == good,
        "a backup was added or removed: {:?}",
        now.keys()
    );
}
