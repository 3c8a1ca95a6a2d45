//! `bounce conversation|lookback|due` and `bounce setback close|reopen`: what comes after
//! the debrief, from a script: the conversations to have, closing a chapter, looking back
//! at it, and what is due today.

mod close;
mod conversation;
mod due;

use std::io::Write;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::store::Store;

pub(super) use close::{close, lookback, reopen};
pub(super) use due::{due, nothing_due};

#[derive(Debug, Subcommand)]
pub enum ConversationCmd {
    /// Plan a conversation with someone, maybe about a setback or a goal; prints its id
    Add {
        /// Who: a person's id, or a name (someone new joins your people)
        #[arg(long = "with", value_name = "PERSON")]
        with: String,
        /// What it is for: feedback, learn, ask, share or listen
        #[arg(long)]
        kind: String,
        /// The setback it is about: its id, or its first 4 characters or more
        #[arg(long, value_name = "ID")]
        setback: Option<String>,
        /// The goal it is about: its id, or its first 4 characters or more
        #[arg(long, value_name = "ID")]
        goal: Option<String>,
        /// The day it is planned for: YYYY-MM-DD, or words like "friday" or "in 3 days"
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// A question to ask; repeat for more [default: the kind's starter questions]
        #[arg(long = "ask", value_name = "QUESTION")]
        questions: Vec<String>,
    },
    /// List conversations, planned ones first, one a line: id, date (or -), kind, person and
    /// planned or held, tab-separated
    List {
        /// Only those planned for today or a day gone by, and not held yet
        #[arg(long)]
        due: bool,
        /// Print JSON instead
        #[arg(long)]
        json: bool,
    },
    /// Note that a conversation happened, what they said and what you take from it
    Held {
        /// The conversation's id, or its first 4 characters or more
        id: String,
        /// What they said
        #[arg(long)]
        said: Option<String>,
        /// What you take from it
        #[arg(long)]
        takeaway: Option<String>,
        /// The day it happened (YYYY-MM-DD, yesterday, friday, 2 weeks ago) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
}

/// What `bounce setback close` was given.
#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The setback's id, or its first 4 characters or more
    pub id: String,
    /// Did I do the best I could, with what I knew then: yes, partly or no
    #[arg(long)]
    pub best: Option<String>,
    /// A line on why
    #[arg(long, value_name = "T")]
    pub best_note: Option<String>,
    /// What I accept about what happened
    #[arg(long, value_name = "T")]
    pub accept: Option<String>,
    /// What I give myself permission to do now
    #[arg(long, value_name = "T")]
    pub permission: Option<String>,
    /// A strength or lesson I carry forward; repeat for more
    #[arg(long, value_name = "T")]
    pub carry: Vec<String>,
    /// How much it still feels like a failure: 0 (a step that taught me) to 10 (completely)
    #[arg(long, allow_hyphen_values = true, value_name = "0-10")]
    pub rating: Option<String>,
}

/// What `bounce lookback` was given.
#[derive(Debug, Args)]
pub struct LookbackArgs {
    /// The closed setback's id, or its first 4 characters or more
    pub id: String,
    /// How much it feels like a failure now: 0 (a step that taught me) to 10 (completely)
    #[arg(long, allow_hyphen_values = true, value_name = "0-10")]
    pub rating: String,
    /// What I see now that I could not see then
    #[arg(long, value_name = "T")]
    pub note: Option<String>,
}

/// What `bounce due` was given.
#[derive(Debug, Args)]
pub struct DueArgs {
    /// Print JSON instead: a list of what is due, each with its kind, id, line and command
    #[arg(long, conflicts_with = "count")]
    pub json: bool,
    /// Print only how many things are due, for a shell prompt
    #[arg(long)]
    pub count: bool,
}

pub(super) fn run_conversation(
    cmd: ConversationCmd,
    store: &Store,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match cmd {
        ConversationCmd::Add {
            with,
            kind,
            setback,
            goal,
            on,
            questions,
        } => {
            let plan = conversation::Plan {
                with: &with,
                kind: &kind,
                setback: setback.as_deref(),
                goal: goal.as_deref(),
                on: on.as_deref(),
                questions: &questions,
            };
            conversation::add(store, today, &plan, out)
        }
        ConversationCmd::List { due, json } => conversation::list(store, today, due, json, out),
        ConversationCmd::Held {
            id,
            said,
            takeaway,
            date,
        } => {
            let held = conversation::HeldArgs {
                said: said.as_deref(),
                takeaway: takeaway.as_deref(),
                date: date.as_deref(),
            };
            conversation::held(store, today, &id, &held, out)
        }
    }
}
