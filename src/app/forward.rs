//! Carrying out changes to the ideas funnel, the support network and reframes.

use chrono::NaiveDate;

use super::said::Said;
use crate::action::ForwardWrite;
use crate::domain::text::truncate;
use crate::store::{Result, Store};

/// Applies one change and returns the words to say about it.
pub fn apply(store: &Store, write: &ForwardWrite, today: NaiveDate) -> Result<Said> {
    use ForwardWrite as W;
    let mut added = None;
    let text: String = match write {
        W::AddIdea(text) => {
            added = Some(store.add_idea(text)?.id);
            "Idea kept. Weigh it when you are ready: is it realistic, yours, and would it make you happy?".into()
        }
        W::UpdateIdea { id, text } => {
            store.update_idea(*id, text)?;
            "Saved.".into()
        }
        W::WeighIdea {
            id,
            question,
            verdict,
            note,
        } => {
            store.weigh_idea(*id, *question, *verdict, note)?;
            match verdict {
                Some(v) => format!("{} {}.", question.text(), v.label()),
                None => format!("{} Answer cleared.", question.text()),
            }
        }
        W::IdeaNotes { id, notes } => {
            store.set_idea_notes(*id, notes)?;
            "Notes saved.".into()
        }
        W::SetIdeaAside { id, aside } => {
            store.set_idea_aside(*id, *aside)?;
            if *aside {
                "Set aside for now. It stays under Not now, never lost.".into()
            } else {
                "Back in the funnel.".into()
            }
        }
        W::PromoteIdea(id) => {
            let goal = store.promote_idea(*id, today)?;
            format!(
                "“{}” is a goal now, with your notes as its why. Give it a first small step.",
                truncate(&goal.title, 40)
            )
        }
        W::DeleteIdea(id) => {
            store.delete_idea(*id)?;
            "Deleted.".into()
        }
        W::AddPerson(draft) => {
            let person = store.add_person(draft)?;
            added = Some(person.id);
            format!("{} is in your network now.", truncate(&person.name, 30))
        }
        W::UpdatePerson(id, draft) => {
            store.update_person(*id, draft)?;
            "Saved.".into()
        }
        W::DeletePerson(id) => {
            store.delete_person(*id)?;
            "Removed from your network.".into()
        }
        W::TouchPerson(id) => {
            let person = store.touch_person(*id, today)?;
            format!("Noted: in touch with {} today.", truncate(&person.name, 30))
        }
        W::SetLifts { id, lifts } => {
            let person = store.set_person_lifts(*id, *lifts)?;
            let name = truncate(&person.name, 30);
            if *lifts {
                format!("{name} lifts you up. On heavy days, Home will think of them first.")
            } else {
                format!("{name} is no longer marked as lifting you up.")
            }
        }
        W::PersonFromStrength(id) => {
            let person = store.add_person_from_strength(*id)?;
            format!(
                "{} is in your support network now (Goals, People).",
                truncate(&person.name, 30)
            )
        }
        W::AddReframe {
            setback,
            thought,
            kinder,
        } => {
            store.add_reframe(*setback, thought, kinder)?;
            if kinder.trim().is_empty() {
                "Kept. When you are ready, rewrite it as you would say it to a friend.".into()
            } else {
                "Kept, both the thought and the kinder words.".into()
            }
        }
        W::UpdateReframe {
            id,
            thought,
            kinder,
        } => {
            store.update_reframe(*id, thought, kinder)?;
            "Saved.".into()
        }
        W::DeleteReframe(id) => {
            store.delete_reframe(*id)?;
            "Deleted.".into()
        }
    };
    Ok(Said::info(text).adding(added))
}
