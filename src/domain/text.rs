//! Cleaning what a person types or pastes before it is kept, and measuring it for the screen.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The longest single entry kept, in characters: generous, but bounded.
pub const MAX_ENTRY_CHARS: usize = 20_000;

/// One-line text: newlines and tabs become spaces, other control characters are dropped,
/// runs of spaces from line breaks are kept as typed, and the ends are trimmed.
pub fn clean_line(input: &str) -> String {
    flatten_line(input).trim().to_string()
}

/// Like [`clean_line`] but keeps spaces at the ends, for text pasted mid-sentence.
pub fn flatten_line(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Multi-line text: line endings normalised to `\n`, tabs kept, other control characters
/// dropped, trailing blank space trimmed.
pub fn clean_multiline(input: &str) -> String {
    normalise_lines(input).trim_end().to_string()
}

/// Like [`clean_multiline`] but keeps trailing space, for text pasted mid-sentence.
pub fn normalise_lines(input: &str) -> String {
    input
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// Text as it is kept, from any way in: line endings as `\n`, and no control character but
/// the line break and the tab, so nothing kept can steer a terminal it is later printed to.
pub fn plain(input: &str) -> Cow<'_, str> {
    if input
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Cow::Owned(normalise_lines(input))
    } else {
        Cow::Borrowed(input)
    }
}

/// Checks a one-line entry and returns it cleaned, or a kind explanation of what is missing.
pub fn validate_entry(input: &str, what: &str) -> Result<String, String> {
    let cleaned = clean_line(input);
    if cleaned.is_empty() {
        return Err(format!("{what} needs a few words; nothing was saved"));
    }
    let count = cleaned.chars().count();
    if count > MAX_ENTRY_CHARS {
        return Err(format!(
            "{what} is {count} characters long; the most one entry holds is {MAX_ENTRY_CHARS}"
        ));
    }
    Ok(cleaned)
}

/// The text with its first letter in upper case, for a message that starts a sentence.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Text as it may be shown on a terminal: nothing in it can steer the terminal.
///
/// Text from outside (an import, a paste, a journal edited by hand) may carry escape
/// sequences, other control characters or bidirectional overrides. On screen each shows as
/// a visible placeholder instead: a C0 control or DEL as its Unicode control picture (ESC as
/// `␛`, BEL as `␇`, a line break as `␊`), a tab as a space, and a C1 control or a
/// bidirectional control as `�`. Everything else is kept as it is.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_placeholder) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(placeholder).collect())
}

/// Text on one line, for display: runs of space become one space, the ends are trimmed, each
/// line break between words shows as ` · ` so sentences never run together, and characters
/// that could steer the terminal show as placeholders.
pub fn single_line(text: &str) -> String {
    let lines: Vec<String> = text
        .split(['\n', '\r'])
        .map(|line| {
            line.split([' ', '\t'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| !line.is_empty())
        .collect();
    visible(&lines.join(" · ")).into_owned()
}

/// Whether a character must not reach the terminal as it is.
pub fn needs_placeholder(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The explicit direction marks, embeddings, overrides and isolates: they reorder what
/// follows them on screen, so text could pretend to say something else.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

fn placeholder(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if needs_placeholder(c) => '\u{fffd}',
        c => c,
    }
}

/// Display width of a text as the screen lays it out, grapheme by grapheme: wide characters
/// count two, combining marks none, a joined emoji as one.
pub fn display_width(text: &str) -> usize {
    text.graphemes(true).map(grapheme_width).sum()
}

/// Display width of one character (0 for combining marks and controls).
pub fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// The columns one grapheme takes, measured as ratatui lays out a cell, so that a wrapped line
/// fits the columns it is drawn in.
pub fn grapheme_width(grapheme: &str) -> usize {
    // Half-width sound marks extend a grapheme, yet terminals give each a column of its own.
    let marks = grapheme
        .chars()
        .filter(|c| matches!(c, '\u{ff9e}' | '\u{ff9f}'))
        .count();
    UnicodeWidthStr::width(grapheme) + marks
}

/// Splits text into lines at most `width` columns wide. Each line break in the text starts a
/// new line; a line breaks at spaces where it can and between graphemes inside a word too
/// long for a line. At most `max_lines` lines; when anything is left out, the last one ends in
/// `…`. Characters that could steer the terminal show as placeholders (see [`visible`]).
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    if width == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for paragraph in text.trim_end_matches(['\n', '\r']).split('\n') {
        // One line past the limit is enough to know something is left out.
        if lines.len() > max_lines {
            break;
        }
        let paragraph = visible(paragraph.trim_end_matches('\r'));
        wrap_paragraph(&paragraph, width, max_lines, &mut lines);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last, width);
        }
    }
    lines
}

/// Wraps one line of text onto `lines`, stopping once they are past `max_lines`.
fn wrap_paragraph(text: &str, width: usize, max_lines: usize, lines: &mut Vec<String>) {
    let mut current = String::new();
    let mut used = 0;
    for word in text.split(' ') {
        if lines.len() > max_lines {
            return;
        }
        let word_width = display_width(word);
        let gap = usize::from(!current.is_empty());
        if used + gap + word_width <= width {
            if gap == 1 {
                current.push(' ');
            }
            current.push_str(word);
            used += gap + word_width;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            used = 0;
        }
        for grapheme in word.graphemes(true) {
            let w = grapheme_width(grapheme);
            if used + w > width && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
            current.push_str(grapheme);
            used += w;
        }
    }
    lines.push(current);
}

