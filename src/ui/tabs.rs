//! The tab bar along the top: one tab per pane, with the key that shows it. In a narrow
//! window the app's name goes first, then every tab but the current one shows its key alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::action::PaneId;
use crate::keymap::{Keymap, Scope};
use crate::theme::Theme;

const NAME: &str = " bounce ";

/// How the bar is drawn at some width: whether the app's name leads it, and each tab's
/// label with the column it starts at.
struct Bar {
    named: bool,
    tabs: Vec<(PaneId, String, usize)>,
}

/// A tab's label: its key and title, or its key alone (its title when it has no key).
fn label(pane: PaneId, titled: bool, keymap: &Keymap) -> String {
    match keymap.short_label(Scope::Global, pane.go_command()) {
        Some(key) if titled => format!(" {key} {} ", pane.title()),
        Some(key) => format!(" {key} "),
        None => format!(" {} ", pane.title()),
    }
}

fn bar(width: u16, current: PaneId, keymap: &Keymap) -> Bar {
    let lay_out = |named: bool, titled: &dyn Fn(PaneId) -> bool| {
        let mut start = if named { NAME.len() } else { 0 };
        let mut tabs = Vec::new();
        for pane in &PaneId::ALL {
            start += 1;
            let text = label(*pane, titled(*pane), keymap);
            let end = start + text.chars().count();
            tabs.push((*pane, text, start));
            start = end;
        }
        (Bar { named, tabs }, start)
    };
    let fits = |(bar, end): (Bar, usize)| (end <= usize::from(width)).then_some(bar);
    fits(lay_out(true, &|_| true))
        .or_else(|| fits(lay_out(false, &|_| true)))
        .unwrap_or_else(|| lay_out(false, &|pane| pane == current).0)
}

pub fn render(frame: &mut Frame, area: Rect, current: PaneId, keymap: &Keymap, theme: &Theme) {
    let bar = bar(area.width, current, keymap);
    let mut spans = Vec::new();
    if bar.named {
        spans.push(Span::styled(NAME, theme.heading));
    }
    for (pane, text, _) in bar.tabs {
        let style = if pane == current {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(text, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The pane whose tab is drawn at `column` of a tab bar `width` columns wide, if any.
pub fn tab_at(column: u16, width: u16, current: PaneId, keymap: &Keymap) -> Option<PaneId> {
    let column = usize::from(column);
    bar(width, current, keymap)
        .tabs
        .into_iter()
        .find(|(_, text, start)| (*start..start + text.chars().count()).contains(&column))
        .map(|(pane, _, _)| pane)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_finds_its_tab() {
        // " bounce   1 Home   2 Debrief ..."
        let keymap = Keymap::defaults();
        let at = |column| tab_at(column, 80, PaneId::Home, &keymap);
        assert_eq!(at(0), None);
        assert_eq!(at(9), Some(PaneId::Home));
        assert_eq!(at(16), Some(PaneId::Home));
        assert_eq!(at(17), None);
        assert_eq!(at(18), Some(PaneId::Debrief));
        assert_eq!(at(50), Some(PaneId::Gratitude));
        assert_eq!(at(62), Some(PaneId::Goals));
        assert_eq!(at(68), None);
        assert_eq!(at(70), Some(PaneId::Review));
        assert_eq!(at(79), None);
        assert_eq!(at(200), None);
    }

    #[test]
    fn a_narrow_bar_drops_the_name_then_the_other_titles_and_clicks_follow() {
        // Without the name: " 1 Home   2 Debrief ..." ends at column 71.
        let keymap = Keymap::defaults();
        assert_eq!(tab_at(1, 71, PaneId::Home, &keymap), Some(PaneId::Home));
        assert_eq!(tab_at(59, 71, PaneId::Home, &keymap), Some(PaneId::Goals));
        assert_eq!(tab_at(70, 71, PaneId::Home, &keymap), Some(PaneId::Review));
        // At 40 columns: " 1   2   3 Root cause   4   5   6 ".
        let at = |column| tab_at(column, 40, PaneId::RootCause, &keymap);
        assert_eq!(at(1), Some(PaneId::Home));
        assert_eq!(at(5), Some(PaneId::Debrief));
        assert_eq!(at(9), Some(PaneId::RootCause));
        assert_eq!(at(22), Some(PaneId::RootCause));
        assert_eq!(at(24), Some(PaneId::Gratitude));
        assert_eq!(at(28), Some(PaneId::Goals));
        assert_eq!(at(31), None);
        assert_eq!(at(32), Some(PaneId::Review));
        assert_eq!(at(36), None);
        let bar = bar(40, PaneId::RootCause, &keymap);
        assert!(!bar.named);
        let (_, last, start) = bar.tabs.last().expect("six tabs");
        assert!(start + last.chars().count() <= 40);
    }
}
