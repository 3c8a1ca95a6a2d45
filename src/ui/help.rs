//! The help overlay: every key of the current pane and of the whole app, read from the live
//! keymap so it always says what the keys really do.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{centered, panel};
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;

/// Section headings, in the order sections are listed.
fn heading(scope: Scope, title: &str) -> String {
    match scope {
        Scope::Global => "Everywhere".to_string(),
        Scope::Editor => "While typing".to_string(),
        _ => title.to_string(),
    }
}

/// The lines of the overlay: a heading per scope, then one line per command.
pub fn lines(scopes: &[Scope], title: &str, keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for scope in scopes {
        let commands = keymap.commands(*scope);
        if commands.is_empty() && *scope != Scope::Editor {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::from(Span::styled(
            heading(*scope, title),
            theme.heading,
        )));
        let labels: Vec<(String, &str)> = commands
            .iter()
            .map(|c| (keymap.label(*scope, *c), describe(*scope, *c)))
            .chain(fixed_keys(*scope))
            .collect();
        let width = labels
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        for (keys, what) in labels {
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<width$}  "), theme.key),
                Span::styled(what.to_string(), theme.base),
            ]));
        }
    }
    out
}

/// Keys that are not configurable, listed so nobody has to guess them.
fn fixed_keys(scope: Scope) -> Vec<(String, &'static str)> {
    match scope {
        Scope::Global => vec![(
            "Ctrl-C".to_string(),
            "Quit at once, from anywhere (drafts are kept)",
        )],
        _ => Vec::new(),
    }
}

/// A command's description, worded for the scope it is used in.
fn describe(scope: Scope, command: Command) -> &'static str {
    match (scope, command) {
        (Scope::Gratitude, Command::Add) => "Add something you are grateful for",
        _ => command.description(),
    }
}

pub fn render(
    frame: &mut Frame,
    area: Rect,
    scopes: &[Scope],
    title: &str,
    scroll: &mut u16,
    keymap: &Keymap,
    theme: &Theme,
) {
    let lines = lines(scopes, title, keymap, theme);
    let content_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let width = area.width.clamp(1, 72);
    let height = content_height.saturating_add(2).min(area.height);
    let rect = centered(area, width, height);
    let visible = rect.height.saturating_sub(2);
    *scroll = (*scroll).min(content_height.saturating_sub(visible));
    let more = content_height > visible;
    let title_line = if more {
        format!(" Keys: {title} (j/k to scroll, Esc to close) ")
    } else {
        format!(" Keys: {title} (Esc to close) ")
    };
    let block = panel(title_line, true, theme);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Paragraph::new(lines).scroll((*scroll, 0)),
        rect.inner(Margin::new(1, 1)),
    );
}
