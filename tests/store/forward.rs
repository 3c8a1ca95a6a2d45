//! Moving forward in the store: the ideas funnel and its promotion to goals, the support
//! network with contact kept by ticked steps, reframes, and people a setback brought in.

use bounce::domain::forward::{Help, IdeaStatus, PersonDraft, Question, Verdict};
use bounce::domain::goal::{GoalDraft, GoalState};
use bounce::domain::setback::{SetbackDraft, StrengthKind};
use bounce::store::{Store, StoreError};
use chrono::NaiveDate;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    date("2026-11-23")
}

fn temp_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

fn person(name: &str) -> PersonDraft {
    PersonDraft {
        name: name.into(),
        helps: vec![Help::Introductions],
        note: String::new(),
    }
}

#[test]
fn open_ideas_come_best_first_and_promotion_carries_the_notes() {
    let (_dir, path, store) = temp_store();
    let abroad = store.add_idea("Move abroad").unwrap();
    let teach = store.add_idea("Teach").unwrap();
    let practice = store.add_idea("Start my own practice").unwrap();
    store
        .weigh_idea(
            teach.id,
            Question::Realistic,
            Some(Verdict::Yes),
            "I have taught before",
        )
        .unwrap();
    store
        .weigh_idea(teach.id, Question::Happy, Some(Verdict::Yes), "")
        .unwrap();
    store
        .weigh_idea(practice.id, Question::Values, Some(Verdict::Maybe), "")
        .unwrap();
    store
        .weigh_idea(
            abroad.id,
            Question::Realistic,
            Some(Verdict::No),
            "Not with the kids",
        )
        .unwrap();
    let order: Vec<String> = store
        .ideas(IdeaStatus::Open)
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(order, ["Teach", "Start my own practice", "Move abroad"]);

    let goal = store.promote_idea(teach.id, today()).unwrap();
    assert_eq!(goal.title, "Teach");
    assert_eq!(
        goal.why,
        "Is it realistic? Yes: I have taught before\nWould it make me happy? Yes."
    );
    let again = store.promote_idea(teach.id, today()).unwrap();
    assert_eq!(again.id, goal.id, "promoting twice makes one goal");
    assert_eq!(store.goals(GoalState::Active).unwrap().len(), 1);
    drop(store);
    let store = Store::open(&path).unwrap();
    let promoted = store.ideas(IdeaStatus::Promoted).unwrap();
    assert_eq!(promoted[0].goal_id, Some(goal.id));
    assert_eq!(store.ideas(IdeaStatus::Open).unwrap().len(), 2);
}

#[test]
fn an_idea_set_aside_is_kept_and_comes_back() {
    let (_dir, _path, store) = temp_store();
    let idea = store.add_idea("Open a café").unwrap();
    store.set_idea_aside(idea.id, true).unwrap();
    assert!(store.ideas(IdeaStatus::Open).unwrap().is_empty());
    assert_eq!(
        store.ideas(IdeaStatus::NotNow).unwrap()[0].text,
        "Open a café"
    );
    store.set_idea_aside(idea.id, false).unwrap();
    assert_eq!(store.ideas(IdeaStatus::Open).unwrap().len(), 1);
    let cleared = store
        .weigh_idea(idea.id, Question::Happy, None, "")
        .unwrap();
    assert_eq!(cleared.happy.verdict, None);
    assert!(matches!(
        store.add_idea("  ").unwrap_err(),
        StoreError::Invalid(_)
    ));
}

#[test]
fn the_ideas_count_is_the_rows_the_ideas_list_shows() {
    let (_dir, _path, store) = temp_store();
    let cafe = store.add_idea("Open a café").unwrap();
    let teach = store.add_idea("Teach").unwrap();
    store.add_idea("Write a book").unwrap();
    store.set_idea_aside(cafe.id, true).unwrap();
    store.promote_idea(teach.id, today()).unwrap();
    // The list shows the funnel, then the ideas set aside; one that became a goal is a goal.
    let shown = store.ideas(IdeaStatus::Open).unwrap().len()
        + store.ideas(IdeaStatus::NotNow).unwrap().len();
    assert_eq!(shown, 2);
    assert_eq!(store.forward_counts().unwrap().0, 2);
}

