//! Bad files are never overwritten: a file that is not a database, a damaged journal, one
//! from a newer version, a read-only file or folder, a disk that fills during a save, and a
//! journal another bounce keeps busy. Each gets its own message and a failure (a non-zero
//! exit, or an error line in the app), and the file is byte for byte what it was.

use crate::cli_support;
use crate::common;
use crate::tmux_support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use bounce::store::{Store, StoreError};
use cli_support::{bounce, ok, stderr, temp_db};
use common::{app_with, paste, press, screen, today, type_text};
use ratatui::crossterm::event::KeyCode;

pub(crate) fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Runs a command that must fail saying `says`, leaving the journal byte-identical.
fn refused_untouched(db: &Path, args: &[&str], says: &str) -> String {
    let before = bytes(db);
    let out = bounce(db, args);
    let err = stderr(&out);
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(err.contains(says), "{args:?}: expected '{says}' in: {err}");
    assert!(bytes(db) == before, "{args:?} changed the file");
    err
}

/// A journal with a few items, closed (its log folded back into the file).
pub(crate) fn journal_with_items(db: &Path) {
    for item in [
        "a walk by the river",
        "soup with Sam",
        "a call from my sister",
    ] {
        ok(db, &["gratitude", "add", item]);
    }
    assert!(
        !db.with_extension("db-wal").exists(),
        "the log was not folded in"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_as_it_was() {
    let (_dir, db) = temp_db();
    std::fs::write(
        &db,
        "Dear diary, today I wrote my journal in a text file.\n",
    )
    .unwrap();
    for args in [
        &["gratitude", "add", "something"][..],
        &["screen", "gratitude"],
        &["note", "a note"],
    ] {
        refused_untouched(&db, args, "is not a bounce journal");
    }
}

/// Writes noise over the middle of the journal's second page, a table page.
pub(crate) fn damage(db: &Path) {
    let mut data = bytes(db);
    let page = u16::from_be_bytes([data[16], data[17]]) as usize;
    let page = if page == 1 { 65536 } else { page };
    assert!(data.len() > 3 * page, "the journal is too small to damage");
    for (i, byte) in data[page..2 * page].iter_mut().enumerate() {
        *byte = (i as u8).wrapping_mul(37) ^ 0xA5;
    }
    std::fs::write(db, data).unwrap();
}

#[test]
fn a_damaged_journal_is_never_written_to() {
    let (_dir, db) = temp_db();
    journal_with_items(&db);
    damage(&db);
    let check = Command::new("sqlite3")
        .arg(&db)
        .arg("PRAGMA quick_check;")
        .output();
    if let Ok(check) = check {
        assert_ne!(String::from_utf8_lossy(&check.stdout).trim(), "ok");
    }
    refused_untouched(&db, &["gratitude", "add", "one more"], "damaged");
    refused_untouched(&db, &["note", "a note"], "damaged");
    // Reading may or may not get far, but it never changes the file either.
    let before = bytes(&db);
    let _ = bounce(&db, &["screen", "gratitude"]);
    assert!(bytes(&db) == before, "bounce screen changed a damaged file");
}

#[test]
fn a_journal_from_a_newer_version_is_refused_and_left_as_it_was() {
    let (_dir, db) = temp_db();
    journal_with_items(&db);
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    for args in [&["gratitude", "add", "x"][..], &["gratitude", "list"]] {
        let err = refused_untouched(&db, args, "written by a newer version of bounce");
        assert!(err.contains("update bounce"), "{err}");
    }
    assert!(matches!(
        Store::open(&db),
        Err(StoreError::NewerSchema { found: 99, .. })
    ));
}

/// How to run a command as someone file modes apply to: as is when not root, else as
/// `nobody` through setpriv. `None` (with the reason printed) when that is impossible.
pub(crate) fn unprivileged() -> Option<Vec<String>> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some(Vec::new());
    }
    let prefix: Vec<String> = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ]
    .map(String::from)
    .to_vec();
    let works = Command::new(&prefix[0])
        .args(&prefix[1..])
        .arg("true")
        .status()
        .is_ok_and(|s| s.success());
    if !works {
        eprintln!("skipping: running as root and cannot drop to nobody with setpriv");
        return None;
    }
    Some(prefix)
}

/// A folder under /tmp that `nobody` can reach, holding a copy of the binary it may run.
pub(crate) struct Shared {
    pub(crate) dir: tempfile::TempDir,
    bin: PathBuf,
    owner: Option<(u32, u32)>,
}

impl Shared {
    pub(crate) fn new(as_nobody: bool) -> Shared {
        let dir = tempfile::Builder::new()
            .prefix("bounce-perm-")
            .tempdir_in("/tmp")
            .unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let bin = dir.path().join("bounce");
        std::fs::copy(env!("CARGO_BIN_EXE_bounce"), &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        let owner = as_nobody.then_some((65534, 65534));
        Shared { dir, bin, owner }
    }

    /// A journal with items, read-only (0444), in a folder `name` its user may write to.
    pub(crate) fn read_only_journal(&self, name: &str) -> PathBuf {
        let folder = self.dir.path().join(name);
        std::fs::create_dir(&folder).unwrap();
        let db = folder.join("journal.db");
        journal_with_items(&db);
        self.give(&folder);
        self.give(&db);
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
        db
    }

    /// Hands a path to the user the commands run as.
    pub(crate) fn give(&self, path: &Path) {
        if let Some((uid, gid)) = self.owner {
            std::os::unix::fs::chown(path, Some(uid), Some(gid)).unwrap();
        }
    }

    pub(crate) fn run(&self, prefix: &[String], db: &Path, args: &[&str]) -> Output {
        let mut cmd = match prefix.split_first() {
            Some((first, rest)) => {
                let mut cmd = Command::new(first);
                cmd.args(rest).arg(&self.bin);
                cmd
            }
            None => Command::new(&self.bin),
        };
        cmd.arg("--db")
            .arg(db)
            .args(args)
            .env_remove("BOUNCE_DB")
            .env("BOUNCE_NOW", "2026-11-23")
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path())
            .output()
            .unwrap()
    }
}

