//! The honest screen of a pane that is not built yet: what it will hold, and where to go now.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Pane, RenderCtx, centered, panel};
use crate::action::{Action, PaneId};
use crate::assets;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};

pub struct PlaceholderPane {
    id: PaneId,
}

impl PlaceholderPane {
    pub fn new(id: PaneId) -> PlaceholderPane {
        PlaceholderPane { id }
    }
}

impl Pane for PlaceholderPane {
    fn id(&self) -> PaneId {
        self.id
    }

    fn scope(&self) -> Option<Scope> {
        None
    }

    fn handle_key(&mut self, _key: KeyEvent, _keymap: &Keymap) -> Option<Action> {
        None
    }

    fn reload(&mut self, _store: &Store, _today: NaiveDate) -> Result<()> {
        Ok(())
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        vec![
            (Scope::Global, Command::GoGratitude),
            (Scope::Global, Command::NextPane),
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let words = assets::panes();
        let key = ctx
            .keymap
            .short_label(Scope::Global, Command::GoGratitude)
            .unwrap_or_default();
        let block = panel(format!(" {} ", self.id.title()), false, ctx.theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let text = vec![
            Line::from(Span::styled(
                words.soon(self.id).to_string(),
                ctx.theme.base,
            )),
            Line::raw(""),
            Line::from(Span::styled(words.common.coming.clone(), ctx.theme.muted)),
            Line::from(Span::styled(
                words.common.meanwhile.replace("{key}", &key),
                ctx.theme.muted,
            )),
        ];
        let width = inner.width.clamp(1, 64);
        let body = centered(inner, width, 8);
        frame.render_widget(
            Paragraph::new(text)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            body,
        );
    }
}
