//! After the debrief, driven with keys: a conversation planned and held, its takeaway made a
//! goal, the chapter closed, and, months on, the look back Home offers.

use bounce::app::App;
use bounce::keymap::Keymap;
use bounce::store::Store;
use bounce::theme::Theme;
use ratatui::crossterm::event::KeyCode;

use crate::common::*;

/// Opens the first setback at its Conversations section.
fn open_conversations(app: &mut App) {
    keys(app, "2");
    press(app, KeyCode::Enter);
    keys(app, "]]]]]]]");
}

fn app_on(store: Store, day: chrono::NaiveDate) -> App {
    App::new(
        store,
        bounce::domain::Clock::fixed(day),
        Keymap::defaults(),
        Theme::plain(),
    )
    .unwrap()
}

#[test]
fn a_conversation_is_planned_held_and_its_takeaway_becomes_a_goal() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let mut app = app_with(store);
    open_conversations(&mut app);
    let empty = screen(&mut app, 80, 24);
    assert!(empty.contains("plan a conversation"), "{empty}");
    keys(&mut app, "a");
    type_text(&mut app, "Priya");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2026-11-20");
    ctrl(&mut app, 's');
    let planned = app.store().conversations_of_setback(setback).unwrap();
    assert_eq!(planned.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(planned[0].person, "Priya");
    assert!(planned[0].questions.contains("What made the difference"));
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("Candid feedback · Priya · planned 20 Nov 2026, due"),
        "{shown}"
    );

    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "The other candidate had led a migration.");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Lead one migration end to end");
    ctrl(&mut app, 's');
    let held = &app.store().conversations_of_setback(setback).unwrap()[0];
    assert_eq!(held.held_on, Some(today()));
    assert_eq!(held.takeaway, "Lead one migration end to end");
    let priya = app.store().people().unwrap().remove(0);
    assert_eq!(priya.last_contact, Some(today()));

    // Priya's conversations show with her in People.
    keys(&mut app, "5]]]]");
    let people = screen(&mut app, 120, 40);
    assert!(
        people.contains("Candid feedback · held 23 Nov 2026"),
        "{people}"
    );
    assert!(people.contains("Lead one migration end to end"), "{people}");
    // Back in Debrief, the open setback is where it was left.
    keys(&mut app, "2G");
    let goals = app
        .store()
        .goals(bounce::domain::goal::GoalState::Active)
        .unwrap();
    let goal = goals
        .iter()
        .find(|g| g.title == "Lead one migration end to end");
    assert_eq!(goal.and_then(|g| g.setback_id), Some(setback));
    // Undo takes the goal back, and the conversation stays held.
    keys(&mut app, "u");
    let goals = app
        .store()
        .goals(bounce::domain::goal::GoalState::Active)
        .unwrap();
    assert!(
        goals
            .iter()
            .all(|g| g.title != "Lead one migration end to end")
    );
}

#[test]
fn a_chapter_closes_and_months_on_home_offers_the_look_back() {
    let (dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let mut app = app_with(store);
    open_conversations(&mut app);
    keys(&mut app, "]");
    let open = screen(&mut app, 80, 24);
    assert!(open.contains("This chapter is still open"), "{open}");
    keys(&mut app, "c");
    press(&mut app, KeyCode::Right);
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "6");
    ctrl(&mut app, 's');
    let closing = app.store().closing(setback).unwrap().expect("closed");
    assert_eq!(closing.rating, Some(6));
    assert_eq!(closing.best, Some(bounce::domain::chapter::Best::Yes));
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Chapter closed"), "{shown}");
    press(&mut app, KeyCode::Esc);
    let list = screen(&mut app, 80, 24);
    assert!(list.contains("· closed"), "{list}");
    drop(app);

    let later = bounce::domain::dates::shift_days(today(), 91);
    let mut store = Store::open(&dir.path().join("journal.db")).unwrap();
    store.set_clock(bounce::domain::Clock::fixed(later));
    let mut app = app_on(store, later);
    let home = screen(&mut app, 80, 24);
    assert!(home.contains("Three months ago you closed"), "{home}");
    keys(&mut app, "b");
    let form = screen(&mut app, 80, 24);
    assert!(form.contains("Look back"), "{form}");
    type_text(&mut app, "2");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "It opened a door I had not looked for.");
    ctrl(&mut app, 's');
    let lookbacks = app.store().lookbacks(setback).unwrap();
    assert_eq!(lookbacks.len(), 1);
    assert_eq!((lookbacks[0].on, lookbacks[0].rating), (later, 2));
    let chapter = screen(&mut app, 80, 24);
    assert!(
        chapter.contains("lighter than when you closed it"),
        "{chapter}"
    );
    keys(&mut app, "1");
    assert!(!screen(&mut app, 80, 24).contains("ago you closed"));
}

#[test]
fn a_rating_past_ten_is_refused_and_the_form_stays() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let mut app = app_with(store);
    open_conversations(&mut app);
    keys(&mut app, "]c");
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "11");
    ctrl(&mut app, 's');
    assert!(app.store().closing(setback).unwrap().is_none());
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("0 (a step that taught me)"), "{shown}");
    assert!(shown.contains("Close this chapter"), "{shown}");
}
