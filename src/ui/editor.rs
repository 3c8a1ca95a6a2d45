//! The one text editor every input in bounce goes through: a thin wrapper over
//! ratatui-textarea that knows its draft slot, whether it holds unsaved changes, and whether
//! it is a one-line input or a multi-line text area.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::Block;
use ratatui_textarea::{CursorMove, DataCursor, TextArea, WrapMode};
use unicode_segmentation::UnicodeSegmentation;

use crate::domain::text::{flatten_line, normalise_lines};
use crate::theme::Theme;

pub struct Editor {
    area: TextArea<'static>,
    single_line: bool,
    /// The text as it was when the editor opened, to tell unsaved changes.
    original: String,
    /// Where a draft of this text is kept (see `Store::save_draft`).
    slot: String,
}

impl Editor {
    /// A one-line input: `Enter` is left to the caller, pasted line breaks become spaces.
    pub fn single_line(slot: impl Into<String>, text: &str, placeholder: &str) -> Editor {
        Editor::build(slot.into(), text, placeholder, true)
    }

    /// A multi-line text area that wraps at word boundaries.
    pub fn multi_line(slot: impl Into<String>, text: &str, placeholder: &str) -> Editor {
        Editor::build(slot.into(), text, placeholder, false)
    }

    fn build(slot: String, text: &str, placeholder: &str, single_line: bool) -> Editor {
        let mut editor = Editor {
            area: TextArea::default(),
            single_line,
            original: text.to_string(),
            slot,
        };
        editor.load(text);
        editor.area.set_placeholder_text(placeholder);
        editor.area.set_wrap_mode(if single_line {
            WrapMode::None
        } else {
            WrapMode::WordOrGlyph
        });
        editor
    }

