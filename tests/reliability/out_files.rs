//! The files bounce writes or replaces from the command line: `--out` never writes through
//! anything but a plain file, nor over the journal, its side files or its backups.

use crate::cli_support;

use std::collections::BTreeMap;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use cli_support::{ok, refuses, temp_db};

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
