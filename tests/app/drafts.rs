//! Drafts in every form: text typed and not saved is kept by the draft tick, survives the app
//! going away without a save (as after SIGKILL), and is offered back in the same form, in the
//! same place, on the next start; saving it then clears the draft.

use crate::common;

use std::path::Path;
use std::time::Duration;

use bounce::app::{App, DRAFT_DELAY};
use bounce::domain::root_cause::Cause;
use bounce::store::Store;
use common::{
    app_with, ctrl, keys, press, screen, seed, seed_debrief, seed_forward, seed_goals, temp_store,
    today, type_text,
};
use ratatui::crossterm::event::KeyCode;

/// How to reach one form from a fresh app: keys, where `⏎` is Enter, `␠` is Space and `⇥`
/// is Tab.
struct Case {
    name: &'static str,
    keys: &'static str,
    /// What must be on screen once the form is open, so a wrong path fails loudly.
    form: &'static str,
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { name: "gratitude item", keys: "4a", form: "New item" },
    Case { name: "gratitude edit", keys: "4e", form: "Edit" },
    Case { name: "day note", keys: "4n", form: "Note" },
    Case { name: "new setback", keys: "2a", form: "New setback" },
    Case { name: "setback edit", keys: "2e", form: "Edit" },
    Case { name: "timeline event", keys: "2⏎a", form: "New event" },
    Case { name: "debrief answer", keys: "2⏎]j⏎", form: "Ctrl-S" },
    Case { name: "strength", keys: "2⏎]]a", form: "Ctrl-S" },
    Case { name: "lesson", keys: "2⏎]]]a", form: "Ctrl-S" },
    Case { name: "reframe", keys: "2⏎]]]]a", form: "Ctrl-S" },
    Case { name: "story", keys: "2⏎]]]]]⏎", form: "Ctrl-S" },
    Case { name: "root cause follow-up note", keys: "3⏎]]e", form: "Ctrl-S" },
    Case { name: "new goal", keys: "5a", form: "New goal" },
    Case { name: "goal edit", keys: "5e", form: "Edit" },
    Case { name: "new step", keys: "5⏎a", form: "Ctrl-S" },
    Case { name: "new idea", keys: "5]]]a", form: "New idea" },
    Case { name: "new person", keys: "5]]]]a", form: "Ctrl-S" },
    Case { name: "conversation plan", keys: "2⏎]]]]]]]a", form: "Plan a conversation" },
    Case { name: "chapter close", keys: "2⏎c⇥", form: "Close this chapter" },
    Case { name: "kind thing for myself", keys: "4c", form: "One kind thing" },
    Case { name: "weekly review", keys: "6a", form: "Week 48" },
    Case { name: "earlier weekly review", keys: "6je", form: "Week 47" },
];

/// A journal with something in every pane, the first setback's cause decided.
fn seeded() -> (tempfile::TempDir, Store) {
    let (dir, store) = temp_store();
    seed(&store);
    store.add_gratitude(today(), "a quiet breakfast").unwrap();
    let setback = seed_debrief(&store);
    store.confirm_cause(setback, Some(Cause::Tactical)).unwrap();
    seed_goals(&store);
    seed_forward(&store);
    (dir, store)
}

fn walk(app: &mut App, path: &str) {
    for c in path.chars() {
        match c {
            '⏎' => press(app, KeyCode::Enter),
            '␠' => press(app, KeyCode::Char(' ')),
            '⇥' => press(app, KeyCode::Tab),
            c => keys(app, &c.to_string()),
        }
    }
}

/// The screen without its status line, which says different things before and after.
fn body(app: &mut App) -> String {
    let text = screen(app, 120, 40);
    let lines: Vec<&str> = text.lines().collect();
    lines[..lines.len() - 1].join("\n")
}

fn restart(path: &Path) -> App {
    app_with(Store::open(path).unwrap())
}

