//! Undo and redo from the keyboard, and the words that name each kind of change.

use super::App;
use crate::action::{CauseWrite, DebriefWrite, ForwardWrite, GoalWrite, Write};
use crate::ui::status_bar::Tone;

impl App {
    /// Undoes (`back`) or redoes the person's last change and says which it was.
    pub(super) fn turn_history(&mut self, back: bool) {
        let result = if back {
            self.store.undo()
        } else {
            self.store.redo()
        };
        match result {
            Ok(Some(change)) if back => self.say(
                format!(
                    "Undone: {}. {{key:global.redo}} does it again.",
                    change.label
                ),
                Tone::Info,
            ),
            Ok(Some(change)) => self.say(format!("Done again: {}.", change.label), Tone::Info),
            Ok(None) if back => self.say("Nothing to undo.", Tone::Info),
            Ok(None) => self.say("Nothing to redo.", Tone::Info),
            Err(e) => self.say(super::update::problem_text(&e), Tone::Problem),
        }
        self.reload_all();
    }
}

/// What a change is called when it is undone: "adding a gratitude item".
pub(super) fn change_label(write: &Write) -> &'static str {
    match write {
        Write::AddGratitude { .. } => "adding a gratitude item",
        Write::UpdateGratitude { .. } => "editing a gratitude item",
        Write::DeleteGratitude { .. } => "deleting a gratitude item",
        Write::SaveNote { .. } => "writing the day's note",
        Write::SetMood { .. } => "setting the mood",
        Write::Debrief { write, .. } => debrief_label(write),
        Write::RootCause { write, .. } => match write {
            CauseWrite::Answer { .. } => "answering a question",
            CauseWrite::Confirm { .. } => "deciding the root cause",
            CauseWrite::FollowUp { .. } => "writing the follow-up",
            CauseWrite::Lesson { .. } => "keeping a lesson",
        },
        Write::Goal { write, .. } => goal_label(write),
        Write::Forward { write, .. } => forward_label(write),
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
        W::AddReframe { .. } | W::UpdateReframe { .. } => "writing a reframe",
        W::DeleteReframe(_) => "deleting a reframe",
    }
}
