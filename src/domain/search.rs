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
}

impl RecordKind {
    pub const ALL: [RecordKind; 15] = [
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
    fn snippets_fit_one_line() {
        assert_eq!(one_line("Lost it\n\nAna\tBo"), "Lost it · Ana Bo");
    }
}
