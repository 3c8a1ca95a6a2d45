//! An open setback's conversations and its chapter: planning a conversation and noting how
//! it went, closing the chapter with a few questions, and looking back at it later.

use chrono::NaiveDate;
use uuid::Uuid;

use super::forms::{FormKind, OpenForm};
use super::{DebriefPane, Section};
use crate::action::{Action, ChapterWrite, Write};
use crate::assets;
use crate::domain::chapter::{Best, ClosingDraft, ConversationDraft, ConversationKind, Held};
use crate::domain::chapter::{Conversation, parse_rating};
use crate::domain::dates::{parse_future_date, parse_past_date};
use crate::domain::text::truncate;
use crate::keymap::{Command, Scope};
use crate::ui::form::{Form, FormError};

/// The choices of "did I do the best I could", with room to leave it open.
const BEST: [Option<Best>; 4] = [None, Some(Best::Yes), Some(Best::Partly), Some(Best::No)];

impl DebriefPane {
    /// Rows of the Chapter section: the close, then each look-back.
    pub(super) fn chapter_rows(&self) -> usize {
        self.closing
            .as_ref()
            .map_or(0, |_| 1 + self.lookbacks.len())
    }

    /// The keys worth showing in the two chapter sections; `None` in the others.
    pub(super) fn chapter_hints(&self) -> Option<Vec<(Scope, Command)>> {
        let d = |c| (Scope::Debrief, c);
        let next = [d(Command::NextSection), d(Command::Back)];
        Some(
            match self.section {
                Section::Conversations => match self.conversation() {
                    None => vec![d(Command::Add)],
                    Some(c) if c.held_on.is_some() && !c.takeaway.trim().is_empty() => vec![
                        d(Command::MakeGoal),
                        d(Command::MakeLesson),
                        d(Command::Open),
                        d(Command::Add),
                    ],
                    Some(_) => vec![
                        d(Command::Open),
                        d(Command::Add),
                        d(Command::Edit),
                        d(Command::Delete),
                    ],
                },
                Section::Chapter if self.closing.is_some() => {
                    vec![d(Command::LookBack), d(Command::Edit), d(Command::Reopen)]
                }
                Section::Chapter => vec![d(Command::CloseChapter)],
                _ => return None,
            }
            .into_iter()
            .chain(next)
            .collect(),
        )
    }

    fn conversation(&self) -> Option<&Conversation> {
        self.conversations.get(self.row)
    }

    /// What the chapter keys do in an open setback; `None` when the key is not one of them.
    pub(super) fn chapter_key(&mut self, command: Command) -> Option<Option<Action>> {
        let closed = self.closing.is_some();
        Some(match (self.section, command) {
            (_, Command::CloseChapter) => {
                self.section = Section::Chapter;
                self.row = 0;
                self.open_form(FormKind::CloseChapter, None, 0)
            }
            (Section::Chapter, Command::LookBack) if closed => {
                self.open_form(FormKind::LookBack, None, 0)
            }
            (Section::Chapter, Command::LookBack) => Some(Action::Say(
                "Close the chapter first ({key:debrief.close_chapter}); looking back comes later."
                    .into(),
            )),
            (Section::Chapter, Command::Reopen) if closed => Some(self.reopen_chapter()),
            (Section::Chapter, Command::Add | Command::Open | Command::Edit) => {
                self.open_form(FormKind::CloseChapter, None, 0)
            }
            (Section::Chapter, Command::Delete) => self.delete_lookback(),
            (Section::Conversations, Command::Add) => {
                self.open_form(FormKind::NewConversation, None, 0)
            }
            (Section::Conversations, Command::Edit) => {
                let id = self.conversation()?.id;
                self.open_form(FormKind::EditConversation, Some(id), 0)
            }
            (Section::Conversations, Command::Open) => {
                let id = self.conversation()?.id;
                self.open_form(FormKind::HoldConversation, Some(id), 0)
            }
            (Section::Conversations, Command::Delete) => self.delete_conversation(),
            (Section::Conversations, Command::MakeGoal | Command::MakeLesson) => {
                self.use_takeaway(command == Command::MakeGoal)
            }
            _ => return None,
        })
    }

    fn reopen_chapter(&self) -> Action {
        let setback = self.current_setback().map(|s| s.id).unwrap_or_default();
        Action::Confirm {
            question: "Open this chapter again? What you wrote on closing it is let go (undo brings it back); its look-backs stay.".into(),
            on_yes: Box::new(chapter(ChapterWrite::Reopen(setback), None)),
        }
    }

    fn delete_lookback(&self) -> Option<Action> {
        let lookback = self.lookbacks.get(self.row.checked_sub(1)?)?;
        Some(Action::Confirm {
            question: format!(
                "Delete the look back of {}? You can undo it with {{key:global.undo}}.",
                crate::domain::dates::list_date(lookback.on)
            ),
            on_yes: Box::new(chapter(ChapterWrite::DeleteLookback(lookback.id), None)),
        })
    }

