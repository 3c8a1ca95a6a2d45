//! Consistent copies of the journal with SQLite's online backup, safe while the app (or
//! another bounce) is writing: by hand to any file, and once a day before the first write.
//! Every copy is checked before it takes a place, so a damaged journal never replaces a good
//! backup.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::{Result, Store, StoreError};

/// How many good daily backups are kept; older ones are removed.
pub const DAILY_KEPT: usize = 7;

/// How often a busy journal is retried before giving up on a copy.
const BUSY_TRIES: u32 = 50;

/// How closely a backup is read before it is trusted.
#[derive(Clone, Copy)]
enum Check {
    /// SQLite's `integrity_check`: every page, row and index entry. For a new copy, before
    /// it takes a slot, and for the backup named as the last good one.
    Whole,
    /// SQLite's `quick_check`: every page, not the indexes (about a fifth of the time). For
    /// older backups the rotation counts, which were checked whole when they were made.
    Quick,
}

impl Check {
    fn pragma(self, schema: &str) -> String {
        match self {
            Check::Whole => format!("PRAGMA {schema}integrity_check(1)"),
            Check::Quick => format!("PRAGMA {schema}quick_check(1)"),
        }
    }
}

impl Store {
    /// Copies the journal to a file a person chose, whole or not at all, and only if the copy
    /// passes SQLite's check. The journal's own files, its backups, and anything at `out`
    /// but a plain file are refused and left as they are.
    pub fn backup_to(&self, out: &Path) -> Result<()> {
        self.refuse_own_file(out)?;
        super::targets::refuse_unusual_target(out)?;
        self.write_checked_copy(out, &self.backup_dir())
    }

    /// Makes today's backup in the backups folder, replacing one made earlier today only
    /// with a copy that passes SQLite's check. Returns its path.
    pub fn backup_now(&self, today: NaiveDate) -> Result<PathBuf> {
        let path = self.backup_path(today);
        super::targets::refuse_unusual_target(&path)?;
        self.write_checked_copy(&path, &self.backup_dir())?;
        Ok(path)
    }

    /// Copies the journal into a private temp file beside `out` (its folder made 0700 if
    /// new), checks the copy whole, and only then renames it over `out`: a damaged copy
    /// never takes the place of anything. It is not kept either: the journal itself is left
    /// untouched, and the error names the newest good backup in `backups`.
    fn write_checked_copy(&self, out: &Path, backups: &Path) -> Result<()> {
        let folder = super::folder_of(out);
        let temp = folder.join(format!(
            ".{}.{}.part",
            out.file_name()
                .map_or("journal".into(), |n| n.to_string_lossy()),
            std::process::id()
        ));
        let _ = fs::remove_file(&temp);
        super::create_private(&temp)?;
        let copied = self
            .copy_into(&temp)
            .map_err(|e| self.damaged_if(e, backups))
            .and_then(|()| match self.problem_in(&temp, Check::Whole) {
                Ok(None) => Ok(()),
                Ok(Some(_)) => Err(self.damaged(backups)),
                Err(e) => Err(e),
            })
            .and_then(|()| {
                fs::rename(&temp, out).map_err(|source| StoreError::Io {
                    action: "write the backup to",
                    path: out.to_path_buf(),
                    source,
                })
            });
        if copied.is_err() {
            let _ = fs::remove_file(&temp);
        }
        copied
    }

