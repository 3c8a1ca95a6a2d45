//! Where a file asked for by name (`--out`) may go: only over a plain file or nothing, and
//! never over the journal, its side files or its backups, whatever name they are given.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Result, Store, StoreError};

/// The files SQLite keeps beside a journal while it is open.
const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Refuses a `path` that holds anything but a plain file. Renaming over a link, a pipe or a
/// device would replace it, so it is left as it is. The last part of the path is looked at
/// itself, never followed.
pub fn refuse_unusual_target(path: &Path) -> Result<()> {
    let kind = match fs::symlink_metadata(path) {
        Ok(meta) => meta.file_type(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(StoreError::Io {
                action: "look at",
                path: path.to_path_buf(),
                source,
            });
        }
    };
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(StoreError::Invalid(format!(
            "{} is a folder; give a file name to write to",
            path.display()
        )));
    }
    Err(StoreError::Invalid(format!(
        "{} is {}, not a plain file, so nothing was written and it was left as it is; give the name of a new or ordinary file",
        path.display(),
        kind_name(kind)
    )))
}

#[cfg(unix)]
fn kind_name(kind: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "something other than a file"
    }
}

#[cfg(not(unix))]
fn kind_name(kind: fs::FileType) -> &'static str {
    if kind.is_symlink() {
        "a symbolic link"
    } else {
        "something other than a file"
    }
}

impl Store {
    /// Refuses a `target` that is the journal, one of its side files or one of its backups:
    /// by the file's identity when it exists (so a link or another spelling of the path is
    /// caught), and by name for the side files SQLite may create later.
    pub fn refuse_own_file(&self, target: &Path) -> Result<()> {
        if self.path == Path::new(":memory:") {
            return Ok(());
        }
        let refuse = |what: &str| {
            Err(StoreError::Invalid(format!(
                "{} is {what}, so nothing was written there; give another file name",
                target.display()
            )))
        };
        let found = identity(target);
        let is = |path: &Path| found.is_some() && identity(path) == found;
        if is(&self.path) || same_place(target, &self.path) {
            return refuse("your journal");
        }
        let side_files = SIDE_FILES.map(|suffix| side_file(&self.path, suffix));
        if side_files.iter().any(|f| is(f) || same_place(target, f)) {
            return refuse("one of your journal's own files");
        }
        if found.is_some() && self.backup_files().iter().any(|b| is(b)) {
            return Err(StoreError::Invalid(format!(
                "{} is one of your backups, so it was left as it is; give another file name",
                target.display()
            )));
        }
        Ok(())
    }

    /// Every file in the backups folder.
    fn backup_files(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.backup_dir()) else {
            return Vec::new();
        };
        entries.filter_map(|e| e.ok().map(|e| e.path())).collect()
    }
}

/// `journal` with `suffix` added to its name: `journal.db-wal`.
pub(super) fn side_file(journal: &Path, suffix: &str) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Which file `path` is, following links: its device and inode.
#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(_path: &Path) -> Option<(u64, u64)> {
    None
}

/// Whether `a` and `b` name the same place, each in its folder as the file system has it
/// (`sub/../journal.db` is `journal.db`), whether or not a file is there.
fn same_place(a: &Path, b: &Path) -> bool {
    let place = |path: &Path| {
        let folder = super::folder_of(path);
        Some(fs::canonicalize(folder).ok()?.join(path.file_name()?))
    };
    place(a).is_some_and(|a| Some(a) == place(b))
}
