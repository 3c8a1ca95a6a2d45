//! The command line as a script uses it: output formats, ids, and a clear refusal (exit
//! code, one line, nothing written) for every bad input.

use crate::cli_support;

use cli_support::*;
use std::path::Path;

#[test]
fn help_and_version() {
    let (_dir, db) = temp_db();
    let out = bounce(&db, &["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("gratitude"));
    let out = bounce(&db, &["--version"]);
    assert!(stdout(&out).starts_with("bounce "));
    for sub in [
        "gratitude",
        "note",
        "mood",
        "screen",
        "demo",
        "setback",
        "event",
    ] {
        assert!(
            bounce(&db, &[sub, "--help"]).status.success(),
            "{sub} --help"
        );
    }
    for sub in ["add", "list", "show", "story"] {
        let out = bounce(&db, &["setback", sub, "--help"]);
        assert!(out.status.success(), "setback {sub} --help");
    }
    let out = bounce(&db, &["event", "add", "--help"]);
    assert!(stdout(&out).contains("--thought"));
}

#[test]
fn gratitude_round_trip_with_ids() {
    let (_dir, db) = temp_db();
    let out = bounce(
        &db,
        &[
            "gratitude",
            "add",
            "tea with Zoë 日本語",
            "--date",
            "2026-01-31",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The id alone, so that `ID=$(bounce gratitude add ...)` holds it; kind words go to stderr.
    let added = stdout(&out);
    let id = added.trim_end().to_string();
    assert_eq!(added, format!("{id}\n"));
    assert_eq!(id.len(), 36);
    assert_eq!(stderr(&out), "Kept for Saturday 31 January 2026.\n");
    bounce(
        &db,
        &["gratitude", "add", "a second thing", "--date", "2026-02-01"],
    );

    let list = stdout(&bounce(&db, &["gratitude", "list"]));
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], format!("{id}\t2026-01-31\ttea with Zoë 日本語"));

    let one_day = stdout(&bounce(&db, &["gratitude", "list", "--date", "2026-02-01"]));
    assert_eq!(one_day.lines().count(), 1);

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&bounce(&db, &["gratitude", "list", "--json"]))).unwrap();
    assert_eq!(json[0]["id"], id.as_str());
    assert_eq!(json[0]["date"], "2026-01-31");
    assert_eq!(json[1]["text"], "a second thing");
}

#[test]
fn note_and_mood() {
    let (_dir, db) = temp_db();
    let out = bounce(&db, &["note", "a slow, kind day", "--date", "yesterday"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = bounce(&db, &["mood", "4"]);
    assert!(stdout(&out).contains("mood 4 (good)"), "{}", stdout(&out));
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let (_dir, db) = temp_db();
    bounce(&db, &["gratitude", "add", "the one item"]);
    let before = std::fs::read(&db).unwrap();
    refuses_saying(&db, &["gratitude", "add", "   "], "needs a few words");
    refuses_saying(
        &db,
        &["gratitude", "add", "x", "--date", "2026-02-30"],
        "YYYY-MM-DD",
    );
    refuses_saying(
        &db,
        &["gratitude", "add", "x", "--date", "2999-01-01"],
        "has not happened yet",
    );
    refuses_saying(&db, &["mood", "9"], "1 (very low) to 5 (very good)");
    refuses_saying(&db, &["mood", "-1"], "1 (very low) to 5 (very good)");
    refuses_saying(&db, &["mood", "happy"], "is not a mood");
    refuses_saying(&db, &["note", " \n "], "needs a few words");
    refuses_saying(
        &db,
        &["screen", "gratitude", "--size", "80"],
        "WIDTHxHEIGHT",
    );
    refuses_saying(&db, &["screen", "gratitude", "--size", "0x10"], "1x1");
    refuses_saying(&db, &["screen", "elsewhere"], "invalid value");
    refuses_saying(&db, &["demo", "--scale", "0"], "at least 1");
    refuses_saying(&db, &["demo"], "already holds entries");
    let list = stdout(&bounce(&db, &["gratitude", "list"]));
    assert_eq!(list.lines().count(), 1);
    let after = std::fs::read(&db).unwrap();
    assert_eq!(before.len(), after.len());
}

#[test]
fn files_that_are_not_journals_are_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "my private notes\n").unwrap();
    refuses_saying(&text, &["gratitude", "list"], "not a bounce journal");
    refuses_saying(&text, &["screen", "gratitude"], "not a bounce journal");
    assert_eq!(std::fs::read(&text).unwrap(), b"my private notes\n");

    let newer = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        // A journal of a later bounce carries bounce's mark, as every journal does.
        conn.execute_batch(&format!(
            "CREATE TABLE future (x); PRAGMA application_id = {}; PRAGMA user_version = 999;",
            bounce::store::APPLICATION_ID
        ))
        .unwrap();
    }
    let bytes = std::fs::read(&newer).unwrap();
    refuses_saying(&newer, &["gratitude", "list"], "newer version of bounce");
    assert_eq!(std::fs::read(&newer).unwrap(), bytes);
}