    fn copy_into(&self, path: &Path) -> Result<()> {
        // SQLite's backup cannot copy an encrypted journal; SQLCipher's export can, keeping
        // the copy encrypted with the journal's own key.
        #[cfg(feature = "encryption")]
        if super::cipher::is_keyed(&self.conn) {
            return super::cipher::export_copy(&self.conn, path, None);
        }
        let mut dest = Connection::open(path)?;
        {
            let backup = Backup::new(&self.conn, &mut dest)?;
            let mut tries = 0;
            // All pages in one step, so the copy is one moment of the journal.
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    StepResult::Busy | StepResult::Locked if tries < BUSY_TRIES => {
                        tries += 1;
                        std::thread::sleep(Duration::from_millis(100));
                    }
                    _ => return Err(StoreError::Busy),
                }
            }
        }
        // The copy stands alone: one file, no write-ahead log beside it.
        dest.pragma_update(None, "journal_mode", "DELETE")?;
        dest.close().map_err(|(_, e)| StoreError::Sqlite(e))
    }

    /// The journal is damaged: no backup of it is made. Names the newest good one in
    /// `backups`.
    fn damaged(&self, backups: &Path) -> StoreError {
        StoreError::DamagedJournal {
            path: self.path.clone(),
            last_good: self.newest_good_backup(backups),
        }
    }

    /// A copy that failed because SQLite found the journal damaged (SQLCipher's export
    /// reads every row) is reported as a damaged journal; other failures as they are.
    fn damaged_if(&self, e: StoreError, backups: &Path) -> StoreError {
        match &e {
            StoreError::Sqlite(err) if is_damage(err) => self.damaged(backups),
            _ => e,
        }
    }

    /// What SQLite's check finds wrong in the backup at `copy` (`None` when nothing is), or
    /// the error that kept it from checking.
    fn problem_in(&self, copy: &Path, check: Check) -> Result<Option<String>> {
        // An encrypted backup is read with the journal's own key, which is not kept apart
        // from its connection: the copy is attached to it.
        #[cfg(feature = "encryption")]
        if super::cipher::is_keyed(&self.conn) && super::cipher::looks_encrypted(copy) {
            let name = copy.to_str().ok_or_else(|| {
                StoreError::Invalid(format!(
                    "{} has characters SQLite cannot take in a file name; choose a plainer one",
                    copy.display()
                ))
            })?;
            self.conn.execute("ATTACH DATABASE ?1 AS checked", [name])?;
            let found = first_problem(&self.conn, &check.pragma("checked."));
            let _ = self.conn.execute("DETACH DATABASE checked", []);
            return found;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = match Connection::open_with_flags(copy, flags) {
            Ok(conn) => conn,
            Err(e) if is_damage(&e) => return Ok(Some(e.to_string())),
            Err(e) => return Err(e.into()),
        };
        // Quiets SQLCipher's own log of a file it cannot read; no key is given.
        super::cipher::apply_key(&conn, None, copy)?;
        first_problem(&conn, &check.pragma(""))
    }

    /// The newest daily backup in `dir` that passes SQLite's whole check.
    fn newest_good_backup(&self, dir: &Path) -> Option<PathBuf> {
        daily_backups(dir, &self.backup_stem())
            .into_iter()
            .find(|backup| matches!(self.problem_in(backup, Check::Whole), Ok(None)))
    }

    /// Makes today's backup in `dir` unless there is one, then keeps the newest
    /// [`DAILY_KEPT`] good ones. Returns the new backup's path, or `None` when today's was
    /// there. A damaged journal makes no backup and leaves the folder as it was.
    pub fn backup_daily(&self, dir: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
        let path = dir.join(format!(
            "{}-{}.db",
            self.backup_stem(),
            today.format("%Y-%m-%d")
        ));
        if path.exists() {
            return Ok(None);
        }
        self.write_checked_copy(&path, dir)?;
        self.rotate(dir, &path);
        Ok(Some(path))
    }

    /// Removes the daily backups older than the [`DAILY_KEPT`]th newest good one. Only a
    /// backup that passes a quick check counts, so damaged ones never push out a good one;
    /// `newest`, just made and checked whole, counts and is never removed.
    fn rotate(&self, dir: &Path, newest: &Path) {
        let daily = daily_backups(dir, &self.backup_stem());
        if daily.len() <= DAILY_KEPT {
            return;
        }
        let mut good = 0;
        for (i, backup) in daily.iter().enumerate() {
            if good == DAILY_KEPT {
                for old in daily[i..].iter().filter(|old| *old != newest) {
                    let _ = fs::remove_file(old);
                }
                return;
            }
            if backup == newest || matches!(self.problem_in(backup, Check::Quick), Ok(None)) {
                good += 1;
            }
        }
    }

    /// Where backups go by default: a `backups` folder beside the journal.
    pub fn backup_dir(&self) -> PathBuf {
        backups_beside(&self.path)
    }

    /// The default backup file for `today`: `backups/journal-YYYY-MM-DD.db`.
    pub fn backup_path(&self, today: NaiveDate) -> PathBuf {
        self.backup_dir().join(format!(
            "{}-{}.db",
            self.backup_stem(),
            today.format("%Y-%m-%d")
        ))
    }

    fn backup_stem(&self) -> String {
        stem_of(&self.path)
    }
}

/// The `backups` folder beside the journal at `journal`.
pub fn backups_beside(journal: &Path) -> PathBuf {
    super::folder_of(journal).join("backups")
}

fn stem_of(journal: &Path) -> String {
    journal
        .file_stem()
        .map_or("journal".into(), |s| s.to_string_lossy().into_owned())
}

/// The daily backups of the journal at `journal`, newest first.
pub fn daily_backups_of(journal: &Path) -> Vec<PathBuf> {
    daily_backups(&backups_beside(journal), &stem_of(journal))
}

/// The daily backups in `dir` (`<stem>-YYYY-MM-DD.db`), newest first.
fn daily_backups(dir: &Path, stem: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut daily: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| is_daily(p, stem))
        .collect();
    daily.sort();
    daily.reverse();
    daily
}

/// The first line of a check's answer, `None` when it is "ok". A file SQLite finds damaged
/// or cannot read as a database is a problem found, not a failure to check.
fn first_problem(conn: &Connection, pragma: &str) -> Result<Option<String>> {
    // The one column is named after whichever check `pragma` runs.
    match conn.query_row(pragma, [], |r| r.get::<_, String>(0)) {
        Ok(line) if line == "ok" => Ok(None),
        Ok(line) => Ok(Some(line)),
        Err(e) if is_damage(&e) => Ok(Some(e.to_string())),
        Err(e) => Err(e.into()),
    }
}

/// Whether SQLite failed because the file is damaged or not a database at all.
pub(super) fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// Whether `path` is one of the daily backups: `<stem>-YYYY-MM-DD.db`.
fn is_daily(path: &Path, stem: &str) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix(".db"))
        .is_some_and(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() && date.len() == 10)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_temp_copy_is_private_from_its_creation_to_its_rename() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("journal.db")).unwrap();
        let temp = dir.path().join(".copy.part");
        super::super::create_private(&temp).unwrap();
        assert_eq!(mode(&temp), 0o600, "private before a byte is copied");
        store.copy_into(&temp).unwrap();
        assert_eq!(mode(&temp), 0o600, "still private once written");
    }
}
