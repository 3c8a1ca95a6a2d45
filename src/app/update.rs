//! Carrying out actions: the one place that writes to the store, then says how it went.

use std::path::Path;

use chrono::NaiveDate;

use super::App;
use super::said::Said;
use crate::action::{Action, Read, Write};
use crate::assets;
use crate::domain::gratitude::is_milestone;
use crate::domain::search::{Record, RecordKind};
use crate::store::StoreError;
use crate::ui::Input;
use crate::ui::popup::Popup;
use crate::ui::status_bar::Tone;

impl App {
    /// Carries out one action. A failure becomes a message; the person's text stays put.
    pub fn update(&mut self, action: Action) {
        let result = match action {
            Action::Write(write) => {
                self.save(&write);
                Ok(())
            }
            Action::DiscardEdit { draft } => {
                self.discard(&draft);
                Ok(())
            }
            other => self.apply(other),
        };
        if let Err(e) = result {
            self.say(problem_text(&e), Tone::Problem);
        }
    }

    /// Carries out a write: the day's backup first, then the write as one transaction and
    /// one undo group; the pane that asked is told what was saved, and read again.
    fn save(&mut self, write: &Write) {
        let backup_problem = self.daily_backup();
        let said = match self.write_as_change(write) {
            Ok(said) => said,
            Err(e) => {
                self.say(problem_text(&e), Tone::Problem);
                return;
            }
        };
        self.say(said.text, said.tone);
        if let Some(popup) = said.celebration {
            self.popup = Some(popup);
        }
        if let Some(problem) = backup_problem {
            self.say(problem, Tone::Problem);
        }
        self.tell(Input::Saved {
            write,
            added: said.added,
        });
        self.reload_all();
    }

    /// Letting go of a draft always closes its form, even when the journal cannot be
    /// changed to forget the draft.
    fn discard(&mut self, slot: &str) {
        let forgot = self.forget_draft(slot);
        self.tell(Input::Discard);
        if forgot.is_err() {
            self.say(
                "Closed. The journal can't be changed now, so this may come back next time.",
                Tone::Problem,
            );
        }
    }

    /// Carries out a write so that it can be undone as one. One write is one transaction:
    /// the change opened for undo, the save and the change closed commit together or not
    /// at all.
    fn write_as_change(&mut self, write: &Write) -> Result<Said, StoreError> {
        self.store.begin()?;
        let result = self
            .store
            .begin_change(write.label())
            .and_then(|()| self.apply_write(write))
            .and_then(|said| self.store.end_change().map(|()| said));
        let finished = self.store.finish(result.is_ok());
        finished.and(result)
    }

    /// The write itself, reached only through [`App::write_as_change`].
    fn apply_write(&mut self, write: &Write) -> Result<Said, StoreError> {
        let said = match write {
            Write::AddGratitude { date, text, .. } => {
                let first_of_day = self.store.gratitude_on(*date)?.is_empty();
                let item = self.store.add_gratitude(*date, text)?;
                self.celebrate_item(*date, first_of_day)?
                    .adding(Some(item.id))
            }
            Write::UpdateGratitude { id, text, .. } => {
                self.store.update_gratitude(*id, text)?;
                Said::info("Saved.")
            }
            Write::DeleteGratitude { id } => {
                self.store.delete_gratitude(*id)?;
                Said::info("Deleted.")
            }
            Write::SaveNote { date, text, .. } => {
                self.store.set_note(*date, text)?;
                Said::info("Note saved.")
            }
            Write::SetSelfCare { date, text, .. } => {
                self.store.set_selfcare(*date, text)?;
                Said::info(if text.trim().is_empty() {
                    "Cleared."
                } else {
                    "Kept. That was kind of you."
                })
            }
            Write::SetMood { date, mood } => {
                self.store.set_mood(*date, *mood)?;
                Said::info(match mood {
                    Some(m) => format!("Mood saved: {}.", m.label()),
                    None => "Mood cleared.".into(),
                })
            }
            Write::Debrief { write, .. } => super::debrief::apply(&self.store, write, self.today)?,
            Write::RootCause { write, .. } => super::debrief::apply_cause(&self.store, write)?,
            Write::Goal { write, .. } => super::goals::apply(&self.store, write, self.today)?,
            Write::Forward { write, .. } => super::forward::apply(&self.store, write, self.today)?,
            Write::Chapter { write, .. } => super::chapter::apply(&self.store, write, self.today)?,
            Write::Review { write, .. } => super::review::apply(&self.store, write)?,
        };
        if let Some(slot) = write.draft() {
            self.forget_draft(slot)?;
        }
        Ok(said)
    }

