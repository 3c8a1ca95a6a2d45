//! Odd files and inputs: a named pipe, a device or a folder where a journal or an import
//! should be, an import without end, an empty file made a journal, another program's SQLite
//! file, a damaged journal, and what a look at a read-only journal leaves behind. Each is
//! refused at once in plain words, or handled, and nothing is changed that should not be.

use crate::bad_files::{Shared, bytes, damage, journal_with_items, unprivileged};
use crate::cli_support::{TODAY, bounce, ok, stderr, temp_db};

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// How long a command that must not wait may take before it is taken to be stuck.
const PATIENCE: Duration = Duration::from_secs(10);

/// Runs bounce like [`bounce`], but kills it and fails the test if it is still running after
/// [`PATIENCE`]: a regression that waits on a pipe must fail, not hang the suite.
fn bounce_within(db: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bounce"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", TODAY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while started.elapsed() < PATIENCE {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("bounce {args:?} was still running after {PATIENCE:?}");
}

fn fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo failed");
}

/// Beside `db`, the side file SQLite would name with `suffix`.
fn side(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

fn no_side_files(db: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(
            !side(db, suffix).exists(),
            "{suffix} was made beside {db:?}"
        );
    }
}

/// Asserts a refusal: a failure, one line, saying each of `says`.
fn refused(out: &Output, says: &[&str]) -> String {
    let err = stderr(out);
    assert!(!out.status.success(), "it should fail: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    for words in says {
        assert!(err.contains(words), "expected '{words}' in: {err}");
    }
    err
}

#[test]
fn a_named_pipe_as_the_journal_is_refused_without_waiting() {
    let (_dir, db) = temp_db();
    fifo(&db);
    for args in [&["gratitude", "list"][..], &["gratitude", "add", "x"]] {
        let out = bounce_within(&db, args);
        refused(
            &out,
            &["is a named pipe, not a file", "nothing was changed"],
        );
    }
    no_side_files(&db);
}

#[test]
fn a_named_pipe_or_a_device_to_import_is_refused_without_waiting() {
    let (dir, db) = temp_db();
    ok(&db, &["gratitude", "add", "before the import"]);
    let pipe = dir.path().join("export.json");
    fifo(&pipe);
    let out = bounce_within(&db, &["import", pipe.to_str().unwrap()]);
    refused(
        &out,
        &["is a named pipe, not a file", "nothing was imported"],
    );
    // A device that never ends is refused before a byte of it is read.
    for device in ["/dev/zero", "/dev/null"] {
        let out = bounce_within(&db, &["import", device, "--from", "jrnl"]);
        refused(&out, &["is a device, not a file", "nothing was imported"]);
    }
    assert_eq!(ok(&db, &["gratitude", "list"]).lines().count(), 1);
}

#[test]
fn an_import_larger_than_the_limit_is_refused_unread() {
    let (dir, db) = temp_db();
    let huge = dir.path().join("huge.json");
    // Sparse: it takes no room on disk, but reading it would fill memory.
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(bounce::cli::IMPORT_LIMIT + 1).unwrap();
    let out = bounce_within(&db, &["import", huge.to_str().unwrap()]);
    refused(&out, &["larger than 256 MiB", "nothing was imported"]);
}

#[test]
fn a_device_as_the_journal_is_refused_and_nothing_is_made_beside_it() {
    let journal = Path::new("/dev/null-journal");
    let there_before = journal.exists();
    let out = bounce_within(Path::new("/dev/null"), &["gratitude", "add", "x"]);
    let err = refused(
        &out,
        &["/dev/null is a device, not a file", "nothing was changed"],
    );
    assert!(!err.contains("disk I/O error"), "{err}");
    if there_before {
        eprintln!("note: {journal:?} was there before the test; its absence is not checked");
    } else {
        assert!(!journal.exists(), "bounce made {journal:?}");
    }
}

#[test]
fn a_folder_as_the_journal_is_named_a_folder_once() {
    let (_dir, db) = temp_db();
    std::fs::create_dir(&db).unwrap();
    let out = bounce(&db, &["gratitude", "add", "x"]);
    let err = refused(&out, &["is a folder, not a file", "nothing was changed"]);
    assert_eq!(err.matches("folder").count(), 1, "{err}");
    assert_eq!(
        std::fs::read_dir(&db).unwrap().count(),
        0,
        "the folder changed"
    );
}

