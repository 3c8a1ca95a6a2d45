//! How the Root cause pane turns keys into actions.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Focus, FormKind, RootCausePane, Section};
use crate::action::Read;
use crate::action::Write;
use crate::action::{Action, CauseWrite};
use crate::assets;
use crate::domain::root_cause::{Answer, AnswerKind, Cause};
use crate::keymap::{Command, Keymap};
use crate::ui::form::{Form, FormOutcome};
use crate::ui::lists::moved;
use crate::ui::move_within;

/// The answers a question offers, in the order ←/→ walks through them.
fn choices(scale: bool) -> Vec<Answer> {
    if scale {
        (1..=5).map(Answer::Scale).collect()
    } else {
        vec![Answer::Yes, Answer::Partly, Answer::No]
    }
}

/// Why a key that means something elsewhere in the pane does nothing where it was pressed.
fn not_here(command: Command) -> Option<Action> {
    let why = match command {
        Command::Edit | Command::Open => {
            "A note is written in Follow-up, once the cause is decided; here, nothing needs writing."
        }
        Command::TickStep => {
            "{key:rootcause.tick_step} ticks a motive in Follow-up, once the cause is decided as a tactical misstep."
        }
        Command::AnswerYes
        | Command::AnswerPartly
        | Command::AnswerNo
        | Command::ClearAnswer
        | Command::NextChoice
        | Command::PreviousChoice => {
            "Answers are given in Questions ({key:rootcause.previous_section} goes back to them)."
        }
        Command::MakeLesson | Command::MakeGoal => {
            "In Follow-up, {key:rootcause.make_lesson} and {key:rootcause.make_goal} turn its note into a lesson or a goal."
        }
        _ => return None,
    };
    Some(Action::Say(why.into()))
}

impl RootCausePane {
    pub(super) fn list_key(&mut self, command: Command) -> Option<Action> {
        match command {
            Command::Open if !self.list.is_empty() => {
                self.focus = super::Focus::Detail;
                self.row = 0;
                self.read_shown()
            }
            _ => {
                let changed = self.list.move_by(command)?;
                changed.then_some(Action::Read(Read::Selection))
            }
        }
    }

    pub(super) fn detail_key(&mut self, command: Command) -> Option<Action> {
        let setback = self.current()?.id;
        match command {
            Command::Back => {
                self.focus = Focus::List;
                None
            }
            Command::NextSection | Command::PreviousSection | Command::Down | Command::Up => {
                let rows = self.row_count();
                move_within(
                    &Section::ALL,
                    &mut self.section,
                    &mut self.row,
                    rows,
                    command,
                );
                self.read_shown()
            }
            Command::PageDown | Command::PageUp | Command::First | Command::Last => {
                let rows = self.row_count();
                self.row = moved(self.row, rows, self.detail_page.rows(), command)?;
                None
            }
            Command::Confirm if self.decision.confirmed.is_some() => Some(Action::Say(
                "The cause is decided already; {key:rootcause.choose_cause} picks another or takes the decision back."
                    .into(),
            )),
            Command::Confirm => {
                let c = self.classification.as_ref()?;
                if !super::has_evidence(c) {
                    return Some(Action::Say(
                        "There is nothing to go on yet: answer a few questions, or pick a cause yourself with {key:rootcause.choose_cause}.".into(),
                    ));
                }
                let suggested = c.suggested;
                Some(Action::Write(Write::RootCause {
                    write: CauseWrite::Confirm {
                        setback,
                        cause: Some(suggested),
                    },
                    draft: None,
                }))
            }
            Command::ChooseCause => {
                let form = self.choose_form();
                self.form = Some((FormKind::Choose, form));
                None
            }
            _ if self.section == Section::Questions => self.answer_key(command, setback),
            _ if self.section == Section::FollowUp && self.decision.confirmed.is_some() => {
                self.follow_up_key(command, setback)
            }
            _ => not_here(command),
        }
    }

    /// The digit 1-5 pressed on a scale question that has the focus, if that is what `key` is.
    pub(super) fn scale_digit(&self, key: &KeyEvent) -> Option<u8> {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let on_scale = self.focus == Focus::Detail
            && self.section == Section::Questions
            && assets::questionnaire()
                .questions
                .get(self.row)
                .is_some_and(|q| q.kind == AnswerKind::Scale);
        match key.code {
            KeyCode::Char(c @ '1'..='5') if plain && on_scale => c.to_digit(10)?.try_into().ok(),
            _ => None,
        }
    }

    /// Answers the scale question in focus with `n` and moves on to the next question.
    pub(super) fn answer_scale(&mut self, n: u8) -> Option<Action> {
        let setback = self.current()?.id;
        let question = assets::questionnaire().questions.get(self.row)?;
        self.row = (self.row + 1).min(self.row_count().saturating_sub(1));
        Some(Action::Write(Write::RootCause {
            write: CauseWrite::Answer {
                setback,
                question: question.key.clone(),
                answer: Some(Answer::Scale(n)),
            },
            draft: None,
        }))
    }

