//! Searching from the app: `/` from any pane, typing a word, and `Enter` landing on the
//! record in its pane, with the right section and row.

use crate::common;

use bounce::action::PaneId;
use bounce::app::App;
use common::*;
use ratatui::crossterm::event::KeyCode;

fn journal() -> (tempfile::TempDir, App) {
    let (dir, store) = temp_store();
    seed(&store);
    let setback = seed_debrief(&store);
    seed_goals(&store);
    seed_forward(&store);
    store
        .add_reframe(setback, "I am unemployable", "I have not been hired yet")
        .unwrap();
    store
        .set_follow_up(setback, &[], "The timing was out of my hands")
        .unwrap();
    (dir, app_with(store))
}

/// Opens search from the current pane, types `words` and presses Enter on the best hit.
fn find_and_show(app: &mut App, words: &str) -> String {
    keys(app, "/");
    assert!(app.is_searching());
    type_text(app, words);
    press(app, KeyCode::Enter);
    assert!(!app.is_searching(), "Enter closes the overlay");
    screen(app, 80, 24)
}

/// The line of the screen holding `text`, for checking it is the selected row.
fn line_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
}

#[test]
fn an_event_opens_its_setback_at_the_timeline_row() {
    let (_dir, mut app) = journal();
    let text = find_and_show(&mut app, "hiring fre");
    assert_eq!(app.current_pane(), PaneId::Debrief);
    assert!(text.contains("Laid off in the autumn"), "{text}");
    assert!(line_with(&text, "Hiring freeze").contains('›'), "{text}");
}

#[test]
fn debrief_records_open_at_their_section_and_row() {
    let (_dir, mut app) = journal();
    let cases = [
        ("explaining systems", "Explaining systems"),
        ("freeze plan", "Ask directly what the plan"),
        ("unemployable", "I am unemployable"),
        ("angry timing", "Anger · Disorientation"),
        ("verdict", "What did I learn"),
    ];
    for (words, row) in cases {
        keys(&mut app, "1");
        let text = find_and_show(&mut app, words);
        assert_eq!(app.current_pane(), PaneId::Debrief);
        assert!(line_with(&text, row).contains('›'), "{words}:\n{text}");
    }
    let story = find_and_show(&mut app, "handover");
    assert!(story.contains("Situation"), "{story}");
}

#[test]
fn a_setback_found_by_title_is_opened() {
    let (_dir, mut app) = journal();
    keys(&mut app, "3");
    let text = find_and_show(&mut app, "team lead");
    assert_eq!(app.current_pane(), PaneId::Debrief);
    assert!(text.contains("Passed over for team lead"), "{text}");
}

#[test]
fn gratitude_and_notes_go_to_their_day() {
    let (_dir, mut app) = journal();
    let text = find_and_show(&mut app, "pumpkin");
    assert_eq!(app.current_pane(), PaneId::Gratitude);
    assert!(line_with(&text, "Pumpkin soup").contains('›'), "{text}");
    assert!(
        text.contains("31 October") || text.contains("October 31"),
        "{text}"
    );
    let text = find_and_show(&mut app, "applications");
    assert!(text.contains("Today, Monday 23 November"), "{text}");
    assert!(text.contains("Slow start, better afternoon"), "{text}");
}

#[test]
fn goals_steps_ideas_and_people_are_shown_in_goals() {
    let (_dir, mut app) = journal();
    let text = find_and_show(&mut app, "library");
    assert_eq!(app.current_pane(), PaneId::Goals);
    assert!(
        line_with(&text, "Book a room at the library").contains('›'),
        "{text}"
    );
    let text = find_and_show(&mut app, "boots");
    assert!(
        text.contains("Walk every morning"),
        "a finished goal is found: {text}"
    );
    let text = find_and_show(&mut app, "tutors");
    assert!(
        line_with(&text, "Teach evening classes").contains('›'),
        "{text}"
    );
    let text = find_and_show(&mut app, "design community");
    assert!(line_with(&text, "Ana").contains('›'), "{text}");
}

#[test]
fn a_follow_up_opens_root_cause_at_the_follow_up() {
    let (_dir, mut app) = journal();
    let text = find_and_show(&mut app, "hands");
    assert_eq!(app.current_pane(), PaneId::RootCause);
    assert!(text.contains("Follow-up"), "{text}");
    assert!(text.contains("Laid off in the autumn"), "{text}");
}

#[test]
fn escape_closes_and_keys_while_typing_are_text() {
    let (_dir, mut app) = journal();
    keys(&mut app, "4/");
    type_text(&mut app, "q12");
    assert!(app.is_searching(), "q and digits are text in the search");
    assert!(!app.should_quit());
    press(&mut app, KeyCode::Esc);
    assert!(!app.is_searching());
    assert_eq!(app.current_pane(), PaneId::Gratitude);
    keys(&mut app, "/");
    paste(&mut app, "river\nwalk");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current_pane(), PaneId::Gratitude);
}

#[test]
fn slash_while_writing_is_a_character() {
    let (_dir, mut app) = journal();
    keys(&mut app, "4a");
    type_text(&mut app, "either/or");
    assert!(!app.is_searching());
    press(&mut app, KeyCode::Enter);
    let today = app.store().gratitude_on(today()).unwrap();
    assert!(today.iter().any(|i| i.text == "either/or"));
}

static WAITING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn waiting() -> bool {
    WAITING.load(std::sync::atomic::Ordering::SeqCst)
}

#[test]
fn a_search_stopped_by_a_waiting_key_runs_again_after_it() {
    use ratatui::crossterm::event::Event;
    use std::sync::atomic::Ordering;
    let (_dir, store) = temp_store();
    seed_walks(&store, 3_000);
    let mut app = app_with(store);
    app.stop_searches_when(waiting);
    keys(&mut app, "/");
    WAITING.store(true, Ordering::SeqCst);
    type_text(&mut app, "walk");
    let text = screen(&mut app, 80, 24);
    assert!(
        !text.contains("number 2999"),
        "the search was stopped:\n{text}"
    );
    // The waiting event turns out to be a resize: the search runs again after it.
    WAITING.store(false, Ordering::SeqCst);
    assert!(app.handle_event(Event::Resize(80, 24)));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("number 2999"), "{text}");
}
