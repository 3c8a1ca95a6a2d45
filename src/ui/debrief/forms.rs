//! The Debrief pane's forms: which ones there are, how each is laid out, how a kept draft
//! finds its way back, and how a filled-in form becomes a change to save.

use chrono::NaiveDate;
use uuid::Uuid;

use super::DebriefPane;
use crate::action::{Action, DebriefWrite};
use crate::assets;
use crate::domain::dates::parse_past_date;
use crate::domain::setback::{
    EventDraft, GriefStage, SetbackDraft, Story, StrengthKind, TransformationStage, parse_time,
};
use crate::ui::form::{Form, required as non_empty};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    NewSetback,
    EditSetback,
    NewEvent,
    EditEvent,
    Answer,
    Reflection,
    NewStrength,
    EditStrength,
    NewLesson,
    EditLesson,
    Story,
    NewCheckin,
    NewReframe,
    EditReframe,
}

impl FormKind {
    /// The form's name in the draft slots kept in journals: fixed, so that a draft kept by
    /// one version is found by the next, whatever the variant is called in the code.
    pub fn key(self) -> &'static str {
        match self {
            FormKind::NewSetback => "NewSetback",
            FormKind::EditSetback => "EditSetback",
            FormKind::NewEvent => "NewEvent",
            FormKind::EditEvent => "EditEvent",
            FormKind::Answer => "Answer",
            FormKind::Reflection => "Reflection",
            FormKind::NewStrength => "NewStrength",
            FormKind::EditStrength => "EditStrength",
            FormKind::NewLesson => "NewLesson",
            FormKind::EditLesson => "EditLesson",
            FormKind::Story => "Story",
            FormKind::NewCheckin => "NewCheckin",
            FormKind::NewReframe => "NewReframe",
            FormKind::EditReframe => "EditReframe",
        }
    }

    /// Whether the form writes a reframe (a change to moving forward, not to the debrief).
    pub fn is_reframe(self) -> bool {
        matches!(self, FormKind::NewReframe | FormKind::EditReframe)
    }
}

const KINDS: [FormKind; 14] = [
    FormKind::NewSetback,
    FormKind::EditSetback,
    FormKind::NewEvent,
    FormKind::EditEvent,
    FormKind::Answer,
    FormKind::Reflection,
    FormKind::NewStrength,
    FormKind::EditStrength,
    FormKind::NewLesson,
    FormKind::EditLesson,
    FormKind::Story,
    FormKind::NewCheckin,
    FormKind::NewReframe,
    FormKind::EditReframe,
];

/// An open form and what it is about.
pub struct OpenForm {
    pub kind: FormKind,
    pub setback: Option<Uuid>,
    /// The event, strength or lesson being edited.
    pub target: Option<Uuid>,
    /// The question being answered.
    pub question: usize,
    pub form: Form,
}

pub const SLOT_PREFIX: &str = "debrief:";

/// Where a form's draft is kept: enough to open the same form again.
pub fn slot(
    kind: FormKind,
    setback: Option<Uuid>,
    target: Option<Uuid>,
    question: usize,
) -> String {
    let id = |u: Option<Uuid>| u.map_or("-".to_string(), |u| u.to_string());
    format!(
        "{SLOT_PREFIX}{}:{}:{}:{question}",
        kind.key(),
        id(setback),
        id(target)
    )
}

/// Reads a slot written by [`slot`].
pub fn parse_slot(slot: &str) -> Option<(FormKind, Option<Uuid>, Option<Uuid>, usize)> {
    let mut parts = slot.strip_prefix(SLOT_PREFIX)?.split(':');
    let name = parts.next()?;
    let kind = KINDS.into_iter().find(|k| k.key() == name)?;
    let setback = Uuid::parse_str(parts.next()?).ok();
    let target = Uuid::parse_str(parts.next()?).ok();
    let question = parts.next()?.parse().ok()?;
    Some((kind, setback, target, question))
}

fn grief_options() -> Vec<String> {
    std::iter::once("Not now".to_string())
        .chain(GriefStage::ALL.iter().map(|s| s.label().to_string()))
        .collect()
}

fn transformation_options() -> Vec<String> {
    std::iter::once("Not now".to_string())
        .chain(
            TransformationStage::ALL
                .iter()
                .map(|s| s.label().to_string()),
        )
        .collect()
}

