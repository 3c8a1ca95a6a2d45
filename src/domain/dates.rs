//! Date rules: parsing what a person types, and describing a day relative to today.

use chrono::{Datelike, Days, NaiveDate};

/// Which way a bare weekday ("friday") points: back for the journal's days, ahead for
/// targets and due days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lean {
    Back,
    Ahead,
}

/// Parses `YYYY-MM-DD` or the words people use for a day gone by, relative to `today`:
/// `today`, `yesterday`, `friday` (the last one, today included), `last monday`,
/// `next friday`, `2 weeks ago`, `a month ago`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let trimmed = input.trim();
    if let Some(date) = date_in_words(trimmed, today, Lean::Back) {
        return Ok(date);
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").map_err(|_| {
        format!(
            "'{trimmed}' is not a date bounce understands; try YYYY-MM-DD, friday, last monday or 2 weeks ago"
        )
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

/// A date ahead, for a target or a due day: `YYYY-MM-DD`, `tomorrow`, `friday` (the next
/// one, today included), `next friday`, or `in N days|weeks|months|years`.
pub fn parse_future_date(input: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let trimmed = input.trim();
    if let Some(date) = date_in_words(trimmed, today, Lean::Ahead) {
        return Ok(date);
    }
    let lower = trimmed.to_lowercase();
    if let ["in", n, _] = lower.split_whitespace().collect::<Vec<_>>().as_slice() {
        if count(n).is_none() {
            return Err(format!("'{trimmed}' needs a number, like 'in 3 weeks'"));
        }
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").map_err(|_| {
        format!(
            "'{trimmed}' is not a date bounce understands; try YYYY-MM-DD, next friday or 'in 3 weeks'"
        )
    })
}

/// A day said in words, or `None` when the words are not a day.
fn date_in_words(input: &str, today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let lower = input.to_lowercase();
    match lower.split_whitespace().collect::<Vec<_>>().as_slice() {
        ["today"] => Some(today),
        ["yesterday"] => today.pred_opt(),
        ["tomorrow"] => today.succ_opt(),
        [day] => nearest_weekday(today, day.parse().ok()?, lean, true),
        ["last", day] => nearest_weekday(today, day.parse().ok()?, Lean::Back, false),
        ["next", day] => nearest_weekday(today, day.parse().ok()?, Lean::Ahead, false),
        ["in", n, unit] => shift(today, count(n)?, unit, Lean::Ahead),
        [n, unit, "ago"] => shift(today, count(n)?, unit, Lean::Back),
        _ => None,
    }
}

