//! Full-text search in the store: ranking, odd input, prefixes while typing, date ranges,
//! and an index that follows every write, cascades included.

use crate::common;

use bounce::domain::goal::GoalDraft;
use bounce::domain::search::{Hit, RecordKind};
use bounce::domain::setback::{EventDraft, SetbackDraft};
use bounce::store::Store;
use common::{date, seed, seed_debrief, seed_forward, seed_goals, seed_walks, temp_store, today};

fn find(store: &Store, query: &str) -> Vec<Hit> {
    store.search(query, None, None, 50).unwrap()
}

fn kinds(hits: &[Hit]) -> Vec<RecordKind> {
    hits.iter().map(|h| h.kind).collect()
}

fn event(what: &str, on: &str) -> EventDraft {
    EventDraft {
        date: Some(date(on)),
        what: what.into(),
        ..EventDraft::default()
    }
}

#[test]
fn every_kind_of_text_is_found() {
    let (_dir, store) = temp_store();
    seed(&store);
    let setback = seed_debrief(&store);
    seed_goals(&store);
    seed_forward(&store);
    store
        .add_reframe(setback, "I am unemployable", "Not hired yet")
        .unwrap();
    store
        .set_follow_up(setback, &[], "The timing was out of my hands")
        .unwrap();
    let cases = [
        ("restructuring", RecordKind::Setback),
        ("dissolved", RecordKind::Event),
        ("verdict", RecordKind::Answer),
        ("incidents", RecordKind::Strength),
        ("freeze plan", RecordKind::Lesson),
        ("references", RecordKind::Story),
        ("pumpkin", RecordKind::Gratitude),
        ("applications", RecordKind::Note),
        ("timing angry", RecordKind::Checkin),
        ("sea", RecordKind::Goal),
        ("library", RecordKind::Step),
        ("tutors", RecordKind::Idea),
        ("design community", RecordKind::Person),
        ("unemployable", RecordKind::Reframe),
        ("hands", RecordKind::FollowUp),
    ];
    for (query, kind) in cases {
        let hits = find(&store, query);
        assert!(
            kinds(&hits).contains(&kind),
            "{query:?} should find a {kind:?}, found {hits:?}"
        );
    }
    let step = find(&store, "library").remove(0);
    assert!(step.parent.is_some(), "a step knows its goal");
    assert_eq!(
        step.date,
        date("2026-11-02"),
        "filed under the goal's start"
    );
    let answer = find(&store, "verdict").remove(0);
    assert_eq!(answer.parent, Some(setback));
    assert_eq!(answer.date, date("2026-09-09"));
}

#[test]
fn the_better_match_comes_first_and_words_are_marked() {
    let (_dir, store) = temp_store();
    store
        .add_gratitude(today(), "A walk, a walk, a walk by the river")
        .unwrap();
    store
        .add_gratitude(
            today(),
            "Lunch with an old colleague who told me about the reorganisation plans, then a walk",
        )
        .unwrap();
    let hits = find(&store, "walk");
    assert_eq!(hits.len(), 2);
    assert!(hits[0].snippet.contains("river"), "{hits:?}");
    assert!(hits[0].rank <= hits[1].rank);
    assert_eq!(
        hits[0].marked("[", "]"),
        "A [walk], a [walk], a [walk] by the river"
    );
}

#[test]
fn odd_input_never_errors() {
    let (_dir, store) = temp_store();
    seed(&store);
    store
        .add_gratitude(today(), "感謝 the col:x AND NEAR test 🌱 café")
        .unwrap();
    for query in [
        "\"",
        "AND",
        "OR",
        "NOT",
        "*",
        "NEAR(",
        "NEAR(a b)",
        "-x",
        "col:x",
        "text:walk",
        "^walk",
        "(walk",
        "walk)",
        "a\"b",
        "🌱",
        "感謝",
        "感",
        "'",
        "\\",
        "{}",
        "+",
        "walk*",
        "\u{0}",
        "",
        "   ",
        "a AND",
        "\"unterminated",
    ] {
        assert!(
            store.search(query, None, None, 20).is_ok(),
            "{query:?} should be taken as plain words"
        );
    }
    assert!(find(&store, "").is_empty());
    assert!(find(&store, "* ( \"").is_empty());
    assert_eq!(
        find(&store, "NEAR").len(),
        1,
        "NEAR is a word, not an operator"
    );
    assert_eq!(
        find(&store, "AND ").len(),
        3,
        "AND is a word, not an operator"
    );
    assert_eq!(find(&store, "col:x").len(), 1);
    assert_eq!(find(&store, "感謝").len(), 1);
    assert_eq!(find(&store, "cafe").len(), 1, "accents are folded");
    assert!(store.check_integrity().unwrap().is_empty());
}

