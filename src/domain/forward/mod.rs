//! Moving forward: ideas weighed before they become goals, the people who can help, and
//! harsh thoughts rewritten as one would say them to a friend.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

/// An answer to one of the three questions an idea is weighed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Yes,
    Maybe,
    No,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Yes, Verdict::Maybe, Verdict::No];

    pub fn key(self) -> &'static str {
        match self {
            Verdict::Yes => "yes",
            Verdict::Maybe => "maybe",
            Verdict::No => "no",
        }
    }

    pub fn from_key(key: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Yes => "Yes",
            Verdict::Maybe => "Maybe",
            Verdict::No => "No",
        }
    }

    fn points(self) -> u8 {
        match self {
            Verdict::Yes => 2,
            Verdict::Maybe => 1,
            Verdict::No => 0,
        }
    }
}

/// The three questions every idea is weighed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    Realistic,
    Values,
    Happy,
}

impl Question {
    pub const ALL: [Question; 3] = [Question::Realistic, Question::Values, Question::Happy];

    pub fn key(self) -> &'static str {
        match self {
            Question::Realistic => "realistic",
            Question::Values => "values",
            Question::Happy => "happy",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }

    /// The question as a person reads it.
    pub fn text(self) -> &'static str {
        match self {
            Question::Realistic => "Is it realistic?",
            Question::Values => "Does it fit my values?",
            Question::Happy => "Would it make me happy?",
        }
    }
}

/// Where an idea is in the funnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStatus {
    #[default]
    Open,
    /// Set aside for now, never lost.
    NotNow,
    /// Became a goal.
    Promoted,
}

impl IdeaStatus {
    pub fn key(self) -> &'static str {
        match self {
            IdeaStatus::Open => "open",
            IdeaStatus::NotNow => "not_now",
            IdeaStatus::Promoted => "promoted",
        }
    }

    /// The words a person reads, as the Goals pane shows them.
    pub fn label(self) -> &'static str {
        match self {
            IdeaStatus::Open => "open",
            IdeaStatus::NotNow => "not now",
            IdeaStatus::Promoted => "became a goal",
        }
    }

    pub fn from_key(key: &str) -> Option<IdeaStatus> {
        [IdeaStatus::Open, IdeaStatus::NotNow, IdeaStatus::Promoted]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// One weighing: the answer and a note on it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Weighing {
    pub verdict: Option<Verdict>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Idea {
    pub id: Uuid,
    pub text: String,
    pub realistic: Weighing,
    pub values: Weighing,
    pub happy: Weighing,
    pub status: IdeaStatus,
    /// The goal it became.
    pub goal_id: Option<Uuid>,
}

impl Idea {
    pub fn weighing(&self, question: Question) -> &Weighing {
        match question {
            Question::Realistic => &self.realistic,
            Question::Values => &self.values,
            Question::Happy => &self.happy,
        }
    }

    /// How well it passes, 0 to 6: a yes is worth two, a maybe one.
    pub fn score(&self) -> u8 {
        Question::ALL
            .iter()
            .filter_map(|q| self.weighing(*q).verdict)
            .map(Verdict::points)
            .sum()
    }

    /// How many of the three questions have an answer.
    pub fn answered(&self) -> usize {
        Question::ALL
            .iter()
            .filter(|q| self.weighing(**q).verdict.is_some())
            .count()
    }

    /// The notes of its weighing, as a new goal's why.
    pub fn why_for_goal(&self) -> String {
        Question::ALL
            .iter()
            .filter_map(|q| {
                let w = self.weighing(*q);
                let verdict = w.verdict.map(Verdict::label);
                match (verdict, w.note.trim()) {
                    (None, "") => None,
                    (Some(v), "") => Some(format!("{} {v}.", q.text())),
                    (Some(v), note) => Some(format!("{} {v}: {note}", q.text())),
                    (None, note) => Some(format!("{} {note}", q.text())),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Orders ideas best first: by score, then the most fully weighed, keeping the given order
/// (newest first) among equals.
pub fn sort_ideas(ideas: &mut [Idea]) {
    ideas.sort_by(|a, b| {
        b.score()
            .cmp(&a.score())
            .then(b.answered().cmp(&a.answered()))
    });
}

/// The ways a person in the support network can help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Help {
    Advice,
    Introductions,
    Listening,
    Feedback,
}

impl Help {
    pub const ALL: [Help; 4] = [
        Help::Advice,
        Help::Introductions,
        Help::Listening,
        Help::Feedback,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Help::Advice => "advice",
            Help::Introductions => "introductions",
            Help::Listening => "listening",
            Help::Feedback => "feedback",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Help::Advice => "advice",
            Help::Introductions => "introductions",
            Help::Listening => "a listening ear",
            Help::Feedback => "candid feedback",
        }
    }

    /// Reads one kind of help, forgiving plurals and the longer labels ("a listening ear").
    pub fn parse(text: &str) -> Option<Help> {
        let t = text.trim().to_lowercase();
        Help::ALL.into_iter().find(|h| {
            t == h.key()
                || t == h.label()
                || h.key().starts_with(t.trim_end_matches('s')) && t.len() >= 3
        })
    }

    /// Reads a list like "advice, intros" into kinds, or names the word it cannot read.
    pub fn parse_list(text: &str) -> Result<Vec<Help>, String> {
        let mut helps = Vec::new();
        for part in text
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let help = Help::parse(part).ok_or_else(|| {
                format!(
                    "'{part}' is not a kind of help bounce knows; use advice, introductions, listening or feedback"
                )
            })?;
            if !helps.contains(&help) {
                helps.push(help);
            }
        }
        helps.sort();
        Ok(helps)
    }

    pub fn join(helps: &[Help]) -> String {
        helps.iter().map(|h| h.key()).collect::<Vec<_>>().join(",")
    }
}

/// After this many days without being in touch, Home mentions someone.
pub const QUIET_DAYS: u32 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub helps: Vec<Help>,
    pub last_contact: Option<NaiveDate>,
    pub note: String,
    /// Someone who lifts me up.
    pub lifts: bool,
}

impl Person {
    /// Days since last in touch, if ever.
    pub fn days_since_contact(&self, today: NaiveDate) -> Option<i64> {
        self.last_contact.map(|d| (today - d).num_days().max(0))
    }

    /// "in touch today", "12 days ago", "not yet in touch".
    pub fn contact_words(&self, today: NaiveDate) -> String {
        match self.days_since_contact(today) {
            None => "not in touch yet".to_string(),
            Some(0) => "in touch today".to_string(),
            Some(1) => "in touch yesterday".to_string(),
            Some(n) => format!("in touch {n} days ago"),
        }
    }

    /// Whether the word `name` appears in `text` as a whole word (any case).
    pub fn is_named_in(&self, text: &str) -> bool {
        let name = self.name.trim().to_lowercase();
        if name.is_empty() {
            return false;
        }
        let text = text.to_lowercase();
        text.match_indices(&name).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }
}

/// What a person fills in to add or change someone in their network.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonDraft {
    pub name: String,
    pub helps: Vec<Help>,
    pub note: String,
}

/// A harsh thought, and the same thing said as to a friend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reframe {
    pub id: Uuid,
    pub setback_id: Uuid,
    pub thought: String,
    pub kinder: String,
    pub written_on: NaiveDate,
}

#[cfg(test)]
mod tests;
