//! Drawing the Goals pane: the list of goals with their progress, and the open goal with
//! its why, its picture of success, its reward and its steps.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, ListState, Padding, Paragraph, Wrap};

use super::{Focus, GoalsPane, Tab};
use crate::assets;
use crate::domain::dates::list_date;
use crate::domain::goal::{Goal, Progress, Step, TargetStatus};
use crate::domain::text::truncate;
use crate::keymap::{Command, Scope};
use crate::theme::Theme;
use crate::ui::wrap::hanging;
use crate::ui::{RenderCtx, panel, section_line, selectable_list};

/// The goals list is at least this wide beside a goal, and grows with a wide window.
const LIST_WIDTH: u16 = 48;

pub fn render(pane: &mut GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if let Some(open) = pane.form.as_mut() {
        open.form.render(frame, area, ctx.keymap, ctx.theme);
        return;
    }
    if area.width >= 100 {
        let [list, detail] = Layout::horizontal([
            Constraint::Length(crate::ui::list_width(
                area.width,
                LIST_WIDTH,
                3 * LIST_WIDTH / 2,
            )),
            Constraint::Fill(1),
        ])
        .areas(area);
        render_list(pane, frame, list, ctx);
        render_detail(pane, frame, detail, ctx);
    } else if pane.focus == Focus::List || pane.tab == Tab::People {
        render_list(pane, frame, area, ctx);
    } else {
        render_detail(pane, frame, area, ctx);
    }
}

/// An empty detail panel with a line on what to do.
pub(super) fn render_nothing(frame: &mut Frame, area: Rect, text: &str, ctx: &RenderCtx) {
    let block = panel(" ", false, ctx.theme).padding(Padding::horizontal(1));
    let text = Paragraph::new(Span::styled(text.to_string(), ctx.theme.muted)).block(block);
    frame.render_widget(text, area);
}

/// The row of lists, with counts: on one line when they fit, else on two, else without.
fn tab_lines(pane: &GoalsPane, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let labels = |counts: bool| {
        Tab::ALL.map(|tab| {
            let i = Tab::ALL.iter().position(|t| *t == tab).unwrap_or(0);
            let label = if counts {
                format!("{} {}", tab.label(), pane.counts[i])
            } else {
                tab.label().to_string()
            };
            (label, tab == pane.tab)
        })
    };
    crate::ui::section_lines(labels(true).to_vec(), width, theme)
        .unwrap_or_else(|| vec![section_line(labels(false), theme)])
}

/// A bar of `width` cells, filled as far as the goal has come: "██████░░░░".
pub fn progress_bar(progress: Progress, width: usize) -> (String, String) {
    let filled = (progress.ratio() * width as f64).round() as usize;
    let filled = filled.min(width);
    ("█".repeat(filled), "░".repeat(width - filled))
}

/// The short line under a goal's title: its bar, its count, and where it stands in time.
fn progress_line(goal: &Goal, ctx: &RenderCtx) -> Line<'static> {
    let theme = ctx.theme;
    if goal.progress.total == 0 {
        return Line::from(Span::styled("  no steps yet", theme.muted));
    }
    let (done, open) = progress_bar(goal.progress, 10);
    let mut spans = vec![
        Span::raw("  "),
        Span::styled(done, theme.accent),
        Span::styled(open, theme.muted),
        Span::styled(format!(" {}", goal.progress.fraction()), theme.base),
    ];
    let status = goal.target_status(ctx.today);
    let when = match (status, goal.finished_on) {
        (TargetStatus::Finished, Some(day)) => format!("finished {}", list_date(day)),
        (TargetStatus::NoTarget, _) => String::new(),
        (status, _) => status.describe(),
    };
    if !when.is_empty() {
        let style = if status.is_overdue() {
            theme.warning
        } else {
            theme.muted
        };
        spans.push(Span::styled(format!(" · {when}"), style));
    }
    Line::from(spans)
}

