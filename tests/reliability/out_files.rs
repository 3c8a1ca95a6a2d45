//! The files bounce writes or replaces from the command line: `--out` never writes through
//! anything but a plain file, nor over the journal, its side files or its backups; `bounce
//! backup` of a damaged journal fails and keeps the good backups; `bounce restore` puts a good
//! backup back, keeping the journal as it was beside it, and refuses anything else.

use crate::bad_files::damage;
use crate::cli_support;

use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use cli_support::{bounce, ok, refuses, refuses_saying, stderr, temp_db};

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Every file in `dir` (not in its folders), by name, with its bytes.
fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                bytes(&e.path()),
            )
        })
        .collect()
}

fn journal_with_items(db: &Path) {
    for item in [
        "a walk by the river",
        "soup with Sam",
        "a call from my sister",
    ] {
        ok(db, &["gratitude", "add", item]);
    }
}

fn items(db: &Path) -> usize {
    ok(db, &["gratitude", "list"]).lines().count()
}

fn text(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn out_refuses_a_fifo_a_symlink_and_a_device_and_leaves_them_as_they_were() {
    let (dir, db) = temp_db();
    journal_with_items(&db);
    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my own notes\n").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&notes, &link).unwrap();
    let null = Path::new("/dev/null");
    for out in [&fifo, &link, null] {
        for command in ["export", "backup"] {
            refuses(&db, &[command, "--out", text(out)], "not a plain file");
        }
    }
    let kind = |path: &Path| std::fs::symlink_metadata(path).unwrap().file_type();
    assert!(kind(&fifo).is_fifo(), "the FIFO is still a FIFO");
    assert!(kind(&link).is_symlink(), "the link is still a link");
    assert_eq!(std::fs::read_link(&link).unwrap(), notes);
    assert_eq!(
        bytes(&notes),
        b"my own notes\n",
        "the link's target is untouched"
    );
    assert!(kind(null).is_char_device(), "/dev/null is still a device");
    let names: Vec<String> = files_in(dir.path()).into_keys().collect();
    assert_eq!(names, ["journal.db", "notes.txt"], "no temp file was left");
}

#[test]
fn out_refuses_the_journal_its_side_files_and_its_backups() {
    let (dir, db) = temp_db();
    journal_with_items(&db);
    let daily = PathBuf::from(ok(&db, &["backup"]).trim());
    let hard = dir.path().join("hard.db");
    std::fs::hard_link(&db, &hard).unwrap();
    let soft = dir.path().join("soft.db");
    std::os::unix::fs::symlink(&db, &soft).unwrap();
    let hard_backup = dir.path().join("kept.db");
    std::fs::hard_link(&daily, &hard_backup).unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let journal = bytes(&db);
    let backup = bytes(&daily);
    let targets = [
        (db.clone(), "is your journal"),
        (sub.join("../journal.db"), "is your journal"),
        (hard, "is your journal"),
        (soft, "is your journal"),
        (
            dir.path().join("journal.db-wal"),
            "your journal's own files",
        ),
        (sub.join("../journal.db-shm"), "your journal's own files"),
        (daily.clone(), "is one of your backups"),
        (hard_backup, "is one of your backups"),
    ];
    for (out, says) in &targets {
        for command in ["export", "backup"] {
            refuses(&db, &[command, "--out", text(out)], says);
        }
    }
    assert!(bytes(&db) == journal, "the journal is untouched");
    assert!(bytes(&daily) == backup, "the backup is untouched");
    assert!(!dir.path().join("journal.db-wal").exists());
    assert_eq!(items(&db), 3);
}

#[test]
fn bounce_backup_of_a_damaged_journal_fails_and_keeps_todays_good_backup() {
    let (dir, db) = temp_db();
    journal_with_items(&db);
    let daily = PathBuf::from(ok(&db, &["backup"]).trim());
    let backups = files_in(&dir.path().join("backups"));
    damage(&db);
    let err = refuses_saying(&db, &["backup"], "damaged");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(text(&daily)),
        "names the last good backup: {err}"
    );
    assert!(
        err.contains("bounce restore"),
        "says how to restore it: {err}"
    );
    assert_eq!(files_in(&dir.path().join("backups")), backups);
    let elsewhere = dir.path().join("elsewhere.db");
    refuses(&db, &["backup", "--out", text(&elsewhere)], "damaged");
    assert!(!elsewhere.exists());
    let names: Vec<String> = files_in(dir.path()).into_keys().collect();
    assert_eq!(names, ["journal.db"], "no temp file was left");
}

