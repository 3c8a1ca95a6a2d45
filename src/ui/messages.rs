//! The last messages the status line showed, kept so that one that went by too fast (or was
//! too long for the line) can be read again whole.

use std::collections::VecDeque;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::status_bar::{Message, Tone};
use super::{centered, panel};
use crate::domain::text::wrap;
use crate::theme::Theme;

/// How many messages are kept.
pub const KEPT: usize = 30;

/// The messages said since bounce started, newest last.
#[derive(Debug, Default)]
pub struct Log(VecDeque<Message>);

impl Log {
    pub fn push(&mut self, message: Message) {
        // The same words again (a key pressed twice) are kept once.
        if self.0.back() == Some(&message) {
            return;
        }
        if self.0.len() == KEPT {
            self.0.pop_front();
        }
        self.0.push_back(message);
    }

    /// Newest first.
    pub fn newest_first(&self) -> Vec<Message> {
        self.0.iter().rev().cloned().collect()
    }
}

/// Draws the log over `area`, newest first, scrolled down by `scroll` lines.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    messages: &[Message],
    scroll: &mut u16,
    theme: &Theme,
) {
    let width = area.width.clamp(1, 90);
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    let lines = lines(messages, inner_width, theme);
    let content = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let height = content.saturating_add(2).min(area.height);
    let rect = centered(area, width, height);
    let visible = height.saturating_sub(2);
    *scroll = (*scroll).min(content.saturating_sub(visible));
    let title = if content > visible {
        " Last messages (j/k to scroll, any other key to close) "
    } else {
        " Last messages (any key to close) "
    };
    let block = panel(title, true, theme);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Paragraph::new(lines).scroll((*scroll, 0)),
        rect.inner(Margin::new(2, 1)),
    );
}

fn lines(messages: &[Message], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    if messages.is_empty() {
        return vec![Line::from(Span::styled(
            "Nothing has been said yet.",
            theme.muted,
        ))];
    }
    let mut out = Vec::new();
    for message in messages {
        let style = match message.tone {
            Tone::Info => theme.base,
            Tone::Celebrate => theme.celebrate,
            Tone::Problem => theme.error,
        };
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        for line in wrap(&message.text, width, usize::MAX) {
            out.push(Line::from(Span::styled(line, style)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str) -> Message {
        Message {
            text: text.into(),
            tone: Tone::Info,
        }
    }

    #[test]
    fn the_log_keeps_the_newest_and_each_repeat_once() {
        let mut log = Log::default();
        for i in 0..KEPT + 5 {
            log.push(said(&format!("message {i}")));
        }
        log.push(said("again"));
        log.push(said("again"));
        let shown = log.newest_first();
        assert_eq!(shown.len(), KEPT);
        assert_eq!(shown[0].text, "again");
        assert_eq!(shown[1].text, format!("message {}", KEPT + 4));
    }
}
