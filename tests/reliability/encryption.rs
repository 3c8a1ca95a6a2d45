//! Encryption at rest (promise 9, the `encryption` feature): a journal encrypted with
//! `bounce encrypt` holds none of its text in the clear, opens only with its passphrase
//! (typed without echo, or from BOUNCE_PASSPHRASE), is refused unchanged with a wrong one,
//! keeps its backups encrypted, and comes back as a plain SQLite file with `bounce decrypt`.
#![cfg(feature = "encryption")]

use crate::cli_support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

use bounce::store::Store;
use bounce::store::cipher::Passphrase;
use chrono::NaiveDate;
use cli_support::{stderr, stdout};

const BOUNCE: &str = env!("CARGO_BIN_EXE_bounce");
const CANARY: &str = "canary:5e1d-lantern-fig";
const PASSPHRASE: &str = "correct horse, quiet lantern";
const PLAIN_HEADER: &[u8] = b"SQLite format 3\0";

/// Runs bounce with no terminal to ask on (its own session) and the given passphrase, if any.
fn run(db: &Path, passphrase: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new("setsid");
    cmd.args(["-w", BOUNCE, "--db"])
        .arg(db)
        .args(args)
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", "2026-11-23")
        .env_remove("BOUNCE_PASSPHRASE")
        .stdin(std::process::Stdio::null());
    if let Some(p) = passphrase {
        cmd.env("BOUNCE_PASSPHRASE", p);
    }
    cmd.output().expect("running bounce")
}

fn ok(db: &Path, passphrase: Option<&str>, args: &[&str]) -> String {
    let out = run(db, passphrase, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn refused(db: &Path, passphrase: Option<&str>, args: &[&str], says: &str) {
    let out = run(db, passphrase, args);
    assert!(!out.status.success(), "{args:?} should be refused");
    let err = stderr(&out);
    assert!(err.contains(says), "{args:?}: expected {says:?} in: {err}");
    assert!(!err.contains(CANARY) && !stdout(&out).contains(CANARY));
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A plain journal with the canary in several kinds of record, and what it lists.
fn plain_journal(dir: &Path) -> (PathBuf, Vec<String>) {
    let db = dir.join("journal.db");
    ok(&db, None, &["gratitude", "add", CANARY]);
    ok(&db, None, &["note", CANARY]);
    ok(&db, None, &["setback", "add", CANARY, "--summary", CANARY]);
    ok(&db, None, &["goal", "add", CANARY, "--step", CANARY]);
    let listed = listings(&db, None);
    (db, listed)
}

fn listings(db: &Path, passphrase: Option<&str>) -> Vec<String> {
    [
        &["gratitude", "list"][..],
        &["setback", "list"],
        &["goal", "list", "--all"],
        &["search", "lantern"],
    ]
    .iter()
    .map(|args| ok(db, passphrase, args))
    .collect()
}

fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part") || n.ends_with("-journal"))
        .collect()
}

#[test]
fn a_journal_encrypted_and_decrypted_again_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (db, before) = plain_journal(dir.path());

    let said = ok(&db, Some(PASSPHRASE), &["encrypt"]);
    assert!(said.contains("Encrypted"), "{said}");
    let bytes = fs::read(&db).unwrap();
    assert_ne!(
        &bytes[..16],
        PLAIN_HEADER,
        "the header is not SQLite's plain one"
    );
    assert!(
        !contains(&bytes, CANARY.as_bytes()),
        "the text is in the clear"
    );
    assert!(
        !contains(&bytes, b"gratitude_items"),
        "the schema is in the clear"
    );
    assert_eq!(mode(&db), 0o600);
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );

    assert_eq!(listings(&db, Some(PASSPHRASE)), before);
    // A change made to the encrypted journal stays encrypted, in the file and in its log.
    ok(
        &db,
        Some(PASSPHRASE),
        &["gratitude", "add", "a second canary:5e1d"],
    );
    assert!(!contains(&fs::read(&db).unwrap(), b"second canary"));

    let said = ok(&db, Some(PASSPHRASE), &["decrypt"]);
    assert!(said.contains("Decrypted"), "{said}");
    assert_eq!(&fs::read(&db).unwrap()[..16], PLAIN_HEADER);
    assert_eq!(mode(&db), 0o600);
    let listed = ok(&db, None, &["gratitude", "list"]);
    assert!(listed.contains(CANARY) && listed.contains("a second canary:5e1d"));
    assert_eq!(listings(&db, None)[1..], before[1..]);

    // Any SQLite reads it now, without bounce.
    if Command::new("sqlite3").arg("-version").output().is_err() {
        eprintln!("skipping the sqlite3 check: the sqlite3 program is not installed");
        return;
    }
    let out = Command::new("sqlite3")
        .arg(&db)
        .args([
            "PRAGMA integrity_check;",
            "SELECT text FROM gratitude_items;",
        ])
        .output()
        .unwrap();
    let read = stdout(&out);
    assert!(out.status.success(), "sqlite3: {}", stderr(&out));
    assert!(read.starts_with("ok\n") && read.contains(CANARY), "{read}");
}

