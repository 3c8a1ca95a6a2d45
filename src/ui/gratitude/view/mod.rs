//! Drawing the Gratitude pane: the day's list, the input line, the note, and beside them the
//! calendar and the streak when there is room.

mod day;
mod earlier;

pub use earlier::DAYS as EARLIER_DAYS;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, Weekday};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Wrap};

use super::GratitudePane;
use crate::assets;
use crate::theme::Theme;
use crate::ui::{RenderCtx, centered, panel};
use day::render_main;

/// Width of the calendar and streak column.
const SIDE_WIDTH: u16 = 27;
/// The calendar's height with its border: month, weekdays, six weeks.
const CALENDAR_HEIGHT: u16 = 10;

pub fn render(pane: &mut GratitudePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let wide = area.width >= 64 && area.height >= CALENDAR_HEIGHT + 4;
    let (main, side) = if wide {
        let [main, side] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(SIDE_WIDTH)]).areas(area);
        (main, Some(side))
    } else {
        (area, None)
    };
    render_main(pane, frame, main, ctx, side.is_none());
    if let Some(side) = side {
        let [calendar, stats] =
            Layout::vertical([Constraint::Length(CALENDAR_HEIGHT), Constraint::Fill(1)])
                .areas(side);
        render_calendar(pane, frame, calendar, ctx);
        render_stats(pane, frame, stats, ctx.theme);
    }
}

/// Marks days with items, today, and the day on screen.
struct Marks<'a> {
    entries: &'a HashSet<NaiveDate>,
    today: NaiveDate,
    shown: NaiveDate,
    theme: &'a Theme,
}

impl Marks<'_> {
    fn style(&self, day: NaiveDate) -> Style {
        let mut style = self.theme.base;
        if self.entries.contains(&day) {
            style = style.patch(self.theme.calendar_entry);
        }
        if day == self.today {
            style = style.patch(self.theme.calendar_today);
        }
        if day == self.shown {
            style = style.patch(self.theme.calendar_shown);
        }
        style
    }
}

/// Width of the month grid: seven columns of three.
const MONTH_WIDTH: u16 = 21;

/// The month of `marks.shown` as lines: its name, the weekdays from `week_start`, and a
/// row per week.
fn month_lines(marks: &Marks, week_start: Weekday) -> Vec<Line<'static>> {
    let theme = marks.theme;
    let first = marks.shown.with_day(1).unwrap_or(marks.shown);
    let title = first.format("%B %Y").to_string();
    let mut lines = vec![
        Line::from(Span::styled(format!("{title:^21}"), theme.heading)),
        Line::from(Span::styled(
            (0..7)
                .map(|i| {
                    let day = week_start_plus(week_start, i);
                    format!(" {}", &day.to_string()[..2])
                })
                .collect::<String>(),
            theme.muted,
        )),
    ];
    let lead = first.weekday().days_since(week_start) as usize;
    let mut spans: Vec<Span> = vec![Span::raw("   ".repeat(lead))];
    let mut day = first;
    while day.month() == first.month() {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!("{:>2}", day.day()), marks.style(day)));
        if day.weekday() == week_end(week_start) {
            lines.push(Line::from(std::mem::take(&mut spans)));
        }
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

fn week_start_plus(start: Weekday, days: u8) -> Weekday {
    (0..days).fold(start, |d, _| d.succ())
}

fn week_end(start: Weekday) -> Weekday {
    start.pred()
}

fn render_calendar(pane: &GratitudePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let block = panel(" Calendar ", false, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let marks = Marks {
        entries: &pane.marked,
        today: pane.today,
        shown: pane.date,
        theme,
    };
    let lines = month_lines(&marks, ctx.week_start);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    if inner.height >= height && inner.width >= MONTH_WIDTH {
        frame.render_widget(
            Paragraph::new(lines),
            centered(inner, MONTH_WIDTH, inner.height),
        );
    }
}

fn render_stats(pane: &GratitudePane, frame: &mut Frame, area: Rect, theme: &Theme) {
    let words = assets::gratitude();
    let streak = pane.streak;
    let mut lines = Vec::new();
    if streak.days == 0 {
        lines.push(Line::from(Span::styled(
            words.streak_none.clone(),
            theme.muted,
        )));
    } else {
        let days = if streak.days == 1 {
            "1 day".to_string()
        } else {
            format!("{} days", streak.days)
        };
        lines.push(Line::from(vec![
            Span::styled(days, theme.celebrate),
            Span::raw(" in this run"),
        ]));
        if streak.rest_days > 0 {
            let rests = if streak.rest_days == 1 {
                "1 rest day".to_string()
            } else {
                format!("{} rest days", streak.rest_days)
            };
            lines.push(Line::from(Span::styled(
                format!("with {rests} along the way"),
                theme.muted,
            )));
        }
        if streak.resting_now && !streak.today_done {
            lines.push(Line::from(Span::styled(
                words.streak_resting.clone(),
                theme.muted,
            )));
        }
    }
    let total = match pane.days_with_gratitude {
        0 => None,
        1 => Some("1 day with gratitude".to_string()),
        n => Some(format!("{n} days with gratitude")),
    };
    if let Some(total) = total {
        lines.push(Line::raw(""));
        lines.push(Line::from(Span::styled(total, theme.base)));
    }
    lines.push(Line::raw(""));
    lines.push(mood_line(pane, theme));
    let block = panel(" Streak ", false, theme).padding(Padding::left(1));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        area,
    );
}

fn mood_line(pane: &GratitudePane, theme: &Theme) -> Line<'static> {
    match pane.day.as_ref().and_then(|d| d.mood) {
        Some(mood) => {
            let n = usize::from(mood.value());
            Line::from(vec![
                Span::raw("Mood "),
                Span::styled("●".repeat(n), theme.mood),
                Span::styled("○".repeat(5 - n), theme.muted),
                Span::raw(format!(" {}", mood.label())),
            ])
        }
        None => Line::from(Span::styled("No mood set yet", theme.muted)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(week_start: Weekday) -> Vec<String> {
        let theme = Theme::plain();
        let entries = HashSet::new();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let marks = Marks {
            entries: &entries,
            today: day,
            shown: day,
            theme: &theme,
        };
        month_lines(&marks, week_start)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn the_month_starts_on_the_chosen_weekday() {
        let monday = rows(Weekday::Mon);
        assert_eq!(monday[1], " Mo Tu We Th Fr Sa Su");
        assert_eq!(monday[2], "                    1");
        assert_eq!(monday[7], " 30");
        let sunday = rows(Weekday::Sun);
        assert_eq!(sunday[1], " Su Mo Tu We Th Fr Sa");
        assert_eq!(sunday[2], "  1  2  3  4  5  6  7");
        assert_eq!(sunday[6], " 29 30");
        assert_eq!(sunday.len(), 7);
    }
}
