//! `bounce goal add|list|show`: goals with their why, target, reward and progress, set and
//! read from a script.

mod step;

use std::fmt::Write as _;
use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use self::step::ListedStep;
use super::GoalCmd;
use super::ids::resolve_goal;
use crate::assets;
use crate::domain::dates::parse_future_date;
use crate::domain::goal::{Goal, GoalDraft, GoalState, Progress, Step};
use crate::domain::text::wrap;
use crate::store::Store;

pub(super) use self::step::run as run_step;

/// Long texts in `goal show` wrap to fit this many columns.
const PAGE_WIDTH: usize = 80;

pub(super) fn run(
    cmd: GoalCmd,
    store: &Store,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match cmd {
        GoalCmd::Add {
            title,
            why,
            success,
            target,
            reward,
            steps,
        } => {
            let args = GoalArgs {
                title: &title,
                why: why.as_deref(),
                success: success.as_deref(),
                target: target.as_deref(),
                reward: reward.as_deref(),
                steps: &steps,
            };
            add(store, today, &args, out)
        }
        GoalCmd::List {
            done,
            archived,
            all,
            json,
        } => list(store, today, &listed_states(done, archived, all), json, out),
        GoalCmd::Show { id } => show(store, today, &id, out),
    }
}

/// Which goals `goal list` shows: active by default, else the states asked for.
fn listed_states(done: bool, archived: bool, all: bool) -> Vec<GoalState> {
    if all {
        return GoalState::ALL.to_vec();
    }
    let asked: Vec<GoalState> = [(done, GoalState::Done), (archived, GoalState::Archived)]
        .into_iter()
        .filter_map(|(wanted, state)| wanted.then_some(state))
        .collect();
    if asked.is_empty() {
        vec![GoalState::Active]
    } else {
        asked
    }
}

/// What `bounce goal add` was given, as typed.
struct GoalArgs<'a> {
    title: &'a str,
    why: Option<&'a str>,
    success: Option<&'a str>,
    target: Option<&'a str>,
    reward: Option<&'a str>,
    steps: &'a [String],
}

/// A target or due day as typed: YYYY-MM-DD, tomorrow, "in 3 weeks".
fn date_ahead(input: Option<&str>, today: NaiveDate) -> anyhow::Result<Option<NaiveDate>> {
    input
        .map(|text| parse_future_date(text, today).map_err(anyhow::Error::msg))
        .transpose()
}

fn add(
    store: &Store,
    today: NaiveDate,
    args: &GoalArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let draft = GoalDraft {
        title: args.title.to_string(),
        why: args.why.unwrap_or_default().to_string(),
        success: args.success.unwrap_or_default().to_string(),
        target: date_ahead(args.target, today)?,
        reward: args.reward.unwrap_or_default().to_string(),
    };
    let goal = store.add_goal(&draft, args.steps, today)?;
    writeln!(out, "{}", goal.id)?;
    match goal.progress.total {
        0 => super::say(&format!(
            "Set. A first small step: bounce step add {} \"...\"",
            super::short_id(goal.id)
        )),
        1 => super::say("Set, with its first step."),
        n => super::say(&format!("Set, with {n} steps.")),
    }
    Ok(())
}

/// `id  done/total  title  target`, as `goal list` prints it.
pub(super) fn goal_line(goal: &Goal, today: NaiveDate) -> String {
    format!(
        "{}\t{}\t{}\t{}",
        goal.id,
        goal.progress.fraction(),
        goal.title,
        target_info(goal, today)
    )
}

/// When the goal was finished, or its target and how far off it is; empty without either.
fn target_info(goal: &Goal, today: NaiveDate) -> String {
    match (goal.finished_on, goal.target) {
        (Some(day), _) => format!("done {day}"),
        // A goal put aside is not nagged about its date.
        (None, Some(target)) if goal.archived => target.to_string(),
        (None, Some(target)) => format!("{target} ({})", goal.target_status(today).describe()),
        (None, None) => String::new(),
    }
}

/// One goal in `goal list --json`, with its steps in order.
#[derive(Serialize)]
struct Listed<'a> {
    id: Uuid,
    title: &'a str,
    why: &'a str,
    success: &'a str,
    target: Option<NaiveDate>,
    reward: &'a str,
    setback_id: Option<Uuid>,
    lesson_id: Option<Uuid>,
    started_on: NaiveDate,
    finished_on: Option<NaiveDate>,
    /// `active`, `done` or `archived`.
    state: &'static str,
    progress: Progress,
    steps: Vec<ListedStep<'a>>,
}