#[test]
fn a_wrong_passphrase_or_none_is_refused_and_the_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = plain_journal(dir.path());
    ok(&db, Some(PASSPHRASE), &["encrypt"]);
    let bytes = fs::read(&db).unwrap();
    let names = |d: &Path| {
        let mut n: Vec<_> = fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        n.sort();
        n
    };
    let files = names(dir.path());

    refused(
        &db,
        Some("wrong horse"),
        &["gratitude", "list"],
        "passphrase does not open",
    );
    refused(
        &db,
        Some("wrong horse"),
        &["decrypt"],
        "passphrase does not open",
    );
    refused(
        &db,
        Some("wrong horse"),
        &["gratitude", "add", "x"],
        "passphrase does not open",
    );
    refused(&db, None, &["gratitude", "list"], "BOUNCE_PASSPHRASE");
    refused(&db, Some(""), &["gratitude", "list"], "cannot be empty");
    refused(&db, Some(PASSPHRASE), &["encrypt"], "already encrypted");
    assert_eq!(fs::read(&db).unwrap(), bytes, "the file changed");
    assert_eq!(
        names(dir.path()),
        files,
        "files appeared beside the journal"
    );

    let err = Store::open_encrypted(&db, &Passphrase::new("wrong".into()).unwrap())
        .err()
        .expect("a wrong passphrase is refused");
    assert!(err.to_string().contains("passphrase"), "{err}");
    assert_eq!(fs::read(&db).unwrap(), bytes);
}

#[test]
fn backups_of_an_encrypted_journal_are_encrypted_with_the_same_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (db, before) = plain_journal(dir.path());
    ok(&db, Some(PASSPHRASE), &["encrypt"]);

    let copy = dir.path().join("copy.db");
    ok(
        &db,
        Some(PASSPHRASE),
        &["backup", "--out", copy.to_str().unwrap()],
    );
    let store = Store::open_encrypted(&db, &Passphrase::new(PASSPHRASE.into()).unwrap()).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let daily = store
        .backup_daily(&dir.path().join("daily"), today)
        .unwrap()
        .unwrap();
    drop(store);
    for backup in [&copy, &daily] {
        let bytes = fs::read(backup).unwrap();
        assert_ne!(&bytes[..16], PLAIN_HEADER, "{}", backup.display());
        assert!(!contains(&bytes, CANARY.as_bytes()), "{}", backup.display());
        assert_eq!(mode(backup), 0o600);
        assert_eq!(listings(backup, Some(PASSPHRASE)), before);
        refused(
            backup,
            Some("wrong horse"),
            &["gratitude", "list"],
            "passphrase",
        );
    }
}

