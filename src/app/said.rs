//! What the app says after a write: a line in the status bar, a celebration when a goal was
//! just finished, and the record the write added, for the pane that asked to select.

use uuid::Uuid;

use crate::ui::popup::Popup;
use crate::ui::status_bar::Tone;

pub struct Said {
    pub text: String,
    pub tone: Tone,
    pub celebration: Option<Popup>,
    /// The record the write added, if it added one.
    pub added: Option<Uuid>,
}

impl Said {
    pub fn info(text: impl Into<String>) -> Said {
        Said {
            text: text.into(),
            tone: Tone::Info,
            celebration: None,
            added: None,
        }
    }

    pub fn adding(self, added: Option<Uuid>) -> Said {
        Said { added, ..self }
    }
}
