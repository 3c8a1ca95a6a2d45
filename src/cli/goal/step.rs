//! `bounce step add|list|done|undo`: a goal's small steps, ticked off from a script with the
//! same words the Goals pane has for a tick and a finish.

use std::io::Write;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::date_ahead;
use crate::assets;
use crate::cli::StepCmd;
use crate::cli::ids::{resolve_goal, resolve_step};
use crate::domain::goal::{Goal, Journey, Step};
use crate::store::Store;

pub(in crate::cli) fn run(
    cmd: StepCmd,
    store: &Store,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match cmd {
        StepCmd::Add { goal, text, due } => add(store, today, &goal, &text, due.as_deref(), out),
        StepCmd::List { goal, json } => list(store, &goal, json, out),
        StepCmd::Done { id } => tick(store, today, &id, true, out),
        StepCmd::Undo { id } => tick(store, today, &id, false, out),
    }
}

/// `id  done|open  text  due`, as `step list` prints it.
pub(super) fn step_line(step: &Step) -> String {
    let state = if step.is_done() { "done" } else { "open" };
    let due = step.due.map(|d| d.to_string()).unwrap_or_default();
    format!("{}\t{state}\t{}\t{due}", step.id, step.text)
}

/// One step in `--json` lists.
#[derive(Serialize)]
pub(super) struct ListedStep<'a> {
    id: Uuid,
    goal_id: Uuid,
    position: i64,
    text: &'a str,
    due: Option<NaiveDate>,
    done: bool,
    done_at: Option<DateTime<Utc>>,
    done_on: Option<NaiveDate>,
}

impl<'a> From<&'a Step> for ListedStep<'a> {
    fn from(s: &'a Step) -> Self {
        ListedStep {
            id: s.id,
            goal_id: s.goal_id,
            position: s.position,
            text: &s.text,
            due: s.due,
            done: s.is_done(),
            done_at: s.done_at,
            done_on: s.done_on,
        }
    }
}

fn list(store: &Store, goal: &str, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let goal = resolve_goal(store, goal)?;
    let steps = store.steps(goal.id)?;
    if json {
        let listed: Vec<ListedStep> = steps.iter().map(ListedStep::from).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&listed)?)?;
        return Ok(());
    }
    for step in &steps {
        writeln!(out, "{}", step_line(step))?;
    }
    Ok(())
}

fn add(
    store: &Store,
    today: NaiveDate,
    goal: &str,
    text: &str,
    due: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let due = date_ahead(due, today)?;
    let goal = resolve_goal(store, goal)?;
    let change = store.add_step(goal.id, text, due, today)?;
    writeln!(out, "{}", change.step.id)?;
    crate::cli::say(&format!(
        "Added; {} steps done now.",
        change.goal.progress.fraction()
    ));
    Ok(())
}

/// Ticks (`done`) or unticks a step, and says how the goal stands now.
fn tick(
    store: &Store,
    today: NaiveDate,
    id: &str,
    done: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let step = resolve_step(store, id)?;
    if step.is_done() == done {
        writeln!(out, "{}", step_line(&step))?;
        match step.done_on {
            Some(day) if done => writeln!(out, "Already ticked on {day}; nothing changed.")?,
            _ if done => writeln!(out, "Already ticked; nothing changed.")?,
            _ => writeln!(out, "Not ticked yet; nothing changed.")?,
        }
        return Ok(());
    }
    let change = store.tick_step(step.id, done, today)?;
    writeln!(out, "{}", step_line(&change.step))?;
    let goal = &change.goal;
    let standing = format!("{}: {}.", goal.title, goal.progress.fraction());
    if change.finished_goal {
        for line in celebration(goal) {
            writeln!(out, "{line}")?;
        }
    } else if done {
        writeln!(
            out,
            "{standing} {}",
            crate::cheer::step_done(&change.goal, &change.step.text)
        )?;
    } else {
        writeln!(out, "{standing} {}", assets::goals().step_undone)?;
    }
    Ok(())
}

/// The lines for a finished goal: its title and a cheer, the reward, and the road it took.
fn celebration(goal: &Goal) -> Vec<String> {
    let mut lines = vec![
        format!(
            "{}: {}. {}",
            goal.title,
            goal.progress.fraction(),
            crate::cheer::goal_done(goal)
        ),
        crate::cheer::reward(goal),
    ];
    lines.extend(Journey::of(goal).map(|j| j.describe()));
    lines
}
