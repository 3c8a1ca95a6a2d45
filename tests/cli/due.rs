//! `bounce due`, the reminder for a shell greeting: what is due today, one line each, and
//! nothing at all when nothing is; with the whole journey from a planned conversation to a
//! look back three months after the close.

use crate::cli_support;

use cli_support::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The config folder for a journal: beside it, so no one's own settings leak in.
fn config_home(db: &Path) -> PathBuf {
    db.parent().unwrap().join("config")
}

/// Runs `bounce` on the day `now`, with the journal's own config folder.
fn at(db: &Path, now: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bounce"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", now)
        .env("XDG_CONFIG_HOME", config_home(db))
        .output()
        .unwrap()
}

fn ok_at(db: &Path, now: &str, args: &[&str]) -> String {
    let out = at(db, now, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn due(db: &Path, now: &str) -> String {
    ok_at(db, now, &["due"])
}

#[test]
fn an_empty_journal_owes_nothing_and_says_nothing() {
    let (_dir, db) = temp_db();
    ok_at(&db, TODAY, &["person", "list"]);
    assert!(db.exists());
    let out = at(&db, TODAY, &["due"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert_eq!(ok_at(&db, TODAY, &["due", "--count"]), "0\n");
    assert_eq!(ok_at(&db, TODAY, &["due", "--json"]).trim(), "[]");
}

#[test]
fn no_journal_yet_owes_nothing_and_none_is_started() {
    let (_dir, db) = temp_db();
    assert_eq!(ok_at(&db, TODAY, &["due"]), "");
    assert_eq!(ok_at(&db, TODAY, &["due", "--count"]), "0\n");
    assert_eq!(ok_at(&db, TODAY, &["due", "--json"]).trim(), "[]");
    assert!(!db.exists(), "bounce due started a journal");
}

#[test]
fn todays_gratitude_is_due_until_there_is_some() {
    let (_dir, db) = temp_db();
    ok_at(
        &db,
        TODAY,
        &["gratitude", "add", "Soup", "--date", "yesterday"],
    );
    let lines = due(&db, TODAY);
    assert_eq!(lines.lines().count(), 1, "{lines}");
    assert!(
        lines.starts_with("Nothing on today's gratitude list yet"),
        "{lines}"
    );
    assert!(lines.contains("bounce gratitude add"), "{lines}");
    ok_at(&db, TODAY, &["gratitude", "add", "A long walk"]);
    assert_eq!(due(&db, TODAY), "");
}

#[test]
fn people_quiet_for_a_while_are_due_after_the_configured_days() {
    let (_dir, db) = temp_db();
    ok_at(&db, TODAY, &["gratitude", "add", "Soup"]);
    let ana = first_field(&ok_at(&db, TODAY, &["person", "add", "Ana"]));
    ok_at(
        &db,
        TODAY,
        &["person", "touched", &ana, "--date", "2026-11-01"],
    );
    assert_eq!(due(&db, TODAY), "", "22 days is within the default 30");

    std::fs::create_dir_all(config_home(&db).join("bounce")).unwrap();
    std::fs::write(
        config_home(&db).join("bounce/config.toml"),
        "quiet_days = 14\n",
    )
    .unwrap();
    let lines = due(&db, TODAY);
    assert_eq!(
        lines,
        format!(
            "Reach out to Ana: in touch 22 days ago (bounce person touched {})\n",
            &ana[..8]
        )
    );
    let listed: serde_json::Value =
        serde_json::from_str(&ok_at(&db, TODAY, &["due", "--json"])).unwrap();
    assert_eq!(listed[0]["kind"], "person");
    assert_eq!(listed[0]["id"], ana.as_str());
    assert_eq!(ok_at(&db, TODAY, &["due", "--count"]), "1\n");
}

#[test]
fn conversations_are_due_on_their_day_and_after_until_held() {
    let (_dir, db) = temp_db();
    ok_at(&db, TODAY, &["gratitude", "add", "Soup"]);
    let plan = |on: &str, kind: &str| {
        let args = [
            "conversation",
            "add",
            "--with",
            "Priya",
            "--kind",
            kind,
            "--on",
            on,
        ];
        first_field(&ok_at(&db, TODAY, &args))
    };
    let overdue = plan("2026-11-20", "feedback");
    let today = plan("today", "listen");
    let _ahead = plan("2026-12-01", "ask");
    let lines = due(&db, TODAY);
    assert_eq!(
        lines,
        format!(
            "Candid feedback with Priya, planned for Friday 20 November 2026 (bounce conversation held {})\n\
             Talk it through with Priya, planned for today (bounce conversation held {})\n",
            &overdue[..8],
            &today[..8]
        )
    );
    ok_at(&db, TODAY, &["conversation", "held", &overdue]);
    ok_at(&db, TODAY, &["conversation", "held", &today]);
    assert_eq!(due(&db, TODAY), "");
}

#[test]
fn from_a_planned_conversation_to_a_look_back_three_months_on() {
    let (_dir, db) = temp_db();
    let run = |now: &str, args: &[&str]| ok_at(&db, now, args);
    let setback = first_field(&run(
        TODAY,
        &["setback", "add", "Passed over for the lead role"],
    ));
    run(TODAY, &["gratitude", "add", "A friend who listened"]);
    let talk = run(
        TODAY,
        &[
            "conversation",
            "add",
            "--with",
            "Dana",
            "--kind",
            "feedback",
            "--setback",
            &setback[..8],
            "--on",
            "today",
        ],
    );
    let talk = talk.trim();
    assert!(due(&db, TODAY).starts_with("Candid feedback with Dana, planned for today"));
    run(
        TODAY,
        &[
            "conversation",
            "held",
            talk,
            "--said",
            "Visibility mattered most",
            "--takeaway",
            "Share my work weekly",
        ],
    );
    run(
        TODAY,
        &[
            "setback", "close", &setback, "--best", "yes", "--rating", "7",
        ],
    );
    assert_eq!(due(&db, TODAY), "");

    let later = "2027-02-22";
    // Someone to write gratitude and reach out to is due too by then; keep only the look back.
    run(later, &["gratitude", "add", "Spring light"]);
    let dana = first_field(&run(later, &["person", "list"]));
    run(later, &["person", "touched", &dana]);
    assert_eq!(
        due(&db, later),
        format!(
            "Three months ago you closed \"Passed over for the lead role\". How does it look from here? (bounce lookback {} --rating 0-10)\n",
            &setback[..8]
        )
    );
    assert_eq!(ok_at(&db, later, &["due", "--count"]), "1\n");
    run(
        later,
        &[
            "lookback",
            &setback[..8],
            "--rating",
            "2",
            "--note",
            "It was a turn, not an end",
        ],
    );
    assert_eq!(due(&db, later), "");
    let shown = run(later, &["setback", "show", &setback]);
    assert!(shown.contains("  2027-02-22  2 of 10\n"), "{shown}");
}
