//! Text laid out in list rows: wrapped by the columns a row really has, a bullet on the first
//! line only and the lines after it under the text, and `…` wherever something is left out.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::text::{display_width, single_line, wrap};

/// The mark before the selected row of a list; every row keeps its columns free.
pub const LIST_MARK: &str = "› ";

/// The columns a list's rows have for their text in an area `width` columns wide.
pub fn list_room(width: u16) -> usize {
    usize::from(width)
        .saturating_sub(display_width(LIST_MARK))
        .max(1)
}

/// Text wrapped into lines at most `width` columns wide, the first led by `lead` and every
/// line after it by `rest`; at most `max_lines` lines, the last ending in `…` if cut. Line
/// breaks in the text are kept, or shown as ` · ` when there is only one line.
pub fn hanging(
    lead: Span<'static>,
    rest: Span<'static>,
    text: &str,
    width: usize,
    max_lines: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let taken = lead.width().max(rest.width());
    // Two columns, so that even a wide character has somewhere to go.
    let room = width.saturating_sub(taken).max(2);
    let text = if max_lines == 1 {
        Cow::Owned(single_line(text))
    } else {
        Cow::Borrowed(text)
    };
    wrap(&text, room, max_lines)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let lead = if i == 0 { lead.clone() } else { rest.clone() };
            Line::from(vec![lead, Span::styled(part, style)])
        })
        .collect()
}

/// A bulleted item: the bullet on its first line, the lines after it lined up under its text.
pub fn bulleted(
    bullet: Span<'static>,
    text: &str,
    width: usize,
    max_lines: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let under = Span::raw(" ".repeat(bullet.width()));
    hanging(bullet, under, text, width, max_lines, style)
}

/// Text behind a gutter that leads every one of its lines.
pub fn guttered(
    gutter: &str,
    text: &str,
    width: usize,
    max_lines: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let gutter = Span::raw(gutter.to_string());
    hanging(gutter.clone(), gutter, text, width, max_lines, style)
}

#[cfg(test)]
mod tests;
