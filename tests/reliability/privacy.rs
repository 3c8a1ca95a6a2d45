//! Privacy at rest (promise 8): the journal's folder and files (with SQLite's `-wal` and
//! `-shm`), backups and exports are readable by their owner only even under a permissive
//! umask; deleted text is overwritten; a text written in the journal never shows up in an
//! error, a refusal or a panic; nothing in the build can reach a network; and the file handed
//! to the person's editor lives in a private folder that is gone afterwards.
//!
//! Modes are checked with `stat`, which means the same as root (CI runs as root): root may
//! ignore modes when reading, but the modes are still set and reported.

use crate::cli_support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use bounce::store::Store;
use chrono::NaiveDate;
use cli_support::{bounce, stderr, stdout};

const BOUNCE: &str = env!("CARGO_BIN_EXE_bounce");
/// Written in the journal; must never appear where the person did not ask to see it.
const CANARY: &str = "canary:7f3a-quiet-plum";
const PATIENCE: Duration = Duration::from_secs(20);

fn mode(path: &Path) -> u32 {
    fs::metadata(path)
        .unwrap_or_else(|e| panic!("stat {}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// The real binary under `umask 022`, the common default that makes new files world-readable.
fn umask_022(db: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "umask 022; exec \"$@\"", "sh", BOUNCE, "--db"])
        .arg(db)
        .args(args)
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", "2026-11-23")
        .env_remove("BOUNCE_PASSPHRASE");
    cmd
}

fn run_022(db: &Path, args: &[&str]) -> Output {
    umask_022(db, args).output().expect("running bounce")
}

fn succeeds(out: &Output) {
    assert!(out.status.success(), "failed: {}", stderr(out));
}

/// Polls `ok` until it holds; fails after [`PATIENCE`] saying what it waited for.
fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
        sleep(Duration::from_millis(20));
    }
}

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[test]
fn a_new_journal_its_folders_and_its_wal_and_shm_files_are_private_under_umask_022() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new").join("inner").join("journal.db");
    succeeds(&run_022(&db, &["gratitude", "add", CANARY]));
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&dir.path().join("new").join("inner")), 0o700);
    assert_eq!(mode(&db), 0o600);

    // A list longer than a pipe holds: while bounce waits for it to be read, with the journal
    // open, the -wal and -shm files it made are there to look at.
    {
        let store = Store::open(&db).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let long = "a long and thankful line ".repeat(40);
        store
            .write(|s| (0..1000).try_for_each(|_| s.add_gratitude(today, &long).map(drop)))
            .unwrap();
    }
    let child = umask_022(&db, &["gratitude", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (wal, shm) = (sidecar(&db, "-wal"), sidecar(&db, "-shm"));
    wait_until("the -wal and -shm files", || wal.exists() && shm.exists());
    assert_eq!(mode(&wal), 0o600, "the -wal file");
    assert_eq!(mode(&shm), 0o600, "the -shm file");
    succeeds(&child.wait_with_output().unwrap());
    // A refused import must not quote the journal.
    let feed = dir.path().join("feed.json");
    fs::write(&feed, "{ not json").unwrap();
    let out = run_022(&db, &["import", feed.to_str().unwrap()]);
    assert!(!out.status.success(), "the import should be refused");
    assert_no_canary("a refused import", &out);
}

#[test]
fn backups_and_exports_are_private_under_umask_022_and_leave_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    succeeds(&run_022(&db, &["gratitude", "add", CANARY]));

    succeeds(&run_022(&db, &["backup"]));
    let backups = dir.path().join("backups");
    assert_eq!(mode(&backups), 0o700, "the backups folder");
    let made: Vec<PathBuf> = fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(made.len(), 1, "{made:?}");
    assert_eq!(mode(&made[0]), 0o600, "{}", made[0].display());

    let copy = dir.path().join("copy.db");
    succeeds(&run_022(&db, &["backup", "--out", copy.to_str().unwrap()]));
    assert_eq!(mode(&copy), 0o600, "bounce backup --out");

    // An export replacing a world-readable file leaves a private one.
    let json = dir.path().join("export.json");
    fs::write(&json, "old").unwrap();
    fs::set_permissions(&json, fs::Permissions::from_mode(0o644)).unwrap();
    succeeds(&run_022(&db, &["export", "--out", json.to_str().unwrap()]));
    assert_eq!(
        mode(&json),
        0o600,
        "bounce export --out over an existing file"
    );
    assert!(fs::read_to_string(&json).unwrap().contains(CANARY));
    let markdown = dir.path().join("export.md");
    let args = ["export", "--format", "markdown", "--out"];
    succeeds(&run_022(
        &db,
        &[&args[..], &[markdown.to_str().unwrap()]].concat(),
    ));
    assert_eq!(mode(&markdown), 0o600, "bounce export --format markdown");

    // The automatic daily backup takes the same path.
    let store = Store::open(&db).unwrap();
    let daily_dir = dir.path().join("daily");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let daily = store.backup_daily(&daily_dir, today).unwrap().unwrap();
    assert_eq!(mode(&daily_dir), 0o700, "the daily backups folder");
    assert_eq!(mode(&daily), 0o600, "a daily backup");
    drop(store);

    for folder in [dir.path(), &backups, &daily_dir] {
        for entry in fs::read_dir(folder).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(!name.ends_with(".part"), "a temp file was left: {name}");
        }
    }
}

