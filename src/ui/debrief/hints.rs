//! The Debrief pane's status-line hints: only the keys that do something where the
//! selection is, in the state it is in.

use super::{DebriefPane, Focus, Section};
use crate::assets;
use crate::keymap::{Command, Scope};

impl DebriefPane {
    pub(super) fn pane_hints(&self) -> Vec<(Scope, Command)> {
        let d = |c| (Scope::Debrief, c);
        if let Some(open) = &self.form {
            return open.form.hints();
        }
        let mut hints = match self.focus {
            Focus::List if self.list.is_empty() => vec![d(Command::Add)],
            Focus::List => vec![
                d(Command::Open),
                d(Command::Add),
                d(Command::Edit),
                d(Command::Delete),
                (Scope::Global, Command::Search),
            ],
            Focus::Detail => match self.chapter_hints() {
                Some(chapter) => chapter,
                None => self.section_hints().into_iter().map(d).collect(),
            },
        };
        hints.extend([
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]);
        hints
    }

    /// What works on the selected row of the open section.
    fn section_hints(&self) -> Vec<Command> {
        let rows = self.row_count() > 0;
        let mut hints = match self.section {
            Section::Questions => {
                let answered = assets::debrief()
                    .questions
                    .get(self.row)
                    .is_some_and(|q| self.answers.contains_key(&q.key));
                let mut hints = vec![Command::Edit];
                hints.extend(answered.then_some(Command::Delete));
                hints
            }
            Section::Story if self.story.is_empty() => vec![Command::Edit],
            Section::Story => vec![Command::CopyStory, Command::Edit],
            Section::Checkins if rows => vec![Command::Add, Command::Delete],
            _ if rows => vec![Command::Add, Command::Edit, Command::Delete],
            _ => vec![Command::Add],
        };
        if self.section == Section::Lessons && rows {
            hints.push(Command::MakeGoal);
        }
        if self.can_join_network() {
            hints.push(Command::ToNetwork);
        }
        hints.extend([Command::NextSection, Command::Back]);
        if self.can_swap(true) || self.can_swap(false) {
            hints.push(Command::MoveUp);
        }
        hints
    }

    /// Whether the selected event has a neighbour at the same moment above (`up`) or below,
    /// the only events it can swap with.
    pub(super) fn can_swap(&self, up: bool) -> bool {
        if self.section != Section::Timeline {
            return false;
        }
        let Some(event) = self.events.get(self.row) else {
            return false;
        };
        let other = if up {
            self.row.checked_sub(1)
        } else {
            Some(self.row + 1)
        };
        other
            .and_then(|i| self.events.get(i))
            .is_some_and(|o| o.date == event.date && o.time == event.time)
    }
}