#[test]
fn ticking_a_step_that_names_someone_updates_when_we_were_in_touch() {
    let (_dir, _path, store) = temp_store();
    let ana = store.add_person(&person("Ana")).unwrap();
    assert_eq!(ana.last_contact, None);
    let goal = store
        .add_goal(
            &GoalDraft {
                title: "Find clients".into(),
                ..GoalDraft::default()
            },
            &["Ask Ana for an intro".into(), "Read the analysis".into()],
            today(),
        )
        .unwrap();
    let steps = store.steps(goal.id).unwrap();
    assert_eq!(steps[0].person_id, Some(ana.id));
    assert_eq!(steps[1].person_id, None, "whole words only");
    store.tick_step(steps[1].id, true, today()).unwrap();
    assert_eq!(store.person(ana.id).unwrap().unwrap().last_contact, None);
    store
        .tick_step(steps[0].id, true, date("2026-11-20"))
        .unwrap();
    let ana_now = store.person(ana.id).unwrap().unwrap();
    assert_eq!(ana_now.last_contact, Some(date("2026-11-20")));
    // An earlier day never moves the last contact back.
    store.touch_person(ana.id, date("2026-10-01")).unwrap();
    let ana_now = store.person(ana.id).unwrap().unwrap();
    assert_eq!(ana_now.last_contact, Some(date("2026-11-20")));
    // Deleting the person keeps the step.
    store.delete_person(ana.id).unwrap();
    assert_eq!(store.steps(goal.id).unwrap()[0].person_id, None);
}

#[test]
fn people_not_in_touch_for_a_while_come_longest_first() {
    let (_dir, _path, store) = temp_store();
    let sam = store.add_person(&person("Sam")).unwrap();
    let kim = store.add_person(&person("Kim")).unwrap();
    let lee = store.add_person(&person("Lee")).unwrap();
    store.touch_person(sam.id, date("2026-09-01")).unwrap();
    store.touch_person(kim.id, date("2026-11-20")).unwrap();
    store.touch_person(lee.id, date("2026-10-01")).unwrap();
    let due: Vec<String> = store
        .people_to_contact(today(), 30, 5)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(due, ["Sam", "Lee"]);
    assert_eq!(store.people_to_contact(today(), 30, 1).unwrap().len(), 1);
    let names: Vec<String> = store
        .people()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Kim", "Lee", "Sam"]);
}

#[test]
fn reframes_are_kept_per_setback() {
    let (_dir, _path, store) = temp_store();
    let setback = store
        .add_setback(
            &SetbackDraft {
                title: "Missed the promotion".into(),
                ..SetbackDraft::default()
            },
            today(),
        )
        .unwrap();
    let harsh = store
        .add_reframe(setback.id, "I always mess things up", "")
        .unwrap();
    assert!(
        store.latest_reframes(3).unwrap().is_empty(),
        "no kinder words yet"
    );
    let kind = store
        .update_reframe(
            harsh.id,
            "I always mess things up",
            "I missed this one; I'm not good at negotiating yet.",
        )
        .unwrap();
    assert_eq!(
        store.reframes(setback.id).unwrap(),
        std::slice::from_ref(&kind)
    );
    assert_eq!(store.latest_reframes(3).unwrap(), [kind]);
    assert!(matches!(
        store.add_reframe(setback.id, " ", "x").unwrap_err(),
        StoreError::Invalid(_)
    ));
    store.delete_setback(setback.id).unwrap();
    assert!(store.reframe(harsh.id).unwrap().is_none());
}

#[test]
fn someone_a_setback_brought_in_joins_the_network_once() {
    let (_dir, _path, store) = temp_store();
    let setback = store
        .add_setback(
            &SetbackDraft {
                title: "Studio closed".into(),
                ..SetbackDraft::default()
            },
            today(),
        )
        .unwrap();
    let met = store
        .add_strength(
            setback.id,
            StrengthKind::Person,
            "Priya, who runs the co-op",
        )
        .unwrap();
    let skill = store
        .add_strength(setback.id, StrengthKind::Skill, "Pricing my own work")
        .unwrap();
    let priya = store.add_person_from_strength(met.id).unwrap();
    assert_eq!(priya.name, "Priya");
    assert_eq!(priya.note, "Priya, who runs the co-op");
    assert_eq!(store.add_person_from_strength(met.id).unwrap().id, priya.id);
    assert_eq!(store.people().unwrap().len(), 1);
    assert!(matches!(
        store.add_person_from_strength(skill.id).unwrap_err(),
        StoreError::Invalid(_)
    ));
    assert!(store.check_integrity().unwrap().is_empty());
}