/// Cuts text to `width` columns, ending in `…` when something was cut. Characters that could
/// steer the terminal show as placeholders (see [`visible`]).
pub fn truncate(text: &str, width: usize) -> String {
    let text = visible(text);
    if display_width(&text) <= width {
        return text.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    with_ellipsis(&text, width)
}

/// Text on one line cut to `width` columns: line breaks show as ` · ` (see [`single_line`]),
/// and a cut ends in `…`.
pub fn one_line(text: &str, width: usize) -> String {
    truncate(&single_line(text), width)
}

/// The line ended by `…`, cut where the mark would not fit in `width` columns.
fn with_ellipsis(line: &str, width: usize) -> String {
    format!("{}…", truncate_to(line, width.saturating_sub(1)))
}

/// The longest start of `text` that fits in `width` columns, never splitting a grapheme.
fn truncate_to(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        used += grapheme_width(grapheme);
        if used > width {
            return &text[..at];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_text_holds_no_control_but_line_breaks_and_tabs() {
        assert!(matches!(plain("tea\twith Ana\nafter"), Cow::Borrowed(_)));
        assert_eq!(plain("a\u{1b}]0;title\u{7}b"), "a]0;titleb");
        assert_eq!(plain("one\r\ntwo\rthree"), "one\ntwo\nthree");
        assert_eq!(plain("\u{9b}31m red\u{85}\u{0}"), "31m red");
        assert_eq!(plain("日本 🙂 café"), "日本 🙂 café");
    }

    #[test]
    fn controls_show_as_placeholders() {
        assert_eq!(visible("plain café 日本"), "plain café 日本");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
        assert_eq!(visible("a\u{1b}]0;owned\u{7}b"), "a␛]0;owned␇b");
        assert_eq!(visible("\u{1b}[31mred"), "␛[31mred");
        assert_eq!(visible("x\u{7f}\u{0}\ny\tz"), "x␡␀␊y z");
        assert_eq!(visible("\u{9b}31m \u{85}"), "�31m �");
        assert_eq!(visible("abc\u{202e}fed\u{2066}\u{200f}"), "abc�fed��");
        // Joiners and combining marks are part of the text, not steering.
        assert_eq!(visible("👩\u{200d}👧 e\u{301}"), "👩\u{200d}👧 e\u{301}");
        for c in visible("\u{1b}\u{7}\u{9d}\u{202d}\u{8}").chars() {
            assert!(!needs_placeholder(c));
            assert_eq!(char_width(c), 1);
        }
    }

    #[test]
    fn single_lines_keep_placeholders() {
        assert_eq!(single_line("  a\n\n b\t\u{1b}[1mc  "), "a · b ␛[1mc");
        assert_eq!(single_line("\n"), "");
    }

    #[test]
    fn wrapped_and_cut_text_shows_placeholders() {
        assert_eq!(wrap("a\u{1b}[2Jb", 20, 1), ["a␛[2Jb"]);
        assert_eq!(truncate("\u{1b}]0;owned\u{7}", 6), "␛]0;o…");
    }

    #[test]
    fn one_line_cleaning() {
        assert_eq!(clean_line("  tea\nwith\tAna\u{7}  "), "tea with Ana");
        assert_eq!(clean_line("\n\n"), "");
    }

    #[test]
    fn multiline_cleaning_keeps_lines() {
        assert_eq!(clean_multiline("a\r\nb\rc\u{1b}\n\n"), "a\nb\nc");
    }

    #[test]
    fn validation_messages() {
        assert!(
            validate_entry("   ", "An item")
                .unwrap_err()
                .contains("nothing was saved")
        );
        let long = "x".repeat(MAX_ENTRY_CHARS + 1);
        assert!(validate_entry(&long, "An item").is_err());
        assert_eq!(validate_entry(" café ", "An item").unwrap(), "café");
    }

    #[test]
    fn wraps_at_spaces_and_inside_long_words() {
        assert_eq!(
            wrap("a small thing counts", 8, 5),
            ["a small", "thing", "counts"]
        );
        assert_eq!(wrap("abcdefghij", 4, 5), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4, 2), [""]);
    }

    #[test]
    fn wide_characters_count_double() {
        let lines = wrap("日本語のテキスト", 6, 5);
        assert_eq!(lines, ["日本語", "のテキ", "スト"]);
    }

    #[test]
    fn cut_text_ends_with_ellipsis() {
        let lines = wrap("one two three four five six", 9, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert_eq!(truncate("héllo world", 6), "héllo…");
        assert_eq!(truncate("hi", 6), "hi");
    }

    #[test]
    fn line_breaks_start_new_lines() {
        assert_eq!(
            wrap("one\ntwo three\n\nfour\n", 9, 9),
            ["one", "two three", "", "four"]
        );
        // Lines left out below the last one shown are a cut too.
        assert_eq!(wrap("one\ntwo\nthree", 9, 2), ["one", "two…"]);
        assert_eq!(wrap("full line\nmore", 9, 1), ["full lin…"]);
    }

    #[test]
    fn one_line_text_marks_its_line_breaks() {
        assert_eq!(
            single_line("Realistic: yes\nFits: maybe\n"),
            "Realistic: yes · Fits: maybe"
        );
        assert_eq!(one_line("first\nsecond", 12), "first · sec…");
        assert_eq!(one_line("first\nsecond", 20), "first · second");
    }

    #[test]
    fn graphemes_stay_whole() {
        // A combining mark stays with its letter, a joined emoji counts as one wide grapheme.
        assert_eq!(display_width("cafe\u{301}"), 4);
        assert_eq!(display_width("👩\u{200d}👧"), 2);
        assert_eq!(
            wrap("e\u{301}e\u{301}e\u{301}", 2, 5),
            ["e\u{301}e\u{301}", "e\u{301}"]
        );
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
        assert_eq!(wrap("日本語", 3, 5), ["日", "本", "語"]);
    }
}
