//! The stage guide's screens as plain text: the check-in form on a stage, and a setback's
//! path of check-ins as a chart above their list.

use bounce::action::PaneId;
use bounce::domain::setback::{GriefStage, TransformationStage};
use ratatui::crossterm::event::KeyCode;

use crate::common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 50)];

fn snap_sizes(name: &str, setup: impl Fn() -> bounce::app::App) {
    for (w, h) in SIZES {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

/// The seeded debrief with a path that wanders: on, back, and on again.
fn checkins_app() -> bounce::app::App {
    let (dir, store) = temp_store();
    let id = seed_debrief(&store);
    let more = [
        (
            "2026-10-04",
            Some(GriefStage::Depression),
            Some(TransformationStage::Disorientation),
        ),
        (
            "2026-10-18",
            Some(GriefStage::Bargaining),
            Some(TransformationStage::LettingGo),
        ),
        ("2026-11-15", None, Some(TransformationStage::ReEngagement)),
    ];
    for (on, grief, change) in more {
        store.add_checkin(id, date(on), grief, change, "").unwrap();
    }
    std::mem::forget(dir);
    let mut app = app_with(store);
    app.show(PaneId::Debrief);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "[[[");
    app
}

#[test]
fn the_check_in_path() {
    snap_sizes("stages_path", checkins_app);
}

#[test]
fn the_check_in_form_on_a_stage() {
    snap_sizes("stages_form", || {
        let mut app = checkins_app();
        keys(&mut app, "a");
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Right);
        app
    });
}
