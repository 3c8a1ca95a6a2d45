//! The quiet panel Home shows after a run of low days: a kind word, someone who lifts you
//! up, your own help line, and where else help is. It goes when the days lift.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Padding, Paragraph};

use super::HomePane;
use crate::assets;
use crate::ui::wrap::hanging;
use crate::ui::{RenderCtx, panel};

/// After a run of low days: a quiet panel with a kind word, someone to lean on, the
/// person's own help line, and where else help is.
pub fn render(pane: &HomePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let words = &assets::home().support;
    let block = panel(
        Span::styled(format!(" {} ", words.title), theme.heading),
        false,
        theme,
    )
    .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    // Each part: its text, the most rows it takes, the fewest it keeps when room is short,
    // and its style.
    let mut parts = vec![(words.heavy.clone(), 3, 0, theme.base)];
    if let Some(person) = pane.lean_on.as_ref() {
        let text = ctx
            .keymap
            .fill(&words.lean_on)
            .replace("{name}", &person.name);
        parts.push((text, 2, 1, theme.accent));
    }
    if !pane.support.help.is_empty() {
        parts.push((
            format!("{} {}", words.your_help, pane.support.help),
            2,
            1,
            theme.base,
        ));
    }
    parts.push((words.elsewhere.clone(), 4, 1, theme.muted));
    // Each part gets the rows it needs; when they do not all fit, the kind word and then the
    // person give up rows first, so that the help line and where else help is show whole.
    let mut rows: Vec<usize> = parts
        .iter()
        .map(|(text, most, _, _)| crate::domain::text::wrap(text, width, *most).len())
        .collect();
    let room = usize::from(inner.height);
    for (i, (_, _, fewest, _)) in parts.iter().enumerate() {
        while rows.iter().sum::<usize>() > room && rows[i] > *fewest {
            rows[i] -= 1;
        }
    }
    let mut lines = Vec::new();
    for ((text, _, _, style), most) in parts.into_iter().zip(rows) {
        if most == 0 {
            continue;
        }
        lines.extend(hanging(
            Span::raw(""),
            Span::raw(""),
            &text,
            width,
            most,
            style,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
