//! Carrying out actions: the one place that writes to the store, then says how it went.

use std::path::Path;

use chrono::NaiveDate;

use super::App;
use crate::action::Action;
use crate::assets;
use crate::domain::gratitude::is_milestone;
use crate::domain::search::{Record, RecordKind};
use crate::store::StoreError;
use crate::ui::popup::Popup;
use crate::ui::status_bar::Tone;

impl App {
    /// Carries out one action. A failure becomes a message; the person's text stays put.
    pub fn update(&mut self, action: Action) {
        let write = is_write(&action);
        let backup_problem = if write { self.daily_backup() } else { None };
        let result = if write {
            self.apply_as_change(&action)
        } else {
            self.apply(&action)
        };
        let ok = result.is_ok();
        // Letting go of a draft always closes its form, even when the journal cannot be
        // changed to forget the draft.
        let discarding = matches!(action, Action::DiscardEdit { .. });
        match result {
            Err(_) if discarding => self.say(
                "Closed. The journal can't be changed now, so this may come back next time.",
                Tone::Problem,
            ),
            Err(e) => self.say(problem_text(&e), Tone::Problem),
            Ok(()) => {
                if let Some(problem) = backup_problem {
                    self.say(problem, Tone::Problem);
                }
            }
        }
        self.pane_mut().on_result(&action, ok || discarding);
        if ok && write {
            self.reload_all();
        }
    }

    fn apply(&mut self, action: &Action) -> Result<(), StoreError> {
        match action {
            Action::Quit => self.quit(),
            Action::ToggleHelp => self.toggle_help(),
            Action::ShowPane(pane) => self.show(*pane),
            Action::Reload => self.pane_mut_reload()?,
            Action::Say(text) => self.say(text.clone(), Tone::Info),
            Action::Confirm { question, on_yes } => {
                self.popup = Some(Popup::Confirm {
                    question: question.clone(),
                    on_yes: on_yes.clone(),
                });
            }
            Action::PickMood { date, current } => {
                self.popup = Some(Popup::Mood {
                    date: *date,
                    current: *current,
                });
            }
            Action::AddGratitude { date, text, draft } => {
                let first_of_day = self.store.gratitude_on(*date)?.is_empty();
                self.store.add_gratitude(*date, text)?;
                self.forget_draft(draft)?;
                self.celebrate_item(*date, first_of_day)?;
            }
            Action::UpdateGratitude { id, text, draft } => {
                self.store.update_gratitude(*id, text)?;
                self.forget_draft(draft)?;
                self.say("Saved.", Tone::Info);
            }
            Action::DeleteGratitude { id } => {
                self.store.delete_gratitude(*id)?;
                self.say("Deleted.", Tone::Info);
            }
            Action::SaveNote { date, text, draft } => {
                self.store.set_note(*date, text)?;
                self.forget_draft(draft)?;
                self.say("Note saved.", Tone::Info);
            }
            Action::SetMood { date, mood } => {
                self.store.set_mood(*date, *mood)?;
                match mood {
                    Some(m) => self.say(format!("Mood saved: {}.", m.label()), Tone::Info),
                    None => self.say("Mood cleared.", Tone::Info),
                }
            }
            Action::DiscardEdit { draft } => self.forget_draft(draft)?,
            Action::Debrief { write, draft } => {
                let said = super::debrief::apply(&self.store, write, self.today)?;
                if let Some(slot) = draft {
                    self.forget_draft(slot)?;
                }
                self.say(said, Tone::Info);
            }
            Action::RootCause { write, draft } => {
                let said = super::debrief::apply_cause(&self.store, write)?;
                if let Some(slot) = draft {
                    self.forget_draft(slot)?;
                }
                self.say(said, Tone::Info);
            }
            Action::Goal { write, draft } => {
                let said = super::goals::apply(&self.store, write, self.today)?;
                if let Some(slot) = draft {
                    self.forget_draft(slot)?;
                }
                self.say(said.text, said.tone);
                if let Some(popup) = said.celebration {
                    self.popup = Some(popup);
                }
            }
            Action::Forward { write, draft } => {
                let said = super::forward::apply(&self.store, write, self.today)?;
                if let Some(slot) = draft {
                    self.forget_draft(slot)?;
                }
                self.say(said, Tone::Info);
            }
            Action::OpenGoal(id) => {
                self.current = crate::action::PaneId::Goals;
                let goal = Record {
                    kind: RecordKind::Goal,
                    id: *id,
                    parent: None,
                    date: self.today,
                };
                // A pane not shown yet is read first: where a record lands depends on it.
                self.pane_mut_reload()?;
                self.pane_mut().show_record(&goal);
                self.pane_mut_reload()?;
            }
            Action::ShowRecord(record) => {
                self.current = crate::ui::search::pane_for(record.kind);
                self.pane_mut_reload()?;
                self.pane_mut().show_record(record);
                self.pane_mut_reload()?;
            }
            Action::Jump { pane, commands } => {
                self.current = *pane;
                self.pane_mut_reload()?;
                for command in commands {
                    if let Some(next) = self.pane_mut().run(*command) {
                        self.apply(&next)?;
                    }
                }
                self.note_typing();
            }
            Action::EditExternally { text } => self.external = Some(text.clone()),
            Action::Copy { text, what } => {
                self.clipboard = Some(text.clone());
                self.say(
                    format!("{what} copied to the clipboard (where your terminal allows it)."),
                    Tone::Info,
                );
            }
        }
        Ok(())
    }

    /// Carries out a change so that it can be undone as one.
    /// One action is one transaction: the change opened for undo, the save and the change
    /// closed commit together or not at all.
    fn apply_as_change(&mut self, action: &Action) -> Result<(), StoreError> {
        self.store.begin()?;
        let result = self
            .store
            .begin_change(super::undo::change_label(action))
            .and_then(|()| self.apply(action))
            .and_then(|()| self.store.end_change());
        let finished = self.store.finish(result.is_ok());
        result.and(finished)
    }

