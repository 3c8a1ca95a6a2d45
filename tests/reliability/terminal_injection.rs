//! Text from outside cannot steer the terminal: escape sequences and other control characters
//! in a journal edited by hand, or in an imported file, are drawn as visible placeholders and
//! never reach the terminal raw.

use crate::cli_support;
use crate::common;

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use bounce::app::App;
use bounce::keymap::Keymap;
use bounce::store::Store;
use bounce::theme::Theme;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Sets the window title, then turns the text red: what a hostile title would try.
const HOSTILE: &str = "Lost the \u{1b}]0;owned\u{7}pitch \u{1b}[31mred\u{9b}2J \u{202e}desrever";
/// How it shows on screen.
const SHOWN: &str = "Lost the ␛]0;owned␇pitch ␛[31mred�2J �desrever";

/// A journal with one of everything, then the same texts made hostile with plain SQL, as a
/// file edited with sqlite3 would be.
fn hand_edited_journal(path: &Path) {
    let store = Store::open(path).unwrap();
    let today = common::today();
    let setback = store
        .add_setback(
            &bounce::domain::setback::SetbackDraft {
                title: "placeholder".into(),
                date: Some(today),
                summary: "placeholder".into(),
            },
            today,
        )
        .unwrap();
    let event = bounce::domain::setback::EventDraft {
        date: Some(today),
        what: "placeholder".into(),
        ..Default::default()
    };
    store.add_event(setback.id, &event, today).unwrap();
    store.add_gratitude(today, "placeholder").unwrap();
    let goal = bounce::domain::goal::GoalDraft {
        title: "placeholder".into(),
        ..Default::default()
    };
    store
        .add_goal(&goal, &["placeholder".to_string()], today)
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(path).unwrap();
    for sql in [
        "UPDATE setbacks SET title = ?1, summary = ?1",
        "UPDATE events SET what = ?1",
        "UPDATE gratitude_items SET text = ?1",
        "UPDATE goals SET title = ?1",
        "UPDATE steps SET text = ?1",
    ] {
        assert_eq!(conn.execute(sql, [HOSTILE]).unwrap(), 1, "{sql}");
    }
}

fn app(path: &Path) -> App {
    App::new(
        Store::open(path).unwrap(),
        bounce::domain::Clock::from_days(common::today),
        Keymap::defaults(),
        Theme::colored(),
    )
    .unwrap()
}

/// The screens that show the hostile texts: each pane, and the open setback.
const SCREENS: &[&[KeyCode]] = &[
    &[KeyCode::Char('1')],
    &[KeyCode::Char('2')],
    &[KeyCode::Enter],
    &[KeyCode::Esc, KeyCode::Char('3')],
    &[KeyCode::Char('4')],
    &[KeyCode::Char('5')],
    &[KeyCode::Enter],
];

#[test]
fn placeholders_show_in_every_pane() {
    let (_dir, path) = cli_support::temp_db();
    hand_edited_journal(&path);
    let mut app = app(&path);
    for keys in SCREENS {
        for code in *keys {
            common::press(&mut app, *code);
        }
        let screen = common::screen(&mut app, 160, 40);
        assert!(
            !screen.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{screen}"
        );
        assert!(
            screen.contains("␛]0;owned␇pitch"),
            "after {keys:?}:\n{screen}"
        );
        // No copy of the text lost its placeholders along the way.
        assert_eq!(
            screen.matches("]0;owned").count(),
            screen.matches("␛]0;owned").count(),
            "after {keys:?}:\n{screen}"
        );
    }
}

/// A terminal that keeps what it is sent.
#[derive(Clone, Default)]
struct Written(Rc<RefCell<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What the real terminal backend writes: its own escape sequences for colours and the
/// cursor, and the hostile text only as placeholders.
#[test]
fn bytes_written_to_the_terminal_carry_no_hostile_sequence() {
    let (_dir, path) = cli_support::temp_db();
    hand_edited_journal(&path);
    let mut app = app(&path);
    for keys in SCREENS {
        for code in *keys {
            common::press(&mut app, *code);
        }
        let options = TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, 160, 40)),
        };
        let written = Written::default();
        let mut terminal =
            Terminal::with_options(CrosstermBackend::new(written.clone()), options).unwrap();
        terminal.draw(|frame| app.render(frame)).unwrap();
        drop(terminal);
        let bytes = written.0.borrow().clone();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            text.contains(SHOWN),
            "after {keys:?} the title is not shown"
        );
        assert!(!bytes.contains(&0x07), "a bell reached the terminal");
        let escapes: Vec<&str> = text.split('\u{1b}').skip(1).collect();
        assert!(!escapes.is_empty(), "the backend styles the screen");
        for after in escapes {
            // The backend writes control sequences (CSI) only: never a title change (OSC).
            assert!(
                after.starts_with('['),
                "an escape other than CSI: {after:?}"
            );
            assert!(
                !after.starts_with("[31mred"),
                "the title's colour reached the terminal"
            );
        }
        // Every copy of the title's payload is the placeholder's, never a raw sequence's.
        assert_eq!(
            text.matches("]0;owned").count(),
            text.matches("␛]0;owned").count()
        );
        assert_eq!(
            text.matches("[31mred").count(),
            text.matches("␛[31mred").count()
        );
        assert!(!text.contains(['\u{9b}', '\u{202e}']));
    }
}

#[test]
fn an_imported_title_cannot_change_the_window_title_or_colours() {
    let (dir, path) = cli_support::temp_db();
    let file = dir.path().join("hostile.json");
    // A real export, its texts made hostile.
    let source = dir.path().join("source.db");
    let id = cli_support::first_field(&cli_support::ok(
        &source,
        &["setback", "add", "placeholder", "--summary", "placeholder"],
    ));
    cli_support::ok(&source, &["gratitude", "add", "placeholder"]);
    assert!(!id.is_empty());
    let exported = cli_support::ok(&source, &["export", "--format", "json"]);
    let mut journal: serde_json::Value = serde_json::from_str(&exported).unwrap();
    journal["setbacks"][0]["title"] = HOSTILE.into();
    journal["setbacks"][0]["summary"] = HOSTILE.into();
    journal["days"][0]["gratitude"][0]["text"] = HOSTILE.into();
    std::fs::write(&file, journal.to_string()).unwrap();
    let out = cli_support::bounce(&path, &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", cli_support::stderr(&out));
    for pane in ["home", "debrief", "gratitude"] {
        let out = cli_support::bounce(&path, &["screen", pane, "--size", "160x40"]);
        assert!(out.status.success(), "{}", cli_support::stderr(&out));
        assert!(!out.stdout.contains(&0x1b), "{pane}: an escape was printed");
        assert!(!out.stdout.contains(&0x07), "{pane}: a bell was printed");
        let text = cli_support::stdout(&out);
        assert!(text.contains("pitch"), "{pane}: {text}");
        assert!(!text.contains(['\u{9b}', '\u{202e}']), "{pane}: {text}");
    }
}
