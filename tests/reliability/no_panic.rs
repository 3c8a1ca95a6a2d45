//! Random keys, pastes, clicks and sizes thrown at the app over a real journal file: nothing
//! panics, every frame renders, and the journal stays consistent.
//!
//! `cargo test --test reliability no_panic::` runs 1,000 sessions of up to 200 events each
//! (four tests of 250, a quarter of the sessions 150 to 200 events long). A long run:
//!
//! ```text
//! PROPTEST_CASES=100000 cargo test --release --test reliability no_panic::
//! ```

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use bounce::app::App;
use bounce::keymap::Keymap;
use bounce::store::Store;
use bounce::theme::Theme;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    /// Several keys in a row that mean something to the app (open, add, type, save).
    Keys(Vec<(KeyCode, KeyModifiers)>),
    Paste(String),
    Draw(u16, u16),
    /// A click (true) or a turn of the wheel (false, down or up) at a column and row.
    Mouse(bool, bool, u16, u16),
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

/// The keys the default keymap gives a meaning to somewhere, as typed characters.
const APP_CHARS: &str = "12345?/aedynpmGNujkhl[]JKsALcoxtgT ";

fn app_key() -> impl Strategy<Value = (KeyCode, KeyModifiers)> {
    prop_oneof![
        10 => proptest::sample::select(APP_CHARS.chars().collect::<Vec<_>>())
            .prop_map(|c| (KeyCode::Char(c), NONE)),
        2 => Just((KeyCode::Enter, NONE)),
        2 => Just((KeyCode::Esc, NONE)),
        1 => Just((KeyCode::Tab, NONE)),
        1 => Just((KeyCode::BackTab, KeyModifiers::SHIFT)),
        1 => Just((KeyCode::Char('s'), CTRL)),
        1 => Just((KeyCode::Char('r'), CTRL)),
        1 => Just((KeyCode::Char('e'), CTRL)),
        1 => Just((KeyCode::Backspace, NONE)),
        1 => Just((KeyCode::Down, NONE)),
        1 => Just((KeyCode::Up, NONE)),
        1 => Just((KeyCode::Left, NONE)),
        1 => Just((KeyCode::Right, NONE)),
        1 => Just((KeyCode::F(1), NONE)),
    ]
}

fn other_key() -> impl Strategy<Value = (KeyCode, KeyModifiers)> {
    let code = prop_oneof![
        4 => proptest::char::range(' ', '~').prop_map(KeyCode::Char),
        1 => any::<char>().prop_map(KeyCode::Char),
        1 => Just(KeyCode::Delete),
        1 => Just(KeyCode::Home),
        1 => Just(KeyCode::End),
        1 => Just(KeyCode::PageUp),
        1 => Just(KeyCode::PageDown),
        1 => Just(KeyCode::Insert),
        1 => (0u8..13).prop_map(KeyCode::F),
    ];
    let modifiers = prop_oneof![
        6 => Just(NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(CTRL),
        1 => Just(KeyModifiers::ALT),
        1 => Just(CTRL | KeyModifiers::SHIFT),
    ];
    (code, modifiers)
}

/// Short runs of keys that open something and fill it in, so that forms get saved.
fn key_run() -> impl Strategy<Value = Vec<(KeyCode, KeyModifiers)>> {
    let word = prop_oneof![
        Just("tea"),
        Just("Ana helped"),
        Just("2026-11-20"),
        Just("13:45"),
        Just("2026-02-30"),
        Just("x"),
        Just("3"),
    ];
    // The way to each form and popup, or a pane, a few section moves and a key.
    let path = prop_oneof![
        1 => proptest::sample::select(vec![
            "2a", "2e", "2\na", "2\ne", "2\n]a", "2\n]]a", "2\n]]]a", "2\n]]]]a", "2\n[e",
            "2\n[a", "2\nG", "2\nN", "2\ny", "3\n", "3\no", "3\ne", "3\nL", "3\nG", "4a", "4n",
            "4m", "5a", "5e", "5\na", "5\ns", "5]]]a", "5]]]\n", "5]]]G", "5[a", "5[e", "1g",
            "1p", "1 ", "2\n]]]]]\n", "2\n[[[a", "6a", "6e", "6jd", "6G", "6s[", "6jG",
        ])
        .prop_map(String::from),
        1 => (
            proptest::sample::select(vec!["1", "2", "3", "4", "5", "6", ""]),
            prop_oneof![
                4 => Just(""),
                6 => proptest::sample::select(vec![
                    "\n", "]", "]]", "]]]", "[", "[[", "\n]", "\n]]", "\n]]]", "\n[", "\n[[",
                ]),
            ],
            proptest::sample::select(vec!["a", "e", "\n", "n", "m", "G", "N", "s", "L", "o", "g"]),
        )
            .prop_map(|(pane, moves, open)| format!("{pane}{moves}{open}")),
    ];
    // A run ends by saving (Ctrl-S), by Enter (which saves from a one-line field), or with
    // Tab, which leaves the form open to be drawn.
    let end = proptest::sample::select(vec![
        (KeyCode::Char('s'), CTRL),
        (KeyCode::Enter, NONE),
        (KeyCode::Tab, NONE),
    ]);
    (path, word, end).prop_map(|(path, word, end)| {
        let mut keys: Vec<(KeyCode, KeyModifiers)> = Vec::new();
        let chars = |text: &str, keys: &mut Vec<_>| {
            for c in text.chars() {
                keys.push(match c {
                    '\n' => (KeyCode::Enter, NONE),
                    c => (KeyCode::Char(c), NONE),
                });
            }
        };
        chars(&path, &mut keys);
        chars(word, &mut keys);
        keys.push(end);
        keys
    })
}

fn paste_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[\\PC\\n\\t\u{0}-\u{1f}\u{7f}-\u{9f}]{0,80}",
        "(感謝|🌱|شكرا جزيلا|עברית|e\u{301}|a\u{308}\u{332}|👩‍👩‍👧|\u{202e}|\u{2067}|\u{200f}|\u{1b}[31m|\u{1b}]0;t\u{7}|\t|\r\n|\n){1,30}",
        (1usize..4).prop_map(|n| "long paste, ".repeat(n * 1_000)),
        (1usize..3).prop_map(|n| "日本語🌱\n".repeat(n * 500)),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        14 => app_key().prop_map(|(c, m)| Input::Key(c, m)),
        4 => other_key().prop_map(|(c, m)| Input::Key(c, m)),
        3 => key_run().prop_map(Input::Keys),
        1 => paste_text().prop_map(Input::Paste),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Draw(w, h)),
        1 => (40u16..=120, 10u16..=40).prop_map(|(w, h)| Input::Draw(w, h)),
        1 => (any::<bool>(), any::<bool>(), 0u16..120, 0u16..40)
            .prop_map(|(click, down, c, r)| Input::Mouse(click, down, c, r)),
    ]
}

