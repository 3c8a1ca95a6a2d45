//! Carrying out changes to conversations, closed chapters and look-backs, and the words that
//! follow each.

use chrono::NaiveDate;

use super::said::Said;
use crate::action::ChapterWrite;
use crate::domain::chapter::{Conversation, ConversationDraft};
use crate::domain::goal::GoalDraft;
use crate::domain::text::truncate;
use crate::store::{Result, Store, StoreError};

/// Applies one change and says how it went.
pub fn apply(store: &Store, write: &ChapterWrite, today: NaiveDate) -> Result<Said> {
    use ChapterWrite as W;
    Ok(match write {
        W::Plan { person, draft } => {
            let draft = with_person(store, person, draft)?;
            let planned = store.add_conversation(&draft)?;
            Said::info(format!(
                "Planned, with {}. When it has happened, {{key:debrief.open}} notes how it went.",
                truncate(&planned.person, 30)
            ))
            .adding(Some(planned.id))
        }
        W::UpdatePlan { id, person, draft } => {
            let draft = with_person(store, person, draft)?;
            store.update_conversation(*id, &draft)?;
            Said::info("Saved.")
        }
        W::Hold { id, held } => {
            let held = store.hold_conversation(*id, held)?;
            Said::info(if held.takeaway.trim().is_empty() {
                "Noted. That took courage.".to_string()
            } else {
                "Noted. {key:debrief.make_goal} makes the takeaway a goal, {key:debrief.make_lesson} a lesson.".to_string()
            })
        }
        W::DeleteConversation(id) => {
            store.delete_conversation(*id)?;
            Said::info("Deleted.")
        }
        W::TakeawayToLesson(id) => {
            let (conversation, takeaway) = takeaway_of(store, *id)?;
            let setback = conversation.setback_id.ok_or_else(|| {
                StoreError::Invalid("this conversation is not about a setback".into())
            })?;
            store.add_lesson(setback, &takeaway)?;
            Said::info("Kept as a lesson of this setback.")
        }
        W::TakeawayToGoal(id) => {
            let (conversation, takeaway) = takeaway_of(store, *id)?;
            let draft = GoalDraft {
                title: takeaway,
                why: format!("From a conversation with {}.", conversation.person),
                ..GoalDraft::default()
            };
            let goal = match conversation.setback_id {
                Some(setback) => store.add_goal_for_setback(setback, &draft, today)?,
                None => store.add_goal(&draft, &[], today)?,
            };
            Said::info(format!(
                "\"{}\" is a goal now. Find it in Goals ({{key:global.go_goals}}) and give it a first small step.",
                truncate(&goal.title, 40)
            ))
        }
        W::Close { setback, draft } => {
            let was_closed = store.closing(*setback)?.is_some();
            store.close_setback(*setback, draft)?;
            Said::info(if was_closed {
                "Saved."
            } else {
                "Chapter closed. You did the work; in a month bounce will ask how it looks from there."
            })
        }
        W::Reopen(setback) => {
            store.reopen_setback(*setback)?;
            Said::info("The chapter is open again. Its look-backs are kept.")
        }
        W::LookBack {
            setback,
            rating,
            note,
        } => {
            store.add_lookback(*setback, today, *rating, note)?;
            Said::info("Thank you for looking back. It is kept with the setback.")
        }
        W::DeleteLookback(id) => {
            store.delete_lookback(*id)?;
            Said::info("Deleted.")
        }
    })
}

/// The draft with the person named: someone in the network, or someone new.
fn with_person(store: &Store, name: &str, draft: &ConversationDraft) -> Result<ConversationDraft> {
    let person = store.person_named(name)?;
    Ok(ConversationDraft {
        person_id: person.id,
        ..draft.clone()
    })
}

fn takeaway_of(store: &Store, id: uuid::Uuid) -> Result<(Conversation, String)> {
    let conversation = store
        .conversation(id)?
        .ok_or_else(|| StoreError::not_found("conversation", id))?;
    let takeaway = conversation.takeaway.trim().to_string();
    if takeaway.is_empty() {
        return Err(StoreError::Invalid(
            "write the takeaway first: what will you do with what you heard?".into(),
        ));
    }
    Ok((conversation, takeaway))
}
