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

/// What a person can set in `config.toml`; anything left out keeps its default.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    theme: Option<String>,
    start_pane: Option<String>,
    week_starts_on: Option<String>,
    quiet_days: Option<u32>,
    mouse: Option<bool>,
    support: Option<SupportFile>,
    keys: Option<toml::Table>,
}

/// `[support]`: when Home notices a run of low days, and the person's own help line.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SupportFile {
    panel: Option<bool>,
    low_mood: Option<u8>,
    low_days: Option<u8>,
    window: Option<u8>,
    help: Option<String>,
}

/// The settings the app runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub keymap: crate::keymap::Keymap,
    pub theme: crate::theme::Theme,
    pub start_pane: crate::action::PaneId,
    pub week_start: chrono::Weekday,
    /// After this many days without being in touch, Home mentions someone.
    pub quiet_days: u32,
    /// Clicks and the scroll wheel work (the terminal's own text selection then needs Shift).
    pub mouse: bool,
    /// When Home notices a run of low days, and the person's own help line.
    pub support: crate::domain::support::Support,
}

impl Settings {
    /// The defaults, with colours unless `no_color`.
    pub fn defaults(no_color: bool) -> Settings {
        Settings {
            keymap: crate::keymap::Keymap::defaults(),
            theme: if no_color {
                crate::theme::Theme::plain()
            } else {
                crate::theme::Theme::colored()
            },
            start_pane: crate::action::PaneId::Home,
            week_start: chrono::Weekday::Mon,
            quiet_days: crate::domain::forward::QUIET_DAYS,
            mouse: true,
            support: crate::domain::support::Support::default(),
        }
    }

    /// Reads a config file's text over the defaults. On any problem the defaults stand,
    /// and the problem comes back as one line naming the file and, where it can, the line.
    pub fn from_toml(text: &str, no_color: bool) -> Result<Settings, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
        let mut settings = Settings::defaults(no_color);
        if let Some(name) = file.theme {
            settings.theme = match name.as_str() {
                "dark" | "default" => crate::theme::Theme::colored(),
                "light" => crate::theme::Theme::light(),
                "plain" => crate::theme::Theme::plain(),
                other => {
                    return Err(format!(
                        "theme = \"{other}\" is not a theme bounce has; use dark, light or plain"
                    ));
                }
            };
            if no_color {
                settings.theme = crate::theme::Theme::plain();
            }
        }
        if let Some(name) = file.start_pane {
            settings.start_pane = crate::action::PaneId::ALL
                .into_iter()
                .find(|p| p.cli_name() == name)
                .ok_or_else(|| {
                    format!(
                        "start_pane = \"{name}\" is not a pane; use home, debrief, rootcause, gratitude or goals"
                    )
                })?;
        }
        if let Some(day) = file.week_starts_on {
            settings.week_start = match day.to_lowercase().as_str() {
                "monday" => chrono::Weekday::Mon,
                "sunday" => chrono::Weekday::Sun,
                "saturday" => chrono::Weekday::Sat,
                _ => {
                    return Err(format!(
                        "week_starts_on = \"{day}\" is not a day a week starts on here; use monday, sunday or saturday"
                    ));
                }
            };
        }
        if let Some(mouse) = file.mouse {
            settings.mouse = mouse;
        }
        if let Some(days) = file.quiet_days {
            settings.quiet_days = days.max(1);
        }
        if let Some(support) = file.support {
            settings.support = support_settings(support)?;
        }
        if let Some(keys) = file.keys {
            let text = toml::to_string(&keys).map_err(|e| e.to_string())?;
            settings.keymap = crate::keymap::Keymap::load(Some(&text))
                .map_err(|e| format!("in [keys]: {}", what_is_wrong(&e.to_string())))?;
        }
        Ok(settings)
    }

    /// The settings from the config file at `path`, if there is one, and a line to show
    /// when it could not be used.
    pub fn load(path: Option<&std::path::Path>, no_color: bool) -> (Settings, Option<String>) {
        let Some(path) = path else {
            return (Settings::defaults(no_color), None);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Settings::defaults(no_color), None);
            }
            Err(e) => {
                let why = format!(
                    "Could not read {}: {e}; using the defaults.",
                    path.display()
                );
                return (Settings::defaults(no_color), Some(why));
            }
        };
        match Settings::from_toml(&text, no_color) {
            Ok(settings) => (settings, None),
            Err(problem) => (
                Settings::defaults(no_color),
                Some(format!(
                    "{}, {problem}. Using the defaults until it is fixed; the file is left as it is.",
                    path.display()
                )),
            ),
        }
    }
}

