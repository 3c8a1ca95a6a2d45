//! Drawing the Debrief pane: the setbacks list, and the open setback with its section tabs.

mod chapter;
mod sections;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, ListState, Padding, Paragraph, Wrap};

use super::{DebriefPane, Focus, Section};
use crate::assets;
use crate::domain::dates::{detail_date, list_date};
use crate::domain::root_cause::Cause;
use crate::domain::text::{truncate, wrap};
use crate::keymap::{Command, Scope};
use crate::theme::Theme;
use crate::ui::{RenderCtx, panel};

/// The setbacks list is at least this wide beside its details, and at most twice as wide.
const LIST_WIDTH: u16 = 34;

pub fn render(pane: &mut DebriefPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if let Some(open) = pane.form.as_mut() {
        open.form.render(frame, area, ctx.keymap, ctx.theme);
        return;
    }
    let wide = area.width >= 90;
    if wide {
        let [list, detail] = Layout::horizontal([
            Constraint::Length(crate::ui::list_width(
                area.width,
                LIST_WIDTH,
                2 * LIST_WIDTH,
            )),
            Constraint::Fill(1),
        ])
        .areas(area);
        render_list(pane, frame, list, ctx);
        render_detail(pane, frame, detail, ctx);
    } else if pane.focus == Focus::List {
        render_list(pane, frame, area, ctx);
    } else {
        render_detail(pane, frame, area, ctx);
    }
}

fn render_list(pane: &mut DebriefPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let title = format!(" Setbacks ({}) ", pane.list.total());
    let block = panel(
        Span::styled(title, theme.heading),
        pane.focus == Focus::List,
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let list_area = inner;
    if pane.list.is_empty() {
        let key = ctx
            .keymap
            .short_label(Scope::Debrief, Command::Add)
            .unwrap_or_default();
        let text = assets::debrief().timeline.list_empty.replace("{key}", &key);
        let body = Paragraph::new(Span::styled(text, theme.muted)).wrap(Wrap { trim: true });
        frame.render_widget(body, list_area.inner(Margin::new(1, 0)));
        return;
    }
    let width = crate::ui::wrap::list_room(list_area.width);
    // Only the rows held are drawn: a screen above the selection and more below, as the
    // whole list would show them.
    let (rows, selected) = pane.list.shown();
    let items: Vec<ListItem> = rows
        .iter()
        .map(|s| {
            let mut events = if s.event_count == 1 {
                "1 event".to_string()
            } else {
                format!("{} events", s.event_count)
            };
            if s.closed_on.is_some() {
                events.push_str(" · closed");
            }
            let date = list_date(s.date);
            let about = [date.as_str(), Cause::short_or_undecided(s.cause), &events];
            let mut lines = vec![Line::from(Span::styled(
                truncate(&s.title, width),
                theme.heading,
            ))];
            lines.extend(
                joined_to_fit(&about, width)
                    .into_iter()
                    .map(|line| Line::from(Span::styled(line, theme.muted))),
            );
            ListItem::new(Text::from(lines))
        })
        .collect();
    let mut state = ListState::default().with_selected((!items.is_empty()).then_some(selected));
    let heights = crate::ui::item_heights(&items);
    let list = crate::ui::selectable_list(items, pane.focus == Focus::List, theme);
    frame.render_stateful_widget(list, list_area, &mut state);
    pane.list
        .page
        .note(&heights, state.offset(), list_area.height);
    ctx.clicks
        .add("setbacks", list_area, heights, state.offset());
}

fn render_detail(pane: &mut DebriefPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let Some(setback) = pane.current_setback().cloned() else {
        let block = panel(" Debrief ", false, theme);
        let text = Paragraph::new(Span::styled(
            "Pick or add a setback to see its debrief.",
            theme.muted,
        ))
        .block(block.padding(Padding::horizontal(1)));
        frame.render_widget(text, area);
        return;
    };
    let focused = pane.focus == Focus::Detail;
    let block = crate::ui::setback_panel(&setback.title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    let mut header = vec![Line::from(Span::styled(
        detail_date(setback.date),
        theme.muted,
    ))];
    header.extend(
        wrap(&setback.summary, width, 2)
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(Line::raw),
    );
    let header_height = u16::try_from(header.len()).unwrap_or(1);
    let [head, tabs, body] = Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(header), head);
    frame.render_widget(Paragraph::new(section_tabs(pane, width, theme)), tabs);
    let body = render_stage_path(pane, frame, body, theme);
    let room = crate::ui::wrap::list_room(body.width);
    let (items, rows) = sections::section_items(pane, room, body.height, ctx.keymap, theme);
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(empty_text(pane.section, ctx), theme.muted))
                .wrap(Wrap { trim: true }),
            body,
        );
        return;
    }
    let selected = rows.get(pane.row).copied();
    let mut state = ListState::default().with_selected(if focused { selected } else { None });
    // Nothing is selected while the list lacks the focus, so only the focused style shows.
    let heights = crate::ui::item_heights(&items);
    let list = crate::ui::selectable_list(items, true, theme);
    frame.render_stateful_widget(list, body, &mut state);
    pane.detail_page.note(&heights, state.offset(), body.height);
}

