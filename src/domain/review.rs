//! How far a person has come: the weeks (or months) of the Review pane, what each held, and
//! the weekly review kept once per ISO week.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use uuid::Uuid;

use super::Mood;
use super::setback::Checkin;

/// How many weeks or months the Review pane shows at once.
pub const PERIODS: usize = 12;

/// An ISO week: Monday to Sunday, numbered within its ISO year (`2026-W49`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    year: i32,
    number: u32,
}

impl Week {
    /// The week `date` falls in.
    pub fn of(date: NaiveDate) -> Week {
        let iso = date.iso_week();
        Week {
            year: iso.year(),
            number: iso.week(),
        }
    }

    /// Reads `YYYY-Www` (`2026-W49`, or `2026-w49`).
    pub fn parse(text: &str) -> Result<Week, String> {
        let bad = || {
            format!(
                "'{}' is not a week bounce understands; write it as YYYY-Www, like 2026-W49",
                text.trim()
            )
        };
        let (year, number) = text.trim().split_once(['W', 'w']).ok_or_else(bad)?;
        let year = year.strip_suffix('-').ok_or_else(bad)?;
        if year.len() != 4 || number.len() != 2 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let number: u32 = number.parse().map_err(|_| bad())?;
        NaiveDate::from_isoywd_opt(year, number, Weekday::Mon)
            .map(Week::of)
            .ok_or_else(|| format!("{year} has no week {number}"))
    }

    pub fn monday(self) -> NaiveDate {
        NaiveDate::from_isoywd_opt(self.year, self.number, Weekday::Mon).unwrap_or_default()
    }

    pub fn sunday(self) -> NaiveDate {
        self.monday() + Days::new(6)
    }

    pub fn number(self) -> u32 {
        self.number
    }
}

impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-W{:02}", self.year, self.number)
    }
}

/// What went well in a week and one small step for the next.
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklyReview {
    pub id: Uuid,
    pub week: Week,
    pub well: String,
    pub next: String,
    /// The goal step the small step became, once it did.
    pub step_id: Option<Uuid>,
}

/// The two answers of a weekly review, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewDraft {
    pub well: String,
    pub next: String,
}

impl ReviewDraft {
    pub fn is_empty(&self) -> bool {
        self.well.trim().is_empty() && self.next.trim().is_empty()
    }
}

/// Whether the Review pane counts in weeks or in months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Span {
    #[default]
    Weeks,
    Months,
}

impl Span {
    pub fn other(self) -> Span {
        match self {
            Span::Weeks => Span::Months,
            Span::Months => Span::Weeks,
        }
    }

    /// "weeks" or "months".
    pub fn plural(self) -> &'static str {
        match self {
            Span::Weeks => "weeks",
            Span::Months => "months",
        }
    }

    /// The week or month `day` falls in.
    pub fn period_of(self, day: NaiveDate) -> Period {
        match self {
            Span::Weeks => {
                let week = Week::of(day);
                Period {
                    from: week.monday(),
                    to: week.sunday(),
                }
            }
            Span::Months => {
                let from = day.with_day(1).unwrap_or(day);
                let to = (from + Months::new(1)).pred_opt().unwrap_or(from);
                Period { from, to }
            }
        }
    }

    /// The `count` periods that end with the one `day` falls in, oldest first.
    pub fn periods(self, day: NaiveDate, count: usize) -> Vec<Period> {
        let mut periods = Vec::with_capacity(count);
        let mut period = self.period_of(day);
        for _ in 0..count {
            periods.push(period);
            match period.from.pred_opt() {
                Some(before) => period = self.period_of(before),
                None => break,
            }
        }
        periods.reverse();
        periods
    }

    /// `day` moved by one period, back or ahead (a month back from the 31st lands on the
    /// month's last day).
    pub fn step(self, day: NaiveDate, ahead: bool) -> NaiveDate {
        let moved = match (self, ahead) {
            (Span::Weeks, true) => day.checked_add_days(Days::new(7)),
            (Span::Weeks, false) => day.checked_sub_days(Days::new(7)),
            (Span::Months, true) => day.checked_add_months(Months::new(1)),
            (Span::Months, false) => day.checked_sub_months(Months::new(1)),
        };
        moved.unwrap_or(day)
    }
}

