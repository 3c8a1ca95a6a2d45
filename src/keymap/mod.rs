//! Keys to commands, per scope: the defaults embedded from `assets/keymap.toml`, with a
//! person's overrides merged over them. The help overlay and the status-bar hints are made
//! from this same map, so they always tell the truth about what keys do.

mod commands;
mod words;

use std::collections::BTreeMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use commands::{Command, Global, Scope};

const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// One key with its modifiers, or two pressed one after the other (`ctrl-x ctrl-e`), as
/// written in a keymap file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyBinding {
    /// The key pressed first in a two-key binding.
    lead: Option<Stroke>,
    last: Stroke,
}

/// One press: a key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Stroke {
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
    /// Reads one key ("ctrl-s") or two pressed in turn, with a space between ("ctrl-x ctrl-e").
    pub fn parse(text: &str) -> Result<KeyBinding, String> {
        let strokes = text
            .split_whitespace()
            .map(|part| {
                Stroke::parse(part).map_err(|()| format!("'{text}' is not a key bounce knows"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        match strokes[..] {
            [last] => Ok(KeyBinding { lead: None, last }),
            [lead, last] => Ok(KeyBinding {
                lead: Some(lead),
                last,
            }),
            _ => Err(format!(
                "'{text}' is not a key bounce knows (one key, or two with a space between)"
            )),
        }
    }

    /// A character without Ctrl or Alt: text while typing, so never a command then.
    pub fn is_plain_char(&self) -> bool {
        self.lead.is_none_or(|lead| lead.is_plain_char()) && self.last.is_plain_char()
    }

    /// Whether `key` alone is this binding (a two-key binding never matches one key).
    pub fn matches(&self, key: &KeyEvent) -> bool {
        self.lead.is_none() && self.last.matches(key)
    }

    /// Whether `key` is the first of this two-key binding.
    fn begins_with(&self, key: &KeyEvent) -> bool {
        self.lead.is_some_and(|lead| lead.matches(key))
    }

    /// Whether `lead` then `key` is this two-key binding.
    fn completes(&self, lead: &KeyEvent, key: &KeyEvent) -> bool {
        self.begins_with(lead) && self.last.matches(key)
    }
}

impl Stroke {
    fn parse(text: &str) -> Result<Stroke, ()> {
        let lower = text.to_ascii_lowercase();
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
            let original = &text[text.len() - rest.len()..];
            let mut chars = original.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCodeKey::Char(if shift { c.to_ascii_uppercase() } else { c }),
                _ => return Err(()),
            }
        };
        Ok(Stroke { code, ctrl, alt })
    }

    fn is_plain_char(&self) -> bool {
        matches!(self.code, KeyCodeKey::Char(_)) && !self.ctrl && !self.alt
    }

    fn matches(&self, key: &KeyEvent) -> bool {
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
        if let Some(lead) = self.lead {
            write!(f, "{lead} ")?;
        }
        write!(f, "{}", self.last)
    }
}

impl fmt::Display for Stroke {
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

/// The first key of a two-key binding, kept until the next key press.
#[derive(Debug, Clone, Default)]
pub struct Pending(Option<KeyEvent>);

impl Pending {
    pub fn is_waiting(&self) -> bool {
        self.0.is_some()
    }
}

/// What a key press means, read with the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pressed {
    Command(Command),
    /// The first of two keys: nothing happens until the second.
    Waiting,
    /// No command: the key is the editor's (a character, an arrow).
    Other,
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

    /// The command `key` means in `scope`, read after `pending`: the first key of a two-key
    /// binding waits there for the second. A first key the second does not complete is let
    /// go, and the second is read alone.
    pub fn lookup_pressed(&self, scope: Scope, pending: &mut Pending, key: &KeyEvent) -> Pressed {
        let bindings = || self.scopes.get(&scope).into_iter().flatten();
        if let Some(lead) = pending.0.take() {
            let completed =
                bindings().find(|(_, keys)| keys.iter().any(|k| k.completes(&lead, key)));
            if let Some((command, _)) = completed {
                return Pressed::Command(*command);
            }
        }
        if let Some(command) = self.lookup(scope, key) {
            return Pressed::Command(command);
        }
        if bindings().any(|(_, keys)| keys.iter().any(|k| k.begins_with(key))) {
            pending.0 = Some(*key);
            return Pressed::Waiting;
        }
        Pressed::Other
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
mod tests;
