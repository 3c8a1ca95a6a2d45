//! Moving forward from the command line: the ideas funnel weighed and promoted, the support
//! network kept in touch, reframes per setback, and a clear refusal for every bad input.

use crate::cli_support;

use cli_support::*;
use std::path::Path;

fn today() -> String {
    TODAY.to_string()
}

fn add_idea(db: &Path, text: &str) -> String {
    first_field(&ok(db, &["idea", "add", text]))
}

fn weigh(db: &Path, id: &str, question: &str, verdict: &str, note: &str) -> String {
    ok(
        db,
        &["idea", "weigh", id, question, verdict, "--note", note],
    )
}

/// The texts of `idea list` (with `flags`), in the order listed.
fn idea_texts(db: &Path, flags: &[&str]) -> Vec<String> {
    let mut args = vec!["idea", "list"];
    args.extend(flags);
    ok(db, &args)
        .lines()
        .map(|l| fields(l)[3].to_string())
        .collect()
}

#[test]
fn the_funnel_lists_the_best_weighed_idea_first() {
    let (_dir, db) = temp_db();
    let book = add_idea(&db, "Write a short book about handovers");
    let tooling = add_idea(&db, "Move into developer tooling");
    let _fresh = add_idea(&db, "Go back to university");
    let listed = ok(&db, &["idea", "list"]);
    assert!(
        listed.lines().all(|l| fields(l)[1] == "not weighed"),
        "{listed}"
    );

    weigh(&db, &book, "realistic", "maybe", "Evenings only");
    for question in ["realistic", "values", "happy"] {
        weigh(&db, &tooling, question, "yes", "");
    }
    assert_eq!(
        idea_texts(&db, &[]),
        [
            "Move into developer tooling",
            "Write a short book about handovers",
            "Go back to university"
        ]
    );
    let list = ok(&db, &["idea", "list"]);
    let lines: Vec<Vec<&str>> = list.lines().map(fields).collect();
    assert_eq!(
        lines[0],
        [
            tooling.as_str(),
            "6/6",
            "open",
            "Move into developer tooling"
        ]
    );
    assert_eq!(lines[1][1..3], ["1/6 so far", "open"]);
    assert_eq!(lines[2][1], "not weighed");

    let weighed = weigh(&db, &book[..6], "happy", "yes", "");
    assert!(
        weighed.starts_with(&format!("{book}\t3/6 so far\t")),
        "{weighed}"
    );
    assert!(
        weighed.contains("Would it make me happy? Yes."),
        "{weighed}"
    );
    weigh(&db, &book, "values", "yes", "");
    assert_eq!(
        fields(ok(&db, &["idea", "list"]).lines().nth(1).unwrap())[1],
        "5/6"
    );
}

#[test]
fn weighing_refuses_unknown_words_and_keeps_the_note() {
    let (_dir, db) = temp_db();
    let idea = add_idea(&db, "Teach at the coding club");
    weigh(&db, &idea, "values", "yes", "Helping people start");
    let before = ok(&db, &["idea", "list", "--json"]);
    refuses(
        &db,
        &["idea", "weigh", &idea, "joy", "yes"],
        "realistic, values or happy",
    );
    refuses(
        &db,
        &["idea", "weigh", &idea, "happy", "perhaps"],
        "'perhaps'",
    );
    refuses(
        &db,
        &["idea", "weigh", &idea, "happy", "perhaps"],
        "yes, maybe, no or clear",
    );
    refuses(&db, &["idea", "weigh", "abc", "happy", "yes"], "too short");
    refuses(
        &db,
        &["idea", "weigh", "zzzz", "happy", "yes"],
        "not an idea id",
    );
    refuses(
        &db,
        &["idea", "weigh", "abcd1234", "happy", "yes"],
        "no idea with id abcd1234",
    );
    refuses(&db, &["idea", "add", "   "], "needs a few words");
    assert_eq!(ok(&db, &["idea", "list", "--json"]), before);

    let changed = ok(&db, &["idea", "weigh", &idea, "values", "maybe"]);
    assert!(
        changed.contains("Does it fit my values? Maybe: Helping people start"),
        "without --note the note stays: {changed}"
    );
    let cleared = ok(
        &db,
        &["idea", "weigh", &idea, "values", "clear", "--note", ""],
    );
    assert!(cleared.contains("\tnot weighed\t"), "{cleared}");
}

