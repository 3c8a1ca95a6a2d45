//! After the debrief: the conversations a setback calls for, closing its chapter, and the
//! look-backs due 30, 90 and 365 days after it was closed.

use chrono::NaiveDate;
use uuid::Uuid;

use super::dates::shift_days;

/// What a conversation is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConversationKind {
    /// Candid feedback, from the one who decided.
    Feedback,
    /// Learning from the one who got it.
    Learn,
    /// Asking for help, and saying what I am looking for.
    Ask,
    /// Sharing a goal, to stay on track.
    Share,
    /// Talking it through with a listening ear.
    Listen,
}

impl ConversationKind {
    pub const ALL: [ConversationKind; 5] = [
        ConversationKind::Feedback,
        ConversationKind::Learn,
        ConversationKind::Ask,
        ConversationKind::Share,
        ConversationKind::Listen,
    ];

    /// The name kept in the journal and typed on the command line.
    pub fn key(self) -> &'static str {
        match self {
            ConversationKind::Feedback => "feedback",
            ConversationKind::Learn => "learn",
            ConversationKind::Ask => "ask",
            ConversationKind::Share => "share",
            ConversationKind::Listen => "listen",
        }
    }

    pub fn from_key(key: &str) -> Option<ConversationKind> {
        ConversationKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A conversation planned with someone, and once held, what came of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversation {
    pub id: Uuid,
    pub person_id: Uuid,
    /// The person's name, as the network has it now.
    pub person: String,
    pub setback_id: Option<Uuid>,
    pub goal_id: Option<Uuid>,
    pub kind: ConversationKind,
    /// The day it is planned for, if one was set.
    pub planned_on: Option<NaiveDate>,
    /// What to ask, one question per line.
    pub questions: String,
    /// The day it was held; `None` while it is still planned.
    pub held_on: Option<NaiveDate>,
    pub said: String,
    pub takeaway: String,
}

impl Conversation {
    /// Planned for today or a day gone by, and not held yet.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.held_on.is_none() && self.planned_on.is_some_and(|day| day <= today)
    }
}

/// A conversation to plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationDraft {
    pub person_id: Uuid,
    pub setback_id: Option<Uuid>,
    pub goal_id: Option<Uuid>,
    pub kind: Option<ConversationKind>,
    pub planned_on: Option<NaiveDate>,
    pub questions: String,
}

/// What came of a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct Held {
    pub on: NaiveDate,
    pub said: String,
    pub takeaway: String,
}

/// Whether I did the best I could with what I knew then, as the person I was then.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Best {
    Yes,
    Partly,
    No,
}

impl Best {
    pub const ALL: [Best; 3] = [Best::Yes, Best::Partly, Best::No];

    pub fn key(self) -> &'static str {
        match self {
            Best::Yes => "yes",
            Best::Partly => "partly",
            Best::No => "no",
        }
    }

    pub fn from_key(key: &str) -> Option<Best> {
        Best::ALL.into_iter().find(|b| b.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Best::Yes => "Yes",
            Best::Partly => "Partly",
            Best::No => "No",
        }
    }
}

/// The most a rating can be: "completely a failure still". Zero is "a step that taught me".
pub const RATING_MAX: u8 = 10;

/// How much a setback still feels like a failure, 0 to 10.
pub fn parse_rating(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(n) if n <= RATING_MAX => Ok(n),
        _ => Err(format!(
            "a rating is a whole number from 0 (a step that taught me) to {RATING_MAX} (still completely a failure), not \"{}\"",
            text.trim()
        )),
    }
}

/// A closed chapter: what was said on closing it.
#[derive(Debug, Clone, PartialEq)]
pub struct Closing {
    pub setback_id: Uuid,
    pub closed_on: NaiveDate,
    pub best: Option<Best>,
    pub best_note: String,
    pub accept: String,
    pub permission: String,
    /// What is carried forward, one strength or lesson per line.
    pub carry: String,
    pub rating: Option<u8>,
}

/// What a person writes on closing a chapter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClosingDraft {
    pub best: Option<Best>,
    pub best_note: String,
    pub accept: String,
    pub permission: String,
    pub carry: String,
    pub rating: Option<u8>,
}

/// A look back at a closed setback.
#[derive(Debug, Clone, PartialEq)]
pub struct Lookback {
    pub id: Uuid,
    pub setback_id: Uuid,
    pub on: NaiveDate,
    pub rating: u8,
    pub note: String,
}

/// Days after a close when a look back is due.
pub const LOOK_BACK_AFTER: [i64; 3] = [30, 90, 365];

/// The look-back due on `today` for a chapter closed on `closed_on`, given the day of the
/// latest look-back (if any): the last milestone passed, unless a look-back was written on or
/// after it. Returns how many days after the close that milestone is.
pub fn lookback_due(
    closed_on: NaiveDate,
    latest: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<i64> {
    let milestone = LOOK_BACK_AFTER
        .into_iter()
        .rev()
        .find(|days| shift_days(closed_on, *days) <= today)?;
    let since = shift_days(closed_on, milestone);
    match latest {
        Some(day) if day >= since => None,
        _ => Some(milestone),
    }
}

/// How long ago a milestone is, in a person's words: "a month", "three months", "a year".
pub fn milestone_words(days: i64) -> &'static str {
    match days {
        ..=45 => "a month",
        46..=200 => "three months",
        _ => "a year",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_look_back_is_due_at_each_milestone_until_one_is_written() {
        let closed = day("2026-01-01");
        assert_eq!(lookback_due(closed, None, day("2026-01-30")), None);
        assert_eq!(lookback_due(closed, None, day("2026-01-31")), Some(30));
        assert_eq!(
            lookback_due(closed, Some(day("2026-02-02")), day("2026-03-01")),
            None
        );
        assert_eq!(
            lookback_due(closed, Some(day("2026-02-02")), day("2026-04-01")),
            Some(90)
        );
        // Missing the second milestone, the third still comes due once.
        assert_eq!(lookback_due(closed, None, day("2027-01-01")), Some(365));
        assert_eq!(
            lookback_due(closed, Some(day("2027-01-02")), day("2027-06-01")),
            None
        );
    }

    #[test]
    fn ratings_run_from_nought_to_ten() {
        assert_eq!(parse_rating(" 0 "), Ok(0));
        assert_eq!(parse_rating("10"), Ok(10));
        assert!(
            parse_rating("11")
                .unwrap_err()
                .contains("0 (a step that taught me)")
        );
        assert!(parse_rating("-1").is_err());
        assert!(parse_rating("seven").is_err());
    }

    #[test]
    fn a_conversation_is_due_on_its_day_until_held() {
        let mut c = Conversation {
            id: Uuid::nil(),
            person_id: Uuid::nil(),
            person: "Priya".into(),
            setback_id: None,
            goal_id: None,
            kind: ConversationKind::Feedback,
            planned_on: Some(day("2026-12-04")),
            questions: String::new(),
            held_on: None,
            said: String::new(),
            takeaway: String::new(),
        };
        assert!(!c.is_due(day("2026-12-03")));
        assert!(c.is_due(day("2026-12-04")));
        assert!(c.is_due(day("2026-12-10")));
        c.held_on = Some(day("2026-12-05"));
        assert!(!c.is_due(day("2026-12-10")));
        c.held_on = None;
        c.planned_on = None;
        assert!(!c.is_due(day("2026-12-10")));
    }
}
