//! The Debrief pane's part in moving forward: harsh thoughts said again kindly, and people a
//! setback brought in joining the support network.

use chrono::Datelike;
use uuid::Uuid;

use super::forms::{FormKind, OpenForm};
use super::{DebriefPane, Focus, Section};
use crate::action::Write;
use crate::action::{Action, ForwardWrite};
use crate::assets;
use crate::domain::setback::{Strength, StrengthKind};
use crate::domain::text::truncate;
use crate::ui::form::{Form, FormError};

impl DebriefPane {
    /// The question above the reframe form: it changes from day to day and with each
    /// reframe kept, and stays put while the form is open.
    fn reframe_prompt(&self) -> &'static str {
        let day = u64::try_from(self.today.num_days_from_ce()).unwrap_or(0);
        let kept = u64::try_from(self.reframes.len()).unwrap_or(0);
        assets::pick(&assets::reframes().prompts, day + kept)
    }

    /// The form for a new reframe, or for the one `target` names. Only the person writes
    /// the kinder words: the form never fills them in.
    pub(super) fn reframe_form(&self, target: Option<Uuid>, slot: &str) -> Option<Form> {
        let words = &assets::reframes().form;
        let reframe = match target {
            Some(id) => Some(self.reframes.iter().find(|r| r.id == id)?),
            None => None,
        };
        let (title, thought, kinder) = match reframe {
            Some(r) => (&words.edit, r.thought.as_str(), r.kinder.as_str()),
            None => (&words.new, "", ""),
        };
        let form = Form::new(title.clone(), slot)
            .intro(self.reframe_prompt())
            .text(&words.thought, thought, &words.thought_placeholder)
            .text(&words.kinder, kinder, &words.kinder_placeholder);
        // Coming back to a thought is mostly about finding the kinder words.
        Some(if reframe.is_some() {
            form.focus_on(1)
        } else {
            form
        })
    }

    pub(super) fn reframe_write(&self, open: &OpenForm) -> Result<ForwardWrite, FormError> {
        let thought = open.form.required(0, "The harsh thought")?;
        let kinder = open.form.value(1);
        if open.kind == FormKind::EditReframe {
            let id = open.target.ok_or("That reframe is gone.")?;
            return Ok(ForwardWrite::UpdateReframe {
                id,
                thought,
                kinder,
            });
        }
        let setback = open.setback.ok_or("Open a setback first.")?;
        Ok(ForwardWrite::AddReframe {
            setback,
            thought,
            kinder,
        })
    }

    pub(super) fn delete_reframe(&self) -> Option<Action> {
        let r = self.reframes.get(self.row)?;
        let thought = truncate(&r.thought.replace('\n', " "), 40);
        let question = if r.kinder.trim().is_empty() {
            format!("Delete the thought “{thought}”? You can undo it with {{key:global.undo}}.")
        } else {
            format!(
                "Delete the thought “{thought}” and its kinder version? You can undo it with {{key:global.undo}}."
            )
        };
        Some(Action::Confirm {
            question,
            on_yes: Box::new(Action::Write(Write::Forward {
                write: ForwardWrite::DeleteReframe(r.id),
                draft: None,
            })),
        })
    }

    /// The selected row when it is someone the setback brought in.
    fn selected_person(&self) -> Option<&Strength> {
        if self.focus != Focus::Detail || self.section != Section::Strengths {
            return None;
        }
        let strength = self.strengths_in_order().get(self.row).copied()?;
        (strength.kind == StrengthKind::Person).then_some(strength)
    }

    /// Whether the selected row is someone who could join the support network now.
    pub(super) fn can_join_network(&self) -> bool {
        self.selected_person()
            .is_some_and(|s| s.person_id.is_none())
    }

    /// Adds the person on the selected row to the support network, once.
    pub(super) fn to_network(&self) -> Action {
        match self.selected_person() {
            Some(s) if s.person_id.is_some() => {
                Action::Say("They are already in your support network.".into())
            }
            Some(s) => Action::Write(Write::Forward {
                write: ForwardWrite::PersonFromStrength(s.id),
                draft: None,
            }),
            None => Action::Say(format!(
                "Pick a name under “{}” in Strengths first.",
                assets::debrief().strengths.person
            )),
        }
    }
}
