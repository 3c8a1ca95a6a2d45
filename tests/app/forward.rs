//! The ideas funnel and the support network in the Goals pane, driven with keys over a real
//! journal file.

use crate::common;

use bounce::domain::forward::{Help, IdeaStatus, Verdict};
use bounce::domain::goal::GoalState;
use common::*;
use ratatui::crossterm::event::KeyCode;

#[test]
fn an_idea_is_noted_weighed_and_promoted_into_a_goal_with_its_notes() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "5]]]a");
    type_text(&mut app, "Teach evening classes");
    press(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    let ideas = app.store().ideas(IdeaStatus::Open).unwrap();
    assert_eq!(ideas.len(), 1, "{}", screen(&mut app, 80, 24));
    assert!(screen(&mut app, 80, 24).contains("not weighed yet"));

    press(&mut app, KeyCode::Enter);
    keys(&mut app, "ym");
    // The cursor moved on after each answer; e opens the notes at the third question.
    keys(&mut app, "e");
    type_text(&mut app, "Evenings are tiring");
    ctrl(&mut app, 's');
    keys(&mut app, "n");
    let idea = &app.store().ideas(IdeaStatus::Open).unwrap()[0];
    assert_eq!(idea.realistic.verdict, Some(Verdict::Yes));
    assert_eq!(idea.values.verdict, Some(Verdict::Maybe));
    assert_eq!(idea.happy.verdict, Some(Verdict::No));
    assert_eq!(idea.happy.note, "Evenings are tiring");
    assert!(screen(&mut app, 80, 24).contains("3 of 6 points (a yes counts 2, a maybe 1)"));

    keys(&mut app, "G");
    let goals = app.store().goals(GoalState::Active).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].title, "Teach evening classes");
    assert!(
        goals[0]
            .why
            .contains("Would it make me happy? No: Evenings are tiring")
    );
    assert!(screen(&mut app, 80, 24).contains("is a goal now"));
    // The promoted idea leaves the funnel; the goal is in the Active list.
    keys(&mut app, "]]");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Teach evening classes"), "{text}");
    assert!(text.contains("no steps yet"), "{text}");
}

#[test]
fn an_idea_set_aside_stays_listed_and_comes_back() {
    let (_dir, store) = temp_store();
    seed_forward(&store);
    let mut app = app_with(store);
    keys(&mut app, "5]]]");
    keys(&mut app, "A");
    let aside = app.store().ideas(IdeaStatus::NotNow).unwrap();
    assert_eq!(aside.len(), 2);
    assert!(screen(&mut app, 80, 24).contains("Set aside for now"));
    // The one set aside is still selected, now listed under the open one.
    keys(&mut app, "A");
    assert_eq!(app.store().ideas(IdeaStatus::NotNow).unwrap().len(), 1);
}

#[test]
fn a_person_is_added_kept_in_touch_with_and_named_by_a_step() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5[a");
    type_text(&mut app, "Ana");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "intros, listening");
    ctrl(&mut app, 's');
    let people = app.store().people().unwrap();
    assert_eq!(people.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(people[0].helps, [Help::Introductions, Help::Listening]);
    assert!(screen(&mut app, 80, 24).contains("not in touch yet"));

    // A step that names Ana, ticked, counts as being in touch.
    keys(&mut app, "]");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "Ask Ana to share the invitation");
    ctrl(&mut app, 's');
    let step = app.store().steps(workshop).unwrap().pop().unwrap();
    assert_eq!(step.person_id, Some(people[0].id));
    keys(&mut app, " ");
    let ana = app.store().person(people[0].id).unwrap().unwrap();
    assert_eq!(ana.last_contact, Some(today()));
}

#[test]
fn a_bad_kind_of_help_is_explained_and_nothing_is_saved() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "5[a");
    type_text(&mut app, "Sam");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "money");
    ctrl(&mut app, 's');
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("'money' is not a kind of help"), "{text}");
    assert!(app.store().people().unwrap().is_empty());
}

#[test]
fn touched_marks_today_and_delete_asks_first() {
    let (_dir, store) = temp_store();
    seed_forward(&store);
    let mut app = app_with(store);
    keys(&mut app, "5[jt");
    let tom = app
        .store()
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Tom")
        .unwrap();
    assert_eq!(tom.last_contact, Some(today()));
    keys(&mut app, "dn");
    assert_eq!(app.store().people().unwrap().len(), 2);
    keys(&mut app, "dy");
    assert_eq!(app.store().people().unwrap().len(), 1);
}

#[test]
fn home_mentions_who_to_reach_out_to_and_a_kinder_thought() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    seed_forward(&store);
    let setback = seed_debrief(&store);
    store
        .add_reframe(
            setback,
            "I always mess things up",
            "I got this one wrong; I'm learning.",
        )
        .unwrap();
    let mut app = app_with(store);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Maybe reach out: Tom (54 days)"), "{text}");
    assert!(
        !text.contains("Ana ("),
        "Ana was in touch three days ago: {text}"
    );
    let tall = screen(&mut app, 120, 40);
    assert!(tall.contains("I got this one wrong"), "{tall}");
}

#[test]
fn enter_on_home_opens_the_selected_goal_at_its_next_step() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    let mut app = app_with(store);
    press(&mut app, KeyCode::Enter);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("2 of 4 steps"), "{text}");
    assert!(text.contains("› [ ] Book a room at the library"), "{text}");
}

#[test]
fn p_on_home_shows_the_people_list() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    seed_forward(&store);
    let mut app = app_with(store);
    assert!(screen(&mut app, 80, 24).contains("p people"));
    keys(&mut app, "p");
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("candid feedback · in touch 54 days ago"),
        "{text}"
    );
}

#[test]
fn home_remembers_what_was_written_on_this_day() {
    let (_dir, store) = temp_store();
    seed(&store);
    store
        .add_gratitude(date("2025-11-23"), "A long call with my sister")
        .unwrap();
    let mut app = app_with(store);
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("A year ago today: “A long call with my sis…”"),
        "{text}"
    );
    let wide = screen(&mut app, 120, 40);
    assert!(
        wide.contains("A year ago today: “A long call with my sister”"),
        "{wide}"
    );
}
