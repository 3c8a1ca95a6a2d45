//! Keys to commands, per scope: the defaults embedded from `assets/keymap.toml`, with a
//! person's overrides merged over them. The help overlay and the status-bar hints are made
//! from this same map, so they always tell the truth about what keys do.

use std::collections::BTreeMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const DEFAULT_KEYMAP: &str = include_str!("../assets/keymap.toml");

/// Where a key press is understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Global,
    Gratitude,
    Debrief,
    RootCause,
    Home,
    Goals,
    Editor,
}

impl Scope {
    pub const ALL: [Scope; 7] = [
        Scope::Global,
        Scope::Gratitude,
        Scope::Debrief,
        Scope::RootCause,
        Scope::Home,
        Scope::Goals,
        Scope::Editor,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Scope::Global => "global",
            Scope::Gratitude => "gratitude",
            Scope::Debrief => "debrief",
            Scope::RootCause => "rootcause",
            Scope::Home => "home",
            Scope::Goals => "goals",
            Scope::Editor => "editor",
        }
    }
}

macro_rules! commands {
    ($($variant:ident => $name:literal, $hint:literal, $desc:literal;)*) => {
        /// Every intent a key can be bound to.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Command { $($variant),* }

        impl Command {
            pub const ALL: &'static [Command] = &[$(Command::$variant),*];

            /// The name used in keymap files.
            pub fn name(self) -> &'static str {
                match self { $(Command::$variant => $name),* }
            }

            /// One or two words for the status-bar hints.
            pub fn hint(self) -> &'static str {
                match self { $(Command::$variant => $hint),* }
            }

            /// What the command does, as the help overlay says it.
            pub fn description(self) -> &'static str {
                match self { $(Command::$variant => $desc),* }
            }

            pub fn from_name(name: &str) -> Option<Command> {
                match name { $($name => Some(Command::$variant),)* _ => None }
            }
        }
    };
}

commands! {
    Quit => "quit", "quit", "Quit bounce (everything is already saved)";
    Help => "help", "help", "Show or hide this help";
    NextPane => "next_pane", "next pane", "Next pane";
    PreviousPane => "previous_pane", "previous pane", "Previous pane";
    GoHome => "go_home", "home", "Go to Home";
    GoDebrief => "go_debrief", "debrief", "Go to Debrief";
    GoRootCause => "go_root_cause", "root cause", "Go to Root cause";
    GoGratitude => "go_gratitude", "gratitude", "Go to Gratitude";
    GoGoals => "go_goals", "goals", "Go to Goals";
    Undo => "undo", "undo", "Undo your last change (again for the one before)";
    Redo => "redo", "redo", "Do again what you just undid";
    Add => "add", "add", "Add a thing you are grateful for";
    Edit => "edit", "edit", "Edit the selected item";
    Delete => "delete", "delete", "Delete the selected item (asks first)";
    Down => "down", "down", "Select the next item";
    Up => "up", "up", "Select the previous item";
    PageDown => "page_down", "page down", "Move down the list by a screen";
    PageUp => "page_up", "page up", "Move up the list by a screen";
    First => "first", "first", "Jump to the first row";
    Last => "last", "last", "Jump to the last row";
    PreviousDay => "previous_day", "day before", "Go to the day before";
    NextDay => "next_day", "day after", "Go to the day after";
    Today => "today", "today", "Jump back to today";
    EditNote => "edit_note", "note", "Write the day's note";
    SetMood => "set_mood", "mood", "Set the day's mood (1-5)";
    Open => "open", "open", "Open the selected setback";
    Back => "back", "back", "Back to the list of setbacks";
    NextSection => "next_section", "next section", "Next section of the debrief";
    PreviousSection => "previous_section", "previous section", "Previous section of the debrief";
    MoveUp => "move_up", "move up", "Move the event earlier (among events at the same time)";
    MoveDown => "move_down", "move down", "Move the event later (among events at the same time)";
    CopyStory => "copy_story", "copy story", "Copy the story to the clipboard";
    Search => "search", "search", "Search everything you wrote";
    AnswerYes => "answer_yes", "yes", "Answer yes";
    AnswerPartly => "answer_partly", "partly", "Answer partly";
    AnswerNo => "answer_no", "no", "Answer no";
    ClearAnswer => "clear_answer", "clear", "Clear the answer";
    NextChoice => "next_choice", "change", "Next answer, or tick / untick a motive";
    PreviousChoice => "previous_choice", "change back", "Previous answer";
    Confirm => "confirm", "confirm", "Confirm the suggested cause";
    ChooseCause => "choose_cause", "choose", "Choose another cause (or take the decision back)";
    MakeLesson => "make_lesson", "to lesson", "Turn the follow-up note into a lesson";
    MakeGoal => "make_goal", "to goal", "Turn the selected lesson into a goal";
    TickStep => "tick_step", "tick", "Tick or untick the selected step";
    SplitStep => "split_step", "split", "Split the step into smaller ones, in its place";
    Archive => "archive", "put aside", "Put the goal away, or bring it back (nothing is lost)";
    ToNetwork => "to_network", "to network", "Add the person to your support network";
    People => "people", "people", "Show the people who can help (your support network)";
    Touched => "touched", "in touch", "Note that you were in touch today";
    AddGratitude => "add_gratitude", "gratitude", "Add something you are grateful for today";
    ExternalEditor => "external_editor", "your editor", "Write the field in your own editor ($VISUAL or $EDITOR)";
    Save => "save", "save", "Save and close the editor";
    Submit => "submit", "save", "Save a one-line entry (in a note it starts a new line)";
    Cancel => "cancel", "close", "Close the editor (asks if there are unsaved changes)";
}

