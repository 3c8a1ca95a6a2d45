//! Every change the Review pane makes: a week's review, written or let go, and its small
//! step made a step of a goal.

use uuid::Uuid;

use crate::domain::review::{ReviewDraft, Week};

#[derive(Debug, Clone, PartialEq)]
pub enum ReviewWrite {
    /// Keep the review of `week`, written for the first time or again.
    Save {
        week: Week,
        draft: ReviewDraft,
    },
    Delete(Uuid),
    /// Make the review's small step the last step of `goal`.
    StepToGoal {
        id: Uuid,
        goal: Uuid,
    },
}

impl ReviewWrite {
    /// What the change is called when it is undone.
    pub fn label(&self) -> &'static str {
        match self {
            ReviewWrite::Save { .. } => "writing a weekly review",
            ReviewWrite::Delete(_) => "deleting a weekly review",
            ReviewWrite::StepToGoal { .. } => "making a small step a goal's step",
        }
    }
}