#[test]
fn deleted_text_is_overwritten_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let store = Store::open(&db).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    store.add_gratitude(today, "the first cup of tea").unwrap();
    let item = store.add_gratitude(today, CANARY).unwrap();
    store.add_gratitude(today, "a walk at lunch").unwrap();
    drop(store);
    assert!(
        contains(&fs::read(&db).unwrap(), CANARY),
        "the text was saved"
    );

    let store = Store::open(&db).unwrap();
    store.delete_gratitude(item.id).unwrap();
    drop(store);
    assert!(!sidecar(&db, "-wal").exists(), "the log was folded in");
    assert!(
        !contains(&fs::read(&db).unwrap(), CANARY),
        "the deleted text is still in the file's free space"
    );
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn assert_no_canary(what: &str, out: &Output) {
    let (out_text, err_text) = (stdout(out), stderr(out));
    assert!(
        !out_text.contains(CANARY) && !err_text.contains(CANARY),
        "{what} showed the journal's text:\nstdout: {out_text}\nstderr: {err_text}"
    );
}

/// A journal holding the canary in every kind of record a person writes.
fn journal_with_canary(db: &Path) -> String {
    let ok = |args: &[&str]| {
        let out = bounce(db, args);
        succeeds(&out);
        stdout(&out)
    };
    ok(&["gratitude", "add", CANARY]);
    ok(&["note", CANARY]);
    let setback = ok(&["setback", "add", CANARY, "--summary", CANARY]);
    let setback = setback.split('\t').next().unwrap().trim().to_string();
    ok(&[
        "event",
        "add",
        &setback,
        "--date",
        "2026-01-05",
        "--what",
        CANARY,
        "--who",
        CANARY,
    ]);
    ok(&["goal", "add", CANARY, "--why", CANARY, "--step", CANARY]);
    setback
}

#[test]
fn the_journals_text_never_appears_in_an_error_or_a_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let setback = journal_with_canary(&db);
    let bad_json = dir.path().join("bad.json");
    fs::write(&bad_json, br#"{"format": 1, "setbacks": [{"title": 3}]}"#).unwrap();
    let folder = dir.path().to_str().unwrap().to_string();
    let failing: Vec<Vec<&str>> = vec![
        vec!["gratitude", "add", "more", "--date", "2026-13-45"],
        vec!["gratitude", "list", "--date", "someday"],
        vec!["note", "later", "--date", "2999-01-01"],
        vec!["mood", "9"],
        vec!["setback", "show", "zzzz"],
        vec!["setback", "cause", &setback, "bad-luck"],
        vec!["event", "add", &setback, "--date", "never", "--what", "x"],
        vec!["step", "done", "0000"],
        vec!["classify", "not-an-id"],
        vec!["screen", "home", "--size", "0x0"],
        vec!["import", bad_json.to_str().unwrap()],
        vec!["import", bad_json.to_str().unwrap(), "--from", "jrnl"],
        vec!["import", "/no/such/file.json"],
        vec!["backup", "--out", &folder],
        vec!["export", "--out", "/no/such/folder/out.json"],
        vec!["search"],
    ];
    for args in &failing {
        let out = bounce(&db, args);
        assert!(!out.status.success(), "{args:?} should fail");
        assert_no_canary(&format!("{args:?}"), &out);
    }
    // The commands whose purpose is to show the journal do show it: the canary is readable.
    let out = bounce(&db, &["gratitude", "list"]);
    assert!(stdout(&out).contains(CANARY));
}

