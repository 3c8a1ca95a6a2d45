//! Drawing the Root cause pane.

mod sections;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, ListState, Paragraph, Wrap};

use super::{Focus, RootCausePane, Section};
use crate::assets;
use crate::domain::dates::list_date;
use crate::domain::root_cause::Cause;
use crate::domain::text::truncate;
use crate::theme::Theme;
use crate::ui::{RenderCtx, panel};
use sections::{follow_up_items, pattern_items, question_items, result_items};

/// The setbacks list is at least this wide beside its details, and at most twice as wide.
const LIST_WIDTH: u16 = 34;

pub fn render(pane: &mut RootCausePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if let Some((_, form)) = pane.form.as_mut() {
        form.render(frame, area, ctx.keymap, ctx.theme);
        return;
    }
    if area.width >= 90 {
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

fn render_list(pane: &mut RootCausePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let block = panel(
        Span::styled(" Setbacks ", theme.heading),
        pane.focus == Focus::List,
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if pane.list.is_empty() {
        let text = ctx.keymap.fill(
            "No setbacks yet. Write one down in the Debrief pane (press {key:global.go_debrief}), then come back to look for its root cause.",
        );
        frame.render_widget(
            Paragraph::new(Span::styled(text.into_owned(), theme.muted)).wrap(Wrap { trim: true }),
            inner.inner(Margin::new(1, 0)),
        );
        return;
    }
    let width = usize::from(inner.width.saturating_sub(3)).max(1);
    // Only the rows held are drawn: a screen above the selection and more below, as the
    // whole list would show them.
    let (rows, selected) = pane.list.shown();
    let items: Vec<ListItem> = rows
        .iter()
        .map(|s| {
            let cause = Cause::short_or_undecided(s.cause);
            ListItem::new(Text::from(vec![
                Line::from(Span::styled(truncate(&s.title, width), theme.heading)),
                Line::from(Span::styled(
                    truncate(&format!("{} · {cause}", list_date(s.date)), width),
                    theme.muted,
                )),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected));
    let heights = crate::ui::item_heights(&items);
    let list = crate::ui::selectable_list(items, pane.focus == Focus::List, theme);
    frame.render_stateful_widget(list, inner, &mut state);
    pane.list.page.note(&heights, state.offset(), inner.height);
    ctx.clicks.add("setbacks", inner, heights, state.offset());
}

fn render_detail(pane: &RootCausePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let Some(setback) = pane.current() else {
        frame.render_widget(panel(" Root cause ", false, theme), area);
        return;
    };
    let focused = pane.focus == Focus::Detail;
    let block = crate::ui::setback_panel(&setback.title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(Paragraph::new(section_tabs(pane, theme)), tabs);
    let width = crate::ui::wrap::list_room(body.width);
    let (items, rows) = match pane.section {
        Section::Questions => question_items(pane, width, theme),
        Section::Result => result_items(pane, width, theme),
        Section::FollowUp => follow_up_items(pane, width, ctx.keymap, theme),
        Section::Patterns => pattern_items(pane, width, theme),
    };
    let selected = if focused {
        rows.get(pane.row).copied()
    } else {
        None
    };
    let mut state = ListState::default().with_selected(selected);
    // Nothing is selected while the list lacks the focus, so only the focused style shows.
    let heights = crate::ui::item_heights(&items);
    let list = crate::ui::selectable_list(items, true, theme);
    frame.render_stateful_widget(list, body, &mut state);
    pane.detail_page.note(&heights, state.offset(), body.height);
}

fn section_tabs(pane: &RootCausePane, theme: &Theme) -> Line<'static> {
    let total = assets::questionnaire().questions.len();
    let labels = Section::ALL.map(|section| {
        let label = match section {
            Section::Questions => format!("Questions {}/{total}", pane.answers.len().min(total)),
            other => other.title().to_string(),
        };
        (label, section == pane.section)
    });
    crate::ui::section_line(labels, theme)
}
