//! Searching what a person wrote: the kinds of records a search looks through, one hit, and
//! how typed words become a query that can never be misread as operators.

use chrono::NaiveDate;
use uuid::Uuid;

/// Marks where a matched word starts and ends inside [`Hit::snippet`]. Control characters
/// never appear in what a person writes, so they cannot be confused with text.
pub const MATCH_START: char = '\u{2}';
pub const MATCH_END: char = '\u{3}';

/// Every kind of record that holds words a person wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Setback,
    Event,
    Answer,
    Strength,
    Lesson,
    Story,
    Gratitude,
    Note,
    Checkin,
    Goal,
    Step,
    Idea,
    Person,
    Reframe,
    FollowUp,
    /// A weekly review, filed under its week's Monday.
    Review,
    /// A conversation about a setback (shown in its Conversations section, not searched).
    Conversation,
    /// A setback's closed chapter (shown in its Chapter section, not searched).
    Chapter,
}

impl RecordKind {
    /// The kinds the search index holds.
    pub const ALL: [RecordKind; 16] = [
        RecordKind::Setback,
        RecordKind::Event,
        RecordKind::Answer,
        RecordKind::Strength,
        RecordKind::Lesson,
        RecordKind::Story,
        RecordKind::Gratitude,
        RecordKind::Note,
        RecordKind::Checkin,
        RecordKind::Goal,
        RecordKind::Step,
        RecordKind::Idea,
        RecordKind::Person,
        RecordKind::Reframe,
        RecordKind::FollowUp,
        RecordKind::Review,
    ];

    /// The name kept in the index and printed by `bounce search`.
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Setback => "setback",
            RecordKind::Event => "event",
            RecordKind::Answer => "answer",
            RecordKind::Strength => "strength",
            RecordKind::Lesson => "lesson",
            RecordKind::Story => "story",
            RecordKind::Gratitude => "gratitude",
            RecordKind::Note => "note",
            RecordKind::Checkin => "checkin",
            RecordKind::Goal => "goal",
            RecordKind::Step => "step",
            RecordKind::Idea => "idea",
            RecordKind::Person => "person",
            RecordKind::Reframe => "reframe",
            RecordKind::FollowUp => "followup",
            RecordKind::Review => "review",
            RecordKind::Conversation => "conversation",
            RecordKind::Chapter => "chapter",
        }
    }

    pub fn from_key(key: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The kind as the search overlay shows it.
    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Checkin => "check-in",
            RecordKind::FollowUp => "follow-up",
            RecordKind::Note => "day note",
            RecordKind::Review => "weekly review",
            other => other.key(),
        }
    }
}

/// Where a record lives: enough to show it in its pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub kind: RecordKind,
    pub id: Uuid,
    /// The setback of an event, answer, strength, lesson, story, check-in, reframe or
    /// follow-up; the goal of a step or of an idea that became one.
    pub parent: Option<Uuid>,
    /// The day it is filed under: the setback's, the event's, the gratitude day, the goal's
    /// start.
    pub date: NaiveDate,
}

/// One record a search found.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: RecordKind,
    pub id: Uuid,
    pub parent: Option<Uuid>,
    pub date: NaiveDate,
    /// A short excerpt on one line, matched words between [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
    /// How well it matched: lower is better (SQLite's bm25).
    pub rank: f64,
}

impl Hit {
    pub fn record(&self) -> Record {
        Record {
            kind: self.kind,
            id: self.id,
            parent: self.parent,
            date: self.date,
        }
    }

    /// The snippet in pieces, each saying whether it is a matched word.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        let mut parts = Vec::new();
        let mut matched = false;
        let mut rest = self.snippet.as_str();
        while let Some(at) = rest.find([MATCH_START, MATCH_END]) {
            if at > 0 {
                parts.push((&rest[..at], matched));
            }
            matched = rest[at..].starts_with(MATCH_START);
            rest = &rest[at + MATCH_START.len_utf8()..];
        }
        if !rest.is_empty() {
            parts.push((rest, matched));
        }
        parts
    }

    /// The snippet with matched words between `open` and `close` ("[walk]").
    pub fn marked(&self, open: &str, close: &str) -> String {
        self.snippet
            .replace(MATCH_START, open)
            .replace(MATCH_END, close)
    }
}

