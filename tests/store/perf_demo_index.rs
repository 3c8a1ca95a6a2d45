//! The demo fills a journal with its search index switched off and builds the index once at
//! the end; the index it leaves must be the one the per-row triggers would have written.

use crate::cli_support;

use bounce::store::Store;
use chrono::NaiveDate;
use cli_support::*;
use rusqlite::Connection;

/// Words that match a little, a lot, or most of the demo journal, and prefixes.
const QUERIES: &[&str] = &[
    "river",
    "coffee",
    "interview",
    "the",
    "a",
    "wa*",
    "th*",
    "lo*",
    "ste*",
    "heard news",
];

/// One entry of the index as a pane would use it: kind, record, parent, date and text.
type Entry = (String, String, Option<String>, String, String);

/// What the index holds and what each query finds, in an order that does not depend on
/// the numbers the entries were given.
fn index_contents(conn: &Connection) -> (Vec<Entry>, Vec<Vec<(String, String)>>) {
    let mut stmt = conn
        .prepare("SELECT kind, record, parent, date, text FROM search_entries")
        .unwrap();
    let mut entries: Vec<Entry> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    entries.sort();
    let mut found = Vec::new();
    for query in QUERIES {
        let mut stmt = conn
            .prepare(
                "SELECT e.kind, e.record FROM search_text
                 JOIN search_entries e ON e.entry = search_text.rowid
                 WHERE search_text MATCH ?1",
            )
            .unwrap();
        let mut hits: Vec<(String, String)> = stmt
            .query_map([query], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        hits.sort();
        found.push(hits);
    }
    conn.execute(
        "INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .expect("the full-text index agrees with its entries");
    (entries, found)
}

/// Rebuilds the index the way a person's edits keep it: the delete triggers empty it, then
/// touching every indexed column of every row fires the triggers that write each entry.
fn reindex_through_triggers(conn: &Connection) {
    conn.execute_batch(
        "BEGIN;
         DELETE FROM search_entries;
         UPDATE setbacks SET title = title;
         UPDATE events SET what = what;
         UPDATE answers SET text = text;
         UPDATE strengths SET text = text;
         UPDATE lessons SET text = text;
         UPDATE stories SET situation = situation;
         UPDATE checkins SET note = note;
         UPDATE reframes SET thought = thought;
         UPDATE root_causes SET follow_up = follow_up;
         UPDATE gratitude_items SET text = text;
         UPDATE days SET note = note;
         UPDATE goals SET title = title;
         UPDATE steps SET text = text;
         UPDATE ideas SET text = text;
         UPDATE people SET name = name;
         UPDATE reviews SET well = well;
         COMMIT;",
    )
    .unwrap();
}

#[test]
fn the_demo_index_equals_what_the_triggers_write() {
    let (_dir, db) = temp_db();
    // Large enough to reach the older, briefer setbacks as well.
    ok(&db, &["demo", "--scale", "6000"]);
    let conn = Connection::open(&db).unwrap();
    let kinds: i64 = conn
        .query_row("SELECT count(DISTINCT kind) FROM search_entries", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(
        kinds >= 12,
        "the demo indexes most kinds of record: {kinds}"
    );
    let bulk = index_contents(&conn);
    assert!(bulk.0.len() > 5000, "{}", bulk.0.len());
    for (query, hits) in QUERIES.iter().zip(&bulk.1) {
        assert!(!hits.is_empty(), "{query} finds nothing");
    }
    reindex_through_triggers(&conn);
    let by_triggers = index_contents(&conn);
    assert_eq!(bulk.0.len(), by_triggers.0.len());
    assert!(bulk.0 == by_triggers.0, "the entries differ");
    for (query, (a, b)) in QUERIES.iter().zip(bulk.1.iter().zip(&by_triggers.1)) {
        assert!(
            a == b,
            "{query}: {} found in bulk, {} by triggers",
            a.len(),
            b.len()
        );
    }
}

#[test]
fn after_the_demo_every_write_is_indexed_again() {
    let (_dir, db) = temp_db();
    ok(&db, &["demo", "--scale", "300"]);
    let store = Store::open(&db).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    store
        .add_gratitude(today, "A zebra crossing the road, slowly")
        .unwrap();
    let hits = store.search("zebra", None, None, 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains("zebra"), "{}", hits[0].snippet);
}

#[test]
fn a_bulk_write_that_fails_leaves_nothing_and_keeps_indexing_on() {
    let (_dir, db) = temp_db();
    let store = Store::open(&db).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let failed = store.write_then_index(|s| {
        s.add_gratitude(today, "written, then rolled back")?;
        s.add_gratitude(today, "   ")
    });
    assert!(failed.is_err());
    assert!(store.is_empty().unwrap());
    store.add_gratitude(today, "kept and found").unwrap();
    assert_eq!(store.search("found", None, None, 10).unwrap().len(), 1);
    assert!(store.search("rolled", None, None, 10).unwrap().is_empty());
}
