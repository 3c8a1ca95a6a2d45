//! Every change to the journal, by family, with the draft it saves and the words that name
//! it when it is undone. A new kind of change is added here, once.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::Mood;
use crate::domain::forward::{PersonDraft, Question, Verdict};
use crate::domain::goal::GoalDraft;
use crate::domain::root_cause::{Answer, Cause};
use crate::domain::setback::{
    EventDraft, GriefStage, SetbackDraft, Story, StrengthKind, TransformationStage,
};

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
    /// The one kind thing done for myself that day.
    SetSelfCare {
        date: NaiveDate,
        text: String,
        draft: String,
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
    /// A change to conversations, a closed chapter or its look-backs.
    Chapter {
        write: super::ChapterWrite,
        draft: Option<String>,
    },
    /// A change to a weekly review.
    Review {
        write: super::ReviewWrite,
        draft: Option<String>,
    },
}

impl Write {
    /// What the change is called when it is undone: "adding a gratitude item".
    pub fn label(&self) -> &'static str {
        label(self)
    }

    /// The kept draft this write saves, to forget once it is saved; `None` for a write made
    /// without a form (a tick, a delete).
    pub fn draft(&self) -> Option<&str> {
        match self {
            Write::AddGratitude { draft, .. }
            | Write::UpdateGratitude { draft, .. }
            | Write::SaveNote { draft, .. }
            | Write::SetSelfCare { draft, .. } => Some(draft),
            Write::Debrief { draft, .. }
            | Write::RootCause { draft, .. }
            | Write::Goal { draft, .. }
            | Write::Forward { draft, .. }
            | Write::Chapter { draft, .. }
            | Write::Review { draft, .. } => draft.as_deref(),
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
    /// Mark someone as one who lifts me up, or not.
    SetLifts {
        id: Uuid,
        lifts: bool,
    },
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

/// What a change is called when it is undone: "adding a gratitude item".
fn label(write: &Write) -> &'static str {
    match write {
        Write::AddGratitude { .. } => "adding a gratitude item",
        Write::UpdateGratitude { .. } => "editing a gratitude item",
        Write::DeleteGratitude { .. } => "deleting a gratitude item",
        Write::SaveNote { .. } => "writing the day's note",
        Write::SetMood { .. } => "setting the mood",
        Write::SetSelfCare { .. } => "writing what you did for yourself",
        Write::Debrief { write, .. } => debrief_label(write),
        Write::RootCause { write, .. } => match write {
            CauseWrite::Answer { .. } => "answering a question",
            CauseWrite::Confirm { .. } => "deciding the root cause",
            CauseWrite::FollowUp { .. } => "writing the follow-up",
            CauseWrite::Lesson { .. } => "keeping a lesson",
        },
        Write::Goal { write, .. } => goal_label(write),
        Write::Forward { write, .. } => forward_label(write),
        Write::Chapter { write, .. } => write.label(),
        Write::Review { write, .. } => write.label(),
    }
}

fn debrief_label(write: &DebriefWrite) -> &'static str {
    use DebriefWrite as W;
    match write {
        W::AddSetback(_) => "adding a setback",
        W::UpdateSetback(..) => "editing a setback",
        W::DeleteSetback(_) => "deleting a setback and its debrief",
        W::AddEvent(..) => "adding an event",
        W::UpdateEvent(..) => "editing an event",
        W::DeleteEvent(_) => "deleting an event",
        W::MoveEvent { .. } => "moving an event",
        W::SetAnswer { .. } => "answering a debrief question",
        W::SetReflection { .. } => "writing the reflection",
        W::AddStrength { .. } | W::UpdateStrength { .. } => "writing a strength",
        W::DeleteStrength(_) => "deleting a strength",
        W::AddLesson { .. } | W::UpdateLesson { .. } => "writing a lesson",
        W::DeleteLesson(_) => "deleting a lesson",
        W::SetStory { .. } => "writing the story",
        W::AddCheckin { .. } => "checking in",
        W::DeleteCheckin(_) => "deleting a check-in",
    }
}

fn goal_label(write: &GoalWrite) -> &'static str {
    use GoalWrite as W;
    match write {
        W::AddGoal { .. } | W::FromLesson(_) | W::FromSetback { .. } => "adding a goal",
        W::UpdateGoal(..) => "editing a goal",
        W::DeleteGoal(_) => "deleting a goal and its steps",
        W::Archive { .. } => "archiving a goal",
        W::AddStep { .. } => "adding a step",
        W::UpdateStep { .. } => "editing a step",
        W::DeleteStep(_) => "deleting a step",
        W::TickStep { done: true, .. } => "ticking a step",
        W::TickStep { done: false, .. } => "unticking a step",
        W::MoveStep { .. } => "moving a step",
        W::SplitStep { .. } => "splitting a step",
    }
}

fn forward_label(write: &ForwardWrite) -> &'static str {
    use ForwardWrite as W;
    match write {
        W::AddIdea(_) => "adding an idea",
        W::UpdateIdea { .. } | W::IdeaNotes { .. } => "editing an idea",
        W::WeighIdea { .. } => "weighing an idea",
        W::SetIdeaAside { .. } => "setting an idea aside",
        W::PromoteIdea(_) => "turning an idea into a goal",
        W::DeleteIdea(_) => "deleting an idea",
        W::AddPerson(_) | W::PersonFromStrength(_) => "adding someone to your people",
        W::UpdatePerson(..) => "editing a person",
        W::DeletePerson(_) => "removing someone from your people",
        W::TouchPerson(_) => "noting you were in touch",
        W::SetLifts { .. } => "marking who lifts you up",
        W::AddReframe { .. } | W::UpdateReframe { .. } => "writing a reframe",
        W::DeleteReframe(_) => "deleting a reframe",
    }
}