/// Sessions of up to 200 events, most of them shorter so that a thousand fit in a test run.
fn session() -> impl Strategy<Value = Vec<Input>> {
    prop_oneof![
        3 => proptest::collection::vec(input(), 1..=60),
        1 => proptest::collection::vec(input(), 150..=200),
    ]
}

/// The long sessions alone, for the check that every screen is reached.
fn long_session() -> impl Strategy<Value = Vec<Input>> {
    proptest::collection::vec(input(), 150..=200)
}

/// A journal with a little of everything, written once and copied for each session.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("template.db");
        let store = Store::open(&path).unwrap();
        seed(&store);
        drop(store);
        (dir, path)
    });
    path
}

fn seed(store: &Store) {
    use bounce::domain::setback::{EventDraft, SetbackDraft};
    common::seed(store);
    let first = common::seed_debrief(store);
    common::seed_goals(store);
    common::seed_forward(store);
    store
        .add_reframe(
            first,
            "I am bad at interviews",
            "I have not practised them yet",
        )
        .unwrap();
    let second = store
        .add_setback(
            &SetbackDraft {
                title: "The pitch to the museum fell through 🌱 عربي".into(),
                date: Some(common::date("2026-06-01")),
                summary: "I moved too fast and trusted advice I did not check.".into(),
            },
            common::today(),
        )
        .unwrap();
    for what in [
        "Met the board",
        "Sent the proposal",
        "Heard nothing for weeks",
    ] {
        let event = EventDraft {
            date: Some(common::date("2026-05-20")),
            what: what.into(),
            felt: "hopeful, then anxious".into(),
            ..Default::default()
        };
        store.add_event(second.id, &event, common::today()).unwrap();
    }
    store
        .set_answer(second.id, "differently", "Check the budget first.")
        .unwrap();
    store.add_lesson(second.id, "Ask who decides").unwrap();
    store
        .add_reframe(second.id, "I always fail", "This one did not work, yet")
        .unwrap();
}

fn open_copy(dir: &Path) -> Store {
    let path = dir.join("journal.db");
    std::fs::copy(template(), &path).unwrap();
    Store::open(&path).unwrap()
}

