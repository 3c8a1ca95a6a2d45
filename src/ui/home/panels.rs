//! Home's panels below today: the active goals with their progress and next step, recent
//! setbacks and their causes, the causes counted, and the latest check-in.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, Padding, Paragraph};

use super::HomePane;
use super::view::{key_of, with_key};
use crate::assets;
use crate::domain::dates::list_date;
use crate::domain::goal::Goal;
use crate::domain::root_cause::{Cause, NOT_DECIDED};
use crate::domain::text::{truncate, wrap};
use crate::keymap::{Command, Scope};
use crate::theme::Theme;
use crate::ui::{RenderCtx, panel, selectable_list};

/// A bar `width` cells long, filled to `share`.
fn bar(share: f64, width: usize) -> String {
    let filled = ((share.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Columns a text takes on screen.
fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// A panel's empty state: a gentle line naming the key that helps, or only its first
/// sentence when the whole does not fit.
fn render_empty(frame: &mut Frame, area: Rect, template: &str, key: &str, theme: &Theme) {
    let width = usize::from(area.width).max(1);
    let mut text = wrap(template, width, usize::MAX);
    if text.len() > usize::from(area.height) {
        let first = template.split_inclusive(". ").next().unwrap_or(template);
        text = wrap(first.trim_end(), width, usize::from(area.height));
    }
    let lines: Vec<Line> = text
        .iter()
        .map(|line| with_key(line, key, theme.muted, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn render_goals(pane: &mut HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let title = match pane.goals.len() {
        0 => " Goals ".to_string(),
        n => format!(" Active goals · {n} "),
    };
    let mut block = panel(Span::styled(title, theme.heading), true, theme);
    if let Some(line) = reach_out(pane, usize::from(area.width.saturating_sub(4))) {
        block = block.title_bottom(Span::styled(line, theme.muted));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if pane.goals.is_empty() {
        let key = key_of(ctx.keymap, Scope::Global, Command::GoGoals);
        let area = inner.inner(ratatui::layout::Margin::new(1, 0));
        render_empty(frame, area, &assets::home().empty.goals, &key, theme);
        return;
    }
    let count = pane.goals.len();
    let fits = |rows: usize| usize::from(inner.height) >= count * rows;
    let detail = if fits(4) {
        Detail::WhyAndSpace
    } else if fits(3) {
        Detail::Space
    } else {
        Detail::Plain
    };
    // The highlight symbol takes two columns and one more keeps off the border.
    let width = usize::from(inner.width.saturating_sub(3));
    let items: Vec<ListItem> = pane
        .goals
        .iter()
        .map(|goal| goal_item(goal, width, detail, pane.today, theme))
        .collect();
    let heights = crate::ui::item_heights(&items);
    let list = selectable_list(items, true, theme);
    frame.render_stateful_widget(list, inner, &mut pane.list);
    pane.goals_page
        .note(&heights, pane.list.offset(), inner.height);
    ctx.clicks.add("goals", inner, heights, pane.list.offset());
}

/// How much of each goal the panel has room for.
#[derive(Clone, Copy, PartialEq)]
enum Detail {
    Plain,
    Space,
    WhyAndSpace,
}

/// A goal in two lines, its title and target, then its progress and next step; with its
/// why and a blank line after when there is room.
fn goal_item(
    goal: &Goal,
    width: usize,
    detail: Detail,
    today: chrono::NaiveDate,
    theme: &Theme,
) -> ListItem<'static> {
    let status = goal.target_status(today);
    let when = status.describe();
    let when_style = if status.is_overdue() {
        theme.warning
    } else {
        theme.muted
    };
    let title_width = width.saturating_sub(columns(&when) + 2);
    let title = truncate(&goal.title, title_width);
    let gap = width
        .saturating_sub(columns(&title) + columns(&when))
        .max(1);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(title, theme.heading),
            Span::raw(" ".repeat(gap)),
            Span::styled(when, when_style),
        ]),
        progress_line(goal, width, theme),
    ];
    if detail == Detail::WhyAndSpace && !goal.why.trim().is_empty() {
        let why = crate::domain::text::single_line(&goal.why);
        lines.push(Line::from(Span::styled(
            truncate(&why, width),
            theme.placeholder,
        )));
    }
    if detail != Detail::Plain {
        lines.push(Line::raw(""));
    }
    ListItem::new(Text::from(lines))
}

/// The bar and the next step, or a word on adding a first step to a goal without any.
fn progress_line(goal: &Goal, width: usize, theme: &Theme) -> Line<'static> {
    let Some(step) = &goal.next_step else {
        let text = if goal.progress.total == 0 {
            assets::home().empty.goal_steps.clone()
        } else {
            goal.progress.fraction()
        };
        return Line::from(Span::styled(truncate(&text, width), theme.muted));
    };
    let bar_width = (width / 5).clamp(6, 24);
    let fraction = goal.progress.fraction();
    let rest = width.saturating_sub(bar_width + columns(&fraction) + 3);
    Line::from(vec![
        Span::styled(bar(goal.progress.ratio(), bar_width), theme.accent),
        Span::styled(format!(" {fraction}  "), theme.muted),
        Span::styled(truncate(&format!("Next: {}", step.text), rest), theme.base),
    ])
}

pub fn render_setbacks(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let block = panel(
        Span::styled(" Recent setbacks ", theme.heading),
        false,
        theme,
    )
    .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if pane.setbacks.is_empty() {
        let key = key_of(ctx.keymap, Scope::Global, Command::GoDebrief);
        render_empty(frame, inner, &assets::home().empty.setbacks, &key, theme);
        return;
    }
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height);
    let with_summary = rows >= pane.setbacks.len() * 3;
    let mut lines = Vec::new();
    for setback in &pane.setbacks {
        // Whole setbacks only: a title without its cause would read as cut off.
        if lines.len() + 2 > rows.max(2) {
            break;
        }
        let closed = if setback.closed_on.is_some() {
            " · closed"
        } else {
            ""
        };
        let (cause, style) = match setback.cause {
            Some(cause) => (cause.short_label().to_string(), theme.accent),
            None => (format!("cause {NOT_DECIDED}"), theme.muted),
        };
        lines.push(Line::from(Span::styled(
            truncate(&setback.title, width),
            theme.heading,
        )));
        lines.push(Line::from(vec![
            Span::styled(format!("  {} · ", list_date(setback.date)), theme.muted),
            Span::styled(cause, style),
            Span::styled(closed, theme.muted),
        ]));
        let summary = crate::domain::text::single_line(&setback.summary);
        if with_summary && !summary.is_empty() {
            let summary = truncate(&summary, width.saturating_sub(2));
            lines.push(Line::from(Span::styled(
                format!("  {summary}"),
                theme.placeholder,
            )));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn render_causes(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let block = panel(Span::styled(" Root causes ", theme.heading), false, theme)
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if pane.causes.iter().all(|(_, n)| *n == 0) {
        let key = key_of(ctx.keymap, Scope::Global, Command::GoRootCause);
        render_empty(frame, inner, &assets::home().empty.causes, &key, theme);
        return;
    }
    let count_of = |cause| {
        pane.causes
            .iter()
            .find(|(c, _)| *c == cause)
            .map_or(0, |(_, n)| *n)
    };
    let max = Cause::ALL
        .map(count_of)
        .into_iter()
        .max()
        .unwrap_or(1)
        .max(1);
    let width = usize::from(inner.width);
    let name_width = Cause::ALL
        .iter()
        .map(|c| columns(c.short_label()))
        .max()
        .unwrap_or(0);
    let bar_width = width.saturating_sub(name_width + 5).max(1);
    let lines: Vec<Line> = Cause::ALL
        .into_iter()
        .map(|cause| {
            let n = count_of(cause);
            let name = cause.short_label();
            Line::from(vec![
                Span::styled(format!("{name:<name_width$} "), theme.base),
                Span::styled(bar(f64::from(n) / f64::from(max), bar_width), theme.accent),
                Span::styled(format!(" {n}"), theme.heading),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A gentle line under the goals about people not in touch for a while.
fn reach_out(pane: &HomePane, width: usize) -> Option<String> {
    let people: Vec<String> = pane
        .to_contact
        .iter()
        .map(|p| match p.days_since_contact(pane.today) {
            Some(days) => format!("{} ({days} days)", p.name),
            None => p.name.clone(),
        })
        .collect();
    if people.is_empty() {
        return None;
    }
    let line = format!(" Maybe reach out: {} ", people.join(", "));
    Some(truncate(&line, width))
}

/// The newest kinder thought, under the check-in when there is room.
fn kinder_lines(pane: &HomePane, width: usize, rows: usize, theme: &Theme) -> Vec<Line<'static>> {
    let Some(reframe) = &pane.reframe else {
        return Vec::new();
    };
    if rows < 2 {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled("A kinder thought", theme.muted))];
    let text = format!("“{}”", crate::domain::text::single_line(&reframe.kinder));
    lines.extend(
        crate::domain::text::wrap(&text, width, rows - 1)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.base))),
    );
    lines
}

/// The gentle question of the latest check-in's stage: its transformation stage's, which
/// looks ahead, or else its grief stage's.
fn stage_question(checkin: &crate::domain::setback::Checkin) -> &'static str {
    let guide = assets::stages();
    match (checkin.transformation, checkin.grief) {
        (Some(stage), _) => &guide.transformation(stage).question,
        (None, Some(stage)) => &guide.grief(stage).question,
        (None, None) => "",
    }
}

pub fn render_checkin(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let block = panel(Span::styled(" Where I am ", theme.heading), false, theme)
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let Some((checkin, setback)) = &pane.checkin else {
        let rows = usize::from(inner.height);
        if pane.reframe.is_some() && rows >= 2 {
            let lines = kinder_lines(pane, width, rows, theme);
            frame.render_widget(Paragraph::new(lines), inner);
            return;
        }
        let key = key_of(ctx.keymap, Scope::Global, Command::GoDebrief);
        render_empty(frame, inner, &assets::home().empty.checkin, &key, theme);
        return;
    };
    let stages: Vec<&str> = [
        checkin.grief.map(|g| g.label()),
        checkin.transformation.map(|t| t.label()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let stages = truncate(&stages.join(" · "), width);
    let date = list_date(checkin.date);
    let mut first = vec![Span::styled(stages.clone(), theme.heading)];
    // With one row only, the date follows on the same line.
    if inner.height == 1 && columns(&stages) + columns(&date) + 3 <= width {
        first.push(Span::styled(format!(" · {date}"), theme.muted));
    }
    let mut lines = vec![
        Line::from(first),
        Line::from(Span::styled(
            truncate(&format!("{date} · {}", setback.title), width),
            theme.muted,
        )),
    ];
    let rows = usize::from(inner.height).saturating_sub(lines.len());
    let question = stage_question(checkin);
    lines.extend(
        crate::domain::text::wrap(question, width, rows.min(3))
            .into_iter()
            .map(|line| Line::from(Span::styled(line, theme.accent))),
    );
    let note = crate::domain::text::single_line(&checkin.note);
    let rows_left = usize::from(inner.height).saturating_sub(lines.len());
    // A kinder thought, when there is room for it after a blank row.
    let kinder = kinder_lines(pane, width, rows_left.saturating_sub(1).min(3), theme);
    let note_rows = rows_left.saturating_sub(if kinder.is_empty() {
        0
    } else {
        kinder.len() + 1
    });
    if !note.is_empty() && note_rows > 0 {
        lines.extend(
            crate::domain::text::wrap(&note, width, note_rows)
                .into_iter()
                .map(|line| Line::from(Span::styled(line, theme.base))),
        );
    }
    if !kinder.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(kinder);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
