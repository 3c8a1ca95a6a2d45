//! Undo and redo in the store: every kind of record comes back as it was, a deleted setback
//! with its whole debrief, history survives a reopen, and a new change ends the redo.

use bounce::domain::goal::GoalDraft;
use bounce::domain::setback::{EventDraft, SetbackDraft, StrengthKind};
use bounce::store::Store;
use chrono::NaiveDate;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    date("2026-11-23")
}

/// Runs `f` as one change named `label`, as the app does.
fn change<T>(store: &Store, label: &str, f: impl FnOnce(&Store) -> T) -> T {
    store.begin_change(label).unwrap();
    let out = f(store);
    store.end_change().unwrap();
    out
}

/// Everything a person wrote, as text, to compare before and after.
fn dump(store: &Store) -> String {
    let mut out = String::new();
    for s in store.setbacks().unwrap() {
        out += &format!("{s:?}\n{:?}\n", store.events(s.id).unwrap());
        out += &format!(
            "{:?}\n{:?}\n",
            store.strengths(s.id).unwrap(),
            store.lessons(s.id).unwrap()
        );
    }
    out += &format!("{:?}\n", store.gratitude_on(today()).unwrap());
    for state in bounce::domain::goal::GoalState::ALL {
        for g in store.goals(state).unwrap() {
            out += &format!("{g:?}\n{:?}\n", store.steps(g.id).unwrap());
        }
    }
    out
}

fn seeded() -> (tempfile::TempDir, std::path::PathBuf, Store, uuid::Uuid) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let store = Store::open(&path).unwrap();
    let draft = SetbackDraft {
        title: "Laid off".into(),
        date: Some(date("2026-09-09")),
        summary: "The team was closed.".into(),
    };
    let setback = store.add_setback(&draft, today()).unwrap();
    for what in ["All-hands", "The call"] {
        let event = EventDraft {
            date: Some(date("2026-09-01")),
            what: what.into(),
            ..EventDraft::default()
        };
        store.add_event(setback.id, &event, today()).unwrap();
    }
    store
        .add_strength(setback.id, StrengthKind::Praise, "Calm")
        .unwrap();
    store.add_lesson(setback.id, "Ask sooner").unwrap();
    store.add_gratitude(today(), "Tea").unwrap();
    (dir, path, store, setback.id)
}

#[test]
fn a_deleted_setback_comes_back_with_its_debrief_and_goes_again_on_redo() {
    let (_dir, _path, store, setback) = seeded();
    let before = dump(&store);
    change(&store, "deleting a setback", |s| {
        s.delete_setback(setback).unwrap()
    });
    assert!(store.setbacks().unwrap().is_empty());
    let undone = store.undo().unwrap().unwrap();
    assert_eq!(undone.label, "deleting a setback");
    assert_eq!(dump(&store), before);
    assert!(store.check_integrity().unwrap().is_empty());
    store.redo().unwrap().unwrap();
    assert!(store.setbacks().unwrap().is_empty());
    assert!(store.redo().unwrap().is_none(), "nothing more to redo");
    store.undo().unwrap().unwrap();
    assert_eq!(dump(&store), before);
}

#[test]
fn edits_ticks_and_adds_undo_in_order_and_survive_a_reopen() {
    let (_dir, path, store, setback) = seeded();
    let start = dump(&store);
    let goal = change(&store, "adding a goal", |s| {
        s.add_goal(
            &GoalDraft {
                title: "Run".into(),
                ..GoalDraft::default()
            },
            &["1k".into()],
            today(),
        )
        .unwrap()
    });
    let step = store.steps(goal.id).unwrap()[0].id;
    change(&store, "ticking a step", |s| {
        s.tick_step(step, true, today()).unwrap()
    });
    let ticked = dump(&store);
    change(&store, "editing a setback", |s| {
        let draft = SetbackDraft {
            title: "Let go".into(),
            date: Some(date("2026-09-09")),
            summary: String::new(),
        };
        s.update_setback(setback, &draft, today()).unwrap()
    });
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.undo().unwrap().unwrap().label, "editing a setback");
    assert_eq!(dump(&store), ticked);
    assert_eq!(store.undo().unwrap().unwrap().label, "ticking a step");
    assert!(!store.steps(goal.id).unwrap()[0].is_done());
    assert_eq!(store.undo().unwrap().unwrap().label, "adding a goal");
    assert_eq!(dump(&store), start);
    assert!(store.undo().unwrap().is_none(), "the seed was not recorded");
}

#[test]
fn a_new_change_ends_the_redo_and_an_empty_one_is_not_kept() {
    let (_dir, _path, store, _) = seeded();
    change(&store, "adding a gratitude item", |s| {
        s.add_gratitude(today(), "Soup").unwrap()
    });
    store.undo().unwrap().unwrap();
    change(&store, "nothing", |_| ());
    assert!(
        store.redo().unwrap().is_some(),
        "an empty change keeps the redo"
    );
    store.undo().unwrap().unwrap();
    change(&store, "adding a gratitude item", |s| {
        s.add_gratitude(today(), "Bread").unwrap()
    });
    assert!(store.redo().unwrap().is_none());
    let texts: Vec<String> = store
        .gratitude_on(today())
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(texts, ["Tea", "Bread"]);
}

#[test]
fn every_column_of_every_table_a_person_writes_is_covered_by_the_undo_triggers() {
    let triggers = include_str!("../../src/store/undo.sql");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'undo_%'
             AND name NOT IN ('drafts', 'totals') AND sql NOT LIKE 'CREATE VIRTUAL%'
             AND name NOT LIKE '%search%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in tables {
        let insert = format!("INSERT INTO {table} (");
        let line = triggers
            .lines()
            .find(|l| l.contains(&insert))
            .unwrap_or_else(|| panic!("no undo trigger for {table}"));
        let columns: Vec<String> = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for column in columns {
            assert!(
                line.contains(&format!(" {column},")) || line.contains(&format!(" {column})")),
                "{table}.{column} is not restored by undo"
            );
        }
    }
}

