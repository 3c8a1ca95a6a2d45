//! A temp file only its owner can read, removed when dropped: for handing text to the
//! person's own editor without leaving a copy of it behind. A signal that ends bounce while
//! the editor is open removes it too, and one left by a killed bounce goes at the next start.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The folders of the files handed out now, so that a signal can remove them on the way out.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// What every folder's name starts with, followed by the process id.
const PREFIX: &str = "bounce-";

pub struct PrivateFile {
    dir: PathBuf,
    path: PathBuf,
}

impl PrivateFile {
    pub fn create(text: &str) -> io::Result<PrivateFile> {
        // The wall clock only makes the temp name unique; no date is read from it.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir().join(format!("{PREFIX}{}-{nanos}", std::process::id()));
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&dir)?;
        let path = dir.join("bounce-entry.md");
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        if let Ok(mut live) = LIVE.lock() {
            live.push(dir.clone());
        }
        let file = PrivateFile { dir, path };
        options.open(&file.path)?.write_all(text.as_bytes())?;
        Ok(file)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn read(&self) -> io::Result<String> {
        fs::read_to_string(&self.path)
    }
}

impl Drop for PrivateFile {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
        if let Ok(mut live) = LIVE.lock() {
            live.retain(|d| d != &self.dir);
        }
    }
}

/// Removes every file handed out and not yet dropped: for a signal's way out, where no
/// destructor runs.
pub fn remove_live() {
    if let Ok(live) = LIVE.lock() {
        for dir in live.iter() {
            let _ = fs::remove_dir_all(dir);
        }
    }
}

/// Removes the folders in `temp` that a bounce no longer running left behind (killed while
/// the editor was open); says how many. Where the running processes cannot be listed
/// (no `/proc`), nothing is removed.
pub fn remove_stale(temp: &Path) -> usize {
    if !Path::new("/proc/self").exists() {
        return 0;
    }
    let Ok(entries) = fs::read_dir(temp) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let ours = entry.path().join("bounce-entry.md").exists() || is_empty(&entry.path());
        if ours && !Path::new(&format!("/proc/{pid}")).exists() && mine(&entry.path()) {
            removed += usize::from(fs::remove_dir_all(entry.path()).is_ok());
        }
    }
    removed
}

fn is_empty(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// Whether the folder belongs to whoever runs this bounce.
fn mine(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::symlink_metadata(dir), fs::metadata("/proc/self")) {
            (Ok(folder), Ok(me)) => folder.is_dir() && folder.uid() == me.uid(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_removed() {
        let file = PrivateFile::create("hello").unwrap();
        assert_eq!(file.read().unwrap(), "hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(file.path()).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let path = file.path().to_path_buf();
        drop(file);
        assert!(!path.exists());
    }

    #[test]
    fn a_signal_removes_what_is_live() {
        let file = PrivateFile::create("written").unwrap();
        let path = file.path().to_path_buf();
        remove_live();
        assert!(!path.exists());
        drop(file);
    }

    #[test]
    fn only_folders_of_a_bounce_no_longer_running_are_stale() {
        let temp = tempfile::tempdir().unwrap();
        // A process id above any the kernel hands out is never running.
        let gone = temp.path().join(format!("{PREFIX}{}-17", u32::MAX - 1));
        let running = temp
            .path()
            .join(format!("{PREFIX}{}-18", std::process::id()));
        let other = temp.path().join("bounce-notes");
        for dir in [&gone, &running, &other] {
            fs::create_dir(dir).unwrap();
            fs::write(dir.join("bounce-entry.md"), "text").unwrap();
        }
        assert_eq!(remove_stale(temp.path()), 1);
        assert!(!gone.exists());
        assert!(running.exists() && other.exists());
    }
}