fn render_list(pane: &mut GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let focused = pane.focus == Focus::List;
    let block = panel(Span::styled(" Goals ", theme.heading), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let lines = tab_lines(pane, usize::from(tabs.width), theme);
    frame.render_widget(Paragraph::new(lines), tabs);
    match pane.tab {
        Tab::Ideas => return super::ideas::render_list(pane, frame, body, ctx),
        Tab::People => return super::people::render_list(pane, frame, body, ctx),
        _ => {}
    }
    if pane.goals.is_empty() {
        render_empty_list(pane, frame, body, ctx);
        return;
    }
    let width = usize::from(body.width.saturating_sub(3)).max(1);
    let (goals, selected) = pane.goals.shown();
    let items: Vec<ListItem> = goals
        .iter()
        .map(|g| {
            ListItem::new(Text::from(vec![
                Line::from(Span::styled(truncate(&g.title, width), theme.heading)),
                progress_line(g, ctx),
                Line::raw(""),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected));
    let heights = crate::ui::item_heights(&items);
    frame.render_stateful_widget(selectable_list(items, focused, theme), body, &mut state);
    pane.goals.page.note(&heights, state.offset(), body.height);
    ctx.clicks.add("goals", body, heights, state.offset());
}

fn render_empty_list(pane: &GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let words = &assets::goals().empty;
    let key = |c| ctx.keymap.short_label(Scope::Goals, c).unwrap_or_default();
    let text = match pane.tab {
        Tab::Done => words.done.clone(),
        Tab::Archived => words.archived.clone(),
        _ => format!("{} Press {} to set one.", words.active, key(Command::Add)),
    };
    let body = Paragraph::new(Span::styled(text, ctx.theme.muted)).wrap(Wrap { trim: true });
    frame.render_widget(body, area.inner(Margin::new(1, 0)));
}

fn render_detail(pane: &mut GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    match pane.tab {
        Tab::Ideas => return super::ideas::render_detail(pane, frame, area, ctx),
        Tab::People => return super::people::render_detail(pane, frame, area, ctx),
        _ => {}
    }
    let Some(goal) = pane.current().cloned() else {
        let block = panel(" Goal ", false, theme).padding(Padding::horizontal(1));
        let text = Paragraph::new(Span::styled(
            "Pick or add a goal to see its steps.",
            theme.muted,
        ))
        .block(block);
        frame.render_widget(text, area);
        return;
    };
    let focused = pane.focus == Focus::Steps;
    let block = crate::ui::setback_panel(&goal.title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    let roomy = inner.height >= 24;
    let mut about = about_lines(pane, &goal, width, roomy, ctx);
    // Keep room for the heading and a few steps on short screens.
    about.truncate(usize::from(inner.height.saturating_sub(6)));
    let about_height = u16::try_from(about.len()).unwrap_or(0);
    let [gauge, about_area, heading, steps] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(about_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    render_gauge(&goal, frame, gauge, theme);
    frame.render_widget(Paragraph::new(about), about_area);
    frame.render_widget(
        Paragraph::new(Span::styled("Steps", theme.heading)),
        heading,
    );
    render_steps(pane, frame, steps, ctx);
}

fn render_gauge(goal: &Goal, frame: &mut Frame, area: Rect, theme: &Theme) {
    let p = goal.progress;
    let label = match p.total {
        0 => "No steps yet".to_string(),
        1 => format!("{} of 1 step", p.done),
        n => format!("{} of {n} steps", p.done),
    };
    let room = usize::from(area.width).saturating_sub(label.chars().count() + 2);
    let (done, open) = progress_bar(p, room.min(24));
    let line = Line::from(vec![
        Span::styled(done, theme.accent),
        Span::styled(open, theme.muted),
        Span::styled(format!("  {label}"), theme.base),
    ]);
    frame.render_widget(Paragraph::new(line), Rect { height: 1, ..area });
}

/// The goal's dates, why, picture of success, reward and origin, one label each.
fn about_lines(
    pane: &GoalsPane,
    goal: &Goal,
    width: usize,
    roomy: bool,
    ctx: &RenderCtx,
) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let mut lines = vec![dates_line(goal, ctx)];
    let max_lines = if roomy { 3 } else { 1 };
    let mut field = |label: &str, value: &str| {
        if value.trim().is_empty() {
            return;
        }
        let lead = Span::styled(format!("{label}: "), theme.muted);
        let under = Span::raw(" ".repeat(lead.width()));
        lines.extend(hanging(lead, under, value, width, max_lines, theme.base));
    };
    field("Why", &goal.why);
    field("Success", &goal.success);
    field("Reward", &goal.reward);
    if let Some(origin) = &pane.origin {
        field("From", origin);
    }
    lines.push(Line::raw(""));
    lines
}

fn dates_line(goal: &Goal, ctx: &RenderCtx) -> Line<'static> {
    let theme = ctx.theme;
    let mut spans = vec![Span::styled(
        format!("Started {}", list_date(goal.started_on)),
        theme.muted,
    )];
    if let Some(journey) = crate::domain::goal::Journey::of(goal) {
        let days = if journey.days == 1 { "day" } else { "days" };
        spans.push(Span::styled(
            format!(
                " · finished {} after {} {days}",
                list_date(journey.finished_on),
                journey.days
            ),
            theme.muted,
        ));
    } else if let Some(target) = goal.target {
        let status = goal.target_status(ctx.today);
        let style: Style = if status.is_overdue() {
            theme.warning
        } else {
            theme.muted
        };
        spans.push(Span::styled(
            format!(" · target {} ({})", list_date(target), status.describe()),
            style,
        ));
    }
    if goal.archived {
        spans.push(Span::styled(" · archived", theme.muted));
    }
    Line::from(spans)
}

fn render_steps(pane: &GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    if pane.steps.is_empty() {
        let key = ctx
            .keymap
            .short_label(Scope::Goals, Command::Add)
            .unwrap_or_default();
        let open = ctx
            .keymap
            .short_label(Scope::Goals, Command::Open)
            .unwrap_or_default();
        let how = if pane.focus == Focus::Steps {
            format!("Press {key} to add one.")
        } else {
            format!("Press {open}, then {key} to add one.")
        };
        let text = format!("{} {how}", assets::goals().empty.steps);
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.muted)).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let next = pane.steps.iter().position(|s| !s.is_done());
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let items: Vec<ListItem> = pane
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| ListItem::new(step_line(s, Some(i) == next, width, ctx)))
        .collect();
    let focused = pane.focus == Focus::Steps;
    let mut state = ListState::default().with_selected(focused.then_some(pane.row));
    let heights = crate::ui::item_heights(&items);
    frame.render_stateful_widget(selectable_list(items, true, theme), area, &mut state);
    pane.steps_page.note(&heights, state.offset(), area.height);
    ctx.clicks.add("steps", area, heights, state.offset());
}

/// One step: a box, its words, and when it was done or is due; the next one stands out.
fn step_line(step: &Step, next: bool, width: usize, ctx: &RenderCtx) -> Line<'static> {
    let theme = ctx.theme;
    let (mark, style) = if step.is_done() {
        ("[x] ", theme.muted)
    } else if next {
        ("[ ] ", theme.accent)
    } else {
        ("[ ] ", theme.base)
    };
    let when = match (step.done_on, step.due) {
        (Some(day), _) => format!("done {}", list_date(day)),
        (None, Some(due)) if due < ctx.today => format!("was due {}", list_date(due)),
        (None, Some(due)) => format!("due {}", list_date(due)),
        (None, None) if next => "next".to_string(),
        (None, None) => String::new(),
    };
    let when_width = if when.is_empty() {
        0
    } else {
        when.chars().count() + 2
    };
    let text = truncate(&step.text, width.saturating_sub(4 + when_width).max(1));
    let pad = width.saturating_sub(4 + crate::domain::text::display_width(&text) + when_width);
    let when_style = if when.starts_with("was due") {
        theme.warning
    } else {
        theme.muted
    };
    Line::from(vec![
        Span::styled(mark, style),
        Span::styled(text, style),
        Span::raw(" ".repeat(pad + 2.min(when_width))),
        Span::styled(when, when_style),
    ])
}
