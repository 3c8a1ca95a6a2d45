//! With every key rebound, no word on screen names a default key: messages, hints, empty
//! states and form titles are all written from the live keymap.

use bounce::app::App;
use bounce::keymap::{Command, Keymap, Scope};
use bounce::theme::Theme;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::common::*;

/// Every command of every scope moved to its own function key, F13 and up, so no default
/// key means anything any more.
struct Rebound {
    keymap: Keymap,
    keys: Vec<(Scope, Command, u8)>,
}

impl Rebound {
    fn new() -> Rebound {
        let defaults = Keymap::defaults();
        let mut toml = String::new();
        let mut keys = Vec::new();
        let mut next: u8 = 13;
        for scope in Scope::ALL {
            toml.push_str(&format!("[{}]\n", scope.name()));
            for command in defaults.commands(scope) {
                toml.push_str(&format!("{} = [\"f{next}\"]\n", command.name()));
                keys.push((scope, command, next));
                next += 1;
            }
        }
        Rebound {
            keymap: Keymap::load(Some(&toml)).unwrap(),
            keys,
        }
    }

    fn app(&self, store: bounce::store::Store) -> App {
        App::new(
            store,
            bounce::domain::Clock::from_days(today),
            self.keymap.clone(),
            Theme::plain(),
        )
        .unwrap()
    }

    /// Presses the key `command` now has in `scope`.
    fn run(&self, app: &mut App, scope: Scope, command: Command) {
        let (_, _, n) = self
            .keys
            .iter()
            .find(|(s, c, _)| *s == scope && *c == command)
            .unwrap_or_else(|| panic!("{command:?} is not bound in {scope:?}"));
        app.handle_event(Event::Key(KeyEvent::new(
            KeyCode::F(*n),
            KeyModifiers::NONE,
        )));
    }
}

/// The words that would name a default key: a named key, a leftover placeholder, "press x",
/// "(e)" or "x to ..." for a single character.
fn default_key_named(text: &str) -> Option<String> {
    for word in [
        "Ctrl-",
        "Enter",
        "Esc",
        "Space",
        "Backspace",
        "{key:",
        "Goals (5)",
    ] {
        if text.contains(word) {
            return Some(word.to_string());
        }
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, window) in chars.windows(3).enumerate() {
        if window[0] == '(' && window[2] == ')' && window[1].is_alphabetic() {
            return Some(window.iter().collect());
        }
        let before = i.checked_sub(1).map_or(' ', |j| chars[j]);
        let single = !window[0].is_whitespace() && window[1] == ' ' && before == ' ';
        let rest: String = chars[i + 2..].iter().take(8).collect();
        let verbs = [
            "to ", "turns", "adds", "edits", "brings", "ticks", "saves", "opens",
        ];
        if single && window[0] != '·' && verbs.iter().any(|v| rest.starts_with(v)) {
            return Some(format!("{}{}", window[0], &rest));
        }
    }
    // After "press" comes a key, and every key is a function key now. Each panel's part
    // of a line is read alone; a "press" that ends one is read at another width.
    for part in text.to_lowercase().split(['│', '\n']) {
        for (at, _) in part.match_indices("press ") {
            let next: String = part[at + "press ".len()..]
                .trim_start()
                .chars()
                .take_while(|c| !c.is_whitespace() && !",.;:)".contains(*c))
                .collect();
            let function_key = next
                .strip_prefix('f')
                .is_some_and(|n| n.parse::<u8>().is_ok());
            if !next.is_empty() && !function_key && !matches!(next.as_str(), "any" | "the") {
                return Some(format!("press {next}"));
            }
        }
    }
    None
}

fn check(app: &mut App, what: &str) {
    for (width, height) in [(80, 24), (160, 50)] {
        let shown = screen(app, width, height);
        let tabs = shown.lines().next().unwrap_or_default();
        assert!(
            !tabs.chars().any(|c| ('1'..='6').contains(&c)) || tabs.contains("F1"),
            "{what}: the tab bar names the default keys: {tabs}"
        );
        if let Some(word) = default_key_named(&shown) {
            panic!("{what} at {width}x{height} names a default key ({word}):\n{shown}");
        }
    }
}

#[test]
fn the_check_finds_default_key_names() {
    for text in [
        "Press Enter to open it",
        "Undone: adding. Ctrl-R does it again.",
        "Add a lesson first (a), then G turns it into a goal.",
        "Not written yet. e to write.",
        "Go to Lessons (press ] until it shows)",
        "press y to copy",
        "{key:goals.open}",
    ] {
        assert!(default_key_named(text).is_some(), "{text}");
    }
    for text in [
        "Press F20 to open it",
        "Press F13, then F14 to add one.",
        "a walk by the river",
        "Press any key to go on.",
    ] {
        assert_eq!(default_key_named(text), None, "{text}");
    }
}

