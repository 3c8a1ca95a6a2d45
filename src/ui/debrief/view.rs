//! Drawing the Debrief pane: the setbacks list, and the open setback's sections.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, ListState, Padding, Paragraph, Wrap};

use super::{DebriefPane, Focus, Section};
use crate::assets;
use crate::domain::setback::StrengthKind;
use crate::domain::text::{truncate, wrap};
use crate::keymap::{Command, Scope};
use crate::theme::Theme;
use crate::ui::{RenderCtx, panel};

const LIST_WIDTH: u16 = 34;

pub fn render(pane: &mut DebriefPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    if let Some(open) = pane.form.as_mut() {
        open.form.render(frame, area, ctx.theme);
        return;
    }
    let wide = area.width >= 90;
    if wide {
        let [list, detail] =
            Layout::horizontal([Constraint::Length(LIST_WIDTH), Constraint::Fill(1)]).areas(area);
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
    let visible = pane.visible();
    let title = if pane.filter.is_empty() {
        format!(" Setbacks ({}) ", visible.len())
    } else {
        format!(
            " Setbacks · “{}” ({}) ",
            truncate(&pane.filter, 16),
            visible.len()
        )
    };
    let block = panel(
        Span::styled(title, theme.heading),
        pane.focus == Focus::List,
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let filter_height = if pane.filtering.is_some() { 3 } else { 0 };
    let [list_area, filter_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(filter_height)]).areas(inner);
    if pane.setbacks.is_empty() {
        let key = ctx
            .keymap
            .short_label(Scope::Debrief, Command::Add)
            .unwrap_or_default();
        let text = assets::debrief().timeline.list_empty.replace("{key}", &key);
        let body = Paragraph::new(Span::styled(text, theme.muted)).wrap(Wrap { trim: true });
        frame.render_widget(body, list_area.inner(Margin::new(1, 0)));
        return;
    }
    let width = usize::from(list_area.width.saturating_sub(3)).max(1);
    let items: Vec<ListItem> = visible
        .iter()
        .map(|s| {
            let events = if s.event_count == 1 {
                "1 event".to_string()
            } else {
                format!("{} events", s.event_count)
            };
            ListItem::new(Text::from(vec![
                Line::from(Span::styled(truncate(&s.title, width), theme.heading)),
                Line::from(Span::styled(
                    format!(
                        "{} · {} · {events}",
                        s.date,
                        s.cause.map_or("unclassified", |c| c.key())
                    ),
                    theme.muted,
                )),
            ]))
        })
        .collect();
    let mut state =
        ListState::default().with_selected((!items.is_empty()).then_some(pane.selected));
    let list = crate::ui::selectable_list(items, pane.focus == Focus::List, theme);
    frame.render_stateful_widget(list, list_area, &mut state);
    if let Some(editor) = pane.filtering.as_mut() {
        editor.render(
            frame,
            filter_area,
            panel(" Filter · Enter keeps · Esc clears ", true, theme),
            theme,
        );
    }
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
        setback.date.format("%A %-d %B %Y").to_string(),
        theme.muted,
    ))];
    header.extend(
        wrap(&setback.summary.replace('\n', " "), width, 2)
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
    frame.render_widget(Paragraph::new(section_tabs(pane, theme)), tabs);
    let (items, rows) = section_items(pane, width, theme);
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(empty_text(pane.section), theme.muted))
                .wrap(Wrap { trim: true }),
            body,
        );
        return;
    }
    let selected = rows.get(pane.row).copied();
    let mut state = ListState::default().with_selected(if focused { selected } else { None });
    // Nothing is selected while the list lacks the focus, so only the focused style shows.
    let list = crate::ui::selectable_list(items, true, theme);
    frame.render_stateful_widget(list, body, &mut state);
}

