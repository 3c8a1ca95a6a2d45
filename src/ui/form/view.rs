//! Drawing a form: its intro, then its fields in rows (half-width ones paired), only those
//! around the focused field when the window is short. A choice with hints shows the current
//! option's hint under it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Padding, Paragraph, Wrap};

use std::ops::Range;

use super::{Form, Input, shown_rows};
use crate::domain::text::wrap;
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;
use crate::ui::panel;

/// The most lines a choice's hint takes under it.
const HINT_LINES: usize = 3;

impl Form {
    pub fn render(&mut self, frame: &mut Frame, area: Rect, keymap: &Keymap, theme: &Theme) {
        let title = format!(
            " {} · Tab next field · {} saves · {} closes ",
            self.title,
            keymap.key_name(Scope::Editor, Command::Save),
            keymap.key_name(Scope::Editor, Command::Cancel),
        );
        let block = panel(title, true, theme);
        let inner = block.inner(area);
        frame.render_widget(Clear, area);
        frame.render_widget(block, area);
        let rows = self.rows();
        // Each row of fields needs three lines (a border above and below its text), and a
        // choice's hint its own; when the window is too short for all of them, the hints go
        // first, then the intro, then only the rows around the focused field are shown, so
        // that what is typed always stays in view.
        let mut heights = self.row_heights(&rows, inner.width, true);
        if heights.iter().sum::<u16>() > inner.height {
            heights = self.row_heights(&rows, inner.width, false);
        }
        let needed = heights.iter().sum::<u16>();
        let intro_height = if self.intro.is_empty() || inner.height < needed.saturating_add(2) {
            0
        } else {
            2
        };
        let [intro, body] =
            Layout::vertical([Constraint::Length(intro_height), Constraint::Fill(1)]).areas(inner);
        if intro_height > 0 {
            let words = keymap.fill(&self.intro).into_owned();
            let text = Paragraph::new(Span::styled(words, theme.muted))
                .wrap(Wrap { trim: true })
                .block(ratatui::widgets::Block::new().padding(Padding::horizontal(1)));
            frame.render_widget(text, intro);
        }
        let shown = fitting(&heights, self.focus_row(&rows), body.height);
        let constraints: Vec<Constraint> = rows[shown.clone()]
            .iter()
            .zip(&heights[shown.clone()])
            .map(|(row, &height)| {
                if row
                    .iter()
                    .any(|&i| matches!(self.fields[i].input, Input::Text(_)))
                {
                    Constraint::Min(height)
                } else {
                    Constraint::Length(height)
                }
            })
            .collect();
        let rows = &rows[shown];
        let areas = Layout::vertical(constraints).split(body);
        for (row, row_area) in rows.iter().zip(areas.iter()) {
            let cells = Layout::horizontal(vec![Constraint::Fill(1); row.len()]).split(*row_area);
            for (&index, cell) in row.iter().zip(cells.iter()) {
                self.render_field(frame, index, *cell, theme);
            }
        }
    }

    /// The row holding the focused field.
    fn focus_row(&self, rows: &[Vec<usize>]) -> usize {
        rows.iter()
            .position(|row| row.contains(&self.focus))
            .unwrap_or(0)
    }

    /// Each row's height in `width` columns: three lines, and the lines of the longest hint
    /// of a choice in it when `hints` (the same for every option, so nothing jumps as the
    /// choice moves).
    fn row_heights(&self, rows: &[Vec<usize>], width: u16, hints: bool) -> Vec<u16> {
        rows.iter()
            .map(|row| {
                let cell = usize::from(width) / row.len().max(1);
                let room = cell.saturating_sub(4);
                let longest = row
                    .iter()
                    .flat_map(|&i| &self.fields[i].hints)
                    .filter(|_| hints)
                    .map(|hint| wrap(hint, room, HINT_LINES).len())
                    .max()
                    .unwrap_or(0);
                3 + u16::try_from(longest).unwrap_or(0)
            })
            .collect()
    }

    /// Field indexes grouped into rows: half-width fields pair up.
    pub(super) fn rows(&self) -> Vec<Vec<usize>> {
        let mut rows: Vec<Vec<usize>> = Vec::new();
        let mut pairing = false;
        for (i, field) in self.fields.iter().enumerate() {
            match rows.last_mut() {
                Some(row) if pairing => row.push(i),
                _ => rows.push(vec![i]),
            }
            pairing = field.half && !pairing;
        }
        rows
    }

    fn render_field(&mut self, frame: &mut Frame, index: usize, area: Rect, theme: &Theme) {
        let focused = index == self.focus;
        let field = &mut self.fields[index];
        // The focused field is marked in words too, for screens without colour.
        let label = if focused {
            format!(" ▸ {} ", field.label)
        } else {
            format!(" {} ", field.label)
        };
        let block = panel(label, focused, theme).padding(Padding::horizontal(1));
        match &mut field.input {
            Input::Line(editor) | Input::Text(editor) => editor.render(frame, area, block, theme),
            Input::Choice { options, selected } => {
                let current = options.get(*selected).cloned().unwrap_or_default();
                let mut spans = vec![
                    Span::styled("‹ ", theme.key),
                    Span::styled(current, if focused { theme.selected } else { theme.base }),
                    Span::styled(" ›", theme.key),
                ];
                // A long option keeps its words; the reminder of the keys gives way.
                let reminder = "  ←/→ to change";
                let room = usize::from(block.inner(area).width);
                if Line::from(spans.clone()).width() + reminder.chars().count() <= room {
                    spans.push(Span::styled(reminder, theme.muted));
                }
                let lines = usize::from(block.inner(area).height).saturating_sub(1);
                let hint = field.hints.get(*selected).map_or("", String::as_str);
                let mut text = vec![Line::from(spans)];
                text.extend(
                    wrap(hint, room, lines)
                        .into_iter()
                        .map(|l| Line::from(Span::styled(l, theme.base))),
                );
                frame.render_widget(
                    Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
                    area,
                );
            }
        }
    }
}

/// The rows to show when only `room` lines fit: the most rows around the focused one whose
/// heights fit, and at least that one.
fn fitting(heights: &[u16], focus: usize, room: u16) -> Range<usize> {
    let count = heights.len();
    (1..=count)
        .rev()
        .map(|fit| shown_rows(count, focus, fit))
        .find(|shown| heights[shown.clone()].iter().sum::<u16>() <= room)
        .unwrap_or_else(|| shown_rows(count, focus, 0))
}
