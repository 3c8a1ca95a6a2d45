//! The Goals pane's forms: a goal (with its first steps when new), a step, the split of a
//! step into smaller ones, an idea and its notes, and a person; where their drafts are
//! kept and how they become changes.

use chrono::NaiveDate;
use uuid::Uuid;

use super::{GoalsPane, Tab};
use crate::action::Write;
use crate::action::{Action, ForwardWrite, GoalWrite};
use crate::assets;
use crate::domain::dates::parse_future_date;
use crate::domain::forward::{Help, PersonDraft, Question};
use crate::domain::goal::{GoalDraft, split_parts};
use crate::ui::form::{Form, FormError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    NewGoal,
    EditGoal,
    NewStep,
    EditStep,
    SplitStep,
    NewIdea,
    EditIdea,
    IdeaNotes,
    NewPerson,
    EditPerson,
}

const KINDS: [FormKind; 10] = [
    FormKind::NewGoal,
    FormKind::EditGoal,
    FormKind::NewStep,
    FormKind::EditStep,
    FormKind::SplitStep,
    FormKind::NewIdea,
    FormKind::EditIdea,
    FormKind::IdeaNotes,
    FormKind::NewPerson,
    FormKind::EditPerson,
];

impl FormKind {
    /// The form's name in the draft slots kept in journals: fixed, so that a draft kept by
    /// one version is found by the next, whatever the variant is called in the code.
    pub fn key(self) -> &'static str {
        match self {
            FormKind::NewGoal => "NewGoal",
            FormKind::EditGoal => "EditGoal",
            FormKind::NewStep => "NewStep",
            FormKind::EditStep => "EditStep",
            FormKind::SplitStep => "SplitStep",
            FormKind::NewIdea => "NewIdea",
            FormKind::EditIdea => "EditIdea",
            FormKind::IdeaNotes => "IdeaNotes",
            FormKind::NewPerson => "NewPerson",
            FormKind::EditPerson => "EditPerson",
        }
    }

    pub fn is_about_steps(self) -> bool {
        matches!(
            self,
            FormKind::NewStep | FormKind::EditStep | FormKind::SplitStep | FormKind::IdeaNotes
        )
    }

    /// The list a kept form belongs to, when it is not the goals'.
    pub fn tab(self) -> Option<Tab> {
        match self {
            FormKind::NewIdea | FormKind::EditIdea | FormKind::IdeaNotes => Some(Tab::Ideas),
            FormKind::NewPerson | FormKind::EditPerson => Some(Tab::People),
            _ => None,
        }
    }
}

/// An open form and what it is about.
pub struct OpenForm {
    pub kind: FormKind,
    /// The goal, idea or person it is about.
    pub goal: Option<Uuid>,
    /// The step being edited or split.
    pub step: Option<Uuid>,
    pub form: Form,
}

pub const SLOT_PREFIX: &str = "goals:";

/// Where a form's draft is kept: enough to open the same form again.
pub fn slot(kind: FormKind, goal: Option<Uuid>, step: Option<Uuid>) -> String {
    let id = |u: Option<Uuid>| u.map_or("-".to_string(), |u| u.to_string());
    format!("{SLOT_PREFIX}{}:{}:{}", kind.key(), id(goal), id(step))
}

