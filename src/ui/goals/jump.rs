//! Showing a goal, step, idea or person asked for from elsewhere (Home, a search hit).

use super::{Focus, GoalsPane, StepPick, Tab};
use crate::domain::search::{Record, RecordKind};

impl GoalsPane {
    /// Chooses what the next reload selects: the goal with its steps open (the step itself
    /// for a step; the goal an idea became), the idea among ideas, or the person.
    pub(super) fn show(&mut self, record: &Record) {
        self.row = 0;
        self.step_pick = None;
        match (record.kind, record.parent) {
            (RecordKind::Person, _) => self.show_in(Tab::People, record),
            (RecordKind::Idea, None) => self.show_in(Tab::Ideas, record),
            (kind, parent) => {
                let goal = match kind {
                    RecordKind::Goal => record.id,
                    _ => parent.unwrap_or(record.id),
                };
                // The goal is looked for in every list once its steps are open.
                self.tab = Tab::Active;
                self.selected_id = Some(goal);
                self.focus = Focus::Steps;
                self.step_pick = Some(if kind == RecordKind::Step {
                    StepPick::Step(record.id)
                } else {
                    StepPick::NextOpen
                });
            }
        }
    }

    fn show_in(&mut self, tab: Tab, record: &Record) {
        self.tab = tab;
        self.selected_id = Some(record.id);
        self.focus = Focus::List;
    }
}
