//! Flows driven through the App with key events over a real journal file, checking both what
//! was saved and what the screen says.

use crate::common;

use bounce::action::PaneId;
use bounce::app::App;
use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// An empty journal, open on the Gratitude pane.
fn fresh() -> (tempfile::TempDir, App) {
    let (dir, store) = temp_store();
    (dir, gratitude_app(store))
}

fn gratitude_app(store: Store) -> App {
    let mut app = app_with(store);
    app.show(PaneId::Gratitude);
    app
}

fn texts(app: &App, day: &str) -> Vec<String> {
    app.store()
        .gratitude_on(date(day))
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect()
}

fn status_line(app: &mut App) -> String {
    screen(app, 80, 24)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn adding_an_item_saves_it_and_shows_it() {
    let (_dir, store) = temp_store();
    let mut app = app_with(store);
    assert_eq!(app.current_pane(), PaneId::Home);
    keys(&mut app, "4");
    assert_eq!(app.current_pane(), PaneId::Gratitude);
    keys(&mut app, "a");
    type_text(&mut app, "tea with Zoë in the café");
    press(&mut app, KeyCode::Enter);
    assert_eq!(texts(&app, "2026-11-23"), ["tea with Zoë in the café"]);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("1. tea with Zoë in the café"), "{text}");
    assert!(text.contains("1 of 3"));
    assert!(status_line(&mut app).contains("Saved."));
}

#[test]
fn the_third_item_of_the_day_is_celebrated() {
    let (_dir, mut app) = fresh();
    for text in ["one", "two", "three"] {
        keys(&mut app, "a");
        type_text(&mut app, text);
        press(&mut app, KeyCode::Enter);
    }
    let status = status_line(&mut app);
    let words = bounce::assets::gratitude();
    assert!(
        words
            .day_complete
            .iter()
            .any(|w| status.contains(w.as_str())),
        "{status}"
    );
    assert!(screen(&mut app, 80, 24).contains("3 things"));
}

#[test]
fn the_fifth_day_with_gratitude_is_a_milestone() {
    let (dir, store) = temp_store();
    for day in ["2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"] {
        store.add_gratitude(date(day), "a good thing").unwrap();
    }
    let mut app = gratitude_app(store);
    keys(&mut app, "a");
    type_text(&mut app, "fifth day");
    press(&mut app, KeyCode::Enter);
    let status = status_line(&mut app);
    let words = bounce::assets::gratitude();
    let celebrated = words
        .milestones
        .iter()
        .any(|m| status.contains(&m.replace("{n}", "5")));
    assert!(celebrated, "{status}");
    drop(dir);
}

#[test]
fn editing_replaces_the_text() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = gratitude_app(store);
    keys(&mut app, "je");
    for _ in 0.."before the rain".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "in the sun");
    press(&mut app, KeyCode::Enter);
    let saved = texts(&app, "2026-11-23");
    assert_eq!(saved[1], "A walk by the river in the sun");
    assert_eq!(saved.len(), 2);
}

#[test]
fn deleting_asks_first() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = gratitude_app(store);
    keys(&mut app, "d");
    assert!(screen(&mut app, 80, 24).contains("Delete “Coffee with Ana"));
    keys(&mut app, "n");
    assert_eq!(texts(&app, "2026-11-23").len(), 2);
    keys(&mut app, "dy");
    assert_eq!(
        texts(&app, "2026-11-23"),
        ["A walk by the river before the rain"]
    );
    assert!(status_line(&mut app).contains("Deleted."));
}

#[test]
fn closing_an_editor_with_text_asks_before_letting_go() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "a");
    type_text(&mut app, "half a thought");
    app.save_draft();
    press(&mut app, KeyCode::Esc);
    assert!(screen(&mut app, 80, 24).contains("Let go of what you typed?"));
    keys(&mut app, "n");
    // Still typing: a letter is text, not a command.
    keys(&mut app, "q");
    assert!(!app.should_quit());
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "y");
    assert!(texts(&app, "2026-11-23").is_empty());
    assert_eq!(app.store().draft("gratitude.new:2026-11-23").unwrap(), None);
    keys(&mut app, "q");
    assert!(app.should_quit());
}

