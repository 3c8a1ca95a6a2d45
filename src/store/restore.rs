//! Putting a backup back in place of the journal: only a copy that passes every check, and
//! with the journal as it was kept beside it under a new name, never over another file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};

use super::backup::is_damage;
use super::targets::side_file;
use super::{Result, Store, StoreError, cipher, create_private, known_schema_version};

/// The side files moved with the journal when it is set aside.
const MOVED_WITH_IT: [&str; 2] = ["-wal", "-shm"];

/// A checked copy of a backup, waiting beside the journal to take its place. Dropped before
/// [`CheckedBackup::put_in_place`], it is removed and nothing has changed.
pub struct CheckedBackup {
    /// The copy; `None` once it has taken the journal's place.
    temp: Option<PathBuf>,
    from: PathBuf,
    journal: PathBuf,
}

impl CheckedBackup {
    /// Copies `backup` into a private file beside `journal` and checks the copy: it must be a
    /// bounce journal this version can open (with `key` when it is encrypted) and pass
    /// SQLite's integrity check. Neither the backup nor the journal is touched.
    pub fn check(journal: &Path, backup: &Path, key: Option<&cipher::Passphrase>) -> Result<Self> {
        let size = match fs::metadata(backup) {
            Ok(meta) if meta.is_file() => meta.len(),
            Ok(_) => return Err(refused(backup, "is not a file")),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::Invalid(format!(
                    "there is no backup at {}, so nothing was changed",
                    backup.display()
                )));
            }
            Err(source) => return Err(io_error("read", backup, source)),
        };
        if size == 0 {
            return Err(refused(backup, "is empty, not a backup"));
        }
        let name = journal
            .file_name()
            .map_or("journal".into(), |n| n.to_string_lossy().into_owned());
        let temp = journal.with_file_name(format!(".{name}.restore-{}.part", std::process::id()));
        // Left by an earlier restore that was stopped half way.
        let _ = fs::remove_file(&temp);
        create_private(&temp)?;
        let checked = CheckedBackup {
            temp: Some(temp.clone()),
            from: backup.to_path_buf(),
            journal: journal.to_path_buf(),
        };
        copy_bytes(backup, &temp)?;
        verify(&temp, backup, key)?;
        Ok(checked)
    }

    /// The backup this copy was made from.
    pub fn from(&self) -> &Path {
        &self.from
    }

    /// Sets the journal and its side files aside as `<journal>.before-restore-YYYY-MM-DD`
    /// (or `...-YYYY-MM-DD.2`, and so on: never over a file that is there), then puts the
    /// checked copy in its place. Returns where the journal went, when there was one.
    pub fn put_in_place(mut self, today: NaiveDate) -> Result<Option<PathBuf>> {
        let Some(temp) = self.temp.clone() else {
            return Ok(None);
        };
        let aside = match fs::symlink_metadata(&self.journal) {
            Ok(_) => Some(set_aside(&self.journal, today)?),
            Err(_) => None,
        };
        if let Err(source) = fs::rename(&temp, &self.journal) {
            if let Some(aside) = &aside {
                let _ = move_files(aside, &self.journal);
            }
            return Err(io_error(
                "put the backup in place of",
                &self.journal,
                source,
            ));
        }
        self.temp = None;
        Ok(aside)
    }
}

impl Drop for CheckedBackup {
    fn drop(&mut self) {
        if let Some(temp) = &self.temp {
            let _ = fs::remove_file(temp);
            for suffix in MOVED_WITH_IT {
                let _ = fs::remove_file(side_file(temp, suffix));
            }
        }
    }
}

fn refused(backup: &Path, why: &str) -> StoreError {
    StoreError::Invalid(format!(
        "{} {why}, so it was not restored and nothing was changed",
        backup.display()
    ))
}

