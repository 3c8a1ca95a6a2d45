//! Drawing the Home pane: the layout of its panels, today's gratitude, the streak with its
//! activity chart, and the welcome of an empty journal.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Sparkline, Wrap};

use super::HomePane;
use super::panels;
use crate::assets;
use crate::domain::gratitude::DAILY_SUGGESTED;
use crate::domain::text::{truncate, wrap};
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;
use crate::ui::{RenderCtx, centered, panel};

/// Narrower than this, the side column gives way and each band is one panel.
const SIDE_BY_SIDE: u16 = 64;
/// At least this wide, the lower band holds its three panels in a row.
const THREE_ACROSS: u16 = 150;

pub fn render(pane: &mut HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if let Some(talk) = pane.talk.as_mut() {
        talk.form.render(frame, area, ctx.keymap, ctx.theme);
        return;
    }
    if pane.empty {
        render_welcome(frame, area, ctx);
        return;
    }
    let (top, goals, bottom) =
        band_heights(area.height, goals_wanted(pane, area.width, area.height));
    let [top_area, goals_area, bottom_area] = Layout::vertical([
        Constraint::Length(top),
        Constraint::Length(goals),
        Constraint::Length(bottom),
    ])
    .areas(area);
    let side = side_width(area.width);
    if side > 0 {
        let [today, streak] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(side)]).areas(top_area);
        render_today(pane, frame, today, ctx, false);
        render_streak(pane, frame, streak, ctx.theme);
    } else {
        render_today(pane, frame, top_area, ctx, true);
    }
    panels::render_goals(pane, frame, goals_area, ctx);
    render_lower_band(pane, frame, bottom_area, ctx, side);
}

/// The width of the right-hand column, or 0 when there is no room for one.
fn side_width(width: u16) -> u16 {
    if width < SIDE_BY_SIDE {
        0
    } else {
        (width * 2 / 5).clamp(30, 60)
    }
}

/// Rows for the goals panel: each goal's two lines and a blank one, and its why too when
/// the screen is tall.
fn goals_wanted(pane: &HomePane, width: u16, height: u16) -> u16 {
    if pane.goals.is_empty() {
        // One line of invitation, two where it wraps.
        return if width >= 80 { 3 } else { 4 };
    }
    let per_goal = if height >= 30 { 4 } else { 3 };
    let count = u16::try_from(pane.goals.len()).unwrap_or(u16::MAX);
    count.saturating_mul(per_goal).saturating_add(2)
}

/// The heights of the three bands: today, goals, and the lower band, which takes the rest.
fn band_heights(height: u16, goals_wanted: u16) -> (u16, u16, u16) {
    let (top, lower) = if height >= 30 { (9, 12) } else { (6, 8) };
    let room = height.saturating_sub(top + lower).max(4);
    let goals = goals_wanted.clamp(3, room);
    (top, goals, height.saturating_sub(top + goals))
}

fn render_lower_band(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx, side: u16) {
    if area.height < 3 {
        return;
    }
    if area.width >= THREE_ACROSS {
        let [setbacks, causes, checkin] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(side),
            Constraint::Length(side),
        ])
        .areas(area);
        panels::render_setbacks(pane, frame, setbacks, ctx);
        render_causes_or_support(pane, frame, causes, ctx);
        panels::render_checkin(pane, frame, checkin, ctx);
    } else if side > 0 {
        let [setbacks, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(side)]).areas(area);
        let causes_height = match (pane.low, right.height >= 8) {
            (true, _) => right.height.saturating_sub(4).max(right.height.min(8)),
            (false, true) => 5,
            (false, false) => right.height,
        };
        let [causes, checkin] =
            Layout::vertical([Constraint::Length(causes_height), Constraint::Fill(1)]).areas(right);
        panels::render_setbacks(pane, frame, setbacks, ctx);
        render_causes_or_support(pane, frame, causes, ctx);
        panels::render_checkin(pane, frame, checkin, ctx);
    } else if pane.low {
        super::support::render(pane, frame, area, ctx);
    } else {
        panels::render_setbacks(pane, frame, area, ctx);
    }
}

/// After a run of low days the support panel takes the place of the causes.
fn render_causes_or_support(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if pane.low {
        super::support::render(pane, frame, area, ctx);
    } else {
        panels::render_causes(pane, frame, area, ctx);
    }
}

/// A line from a template with `{key}` in it, the key drawn as a key.
pub fn with_key(template: &str, key: &str, style: Style, theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut parts = template.split("{key}").peekable();
    while let Some(part) = parts.next() {
        spans.push(Span::styled(part.to_string(), style));
        if parts.peek().is_some() {
            spans.push(Span::styled(key.to_string(), theme.key));
        }
    }
    Line::from(spans)
}

