//! Goals and steps from the command line: progress as done/total, ticking to the
//! celebration, ids by prefix, JSON shapes, and a clear refusal for every bad input.

use crate::cli_support;

use cli_support::*;
use std::path::Path;
use std::process::Command;

/// A goal with three steps and a reward; returns its id and its steps' ids in order.
fn workshop(db: &Path) -> (String, Vec<String>) {
    let added = ok(
        db,
        &[
            "goal",
            "add",
            "Teach a weekend workshop",
            "--why",
            "Explaining systems is the part of the job I'd do for free",
            "--target",
            "2999-01-01",
            "--reward",
            "Dinner at the Thai place",
            "--step",
            "Draft the outline",
            "--step",
            "Ask Ana to read it",
            "--step",
            "Book a room",
        ],
    );
    let goal = first_field(&added);
    let steps = ok(db, &["step", "list", &goal])
        .lines()
        .map(first_field)
        .collect();
    (goal, steps)
}

#[test]
fn a_goal_with_steps_starts_at_nothing_done() {
    let (_dir, db) = temp_db();
    let (goal, steps) = workshop(&db);
    assert_eq!(goal.len(), 36);
    let list = ok(&db, &["goal", "list"]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 1, "{list}");
    let line = fields(lines[0]);
    assert_eq!(
        line[..3],
        [goal.as_str(), "0/3", "Teach a weekend workshop"]
    );
    assert!(line[3].starts_with("2999-01-01 (") && line[3].ends_with("days left)"));

    let step_list = ok(&db, &["step", "list", &goal]);
    let texts: Vec<Vec<&str>> = step_list.lines().map(fields).collect();
    assert_eq!(texts.len(), 3);
    assert_eq!(texts[0][1..], ["open", "Draft the outline", ""]);
    assert_eq!(texts[2][2], "Book a room", "steps keep their order");
    assert!(steps.iter().all(|s| s.len() == 36));
    assert!(ok(&db, &["goal", "list", "--done"]).is_empty());
}

#[test]
fn ticking_steps_moves_progress_and_the_next_step() {
    let (_dir, db) = temp_db();
    let (goal, steps) = workshop(&db);
    let first = ok(&db, &["step", "done", &steps[0]]);
    assert!(first.starts_with(&format!("{}\tdone\tDraft the outline", steps[0])));
    assert!(first.contains("Teach a weekend workshop: 1/3."), "{first}");
    ok(&db, &["step", "done", &steps[1]]);
    assert!(ok(&db, &["goal", "list"]).contains("\t2/3\t"));

    let shown = ok(&db, &["goal", "show", &goal]);
    assert!(shown.starts_with("Teach a weekend workshop\nActive · 2/3 steps\n"));
    assert!(shown.contains("Explaining systems is the part"));
    assert!(shown.contains("Dinner at the Thai place"));
    let line = |text: &str| {
        shown
            .lines()
            .find(|l| l.contains(text))
            .unwrap_or_else(|| panic!("{text} missing:\n{shown}"))
            .to_string()
    };
    assert!(line("Draft the outline").starts_with("  [x] "));
    assert!(line("Ask Ana to read it").starts_with("  [x] "));
    assert!(line("Book a room").starts_with("→ [ ] Book a room  (next)"));
    assert_eq!(shown.matches("→ [ ]").count(), 1, "{shown}");
    assert_eq!(shown.matches("(next").count(), 1, "{shown}");

    let again = ok(&db, &["step", "done", &steps[0]]);
    assert!(again.contains("Already ticked"), "{again}");
    assert!(ok(&db, &["goal", "list"]).contains("\t2/3\t"));
}

#[test]
fn the_last_step_celebrates_and_undo_reopens() {
    let (_dir, db) = temp_db();
    let (goal, steps) = workshop(&db);
    ok(&db, &["step", "done", &steps[0]]);
    ok(&db, &["step", "done", &steps[1]]);
    let last = ok(&db, &["step", "done", &steps[2]]);
    let lines: Vec<&str> = last.lines().collect();
    assert_eq!(lines.len(), 4, "{last}");
    let words = bounce::assets::goals();
    assert!(lines[1].starts_with("Teach a weekend workshop: 3/3. "));
    assert!(
        words
            .goal_done
            .iter()
            .any(|w| lines[1].ends_with(w.as_str()))
    );
    assert_eq!(lines[2], "Time for your reward: Dinner at the Thai place.");
    assert!(lines[3].starts_with("Started ") && lines[3].ends_with("3 steps, 1 day."));

    let done = ok(&db, &["goal", "list", "--done"]);
    assert!(done.starts_with(&format!("{goal}\t3/3\t")), "{done}");
    assert!(fields(done.trim_end())[3].starts_with("done "));
    assert!(ok(&db, &["goal", "list"]).is_empty());

    let undone = ok(&db, &["step", "undo", &steps[2]]);
    assert!(undone.starts_with(&format!("{}\topen\t", steps[2])));
    assert!(undone.contains(&words.step_undone), "{undone}");
    assert!(ok(&db, &["goal", "list"]).contains("\t2/3\t"));
    assert!(ok(&db, &["goal", "list", "--done"]).is_empty());
    let again = ok(&db, &["step", "undo", &steps[2]]);
    assert!(again.contains("Not ticked yet"), "{again}");
}

