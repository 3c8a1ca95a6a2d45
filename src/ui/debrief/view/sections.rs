//! The rows of each section of an open setback, as list items.

use std::ops::Range;

use ratatui::text::{Line, Span, Text};
use ratatui::widgets::ListItem;

use super::answered_count;
use crate::assets;
use crate::domain::dates::list_date;
use crate::domain::setback::StrengthKind;
use crate::domain::text::{display_width, one_line};
use crate::keymap::Keymap;
use crate::theme::Theme;
use crate::ui::debrief::{DebriefPane, Focus, Section};
use crate::ui::wrap::{bulleted, guttered, hanging};

/// The section's rows as list items, and which list items are the selectable rows, laid out
/// in the `width` columns a list row has for its text. Long sections (a timeline, the
/// reframes) build only the rows that can show in `height` lines.
pub(super) fn section_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    keymap: &Keymap,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    match pane.section {
        Section::Timeline => timeline_items(pane, width, height, theme),
        Section::Questions => question_items(pane, width, height, keymap, theme),
        Section::Strengths => strength_items(pane, width, height, theme),
        Section::Lessons => simple_items(
            pane,
            pane.lessons.iter().map(|l| match l.goal_id {
                Some(_) => format!("{}  (now a goal)", l.text),
                None => l.text.clone(),
            }),
            width,
            height,
            theme,
        ),
        Section::Reframes => reframe_items(pane, width, height, keymap, theme),
        Section::Story => story_items(pane, width, height, keymap, theme),
        Section::Checkins => checkin_items(pane, width, height, theme),
        Section::Conversations => super::chapter::conversation_items(pane, width, height, theme),
        Section::Chapter => super::chapter::chapter_items(pane, width, height, theme),
    }
}

/// The lines row `row`'s text may take: `usual`, or while it is selected as many as the list
/// has room for, so that the selected row shows its whole text.
pub(super) fn lines_for(pane: &DebriefPane, row: usize, height: u16, usual: usize) -> usize {
    if pane.focus == Focus::Detail && pane.row == row {
        usize::from(height).saturating_sub(2).max(usual)
    } else {
        usual
    }
}

/// The rows of a long section that can show: a screen of them above and below the selected
/// one, or the first screen while the section lacks the focus (then nothing is selected).
/// Drawn from there, the list looks as it would with every row, since each row takes at
/// least one line.
fn near_selection(pane: &DebriefPane, len: usize, height: u16) -> Range<usize> {
    let screen = usize::from(height).max(1);
    if pane.focus != Focus::Detail {
        return 0..len.min(screen);
    }
    let row = pane.row.min(len.saturating_sub(1));
    row.saturating_sub(screen)..len.min(row + screen + 1)
}

/// The selectable rows of a section built from `shown`: row `i` is item `i - shown.start`.
fn rows_from(shown: &Range<usize>) -> Vec<usize> {
    (0..shown.end)
        .map(|i| i.saturating_sub(shown.start))
        .collect()
}

fn timeline_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let shown = near_selection(pane, pane.events.len(), height);
    let items: Vec<ListItem> = pane.events[shown.clone()]
        .iter()
        .zip(shown.clone())
        .map(|(e, i)| {
            let selected = i == pane.row && pane.focus == Focus::Detail;
            // Right-aligned to the width of "30 Sep 2026", so the gutter stays put.
            let day = format!("{:>11}", list_date(e.date));
            let when = match e.time {
                Some(t) => format!("{day} {}", t.format("%H:%M")),
                None => format!("{day}      "),
            };
            let prefix = Span::styled(format!("{when}  ● "), theme.accent);
            let gutter = format!("{}│ ", " ".repeat(19));
            let mut lines;
            if selected {
                let under = Span::raw(gutter.clone());
                lines = hanging(prefix, under, &e.what, width, 6, theme.base);
                for (label, text) in [("who", &e.who), ("thought", &e.thought), ("felt", &e.felt)] {
                    if !text.trim().is_empty() {
                        let text = format!("{label}: {text}");
                        lines.extend(guttered(&gutter, &text, width, 4, theme.muted));
                    }
                }
            } else {
                let room = width.saturating_sub(prefix.width()).max(1);
                lines = vec![Line::from(vec![prefix, Span::raw(one_line(&e.what, room))])];
                if i + 1 < pane.events.len() {
                    lines.push(Line::from(Span::styled(
                        gutter.trim_end().to_string(),
                        theme.muted,
                    )));
                }
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    (items, rows_from(&shown))
}

fn question_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    keymap: &Keymap,
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
        let mark = Span::styled(mark, theme.accent);
        let mut lines = bulleted(mark, &q.text, width, 3, theme.heading);
        let max = if i == pane.row {
            lines_for(pane, i, height, 8)
        } else {
            2
        };
        match answer {
            Some(text) => lines.extend(guttered("  ", text, width, max, theme.base)),
            None => lines.push(Line::from(Span::styled(
                keymap
                    .fill("  Not answered yet. {key:debrief.open} to write.")
                    .into_owned(),
                theme.muted,
            ))),
        }
        rows.push(items.len());
        items.push(ListItem::new(Text::from(lines)));
    }
    let setback = pane.current_setback();
    let reflection = setback.map(|s| s.reflection.clone()).unwrap_or_default();
    let mark = Span::styled("✦ ", theme.accent);
    let mut lines = bulleted(mark, &words.checkins.reflection, width, 3, theme.heading);
    if reflection.is_empty() {
        lines.push(Line::from(Span::styled(
            keymap
                .fill("  For a setback that also feels like relief. {key:debrief.open} to write.")
                .into_owned(),
            theme.muted,
        )));
    } else {
        lines.extend(guttered("  ", &reflection, width, 3, theme.base));
    }
    rows.push(items.len());
    items.push(ListItem::new(Text::from(lines)));
    (items, rows)
}

