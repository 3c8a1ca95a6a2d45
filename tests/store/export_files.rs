//! Export as Markdown, and `--out`: a file written whole, private, never over a folder, and
//! an existing file replaced only when the new one is complete.

use crate::cli_support;

use cli_support::*;

/// A small journal with one of every kind of record.
fn everything(db: &std::path::Path) {
    let setback = first_field(&ok(
        db,
        &[
            "setback",
            "add",
            "Laid off in the spring cuts",
            "--date",
            "2024-03-01",
            "--summary",
            "The platform team was cut.",
        ],
    ));
    ok(
        db,
        &[
            "event",
            "add",
            &setback,
            "--date",
            "2024-02-20",
            "--time",
            "09:30",
            "--what",
            "All-hands called at short notice",
            "--felt",
            "Uneasy",
        ],
    );
    ok(db, &["setback", "cause", &setback, "unforeseen"]);
    ok(
        db,
        &[
            "reframe",
            "add",
            &setback,
            "--thought",
            "I am unemployable.",
            "--kinder",
            "I haven't found the next role yet.",
        ],
    );
    ok(
        db,
        &[
            "gratitude",
            "add",
            "Soup from the neighbour",
            "--date",
            "2024-03-02",
        ],
    );
    ok(
        db,
        &["note", "Long walk, slept well.", "--date", "2024-03-02"],
    );
    ok(db, &["mood", "4", "--date", "2024-03-02"]);
    let goal = first_field(&ok(
        db,
        &[
            "goal",
            "add",
            "Teach a workshop",
            "--why",
            "Explaining is what I love",
            "--reward",
            "Thai dinner",
            "--step",
            "Draft the outline",
            "--step",
            "Book a room",
        ],
    ));
    let steps = ok(db, &["step", "list", &goal]);
    ok(
        db,
        &["step", "done", &first_field(steps.lines().next().unwrap())],
    );
    ok(db, &["idea", "add", "Freelance for a year"]);
    ok(db, &["person", "add", "Ana", "--helps", "advice"]);
}

#[test]
fn markdown_holds_every_kind_of_record() {
    let (_dir, db) = temp_db();
    everything(&db);
    let md = ok(&db, &["export", "--format", "markdown"]);
    for expected in [
        "# My bounce journal",
        "### 2024-03-01 · Laid off in the spring cuts",
        "The platform team was cut.",
        "- **2024-02-20 09:30** All-hands called at short notice",
        "  - Felt: Uneasy",
        "- I am unemployable.",
        "  - Kinder: I haven't found the next role yet.",
        "- Confirmed: Unforeseeable event",
        "### 2024-03-02",
        "Mood: 4/5",
        "- Soup from the neighbour",
        "Long walk, slept well.",
        "### Teach a workshop",
        "- Why: Explaining is what I love",
        "- Reward: Thai dinner",
        "- [x] Draft the outline (done ",
        "- [ ] Book a room",
        "## Ideas",
        "- Freelance for a year",
        "## People",
        "- Ana: advice",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
    }
    let order = |a: &str, b: &str| md.find(a).unwrap() < md.find(b).unwrap();
    assert!(order("## Setbacks", "## Days") && order("## Days", "## Goals"));
    assert!(order("- [x] Draft the outline", "- [ ] Book a room"));
}

#[test]
fn out_writes_a_private_file_whole() {
    let (dir, db) = temp_db();
    everything(&db);
    let out = dir.path().join("journal.md");
    let said = ok(
        &db,
        &[
            "export",
            "--format",
            "markdown",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(said.starts_with("Wrote 1 setbacks"), "{said}");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, ok(&db, &["export", "--format", "markdown"]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn out_never_writes_over_a_folder_or_half_way() {
    let (dir, db) = temp_db();
    everything(&db);
    let folder = dir.path().join("exports");
    std::fs::create_dir(&folder).unwrap();
    refuses(
        &db,
        &["export", "--out", folder.to_str().unwrap()],
        "is a folder",
    );
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);

    let missing = dir.path().join("nowhere").join("export.json");
    refuses(
        &db,
        &["export", "--out", missing.to_str().unwrap()],
        "does not exist",
    );

    // A file that is there stays as it was when the new export cannot be finished: here a
    // setback whose date was damaged outside bounce stops the export half way.
    let kept = dir.path().join("kept.json");
    std::fs::write(&kept, "the old export").unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE setbacks SET date = 'someday' WHERE rowid = (SELECT max(rowid) FROM setbacks)",
        [],
    )
    .unwrap();
    let out = bounce(&db, &["export", "--out", kept.to_str().unwrap()]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "the old export");
    conn.execute("UPDATE setbacks SET date = '2024-03-01'", [])
        .unwrap();
    drop(conn);
    ok(&db, &["export", "--out", kept.to_str().unwrap()]);
    assert!(
        std::fs::read_to_string(&kept)
            .unwrap()
            .starts_with("{\n  \"format\": \"bounce\"")
    );
}
