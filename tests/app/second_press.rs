//! A key pressed twice does what its words promise: the archive key again brings the goal
//! back, a lesson is kept once, a digit answers a scale, and a step ticked again keeps its
//! real days without a second celebration.

use crate::common;

use bounce::action::PaneId;
use bounce::domain::goal::GoalState;
use bounce::domain::root_cause::{Answer, Cause};
use common::*;
use ratatui::crossterm::event::KeyCode;

fn titles(app: &bounce::app::App, state: GoalState) -> Vec<String> {
    let goals = app.store().goals(state).unwrap();
    goals.into_iter().map(|g| g.title).collect()
}

#[test]
fn the_archive_key_again_brings_back_the_goal_it_just_put_away() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5A");
    assert_eq!(
        titles(&app, GoalState::Archived),
        ["Teach a weekend workshop on data pipelines"]
    );
    assert!(screen(&mut app, 80, 24).contains("again brings it back"));
    keys(&mut app, "A");
    assert!(titles(&app, GoalState::Archived).is_empty());
    assert_eq!(titles(&app, GoalState::Active).len(), 2);
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("› Teach a weekend workshop"),
        "the goal brought back is selected again\n{shown}"
    );
    // After another key the archive key is about the selected goal again.
    keys(&mut app, "jA");
    assert_eq!(
        titles(&app, GoalState::Archived),
        ["Find two freelance clients"]
    );
}

#[test]
fn a_follow_up_note_becomes_one_lesson_however_often_it_is_kept() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    store.confirm_cause(id, Some(Cause::Unforeseen)).unwrap();
    store
        .set_follow_up(id, &[], "Keep six months of savings")
        .unwrap();
    let before = store.lessons(id).unwrap().len();
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]LL");
    assert_eq!(app.store().lessons(id).unwrap().len(), before + 1);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("already a lesson"), "{shown}");
    // Nothing was changed by the second press, so undo takes back the lesson itself.
    keys(&mut app, "u");
    assert_eq!(app.store().lessons(id).unwrap().len(), before);
}

#[test]
fn a_digit_answers_a_scale_question_instead_of_switching_panes() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    // The fifth question asks on a scale how much this was the path you wanted.
    keys(&mut app, "jjjj3");
    assert_eq!(app.current_pane(), PaneId::RootCause);
    let answers = app.store().cause_answers(id).unwrap();
    assert_eq!(answers, [("wanted_path".to_string(), Answer::Scale(3))]);
    // On a yes / partly / no question a digit still switches panes.
    keys(&mut app, "1");
    assert_eq!(app.current_pane(), PaneId::Home);
}

#[test]
fn letters_on_a_scale_question_name_the_keys_that_answer_it() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "jjjjy");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("press 1 to 5"), "{shown}");
}

#[test]
fn a_step_of_a_finished_goal_unticked_and_ticked_again_keeps_its_days() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    let walk = store.goals(GoalState::Done).unwrap().remove(0);
    assert_eq!(walk.finished_on, Some(date("2026-11-15")));
    let mut app = app_with(store);
    keys(&mut app, "5]");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(' '));
    let reopened = app.store().goal(walk.id).unwrap().unwrap();
    assert_eq!(reopened.finished_on, None);
    press(&mut app, KeyCode::Char(' '));
    let shown = screen(&mut app, 80, 24);
    assert!(!shown.contains("✦"), "no second celebration\n{shown}");
    assert!(shown.contains("as before"), "{shown}");
    let goal = app.store().goal(walk.id).unwrap().unwrap();
    assert_eq!(goal.finished_on, Some(date("2026-11-15")));
    for step in app.store().steps(walk.id).unwrap() {
        assert_eq!(step.done_on, Some(date("2026-11-15")), "{}", step.text);
    }
}
