//! The lists of the Goals pane: active, done and archived goals, ideas and people.

use crate::domain::goal::GoalState;

/// The lists of the pane, switched with `]`/`[`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Active,
    Done,
    Archived,
    Ideas,
    People,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Active,
        Tab::Done,
        Tab::Archived,
        Tab::Ideas,
        Tab::People,
    ];

    pub fn goal_state(self) -> Option<GoalState> {
        match self {
            Tab::Active => Some(GoalState::Active),
            Tab::Done => Some(GoalState::Done),
            Tab::Archived => Some(GoalState::Archived),
            Tab::Ideas | Tab::People => None,
        }
    }

    pub(super) fn of(state: GoalState) -> Tab {
        match state {
            GoalState::Active => Tab::Active,
            GoalState::Done => Tab::Done,
            GoalState::Archived => Tab::Archived,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Active => "Active",
            Tab::Done => "Done",
            Tab::Archived => "Archived",
            Tab::Ideas => "Ideas",
            Tab::People => "People",
        }
    }
}