#[test]
fn every_pane_and_section_names_only_the_keys_bound_now() {
    let r = Rebound::new();
    let (_dir, store) = temp_store();
    seed(&store);
    seed_debrief(&store);
    seed_goals(&store);
    seed_forward(&store);
    let mut app = r.app(store);
    let panes = [
        (Command::GoHome, Scope::Home),
        (Command::GoDebrief, Scope::Debrief),
        (Command::GoRootCause, Scope::RootCause),
        (Command::GoGratitude, Scope::Gratitude),
        (Command::GoGoals, Scope::Goals),
        (Command::GoReview, Scope::Review),
    ];
    for (go, scope) in panes {
        r.run(&mut app, Scope::Global, go);
        check(&mut app, &format!("{scope:?}"));
    }
    for scope in [Scope::Debrief, Scope::RootCause] {
        let go = if scope == Scope::Debrief {
            Command::GoDebrief
        } else {
            Command::GoRootCause
        };
        r.run(&mut app, Scope::Global, go);
        r.run(&mut app, scope, Command::Open);
        for section in 0..8 {
            check(&mut app, &format!("{scope:?} section {section}"));
            r.run(&mut app, scope, Command::NextSection);
        }
        r.run(&mut app, scope, Command::Back);
    }
    r.run(&mut app, Scope::Global, Command::GoGoals);
    for tab in 0..5 {
        check(&mut app, &format!("Goals tab {tab}"));
        r.run(&mut app, Scope::Goals, Command::Open);
        check(&mut app, &format!("Goals tab {tab}, opened"));
        r.run(&mut app, Scope::Goals, Command::Back);
        r.run(&mut app, Scope::Goals, Command::NextSection);
    }
    // The Review pane's words, on a week with no review and at the newest weeks. (The
    // People list's Open left a person's form open: it closes first.)
    r.run(&mut app, Scope::Editor, Command::Cancel);
    r.run(&mut app, Scope::Global, Command::GoReview);
    for command in [
        Command::Delete,
        Command::MakeGoal,
        Command::Later,
        Command::Earlier,
    ] {
        r.run(&mut app, Scope::Review, command);
        assert_eq!(
            app.current_pane(),
            bounce::action::PaneId::Review,
            "{command:?}"
        );
        check(&mut app, &format!("Review after {command:?}"));
    }
    r.run(&mut app, Scope::Review, Command::Add);
    check(&mut app, "the weekly review form");
    r.run(&mut app, Scope::Editor, Command::Save);
    check(&mut app, "an empty weekly review");
    r.run(&mut app, Scope::Editor, Command::Cancel);
    // Saved, its message names the key that makes the small step a goal's step.
    r.run(&mut app, Scope::Review, Command::Today);
    r.run(&mut app, Scope::Review, Command::Add);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Call Tom");
    r.run(&mut app, Scope::Editor, Command::Save);
    check(&mut app, "a weekly review saved");
    let week = bounce::domain::review::Week::of(today());
    assert!(
        app.store().review_of(week).unwrap().is_some(),
        "{}",
        screen(&mut app, 80, 24)
    );
}

#[test]
fn messages_and_forms_name_only_the_keys_bound_now() {
    let r = Rebound::new();
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = r.app(store);
    // A form's title, an empty save, a paste outside a form.
    r.run(&mut app, Scope::Global, Command::GoGoals);
    paste(&mut app, "pasted");
    check(&mut app, "a paste outside a form");
    r.run(&mut app, Scope::Goals, Command::Add);
    check(&mut app, "the new goal form");
    r.run(&mut app, Scope::Editor, Command::Save);
    check(&mut app, "an empty goal saved");
    type_text(&mut app, "Walk every day");
    r.run(&mut app, Scope::Editor, Command::Save);
    check(&mut app, "a goal saved");
    r.run(&mut app, Scope::Goals, Command::TickStep);
    check(&mut app, "a tick on a goal without steps");
    r.run(&mut app, Scope::Goals, Command::Archive);
    check(&mut app, "a goal put away");
    r.run(&mut app, Scope::Global, Command::Undo);
    check(&mut app, "an undo");
    // The Debrief's first setback, saved.
    r.run(&mut app, Scope::Global, Command::GoDebrief);
    r.run(&mut app, Scope::Debrief, Command::Add);
    type_text(&mut app, "Laid off");
    r.run(&mut app, Scope::Editor, Command::Save);
    check(&mut app, "a setback saved");
    r.run(&mut app, Scope::Debrief, Command::MakeGoal);
    check(&mut app, "a lesson to a goal from the list");
    // Gratitude's editors.
    r.run(&mut app, Scope::Global, Command::GoGratitude);
    paste(&mut app, "pasted");
    check(&mut app, "a paste outside the gratitude editor");
    r.run(&mut app, Scope::Gratitude, Command::Add);
    check(&mut app, "the gratitude editor");
    r.run(&mut app, Scope::Editor, Command::Submit);
    check(&mut app, "an empty gratitude item");
    r.run(&mut app, Scope::Editor, Command::Cancel);
    r.run(&mut app, Scope::Gratitude, Command::EditNote);
    check(&mut app, "the note editor");
}

#[test]
fn an_empty_journal_names_only_the_keys_bound_now() {
    let r = Rebound::new();
    let (_dir, store) = temp_store();
    let mut app = r.app(store);
    for go in [
        Command::GoHome,
        Command::GoDebrief,
        Command::GoRootCause,
        Command::GoGratitude,
        Command::GoGoals,
    ] {
        r.run(&mut app, Scope::Global, go);
        check(&mut app, &format!("{go:?} on an empty journal"));
    }
}
