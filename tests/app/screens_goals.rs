//! The Goals pane as plain text at 80x24 and 120x40: the list in each state, an open goal,
//! the forms, the celebration of a finished goal, and the help overlay.

use crate::common;

use common::*;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap_sizes(name: &str, setup: impl Fn() -> bounce::app::App) {
    for (w, h) in SIZES {
        let mut app = setup();
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
    }
}

/// The seeded goals, on the Goals pane, after pressing `keys_to_press`.
fn goals_app(keys_to_press: &[KeyCode]) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_debrief(&store);
    seed_goals(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    keys(&mut app, "5");
    for key in keys_to_press {
        press(&mut app, *key);
    }
    app
}

#[test]
fn goals_empty() {
    snap_sizes("goals_empty", || {
        let (dir, store) = temp_store();
        std::mem::forget(dir);
        let mut app = app_with(store);
        keys(&mut app, "5");
        app
    });
}

#[test]
fn goals_list_and_open_goal() {
    snap_sizes("goals_active", || goals_app(&[]));
    snap_sizes("goals_open", || goals_app(&[KeyCode::Enter]));
    snap_sizes("goals_done_list", || goals_app(&[KeyCode::Char(']')]));
    snap_sizes("goals_no_steps", || {
        goals_app(&[KeyCode::Char('j'), KeyCode::Enter])
    });
}

#[test]
fn goals_forms() {
    snap_sizes("goals_new_goal_form", || goals_app(&[KeyCode::Char('a')]));
    snap_sizes("goals_split_form", || {
        goals_app(&[KeyCode::Enter, KeyCode::Char('s')])
    });
}

#[test]
fn goal_celebration() {
    snap_sizes("goals_celebration", || {
        let mut app = goals_app(&[KeyCode::Enter]);
        keys(&mut app, " ");
        keys(&mut app, " ");
        app
    });
}

#[test]
fn goals_help() {
    snap_sizes("help_goals", || goals_app(&[KeyCode::Char('?')]));
}

#[test]
fn goals_smallest_size() {
    let mut app = goals_app(&[KeyCode::Enter]);
    insta::assert_snapshot!("goals_open_40x10", screen(&mut app, 40, 10));
}

fn forward_app(keys_to_press: &str) -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_goals(&store);
    seed_forward(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    keys(&mut app, "5");
    keys(&mut app, keys_to_press);
    app
}

#[test]
fn ideas_and_people() {
    snap_sizes("goals_ideas", || forward_app("]]]"));
    snap_sizes("goals_idea_open", || {
        let mut app = forward_app("]]]");
        press(&mut app, KeyCode::Enter);
        app
    });
    snap_sizes("goals_idea_notes_form", || {
        let mut app = forward_app("]]]");
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "je");
        app
    });
    snap_sizes("goals_people", || forward_app("["));
    snap_sizes("goals_person_form", || forward_app("[a"));
}

#[test]
fn home_with_people_and_a_reframe() {
    snap_sizes("home_moving_forward", || {
        let (dir, store) = temp_store();
        seed(&store);
        seed_goals(&store);
        seed_forward(&store);
        let setback = seed_debrief(&store);
        store
            .add_reframe(
                setback,
                "I always mess things up",
                "I got this one wrong, and I'm not good at reading reorgs yet.",
            )
            .unwrap();
        std::mem::forget(dir);
        app_with(store)
    });
}