/// Reads a slot written by [`slot`].
pub fn parse_slot(slot: &str) -> Option<(FormKind, Option<Uuid>, Option<Uuid>)> {
    let mut parts = slot.strip_prefix(SLOT_PREFIX)?.split(':');
    let name = parts.next()?;
    let kind = KINDS.into_iter().find(|k| k.key() == name)?;
    let goal = Uuid::parse_str(parts.next()?).ok();
    let step = Uuid::parse_str(parts.next()?).ok();
    Some((kind, goal, step))
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

impl GoalsPane {
    /// Builds a form of `kind` about `target` (a goal, idea or person) filled with what is
    /// saved now.
    pub(super) fn build_form(
        &self,
        kind: FormKind,
        target: Option<Uuid>,
        step: Option<Uuid>,
    ) -> Option<OpenForm> {
        if kind.tab().is_some() {
            return self.forward_form(kind, target);
        }
        let words = &assets::goals().form;
        let goal = if kind == FormKind::NewGoal {
            None
        } else {
            Some(self.current()?)
        };
        let step_now = step.and_then(|id| self.steps.iter().find(|s| s.id == id));
        let slot = slot(kind, goal.map(|g| g.id), step);
        let form = match kind {
            FormKind::NewGoal => Form::new("New goal", slot)
                .line(&words.title, "", "Teach a weekend workshop")
                .text(&words.why, "", "It uses what I loved most in the old job.")
                .text(
                    &words.success,
                    "",
                    "A room of people who leave knowing more.",
                )
                .half_line(&words.target, "", "in 6 weeks")
                .half_line(&words.reward, "", "A day at the sea")
                .text(&words.steps, "", "Write the outline"),
            FormKind::EditGoal => {
                let g = goal?;
                Form::new("Edit goal", slot)
                    .line(&words.title, &g.title, "")
                    .text(&words.why, &g.why, "")
                    .text(&words.success, &g.success, "")
                    .half_line(&words.target, &date_text(g.target), "in 6 weeks")
                    .half_line(&words.reward, &g.reward, "")
            }
            FormKind::NewStep => Form::new("New step", slot)
                .intro(format!(
                    "For “{}”. Small enough to start this week.",
                    goal?.title
                ))
                .line("Step", "", "Ask Ana for an introduction")
                .line("Due (optional)", "", "in 1 week"),
            FormKind::EditStep => {
                let s = step_now?;
                Form::new("Edit step", slot).line("Step", &s.text, "").line(
                    "Due (optional)",
                    &date_text(s.due),
                    "in 1 week",
                )
            }
            FormKind::SplitStep => {
                let s = step_now?;
                Form::new("Split step", slot)
                    .intro("Write the smaller steps one per line. The first takes this step's place; the rest follow it.")
                    .text("Smaller steps", &format!("{}\n", s.text), "")
            }
            _ => return None,
        };
        Some(OpenForm {
            kind,
            goal: goal.map(|g| g.id),
            step,
            form,
        })
    }

    /// Turns the open form into the change to save, or says what is missing.
    pub(super) fn submit_form(&mut self) -> Option<Action> {
        let open = self.form.as_ref()?;
        let draft = Some(open.form.slot().to_string());
        let action = if open.kind.tab().is_some() {
            self.forward_write(open)
                .map(|write| Action::Write(Write::Forward { write, draft }))
        } else {
            self.form_write(open)
                .map(|write| Action::Write(Write::Goal { write, draft }))
        };
        match action {
            Ok(action) => Some(action),
            Err(error) => Some(self.form.as_mut()?.form.refuse(error)),
        }
    }

    /// The forms of the Ideas and People lists.
    fn forward_form(&self, kind: FormKind, target: Option<Uuid>) -> Option<OpenForm> {
        let idea = target.and_then(|id| self.ideas.iter().find(|i| i.id == id));
        let person = target.and_then(|id| self.people.iter().find(|p| p.id == id));
        let slot = slot(kind, target, None);
        let helps = "advice, introductions, listening, feedback";
        let form = match kind {
            FormKind::NewIdea => Form::new("New idea", slot)
                .intro("However wild. You will weigh it after: is it realistic, does it fit your values, would it make you happy?")
                .line("Your idea", "", "Teach what I know"),
            FormKind::EditIdea => Form::new("Edit idea", slot).line("Your idea", &idea?.text, ""),
            FormKind::IdeaNotes => {
                let idea = idea?;
                let mut form = Form::new("Notes on this idea", slot)
                    .intro(format!("“{}”: a few words on each answer.", idea.text));
                for q in Question::ALL {
                    form = form.line(q.text(), &idea.weighing(q).note, "");
                }
                form.focus_on(self.row)
            }
            FormKind::NewPerson => Form::new("Someone who can help", slot)
                .line("Name", "", "Ana")
                .line(&format!("How they can help ({helps})"), "", "advice, introductions")
                .text("A note (optional)", "", "Met at the meetup; knows everyone in design."),
            FormKind::EditPerson => {
                let p = person?;
                let kinds: Vec<&str> = p.helps.iter().map(|h| h.key()).collect();
                Form::new("Edit person", slot)
                    .line("Name", &p.name, "")
                    .line(&format!("How they can help ({helps})"), &kinds.join(", "), "")
                    .text("A note (optional)", &p.note, "")
            }
            _ => return None,
        };
        Some(OpenForm {
            kind,
            goal: target,
            step: None,
            form,
        })
    }

    /// Turns an Ideas or People form into the change to save.
    fn forward_write(&self, open: &OpenForm) -> Result<ForwardWrite, FormError> {
        let v = |i: usize| open.form.value(i);
        let target = || open.goal.ok_or(FormError::from("That row is gone."));
        Ok(match open.kind {
            FormKind::NewIdea => ForwardWrite::AddIdea(open.form.required(0, "An idea")?),
            FormKind::EditIdea => ForwardWrite::UpdateIdea {
                id: target()?,
                text: open.form.required(0, "An idea")?,
            },
            FormKind::IdeaNotes => ForwardWrite::IdeaNotes {
                id: target()?,
                notes: [v(0), v(1), v(2)],
            },
            FormKind::NewPerson | FormKind::EditPerson => {
                let draft = PersonDraft {
                    name: open.form.required(0, "A name")?,
                    helps: open.form.check(1, Help::parse_list)?,
                    note: v(2),
                };
                match open.kind {
                    FormKind::NewPerson => ForwardWrite::AddPerson(draft),
                    _ => ForwardWrite::UpdatePerson(target()?, draft),
                }
            }
            _ => return Err("That form is not about an idea or a person.".into()),
        })
    }

    fn form_write(&self, open: &OpenForm) -> Result<GoalWrite, FormError> {
        let v = |i: usize| open.form.value(i);
        let goal = || open.goal.ok_or(FormError::from("That goal is gone."));
        let step = || open.step.ok_or(FormError::from("That step is gone."));
        Ok(match open.kind {
            FormKind::NewGoal => GoalWrite::AddGoal {
                draft: self.goal_draft(open)?,
                steps: v(5)
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
            },
            FormKind::EditGoal => GoalWrite::UpdateGoal(goal()?, self.goal_draft(open)?),
            FormKind::NewStep => GoalWrite::AddStep {
                goal: goal()?,
                text: open.form.required(0, "A step")?,
                due: open.form.check(1, |text| self.date_field(text))?,
            },
            FormKind::EditStep => GoalWrite::UpdateStep {
                id: step()?,
                text: open.form.required(0, "A step")?,
                due: open.form.check(1, |text| self.date_field(text))?,
            },
            FormKind::SplitStep => {
                let parts = split_parts(&v(0));
                if parts.len() < 2 {
                    return Err(
                        "Write at least two smaller steps, one per line; {key:editor.cancel} keeps the step as it is."
                            .into(),
                    );
                }
                GoalWrite::SplitStep { id: step()?, parts }
            }
            _ => return Err("That form is not about a goal.".into()),
        })
    }

    fn goal_draft(&self, open: &OpenForm) -> Result<GoalDraft, FormError> {
        let v = |i: usize| open.form.value(i);
        Ok(GoalDraft {
            title: open.form.required(0, "A goal")?,
            why: v(1),
            success: v(2),
            target: open.form.check(3, |text| self.date_field(text))?,
            reward: v(4),
        })
    }

    fn date_field(&self, text: &str) -> Result<Option<NaiveDate>, String> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse_future_date(text, self.today).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_round_trip() {
        let a = Uuid::new_v4();
        let b = Uuid::new_v4();
        let s = slot(FormKind::EditStep, Some(a), Some(b));
        assert_eq!(parse_slot(&s), Some((FormKind::EditStep, Some(a), Some(b))));
        let s = slot(FormKind::NewGoal, None, None);
        assert_eq!(parse_slot(&s), Some((FormKind::NewGoal, None, None)));
        assert_eq!(parse_slot("debrief:NewSetback:-:-:0"), None);
    }

    /// The names drafts were kept under by earlier versions: each is still found.
    #[test]
    fn slots_kept_by_earlier_versions_are_read() {
        let names = [
            "NewGoal",
            "EditGoal",
            "NewStep",
            "EditStep",
            "SplitStep",
            "NewIdea",
            "EditIdea",
            "IdeaNotes",
            "NewPerson",
            "EditPerson",
        ];
        assert_eq!(names.len(), KINDS.len());
        for (name, kind) in names.into_iter().zip(KINDS) {
            let kept = format!("goals:{name}:-:-");
            assert_eq!(parse_slot(&kept), Some((kind, None, None)), "{kept}");
            assert_eq!(slot(kind, None, None), kept);
        }
    }
}