#[test]
fn an_empty_editor_closes_without_asking() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    assert!(status_line(&mut app).contains("Type a few words first"));
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&mut app, 80, 24).contains("Are you sure?"));
    assert!(!screen(&mut app, 80, 24).contains("New item"));
}

#[test]
fn the_note_keeps_its_lines() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "n");
    type_text(&mut app, "First line.");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Second line.");
    ctrl(&mut app, 's');
    let day = app.store().day(today()).unwrap().unwrap();
    assert_eq!(day.note, "First line.\nSecond line.");
    assert!(status_line(&mut app).contains("Note saved."));
    assert!(screen(&mut app, 80, 24).contains("Second line."));
}

#[test]
fn mood_is_picked_and_cleared() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "m3");
    let mood = app.store().day(today()).unwrap().unwrap().mood.unwrap();
    assert_eq!(mood.value(), 3);
    assert!(screen(&mut app, 80, 24).contains("Mood ●●●○○ okay"));
    keys(&mut app, "m0");
    assert_eq!(app.store().day(today()).unwrap().unwrap().mood, None);
    keys(&mut app, "m");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.store().day(today()).unwrap().unwrap().mood, None);
}

#[test]
fn moving_between_days_and_adding_to_the_past() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "l");
    assert!(status_line(&mut app).contains("tomorrow is not written yet"));
    keys(&mut app, "hh");
    assert!(screen(&mut app, 80, 24).contains("Saturday 21 November 2026"));
    keys(&mut app, "a");
    type_text(&mut app, "remembered later");
    press(&mut app, KeyCode::Enter);
    assert_eq!(texts(&app, "2026-11-21"), ["remembered later"]);
    keys(&mut app, "t");
    assert!(screen(&mut app, 80, 24).contains("Today, Monday 23 November 2026"));
}

#[test]
fn a_long_paste_is_kept_whole() {
    let (_dir, mut app) = fresh();
    let long: String = "grateful 感謝 🌱 شكرا ".repeat(300);
    keys(&mut app, "a");
    paste(&mut app, &format!("{long}\nsecond line"));
    press(&mut app, KeyCode::Enter);
    let saved = texts(&app, "2026-11-23");
    assert_eq!(saved, [format!("{long} second line").trim().to_string()]);
    assert!(saved[0].chars().count() > 5_000);
}

#[test]
fn text_too_long_to_save_stays_in_the_editor() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "a");
    paste(&mut app, &"x".repeat(20_001));
    press(&mut app, KeyCode::Enter);
    assert!(texts(&app, "2026-11-23").is_empty());
    assert!(status_line(&mut app).contains("20000"));
    let (_, draft) = {
        app.save_draft();
        (
            "",
            app.store()
                .draft("gratitude.new:2026-11-23")
                .unwrap()
                .unwrap(),
        )
    };
    assert_eq!(draft.len(), 20_001);
}

#[test]
fn a_draft_is_offered_back_after_a_restart() {
    let (dir, store) = temp_store();
    let path = store.path().to_path_buf();
    let mut app = gratitude_app(store);
    keys(&mut app, "a");
    type_text(&mut app, "unsaved words");
    app.save_draft();
    drop(app); // as if the process were killed: nothing else runs

    let mut again = app_with(Store::open(&path).unwrap());
    let text = screen(&mut again, 80, 24);
    assert!(text.contains("unsaved words"), "{text}");
    assert!(text.contains("Welcome back"), "{text}");
    press(&mut again, KeyCode::Enter);
    assert_eq!(texts(&again, "2026-11-23"), ["unsaved words"]);
    assert_eq!(
        again.store().draft("gratitude.new:2026-11-23").unwrap(),
        None
    );
    drop(dir);
}

#[test]
fn a_note_draft_comes_back_in_the_note() {
    let (dir, store) = temp_store();
    let path = store.path().to_path_buf();
    store.set_note(date("2026-11-22"), "saved part").unwrap();
    let mut app = gratitude_app(store);
    keys(&mut app, "hn");
    type_text(&mut app, " and more");
    app.save_draft();
    drop(app);

    let mut again = app_with(Store::open(&path).unwrap());
    assert!(screen(&mut again, 80, 24).contains("Yesterday, Sunday 22 November"));
    ctrl(&mut again, 's');
    let note = again.store().day(date("2026-11-22")).unwrap().unwrap().note;
    assert_eq!(note, "saved part and more");
    drop(dir);
}

