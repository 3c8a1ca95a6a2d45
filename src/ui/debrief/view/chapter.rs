//! Drawing an open setback's conversations and its chapter: the close, the ratings over time
//! as a small chart, and each look-back.

use ratatui::text::{Line, Span, Text};
use ratatui::widgets::ListItem;

use super::sections::lines_for;
use crate::assets;
use crate::domain::chapter::{Closing, Conversation, RATING_MAX};
use crate::domain::dates::list_date;
use crate::theme::Theme;
use crate::ui::debrief::DebriefPane;
use crate::ui::wrap::{guttered, hanging};

type Items = (Vec<ListItem<'static>>, Vec<usize>);

pub(super) fn conversation_items(
    pane: &DebriefPane,
    width: usize,
    height: u16,
    theme: &Theme,
) -> Items {
    let items: Vec<ListItem> = pane
        .conversations
        .iter()
        .enumerate()
        .map(|(i, c)| conversation_item(pane, c, i, width, height, theme))
        .collect();
    let rows = (0..items.len()).collect();
    (items, rows)
}

fn conversation_item(
    pane: &DebriefPane,
    c: &Conversation,
    row: usize,
    width: usize,
    height: u16,
    theme: &Theme,
) -> ListItem<'static> {
    let kind = &assets::conversations().kind(c.kind).label;
    let (when, style) = match (c.held_on, c.planned_on) {
        (Some(day), _) => (format!("held {}", list_date(day)), theme.muted),
        (None, Some(day)) if c.is_due(pane.today) => {
            (format!("planned {}, due", list_date(day)), theme.warning)
        }
        (None, Some(day)) => (format!("planned {}", list_date(day)), theme.accent),
        (None, None) => ("planned, no day set".to_string(), theme.accent),
    };
    let mut lines = hanging(
        Span::styled(format!("{kind} · "), theme.heading),
        Span::raw("  "),
        &format!("{} · {when}", c.person),
        width,
        2,
        style,
    );
    let gutter = "  │ ";
    let max = lines_for(pane, row, height, 2);
    let (text, label) = if c.held_on.is_some() {
        (c.takeaway.as_str(), "Takeaway: ")
    } else {
        (c.questions.as_str(), "")
    };
    if !text.trim().is_empty() {
        let text = format!("{label}{text}");
        lines.extend(guttered(gutter, &text, width, max, theme.base));
    }
    ListItem::new(Text::from(lines))
}

pub(super) fn chapter_items(pane: &DebriefPane, width: usize, height: u16, theme: &Theme) -> Items {
    let Some(closing) = pane.closing.as_ref() else {
        return (Vec::new(), Vec::new());
    };
    let mut items = vec![closing_item(pane, closing, width, height, theme)];
    let mut rows = vec![0];
    if let Some(chart) = chart(closing, pane, theme) {
        items.push(chart);
    }
    for (i, l) in pane.lookbacks.iter().enumerate() {
        let mut lines = vec![Line::from(vec![
            Span::styled(format!("{}  ", list_date(l.on)), theme.accent),
            Span::styled(
                format!("looked back: {} of {RATING_MAX}", l.rating),
                theme.heading,
            ),
        ])];
        let max = lines_for(pane, i + 1, height, 2);
        if !l.note.trim().is_empty() {
            lines.extend(guttered("  │ ", &l.note, width, max, theme.base));
        }
        rows.push(items.len());
        items.push(ListItem::new(Text::from(lines)));
    }
    (items, rows)
}

fn closing_item(
    pane: &DebriefPane,
    c: &Closing,
    width: usize,
    height: u16,
    theme: &Theme,
) -> ListItem<'static> {
    let words = assets::closing();
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}  ", list_date(c.closed_on)), theme.accent),
        Span::styled("Chapter closed", theme.heading),
        Span::styled(
            c.rating
                .map_or(String::new(), |r| format!(" · {r} of {RATING_MAX} then")),
            theme.muted,
        ),
    ])];
    let max = lines_for(pane, 0, height, 2);
    let best = c.best.map(|b| {
        let note = if c.best_note.trim().is_empty() {
            String::new()
        } else {
            format!(": {}", c.best_note)
        };
        format!("{}{note}", b.label())
    });
    let parts = [
        (words.best.as_str(), best.unwrap_or_default()),
        (words.accept.as_str(), c.accept.clone()),
        (words.permission.as_str(), c.permission.clone()),
        (words.carry.as_str(), c.carry.clone()),
    ];
    for (question, answer) in parts {
        if answer.trim().is_empty() {
            continue;
        }
        lines.extend(guttered("  ", question, width, 2, theme.muted));
        lines.extend(guttered("  │ ", &answer, width, max, theme.base));
    }
    ListItem::new(Text::from(lines))
}

/// The ratings from the close on, one bar each, when there is more than one.
fn chart(c: &Closing, pane: &DebriefPane, theme: &Theme) -> Option<ListItem<'static>> {
    let ratings: Vec<u8> = c
        .rating
        .into_iter()
        .chain(pane.lookbacks.iter().map(|l| l.rating))
        .collect();
    if ratings.len() < 2 {
        return None;
    }
    const BARS: [char; 11] = ['▁', '▁', '▂', '▃', '▃', '▄', '▅', '▅', '▆', '▇', '█'];
    let bars: String = ratings
        .iter()
        .map(|r| BARS[usize::from(*r).min(BARS.len() - 1)])
        .collect();
    let first = ratings.first().copied().unwrap_or(0);
    let last = ratings.last().copied().unwrap_or(0);
    let words = if last < first {
        "lighter than when you closed it"
    } else if last == first {
        "as heavy as when you closed it"
    } else {
        "heavier for now; that happens"
    };
    Some(ListItem::new(Line::from(vec![
        Span::styled("  ", theme.muted),
        Span::styled(bars, theme.accent),
        Span::styled(format!("  {words}"), theme.muted),
    ])))
}
