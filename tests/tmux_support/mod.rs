//! The tmux harness for end-to-end tests: the real `bounce` binary in a private tmux server,
//! keys in, screen out.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub const BOUNCE: &str = env!("CARGO_BIN_EXE_bounce");
/// How often the screen is read while waiting, and for how long at most.
pub const POLL: Duration = Duration::from_millis(50);
pub const PATIENCE: Duration = Duration::from_secs(10);
/// The start of the tab bar, drawn only while the TUI is up.
pub const TAB_BAR: &str = " bounce ";

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

/// True (and says so) when tmux cannot run here, so the test passes without checking.
pub fn tmux_missing() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|out| out.status.success());
    if !ok {
        eprintln!("skipping: tmux is not installed");
    }
    !ok
}

/// A temp folder holding one journal.
pub struct Journal {
    pub dir: tempfile::TempDir,
}

impl Journal {
    pub fn new() -> Journal {
        let dir = tempfile::tempdir().expect("creating a temp dir");
        Journal { dir }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("journal.db")
    }

    /// The texts of all gratitude items, as `bounce gratitude list` prints them.
    pub fn gratitude(&self) -> Vec<String> {
        let out = Command::new(BOUNCE)
            .arg("--db")
            .arg(self.db())
            .args(["gratitude", "list"])
            .output()
            .expect("running bounce gratitude list");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "gratitude list failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
            .lines()
            .map(|line| line.splitn(3, '\t').nth(2).unwrap_or_default().to_string())
            .collect()
    }
}

/// A private tmux server whose one 80x24 pane runs bounce under a shell that prints
/// `EXITED:<status>` when bounce ends; killed when dropped, so also when a test fails.
pub struct Tmux {
    socket: String,
    socket_path: Option<PathBuf>,
}

impl Tmux {
    /// Starts bounce on the journal, with extra environment, and waits for the tab bar.
    pub fn start(journal: &Journal, env: &[(&str, &str)]) -> Tmux {
        let tmux = Tmux::launch(journal, env);
        tmux.wait_for(TAB_BAR);
        tmux
    }

    /// Starts bounce on the journal without waiting for anything.
    pub fn launch(journal: &Journal, env: &[(&str, &str)]) -> Tmux {
        let n = SESSIONS.fetch_add(1, Ordering::SeqCst);
        let mut tmux = Tmux {
            socket: format!("bounce-e2e-{}-{n}", std::process::id()),
            socket_path: None,
        };
        let data = journal.dir.path().to_string_lossy().into_owned();
        let db = journal.db().to_string_lossy().into_owned();
        // \r\n: the status starts a line of its own even if bounce left the tty in raw mode.
        let script = r#""$@"; printf '\r\nEXITED:%s\r\n' "$?"; exec sleep 600"#;
        // The server, started by this command, passes its environment on to the pane.
        let mut cmd = tmux.command(&["new-session", "-d", "-x", "80", "-y", "24"]);
        cmd.args(["sh", "-c", script, "sh", BOUNCE, "--db", &db])
            .env_remove("TMUX")
            .env_remove("BOUNCE_DB")
            .env("BOUNCE_NOW", "2026-11-23")
            .env_remove("BOUNCE_DEBUG_PANIC")
            .env_remove("BOUNCE_DEBUG_ERROR")
            .env("RUST_BACKTRACE", "0")
            .env("XDG_CONFIG_HOME", &data)
            .env("XDG_DATA_HOME", &data)
            .envs(env.iter().copied());
        let out = cmd.output().expect("starting tmux");
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux.socket_path = Some(PathBuf::from(tmux.format("#{socket_path}")));
        tmux
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("tmux");
        // No config file: the user's own must not change what the tests see.
        cmd.args(["-L", &self.socket, "-f", "/dev/null"]);
        cmd.args(args);
        cmd
    }

    /// Runs one tmux command and returns its output; a failure fails the test.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.command(args).output().expect("running tmux");
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Presses keys by tmux name (`a`, `Enter`, `C-c`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Types text literally, character by character.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-l", text]);
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p"])
    }