#[test]
fn the_last_word_matches_while_it_is_being_typed() {
    let (_dir, store) = temp_store();
    seed(&store);
    assert_eq!(find(&store, "riv").len(), 1);
    assert_eq!(find(&store, "walk riv").len(), 1);
    assert!(find(&store, "riv ").is_empty(), "a finished word is whole");
    assert!(
        find(&store, "wal by").is_empty(),
        "only the last word is a prefix"
    );
}

#[test]
fn a_date_range_keeps_what_is_filed_inside_it() {
    let (_dir, store) = temp_store();
    seed(&store);
    let all = find(&store, "ana");
    assert_eq!(all.len(), 2);
    let from = store
        .search("ana", Some(date("2026-11-22")), None, 50)
        .unwrap();
    assert_eq!(from.len(), 1);
    assert_eq!(from[0].date, today());
    let to = store
        .search("ana", None, Some(date("2026-11-21")), 50)
        .unwrap();
    assert_eq!(to.len(), 1);
    assert_eq!(to[0].date, date("2026-11-21"));
    let day = store
        .search(
            "ana",
            Some(date("2026-11-21")),
            Some(date("2026-11-21")),
            50,
        )
        .unwrap();
    assert_eq!(day.len(), 1);
}

#[test]
fn the_index_follows_updates_and_deletes() {
    let (_dir, store) = temp_store();
    let item = store.add_gratitude(today(), "Quiet morning tea").unwrap();
    store
        .update_gratitude(item.id, "Loud morning coffee")
        .unwrap();
    assert!(find(&store, "tea").is_empty());
    assert_eq!(find(&store, "coffee")[0].id, item.id);
    store.delete_gratitude(item.id).unwrap();
    assert!(find(&store, "coffee").is_empty());

    store.set_note(today(), "Rain all day").unwrap();
    store.set_note(today(), "").unwrap();
    assert!(
        find(&store, "rain").is_empty(),
        "a cleared note leaves nothing"
    );

    let goal = store
        .add_goal(
            &GoalDraft {
                title: "Learn Portuguese".into(),
                ..GoalDraft::default()
            },
            &["Find a tutor".into()],
            date("2026-11-01"),
        )
        .unwrap();
    let moved = GoalDraft {
        title: "Learn Spanish".into(),
        ..GoalDraft::default()
    };
    store.update_goal(goal.id, &moved).unwrap();
    assert!(find(&store, "portuguese").is_empty());
    assert_eq!(find(&store, "spanish").len(), 1);
    store.delete_goal(goal.id).unwrap();
    assert!(
        find(&store, "tutor").is_empty(),
        "the goal's steps went with it"
    );
    assert!(store.check_integrity().unwrap().is_empty());
}

#[test]
fn deleting_a_setback_clears_everything_under_it() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    store.add_reframe(setback, "I failed them", "").unwrap();
    store.set_follow_up(setback, &[], "Budget timing").unwrap();
    assert!(find(&store, "dissolved").len() == 1);
    store.delete_setback(setback).unwrap();
    for word in [
        "restructuring",
        "dissolved",
        "verdict",
        "incidents",
        "freeze",
        "references",
        "timing",
        "failed",
        "budget",
    ] {
        assert!(find(&store, word).is_empty(), "{word} should be gone");
    }
    assert_eq!(find(&store, "passed").len(), 1, "the other setback stays");
    assert!(store.check_integrity().unwrap().is_empty());
}

#[test]
fn a_setback_moved_in_time_moves_its_debrief() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let draft = SetbackDraft {
        title: "Laid off in the autumn restructuring".into(),
        date: Some(date("2026-10-01")),
        summary: String::new(),
    };
    store.update_setback(setback, &draft, today()).unwrap();
    assert_eq!(find(&store, "verdict")[0].date, date("2026-10-01"));
    assert_eq!(find(&store, "restructuring")[0].date, date("2026-10-01"));
    let event = store.add_event(setback, &event("Cleared my desk", "2026-10-02"), today());
    assert_eq!(find(&store, "desk")[0].id, event.unwrap().id);
}