/// `[support]` over its defaults, each number checked.
fn support_settings(file: SupportFile) -> Result<crate::domain::support::Support, String> {
    let mut support = crate::domain::support::Support::default();
    if let Some(mood) = file.low_mood {
        if !(1..=5).contains(&mood) {
            return Err(format!(
                "in [support], low_mood = {mood} is not a mood; use 1 to 5"
            ));
        }
        support.low_mood = mood;
    }
    support.window = file.window.unwrap_or(support.window).max(1);
    support.low_days = file.low_days.unwrap_or(support.low_days);
    if support.low_days > support.window {
        return Err(format!(
            "in [support], low_days = {} is more than window = {}; a run cannot be longer than the days it is counted in",
            support.low_days, support.window
        ));
    }
    support.panel = file.panel.unwrap_or(support.panel);
    support.help = crate::domain::text::clean_line(&file.help.unwrap_or_default());
    Ok(support)
}

/// TOML's multi-line error (with a picture of the line) as one line: "line 2: what".
fn one_line(message: &str) -> String {
    let mut lines = message.lines().map(str::trim).filter(|l| !l.is_empty());
    let head = lines.next().unwrap_or_default();
    let detail = lines
        .rfind(|l| !l.starts_with('|') && !l.contains(" | "))
        .unwrap_or_default();
    let place = head
        .split_once(" at ")
        .map_or(head, |(_, at)| at.split(',').next().unwrap_or(at));
    match detail {
        "" => head.to_string(),
        detail => format!("{place}: {detail}"),
    }
}

/// Only what is wrong, from an error about the [keys] table: bounce reads that table again on
/// its own, so TOML's line numbers and picture would point into text the person never wrote.
fn what_is_wrong(message: &str) -> String {
    if !message.contains('\n') {
        return message.to_string();
    }
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .rfind(|l| !l.starts_with('|') && !l.contains(" | ") && !l.starts_with("TOML parse error"))
        .unwrap_or("a key is not written the way bounce reads keys")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::PaneId;
    use crate::keymap::{Command, Scope};

    #[test]
    fn the_example_file_parses_and_its_keys_work() {
        let example = include_str!("../assets/config.example.toml");
        let s = Settings::from_toml(example, false).unwrap();
        assert_eq!(s.start_pane, PaneId::Home);
        let uncommented: String = example
            .lines()
            .map(|l| {
                l.strip_prefix("# [keys")
                    .map_or(l.to_string(), |r| format!("[keys{r}"))
            })
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.contains(" = [") => rest.to_string(),
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let s = Settings::from_toml(&uncommented, false).unwrap();
        assert_eq!(s.keymap.label(Scope::Global, Command::Quit), "q / Ctrl-Q");
        assert_eq!(s.keymap.label(Scope::Goals, Command::TickStep), "Space / x");
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let s = Settings::from_toml("", false).unwrap();
        assert_eq!(s.start_pane, PaneId::Home);
        assert_eq!(s.week_start, chrono::Weekday::Mon);
        assert_eq!(s.quiet_days, 30);
    }

    #[test]
    fn settings_are_read() {
        let text = r#"
theme = "light"
start_pane = "gratitude"
week_starts_on = "sunday"
quiet_days = 14

[keys.goals]
add = ["i"]
"#;
        let s = Settings::from_toml(text, false).unwrap();
        assert_eq!(s.start_pane, PaneId::Gratitude);
        assert_eq!(s.week_start, chrono::Weekday::Sun);
        assert_eq!(s.quiet_days, 14);
        assert_eq!(s.theme, crate::theme::Theme::light());
        assert_eq!(s.keymap.label(Scope::Goals, Command::Add), "i");
        let plain = Settings::from_toml(text, true).unwrap();
        assert_eq!(plain.theme, crate::theme::Theme::plain());
    }

    #[test]
    fn a_bad_file_names_the_line_and_what_is_wrong() {
        let err = Settings::from_toml("theme = \"light\"\nstart_pane = home\n", false).unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        assert!(!err.contains('\n'), "{err}");
        let err = Settings::from_toml("colour = \"red\"\n", false).unwrap_err();
        assert!(err.contains("line 1") && err.contains("colour"), "{err}");
        let err = Settings::from_toml("theme = \"neon\"", false).unwrap_err();
        assert!(err.contains("dark, light or plain"), "{err}");
        let err = Settings::from_toml("[keys.goals]\nfly = [\"f\"]", false).unwrap_err();
        assert!(err.contains("fly"), "{err}");
        // A wrong shape inside [keys] is one line too, without a picture of bounce's own text.
        let err = Settings::from_toml("[keys]\ntheme = \"dark\"", false).unwrap_err();
        assert!(
            !err.contains('\n') && err.starts_with("in [keys]: "),
            "{err}"
        );
        assert!(err.contains("dark"), "{err}");
    }

    #[test]
    fn a_missing_file_is_fine_and_a_broken_one_falls_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let (s, problem) = Settings::load(Some(&path), false);
        assert!(problem.is_none());
        assert_eq!(s.start_pane, PaneId::Home);
        std::fs::write(
            &path,
            "start_pane = \"goals\"\nweek_starts_on = \"friday\"\n",
        )
        .unwrap();
        let (s, problem) = Settings::load(Some(&path), false);
        let problem = problem.unwrap();
        assert!(
            problem.contains("friday") && problem.contains("defaults"),
            "{problem}"
        );
        assert_eq!(s.start_pane, PaneId::Home, "defaults, not half a file");
    }
}