#[test]
fn text_typed_in_every_form_comes_back_in_the_same_place_after_a_kill() {
    for case in CASES {
        let (_dir, store) = seeded();
        let path = store.path().to_path_buf();
        let mut app = app_with(store);
        walk(&mut app, case.keys);
        let opened = body(&mut app);
        assert!(
            opened.contains(case.form),
            "{}: no form open:\n{opened}",
            case.name
        );
        let words = format!(" kept {} words", case.name.replace(' ', "-"));
        type_text(&mut app, &words);
        app.save_draft();
        let pane = app.current_pane();
        let before = body(&mut app);
        assert!(
            before.contains(words.trim()),
            "{}: not typed:\n{before}",
            case.name
        );
        // No save, no quit: the app just stops, as when it is killed.
        drop(app);

        let mut again = restart(&path);
        let status = screen(&mut again, 120, 40);
        assert!(
            status.contains("Welcome back"),
            "{}: not offered:\n{status}",
            case.name
        );
        assert_eq!(again.current_pane(), pane, "{}: another pane", case.name);
        assert_eq!(
            body(&mut again),
            before,
            "{}: not in the same place",
            case.name
        );

        // Saving it lets the draft go: the next start opens no form.
        ctrl(&mut again, 's');
        if case.name.starts_with("gratitude") {
            press(&mut again, KeyCode::Enter);
        }
        let saved = screen(&mut again, 120, 40);
        assert!(
            !saved.contains("Ctrl-S saves"),
            "{}: still open:\n{saved}",
            case.name
        );
        drop(again);
        let mut third = restart(&path);
        let fresh = screen(&mut third, 120, 40);
        assert!(
            !fresh.contains("Welcome back"),
            "{}: offered twice:\n{fresh}",
            case.name
        );
        assert!(
            third.store().drafts_with_prefix("").unwrap().is_empty(),
            "{}: a draft was left behind",
            case.name
        );
    }
}

#[test]
fn the_draft_tick_keeps_text_once_the_delay_has_passed() {
    let (_dir, store) = temp_store();
    let path = store.path().to_path_buf();
    let mut app = app_with(store);
    keys(&mut app, "4a");
    type_text(&mut app, "the smell of rain");
    app.tick();
    assert!(
        app.store().drafts_with_prefix("").unwrap().is_empty(),
        "kept before the delay"
    );
    std::thread::sleep(DRAFT_DELAY + Duration::from_millis(50));
    app.tick();
    drop(app);
    let mut again = restart(&path);
    assert!(screen(&mut again, 80, 24).contains("the smell of rain"));
}

#[test]
fn typing_without_a_pause_still_keeps_a_draft_every_delay() {
    let (_dir, store) = temp_store();
    let path = store.path().to_path_buf();
    let mut app = app_with(store);
    keys(&mut app, "4a");
    type_text(&mut app, "a long letter");
    std::thread::sleep(DRAFT_DELAY + Duration::from_millis(50));
    // A key arrives just as the delay ends: the loop handles it instead of ticking, and the
    // text up to that key is kept all the same.
    type_text(&mut app, " f");
    drop(app);
    let mut again = restart(&path);
    let shown = screen(&mut again, 80, 24);
    assert!(shown.contains("Welcome back"), "{shown}");
    assert!(shown.contains("a long letter"), "{shown}");
}

/// Writes noise over the page of the stories table, which neither Home nor Gratitude reads:
/// the journal opens and shows, but fails SQLite's check, so every write is refused.
fn damage_stories(path: &Path) {
    let root: i64 = rusqlite::Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'stories'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut data = std::fs::read(path).unwrap();
    let page = usize::from(u16::from_be_bytes([data[16], data[17]]));
    let start = (usize::try_from(root).unwrap() - 1) * page;
    for (i, byte) in data[start..start + page].iter_mut().enumerate() {
        *byte = (i as u8).wrapping_mul(37) ^ 0xA5;
    }
    std::fs::write(path, data).unwrap();
}

/// On a journal that refuses every write, a save says so and keeps the text, and letting go
/// of what was typed (Esc, then y) still closes the form, saying why the text may come back.
#[test]
fn letting_go_of_a_draft_closes_the_form_even_when_the_journal_cannot_change() {
    let (dir, store) = seeded();
    let path = store.path().to_path_buf();
    drop(store);
    damage_stories(&path);
    let Ok(store) = Store::open(&path) else {
        panic!("a damaged journal still opens for reading");
    };
    let mut app = app_with(store);
    walk(&mut app, "4a");
    let opened = screen(&mut app, 120, 40);
    assert!(opened.contains("New item"), "{opened}");
    type_text(&mut app, "A letter from Sam");
    // Saving is refused with a plain word on what to do; the text stays in the form.
    press(&mut app, KeyCode::Enter);
    let refused = screen(&mut app, 120, 40);
    assert!(
        refused.contains("Not saved: the journal looks damaged"),
        "{refused}"
    );
    assert!(refused.contains("A letter from Sam"), "{refused}");
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "y");
    let shown = screen(&mut app, 120, 40);
    assert!(
        !shown.contains("New item"),
        "the form stayed open:\n{shown}"
    );
    assert!(shown.contains("Closed."), "{shown}");
    drop(dir);
}
