//! The Root cause pane's status-line hints: only the keys that do something in the open
//! section, for the question selected and the decision as it stands.

use super::{Focus, RootCausePane, Section, has_evidence};
use crate::assets;
use crate::domain::root_cause::{AnswerKind, Cause};
use crate::keymap::{Command, Scope};

impl RootCausePane {
    pub(super) fn pane_hints(&self) -> Vec<(Scope, Command)> {
        let r = |c| (Scope::RootCause, c);
        if let Some((_, form)) = &self.form {
            return form.hints();
        }
        let mut hints: Vec<(Scope, Command)> = match self.focus {
            Focus::List if self.list.is_empty() => vec![],
            Focus::List => vec![r(Command::Open)],
            Focus::Detail => {
                let mut hints: Vec<_> = self.section_hints().into_iter().map(r).collect();
                hints.extend([r(Command::NextSection), r(Command::Back)]);
                hints
            }
        };
        hints.extend([
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]);
        hints
    }

    /// Whether `c` would confirm a suggestion now: there is one, and nothing is decided.
    pub(super) fn can_confirm(&self) -> bool {
        self.decision.confirmed.is_none() && self.classification.as_ref().is_some_and(has_evidence)
    }

    fn section_hints(&self) -> Vec<Command> {
        let decide = |pane: &Self| {
            let mut hints = Vec::new();
            hints.extend(pane.can_confirm().then_some(Command::Confirm));
            hints.push(Command::ChooseCause);
            hints
        };
        match self.section {
            Section::Questions => {
                let scale = assets::questionnaire()
                    .questions
                    .get(self.row)
                    .is_some_and(|q| q.kind == AnswerKind::Scale);
                if scale {
                    vec![Command::NextChoice, Command::ClearAnswer]
                } else {
                    vec![
                        Command::AnswerYes,
                        Command::AnswerPartly,
                        Command::AnswerNo,
                        Command::NextChoice,
                    ]
                }
            }
            Section::Result => decide(self),
            Section::FollowUp if self.decision.confirmed.is_none() => decide(self),
            Section::FollowUp => {
                let motives = assets::questionnaire().motives.len();
                let on_motive =
                    self.decision.confirmed == Some(Cause::Tactical) && self.row < motives;
                let mut hints = Vec::new();
                hints.extend(on_motive.then_some(Command::TickStep));
                hints.push(Command::Edit);
                if !self.decision.follow_up.trim().is_empty() {
                    hints.extend([Command::MakeLesson, Command::MakeGoal]);
                }
                hints
            }
            Section::Patterns => vec![],
        }
    }
}