#[test]
fn a_damaged_journal_is_refused_without_quoting_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_canary(&db);
    let mut bytes = fs::read(&db).unwrap();
    assert!(contains(&bytes, CANARY));
    // Scramble every page after the first, but not the canary itself.
    let page = 4096;
    for (i, b) in bytes.iter_mut().enumerate().skip(page) {
        if i % 7 == 0 {
            *b = b.wrapping_add(0x5a);
        }
    }
    let damaged = dir.path().join("damaged.db");
    fs::write(&damaged, &bytes).unwrap();
    for args in [&["gratitude", "list"][..], &["export"], &["search", "plum"]] {
        let out = bounce(&damaged, args);
        assert!(!out.status.success(), "{args:?} read a damaged journal");
        assert_no_canary(&format!("{args:?} on a damaged journal"), &out);
    }
}

/// Cargo.lock names every crate that can be linked into bounce, for every feature. None of
/// them is a network client, a TLS stack or an async runtime that brings sockets, so the
/// binary has no code that talks to a network: a check that scans the lock file rather than
/// watching the binary, which could only catch a connection that happens to be tried.
#[test]
fn no_dependency_brings_a_network_client() {
    const NETWORK: &[&str] = &[
        "reqwest",
        "hyper",
        "hyper-util",
        "h2",
        "h3",
        "ureq",
        "curl",
        "curl-sys",
        "isahc",
        "surf",
        "attohttpc",
        "minreq",
        "tokio",
        "async-std",
        "smol",
        "native-tls",
        "rustls",
        "tungstenite",
        "socket2",
        "trust-dns-resolver",
        "hickory-resolver",
        "ssh2",
        "libssh2-sys",
        "lettre",
    ];
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock");
    let text = fs::read_to_string(&lock).expect("Cargo.lock is committed");
    let names: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .collect();
    assert!(names.contains(&"rusqlite"), "the lock file was read");
    let found: Vec<&&str> = names.iter().filter(|n| NETWORK.contains(n)).collect();
    assert!(found.is_empty(), "network crates in the build: {found:?}");
}

