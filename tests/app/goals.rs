//! The Goals pane driven with keys over a real journal file: a goal with steps, ticking,
//! the celebration, splitting, reordering, archiving, a lesson turned into a goal, and a
//! form that survives a restart.

use crate::common;

use bounce::domain::goal::GoalState;
use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::KeyCode;

fn step_texts(store: &Store, goal: uuid::Uuid) -> Vec<String> {
    store
        .steps(goal)
        .unwrap()
        .into_iter()
        .map(|s| s.text)
        .collect()
}

/// Opens the new-goal form, fills the title, target and the steps, and saves.
fn add_goal(app: &mut bounce::app::App, title: &str, target: &str, steps: &[&str]) {
    keys(app, "5a");
    type_text(app, title);
    for _ in 0..3 {
        press(app, KeyCode::Tab);
    }
    type_text(app, target);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            press(app, KeyCode::Enter);
        }
        type_text(app, step);
    }
    ctrl(app, 's');
}

#[test]
fn a_goal_with_three_steps_is_ticked_to_the_end_and_celebrated() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    add_goal(
        &mut app,
        "Run a 5k",
        "in 3 weeks",
        &["Buy shoes", "Run 1k", "Run 5k"],
    );
    let goals = app.store().goals(GoalState::Active).unwrap();
    assert_eq!(goals.len(), 1, "{}", screen(&mut app, 80, 24));
    let goal = &goals[0];
    assert_eq!(goal.title, "Run a 5k");
    assert_eq!(goal.target, Some(date("2026-12-14")));
    assert_eq!(
        step_texts(app.store(), goal.id),
        ["Buy shoes", "Run 1k", "Run 5k"]
    );
    assert!(screen(&mut app, 80, 24).contains("0/3 · 21 days left"));

    press(&mut app, KeyCode::Enter);
    keys(&mut app, "  ");
    let goal = app.store().goal(goal.id).unwrap().unwrap();
    assert_eq!(goal.progress.fraction(), "2/3");
    assert_eq!(goal.next_step.as_ref().unwrap().text, "Run 5k");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("› [ ] Run 5k"), "{text}");
    assert!(!text.contains("Goal finished"));

    keys(&mut app, " ");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Goal finished"), "{text}");
    assert!(text.contains("3 steps, 1 day."), "{text}");
    let goal = app.store().goal(goal.id).unwrap().unwrap();
    assert_eq!(goal.state(), GoalState::Done);
    // Any key closes the celebration; the goal is then shown in Done with every step ticked.
    keys(&mut app, "x");
    let text = screen(&mut app, 80, 24);
    assert!(!text.contains("Goal finished"), "{text}");
    assert!(text.contains("3 of 3 steps"), "{text}");
}

#[test]
fn space_on_the_list_ticks_the_next_step_and_unticking_works_in_the_goal() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5 ");
    let goal = app.store().goal(workshop).unwrap().unwrap();
    assert_eq!(goal.progress.fraction(), "3/4");
    press(&mut app, KeyCode::Enter);
    // The open goal selects its next open step; k goes back to the one just ticked.
    keys(&mut app, "k ");
    let goal = app.store().goal(workshop).unwrap().unwrap();
    assert_eq!(goal.progress.fraction(), "2/4");
    assert_eq!(goal.next_step.unwrap().text, "Book a room at the library");
}

#[test]
fn a_step_is_split_in_place_and_moved() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "s");
    press(&mut app, KeyCode::End);
    type_text(&mut app, "Ask the librarian about dates");
    ctrl(&mut app, 's');
    let texts = step_texts(app.store(), workshop);
    assert_eq!(
        texts[2..],
        [
            "Book a room at the library",
            "Ask the librarian about dates",
            "Invite twelve people"
        ]
    );
    keys(&mut app, "jJ");
    let texts = step_texts(app.store(), workshop);
    assert_eq!(
        texts[3..],
        ["Invite twelve people", "Ask the librarian about dates"]
    );
}

#[test]
fn splitting_into_one_part_changes_nothing_and_says_why() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "s");
    ctrl(&mut app, 's');
    assert!(screen(&mut app, 80, 24).contains("at least two smaller steps"));
    assert_eq!(app.store().steps(workshop).unwrap().len(), 4);
}

#[test]
fn a_bad_target_date_is_explained_and_the_form_stays_open() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    add_goal(&mut app, "Learn Spanish", "some tuesday", &[]);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("not a date bounce understands"), "{text}");
    assert!(
        text.contains("Learn Spanish"),
        "the form keeps the words: {text}"
    );
    assert!(app.store().goals(GoalState::Active).unwrap().is_empty());
}

#[test]
fn archiving_moves_a_goal_and_brings_it_back() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5A");
    assert!(app.store().goal(workshop).unwrap().unwrap().archived);
    keys(&mut app, "]]");
    assert!(screen(&mut app, 80, 24).contains("Teach a weekend workshop"));
    keys(&mut app, "A");
    assert!(!app.store().goal(workshop).unwrap().unwrap().archived);
}

#[test]
fn deleting_a_goal_asks_first() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5d");
    assert!(screen(&mut app, 80, 24).contains("and its 4 steps"));
    keys(&mut app, "n");
    assert!(app.store().goal(workshop).unwrap().is_some());
    keys(&mut app, "dy");
    assert!(app.store().goal(workshop).unwrap().is_none());
}

#[test]
fn a_lesson_becomes_a_goal_from_the_debrief() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]]");
    assert!(screen(&mut app, 80, 24).contains("G to goal"));
    keys(&mut app, "G");
    let lesson = &app.store().lessons(setback).unwrap()[0];
    let goal = app.store().goal(lesson.goal_id.unwrap()).unwrap().unwrap();
    assert_eq!(goal.title, lesson.text);
    assert!(screen(&mut app, 80, 24).contains("(now a goal)"));
    keys(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("From: Laid off in the autumn restructuring"),
        "{text}"
    );
}

#[test]
fn a_half_written_goal_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let mut app = app_with(Store::open(&path).unwrap());
        keys(&mut app, "5a");
        type_text(&mut app, "Write a book");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "Stories want out");
        app.save_draft();
    }
    let mut app = app_with(Store::open(&path).unwrap());
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Write a book"), "{text}");
    assert!(text.contains("Stories want out"), "{text}");
    ctrl(&mut app, 's');
    let goals = app.store().goals(GoalState::Active).unwrap();
    assert_eq!(goals[0].why, "Stories want out");
    assert!(app.store().drafts_with_prefix("goals:").unwrap().is_empty());
}

#[test]
fn keys_on_an_empty_pane_do_no_harm() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    keys(&mut app, "5");
    for key in [' ', 'e', 'd', 'A', 's', 'J', 'K', ']', '[', 'j', 'k'] {
        keys(&mut app, &key.to_string());
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Esc);
    }
    assert!(app.store().is_empty().unwrap());
}

#[test]
fn a_root_cause_follow_up_note_becomes_a_goal_linked_to_its_setback() {
    use bounce::domain::root_cause::Cause;
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    store
        .confirm_cause(setback, Some(Cause::Unforeseen))
        .unwrap();
    store
        .set_follow_up(setback, &[], "Pivot to contract work for a year")
        .unwrap();
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]");
    assert!(screen(&mut app, 80, 24).contains("G to goal"));
    keys(&mut app, "G");
    let goals = app.store().goals(GoalState::Active).unwrap();
    assert_eq!(goals.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(goals[0].title, "Pivot to contract work for a year");
    assert_eq!(goals[0].setback_id, Some(setback));
    assert!(screen(&mut app, 80, 24).contains("Kept as a goal"));
}
