//! Drawing the Review pane: the charts of the window, what it adds up to, the stage path and
//! the weekly reviews. Below 150 columns it is one column; wider, the charts take the left
//! and the words the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, ListState, Paragraph, Wrap};

use super::{ReviewPane, WeekRow, charts};
use crate::assets;
use crate::domain::review::{Figures, Span as Periods, Week};
use crate::domain::setback::Checkin;
use crate::ui::wrap::{bulleted, list_room};
use crate::ui::{RenderCtx, panel, selectable_list};

/// From this width the charts and the words sit side by side.
const WIDE: u16 = 150;

/// "23–29 Nov", or "28 Dec – 3 Jan" across two months.
pub fn week_dates(week: Week) -> String {
    let (monday, sunday) = (week.monday(), week.sunday());
    if monday.format("%m").to_string() == sunday.format("%m").to_string() {
        format!("{}–{}", monday.format("%-d"), sunday.format("%-d %b"))
    } else {
        format!("{} – {}", monday.format("%-d %b"), sunday.format("%-d %b"))
    }
}

pub fn render(pane: &mut ReviewPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if let Some(open) = pane.form.as_mut() {
        open.form.render(frame, area, ctx.keymap, ctx.theme);
        return;
    }
    let Some(figures) = pane.figures.clone() else {
        return;
    };
    if pane.is_blank() {
        render_empty(frame, area, ctx);
        return;
    }
    if area.width >= WIDE {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Fill(1)]).areas(area);
        let [mood, bars, stages] = Layout::vertical([
            Constraint::Percentage(40),
            Constraint::Percentage(25),
            Constraint::Fill(1),
        ])
        .areas(left);
        render_mood(frame, mood, &figures, ctx);
        render_bars(frame, bars, &figures, ctx);
        render_stages(frame, stages, &figures.checkins, ctx);
        let summary = summary_lines(pane, &figures, ctx);
        let height = u16::try_from(summary.len()).unwrap_or(u16::MAX) + 2;
        let [top, reviews] =
            Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(right);
        render_summary(frame, top, summary, &figures, ctx);
        render_reviews(pane, frame, reviews, ctx);
        return;
    }
    let height = area.height;
    let mood_height = (height * 7 / 20).clamp(7, 14);
    let bars_height = (height / 4).clamp(5, 10);
    let stage_height = if height >= 34 {
        (height / 4).min(12)
    } else {
        0
    };
    let [top, bars, stages, reviews] = Layout::vertical([
        Constraint::Length(mood_height),
        Constraint::Length(bars_height),
        Constraint::Length(stage_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    let summary = summary_lines(pane, &figures, ctx);
    if area.width >= 70 {
        let [mood, words] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(32)]).areas(top);
        render_mood(frame, mood, &figures, ctx);
        render_summary(frame, words, summary, &figures, ctx);
    } else {
        render_mood(frame, top, &figures, ctx);
    }
    render_bars(frame, bars, &figures, ctx);
    if stage_height > 0 {
        render_stages(frame, stages, &figures.checkins, ctx);
    }
    render_reviews(pane, frame, reviews, ctx);
}

