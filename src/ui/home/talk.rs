//! From the quiet panel of a heavy run of days: one key plans a talk with the person who lifts
//! you up, about the setback still open, in a small form kept like every other.

use uuid::Uuid;

use super::HomePane;
use crate::action::{Action, ChapterWrite, Write};
use crate::domain::chapter::ConversationKind;
use crate::domain::text::truncate;
use crate::keymap::Keymap;
use crate::store::{Result, Store};
use crate::ui::debrief::{plan_fields, read_plan, starters};
use crate::ui::form::{Form, FormOutcome};

/// Where a talk's kept form lives: `home:talk:<person>:<setback or ->`.
pub(super) const SLOT_PREFIX: &str = "home:talk:";

/// An open plan of a talk and whom it is with.
pub(super) struct Talk {
    pub(super) person: String,
    pub(super) setback: Option<Uuid>,
    pub(super) form: Form,
}

fn talk_form(person: &str, person_id: Uuid, setback: Option<Uuid>) -> Form {
    let about = setback.map_or("-".to_string(), |s| s.to_string());
    let form = Form::new(
        format!("A talk with {}", truncate(person, 30)),
        format!("{SLOT_PREFIX}{person_id}:{about}"),
    )
    .intro("Not to fix anything: to be heard. A day is optional; the questions are only a start.");
    let kind = ConversationKind::Listen;
    plan_fields(form, "", kind, &starters(kind))
}

impl HomePane {
    /// Opens the plan of a talk with the person the quiet panel names.
    pub(super) fn open_talk(&mut self) -> Option<Action> {
        let Some(person) = self.lean_on.as_ref() else {
            return Some(Action::Say(
                "Plan a talk with anyone from a setback's Conversations in Debrief ({key:global.go_debrief}).".into(),
            ));
        };
        // About the newest setback still open, so that it shows where its talks are kept.
        let setback = self
            .setbacks
            .iter()
            .find(|s| s.closed_on.is_none())
            .map(|s| s.id);
        self.talk = Some(Talk {
            person: person.name.clone(),
            setback,
            form: talk_form(&person.name, person.id, setback),
        });
        None
    }

    /// A key while the plan is open.
    pub(super) fn talk_key(
        &mut self,
        key: ratatui::crossterm::event::KeyEvent,
        keymap: &Keymap,
    ) -> Option<Action> {
        let talk = self.talk.as_mut()?;
        match talk.form.handle_key(key, keymap) {
            FormOutcome::Submit => {
                let slot = talk.form.slot().to_string();
                match read_plan(&talk.form, 0, talk.setback, self.today) {
                    Ok(draft) => Some(Action::Write(Write::Chapter {
                        write: ChapterWrite::Plan {
                            person: talk.person.clone(),
                            draft,
                        },
                        draft: Some(slot),
                    })),
                    Err(error) => Some(talk.form.refuse(error)),
                }
            }
            outcome => talk.form.follow(outcome),
        }
    }

    /// Reopens a kept plan, with whoever it was with; a plan whose person is gone is let go.
    pub(super) fn restore_talk(&mut self, store: &Store) -> Result<Option<String>> {
        // Who each kept plan is with, read first: the reopening itself only places them.
        let mut found = Vec::new();
        for (slot, _) in store.drafts_with_prefix(SLOT_PREFIX)? {
            let rest = slot.strip_prefix(SLOT_PREFIX).unwrap_or_default();
            let (person, setback) = rest.split_once(':').unwrap_or((rest, "-"));
            let person = match Uuid::parse_str(person) {
                Ok(id) => store.person(id)?,
                Err(_) => None,
            };
            let setback = match Uuid::parse_str(setback) {
                Ok(id) => store.setback(id)?.map(|s| s.id),
                Err(_) => None,
            };
            found.push((slot, person, setback));
        }
        crate::ui::form::restore_kept_form(store, SLOT_PREFIX, |slot, text| {
            let Some((_, Some(person), setback)) = found.iter().find(|(s, _, _)| s == slot) else {
                return false;
            };
            let mut form = talk_form(&person.name, person.id, *setback);
            form.restore(text);
            self.talk = Some(Talk {
                person: person.name.clone(),
                setback: *setback,
                form,
            });
            true
        })
    }
}
