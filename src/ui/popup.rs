//! Modal popups: a yes/no question, the mood picker and the help overlay. While one is open
//! it takes every key.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{centered, help, panel};
use crate::action::Action;
use crate::action::Write;
use crate::domain::Mood;
use crate::keymap::{Keymap, Scope};
use crate::theme::Theme;

#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Confirm {
        question: String,
        on_yes: Box<Action>,
    },
    Mood {
        date: NaiveDate,
        current: Option<Mood>,
    },
    Help {
        scopes: Vec<Scope>,
        title: String,
        scroll: u16,
    },
    /// The last messages of the status line, newest first.
    Messages {
        messages: Vec<super::status_bar::Message>,
        scroll: u16,
    },
    /// Something the person should know, such as a config file that could not be used.
    /// Any key closes it.
    Notice { title: String, text: String },
    /// A finished goal: a headline, then lines about the reward and the journey. Any key
    /// closes it.
    Celebration {
        title: String,
        headline: String,
        lines: Vec<String>,
    },
}

/// What a key did to a popup.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Keep,
    Close,
    Run(Action),
}

impl Popup {
    pub fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Outcome {
        match self {
            Popup::Confirm { on_yes, .. } => match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Outcome::Run((**on_yes).clone()),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Outcome::Close,
                _ => Outcome::Keep,
            },
            Popup::Mood { date, current } => match key.code {
                KeyCode::Char(c @ '1'..='5') => Outcome::Run(Action::Write(Write::SetMood {
                    date: *date,
                    mood: Mood::new(i64::from(c as u8 - b'0')).ok(),
                })),
                KeyCode::Char('0' | 'x') | KeyCode::Backspace | KeyCode::Delete
                    if current.is_some() =>
                {
                    Outcome::Run(Action::Write(Write::SetMood {
                        date: *date,
                        mood: None,
                    }))
                }
                KeyCode::Esc | KeyCode::Char('q') => Outcome::Close,
                _ => Outcome::Keep,
            },
            Popup::Celebration { .. } | Popup::Notice { .. } => Outcome::Close,
            Popup::Messages { scroll, .. } => match key.code {
                KeyCode::Down | KeyCode::Char('j') => {
                    *scroll = scroll.saturating_add(1);
                    Outcome::Keep
                }
                KeyCode::Up | KeyCode::Char('k') => {
                    *scroll = scroll.saturating_sub(1);
                    Outcome::Keep
                }
                _ => Outcome::Close,
            },
            Popup::Help { scroll, .. } => {
                let help_key =
                    keymap.lookup(Scope::Global, &key) == Some(crate::keymap::Command::Help);
                match key.code {
                    KeyCode::Down | KeyCode::Char('j') => {
                        *scroll = scroll.saturating_add(1);
                        Outcome::Keep
                    }
                    KeyCode::Up | KeyCode::Char('k') => {
                        *scroll = scroll.saturating_sub(1);
                        Outcome::Keep
                    }
                    KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => Outcome::Close,
                    _ if help_key => Outcome::Close,
                    _ => Outcome::Keep,
                }
            }
        }
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, keymap: &Keymap, theme: &Theme) {
        match self {
            Popup::Confirm { question, .. } => render_confirm(frame, area, question, theme),
            Popup::Mood { current, .. } => render_mood(frame, area, *current, theme),
            Popup::Help {
                scopes,
                title,
                scroll,
            } => help::render(frame, area, scopes, title, scroll, keymap, theme),
            Popup::Messages { messages, scroll } => {
                super::messages::render(frame, area, messages, scroll, theme);
            }
            Popup::Celebration {
                title,
                headline,
                lines,
            } => render_celebration(frame, area, title, headline, lines, theme),
            Popup::Notice { title, text } => render_notice(frame, area, title, text, theme),
        }
    }
}

fn render_confirm(frame: &mut Frame, area: Rect, question: &str, theme: &Theme) {
    let width = area.width.clamp(1, 56);
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    let lines = crate::domain::text::wrap(question, inner_width, 4);
    let height = u16::try_from(lines.len()).unwrap_or(4) + 4;
    let rect = centered(area, width, height);
    let block = panel(" Are you sure? ", true, theme);
    let inner = block.inner(rect);
    let mut text: Vec<Line> = lines.into_iter().map(Line::raw).collect();
    text.push(Line::raw(""));
    text.push(Line::from(vec![
        Span::styled("y", theme.key),
        Span::raw(" yes    "),
        Span::styled("n", theme.key),
        Span::raw(" no"),
    ]));
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Paragraph::new(text).alignment(Alignment::Center),
        inner.inner(ratatui::layout::Margin::new(1, 0)),
    );
}

fn render_notice(frame: &mut Frame, area: Rect, title: &str, text: &str, theme: &Theme) {
    let width = area.width.clamp(1, 64);
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    let mut lines: Vec<Line> = crate::domain::text::wrap(text, inner_width, 12)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::from(Span::styled(
        "Press any key to go on.",
        theme.muted,
    )));
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centered(area, width, height);
    let block = panel(format!(" {title} "), true, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Paragraph::new(lines),
        inner.inner(ratatui::layout::Margin::new(1, 0)),
    );
}

fn render_celebration(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    headline: &str,
    lines: &[String],
    theme: &Theme,
) {
    let width = area.width.clamp(1, 64);
    let inner_width = usize::from(width.saturating_sub(6)).max(1);
    let mut text = vec![
        Line::raw(""),
        Line::from(Span::styled(format!("✦  {headline}  ✦"), theme.celebrate)),
        Line::raw(""),
    ];
    for wrapped in crate::domain::text::wrap(title, inner_width, 2) {
        text.push(Line::from(Span::styled(wrapped, theme.heading)));
    }
    text.push(Line::raw(""));
    for line in lines {
        if line.is_empty() {
            text.push(Line::raw(""));
        }
        for wrapped in crate::domain::text::wrap(line, inner_width, 3) {
            text.push(Line::from(Span::styled(wrapped, theme.base)));
        }
    }
    text.push(Line::raw(""));
    text.push(Line::from(Span::styled(
        "Press any key to go on.",
        theme.muted,
    )));
    let height = u16::try_from(text.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centered(area, width, height);
    let block = panel(" Goal finished ", true, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Paragraph::new(text).alignment(Alignment::Center),
        inner.inner(ratatui::layout::Margin::new(2, 0)),
    );
}

fn render_mood(frame: &mut Frame, area: Rect, current: Option<Mood>, theme: &Theme) {
    let rect = centered(area, 36, 11);
    let block = panel(" How are you feeling? ", true, theme);
    let inner = block.inner(rect);
    let mut text = Vec::new();
    for (i, label) in Mood::LABELS.iter().enumerate().rev() {
        let n = i + 1;
        let chosen = current.is_some_and(|m| usize::from(m.value()) == n);
        let marker = if chosen { "●" } else { " " };
        text.push(Line::from(vec![
            Span::styled(format!(" {n} "), theme.key),
            Span::styled(
                format!("{marker} {label}"),
                if chosen { theme.mood } else { theme.base },
            ),
        ]));
    }
    text.push(Line::raw(""));
    if current.is_some() {
        text.push(Line::from(vec![
            Span::styled(" 0 ", theme.key),
            Span::raw("  clear the mood"),
        ]));
    }
    text.push(Line::from(vec![
        Span::styled(" Esc ", theme.key),
        Span::raw("leave it as it is"),
    ]));
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
}