/// Draws the check-ins' path above their list, keeping a few lines for the list; gives the
/// area left for it.
fn render_stage_path(pane: &DebriefPane, frame: &mut Frame, body: Rect, theme: &Theme) -> Rect {
    if pane.section != Section::Checkins || pane.checkins.is_empty() {
        return body;
    }
    let list = pane.checkins.len().saturating_mul(2).min(6);
    let room = usize::from(body.height).saturating_sub(list + 1);
    let lines = crate::ui::stage_path::chart(&pane.checkins, usize::from(body.width), room, theme);
    if lines.is_empty() {
        return body;
    }
    let height = u16::try_from(lines.len() + 1).unwrap_or(body.height);
    let [chart, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(body);
    frame.render_widget(Paragraph::new(lines), chart);
    rest
}

/// The section names, with how far the timeline and questions have come. Short of room, the
/// tabs sit closer together, then take two rows, and only when that is not enough do they
/// drop their counts.
fn section_tabs(pane: &DebriefPane, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let answered = answered_count(pane);
    let total = assets::debrief().questions.len();
    let counted = Section::ALL.map(|section| match section {
        Section::Questions => format!("Questions {answered}/{total}"),
        Section::Timeline => format!("Timeline {}", pane.events.len()),
        other => other.title().to_string(),
    });
    let labels: Vec<(String, bool)> = Section::ALL
        .into_iter()
        .zip(counted.clone())
        .map(|(s, l)| (l, s == pane.section))
        .collect();
    let tight: usize = counted.iter().map(|l| l.chars().count() + 2).sum();
    if tight > width {
        if let Some(lines) = crate::ui::section_lines(labels.clone(), width, theme) {
            return lines;
        }
    } else if let Some(lines @ [_]) =
        crate::ui::section_lines(labels.clone(), width, theme).as_deref()
    {
        return lines.to_vec();
    }
    let shown = if tight <= width {
        labels
    } else {
        Section::ALL
            .into_iter()
            .map(|s| (s.title().to_string(), s == pane.section))
            .collect()
    };
    let spans: Vec<Span> = shown
        .into_iter()
        .map(|(label, current)| {
            let style = if current { theme.tab_active } else { theme.tab };
            Span::styled(format!(" {label} "), style)
        })
        .collect();
    vec![Line::from(spans)]
}

pub(super) fn answered_count(pane: &DebriefPane) -> usize {
    assets::debrief()
        .questions
        .iter()
        .filter(|q| pane.answers.contains_key(&q.key))
        .count()
}

fn empty_text(section: Section, ctx: &RenderCtx) -> String {
    let words = assets::debrief();
    let add = ctx
        .keymap
        .short_label(Scope::Debrief, Command::Add)
        .unwrap_or_default();
    match section {
        Section::Timeline => words.timeline.empty.clone(),
        Section::Lessons => words.timeline.lessons_empty.clone(),
        Section::Strengths => format!(
            "What did this setback show you that you are good at, and what did it give you? \
             Press {add} to add a strength."
        ),
        Section::Reframes => assets::reframes().empty.replace("{key}", &add),
        Section::Checkins => format!("{} Press {add} to check in.", words.checkins.intro),
        Section::Conversations => format!(
            "Who could help you understand this, or move on from it? Candid feedback, advice, \
             or a listening ear: press {add} to plan a conversation."
        ),
        Section::Chapter => ctx.keymap.fill(&assets::closing().open).into_owned(),
        _ => String::new(),
    }
}

/// `parts` joined with " · ", starting a new line where the next part would not fit, so a
/// narrow list moves a whole part down rather than cutting it.
fn joined_to_fit(parts: &[&str], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 3 + part.chars().count() <= width => {
                line.push_str(" · ");
                line.push_str(part);
            }
            _ => lines.push(truncate(part, width)),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::joined_to_fit;

    #[test]
    fn parts_move_down_whole_rather_than_being_cut() {
        let parts = ["9 Sep 2026", "not decided yet", "3 events"];
        assert_eq!(
            joined_to_fit(&parts, 60),
            ["9 Sep 2026 · not decided yet · 3 events"]
        );
        assert_eq!(
            joined_to_fit(&parts, 36),
            ["9 Sep 2026 · not decided yet", "3 events"]
        );
    }
}
