//! Where bounce keeps its files: the journal database and the optional config file.

use std::path::PathBuf;

use directories::ProjectDirs;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "cannot tell where your data folder is (is HOME set?); pass --db PATH or set BOUNCE_DB"
    )]
    NoDataDir,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "bounce")
}

/// The database path: `--db`, else `BOUNCE_DB`, else `<data dir>/bounce/journal.db`.
pub fn database_path(flag: Option<PathBuf>) -> Result<PathBuf, ConfigError> {
    if let Some(path) = flag {
        return Ok(path);
    }
    if let Some(env) = std::env::var_os("BOUNCE_DB").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(env));
    }
    project_dirs()
        .map(|dirs| dirs.data_dir().join("journal.db"))
        .ok_or(ConfigError::NoDataDir)
}

/// `<config dir>/bounce/config.toml`, which may or may not exist.
pub fn config_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().join("config.toml"))
}
