//! The Debrief pane's forms: which ones there are, how each is laid out, and how a kept
//! draft finds its way back.

use uuid::Uuid;

use super::DebriefPane;
use crate::assets;
use crate::domain::setback::{GriefStage, StrengthKind, TransformationStage};
use crate::ui::form::Form;

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
    NewConversation,
    EditConversation,
    HoldConversation,
    CloseChapter,
    LookBack,
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
            FormKind::NewConversation => "NewConversation",
            FormKind::EditConversation => "EditConversation",
            FormKind::HoldConversation => "HoldConversation",
            FormKind::CloseChapter => "CloseChapter",
            FormKind::LookBack => "LookBack",
        }
    }

    /// Whether the form is about the chapter: a conversation, the close, a look back.
    pub fn is_chapter(self) -> bool {
        matches!(
            self,
            FormKind::NewConversation
                | FormKind::EditConversation
                | FormKind::HoldConversation
                | FormKind::CloseChapter
                | FormKind::LookBack
        )
    }

    /// Whether the form writes a reframe (a change to moving forward, not to the debrief).
    pub fn is_reframe(self) -> bool {
        matches!(self, FormKind::NewReframe | FormKind::EditReframe)
    }
}

const KINDS: [FormKind; 19] = [
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
    FormKind::NewConversation,
    FormKind::EditConversation,
    FormKind::HoldConversation,
    FormKind::CloseChapter,
    FormKind::LookBack,
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

/// What the picker says under each option: a line on "Not now", then each stage's
/// description with its question under it.
fn stage_hints<'a>(stages: impl Iterator<Item = &'a assets::StageText>) -> Vec<String> {
    std::iter::once(assets::stages().unset.clone())
        .chain(stages.map(|s| format!("{}\n{}", s.about, s.question)))
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
                // A new event most often follows the last one, or starts at the setback itself.
                let fresh = self.events.iter().map(|e| e.date).max().or(setback.map(|s| s.date)).unwrap_or(self.today);
                let date = event.map_or(fresh, |e| e.date).to_string();
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
                .option_hints(stage_hints(GriefStage::ALL.iter().map(|s| assets::stages().grief(*s))))
                .choice("Transformation stage", transformation_options(), 0)
                .option_hints(stage_hints(TransformationStage::ALL.iter().map(|s| assets::stages().transformation(*s))))
                .line("A note (optional)", "", "What it is like right now."),
            FormKind::NewReframe | FormKind::EditReframe => self.reframe_form(target, form.slot())?,
            kind if kind.is_chapter() => self.chapter_form(kind, target, form.slot())?,
            _ => return None,
        };
        Some(OpenForm {
            kind,
            setback: setback_id,
            target,
            question,
            form,
        })
    }
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
            "NewConversation",
            "EditConversation",
            "HoldConversation",
            "CloseChapter",
            "LookBack",
        ];
        assert_eq!(names.len(), KINDS.len());
        for (name, kind) in names.into_iter().zip(KINDS) {
            let kept = format!("debrief:{name}:-:-:2");
            assert_eq!(parse_slot(&kept), Some((kind, None, None, 2)), "{kept}");
            assert_eq!(slot(kind, None, None, 2), kept);
        }
    }
}
