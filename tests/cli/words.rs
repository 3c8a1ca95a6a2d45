//! What the commands print for a script and say to a person: an `add` prints the new id
//! alone, lists speak plain words, and reading a journal that is not there creates none.

use crate::cli_support;

use cli_support::*;
use std::path::Path;

/// Runs an `add` that must print one id and nothing else, as `ID=$(bounce ...)` needs.
fn id_of(db: &Path, args: &[&str]) -> String {
    let out = bounce(db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let printed = stdout(&out);
    let id = printed.trim_end().to_string();
    assert_eq!(
        printed,
        format!("{id}\n"),
        "{args:?} printed more than its id"
    );
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{args:?}: {id}");
    assert!(!stderr(&out).is_empty(), "{args:?} said nothing kind");
    id
}

#[test]
fn every_add_prints_the_new_id_alone_and_it_is_accepted_back() {
    let (_dir, db) = temp_db();
    let thanks = id_of(&db, &["gratitude", "add", "Tea with Ana"]);
    assert!(ok(&db, &["gratitude", "list"]).starts_with(&thanks));

    let setback = id_of(&db, &["setback", "add", "Laid off", "--date", "2026-11-02"]);
    assert!(ok(&db, &["setback", "show", &setback]).contains("Laid off"));
    let event = id_of(
        &db,
        &[
            "event",
            "add",
            &setback,
            "--date",
            "2026-11-01",
            "--what",
            "The all-hands",
        ],
    );
    assert!(ok(&db, &["setback", "show", &setback]).contains("The all-hands"));
    let reframe = id_of(
        &db,
        &[
            "reframe",
            "add",
            &setback,
            "--thought",
            "I always miss the signs",
        ],
    );
    ok(
        &db,
        &["reframe", "kinder", &reframe, "I'm learning to read them"],
    );

    let goal = id_of(
        &db,
        &["goal", "add", "Teach a workshop", "--step", "Pick a topic"],
    );
    let step = id_of(&db, &["step", "add", &goal, "Book a room"]);
    assert!(ok(&db, &["step", "done", &step]).starts_with(&step));
    let idea = id_of(&db, &["idea", "add", "Move into developer tooling"]);
    ok(&db, &["idea", "weigh", &idea, "happy", "yes"]);
    let person = id_of(&db, &["person", "add", "Ana", "--helps", "advice"]);
    ok(&db, &["person", "touched", &person]);
    let ids = [thanks, setback, event, reframe, goal, step, idea, person];
    assert!(ids.iter().all(|id| id.len() == 36), "{ids:?}");
}

#[test]
fn the_kind_words_name_the_day_kept() {
    let (_dir, db) = temp_db();
    let out = bounce(
        &db,
        &["setback", "add", "Passed over", "--date", "yesterday"],
    );
    assert!(
        stderr(&out).starts_with("Kept, dated Sunday 22 November 2026."),
        "{}",
        stderr(&out)
    );
}

#[test]
fn idea_list_speaks_words_not_codes() {
    let (_dir, db) = temp_db();
    let aside = first_field(&ok(&db, &["idea", "add", "Open a café"]));
    let goal = first_field(&ok(&db, &["idea", "add", "Teach"]));
    ok(&db, &["idea", "add", "Write a book"]);
    ok(&db, &["idea", "aside", &aside]);
    ok(&db, &["idea", "promote", &goal]);
    let all = ok(&db, &["idea", "list", "--all"]);
    let statuses: Vec<&str> = all.lines().map(|l| fields(l)[2]).collect();
    assert_eq!(statuses, ["open", "not now", "became a goal"], "{all}");
    assert!(!all.contains('_'), "{all}");
}

#[test]
fn screen_on_a_journal_that_is_not_there_creates_none() {
    let dir = tempfile::tempdir().unwrap();
    for db in [
        dir.path().join("journal.db"),
        dir.path().join("new/journal.db"),
    ] {
        refuses(&db, &["screen", "home"], "there is no journal at");
        assert!(!db.exists(), "{} was created", db.display());
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
