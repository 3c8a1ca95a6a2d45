//! Entries from jrnl's JSON export (`jrnl --export json`), and how each reads in a day's note.

use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use super::text::clean_multiline;

/// The file jrnl writes: its tag counts (not needed here) and its entries.
#[derive(Debug, Clone, Deserialize)]
pub struct JrnlExport {
    pub entries: Vec<JrnlEntry>,
}

/// One entry; every field but the date may be missing.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct JrnlEntry {
    pub date: String,
    #[serde(default)]
    pub time: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub starred: bool,
}

/// An entry checked and ready to be added to a day's note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayEntry {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub text: String,
}

impl JrnlEntry {
    /// The entry as it reads in a day's note: time and title, body, then any tag the text
    /// does not already name. Errors say what is wrong, for the caller to place.
    pub fn to_day_entry(&self) -> Result<DayEntry, String> {
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d")
            .map_err(|_| format!("date '{}' is not YYYY-MM-DD", self.date))?;
        let time = match self
            .time
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            None => None,
            Some(t) => Some(
                NaiveTime::parse_from_str(t, "%H:%M")
                    .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
                    .map_err(|_| format!("time '{t}' is not HH:MM"))?,
            ),
        };
        let title = self.title.as_deref().unwrap_or("").trim();
        let body = clean_multiline(self.body.as_deref().unwrap_or("").trim());
        let mut head = time
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default();
        if !title.is_empty() {
            if !head.is_empty() {
                head.push(' ');
            }
            head.push_str(title);
        }
        let mut parts: Vec<String> = [head, body].into_iter().filter(|p| !p.is_empty()).collect();
        let written = parts.join("\n");
        let missing: Vec<&str> = self
            .tags
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty() && !written.contains(t))
            .collect();
        if !missing.is_empty() {
            parts.push(missing.join(" "));
        }
        let text = clean_multiline(&parts.join("\n"));
        if text.trim().is_empty() {
            return Err("the entry has no title, body or tags".into());
        }
        Ok(DayEntry { date, time, text })
    }
}

/// A day's note with `entry` appended after a blank line, or `None` when the note already
/// holds it (so importing the same file twice adds nothing twice).
pub fn append_entry(note: &str, entry: &str) -> Option<String> {
    if note.contains(entry) {
        return None;
    }
    if note.trim().is_empty() {
        return Some(entry.to_string());
    }
    Some(format!("{}\n\n{entry}", note.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(time: &str, title: &str, body: &str, tags: &[&str]) -> JrnlEntry {
        JrnlEntry {
            date: "2024-03-01".into(),
            time: Some(time.into()),
            title: Some(title.into()),
            body: Some(body.into()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            starred: false,
        }
    }

    #[test]
    fn title_body_and_only_the_tags_not_in_the_text() {
        let e = entry(
            "09:15",
            "Call with @ana",
            " Went well.\r\nShe'll intro me.",
            &["@ana", "@work"],
        );
        let day = e.to_day_entry().unwrap();
        assert_eq!(
            day.text,
            "09:15 Call with @ana\nWent well.\nShe'll intro me.\n@work"
        );
        assert_eq!(day.time, NaiveTime::from_hms_opt(9, 15, 0));
    }

    #[test]
    fn missing_fields_are_tolerated_and_a_bad_date_is_named() {
        let bare = JrnlEntry {
            date: "2024-03-01".into(),
            body: Some("Just a body".into()),
            ..JrnlEntry::default()
        };
        assert_eq!(bare.to_day_entry().unwrap().text, "Just a body");
        let bad = JrnlEntry {
            date: "1 March".into(),
            ..bare
        };
        assert_eq!(
            bad.to_day_entry().unwrap_err(),
            "date '1 March' is not YYYY-MM-DD"
        );
        let empty = JrnlEntry {
            date: "2024-03-01".into(),
            ..JrnlEntry::default()
        };
        assert!(empty.to_day_entry().is_err());
    }

    #[test]
    fn appending_twice_adds_once() {
        let once = append_entry("", "09:15 Walk").unwrap();
        let twice = append_entry(&once, "18:00 Read").unwrap();
        assert_eq!(twice, "09:15 Walk\n\n18:00 Read");
        assert_eq!(append_entry(&twice, "09:15 Walk"), None);
    }
}
