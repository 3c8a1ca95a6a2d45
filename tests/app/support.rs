//! The support net on Home: after a run of low days a quiet panel names someone who lifts
//! you up and your own help line, and it goes when the days lift.

use bounce::app::App;
use bounce::config::Settings;
use bounce::domain::Mood;
use bounce::domain::forward::PersonDraft;
use bounce::store::Store;

use crate::common::*;

fn app_with_help(store: Store) -> App {
    let mut settings = Settings::defaults(true);
    settings.support.help = "My counsellor, Dr Lee: 0123 456 789".into();
    App::with_settings(store, bounce::domain::Clock::from_days(today), settings).unwrap()
}

fn moods(store: &Store, list: &[(&str, i64)]) {
    for (day, mood) in list {
        store
            .set_mood(date(day), Some(Mood::new(*mood).unwrap()))
            .unwrap();
    }
}

#[test]
fn low_days_bring_a_quiet_panel_with_someone_who_lifts_you_up() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let person = |name: &str| PersonDraft {
        name: name.into(),
        helps: Vec::new(),
        note: String::new(),
    };
    store.add_person(&person("Jonas")).unwrap();
    let ana = store.add_person(&person("Ana")).unwrap();
    store.set_person_lifts(ana.id, true).unwrap();
    moods(
        &store,
        &[
            ("2026-11-19", 2),
            ("2026-11-21", 1),
            ("2026-11-22", 3),
            ("2026-11-23", 2),
        ],
    );
    let mut app = app_with_help(store);
    let home = screen(&mut app, 80, 24);
    assert!(home.contains("Go gently"), "{home}");
    assert!(home.contains("Ana lifts you up"), "{home}");
    let tall = screen(&mut app, 120, 40);
    assert!(tall.contains("My counsellor, Dr Lee"), "{tall}");
    assert!(tall.contains("emergency number"), "{tall}");
    keys(&mut app, "t");
    let ana = app.store().person(ana.id).unwrap().unwrap();
    assert_eq!(ana.last_contact, Some(today()));
}

#[test]
fn the_quiet_panel_and_the_plan_of_a_talk_at_three_sizes() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        let (_dir, store) = temp_store();
        seed_debrief(&store);
        let ana = store
            .add_person(&PersonDraft {
                name: "Ana".into(),
                helps: Vec::new(),
                note: String::new(),
            })
            .unwrap();
        store.set_person_lifts(ana.id, true).unwrap();
        moods(
            &store,
            &[("2026-11-20", 1), ("2026-11-22", 2), ("2026-11-23", 2)],
        );
        let mut app = app_with_help(store);
        insta::assert_snapshot!(format!("support_panel_{w}x{h}"), screen(&mut app, w, h));
        keys(&mut app, "c");
        insta::assert_snapshot!(format!("support_talk_form_{w}x{h}"), screen(&mut app, w, h));
    }
}

#[test]
fn one_key_on_the_quiet_panel_plans_a_talk_with_them() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let ana = store
        .add_person(&PersonDraft {
            name: "Ana".into(),
            helps: Vec::new(),
            note: String::new(),
        })
        .unwrap();
    store.set_person_lifts(ana.id, true).unwrap();
    moods(
        &store,
        &[("2026-11-20", 1), ("2026-11-22", 2), ("2026-11-23", 2)],
    );
    let path = store.path().to_path_buf();
    let mut app = app_with_help(store);
    let home = screen(&mut app, 80, 24);
    assert!(home.contains("c plan a talk"), "{home}");
    keys(&mut app, "c");
    let form = screen(&mut app, 80, 24);
    assert!(form.contains("A talk with Ana"), "{form}");
    assert!(form.contains("Talk it through"), "{form}");
    // What is typed is kept, and comes back after the app goes away without a save.
    type_text(&mut app, "friday");
    app.save_draft();
    drop(app);
    let mut app = app_with_help(Store::open(&path).unwrap());
    let back = screen(&mut app, 80, 24);
    assert!(back.contains("Welcome back"), "{back}");
    assert!(back.contains("friday"), "{back}");
    ctrl(&mut app, 's');
    let talks = app.store().conversations_of_setback(setback).unwrap();
    assert_eq!(talks.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(talks[0].person, "Ana");
    assert_eq!(talks[0].planned_on, Some(date("2026-11-27")));
    assert!(!talks[0].questions.is_empty());
    let home = screen(&mut app, 80, 24);
    assert!(home.contains("Planned, with Ana."), "{home}");
    keys(&mut app, "u");
    assert!(
        app.store()
            .conversations_of_setback(setback)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_panel_goes_when_the_days_lift_and_stays_off_when_turned_off() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    moods(
        &store,
        &[
            ("2026-11-19", 2),
            ("2026-11-20", 1),
            ("2026-11-21", 4),
            ("2026-11-22", 4),
            ("2026-11-23", 5),
        ],
    );
    let mut app = app_with_help(store);
    assert!(!screen(&mut app, 120, 40).contains("Go gently"));

    let (_dir, store) = temp_store();
    seed_debrief(&store);
    moods(
        &store,
        &[("2026-11-21", 1), ("2026-11-22", 1), ("2026-11-23", 1)],
    );
    let mut settings = Settings::defaults(true);
    settings.support.panel = false;
    let mut app =
        App::with_settings(store, bounce::domain::Clock::from_days(today), settings).unwrap();
    assert!(!screen(&mut app, 120, 40).contains("Go gently"));
}

#[test]
fn someone_is_marked_as_lifting_from_people_and_unmarked_again() {
    let (_dir, store) = temp_store();
    let draft = PersonDraft {
        name: "Ana".into(),
        helps: Vec::new(),
        note: String::new(),
    };
    let ana = store.add_person(&draft).unwrap();
    let mut app = app_with(store);
    keys(&mut app, "5]]]]L");
    assert!(app.store().person(ana.id).unwrap().unwrap().lifts);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("lifts you up"), "{shown}");
    keys(&mut app, "L");
    assert!(!app.store().person(ana.id).unwrap().unwrap().lifts);
}

#[test]
fn a_day_keeps_one_kind_thing_done_for_myself() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = app_with(store);
    keys(&mut app, "4c");
    let form = screen(&mut app, 80, 24);
    assert!(form.contains("One kind thing I did for myself"), "{form}");
    type_text(&mut app, "An early night");
    press(&mut app, ratatui::crossterm::event::KeyCode::Enter);
    let day = app.store().day(today()).unwrap().unwrap();
    assert_eq!(day.selfcare, "An early night");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("For myself: An early night"), "{shown}");
    keys(&mut app, "u");
    assert_eq!(app.store().day(today()).unwrap().unwrap().selfcare, "");
}