pub fn key_of(keymap: &Keymap, scope: Scope, command: Command) -> String {
    keymap.short_label(scope, command).unwrap_or_default()
}

fn today_title(pane: &HomePane, compact: bool) -> String {
    let n = pane.gratitude.len();
    let count = if n < DAILY_SUGGESTED {
        format!("{n} of {DAILY_SUGGESTED}")
    } else {
        format!("{n} things")
    };
    let date = crate::domain::dates::detail_date(pane.today);
    if compact && pane.streak.days > 0 {
        format!(" Today · {count} · run {} ", pane.streak.days)
    } else {
        format!(" Today, {date} · {count} ")
    }
}

fn render_today(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx, compact: bool) {
    let theme = ctx.theme;
    let title = Span::styled(today_title(pane, compact), theme.heading);
    let mut block = panel(title, false, theme).padding(Padding::horizontal(1));
    if let Some(line) = memory_line(pane, usize::from(area.width.saturating_sub(4))) {
        block = block.title_bottom(Span::styled(line, theme.muted));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let key = key_of(ctx.keymap, Scope::Home, Command::AddGratitude);
    let width = usize::from(inner.width);
    let due = pane
        .due
        .as_ref()
        .map(|d| super::due::lines(d, width, ctx.keymap, theme))
        .unwrap_or_default();
    let rows = usize::from(inner.height).saturating_sub(due.len());
    let mut lines = if pane.gratitude.is_empty() {
        let seed = u64::try_from(pane.today.num_days_from_ce()).unwrap_or(0);
        let prompt = assets::pick(&assets::gratitude().prompts, seed);
        let mut lines = wrapped(prompt, width, theme.accent);
        lines.push(with_key(
            &assets::home().today.empty,
            &key,
            theme.muted,
            theme,
        ));
        lines
    } else {
        today_items(pane, rows, width, &key, theme)
    };
    if lines.len() + 3 <= rows {
        lines.extend(day_lines(pane, width, theme));
    }
    let lines: Vec<Line> = due.into_iter().chain(lines).collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// "A year ago today: “…”", under today's gratitude.
fn memory_line(pane: &HomePane, width: usize) -> Option<String> {
    let (day, text) = pane.memory.as_ref()?;
    let when = crate::domain::dates::months_ago(*day, pane.today);
    let text = crate::domain::text::single_line(text);
    let line = format!(" {when} today: “{text}” ");
    let line = truncate(&line, width);
    // A cut quote still closes, so it reads as a quote.
    Some(if line.ends_with('…') {
        format!("{line}” ")
    } else {
        line
    })
}

/// Today's items, then a nudge towards three or a kind word when there is a row for it.
fn today_items(
    pane: &HomePane,
    rows: usize,
    width: usize,
    key: &str,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let n = pane.gratitude.len();
    let shown = if n <= rows { n } else { rows.saturating_sub(1) };
    let mut lines: Vec<Line> = pane
        .gratitude
        .iter()
        .take(shown)
        .enumerate()
        .map(|(i, item)| {
            Line::from(vec![
                Span::styled(format!("{:>2}. ", i + 1), theme.muted),
                Span::raw(truncate(&item.text, width.saturating_sub(4))),
            ])
        })
        .collect();
    if shown < n {
        lines.push(Line::from(Span::styled(
            format!("    and {} more in Gratitude", n - shown),
            theme.muted,
        )));
    } else if lines.len() < rows && n < DAILY_SUGGESTED {
        lines.push(with_key(
            &assets::home().today.more,
            key,
            theme.muted,
            theme,
        ));
    } else if lines.len() < rows {
        let seed = u64::try_from(pane.today.num_days_from_ce()).unwrap_or(0);
        let kind = assets::pick(&assets::gratitude().day_complete, seed).to_string();
        lines.push(Line::from(Span::styled(kind, theme.celebrate)));
    }
    lines
}

/// Today's note and mood, after a blank line, when either is set.
fn day_lines(pane: &HomePane, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let Some(day) = pane.day.as_ref() else {
        return Vec::new();
    };
    let mut lines = vec![Line::raw("")];
    if !day.note.trim().is_empty() {
        let note = crate::domain::text::single_line(&day.note);
        lines.extend(wrapped(&note, width, theme.base));
    }
    if let Some(mood) = day.mood {
        lines.push(Line::from(vec![
            Span::styled("Mood: ", theme.muted),
            Span::styled(mood.label().to_string(), theme.mood),
        ]));
    }
    if lines.len() == 1 { Vec::new() } else { lines }
}

/// The streak in words, as the Gratitude pane says it, wrapped to `width`.
fn streak_lines(pane: &HomePane, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let words = assets::gratitude();
    let streak = pane.streak;
    if streak.days == 0 {
        return wrapped(&words.streak_none, width, theme.muted);
    }
    let days = match streak.days {
        1 => "1 day".to_string(),
        n => format!("{n} days"),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(days, theme.celebrate),
        Span::raw(" in this run"),
    ])];
    if streak.resting_now && !streak.today_done {
        lines.extend(wrapped(&words.streak_resting, width, theme.muted));
    } else if streak.rest_days > 0 {
        let rests = match streak.rest_days {
            1 => "1 rest day".to_string(),
            n => format!("{n} rest days"),
        };
        lines.extend(wrapped(
            &format!("with {rests} along the way"),
            width,
            theme.muted,
        ));
    }
    lines
}

