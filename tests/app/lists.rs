//! Long lists from the keyboard: 300 setbacks in Debrief and Root cause, moved through a row,
//! a screen and to either end, past the rows a pane holds at once; search hits, kept drafts,
//! a new setback, a deletion and its undo each land on the right one. And the page keys in
//! the other panes' lists.

use crate::common;

use bounce::action::PaneId;
use bounce::app::App;
use bounce::domain::root_cause::Cause;
use bounce::domain::setback::SetbackDraft;
use bounce::store::Store;
use chrono::Days;
use common::*;
use ratatui::crossterm::event::KeyCode;
use uuid::Uuid;

const SETBACKS: usize = 300;

/// `Setback 000` (today) to `Setback 299` (299 days ago): the list shows them in that order.
fn long_journal() -> (tempfile::TempDir, Store, Vec<Uuid>) {
    let (dir, store) = temp_store();
    let mut ids = Vec::new();
    store
        .write(|s| {
            for i in 0..SETBACKS {
                let draft = SetbackDraft {
                    title: format!("Setback {i:03}"),
                    date: today().checked_sub_days(Days::new(i as u64)),
                    summary: format!("What happened the {i}th time."),
                };
                ids.push(s.add_setback(&draft, today())?.id);
            }
            Ok(())
        })
        .unwrap();
    (dir, store, ids)
}

/// The setbacks listed on the left of a 120x40 screen, in order, and which one is selected.
fn listed(app: &mut App) -> (Vec<usize>, Option<usize>) {
    rows_listed(app, "Setback ")
}

fn selected(app: &mut App) -> usize {
    row_selected(app, "Setback ")
}

fn key(app: &mut App, code: KeyCode, times: usize) {
    for _ in 0..times {
        press(app, code);
    }
}

#[test]
fn j_and_k_move_past_the_rows_held_and_the_screen_follows() {
    for pane in ["2", "3"] {
        let (_dir, store, _) = long_journal();
        let mut app = app_with(store);
        keys(&mut app, pane);
        let (rows, sel) = listed(&mut app);
        assert_eq!(sel, Some(0));
        assert_eq!(rows, (0..rows.len()).collect::<Vec<_>>(), "from the top");
        let page = rows.len();
        assert!(page > 5, "a 120x40 screen shows a good part of the list");
        // Far beyond the few screens a pane holds, one row at a time, then back up.
        keys(&mut app, &"j".repeat(170));
        let (rows, sel) = listed(&mut app);
        assert_eq!(sel, Some(170), "pane {pane}");
        assert_eq!(
            rows,
            (171 - page..=170).collect::<Vec<_>>(),
            "the selection sits at the bottom, the rows above it in order"
        );
        keys(&mut app, &"k".repeat(150));
        assert_eq!(selected(&mut app), 20);
        keys(&mut app, &"k".repeat(30));
        let (rows, sel) = listed(&mut app);
        assert_eq!((rows[0], sel), (0, Some(0)), "back at the top");
    }
}

#[test]
fn page_keys_move_a_screen_and_end_reaches_the_last_setback() {
    for pane in ["2", "3"] {
        let (_dir, store, _) = long_journal();
        let mut app = app_with(store);
        keys(&mut app, pane);
        let page = listed(&mut app).0.len();
        press(&mut app, KeyCode::PageDown);
        assert_eq!(selected(&mut app), page, "the first row not shown before");
        press(&mut app, KeyCode::PageUp);
        assert_eq!(selected(&mut app), 0);
        press(&mut app, KeyCode::End);
        let (rows, sel) = listed(&mut app);
        assert_eq!(sel, Some(SETBACKS - 1), "pane {pane}");
        assert_eq!(*rows.last().unwrap(), SETBACKS - 1);
        assert_eq!(rows, (SETBACKS - page..SETBACKS).collect::<Vec<_>>());
        // At the end, down and page down stay on the last one.
        press(&mut app, KeyCode::PageDown);
        keys(&mut app, "j");
        assert_eq!(selected(&mut app), SETBACKS - 1);
        press(&mut app, KeyCode::PageUp);
        assert_eq!(selected(&mut app), SETBACKS - 1 - page);
        key(&mut app, KeyCode::PageUp, 3);
        assert_eq!(selected(&mut app), SETBACKS - 1 - 4 * page);
        press(&mut app, KeyCode::Home);
        assert_eq!(selected(&mut app), 0);
        // The detail beside the list is the selected setback's.
        press(&mut app, KeyCode::End);
        let text = screen(&mut app, 120, 40);
        assert!(
            text.contains(&format!("Setback {:03}", SETBACKS - 1)),
            "{text}"
        );
    }
}

