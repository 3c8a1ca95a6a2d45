//! Home driven through the App over a real journal: ticking a goal's next step, finishing a
//! goal, and `g` to write today's gratitude, checking both the store and the screen.

use crate::common;

use bounce::action::PaneId;
use bounce::app::App;
use common::*;
use ratatui::crossterm::event::KeyCode;

fn home_with_goals() -> (tempfile::TempDir, App, uuid::Uuid) {
    let (dir, store) = temp_store();
    seed(&store);
    let (workshop, _) = seed_goals(&store);
    let app = app_with(store);
    (dir, app, workshop)
}

fn step_done(app: &App, goal: uuid::Uuid, text: &str) -> bool {
    app.store()
        .steps(goal)
        .unwrap()
        .into_iter()
        .find(|s| s.text == text)
        .is_some_and(|s| s.is_done())
}

#[test]
fn home_is_where_bounce_starts() {
    let (_dir, mut app, _) = home_with_goals();
    assert_eq!(app.current_pane(), PaneId::Home);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("2 of 3"), "{text}");
    assert!(text.contains("Next: Book a room at the library"), "{text}");
}

#[test]
fn space_ticks_the_selected_goals_next_step() {
    let (_dir, mut app, workshop) = home_with_goals();
    press(&mut app, KeyCode::Char(' '));
    assert!(step_done(&app, workshop, "Book a room at the library"));
    assert!(!step_done(&app, workshop, "Invite twelve people"));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Next: Invite twelve people"), "{text}");
    assert!(text.contains("3/4"), "{text}");
    assert!(!text.contains("Book a room"), "{text}");
    assert_eq!(app.current_pane(), PaneId::Home);
}

#[test]
fn a_goal_without_steps_has_nothing_to_tick() {
    let (_dir, mut app, workshop) = home_with_goals();
    keys(&mut app, "j");
    press(&mut app, KeyCode::Char(' '));
    let text = screen(&mut app, 80, 24);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains("No steps yet"), "{text}");
    assert!(!step_done(&app, workshop, "Book a room at the library"));
    // Back up to the first goal: Space ticks there again.
    keys(&mut app, "k");
    press(&mut app, KeyCode::Char(' '));
    assert!(step_done(&app, workshop, "Book a room at the library"));
}

#[test]
fn ticking_the_last_step_celebrates_the_goal() {
    let (_dir, mut app, workshop) = home_with_goals();
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    let goal = app.store().goal(workshop).unwrap().unwrap();
    assert_eq!(goal.finished_on, Some(today()));
    let text = screen(&mut app, 80, 24);
    let words = bounce::assets::goals();
    assert!(
        words.goal_done.iter().any(|w| text.contains(w.as_str())),
        "{text}"
    );
    assert!(
        text.contains("Time for your reward: A day at the sea."),
        "{text}"
    );
    // Any key closes it; the finished goal has left the active ones.
    keys(&mut app, "x");
    let text = screen(&mut app, 80, 24);
    assert!(!text.contains("Teach a weekend workshop"), "{text}");
    assert!(text.contains("Active goals · 1"), "{text}");
    assert!(text.contains("Find two freelance clients"), "{text}");
}

#[test]
fn enter_opens_the_goals_pane() {
    let (_dir, mut app, _) = home_with_goals();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current_pane(), PaneId::Goals);
}

#[test]
fn g_writes_todays_gratitude_and_home_counts_it() {
    let (_dir, mut app, _) = home_with_goals();
    keys(&mut app, "g");
    assert_eq!(app.current_pane(), PaneId::Gratitude);
    assert!(screen(&mut app, 80, 24).contains("New item"));
    type_text(&mut app, "Ana's voice message");
    press(&mut app, KeyCode::Enter);
    let today_items: Vec<String> = app
        .store()
        .gratitude_on(today())
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(today_items.len(), 3);
    assert_eq!(today_items[2], "Ana's voice message");
    keys(&mut app, "1");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("3 things"), "{text}");
    assert!(text.contains("3. Ana's voice message"), "{text}");
}

#[test]
fn the_first_thing_from_the_welcome_ends_the_welcome() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    assert!(screen(&mut app, 80, 24).contains("Welcome to bounce."));
    keys(&mut app, "g");
    type_text(&mut app, "a warm kitchen");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store().gratitude_on(today()).unwrap().len(), 1);
    keys(&mut app, "1");
    let text = screen(&mut app, 80, 24);
    assert!(!text.contains("Welcome to bounce."), "{text}");
    assert!(text.contains("1 of 3"), "{text}");
    assert!(text.contains("1. a warm kitchen"), "{text}");
    assert!(text.contains("1 day in this run"), "{text}");
}
