//! A long list of done goals from the keyboard: 300 of them, moved through a row, a screen
//! and to either end, past the rows the Goals pane holds at once; a search hit, a goal
//! finished, archived and brought back, and a deletion with its undo each land on the
//! right goal and list.

use crate::common;

use bounce::action::PaneId;
use bounce::app::App;
use bounce::domain::goal::{GoalDraft, GoalState};
use bounce::store::Store;
use chrono::Days;
use common::*;
use ratatui::crossterm::event::KeyCode;
use uuid::Uuid;

const GOALS: usize = 300;

/// `Goal 000` (finished today) to `Goal 299` (finished 299 days ago), one step each: the
/// Done list shows them in that order. Goal 275 has a rare word in its title and Goal 260
/// in its step.
fn long_journal() -> (tempfile::TempDir, Store, Vec<Uuid>) {
    let (dir, store) = temp_store();
    let mut ids = Vec::new();
    store
        .write(|s| {
            for i in 0..GOALS {
                let title = match i {
                    275 => format!("Goal {i:03} kestrel"),
                    _ => format!("Goal {i:03}"),
                };
                let step = match i {
                    260 => "Ask about the zanzibar course".to_string(),
                    _ => format!("The one step of {i}"),
                };
                let draft = GoalDraft {
                    title,
                    ..GoalDraft::default()
                };
                let day = today().checked_sub_days(Days::new(i as u64)).unwrap();
                let goal = s.add_goal(&draft, &[step], day)?;
                let step = s.steps(goal.id)?[0].id;
                s.tick_step(step, true, day)?;
                ids.push(goal.id);
            }
            Ok(())
        })
        .unwrap();
    (dir, store, ids)
}

/// The goals listed on the left of a 120x40 screen, in order, and which one is selected.
fn listed(app: &mut App) -> (Vec<usize>, Option<usize>) {
    rows_listed(app, "Goal ")
}

fn selected(app: &mut App) -> usize {
    row_selected(app, "Goal ")
}

/// The app on the Goals pane, showing the Done list.
fn done_list(store: Store) -> App {
    let mut app = app_with(store);
    keys(&mut app, "5]");
    app
}

#[test]
fn j_and_k_move_past_the_rows_held_and_the_screen_follows() {
    let (_dir, store, _) = long_journal();
    let mut app = done_list(store);
    let (rows, sel) = listed(&mut app);
    assert_eq!(sel, Some(0));
    assert_eq!(rows, (0..rows.len()).collect::<Vec<_>>(), "from the top");
    let page = rows.len();
    assert!(page > 5, "a 120x40 screen shows a good part of the list");
    keys(&mut app, &"j".repeat(170));
    let (rows, sel) = listed(&mut app);
    assert_eq!(sel, Some(170));
    assert_eq!(
        rows,
        (171 - page..=170).collect::<Vec<_>>(),
        "the selection sits at the bottom, the rows above it in order"
    );
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("The one step of 170"),
        "its steps show:\n{text}"
    );
    keys(&mut app, &"k".repeat(150));
    assert_eq!(selected(&mut app), 20);
    keys(&mut app, &"k".repeat(30));
    let (rows, sel) = listed(&mut app);
    assert_eq!((rows[0], sel), (0, Some(0)), "back at the top");
}

#[test]
fn page_keys_move_a_screen_and_end_reaches_the_last_goal() {
    let (_dir, store, _) = long_journal();
    let mut app = done_list(store);
    let page = listed(&mut app).0.len();
    press(&mut app, KeyCode::PageDown);
    assert_eq!(selected(&mut app), page, "the first row not shown before");
    press(&mut app, KeyCode::PageUp);
    assert_eq!(selected(&mut app), 0);
    press(&mut app, KeyCode::End);
    let (rows, sel) = listed(&mut app);
    assert_eq!(sel, Some(GOALS - 1));
    assert_eq!(rows, (GOALS - page..GOALS).collect::<Vec<_>>());
    press(&mut app, KeyCode::PageDown);
    keys(&mut app, "j");
    assert_eq!(selected(&mut app), GOALS - 1, "the end stays the end");
    for _ in 0..4 {
        press(&mut app, KeyCode::PageUp);
    }
    assert_eq!(selected(&mut app), GOALS - 1 - 4 * page);
    press(&mut app, KeyCode::Home);
    assert_eq!(selected(&mut app), 0);
}

#[test]
fn a_search_hit_on_an_old_done_goal_or_its_step_opens_it() {
    let (_dir, store, _) = long_journal();
    let mut app = app_with(store);
    for (words, want, shown) in [
        ("kestrel", 275, "The one step of 275"),
        ("zanzibar", 260, "Ask about the zanzibar course"),
    ] {
        keys(&mut app, "/");
        type_text(&mut app, words);
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.current_pane(), PaneId::Goals);
        let (rows, sel) = listed(&mut app);
        assert_eq!(sel, Some(want), "{words}: {rows:?}");
        assert!(rows.contains(&(want - 1)), "the rows above it show too");
        let text = screen(&mut app, 120, 40);
        assert!(text.contains(shown), "its steps are open:\n{text}");
        // The list moves on from there.
        press(&mut app, KeyCode::Esc);
        keys(&mut app, "j");
        assert_eq!(selected(&mut app), want + 1);
        keys(&mut app, "1");
    }
}

