//! Drawing the frame: the tab bar, the pane on screen, the status line, and the search
//! overlay and popups above them.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{App, MIN_HEIGHT, MIN_WIDTH};
use crate::keymap::{Command, Scope};
use crate::theme::Theme;
use crate::ui::status_bar;
use crate::ui::{RenderCtx, tabs};

impl App {
    pub fn render(&mut self, frame: &mut Frame) {
        self.draw(frame);
        crate::ui::show_controls(frame.buffer_mut());
    }

    fn draw(&mut self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(frame, area, &self.theme);
            return;
        }
        let status_height = status_bar::height(self.message.as_ref(), area.width);
        let [tabs_area, body, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(status_height),
        ])
        .areas(area);
        tabs::render(frame, tabs_area, self.current, &self.keymap, &self.theme);
        self.tab_width = tabs_area.width;
        let ctx = RenderCtx {
            theme: &self.theme,
            keymap: &self.keymap,
            today: self.today,
            week_start: self.week_start,
            clicks: &self.clicks,
        };
        self.clicks.clear();
        let pane = self.panes.get_mut(self.current);
        pane.render(frame, body, &ctx);
        let hints = if self.search.is_some() {
            vec![(Scope::Editor, Command::Cancel)]
        } else {
            pane.hints()
        };
        status_bar::render(
            frame,
            status,
            self.message.as_ref(),
            &hints,
            &self.keymap,
            &self.theme,
        );
        if let Some(overlay) = self.search.as_mut() {
            overlay.render(frame, body, &self.theme);
        }
        if let Some(popup) = self.popup.as_mut() {
            popup.render(frame, body, &self.keymap, &self.theme);
        }
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::from("Window too small."),
        Line::from(format!("bounce needs {MIN_WIDTH}×{MIN_HEIGHT}.")),
    ];
    let height = area.height.min(2);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.base)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        row,
    );
}