#[test]
fn ctrl_c_quits_and_keeps_what_was_typed() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "a");
    type_text(&mut app, "almost");
    ctrl(&mut app, 'c');
    assert!(app.should_quit());
    assert_eq!(
        app.store()
            .draft("gratitude.new:2026-11-23")
            .unwrap()
            .as_deref(),
        Some("almost")
    );
}

#[test]
fn panes_switch_by_number_and_tab() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "1");
    assert_eq!(app.current_pane(), PaneId::Home);
    assert!(screen(&mut app, 80, 24).contains("Welcome to bounce."));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.current_pane(), PaneId::Debrief);
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::BackTab,
        KeyModifiers::SHIFT,
    )));
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::BackTab,
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.current_pane(), PaneId::Review);
    keys(&mut app, "4");
    assert_eq!(app.current_pane(), PaneId::Gratitude);
}

#[test]
fn help_opens_and_closes() {
    let (_dir, mut app) = fresh();
    keys(&mut app, "?");
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("Add something you are grateful for"),
        "{text}"
    );
    assert!(text.contains("Everywhere"));
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&mut app, 80, 24).contains("Everywhere"));
    keys(&mut app, "??");
    assert!(!screen(&mut app, 80, 24).contains("Everywhere"));
}

#[test]
fn every_key_in_the_help_does_something_sensible() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = gratitude_app(store);
    // Every bound key of the pane and the global scope, pressed in turn, never panics and
    // never loses the seeded items.
    for c in "aejkhl[]tnm?12345".chars() {
        press(&mut app, KeyCode::Char(c));
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Esc);
        keys(&mut app, "n4");
        screen(&mut app, 80, 24);
    }
    assert_eq!(texts(&app, "2026-11-23").len(), 2);
}

#[test]
fn a_click_on_a_tab_shows_its_pane_and_the_wheel_moves_the_list() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = app_with(store);
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.handle_event(mouse(MouseEventKind::Down(MouseButton::Left), 50, 0));
    assert_eq!(app.current_pane(), PaneId::Gratitude);
    let before = screen(&mut app, 80, 24);
    assert!(before.contains("›  1. Coffee with Ana"), "{before}");
    app.handle_event(mouse(MouseEventKind::ScrollDown, 20, 5));
    let after = screen(&mut app, 80, 24);
    assert!(after.contains("›  2. A walk by the river"), "{after}");
    // A click below the tab bar changes nothing.
    app.handle_event(mouse(MouseEventKind::Down(MouseButton::Left), 20, 5));
    assert_eq!(app.current_pane(), PaneId::Gratitude);
}

#[test]
fn a_click_selects_a_row_and_a_second_click_opens_it() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let (_dir, store) = temp_store();
    seed(&store);
    seed_goals(&store);
    let mut app = app_with(store);
    let click = |app: &mut App, column, row| {
        app.handle_event(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }));
    };
    keys(&mut app, "4");
    screen(&mut app, 80, 24);
    click(&mut app, 10, 4);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("›  2. A walk by the river"), "{text}");

    keys(&mut app, "5");
    let text = screen(&mut app, 80, 24);
    let row = text
        .lines()
        .position(|l| l.contains("Find two freelance clients"))
        .unwrap();
    let row = u16::try_from(row).unwrap();
    click(&mut app, 10, row);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("› Find two freelance clients"), "{text}");
    click(&mut app, 10, row);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("No steps yet"), "the goal is open: {text}");
}

#[test]
fn a_pane_shown_again_shows_what_was_written_since() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = app_with(store);
    app.show(PaneId::Gratitude);
    app.show(PaneId::Home);
    // Written outside the pane, as another part of the app would.
    app.store()
        .add_gratitude(today(), "A letter from my sister Ingrid")
        .unwrap();
    app.show(PaneId::Gratitude);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Ingrid"), "{text}");
    // Shown again with nothing written between: the same screen.
    app.show(PaneId::Home);
    app.show(PaneId::Gratitude);
    assert_eq!(screen(&mut app, 80, 24), text);
}