fn io_error(action: &'static str, path: &Path, source: io::Error) -> StoreError {
    StoreError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Copies the bytes of `from` into the empty private file `to`, onto the disk.
fn copy_bytes(from: &Path, to: &Path) -> Result<()> {
    let mut source = fs::File::open(from).map_err(|e| io_error("read", from, e))?;
    let mut dest = fs::OpenOptions::new()
        .write(true)
        .open(to)
        .map_err(|e| io_error("write", to, e))?;
    io::copy(&mut source, &mut dest).map_err(|e| io_error("copy", from, e))?;
    dest.sync_all().map_err(|e| io_error("write", to, e))
}

/// Checks the copy at `temp` of `backup`, naming `backup` in what it says.
fn verify(temp: &Path, backup: &Path, key: Option<&cipher::Passphrase>) -> Result<()> {
    // Looked at before the journal opens it: a file without bounce's version would be made
    // into a new, empty journal, and one from a newer version is refused.
    let version = version_of(temp, key).map_err(|_| match key {
        None => refused(backup, "is not a bounce journal, or is too damaged to read"),
        Some(_) => refused(
            backup,
            "cannot be opened with that passphrase, or is too damaged to read",
        ),
    })?;
    if version == 0 {
        return Err(refused(backup, "is not a bounce journal"));
    }
    if version > known_schema_version() {
        return Err(refused(
            backup,
            "was written by a newer version of bounce; update bounce to restore it",
        ));
    }
    let damaged = |e: StoreError| match e {
        StoreError::Corrupt { .. } => refused(backup, "is damaged"),
        StoreError::Sqlite(err) if is_damage(&err) => refused(backup, "is damaged"),
        StoreError::NotADatabase { .. } | StoreError::Invalid(_) => {
            refused(backup, "is not a bounce journal")
        }
        other => other,
    };
    let store = Store::open_with(temp, key).map_err(damaged)?;
    let problems = store.check_integrity().map_err(damaged)?;
    drop(store);
    if !problems.is_empty() {
        return Err(refused(backup, "is damaged"));
    }
    // Closed, the copy is one file again; a log left with changes in it would be lost.
    let log = side_file(temp, "-wal");
    if fs::metadata(&log).is_ok_and(|m| m.len() > 0) {
        return Err(StoreError::Invalid(format!(
            "the copy of {} could not be closed cleanly, so nothing was changed; try again",
            backup.display()
        )));
    }
    Ok(())
}

/// The journal format of the file at `path`, read without writing to it.
fn version_of(path: &Path, key: Option<&cipher::Passphrase>) -> Result<i64> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    cipher::apply_key(&conn, key, path)?;
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get("user_version"))?)
}

/// Moves the journal and its side files to the first free `before-restore` name.
fn set_aside(journal: &Path, today: NaiveDate) -> Result<PathBuf> {
    let name = journal
        .file_name()
        .map_or("journal".into(), |n| n.to_string_lossy().into_owned());
    let base = format!("{name}.before-restore-{}", today.format("%Y-%m-%d"));
    for n in 1..1000 {
        let aside = journal.with_file_name(match n {
            1 => base.clone(),
            n => format!("{base}.{n}"),
        });
        match move_files(journal, &aside) {
            Ok(()) => return Ok(aside),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(source) => return Err(io_error("set aside", journal, source)),
        }
    }
    Err(StoreError::Invalid(format!(
        "there are too many journals set aside beside {}; move some elsewhere, then try again. Nothing was changed",
        journal.display()
    )))
}

/// Moves `from` and the side files beside it to `to`, all or none, never over a file.
fn move_files(from: &Path, to: &Path) -> io::Result<()> {
    let pairs: Vec<(PathBuf, PathBuf)> = std::iter::once((from.to_path_buf(), to.to_path_buf()))
        .chain(
            MOVED_WITH_IT
                .iter()
                .map(|suffix| (side_file(from, suffix), side_file(to, suffix))),
        )
        .collect();
    if pairs
        .iter()
        .any(|(_, dest)| fs::symlink_metadata(dest).is_ok())
    {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let mut moved: Vec<&(PathBuf, PathBuf)> = Vec::new();
    for pair in pairs
        .iter()
        .filter(|(src, _)| fs::symlink_metadata(src).is_ok())
    {
        if let Err(e) = move_new(&pair.0, &pair.1) {
            for (src, dest) in moved.into_iter().rev() {
                let _ = move_new(dest, src);
            }
            return Err(e);
        }
        moved.push(pair);
    }
    Ok(())
}

/// Renames `from` to `to`, failing rather than replacing a file already at `to`: a hard link
/// first (which never replaces), or a rename where links are not possible.
fn move_new(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => fs::remove_file(from),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(to).is_ok() => Err(io::ErrorKind::AlreadyExists.into()),
        Err(_) => fs::rename(from, to),
    }
}
