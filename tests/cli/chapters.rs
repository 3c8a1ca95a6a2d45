//! Closing a setback's chapter from the command line, opening it again and looking back at
//! it, with a clear refusal for each bad input.

use crate::cli_support;

use cli_support::*;
use std::path::Path;

fn add_setback(db: &Path, title: &str) -> String {
    first_field(&ok(db, &["setback", "add", title, "--date", "2026-11-01"]))
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

#[test]
fn a_chapter_closes_shows_its_answers_and_opens_again() {
    let (_dir, db) = temp_db();
    let id = add_setback(&db, "Passed over for the lead role");
    let open = json(&db, &["setback", "list", "--json"]);
    assert_eq!(open[0]["closed_on"], serde_json::Value::Null);
    let closed = ok(
        &db,
        &[
            "setback",
            "close",
            &id[..8],
            "--best",
            "partly",
            "--accept",
            "It was their call",
            "--permission",
            "To apply again next spring",
            "--carry",
            "Steady under pressure",
            "--carry",
            "Ask early",
            "--rating",
            "6",
        ],
    );
    assert_eq!(fields(closed.trim()), [id.as_str(), "closed", TODAY, "6"]);
    let list = json(&db, &["setback", "list", "--json"]);
    assert_eq!(list[0]["closed_on"], TODAY);

    let shown = ok(&db, &["setback", "show", &id]);
    let chapter = &shown[shown.find("\nChapter\n").expect("a chapter section")..];
    assert!(chapter.contains("Closed on 2026-11-23 (Monday 23 November 2026)"));
    for answer in [
        "Partly",
        "It was their call",
        "To apply again",
        "    Ask early",
        "6 of 10",
    ] {
        assert!(chapter.contains(answer), "{answer} missing from {chapter}");
    }
    // Closing again rewrites only what is given.
    ok(&db, &["setback", "close", &id, "--rating", "5"]);
    let shown = ok(&db, &["setback", "show", &id]);
    assert!(shown.contains("5 of 10") && shown.contains("It was their call"));

    assert_eq!(
        ok(&db, &["setback", "reopen", &id]).trim(),
        format!("{id}\topen")
    );
    let list = json(&db, &["setback", "list", "--json"]);
    assert_eq!(list[0]["closed_on"], serde_json::Value::Null);
    assert!(!ok(&db, &["setback", "show", &id]).contains("\nChapter\n"));
    refuses(
        &db,
        &["setback", "reopen", &id],
        "is still open; there is nothing to reopen",
    );
}

#[test]
fn bad_closing_and_lookback_input_is_refused_and_changes_nothing() {
    let (_dir, db) = temp_db();
    let id = add_setback(&db, "Laid off");
    refuses(
        &db,
        &["setback", "close", &id, "--rating", "11"],
        "not \"11\"",
    );
    refuses(
        &db,
        &["setback", "close", &id, "--rating", "-1"],
        "not \"-1\"",
    );
    refuses(
        &db,
        &["setback", "close", &id, "--best", "maybe"],
        "--best is yes, partly or no",
    );
    refuses(
        &db,
        &["setback", "close", "abcd1234"],
        "no setback with id abcd1234",
    );
    refuses(
        &db,
        &["setback", "reopen", "abcd1234"],
        "no setback with id abcd1234",
    );
    let list = json(&db, &["setback", "list", "--json"]);
    assert_eq!(list[0]["closed_on"], serde_json::Value::Null);

    refuses(
        &db,
        &["lookback", &id, "--rating", "3"],
        "\"Laid off\" is still open; a look back comes after closing it",
    );
    ok(&db, &["setback", "close", &id]);
    refuses(
        &db,
        &["lookback", &id, "--rating", "11"],
        "a rating is a whole number from 0",
    );
    refuses(
        &db,
        &["lookback", "abcd1234", "--rating", "3"],
        "no setback with id abcd1234",
    );
    assert!(!ok(&db, &["setback", "show", &id]).contains("Look-backs"));

    let looked = ok(
        &db,
        &["lookback", &id, "--rating", "3", "--note", "Less raw now"],
    );
    let parts = fields(looked.trim());
    assert_eq!(parts[1..], [TODAY, "3"]);
    let shown = ok(&db, &["setback", "show", &id]);
    assert!(
        shown.contains("Look-backs\n  2026-11-23  3 of 10\n"),
        "{shown}"
    );
    assert!(shown.contains("Less raw now"));
}
