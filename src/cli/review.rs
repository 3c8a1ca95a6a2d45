//! `bounce review`: how far you have come, week by week (or month by month), as the Review
//! pane counts it; and `bounce review add`, a weekly review written from a script.

use std::io::Write;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::say;
use crate::domain::review::{Figures, ReviewDraft, Span, Week, WeeklyReview};
use crate::store::Store;

/// The most weeks, or months, one command reads.
const MOST_WEEKS: usize = 520;
const MOST_MONTHS: usize = 120;

/// What `bounce review` was given.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub command: Option<ReviewCmd>,
    /// How many weeks, ending with this one [default: 12]
    #[arg(long, value_name = "N", conflicts_with = "months")]
    pub weeks: Option<String>,
    /// Count in months instead: how many, ending with this one
    #[arg(long, value_name = "N")]
    pub months: Option<String>,
    /// Print JSON instead: each period with its reviews, and the check-ins, closed chapters
    /// and look-backs within them
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCmd {
    /// Write a week's review (again, to change it); prints its id and week
    Add {
        /// What went well this week?
        #[arg(long, value_name = "T")]
        well: Option<String>,
        /// What is one small step for next week?
        #[arg(long, value_name = "T")]
        next: Option<String>,
        /// The ISO week, like 2026-W49 [default: this week]
        #[arg(long, value_name = "YYYY-Www")]
        week: Option<String>,
    },
}

pub(super) fn run(
    args: ReviewArgs,
    store: &Store,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match args.command {
        Some(ReviewCmd::Add { well, next, week }) => add(store, today, well, next, week, out),
        None => figures(store, today, &args, out),
    }
}

/// How many periods were asked for, within what one command reads.
fn count(text: Option<&str>, flag: &str, most: usize) -> anyhow::Result<usize> {
    let Some(text) = text else {
        return Ok(crate::domain::review::PERIODS);
    };
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=most).contains(&n) => Ok(n),
        _ => anyhow::bail!(
            "--{flag} is a whole number from 1 to {most}, not '{}'",
            text.trim()
        ),
    }
}

fn add(
    store: &Store,
    today: NaiveDate,
    well: Option<String>,
    next: Option<String>,
    week: Option<String>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    if well.is_none() && next.is_none() {
        anyhow::bail!("give --well (what went well this week) or --next (one small step), or both");
    }
    let week = match week {
        Some(text) => Week::parse(&text).map_err(anyhow::Error::msg)?,
        None => Week::of(today),
    };
    // Writing one answer again keeps the other as it was.
    let before = store.review_of(week)?;
    let kept = |given: Option<String>, old: fn(&WeeklyReview) -> &String| match (given, &before) {
        (Some(text), _) => text,
        (None, Some(review)) => old(review).clone(),
        (None, None) => String::new(),
    };
    let draft = ReviewDraft {
        well: kept(well, |r| &r.well),
        next: kept(next, |r| &r.next),
    };
    let review = store.save_review(week, &draft)?;
    writeln!(out, "{}\t{}", review.id, review.week)?;
    if before.is_none() {
        say(&format!("Your review of week {} is kept.", week.number()));
    } else {
        say(&format!(
            "Your review of week {} is updated.",
            week.number()
        ));
    }
    Ok(())
}

/// One week or month as `bounce review --json` prints it.
#[derive(Serialize)]
struct PeriodOut {
    period: String,
    from: NaiveDate,
    to: NaiveDate,
    mood: Option<f64>,
    mood_days: u32,
    gratitude_days: u32,
    steps_done: u32,
    reviews: Vec<ReviewOut>,
}

#[derive(Serialize)]
struct ReviewOut {
    id: uuid::Uuid,
    week: String,
    well: String,
    next: String,
    step_id: Option<uuid::Uuid>,
}

/// A period's name: the ISO week (`2026-W49`) or the month (`2026-12`).
fn period_name(span: Span, from: NaiveDate) -> String {
    match span {
        Span::Weeks => Week::of(from).to_string(),
        Span::Months => from.format("%Y-%m").to_string(),
    }
}

fn figures(
    store: &Store,
    today: NaiveDate,
    args: &ReviewArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let (span, n) = match &args.months {
        Some(_) => (
            Span::Months,
            count(args.months.as_deref(), "months", MOST_MONTHS)?,
        ),
        None => (
            Span::Weeks,
            count(args.weeks.as_deref(), "weeks", MOST_WEEKS)?,
        ),
    };
    let figures = store.review_figures_of(span, today, n)?;
    let reviews = match (figures.from(), figures.to()) {
        (Some(from), Some(to)) => store.reviews_between(from, to)?,
        _ => Vec::new(),
    };
    let periods = periods_out(&figures, &reviews);
    if args.json {
        let value = serde_json::json!({
            "span": span.plural(),
            "periods": periods,
            "checkins": figures.checkins.iter().map(|c| serde_json::json!({
                "date": c.date,
                "grief": c.grief.map(|s| s.label()),
                "transformation": c.transformation.map(|s| s.label()),
            })).collect::<Vec<_>>(),
            "closed": figures.closed.iter().map(|c| serde_json::json!({
                "setback": c.setback, "title": c.title, "on": c.on,
            })).collect::<Vec<_>>(),
            "looked_back": figures.looked_back.iter().map(|l| serde_json::json!({
                "setback": l.setback, "title": l.title, "on": l.on, "rating": l.rating,
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    for p in &periods {
        let mood = p
            .mood
            .map_or_else(|| "-".to_string(), |m| format!("{m:.1}"));
        writeln!(
            out,
            "{}\t{}\t{}\t{mood}\t{}\t{}\t{}",
            p.period,
            p.from,
            p.to,
            p.gratitude_days,
            p.steps_done,
            p.reviews.len()
        )?;
    }
    Ok(())
}

fn periods_out(figures: &Figures, reviews: &[WeeklyReview]) -> Vec<PeriodOut> {
    figures
        .tallies
        .iter()
        .map(|t| PeriodOut {
            period: period_name(figures.span, t.period.from),
            from: t.period.from,
            to: t.period.to,
            mood: t.mood.map(|m| (m * 10.0).round() / 10.0),
            mood_days: t.mood_days,
            gratitude_days: t.gratitude_days,
            steps_done: t.steps_done,
            reviews: reviews
                .iter()
                .filter(|r| t.period.holds(r.week.monday()))
                .map(|r| ReviewOut {
                    id: r.id,
                    week: r.week.to_string(),
                    well: r.well.clone(),
                    next: r.next.clone(),
                    step_id: r.step_id,
                })
                .collect(),
        })
        .collect()
}
