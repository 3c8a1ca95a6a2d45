//! How a filled-in Debrief form becomes the change to save, or says what is missing.

use chrono::NaiveDate;

use super::DebriefPane;
use super::forms::{FormKind, OpenForm};
use crate::action::Write;
use crate::action::{Action, DebriefWrite};
use crate::assets;
use crate::domain::dates::parse_past_date;
use crate::domain::setback::{
    EventDraft, GriefStage, SetbackDraft, Story, StrengthKind, TransformationStage, parse_time,
};
use crate::ui::form::{Form, FormError};

impl DebriefPane {
    /// Turns the open form into the change to save, or says what is missing.
    pub(super) fn submit_form(&mut self) -> Option<Action> {
        let open = self.form.as_ref()?;
        let draft = Some(open.form.slot().to_string());
        let action = if open.kind.is_chapter() {
            self.chapter_write(open)
                .map(|write| Action::Write(Write::Chapter { write, draft }))
        } else if open.kind.is_reframe() {
            self.reframe_write(open)
                .map(|write| Action::Write(Write::Forward { write, draft }))
        } else {
            self.form_write(open)
                .map(|write| Action::Write(Write::Debrief { write, draft }))
        };
        match action {
            Ok(action) => Some(action),
            Err(error) => Some(self.form.as_mut()?.form.refuse(error)),
        }
    }

    fn form_write(&self, open: &OpenForm) -> Result<DebriefWrite, FormError> {
        let v = |i: usize| open.form.value(i);
        if open.kind == FormKind::NewSetback {
            return Ok(DebriefWrite::AddSetback(self.setback_draft(&open.form)?));
        }
        let setback = open.setback.ok_or("Open a setback first.")?;
        let target = || open.target.ok_or(FormError::from("That row is gone."));
        Ok(match open.kind {
            FormKind::NewSetback => DebriefWrite::AddSetback(self.setback_draft(&open.form)?),
            FormKind::EditSetback => {
                DebriefWrite::UpdateSetback(setback, self.setback_draft(&open.form)?)
            }
            FormKind::NewEvent => DebriefWrite::AddEvent(setback, self.event_draft(&open.form)?),
            FormKind::EditEvent => {
                DebriefWrite::UpdateEvent(target()?, self.event_draft(&open.form)?)
            }
            FormKind::Answer => {
                let question = assets::debrief()
                    .questions
                    .get(open.question)
                    .ok_or("That question is gone.")?;
                DebriefWrite::SetAnswer {
                    setback,
                    question: question.key.clone(),
                    text: v(0),
                }
            }
            FormKind::Reflection => DebriefWrite::SetReflection {
                setback,
                text: v(0),
            },
            FormKind::NewStrength => {
                let kind = StrengthKind::ALL[v(0)
                    .parse::<usize>()
                    .unwrap_or(0)
                    .min(StrengthKind::ALL.len() - 1)];
                DebriefWrite::AddStrength {
                    setback,
                    kind,
                    text: open.form.required(1, "A strength")?,
                }
            }
            FormKind::EditStrength => DebriefWrite::UpdateStrength {
                id: target()?,
                text: open.form.required(0, "A strength")?,
            },
            FormKind::NewLesson => DebriefWrite::AddLesson {
                setback,
                text: open.form.required(0, "A lesson")?,
            },
            FormKind::EditLesson => DebriefWrite::UpdateLesson {
                id: target()?,
                text: open.form.required(0, "A lesson")?,
            },
            FormKind::Story => DebriefWrite::SetStory {
                setback,
                story: Story {
                    situation: v(0),
                    action: v(1),
                    result: v(2),
                    learning: v(3),
                },
            },
            FormKind::NewCheckin => {
                let pick = |i: usize| v(i).parse::<usize>().unwrap_or(0).checked_sub(1);
                let grief = pick(0).and_then(|i| GriefStage::ALL.get(i).copied());
                let transformation = pick(1).and_then(|i| TransformationStage::ALL.get(i).copied());
                if grief.is_none() && transformation.is_none() {
                    return Err(FormError {
                        message:
                            "Pick a grief stage, a transformation stage, or both (←/→ to change)."
                                .into(),
                        field: Some(0),
                    });
                }
                DebriefWrite::AddCheckin {
                    setback,
                    grief,
                    transformation,
                    note: v(2),
                }
            }
            _ => return Err("That form is not part of the debrief's own answers.".into()),
        })
    }

    fn setback_draft(&self, form: &Form) -> Result<SetbackDraft, FormError> {
        Ok(SetbackDraft {
            title: form.required(0, "A setback")?,
            date: Some(form.check(1, |text| self.date_field(text))?),
            summary: form.value(2),
        })
    }

    fn event_draft(&self, form: &Form) -> Result<EventDraft, FormError> {
        Ok(EventDraft {
            date: Some(form.check(0, |text| self.date_field(text))?),
            time: form.check(1, |text| parse_time(text).map_err(capitalised))?,
            what: form.required(2, "An event")?,
            who: form.value(3),
            thought: form.value(4),
            felt: form.value(5),
        })
    }

    fn date_field(&self, text: &str) -> Result<NaiveDate, String> {
        if text.trim().is_empty() {
            return Ok(self.today);
        }
        parse_past_date(text, self.today).map_err(capitalised)
    }
}

fn capitalised(text: String) -> String {
    crate::domain::text::capitalise(&text)
}