#[test]
fn what_was_written_before_the_index_existed_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        let older = [
            include_str!("../../migrations/001_initial.sql"),
            include_str!("../../migrations/002_debrief.sql"),
            include_str!("../../migrations/003_root_cause.sql"),
            include_str!("../../migrations/004_goals.sql"),
            include_str!("../../migrations/005_moving_forward.sql"),
        ];
        rusqlite_migration::Migrations::new(
            older.iter().map(|s| rusqlite_migration::M::up(s)).collect(),
        )
        .to_latest(&mut conn)
        .unwrap();
        conn.execute_batch(
            "INSERT INTO setbacks (id, title, date, summary, created_at, updated_at)
                 VALUES ('5f0c6a2e-0000-4000-8000-000000000001', 'Pitch lost', '2025-05-01',
                         'The client chose a cheaper agency', 'x', 'x');
             INSERT INTO events (id, setback_id, date, position, what, created_at, updated_at)
                 VALUES ('5f0c6a2e-0000-4000-8000-000000000002',
                         '5f0c6a2e-0000-4000-8000-000000000001', '2025-04-20', 1,
                         'Rehearsed the deck twice', 'x', 'x');
             INSERT INTO gratitude_items (id, date, position, text, created_at, updated_at)
                 VALUES ('5f0c6a2e-0000-4000-8000-000000000003', '2025-05-02', 1,
                         'Warm bread', 'x', 'x');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(kinds(&find(&store, "agency")), vec![RecordKind::Setback]);
    assert_eq!(kinds(&find(&store, "deck")), vec![RecordKind::Event]);
    assert_eq!(find(&store, "deck")[0].date, date("2025-04-20"));
    assert_eq!(kinds(&find(&store, "bread")), vec![RecordKind::Gratitude]);
    assert!(store.check_integrity().unwrap().is_empty());
}

#[test]
fn the_limit_is_kept() {
    let (_dir, store) = temp_store();
    for i in 0..30 {
        store
            .add_gratitude(today(), &format!("Walk number {i}"))
            .unwrap();
    }
    assert_eq!(store.search("walk", None, None, 10).unwrap().len(), 10);
}

#[test]
fn a_search_stops_when_asked_and_finishes_otherwise() {
    let (_dir, store) = temp_store();
    seed_walks(&store, 3_000);
    assert_eq!(
        store
            .search_until("walk", None, None, 50, Some(|| true))
            .unwrap(),
        None,
        "stopped at the first look"
    );
    let finished = store
        .search_until("walk", None, None, 50, Some(|| false))
        .unwrap()
        .expect("never asked to stop");
    assert_eq!(finished.len(), 50);
    // Nothing of the stopped search is left behind to stop the next one.
    assert_eq!(find(&store, "walk"), finished);
    assert_eq!(find(&store, "river").len(), 50);
}

#[test]
fn a_date_range_finds_entries_written_out_of_order() {
    let (_dir, store) = temp_store();
    // Days written in no order: the range is not a run of entry numbers.
    for (day, text) in [
        ("2026-03-01", "Lisbon in spring"),
        ("2019-06-01", "Lisbon long ago"),
        ("2026-11-20", "Lisbon again"),
        ("2019-06-02", "Lisbon, the day after"),
        ("2020-01-01", "Porto, not Lisbon's year"),
    ] {
        store.add_gratitude(date(day), text).unwrap();
    }
    let in_2019 = store
        .search(
            "lisbon",
            Some(date("2019-01-01")),
            Some(date("2019-12-31")),
            50,
        )
        .unwrap();
    let mut days: Vec<String> = in_2019.iter().map(|h| h.date.to_string()).collect();
    days.sort();
    assert_eq!(days, ["2019-06-01", "2019-06-02"]);
    assert!(
        store
            .search(
                "lisbon",
                Some(date("2010-01-01")),
                Some(date("2010-12-31")),
                50
            )
            .unwrap()
            .is_empty(),
        "nothing filed in the range"
    );
    assert_eq!(
        store
            .search("lisbon", Some(date("2020-01-01")), None, 50)
            .unwrap()
            .len(),
        3
    );
}