fn section_tabs(pane: &DebriefPane, theme: &Theme) -> Line<'static> {
    let answered = answered_count(pane);
    let total = assets::debrief().questions.len();
    let labels = Section::ALL.map(|section| {
        let label = match section {
            Section::Questions => format!("Questions {answered}/{total}"),
            Section::Timeline => format!("Timeline {}", pane.events.len()),
            other => other.title().to_string(),
        };
        (label, section == pane.section)
    });
    crate::ui::section_line(labels, theme)
}

fn answered_count(pane: &DebriefPane) -> usize {
    assets::debrief()
        .questions
        .iter()
        .filter(|q| pane.answers.contains_key(&q.key))
        .count()
}

fn empty_text(section: Section) -> String {
    let words = assets::debrief();
    match section {
        Section::Timeline => words.timeline.empty.clone(),
        Section::Lessons => words.timeline.lessons_empty.clone(),
        Section::Strengths => {
            "What did this setback show you that you are good at? Press a to add a strength.".into()
        }
        Section::Checkins => format!("{} Press a to check in.", words.checkins.intro),
        _ => String::new(),
    }
}

/// The section's rows as list items, and which list items are the selectable rows.
fn section_items(
    pane: &DebriefPane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    match pane.section {
        Section::Timeline => timeline_items(pane, width, theme),
        Section::Questions => question_items(pane, width, theme),
        Section::Strengths => strength_items(pane, width, theme),
        Section::Lessons => simple_items(
            pane.lessons.iter().map(|l| match l.goal_id {
                Some(_) => format!("{}  (now a goal)", l.text),
                None => l.text.clone(),
            }),
            width,
            theme,
        ),
        Section::Story => story_items(pane, width, theme),
        Section::Checkins => checkin_items(pane, width, theme),
    }
}

fn indented(
    text: &str,
    width: usize,
    max: usize,
    indent: &str,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let room = width.saturating_sub(indent.chars().count()).max(1);
    text.lines()
        .flat_map(|l| wrap(l, room, max))
        .take(max)
        .map(|l| Line::from(vec![Span::raw(indent.to_string()), Span::styled(l, style)]))
        .collect()
}

