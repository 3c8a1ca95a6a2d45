//! Under the day's list, when the window has room: what was written on the days just before,
//! to reread. Only whole days are shown, newest first.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::GratitudeItem;
use crate::domain::dates::describe_day;
use crate::theme::Theme;
use crate::ui::gratitude::GratitudePane;
use crate::ui::wrap::bulleted;

/// How many earlier days are read for it.
pub const DAYS: i64 = 7;

/// Draws the earlier days that fit whole in `area`, if any do.
pub(super) fn render(pane: &GratitudePane, frame: &mut Frame, area: Rect, theme: &Theme) {
    let area = area.inner(Margin::new(1, 0));
    let width = usize::from(area.width.saturating_sub(1)).max(1);
    let room = usize::from(area.height);
    let mut lines = vec![
        Line::raw(""),
        Line::from(Span::styled("The days before", theme.muted)),
    ];
    let mut days = 0;
    for (date, items) in &pane.earlier {
        let day = day_lines(describe_day(*date, pane.today), items, width, theme);
        if lines.len() + day.len() > room {
            break;
        }
        lines.extend(day);
        days += 1;
    }
    if days > 0 {
        frame.render_widget(Paragraph::new(lines), area);
    }
}

fn day_lines(
    day: String,
    items: &[GratitudeItem],
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::raw(""), Line::from(Span::styled(day, theme.heading))];
    for item in items {
        let bullet = Span::styled("· ", theme.muted);
        lines.extend(bulleted(bullet, &item.text, width, 2, Style::default()));
    }
    lines
}