    fn delete_conversation(&self) -> Option<Action> {
        let c = self.conversation()?;
        Some(Action::Confirm {
            question: format!(
                "Delete the conversation with {}? You can undo it with {{key:global.undo}}.",
                truncate(&c.person, 30)
            ),
            on_yes: Box::new(chapter(ChapterWrite::DeleteConversation(c.id), None)),
        })
    }

    fn use_takeaway(&self, goal: bool) -> Option<Action> {
        let c = self.conversation()?;
        if c.held_on.is_none() || c.takeaway.trim().is_empty() {
            return Some(Action::Say(
                "Once it has happened, {key:debrief.open} notes how it went and its takeaway."
                    .into(),
            ));
        }
        let write = if goal {
            ChapterWrite::TakeawayToGoal(c.id)
        } else {
            ChapterWrite::TakeawayToLesson(c.id)
        };
        Some(chapter(write, None))
    }

    /// The form of one of the chapter kinds, filled with what is saved now.
    pub(super) fn chapter_form(
        &self,
        kind: FormKind,
        target: Option<Uuid>,
        slot: &str,
    ) -> Option<Form> {
        let found = target.and_then(|id| self.conversations.iter().find(|c| c.id == id));
        Some(match kind {
            FormKind::NewConversation | FormKind::EditConversation => {
                self.plan_form(found.filter(|_| kind == FormKind::EditConversation), slot)
            }
            FormKind::HoldConversation => hold_form(found?, self.today, slot),
            FormKind::LookBack => self.lookback_form(slot)?,
            _ => self.close_form(slot),
        })
    }

    fn plan_form(&self, planned: Option<&Conversation>, slot: &str) -> Form {
        let kind = planned.map_or(ConversationKind::Feedback, |c| c.kind);
        let questions = planned.map_or_else(|| starters(kind), |c| c.questions.clone());
        let when = planned
            .and_then(|c| c.planned_on)
            .map(|d| d.to_string())
            .unwrap_or_default();
        let title = if planned.is_some() {
            "Edit conversation"
        } else {
            "Plan a conversation"
        };
        let form = Form::new(title, slot)
            .intro("Who could help you see this more clearly, or move on from it?")
            .half_line(
                "With",
                planned.map_or("", |c| c.person.as_str()),
                "a name from your people, or someone new",
            );
        plan_fields(form, &when, kind, &questions)
    }

    fn close_form(&self, slot: &str) -> Form {
        let words = assets::closing();
        let closing = self.closing.as_ref();
        let best = closing.map_or(0, |c| BEST.iter().position(|b| *b == c.best).unwrap_or(0));
        let options = BEST
            .iter()
            .map(|b| b.map_or("Not sure yet", Best::label).to_string())
            .collect();
        let carry = closing.map_or_else(|| self.carry_choices(), |c| c.carry.clone());
        let rating = closing
            .and_then(|c| c.rating)
            .map(|r| r.to_string())
            .unwrap_or_default();
        let get = |f: fn(&crate::domain::chapter::Closing) -> &String| {
            closing.map_or(String::new(), |c| f(c).clone())
        };
        Form::new("Close this chapter", slot)
            .intro(words.intro.clone())
            .choice(&words.best, options, best)
            .line(&words.best_note, &get(|c| &c.best_note), "")
            .text(&words.accept, &get(|c| &c.accept), "")
            .text(&words.permission, &get(|c| &c.permission), "")
            .text(&words.carry, &carry, "")
            .line(&words.rating, &rating, "0 to 10")
    }