/// Text wrapped to `width`, one line per row, in one style.
fn wrapped(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width, usize::MAX)
        .into_iter()
        .map(|line| Line::from(Span::styled(line, style)))
        .collect()
}

/// How many days the chart shows in `width` columns: whole weeks when there is room.
fn chart_days(width: u16, available: usize) -> usize {
    let width = usize::from(width).min(available);
    if width >= 7 { width / 7 * 7 } else { width }
}

fn chart_caption(days: usize) -> String {
    match days {
        0 => String::new(),
        d if d % 7 == 0 && d > 7 => format!(" last {} weeks ", d / 7),
        7 => " last week ".to_string(),
        d => format!(" last {d} days "),
    }
}

fn render_streak(pane: &HomePane, frame: &mut Frame, area: Rect, theme: &Theme) {
    let inner_width = area.width.saturating_sub(4);
    let days = chart_days(inner_width, pane.activity.len());
    let block = panel(Span::styled(" Streak ", theme.heading), false, theme)
        .title_bottom(Span::styled(chart_caption(days), theme.muted))
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let text = streak_lines(pane, usize::from(inner.width), theme);
    let text_rows = u16::try_from(text.len()).unwrap_or(u16::MAX);
    let chart_rows = inner.height.saturating_sub(text_rows + 1).clamp(1, 3);
    let [words, chart] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(chart_rows)]).areas(inner);
    frame.render_widget(Paragraph::new(text), words);
    render_chart(pane, frame, chart, days, theme);
}

/// One bar per day, today on the right; a dot marks a day with nothing.
fn render_chart(pane: &HomePane, frame: &mut Frame, area: Rect, days: usize, theme: &Theme) {
    let data = &pane.activity[pane.activity.len().saturating_sub(days)..];
    let width = u16::try_from(data.len()).unwrap_or(0).min(area.width);
    let [chart] = Layout::horizontal([Constraint::Length(width)])
        .flex(ratatui::layout::Flex::End)
        .areas(area);
    frame.render_widget(Sparkline::default().data(data).style(theme.accent), chart);
    if chart.height == 0 {
        return;
    }
    let bottom = chart.bottom() - 1;
    let buffer = frame.buffer_mut();
    for (x, n) in (chart.left()..chart.right()).zip(data) {
        if *n == 0 {
            buffer[(x, bottom)].set_symbol("·").set_style(theme.muted);
        }
    }
}

/// An empty journal: a short welcome and the three easiest first things.
fn render_welcome(frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let words = &assets::home().welcome;
    let firsts = [
        (Scope::Home, Command::AddGratitude, &words.gratitude),
        (Scope::Global, Command::GoDebrief, &words.setback),
        (Scope::Global, Command::GoGoals, &words.goal),
    ];
    let width = area.width.min(72);
    let text_width = usize::from(width.saturating_sub(6)).max(1);
    let mut lines = vec![
        Line::from(Span::styled(words.title.clone(), theme.heading)),
        Line::raw(""),
    ];
    lines.extend(wrapped(&words.intro, text_width, theme.base));
    lines.push(Line::raw(""));
    for (scope, command, what) in firsts {
        let key = key_of(ctx.keymap, scope, command);
        lines.push(Line::from(vec![
            Span::styled(format!("  {key:>5}  "), theme.key),
            Span::styled(truncate(what, text_width.saturating_sub(9)), theme.base),
        ]));
    }
    lines.push(Line::raw(""));
    lines.extend(wrapped(&words.outro, text_width, theme.muted));
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let rect = centered(area, width, height.saturating_add(4));
    let block = panel(Span::styled(" Home ", theme.heading), true, theme);
    let inner = block.inner(rect).inner(Margin::new(2, 1));
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), inner);
}
