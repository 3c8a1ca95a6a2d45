//! The tab bar along the top: one tab per pane, with its number key.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::action::PaneId;
use crate::theme::Theme;

const NAME: &str = " bounce ";

fn label(n: usize, pane: PaneId) -> String {
    format!(" {} {} ", n + 1, pane.title())
}

pub fn render(frame: &mut Frame, area: Rect, current: PaneId, theme: &Theme) {
    let mut spans = vec![Span::styled(NAME, theme.heading)];
    for (n, pane) in PaneId::ALL.iter().enumerate() {
        let style = if *pane == current {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(label(n, *pane), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The pane whose tab is drawn at `column` of the tab bar, if any.
pub fn tab_at(column: u16) -> Option<PaneId> {
    let mut start = NAME.len();
    for (n, pane) in PaneId::ALL.iter().enumerate() {
        start += 1;
        let end = start + label(n, *pane).chars().count();
        if (start..end).contains(&usize::from(column)) {
            return Some(*pane);
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_finds_its_tab() {
        // " bounce   1 Home   2 Debrief ..."
        assert_eq!(tab_at(0), None);
        assert_eq!(tab_at(9), Some(PaneId::Home));
        assert_eq!(tab_at(16), Some(PaneId::Home));
        assert_eq!(tab_at(17), None);
        assert_eq!(tab_at(18), Some(PaneId::Debrief));
        assert_eq!(tab_at(50), Some(PaneId::Gratitude));
        assert_eq!(tab_at(62), Some(PaneId::Goals));
        assert_eq!(tab_at(68), None);
        assert_eq!(tab_at(200), None);
    }
}
