//! The command line: `bounce` opens the journal; subcommands capture and read from scripts.

mod args;
mod backup;
mod chapter;
pub mod cipher;
mod classify;
mod day;
mod demo;
mod demo_chapters;
mod demo_forward;
mod demo_goals;
mod demo_setbacks;
mod export;
mod forward;
mod goal;
mod gratitude;
mod ids;
mod import;
pub use import::MOST_READ as IMPORT_LIMIT;
mod out_file;
mod restore;
mod review;
mod screen;
mod search;
mod setback;
mod show;
mod shown;

use crate::store::Store;

pub use args::{Cli, Cmd, EventCmd, GoalCmd, GratitudeCmd, PaneArg, SetbackCmd, StepCmd};
pub use screen::render_screen;

/// Runs one subcommand over an open store, printing to stdout, with every date and moment
/// read from `clock`.
pub fn run(cmd: Cmd, mut store: Store, clock: crate::domain::Clock) -> anyhow::Result<()> {
    store.set_clock(clock.clone());
    let today = clock.today();
    let mut out = shown::Shown::stdout();
    if let Some(printed) = docs(&cmd, &mut out) {
        return printed;
    }
    match cmd {
        Cmd::Gratitude(GratitudeCmd::Add { text, date }) => {
            gratitude::add(&store, today, &text, date.as_deref(), &mut out)
        }
        Cmd::Gratitude(GratitudeCmd::List { date, json }) => {
            gratitude::list(&store, today, date.as_deref(), json, &mut out)
        }
        Cmd::Note { text, date } => day::note(&store, today, &text, date.as_deref(), &mut out),
        Cmd::Mood { value, date } => day::mood(&store, today, &value, date.as_deref(), &mut out),
        Cmd::Selfcare { text, date } => {
            day::selfcare(&store, today, &text, date.as_deref(), &mut out)
        }
        Cmd::Setback(cmd) => run_setback(cmd, &store, today, &mut out),
        Cmd::Event(EventCmd::Add {
            setback,
            date,
            what,
            time,
            who,
            thought,
            felt,
        }) => {
            let args = setback::EventArgs {
                setback: &setback,
                date: &date,
                time: time.as_deref(),
                what: &what,
                who: who.as_deref(),
                thought: thought.as_deref(),
                felt: felt.as_deref(),
            };
            setback::add_event(&store, today, &args, &mut out)
        }
        Cmd::Goal(cmd) => goal::run(cmd, &store, today, &mut out),
        Cmd::Step(cmd) => goal::run_step(cmd, &store, today, &mut out),
        Cmd::Idea(cmd) => forward::run_idea(cmd, &store, today, &mut out),
        Cmd::Person(cmd) => forward::run_person(cmd, &store, today, &mut out),
        Cmd::Conversation(cmd) => chapter::run_conversation(cmd, &store, today, &mut out),
        Cmd::Lookback(args) => chapter::lookback(&store, today, &args, &mut out),
        Cmd::Due(args) => chapter::due(&store, today, &args, &mut out),
        Cmd::Review(args) => review::run(args, &store, today, &mut out),
        Cmd::Reframe(cmd) => forward::run_reframe(cmd, &store, &mut out),
        Cmd::Classify { id, json } => classify::classify(&store, &id, json, &mut out),
        Cmd::Search {
            query,
            from,
            to,
            limit,
            json,
        } => {
            let query = query.join(" ");
            let args = search::SearchArgs {
                query: &query,
                from: from.as_deref(),
                to: to.as_deref(),
                limit,
                json,
            };
            search::search(&store, today, &args, &mut out)
        }
        Cmd::Screen { pane, size } => screen::print(store, clock, pane.into(), &size, &mut out),
        Cmd::Demo { scale } => demo::run(&store, today, scale, &mut out),
        Cmd::Export(args) => export::run(&store, &args, &mut out),
        Cmd::Import(args) => import::run(&store, &args, &mut out),
        Cmd::Backup(args) => backup::run(&store, today, &args, &mut out),
        // Printed by `docs` above.
        Cmd::Completions { .. } | Cmd::Man => Ok(()),
        // These need the journal closed: done by `before_open` before it opens.
        Cmd::Encrypt | Cmd::Decrypt | Cmd::Restore { .. } => {
            let path = store.path().to_path_buf();
            drop(store);
            before_open(&cmd, &path, today, &mut out).unwrap_or(Ok(()))
        }
    }
}

