//! `bounce idea add|list|weigh|promote|aside|back`: the ideas funnel, where ideas are
//! weighed by three questions and the best become goals.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::goal::goal_line;
use crate::cli::ids::resolve_idea;
use crate::domain::forward::{Idea, IdeaStatus, Question, Verdict};
use crate::domain::text::validate_entry;
use crate::store::Store;

/// `id  score  status  text`, as `idea list` prints it.
fn idea_line(idea: &Idea) -> String {
    format!(
        "{}\t{}\t{}\t{}",
        idea.id,
        score_words(idea),
        idea.status.label(),
        idea.text
    )
}

/// "5/6" once all three questions are answered, "3/6 so far" before, "not weighed" at first.
fn score_words(idea: &Idea) -> String {
    match idea.answered() {
        0 => "not weighed".to_string(),
        n if n == Question::ALL.len() => format!("{}/6", idea.score()),
        _ => format!("{}/6 so far", idea.score()),
    }
}

/// One question and how the idea answers it: "Is it realistic? Yes: I have taught before".
fn weighing_line(idea: &Idea, question: Question) -> String {
    let w = idea.weighing(question);
    match (w.verdict, w.note.trim()) {
        (None, "") => format!("{} Not answered yet.", question.text()),
        (None, note) => format!("{} Not answered yet; noted: {note}", question.text()),
        (Some(v), "") => format!("{} {}.", question.text(), v.label()),
        (Some(v), note) => format!("{} {}: {note}", question.text(), v.label()),
    }
}

pub(super) fn add(store: &Store, text: &str, out: &mut impl Write) -> anyhow::Result<()> {
    validate_entry(text, "an idea").map_err(anyhow::Error::msg)?;
    let idea = store.add_idea(text)?;
    writeln!(out, "{}", idea.id)?;
    crate::cli::say(&format!(
        "In the funnel. Weigh it when you are ready: bounce idea weigh {} realistic yes",
        crate::cli::short_id(idea.id)
    ));
    Ok(())
}

/// One idea in `idea list --json`: the idea with its weighing, score and answers so far.
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    idea: &'a Idea,
    score: u8,
    answered: usize,
}

pub(super) fn list(
    store: &Store,
    not_now: bool,
    all: bool,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let statuses: &[IdeaStatus] = match (all, not_now) {
        (true, _) => &[IdeaStatus::Open, IdeaStatus::NotNow, IdeaStatus::Promoted],
        (false, true) => &[IdeaStatus::NotNow],
        (false, false) => &[IdeaStatus::Open],
    };
    let mut ideas = Vec::new();
    for status in statuses {
        ideas.extend(store.ideas(*status)?);
    }
    if json {
        let listed: Vec<Listed> = ideas
            .iter()
            .map(|idea| Listed {
                idea,
                score: idea.score(),
                answered: idea.answered(),
            })
            .collect();
        // Written as one string, so a reader that stops early is an io error, not a JSON one.
        writeln!(out, "{}", serde_json::to_string_pretty(&listed)?)?;
        return Ok(());
    }
    for idea in &ideas {
        writeln!(out, "{}", idea_line(idea))?;
    }
    Ok(())
}

fn parse_question(input: &str) -> anyhow::Result<Question> {
    Question::from_key(&input.trim().to_lowercase()).ok_or_else(|| {
        anyhow::anyhow!(
            "'{input}' is not one of the three questions; use realistic, values or happy"
        )
    })
}

/// An answer as typed; `clear` takes the answer back.
fn parse_verdict(input: &str) -> anyhow::Result<Option<Verdict>> {
    let key = input.trim().to_lowercase();
    if key == "clear" {
        return Ok(None);
    }
    match Verdict::from_key(&key) {
        Some(verdict) => Ok(Some(verdict)),
        None => {
            anyhow::bail!("'{input}' is not an answer bounce knows; use yes, maybe, no or clear")
        }
    }
}

/// Answers one question; without `--note` the note already there is kept.
pub(super) fn weigh(
    store: &Store,
    id: &str,
    question: &str,
    verdict: &str,
    note: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let question = parse_question(question)?;
    let verdict = parse_verdict(verdict)?;
    let idea = resolve_idea(store, id)?;
    let note = note.map_or_else(|| idea.weighing(question).note.clone(), str::to_string);
    let idea = store.weigh_idea(idea.id, question, verdict, &note)?;
    writeln!(out, "{}", idea_line(&idea))?;
    writeln!(out, "{}", weighing_line(&idea, question))?;
    Ok(())
}

/// Makes an idea a goal (once: promoting again prints the same goal).
pub(super) fn promote(
    store: &Store,
    today: NaiveDate,
    id: &str,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let idea = resolve_idea(store, id)?;
    let already = match idea.goal_id {
        Some(goal) => store.goal(goal)?.is_some(),
        None => false,
    };
    let goal = store.promote_idea(idea.id, today)?;
    writeln!(out, "{}", goal_line(&goal, today))?;
    if already {
        writeln!(out, "Already a goal; nothing changed.")?;
    } else {
        writeln!(
            out,
            "A goal now, with your weighing as its why. A first small step: bounce step add {} \"...\"",
            &goal.id.simple().to_string()[..8]
        )?;
    }
    Ok(())
}

/// Sets an idea aside for now (`aside`) or brings it back to the funnel.
pub(super) fn set_aside(
    store: &Store,
    id: &str,
    aside: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let idea = resolve_idea(store, id)?;
    if idea.status == IdeaStatus::Promoted {
        anyhow::bail!(
            "\"{}\" became a goal, so it is no longer in the funnel; `bounce goal list --all` has it",
            idea.text
        );
    }
    let wanted = if aside {
        IdeaStatus::NotNow
    } else {
        IdeaStatus::Open
    };
    if idea.status == wanted {
        writeln!(out, "{}", idea_line(&idea))?;
        let state = if aside { "set aside" } else { "in the funnel" };
        writeln!(out, "Already {state}; nothing changed.")?;
        return Ok(());
    }
    let idea = store.set_idea_aside(idea.id, aside)?;
    writeln!(out, "{}", idea_line(&idea))?;
    if aside {
        let short = &idea.id.simple().to_string()[..8];
        writeln!(
            out,
            "Set aside for now, not lost; `bounce idea back {short}` brings it back."
        )?;
    } else {
        writeln!(out, "Back in the funnel.")?;
    }
    Ok(())
}
