//! The support net from the command line: someone marked as lifting you up, and one kind
//! thing done for yourself a day.

use crate::cli_support;

use cli_support::*;

#[test]
fn someone_is_added_as_lifting_and_unmarked_again() {
    let (_dir, db) = temp_db();
    let id = ok(&db, &["person", "add", "Ana", "--lifts"]);
    let id = id.trim();
    let json = ok(&db, &["person", "list", "--json"]);
    assert!(json.contains("\"lifts\": true"), "{json}");
    ok(&db, &["person", "lifts", &id[..8], "no"]);
    let json = ok(&db, &["person", "list", "--json"]);
    assert!(json.contains("\"lifts\": false"), "{json}");
    refuses(&db, &["person", "lifts", &id[..8], "maybe"], "maybe");
    refuses(&db, &["person", "lifts", "ffffffff", "yes"], "ffffffff");
}

#[test]
fn a_day_keeps_one_kind_thing_done_for_myself() {
    let (_dir, db) = temp_db();
    let line = ok(&db, &["selfcare", "A walk at lunch", "--date", "yesterday"]);
    let fields = fields(line.trim());
    assert_eq!(fields[1], "2026-11-22", "{line}");
    assert_eq!(fields[2], "for myself: A walk at lunch");
    refuses(&db, &["selfcare", "   "], "nothing was saved");
    refuses(
        &db,
        &["selfcare", "Tea", "--date", "tomorrow"],
        "has not happened yet",
    );
}