/// One week or month, first and last day included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn holds(self, day: NaiveDate) -> bool {
        (self.from..=self.to).contains(&day)
    }
}

/// What one week or month held.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub period: Period,
    /// The average mood of the days that have one.
    pub mood: Option<f64>,
    pub mood_days: u32,
    pub gratitude_days: u32,
    pub steps_done: u32,
}

/// A chapter closed within the window.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedChapter {
    pub setback: Uuid,
    pub title: String,
    pub on: NaiveDate,
}

/// A look back written within the window: 0 a step that taught me, 10 a failure still.
#[derive(Debug, Clone, PartialEq)]
pub struct LookedBack {
    pub setback: Uuid,
    pub title: String,
    pub on: NaiveDate,
    pub rating: u8,
}

/// Everything the Review pane draws for one window of weeks or months.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub span: Span,
    pub tallies: Vec<Tally>,
    /// Every day's mood within the window, oldest first.
    pub moods: Vec<(NaiveDate, Mood)>,
    /// Check-ins of every setback within the window, newest first.
    pub checkins: Vec<Checkin>,
    pub closed: Vec<ClosedChapter>,
    pub looked_back: Vec<LookedBack>,
}

impl Figures {
    pub fn from(&self) -> Option<NaiveDate> {
        self.tallies.first().map(|t| t.period.from)
    }

    pub fn to(&self) -> Option<NaiveDate> {
        self.tallies.last().map(|t| t.period.to)
    }

    /// Whether the window holds nothing at all to draw.
    pub fn is_empty(&self) -> bool {
        self.moods.is_empty()
            && self.checkins.is_empty()
            && self.closed.is_empty()
            && self.looked_back.is_empty()
            && self
                .tallies
                .iter()
                .all(|t| t.gratitude_days == 0 && t.steps_done == 0)
    }

    pub fn gratitude_days(&self) -> u32 {
        self.tallies.iter().map(|t| t.gratitude_days).sum()
    }

    pub fn steps_done(&self) -> u32 {
        self.tallies.iter().map(|t| t.steps_done).sum()
    }

    /// The average mood of the window's first third and of its last third, when both have
    /// moods: where the person started from and where they are lately.
    pub fn mood_then_and_lately(&self) -> Option<(f64, f64)> {
        let third = (self.tallies.len() / 3).max(1);
        let average = |tallies: &[Tally]| {
            let days: u32 = tallies.iter().map(|t| t.mood_days).sum();
            let sum: f64 = tallies
                .iter()
                .filter_map(|t| Some(t.mood? * f64::from(t.mood_days)))
                .sum();
            (days > 0).then(|| sum / f64::from(days))
        };
        let start = self.tallies.len().saturating_sub(third);
        Some((
            average(&self.tallies[..third.min(self.tallies.len())])?,
            average(&self.tallies[start..])?,
        ))
    }
}