#[test]
fn a_new_journal_can_start_encrypted_and_conversion_waits_for_other_instances() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fresh").join("journal.db");
    ok(&db, Some(PASSPHRASE), &["encrypt"]);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
    ok(&db, Some(PASSPHRASE), &["gratitude", "add", CANARY]);
    assert!(ok(&db, Some(PASSPHRASE), &["gratitude", "list"]).contains(CANARY));

    // While another bounce has the journal open, converting it is refused, changing nothing.
    let store = Store::open_encrypted(&db, &Passphrase::new(PASSPHRASE.into()).unwrap()).unwrap();
    let bytes = fs::read(&db).unwrap();
    refused(
        &db,
        Some(PASSPHRASE),
        &["decrypt"],
        "open in another bounce",
    );
    assert_eq!(fs::read(&db).unwrap(), bytes);
    drop(store);
    ok(&db, Some(PASSPHRASE), &["decrypt"]);
    assert!(ok(&db, None, &["gratitude", "list"]).contains(CANARY));
}

/// bounce in a private tmux server's 80x24 pane, with no passphrase in its environment.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, db: &Path) -> Tmux {
        let tmux = Tmux {
            socket: format!("bounce-cipher-{name}-{}", std::process::id()),
        };
        let script = r#""$@"; printf '\r\nEXITED:%s\r\n' "$?"; exec sleep 600"#;
        let out = tmux
            .command(&["new-session", "-d", "-x", "80", "-y", "24"])
            .args(["sh", "-c", script, "sh", BOUNCE, "--db"])
            .arg(db)
            .env_remove("TMUX")
            .env_remove("BOUNCE_PASSPHRASE")
            .env_remove("BOUNCE_DB")
            .env("BOUNCE_NOW", "2026-11-23")
            .env("XDG_CONFIG_HOME", db.parent().unwrap())
            .output()
            .unwrap();
        assert!(out.status.success(), "tmux: {}", stderr(&out));
        tmux
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket, "-f", "/dev/null"]).args(args);
        cmd
    }

    fn screen(&self) -> String {
        stdout(&self.command(&["capture-pane", "-p"]).output().unwrap())
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        assert!(self.command(&args).status().unwrap().success());
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "gave up waiting for {text:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the prompt and for the terminal to stop echoing, as a person would see the
    /// prompt before typing: the prompt is printed a moment before echo is turned off.
    fn wait_for_prompt(&self, text: &str) {
        self.wait_for(text);
        let tty = stdout(
            &self
                .command(&["display-message", "-p", "#{pane_tty}"])
                .output()
                .unwrap(),
        );
        let start = Instant::now();
        loop {
            let modes = Command::new("stty")
                .args(["-a", "-F", tty.trim()])
                .output()
                .unwrap();
            if stdout(&modes).split_whitespace().any(|m| m == "-echo") {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the terminal kept echoing: {}",
                stdout(&modes)
            );
            sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command(&["kill-server"]).output();
    }
}

/// In a terminal, the passphrase is asked for before the journal opens and never shown.
#[test]
fn the_passphrase_is_asked_in_the_terminal_and_never_shown() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = plain_journal(dir.path());
    ok(&db, Some(PASSPHRASE), &["encrypt"]);
    let bytes = fs::read(&db).unwrap();

    let tmux = Tmux::start("wrong", &db);
    tmux.wait_for_prompt("Passphrase for");
    tmux.keys(&["-l", "wrong horse"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("EXITED:");
    assert!(screen.contains("passphrase does not open"), "{screen}");
    assert!(screen.contains("EXITED:1"), "{screen}");
    assert!(
        !screen.contains("wrong horse"),
        "the passphrase was shown:\n{screen}"
    );
    drop(tmux);
    assert_eq!(fs::read(&db).unwrap(), bytes, "the file changed");

    let tmux = Tmux::start("right", &db);
    tmux.wait_for_prompt("Passphrase for");
    tmux.keys(&["-l", PASSPHRASE]);
    let typed = tmux.screen();
    assert!(
        !typed.contains("lantern"),
        "the passphrase was shown:\n{typed}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for(" bounce ");
    tmux.keys(&["4"]);
    tmux.wait_for(CANARY);
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("EXITED:");
    assert!(screen.contains("EXITED:0"), "{screen}");
    assert!(
        !screen.contains("lantern"),
        "the passphrase was shown:\n{screen}"
    );
}
