//! A temp file only its owner can read, removed when dropped: for handing text to the
//! person's own editor without leaving a copy of it behind.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub struct PrivateFile {
    dir: PathBuf,
    path: PathBuf,
}

impl PrivateFile {
    pub fn create(text: &str) -> io::Result<PrivateFile> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir().join(format!("bounce-{}-{nanos}", std::process::id()));
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&dir)?;
        let path = dir.join("bounce-entry.md");
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
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
}