/// Counts per period from per-day figures: `moods`, the number of gratitude items on each
/// day, and the number of steps done on each day.
pub fn tally(
    periods: &[Period],
    moods: &[(NaiveDate, Mood)],
    gratitude: &[(NaiveDate, u32)],
    steps: &[(NaiveDate, u32)],
) -> Vec<Tally> {
    periods
        .iter()
        .map(|&period| {
            let mood_values: Vec<f64> = moods
                .iter()
                .filter(|(day, _)| period.holds(*day))
                .map(|(_, mood)| f64::from(mood.value()))
                .collect();
            let mood_days = u32::try_from(mood_values.len()).unwrap_or(u32::MAX);
            Tally {
                period,
                mood: (mood_days > 0)
                    .then(|| mood_values.iter().sum::<f64>() / f64::from(mood_days)),
                mood_days,
                gratitude_days: count(gratitude.iter().filter(|(d, n)| *n > 0 && period.holds(*d))),
                steps_done: steps
                    .iter()
                    .filter(|(d, _)| period.holds(*d))
                    .map(|(_, n)| n)
                    .sum(),
            }
        })
        .collect()
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_week_reads_and_prints_as_iso_does() {
        let week = Week::of(day("2026-12-04"));
        assert_eq!(week.to_string(), "2026-W49");
        assert_eq!(week.monday(), day("2026-11-30"));
        assert_eq!(week.sunday(), day("2026-12-06"));
        assert_eq!(Week::parse("2026-w49"), Ok(week));
        // The first days of January can belong to the last ISO week of the year before.
        assert_eq!(Week::of(day("2027-01-01")).to_string(), "2026-W53");
        assert_eq!(Week::parse("2026-W53").unwrap().monday(), day("2026-12-28"));
    }

    #[test]
    fn a_week_that_is_not_one_is_refused_with_the_form_to_use() {
        for bad in ["2026-49", "26-W49", "2026-W4", "2026-Wxx", "", "W49"] {
            let error = Week::parse(bad).unwrap_err();
            assert!(error.contains("YYYY-Www"), "{bad}: {error}");
        }
        assert_eq!(Week::parse("2025-W53").unwrap_err(), "2025 has no week 53");
    }

    #[test]
    fn twelve_weeks_end_with_the_week_of_the_day() {
        let periods = Span::Weeks.periods(day("2026-12-04"), PERIODS);
        assert_eq!(periods.len(), 12);
        assert_eq!(periods[11].from, day("2026-11-30"));
        assert_eq!(periods[0].from, day("2026-09-14"));
        assert!(
            periods
                .windows(2)
                .all(|w| w[0].to.succ_opt() == Some(w[1].from))
        );
    }

    #[test]
    fn months_are_calendar_months_and_a_step_back_keeps_inside_the_month() {
        let periods = Span::Months.periods(day("2026-03-31"), 3);
        assert_eq!(
            periods[0],
            Period {
                from: day("2026-01-01"),
                to: day("2026-01-31")
            }
        );
        assert_eq!(periods[1].to, day("2026-02-28"));
        assert_eq!(
            Span::Months.step(day("2026-03-31"), false),
            day("2026-02-28")
        );
        assert_eq!(Span::Weeks.step(day("2026-03-31"), true), day("2026-04-07"));
    }

    #[test]
    fn a_tally_counts_each_day_in_its_own_period() {
        let periods = Span::Weeks.periods(day("2026-12-04"), 2);
        let mood = |n| Mood::new(n).unwrap();
        let tallies = tally(
            &periods,
            &[
                (day("2026-11-24"), mood(2)),
                (day("2026-11-30"), mood(3)),
                (day("2026-12-01"), mood(4)),
            ],
            &[(day("2026-11-29"), 2), (day("2026-11-30"), 1)],
            &[(day("2026-12-06"), 3)],
        );
        assert_eq!(tallies[0].mood, Some(2.0));
        assert_eq!(tallies[1].mood, Some(3.5));
        assert_eq!(
            (tallies[0].gratitude_days, tallies[1].gratitude_days),
            (1, 1)
        );
        assert_eq!((tallies[0].steps_done, tallies[1].steps_done), (0, 3));
    }

    #[test]
    fn then_and_lately_compare_the_first_and_last_thirds() {
        let periods = Span::Weeks.periods(day("2026-12-04"), 12);
        let mood = |n| Mood::new(n).unwrap();
        let moods = vec![(periods[0].from, mood(1)), (periods[11].from, mood(4))];
        let figures = Figures {
            span: Span::Weeks,
            tallies: tally(&periods, &moods, &[], &[]),
            moods,
            checkins: Vec::new(),
            closed: Vec::new(),
            looked_back: Vec::new(),
        };
        assert_eq!(figures.mood_then_and_lately(), Some((1.0, 4.0)));
        assert!(!figures.is_empty());
    }
}