#[test]
fn the_count_shows_every_setback_while_a_few_screens_are_held() {
    let (_dir, store, _) = long_journal();
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::End);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Setbacks (300)"), "{text}");
    let (rows, _) = listed(&mut app);
    assert!(rows.len() < 30, "one screen shows, not all: {rows:?}");
}

#[test]
fn a_search_hit_on_an_old_setback_opens_it() {
    let (_dir, store, ids) = long_journal();
    let event = bounce::domain::setback::EventDraft {
        date: Some(today().checked_sub_days(Days::new(260)).unwrap()),
        what: "The quarterly zanzibar review went badly".into(),
        ..Default::default()
    };
    store.add_event(ids[260], &event, today()).unwrap();
    store
        .confirm_cause(ids[275], Some(Cause::Unforeseen))
        .unwrap();
    store
        .set_follow_up(ids[275], &[], "Nobody saw the kestrel merger coming")
        .unwrap();
    let mut app = app_with(store);
    for (words, pane, want) in [
        ("zanzibar", PaneId::Debrief, 260),
        ("kestrel", PaneId::RootCause, 275),
    ] {
        keys(&mut app, "/");
        type_text(&mut app, words);
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.current_pane(), pane);
        let (rows, sel) = listed(&mut app);
        assert_eq!(sel, Some(want), "{words}: {rows:?}");
        assert!(rows.contains(&(want - 1)), "the rows above it show too");
        let text = screen(&mut app, 120, 40);
        let title = format!("Setback {want:03}");
        assert!(text.matches(&title).count() >= 2, "opened:\n{text}");
        keys(&mut app, "1");
    }
}

#[test]
fn a_new_setback_dated_long_ago_is_selected_where_it_lands() {
    let (_dir, store, _) = long_journal();
    let mut app = app_with(store);
    keys(&mut app, "2a");
    type_text(&mut app, "Setback 999 remembered late");
    press(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Backspace, 10);
    let date = today().checked_sub_days(Days::new(200)).unwrap();
    type_text(&mut app, &date.to_string());
    ctrl(&mut app, 's');
    let added = app.store().last_added_setback().unwrap().unwrap();
    let setback = app.store().setback(added).unwrap().unwrap();
    assert_eq!(setback.date, date, "the form took the date");
    let place = app.store().setback_position(added).unwrap().unwrap();
    assert!((200..=201).contains(&place), "{place}");
    let (rows, sel) = listed(&mut app);
    assert_eq!(sel, Some(999), "{rows:?}");
}

#[test]
fn deleting_a_setback_far_down_selects_the_next_and_undo_brings_it_back() {
    let (_dir, store, ids) = long_journal();
    let mut app = app_with(store);
    keys(&mut app, "2");
    keys(&mut app, &"j".repeat(150));
    assert_eq!(selected(&mut app), 150);
    keys(&mut app, "dy");
    assert!(app.store().setback(ids[150]).unwrap().is_none());
    assert_eq!(
        selected(&mut app),
        151,
        "the next one moves up into its place"
    );
    assert!(screen(&mut app, 120, 40).contains("Setbacks (299)"));
    keys(&mut app, "u");
    assert!(app.store().setback(ids[150]).unwrap().is_some());
    assert_eq!(
        selected(&mut app),
        150,
        "the one brought back is selected again"
    );
    let (rows, _) = listed(&mut app);
    assert!(rows.windows(2).all(|w| w[1] == w[0] + 1), "{rows:?}");
    keys(&mut app, "j");
    assert_eq!(selected(&mut app), 151);
}

