use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::{ListItem, ListState};

use super::*;
use crate::domain::text::{grapheme_width, single_line};
use crate::theme::Theme;

/// Draws one list item, selected, in a list `width` columns wide, and reads back each row as
/// a person would see it: a wide character once, a combining mark with its letter.
fn drawn(lines: Vec<Line<'static>>, width: u16) -> Vec<String> {
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).max(1);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let list = crate::ui::selectable_list(vec![ListItem::new(lines)], true, &Theme::plain());
    let mut state = ListState::default().with_selected(Some(0));
    terminal
        .draw(|frame| frame.render_stateful_widget(list, frame.area(), &mut state))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += u16::try_from(grapheme_width(symbol).max(1)).unwrap_or(1);
            }
            row
        })
        .collect()
}

fn without_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_wrapped_item_keeps_one_bullet_and_lines_up_under_its_text() {
    let lines = bulleted(
        Span::raw("• "),
        "I always miss the signals",
        list_room(16),
        9,
        Style::default(),
    );
    assert_eq!(
        drawn(lines, 16),
        ["› • I always   ", "    miss the   ", "    signals    "].map(|r| format!("{r} "))
    );
}

#[test]
fn a_gutter_leads_every_line() {
    let lines = guttered("│ ", "one two\nthree", 8, 9, Style::default());
    let rows: Vec<String> = lines.iter().map(ToString::to_string).collect();
    assert_eq!(rows, ["│ one", "│ two", "│ three"]);
}

#[test]
fn a_cut_item_ends_in_an_ellipsis() {
    let lines = bulleted(
        Span::raw("• "),
        "Sent two applications I actually care about",
        list_room(20),
        2,
        Style::default(),
    );
    let rows = drawn(lines, 20);
    assert_eq!(rows[0].trim_end(), "› • Sent two");
    assert_eq!(rows[1].trim_end(), "    applications I…");
}

#[test]
fn line_breaks_are_kept_as_lines() {
    let lines = bulleted(
        Span::raw("• "),
        "Realistic: yes\nFits my values: maybe",
        40,
        9,
        Style::default(),
    );
    let rows: Vec<String> = lines.iter().map(ToString::to_string).collect();
    assert_eq!(rows, ["• Realistic: yes", "  Fits my values: maybe"]);
}

#[test]
fn a_one_line_row_marks_its_line_breaks() {
    let lines = hanging(
        Span::raw("Why: "),
        Span::raw("     "),
        "Realistic: yes\nFits my values: maybe",
        60,
        1,
        Style::default(),
    );
    let rows: Vec<String> = lines.iter().map(ToString::to_string).collect();
    assert_eq!(rows, ["Why: Realistic: yes · Fits my values: maybe"]);
}

#[test]
fn a_list_row_leaves_room_for_the_selection_mark() {
    assert_eq!(list_room(30), 28);
    assert_eq!(list_room(1), 1);
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z,.']{1,14}",
        1 => Just("日本".to_string()),
        1 => Just("🙂".to_string()),
        1 => Just("👍🏽".to_string()),
        1 => Just("cafe\u{301}".to_string()),
        1 => Just("naïve".to_string()),
        1 => "[a-z]{1,3}日本語[a-z]{0,3}",
        1 => "[a-z]{12,30}",
    ]
}

fn journal_text() -> impl Strategy<Value = (Vec<String>, String)> {
    prop::collection::vec(
        (word(), prop_oneof![4 => Just(" "), 1 => Just("\n")]),
        1..24,
    )
    .prop_map(|parts| {
        let words = parts.iter().map(|(w, _)| w.clone()).collect();
        let text = parts.iter().map(|(w, gap)| format!("{w}{gap}")).collect();
        (words, text)
    })
}

proptest! {
    #[test]
    fn every_word_is_drawn((words, text) in journal_text(), width in 6u16..72) {
        let room = list_room(width);
        let lines = bulleted(Span::raw("• "), &text, room, usize::MAX, Style::default());
        let rows = drawn(lines, width);
        let body: Vec<&str> = rows.iter().map(|r| r.trim_start_matches("› ")).collect();
        prop_assert!(body[0].starts_with("• "), "{rows:?}");
        prop_assert!(body[1..].iter().all(|r| r.starts_with("  ")), "{rows:?}");
        let seen = without_space(&body.join("").replacen('•', "", 1));
        prop_assert_eq!(seen, without_space(&text), "{:?}", rows);
        for word in &words {
            if display_width(word) + 2 <= room {
                prop_assert!(rows.iter().any(|r| r.contains(word.as_str())), "{word} in {rows:?}");
            }
        }
    }

    #[test]
    fn a_cut_shows_an_ellipsis((_, text) in journal_text(), width in 6u16..72, max in 1usize..4) {
        let room = list_room(width);
        // On one line, line breaks show as " · ": the whole text is that line.
        let one = if max == 1 { single_line(&text) } else { text.clone() };
        let whole = bulleted(Span::raw("• "), &one, room, usize::MAX, Style::default());
        let lines = bulleted(Span::raw("• "), &text, room, max, Style::default());
        let rows = drawn(lines, width);
        let last = rows.last().map(|r| r.trim_end()).unwrap_or_default();
        prop_assert_eq!(whole.len() > max, last.ends_with('…'), "{:?}", rows);
        let shown = without_space(&rows.join("").replace(['›', '•', '…', '·'], ""));
        prop_assert!(without_space(&text).starts_with(&shown), "{rows:?}");
    }
}
