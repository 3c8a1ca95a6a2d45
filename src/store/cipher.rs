//! Encryption at rest (the `encryption` feature, SQLCipher): the passphrase that opens a
//! journal, and turning a plain journal into an encrypted one and back without risking it.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::Path;

use rusqlite::Connection;

use super::{Result, StoreError};

/// Where SQLCipher keeps nothing but ciphertext: an encrypted journal is whole pages of it,
/// and pages are never smaller than this.
const SMALLEST_PAGE: u64 = 512;

/// A journal's passphrase. Held in memory only while needed, never written anywhere, never
/// shown (its `Debug` hides it), and overwritten when dropped.
pub struct Passphrase(String);

impl Passphrase {
    /// Takes `text` as a passphrase; an empty one would protect nothing and is refused.
    pub fn new(text: String) -> Result<Passphrase> {
        let passphrase = Passphrase(text);
        if passphrase.0.is_empty() {
            return Err(StoreError::Invalid(
                "a passphrase cannot be empty; choose a few words only you know".into(),
            ));
        }
        Ok(passphrase)
    }

    pub fn matches(&self, other: &Passphrase) -> bool {
        self.0 == other.0
    }

    #[cfg(feature = "encryption")]
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(hidden)")
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        let mut bytes = std::mem::take(&mut self.0).into_bytes();
        bytes.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&bytes);
    }
}

/// Whether this build can read and write encrypted journals.
pub const AVAILABLE: bool = cfg!(feature = "encryption");

/// Whether the file at `path` looks like an encrypted journal: whole pages that do not start
/// with SQLite's plain header. (A damaged journal can look the same; only its passphrase
/// tells them apart.)
pub fn looks_encrypted(path: &Path) -> bool {
    // Looked at before it is opened: opening a named pipe would wait forever.
    if !fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let Ok(meta) = file.metadata() else {
        return false;
    };
    let size = meta.len();
    if !meta.is_file() || size < SMALLEST_PAGE || size % SMALLEST_PAGE != 0 {
        return false;
    }
    let mut header = [0u8; 16];
    file.read_exact(&mut header).is_ok() && &header != super::SQLITE_HEADER
}

/// Gives a fresh connection its key, before anything reads the file, and checks that the key
/// opens it. Without a passphrase the connection is left as it is (a plain journal).
pub(super) fn apply_key(conn: &Connection, key: Option<&Passphrase>, path: &Path) -> Result<()> {
    // SQLCipher's own log goes to stderr by default; bounce says what went wrong itself.
    #[cfg(feature = "encryption")]
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))?;
    let Some(key) = key else {
        return Ok(());
    };
    #[cfg(feature = "encryption")]
    {
        conn.pragma_update(None, "key", key.as_str())?;
        let opened = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        });
        match opened {
            Ok(_) => Ok(()),
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                Err(wrong_passphrase(path))
            }
            Err(e) => Err(StoreError::from_write(e, path)),
        }
    }
    #[cfg(not(feature = "encryption"))]
    {
        let _ = (conn, key);
        Err(not_in_this_build(path))
    }
}

/// Whether `conn`'s journal is encrypted (it was opened with a passphrase).
#[cfg(feature = "encryption")]
pub(super) fn is_keyed(conn: &Connection) -> bool {
    // SQLCipher documents the value of its answer, not the column's name.
    conn.query_row("PRAGMA cipher_status", [], |r| r.get::<_, String>(0))
        .is_ok_and(|status| status == "1")
}