#[test]
fn a_folder_that_cannot_be_created_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    refuses_saying(
        &blocker.join("sub").join("journal.db"),
        &["gratitude", "list"],
        "cannot create the folder",
    );
}

#[test]
fn screen_prints_each_pane_at_the_asked_size() {
    let (_dir, db) = temp_db();
    assert!(bounce(&db, &["demo", "--scale", "50"]).status.success());
    for pane in ["home", "debrief", "rootcause", "gratitude", "goals"] {
        let out = bounce(&db, &["screen", pane, "--size", "100x30"]);
        assert!(out.status.success(), "{pane}: {}", stderr(&out));
        let text = stdout(&out);
        assert_eq!(text.lines().count(), 30, "{pane}");
        assert!(text.lines().all(|l| unicode_width(l) <= 100), "{pane}");
    }
    let text = stdout(&bounce(&db, &["screen", "gratitude"]));
    assert!(text.contains("Today,"));
    assert_eq!(text.lines().count(), 24);
}

fn unicode_width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

#[test]
fn demo_fills_an_empty_journal_to_the_asked_scale() {
    let (_dir, db) = temp_db();
    let out = bounce(&db, &["demo", "--scale", "1000"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("records"));
    let items = stdout(&bounce(&db, &["gratitude", "list"])).lines().count();
    assert!(items >= 700, "{items} items");
}

#[cfg(unix)]
#[test]
fn a_new_journal_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new").join("journal.db");
    assert!(bounce(&db, &["gratitude", "list"]).status.success());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
}

#[test]
fn the_journal_needs_a_terminal() {
    let (_dir, db) = temp_db();
    refuses_saying(&db, &[], "opens in a terminal");
    assert!(
        !db.exists(),
        "nothing is created when the journal cannot open"
    );
}

#[test]
fn setback_round_trip_with_its_timeline() {
    let (_dir, db) = temp_db();
    let added = ok(
        &db,
        &[
            "setback",
            "add",
            "Laid off in the restructuring",
            "--date",
            "2026-02-01",
            "--summary",
            "The platform team was closed.",
        ],
    );
    let id = first_field(&added);
    assert_eq!(id.len(), 36);
    assert_eq!(added, format!("{id}\n"), "the id alone");

    // Entered out of order: the timeline sorts by date, then time.
    for (date, time, what) in [
        ("2026-02-01", None, "Told my role was ending"),
        ("2026-01-05", None, "The all-hands about the core business"),
        ("2026-01-20", Some("16:00"), "Afternoon: the hiring freeze"),
        (
            "2026-01-20",
            Some("09:30"),
            "Morning: a cancelled one-to-one",
        ),
    ] {
        let mut args = vec!["event", "add", &id, "--date", date, "--what", what];
        if let Some(time) = time {
            args.extend(["--time", time]);
        }
        if what.starts_with("Morning") {
            args.extend([
                "--who",
                "Priya",
                "--thought",
                "She's busy",
                "--felt",
                "Uneasy",
            ]);
        }
        let out = ok(&db, &args);
        let event_id = first_field(&out);
        assert_eq!(event_id.len(), 36);
        assert_eq!(out, format!("{event_id}\n"));
    }

    let list = ok(&db, &["setback", "list"]);
    assert_eq!(
        list,
        format!("{id}\t2026-02-01\tnot decided yet\t4\tLaid off in the restructuring\n")
    );

    let shown = ok(&db, &["setback", "show", &id]);
    assert!(shown.starts_with("Laid off in the restructuring\n2026-02-01"));
    assert!(shown.contains("The platform team was closed."));
    assert!(shown.contains("Timeline (4 events)"));
    let at = |needle: &str| {
        shown
            .find(needle)
            .unwrap_or_else(|| panic!("'{needle}' missing from:\n{shown}"))
    };
    assert!(at("2026-01-05        The all-hands") < at("2026-01-20 09:30  Morning"));
    assert!(at("Morning: a cancelled") < at("Afternoon: the hiring freeze"));
    assert!(at("Afternoon: the hiring freeze") < at("Told my role was ending"));
    assert!(at("Morning: a cancelled") < at("Who: Priya"));
    assert!(at("Thought: She's busy") < at("Felt: Uneasy"));
    for question in bounce::assets::debrief().questions.iter() {
        assert!(shown.contains(&question.text), "{}", question.text);
    }
    assert_eq!(shown.matches("(not answered yet)").count(), 6);
    assert!(!shown.contains("How has this set me free?"));
    for prompt in [
        "What did people praise",
        "What did I enjoy",
        "What came easily",
    ] {
        assert!(shown.contains(prompt), "{prompt}");
    }
    assert!(shown.contains("Lessons") && shown.contains("Check-ins"));

    refuses_saying(
        &db,
        &["setback", "story", &id],
        "no story has been written for this setback yet; open it in the Debrief pane",
    );
}

