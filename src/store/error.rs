//! Everything that can go wrong when opening or using the journal database.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} is not a bounce journal (it is not an SQLite database); it was left untouched")]
    NotADatabase { path: PathBuf },

    /// SQLite's own words stay in `detail` for whoever debugs; a person is told what to do.
    #[error(
        "{path} looks damaged, so bounce left it exactly as it was and wrote nothing to it; the daily backups are kept in {}, and `bounce restore` can bring one back",
        backups_beside(path).display()
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "{path} is {kind}, not a file, so it cannot hold a journal and nothing was changed; give --db the path of your journal, or a new file name to start one"
    )]
    NotAFile { path: PathBuf, kind: &'static str },

    #[error(
        "{path} looks damaged, so no backup was made and your backups were left as they were. {}",
        last_good_hint(last_good)
    )]
    DamagedJournal {
        path: PathBuf,
        last_good: Option<PathBuf>,
    },

    #[error(
        "{path} was written by a newer version of bounce (journal format {found}, this version reads up to {known}); update bounce to open it. The file was left untouched"
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },

    #[error(
        "another instance of bounce is writing to the journal and did not finish within 5 seconds; nothing was changed, try again in a moment"
    )]
    Busy,

    #[error(
        "{} cannot be changed: the file or its folder is read-only, so nothing was saved; check its permissions, or pick another journal with --db",
        place(path)
    )]
    ReadOnly { path: Option<PathBuf> },

    #[error(
        "the disk holding the journal is full, so nothing was saved and nothing in the journal was lost; free some space, then try again"
    )]
    DiskFull,

    #[error("{0}")]
    Invalid(String),

    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },

    #[error("{}", sqlite_text(.0))]
    Sqlite(rusqlite::Error),

    #[error("could not bring the journal up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// No `kind` with this id is in the journal (any more).
    pub fn not_found(kind: &'static str, id: uuid::Uuid) -> StoreError {
        StoreError::NotFound {
            kind,
            id: id.to_string(),
        }
    }

    /// Maps SQLite's "busy", "read-only" and "disk full" failures to the errors a person can
    /// act on, naming the journal.
    pub(crate) fn from_write(err: rusqlite::Error, path: &std::path::Path) -> Self {
        Self::from_write_given(err, path, || super::open::disk_is_full(path))
    }

    /// [`StoreError::from_write`], told by `full` whether the disk is full.
    fn from_write_given(
        err: rusqlite::Error,
        path: &std::path::Path,
        full: impl FnOnce() -> bool,
    ) -> Self {
        if super::open::maybe_out_of_room(&err) && full() {
            return StoreError::DiskFull;
        }
        match StoreError::from(err) {
            StoreError::ReadOnly { path: None } => StoreError::ReadOnly {
                path: Some(path.to_path_buf()),
            },
            other => other,
        }
    }
}

/// Any SQLite failure inside a save lands here: the ones a person can act on get their own
/// words, the rest keep SQLite's.
impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path: None },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            _ => StoreError::Sqlite(err),
        }
    }
}

/// The folder where backups of the journal at `path` go by default.
fn backups_beside(path: &std::path::Path) -> PathBuf {
    super::backup::backups_beside(path)
}

fn last_good_hint(last_good: &Option<PathBuf>) -> String {
    match last_good {
        Some(backup) => format!(
            "The last good backup is {0}; to put it back, run: bounce restore {0}",
            backup.display()
        ),
        None => "There is no good backup to go back to yet, so keep the journal file as it is and do not delete it.".into(),
    }
}

/// SQLite's error in words a person can act on: damage found while reading is said plainly.
fn sqlite_text(err: &rusqlite::Error) -> String {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
            "part of the journal could not be read, as if the file were damaged, so bounce stopped and changed nothing; `bounce restore` can bring back the last good backup".into()
        }
        _ => format!("database error: {err}"),
    }
}

fn place(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map_or_else(|| "the journal".to_string(), |p| p.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::StoreError;
    use rusqlite::ffi;
    use std::path::Path;

    fn failure(code: std::ffi::c_int) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(ffi::Error::new(code), None)
    }

    #[test]
    fn a_write_that_finds_no_room_says_the_disk_is_full() {
        let path = Path::new("journal.db");
        let err = StoreError::from_write_given(failure(ffi::SQLITE_IOERR_SHMSIZE), path, || true);
        assert!(matches!(err, StoreError::DiskFull), "{err:?}");
        let err = StoreError::from_write_given(failure(ffi::SQLITE_IOERR_SHMSIZE), path, || false);
        assert!(matches!(err, StoreError::Sqlite(_)), "{err:?}");
        let err = StoreError::from_write_given(failure(ffi::SQLITE_FULL), path, || false);
        assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    }

    #[test]
    fn damage_found_while_reading_is_said_plainly() {
        let said = StoreError::Sqlite(failure(ffi::SQLITE_CORRUPT)).to_string();
        assert!(
            said.contains("could not be read") && said.contains("bounce restore"),
            "{said}"
        );
        assert!(!said.contains("malformed"), "{said}");
        let said = StoreError::Sqlite(failure(ffi::SQLITE_MISUSE)).to_string();
        assert!(said.starts_with("database error"), "{said}");
    }
}