#[test]
fn promoting_carries_the_weighing_into_one_goal() {
    let (_dir, db) = temp_db();
    let idea = add_idea(&db, "Volunteer at the coding club on Saturdays");
    weigh(
        &db,
        &idea,
        "realistic",
        "yes",
        "Two hours a week, close to home",
    );
    weigh(&db, &idea, "happy", "maybe", "");

    let promoted = ok(&db, &["idea", "promote", &idea[..5]]);
    let lines: Vec<&str> = promoted.lines().collect();
    let goal = first_field(lines[0]);
    assert_eq!(
        fields(lines[0])[1..3],
        ["0/0", "Volunteer at the coding club on Saturdays"]
    );
    assert_eq!(ok(&db, &["goal", "list"]).lines().next().unwrap(), lines[0]);

    let shown = ok(&db, &["goal", "show", &goal]);
    assert!(
        shown.contains("\nWhy\n  Is it realistic? Yes: Two hours a week, close to home\n  Would it make me happy? Maybe.\n"),
        "{shown}"
    );
    let again = ok(&db, &["idea", "promote", &idea]);
    assert_eq!(
        first_field(&again),
        goal,
        "promoting twice gives the same goal"
    );
    assert!(
        again.contains("Already a goal; nothing changed."),
        "{again}"
    );
    assert_eq!(ok(&db, &["goal", "list"]).lines().count(), 1);

    assert!(
        ok(&db, &["idea", "list"]).is_empty(),
        "a promoted idea leaves the funnel"
    );
    let all = ok(&db, &["idea", "list", "--all"]);
    assert_eq!(fields(all.trim_end())[2], "became a goal", "{all}");
    refuses(&db, &["idea", "aside", &idea], "became a goal");
}

#[test]
fn an_idea_set_aside_waits_and_comes_back() {
    let (_dir, db) = temp_db();
    let lisbon = add_idea(&db, "Move to Lisbon and work remotely");
    add_idea(&db, "Start a consultancy");
    let aside = ok(&db, &["idea", "aside", &lisbon]);
    assert!(
        aside.starts_with(&format!("{lisbon}\tnot weighed\tnot now\t")),
        "{aside}"
    );
    assert_eq!(idea_texts(&db, &[]), ["Start a consultancy"]);
    assert_eq!(
        idea_texts(&db, &["--not-now"]),
        ["Move to Lisbon and work remotely"]
    );
    assert_eq!(idea_texts(&db, &["--all"]).len(), 2);
    assert!(ok(&db, &["idea", "aside", &lisbon]).contains("Already set aside"));

    let back = ok(&db, &["idea", "back", &lisbon[..8]]);
    assert!(
        back.contains("\topen\t") && back.contains("Back in the funnel."),
        "{back}"
    );
    assert_eq!(idea_texts(&db, &[]).len(), 2);
    assert!(ok(&db, &["idea", "list", "--not-now"]).is_empty());
    assert!(ok(&db, &["idea", "back", &lisbon]).contains("Already in the funnel"));
}

#[test]
fn people_are_kept_with_how_they_help() {
    let (_dir, db) = temp_db();
    let added = ok(
        &db,
        &[
            "person",
            "add",
            "Ana",
            "--helps",
            "listening, intros",
            "--note",
            "Friend from university",
        ],
    );
    let ana = first_field(&added);
    assert_eq!(added, format!("{ana}\n"), "the id alone");
    assert_eq!(
        fields(ok(&db, &["person", "list"]).trim_end_matches('\n')),
        [ana.as_str(), "Ana", "introductions,listening", ""]
    );
    refuses(
        &db,
        &["person", "add", "Bo", "--helps", "advice, money"],
        "'money'",
    );
    refuses(
        &db,
        &["person", "add", "Bo", "--helps", "money"],
        "advice, introductions, listening or feedback",
    );
    refuses(&db, &["person", "add", " "], "needs a few words");
    ok(&db, &["person", "add", "Tom Reyes"]);
    let list = ok(&db, &["person", "list"]);
    let names: Vec<&str> = list.lines().map(|l| fields(l)[1]).collect();
    assert_eq!(
        names,
        ["Ana", "Tom Reyes"],
        "nobody refused was added: {list}"
    );
    assert!(list.lines().all(|l| fields(l).len() == 4), "{list}");
}