#[test]
fn a_kept_draft_reopens_on_its_setback_far_down_the_list() {
    let (_dir, store, ids) = long_journal();
    store
        .confirm_cause(ids[240], Some(Cause::Tactical))
        .unwrap();
    let path = store.path().to_path_buf();
    let mut app = app_with(store);
    // A new event on setback 230, and a follow-up note on setback 240, typed and kept.
    keys(&mut app, "2");
    keys(&mut app, &"j".repeat(230));
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a");
    type_text(&mut app, "the meeting where it was decided");
    app.save_draft();
    drop(app);
    let mut app = app_with(Store::open(&path).unwrap());
    assert_eq!(app.current_pane(), PaneId::Debrief);
    ctrl(&mut app, 's');
    let events = app.store().events(ids[230]).unwrap();
    assert_eq!(events.len(), 1, "the event was saved on its own setback");
    assert_eq!(events[0].what, "the meeting where it was decided");

    keys(&mut app, "3");
    keys(&mut app, &"j".repeat(240));
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]e");
    type_text(&mut app, "Ask for the numbers first");
    app.save_draft();
    drop(app);
    let mut app = app_with(Store::open(&path).unwrap());
    assert_eq!(app.current_pane(), PaneId::RootCause);
    ctrl(&mut app, 's');
    let decision = app.store().decision(ids[240]).unwrap();
    assert_eq!(decision.follow_up, "Ask for the numbers first");
    assert_eq!(selected(&mut app), 240);
}

/// The count the Patterns section shows for `cause`.
fn pattern_count(text: &str, cause: Cause) -> u32 {
    let line = text
        .lines()
        .find(|l| l.contains(cause.short_label()) && (l.contains('░') || l.contains('█')))
        .unwrap_or_else(|| panic!("no line for {cause:?}:\n{text}"));
    let end = line.trim_end_matches('│').trim_end();
    end.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn root_cause_shows_patterns_afresh_after_a_decision() {
    let (_dir, store, ids) = long_journal();
    store.confirm_cause(ids[0], Some(Cause::Emotional)).unwrap();
    let mut app = app_with(store);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "[");
    let text = screen(&mut app, 120, 40);
    assert_eq!(pattern_count(&text, Cause::Emotional), 1, "{text}");
    assert_eq!(pattern_count(&text, Cause::Tactical), 0, "{text}");
    // Another setback, far down, decided from the pane: the counts follow.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "o");
    ctrl(&mut app, 's');
    let decided = app.store().decision(ids[SETBACKS - 1]).unwrap().confirmed;
    let decided = decided.expect("the form confirmed a cause");
    let text = screen(&mut app, 120, 40);
    let want = if decided == Cause::Emotional { 2 } else { 1 };
    assert_eq!(pattern_count(&text, decided), want, "{text}");
    // Moving through the list with the patterns on screen keeps them.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Home);
    keys(&mut app, "jk");
    let text = screen(&mut app, 120, 40);
    assert_eq!(pattern_count(&text, decided), want, "{text}");
    assert_eq!(selected(&mut app), 0);
}

