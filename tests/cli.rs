//! The command line as a script uses it: output formats, ids, and a clear refusal (exit
//! code, one line, nothing written) for every bad input.

use std::path::Path;
use std::process::{Command, Output};

fn bounce(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bounce"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BOUNCE_DB")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    (dir, path)
}

fn refuses(db: &Path, args: &[&str], says: &str) {
    let out = bounce(db, args);
    assert!(!out.status.success(), "{args:?} should fail");
    let err = stderr(&out);
    assert!(err.contains(says), "{args:?}: expected '{says}' in: {err}");
    assert!(stdout(&out).is_empty(), "{args:?} printed to stdout");
}

#[test]
fn help_and_version() {
    let (_dir, db) = temp_db();
    let out = bounce(&db, &["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("gratitude"));
    let out = bounce(&db, &["--version"]);
    assert!(stdout(&out).starts_with("bounce "));
    for sub in ["gratitude", "note", "mood", "screen", "demo"] {
        assert!(
            bounce(&db, &[sub, "--help"]).status.success(),
            "{sub} --help"
        );
    }
}

#[test]
fn gratitude_round_trip_with_ids() {
    let (_dir, db) = temp_db();
    let out = bounce(
        &db,
        &[
            "gratitude",
            "add",
            "tea with Zoë 日本語",
            "--date",
            "2026-01-31",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let added = stdout(&out);
    let id = added.split('\t').next().unwrap().to_string();
    assert_eq!(id.len(), 36);
    bounce(
        &db,
        &["gratitude", "add", "a second thing", "--date", "2026-02-01"],
    );

    let list = stdout(&bounce(&db, &["gratitude", "list"]));
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], format!("{id}\t2026-01-31\ttea with Zoë 日本語"));

    let one_day = stdout(&bounce(&db, &["gratitude", "list", "--date", "2026-02-01"]));
    assert_eq!(one_day.lines().count(), 1);

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&bounce(&db, &["gratitude", "list", "--json"]))).unwrap();
    assert_eq!(json[0]["id"], id.as_str());
    assert_eq!(json[0]["date"], "2026-01-31");
    assert_eq!(json[1]["text"], "a second thing");
}

#[test]
fn note_and_mood() {
    let (_dir, db) = temp_db();
    let out = bounce(&db, &["note", "a slow, kind day", "--date", "yesterday"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = bounce(&db, &["mood", "4"]);
    assert!(stdout(&out).contains("mood 4 (good)"), "{}", stdout(&out));
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let (_dir, db) = temp_db();
    bounce(&db, &["gratitude", "add", "the one item"]);
    let before = std::fs::read(&db).unwrap();
    refuses(&db, &["gratitude", "add", "   "], "needs a few words");
    refuses(
        &db,
        &["gratitude", "add", "x", "--date", "2026-02-30"],
        "YYYY-MM-DD",
    );
    refuses(
        &db,
        &["gratitude", "add", "x", "--date", "2999-01-01"],
        "has not happened yet",
    );
    refuses(&db, &["mood", "9"], "1 (very low) to 5 (very good)");
    refuses(&db, &["mood", "-1"], "1 (very low) to 5 (very good)");
    refuses(&db, &["mood", "happy"], "is not a mood");
    refuses(&db, &["note", " \n "], "needs a few words");
    refuses(
        &db,
        &["screen", "gratitude", "--size", "80"],
        "WIDTHxHEIGHT",
    );
    refuses(&db, &["screen", "gratitude", "--size", "0x10"], "1x1");
    refuses(&db, &["screen", "elsewhere"], "invalid value");
    refuses(&db, &["demo", "--scale", "0"], "at least 1");
    refuses(&db, &["demo"], "already holds entries");
    let list = stdout(&bounce(&db, &["gratitude", "list"]));
    assert_eq!(list.lines().count(), 1);
    let after = std::fs::read(&db).unwrap();
    assert_eq!(before.len(), after.len());
}

#[test]
fn files_that_are_not_journals_are_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "my private notes\n").unwrap();
    refuses(&text, &["gratitude", "list"], "not a bounce journal");
    refuses(&text, &["screen", "gratitude"], "not a bounce journal");
    assert_eq!(std::fs::read(&text).unwrap(), b"my private notes\n");

    let newer = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    let bytes = std::fs::read(&newer).unwrap();
    refuses(&newer, &["gratitude", "list"], "newer version of bounce");
    assert_eq!(std::fs::read(&newer).unwrap(), bytes);
}

#[test]
fn a_folder_that_cannot_be_created_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    refuses(
        &blocker.join("sub").join("journal.db"),
        &["gratitude", "list"],
        "cannot create the folder",
    );
}

#[test]
fn screen_prints_each_pane_at_the_asked_size() {
    let (_dir, db) = temp_db();
    assert!(bounce(&db, &["demo", "--scale", "50"]).status.success());
    for pane in ["home", "debrief", "rootcause", "gratitude", "goals"] {
        let out = bounce(&db, &["screen", pane, "--size", "100x30"]);
        assert!(out.status.success(), "{pane}: {}", stderr(&out));
        let text = stdout(&out);
        assert_eq!(text.lines().count(), 30, "{pane}");
        assert!(text.lines().all(|l| unicode_width(l) <= 100), "{pane}");
    }
    let text = stdout(&bounce(&db, &["screen", "gratitude"]));
    assert!(text.contains("Today,"));
    assert_eq!(text.lines().count(), 24);
}

fn unicode_width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

#[test]
fn demo_fills_an_empty_journal_to_the_asked_scale() {
    let (_dir, db) = temp_db();
    let out = bounce(&db, &["demo", "--scale", "1000"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("records"));
    let items = stdout(&bounce(&db, &["gratitude", "list"])).lines().count();
    assert!(items >= 700, "{items} items");
}

#[cfg(unix)]
#[test]
fn a_new_journal_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new").join("journal.db");
    assert!(bounce(&db, &["gratitude", "list"]).status.success());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
}

#[test]
fn the_journal_needs_a_terminal() {
    let (_dir, db) = temp_db();
    refuses(&db, &[], "opens in a terminal");
    assert!(
        !db.exists(),
        "nothing is created when the journal cannot open"
    );
}