fn strength_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let words = assets::debrief();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for kind in StrengthKind::ALL {
        if kind == StrengthKind::Skill {
            items.push(ListItem::new(""));
            items.push(ListItem::new(Line::from(Span::styled(
                "What I gained",
                theme.accent,
            ))));
        }
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
            let max = lines_for(pane, rows.len(), height, 3);
            rows.push(items.len());
            let mut lines = bulleted(Span::raw("  • "), &s.text, width, max, theme.base);
            if s.person_id.is_some() {
                mark_in_network(&mut lines, width, theme);
            }
            items.push(ListItem::new(Text::from(lines)));
        }
    }
    if rows.is_empty() {
        return (Vec::new(), Vec::new());
    }
    (items, rows)
}

/// Marks someone who joined the support network: after their name, or on a line of its own.
fn mark_in_network(lines: &mut Vec<Line<'static>>, width: usize, theme: &Theme) {
    const MARK: &str = "  (in your network)";
    let mark = Span::styled(MARK, theme.muted);
    match lines.last_mut() {
        Some(last) if last.width() + display_width(MARK) <= width => last.spans.push(mark),
        _ => lines.push(Line::from(vec![Span::raw("  "), mark])),
    }
}

/// Each harsh thought, quoted and quiet, with the kinder version under it (or an
/// invitation to write one).
fn reframe_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    keymap: &Keymap,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let not_yet = keymap.fill(&assets::reframes().not_yet).into_owned();
    let shown = near_selection(pane, pane.reframes.len(), height);
    let items: Vec<ListItem> = pane.reframes[shown.clone()]
        .iter()
        .zip(shown.clone())
        .map(|(r, i)| {
            let more = if i == pane.row { 3 } else { 1 };
            let quoted = format!("“{}”", r.thought.trim());
            let mut lines = guttered("", &quoted, width, 2 * more, theme.muted);
            if r.kinder.trim().is_empty() {
                lines.extend(guttered("  ", &not_yet, width, 2, theme.muted));
            } else {
                let arrow = Span::styled("  → ", theme.accent);
                lines.extend(bulleted(arrow, &r.kinder, width, 3 * more, theme.base));
            }
            if i + 1 < pane.reframes.len() {
                lines.push(Line::raw(""));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    (items, rows_from(&shown))
}

fn simple_items(
    pane: &DebriefPane,
    texts: impl Iterator<Item = String>,
    width: usize,
    height: u16,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let items: Vec<ListItem> = texts
        .enumerate()
        .map(|(i, t)| {
            let max = lines_for(pane, i, height, 3);
            ListItem::new(Text::from(bulleted(
                Span::raw("• "),
                &t,
                width,
                max,
                theme.base,
            )))
        })
        .collect();
    let rows = (0..items.len()).collect();
    (items, rows)
}

fn story_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    keymap: &Keymap,
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
        .enumerate()
        .map(|(i, (prompt, text))| {
            let mut lines = guttered("", prompt, width, 2, theme.heading);
            if text.trim().is_empty() {
                lines.push(Line::from(Span::styled(
                    keymap
                        .fill("  Not written yet. {key:debrief.open} to write the story.")
                        .into_owned(),
                    theme.muted,
                )));
            } else {
                let max = lines_for(pane, i, height, 4);
                lines.extend(guttered("  ", text, width, max, theme.base));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    (items, vec![0, 1, 2, 3])
}

fn checkin_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let items: Vec<ListItem> = pane
        .checkins
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let stages: Vec<&str> = [
                c.grief.map(|g| g.label()),
                c.transformation.map(|t| t.label()),
            ]
            .into_iter()
            .flatten()
            .collect();
            let mut lines = vec![Line::from(vec![
                Span::styled(format!("{:>11}  ◆ ", list_date(c.date)), theme.accent),
                Span::styled(stages.join(" · "), theme.heading),
            ])];
            if !c.note.trim().is_empty() {
                let gutter = "               │ ";
                let max = lines_for(pane, i, height, 3);
                lines.extend(guttered(gutter, &c.note, width, max, theme.muted));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    let rows = (0..items.len()).collect();
    (items, rows)
}