    fn load(&mut self, text: &str) {
        let lines: Vec<String> = if self.single_line {
            vec![flatten_line(text)]
        } else {
            text.split('\n').map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_placeholder_text(self.area.placeholder_text().to_string());
        area.set_wrap_mode(self.area.wrap_mode());
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        self.area = area;
    }

    /// Replaces the text (the original is kept, so the editor counts as changed).
    pub fn set_text(&mut self, text: &str) {
        self.load(text);
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn slot(&self) -> &str {
        &self.slot
    }

    pub fn is_single_line(&self) -> bool {
        self.single_line
    }

    /// Whether the text differs from what the editor opened with.
    pub fn has_changes(&self) -> bool {
        self.text() != self.original
    }

    /// Passes a key to the text area; returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let newline = matches!(key.code, KeyCode::Enter)
            || (key.modifiers.contains(KeyModifiers::CONTROL)
                && matches!(key.code, KeyCode::Char('m' | 'j')));
        if self.single_line && newline {
            return false;
        }
        if let KeyCode::Char(c) = key.code {
            if c.is_control() {
                return false;
            }
        }
        if let Some(changed) = self.readline(key) {
            return changed;
        }
        if let Some(changed) = self.delete_grapheme(key) {
            return changed;
        }
        let before = self.area.lines().len();
        let changed = self.area.input(key);
        if self.single_line && self.area.lines().len() != before {
            let joined = self.text();
            self.load(&joined);
        }
        changed
    }

    /// The shell's habits where the text area has others: `Ctrl-U` clears to the start of
    /// the line (the text area would undo), so undo moves to `Ctrl-Z`. `Ctrl-A` and `Ctrl-E`
    /// already go to the line's start and end there.
    fn readline(&mut self, key: KeyEvent) -> Option<bool> {
        if key.modifiers != KeyModifiers::CONTROL {
            return None;
        }
        match key.code {
            KeyCode::Char('u') => Some(self.area.delete_line_by_head()),
            KeyCode::Char('z') => Some(self.area.undo()),
            _ => None,
        }
    }

    /// Backspace and Delete take one visible character (a grapheme: 👍🏽, 🇳🇱, 👨‍👩‍👧), where the
    /// text area alone would take one code point and leave half an emoji. `None` leaves the
    /// key to the text area: other keys, a selection, and joining lines at a line's edge.
    fn delete_grapheme(&mut self, key: KeyEvent) -> Option<bool> {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let backwards = match key.code {
            KeyCode::Backspace if plain => true,
            KeyCode::Delete if plain => false,
            _ => return None,
        };
        if self.area.is_selecting() {
            return None;
        }
        let DataCursor(row, col) = self.area.cursor();
        let line = self.area.lines().get(row)?;
        let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
        let grapheme = if backwards {
            line[..at].graphemes(true).next_back()?
        } else {
            line[at..].graphemes(true).next()?
        };
        let chars = grapheme.chars().count();
        if backwards {
            match (u16::try_from(row), u16::try_from(col - chars)) {
                (Ok(row), Ok(col)) => self.area.move_cursor(CursorMove::Jump(row, col)),
                // Beyond where a jump reaches, one code point at a time ends the same.
                _ => return Some((0..chars).fold(false, |done, _| self.area.delete_char() | done)),
            }
        }
        Some(self.area.delete_str(chars))
    }

    /// Inserts pasted text at the cursor, cleaned for this kind of editor.
    pub fn paste(&mut self, text: &str) -> bool {
        let cleaned = if self.single_line {
            flatten_line(text)
        } else {
            normalise_lines(text)
        };
        if cleaned.is_empty() {
            return false;
        }
        self.area.insert_str(cleaned)
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, block: Block<'static>, theme: &Theme) {
        self.area.set_block(block);
        self.area.set_style(theme.base);
        self.area.set_cursor_style(theme.cursor);
        self.area.set_cursor_line_style(theme.base);
        self.area.set_placeholder_style(theme.placeholder);
        frame.render_widget(&self.area, area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn single_line_ignores_enter_and_flattens_pastes() {
        let mut e = Editor::single_line("s", "", "");
        e.input(key(KeyCode::Char('h')));
        e.input(key(KeyCode::Char('i')));
        assert!(!e.input(key(KeyCode::Enter)));
        e.paste(" there\nfriend");
        assert_eq!(e.text(), "hi there friend");
        assert!(e.has_changes());
    }

    #[test]
    fn multi_line_keeps_lines() {
        let mut e = Editor::multi_line("s", "first", "");
        assert!(!e.has_changes());
        e.input(key(KeyCode::Enter));
        e.paste("second\r\nthird");
        assert_eq!(e.text(), "first\nsecond\nthird");
    }

    /// A text, and what one Backspace at its end leaves.
    const CLUSTERS: [(&str, &str); 6] = [
        ("ok 👍🏽", "ok "),
        ("home 🇳🇱", "home "),
        ("us 👨‍👩‍👧", "us "),
        ("café", "caf"),
        ("नमस्ते", "नम"),
        ("é😀", "é"),
    ];

    #[test]
    fn backspace_takes_one_visible_character() {
        for (text, left) in CLUSTERS {
            for mut e in [
                Editor::single_line("s", text, ""),
                Editor::multi_line("s", text, ""),
            ] {
                assert!(e.input(key(KeyCode::Backspace)), "{text}");
                assert_eq!(e.text(), left, "{text}");
            }
        }
        // "cafe" with a combining accent: the accent and its letter go together.
        let mut e = Editor::single_line("s", "cafe\u{301}", "");
        e.input(key(KeyCode::Backspace));
        assert_eq!(e.text(), "caf");
    }

    #[test]
    fn delete_takes_the_visible_character_after_the_cursor() {
        let mut e = Editor::multi_line("s", "🇳🇱👍🏽x\n👨‍👩‍👧", "");
        e.area.move_cursor(CursorMove::Top);
        e.area.move_cursor(CursorMove::Head);
        assert!(e.input(key(KeyCode::Delete)));
        assert_eq!(e.text(), "👍🏽x\n👨‍👩‍👧");
        assert!(e.input(key(KeyCode::Delete)));
        assert!(e.input(key(KeyCode::Delete)));
        assert_eq!(e.text(), "\n👨‍👩‍👧");
        assert!(
            e.input(key(KeyCode::Delete)),
            "at a line's end it joins the next"
        );
        assert_eq!(e.text(), "👨‍👩‍👧");
        assert!(e.input(key(KeyCode::Delete)));
        assert_eq!(e.text(), "");
        assert!(!e.input(key(KeyCode::Delete)), "nothing left to take");
    }

    #[test]
    fn backspace_in_the_middle_of_wrapped_text_keeps_the_rest() {
        let mut e = Editor::multi_line("s", "a 👨‍👩‍👧 family\nline two 🇳🇱", "");
        let backend = ratatui::backend::TestBackend::new(6, 8);
        let mut terminal = ratatui::Terminal::new(backend).unwrap();
        let draw = |e: &mut Editor, t: &mut ratatui::Terminal<_>| {
            t.draw(|f| e.render(f, f.area(), Block::default(), &Theme::plain()))
                .unwrap();
        };
        draw(&mut e, &mut terminal);
        // Just after the family on the first line: two presses take it, then a space.
        e.area.move_cursor(CursorMove::Jump(0, 7));
        assert!(e.input(key(KeyCode::Backspace)));
        draw(&mut e, &mut terminal);
        assert!(e.input(key(KeyCode::Backspace)));
        assert_eq!(e.text(), "a family\nline two 🇳🇱");
        assert_eq!(e.area.cursor(), (0, 1));
        assert!(e.input(key(KeyCode::Backspace)));
        assert!(
            !e.input(key(KeyCode::Backspace)),
            "nothing before the start"
        );
        assert_eq!(e.text(), " family\nline two 🇳🇱");
    }

    #[test]
    fn a_backspace_is_undone_in_one_step() {
        let mut e = Editor::single_line("s", "hi 👍🏽", "");
        e.input(key(KeyCode::Backspace));
        assert!(e.area.undo());
        assert_eq!(e.text(), "hi 👍🏽");
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn readline_keys_move_and_clear_as_in_the_shell() {
        for mut e in [
            Editor::single_line("s", "a small win", ""),
            Editor::multi_line("s", "first line\na small win", ""),
        ] {
            let last = e.text().lines().count() - 1;
            e.input(ctrl('a'));
            assert_eq!(e.area.cursor(), (last, 0), "Ctrl-A goes to the start");
            e.input(key(KeyCode::Char('>')));
            e.input(ctrl('e'));
            assert_eq!(e.area.cursor(), (last, 12), "Ctrl-E goes to the end");
            e.input(key(KeyCode::Left));
            e.input(key(KeyCode::Left));
            e.input(key(KeyCode::Left));
            assert!(e.input(ctrl('u')), "Ctrl-U clears to the start of the line");
            assert!(e.text().ends_with("win"), "{}", e.text());
            assert!(!e.text().contains("small"));
            assert!(e.input(ctrl('z')), "Ctrl-Z undoes");
            assert!(e.text().ends_with(">a small win"), "{}", e.text());
        }
    }

    #[test]
    fn wide_and_rtl_text_round_trips() {
        let mut e = Editor::single_line("s", "", "");
        e.paste("感謝 🌱 شكرا");
        assert_eq!(e.text(), "感謝 🌱 شكرا");
    }
}
