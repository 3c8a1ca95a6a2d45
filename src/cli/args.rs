//! What the command line accepts: the subcommands, their arguments and their help, as clap
//! reads them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::{backup, chapter, export, forward, import, review};
use crate::action::PaneId;

#[derive(Debug, Parser)]
#[command(
    name = "bounce",
    version,
    about = "A private terminal journal for moving forward after a professional setback",
    long_about = "A private terminal journal for moving forward after a professional setback.\n\n\
        Run without a subcommand to open the journal. Everything stays in one local SQLite file."
)]
pub struct Cli {
    /// The journal file to use [default: $BOUNCE_DB, or <data dir>/bounce/journal.db]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Add or list the things you are grateful for
    #[command(subcommand)]
    Gratitude(GratitudeCmd),

    /// Set a day's free-form note
    Note {
        /// The note's text
        text: String,
        /// The day (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
    },

    /// Keep one kind thing you did for yourself that day
    Selfcare {
        /// What you did ("an early night", "a walk at lunch")
        text: String,
        /// The day (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
    },

    /// Set a day's mood, from 1 (very low) to 5 (very good)
    Mood {
        /// A number from 1 to 5
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// The day (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
    },

    /// Add a setback, list them, or read one's debrief
    #[command(subcommand)]
    Setback(SetbackCmd),

    /// Add an event to a setback's timeline
    #[command(subcommand)]
    Event(EventCmd),

    /// Add a goal with its first steps, list goals with their progress, or read one
    #[command(subcommand)]
    Goal(GoalCmd),

    /// Add, list, tick or untick the small steps of a goal
    #[command(subcommand)]
    Step(StepCmd),

    /// Weigh ideas for what to do next; the best become goals
    #[command(subcommand)]
    Idea(forward::IdeaCmd),

    /// Keep the people who can help, and when you were last in touch
    #[command(subcommand)]
    Person(forward::PersonCmd),

    /// Plan conversations with people, and note what came of them
    #[command(subcommand)]
    Conversation(chapter::ConversationCmd),

    /// Look back at a closed setback: how much it still feels like a failure; prints its id,
    /// date and rating
    Lookback(chapter::LookbackArgs),

    /// What is due today, one line each: look-backs, conversations, people to reach out to,
    /// today's gratitude; nothing at all when nothing is
    Due(chapter::DueArgs),

    /// How far you have come: one line a week (or month): the period, its first and last
    /// day, the average mood (or -), days with gratitude, steps done and weekly reviews,
    /// tab-separated; `review add` writes a week's review
    Review(review::ReviewArgs),

    /// Rewrite a harsh thought about a setback as you would say it to a friend
    #[command(subcommand)]
    Reframe(forward::ReframeCmd),

    /// The root-cause classifier's suggestion for a setback, with each cause's score and the
    /// reasons
    Classify {
        /// The setback's id, or its first 4 characters or more
        id: String,
        /// Print JSON: suggested, scores (keyed by cause) and reasons
        #[arg(long)]
        json: bool,
    },

    /// Find any words you wrote: one hit a line (id, kind, date, snippet), best first
    Search {
        /// The words to look for (quotes and operators are taken as plain words)
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// Only what is filed on or after this day (YYYY-MM-DD, yesterday, friday, 2 weeks ago)
        #[arg(long)]
        from: Option<String>,
        /// Only what is filed on or before this day (YYYY-MM-DD, yesterday, friday, 2 weeks ago)
        #[arg(long)]
        to: Option<String>,
        /// At most this many hits
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Print JSON: a list of hits with id, kind, parent, date, snippet and rank
        #[arg(long)]
        json: bool,
    },

    /// Print shell completions for bash, zsh, fish, elvish or powershell
    /// (for example: bounce completions bash > ~/.local/share/bash-completion/completions/bounce)
    Completions {
        /// The shell to complete in
        shell: clap_complete::Shell,
    },

    /// Print bounce's manual page (read it with: bounce man | man -l -)
    Man,

    /// Print one pane of the journal as plain text and exit
    Screen {
        /// Which pane to print
        pane: PaneArg,
        /// The screen size, as WIDTHxHEIGHT
        #[arg(long, default_value = "80x24")]
        size: String,
    },

    /// Write the whole journal out as JSON (to import again) or Markdown (to read)
    Export(export::ExportArgs),

    /// Bring in a bounce export (merged by id) or a jrnl journal (as day notes)
    Import(import::ImportArgs),

    /// Copy the journal to a backup file, safely even while it is open
    Backup(backup::BackupArgs),

    /// Put a backup back in place of the journal, keeping the journal as it was beside it
    Restore {
        /// The backup to restore [default: the newest good one in backups/ beside the journal]
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },

