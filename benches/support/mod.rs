//! What the benchmarks share: demo journals of each size, built once and kept under
//! `target/bench-journals/`, an app over one of them, and percentiles of single actions.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use bounce::action::PaneId;
use bounce::app::App;
use bounce::config::Settings;
use bounce::store::Store;
use bounce::theme::Theme;
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The day the benchmarks take as today.
pub const TODAY: (i32, u32, u32) = (2026, 11, 23);

/// The screen every frame is drawn on.
pub const WIDTH: u16 = 120;
pub const HEIGHT: u16 = 40;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).expect("a valid date")
}

/// The journal sizes to measure: `BOUNCE_BENCH_SIZES` (comma-separated record counts), by
/// default 1k, 100k and 1M.
pub fn sizes() -> Vec<u64> {
    std::env::var("BOUNCE_BENCH_SIZES")
        .ok()
        .map(|list| {
            list.split(',')
                .filter_map(|n| n.trim().parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 100_000, 1_000_000])
}

/// A short label for a size: 1k, 100k, 1M.
pub fn label(records: u64) -> String {
    match records {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{}M", n / 1_000_000),
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

fn cache_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-journals")
}

/// The demo journal of `records` records, made with `bounce demo --scale` the first time
/// and reused afterwards. Benchmarks that write work on a copy (see [`scratch_copy`]).
pub fn journal(records: u64) -> PathBuf {
    let dir = cache_dir();
    let path = dir.join(format!("demo-{records}.db"));
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).expect("a folder for the bench journals");
    let partial = dir.join(format!("demo-{records}.partial.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
    }
    eprintln!("Making a demo journal of {records} records (once)...");
    let status = Command::new(env!("CARGO_BIN_EXE_bounce"))
        .arg("--db")
        .arg(&partial)
        .args(["demo", "--scale", &records.to_string()])
        .status()
        .expect("bounce demo runs");
    assert!(status.success(), "bounce demo --scale {records} failed");
    std::fs::rename(&partial, &path).expect("the finished journal moves into place");
    path
}

/// A copy of `source` in a fresh temp folder, for benchmarks that write.
pub fn scratch_copy(source: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp folder");
    let path = dir.path().join("journal.db");
    std::fs::copy(source, &path).expect("the journal copies");
    (dir, path)
}

/// The app as `bounce` starts it on `path`, showing `pane`.
pub fn open_app(path: &Path, pane: PaneId) -> App {
    let store = Store::open(path).expect("the bench journal opens");
    let mut settings = Settings::defaults(true);
    settings.theme = Theme::plain();
    settings.start_pane = pane;
    App::with_settings(store, bounce::domain::Clock::from_days(today), settings)
        .expect("the app loads")
}

pub fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal")
}

pub fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App) {
    terminal
        .draw(|frame| app.render(frame))
        .expect("a frame draws");
}

/// Presses a key as a terminal would send it ("j", "enter", "pagedown", "ctrl-s").
pub fn press(app: &mut App, key: &str) {
    app.handle_event(Event::Key(key_event(key)));
}

pub fn key_event(key: &str) -> KeyEvent {
    let (modifiers, name) = match key.strip_prefix("ctrl-") {
        Some(rest) => (KeyModifiers::CONTROL, rest),
        None => (KeyModifiers::NONE, key),
    };
    let code = match name {
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backspace" => KeyCode::Backspace,
        "pagedown" => KeyCode::PageDown,
        "pageup" => KeyCode::PageUp,
        "end" => KeyCode::End,
        "home" => KeyCode::Home,
        "down" => KeyCode::Down,
        "up" => KeyCode::Up,
        other => {
            let mut chars = other.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => panic!("unknown key name {other}"),
            }
        }
    };
    KeyEvent::new(code, modifiers)
}

/// Single-action timings gathered while criterion runs, printed as percentiles after it:
/// criterion reports means and medians, and the targets are about p95 and p99 too.
#[derive(Default)]
pub struct Percentiles {
    rows: Vec<(String, Vec<Duration>)>,
}

impl Percentiles {
    /// Times `action` once per iteration, keeping each timing, for `iter_custom`.
    pub fn time(&mut self, name: &str, iters: u64, mut action: impl FnMut()) -> Duration {
        let mut total = Duration::ZERO;
        let mut kept = Vec::with_capacity(iters as usize);
        for _ in 0..iters {
            let start = Instant::now();
            action();
            let took = start.elapsed();
            total += took;
            kept.push(took);
        }
        match self.rows.iter_mut().find(|(n, _)| n == name) {
            Some((_, all)) => all.extend(kept),
            None => self.rows.push((name.to_string(), kept)),
        }
        total
    }

    /// Prints p50, p95 and p99 of every action timed, in milliseconds.
    pub fn report(&mut self, title: &str) {
        println!("\n{title}: single-action percentiles (ms)");
        println!(
            "{:<48} {:>8} {:>8} {:>8} {:>8}",
            "action", "n", "p50", "p95", "p99"
        );
        for (name, all) in &mut self.rows {
            all.sort();
            let at = |q: f64| {
                let i = ((all.len() as f64 - 1.0) * q).round() as usize;
                all[i].as_secs_f64() * 1e3
            };
            println!(
                "{name:<48} {:>8} {:>8.3} {:>8.3} {:>8.3}",
                all.len(),
                at(0.50),
                at(0.95),
                at(0.99)
            );
        }
    }
}
