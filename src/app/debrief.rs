//! Carrying out the Debrief pane's changes against the store.

use chrono::NaiveDate;

use super::said::Said;
use crate::action::DebriefWrite;
use crate::store::{Result, Store};

/// Applies one change and returns the words to say about it.
pub fn apply(store: &Store, write: &DebriefWrite, today: NaiveDate) -> Result<Said> {
    use DebriefWrite as W;
    let mut added = None;
    let text = match write {
        W::AddSetback(draft) => {
            added = Some(store.add_setback(draft, today)?.id);
            "Setback saved. Press {key:debrief.open} to open it and start its timeline."
        }
        W::UpdateSetback(id, draft) => {
            store.update_setback(*id, draft, today)?;
            "Saved."
        }
        W::DeleteSetback(id) => {
            store.delete_setback(*id)?;
            "Deleted, with its whole debrief."
        }
        W::AddEvent(setback, draft) => {
            added = Some(store.add_event(*setback, draft, today)?.id);
            "Event saved in its place on the timeline."
        }
        W::UpdateEvent(id, draft) => {
            store.update_event(*id, draft, today)?;
            "Saved."
        }
        W::DeleteEvent(id) => {
            store.delete_event(*id)?;
            "Deleted."
        }
        W::MoveEvent { id, up } => {
            if store.move_event(*id, *up)? {
                "Moved."
            } else {
                "Events stay in date and time order; only events at the same moment can swap."
            }
        }
        W::SetAnswer {
            setback,
            question,
            text,
        } => {
            store.set_answer(*setback, question, text)?;
            "Answer saved."
        }
        W::SetReflection { setback, text } => {
            store.set_reflection(*setback, text)?;
            "Saved."
        }
        W::AddStrength {
            setback,
            kind,
            text,
        } => {
            store.add_strength(*setback, *kind, text)?;
            "Strength saved. It was there all along."
        }
        W::UpdateStrength { id, text } => {
            store.update_strength(*id, text)?;
            "Saved."
        }
        W::DeleteStrength(id) => {
            store.delete_strength(*id)?;
            "Deleted."
        }
        W::AddLesson { setback, text } => {
            store.add_lesson(*setback, text)?;
            "Lesson saved."
        }
        W::UpdateLesson { id, text } => {
            store.update_lesson(*id, text)?;
            "Saved."
        }
        W::DeleteLesson(id) => {
            store.delete_lesson(*id)?;
            "Deleted."
        }
        W::SetStory { setback, story } => {
            store.set_story(*setback, story)?;
            "Story saved. Press {key:debrief.copy_story} to copy it."
        }
        W::AddCheckin {
            setback,
            grief,
            transformation,
            note,
        } => {
            store.add_checkin(*setback, today, *grief, *transformation, note)?;
            "Check-in saved. Thank you for being honest with yourself."
        }
        W::DeleteCheckin(id) => {
            store.delete_checkin(*id)?;
            "Deleted."
        }
    };
    Ok(Said::info(text).adding(added))
}

/// Applies one root-cause change and returns the words to say about it.
pub fn apply_cause(store: &Store, write: &crate::action::CauseWrite) -> Result<Said> {
    use crate::action::CauseWrite as W;
    let text = match write {
        W::Answer {
            setback,
            question,
            answer,
        } => {
            store.set_cause_answer(*setback, question, *answer)?;
            if answer.is_some() {
                "Answer saved; the suggestion is updated."
            } else {
                "Answer cleared."
            }
            .to_string()
        }
        W::Confirm { setback, cause } => {
            store.confirm_cause(*setback, *cause)?;
            match cause {
                Some(c) => format!(
                    "Decided: {}. Its follow-up is in the next section.",
                    c.label()
                ),
                None => "The decision is open again.".to_string(),
            }
        }
        W::FollowUp {
            setback,
            motives,
            note,
        } => {
            store.set_follow_up(*setback, motives, note)?;
            "Saved.".to_string()
        }
        W::Lesson { setback, text } => {
            // A second press would only make a twin of the lesson the first one kept.
            let known = store.lessons(*setback)?;
            if known.iter().any(|l| l.text.trim() == text.trim()) {
                return Ok(Said::info(
                    "This note is already a lesson of this setback (see Debrief, Lessons).",
                ));
            }
            store.add_lesson(*setback, text)?;
            "Kept as a lesson of this setback (see Debrief, Lessons).".to_string()
        }
    };
    Ok(Said::info(text))
}
