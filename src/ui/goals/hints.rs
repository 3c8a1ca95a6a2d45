//! The Goals pane's status-line hints: only the keys that do something on the list or row
//! selected, in the state it is in.

use super::{Focus, GoalsPane, Tab};
use crate::keymap::{Command, Scope};

impl GoalsPane {
    pub(super) fn pane_hints(&self) -> Vec<(Scope, Command)> {
        let g = |c| (Scope::Goals, c);
        if let Some(open) = &self.form {
            return open.form.hints();
        }
        let mut hints = match (self.tab, self.focus) {
            (Tab::Ideas, Focus::List) if self.ideas.is_empty() => {
                vec![g(Command::Add), g(Command::NextSection)]
            }
            (Tab::Ideas, Focus::List) => self.ideas_list_hints(),
            (Tab::Ideas, Focus::Steps) => vec![
                g(Command::AnswerYes),
                g(Command::AnswerPartly),
                g(Command::AnswerNo),
                g(Command::Edit),
                g(Command::MakeGoal),
                g(Command::Back),
            ],
            (Tab::People, _) if self.people.is_empty() => {
                vec![g(Command::Add), g(Command::NextSection)]
            }
            (Tab::People, _) => vec![
                g(Command::Touched),
                g(Command::Add),
                g(Command::Edit),
                g(Command::NextSection),
            ],
            (_, Focus::List) if self.goals.is_empty() => {
                vec![g(Command::Add), g(Command::NextSection)]
            }
            (_, Focus::List) => {
                let mut hints = vec![g(Command::Open)];
                if self.current().is_some_and(|goal| goal.next_step.is_some()) {
                    hints.push(g(Command::TickStep));
                }
                hints.extend([g(Command::Add), g(Command::Edit), g(Command::NextSection)]);
                hints
            }
            (_, Focus::Steps) if self.steps.is_empty() => vec![g(Command::Add), g(Command::Back)],
            (_, Focus::Steps) => vec![
                g(Command::TickStep),
                g(Command::Add),
                g(Command::Edit),
                g(Command::SplitStep),
                g(Command::Back),
            ],
        };
        hints.extend([
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]);
        hints
    }

    /// On the list of ideas: answers while the selected idea has a question open.
    fn ideas_list_hints(&self) -> Vec<(Scope, Command)> {
        let g = |c| (Scope::Goals, c);
        let mut hints = vec![g(Command::Open)];
        if self.current_idea().is_some_and(|i| i.answered() < 3) {
            hints.extend([
                g(Command::AnswerYes),
                g(Command::AnswerPartly),
                g(Command::AnswerNo),
            ]);
        }
        hints.extend([
            g(Command::Add),
            g(Command::MakeGoal),
            g(Command::Archive),
            g(Command::NextSection),
        ]);
        hints
    }
}