#[test]
fn setback_list_json_shape() {
    let (_dir, db) = temp_db();
    let older = first_field(&ok(
        &db,
        &["setback", "add", "Passed over", "--date", "2025-06-01"],
    ));
    let newer = first_field(&ok(&db, &["setback", "add", "Launch flopped"]));
    ok(
        &db,
        &[
            "event",
            "add",
            &older,
            "--date",
            "2025-05-20",
            "--what",
            "The panel",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&db, &["setback", "list", "--json"])).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["id"], newer.as_str(), "newest first");
    assert_eq!(list[1]["id"], older.as_str());
    assert_eq!(list[1]["date"], "2025-06-01");
    assert_eq!(list[1]["title"], "Passed over");
    assert_eq!(list[1]["summary"], "");
    assert_eq!(list[1]["events"], 1);
    assert_eq!(list[0]["events"], 0);
    assert!(list[1]["cause"].is_null());
    assert!(list[0]["reflection"].is_string());
}

#[test]
fn setbacks_are_found_by_a_prefix_of_their_id() {
    let (_dir, db) = temp_db();
    let id = first_field(&ok(&db, &["setback", "add", "Laid off"]));
    let shown = ok(&db, &["setback", "show", &id[..4]]);
    assert!(shown.starts_with("Laid off\n"));
    ok(&db, &["setback", "show", &id[..8].to_uppercase()]);
    ok(&db, &["setback", "show", &id.replace('-', "")]);
    ok(
        &db,
        &[
            "event",
            "add",
            &id[..6],
            "--date",
            "today",
            "--what",
            "Packed my desk",
        ],
    );
    assert!(ok(&db, &["setback", "list"]).contains("\t1\tLaid off"));

    // Two setbacks whose ids share a start: the prefix is ambiguous until it is longer.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        for id in [
            "abcd1111-0000-4000-8000-000000000000",
            "abcd2222-0000-4000-8000-000000000000",
        ] {
            conn.execute(
                "INSERT INTO setbacks (id, title, date, created_at, updated_at)
                 VALUES (?1, 'Twin', '2026-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                [id],
            )
            .unwrap();
        }
    }
    refuses_saying(
        &db,
        &["setback", "show", "abcd"],
        "'abcd' is the start of 2 setbacks' ids",
    );
    refuses_saying(&db, &["setback", "show", "abcd-"], "give more of the id");
    assert!(ok(&db, &["setback", "show", "abcd2"]).starts_with("Twin\n"));
}

