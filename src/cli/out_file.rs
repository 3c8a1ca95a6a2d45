//! Writing a file a person asked for, whole or not at all: a private temp file in the same
//! folder, renamed over the target only once everything is on disk, and only over a plain
//! file or nothing.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// Writes `bytes` to `path` (created 0600), replacing a file that is there only on success.
/// A link, a pipe, a device or a folder at `path` is refused and left as it is.
pub fn write_whole(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::store::refuse_unusual_target(path)?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        bail!(
            "cannot write {}: the folder {} does not exist",
            path.display(),
            folder.display()
        );
    }
    let temp = temp_path(&folder, path);
    let result = write_temp(&temp, bytes)
        .and_then(|()| fs::rename(&temp, path).map_err(anyhow::Error::from));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// A hidden name beside `target`, unique to this process and moment.
pub fn temp_path(folder: &Path, target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map_or("bounce".into(), |n| n.to_string_lossy().into_owned());
    // The wall clock only makes the temp name unique; no date is read from it.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    folder.join(format!(".{name}.{}-{nanos}.part", std::process::id()))
}

fn write_temp(temp: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_temp_file_is_private_before_it_is_renamed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("export.json");
        let temp = temp_path(dir.path(), &target);
        write_temp(&temp, b"{}").unwrap();
        assert_eq!(mode(&temp), 0o600);
        fs::remove_file(&temp).unwrap();

        write_whole(&target, b"{}").unwrap();
        assert_eq!(mode(&target), 0o600);
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the export is left");
    }
}