impl DebriefPane {
    /// Builds a form of `kind` filled with what is saved now.
    pub(super) fn build_form(
        &self,
        kind: FormKind,
        target: Option<Uuid>,
        question: usize,
    ) -> Option<OpenForm> {
        let setback = self.current_setback();
        let setback_id = setback.map(|s| s.id);
        let words = assets::debrief();
        let form_slot = slot(
            kind,
            if kind == FormKind::NewSetback {
                None
            } else {
                setback_id
            },
            target,
            question,
        );
        let form = Form::new("", form_slot);
        let form = match kind {
            FormKind::NewSetback => Form::new("New setback", form.slot().to_string())
                .intro("A title you will recognise, the day it happened, and a few words on what it was.")
                .line("Title", "", "Laid off in the spring restructuring")
                .line("Date (YYYY-MM-DD)", &self.today.to_string(), "")
                .text("Summary", "", "What happened, in a sentence or two."),
            FormKind::EditSetback => {
                let s = setback?;
                Form::new("Edit setback", form.slot().to_string())
                    .line("Title", &s.title, "")
                    .line("Date (YYYY-MM-DD)", &s.date.to_string(), "")
                    .text("Summary", &s.summary, "What happened, in a sentence or two.")
            }
            FormKind::NewEvent | FormKind::EditEvent => {
                let event = target.and_then(|id| self.events.iter().find(|e| e.id == id));
                if kind == FormKind::EditEvent && event.is_none() {
                    return None;
                }
                let date = event.map_or(self.today, |e| e.date).to_string();
                let time = event.and_then(|e| e.time).map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
                let title = if event.is_some() { "Edit event" } else { "New event" };
                let get = |f: fn(&crate::domain::setback::Event) -> &String| event.map_or("", |e| f(e).as_str()).to_string();
                Form::new(title, form.slot().to_string())
                    .half_line("When (YYYY-MM-DD)", &date, "")
                    .half_line("Time (HH:MM, optional)", &time, "")
                    .text("What happened", &get(|e| &e.what), "The meeting where the news came.")
                    .line("Who was involved", &get(|e| &e.who), "")
                    .text("What I thought", &get(|e| &e.thought), "")
                    .text("What I felt", &get(|e| &e.felt), "")
                    .focus_on(2)
            }
            FormKind::Answer => {
                let q = words.questions.get(question)?;
                let answer = self.answers.get(&q.key).cloned().unwrap_or_default();
                Form::new("Debrief question", form.slot().to_string()).text(&q.text, &answer, "Take your time.")
            }
            FormKind::Reflection => Form::new("Reflection", form.slot().to_string())
                .intro("Some setbacks also feel like relief. If this one does, what did it release you from?")
                .line(&words.checkins.reflection, &setback?.reflection, ""),
            FormKind::NewStrength => {
                let options = StrengthKind::ALL.iter().map(|k| words.strengths.prompt(*k).to_string()).collect();
                Form::new("New strength", form.slot().to_string())
                    .choice("Which question", options, question)
                    .line("Your answer", "", "")
                    .focus_on(1)
            }
            FormKind::EditStrength => {
                let strength = self.strengths.iter().find(|s| Some(s.id) == target)?;
                Form::new("Edit strength", form.slot().to_string())
                    .line(words.strengths.prompt(strength.kind), &strength.text, "")
            }
            FormKind::NewLesson | FormKind::EditLesson => {
                let lesson = target.and_then(|id| self.lessons.iter().find(|l| l.id == id));
                let title = if lesson.is_some() { "Edit lesson" } else { "New lesson" };
                Form::new(title, form.slot().to_string())
                    .line("Lesson", lesson.map_or("", |l| l.text.as_str()), "Ask for feedback early, not at the review.")
            }
            FormKind::Story => Form::new("Story", form.slot().to_string())
                .intro(words.story.intro.clone())
                .text(&words.story.situation, &self.story.situation, "")
                .text(&words.story.action, &self.story.action, "")
                .text(&words.story.result, &self.story.result, "")
                .text(&words.story.learning, &self.story.learning, ""),
            FormKind::NewCheckin => Form::new("Check-in", form.slot().to_string())
                .intro(words.checkins.intro.clone())
                .choice("Grief stage", grief_options(), 0)
                .choice("Transformation stage", transformation_options(), 0)
                .line("A note (optional)", "", "What it is like right now."),
            FormKind::NewReframe | FormKind::EditReframe => self.reframe_form(target, form.slot())?,
        };
        Some(OpenForm {
            kind,
            setback: setback_id,
            target,
            question,
            form,
        })
    }

