//! Consistent copies of the journal with SQLite's online backup, safe while the app (or
//! another bounce) is writing: by hand to any file, and once a day before the first write.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};

use super::{Result, Store, StoreError};

/// How many daily backups are kept; older ones are removed.
pub const DAILY_KEPT: usize = 7;

/// How often a busy journal is retried before giving up on a copy.
const BUSY_TRIES: u32 = 50;

impl Store {
    /// Copies the journal to a file a person chose, whole or not at all. The journal's own
    /// files, its backups, and anything at `out` but a plain file are refused and left as
    /// they are.
    pub fn backup_to(&self, out: &Path) -> Result<()> {
        self.refuse_own_file(out)?;
        super::targets::refuse_unusual_target(out)?;
        self.write_copy(out)
    }

    /// Makes today's backup in the backups folder, replacing one made earlier today. Returns
    /// its path.
    pub fn backup_now(&self, today: NaiveDate) -> Result<PathBuf> {
        let path = self.backup_path(today);
        super::targets::refuse_unusual_target(&path)?;
        self.write_copy(&path)?;
        Ok(path)
    }

    /// Copies the journal into a private temp file beside `out` (its folder made 0700 if
    /// new), renamed over `out` once complete.
    fn write_copy(&self, out: &Path) -> Result<()> {
        let io = |action: &'static str, path: &Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Io {
                action,
                path,
                source,
            }
        };
        let folder = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
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
            .and_then(|()| fs::rename(&temp, out).map_err(io("write the backup to", out)));
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

    /// Makes today's backup in `dir` unless there is one, then keeps the last
    /// [`DAILY_KEPT`]. Returns the new backup's path, or `None` when today's was there.
    pub fn backup_daily(&self, dir: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
        let stem = self.backup_stem();
        let path = dir.join(format!("{stem}-{}.db", today.format("%Y-%m-%d")));
        if path.exists() {
            return Ok(None);
        }
        self.write_copy(&path)?;
        let daily = daily_backups(dir, &stem);
        for old in daily.iter().skip(DAILY_KEPT) {
            let _ = fs::remove_file(old);
        }
        Ok(Some(path))
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
    journal
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
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
