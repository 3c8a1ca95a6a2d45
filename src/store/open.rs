//! Opening a journal file: the checks made before anything may write to it, and the
//! creation of a new one, private to its owner.

use std::fs::{self, OpenOptions};
use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use rusqlite::Connection;

use super::{Result, SQLITE_HEADER, StoreError, cipher, known_schema_version};

/// What kind of thing other than a regular file `file_type` is (`None` for a file), in the
/// words a person would use.
pub fn special_kind(file_type: fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        None
    } else if file_type.is_dir() {
        Some("a folder")
    } else if file_type.is_fifo() {
        Some("a named pipe")
    } else if file_type.is_char_device() || file_type.is_block_device() {
        Some("a device")
    } else if file_type.is_socket() {
        Some("a socket")
    } else {
        Some("a special file")
    }
}

/// Whether something is at `path` (a symbolic link is followed), refusing anything but a
/// regular file before it is opened: opening a named pipe waits for a writer forever, and
/// SQLite would write its side files beside a device.
pub(super) fn existing_file(path: &Path) -> Result<Option<fs::Metadata>> {
    // As for `Path::exists`: what cannot be looked at is made anew, and making it says why
    // that fails.
    let Ok(meta) = fs::metadata(path) else {
        return Ok(None);
    };
    match special_kind(meta.file_type()) {
        None => Ok(Some(meta)),
        Some(kind) => Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            kind,
        }),
    }
}

/// Checks that `path` is a file that looks like a journal. An encrypted one (`keyed`) has no
/// plain header to read; its passphrase is checked when it is opened.
pub(super) fn check_header(path: &Path, keyed: bool) -> Result<()> {
    let io_err = |source| StoreError::Io {
        action: "read",
        path: path.to_path_buf(),
        source,
    };
    let mut file = fs::File::open(path).map_err(io_err)?;
    // Checked again on what was opened, in case the path changed since it was first looked at.
    if let Some(kind) = special_kind(file.metadata().map_err(io_err)?.file_type()) {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            kind,
        });
    }
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(io_err)?;
    // An empty file is a journal that was never written to: SQLite starts it afresh.
    if keyed || header.is_empty() || header.as_slice() == SQLITE_HEADER {
        return Ok(());
    }
    if cipher::looks_encrypted(path) {
        return Err(if cipher::AVAILABLE {
            StoreError::Invalid(format!(
                "{} is encrypted; give its passphrase to open it (see docs/ENCRYPTION.md). The file was left untouched",
                path.display()
            ))
        } else {
            cipher::not_in_this_build(path)
        });
    }
    Err(StoreError::NotADatabase {
        path: path.to_path_buf(),
    })
}

pub(super) fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder.create(dir).map_err(|source| StoreError::Io {
                action: "create the folder",
                path: dir.to_path_buf(),
                source,
            })?;
        }
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|source| StoreError::Io {
        action: "create",
        path: path.to_path_buf(),
        source,
    })?;
    Ok(())
}

/// What a failed first read of a file says about it.
pub(super) fn unreadable(e: rusqlite::Error, path: &Path) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            StoreError::Busy
        }
        // A journal in a read-only folder cannot even be read in WAL mode: say which it is.
        Some(rusqlite::ErrorCode::ReadOnly) => StoreError::from_write(e, path),
        _ => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
    }
}

/// Reads the schema, which every later statement needs: a damaged one is refused here.
pub(super) fn read_schema(conn: &Connection, path: &Path) -> Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| unreadable(e, path))?;
    Ok(())
}

/// Reads (never writes) enough of an existing file to know it is a journal we may open: its
/// version, and for a file without one, whether it holds another program's tables. The
/// schema of a bounce journal is read by the connection that keeps it
/// ([`read_schema`]); the check of every page waits for the first write.
pub(super) fn inspect(conn: &Connection, path: &Path) -> Result<()> {
    let damaged = |e: rusqlite::Error| unreadable(e, path);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(damaged)?;
    if version > known_schema_version() {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            known: known_schema_version(),
        });
    }
    if version > 0 {
        // A bounce journal: its schema is read once, by the connection that opens it next.
        return Ok(());
    }
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get(0),
        )
        .map_err(damaged)?;
    if tables > 0 {
        return Err(StoreError::Invalid(format!(
            "{} is an SQLite database from another program, not a bounce journal; it was left untouched",
            path.display()
        )));
    }
    Ok(())
}

/// SQLite's `quick_check` over every page: the one read that costs as much as the file is
/// large, so it runs once, before the first write.
pub(super) fn check_whole_file(conn: &Connection, path: &Path) -> Result<()> {
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::Busy
            }
            _ => StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: e.to_string(),
            },
        })?;
    if check != "ok" {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: check,
        });
    }
    Ok(())
}
