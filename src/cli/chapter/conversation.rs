//! `bounce conversation add|list|held`: conversations planned with people, and what came
//! of them.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::assets;
use crate::cli::ids::{person_or_name, resolve_conversation, resolve_goal, resolve_setback};
use crate::cli::{long_day, say, short_id};
use crate::domain::chapter::{Conversation, ConversationDraft, ConversationKind, Held};
use crate::domain::dates::{parse_date, parse_future_date};
use crate::store::Store;

/// What `conversation add` was given, as typed.
pub(super) struct Plan<'a> {
    pub with: &'a str,
    pub kind: &'a str,
    pub setback: Option<&'a str>,
    pub goal: Option<&'a str>,
    pub on: Option<&'a str>,
    pub questions: &'a [String],
}

/// What `conversation held` was given, as typed.
pub(super) struct HeldArgs<'a> {
    pub said: Option<&'a str>,
    pub takeaway: Option<&'a str>,
    pub date: Option<&'a str>,
}

/// The kind a person typed, or which kinds there are.
pub(super) fn parse_kind(text: &str) -> anyhow::Result<ConversationKind> {
    ConversationKind::from_key(&text.trim().to_lowercase()).ok_or_else(|| {
        let keys: Vec<&str> = ConversationKind::ALL.iter().map(|k| k.key()).collect();
        anyhow::anyhow!(
            "'{}' is not a kind of conversation; use one of {}",
            text.trim(),
            keys.join(", ")
        )
    })
}

/// "planned" or "held".
fn state(c: &Conversation) -> &'static str {
    if c.held_on.is_some() {
        "held"
    } else {
        "planned"
    }
}

/// `id  date-or-'-'  kind  person  planned|held`: the day it was held, else the day planned.
fn conversation_line(c: &Conversation) -> String {
    let day = c
        .held_on
        .or(c.planned_on)
        .map_or_else(|| "-".to_string(), |d| d.to_string());
    format!(
        "{}\t{day}\t{}\t{}\t{}",
        c.id,
        c.kind.key(),
        c.person,
        state(c)
    )
}

pub(super) fn add(
    store: &Store,
    today: NaiveDate,
    plan: &Plan,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    // Everything is checked before the person is found or added, so a refusal adds no one.
    let kind = parse_kind(plan.kind)?;
    let planned_on = plan
        .on
        .map(|text| parse_future_date(text, today).map_err(anyhow::Error::msg))
        .transpose()?;
    let setback_id = plan
        .setback
        .map(|id| resolve_setback(store, id).map(|s| s.id))
        .transpose()?;
    let goal_id = plan
        .goal
        .map(|id| resolve_goal(store, id).map(|g| g.id))
        .transpose()?;
    let questions = if plan.questions.is_empty() {
        assets::conversations().kind(kind).questions.join("\n")
    } else {
        plan.questions.join("\n")
    };
    let (person, added) = person_or_name(store, plan.with)?;
    let draft = ConversationDraft {
        person_id: person.id,
        setback_id,
        goal_id,
        kind: Some(kind),
        planned_on,
        questions,
    };
    let conversation = store.add_conversation(&draft)?;
    writeln!(out, "{}", conversation.id)?;
    if added {
        say(&format!("{} joins your people.", person.name));
    }
    let label = &assets::conversations().kind(kind).label;
    let when = match planned_on {
        Some(day) => format!(", planned for {}", long_day(day)),
        None => "; no day set yet".to_string(),
    };
    say(&format!(
        "{label} with {}{when}. Afterwards: bounce conversation held {}",
        person.name,
        short_id(conversation.id)
    ));
    Ok(())
}

/// One conversation in `conversation list --json`.
#[derive(Serialize)]
struct Listed<'a> {
    id: Uuid,
    kind: &'a str,
    person_id: Uuid,
    person: &'a str,
    setback_id: Option<Uuid>,
    goal_id: Option<Uuid>,
    /// The day it is planned for; null when none is set.
    planned_on: Option<NaiveDate>,
    questions: Vec<&'a str>,
    /// "planned" or "held".
    state: &'a str,
    /// The day it was held; null while planned.
    held_on: Option<NaiveDate>,
    said: &'a str,
    takeaway: &'a str,
}

impl<'a> From<&'a Conversation> for Listed<'a> {
    fn from(c: &'a Conversation) -> Self {
        Listed {
            id: c.id,
            kind: c.kind.key(),
            person_id: c.person_id,
            person: &c.person,
            setback_id: c.setback_id,
            goal_id: c.goal_id,
            planned_on: c.planned_on,
            questions: c
                .questions
                .lines()
                .filter(|q| !q.trim().is_empty())
                .collect(),
            state: state(c),
            held_on: c.held_on,
            said: &c.said,
            takeaway: &c.takeaway,
        }
    }
}

pub(super) fn list(
    store: &Store,
    today: NaiveDate,
    due: bool,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let conversations = if due {
        store.conversations_due(today)?
    } else {
        store.conversations()?
    };
    if json {
        let listed: Vec<Listed> = conversations.iter().map(Listed::from).collect();
        // Written as one string, so a reader that stops early is an io error, not a JSON one.
        writeln!(out, "{}", serde_json::to_string_pretty(&listed)?)?;
        return Ok(());
    }
    for c in &conversations {
        writeln!(out, "{}", conversation_line(c))?;
    }
    Ok(())
}

/// Notes the conversation held; what is not given keeps what was noted before.
pub(super) fn held(
    store: &Store,
    today: NaiveDate,
    id: &str,
    args: &HeldArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let on = match args.date {
        Some(text) => parse_date(text, today).map_err(anyhow::Error::msg)?,
        None => today,
    };
    if on > today {
        anyhow::bail!(
            "{on} is still ahead; a conversation is noted as held once it has happened, today ({today}) or before"
        );
    }
    let conversation = resolve_conversation(store, id)?;
    let held = Held {
        on,
        said: args.said.unwrap_or(&conversation.said).to_string(),
        takeaway: args.takeaway.unwrap_or(&conversation.takeaway).to_string(),
    };
    let conversation = store.hold_conversation(conversation.id, &held)?;
    writeln!(out, "{}", conversation_line(&conversation))?;
    say(&format!(
        "Noted, on {}. {} counts as in touch that day.",
        long_day(on),
        conversation.person
    ));
    Ok(())
}