    /// Its lessons and strengths, one per line, to keep or delete on closing.
    fn carry_choices(&self) -> String {
        let lessons = self.lessons.iter().map(|l| l.text.as_str());
        let strengths = self
            .strengths_in_order()
            .into_iter()
            .map(|s| s.text.as_str());
        lessons
            .chain(strengths)
            .take(6)
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn lookback_form(&self, slot: &str) -> Option<Form> {
        let words = assets::closing();
        let closing = self.closing.as_ref()?;
        let then = match closing.rating {
            Some(r) => format!(" On closing it, {r} of 10."),
            None => String::new(),
        };
        Some(
            Form::new("Look back", slot)
                .intro(format!(
                    "Closed {}.{then} {}",
                    crate::domain::dates::list_date(closing.closed_on),
                    words.lookback_intro
                ))
                .line(&words.rating, "", "0 to 10")
                .text(&words.lookback_note, "", ""),
        )
    }

    /// The change a filled-in chapter form asks for, or what is missing.
    pub(super) fn chapter_write(&self, open: &OpenForm) -> Result<ChapterWrite, FormError> {
        let form = &open.form;
        let v = |i: usize| form.value(i);
        let setback = open.setback.ok_or("Open a setback first.")?;
        let target = || {
            open.target
                .ok_or(FormError::from("That conversation is gone."))
        };
        let rating = |i: usize| form.check(i, |t| parse_rating(t).map_err(capitalised));
        Ok(match open.kind {
            FormKind::NewConversation | FormKind::EditConversation => {
                let person = form.required(0, "A name")?;
                let draft = self.plan_draft(setback, &open.form)?;
                match open.kind {
                    FormKind::NewConversation => ChapterWrite::Plan { person, draft },
                    _ => ChapterWrite::UpdatePlan {
                        id: target()?,
                        person,
                        draft,
                    },
                }
            }
            FormKind::HoldConversation => {
                let on = form.check(0, |day| match day.trim() {
                    "" => Ok(self.today),
                    day => parse_past_date(day, self.today).map_err(capitalised),
                })?;
                let held = Held {
                    on,
                    said: v(1),
                    takeaway: v(2),
                };
                ChapterWrite::Hold {
                    id: target()?,
                    held,
                }
            }
            FormKind::LookBack => ChapterWrite::LookBack {
                setback,
                rating: rating(0)?,
                note: v(1),
            },
            _ => ChapterWrite::Close {
                setback,
                draft: close_draft(form)?,
            },
        })
    }

    fn plan_draft(&self, setback: Uuid, form: &Form) -> Result<ConversationDraft, FormError> {
        read_plan(form, 1, Some(setback), self.today)
    }
}

/// A plan's fields after the person's: when (a half line beside theirs), what for, and
/// what to ask.
pub(crate) fn plan_fields(form: Form, when: &str, kind: ConversationKind, questions: &str) -> Form {
    let words = assets::conversations();
    let options = ConversationKind::ALL
        .iter()
        .map(|k| words.kind(*k).label.clone())
        .collect();
    let index = ConversationKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(0);
    form.half_line("When (optional)", when, "friday, next monday, 2026-12-10")
        .choice("What for", options, index)
        .text("What to ask", questions, "")
}

/// The plan written in the fields [`plan_fields`] made, from field `first` on, or what is
/// wrong with it.
pub(crate) fn read_plan(
    form: &Form,
    first: usize,
    setback: Option<Uuid>,
    today: NaiveDate,
) -> Result<ConversationDraft, FormError> {
    let planned_on = form.check(first, |day| match day.trim() {
        "" => Ok(None),
        day => parse_future_date(day, today).map(Some).map_err(capitalised),
    })?;
    let index = form.value(first + 1).parse::<usize>().unwrap_or(0);
    let kind = ConversationKind::ALL[index.min(ConversationKind::ALL.len() - 1)];
    // Starter questions of another kind, left as they were, give way to this kind's.
    let typed = form.value(first + 2);
    let questions = if ConversationKind::ALL.iter().any(|k| starters(*k) == typed) {
        starters(kind)
    } else {
        typed
    };
    Ok(ConversationDraft {
        setback_id: setback,
        kind: Some(kind),
        planned_on,
        questions,
        ..ConversationDraft::default()
    })
}

fn hold_form(planned: &Conversation, today: chrono::NaiveDate, slot: &str) -> Form {
    let asked = if planned.questions.trim().is_empty() {
        String::new()
    } else {
        format!(
            " You meant to ask: {}",
            planned.questions.replace('\n', " · ")
        )
    };
    let on = planned.held_on.unwrap_or(today).to_string();
    Form::new(
        format!("How it went, with {}", truncate(&planned.person, 30)),
        slot,
    )
    .intro(format!(
        "Write down what you heard while it is fresh.{asked}"
    ))
    .line("When it happened", &on, "")
    .text("What they said", &planned.said, "")
    .line(
        "The takeaway: what will I do with it?",
        &planned.takeaway,
        "Lead one project end to end",
    )
}

fn close_draft(form: &Form) -> Result<ClosingDraft, FormError> {
    let v = |i: usize| form.value(i);
    let best = BEST[v(0).parse::<usize>().unwrap_or(0).min(BEST.len() - 1)];
    let rating = form.check(5, |text| match text.trim() {
        "" => Ok(None),
        text => parse_rating(text).map(Some).map_err(capitalised),
    })?;
    Ok(ClosingDraft {
        best,
        best_note: v(1),
        accept: v(2),
        permission: v(3),
        carry: v(4),
        rating,
    })
}

/// A kind's starter questions, one per line.
pub(crate) fn starters(kind: ConversationKind) -> String {
    assets::conversations().kind(kind).questions.join("\n")
}

fn chapter(write: ChapterWrite, draft: Option<String>) -> Action {
    Action::Write(Write::Chapter { write, draft })
}

fn capitalised(text: String) -> String {
    crate::domain::text::capitalise(&text)
}
