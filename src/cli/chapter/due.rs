//! `bounce due`: what is due today, one line each, and nothing at all when nothing is, so
//! it can sit in a shell greeting. bounce's reminder, without a daemon.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::DueArgs;
use crate::assets;
use crate::cli::{long_day, say, short_id};
use crate::domain::chapter::milestone_words;
use crate::store::Store;

/// At most this many people to reach out to, longest quiet first: a nudge, not a list.
const PEOPLE_SHOWN: usize = 3;

/// One thing due today.
#[derive(Debug, Serialize)]
struct Due {
    /// lookback, conversation, person or gratitude.
    kind: &'static str,
    /// The setback, conversation or person it is about; null for gratitude.
    id: Option<Uuid>,
    line: String,
    /// The command that does it.
    command: String,
}

pub(in crate::cli) fn due(
    store: &Store,
    today: NaiveDate,
    args: &DueArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut due = lookbacks(store, today)?;
    due.extend(conversations(store, today)?);
    due.extend(people(store, today, quiet_days())?);
    due.extend(gratitude(store, today)?);
    print(&due, args, out)
}

/// What `bounce due` prints when there is no journal at all.
pub(in crate::cli) fn nothing_due(args: &DueArgs, out: &mut impl Write) -> anyhow::Result<()> {
    print(&[], args, out)
}

fn print(due: &[Due], args: &DueArgs, out: &mut impl Write) -> anyhow::Result<()> {
    if args.count {
        writeln!(out, "{}", due.len())?;
    } else if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(due)?)?;
    } else {
        for item in due {
            writeln!(out, "{} ({})", item.line, item.command)?;
        }
    }
    Ok(())
}

fn lookbacks(store: &Store, today: NaiveDate) -> anyhow::Result<Vec<Due>> {
    let mut due = Vec::new();
    for (closing, days) in store.lookbacks_due(today)? {
        let Some(setback) = store.setback(closing.setback_id)? else {
            continue;
        };
        let ago = capitalised(milestone_words(days));
        due.push(Due {
            kind: "lookback",
            id: Some(setback.id),
            line: format!(
                "{ago} ago you closed \"{}\". {}",
                setback.title,
                assets::closing().lookback_intro
            ),
            command: format!("bounce lookback {} --rating 0-10", short_id(setback.id)),
        });
    }
    Ok(due)
}

fn conversations(store: &Store, today: NaiveDate) -> anyhow::Result<Vec<Due>> {
    let words = assets::conversations();
    let due = store.conversations_due(today)?.into_iter().map(|c| {
        let when = match c.planned_on {
            Some(day) if day < today => format!("planned for {}", long_day(day)),
            _ => "planned for today".to_string(),
        };
        Due {
            kind: "conversation",
            id: Some(c.id),
            line: format!("{} with {}, {when}", words.kind(c.kind).label, c.person),
            command: format!("bounce conversation held {}", short_id(c.id)),
        }
    });
    Ok(due.collect())
}

/// After how many days without contact someone is mentioned, as Home counts them.
fn quiet_days() -> u32 {
    let (settings, problem) =
        crate::config::Settings::load(crate::config::config_path().as_deref(), true);
    if let Some(problem) = problem {
        say(&problem);
    }
    match settings.quiet_days {
        0 => crate::domain::forward::QUIET_DAYS,
        n => n,
    }
}

fn people(store: &Store, today: NaiveDate, quiet_days: u32) -> anyhow::Result<Vec<Due>> {
    let people = store.people_to_contact(today, quiet_days, PEOPLE_SHOWN)?;
    let due = people.into_iter().map(|p| Due {
        kind: "person",
        id: Some(p.id),
        line: format!("Reach out to {}: {}", p.name, p.contact_words(today)),
        command: format!("bounce person touched {}", short_id(p.id)),
    });
    Ok(due.collect())
}

/// Today's gratitude, once the journal has anything in it: a new journal owes nothing.
fn gratitude(store: &Store, today: NaiveDate) -> anyhow::Result<Option<Due>> {
    if store.is_empty()? || !store.gratitude_on(today)?.is_empty() {
        return Ok(None);
    }
    Ok(Some(Due {
        kind: "gratitude",
        id: None,
        line: "Nothing on today's gratitude list yet; one small thing is enough".to_string(),
        command: "bounce gratitude add \"...\"".to_string(),
    }))
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