fn assert_read_only_refusal(out: &Output, what: &str) {
    let err = stderr(out);
    assert!(!out.status.success(), "{what}: the save succeeded");
    assert!(err.contains("read-only"), "{what}: {err}");
    assert!(!err.contains("damaged"), "{what}: called damaged: {err}");
}

#[test]
fn a_read_only_journal_or_folder_says_so_and_is_left_as_it_was() {
    let Some(prefix) = unprivileged() else {
        return;
    };
    let shared = Shared::new(!prefix.is_empty());
    // A read-only file in a folder its owner may write to.
    let db = shared.read_only_journal("file");
    let before = bytes(&db);
    let out = shared.run(&prefix, &db, &["gratitude", "add", "one more"]);
    assert_read_only_refusal(&out, "read-only file");
    assert!(bytes(&db) == before, "a read-only file changed");

    // A writable file in a read-only folder.
    let folder = shared.dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let db = folder.join("journal.db");
    journal_with_items(&db);
    shared.give(&db);
    shared.give(&folder);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = bytes(&db);
    let out = shared.run(&prefix, &db, &["gratitude", "add", "one more"]);
    assert_read_only_refusal(&out, "read-only folder");
    assert!(bytes(&db) == before, "a file in a read-only folder changed");
    // A new journal cannot be made there either, and says why.
    let out = shared.run(&prefix, &folder.join("new.db"), &["gratitude", "add", "x"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Permission denied"),
        "{}",
        stderr(&out)
    );
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_full_disk_keeps_the_text_in_the_editor_and_a_retry_saves_it() {
    let (_dir, db) = temp_db();
    let store = Store::open(&db).unwrap();
    store.add_gratitude(today(), "the first one").unwrap();
    store.hold_size_as_if_disk_full(true).unwrap();
    // Fill what room is left in the pages the journal has, with ever smaller items.
    for words in [400, 40, 4] {
        let filler = "room ".repeat(words);
        let full = (0..500)
            .map(|_| store.add_gratitude(today(), &filler))
            .find_map(Result::err);
        assert!(
            matches!(full, Some(StoreError::DiskFull)),
            "the journal never filled: {full:?}"
        );
    }
    let mut app = app_with(store);
    let kept = app.store().gratitude_on(today()).unwrap().len();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('a'));
    let item = "the kindness of a stranger at the station";
    type_text(&mut app, item);
    paste(&mut app, &format!(" {}", "and more ".repeat(100)));
    let before = bytes(&db);
    press(&mut app, KeyCode::Enter);
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("the disk is full"), "{shown}");
    assert!(shown.contains("New item"), "the editor closed:\n{shown}");
    assert_eq!(app.store().gratitude_on(today()).unwrap().len(), kept);
    assert!(bytes(&db) == before, "the failed save changed the file");
    assert!(app.store().check_integrity().unwrap().is_empty());

    app.store().hold_size_as_if_disk_full(false).unwrap();
    press(&mut app, KeyCode::Enter);
    let items = app.store().gratitude_on(today()).unwrap();
    assert_eq!(items.len(), kept + 1, "the retry did not save");
    assert!(
        items
            .iter()
            .any(|i| i.text.starts_with(item) && i.text.ends_with("more")),
        "the saved item is not the whole text"
    );
    let shown = screen(&mut app, 100, 30);
    assert!(!shown.contains("disk is full"), "{shown}");
}

#[test]
fn a_journal_kept_busy_beyond_the_timeout_says_another_instance_is_writing() {
    let (_dir, db) = temp_db();
    journal_with_items(&db);
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let before = bytes(&db);
    let started = std::time::Instant::now();
    let out = bounce(&db, &["gratitude", "add", "one more"]);
    let waited = started.elapsed();
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    let err = stderr(&out);
    assert!(!out.status.success(), "the save went through a held lock");
    assert!(
        err.contains("another instance of bounce is writing"),
        "{err}"
    );
    assert!(bytes(&db) == before, "the file changed");
    assert_eq!(ok(&db, &["gratitude", "list"]).lines().count(), 3);
    // Reported for the record: the time waited is the busy timeout, not a test condition.
    eprintln!("gave up after {waited:?}");
}

#[test]
fn the_app_refuses_a_bad_file_before_the_screen_changes() {
    if tmux_support::tmux_missing() {
        return;
    }
    let journal = tmux_support::Journal::new();
    std::fs::write(journal.db(), "not a journal at all, just words").unwrap();
    let before = bytes(&journal.db());
    let tmux = tmux_support::Tmux::launch(&journal, &[]);
    assert_eq!(tmux.wait_exit(), 1);
    let shown = tmux.assert_modes_restored();
    assert!(shown.contains("is not a bounce journal"), "{shown}");
    assert!(bytes(&journal.db()) == before);
}