/// Turns what a person typed into an FTS5 query of plain words: each word becomes a quoted
/// string (so `AND`, `NEAR(`, `*`, `col:x` or a stray quote are only text), and the last one
/// a prefix when it has two letters or more and no space follows it, so results come while
/// typing. `None` when nothing searchable was typed.
pub fn match_query(typed: &str) -> Option<String> {
    let words: Vec<&str> = typed
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.len().checked_sub(1)?;
    let still_typing = !typed.ends_with(char::is_whitespace);
    let parts: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let quoted = format!("\"{}\"", word.replace('"', "\"\""));
            let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
            if i == last && still_typing && letters >= 2 {
                format!("{quoted}*")
            } else {
                quoted
            }
        })
        .collect();
    Some(parts.join(" "))
}

/// What was typed in the search overlay, with `from:` and `to:` words (a day `2026-03-01`, a
/// month `2026-03` or a year `2026`) taken out as a date range. A `from:` or `to:` word that
/// is not a date yet (still being typed) is left out of the words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Typed {
    pub words: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Typed {
    pub fn parse(text: &str) -> Typed {
        let mut typed = Typed::default();
        let mut words = Vec::new();
        for word in text.split_whitespace() {
            let lower = word.to_lowercase();
            if let Some(rest) = lower.strip_prefix("from:") {
                typed.from = range_bound(rest, false).or(typed.from);
            } else if let Some(rest) = lower.strip_prefix("to:") {
                typed.to = range_bound(rest, true).or(typed.to);
            } else {
                words.push(word);
            }
        }
        typed.words = words.join(" ");
        if text.ends_with(char::is_whitespace) && !typed.words.is_empty() {
            typed.words.push(' ');
        }
        typed
    }
}

/// The first (or, for an end, the last) day of `2026-03-01`, `2026-03` or `2026`.
fn range_bound(text: &str, end: bool) -> Option<NaiveDate> {
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(day);
    }
    let mut parts = text.split('-');
    let year: i32 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month: Option<u32> = match parts.next() {
        Some(m) => Some(m.parse().ok()?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    let (first, last) = match month {
        Some(m) => (m, m),
        None => (1, 12),
    };
    if end {
        let next = if last == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, last + 1, 1)?
        };
        next.pred_opt()
    } else {
        NaiveDate::from_ymd_opt(year, first, 1)
    }
}

/// The snippet SQLite gives, made to fit one line: line breaks between the parts of a record
/// become a middle dot.
pub fn one_line(snippet: &str) -> String {
    let mut out = String::with_capacity(snippet.len());
    for (i, line) in snippet.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        if i > 0 {
            out.push_str(" · ");
        }
        out.extend(line.chars().map(|c| if c == '\t' { ' ' } else { c }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(
            match_query("long walk").as_deref(),
            Some("\"long\" \"walk\"*")
        );
        assert_eq!(
            match_query("long walk ").as_deref(),
            Some("\"long\" \"walk\"")
        );
        assert_eq!(match_query("w").as_deref(), Some("\"w\""));
    }

    #[test]
    fn operators_and_quotes_are_only_text() {
        assert_eq!(
            match_query("a AND \"bc").as_deref(),
            Some("\"a\" \"AND\" \"\"\"bc\"*")
        );
        assert_eq!(match_query("NEAR( x").as_deref(), Some("\"NEAR(\" \"x\""));
        assert_eq!(match_query("* - \" ( 🌱"), None);
        assert_eq!(match_query("   "), None);
    }

    #[test]
    fn kinds_round_trip() {
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::from_key(kind.key()), Some(kind));
        }
    }

    #[test]
    fn parts_split_matched_words() {
        let hit = Hit {
            kind: RecordKind::Note,
            id: Uuid::nil(),
            parent: None,
            date: NaiveDate::MIN,
            snippet: format!("a {MATCH_START}walk{MATCH_END} home"),
            rank: 0.0,
        };
        assert_eq!(
            hit.parts(),
            vec![("a ", false), ("walk", true), (" home", false)]
        );
        assert_eq!(hit.marked("[", "]"), "a [walk] home");
    }

    #[test]
    fn from_and_to_words_become_a_range() {
        let d = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok();
        let typed = Typed::parse("walk from:2026-03 to:2026 river ");
        assert_eq!(typed.words, "walk river ");
        assert_eq!(typed.from, d("2026-03-01"));
        assert_eq!(typed.to, d("2026-12-31"));
        assert_eq!(Typed::parse("to:2024-02").to, d("2024-02-29"));
        assert_eq!(Typed::parse("from:2026-03-05").from, d("2026-03-05"));
        let partial = Typed::parse("walk from:20");
        assert_eq!((partial.words.as_str(), partial.from), ("walk", None));
        assert_eq!(Typed::parse("to:2026-13").to, None);
    }

    #[test]
    fn snippets_fit_one_line() {
        assert_eq!(one_line("Lost it\n\nAna\tBo"), "Lost it · Ana Bo");
    }
}
