//! `bounce search` as a script uses it: one hit a line with its id first, JSON with
//! `--json`, a date range, odd words taken as words, and nothing printed when nothing matches.

use crate::cli_support;

use cli_support::*;

#[test]
fn hits_come_one_a_line_with_the_words_marked() {
    let (_dir, db) = temp_db();
    let walk = first_field(&ok(
        &db,
        &[
            "gratitude",
            "add",
            "A long walk by the river",
            "--date",
            "2026-03-01",
        ],
    ));
    ok(&db, &["note", "Walked to the shop", "--date", "2026-03-02"]);
    ok(
        &db,
        &[
            "setback",
            "add",
            "Lost the pitch",
            "--summary",
            "No walk in the park",
        ],
    );
    let out = ok(&db, &["search", "walk"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let river = lines.iter().find(|l| l.contains("river")).unwrap();
    assert_eq!(
        fields(river),
        vec![
            walk.as_str(),
            "gratitude",
            "2026-03-01",
            "A long [walk] by the river"
        ]
    );
    assert!(
        out.contains("\tnote\t2026-03-02\t[Walked] to the shop"),
        "{out}"
    );
    assert!(out.contains("\tsetback\t"), "{out}");
    let ids = ok(&db, &["gratitude", "list", "--date", "2026-03-01"]);
    assert_eq!(
        first_field(&ids),
        walk,
        "the id is the one other commands print"
    );
}

#[test]
fn several_words_must_all_match() {
    let (_dir, db) = temp_db();
    ok(&db, &["gratitude", "add", "A long walk"]);
    ok(&db, &["gratitude", "add", "A long call"]);
    assert_eq!(ok(&db, &["search", "long", "walk"]).lines().count(), 1);
    assert_eq!(ok(&db, &["search", "long walk"]).lines().count(), 1);
}

#[test]
fn json_has_every_field() {
    let (_dir, db) = temp_db();
    let setback = first_field(&ok(
        &db,
        &["setback", "add", "Passed over", "--date", "2026-01-05"],
    ));
    ok(
        &db,
        &[
            "event",
            "add",
            &setback,
            "--date",
            "2026-01-04",
            "--what",
            "Heard the news from Kim",
        ],
    );
    let out = ok(&db, &["search", "kim", "--json"]);
    let hits: serde_json::Value = serde_json::from_str(&out).unwrap();
    let hit = &hits[0];
    assert_eq!(hit["kind"], "event");
    assert_eq!(hit["parent"], setback.as_str());
    assert_eq!(hit["date"], "2026-01-04");
    assert_eq!(hit["snippet"], "Heard the news from [Kim]");
    assert!(hit["id"].as_str().unwrap().len() == 36);
    assert!(hit["rank"].is_number());
    let nobody = bounce(&db, &["search", "nobody", "--json"]);
    assert_eq!(stdout(&nobody).trim(), "[]", "still JSON for a reader");
    assert_eq!(nobody.status.code(), Some(1));
}

#[test]
fn a_date_range_narrows_the_hits() {
    let (_dir, db) = temp_db();
    for day in ["2026-01-10", "2026-02-10", "2026-03-10"] {
        ok(&db, &["gratitude", "add", "Sunny walk", "--date", day]);
    }
    let dates = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["search", "sunny"];
        all.extend(args);
        ok(&db, &all)
            .lines()
            .map(|l| fields(l)[2].to_string())
            .collect()
    };
    assert_eq!(dates(&[]).len(), 3);
    assert_eq!(
        dates(&["--from", "2026-02-01"]),
        vec!["2026-03-10", "2026-02-10"]
    );
    assert_eq!(
        dates(&["--to", "2026-02-10"]),
        vec!["2026-02-10", "2026-01-10"]
    );
    assert_eq!(
        dates(&["--from", "2026-02-01", "--to", "2026-02-28"]),
        vec!["2026-02-10"]
    );
    refuses(
        &db,
        &[
            "search",
            "sunny",
            "--from",
            "2026-03-01",
            "--to",
            "2026-02-01",
        ],
        "after",
    );
    refuses(&db, &["search", "sunny", "--from", "March"], "not a date");
}

#[test]
fn odd_words_are_words_and_no_match_says_so_like_grep() {
    let (_dir, db) = temp_db();
    ok(
        &db,
        &["gratitude", "add", "Tea AND cake (with NEAR friends) 感謝"],
    );
    // Each finds the words or finds nothing; none is taken as search syntax and refused.
    for query in [
        "\"", "AND", "*", "NEAR(", "col:x", "🌱", "感謝", "^tea", "a\"b", "(cake",
    ] {
        let out = bounce(&db, &["search", query]);
        let found = !stdout(&out).is_empty();
        assert_eq!(out.status.success(), found, "{query:?}: {}", stderr(&out));
        if !found {
            assert!(
                stderr(&out).contains("nothing in the journal matches"),
                "{query:?}: {}",
                stderr(&out)
            );
        }
    }
    assert_eq!(ok(&db, &["search", "--", "-cake"]).lines().count(), 1);
    assert_eq!(ok(&db, &["search", "感謝"]).lines().count(), 1);
    assert_eq!(ok(&db, &["search", "NEAR("]).lines().count(), 1);
    let none = bounce(&db, &["search", "nothing-like-this"]);
    assert_eq!(none.status.code(), Some(1), "as grep does");
    assert!(stdout(&none).is_empty());
    assert_eq!(
        stderr(&none),
        "bounce: nothing in the journal matches \"nothing-like-this\"\n"
    );
    let between = bounce(
        &db,
        &[
            "search",
            "tea",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
        ],
    );
    assert_eq!(between.status.code(), Some(1));
    assert!(
        stderr(&between).contains("between 2026-01-01 and 2026-01-31"),
        "{}",
        stderr(&between)
    );
}

#[test]
fn the_limit_is_kept() {
    let (_dir, db) = temp_db();
    for i in 0..5 {
        ok(&db, &["gratitude", "add", &format!("Walk {i}")]);
    }
    assert_eq!(
        ok(&db, &["search", "walk", "--limit", "2"]).lines().count(),
        2
    );
}
