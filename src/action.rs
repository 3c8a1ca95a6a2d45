//! Everything a person can ask the app to do. Panes turn keys into these; `App::update` is
//! the one place that carries them out.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::Mood;
use crate::domain::forward::{PersonDraft, Question, Verdict};
use crate::domain::goal::GoalDraft;
use crate::domain::root_cause::{Answer, Cause};
use crate::domain::setback::{
    EventDraft, GriefStage, SetbackDraft, Story, StrengthKind, TransformationStage,
};

/// The panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaneId {
    Home,
    Debrief,
    RootCause,
    Gratitude,
    Goals,
}

impl PaneId {
    pub const ALL: [PaneId; 5] = [
        PaneId::Home,
        PaneId::Debrief,
        PaneId::RootCause,
        PaneId::Gratitude,
        PaneId::Goals,
    ];

    pub fn title(self) -> &'static str {
        match self {
            PaneId::Home => "Home",
            PaneId::Debrief => "Debrief",
            PaneId::RootCause => "Root cause",
            PaneId::Gratitude => "Gratitude",
            PaneId::Goals => "Goals",
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
        }
    }

    /// The global command that shows the pane.
    pub fn go_command(self) -> crate::keymap::Command {
        use crate::keymap::Command;
        match self {
            PaneId::Home => Command::GoHome,
            PaneId::Debrief => Command::GoDebrief,
            PaneId::RootCause => Command::GoRootCause,
            PaneId::Gratitude => Command::GoGratitude,
            PaneId::Goals => Command::GoGoals,
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

/// Every change to the journal. `draft` names the kept draft to forget once it is saved.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    AddGratitude {
        date: NaiveDate,
        text: String,
        draft: String,
    },
    UpdateGratitude {
        id: Uuid,
        text: String,
        draft: String,
    },
    DeleteGratitude {
        id: Uuid,
    },
    SaveNote {
        date: NaiveDate,
        text: String,
        draft: String,
    },
    SetMood {
        date: NaiveDate,
        mood: Option<Mood>,
    },
    /// A change to a setback's debrief.
    Debrief {
        write: DebriefWrite,
        draft: Option<String>,
    },
    /// A change to a setback's root cause.
    RootCause {
        write: CauseWrite,
        draft: Option<String>,
    },
    /// A change to a goal or its steps.
    Goal {
        write: GoalWrite,
        draft: Option<String>,
    },
    /// A change to ideas, people or reframes.
    Forward {
        write: ForwardWrite,
        draft: Option<String>,
    },
}

impl Write {
    /// The kept draft this write saves, to forget once it is saved; `None` for a write made
    /// without a form (a tick, a delete).
    pub fn draft(&self) -> Option<&str> {
        match self {
            Write::AddGratitude { draft, .. }
            | Write::UpdateGratitude { draft, .. }
            | Write::SaveNote { draft, .. } => Some(draft),
            Write::Debrief { draft, .. }
            | Write::RootCause { draft, .. }
            | Write::Goal { draft, .. }
            | Write::Forward { draft, .. } => draft.as_deref(),
            Write::DeleteGratitude { .. } | Write::SetMood { .. } => None,
        }
    }
}

/// Every change the Debrief pane can make.
#[derive(Debug, Clone, PartialEq)]
pub enum DebriefWrite {
    AddSetback(SetbackDraft),
    UpdateSetback(Uuid, SetbackDraft),
    DeleteSetback(Uuid),
    AddEvent(Uuid, EventDraft),
    UpdateEvent(Uuid, EventDraft),
    DeleteEvent(Uuid),
    MoveEvent {
        id: Uuid,
        up: bool,
    },
    SetAnswer {
        setback: Uuid,
        question: String,
        text: String,
    },
    SetReflection {
        setback: Uuid,
        text: String,
    },
    AddStrength {
        setback: Uuid,
        kind: StrengthKind,
        text: String,
    },
    UpdateStrength {
        id: Uuid,
        text: String,
    },
    DeleteStrength(Uuid),
    AddLesson {
        setback: Uuid,
        text: String,
    },
    UpdateLesson {
        id: Uuid,
        text: String,
    },
    DeleteLesson(Uuid),
    SetStory {
        setback: Uuid,
        story: Story,
    },
    AddCheckin {
        setback: Uuid,
        grief: Option<GriefStage>,
        transformation: Option<TransformationStage>,
        note: String,
    },
    DeleteCheckin(Uuid),
}

/// Every change the Root cause pane can make.
#[derive(Debug, Clone, PartialEq)]
pub enum CauseWrite {
    Answer {
        setback: Uuid,
        question: String,
        answer: Option<Answer>,
    },
    Confirm {
        setback: Uuid,
        cause: Option<Cause>,
    },
    FollowUp {
        setback: Uuid,
        motives: Vec<String>,
        note: String,
    },
    /// Keep the follow-up note as a lesson of the setback.
    Lesson {
        setback: Uuid,
        text: String,
    },
}

/// Every change to goals and steps (from the Goals pane, and ticks from Home).
#[derive(Debug, Clone, PartialEq)]
pub enum GoalWrite {
    AddGoal {
        draft: GoalDraft,
        steps: Vec<String>,
    },
    UpdateGoal(Uuid, GoalDraft),
    DeleteGoal(Uuid),
    Archive {
        id: Uuid,
        archived: bool,
    },
    /// Turn a Debrief lesson into a goal.
    FromLesson(Uuid),
    /// A goal that came out of a setback's root-cause follow-up.
    FromSetback {
        setback: Uuid,
        draft: GoalDraft,
    },
    AddStep {
        goal: Uuid,
        text: String,
        due: Option<NaiveDate>,
    },
    UpdateStep {
        id: Uuid,
        text: String,
        due: Option<NaiveDate>,
    },
    DeleteStep(Uuid),
    /// Tick (`done`) or untick a step.
    TickStep {
        id: Uuid,
        done: bool,
    },
    MoveStep {
        id: Uuid,
        up: bool,
    },
    /// Replace a step with smaller ones, in its place.
    SplitStep {
        id: Uuid,
        parts: Vec<String>,
    },
}

/// Every change to the ideas funnel, the support network and reframes.
#[derive(Debug, Clone, PartialEq)]
pub enum ForwardWrite {
    AddIdea(String),
    UpdateIdea {
        id: Uuid,
        text: String,
    },
    WeighIdea {
        id: Uuid,
        question: Question,
        verdict: Option<Verdict>,
        note: String,
    },
    /// The notes on an idea's three questions, in their order.
    IdeaNotes {
        id: Uuid,
        notes: [String; 3],
    },
    /// Set an idea aside for now (`aside`), or bring it back.
    SetIdeaAside {
        id: Uuid,
        aside: bool,
    },
    PromoteIdea(Uuid),
    DeleteIdea(Uuid),
    AddPerson(PersonDraft),
    UpdatePerson(Uuid, PersonDraft),
    DeletePerson(Uuid),
    /// In touch with someone today.
    TouchPerson(Uuid),
    /// Add someone a setback brought in (a "person" strength) to the network.
    PersonFromStrength(Uuid),
    AddReframe {
        setback: Uuid,
        thought: String,
        kinder: String,
    },
    UpdateReframe {
        id: Uuid,
        thought: String,
        kinder: String,
    },
    DeleteReframe(Uuid),
}