/// One key with its modifiers, as written in a keymap file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyBinding {
    code: KeyCodeKey,
    ctrl: bool,
    alt: bool,
}

/// A comparable stand-in for crossterm's `KeyCode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum KeyCodeKey {
    Char(char),
    Named(&'static str),
    F(u8),
}

const NAMED: &[(&str, KeyCode, &str)] = &[
    ("enter", KeyCode::Enter, "Enter"),
    ("esc", KeyCode::Esc, "Esc"),
    ("tab", KeyCode::Tab, "Tab"),
    ("backtab", KeyCode::BackTab, "Shift-Tab"),
    ("space", KeyCode::Char(' '), "Space"),
    ("up", KeyCode::Up, "↑"),
    ("down", KeyCode::Down, "↓"),
    ("left", KeyCode::Left, "←"),
    ("right", KeyCode::Right, "→"),
    ("pageup", KeyCode::PageUp, "PgUp"),
    ("pagedown", KeyCode::PageDown, "PgDn"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("backspace", KeyCode::Backspace, "Backspace"),
    ("delete", KeyCode::Delete, "Del"),
];

impl KeyBinding {
    pub fn parse(text: &str) -> Result<KeyBinding, String> {
        let lower = text.trim().to_ascii_lowercase();
        let mut rest = lower.as_str();
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                alt = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("shift-").filter(|r| !r.is_empty()) {
                shift = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = if shift && rest == "tab" {
            KeyCodeKey::Named("backtab")
        } else if let Some((name, _, _)) = NAMED.iter().find(|(n, _, _)| *n == rest) {
            KeyCodeKey::Named(name)
        } else if let Some(n) = rest.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            KeyCodeKey::F(n)
        } else {
            // A single character keeps its case as written ("A" differs from "a").
            let original = &text.trim()[text.trim().len() - rest.len()..];
            let mut chars = original.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCodeKey::Char(if shift { c.to_ascii_uppercase() } else { c }),
                _ => return Err(format!("'{text}' is not a key bounce knows")),
            }
        };
        Ok(KeyBinding { code, ctrl, alt })
    }

    /// A character without Ctrl or Alt: text while typing, so never a command then.
    pub fn is_plain_char(&self) -> bool {
        matches!(self.code, KeyCodeKey::Char(_)) && !self.ctrl && !self.alt
    }

    pub fn matches(&self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        if ctrl != self.ctrl || alt != self.alt {
            return false;
        }
        match (self.code, key.code) {
            (KeyCodeKey::Char(a), KeyCode::Char(b)) => {
                a == b || (ctrl && a.eq_ignore_ascii_case(&b))
            }
            (KeyCodeKey::F(a), KeyCode::F(b)) => a == b,
            (KeyCodeKey::Named(name), code) => {
                NAMED.iter().any(|(n, c, _)| *n == name && *c == code)
            }
            _ => false,
        }
    }
}

impl fmt::Display for KeyBinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCodeKey::Char(c) if self.ctrl => write!(f, "{}", c.to_ascii_uppercase()),
            KeyCodeKey::Char(c) => write!(f, "{c}"),
            KeyCodeKey::F(n) => write!(f, "F{n}"),
            KeyCodeKey::Named(name) => {
                let label = NAMED
                    .iter()
                    .find(|(n, _, _)| *n == name)
                    .map_or(name, |(_, _, l)| l);
                f.write_str(label)
            }
        }
    }
}

/// The live key map: for each scope, the keys of each command.
#[derive(Debug, Clone)]
pub struct Keymap {
    scopes: BTreeMap<Scope, BTreeMap<Command, Vec<KeyBinding>>>,
}

type KeymapFile = BTreeMap<String, BTreeMap<String, Vec<String>>>;

impl Keymap {
    /// The defaults, with `overrides` (the same format, usually from config.toml) merged over
    /// them: a command named there gets exactly the keys given.
    pub fn load(overrides: Option<&str>) -> Result<Keymap, String> {
        let mut map = Keymap {
            scopes: BTreeMap::new(),
        };
        map.merge(DEFAULT_KEYMAP)?;
        if let Some(text) = overrides {
            map.merge(text)?;
        }
        Ok(map)
    }

    /// The embedded defaults, which are known to parse.
    pub fn defaults() -> Keymap {
        Keymap::load(None).unwrap_or(Keymap {
            scopes: BTreeMap::new(),
        })
    }

