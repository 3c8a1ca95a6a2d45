//! Date rules: parsing what a person types, and describing a day relative to today.

use chrono::{Datelike, Days, NaiveDate};

/// Parses `YYYY-MM-DD`, `today` or `yesterday` relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let trimmed = input.trim();
    match trimmed.to_ascii_lowercase().as_str() {
        "today" => return Ok(today),
        "yesterday" => return Ok(today.pred_opt().unwrap_or(today)),
        _ => {}
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").map_err(|_| {
        format!("'{trimmed}' is not a date bounce understands; use YYYY-MM-DD, today or yesterday")
    })
}

/// Like [`parse_date`], but refuses days that have not happened yet.
pub fn parse_past_date(input: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let date = parse_date(input, today)?;
    if date > today {
        return Err(format!(
            "{date} has not happened yet; the journal holds days up to today ({today})"
        ));
    }
    Ok(date)
}

/// A date ahead, for a target or a due day: `YYYY-MM-DD`, `today`, `tomorrow`, or
/// `in N days|weeks|months`.
pub fn parse_future_date(input: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let lower = input.trim().to_lowercase();
    if lower == "tomorrow" {
        return Ok(today.succ_opt().unwrap_or(today));
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let ["in", n, unit] = words.as_slice() {
        let n: u32 = n
            .parse()
            .map_err(|_| format!("'{}' needs a number, like 'in 3 weeks'", input.trim()))?;
        let date = match unit.trim_end_matches('s') {
            "day" => today.checked_add_days(chrono::Days::new(u64::from(n))),
            "week" => today.checked_add_days(chrono::Days::new(7 * u64::from(n))),
            "month" => today.checked_add_months(chrono::Months::new(n)),
            _ => None,
        };
        return date.ok_or_else(|| {
            format!(
                "'{}' is not a date bounce understands; try 'in 3 weeks' or YYYY-MM-DD",
                input.trim()
            )
        });
    }
    parse_date(input, today).map_err(|_| {
        format!(
            "'{}' is not a date bounce understands; use YYYY-MM-DD, tomorrow, or 'in 3 weeks'",
            input.trim()
        )
    })
}

/// The same day of the month in each of the `months` months before `today`, newest first
/// (months without that day, like 31 April, are skipped).
pub fn same_day_before(today: NaiveDate, months: u32) -> Vec<NaiveDate> {
    (1..=months)
        .filter_map(|n| today.checked_sub_months(chrono::Months::new(n)))
        .filter(|d| d.day() == today.day())
        .collect()
}

/// "a month ago", "3 months ago", "a year ago", "2 years ago" (or "a year and 2 months ago"
/// is not needed: whole years read as years, the rest as months).
pub fn months_ago(then: NaiveDate, today: NaiveDate) -> String {
    let months = (today.year() - then.year()) * 12 + today.month() as i32 - then.month() as i32;
    match months {
        m if m <= 1 => "A month ago".to_string(),
        12 => "A year ago".to_string(),
        m if m % 12 == 0 => format!("{} years ago", m / 12),
        m => format!("{m} months ago"),
    }
}

/// "today", "yesterday", or the weekday and date, for headings.
pub fn describe_day(date: NaiveDate, today: NaiveDate) -> String {
    let long = date.format("%A %-d %B %Y").to_string();
    match (today - date).num_days() {
        0 => format!("Today, {long}"),
        1 => format!("Yesterday, {long}"),
        _ => long,
    }
}

pub fn shift_days(date: NaiveDate, delta: i64) -> NaiveDate {
    let shifted = if delta >= 0 {
        date.checked_add_days(Days::new(delta.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(delta.unsigned_abs()))
    };
    shifted.unwrap_or(date)
}

/// Converts to the `time` crate's date, which ratatui's calendar widget draws.
pub fn to_time_date(date: NaiveDate) -> Option<time::Date> {
    let month = time::Month::try_from(u8::try_from(date.month()).ok()?).ok()?;
    time::Date::from_calendar_date(date.year(), month, u8::try_from(date.day()).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_same_day_in_earlier_months_skips_short_months() {
        let days = same_day_before(d("2026-03-31"), 13);
        assert_eq!(days[0], d("2026-01-31"), "no 31 February");
        assert!(days.contains(&d("2025-03-31")));
        assert!(!days.iter().any(|x| x.month() == 4 || x.month() == 2));
        assert_eq!(same_day_before(d("2026-11-23"), 24).len(), 24);
        assert_eq!(months_ago(d("2026-10-23"), d("2026-11-23")), "A month ago");
        assert_eq!(months_ago(d("2025-11-23"), d("2026-11-23")), "A year ago");
        assert_eq!(months_ago(d("2024-11-23"), d("2026-11-23")), "2 years ago");
        assert_eq!(months_ago(d("2026-05-23"), d("2026-11-23")), "6 months ago");
    }

    #[test]
    fn parses_iso_and_words() {
        let today = d("2026-03-01");
        assert_eq!(parse_date("2026-02-28", today), Ok(d("2026-02-28")));
        assert_eq!(parse_date(" today ", today), Ok(today));
        assert_eq!(parse_future_date("tomorrow", today), Ok(d("2026-03-02")));
        assert_eq!(parse_future_date("in 2 weeks", today), Ok(d("2026-03-15")));
        assert_eq!(parse_future_date("In 1 month", today), Ok(d("2026-04-01")));
        assert_eq!(parse_future_date("in 3 days", today), Ok(d("2026-03-04")));
        assert_eq!(parse_future_date("2027-01-01", today), Ok(d("2027-01-01")));
        assert!(parse_future_date("in many weeks", today).is_err());
        assert!(parse_future_date("in 3 fortnights", today).is_err());
        assert!(
            parse_future_date("soon", today)
                .unwrap_err()
                .contains("in 3 weeks")
        );
        assert_eq!(parse_date("Yesterday", today), Ok(d("2026-02-28")));
        assert!(parse_date("2026-02-30", today).is_err());
        assert!(
            parse_date("28/02/2026", today)
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
    }

    #[test]
    fn refuses_future_days() {
        let today = d("2026-03-01");
        assert!(
            parse_past_date("2026-03-02", today)
                .unwrap_err()
                .contains("not happened")
        );
        assert!(parse_past_date("2026-03-01", today).is_ok());
    }

    #[test]
    fn describes_relative_days() {
        let today = d("2026-11-23");
        assert_eq!(describe_day(today, today), "Today, Monday 23 November 2026");
        assert!(describe_day(d("2026-11-22"), today).starts_with("Yesterday"));
        assert_eq!(
            describe_day(d("2026-11-01"), today),
            "Sunday 1 November 2026"
        );
    }

    #[test]
    fn converts_to_calendar_dates() {
        let t = to_time_date(d("2024-02-29")).unwrap();
        assert_eq!((t.year(), u8::from(t.month()), t.day()), (2024, 2, 29));
    }
}