/// The files beside the journal that a restore set aside, by name.
fn set_aside(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files_in(dir)
        .into_iter()
        .filter(|(name, _)| name.starts_with("journal.db.before-restore-"))
        .collect()
}

#[test]
fn bounce_restore_puts_back_the_newest_good_backup_and_keeps_the_journal_aside() {
    let (dir, db) = temp_db();
    journal_with_items(&db);
    let good = dir.path().join("good.db");
    ok(&db, &["backup", "--out", text(&good)]);
    ok(&db, &["gratitude", "add", "a fourth, after the backup"]);
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let older = backups.join("journal-2026-11-21.db");
    std::fs::copy(&good, &older).unwrap();
    let newer = backups.join("journal-2026-11-22.db");
    std::fs::copy(&good, &newer).unwrap();
    damage(&newer);
    damage(&db);
    std::fs::write(
        dir.path().join("journal.db-wal"),
        b"the damaged journal's log",
    )
    .unwrap();
    let damaged = bytes(&db);
    let kept = files_in(&backups);

    let said = ok(&db, &["restore"]);
    assert!(said.contains(text(&older)), "{said}");
    assert!(
        said.contains("journal.db.before-restore-2026-11-23"),
        "{said}"
    );
    assert_eq!(items(&db), 3, "the journal is the backup's");
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let aside = set_aside(dir.path());
    let first = "journal.db.before-restore-2026-11-23";
    assert!(
        aside[first] == damaged,
        "the damaged journal is kept as it was"
    );
    assert_eq!(aside[&format!("{first}-wal")], b"the damaged journal's log");
    assert!(!dir.path().join("journal.db-wal").exists());
    assert_eq!(files_in(&backups), kept, "the backups are untouched");

    // Restoring again on the same day keeps both journals set aside.
    let restored = bytes(&db);
    ok(&db, &["restore", text(&older)]);
    let aside = set_aside(dir.path());
    assert_eq!(aside.len(), 3, "{:?}", aside.keys());
    assert!(
        aside[first] == damaged,
        "the first one set aside is not overwritten"
    );
    assert!(aside.values().any(|b| *b == restored));
    assert_eq!(items(&db), 3);
}

#[test]
fn bounce_restore_refuses_a_damaged_missing_or_foreign_backup_and_changes_nothing() {
    let (dir, db) = temp_db();
    journal_with_items(&db);
    let good = dir.path().join("good.db");
    ok(&db, &["backup", "--out", text(&good)]);
    let broken = dir.path().join("broken.db");
    std::fs::copy(&good, &broken).unwrap();
    damage(&broken);
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Dear diary\n").unwrap();
    let foreign = dir.path().join("other.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE songs (title TEXT)")
        .unwrap();
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let newer = dir.path().join("newer.db");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = files_in(dir.path());
    let cases = [
        (broken, "damaged"),
        (dir.path().join("missing.db"), "no backup at"),
        (notes, "not a bounce journal"),
        (foreign, "not a bounce journal"),
        (empty, "empty"),
        (newer, "newer version"),
    ];
    for (file, says) in &cases {
        refuses(&db, &["restore", text(file)], says);
        assert_eq!(files_in(dir.path()), before, "{}", file.display());
    }
    refuses(&db, &["restore"], "no daily backups");
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let daily = backups.join("journal-2026-11-22.db");
    std::fs::copy(&good, &daily).unwrap();
    damage(&daily);
    refuses(&db, &["restore"], "damaged");
    assert_eq!(files_in(dir.path()), before);
    assert_eq!(items(&db), 3);
}

#[test]
fn bounce_restore_works_when_the_journal_cannot_be_opened() {
    let (_dir, db) = temp_db();
    journal_with_items(&db);
    ok(&db, &["backup"]);
    let mut data = bytes(&db);
    data[..16].copy_from_slice(b"scribbled over!!");
    std::fs::write(&db, data).unwrap();
    let out = bounce(&db, &["gratitude", "list"]);
    assert!(!out.status.success(), "{}", stderr(&out));
    ok(&db, &["restore"]);
    assert_eq!(items(&db), 3);
}
