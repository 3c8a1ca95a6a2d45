//! What Home offers as due today: a look back at a closed chapter, or a conversation planned
//! for today or a day gone by; one line, and one key to open it.

use ratatui::text::{Line, Span};
use uuid::Uuid;

use super::HomePane;
use crate::action::Action;
use crate::assets;
use crate::domain::chapter::milestone_words;
use crate::domain::search::{Record, RecordKind};
use crate::domain::text::truncate;
use crate::keymap::Keymap;
use crate::store::{Result, Store};
use crate::theme::Theme;

/// The one thing due that Home offers.
#[derive(Debug, Clone, PartialEq)]
pub enum Due {
    LookBack {
        setback: Uuid,
        title: String,
        days: i64,
    },
    Conversation {
        id: Uuid,
        setback: Uuid,
        person: String,
        kind: String,
    },
}

/// A look back first (it waits longest), else the first conversation due that is about a
/// setback.
pub fn read(store: &Store, today: chrono::NaiveDate) -> Result<Option<Due>> {
    if let Some((closing, days)) = store.lookbacks_due(today)?.into_iter().next() {
        if let Some(setback) = store.setback(closing.setback_id)? {
            return Ok(Some(Due::LookBack {
                setback: setback.id,
                title: setback.title,
                days,
            }));
        }
    }
    let talk = store.conversations_due(today)?.into_iter().find_map(|c| {
        let setback = c.setback_id?;
        Some(Due::Conversation {
            id: c.id,
            setback,
            person: c.person,
            kind: assets::conversations().kind(c.kind).label.to_lowercase(),
        })
    });
    Ok(talk)
}

impl HomePane {
    /// Shows what is due in its setback: the look back's form, or the conversation.
    pub(super) fn open_due(&self) -> Option<Action> {
        let (kind, id, setback) = match self.due.as_ref()? {
            Due::LookBack { setback, .. } => (RecordKind::Chapter, *setback, *setback),
            Due::Conversation { id, setback, .. } => (RecordKind::Conversation, *id, *setback),
        };
        Some(Action::ShowRecord(Record {
            kind,
            id,
            parent: Some(setback),
            date: self.today,
        }))
    }
}

/// The lines Home shows for it (two at most), its key named from the keymap.
pub fn lines(due: &Due, width: usize, keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let text = match due {
        Due::LookBack { title, days, .. } => format!(
            "{} ago you closed “{}”. How does it look from here? {{key:home.due}} looks back.",
            capital(milestone_words(*days)),
            truncate(title, 30)
        ),
        Due::Conversation { person, kind, .. } => format!(
            "Due: {kind} with {}. {{key:home.due}} opens it.",
            truncate(person, 24)
        ),
    };
    crate::domain::text::wrap(&keymap.fill(&text), width.max(1), 2)
        .into_iter()
        .map(|line| Line::from(Span::styled(line, theme.accent)))
        .collect()
}

fn capital(text: &str) -> String {
    crate::domain::text::capitalise(text)
}