#[test]
fn being_in_touch_shows_in_the_list() {
    let (_dir, db) = temp_db();
    let tom = first_field(&ok(&db, &["person", "add", "Tom", "--helps", "advice"]));
    let touched = ok(
        &db,
        &["person", "touched", &tom[..4], "--date", "2026-01-15"],
    );
    assert!(
        touched.starts_with(&format!("{tom}\tTom\tadvice\t2026-01-15\n")),
        "{touched}"
    );
    let earlier = ok(&db, &["person", "touched", &tom, "--date", "2025-12-01"]);
    assert!(
        earlier.contains("more recently, on 2026-01-15; nothing changed"),
        "{earlier}"
    );
    refuses(
        &db,
        &["person", "touched", &tom, "--date", "2999-01-01"],
        "has not happened yet",
    );
    refuses(
        &db,
        &["person", "touched", "abcd1234"],
        "no person with id abcd1234",
    );
    assert!(ok(&db, &["person", "list"]).ends_with("\t2026-01-15\n"));

    let now = ok(&db, &["person", "touched", &tom]);
    assert!(now.contains("Tom: in touch today."), "{now}");
    let list = ok(&db, &["person", "list"]);
    assert_eq!(fields(list.trim_end())[3], today());
}

#[test]
fn ticking_a_step_that_names_someone_keeps_in_touch() {
    let (_dir, db) = temp_db();
    ok(&db, &["person", "add", "Ana", "--helps", "feedback"]);
    ok(&db, &["person", "add", "Anabel"]);
    let goal = first_field(&ok(
        &db,
        &[
            "goal",
            "add",
            "Finish the case study",
            "--step",
            "Ask Ana to read it",
        ],
    ));
    let step = first_field(&ok(&db, &["step", "list", &goal]));
    let before = ok(&db, &["person", "list"]);
    assert!(before.lines().all(|l| fields(l)[3].is_empty()), "{before}");

    ok(&db, &["step", "done", &step]);
    let list = ok(&db, &["person", "list"]);
    let contact = |name: &str| {
        let line = list.lines().find(|l| fields(l)[1] == name).unwrap();
        fields(line)[3].to_string()
    };
    assert_eq!(contact("Ana"), today(), "{list}");
    assert_eq!(contact("Anabel"), "", "only the person named: {list}");
}

#[test]
fn reframes_are_kept_per_setback() {
    let (_dir, db) = temp_db();
    let setback = first_field(&ok(
        &db,
        &["setback", "add", "Passed over for the lead role"],
    ));
    let harsh = bounce(
        &db,
        &[
            "reframe",
            "add",
            &setback[..6],
            "--thought",
            "I am not leadership material",
        ],
    );
    let first = first_field(&stdout(&harsh));
    assert_eq!(stdout(&harsh), format!("{first}\n"), "the id alone");
    assert!(
        stderr(&harsh).contains("bounce reframe kinder"),
        "a nudge for the kinder words, beside what scripts read: {}",
        stderr(&harsh)
    );
    let kind = ok(
        &db,
        &[
            "reframe",
            "add",
            &setback,
            "--thought",
            "I wasted two years",
            "--kinder",
            "I learned what I want,\nand that took two years",
        ],
    );
    assert_eq!(kind.lines().count(), 1, "{kind}");
    refuses(
        &db,
        &["reframe", "add", "abcd1234", "--thought", "x"],
        "no setback with id abcd1234",
    );
    refuses(
        &db,
        &["reframe", "add", &setback, "--thought", " "],
        "needs a few words",
    );
    refuses(&db, &["reframe", "list", "nope"], "not a setback id");

    let list = ok(&db, &["reframe", "list", &setback]);
    let lines: Vec<Vec<&str>> = list.lines().map(fields).collect();
    assert_eq!(lines.len(), 2, "{list}");
    assert_eq!(
        lines[0],
        [first.as_str(), &today(), "I am not leadership material", ""]
    );
    assert_eq!(
        lines[1][3],
        "I learned what I want, and that took two years"
    );

    let kinder = ok(
        &db,
        &[
            "reframe",
            "kinder",
            &first[..5],
            "I am not leadership material yet",
        ],
    );
    assert!(
        kinder.ends_with("\tI am not leadership material yet\n"),
        "{kinder}"
    );
    let shown = ok(&db, &["setback", "show", &setback]);
    assert!(shown.contains("\nReframes\n"), "{shown}");
    assert!(
        shown.contains("I am not leadership material yet"),
        "{shown}"
    );
}

