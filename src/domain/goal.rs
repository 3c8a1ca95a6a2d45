//! Goals and their small steps: progress, target dates, and the journey of a finished goal.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Goal {
    pub id: Uuid,
    pub title: String,
    /// How the goal fits the person's values.
    pub why: String,
    /// What success looks and feels like.
    pub success: String,
    pub target: Option<NaiveDate>,
    /// How the person will celebrate.
    pub reward: String,
    /// The setback it came from, if any.
    pub setback_id: Option<Uuid>,
    /// The lesson it came from, if any.
    pub lesson_id: Option<Uuid>,
    pub started_on: NaiveDate,
    /// The day its last step was ticked.
    pub finished_on: Option<NaiveDate>,
    pub archived: bool,
    pub progress: Progress,
    /// The first step not yet done, in order.
    pub next_step: Option<Step>,
}

impl Goal {
    pub fn state(&self) -> GoalState {
        if self.archived {
            GoalState::Archived
        } else if self.finished_on.is_some() {
            GoalState::Done
        } else {
            GoalState::Active
        }
    }

    pub fn target_status(&self, today: NaiveDate) -> TargetStatus {
        target_status(self.target, self.finished_on, today)
    }
}

/// What a person fills in to add or change a goal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoalDraft {
    pub title: String,
    pub why: String,
    pub success: String,
    pub target: Option<NaiveDate>,
    pub reward: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub position: i64,
    pub text: String,
    pub due: Option<NaiveDate>,
    /// When it was ticked.
    pub done_at: Option<DateTime<Utc>>,
    /// The day it was ticked, as the person's calendar had it.
    pub done_on: Option<NaiveDate>,
    /// Someone in the support network the step names ("ask Ana for an intro").
    pub person_id: Option<Uuid>,
}

impl Step {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }
}

/// Which goals a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GoalState {
    #[default]
    Active,
    Done,
    Archived,
}

impl GoalState {
    pub const ALL: [GoalState; 3] = [GoalState::Active, GoalState::Done, GoalState::Archived];

    pub fn label(self) -> &'static str {
        match self {
            GoalState::Active => "Active",
            GoalState::Done => "Done",
            GoalState::Archived => "Archived",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            GoalState::Active => "active",
            GoalState::Done => "done",
            GoalState::Archived => "archived",
        }
    }
}

/// Steps done out of steps in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// The share done, from 0.0 to 1.0; a goal with no steps yet has done nothing.
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.done.min(self.total)) / f64::from(self.total)
        }
    }

    pub fn is_complete(self) -> bool {
        self.total > 0 && self.done >= self.total
    }

    /// "1/3", as every list shows it.
    pub fn fraction(self) -> String {
        format!("{}/{}", self.done, self.total)
    }
}

/// Where a goal stands against its target date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetStatus {
    NoTarget,
    Finished,
    DaysLeft(i64),
    DueToday,
    Overdue(i64),
}

pub fn target_status(
    target: Option<NaiveDate>,
    finished_on: Option<NaiveDate>,
    today: NaiveDate,
) -> TargetStatus {
    match (target, finished_on) {
        (_, Some(_)) => TargetStatus::Finished,
        (None, None) => TargetStatus::NoTarget,
        (Some(target), None) => match (target - today).num_days() {
            0 => TargetStatus::DueToday,
            n if n > 0 => TargetStatus::DaysLeft(n),
            n => TargetStatus::Overdue(-n),
        },
    }
}

impl TargetStatus {
    /// A few words for lists: "12 days left", "due today", "3 days over".
    pub fn describe(self) -> String {
        match self {
            TargetStatus::NoTarget => String::new(),
            TargetStatus::Finished => "done".to_string(),
            TargetStatus::DueToday => "due today".to_string(),
            TargetStatus::DaysLeft(1) => "1 day left".to_string(),
            TargetStatus::DaysLeft(n) => format!("{n} days left"),
            TargetStatus::Overdue(1) => "1 day past the target".to_string(),
            TargetStatus::Overdue(n) => format!("{n} days past the target"),
        }
    }

    pub fn is_overdue(self) -> bool {
        matches!(self, TargetStatus::Overdue(_))
    }
}

/// The road a finished goal took, for its celebration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    pub started_on: NaiveDate,
    pub finished_on: NaiveDate,
    pub steps: u32,
    /// Calendar days from start to finish, counting both (a goal done the day it began took 1).
    pub days: i64,
}

impl Journey {
    pub fn of(goal: &Goal) -> Option<Journey> {
        let finished_on = goal.finished_on?;
        Some(Journey {
            started_on: goal.started_on,
            finished_on,
            steps: goal.progress.total,
            days: (finished_on - goal.started_on).num_days().max(0) + 1,
        })
    }

    /// "Started Sunday 1 November 2026, 5 steps, 21 days."
    pub fn describe(&self) -> String {
        let steps = if self.steps == 1 { "step" } else { "steps" };
        let days = if self.days == 1 { "day" } else { "days" };
        format!(
            "Started {}, {} {steps}, {} {days}.",
            super::dates::detail_date(self.started_on),
            self.steps,
            self.days
        )
    }
}

/// The longest title a goal made from a note gets; the whole note becomes its why.
const TITLE_FROM_NOTE: usize = 80;

