//! The Debrief pane's moving-forward screens as plain text: reframes, their form, and what
//! a setback gave (skills and people) among the strengths.

use crate::common;

use bounce::domain::setback::StrengthKind;
use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap_sizes(name: &str, setup: impl Fn() -> bounce::app::App) {
    for (w, h) in SIZES {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

/// The seeded debrief with two reframes (one still waiting for its kinder words), and a
/// skill and two people it brought in, one of them already in the support network.
fn seed_forward(store: &Store) {
    let id = seed_debrief(store);
    store
        .add_reframe(
            id,
            "I always get cut first. I am the kind of person companies let go.",
            "The whole team was closed, not just me. I have not found a place that keeps me \
             yet, and I am looking with more care this time.",
        )
        .unwrap();
    store
        .add_reframe(id, "I will never find work this good again.", "")
        .unwrap();
    store
        .add_strength(id, StrengthKind::Skill, "Negotiating my own exit terms")
        .unwrap();
    let mara = store
        .add_strength(
            id,
            StrengthKind::Person,
            "Mara, who ran the outplacement workshop",
        )
        .unwrap();
    store
        .add_strength(id, StrengthKind::Person, "Tom from the running club")
        .unwrap();
    store.add_person_from_strength(mara.id).unwrap();
}

/// The Debrief pane over `store` with the first setback open, after `sequence` was pressed.
fn open_with(store: Store, sequence: &str) -> bounce::app::App {
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, sequence);
    app
}

/// The seeded journal with some of moving forward, after `sequence` was pressed.
fn forward_app(sequence: &str) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_forward(&store);
    std::mem::forget(dir);
    open_with(store, sequence)
}

#[test]
fn debrief_reframes() {
    snap_sizes("debrief_reframes", || forward_app("]]]]"));
}

#[test]
fn debrief_reframes_second_selected() {
    let mut app = forward_app("]]]]j");
    insta::assert_snapshot!("debrief_reframes_second_80x24", screen(&mut app, 80, 24));
}

#[test]
fn debrief_reframes_empty() {
    let (dir, store) = temp_store();
    seed_debrief(&store);
    std::mem::forget(dir);
    let mut app = open_with(store, "]]]]");
    insta::assert_snapshot!("debrief_reframes_empty_80x24", screen(&mut app, 80, 24));
}

#[test]
fn debrief_reframe_form() {
    snap_sizes("debrief_reframe_form", || {
        let mut app = forward_app("]]]]a");
        type_text(&mut app, "I should have seen it coming.");
        app
    });
}

#[test]
fn debrief_reframe_edit_form() {
    let mut app = forward_app("]]]]j");
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("debrief_reframe_edit_form_80x24", screen(&mut app, 80, 24));
}

#[test]
fn debrief_strengths_with_what_was_gained() {
    snap_sizes("debrief_strengths_gained", || forward_app("]]jjjj"));
}