fn render_empty(frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let words = &assets::review().empty;
    let block = panel(format!(" {} ", words.title), true, ctx.theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(2, 1));
    frame.render_widget(block, area);
    let text = vec![
        Line::from(Span::styled(words.body.clone(), ctx.theme.base)),
        Line::raw(""),
        Line::from(Span::styled(
            ctx.keymap.fill(&words.start).into_owned(),
            ctx.theme.base,
        )),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}

/// "14 Sep – 29 Nov" or "Dec 2025 – Nov 2026": the window's first and last day.
fn window_dates(figures: &Figures) -> String {
    let (Some(from), Some(to)) = (figures.from(), figures.to()) else {
        return String::new();
    };
    match figures.span {
        Periods::Weeks if from.format("%Y").to_string() == to.format("%Y").to_string() => {
            format!("{} – {}", from.format("%-d %b"), to.format("%-d %b %Y"))
        }
        Periods::Weeks => format!("{} – {}", from.format("%-d %b %Y"), to.format("%-d %b %Y")),
        Periods::Months => format!("{} – {}", from.format("%b %Y"), to.format("%b %Y")),
    }
}

fn render_mood(frame: &mut Frame, area: Rect, figures: &Figures, ctx: &RenderCtx) {
    let words = &assets::review().labels;
    let title = format!(" {} (1-5) · {} ", words.mood, window_dates(figures));
    let block = panel(title, false, ctx.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if figures.moods.is_empty() {
        let text = ctx.keymap.fill(&words.mood_none).into_owned();
        frame.render_widget(
            Paragraph::new(Span::styled(text, ctx.theme.muted)).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    charts::mood(frame, inner, figures, ctx.theme);
}

fn render_bars(frame: &mut Frame, area: Rect, figures: &Figures, ctx: &RenderCtx) {
    let words = &assets::review().labels;
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Fill(1)]).areas(area);
    let each = [
        (left, &words.gratitude, figures.gratitude_days()),
        (right, &words.steps, figures.steps_done()),
    ];
    for (i, (rect, label, total)) in each.into_iter().enumerate() {
        let block = panel(format!(" {label} · {total} "), false, ctx.theme);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let value = |t: &crate::domain::review::Tally| {
            if i == 0 {
                t.gratitude_days
            } else {
                t.steps_done
            }
        };
        charts::bars(frame, inner, figures, value, ctx.theme);
    }
}

fn render_stages(frame: &mut Frame, area: Rect, checkins: &[Checkin], ctx: &RenderCtx) {
    let words = &assets::review().labels;
    let block = panel(format!(" {} ", words.stages), false, ctx.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = crate::ui::stage_path::chart(
        checkins,
        usize::from(inner.width),
        usize::from(inner.height),
        ctx.theme,
    );
    if !lines.is_empty() {
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let paths = stage_words(checkins);
    let text: Vec<Line> = if paths.is_empty() {
        vec![Line::from(Span::styled(
            words.stages_none.clone(),
            ctx.theme.muted,
        ))]
    } else {
        paths
            .into_iter()
            .map(|(name, path)| {
                Line::from(vec![
                    Span::styled(format!("{name}: "), ctx.theme.heading),
                    Span::styled(path, ctx.theme.base),
                ])
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}

/// Each family's stages in the order they were lived, a stage named once per stay:
/// ("Grief", "Denial → Anger → Acceptance"). For a room too small for the chart.
fn stage_words(checkins: &[Checkin]) -> Vec<(&'static str, String)> {
    let path = |stages: Vec<&'static str>| {
        let mut stages = stages;
        stages.dedup();
        stages.join(" → ")
    };
    // Stored newest first; the path reads oldest first.
    let grief: Vec<&str> = checkins
        .iter()
        .rev()
        .filter_map(|c| Some(c.grief?.label()))
        .collect();
    let change: Vec<&str> = checkins
        .iter()
        .rev()
        .filter_map(|c| Some(c.transformation?.label()))
        .collect();
    [("Grief", grief), ("Transformation", change)]
        .into_iter()
        .filter(|(_, stages)| !stages.is_empty())
        .map(|(name, stages)| (name, path(stages)))
        .collect()
}

/// What the window adds up to, one line each, only what it holds.
fn summary_lines(pane: &ReviewPane, figures: &Figures, ctx: &RenderCtx) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let row = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label:<17}"), theme.muted),
            Span::styled(value, theme.base),
        ])
    };
    let mut lines = Vec::new();
    match figures.mood_then_and_lately() {
        Some((then, lately)) => {
            lines.push(row("Mood, then → now", format!("{then:.1} → {lately:.1}")))
        }
        None if !figures.moods.is_empty() => {
            let days = figures.moods.len();
            let average = figures
                .moods
                .iter()
                .map(|(_, m)| f64::from(m.value()))
                .sum::<f64>()
                / days as f64;
            lines.push(row("Mood, on average", format!("{average:.1}")));
        }
        None => {}
    }
    lines.push(row("Gratitude days", figures.gratitude_days().to_string()));
    lines.push(row("Steps done", figures.steps_done().to_string()));
    let reviewed = pane.weeks.iter().filter(|w| w.review.is_some()).count();
    lines.push(row(
        "Weeks reviewed",
        match figures.span {
            Periods::Weeks => format!("{reviewed} of {}", pane.weeks.len()),
            Periods::Months => reviewed.to_string(),
        },
    ));
    if !figures.closed.is_empty() {
        lines.push(row("Chapters closed", figures.closed.len().to_string()));
    }
    if let (Some(first), Some(last)) = (figures.looked_back.first(), figures.looked_back.last()) {
        let value = if figures.looked_back.len() == 1 {
            format!("{} of 10", first.rating)
        } else {
            format!("{} → {} of 10", first.rating, last.rating)
        };
        lines.push(row("Still a failure?", value));
    }
    if let Some(latest) = figures.checkins.first() {
        let stage = latest
            .transformation
            .map(|s| s.label())
            .or(latest.grief.map(|s| s.label()));
        if let Some(stage) = stage {
            lines.push(row("Lately", stage.to_string()));
        }
    }
    lines
}

fn render_summary(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    figures: &Figures,
    ctx: &RenderCtx,
) {
    let title = format!(" Twelve {} ", figures.span.plural());
    let block = panel(title, false, ctx.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), inner);
}