#[test]
fn json_lists_have_the_expected_keys() {
    let (_dir, db) = temp_db();
    let idea = add_idea(&db, "Move into developer tooling");
    weigh(&db, &idea, "realistic", "yes", "Three teams are hiring");
    ok(
        &db,
        &["person", "add", "Ana", "--helps", "advice, listening"],
    );
    let setback = first_field(&ok(&db, &["setback", "add", "Laid off"]));
    ok(
        &db,
        &[
            "reframe",
            "add",
            &setback,
            "--thought",
            "I should have seen it",
            "--kinder",
            "Hindsight",
        ],
    );

    let parse =
        |args: &[&str]| -> serde_json::Value { serde_json::from_str(&ok(&db, args)).unwrap() };
    let ideas = parse(&["idea", "list", "--json"]);
    let i = &ideas[0];
    for key in [
        "id",
        "text",
        "status",
        "score",
        "answered",
        "goal_id",
        "realistic",
        "values",
        "happy",
    ] {
        assert!(i.get(key).is_some(), "{key}: {i}");
    }
    assert_eq!(i["id"], idea.as_str());
    assert_eq!(i["score"], 2);
    assert_eq!(i["status"], "open");
    assert_eq!(i["realistic"]["verdict"], "yes");
    assert_eq!(i["realistic"]["note"], "Three teams are hiring");
    assert!(i["happy"]["verdict"].is_null());

    let people = parse(&["person", "list", "--json"]);
    let p = &people[0];
    assert_eq!(p["name"], "Ana");
    assert_eq!(p["helps"], serde_json::json!(["advice", "listening"]));
    assert!(p["last_contact"].is_null() && p["note"] == "" && p["id"].is_string());

    let reframes = parse(&["reframe", "list", &setback, "--json"]);
    let r = &reframes[0];
    assert_eq!(r["setback_id"], setback.as_str());
    assert_eq!(
        (r["thought"].as_str(), r["kinder"].as_str()),
        (Some("I should have seen it"), Some("Hindsight"))
    );
    assert_eq!(r["written_on"], today().as_str());
    assert!(r["id"].is_string());
}

#[test]
fn demo_writes_ideas_people_and_reframes() {
    let (_dir, db) = temp_db();
    ok(&db, &["demo", "--scale", "50"]);
    let open = ok(&db, &["idea", "list"]);
    assert!(open.lines().count() >= 3, "{open}");
    assert!(
        open.starts_with(&format!("{}\t6/6\t", first_field(&open))),
        "{open}"
    );
    assert!(
        open.contains("\tnot weighed\t") && open.contains(" so far\t"),
        "{open}"
    );
    assert_eq!(ok(&db, &["idea", "list", "--not-now"]).lines().count(), 1);
    let all = ok(&db, &["idea", "list", "--all"]);
    let promoted = all
        .lines()
        .find(|l| fields(l)[2] == "became a goal")
        .expect("a promoted idea");
    assert!(
        ok(&db, &["goal", "list"]).contains(fields(promoted)[3]),
        "its goal is active"
    );

    let people = ok(&db, &["person", "list"]);
    assert!((4..=6).contains(&people.lines().count()), "{people}");
    assert!(people.lines().any(|l| fields(l)[3] == today()), "{people}");
    assert!(
        people.lines().any(|l| fields(l)[1] == "Jonas"),
        "named in an open step"
    );

    let setbacks = ok(&db, &["setback", "list"]);
    let mut reframes = 0;
    for setback in setbacks.lines().map(first_field) {
        reframes += ok(&db, &["reframe", "list", &setback]).lines().count();
    }
    assert!((2..=4).contains(&reframes), "{reframes} reframes");
    let shown = ok(&db, &["setback", "show", &first_field(&setbacks)]);
    assert!(
        shown.contains("Who did it bring into my life?\n    - Tom"),
        "{shown}"
    );
}

#[test]
fn demo_at_scale_keeps_the_funnel_and_network_growing() {
    let (_dir, db) = temp_db();
    let out = ok(&db, &["demo", "--scale", "3000"]);
    let records: u64 = out.split_whitespace().find_map(|w| w.parse().ok()).unwrap();
    assert!(records >= 3000, "{out}");
    let ideas = ok(&db, &["idea", "list", "--all"]).lines().count();
    let people = ok(&db, &["person", "list"]).lines().count();
    assert!(
        ideas >= 20 && people >= 10,
        "{ideas} ideas, {people} people"
    );
}

#[test]
fn moving_forward_commands_explain_themselves() {
    let (_dir, db) = temp_db();
    let help = ok(&db, &["--help"]);
    for command in ["idea", "person", "reframe"] {
        assert!(help.contains(command), "{command}: {help}");
    }
    let weigh = ok(&db, &["idea", "weigh", "--help"]);
    assert!(weigh.contains("realistic, values or happy") && weigh.contains("--note"));
    assert!(ok(&db, &["idea", "list", "--help"]).contains("--not-now"));
    assert!(ok(&db, &["person", "add", "--help"]).contains("--helps"));
    assert!(ok(&db, &["reframe", "add", "--help"]).contains("--kinder"));
    for sub in ["add", "list", "weigh", "promote", "aside", "back"] {
        assert!(ok(&db, &["idea", sub, "--help"]).contains("Usage"), "{sub}");
    }
}