fn timeline_items(
    pane: &DebriefPane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let items: Vec<ListItem> = pane
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let selected = i == pane.row && pane.focus == Focus::Detail;
            let when = match e.time {
                Some(t) => format!("{} {}", e.date.format("%d %b %Y"), t.format("%H:%M")),
                None => format!("{}      ", e.date.format("%d %b %Y")),
            };
            let prefix = format!("{when}  ● ");
            let room = width.saturating_sub(prefix.chars().count()).max(1);
            let first = truncate(&e.what.replace('\n', " "), room);
            let mut lines = vec![Line::from(vec![
                Span::styled(prefix, theme.accent),
                Span::raw(first),
            ])];
            let pad = " ".repeat(19);
            if selected {
                lines.extend(
                    indented(&e.what, width, 6, &format!("{pad}│ "), theme.base)
                        .into_iter()
                        .skip(1),
                );
                for (label, text) in [("who", &e.who), ("thought", &e.thought), ("felt", &e.felt)] {
                    if !text.trim().is_empty() {
                        lines.extend(indented(
                            &format!("{label}: {text}"),
                            width,
                            4,
                            &format!("{pad}│ "),
                            theme.muted,
                        ));
                    }
                }
            } else if i + 1 < pane.events.len() {
                lines.push(Line::from(Span::styled(format!("{pad}│"), theme.muted)));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    let rows = (0..items.len()).collect();
    (items, rows)
}

fn question_items(
    pane: &DebriefPane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let words = assets::debrief();
    let total = words.questions.len();
    let mut items = vec![ListItem::new(Line::from(Span::styled(
        format!("{} of {total} answered", answered_count(pane)),
        theme.muted,
    )))];
    let mut rows = Vec::new();
    for (i, q) in words.questions.iter().enumerate() {
        let answer = pane.answers.get(&q.key);
        let mark = if answer.is_some() { "✓ " } else { "○ " };
        let mut lines = vec![Line::from(vec![
            Span::styled(mark, theme.accent),
            Span::styled(q.text.clone(), theme.heading),
        ])];
        let max = if i == pane.row { 8 } else { 2 };
        match answer {
            Some(text) => lines.extend(indented(text, width, max, "  ", theme.base)),
            None => lines.push(Line::from(Span::styled(
                "  Not answered yet. Enter to write.",
                theme.muted,
            ))),
        }
        rows.push(items.len());
        items.push(ListItem::new(Text::from(lines)));
    }
    let setback = pane.current_setback();
    let reflection = setback.map(|s| s.reflection.clone()).unwrap_or_default();
    let mut lines = vec![Line::from(vec![
        Span::styled("✦ ", theme.accent),
        Span::styled(words.checkins.reflection.clone(), theme.heading),
    ])];
    if reflection.is_empty() {
        lines.push(Line::from(Span::styled(
            "  For a setback that also feels like relief. Enter to write.",
            theme.muted,
        )));
    } else {
        lines.extend(indented(&reflection, width, 3, "  ", theme.base));
    }
    rows.push(items.len());
    items.push(ListItem::new(Text::from(lines)));
    (items, rows)
}

fn strength_items(
    pane: &DebriefPane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let words = assets::debrief();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for kind in StrengthKind::ALL {
        items.push(ListItem::new(Line::from(Span::styled(
            words.strengths.prompt(kind).to_string(),
            theme.heading,
        ))));
        let mine: Vec<_> = pane.strengths.iter().filter(|s| s.kind == kind).collect();
        if mine.is_empty() {
            items.push(ListItem::new(Line::from(Span::styled(
                "  Nothing yet.",
                theme.muted,
            ))));
        }
        for s in mine {
            rows.push(items.len());
            items.push(ListItem::new(Text::from(indented(
                &s.text, width, 3, "  • ", theme.base,
            ))));
        }
    }
    if rows.is_empty() {
        return (Vec::new(), Vec::new());
    }
    (items, rows)
}

fn simple_items(
    texts: impl Iterator<Item = String>,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let items: Vec<ListItem> = texts
        .map(|t| ListItem::new(Text::from(indented(&t, width, 3, "• ", theme.base))))
        .collect();
    let rows = (0..items.len()).collect();
    (items, rows)
}

fn story_items(
    pane: &DebriefPane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let words = &assets::debrief().story;
    let parts = [
        (&words.situation, &pane.story.situation),
        (&words.action, &pane.story.action),
        (&words.result, &pane.story.result),
        (&words.learning, &pane.story.learning),
    ];
    let items: Vec<ListItem> = parts
        .iter()
        .map(|(prompt, text)| {
            let mut lines = vec![Line::from(Span::styled((*prompt).clone(), theme.heading))];
            if text.trim().is_empty() {
                lines.push(Line::from(Span::styled(
                    "  Not written yet. Enter to write the story.",
                    theme.muted,
                )));
            } else {
                lines.extend(indented(text, width, 4, "  ", theme.base));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    (items, vec![0, 1, 2, 3])
}

fn checkin_items(
    pane: &DebriefPane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let items: Vec<ListItem> = pane
        .checkins
        .iter()
        .map(|c| {
            let stages: Vec<&str> = [
                c.grief.map(|g| g.label()),
                c.transformation.map(|t| t.label()),
            ]
            .into_iter()
            .flatten()
            .collect();
            let mut lines = vec![Line::from(vec![
                Span::styled(format!("{}  ◆ ", c.date), theme.accent),
                Span::styled(stages.join(" · "), theme.heading),
            ])];
            if !c.note.trim().is_empty() {
                lines.extend(indented(&c.note, width, 3, "              │ ", theme.muted));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    let rows = (0..items.len()).collect();
    (items, rows)
}
