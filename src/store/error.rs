//! Everything that can go wrong when opening or using the journal database.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} is not a bounce journal (it is not an SQLite database); it was left untouched")]
    NotADatabase { path: PathBuf },

    #[error("{path} looks damaged and cannot be read ({detail}); it was left untouched")]
    Corrupt { path: PathBuf, detail: String },

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
        "the disk holding the journal is full, so nothing was saved; free some space and try again"
    )]
    DiskFull,

    #[error("{0}")]
    Invalid(String),

    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },

    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),

    #[error("could not bring the journal up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// Maps SQLite's "busy", "read-only" and "disk full" failures to the errors a person can
    /// act on, naming the journal.
    pub(crate) fn from_write(err: rusqlite::Error, path: &std::path::Path) -> Self {
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

fn last_good_hint(last_good: &Option<PathBuf>) -> String {
    match last_good {
        Some(backup) => format!(
            "The last good backup is {0}; to put it back, run: bounce restore {0}",
            backup.display()
        ),
        None => "There is no good backup to go back to yet, so keep the journal file as it is and do not delete it.".into(),
    }
}

fn place(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map_or_else(|| "the journal".to_string(), |p| p.display().to_string())
}