    fn answer_key(&mut self, command: Command, setback: uuid::Uuid) -> Option<Action> {
        let question = assets::questionnaire().questions.get(self.row)?;
        let scale = question.kind == AnswerKind::Scale;
        let current = self.answers.get(&question.key).copied();
        let options = choices(scale);
        let position = current.and_then(|a| options.iter().position(|o| *o == a));
        let answer = match command {
            Command::AnswerYes if !scale => Some(Answer::Yes),
            Command::AnswerPartly if !scale => Some(Answer::Partly),
            Command::AnswerNo if !scale => Some(Answer::No),
            Command::ClearAnswer => None,
            Command::NextChoice => match position {
                None => options.first().copied(),
                Some(i) => options.get(i + 1).copied(),
            },
            Command::PreviousChoice => match position {
                None => options.last().copied(),
                Some(0) => None,
                Some(i) => options.get(i - 1).copied(),
            },
            Command::AnswerYes | Command::AnswerPartly | Command::AnswerNo => {
                return Some(Action::Say(
                    "This one is a scale: press 1 to 5, or {key:rootcause.next_choice} / {key:rootcause.previous_choice} to change it.".into(),
                ));
            }
            _ => return not_here(command),
        };
        if matches!(
            command,
            Command::AnswerYes | Command::AnswerPartly | Command::AnswerNo
        ) {
            self.row = (self.row + 1).min(self.row_count().saturating_sub(1));
        }
        Some(Action::Write(Write::RootCause {
            write: CauseWrite::Answer {
                setback,
                question: question.key.clone(),
                answer,
            },
            draft: None,
        }))
    }

    fn follow_up_key(&mut self, command: Command, setback: uuid::Uuid) -> Option<Action> {
        let cause = self.decision.confirmed?;
        let motives = &assets::questionnaire().motives;
        let on_motive = cause == Cause::Tactical && self.row < motives.len();
        match command {
            Command::NextChoice | Command::PreviousChoice => {
                let down = command == Command::NextChoice;
                self.row = crate::ui::step_row(self.row, down, self.row_count());
                None
            }
            Command::TickStep if on_motive => self.tick_motive(setback),
            Command::Edit | Command::Open => {
                let form = self.note_form();
                self.form = Some((FormKind::Note, form));
                None
            }
            Command::MakeLesson => {
                let text = self.decision.follow_up.trim().to_string();
                if text.is_empty() {
                    return Some(Action::Say(
                        "Write the follow-up note first ({key:rootcause.edit}); then {key:rootcause.make_lesson} turns it into a lesson.".into(),
                    ));
                }
                Some(Action::Write(Write::RootCause {
                    write: CauseWrite::Lesson { setback, text },
                    draft: None,
                }))
            }
            Command::MakeGoal => {
                let text = self.decision.follow_up.trim();
                if text.is_empty() {
                    return Some(Action::Say(
                        "Write the follow-up note first ({key:rootcause.edit}); then {key:rootcause.make_goal} turns it into a goal.".into(),
                    ));
                }
                Some(Action::Write(Write::Goal {
                    write: crate::action::GoalWrite::FromSetback {
                        setback,
                        draft: crate::domain::goal::draft_from_note(text),
                    },
                    draft: None,
                }))
            }
            _ => not_here(command),
        }
    }

    /// Ticks the selected motive, or unticks it when it was ticked.
    fn tick_motive(&self, setback: uuid::Uuid) -> Option<Action> {
        let motives = &assets::questionnaire().motives;
        let key = motives.get(self.row)?.key.clone();
        let mut chosen = self.decision.motives.clone();
        match chosen.iter().position(|m| *m == key) {
            Some(i) => {
                chosen.remove(i);
            }
            None => chosen.push(key),
        }
        let note = self.decision.follow_up.clone();
        Some(Action::Write(Write::RootCause {
            write: CauseWrite::FollowUp {
                setback,
                motives: chosen,
                note,
            },
            draft: None,
        }))
    }

    /// The follow-up note, with a prompt that fits the confirmed cause.
    pub(super) fn note_form(&self) -> Form {
        let prompt = match self.decision.confirmed {
            Some(Cause::Tactical) => {
                "Where could the missing information have been learned earlier?"
            }
            Some(Cause::Emotional) => "What did this release you from? What do you want instead?",
            Some(Cause::Unforeseen) => "What can bend now? What new way will you try?",
            None => "A note on what you take from this.",
        };
        Form::new("Follow-up", self.slot(FormKind::Note)).text(prompt, &self.decision.follow_up, "")
    }

    fn choose_form(&self) -> Form {
        let mut options: Vec<String> = Cause::ALL.iter().map(|c| c.label().to_string()).collect();
        options.push("Not decided yet".to_string());
        let current = match self
            .decision
            .confirmed
            .or(self.classification.as_ref().map(|c| c.suggested))
        {
            Some(cause) => Cause::ALL.iter().position(|c| *c == cause).unwrap_or(0),
            None => 0,
        };
        Form::new("Choose the root cause", self.slot(FormKind::Choose))
            .intro("You know this setback best. Pick the one cause that rings true; ←/→ to change, {key:editor.submit} to keep it.")
            .choice("Root cause", options, current)
    }

    pub(super) fn form_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        let setback = self.current()?.id;
        let (kind, form) = self.form.as_mut()?;
        match form.handle_key(key, keymap) {
            FormOutcome::Editing => None,
            FormOutcome::External => form
                .focused_text()
                .map(|text| Action::EditExternally { text }),
            FormOutcome::Cancel => Some(form.cancel_action()),
            FormOutcome::Submit => {
                let draft = Some(form.slot().to_string());
                let write = match kind {
                    FormKind::Choose => {
                        let index = form.value(0).parse::<usize>().unwrap_or(0);
                        CauseWrite::Confirm {
                            setback,
                            cause: Cause::ALL.get(index).copied(),
                        }
                    }
                    FormKind::Note => CauseWrite::FollowUp {
                        setback,
                        motives: self.decision.motives.clone(),
                        note: form.value(0),
                    },
                };
                Some(Action::Write(Write::RootCause { write, draft }))
            }
        }
    }
}
