//! How far you have come, from the command line: the figures of twelve weeks or months, and
//! a week's review written and written again.

use crate::cli_support;

use cli_support::*;

#[test]
fn twelve_weeks_print_one_line_each_ending_with_this_one() {
    let (_dir, db) = temp_db();
    ok(&db, &["mood", "2", "--date", "2026-09-01"]);
    ok(&db, &["mood", "4", "--date", "2026-11-20"]);
    ok(&db, &["mood", "5", "--date", "2026-11-22"]);
    ok(&db, &["gratitude", "add", "A walk by the river"]);
    let text = ok(&db, &["review"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 12, "{text}");
    assert_eq!(
        fields(lines[11]),
        ["2026-W48", "2026-11-23", "2026-11-29", "-", "1", "0", "0"]
    );
    assert_eq!(
        fields(lines[10]),
        ["2026-W47", "2026-11-16", "2026-11-22", "4.5", "0", "0", "0"]
    );
    assert!(lines[0].starts_with("2026-W37\t2026-09-07"), "{text}");
    let months = ok(&db, &["review", "--months", "3"]);
    let months: Vec<&str> = months.lines().collect();
    assert_eq!(
        fields(months[0])[..4],
        ["2026-09", "2026-09-01", "2026-09-30", "2.0"]
    );
    assert_eq!(fields(months[2])[3], "4.5");
    let json = ok(&db, &["review", "--weeks", "2", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["span"], "weeks");
    assert_eq!(value["periods"].as_array().unwrap().len(), 2);
    assert_eq!(value["periods"][0]["mood"], 4.5);
    assert_eq!(value["periods"][0]["mood_days"], 2);
}

#[test]
fn a_weeks_review_is_written_then_one_answer_changed() {
    let (_dir, db) = temp_db();
    let line = ok(
        &db,
        &[
            "review",
            "add",
            "--well",
            "Two calm mornings",
            "--next",
            "Call Tom",
        ],
    );
    let first = fields(line.trim());
    assert_eq!(first[1], "2026-W48", "{line}");
    let line = ok(&db, &["review", "add", "--next", "Call Tom on Monday"]);
    assert_eq!(
        fields(line.trim())[0],
        first[0],
        "the same week, written again"
    );
    let json = ok(&db, &["review", "--weeks", "1", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let review = &value["periods"][0]["reviews"][0];
    assert_eq!(review["well"], "Two calm mornings");
    assert_eq!(review["next"], "Call Tom on Monday");
    ok(
        &db,
        &[
            "review",
            "add",
            "--well",
            "Slept well",
            "--week",
            "2026-w40",
        ],
    );
    let text = ok(&db, &["review"]);
    assert!(
        text.contains("2026-W40\t2026-09-28\t2026-10-04\t-\t0\t0\t1"),
        "{text}"
    );
    let found = ok(&db, &["search", "calm"]);
    assert!(found.contains("\treview\t2026-11-23\t"), "{found}");
}

#[test]
fn every_bad_review_input_says_what_to_give() {
    let (_dir, db) = temp_db();
    refuses(&db, &["review", "add"], "give --well");
    refuses(
        &db,
        &["review", "add", "--well", "  ", "--next", ""],
        "one small step",
    );
    refuses(
        &db,
        &["review", "add", "--well", "Soon", "--week", "2026-W49"],
        "has not begun yet",
    );
    refuses(
        &db,
        &["review", "add", "--well", "Hm", "--week", "2026-49"],
        "YYYY-Www",
    );
    refuses(
        &db,
        &["review", "add", "--well", "Hm", "--week", "2025-W53"],
        "2025 has no week 53",
    );
    refuses(&db, &["review", "--weeks", "0"], "from 1 to 520");
    refuses(&db, &["review", "--weeks", "many"], "not 'many'");
    refuses(&db, &["review", "--months", "121"], "from 1 to 120");
    refuses_saying(
        &db,
        &["review", "--weeks", "2", "--months", "2"],
        "cannot be used with",
    );
    assert_eq!(ok(&db, &["review", "--weeks", "1"]).lines().count(), 1);
}
