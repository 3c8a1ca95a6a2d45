//! Conversations from the command line: planned with a person by id or by name, with the
//! kind's starter questions or one's own, held with what came of them, and a clear refusal
//! for each bad input.

use crate::cli_support;

use cli_support::*;
use std::path::Path;

fn add_setback(db: &Path, title: &str) -> String {
    first_field(&ok(db, &["setback", "add", title, "--date", "2026-11-01"]))
}

fn plan(db: &Path, args: &[&str]) -> String {
    let mut all = vec!["conversation", "add"];
    all.extend(args);
    let out = bounce(db, &all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let printed = stdout(&out);
    assert_eq!(printed.lines().count(), 1, "{printed}");
    printed.trim().to_string()
}

fn listed(db: &Path, flags: &[&str]) -> Vec<Vec<String>> {
    let mut args = vec!["conversation", "list"];
    args.extend(flags);
    ok(db, &args)
        .lines()
        .map(|l| fields(l).into_iter().map(str::to_string).collect())
        .collect()
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

#[test]
fn a_conversation_is_planned_with_a_name_and_the_kinds_starter_questions() {
    let (_dir, db) = temp_db();
    let setback = add_setback(&db, "Passed over for the lead role");
    let out = bounce(
        &db,
        &[
            "conversation",
            "add",
            "--with",
            "Priya",
            "--kind",
            "feedback",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
    assert!(
        stderr(&out).contains("Priya joins your people."),
        "{}",
        stderr(&out)
    );

    let again = plan(
        &db,
        &[
            "--with",
            "priya",
            "--kind",
            "Learn",
            "--setback",
            &setback[..6],
        ],
    );
    let people = ok(&db, &["person", "list"]);
    assert_eq!(people.lines().count(), 1, "{people}");
    let priya = first_field(&people);
    let by_id = plan(
        &db,
        &["--with", &priya[..8], "--kind", "ask", "--on", "2026-12-01"],
    );

    let list = listed(&db, &[]);
    let ids: Vec<&str> = list.iter().map(|l| l[0].as_str()).collect();
    // Dated ones first, soonest first; undated after.
    assert_eq!(ids, [by_id.as_str(), id.as_str(), again.as_str()]);
    assert_eq!(list[0][1..], ["2026-12-01", "ask", "Priya", "planned"]);
    assert_eq!(list[1][1..], ["-", "feedback", "Priya", "planned"]);

    let all = json(&db, &["conversation", "list", "--json"]);
    let first = &all[1];
    assert_eq!(first["id"], id.as_str());
    assert_eq!(first["person_id"], priya.as_str());
    assert_eq!(first["state"], "planned");
    assert_eq!(first["planned_on"], serde_json::Value::Null);
    assert_eq!(first["questions"].as_array().unwrap().len(), 3);
    assert_eq!(
        first["questions"][0],
        "What made the difference in the end?"
    );
    assert_eq!(all[2]["setback_id"], setback.as_str());
}

#[test]
fn asked_questions_replace_the_starters_and_a_goal_can_be_named() {
    let (_dir, db) = temp_db();
    let goal = first_field(&ok(&db, &["goal", "add", "Teach a weekend workshop"]));
    let id = plan(
        &db,
        &[
            "--with",
            "Ana",
            "--kind",
            "share",
            "--goal",
            &goal,
            "--on",
            "friday",
            "--ask",
            "Will you check in with me in a month?",
            "--ask",
            "What would you watch for?",
        ],
    );
    let all = json(&db, &["conversation", "list", "--json"]);
    assert_eq!(all[0]["id"], id.as_str());
    assert_eq!(all[0]["goal_id"], goal.as_str());
    // TODAY is a Monday; the next Friday is four days on.
    assert_eq!(all[0]["planned_on"], "2026-11-27");
    let questions = &all[0]["questions"];
    assert_eq!(questions[0], "Will you check in with me in a month?");
    assert_eq!(questions.as_array().unwrap().len(), 2);
}

#[test]
fn bad_conversation_input_is_refused_and_adds_no_one() {
    let (_dir, db) = temp_db();
    let with = |person: &str, more: &[&str]| {
        let mut args = vec![
            "conversation",
            "add",
            "--with",
            person,
            "--kind",
            "feedback",
        ];
        args.extend(more);
        args.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let refuse = |args: Vec<String>, says: &str| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refuses(&db, &args, says);
    };
    refuse(with("1a2b3c4d", &[]), "no person with id 1a2b3c4d");
    let full = "7d9f0c2e-5b1a-4c3d-9e8f-0a1b2c3d4e5f";
    refuse(with(full, &[]), &format!("no person with id {full}"));
    refuse(
        with("Priya", &["--setback", "abcd1234"]),
        "no setback with id abcd1234",
    );
    refuse(
        with("Priya", &["--setback", "soon"]),
        "'soon' is not a setback id",
    );
    refuse(
        with("Priya", &["--goal", "abcd1234"]),
        "no goal with id abcd1234",
    );
    refuse(
        with("Priya", &["--on", "whenever"]),
        "'whenever' is not a date",
    );
    refuse(with("  ", &[]), "needs a few words");
    refuses(
        &db,
        &["conversation", "add", "--with", "Priya", "--kind", "chat"],
        "'chat' is not a kind of conversation; use one of feedback, learn, ask, share, listen",
    );
    assert_eq!(ok(&db, &["person", "list"]), "");
    assert_eq!(ok(&db, &["conversation", "list"]), "");
}

#[test]
fn holding_a_conversation_notes_what_came_of_it_and_the_day_in_touch() {
    let (_dir, db) = temp_db();
    let early = plan(
        &db,
        &[
            "--with",
            "Priya",
            "--kind",
            "feedback",
            "--on",
            "2026-11-20",
        ],
    );
    let _later = plan(
        &db,
        &["--with", "Tom", "--kind", "learn", "--on", "2026-12-20"],
    );
    let due = listed(&db, &["--due"]);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0][0], early);

    let held = ok(
        &db,
        &[
            "conversation",
            "held",
            &early[..8],
            "--said",
            "The other candidate led the migration",
            "--takeaway",
            "Lead something visible",
        ],
    );
    assert_eq!(
        fields(held.trim()),
        [early.as_str(), TODAY, "feedback", "Priya", "held"]
    );
    assert!(listed(&db, &["--due"]).is_empty());
    let list = listed(&db, &[]);
    assert_eq!(
        list.last().unwrap()[0],
        early,
        "held ones come after planned ones"
    );
    let all = json(&db, &["conversation", "list", "--json"]);
    assert_eq!(all[1]["said"], "The other candidate led the migration");
    assert_eq!(all[1]["held_on"], TODAY);
    let people = ok(&db, &["person", "list"]);
    let priya = people.lines().find(|l| l.contains("Priya")).unwrap();
    assert_eq!(fields(priya)[3], TODAY);

    // Holding again with only a day keeps what was said.
    ok(
        &db,
        &["conversation", "held", &early, "--date", "yesterday"],
    );
    let all = json(&db, &["conversation", "list", "--json"]);
    assert_eq!(all[1]["held_on"], "2026-11-22");
    assert_eq!(all[1]["takeaway"], "Lead something visible");
}

#[test]
fn a_conversation_cannot_be_held_on_a_day_still_ahead() {
    let (_dir, db) = temp_db();
    let id = plan(&db, &["--with", "Priya", "--kind", "listen"]);
    refuses(
        &db,
        &[
            "conversation",
            "held",
            &id,
            "--date",
            "tomorrow",
            "--said",
            "x",
        ],
        "2026-11-24 is still ahead",
    );
    refuses(
        &db,
        &["conversation", "held", &id, "--date", "someday"],
        "not a date",
    );
    refuses(
        &db,
        &["conversation", "held", "abcd1234"],
        "no conversation with id abcd1234",
    );
    assert_eq!(listed(&db, &[])[0][4], "planned");
    let people = ok(&db, &["person", "list"]);
    assert_eq!(
        fields(people.trim_end_matches('\n'))[3],
        "",
        "not marked in touch: {people}"
    );
}

#[test]
fn a_setbacks_conversations_show_with_it() {
    let (_dir, db) = temp_db();
    let setback = add_setback(&db, "Passed over for the lead role");
    let id = plan(
        &db,
        &[
            "--with",
            "Priya",
            "--kind",
            "feedback",
            "--setback",
            &setback,
        ],
    );
    ok(
        &db,
        &[
            "conversation",
            "held",
            &id,
            "--said",
            "Ask sooner",
            "--takeaway",
            "Lead one project",
        ],
    );
    let shown = ok(&db, &["setback", "show", &setback]);
    assert!(shown.contains("\nConversations\n"), "{shown}");
    assert!(
        shown.contains("Candid feedback with Priya, held 2026-11-23"),
        "{shown}"
    );
    assert!(shown.contains("Takeaway: Lead one project"), "{shown}");
}