    /// Everything that is not a write: views, popups, reads, the clipboard.
    fn apply(&mut self, action: Action) -> Result<(), StoreError> {
        match action {
            Action::Write(write) => self.save(&write),
            Action::DiscardEdit { draft } => self.discard(&draft),
            Action::Read(read) => self.read(read)?,
            Action::Quit => self.quit(),
            Action::ToggleHelp => self.toggle_help(),
            Action::ShowPane(pane) => self.show(pane),
            Action::Say(text) => self.say(text, Tone::Info),
            Action::Confirm { question, on_yes } => {
                let question = self.keymap.fill(&question).into_owned();
                self.popup = Some(Popup::Confirm { question, on_yes });
            }
            Action::PickMood { date, current } => {
                self.popup = Some(Popup::Mood { date, current });
            }
            Action::OpenGoal(id) => {
                let goal = Record {
                    kind: RecordKind::Goal,
                    id,
                    parent: None,
                    date: self.today,
                };
                self.show_record(crate::action::PaneId::Goals, &goal)?;
            }
            Action::ShowRecord(record) => {
                self.show_record(crate::ui::search::pane_for(record.kind), &record)?;
            }
            Action::Jump { pane, commands } => {
                self.current = pane;
                self.read(Read::All)?;
                for command in commands {
                    self.tell(Input::Run(command));
                }
                self.note_typing();
            }
            Action::EditExternally { text } => self.external = Some(text),
            Action::Copy { text, what } => {
                self.clipboard = Some(text);
                self.say(
                    format!("{what} copied to the clipboard (where your terminal allows it)."),
                    Tone::Info,
                );
            }
        }
        Ok(())
    }

    /// Shows `record` in `pane`. A pane not shown yet is read first: where a record lands
    /// depends on it.
    fn show_record(
        &mut self,
        pane: crate::action::PaneId,
        record: &Record,
    ) -> Result<(), StoreError> {
        self.current = pane;
        self.read(Read::All)?;
        self.tell(Input::Show(record));
        self.read(Read::All)
    }

    fn forget_draft(&mut self, slot: &str) -> Result<(), StoreError> {
        self.last_draft = None;
        self.draft_pending_since = None;
        self.store.clear_draft(slot)
    }

    /// A kind word after an item: a milestone, a day's three, or a plain "saved".
    fn celebrate_item(&self, date: NaiveDate, first_of_day: bool) -> Result<Said, StoreError> {
        let words = assets::gratitude();
        let celebrate = |line: String| Said {
            tone: Tone::Celebrate,
            ..Said::info(line)
        };
        if first_of_day {
            let days = self.store.gratitude_day_count()?;
            if is_milestone(days) {
                let line = assets::pick(&words.milestones, days).replace("{n}", &days.to_string());
                return Ok(celebrate(line));
            }
        }
        let count = self.store.gratitude_on(date)?.len();
        if count == crate::domain::gratitude::DAILY_SUGGESTED {
            let seed = u64::try_from(chrono::Datelike::num_days_from_ce(&date)).unwrap_or(0);
            return Ok(celebrate(
                assets::pick(&words.day_complete, seed).to_string(),
            ));
        }
        Ok(Said::info("Saved."))
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