/// Copies the whole journal on `conn`, as one moment of it, into the new empty file at
/// `dest` with SQLCipher's export: keyed with `key` (plain when it is empty), or with the
/// journal's own key when `None`.
#[cfg(feature = "encryption")]
pub(super) fn export_copy(conn: &Connection, dest: &Path, key: Option<&str>) -> Result<()> {
    let dest_text = dest.to_str().ok_or_else(|| {
        StoreError::Invalid(format!(
            "{} has characters SQLite cannot take in a file name; choose a plainer one",
            dest.display()
        ))
    })?;
    match key {
        Some(key) => conn.execute(
            "ATTACH DATABASE ?1 AS exported KEY ?2",
            rusqlite::params![dest_text, key],
        )?,
        None => conn.execute("ATTACH DATABASE ?1 AS exported", [dest_text])?,
    };
    let exported = conn.execute_batch("BEGIN").and_then(|()| {
        let copied = conn
            .query_row("SELECT sqlcipher_export('exported')", [], |_| Ok(()))
            .and_then(|()| {
                // SQLCipher's export copies neither the journal's version nor bounce's mark.
                for pragma in ["user_version", "application_id"] {
                    let value: i64 =
                        conn.query_row(&format!("PRAGMA main.{pragma}"), [], |r| r.get(pragma))?;
                    conn.pragma_update(Some("exported"), pragma, value)?;
                }
                Ok(())
            });
        match copied {
            Ok(()) => conn.execute_batch("COMMIT"),
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    });
    let detached = conn.execute("DETACH DATABASE exported", []);
    exported?;
    detached?;
    Ok(())
}

#[cfg(feature = "encryption")]
fn wrong_passphrase(path: &Path) -> StoreError {
    StoreError::Invalid(format!(
        "that passphrase does not open {} (or the file is damaged); the file was left untouched",
        path.display()
    ))
}

/// Why a build without the feature cannot open `path`, and how to get one that can.
pub fn not_in_this_build(path: &Path) -> StoreError {
    StoreError::Invalid(format!(
        "{} looks encrypted (or damaged), and this build of bounce cannot open encrypted journals; \
         build it with `cargo build --release` (see docs/ENCRYPTION.md). \
         The file was left untouched",
        path.display()
    ))
}

/// Encrypts the plain journal at `path` with `passphrase`, in place (see `convert`).
pub fn encrypt(path: &Path, passphrase: &Passphrase) -> Result<()> {
    #[cfg(feature = "encryption")]
    return convert::convert(path, None, Some(passphrase));
    #[cfg(not(feature = "encryption"))]
    {
        let _ = passphrase;
        Err(not_in_this_build(path))
    }
}

/// Turns the encrypted journal at `path` back into a plain SQLite file, in place.
pub fn decrypt(path: &Path, passphrase: &Passphrase) -> Result<()> {
    #[cfg(feature = "encryption")]
    return convert::convert(path, Some(passphrase), None);
    #[cfg(not(feature = "encryption"))]
    {
        let _ = passphrase;
        Err(not_in_this_build(path))
    }
}

#[cfg(feature = "encryption")]
mod convert {
    use std::fs;
    use std::path::{Path, PathBuf};

    use rusqlite::{Connection, OpenFlags};

    use super::{Passphrase, apply_key};
    use crate::store::{Result, Store, StoreError};

    /// The safe sequence: open the journal as bounce always does (refusing a damaged,
    /// foreign or newer file, or a wrong passphrase); hold it alone so nothing changes it
    /// meanwhile; copy it into a NEW private file beside it; check the copy (integrity, the
    /// same tables with the same row counts, the search index); flush it to disk; and only
    /// then rename it over the original. Until that atomic rename the original is untouched
    /// but for its journal mode, and after it the new file is complete: no moment leaves a
    /// half-written journal, and no plain copy is left behind.
    pub(super) fn convert(
        path: &Path,
        from: Option<&Passphrase>,
        to: Option<&Passphrase>,
    ) -> Result<()> {
        drop(Store::open_with(path, from)?);
        let conn = hold_alone(path, from)?;
        let temp = temp_beside(path);
        let _ = fs::remove_file(&temp);
        crate::store::create_private(&temp)?;
        let key = to.map_or("", Passphrase::as_str);
        let done = super::export_copy(&conn, &temp, Some(key))
            .and_then(|()| verify(&conn, &temp, to))
            .and_then(|()| flush(&temp))
            .and_then(|()| {
                fs::rename(&temp, path).map_err(|source| StoreError::Io {
                    action: "replace",
                    path: path.to_path_buf(),
                    source,
                })
            });
        if done.is_err() {
            let _ = fs::remove_file(&temp);
            return done;
        }
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // The rename itself reaches the disk only once the folder is flushed.
            let _ = fs::File::open(folder).and_then(|f| f.sync_all());
        }
        drop(conn);
        Ok(())
    }

    /// A connection that has the journal to itself until it is dropped: out of write-ahead
    /// mode (which needs every other connection closed) and exclusively locked.
    fn hold_alone(path: &Path, key: Option<&Passphrase>) -> Result<Connection> {
        let open_elsewhere = || {
            StoreError::Invalid(format!(
                "{} is open in another bounce; close it there and try again. Nothing was changed",
                path.display()
            ))
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        apply_key(&conn, key, path)?;
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get("journal_mode"))
            .map_err(|_| open_elsewhere())?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(open_elsewhere());
        }
        conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
            .map_err(|_| open_elsewhere())?;
        Ok(conn)
    }

    fn temp_beside(path: &Path) -> PathBuf {
        let folder = crate::store::folder_of(path);
        let name = path
            .file_name()
            .map_or("journal".into(), |n| n.to_string_lossy().into_owned());
        // The wall clock only makes the temp name unique; no date is read from it.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        folder.join(format!(".{name}.{}-{nanos}.part", std::process::id()))
    }

    /// Opens the copy with its own key and checks it holds everything the original holds.
    fn verify(original: &Connection, temp: &Path, key: Option<&Passphrase>) -> Result<()> {
        let copy = Connection::open_with_flags(
            temp,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        apply_key(&copy, key, temp)?;
        let failed = |what: String| {
            StoreError::Invalid(format!(
                "the converted copy did not match the journal ({what}); the journal was left as it was"
            ))
        };
        let check: String =
            copy.query_row("PRAGMA integrity_check", [], |r| r.get("integrity_check"))?;
        if check != "ok" {
            return Err(failed(check));
        }
        let version =
            |c: &Connection| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
        if version(original)? != version(&copy)? {
            return Err(failed("journal format".into()));
        }
        let before = row_counts(original)?;
        let after = row_counts(&copy)?;
        if before != after {
            return Err(failed("tables or row counts".into()));
        }
        copy.execute(
            "INSERT INTO search_text (search_text) VALUES ('integrity-check')",
            [],
        )
        .map_err(|e| failed(format!("search index: {e}")))?;
        copy.close().map_err(|(_, e)| StoreError::Sqlite(e))
    }

    /// Every table's name with its number of rows, by name.
    fn row_counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>("name"))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        names
            .into_iter()
            .map(|name| {
                let sql = format!(
                    "SELECT count(*) AS n FROM \"{}\"",
                    name.replace('"', "\"\"")
                );
                let count = conn.query_row(&sql, [], |r| r.get("n"))?;
                Ok((name, count))
            })
            .collect()
    }

    fn flush(temp: &Path) -> Result<()> {
        fs::File::open(temp)
            .and_then(|f| f.sync_all())
            .map_err(|source| StoreError::Io {
                action: "write",
                path: temp.to_path_buf(),
                source,
            })
    }
}
