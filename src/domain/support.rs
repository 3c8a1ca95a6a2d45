//! A support net: when a run of low days calls for a gentler Home, and the settings a person
//! can change for it.

use chrono::NaiveDate;

use super::Mood;
use super::dates::shift_days;

/// How Home notices a run of low days, from `[support]` in config.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Support {
    /// Whether Home may show the support panel at all.
    pub panel: bool,
    /// A mood at or below this counts as low (1 to 5).
    pub low_mood: u8,
    /// How many low days, among the last `window` days with a mood, make a run.
    pub low_days: u8,
    pub window: u8,
    /// The person's own help line ("my counsellor, 0123 456"), if they set one.
    pub help: String,
}

impl Default for Support {
    fn default() -> Support {
        Support {
            panel: true,
            low_mood: 2,
            low_days: 3,
            window: 5,
            help: String::new(),
        }
    }
}

/// Moods further back than this are not read as part of a run: the panel goes away when the
/// moods stop, not only when they lift.
pub const RECENT_DAYS: i64 = 14;

impl Support {
    /// Whether `moods` (day and mood, oldest first) end in a run of low days, as of `today`.
    pub fn low_run(&self, moods: &[(NaiveDate, Mood)], today: NaiveDate) -> bool {
        if !self.panel || self.low_days == 0 {
            return false;
        }
        let since = shift_days(today, -RECENT_DAYS);
        let recent: Vec<u8> = moods
            .iter()
            .rev()
            .filter(|(day, _)| *day > since && *day <= today)
            .take(usize::from(self.window.max(1)))
            .map(|(_, mood)| mood.value())
            .collect();
        let low = recent.iter().filter(|m| **m <= self.low_mood).count();
        low >= usize::from(self.low_days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moods(list: &[(&str, u8)]) -> Vec<(NaiveDate, Mood)> {
        list.iter()
            .map(|(d, m)| (d.parse().unwrap(), Mood::new(i64::from(*m)).unwrap()))
            .collect()
    }

    #[test]
    fn three_low_days_of_the_last_five_with_a_mood_make_a_run() {
        let today: NaiveDate = "2026-11-23".parse().unwrap();
        let support = Support::default();
        let heavy = moods(&[
            ("2026-11-18", 4),
            ("2026-11-19", 2),
            ("2026-11-21", 1),
            ("2026-11-23", 2),
        ]);
        assert!(support.low_run(&heavy, today));
        let lifting = moods(&[
            ("2026-11-19", 2),
            ("2026-11-20", 1),
            ("2026-11-21", 4),
            ("2026-11-22", 4),
            ("2026-11-23", 5),
            ("2026-11-17", 1),
        ]);
        assert!(!support.low_run(&lifting, today));
        // Long ago, a run no longer counts.
        let old = moods(&[("2026-10-01", 1), ("2026-10-02", 1), ("2026-10-03", 1)]);
        assert!(!support.low_run(&old, today));
        let off = Support {
            panel: false,
            ..Support::default()
        };
        assert!(!off.low_run(&heavy, today));
    }
}
