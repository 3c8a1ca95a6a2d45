//! `bounce idea|person|reframe`: moving forward from a script: the ideas funnel, the
//! support network, and harsh thoughts rewritten kindly.

mod idea;
mod person;
mod reframe;

use std::io::Write;

use chrono::NaiveDate;
use clap::Subcommand;

use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum IdeaCmd {
    /// Put an idea for what to do next into the funnel; prints its id
    Add {
        /// The idea, such as "Move into developer tooling"
        text: String,
    },
    /// List ideas in the funnel, best first, one a line: id, score, status and text,
    /// tab-separated
    List {
        /// Ideas set aside for now instead
        #[arg(long)]
        not_now: bool,
        /// Every idea: the funnel, then those set aside, then those that became goals
        #[arg(long)]
        all: bool,
        /// Print JSON instead, each idea with its weighing
        #[arg(long)]
        json: bool,
    },
    /// Weigh an idea by one question: is it realistic, does it fit my values, would it make
    /// me happy
    Weigh {
        /// The idea's id, or its first 4 characters or more
        id: String,
        /// realistic, values or happy
        question: String,
        /// yes, maybe or no; clear takes the answer back
        verdict: String,
        /// A few words on why [default: the note already there]
        #[arg(long)]
        note: Option<String>,
    },
    /// Turn an idea into a goal whose why carries its weighing; prints the goal
    Promote {
        /// The idea's id, or its first 4 characters or more
        id: String,
    },
    /// Set an idea aside for now; it stays in the journal
    Aside {
        /// The idea's id, or its first 4 characters or more
        id: String,
    },
    /// Bring an idea set aside back into the funnel
    Back {
        /// The idea's id, or its first 4 characters or more
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCmd {
    /// Add someone who can help to your support network; prints their id
    Add {
        /// Their name, as you would write it in a step ("Ask Ana ...")
        name: String,
        /// How they can help: advice, introductions, listening, feedback (comma-separated)
        #[arg(long)]
        helps: Option<String>,
        /// Anything worth remembering about them
        #[arg(long)]
        note: Option<String>,
        /// They lift you up: Home thinks of them first on heavy days
        #[arg(long)]
        lifts: bool,
    },
    /// Mark someone as one who lifts you up (yes), or not (no)
    Lifts {
        /// The person's id, or its first 4 characters or more
        id: String,
        /// yes or no
        value: String,
    },
    /// List your support network by name, one a line: id, name, how they help and when you
    /// were last in touch, tab-separated
    List {
        /// Print JSON instead
        #[arg(long)]
        json: bool,
    },
    /// Note that you were in touch with someone
    Touched {
        /// The person's id, or its first 4 characters or more
        id: String,
        /// The day (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReframeCmd {
    /// Write down a harsh thought about a setback, and the kinder way to say it; prints its id
    Add {
        /// The setback's id, or its first 4 characters or more
        #[arg(value_name = "SETBACK_ID")]
        setback: String,
        /// The harsh thought, as it sounds in your head
        #[arg(long)]
        thought: String,
        /// The same thing said as to a friend; "yet" often helps
        #[arg(long)]
        kinder: Option<String>,
    },
    /// List a setback's reframes, oldest first, one a line: id, date, thought and kinder
    /// words, tab-separated
    List {
        /// The setback's id, or its first 4 characters or more
        #[arg(value_name = "SETBACK_ID")]
        setback: String,
        /// Print JSON instead
        #[arg(long)]
        json: bool,
    },
    /// Write (or rewrite) the kinder words of a reframe
    Kinder {
        /// The reframe's id, or its first 4 characters or more
        id: String,
        /// The thought said as to a friend
        text: String,
    },
}

pub(super) fn run_idea(
    cmd: IdeaCmd,
    store: &Store,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match cmd {
        IdeaCmd::Add { text } => idea::add(store, &text, out),
        IdeaCmd::List { not_now, all, json } => idea::list(store, not_now, all, json, out),
        IdeaCmd::Weigh {
            id,
            question,
            verdict,
            note,
        } => idea::weigh(store, &id, &question, &verdict, note.as_deref(), out),
        IdeaCmd::Promote { id } => idea::promote(store, today, &id, out),
        IdeaCmd::Aside { id } => idea::set_aside(store, &id, true, out),
        IdeaCmd::Back { id } => idea::set_aside(store, &id, false, out),
    }
}

pub(super) fn run_person(
    cmd: PersonCmd,
    store: &Store,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match cmd {
        PersonCmd::Add {
            name,
            helps,
            note,
            lifts,
        } => person::add(store, &name, helps.as_deref(), note.as_deref(), lifts, out),
        PersonCmd::Lifts { id, value } => person::lifts(store, &id, &value, out),
        PersonCmd::List { json } => person::list(store, json, out),
        PersonCmd::Touched { id, date } => person::touched(store, today, &id, date.as_deref(), out),
    }
}

pub(super) fn run_reframe(
    cmd: ReframeCmd,
    store: &Store,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match cmd {
        ReframeCmd::Add {
            setback,
            thought,
            kinder,
        } => reframe::add(store, &setback, &thought, kinder.as_deref(), out),
        ReframeCmd::List { setback, json } => reframe::list(store, &setback, json, out),
        ReframeCmd::Kinder { id, text } => reframe::kinder(store, &id, &text, out),
    }
}
