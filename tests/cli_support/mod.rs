//! Shared helpers for the tests that run the real `bounce` binary as a script would.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The day every command of these tests runs on, whatever day the tests run.
pub const TODAY: &str = "2026-11-23";

pub fn bounce(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bounce"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", TODAY)
        .output()
        .unwrap()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A journal path in a fresh temp folder; keep the folder alive as long as the path.
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    (dir, path)
}

/// Runs a command that must succeed and returns what it printed.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = bounce(db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Runs a command that must fail with one line on stderr saying `says`, and nothing on stdout.
pub fn refuses(db: &Path, args: &[&str], says: &str) {
    let err = refuses_saying(db, args, says);
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
}

/// Like [`refuses`], for errors that may take several lines (clap's usage errors).
pub fn refuses_saying(db: &Path, args: &[&str], says: &str) -> String {
    let out = bounce(db, args);
    assert!(!out.status.success(), "{args:?} should fail");
    let err = stderr(&out);
    assert!(err.contains(says), "{args:?}: expected '{says}' in: {err}");
    assert!(stdout(&out).is_empty(), "{args:?} printed to stdout");
    err
}

pub fn fields(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}

pub fn first_field(text: &str) -> String {
    text.split('\t').next().unwrap().trim().to_string()
}