fn app(store: Store) -> App {
    App::new(
        store,
        bounce::domain::Clock::from_days(common::today),
        Keymap::defaults(),
        Theme::colored(),
    )
    .unwrap()
}

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    // Ctrl-C ends a real session; keep going to reach more screens.
    if code == KeyCode::Char('c') && modifiers.contains(CTRL) {
        return;
    }
    app.handle_event(Event::Key(KeyEvent::new(code, modifiers)));
}

/// Feeds one input; returns the screen when it was drawn.
fn feed(app: &mut App, input: &Input) -> Result<Option<Vec<String>>, TestCaseError> {
    match input {
        Input::Key(code, modifiers) => key(app, *code, *modifiers),
        Input::Keys(keys) => {
            for (code, modifiers) in keys {
                key(app, *code, *modifiers);
            }
        }
        Input::Paste(text) => {
            app.handle_event(Event::Paste(text.clone()));
        }
        Input::Mouse(click, down, column, row) => {
            let kind = match (click, down) {
                (true, _) => MouseEventKind::Down(MouseButton::Left),
                (false, true) => MouseEventKind::ScrollDown,
                (false, false) => MouseEventKind::ScrollUp,
            };
            let (column, row, modifiers) = (*column, *row, NONE);
            app.handle_event(Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers,
            }));
        }
        Input::Draw(w, h) => {
            app.handle_event(Event::Resize(*w, *h));
            let lines = bounce::cli::render_screen(app, *w, *h)
                .map_err(|e| TestCaseError::fail(format!("a {w}x{h} frame failed: {e}")))?;
            prop_assert_eq!(lines.len(), usize::from(*h));
            return Ok(Some(lines));
        }
    }
    // What the terminal loop would do with text for the clipboard or the person's editor.
    app.take_clipboard();
    if let Some(text) = app.take_external() {
        app.finish_external(Ok(format!("{text} (edited)\n")));
    }
    Ok(None)
}

fn run_session(inputs: &[Input]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(open_copy(dir.path()));
    for input in inputs {
        feed(&mut app, input)?;
    }
    let lines = bounce::cli::render_screen(&mut app, 80, 24)
        .map_err(|e| TestCaseError::fail(format!("the last frame failed: {e}")))?;
    prop_assert_eq!(lines.len(), 24);
    app.quit();
    let problems = app.store().check_integrity().unwrap();
    prop_assert!(
        problems.is_empty(),
        "the journal is damaged: {:?}",
        problems
    );
    drop(app);
    // The file opens again, as it would on the next start.
    let store = Store::open(&dir.path().join("journal.db"))
        .map_err(|e| TestCaseError::fail(format!("the journal did not reopen: {e}")))?;
    prop_assert!(store.check_integrity().unwrap().is_empty());
    Ok(())
}

/// Sessions in all, shared by four tests so that the harness runs them side by side.
fn share_of_cases() -> ProptestConfig {
    let total: u32 = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    ProptestConfig {
        cases: total.div_ceil(4),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(share_of_cases())]

    #[test]
    fn random_sessions_never_panic_1(inputs in session()) {
        run_session(&inputs)?;
    }

    #[test]
    fn random_sessions_never_panic_2(inputs in session()) {
        run_session(&inputs)?;
    }

    #[test]
    fn random_sessions_never_panic_3(inputs in session()) {
        run_session(&inputs)?;
    }

    #[test]
    fn random_sessions_never_panic_4(inputs in session()) {
        run_session(&inputs)?;
    }
}

/// What shows on screen when each pane, overlay, form and popup is open.
const MARKERS: &[&str] = &[
    "Today",
    "Setbacks",
    "Root cause",
    "Calendar",
    "Goals",
    "Keys:",
    " Search ",
    "Are you sure?",
    "How are you feeling?",
    "New setback",
    "Edit setback",
    "Story",
    "Check-in",
    "Debrief question",
    "New goal",
    "New step",
    "New idea",
    "Note · Ctrl-S saves",
    "What went well this week?",
];

/// The generated sessions do reach every pane, overlay, form and popup: a fixed sample of
/// them, drawn after every event, shows each one's marker at least once.
#[test]
fn sessions_reach_every_screen() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let mut seen = BTreeSet::new();
    for _ in 0..40 {
        let inputs = long_session().new_tree(&mut runner).unwrap().current();
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(open_copy(dir.path()));
        for input in &inputs {
            feed(&mut app, input).unwrap();
            let screen = bounce::cli::render_screen(&mut app, 90, 28)
                .unwrap()
                .join("\n");
            for marker in MARKERS {
                if screen.contains(marker) {
                    seen.insert(*marker);
                }
            }
        }
    }
    let missing: Vec<_> = MARKERS.iter().filter(|m| !seen.contains(*m)).collect();
    assert!(missing.is_empty(), "never reached: {missing:?}");
}
