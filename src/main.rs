//! The `bounce` binary: parse the command line, open the journal, then run the app or a
//! subcommand. Everything that can fail happens before the terminal changes mode.

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use bounce::app::App;
use bounce::cli::{self, Cli};
use bounce::domain::Clock;
use bounce::{config, tui};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped early (`bounce ... | head`) is not a failure.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bounce: {}", said_once(&e));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes on one line, each said once: an error that already quotes its
/// cause (as "cannot open X: <cause>" does) does not repeat it.
fn said_once(e: &anyhow::Error) -> String {
    let mut text = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => Some(io.kind()),
            // JSON written straight to stdout wraps the pipe's error in its own.
            None => cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind),
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// The computer's clock, or the moment fixed in `BOUNCE_NOW` (for tests and scripts that
/// need the same day whenever they run).
fn clock() -> anyhow::Result<Clock> {
    match std::env::var("BOUNCE_NOW") {
        Ok(text) if !text.trim().is_empty() => {
            Clock::parse_fixed(&text).map_err(|e| anyhow::anyhow!("BOUNCE_NOW: {e}"))
        }
        _ => Ok(Clock::system()),
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if cli.command.is_none() {
        use std::io::IsTerminal;
        if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
            anyhow::bail!(
                "the journal opens in a terminal, and this is not one; to print a pane, use: bounce screen gratitude"
            );
        }
    }
    if let Some(printed) = cli.command.as_ref().and_then(|cmd| {
        let mut out = std::io::stdout().lock();
        cli::docs(cmd, &mut out)
    }) {
        return printed;
    }
    let path = config::database_path(cli.db)?;
    let clock = clock()?;
    if let Some(done) = cli.command.as_ref().and_then(|cmd| {
        let mut out = std::io::stdout().lock();
        cli::before_open(cmd, &path, clock.today(), &mut out)
    }) {
        return done;
    }
    let store = cli::cipher::open_journal(&path)?;
    match cli.command {
        Some(cmd) => cli::run(cmd, store, clock),
        None => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let (settings, problem) =
                config::Settings::load(config::config_path().as_deref(), no_color);
            let mut app = App::with_settings(store, clock, settings)
                .with_context(|| format!("reading the journal at {}", path.display()))?;
            if let Some(problem) = problem {
                app.notify("Your settings", problem);
            }
            tui::run(&mut app)
        }
    }
}