/// The nearest `weekday` before or after `today`; today itself only if `today_counts`, so
/// that "last monday" said on a Monday is a week ago.
fn nearest_weekday(
    today: NaiveDate,
    weekday: chrono::Weekday,
    lean: Lean,
    today_counts: bool,
) -> Option<NaiveDate> {
    let since = (7 + today.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    let days = match lean {
        Lean::Back => since,
        Lean::Ahead => (7 - since) % 7,
    };
    let days = if days == 0 && !today_counts { 7 } else { days };
    match lean {
        Lean::Back => today.checked_sub_days(Days::new(u64::from(days))),
        Lean::Ahead => today.checked_add_days(Days::new(u64::from(days))),
    }
}

/// "3", "a", "an" or "one".
fn count(word: &str) -> Option<u32> {
    match word {
        "a" | "an" | "one" => Some(1),
        _ => word.parse().ok(),
    }
}

/// `today` moved `n` days, weeks, months or years back or ahead.
fn shift(today: NaiveDate, n: u32, unit: &str, lean: Lean) -> Option<NaiveDate> {
    let months = match unit.strip_suffix('s').unwrap_or(unit) {
        "day" => return shift_by_days(today, u64::from(n), lean),
        "week" => return shift_by_days(today, 7 * u64::from(n), lean),
        "month" => n,
        "year" => n.checked_mul(12)?,
        _ => return None,
    };
    match lean {
        Lean::Back => today.checked_sub_months(chrono::Months::new(months)),
        Lean::Ahead => today.checked_add_months(chrono::Months::new(months)),
    }
}

fn shift_by_days(today: NaiveDate, days: u64, lean: Lean) -> Option<NaiveDate> {
    match lean {
        Lean::Back => today.checked_sub_days(Days::new(days)),
        Lean::Ahead => today.checked_add_days(Days::new(days)),
    }
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

/// A date in a list or a line among others: "9 Sep 2026". The one format lists use.
pub fn list_date(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// A date in a heading or a detail: "Wednesday 9 September 2026". The one format details use.
pub fn detail_date(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// "today", "yesterday", or the weekday and date, for headings.
pub fn describe_day(date: NaiveDate, today: NaiveDate) -> String {
    let long = detail_date(date);
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
    fn weekdays_are_the_nearest_one_in_the_field_s_direction() {
        // A Wednesday.
        let today = d("2026-11-25");
        assert_eq!(parse_date("friday", today), Ok(d("2026-11-20")));
        assert_eq!(parse_date(" Monday ", today), Ok(d("2026-11-23")));
        assert_eq!(parse_date("wednesday", today), Ok(today), "today counts");
        assert_eq!(parse_date("fri", today), Ok(d("2026-11-20")));
        assert_eq!(parse_date("last monday", today), Ok(d("2026-11-23")));
        assert_eq!(parse_date("last wednesday", today), Ok(d("2026-11-18")));
        assert_eq!(parse_date("next friday", today), Ok(d("2026-11-27")));
        assert_eq!(parse_date("next wednesday", today), Ok(d("2026-12-02")));
        assert_eq!(parse_future_date("friday", today), Ok(d("2026-11-27")));
        assert_eq!(parse_future_date("Next Friday", today), Ok(d("2026-11-27")));
        assert!(parse_date("last funday", today).is_err());
        assert!(parse_date("next", today).is_err());
    }

    #[test]
    fn a_monday_says_last_monday_for_a_week_ago() {
        let monday = d("2026-11-23");
        assert_eq!(parse_date("last monday", monday), Ok(d("2026-11-16")));
        assert_eq!(parse_date("monday", monday), Ok(monday));
        assert_eq!(parse_date("sunday", monday), Ok(d("2026-11-22")));
        assert_eq!(parse_date("next monday", monday), Ok(d("2026-11-30")));
    }

    #[test]
    fn spans_ago_count_back_from_today() {
        let today = d("2026-03-31");
        assert_eq!(parse_date("2 weeks ago", today), Ok(d("2026-03-17")));
        assert_eq!(parse_date("a week ago", today), Ok(d("2026-03-24")));
        assert_eq!(parse_date("3 days ago", today), Ok(d("2026-03-28")));
        assert_eq!(parse_date("1 day ago", today), Ok(d("2026-03-30")));
        assert_eq!(parse_date("a month ago", today), Ok(d("2026-02-28")));
        assert_eq!(parse_date("one year ago", today), Ok(d("2025-03-31")));
        assert_eq!(parse_date("0 days ago", today), Ok(today));
        assert!(parse_date("many weeks ago", today).is_err());
        assert!(parse_date("2 fortnights ago", today).is_err());
        assert!(parse_date("99999999 years ago", today).is_err());
    }

    #[test]
    fn the_journal_refuses_words_for_days_ahead() {
        let today = d("2026-11-25");
        assert!(parse_past_date("friday", today).is_ok());
        for ahead in ["next friday", "tomorrow", "in 2 weeks"] {
            let said = parse_past_date(ahead, today).unwrap_err();
            assert!(said.contains("has not happened yet"), "{ahead}: {said}");
        }
    }

    #[test]
    fn the_refusal_names_the_forms_it_takes() {
        let today = d("2026-11-25");
        let said = parse_date("the other day", today).unwrap_err();
        assert_eq!(
            said,
            "'the other day' is not a date bounce understands; try YYYY-MM-DD, friday, last monday or 2 weeks ago"
        );
        let said = parse_future_date("someday", today).unwrap_err();
        assert!(
            said.contains("next friday") && said.contains("in 3 weeks"),
            "{said}"
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
