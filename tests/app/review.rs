//! The Review pane driven by keys: how far a person has come over twelve weeks or months,
//! and the weekly review written, made a goal's step, deleted and brought back; its screens
//! as snapshots at three sizes.

use bounce::action::PaneId;
use bounce::app::App;
use bounce::domain::Mood;
use bounce::domain::review::{ReviewDraft, Week};
use bounce::domain::setback::{GriefStage, TransformationStage};
use bounce::store::Store;
use ratatui::crossterm::event::KeyCode;

use crate::common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 50)];

/// Twelve weeks with moods that start low and lift, a little gratitude, goals with steps
/// ticked, a setback with check-ins, and two weeks reviewed, one small step a goal's step.
fn seeded() -> (tempfile::TempDir, Store) {
    let (dir, store) = temp_store();
    seed(&store);
    let (workshop, _) = seed_goals(&store);
    let setback = seed_debrief(&store);
    let stages = [
        (
            "2026-09-10",
            GriefStage::Denial,
            TransformationStage::Disengagement,
        ),
        (
            "2026-10-04",
            GriefStage::Anger,
            TransformationStage::Disorientation,
        ),
        (
            "2026-11-15",
            GriefStage::Acceptance,
            TransformationStage::ReEngagement,
        ),
    ];
    for (on, grief, change) in stages {
        store
            .add_checkin(setback, date(on), Some(grief), Some(change), "")
            .unwrap();
    }
    let mut day = date("2026-09-01");
    let mut n = 0u32;
    while day < today() {
        // A low start that slowly lifts, with ups and downs along the way.
        let mood = 1 + (n / 20 + n % 3).min(4);
        store
            .set_mood(day, Some(Mood::new(i64::from(mood)).unwrap()))
            .unwrap();
        day = day.succ_opt().unwrap();
        n += 1;
    }
    let draft = |well: &str, next: &str| ReviewDraft {
        well: well.into(),
        next: next.into(),
    };
    let review = store
        .save_review(
            Week::of(date("2026-11-16")),
            &draft(
                "Ana introduced me to her manager, and I slept in without guilt.",
                "Book a room at the library",
            ),
        )
        .unwrap();
    store.review_step_to_goal(review.id, workshop).unwrap();
    store
        .save_review(
            Week::of(date("2026-11-02")),
            &draft("A slow week. I still walked every morning.", ""),
        )
        .unwrap();
    (dir, store)
}

fn review_app() -> App {
    let (dir, store) = seeded();
    std::mem::forget(dir);
    let mut app = app_with(store);
    app.show(PaneId::Review);
    app
}

fn snap_sizes(name: &str, setup: impl Fn() -> App) {
    for (w, h) in SIZES {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

#[test]
fn twelve_weeks_of_a_journal() {
    snap_sizes("review_weeks", review_app);
}

#[test]
fn twelve_months_of_a_journal() {
    snap_sizes("review_months", || {
        let mut app = review_app();
        keys(&mut app, "s");
        app
    });
}

#[test]
fn an_empty_journal_says_what_the_pane_will_show() {
    snap_sizes("review_empty", || {
        let (dir, store) = temp_store();
        std::mem::forget(dir);
        let mut app = app_with(store);
        app.show(PaneId::Review);
        app
    });
}

#[test]
fn the_weekly_review_form() {
    snap_sizes("review_form", || {
        let mut app = review_app();
        keys(&mut app, "a");
        app
    });
}

#[test]
fn the_choice_of_a_goal_for_the_small_step() {
    snap_sizes("review_step_form", || {
        let mut app = review_app();
        keys(&mut app, "a");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "Invite twelve people");
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "G");
        app
    });
}