    /// A pane format, such as `#{alternate_on}`.
    pub fn format(&self, format: &str) -> String {
        self.run(&["display-message", "-p", format])
            .trim()
            .to_string()
    }

    /// Polls until `ok(value)` holds for what `read` returns; fails showing the last screen.
    pub fn wait(&self, what: &str, read: impl Fn() -> String, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let value = read();
            if ok(&value) {
                return value;
            }
            if start.elapsed() > PATIENCE {
                let screen = self.screen();
                let last = if value == screen { "" } else { value.as_str() };
                panic!("gave up waiting for {what} after {PATIENCE:?} {last}\nscreen:\n{screen}");
            }
            sleep(POLL);
        }
    }

    pub fn wait_for(&self, text: &str) -> String {
        self.wait_screen(&format!("{text:?} on screen"), |s| s.contains(text))
    }

    pub fn wait_screen(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.wait(what, || self.screen(), ok)
    }

    /// Waits for bounce to end and returns its exit status (128+N if signal N ended it).
    pub fn wait_exit(&self) -> u8 {
        let screen = self.wait_for("EXITED:");
        let status = screen.split("EXITED:").nth(1).unwrap_or_default();
        let digits: String = status.chars().take_while(char::is_ascii_digit).collect();
        digits
            .parse()
            .expect("the shell prints a number after EXITED:")
    }

    /// The pid of bounce: the child of the pane's shell.
    pub fn pid(&self) -> String {
        let shell = self.format("#{pane_pid}");
        self.wait("bounce's pid", || child_of(&shell), |pid| !pid.is_empty())
    }

    /// Sends a signal to bounce (not to the shell around it).
    pub fn kill(&self, signal: &str) {
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &self.pid()])
            .status()
            .expect("running kill");
        assert!(status.success(), "kill -{signal} failed");
    }

    /// After bounce ended: back on the normal screen, with no trace of the TUI.
    pub fn assert_restored(&self) -> String {
        let screen = self.assert_modes_restored();
        assert!(
            !screen.contains(TAB_BAR),
            "the tab bar is still on screen:\n{screen}"
        );
        screen
    }

    /// The normal screen, a visible cursor and cooked mode, whatever is on screen.
    pub fn assert_modes_restored(&self) -> String {
        let screen = self.screen();
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still in the alternate screen; screen:\n{screen}"
        );
        assert_eq!(
            self.format("#{cursor_flag}"),
            "1",
            "the cursor is still hidden; screen:\n{screen}"
        );
        if let Some(modes) = self.tty_modes() {
            let raw: Vec<&str> = ["-icanon", "-echo", "-icrnl"]
                .into_iter()
                .filter(|flag| modes.split_whitespace().any(|m| m == *flag))
                .collect();
            assert!(
                raw.is_empty(),
                "the terminal is still raw ({raw:?}):\n{modes}"
            );
        }
        screen
    }

    /// The pane's terminal settings as `stty -a` prints them, where stty can read them.
    pub fn tty_modes(&self) -> Option<String> {
        let tty = self.format("#{pane_tty}");
        let out = Command::new("stty")
            .args(["-F", &tty, "-a"])
            .output()
            .ok()?;
        if !out.status.success() {
            eprintln!("not checking raw mode: stty cannot read {tty}");
            return None;
        }
        Some(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command(&["kill-server"]).output();
        // tmux leaves its socket file behind.
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The first child process of `pid`, or "" if there is none (yet).
pub fn child_of(pid: &str) -> String {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        // No /proc (not Linux): ask pgrep.
        let out = Command::new("pgrep").args(["-P", pid]).output();
        return out.map_or(String::new(), |o| {
            let text = String::from_utf8_lossy(&o.stdout).into_owned();
            text.lines().next().unwrap_or_default().to_string()
        });
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // The fields after the command name, which is in parentheses: state, ppid, ...
            let ppid = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?;
            (ppid == pid).then(|| entry.file_name().to_string_lossy().into_owned())
        })
        .next()
        .unwrap_or_default()
}
