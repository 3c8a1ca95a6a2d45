//! Text that names a key, filled from the live keymap, so that words never name a key a
//! person has bound to something else. A text writes `{key:goals.open}` where the key
//! belongs: the first key of the `open` command in the `goals` scope.

use std::borrow::Cow;

use super::{Command, Keymap, Scope};

const OPEN: &str = "{key:";

impl Keymap {
    /// `text` with every `{key:scope.command}` replaced by that command's first key. A
    /// command with no key says so; a placeholder naming no command is left as written.
    pub fn fill<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !text.contains(OPEN) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find(OPEN) {
            out.push_str(&rest[..start]);
            let after = &rest[start + OPEN.len()..];
            let Some(end) = after.find('}') else {
                out.push_str(&rest[start..]);
                return Cow::Owned(out);
            };
            match placeholder(&after[..end]) {
                Some((scope, command)) => out.push_str(&self.key_name(scope, command)),
                None => out.push_str(&rest[start..start + OPEN.len() + end + 1]),
            }
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Cow::Owned(out)
    }

    /// The key to name in a sentence for `command` in `scope`.
    pub fn key_name(&self, scope: Scope, command: Command) -> String {
        self.short_label(scope, command)
            .unwrap_or_else(|| format!("the {} key (none is set)", command.hint()))
    }
}

/// The scope and command a placeholder names: `goals.open`.
fn placeholder(name: &str) -> Option<(Scope, Command)> {
    let (scope, command) = name.split_once('.')?;
    let scope = Scope::ALL.into_iter().find(|s| s.name() == scope)?;
    Some((scope, Command::from_name(command)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_take_the_live_keys() {
        let defaults = Keymap::defaults();
        assert_eq!(
            defaults.fill("Press {key:goals.open} to open it, {key:editor.save} to save."),
            "Press Enter to open it, Ctrl-S to save."
        );
        let rebound = Keymap::load(Some("[goals]\nopen = [\"o\"]\n[editor]\nsave = [\"f2\"]"));
        let rebound = rebound.unwrap();
        assert_eq!(
            rebound.fill("Press {key:goals.open}, then {key:editor.save}."),
            "Press o, then F2."
        );
    }

    #[test]
    fn an_unbound_command_says_so_and_a_wrong_name_stays_as_written() {
        let map = Keymap::load(Some("[goals]\nopen = []")).unwrap();
        assert_eq!(
            map.fill("Press {key:goals.open}."),
            "Press the open key (none is set)."
        );
        assert_eq!(
            map.fill("{key:goals.nothing} {key:x"),
            "{key:goals.nothing} {key:x"
        );
        assert!(matches!(map.fill("no keys here"), Cow::Borrowed(_)));
    }
}
