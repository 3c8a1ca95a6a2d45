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
    let mut lines = hanging(
        Span::raw(""),
        Span::raw(""),
        &words.heavy,
        width,
        3,
        theme.base,
    );
    if let Some(person) = pane.lean_on.as_ref() {
        let text = ctx
            .keymap
            .fill(&words.lean_on)
            .replace("{name}", &person.name);
        lines.extend(hanging(
            Span::raw(""),
            Span::raw(""),
            &text,
            width,
            2,
            theme.accent,
        ));
    }
    if !pane.support.help.is_empty() {
        let text = format!("{} {}", words.your_help, pane.support.help);
        lines.extend(hanging(
            Span::raw(""),
            Span::raw(""),
            &text,
            width,
            2,
            theme.base,
        ));
    }
    lines.extend(hanging(
        Span::raw(""),
        Span::raw(""),
        &words.elsewhere,
        width,
        4,
        theme.muted,
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}