#[test]
fn the_search_index_follows_undo_and_redo() {
    let (_dir, _path, store, setback) = seeded();
    let found = |s: &Store, word: &str| s.search(word, None, None, 10).unwrap().len();
    change(&store, "adding a gratitude item", |s| {
        s.add_gratitude(today(), "Marmalade").unwrap()
    });
    assert_eq!(found(&store, "marmalade"), 1);
    store.undo().unwrap().unwrap();
    assert_eq!(found(&store, "marmalade"), 0);
    store.redo().unwrap().unwrap();
    assert_eq!(found(&store, "marmalade"), 1);
    assert_eq!(found(&store, "sooner"), 1);
    change(&store, "deleting a setback", |s| {
        s.delete_setback(setback).unwrap()
    });
    assert_eq!(found(&store, "sooner"), 0);
    store.undo().unwrap().unwrap();
    assert_eq!(found(&store, "sooner"), 1, "the lesson is found again");
    assert!(store.check_integrity().unwrap().is_empty());
}

/// The whole journal as its JSON export, to compare states exactly.
fn export(store: &Store) -> String {
    serde_json::to_string(&store.export().unwrap()).unwrap()
}

#[test]
fn every_kind_of_change_undoes_and_redoes_across_a_reopen() {
    use bounce::domain::Mood;
    use bounce::domain::forward::{Help, PersonDraft, Question, Verdict};
    use bounce::domain::root_cause::{Answer, Cause};
    use bounce::domain::setback::{GriefStage, Story};
    let (_dir, path, store, setback) = seeded();
    let mut states = vec![export(&store)];
    let mut step = |label: &str, f: &dyn Fn(&Store)| {
        change(&store, label, |s| f(s));
        states.push(export(&store));
    };
    step("note", &|s| {
        drop(s.set_note(today(), "A slow day").unwrap())
    });
    step("mood", &|s| {
        drop(s.set_mood(today(), Some(Mood::new(4).unwrap())).unwrap())
    });
    step("answer", &|s| {
        s.set_answer(setback, "learned", "Ask sooner").unwrap()
    });
    step("story", &|s| {
        let story = Story {
            situation: "A reorg".into(),
            ..Story::default()
        };
        s.set_story(setback, &story).unwrap()
    });
    step("check-in", &|s| {
        drop(
            s.add_checkin(setback, today(), Some(GriefStage::Anger), None, "Hot")
                .unwrap(),
        )
    });
    step("cause answer", &|s| {
        let q = &bounce::assets::questionnaire().questions[0].key;
        s.set_cause_answer(setback, q, Some(Answer::Yes)).unwrap()
    });
    step("cause", &|s| {
        drop(s.confirm_cause(setback, Some(Cause::Tactical)).unwrap())
    });
    step("follow-up", &|s| {
        drop(
            s.set_follow_up(setback, &["too_fast".into()], "Slow down")
                .unwrap(),
        )
    });
    step("idea", &|s| {
        let idea = s.add_idea("Teach").unwrap();
        s.weigh_idea(idea.id, Question::Happy, Some(Verdict::Yes), "yes")
            .unwrap();
    });
    step("person", &|s| {
        let draft = PersonDraft {
            name: "Ana".into(),
            helps: vec![Help::Advice],
            note: String::new(),
        };
        drop(s.add_person(&draft).unwrap())
    });
    step("goal", &|s| {
        let draft = GoalDraft {
            title: "Call Ana".into(),
            ..GoalDraft::default()
        };
        let goal = s.add_goal(&draft, &["Ask Ana".into()], today()).unwrap();
        let first = s.steps(goal.id).unwrap()[0].id;
        s.tick_step(first, true, today()).unwrap();
    });
    step("reframe", &|s| {
        drop(s.add_reframe(setback, "I failed", "I learned").unwrap())
    });
    step("conversation", &|s| {
        use bounce::domain::chapter::{ConversationDraft, ConversationKind, Held};
        let ana = s.people().unwrap()[0].id;
        let draft = ConversationDraft {
            person_id: ana,
            setback_id: Some(setback),
            kind: Some(ConversationKind::Feedback),
            ..ConversationDraft::default()
        };
        let planned = s.add_conversation(&draft).unwrap();
        let held = Held {
            on: today(),
            said: "Keep going".into(),
            takeaway: "Ask sooner".into(),
        };
        s.hold_conversation(planned.id, &held).unwrap();
    });
    step("close", &|s| {
        let draft = bounce::domain::chapter::ClosingDraft {
            rating: Some(5),
            ..Default::default()
        };
        drop(s.close_setback(setback, &draft).unwrap())
    });
    step("look back", &|s| {
        drop(s.add_lookback(setback, today(), 3, "Lighter now").unwrap())
    });
    step("reopen", &|s| drop(s.reopen_setback(setback).unwrap()));
    step("delete", &|s| drop(s.delete_setback(setback).unwrap()));
    drop(store);
    let store = Store::open(&path).unwrap();
    for expected in states.iter().rev().skip(1) {
        store.undo().unwrap().expect("a change to undo");
        assert_eq!(&export(&store), expected);
    }
    for expected in states.iter().skip(1) {
        store.redo().unwrap().expect("a change to redo");
        assert_eq!(&export(&store), expected);
    }
    assert!(store.check_integrity().unwrap().is_empty());
}
