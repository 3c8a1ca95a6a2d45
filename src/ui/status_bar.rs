//! The bottom line: a message when there is one (on two lines when it needs them), otherwise
//! the keys that matter right now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::text::wrap;
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Celebrate,
    Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub tone: Tone,
}

/// The most lines a message takes; a longer one ends in "…" and is whole in the message log.
pub const MESSAGE_LINES: usize = 2;

/// A message as the status line shows it in `width` columns.
fn message_lines(message: &Message, width: u16) -> Vec<String> {
    let width = usize::from(width.saturating_sub(1)).max(1);
    wrap(&message.text, width, MESSAGE_LINES)
}

/// How many lines the status line needs for `message`.
pub fn height(message: Option<&Message>, width: u16) -> u16 {
    message.map_or(1, |m| {
        u16::try_from(message_lines(m, width).len().max(1)).unwrap_or(1)
    })
}

pub fn render(
    frame: &mut Frame,
    area: Rect,
    message: Option<&Message>,
    hints: &[(Scope, Command)],
    keymap: &Keymap,
    theme: &Theme,
) {
    let width = usize::from(area.width);
    let lines = match message {
        Some(m) => {
            let style = match m.tone {
                Tone::Info => theme.message,
                Tone::Celebrate => theme.celebrate,
                Tone::Problem => theme.error,
            };
            message_lines(m, area.width)
                .into_iter()
                .map(|line| Line::from(Span::styled(format!(" {line}"), style)))
                .collect()
        }
        None => vec![hint_line(hints, keymap, theme, width)],
    };
    frame.render_widget(Paragraph::new(lines), area);
}

/// Key hints, as many as fit, in the order given.
fn hint_line(
    hints: &[(Scope, Command)],
    keymap: &Keymap,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (scope, command) in hints {
        let Some(key) = keymap.short_label(*scope, *command) else {
            continue;
        };
        let hint = scoped_hint(*scope, *command);
        let cost = key.chars().count() + hint.chars().count() + 3;
        if used + cost > width {
            break;
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {hint}  "), theme.hint));
        used += cost;
    }
    Line::from(spans)
}

/// A command's hint, worded for the pane it is used in.
fn scoped_hint(scope: Scope, command: Command) -> &'static str {
    match (scope, command) {
        (Scope::Goals, Command::NextSection) => "more lists",
        (Scope::Goals, Command::AnswerPartly) => "maybe",
        (Scope::Review, Command::Add) => "this week",
        (Scope::Review, Command::Edit) => "write",
        (Scope::Review, Command::MakeGoal) => "step to goal",
        _ => command.hint(),
    }
}