#[test]
fn ids_are_found_by_a_prefix() {
    let (_dir, db) = temp_db();
    let (goal, steps) = workshop(&db);
    assert!(ok(&db, &["goal", "show", &goal[..4]]).starts_with("Teach a weekend"));
    ok(&db, &["goal", "show", &goal[..8].to_uppercase()]);
    assert_eq!(ok(&db, &["step", "list", &goal[..6]]).lines().count(), 3);
    let added = bounce(
        &db,
        &[
            "step",
            "add",
            &goal[..5],
            "Print handouts",
            "--due",
            "2999-02-01",
        ],
    );
    let step = stdout(&added).trim_end().to_string();
    assert_eq!(stdout(&added), format!("{step}\n"), "the id alone");
    assert_eq!(stderr(&added), "Added; 0/4 steps done now.\n");
    assert!(
        ok(&db, &["step", "list", &goal])
            .contains(&format!("{step}\topen\tPrint handouts\t2999-02-01\n")),
    );
    assert!(ok(&db, &["goal", "list"]).contains("\t0/4\t"));
    let ticked = ok(&db, &["step", "done", &steps[1].replace('-', "")[..7]]);
    assert!(ticked.starts_with(&steps[1]), "{ticked}");
    ok(&db, &["step", "undo", &steps[1][..4]]);
    assert!(ok(&db, &["goal", "list"]).contains("\t0/4\t"));
}