    fn pane_mut_reload(&mut self) -> Result<(), StoreError> {
        let today = self.today;
        let index = self.current.index();
        self.panes[index].reload(&self.store, today)
    }

    fn forget_draft(&mut self, slot: &str) -> Result<(), StoreError> {
        self.last_draft = None;
        self.draft_pending_since = None;
        self.store.clear_draft(slot)
    }

    /// A kind word after an item: a milestone, a day's three, or a plain "saved".
    fn celebrate_item(&mut self, date: NaiveDate, first_of_day: bool) -> Result<(), StoreError> {
        let words = assets::gratitude();
        if first_of_day {
            let days = self.store.gratitude_day_count()?;
            if is_milestone(days) {
                let line = assets::pick(&words.milestones, days).replace("{n}", &days.to_string());
                self.say(line, Tone::Celebrate);
                return Ok(());
            }
        }
        let count = self.store.gratitude_on(date)?.len();
        if count == crate::domain::gratitude::DAILY_SUGGESTED {
            let seed = u64::try_from(chrono::Datelike::num_days_from_ce(&date)).unwrap_or(0);
            self.say(
                assets::pick(&words.day_complete, seed).to_string(),
                Tone::Celebrate,
            );
        } else {
            self.say("Saved.", Tone::Info);
        }
        Ok(())
    }
}

impl App {
    /// Before the day's first write, a copy of the journal as it was (the last
    /// [`crate::store::DAILY_KEPT`] are kept). A failure is said, never in the way of the save.
    fn daily_backup(&mut self) -> Option<String> {
        if self.backed_up_on == Some(self.today) || self.store.path() == Path::new(":memory:") {
            return None;
        }
        self.backed_up_on = Some(self.today);
        let dir = self.store.backup_dir();
        match self.store.backup_daily(&dir, self.today) {
            Ok(_) => None,
            Err(e) => Some(backup_problem(&e)),
        }
    }
}

/// What to say when a save went through but today's backup could not be made: the save is
/// safe, only the backup is missing, and why. A store error's own words may say "nothing was
/// saved", which is about the backup here, so those get words of their own.
fn backup_problem(e: &StoreError) -> String {
    let why = match e {
        StoreError::DiskFull => "the disk is full".to_string(),
        StoreError::ReadOnly { .. } => "the backups folder cannot be written to".to_string(),
        StoreError::Busy => "another bounce was busy with the journal".to_string(),
        StoreError::DamagedJournal { .. } => "the journal looks damaged".to_string(),
        other => other.to_string(),
    };
    format!(
        "Saved, and your entry is safe; only today's backup was not made ({why}). You can make one later with: bounce backup"
    )
}

/// Whether an action writes to the journal, and so runs as one transaction with its undo
/// group and the day's backup. Every action is named here, so a new one cannot be left out.
fn is_write(action: &Action) -> bool {
    match action {
        Action::AddGratitude { .. }
        | Action::UpdateGratitude { .. }
        | Action::DeleteGratitude { .. }
        | Action::SaveNote { .. }
        | Action::SetMood { .. }
        | Action::Debrief { .. }
        | Action::RootCause { .. }
        | Action::Goal { .. }
        | Action::Forward { .. } => true,
        // Forgetting a draft is bookkeeping, not a change to undo.
        Action::DiscardEdit { .. }
        | Action::Quit
        | Action::ToggleHelp
        | Action::ShowPane(_)
        | Action::Reload
        | Action::Say(_)
        | Action::Confirm { .. }
        | Action::PickMood { .. }
        | Action::OpenGoal(_)
        | Action::ShowRecord(_)
        | Action::Jump { .. }
        | Action::EditExternally { .. }
        | Action::Copy { .. } => false,
    }
}

pub(super) fn problem_text(e: &StoreError) -> String {
    match e {
        StoreError::Invalid(text) => crate::domain::text::capitalise(text),
        StoreError::DiskFull => {
            "Not saved: the disk is full. Your text is still here; free some space, then save again."
                .into()
        }
        StoreError::Busy => {
            "Not saved: another bounce is writing to this journal. Your text is still here; try again in a moment."
                .into()
        }
        StoreError::ReadOnly { .. } => {
            "Not saved: the journal's file or folder is read-only. Your text is still here; copy it somewhere safe."
                .into()
        }
        StoreError::Corrupt { .. } | StoreError::DamagedJournal { .. } => {
            "Not saved: the journal looks damaged. Copy your text, then run bounce restore."
                .into()
        }
        StoreError::Sqlite(e)
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ) =>
        {
            "Not saved: the journal can't be read. Copy your text, then run bounce restore."
                .into()
        }
        other => format!("Not saved: {other}. Your text is still here; try again."),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn a_backup_that_failed_after_a_save_says_the_save_is_safe() {
        let failures = [
            StoreError::DiskFull,
            StoreError::Busy,
            StoreError::ReadOnly {
                path: Some(PathBuf::from("/home/sam/journal.db")),
            },
            StoreError::Io {
                action: "create",
                path: PathBuf::from("/home/sam/backups/.journal-2026-11-23.db.1.part"),
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            },
        ];
        for failure in &failures {
            let said = backup_problem(failure);
            assert!(said.starts_with("Saved"), "{said}");
            assert!(said.contains("backup was not made"), "{said}");
            let lower = said.to_lowercase();
            for contradiction in ["nothing was saved", "not saved", "nothing was changed"] {
                assert!(!lower.contains(contradiction), "{said}");
            }
        }
    }
}