    /// Encrypt the journal with a passphrase (builds with the `encryption` feature)
    #[command(
        long_about = "Encrypt the journal with a passphrase (builds with the `encryption` feature).\n\n\
            The passphrase is typed in the terminal without being shown, or taken from \
            BOUNCE_PASSPHRASE. It is never stored: without it the journal cannot be opened."
    )]
    Encrypt,

    /// Turn an encrypted journal back into a plain SQLite file
    Decrypt,

    /// Fill an empty journal with a realistic example, to explore or to measure
    Demo {
        /// About how many records to create
        #[arg(long, default_value_t = 300)]
        scale: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum GratitudeCmd {
    /// Add something you are grateful for; prints its id
    Add {
        /// What you are grateful for
        text: String,
        /// The day (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// List gratitude items, one a line: id, date and text, tab-separated
    List {
        /// Only this day (YYYY-MM-DD, yesterday, friday, 2 weeks ago)
        #[arg(long)]
        date: Option<String>,
        /// Print JSON instead
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SetbackCmd {
    /// Write down a setback: what happened, in a few words; prints its id
    Add {
        /// A short title, such as "Laid off when the platform team was cut"
        title: String,
        /// When it happened (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
        /// A few sentences on what happened
        #[arg(long)]
        summary: Option<String>,
    },
    /// List setbacks, newest first, one a line: id, date, cause, events and title, tab-separated
    List {
        /// Print JSON instead
        #[arg(long)]
        json: bool,
    },
    /// Print a setback's whole debrief as plain text
    Show {
        /// The setback's id, or its first 4 characters or more
        id: String,
    },
    /// Print a setback's story, ready to share
    Story {
        /// The setback's id, or its first 4 characters or more
        id: String,
    },
    /// Close a setback's chapter today, with a few answers; prints its id, closed, the day and
    /// the rating
    Close(chapter::CloseArgs),
    /// Open a closed chapter again; its look-backs stay
    Reopen {
        /// The setback's id, or its first 4 characters or more
        id: String,
    },
    /// Confirm a setback's root cause: tactical, emotional or unforeseen (none takes it back)
    Cause {
        /// The setback's id, or its first 4 characters or more
        id: String,
        /// tactical, emotional, unforeseen, or none
        cause: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum EventCmd {
    /// Add an event to a setback's timeline, kept in date order; prints its id
    Add {
        /// The setback's id, or its first 4 characters or more
        #[arg(value_name = "SETBACK_ID")]
        setback: String,
        /// When it happened (YYYY-MM-DD, yesterday, friday, 2 weeks ago)
        #[arg(long)]
        date: String,
        /// What happened
        #[arg(long)]
        what: String,
        /// The time of day, as HH:MM (24-hour)
        #[arg(long)]
        time: Option<String>,
        /// Who was involved
        #[arg(long)]
        who: Option<String>,
        /// What you thought at the time
        #[arg(long)]
        thought: Option<String>,
        /// What you felt
        #[arg(long)]
        felt: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum GoalCmd {
    /// Set a goal, with its first small steps in order; prints its id
    Add {
        /// What you want to reach, such as "Teach a weekend workshop"
        title: String,
        /// Why it matters: how it fits your values
        #[arg(long)]
        why: Option<String>,
        /// What success will look and feel like
        #[arg(long)]
        success: Option<String>,
        /// A target date: YYYY-MM-DD, or words like "next friday" or "in 3 weeks"
        #[arg(long)]
        target: Option<String>,
        /// How you will celebrate
        #[arg(long)]
        reward: Option<String>,
        /// A small step; repeat for more, in order
        #[arg(long = "step", value_name = "STEP")]
        steps: Vec<String>,
    },
    /// List goals, one a line: id, steps done/total, title and target, tab-separated
    List {
        /// Finished goals instead of active ones
        #[arg(long)]
        done: bool,
        /// Archived goals instead of active ones
        #[arg(long)]
        archived: bool,
        /// Every goal: active, then finished, then archived
        #[arg(long)]
        all: bool,
        /// Print JSON instead, each goal with its steps
        #[arg(long)]
        json: bool,
    },
    /// Print a goal with its why, target, reward and steps
    Show {
        /// The goal's id, or its first 4 characters or more
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum StepCmd {
    /// Add a step at the end of a goal; prints its id
    Add {
        /// The goal's id, or its first 4 characters or more
        #[arg(value_name = "GOAL_ID")]
        goal: String,
        /// The step, small enough to start today
        text: String,
        /// When it is due: YYYY-MM-DD, or words like "friday" or "in 3 days"
        #[arg(long)]
        due: Option<String>,
    },
    /// List a goal's steps in order, one a line: id, done or open, text and due date,
    /// tab-separated
    List {
        /// The goal's id, or its first 4 characters or more
        #[arg(value_name = "GOAL_ID")]
        goal: String,
        /// Print JSON instead
        #[arg(long)]
        json: bool,
    },
    /// Tick a step off; the last one finishes its goal
    Done {
        /// The step's id, or its first 4 characters or more
        id: String,
    },
    /// Untick a step ticked by mistake
    Undo {
        /// The step's id, or its first 4 characters or more
        id: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaneArg {
    Home,
    Debrief,
    Rootcause,
    Gratitude,
    Goals,
    Review,
}

impl From<PaneArg> for PaneId {
    fn from(arg: PaneArg) -> PaneId {
        match arg {
            PaneArg::Home => PaneId::Home,
            PaneArg::Debrief => PaneId::Debrief,
            PaneArg::Rootcause => PaneId::RootCause,
            PaneArg::Gratitude => PaneId::Gratitude,
            PaneArg::Goals => PaneId::Goals,
            PaneArg::Review => PaneId::Review,
        }
    }
}
