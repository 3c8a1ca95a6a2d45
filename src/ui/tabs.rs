//! The tab bar along the top: one tab per pane, with its number key.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::action::PaneId;
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, current: PaneId, theme: &Theme) {
    let mut spans = vec![Span::styled(" bounce ", theme.heading)];
    for (n, pane) in PaneId::ALL.iter().enumerate() {
        let style = if *pane == current {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!(" {} {} ", n + 1, pane.title()), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
