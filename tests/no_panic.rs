//! Random keys, pastes and sizes thrown at the app: nothing panics, every frame renders, and
//! the journal stays consistent. `PROPTEST_CASES=100000 cargo test --release --test no_panic`
//! runs a long session of it.

use bounce::app::App;
use bounce::keymap::Keymap;
use bounce::store::Store;
use bounce::theme::Theme;
use chrono::NaiveDate;
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Draw(u16, u16),
    /// A click (true) or a turn of the wheel (false, down or up) at a column and row.
    Mouse(bool, bool, u16, u16),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        4 => proptest::char::range(' ', '~').prop_map(KeyCode::Char),
        1 => any::<char>().prop_map(KeyCode::Char),
        1 => Just(KeyCode::Enter),
        1 => Just(KeyCode::Esc),
        1 => Just(KeyCode::Tab),
        1 => Just(KeyCode::BackTab),
        1 => Just(KeyCode::Backspace),
        1 => Just(KeyCode::Delete),
        1 => Just(KeyCode::Left),
        1 => Just(KeyCode::Right),
        1 => Just(KeyCode::Up),
        1 => Just(KeyCode::Down),
        1 => Just(KeyCode::Home),
        1 => Just(KeyCode::End),
        1 => Just(KeyCode::PageUp),
        1 => Just(KeyCode::F(1)),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        8 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::ALT),
    ]
}

fn paste_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[\\PC\\n\\t\u{0}-\u{1f}]{0,80}",
        "(感謝|🌱|شكرا|e\u{301}|👩‍👩‍👧|\u{202e}|\t|\n){1,30}",
        (1usize..3).prop_map(|n| "long paste ".repeat(n * 700)),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        12 => (key_code(), modifiers()).prop_map(|(c, m)| Input::Key(c, m)),
        1 => paste_text().prop_map(Input::Paste),
        2 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Draw(w, h)),
        1 => (any::<bool>(), any::<bool>(), 0u16..120, 0u16..3)
            .prop_map(|(click, down, c, r)| Input::Mouse(click, down, c, r)),
    ]
}

fn app() -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let store = Store::open_in_memory().unwrap();
    store.add_gratitude(today, "seed item").unwrap();
    // A setback with an event, so the Debrief and Root cause panes have rows to act on.
    let draft = bounce::domain::setback::SetbackDraft {
        title: "Seed setback".into(),
        date: Some(today),
        summary: "The market crashed and nobody saw it coming.".into(),
    };
    let setback = store.add_setback(&draft, today).unwrap();
    let event = bounce::domain::setback::EventDraft {
        what: "The call".into(),
        ..Default::default()
    };
    store.add_event(setback.id, &event, today).unwrap();
    // A goal with steps, so the Goals pane and Home have steps to tick, split and move.
    let goal = bounce::domain::goal::GoalDraft {
        title: "Seed goal".into(),
        ..Default::default()
    };
    let steps = ["first".to_string(), "second".to_string()];
    store.add_goal(&goal, &steps, today).unwrap();
    App::new(
        store,
        Box::new(move || today),
        Keymap::defaults(),
        Theme::colored(),
    )
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_never_panic(inputs in proptest::collection::vec(input(), 1..120)) {
        let mut app = app();
        for input in inputs {
            match input {
                Input::Key(code, modifiers) => {
                    // Ctrl-C ends a real session; keep going to reach more screens.
                    if code == KeyCode::Char('c') && modifiers == KeyModifiers::CONTROL {
                        continue;
                    }
                    app.handle_event(Event::Key(KeyEvent::new(code, modifiers)));
                }
                Input::Paste(text) => {
                    app.handle_event(Event::Paste(text));
                }
                Input::Mouse(click, down, column, row) => {
                    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
                    let kind = match (click, down) {
                        (true, _) => MouseEventKind::Down(MouseButton::Left),
                        (false, true) => MouseEventKind::ScrollDown,
                        (false, false) => MouseEventKind::ScrollUp,
                    };
                    let modifiers = KeyModifiers::NONE;
                    app.handle_event(Event::Mouse(MouseEvent { kind, column, row, modifiers }));
                }
                Input::Draw(w, h) => {
                    let lines = bounce::cli::render_screen(&mut app, w, h).unwrap();
                    prop_assert_eq!(lines.len(), usize::from(h));
                }
            }
        }
        bounce::cli::render_screen(&mut app, 80, 24).unwrap();
        prop_assert!(app.store().check_integrity().unwrap().is_empty());
    }
}