/// A goal from a written note: its first line (or sentence, when that is long) as the
/// title, and the whole note as the why when there is more to it than the title.
pub fn draft_from_note(note: &str) -> GoalDraft {
    let note = note.trim();
    let first = note.lines().next().unwrap_or_default().trim();
    let title = if first.chars().count() <= TITLE_FROM_NOTE {
        first.to_string()
    } else {
        let sentence = first.split_inclusive(". ").next().unwrap_or(first).trim();
        crate::domain::text::truncate(sentence, TITLE_FROM_NOTE)
    };
    let why = if title == note {
        String::new()
    } else {
        note.to_string()
    };
    GoalDraft {
        title,
        why,
        ..GoalDraft::default()
    }
}

/// Splits a too-big step's text into smaller ones: one per line, or per `;` on one line.
pub fn split_parts(text: &str) -> Vec<String> {
    let separator = if text.contains('\n') { '\n' } else { ';' };
    text.split(separator)
        .map(crate::domain::text::clean_line)
        .filter(|part| !part.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn goal(done: u32, total: u32) -> Goal {
        Goal {
            id: Uuid::nil(),
            title: "Teach a workshop".into(),
            why: String::new(),
            success: String::new(),
            target: None,
            reward: String::new(),
            setback_id: None,
            lesson_id: None,
            started_on: day(2026, 11, 1),
            finished_on: None,
            archived: false,
            progress: Progress { done, total },
            next_step: None,
        }
    }

    #[test]
    fn progress_of_a_goal_without_steps_is_zero_and_not_complete() {
        let p = Progress { done: 0, total: 0 };
        assert_eq!(p.ratio(), 0.0);
        assert!(!p.is_complete());
        assert_eq!(p.fraction(), "0/0");
    }

    #[test]
    fn progress_counts_done_steps() {
        assert_eq!(Progress { done: 1, total: 3 }.fraction(), "1/3");
        assert!((Progress { done: 1, total: 4 }.ratio() - 0.25).abs() < 1e-9);
        assert!(Progress { done: 3, total: 3 }.is_complete());
        assert_eq!(Progress { done: 3, total: 3 }.ratio(), 1.0);
        assert!(!Progress { done: 2, total: 3 }.is_complete());
    }

    #[test]
    fn target_dates_read_as_days_left_due_or_overdue() {
        let today = day(2026, 11, 23);
        let status = |t| target_status(Some(t), None, today);
        assert_eq!(status(day(2026, 11, 30)), TargetStatus::DaysLeft(7));
        assert_eq!(status(day(2026, 11, 24)).describe(), "1 day left");
        assert_eq!(status(today), TargetStatus::DueToday);
        assert_eq!(status(day(2026, 11, 20)), TargetStatus::Overdue(3));
        assert!(status(day(2026, 11, 20)).is_overdue());
        assert_eq!(
            status(day(2026, 11, 22)).describe(),
            "1 day past the target"
        );
        assert_eq!(target_status(None, None, today), TargetStatus::NoTarget);
        assert_eq!(
            target_status(Some(day(2026, 1, 1)), Some(day(2026, 2, 1)), today),
            TargetStatus::Finished
        );
    }

    #[test]
    fn overdue_counts_across_a_year_end() {
        let status = target_status(Some(day(2025, 12, 30)), None, day(2026, 1, 2));
        assert_eq!(status, TargetStatus::Overdue(3));
    }

    #[test]
    fn state_follows_archive_then_finish() {
        let mut g = goal(3, 3);
        assert_eq!(g.state(), GoalState::Active);
        g.finished_on = Some(day(2026, 11, 21));
        assert_eq!(g.state(), GoalState::Done);
        g.archived = true;
        assert_eq!(g.state(), GoalState::Archived);
    }

    #[test]
    fn journey_counts_both_ends() {
        let mut g = goal(3, 3);
        assert_eq!(Journey::of(&g), None);
        g.finished_on = Some(day(2026, 11, 21));
        let journey = Journey::of(&g).expect("finished");
        assert_eq!(journey.days, 21);
        assert_eq!(
            journey.describe(),
            "Started Sunday 1 November 2026, 3 steps, 21 days."
        );
        g.finished_on = Some(g.started_on);
        let journey = Journey::of(&g).expect("finished");
        assert_eq!(journey.days, 1);
        assert!(journey.describe().ends_with("3 steps, 1 day."));
    }

    #[test]
    fn a_note_becomes_a_goal_titled_by_its_first_line() {
        let short = draft_from_note("  Learn to read a balance sheet  ");
        assert_eq!(short.title, "Learn to read a balance sheet");
        assert_eq!(short.why, "");
        let lines = draft_from_note("Ask for a second quote\nI trusted one supplier.");
        assert_eq!(lines.title, "Ask for a second quote");
        assert_eq!(lines.why, "Ask for a second quote\nI trusted one supplier.");
        let long = "Talk to three people who already do this work before I commit to anything. \
            Then decide with their answers in front of me, not my hopes, and give it a month.";
        let draft = draft_from_note(long);
        assert_eq!(
            draft.title,
            "Talk to three people who already do this work before I commit to anything."
        );
        assert!(draft.title.chars().count() <= TITLE_FROM_NOTE);
        assert_eq!(draft.why, long);
    }

    #[test]
    fn a_step_splits_on_lines_or_semicolons() {
        assert_eq!(
            split_parts("Draft the outline; ask Ana to read it ;  ; book a room"),
            vec!["Draft the outline", "ask Ana to read it", "book a room"]
        );
        assert_eq!(
            split_parts("one; still one\ntwo"),
            vec!["one; still one", "two"]
        );
        assert!(split_parts("  \n ").is_empty());
        assert!(split_parts(" ; ; ").is_empty());
    }
}