#[test]
fn bad_setback_and_event_input_is_refused_and_nothing_is_written() {
    let (_dir, db) = temp_db();
    let id = first_field(&ok(&db, &["setback", "add", "The one setback"]));
    ok(
        &db,
        &[
            "event",
            "add",
            &id,
            "--date",
            "today",
            "--what",
            "The one event",
        ],
    );
    let before = std::fs::read(&db).unwrap();
    let list_before = ok(&db, &["setback", "list", "--json"]);
    let unknown = "0f0f0f0f-0000-4000-8000-000000000000";

    refuses_saying(
        &db,
        &["setback", "add", "  "],
        "a setback's title needs a few words",
    );
    refuses_saying(
        &db,
        &["setback", "add", "x", "--date", "2026-02-30"],
        "YYYY-MM-DD",
    );
    refuses_saying(
        &db,
        &["setback", "add", "x", "--date", "2999-01-01"],
        "has not happened yet",
    );
    for cmd in ["show", "story"] {
        refuses_saying(&db, &["setback", cmd, "not-an-id!"], "is not a setback id");
        refuses_saying(&db, &["setback", cmd, "ab"], "too short");
        refuses_saying(
            &db,
            &["setback", cmd, unknown],
            &format!("no setback with id {unknown}"),
        );
        refuses_saying(
            &db,
            &["setback", cmd, "0f0f0f"],
            "no setback with id 0f0f0f",
        );
    }
    let event = |setback: &str, date: &str, what: &str, more: &[&str]| {
        let mut args = vec!["event", "add", setback, "--date", date, "--what", what];
        args.extend_from_slice(more);
        args.iter().map(|s| s.to_string()).collect::<Vec<String>>()
    };
    let cases = [
        (
            event("zzzz", "today", "x", &[]),
            "is not a setback id".to_string(),
        ),
        (
            event(unknown, "today", "x", &[]),
            format!("no setback with id {unknown}"),
        ),
        (event(&id, "2026-13-01", "x", &[]), "YYYY-MM-DD".to_string()),
        (
            event(&id, "2999-01-01", "x", &[]),
            "has not happened yet".to_string(),
        ),
        (
            event(&id, "today", "x", &["--time", "25:00"]),
            "is not a time".to_string(),
        ),
        (
            event(&id, "today", "x", &["--time", "9.30"]),
            "HH:MM".to_string(),
        ),
        (
            event(&id, "today", " \n ", &[]),
            "what happened needs a few words".to_string(),
        ),
    ];
    for (args, says) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refuses_saying(&db, &args, says);
        assert_eq!(stderr(&bounce(&db, &args)).lines().count(), 1, "{args:?}");
    }
    refuses_saying(&db, &["event", "add", &id, "--what", "no date"], "--date");

    assert_eq!(ok(&db, &["setback", "list", "--json"]), list_before);
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn demo_writes_setbacks_with_full_debriefs() {
    let (_dir, db) = temp_db();
    ok(&db, &["demo", "--scale", "50"]);
    let list = ok(&db, &["setback", "list"]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    let causes: Vec<&str> = lines
        .iter()
        .map(|l| l.split('\t').nth(2).unwrap_or(""))
        .collect();
    assert_eq!(
        causes,
        ["unforeseen", "emotional", "not decided yet"],
        "{list}"
    );
    let mut stories = 0;
    for line in &lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line}");
        assert!(
            ["unforeseen", "emotional", "not decided yet"].contains(&fields[2]),
            "{line}"
        );
        let events: u32 = fields[3].parse().unwrap();
        assert!((5..=10).contains(&events), "{line}");
        let shown = ok(&db, &["setback", "show", fields[0]]);
        assert!(shown.matches("(not answered yet)").count() <= 2, "{shown}");
        assert!(shown.contains("Grief: ") || shown.contains("Transformation: "));
        if bounce(&db, &["setback", "story", fields[0]])
            .status
            .success()
        {
            stories += 1;
        }
    }
    assert!(stories >= 2);
    let dates: Vec<&str> = lines
        .iter()
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
}

