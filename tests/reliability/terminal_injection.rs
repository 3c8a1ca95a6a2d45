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

/// Whether any text a person wrote, anywhere in the journal, holds a control character other
/// than a line break or a tab.
fn controls_kept(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut found = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                if let Ok(text) = row.get::<_, String>(i)
                    && text
                        .chars()
                        .any(|c| c.is_control() && c != '\n' && c != '\t')
                {
                    found.push(format!("{table}: {text:?}"));
                }
            }
        }
    }
    found
}

/// Text is kept plain whichever way it comes in: a bounce export, a jrnl export, the command
/// line; so a pipe (`bounce gratitude list | cat`) carries nothing that steers a terminal.
#[test]
fn no_way_in_keeps_a_control_character() {
    let (dir, path) = cli_support::temp_db();
    let source = dir.path().join("source.db");
    cli_support::ok(
        &source,
        &["setback", "add", "placeholder", "--summary", "placeholder"],
    );
    cli_support::ok(&source, &["gratitude", "add", "placeholder"]);
    let exported = cli_support::ok(&source, &["export", "--format", "json"]);
    let mut journal: serde_json::Value = serde_json::from_str(&exported).unwrap();
    journal["setbacks"][0]["title"] = HOSTILE.into();
    journal["setbacks"][0]["summary"] = format!("{HOSTILE}\r\nand a second line").into();
    journal["days"][0]["gratitude"][0]["text"] = HOSTILE.into();
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, journal.to_string()).unwrap();
    cli_support::ok(&path, &["import", file.to_str().unwrap()]);

    let jrnl = serde_json::json!({"tags": {}, "entries": [{
        "title": HOSTILE, "body": "\u{1b}]52;c;aGVsbG8=\u{7}copied", "date": "2026-11-20",
        "time": "09:00", "starred": false, "tags": []}]});
    let jrnl_file = dir.path().join("jrnl.json");
    std::fs::write(&jrnl_file, jrnl.to_string()).unwrap();
    cli_support::ok(
        &path,
        &["import", jrnl_file.to_str().unwrap(), "--from", "jrnl"],
    );
    cli_support::ok(
        &path,
        &["gratitude", "add", HOSTILE, "--date", "2026-11-22"],
    );
    cli_support::ok(&path, &["note", HOSTILE, "--date", "2026-11-22"]);

    assert_eq!(controls_kept(&path), Vec::<String>::new());
    let listed = cli_support::bounce(&path, &["gratitude", "list"]);
    assert!(!listed.stdout.contains(&0x1b) && !listed.stdout.contains(&0x07));
    assert!(cli_support::stdout(&listed).contains("pitch"));
    let json = cli_support::ok(&path, &["setback", "list", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        value[0]["title"].as_str().unwrap().contains("pitch"),
        "{json}"
    );
}

/// A journal that already holds control characters (written by an older bounce, or edited by
/// hand before this version) is cleaned once when this version opens it: every text, the
/// undo history and the search index; line breaks and tabs stay.
#[test]
fn a_journal_holding_control_characters_is_cleaned_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    hand_edited_journal(&path);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE steps SET text = ?1",
            [format!("{HOSTILE}\tand a tab\nand a line")],
        )
        .unwrap();
        // As the journal was before the clean-up joined the journal's format: what the
        // migrations after it added is taken away, so that they run again as they would.
        conn.execute_batch(
            "DROP TABLE reviews; DROP INDEX closings_by_day; DROP INDEX lookbacks_by_day;
             DROP TABLE conversations; DROP TABLE closings; DROP TABLE lookbacks;
             ALTER TABLE people DROP COLUMN lifts; ALTER TABLE days DROP COLUMN selfcare;
             ALTER TABLE steps DROP COLUMN was_done_at; ALTER TABLE steps DROP COLUMN was_done_on;
             ALTER TABLE goals DROP COLUMN was_finished_on;",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 13).unwrap();
    }
    assert!(!controls_kept(&path).is_empty());
    let store = Store::open(&path).unwrap();
    drop(store);
    assert_eq!(controls_kept(&path), Vec::<String>::new());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let step: String = conn
        .query_row("SELECT text FROM steps", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        step,
        "Lost the ]0;ownedpitch [31mred2J \u{202e}desrever\tand a tab\nand a line"
    );
    let store = Store::open(&path).unwrap();
    let hits = store.search("ownedpitch", None, None, 10).unwrap();
    assert!(
        !hits.is_empty(),
        "the search index follows the cleaned text"
    );
}

/// The columns a terminal that gives each code point its own width (as tmux does) moves
/// across while drawing one row of the buffer, the way ratatui sends it: a wide cell hides
/// the cells it covers.
fn drawn_columns(buffer: &ratatui::buffer::Buffer, row: u16) -> usize {
    let mut columns = 0;
    let mut hidden = 0;
    for x in 0..buffer.area.width {
        let symbol = buffer[(x, row)].symbol();
        if hidden > 0 {
            hidden -= 1;
            continue;
        }
        let laid = unicode_width::UnicodeWidthStr::width(symbol);
        hidden = laid.saturating_sub(1);
        columns += symbol
            .chars()
            .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
            .sum::<usize>()
            .max(laid.min(1));
    }
    columns
}

/// Joined emoji, skin tones and variation selectors never make a terminal draw a row wider
/// than the frame: each row moves exactly the frame's width, so no border slips.
#[test]
fn joined_emoji_and_selectors_keep_every_row_in_its_columns() {
    let (_dir, store) = common::temp_store();
    let today = common::today();
    for text in [
        "Pair programming 👩‍💻 with Ana, and a family 👨‍👩‍👧 dinner",
        "A thumbs up 👍🏽 from Sam ❤️ and a ☺︎ on the card",
        "Flags 🇫🇷🇯🇵, keycaps 1️⃣ and plain text after them",
    ] {
        store.add_gratitude(today, text).unwrap();
    }
    let mut app = common::app_with(store);
    common::keys(&mut app, "4");
    for (width, height) in [(80, 24), (120, 40)] {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| app.render(frame)).unwrap();
        let buffer = terminal.backend().buffer().clone();
        for row in 0..height {
            assert_eq!(
                drawn_columns(&buffer, row),
                usize::from(width),
                "row {row} at {width}x{height}:\n{}",
                common::screen(&mut app, width, height)
            );
        }
        assert!(common::screen(&mut app, width, height).contains("Pair programming 👩"));
    }
}
