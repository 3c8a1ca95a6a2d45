//! Everything a person can ask the app to do. Panes turn keys into these; `App::update` is
//! the one place that carries them out.

use chrono::NaiveDate;
use uuid::Uuid;

mod chapter;
mod review;
mod write;

pub use chapter::ChapterWrite;
pub use review::ReviewWrite;
pub use write::{CauseWrite, DebriefWrite, ForwardWrite, GoalWrite, Write};

use crate::domain::Mood;

/// The panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaneId {
    Home,
    Debrief,
    RootCause,
    Gratitude,
    Goals,
    Review,
}

impl PaneId {
    pub const ALL: [PaneId; 6] = [
        PaneId::Home,
        PaneId::Debrief,
        PaneId::RootCause,
        PaneId::Gratitude,
        PaneId::Goals,
        PaneId::Review,
    ];

    pub fn title(self) -> &'static str {
        match self {
            PaneId::Home => "Home",
            PaneId::Debrief => "Debrief",
            PaneId::RootCause => "Root cause",
            PaneId::Gratitude => "Gratitude",
            PaneId::Goals => "Goals",
            PaneId::Review => "Review",
        }
    }

    /// The name used on the command line (`bounce screen gratitude`).
    pub fn cli_name(self) -> &'static str {
        match self {
            PaneId::Home => "home",
            PaneId::Debrief => "debrief",
            PaneId::RootCause => "rootcause",
            PaneId::Gratitude => "gratitude",
            PaneId::Goals => "goals",
            PaneId::Review => "review",
        }
    }

    /// The keymap scope of the pane's own keys.
    pub fn scope(self) -> crate::keymap::Scope {
        use crate::keymap::Scope;
        match self {
            PaneId::Home => Scope::Home,
            PaneId::Debrief => Scope::Debrief,
            PaneId::RootCause => Scope::RootCause,
            PaneId::Gratitude => Scope::Gratitude,
            PaneId::Goals => Scope::Goals,
            PaneId::Review => Scope::Review,
        }
    }

    /// The global command that shows the pane.
    pub const fn go_command(self) -> crate::keymap::Command {
        use crate::keymap::Command;
        match self {
            PaneId::Home => Command::GoHome,
            PaneId::Debrief => Command::GoDebrief,
            PaneId::RootCause => Command::GoRootCause,
            PaneId::Gratitude => Command::GoGratitude,
            PaneId::Goals => Command::GoGoals,
            PaneId::Review => Command::GoReview,
        }
    }

    pub fn index(self) -> usize {
        PaneId::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    pub fn next(self) -> PaneId {
        PaneId::ALL[(self.index() + 1) % PaneId::ALL.len()]
    }

    pub fn previous(self) -> PaneId {
        PaneId::ALL[(self.index() + PaneId::ALL.len() - 1) % PaneId::ALL.len()]
    }
}

/// What a person asked for. A change to the journal is a [`Write`]: `App::update` carries
/// every write out as one transaction with its undo group and the day's backup, and
/// nothing else can reach the store's writing methods.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A change to the journal.
    Write(Write),
    /// Read the pane on screen again, after its view moved (see [`Read`]).
    Read(Read),
    Quit,
    ToggleHelp,
    ShowPane(PaneId),
    /// Show a short message in the status line.
    Say(String),
    /// Ask a yes/no question; `on_yes` runs only after a yes.
    Confirm {
        question: String,
        on_yes: Box<Action>,
    },
    /// Open the mood picker for a day.
    PickMood {
        date: NaiveDate,
        current: Option<Mood>,
    },
    /// Close the editor, forgetting what was typed there.
    DiscardEdit {
        draft: String,
    },
    /// Show one goal with its steps in the Goals pane.
    OpenGoal(Uuid),
    /// Show a record (a search hit) in its pane: the setback's section and row, the day,
    /// the goal and step, the idea or the person.
    ShowRecord(crate::domain::search::Record),
    /// Show a pane and carry out one of its commands there, as if its key were pressed
    /// (Home's "add gratitude" opens the Gratitude pane's editor for today).
    Jump {
        pane: PaneId,
        commands: Vec<crate::keymap::Command>,
    },
    /// Hand `text` to the person's own editor; what comes back replaces it.
    EditExternally {
        text: String,
    },
    /// Put text on the terminal's clipboard (OSC 52).
    Copy {
        text: String,
        what: String,
    },
}

/// What a pane asks to read again when only its view moved and nothing was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Read {
    /// Everything the pane shows (after a write, a new day, or a different list).
    #[default]
    All,
    /// Only what the selection moved to: the rows it reached and what it opens.
    Selection,
    /// Only what a section just brought on screen (a setback's reframes, a cause's reading).
    Shown,
}