#[test]
fn bad_goal_and_step_input_is_refused_and_nothing_is_written() {
    let (_dir, db) = temp_db();
    let (goal, steps) = workshop(&db);
    let before = std::fs::read(&db).unwrap();
    let json_before = ok(&db, &["goal", "list", "--all", "--json"]);
    let unknown = "0f0f0f0f-0000-4000-8000-000000000000";

    refuses(&db, &["goal", "add", "  "], "title needs a few words");
    refuses(
        &db,
        &["goal", "add", "Run 5 km", "--target", "some tuesday"],
        "'some tuesday' is not a date bounce understands",
    );
    refuses(
        &db,
        &[
            "goal",
            "add",
            "Run 5 km",
            "--step",
            "Buy shoes",
            "--step",
            " ",
        ],
        "step needs a few words",
    );
    refuses(&db, &["goal", "show", unknown], "no goal with id");
    refuses(&db, &["goal", "show", "0f0f0f"], "no goal with id 0f0f0f");
    refuses(&db, &["goal", "show", "ab"], "too short");
    refuses(&db, &["goal", "show", "not-an-id!"], "is not a goal id");
    refuses(&db, &["goal", "show", &steps[0]], "is a step, not a goal");
    refuses(&db, &["step", "done", unknown], "no step with id");
    refuses(&db, &["step", "done", "zzzz"], "is not a step id");
    refuses(&db, &["step", "done", &goal], "not one of its steps");
    refuses(&db, &["step", "undo", &goal[..8]], "bounce step list");
    refuses(&db, &["step", "list", unknown], "no goal with id");
    refuses(&db, &["step", "add", &goal, "\n"], "step needs a few words");
    refuses(
        &db,
        &["step", "add", &goal, "Book", "--due", "someday"],
        "is not a date bounce understands",
    );
    refuses(&db, &["step", "add", unknown, "Book a room"], "no goal");

    assert_eq!(ok(&db, &["goal", "list", "--all", "--json"]), json_before);
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn json_lists_goals_with_their_steps() {
    let (_dir, db) = temp_db();
    let (goal, steps) = workshop(&db);
    ok(&db, &["step", "done", &steps[0]]);
    let plain = first_field(&ok(&db, &["goal", "add", "Run 5 km"]));
    let json: serde_json::Value =
        serde_json::from_str(&ok(&db, &["goal", "list", "--json"])).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["id"], goal.as_str(), "a target comes first");
    assert_eq!(list[1]["id"], plain.as_str());
    let g = &list[0];
    assert_eq!(g["title"], "Teach a weekend workshop");
    assert_eq!(g["state"], "active");
    assert_eq!(g["target"], "2999-01-01");
    assert_eq!(g["reward"], "Dinner at the Thai place");
    assert_eq!(g["progress"]["done"], 1);
    assert_eq!(g["progress"]["total"], 3);
    assert!(g["finished_on"].is_null() && g["setback_id"].is_null());
    let s = g["steps"].as_array().unwrap();
    assert_eq!(s.len(), 3);
    assert_eq!(s[0]["id"], steps[0].as_str());
    assert_eq!(s[0]["done"], true);
    assert!(s[0]["done_at"].is_string());
    assert_eq!(s[1]["done"], false);
    assert!(s[1]["done_at"].is_null());
    assert_eq!(list[1]["steps"].as_array().unwrap().len(), 0);

    let steps_json: serde_json::Value =
        serde_json::from_str(&ok(&db, &["step", "list", &goal, "--json"])).unwrap();
    assert_eq!(steps_json.as_array().unwrap().len(), 3);
    assert_eq!(steps_json[2]["text"], "Book a room");
    assert_eq!(steps_json[2]["goal_id"], goal.as_str());
    assert_eq!(steps_json[2]["position"], 3);
}
#[test]
fn demo_writes_goals_in_every_state() {
    let (_dir, db) = temp_db();
    ok(&db, &["demo", "--scale", "50"]);
    let active = ok(&db, &["goal", "list"]);
    let done = ok(&db, &["goal", "list", "--done"]);
    let archived = ok(&db, &["goal", "list", "--archived"]);
    for (state, list) in [
        ("active", &active),
        ("done", &done),
        ("archived", &archived),
    ] {
        assert!(!list.is_empty(), "no {state} goals");
        assert!(list.lines().all(|l| fields(l).len() == 4), "{list}");
    }
    assert!(active.lines().count() >= 3, "{active}");
    assert!(active.contains("days past the target"), "{active}");
    assert!(
        active.contains("\t0/0\t"),
        "one goal waits for its first step"
    );
    let half = active
        .lines()
        .find(|l| l.contains("days left"))
        .expect("an active goal with a target ahead");
    let progress: Vec<u32> = fields(half)[1]
        .split('/')
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(progress[0] > 0 && progress[0] < progress[1], "{half}");

    let all: serde_json::Value =
        serde_json::from_str(&ok(&db, &["goal", "list", "--all", "--json"])).unwrap();
    let from_lesson = all
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["lesson_id"].is_string())
        .expect("a goal that came from a lesson");
    assert!(!from_lesson["steps"].as_array().unwrap().is_empty());
    let shown = ok(&db, &["goal", "show", from_lesson["id"].as_str().unwrap()]);
    assert!(shown.contains("Setback: Laid off"), "{shown}");

    let finished = first_field(done.lines().next().unwrap());
    let shown = ok(&db, &["goal", "show", &finished]);
    assert!(shown.contains("\nFinished ") && shown.contains("Reward\n  "));
    assert!(!shown.contains("(next") && !shown.contains('→'), "{shown}");
}

#[test]
fn demo_at_scale_writes_goals_and_steps_too() {
    let (_dir, db) = temp_db();
    ok(&db, &["demo", "--scale", "2000"]);
    let all: serde_json::Value =
        serde_json::from_str(&ok(&db, &["goal", "list", "--all", "--json"])).unwrap();
    let goals = all.as_array().unwrap();
    let steps: usize = goals
        .iter()
        .map(|g| g["steps"].as_array().unwrap().len())
        .sum();
    assert!(goals.len() >= 20, "{} goals", goals.len());
    assert!(steps >= 3 * goals.len() - 20, "{steps} steps");
    for goal in goals {
        let p = &goal["progress"];
        let finished = !goal["finished_on"].is_null();
        assert_eq!(
            finished,
            p["total"] != 0 && p["done"] == p["total"],
            "{goal}"
        );
    }
}

#[test]
fn goal_and_step_commands_explain_themselves() {
    let (_dir, db) = temp_db();
    let help = ok(&db, &["--help"]);
    assert!(help.contains("goal") && help.contains("step"), "{help}");
    let add = ok(&db, &["goal", "add", "--help"]);
    for option in ["--step", "--why", "--success", "--target", "--reward"] {
        assert!(add.contains(option), "{option}: {add}");
    }
    let list = ok(&db, &["goal", "list", "--help"]);
    for option in ["--done", "--archived", "--all", "--json"] {
        assert!(list.contains(option), "{option}: {list}");
    }
    for sub in ["add", "list", "done", "undo"] {
        assert!(ok(&db, &["step", sub, "--help"]).contains("Usage"), "{sub}");
    }
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let (_dir, db) = temp_db();
    ok(&db, &["demo", "--scale", "3000"]);
    for args in [
        &["goal", "list", "--all", "--json"][..],
        &["setback", "list", "--json"],
        &["gratitude", "list", "--json"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_bounce"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
}