/// Prints completions or the manual page, which need no journal. Returns `None` for the
/// other commands.
pub fn docs(cmd: &Cmd, out: &mut impl std::io::Write) -> Option<anyhow::Result<()>> {
    match cmd {
        Cmd::Completions { .. } | Cmd::Man => Some(print_docs(cmd, out)),
        _ => None,
    }
}

/// Runs the commands on the journal at `path` that need it closed: encrypting, decrypting,
/// and restoring a backup (which must work on a journal too damaged to open); and refuses
/// to draw a pane of a journal that is not there, since opening it would create it (and says
/// nothing is due in one, for the same reason).
/// Returns `None` for the other commands.
pub fn before_open(
    cmd: &Cmd,
    path: &std::path::Path,
    today: chrono::NaiveDate,
    out: &mut impl std::io::Write,
) -> Option<anyhow::Result<()>> {
    match cmd {
        Cmd::Encrypt => Some(cipher::encrypt(path, out)),
        Cmd::Decrypt => Some(cipher::decrypt(path, out)),
        Cmd::Restore { file } => Some(restore::run(path, file.as_deref(), today, out)),
        // A shell greeting on a machine with no journal yet owes nothing, and starts none.
        Cmd::Due(args) if matches!(path.try_exists(), Ok(false)) => {
            Some(chapter::nothing_due(args, out))
        }
        // A path that cannot be looked at is left for opening to explain.
        Cmd::Screen { .. } if matches!(path.try_exists(), Ok(false)) => Some(Err(anyhow::anyhow!(
            "there is no journal at {} yet; `bounce` starts one, or --db names the one to show",
            path.display()
        ))),
        _ => None,
    }
}

fn print_docs(cmd: &Cmd, out: &mut impl std::io::Write) -> anyhow::Result<()> {
    use clap::CommandFactory;
    let mut command = Cli::command();
    // Written whole first: a reader that stops early must not stop the writer half way.
    let mut text = Vec::new();
    match cmd {
        Cmd::Completions { shell } => {
            clap_complete::generate(*shell, &mut command, "bounce", &mut text);
        }
        _ => clap_mangen::Man::new(command).render(&mut text)?,
    }
    out.write_all(&text)?;
    Ok(())
}

fn run_setback(
    cmd: SetbackCmd,
    store: &Store,
    today: chrono::NaiveDate,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    match cmd {
        SetbackCmd::Add {
            title,
            date,
            summary,
        } => setback::add(
            store,
            today,
            &title,
            date.as_deref(),
            summary.as_deref(),
            out,
        ),
        SetbackCmd::List { json } => setback::list(store, json, out),
        SetbackCmd::Show { id } => show::show(store, &id, out),
        SetbackCmd::Story { id } => setback::story(store, &id, out),
        SetbackCmd::Cause { id, cause } => classify::confirm(store, &id, &cause, out),
        SetbackCmd::Close(args) => chapter::close(store, &args, out),
        SetbackCmd::Reopen { id } => chapter::reopen(store, &id, out),
    }
}

/// Kind words for the person at the keyboard. They go to stderr, so that stdout holds only
/// what a script reads (`ID=$(bounce setback add ...)`); the record is already kept, so a
/// closed stderr is no reason to fail.
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The first 8 characters of an id: enough to type it back.
fn short_id(id: uuid::Uuid) -> String {
    id.simple().to_string()[..8].to_string()
}

/// A day as the kind words say it: "Monday 23 November 2026".
fn long_day(date: chrono::NaiveDate) -> String {
    crate::domain::dates::detail_date(date)
}

/// The day a command is about: `--date` if given (never in the future), else today.
fn day_arg(date: Option<&str>, today: chrono::NaiveDate) -> anyhow::Result<chrono::NaiveDate> {
    match date {
        Some(text) => {
            crate::domain::dates::parse_past_date(text, today).map_err(anyhow::Error::msg)
        }
        None => Ok(today),
    }
}
