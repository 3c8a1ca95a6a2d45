//! Reading what the Root cause pane shows from the store: the setbacks, the selected one's
//! answers and decision, and the classifier's suggestion and the patterns only while they
//! show.

use super::{Focus, Patterns, RootCausePane, Section};
use crate::action::Action;
use crate::action::Read;
use crate::domain::decision::Decision;
use crate::store::{Result, Store};

impl RootCausePane {
    /// Whether the classifier's reading is on screen or a key may need it.
    fn needs_classification(&self) -> bool {
        self.focus == Focus::Detail || self.section == Section::Result
    }

    /// Whether something on screen is not read yet.
    fn misses_something(&self) -> bool {
        let classify = self.needs_classification() && self.classification.is_none();
        let patterns = self.section == Section::Patterns && self.patterns.is_none();
        self.current().is_some() && (classify || patterns)
    }

    /// A reload that reads what the screen now needs, when it needs anything.
    pub(super) fn read_shown(&mut self) -> Option<Action> {
        if !self.misses_something() {
            return None;
        }
        Some(Action::Read(Read::Shown))
    }

    /// Reads the classifier's suggestion and the patterns when they show and are not read.
    pub(super) fn load_shown(&mut self, store: &Store) -> Result<()> {
        if self.needs_classification() && self.classification.is_none() {
            if let Some(setback) = self.current().cloned() {
                self.classification = Some(crate::reading::classify_setback(store, &setback)?);
            }
        }
        if self.section == Section::Patterns && self.patterns.is_none() {
            self.patterns = Some(Patterns {
                counts: store.cause_counts()?,
                repeating: store.repeating_motives()?,
            });
        }
        Ok(())
    }

    /// Reads the selected setback's answers and decision, and its suggestion when it is
    /// needed (see [`RootCausePane::load_shown`]).
    pub(super) fn load_detail(&mut self, store: &Store) -> Result<()> {
        self.classification = None;
        let Some(id) = self.current().map(|s| s.id) else {
            self.answers.clear();
            self.decision = Decision::default();
            return Ok(());
        };
        self.answers = store.cause_answers(id)?.into_iter().collect();
        self.decision = store.decision(id)?;
        self.load_shown(store)?;
        self.row = self.row.min(self.row_count().saturating_sub(1));
        Ok(())
    }

    /// Reads everything shown, after a change anywhere (or on showing the pane).
    pub(super) fn load_all(&mut self, store: &Store) -> Result<()> {
        if let Some(id) = self.show_setback.take() {
            if self.list.select_id(store, id)? {
                self.focus = Focus::Detail;
                self.section = Section::FollowUp;
                self.row = 0;
            }
        }
        self.list.load(store)?;
        if self.list.is_empty() {
            self.focus = Focus::List;
        }
        self.patterns = None;
        self.load_detail(store)
    }
}