#[test]
fn classify_explains_and_a_cause_can_be_confirmed() {
    let (_dir, db) = temp_db();
    let out = bounce(
        &db,
        &[
            "setback",
            "add",
            "Store closed in the lockdown",
            "--date",
            "2026-03-20",
            "--summary",
            "The pandemic closed every shop overnight. Nobody could have seen it coming.",
        ],
    );
    let id = stdout(&out).split('\t').next().unwrap().to_string();

    let text = stdout(&bounce(&db, &["classify", &id]));
    assert!(text.contains("Suggested: unforeseen"), "{text}");
    assert!(
        text.contains("Reasons:") && text.contains("Not decided yet"),
        "{text}"
    );
    assert!(
        text.contains("from your words alone; answering the questions gives a fuller picture"),
        "only words counted, and it says so: {text}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&bounce(&db, &["classify", &id[..8], "--json"]))).unwrap();
    assert_eq!(json["suggested"], "unforeseen");
    let scores = json["scores"].as_object().unwrap();
    let total: f64 = ["tactical", "emotional", "unforeseen"]
        .iter()
        .map(|k| scores[*k].as_f64().unwrap())
        .sum();
    assert!((total - 1.0).abs() < 0.01, "{scores:?}");
    assert!(!json["reasons"].as_array().unwrap().is_empty());
    assert_eq!(json["words_only"], true);

    let out = bounce(&db, &["setback", "cause", &id, "tactical"]);
    assert!(stdout(&out).contains("\ttactical\t"), "{}", stderr(&out));
    assert!(stdout(&bounce(&db, &["setback", "list"])).contains("\ttactical\t"));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&bounce(&db, &["classify", &id, "--json"]))).unwrap();
    assert_eq!(json["confirmed"], "tactical");
    let out = bounce(&db, &["setback", "cause", &id, "none"]);
    assert!(
        stdout(&out).ends_with("\tnone\tnot decided yet\n"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&bounce(&db, &["setback", "list"])).contains("\tnot decided yet\t"));

    refuses_saying(&db, &["setback", "cause", &id, "fate"], "is not a cause");
    refuses_saying(&db, &["classify", "zzzz"], "");
    refuses_saying(
        &db,
        &["classify", "00000000-0000-0000-0000-000000000000"],
        "no setback",
    );
}

#[test]
fn completions_and_the_manual_need_no_journal() {
    let (dir, _) = temp_db();
    let db = dir.path().join("never").join("journal.db");
    for shell in ["bash", "zsh", "fish"] {
        let text = ok(&db, &["completions", shell]);
        assert!(text.contains("bounce"), "{shell}: {text}");
        assert!(
            text.contains("gratitude") && text.contains("goal"),
            "{shell}"
        );
    }
    let man = ok(&db, &["man"]);
    assert!(man.contains(".TH bounce 1"), "{man}");
    assert!(man.contains("setback"), "{man}");
    refuses_saying(&db, &["completions", "tcsh"], "invalid value 'tcsh'");
    assert!(!db.parent().unwrap().exists(), "no journal was created");
}

/// Every command's "today" comes from one clock: the moment in BOUNCE_NOW when set (as in
/// these tests), else the computer's own clock, never anything else.
#[test]
fn today_comes_from_bounce_now_or_the_computer() {
    let (_dir, db) = temp_db();
    let run = |now: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_bounce"));
        cmd.arg("--db")
            .arg(&db)
            .args(["gratitude", "add", "A quiet morning"]);
        cmd.env_remove("BOUNCE_DB").env_remove("BOUNCE_NOW");
        if let Some(now) = now {
            cmd.env("BOUNCE_NOW", now);
        }
        cmd.output().unwrap()
    };
    assert!(run(Some("2028-02-29T23:59:58+01:00")).status.success());
    let listed = ok(&db, &["gratitude", "list", "--date", "2026-11-23"]);
    assert!(listed.is_empty(), "{listed}");
    let all = ok(&db, &["export", "--format", "json"]);
    assert!(all.contains("\"date\": \"2028-02-29\""), "{all}");
    assert!(all.contains("2028-02-29T22:59:58.000Z"), "{all}");

    // Unset, the day is the computer's: within a day of this test's own reading of it (a
    // faked clock starts each process at the same moment, so the two may straddle midnight).
    let out = run(None);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = first_field(&stdout(&out));
    let json = ok(&db, &["export", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let day = value["days"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["gratitude"]
                .as_array()
                .unwrap()
                .iter()
                .any(|g| g["id"] == id.as_str())
        })
        .map(|d| d["date"].as_str().unwrap().to_string())
        .expect("the item is on a day");
    let day = chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").unwrap();
    let computer = chrono::Local::now().date_naive(); // the wall clock, on purpose
    assert!(
        (computer - day).num_days().abs() <= 1,
        "{day} vs {computer}"
    );

    let out = run(Some("next tuesday"));
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("BOUNCE_NOW") && err.contains("'next tuesday'"),
        "{err}"
    );
}
