//! bounce's own JSON out and back in: a byte-identical round trip on demo data, merging by
//! id (twice adds nothing, the newer copy wins), and a broken file that changes nothing.

use crate::cli_support;

use std::path::Path;

use cli_support::*;
use serde_json::{Value, json};

/// A journal filled by `bounce demo`, with its JSON export written to `export.json`.
fn demo_export(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let db = dir.join("demo.db");
    ok(&db, &["demo"]);
    let file = dir.join("export.json");
    ok(
        &db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    (db, file)
}

fn export(db: &Path) -> String {
    ok(db, &["export", "--format", "json"])
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write_json(path: &Path, value: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(value).unwrap()).unwrap();
}

#[test]
fn demo_data_survives_export_then_import_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let (db, file) = demo_export(dir.path());
    let first = std::fs::read_to_string(&file).unwrap();
    assert_eq!(first, export(&db), "stdout and --out write the same");
    assert_eq!(
        first,
        export(&db),
        "two exports of one journal are the same"
    );

    let fresh = dir.path().join("fresh.db");
    let said = ok(&fresh, &["import", file.to_str().unwrap()]);
    assert!(said.contains("added, 0 updated"), "{said}");
    assert_eq!(export(&fresh), first);

    let value: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(value["format"], "bounce");
    assert_eq!(value["version"], 1);
    let setback = &value["setbacks"][0];
    for key in [
        "events",
        "answers",
        "strengths",
        "lessons",
        "checkins",
        "reframes",
    ] {
        assert!(setback[key].is_array(), "{key}");
    }
    let cause = &setback["root_cause"];
    assert!(
        ["tactical", "emotional", "unforeseen"].contains(&cause["suggested"].as_str().unwrap())
    );
    assert!(cause["scores"]["tactical"].is_number() && cause["scores"]["unforeseen"].is_number());
    assert!(cause.get("confirmed").is_some());
    let day = &value["days"][0];
    assert!(day["date"].is_string() && day["gratitude"].is_array() && day.get("mood").is_some());
    let step = &value["goals"][0]["steps"][0];
    assert!(step["done"].is_boolean() && step["id"].as_str().unwrap().len() == 36);
}

#[test]
fn importing_twice_adds_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (_db, file) = demo_export(dir.path());
    let fresh = dir.path().join("fresh.db");
    ok(&fresh, &["import", file.to_str().unwrap()]);
    let once = export(&fresh);
    let said = ok(&fresh, &["import", file.to_str().unwrap()]);
    assert!(said.contains(": 0 added, 0 updated"), "{said}");
    assert_eq!(export(&fresh), once);
    let lines = ok(&fresh, &["setback", "list"]);
    assert_eq!(
        lines.lines().count(),
        read_json(&file)["setbacks"].as_array().unwrap().len()
    );
}

#[test]
fn a_record_changes_only_when_the_files_copy_is_newer() {
    let (_dir, db) = temp_db();
    let a = first_field(&ok(
        &db,
        &["setback", "add", "Lost the pitch", "--date", "2024-02-01"],
    ));
    let b = first_field(&ok(
        &db,
        &["setback", "add", "Reorg", "--date", "2024-03-01"],
    ));
    ok(&db, &["gratitude", "add", "Tea", "--date", "2024-03-02"]);
    let file = db.with_file_name("edited.json");
    let mut value: Value = serde_json::from_str(&export(&db)).unwrap();
    for s in value["setbacks"].as_array_mut().unwrap() {
        if s["id"] == a {
            s["title"] = json!("Lost the pitch (newer)");
            s["updated_at"] = json!("2999-01-01T00:00:00.000Z");
        } else {
            s["title"] = json!("Reorg (older)");
            s["updated_at"] = json!("2000-01-01T00:00:00.000Z");
        }
    }
    value["days"][0]["gratitude"][0]["text"] = json!("Tea, same age");
    write_json(&file, &value);
    let said = ok(&db, &["import", file.to_str().unwrap()]);
    assert!(
        said.contains("0 added, 1 updated, 2 already up to date"),
        "{said}"
    );
    let list = ok(&db, &["setback", "list"]);
    assert!(list.contains("Lost the pitch (newer)"), "{list}");
    assert!(
        list.contains("Reorg") && !list.contains("(older)"),
        "{list}"
    );
    assert!(list.contains(&b));
    let gratitude = ok(&db, &["gratitude", "list", "--date", "2024-03-02"]);
    assert!(
        gratitude.ends_with("\tTea\n"),
        "same age is not newer: {gratitude}"
    );
}

#[test]
fn a_file_broken_in_the_middle_changes_nothing_and_names_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (_db, file) = demo_export(dir.path());
    let mut value = read_json(&file);
    assert!(value["setbacks"][1]["events"].as_array().unwrap().len() > 5);
    value["setbacks"][1]["events"][5]["date"] = json!("x");
    write_json(&file, &value);

    let fresh = dir.path().join("fresh.db");
    ok(
        &fresh,
        &["note", "Before the import", "--date", "2024-01-01"],
    );
    let before = export(&fresh);
    refuses(
        &fresh,
        &["import", file.to_str().unwrap()],
        "setbacks[1].events[5]: date 'x' is not YYYY-MM-DD; nothing was imported",
    );
    assert_eq!(
        export(&fresh),
        before,
        "the setbacks before it were not kept either"
    );
}

#[test]
fn files_that_are_not_an_export_are_refused_in_one_line() {
    let (dir, db) = temp_db();
    ok(&db, &["note", "Mine", "--date", "2024-01-01"]);
    let before = export(&db);
    let cases: [(&str, &str, &str); 5] = [
        ("not.json", "{\"setbacks\": [", "is not JSON"),
        ("array.json", "[1, 2]", "not a JSON object"),
        (
            "other.json",
            "{\"format\": \"other\", \"version\": 1}",
            "format is 'other'",
        ),
        (
            "newer.json",
            "{\"format\": \"bounce\", \"version\": 99}",
            "newer bounce",
        ),
        (
            "jrnl.json",
            "{\"tags\": {}, \"entries\": []}",
            "--from jrnl",
        ),
    ];
    for (name, text, says) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        refuses(&db, &["import", path.to_str().unwrap()], says);
    }
    let shape = dir.path().join("shape.json");
    std::fs::write(
        &shape,
        r#"{"format": "bounce", "version": 1, "goals": [{"id": "x"}]}"#,
    )
    .unwrap();
    refuses(
        &db,
        &["import", shape.to_str().unwrap()],
        "goals[0]: missing field `title`",
    );
    refuses(
        &db,
        &["import", "/no/such/file.json"],
        "cannot read /no/such/file.json",
    );
    refuses(
        &db,
        &["import", dir.path().to_str().unwrap()],
        "is a folder",
    );
    assert_eq!(export(&db), before);
}

#[test]
fn references_to_records_nowhere_to_be_found_are_named() {
    let (dir, db) = temp_db();
    let file = dir.path().join("dangling.json");
    let value = json!({
        "format": "bounce", "version": 1,
        "goals": [{
            "id": "6a0c5a8e-8d0c-4d1e-9a57-2f1f3f0c9b11", "title": "Run a workshop",
            "started_on": "2024-03-01",
            "setback_id": "00000000-0000-4000-8000-000000000000",
            "created_at": "2024-03-01T09:00:00.000Z", "updated_at": "2024-03-01T09:00:00.000Z"
        }]
    });
    write_json(&file, &value);
    refuses(
        &db,
        &["import", file.to_str().unwrap()],
        "goals[0]: it refers to a record",
    );
    assert!(ok(&db, &["goal", "list", "--all"]).is_empty());
}
