//! The Review pane's charts: mood over the weeks as a line, and gratitude days and steps done
//! as bars. Shapes carry them (dots, lines and bars), so they read without colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Bar, BarChart, BarGroup, Chart, Dataset, GraphType, Paragraph};

use crate::domain::review::{Figures, Span as Periods, Tally};
use crate::theme::Theme;

/// A period's short name under a bar or on an axis: the ISO week's number, or the month.
pub fn period_label(span: Periods, tally: &Tally, wide: bool) -> String {
    match (span, wide) {
        (Periods::Weeks, true) => tally.period.from.format("%-d %b").to_string(),
        (Periods::Weeks, false) => format!(
            "{}",
            crate::domain::review::Week::of(tally.period.from).number()
        ),
        (Periods::Months, true) => tally.period.from.format("%b %Y").to_string(),
        (Periods::Months, false) => tally.period.from.format("%b").to_string(),
    }
}

/// A period's name under a bar `width` columns wide: a month keeps its three letters where
/// they fit, else its first (as calendars write them: J F M A ...).
fn bar_label(span: Periods, tally: &Tally, width: u16) -> String {
    let label = period_label(span, tally, width >= 6);
    match span {
        Periods::Months if width < 3 => label.chars().take(1).collect(),
        _ => label.chars().take(usize::from(width)).collect(),
    }
}

/// Each period's average mood, at its place along the window (periods with no mood left out).
fn mood_points(figures: &Figures) -> Vec<(f64, f64)> {
    figures
        .tallies
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((i as f64, t.mood?)))
        .collect()
}

/// Mood over the window: a line through each period's average, a dot on each.
pub fn mood(frame: &mut Frame, area: Rect, figures: &Figures, theme: &Theme) {
    let points = mood_points(figures);
    let last = figures.tallies.len().saturating_sub(1).max(1) as f64;
    let (Some(first), Some(end)) = (figures.tallies.first(), figures.tallies.last()) else {
        return;
    };
    let x_labels = vec![
        Span::styled(period_label(figures.span, first, true), theme.muted),
        Span::styled(period_label(figures.span, end, true), theme.muted),
    ];
    let y_labels = vec![
        Span::styled("1", theme.muted),
        Span::styled("3", theme.muted),
        Span::styled("5", theme.muted),
    ];
    let line = Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(theme.accent)
        .data(&points);
    let dots = Dataset::default()
        .marker(Marker::Dot)
        .graph_type(GraphType::Scatter)
        .style(theme.heading)
        .data(&points);
    let chart = Chart::new(vec![line, dots])
        .x_axis(
            Axis::default()
                .bounds([0.0, last])
                .labels(x_labels)
                .style(theme.muted),
        )
        .y_axis(
            Axis::default()
                .bounds([1.0, 5.0])
                .labels(y_labels)
                .style(theme.muted),
        );
    frame.render_widget(chart, area);
}

/// How wide each of `count` bars can be in `width` columns, with one column between them.
fn bar_width(width: u16, count: usize) -> u16 {
    let count = u16::try_from(count.max(1)).unwrap_or(u16::MAX);
    (width.saturating_add(1) / count)
        .saturating_sub(1)
        .clamp(1, 6)
}

/// One bar per period, its value written on it and the period named under it.
pub fn bars(
    frame: &mut Frame,
    area: Rect,
    figures: &Figures,
    value: impl Fn(&Tally) -> u32,
    theme: &Theme,
) {
    let width = bar_width(area.width, figures.tallies.len());
    let values: Vec<u32> = figures.tallies.iter().map(&value).collect();
    if values.iter().all(|v| *v == 0) {
        let text = format!("None yet in these {}.", figures.span.plural());
        let text = Line::from(Span::styled(text, theme.muted));
        frame.render_widget(Paragraph::new(text), area);
        return;
    }
    let bars: Vec<Bar> = figures
        .tallies
        .iter()
        .zip(&values)
        .map(|(tally, &n)| {
            let label = bar_label(figures.span, tally, width);
            // A value written on a bar two columns wide covers half of it: there the
            // totals in the title say it instead.
            let shown = if width < 3 || n == 0 {
                String::new()
            } else {
                n.to_string()
            };
            Bar::new(u64::from(n))
                .label(Line::from(label))
                .text_value(shown)
        })
        .collect();
    let chart = BarChart::default()
        .data(BarGroup::default().bars(&bars))
        .bar_width(width)
        .bar_gap(1)
        .bar_style(theme.accent)
        .value_style(theme.selected)
        .label_style(theme.muted);
    frame.render_widget(chart, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_bars_share_the_width_with_a_gap_each() {
        assert_eq!(bar_width(36, 12), 2);
        assert_eq!(bar_width(47, 12), 3);
        assert_eq!(bar_width(200, 12), 6);
        assert_eq!(bar_width(5, 12), 1);
    }
}
