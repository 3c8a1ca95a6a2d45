//! Everything that can go wrong when opening or using the journal database.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} is not a bounce journal (it is not an SQLite database); it was left untouched")]
    NotADatabase { path: PathBuf },

    #[error("{path} looks damaged and cannot be read ({detail}); it was left untouched")]
    Corrupt { path: PathBuf, detail: String },

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

    #[error("the journal is being changed by another bounce right now; try again in a moment")]
    Busy,

    #[error("{path} is read-only, so nothing can be saved there ({detail})")]
    ReadOnly { path: PathBuf, detail: String },

    #[error("{0}")]
    Invalid(String),

    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("could not bring the journal up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// Maps SQLite's "busy" and "read-only" failures to the errors a person can act on.
    pub(crate) fn from_write(err: rusqlite::Error, path: &std::path::Path) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
                path: path.to_path_buf(),
                detail: err.to_string(),
            },
            _ => StoreError::Sqlite(err),
        }
    }
}