#[test]
fn page_keys_in_the_other_lists() {
    let (_dir, store) = temp_store();
    for i in 0..9 {
        store
            .add_gratitude(today(), &format!("small good thing {i}"))
            .unwrap();
    }
    let mut app = app_with(store);
    keys(&mut app, "4");
    let line_of = |app: &mut App, text: &str| {
        screen(app, 80, 24)
            .lines()
            .find(|l| l.contains(text))
            .unwrap_or_else(|| panic!("{text} not on screen"))
            .to_string()
    };
    keys(&mut app, "G");
    assert!(line_of(&mut app, "small good thing 8").contains('›'));
    keys(&mut app, "g");
    assert!(line_of(&mut app, "small good thing 0").contains('›'));
    press(&mut app, KeyCode::End);
    assert!(line_of(&mut app, "small good thing 8").contains('›'));
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::PageDown);
    let text = screen(&mut app, 80, 24);
    assert!(
        !line_of(&mut app, "small good thing 0").contains('›'),
        "{text}"
    );

    // Goals and their steps.
    let (_dir, store) = temp_store();
    seed_goals(&store);
    let mut app = app_with(store);
    keys(&mut app, "5");
    let first = screen(&mut app, 120, 40);
    press(&mut app, KeyCode::End);
    let last = screen(&mut app, 120, 40);
    assert_ne!(first, last, "End selects the last goal");
    press(&mut app, KeyCode::Home);
    assert_eq!(
        screen(&mut app, 120, 40),
        first,
        "Home goes back to the first"
    );
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::End);
    keys(&mut app, " ");
    let goals = app
        .store()
        .goals(bounce::domain::goal::GoalState::Active)
        .unwrap();
    let workshop = goals.iter().find(|g| g.title.contains("workshop")).unwrap();
    let steps = app.store().steps(workshop.id).unwrap();
    assert!(steps.last().unwrap().is_done(), "End reached the last step");
    press(&mut app, KeyCode::Home);
    keys(&mut app, " ");
    let steps = app.store().steps(workshop.id).unwrap();
    assert!(!steps[0].is_done(), "Home went back to the first step");
}

#[test]
fn reframes_are_read_when_their_section_shows_and_follow_the_selection() {
    let (_dir, store, ids) = long_journal();
    store
        .add_reframe(ids[0], "I always get this wrong", "I got this one wrong")
        .unwrap();
    store
        .add_reframe(ids[1], "Nobody will hire me", "Nobody has hired me yet")
        .unwrap();
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]]]");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("I got this one wrong"), "{text}");
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "j");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Nobody has hired me yet"), "{text}");
    assert!(!text.contains("I got this one wrong"), "{text}");
    keys(&mut app, "k");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "[");
    keys(&mut app, "]");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("I got this one wrong"), "{text}");
}

/// The moments of the timeline on screen, in order, and the selected one.
fn moments(app: &mut App) -> (Vec<usize>, Option<usize>) {
    let text = screen(app, 120, 40);
    let mut shown = Vec::new();
    let mut selected = None;
    for line in text.lines() {
        let Some(at) = line.find("Moment ") else {
            continue;
        };
        let n: usize = line[at + 7..at + 10].parse().unwrap();
        if line.contains('›') {
            selected = Some(n);
        }
        shown.push(n);
    }
    (shown, selected)
}

#[test]
fn a_long_timeline_moves_by_rows_screens_and_ends() {
    let (_dir, store, ids) = long_journal();
    store
        .write(|s| {
            for i in 0..200 {
                let event = bounce::domain::setback::EventDraft {
                    date: Some(today()),
                    what: format!("Moment {i:03} of the long day"),
                    ..Default::default()
                };
                s.add_event(ids[0], &event, today())?;
            }
            Ok(())
        })
        .unwrap();
    let mut app = app_with(store);
    keys(&mut app, "2");
    let (shown, selected) = moments(&mut app);
    assert_eq!(selected, None, "the list has the focus");
    assert_eq!(shown, (0..shown.len()).collect::<Vec<_>>());
    press(&mut app, KeyCode::Enter);
    keys(&mut app, &"j".repeat(120));
    let (shown, selected) = moments(&mut app);
    assert_eq!(selected, Some(120));
    let page = shown.len();
    assert_eq!(shown, (121 - page..=120).collect::<Vec<_>>(), "{shown:?}");
    press(&mut app, KeyCode::End);
    let (shown, selected) = moments(&mut app);
    assert_eq!(selected, Some(199));
    assert_eq!(shown, (200 - page..200).collect::<Vec<_>>(), "{shown:?}");
    press(&mut app, KeyCode::PageUp);
    assert!(
        moments(&mut app)
            .1
            .is_some_and(|m| m < 199 && m >= 199 - page)
    );
    press(&mut app, KeyCode::Home);
    let (shown, selected) = moments(&mut app);
    assert_eq!(selected, Some(0));
    assert_eq!(shown[0], 0);
    // The open setback's list still counts all its events.
    assert!(screen(&mut app, 120, 40).contains("Timeline 200"));
}