/// A private tmux server running one command; killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, dir: &Path, script: &str, env: &[(&str, &str)]) -> Tmux {
        let tmux = Tmux {
            socket: format!("bounce-privacy-{name}-{}", std::process::id()),
        };
        let out = tmux
            .command(&["new-session", "-d", "-x", "80", "-y", "24"])
            .args(["sh", "-c", script])
            .current_dir(dir)
            .env_remove("TMUX")
            .env_remove("BOUNCE_DB")
            .env("BOUNCE_NOW", "2026-11-23")
            .env_remove("BOUNCE_DEBUG_PANIC")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .env("XDG_CONFIG_HOME", dir)
            .env("XDG_DATA_HOME", dir)
            .env("RUST_BACKTRACE", "0")
            .envs(env.iter().copied())
            .output()
            .expect("starting tmux");
        assert!(out.status.success(), "tmux: {}", stderr(&out));
        tmux
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket, "-f", "/dev/null"]).args(args);
        cmd
    }

    fn screen(&self) -> String {
        let out = self.command(&["capture-pane", "-p"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "gave up waiting for {text:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        let out = self.command(&args).output().unwrap();
        assert!(out.status.success(), "send-keys: {}", stderr(&out));
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command(&["kill-server"]).output();
    }
}

fn tmux_missing() -> bool {
    let missing = !Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if missing {
        eprintln!("skipping: tmux is not installed");
    }
    missing
}

fn quoted(path: &Path) -> String {
    format!("'{}'", path.to_str().unwrap().replace('\'', "'\\''"))
}

#[test]
fn a_panic_with_the_journal_on_screen_prints_none_of_it() {
    if tmux_missing() {
        return;
    }
    if !cfg!(debug_assertions) {
        eprintln!("skipping: BOUNCE_DEBUG_PANIC only works in debug builds");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_canary(&db);
    let errors = dir.path().join("stderr.log");
    let script = format!(
        "{} --db {} 2>{}; printf '\\r\\nEXITED:%s\\r\\n' \"$?\"; exec sleep 600",
        quoted(Path::new(BOUNCE)),
        quoted(&db),
        quoted(&errors)
    );
    let tmux = Tmux::start("panic", dir.path(), &script, &[("BOUNCE_DEBUG_PANIC", "1")]);
    tmux.keys(&["4"]);
    tmux.wait_for(CANARY);
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("EXITED:");
    assert!(
        screen.contains("EXITED:101"),
        "bounce did not panic:\n{screen}"
    );
    let printed = fs::read_to_string(&errors).unwrap();
    assert!(
        printed.contains("panic"),
        "the panic was printed: {printed}"
    );
    assert!(!printed.contains(CANARY), "the panic printed: {printed}");
    assert!(!screen.contains(CANARY), "left on screen:\n{screen}");
}

#[test]
fn the_file_handed_to_the_editor_is_private_and_removed_afterwards() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let temp = dir.path().join("tmp");
    fs::create_dir(&temp).unwrap();
    let log = dir.path().join("editor.log");
    // The editor notes the modes and place of what it was given, then writes a line.
    let editor = dir.path().join("editor.sh");
    fs::write(
        &editor,
        format!(
            "#!/bin/sh\nstat -c '%a' \"$(dirname \"$1\")\" \"$1\" >> {log}\n\
             dirname \"$1\" >> {log}\nprintf 'written in my own editor' > \"$1\"\n",
            log = quoted(&log)
        ),
    )
    .unwrap();
    fs::set_permissions(&editor, fs::Permissions::from_mode(0o700)).unwrap();
    let script = format!(
        "{} --db {}; printf '\\r\\nEXITED:%s\\r\\n' \"$?\"; exec sleep 600",
        quoted(Path::new(BOUNCE)),
        quoted(&db)
    );
    let tmux = Tmux::start(
        "editor",
        dir.path(),
        &script,
        &[
            ("VISUAL", editor.to_str().unwrap()),
            ("TMPDIR", temp.to_str().unwrap()),
        ],
    );
    tmux.keys(&["4"]);
    tmux.wait_for("Gratitude");
    tmux.keys(&["a"]);
    tmux.wait_for("New item");
    tmux.keys(&["C-x", "C-e"]);
    tmux.wait_for("written in my own editor");
    tmux.keys(&["Enter"]);
    tmux.wait_for("1. written in my own editor");
    tmux.keys(&["q"]);
    tmux.wait_for("EXITED:0");

    let noted = fs::read_to_string(&log).expect("the editor ran");
    let lines: Vec<&str> = noted.lines().collect();
    assert_eq!(lines[..2], ["700", "600"], "what the editor saw: {noted}");
    let folder = Path::new(lines[2]);
    assert!(folder.starts_with(&temp), "made in TMPDIR: {noted}");
    assert!(!folder.exists(), "the editor's folder was left behind");
    assert_eq!(
        fs::read_dir(&temp).unwrap().count(),
        0,
        "nothing left in TMPDIR"
    );
    let listed = stdout(&bounce(&db, &["gratitude", "list"]));
    assert!(listed.contains("written in my own editor"), "{listed}");
}

#[cfg(not(feature = "encryption"))]
#[test]
fn a_build_without_encryption_says_how_to_get_it_and_never_touches_an_encrypted_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    succeeds(&bounce(&db, &["gratitude", "add", CANARY]));
    let plain = fs::read(&db).unwrap();
    for args in [&["encrypt"][..], &["decrypt"]] {
        let out = bounce(&db, args);
        assert!(!out.status.success(), "{args:?} should be refused");
        assert!(
            stderr(&out).contains("build one that has with `cargo build --release`"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty());
    }
    assert_eq!(fs::read(&db).unwrap(), plain, "the journal changed");

    // What an encrypted journal looks like from outside: whole pages of noise.
    let mut state: u32 = 0x9e37_79b9;
    let noise: Vec<u8> = (0..8192)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 24) as u8
        })
        .collect();
    let encrypted = dir.path().join("encrypted.db");
    fs::write(&encrypted, &noise).unwrap();
    for args in [
        &["gratitude", "list"][..],
        &["gratitude", "add", "x"],
        &["decrypt"],
    ] {
        let out = bounce(&encrypted, args);
        assert!(!out.status.success(), "{args:?} should be refused");
        assert!(
            stderr(&out).contains("encrypt") && stderr(&out).contains("`cargo build --release`"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = bounce(&encrypted, &["gratitude", "list"]);
    assert!(
        stderr(&out).contains("looks encrypted (or damaged)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read(&encrypted).unwrap(), noise, "the file changed");
    assert!(!sidecar(&encrypted, "-wal").exists() && !sidecar(&encrypted, "-shm").exists());
}

/// Ended by SIGTERM while the person's editor is open, bounce removes the file it handed the
/// editor; and a folder left by a bounce killed outright goes at the next start.
#[test]
fn the_editors_file_goes_when_bounce_is_ended_and_at_the_next_start() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let temp = dir.path().join("tmp");
    fs::create_dir(&temp).unwrap();
    // As a bounce killed with SIGKILL (whose process is gone) would leave it.
    let stale = temp.join(format!("bounce-{}-5", u32::MAX - 1));
    fs::create_dir(&stale).unwrap();
    fs::write(stale.join("bounce-entry.md"), CANARY).unwrap();
    let log = dir.path().join("editor.log");
    let editor = dir.path().join("editor.sh");
    fs::write(
        &editor,
        format!(
            "#!/bin/sh\ndirname \"$1\" >> {log}\nexec sleep 600\n",
            log = quoted(&log)
        ),
    )
    .unwrap();
    fs::set_permissions(&editor, fs::Permissions::from_mode(0o700)).unwrap();
    let pid_file = dir.path().join("bounce.pid");
    let script = format!(
        "echo $$ > {}; exec {} --db {}",
        quoted(&pid_file),
        quoted(Path::new(BOUNCE)),
        quoted(&db)
    );
    let tmux = Tmux::start(
        "editor-term",
        dir.path(),
        &script,
        &[
            ("VISUAL", editor.to_str().unwrap()),
            ("TMPDIR", temp.to_str().unwrap()),
        ],
    );
    tmux.wait_for("Gratitude");
    assert!(!stale.exists(), "the stale folder was left");
    tmux.keys(&["4"]);
    tmux.keys(&["a"]);
    tmux.wait_for("New item");
    tmux.keys(&["-l", CANARY]);
    tmux.keys(&["C-x", "C-e"]);
    let start = Instant::now();
    let folder = loop {
        if let Some(line) = fs::read_to_string(&log)
            .ok()
            .and_then(|l| l.lines().next().map(str::to_string))
        {
            break std::path::PathBuf::from(line);
        }
        assert!(start.elapsed() < PATIENCE, "the editor never started");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        folder.exists(),
        "the editor's file is there while it is open"
    );
    let pid = fs::read_to_string(&pid_file).unwrap().trim().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(start.elapsed() < PATIENCE, "bounce did not end on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !folder.exists(),
        "the editor's folder was left behind: {}",
        folder.display()
    );
    assert_eq!(
        fs::read_dir(&temp).unwrap().count(),
        0,
        "nothing left in TMPDIR"
    );
    drop(tmux);
}