fn listed<'a>(goal: &'a Goal, steps: &'a [Step]) -> Listed<'a> {
    Listed {
        id: goal.id,
        title: &goal.title,
        why: &goal.why,
        success: &goal.success,
        target: goal.target,
        reward: &goal.reward,
        setback_id: goal.setback_id,
        lesson_id: goal.lesson_id,
        started_on: goal.started_on,
        finished_on: goal.finished_on,
        state: goal.state().key(),
        progress: goal.progress,
        steps: steps.iter().map(ListedStep::from).collect(),
    }
}

/// Lists the goals in `states`, in that order.
fn list(
    store: &Store,
    today: NaiveDate,
    states: &[GoalState],
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut goals = Vec::new();
    for state in states {
        goals.extend(store.goals(*state)?);
    }
    if !json {
        for goal in &goals {
            writeln!(out, "{}", goal_line(goal, today))?;
        }
        return Ok(());
    }
    let steps = goals
        .iter()
        .map(|g| store.steps(g.id))
        .collect::<Result<Vec<_>, _>>()?;
    let listed: Vec<Listed> = goals
        .iter()
        .zip(&steps)
        .map(|(goal, steps)| listed(goal, steps))
        .collect();
    // Written as one string, so a reader that stops early is an io error, not a JSON one.
    writeln!(out, "{}", serde_json::to_string_pretty(&listed)?)?;
    Ok(())
}

fn show(store: &Store, today: NaiveDate, id: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let goal = resolve_goal(store, id)?;
    let steps = store.steps(goal.id)?;
    let origin = origin(store, &goal)?;
    let mut text = String::new();
    let _ = writeln!(text, "{}", goal.title);
    let _ = writeln!(
        text,
        "{} · {} steps",
        goal.state().label(),
        goal.progress.fraction()
    );
    section(&mut text, "Why", &goal.why);
    section(&mut text, "What success looks like", &goal.success);
    let target = match goal.target {
        Some(day) if goal.finished_on.is_none() => {
            format!("{day} ({})", goal.target_status(today).describe())
        }
        Some(day) => day.to_string(),
        None => "(no target date)".to_string(),
    };
    section(&mut text, "Target", &target);
    section(&mut text, "Reward", &goal.reward);
    if !origin.is_empty() {
        section(&mut text, "Came from", &origin);
    }
    let _ = writeln!(
        text,
        "\nStarted {}",
        crate::domain::dates::detail_date(goal.started_on)
    );
    if let Some(day) = goal.finished_on {
        let _ = writeln!(text, "Finished {}", crate::domain::dates::detail_date(day));
    }
    write_steps(&mut text, &goal, &steps);
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// The setback and lesson a goal came from, one a line; empty when it came from neither.
fn origin(store: &Store, goal: &Goal) -> anyhow::Result<String> {
    let Some(setback) = goal.setback_id else {
        return Ok(String::new());
    };
    let mut text = match store.setback(setback)? {
        Some(s) => format!("Setback: {} ({})", s.title, s.date),
        None => return Ok(String::new()),
    };
    let lesson = store
        .lessons(setback)?
        .into_iter()
        .find(|l| Some(l.id) == goal.lesson_id);
    if let Some(lesson) = lesson {
        let _ = write!(text, "\nLesson: {}", lesson.text);
    }
    Ok(text)
}

/// A heading with its text indented under it, wrapped to the page.
fn section(text: &mut String, heading: &str, body: &str) {
    let _ = writeln!(text, "\n{heading}");
    if body.trim().is_empty() {
        text.push_str("  (not written yet)\n");
    }
    for line in body.trim_end().lines().filter(|l| !l.trim().is_empty()) {
        for part in wrap(line.trim_end(), PAGE_WIDTH - 2, usize::MAX) {
            let _ = writeln!(text, "  {part}");
        }
    }
}

fn write_steps(text: &mut String, goal: &Goal, steps: &[Step]) {
    let _ = writeln!(text, "\nSteps");
    if steps.is_empty() {
        let _ = writeln!(text, "  {}", assets::goals().empty.steps);
    }
    let next = goal.next_step.as_ref().map(|s| s.id);
    for step in steps {
        let is_next = Some(step.id) == next;
        let detail = match (step.done_on, step.due) {
            (Some(day), _) => format!("done {day}"),
            (None, Some(day)) if is_next => format!("next, due {day}"),
            (None, Some(day)) => format!("due {day}"),
            (None, None) if is_next => "next".to_string(),
            (None, None) => String::new(),
        };
        let mut line = step.text.clone();
        if !detail.is_empty() {
            line.push_str(&format!("  ({detail})"));
        }
        let mark = if step.is_done() { "[x]" } else { "[ ]" };
        let mut lead = format!("{} {mark} ", if is_next { "→" } else { " " });
        for part in wrap(&line, PAGE_WIDTH - 6, usize::MAX) {
            let _ = writeln!(text, "{lead}{part}");
            lead = " ".repeat(6);
        }
    }
}
