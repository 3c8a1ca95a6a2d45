//! Reading what the Goals pane shows from the store: the goals around the selection, the
//! open goal's steps, the ideas or the people, and a kept form to reopen once they are read.

use uuid::Uuid;

use super::forms::parse_slot;
use super::{Focus, GoalsPane, StepPick, Tab};
use crate::domain::forward::IdeaStatus;
use crate::store::{Result, Store};
use crate::ui::lists::Goals;

impl GoalsPane {
    /// Finds the goal that was selected again after the list changed, following it to
    /// another list when it was finished, reopened or archived from its steps (or is a
    /// search hit). When it is gone, the selection stays at its place.
    pub(super) fn follow_selection(&mut self, store: &Store) -> Result<()> {
        let anywhere = std::mem::take(&mut self.find_anywhere) || self.focus == Focus::Steps;
        let Some(id) = self.selected_id else {
            return Ok(());
        };
        if self.goals.find(store, id)? || !anywhere {
            return Ok(());
        }
        if let Some(goal) = store.goal(id)? {
            self.tab = Tab::of(goal.state());
            self.goals.show_list(Goals(goal.state()));
            self.goals.find(store, id)?;
        }
        Ok(())
    }

    pub(super) fn load_steps(&mut self, store: &Store) -> Result<()> {
        let Some(goal) = self.current() else {
            self.steps.clear();
            self.origin = None;
            self.row = 0;
            return Ok(());
        };
        let (id, setback) = (goal.id, goal.setback_id);
        self.steps = store.steps(id)?;
        match self.step_pick.take() {
            Some(StepPick::Step(step)) => {
                self.row = self
                    .steps
                    .iter()
                    .position(|s| s.id == step)
                    .unwrap_or(self.row);
            }
            Some(StepPick::NextOpen) => {
                let after = self.steps.iter().skip(self.row).position(|s| !s.is_done());
                let first = self.steps.iter().position(|s| !s.is_done());
                self.row = after.map(|i| i + self.row).or(first).unwrap_or(self.row);
            }
            None => {}
        }
        self.origin = match setback {
            Some(s) => store.goal_origin(s)?,
            None => None,
        };
        self.row = self.row.min(self.steps.len().saturating_sub(1));
        Ok(())
    }

    pub(super) fn reopen(&mut self, slot: &str, text: &str) -> bool {
        let Some((kind, goal, step)) = parse_slot(slot) else {
            return false;
        };
        if let Some(tab) = kind.tab() {
            self.tab = tab;
        }
        if let Some(id) = goal {
            self.selected_id = Some(id);
            self.find_anywhere = true;
            self.focus = if kind.is_about_steps() {
                Focus::Steps
            } else {
                Focus::List
            };
        }
        self.pending_draft = Some((kind, goal, step, text.to_string()));
        true
    }

    /// Reads the ideas or the people, keeping the selected one selected.
    pub(super) fn load_forward(&mut self, store: &Store) -> Result<()> {
        let ids: Vec<Uuid> = match self.tab {
            Tab::Ideas => {
                self.ideas = store.ideas(IdeaStatus::Open)?;
                self.ideas.extend(store.ideas(IdeaStatus::NotNow)?);
                self.ideas.iter().map(|i| i.id).collect()
            }
            _ => {
                self.people = store.people()?;
                self.people.iter().map(|p| p.id).collect()
            }
        };
        if let Some(i) = self
            .selected_id
            .and_then(|id| ids.iter().position(|x| *x == id))
        {
            self.selected = i;
        }
        self.selected = self.selected.min(ids.len().saturating_sub(1));
        self.selected_id = ids.get(self.selected).copied();
        self.person_talks = match self.current_person().filter(|_| self.tab == Tab::People) {
            Some(person) => store.conversations_with(person.id)?,
            None => Vec::new(),
        };
        if self.current_idea().is_none() || self.tab != Tab::Ideas {
            self.focus = Focus::List;
        }
        self.row = self.row.min(2);
        Ok(())
    }

    pub(super) fn restore_pending(&mut self) -> Result<()> {
        if let Some((kind, target, step, text)) = self.pending_draft.take() {
            self.form = self.build_form(kind, target, step);
            if let Some(open) = self.form.as_mut() {
                open.form.restore(&text);
            }
        }
        Ok(())
    }
}
