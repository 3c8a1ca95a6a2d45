//! Every change to what comes after a debrief: conversations, closing a chapter, and
//! looking back at it.

use uuid::Uuid;

use crate::domain::chapter::{ClosingDraft, ConversationDraft, Held};

#[derive(Debug, Clone, PartialEq)]
pub enum ChapterWrite {
    /// Plan a conversation with `person`: someone in the network by that name, or someone
    /// new (the draft's person id is taken from the name).
    Plan {
        person: String,
        draft: ConversationDraft,
    },
    UpdatePlan {
        id: Uuid,
        person: String,
        draft: ConversationDraft,
    },
    Hold {
        id: Uuid,
        held: Held,
    },
    DeleteConversation(Uuid),
    /// Keep a held conversation's takeaway as a lesson of its setback.
    TakeawayToLesson(Uuid),
    /// Make a held conversation's takeaway a goal.
    TakeawayToGoal(Uuid),
    Close {
        setback: Uuid,
        draft: ClosingDraft,
    },
    Reopen(Uuid),
    LookBack {
        setback: Uuid,
        rating: u8,
        note: String,
    },
    DeleteLookback(Uuid),
}

impl ChapterWrite {
    /// What the change is called when it is undone.
    pub fn label(&self) -> &'static str {
        match self {
            ChapterWrite::Plan { .. } => "planning a conversation",
            ChapterWrite::UpdatePlan { .. } => "editing a conversation",
            ChapterWrite::Hold { .. } => "noting how a conversation went",
            ChapterWrite::DeleteConversation(_) => "deleting a conversation",
            ChapterWrite::TakeawayToLesson(_) => "keeping a takeaway as a lesson",
            ChapterWrite::TakeawayToGoal(_) => "making a takeaway a goal",
            ChapterWrite::Close { .. } => "closing a chapter",
            ChapterWrite::Reopen(_) => "opening a chapter again",
            ChapterWrite::LookBack { .. } => "looking back",
            ChapterWrite::DeleteLookback(_) => "deleting a look back",
        }
    }
}