    /// Turns the open form into the change to save, or says what is missing.
    pub(super) fn submit_form(&self) -> Option<Action> {
        let open = self.form.as_ref()?;
        let draft = Some(open.form.slot().to_string());
        let action = if open.kind.is_reframe() {
            self.reframe_write(open)
                .map(|write| Action::Forward { write, draft })
        } else {
            self.form_write(open)
                .map(|write| Action::Debrief { write, draft })
        };
        Some(action.unwrap_or_else(Action::Say))
    }

    fn form_write(&self, open: &OpenForm) -> Result<DebriefWrite, String> {
        let v = |i: usize| open.form.value(i);
        if open.kind == FormKind::NewSetback {
            return Ok(DebriefWrite::AddSetback(self.setback_draft(&open.form)?));
        }
        let setback = open.setback.ok_or("Open a setback first.")?;
        let target = || open.target.ok_or_else(|| "That row is gone.".to_string());
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
                    text: non_empty(v(1), "A strength")?,
                }
            }
            FormKind::EditStrength => DebriefWrite::UpdateStrength {
                id: target()?,
                text: non_empty(v(0), "A strength")?,
            },
            FormKind::NewLesson => DebriefWrite::AddLesson {
                setback,
                text: non_empty(v(0), "A lesson")?,
            },
            FormKind::EditLesson => DebriefWrite::UpdateLesson {
                id: target()?,
                text: non_empty(v(0), "A lesson")?,
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
                    return Err(
                        "Pick a grief stage, a transformation stage, or both (←/→ to change)."
                            .into(),
                    );
                }
                DebriefWrite::AddCheckin {
                    setback,
                    grief,
                    transformation,
                    note: v(2),
                }
            }
            FormKind::NewReframe | FormKind::EditReframe => {
                return Err("A reframe is not part of the debrief's own answers.".into());
            }
        })
    }

    fn setback_draft(&self, form: &Form) -> Result<SetbackDraft, String> {
        Ok(SetbackDraft {
            title: non_empty(form.value(0), "A setback")?,
            date: Some(self.date_field(&form.value(1))?),
            summary: form.value(2),
        })
    }

    fn event_draft(&self, form: &Form) -> Result<EventDraft, String> {
        Ok(EventDraft {
            date: Some(self.date_field(&form.value(0))?),
            time: parse_time(&form.value(1)).map_err(capitalised)?,
            what: non_empty(form.value(2), "An event")?,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_round_trip() {
        let a = Uuid::new_v4();
        let b = Uuid::new_v4();
        let s = slot(FormKind::EditEvent, Some(a), Some(b), 0);
        assert_eq!(
            parse_slot(&s),
            Some((FormKind::EditEvent, Some(a), Some(b), 0))
        );
        let s = slot(FormKind::NewSetback, None, None, 3);
        assert_eq!(parse_slot(&s), Some((FormKind::NewSetback, None, None, 3)));
        assert_eq!(parse_slot("gratitude.new:2026-01-01"), None);
    }

    /// The names drafts were kept under by earlier versions: each is still found.
    #[test]
    fn slots_kept_by_earlier_versions_are_read() {
        let names = [
            "NewSetback",
            "EditSetback",
            "NewEvent",
            "EditEvent",
            "Answer",
            "Reflection",
            "NewStrength",
            "EditStrength",
            "NewLesson",
            "EditLesson",
            "Story",
            "NewCheckin",
            "NewReframe",
            "EditReframe",
        ];
        assert_eq!(names.len(), KINDS.len());
        for (name, kind) in names.into_iter().zip(KINDS) {
            let kept = format!("debrief:{name}:-:-:2");
            assert_eq!(parse_slot(&kept), Some((kind, None, None, 2)), "{kept}");
            assert_eq!(slot(kind, None, None, 2), kept);
        }
    }
}
