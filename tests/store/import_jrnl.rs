//! jrnl's JSON export in: each entry joins its day's note in time order, with its title,
//! body and tags, once however often the file is imported.

use crate::cli_support;

use std::path::{Path, PathBuf};

use cli_support::*;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jrnl_export.json")
}

/// The day's note, as the JSON export writes it.
fn note(db: &Path, date: &str) -> String {
    let value: serde_json::Value =
        serde_json::from_str(&ok(db, &["export", "--format", "json"])).unwrap();
    let days = value["days"].as_array().unwrap();
    let day = days.iter().find(|d| d["date"] == date).unwrap();
    day["note"].as_str().unwrap().to_string()
}

#[test]
fn entries_become_day_notes_in_time_order() {
    let (_dir, db) = temp_db();
    let file = fixture();
    let said = ok(&db, &["import", file.to_str().unwrap(), "--from", "jrnl"]);
    assert!(
        said.contains("5 entries added to the notes of 3 days, 0 already there"),
        "{said}"
    );

    let first = note(&db, "2024-03-01");
    let at = |text: &str| {
        first
            .find(text)
            .unwrap_or_else(|| panic!("{text:?} in {first}"))
    };
    assert!(at("09:15 Told the team I'm leaving.") < at("12:30 Lunch with Mum."));
    assert!(at("12:30 Lunch with Mum.") < at("21:40 Evening: wrote to Renée"));
    assert!(first.contains("Olu hugged me at the coffee machine."));
    assert!(first.contains("maybe not 🙂"));
    assert!(
        first.contains("\n@family"),
        "a tag missing from the text is kept: {first}"
    );
    assert_eq!(
        first.matches("@work").count(),
        1,
        "a tag already written is not repeated"
    );

    let tokyo = note(&db, "2024-03-04");
    assert_eq!(
        tokyo,
        "07:05 東京の友達から電話があった。\nKenji says the job market there is moving fast. Ça fait réfléchir.\n@東京 @work"
    );
    assert_eq!(
        note(&db, "2024-03-08"),
        "18:00 First week without a badge.\n@work"
    );
}

#[test]
fn one_entry_on_one_day_is_said_in_the_singular() {
    let (dir, db) = temp_db();
    let file = dir.path().join("one.json");
    let one = r#"{"tags": {}, "entries": [{"title": "A first quiet week.", "body": "",
        "date": "2024-03-01", "time": "08:00", "tags": [], "starred": false}]}"#;
    std::fs::write(&file, one).unwrap();
    let said = ok(&db, &["import", file.to_str().unwrap(), "--from", "jrnl"]);
    assert!(
        said.contains(": 1 entry added to the notes of 1 day, 0 already there"),
        "{said}"
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing_twice() {
    let (_dir, db) = temp_db();
    ok(
        &db,
        &["note", "My own words first.", "--date", "2024-03-01"],
    );
    let file = fixture();
    ok(&db, &["import", file.to_str().unwrap(), "--from", "jrnl"]);
    let once = ok(&db, &["export", "--format", "json"]);
    let said = ok(&db, &["import", file.to_str().unwrap(), "--from", "jrnl"]);
    assert!(
        said.contains("0 entries added to the notes of 0 days, 5 already there"),
        "{said}"
    );
    assert_eq!(ok(&db, &["export", "--format", "json"]), once);
    assert!(note(&db, "2024-03-01").starts_with("My own words first.\n\n09:15 Told the team"));
}

#[test]
fn a_bad_jrnl_file_changes_nothing() {
    let (dir, db) = temp_db();
    ok(&db, &["note", "Untouched", "--date", "2024-03-01"]);
    let before = ok(&db, &["export"]);
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        r#"{"entries": [{"date": "2024-03-02", "title": "Fine"}, {"date": "March 3", "title": "Not fine"}]}"#,
    )
    .unwrap();
    refuses(
        &db,
        &["import", broken.to_str().unwrap(), "--from", "jrnl"],
        "entries[1]: date 'March 3' is not YYYY-MM-DD; nothing was imported",
    );
    let bounce_file = dir.path().join("bounce.json");
    std::fs::write(&bounce_file, ok(&db, &["export"])).unwrap();
    refuses(
        &db,
        &["import", bounce_file.to_str().unwrap(), "--from", "jrnl"],
        "is not a jrnl export",
    );
    let not_json = dir.path().join("notes.txt");
    std::fs::write(&not_json, "2024-03-01 09:15 Dear diary").unwrap();
    refuses(
        &db,
        &["import", not_json.to_str().unwrap(), "--from", "jrnl"],
        "is not JSON",
    );
    assert_eq!(ok(&db, &["export"]), before);
}
