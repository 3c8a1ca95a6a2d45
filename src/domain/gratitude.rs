//! The daily journal: gratitude items, the day's note and mood, the forgiving streak and the
//! milestones worth celebrating.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

/// How many items a day suggests (more are welcome).
pub const DAILY_SUGGESTED: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GratitudeItem {
    pub id: Uuid,
    pub date: NaiveDate,
    pub position: i64,
    pub text: String,
}

/// A mood from 1 (very low) to 5 (very good).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Mood(u8);

impl Mood {
    pub const LABELS: [&'static str; 5] = ["very low", "low", "okay", "good", "very good"];

    pub fn new(value: i64) -> Result<Mood, String> {
        match u8::try_from(value) {
            Ok(v @ 1..=5) => Ok(Mood(v)),
            _ => Err(format!(
                "a mood is a number from 1 (very low) to 5 (very good); {value} is outside that"
            )),
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }

    pub fn label(self) -> &'static str {
        Self::LABELS[usize::from(self.0 - 1)]
    }
}

/// The note and mood of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    pub id: Uuid,
    pub date: NaiveDate,
    pub note: String,
    pub mood: Option<Mood>,
    /// One kind thing done for myself that day.
    pub selfcare: String,
}

/// A run of days with gratitude in which a single missed day is a rest, not a break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streak {
    /// Days with at least one item in the current run.
    pub days: u32,
    /// Single missed days inside the current run.
    pub rest_days: u32,
    /// Whether today already has an item.
    pub today_done: bool,
    /// Whether yesterday was missed, so one more missed day would end the run.
    pub resting_now: bool,
}

/// Computes the current streak from the days with items, newest first, up to today.
///
/// Today being empty never breaks anything: the day is not over. Before today, one missed day
/// in a row is a rest day; two in a row end the run.
pub fn streak(
    entry_days_newest_first: impl IntoIterator<Item = NaiveDate>,
    today: NaiveDate,
) -> Streak {
    let mut result = Streak::default();
    let mut expected_after = today; // the day after the last one accounted for
    let mut first = true;
    for day in entry_days_newest_first {
        if day > today {
            continue;
        }
        let missed = if first && day == today {
            result.today_done = true;
            0
        } else if first {
            // Days strictly between this entry and today (today itself is still open).
            (today - day).num_days() - 1
        } else {
            (expected_after - day).num_days() - 1
        };
        if missed > 1 {
            break;
        }
        if first && missed == 1 {
            result.resting_now = true;
        }
        result.rest_days += u32::from(missed == 1);
        result.days += 1;
        expected_after = day;
        first = false;
    }
    if result.days == 0 {
        return Streak::default();
    }
    result
}

/// Whether the `n`th day with gratitude deserves a celebration: the 5th, the 10th, every 25th.
pub fn is_milestone(n: u64) -> bool {
    n == 5 || n == 10 || (n > 0 && n % 25 == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn days(list: &[&str]) -> Vec<NaiveDate> {
        list.iter().map(|s| d(s)).collect()
    }

    #[test]
    fn empty_journal_has_no_streak() {
        assert_eq!(streak(vec![], d("2026-11-23")), Streak::default());
    }

    #[test]
    fn consecutive_days_across_a_month_end() {
        let s = streak(
            days(&["2026-03-02", "2026-03-01", "2026-02-28", "2026-02-27"]),
            d("2026-03-02"),
        );
        assert_eq!((s.days, s.rest_days, s.today_done), (4, 0, true));
    }

    #[test]
    fn today_still_open_does_not_break() {
        let s = streak(days(&["2026-11-22", "2026-11-21"]), d("2026-11-23"));
        assert_eq!((s.days, s.today_done, s.resting_now), (2, false, false));
    }

    #[test]
    fn one_missed_day_is_a_rest() {
        let s = streak(
            days(&["2026-11-23", "2026-11-21", "2026-11-20"]),
            d("2026-11-23"),
        );
        assert_eq!((s.days, s.rest_days), (3, 1));
        let resting = streak(days(&["2026-11-21", "2026-11-20"]), d("2026-11-23"));
        assert_eq!((resting.days, resting.resting_now), (2, true));
    }

    #[test]
    fn two_missed_days_end_the_run() {
        let s = streak(
            days(&["2026-11-23", "2026-11-20", "2026-11-19"]),
            d("2026-11-23"),
        );
        assert_eq!((s.days, s.rest_days), (1, 0));
        let gone = streak(days(&["2026-11-20"]), d("2026-11-23"));
        assert_eq!(gone.days, 0);
    }

    #[test]
    fn leap_day_and_year_end() {
        let s = streak(
            days(&["2025-01-01", "2024-12-30", "2024-12-29"]),
            d("2025-01-01"),
        );
        assert_eq!((s.days, s.rest_days), (3, 1));
        let leap = streak(
            days(&["2024-03-01", "2024-02-29", "2024-02-28"]),
            d("2024-03-01"),
        );
        assert_eq!(leap.days, 3);
    }

    #[test]
    fn future_days_are_ignored() {
        let s = streak(days(&["2026-12-01", "2026-11-23"]), d("2026-11-23"));
        assert_eq!(s.days, 1);
    }

    #[test]
    fn milestones() {
        let hits: Vec<u64> = (1..=100).filter(|&n| is_milestone(n)).collect();
        assert_eq!(hits, [5, 10, 25, 50, 75, 100]);
    }

    #[test]
    fn mood_range() {
        assert_eq!(Mood::new(3).unwrap().label(), "okay");
        assert!(Mood::new(0).is_err());
        assert!(Mood::new(9).unwrap_err().contains("1 (very low) to 5"));
    }

    proptest! {
        // Every day filled for n days ending today gives a streak of exactly n, whatever the
        // calendar (month ends, leap years) in between.
        #[test]
        fn full_runs_count_every_day(start in 0i64..40_000, n in 1u32..400) {
            let today = d("1990-01-01") + chrono::Days::new(start as u64);
            let list: Vec<NaiveDate> = (0..n).map(|i| today - chrono::Days::new(u64::from(i))).collect();
            let s = streak(list, today);
            prop_assert_eq!(s.days, n);
            prop_assert_eq!(s.rest_days, 0);
        }

        // Alternating days (one rest between each) never break the run.
        #[test]
        fn every_other_day_is_a_streak(start in 0i64..40_000, n in 1u32..200) {
            let today = d("1990-01-01") + chrono::Days::new(start as u64);
            let list: Vec<NaiveDate> = (0..n).map(|i| today - chrono::Days::new(u64::from(i) * 2)).collect();
            let s = streak(list, today);
            prop_assert_eq!(s.days, n);
            prop_assert_eq!(s.rest_days, n - 1);
        }
    }
}
