//! Drawing a form: its intro, then its fields in rows (half-width ones paired), only those
//! around the focused field when the window is short.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Padding, Paragraph, Wrap};

use super::{Form, Input, shown_rows};
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;
use crate::ui::panel;

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
        // Each row of fields needs three lines (a border above and below its text); when the
        // window is too short for all of them, the intro goes first, then only the rows around
        // the focused field are shown, so that what is typed always stays in view.
        let needed = u16::try_from(rows.len() * 3).unwrap_or(u16::MAX);
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
        let shown = shown_rows(
            rows.len(),
            self.focus_row(&rows),
            usize::from(body.height / 3),
        );
        let rows = &rows[shown];
        let constraints: Vec<Constraint> = rows
            .iter()
            .map(|row| {
                if row
                    .iter()
                    .any(|&i| matches!(self.fields[i].input, Input::Text(_)))
                {
                    Constraint::Min(3)
                } else {
                    Constraint::Length(3)
                }
            })
            .collect();
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
                let hint = "  ←/→ to change";
                let room = usize::from(block.inner(area).width);
                if Line::from(spans.clone()).width() + hint.chars().count() <= room {
                    spans.push(Span::styled(hint, theme.muted));
                }
                let text = Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true });
                frame.render_widget(text.block(block), area);
            }
        }
    }
}
