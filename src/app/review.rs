//! Carrying out changes to weekly reviews, and the words that follow each.

use super::said::Said;
use crate::action::ReviewWrite;
use crate::domain::text::truncate;
use crate::store::{Result, Store, StoreError};

/// Applies one change and says how it went.
pub fn apply(store: &Store, write: &ReviewWrite) -> Result<Said> {
    Ok(match write {
        ReviewWrite::Save { week, draft } => {
            let review = store.save_review(*week, draft)?;
            let text = if review.next.trim().is_empty() || review.step_id.is_some() {
                format!("Your review of week {} is kept.", week.number())
            } else {
                format!(
                    "Your review of week {} is kept. {{key:review.make_goal}} makes its small step a step of a goal.",
                    week.number()
                )
            };
            Said::info(text).adding(Some(review.id))
        }
        ReviewWrite::Delete(id) => {
            store.delete_review(*id)?;
            Said::info("Deleted.")
        }
        ReviewWrite::StepToGoal { id, goal } => {
            let change = store.review_step_to_goal(*id, *goal)?;
            let title = store
                .goal(*goal)?
                .ok_or_else(|| StoreError::not_found("goal", *goal))?
                .title;
            Said::info(format!(
                "“{}” is a step of “{}” now.",
                truncate(&change.step.text, 40),
                truncate(&title, 30)
            ))
        }
    })
}
