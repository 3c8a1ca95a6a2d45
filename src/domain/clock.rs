//! Where "today" and "now" come from: the computer's clock, or a moment a test fixes.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveTime, SecondsFormat, Utc};

/// The one clock the app, the command line and the store read; cheap to clone.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> DateTime<FixedOffset> + Send + Sync>);

impl Clock {
    /// The computer's clock in its own time zone: the only read of the wall clock in bounce.
    pub fn system() -> Clock {
        Clock(Arc::new(|| Local::now().fixed_offset()))
    }

    /// A clock stopped at noon (UTC) of `day`.
    pub fn fixed(day: NaiveDate) -> Clock {
        Clock::from_days(move || day)
    }

    /// A clock whose day comes from `day` (a test may move it), always at noon (UTC).
    pub fn from_days(day: impl Fn() -> NaiveDate + Send + Sync + 'static) -> Clock {
        Clock(Arc::new(move || {
            day()
                .and_time(NaiveTime::MIN + chrono::TimeDelta::hours(12))
                .and_utc()
                .fixed_offset()
        }))
    }

    /// A clock stopped at `text`: a moment in RFC 3339 (`2026-11-23T09:30:00+01:00`) or a
    /// day (`2026-11-23`, at noon UTC).
    pub fn parse_fixed(text: &str) -> Result<Clock, String> {
        let text = text.trim();
        if let Ok(moment) = DateTime::parse_from_rfc3339(text) {
            return Ok(Clock(Arc::new(move || moment)));
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Clock::fixed)
            .map_err(|_| format!("'{text}' is neither a day (YYYY-MM-DD) nor a moment (RFC 3339)"))
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        (self.0)()
    }

    /// The day it is where the person is.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Now, as the journal writes a moment: RFC 3339 in UTC, to the millisecond.
    pub fn stamp(&self) -> String {
        self.now()
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Millis, true)
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_gives_its_day_and_a_stamp_on_it() {
        let day = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        let clock = Clock::fixed(day);
        assert_eq!(clock.today(), day);
        assert_eq!(clock.stamp(), "2028-02-29T12:00:00.000Z");
    }

    #[test]
    fn a_fixed_moment_is_read_as_a_day_or_a_moment() {
        let day = Clock::parse_fixed("2026-11-23").unwrap();
        assert_eq!(day.stamp(), "2026-11-23T12:00:00.000Z");
        let late = Clock::parse_fixed("2028-02-29T23:59:58+01:00").unwrap();
        assert_eq!(late.today().to_string(), "2028-02-29");
        assert_eq!(late.stamp(), "2028-02-29T22:59:58.000Z");
        let err = Clock::parse_fixed("tomorrow").unwrap_err();
        assert!(err.contains("'tomorrow'"), "{err}");
    }

    #[test]
    fn a_moving_clock_follows_its_day() {
        let day = Arc::new(std::sync::Mutex::new(
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        ));
        let read = Arc::clone(&day);
        let clock = Clock::from_days(move || *read.lock().unwrap());
        assert_eq!(clock.today().to_string(), "2026-12-31");
        *day.lock().unwrap() = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(clock.clone().today().to_string(), "2027-01-01");
    }
}