#[test]
fn an_error_names_its_cause_once() {
    let (dir, _db) = temp_db();
    let blocker = dir.path().join("a file");
    std::fs::write(&blocker, "").unwrap();
    let out = bounce(
        &blocker.join("sub").join("journal.db"),
        &["gratitude", "list"],
    );
    let err = refused(&out, &["cannot create the folder", "Not a directory"]);
    assert_eq!(err.matches("Not a directory").count(), 1, "{err}");
}

#[test]
fn a_damaged_journal_is_explained_in_plain_words() {
    let (dir, db) = temp_db();
    journal_with_items(&db);
    damage(&db);
    let before = bytes(&db);
    let out = bounce(&db, &["gratitude", "add", "one more"]);
    let backups = dir.path().join("backups");
    let err = refused(
        &out,
        &[
            "looks damaged",
            "wrote nothing to it",
            &backups.display().to_string(),
            "bounce restore",
        ],
    );
    for raw in ["btreeInitPage", "Tree ", "***", "error code"] {
        assert!(
            !err.contains(raw),
            "SQLite's own words '{raw}' shown: {err}"
        );
    }
    assert!(bytes(&db) == before, "the damaged journal changed");
}

#[test]
fn an_empty_file_made_a_journal_is_private_to_its_owner() {
    let (_dir, db) = temp_db();
    std::fs::write(&db, "").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(&db, &["gratitude", "add", "x"]);
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the adopted journal is {mode:o}");
    assert_eq!(ok(&db, &["gratitude", "list"]).lines().count(), 1);
}

#[test]
fn a_new_journal_carries_bounces_mark() {
    let (_dir, db) = temp_db();
    ok(&db, &["gratitude", "add", "x"]);
    assert_eq!(mark(&db), bounce::store::APPLICATION_ID);
}

fn mark(db: &Path) -> i32 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap()
}

#[cfg(feature = "encryption")]
#[test]
fn bounces_mark_outlasts_encrypting_and_decrypting() {
    let (_dir, db) = temp_db();
    ok(&db, &["gratitude", "add", "x"]);
    for command in ["encrypt", "decrypt"] {
        let out = Command::new(env!("CARGO_BIN_EXE_bounce"))
            .arg("--db")
            .arg(&db)
            .arg(command)
            .env_remove("BOUNCE_DB")
            .env("BOUNCE_PASSPHRASE", "a lantern by the door")
            .output()
            .unwrap();
        assert!(out.status.success(), "{command}: {}", stderr(&out));
    }
    assert_eq!(mark(&db), bounce::store::APPLICATION_ID);
}

#[test]
fn another_programs_database_with_a_version_number_is_left_byte_identical() {
    let (_dir, db) = temp_db();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("CREATE TABLE t(x); PRAGMA user_version = 5;")
            .unwrap();
    }
    let before = bytes(&db);
    for args in [&["gratitude", "add", "x"][..], &["gratitude", "list"]] {
        let out = bounce(&db, args);
        let err = refused(&out, &["another program", "not a bounce journal"]);
        assert!(!err.contains("no such table"), "{err}");
        assert!(bytes(&db) == before, "{args:?} changed the file");
        no_side_files(&db);
    }
}

#[test]
fn a_journal_looked_at_while_read_only_takes_writes_once_writable_again() {
    let Some(prefix) = unprivileged() else {
        return;
    };
    let shared = Shared::new(!prefix.is_empty());
    let db = shared.read_only_journal("journal");
    let out = shared.run(&prefix, &db, &["gratitude", "list"]);
    assert!(out.status.success(), "reading failed: {}", stderr(&out));
    // The look leaves a side file as read-only as the journal was; the fix must cope.
    let shm = side(&db, "-shm");
    let shm_mode = std::fs::metadata(&shm).map(|m| format!("{:o}", m.permissions().mode() & 0o777));
    eprintln!("after the read-only look, -shm is {shm_mode:?}");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = shared.run(&prefix, &db, &["gratitude", "add", "one more"]);
    assert!(out.status.success(), "the write failed: {}", stderr(&out));
    let out = shared.run(&prefix, &db, &["gratitude", "list"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 4);
}
