//! Opening a journal file: the checks made before anything may write to it, and the
//! creation of a new one, private to its owner.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{APPLICATION_ID, Result, SQLITE_HEADER, StoreError, cipher, known_schema_version};

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

/// An empty file becomes a journal when SQLite first writes to it; like a new journal, it is
/// made private to its owner before anything is written (0600, or 0400 if it was read-only).
pub(super) fn adopt_if_empty(path: &Path, meta: &fs::Metadata) -> Result<()> {
    let mode = meta.permissions().mode() & 0o777;
    if meta.len() > 0 || mode & 0o077 == 0 {
        return Ok(());
    }
    fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700)).map_err(|source| {
        StoreError::Io {
            action: "make private",
            path: path.to_path_buf(),
            source,
        }
    })
}

/// The journal's side file with `suffix` (`-wal`, `-shm`), as SQLite names it.
fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// SQLite gives the side files it creates the journal's mode. A look at a journal that was
/// read-only then leaves a read-only `-shm` behind, and every write fails on it long after
/// the journal is writable again; such side files get the journal's mode back here. Files of
/// another owner are left alone.
pub(super) fn match_side_files(path: &Path, journal: &fs::Metadata) {
    let mode = journal.permissions().mode() & 0o777;
    if mode & 0o200 == 0 {
        return;
    }
    for suffix in ["-wal", "-shm"] {
        let side = side_file(path, suffix);
        let Ok(meta) = fs::symlink_metadata(&side) else {
            continue;
        };
        let stale =
            meta.is_file() && meta.uid() == journal.uid() && meta.permissions().mode() & 0o200 == 0;
        if stale {
            // Should this fail, SQLite's own refusal to write says the file is read-only.
            let _ = fs::set_permissions(&side, fs::Permissions::from_mode(mode));
        }
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

/// Whether the disk holding `path` has run out of room: a small file written beside it, and
/// removed at once, fails for want of space. Asked only after SQLite failed to write, to
/// tell a full disk from a damaged journal.
pub(crate) fn disk_is_full(path: &Path) -> bool {
    let folder = super::folder_of(path);
    let name = path
        .file_name()
        .map_or("journal".into(), |n| n.to_string_lossy().into_owned());
    let probe = folder.join(format!(".{name}.room-{}", std::process::id()));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    // As much room as SQLite's side files need when they are first made.
    let written = options.open(&probe).and_then(|mut file| {
        std::io::Write::write_all(&mut file, &[0; 64 * 1024])?;
        file.sync_data()
    });
    let _ = fs::remove_file(&probe);
    matches!(written, Err(e) if e.kind() == std::io::ErrorKind::StorageFull)
}

/// Whether SQLite's failure could be a full disk it did not call by that name: making the
/// side files (`-wal`, `-shm`) beside a journal on a full disk fails as "disk I/O error" or
/// "unable to open".
pub(crate) fn maybe_out_of_room(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::CannotOpen)
    )
}

/// What a failed first read of a file says about it.
pub(super) fn unreadable(e: rusqlite::Error, path: &Path) -> StoreError {
    unreadable_given(e, path, || disk_is_full(path))
}

/// [`unreadable`], told by `full` whether the disk is full.
fn unreadable_given(e: rusqlite::Error, path: &Path, full: impl FnOnce() -> bool) -> StoreError {
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)
        || (maybe_out_of_room(&e) && full())
    {
        return StoreError::DiskFull;
    }
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

/// Reads (never writes) enough of an existing file to know it is a journal we may open: that
/// it is bounce's, and of a version this one knows. The schema of a bounce journal is read by
/// the connection that keeps it ([`read_schema`]); the check of every page waits for the
/// first write.
pub(super) fn inspect(conn: &Connection, path: &Path) -> Result<()> {
    let damaged = |e: rusqlite::Error| unreadable(e, path);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get("user_version"))
        .map_err(damaged)?;
    if version > 0 && !is_bounce(conn, version).map_err(damaged)? {
        // Another program's database that keeps a version number of its own.
        return Err(another_program(path));
    }
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
            "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get("n"),
        )
        .map_err(damaged)?;
    if tables > 0 {
        return Err(another_program(path));
    }
    Ok(())
}

fn another_program(path: &Path) -> StoreError {
    StoreError::Invalid(format!(
        "{} is an SQLite database from another program, not a bounce journal, so it was left untouched; give --db the path of your journal, or a new file name to start one",
        path.display()
    ))
}

/// Whether a file with a version number is a bounce journal: it carries bounce's mark (every
/// journal gets it with migration 015), or, made before the mark, it holds the tables a
/// journal of its version has.
fn is_bounce(conn: &Connection, version: i64) -> rusqlite::Result<bool> {
    let id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get("application_id"))?;
    if id == i64::from(APPLICATION_ID) {
        return Ok(true);
    }
    let mut wanted = vec!["days", "gratitude_items"];
    if version >= 2 {
        wanted.push("setbacks");
    }
    if version >= 4 {
        wanted.push("goals");
    }
    let mut stmt =
        conn.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?1")?;
    for table in wanted {
        if stmt.query_row([table], |r| r.get::<_, i64>(0))? == 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// SQLite's `quick_check` over every page: the one read that costs as much as the file is
/// large, so it runs once, before the first write.
pub(super) fn check_whole_file(conn: &Connection, path: &Path) -> Result<()> {
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get("quick_check"))
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

#[cfg(test)]
mod tests {
    use super::{StoreError, disk_is_full, unreadable_given};
    use rusqlite::ffi;
    use std::path::Path;

    fn failure(code: std::ffi::c_int) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(ffi::Error::new(code), None)
    }

    // A full disk cannot be made here without root; what SQLite says on one is made instead.
    #[test]
    fn a_side_file_that_cannot_be_made_on_a_full_disk_says_the_disk_is_full() {
        let path = Path::new("journal.db");
        for code in [
            ffi::SQLITE_IOERR_SHMSIZE,
            ffi::SQLITE_IOERR_WRITE,
            ffi::SQLITE_CANTOPEN,
        ] {
            let err = unreadable_given(failure(code), path, || true);
            assert!(matches!(err, StoreError::DiskFull), "{code}: {err:?}");
            assert!(err.to_string().contains("nothing in the journal was lost"));
        }
        let err = unreadable_given(failure(ffi::SQLITE_FULL), path, || false);
        assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    }

    #[test]
    fn a_disk_with_room_leaves_a_read_failure_called_damage() {
        let err = unreadable_given(
            failure(ffi::SQLITE_IOERR_SHMSIZE),
            Path::new("journal.db"),
            || false,
        );
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
        assert!(!err.to_string().contains("disk I/O error"), "{err}");
    }

    #[test]
    fn the_look_for_room_finds_some_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!disk_is_full(&dir.path().join("journal.db")));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