#[test]
fn finishing_archiving_and_restoring_a_goal_follows_it_between_lists() {
    let (_dir, store, ids) = long_journal();
    let draft = GoalDraft {
        title: "Goal 900 still open".into(),
        ..GoalDraft::default()
    };
    let open = store
        .add_goal(&draft, &["The last small step".into()], today())
        .unwrap();
    let mut app = app_with(store);
    keys(&mut app, "5");
    assert_eq!(selected(&mut app), 900);
    // Ticking its only step from its steps finishes it: it is shown in Done, first.
    press(&mut app, KeyCode::Enter);
    keys(&mut app, " ");
    press(&mut app, KeyCode::Esc);
    let goal = app.store().goal(open.id).unwrap().unwrap();
    assert_eq!(goal.state(), GoalState::Done);
    let (rows, sel) = listed(&mut app);
    assert_eq!(sel, Some(900), "{rows:?}");
    assert_eq!(rows[1], 0, "the other done goals follow it");
    // Archived from its steps, it is followed to Archived; brought back, to Done again.
    keys(&mut app, "A");
    assert!(app.store().goal(open.id).unwrap().unwrap().archived);
    assert_eq!(listed(&mut app), (vec![900], Some(900)));
    keys(&mut app, "A");
    assert_eq!(selected(&mut app), 900);
    assert_eq!(app.store().goal_count(GoalState::Done).unwrap(), GOALS + 1);
    // Archived from the list far down, it leaves the list and the next one takes its place.
    press(&mut app, KeyCode::Esc);
    keys(&mut app, &"j".repeat(151));
    assert_eq!(selected(&mut app), 150);
    keys(&mut app, "A");
    let archived = app.store().goal(ids[150]).unwrap().unwrap();
    assert_eq!(archived.state(), GoalState::Archived);
    assert_eq!(selected(&mut app), 151);
    let (rows, _) = listed(&mut app);
    assert!(!rows.contains(&150), "{rows:?}");
    assert!(rows.windows(2).all(|w| w[1] > w[0]), "{rows:?}");
}

#[test]
fn deleting_a_done_goal_far_down_and_undo_bring_it_back_in_place() {
    let (_dir, store, ids) = long_journal();
    let mut app = done_list(store);
    keys(&mut app, &"j".repeat(200));
    assert_eq!(selected(&mut app), 200);
    keys(&mut app, "dy");
    assert!(app.store().goal(ids[200]).unwrap().is_none());
    assert_eq!(
        selected(&mut app),
        201,
        "the next one moves up into its place"
    );
    assert_eq!(app.store().goal_count(GoalState::Done).unwrap(), GOALS - 1);
    keys(&mut app, "u");
    assert!(app.store().goal(ids[200]).unwrap().is_some());
    assert_eq!(app.store().goal_count(GoalState::Done).unwrap(), GOALS);
    let (rows, sel) = listed(&mut app);
    assert_eq!(sel, Some(201), "the selection stays on the goal it was on");
    assert!(
        rows.contains(&200),
        "the goal is back in its place: {rows:?}"
    );
    assert!(rows.windows(2).all(|w| w[1] == w[0] + 1), "{rows:?}");
    keys(&mut app, "kk");
    assert_eq!(selected(&mut app), 199);
}

#[test]
fn kept_drafts_reopen_on_their_done_goal_far_down_the_list() {
    let (_dir, store, ids) = long_journal();
    let path = store.path().to_path_buf();
    let mut app = done_list(store);
    // The goal's edit form, kept while typing a new reward.
    keys(&mut app, &"j".repeat(250));
    keys(&mut app, "e");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "A long walk by the sea");
    app.save_draft();
    drop(app);
    let mut app = app_with(Store::open(&path).unwrap());
    assert_eq!(app.current_pane(), PaneId::Goals);
    ctrl(&mut app, 's');
    let goal = app.store().goal(ids[250]).unwrap().unwrap();
    assert!(goal.reward.contains("A long walk by the sea"), "{goal:?}");
    assert_eq!(goal.title, "Goal 250", "saved on its own goal");
    assert_eq!(selected(&mut app), 250);
    // A new step on another, typed and kept.
    keys(&mut app, &"j".repeat(20));
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "Write to the course leader");
    app.save_draft();
    drop(app);
    let mut app = app_with(Store::open(&path).unwrap());
    ctrl(&mut app, 's');
    let steps = app.store().steps(ids[270]).unwrap();
    assert_eq!(steps.len(), 2, "the step was added to its own goal");
    assert_eq!(steps[1].text, "Write to the course leader");
    assert_eq!(selected(&mut app), 270);
}