    fn merge(&mut self, text: &str) -> Result<(), String> {
        let file: KeymapFile = toml::from_str(text).map_err(|e| e.to_string())?;
        for (scope_name, commands) in file {
            let scope = Scope::ALL
                .into_iter()
                .find(|s| s.name() == scope_name)
                .ok_or_else(|| format!("there is no key scope called [{scope_name}]"))?;
            for (command_name, keys) in commands {
                let command = Command::from_name(&command_name).ok_or_else(|| {
                    format!("[{scope_name}] has no action called '{command_name}'")
                })?;
                let bindings = keys
                    .iter()
                    .map(|k| KeyBinding::parse(k))
                    .collect::<Result<Vec<_>, _>>()?;
                self.scopes
                    .entry(scope)
                    .or_default()
                    .insert(command, bindings);
            }
        }
        Ok(())
    }

    /// The command `key` means in `scope`, if any.
    pub fn lookup(&self, scope: Scope, key: &KeyEvent) -> Option<Command> {
        self.scopes
            .get(&scope)?
            .iter()
            .find(|(_, keys)| keys.iter().any(|k| k.matches(key)))
            .map(|(command, _)| *command)
    }

    pub fn keys(&self, scope: Scope, command: Command) -> &[KeyBinding] {
        self.scopes
            .get(&scope)
            .and_then(|m| m.get(&command))
            .map_or(&[], Vec::as_slice)
    }

    /// The keys of a command written for people: "j / ↓".
    pub fn label(&self, scope: Scope, command: Command) -> String {
        let mut keys: Vec<String> = Vec::new();
        for key in self.keys(scope, command) {
            let text = key.to_string();
            if !keys.contains(&text) {
                keys.push(text);
            }
        }
        keys.join(" / ")
    }

    /// The first key of a command, for compact hints.
    pub fn short_label(&self, scope: Scope, command: Command) -> Option<String> {
        self.keys(scope, command).first().map(ToString::to_string)
    }

    /// Commands bound in `scope`, in the order of [`Command::ALL`].
    pub fn commands(&self, scope: Scope) -> Vec<Command> {
        let Some(bound) = self.scopes.get(&scope) else {
            return Vec::new();
        };
        Command::ALL
            .iter()
            .copied()
            .filter(|c| bound.get(c).is_some_and(|k| !k.is_empty()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn defaults_parse_and_resolve() {
        let map = Keymap::defaults();
        let none = KeyModifiers::NONE;
        assert_eq!(
            map.lookup(Scope::Global, &key(KeyCode::Char('q'), none)),
            Some(Command::Quit)
        );
        assert_eq!(
            map.lookup(Scope::Global, &key(KeyCode::Char('4'), none)),
            Some(Command::GoGratitude)
        );
        assert_eq!(
            map.lookup(Scope::Global, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Command::PreviousPane)
        );
        assert_eq!(
            map.lookup(Scope::Gratitude, &key(KeyCode::Down, none)),
            Some(Command::Down)
        );
        assert_eq!(
            map.lookup(
                Scope::Editor,
                &key(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Command::Save)
        );
        assert_eq!(
            map.lookup(
                Scope::Gratitude,
                &key(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            None
        );
    }

    #[test]
    fn shifted_characters_match_as_typed() {
        let map = Keymap::defaults();
        assert_eq!(
            map.lookup(Scope::Global, &key(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(Command::Help)
        );
    }

    #[test]
    fn overrides_replace_keys_of_named_commands() {
        let map = Keymap::load(Some("[gratitude]\nadd = [\"i\", \"ctrl-n\"]\n")).unwrap();
        let none = KeyModifiers::NONE;
        assert_eq!(
            map.lookup(Scope::Gratitude, &key(KeyCode::Char('i'), none)),
            Some(Command::Add)
        );
        assert_eq!(
            map.lookup(Scope::Gratitude, &key(KeyCode::Char('a'), none)),
            None
        );
        assert_eq!(map.label(Scope::Gratitude, Command::Add), "i / Ctrl-N");
        assert_eq!(
            map.lookup(Scope::Gratitude, &key(KeyCode::Char('e'), none)),
            Some(Command::Edit)
        );
    }

    #[test]
    fn bad_overrides_are_explained() {
        assert!(
            Keymap::load(Some("[nowhere]\nadd=[\"a\"]"))
                .unwrap_err()
                .contains("[nowhere]")
        );
        assert!(
            Keymap::load(Some("[global]\nfly=[\"a\"]"))
                .unwrap_err()
                .contains("fly")
        );
        assert!(
            Keymap::load(Some("[global]\nquit=[\"ctrl-\"]"))
                .unwrap_err()
                .contains("not a key")
        );
    }

    #[test]
    fn labels_read_well() {
        let map = Keymap::defaults();
        assert_eq!(map.label(Scope::Gratitude, Command::Down), "j / ↓");
        assert_eq!(map.label(Scope::Global, Command::PreviousPane), "Shift-Tab");
    }
}
