//! Carrying out changes to goals and steps, and the words that follow a tick or a finish.

use chrono::NaiveDate;

use super::said::Said;
use crate::action::GoalWrite;
use crate::assets;
use crate::cheer;
use crate::domain::goal::Goal;
use crate::store::{Result, StepChange, Store};
use crate::ui::popup::Popup;
use crate::ui::status_bar::Tone;

/// Applies one change and says how it went.
pub fn apply(store: &Store, write: &GoalWrite, today: NaiveDate) -> Result<Said> {
    use GoalWrite as W;
    Ok(match write {
        W::AddGoal { draft, steps } => {
            let goal = store.add_goal(draft, steps, today)?;
            Said::info(if steps.is_empty() {
                "Goal saved. Press {key:goals.open} to open it and add its first small step."
            } else {
                "Goal saved with its first steps."
            })
            .adding(Some(goal.id))
        }
        W::UpdateGoal(id, draft) => {
            store.update_goal(*id, draft)?;
            Said::info("Saved.")
        }
        W::DeleteGoal(id) => {
            store.delete_goal(*id)?;
            Said::info("Deleted, with its steps.")
        }
        W::Archive { id, archived } => {
            store.set_goal_archived(*id, *archived)?;
            Said::info(if *archived {
                "Put away in Archived, kept whole. {key:goals.archive} again brings it back."
            } else {
                "Brought back from the archive."
            })
        }
        W::FromLesson(lesson) => {
            let goal = store.add_goal_from_lesson(*lesson, today)?;
            Said::info(format!(
                "\"{}\" is now a goal. Find it in Goals ({{key:global.go_goals}}) and give it a first step.",
                crate::domain::text::truncate(&goal.title, 40)
            ))
        }
        W::FromSetback { setback, draft } => {
            store.add_goal_for_setback(*setback, draft, today)?;
            Said::info(
                "Kept as a goal. Find it in Goals ({key:global.go_goals}) and give it a first small step.",
            )
        }
        W::AddStep { goal, text, due } => {
            let step = store.add_step(*goal, text, *due, today)?;
            Said::info("Step added.").adding(Some(step.step.id))
        }
        W::UpdateStep { id, text, due } => {
            store.update_step(*id, text, *due)?;
            Said::info("Saved.")
        }
        W::DeleteStep(id) => finished(store.delete_step(*id, today)?, "Deleted."),
        W::TickStep { id, done } => {
            let change = store.tick_step(*id, *done, today)?;
            if change.again {
                ticked_again(&change)
            } else if *done {
                let line = cheer::step_done(&change.goal, &change.step.text);
                finished(change, &line)
            } else {
                Said::info(assets::goals().step_undone.clone())
            }
        }
        W::MoveStep { id, up } => Said::info(if store.move_step(*id, *up)? {
            "Moved."
        } else {
            "It is already at that end."
        }),
        W::SplitStep { id, parts } => {
            let steps = store.split_step(*id, parts, today)?;
            Said::info(format!(
                "Split into {} smaller steps. Smaller is easier to start.",
                steps.len()
            ))
        }
    })
}

/// A step ticked again after an untick: its day, and its goal's, are the real ones from
/// before, so nothing is celebrated as new.
fn ticked_again(change: &StepChange) -> Said {
    let goal = &change.goal;
    Said::info(match goal.finished_on {
        Some(day) => format!(
            "Ticked again. “{}” is done again, finished on {day} as before.",
            crate::domain::text::truncate(&goal.title, 40)
        ),
        None => "Ticked again; it keeps the day it was first done.".to_string(),
    })
}

/// The status line after a change, or the celebration if it finished the goal.
fn finished(change: StepChange, line: &str) -> Said {
    if !change.finished_goal {
        return Said {
            tone: Tone::Celebrate,
            ..Said::info(line)
        };
    }
    Said {
        tone: Tone::Celebrate,
        celebration: Some(celebration(&change.goal)),
        ..Said::info(format!("Goal finished: {}", change.goal.title))
    }
}

/// The celebration of a finished goal: its reward and its journey.
pub fn celebration(goal: &Goal) -> Popup {
    Popup::Celebration {
        title: goal.title.clone(),
        headline: cheer::goal_done(goal),
        lines: cheer::goal_lines(goal),
    }
}