fn render_reviews(pane: &mut ReviewPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let words = &assets::review().labels;
    let block = panel(format!(" {} ", words.reviews), true, ctx.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if pane.weeks.is_empty() {
        let text = format!(
            "No weekly reviews in these {}. {}",
            pane.span.plural(),
            ctx.keymap.fill("{key:review.add} writes this week's.")
        );
        frame.render_widget(
            Paragraph::new(Span::styled(text, ctx.theme.muted)).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let room = list_room(inner.width);
    let items: Vec<ListItem> = pane
        .weeks
        .iter()
        .enumerate()
        .map(|(i, row)| ListItem::new(week_lines(row, i == pane.selected, room, ctx)))
        .collect();
    let heights = crate::ui::item_heights(&items);
    let mut state = ListState::default().with_selected(Some(pane.selected));
    frame.render_stateful_widget(selectable_list(items, true, ctx.theme), inner, &mut state);
    pane.page.note(&heights, state.offset(), inner.height);
    ctx.clicks.add("weeks", inner, heights, state.offset());
}

/// A week's lines: its number and days, then what went well and the small step; the
/// selected week shows them whole, the others a line each.
fn week_lines(row: &WeekRow, selected: bool, room: usize, ctx: &RenderCtx) -> Vec<Line<'static>> {
    let words = &assets::review().labels;
    let theme = ctx.theme;
    let mut heading = vec![Span::styled(
        format!("Week {} · {}", row.week.number(), week_dates(row.week)),
        theme.heading,
    )];
    let Some(review) = &row.review else {
        heading.push(Span::styled(
            format!(" · {}", words.not_written),
            theme.muted,
        ));
        return vec![Line::from(heading)];
    };
    if review.step_id.is_some() {
        heading.push(Span::styled(
            format!(" · {}", words.became_step),
            theme.muted,
        ));
    }
    let max_lines = if selected { 12 } else { 1 };
    let mut lines = vec![Line::from(heading)];
    if !review.well.trim().is_empty() {
        lines.extend(bulleted(
            Span::raw("  "),
            &review.well,
            room,
            max_lines,
            theme.base,
        ));
    }
    if !review.next.trim().is_empty() {
        lines.extend(bulleted(
            Span::styled(format!("  {} ", words.next), theme.muted),
            &review.next,
            room,
            max_lines,
            theme.base,
        ));
    }
    lines
}