#[test]
fn this_weeks_review_is_written_and_its_step_joins_a_goal_then_undone() {
    let (_dir, store) = seeded();
    let mut app = app_with(store);
    keys(&mut app, "6");
    assert_eq!(app.current_pane(), PaneId::Review);
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("Week 48 · 23–29 Nov · not written yet"),
        "{shown}"
    );
    keys(&mut app, "a");
    type_text(&mut app, "Coffee with Ana, and a walk by the river");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Invite twelve people");
    press(&mut app, KeyCode::Enter);
    let week = Week::of(today());
    let review = app.store().review_of(week).unwrap().expect("kept");
    assert_eq!(review.well, "Coffee with Ana, and a walk by the river");
    assert_eq!(review.next, "Invite twelve people");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Your review of week 48 is kept."), "{shown}");
    assert!(shown.contains("Next: Invite twelve people"), "{shown}");

    // G offers the active goals; Enter adds the step to the one chosen.
    keys(&mut app, "G");
    let form = screen(&mut app, 80, 24);
    assert!(form.contains("Which goal is it a step of?"), "{form}");
    assert!(form.contains("Teach a weekend workshop"), "{form}");
    press(&mut app, KeyCode::Enter);
    let kept = app.store().review_of(week).unwrap().unwrap();
    let step = kept.step_id.expect("the step joined a goal");
    assert_eq!(
        app.store().step(step).unwrap().unwrap().text,
        "Invite twelve people"
    );
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("is a step of"), "{shown}");
    keys(&mut app, "G");
    let again = screen(&mut app, 80, 24);
    assert!(again.contains("already a step of a goal"), "{again}");

    keys(&mut app, "u");
    assert_eq!(app.store().step(step).unwrap(), None);
    assert_eq!(app.store().review_of(week).unwrap().unwrap().step_id, None);
    keys(&mut app, "u");
    assert_eq!(app.store().review_of(week).unwrap(), None);
}

#[test]
fn a_review_is_deleted_after_a_yes_and_undo_brings_it_back() {
    let (_dir, store) = seeded();
    let mut app = app_with(store);
    keys(&mut app, "6j");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("› Week 47"), "{shown}");
    keys(&mut app, "d");
    let asked = screen(&mut app, 80, 24);
    assert!(asked.contains("Delete your review of week 47?"), "{asked}");
    keys(&mut app, "y");
    let week = Week::of(date("2026-11-16"));
    assert_eq!(app.store().review_of(week).unwrap(), None);
    keys(&mut app, "u");
    assert!(app.store().review_of(week).unwrap().is_some());
    // A week with no review has nothing to delete, and says what to do instead.
    keys(&mut app, "k");
    keys(&mut app, "d");
    let said = screen(&mut app, 80, 24);
    assert!(said.contains("no review to delete"), "{said}");
}

#[test]
fn the_window_moves_back_and_on_and_switches_to_months() {
    let mut app = review_app();
    let now = screen(&mut app, 120, 40);
    assert!(now.contains("7 Sep – 29 Nov 2026"), "{now}");
    keys(&mut app, "]");
    let newest = screen(&mut app, 120, 40);
    assert!(newest.contains("These are the newest weeks"), "{newest}");
    keys(&mut app, "[[");
    let back = screen(&mut app, 120, 40);
    assert!(back.contains("24 Aug – 15 Nov 2026"), "{back}");
    keys(&mut app, "s");
    let months = screen(&mut app, 120, 40);
    assert!(months.contains("Dec 2025 – Nov 2026"), "{months}");
    assert!(months.contains("Twelve months"), "{months}");
    keys(&mut app, "st");
    let today = screen(&mut app, 120, 40);
    assert!(today.contains("7 Sep – 29 Nov 2026"), "{today}");
}

#[test]
fn a_search_hit_shows_the_week_of_its_review() {
    let mut app = review_app();
    keys(&mut app, "1/");
    type_text(&mut app, "walked");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current_pane(), PaneId::Review);
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("› Week 45 · 2–8 Nov"), "{shown}");
    assert!(shown.contains("I still walked every morning"), "{shown}");
}

#[test]
fn an_empty_review_is_refused_with_the_words_to_write() {
    let mut app = review_app();
    keys(&mut app, "a");
    ctrl(&mut app, 's');
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Write what went well"), "{shown}");
    assert_eq!(app.store().review_of(Week::of(today())).unwrap(), None);
}
