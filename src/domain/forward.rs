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
mod tests {
    use super::*;

    fn idea(r: Option<Verdict>, v: Option<Verdict>, h: Option<Verdict>, text: &str) -> Idea {
        let w = |verdict| Weighing {
            verdict,
            note: String::new(),
        };
        Idea {
            id: Uuid::nil(),
            text: text.into(),
            realistic: w(r),
            values: w(v),
            happy: w(h),
            status: IdeaStatus::Open,
            goal_id: None,
        }
    }

    #[test]
    fn ideas_sort_by_how_well_they_pass() {
        use Verdict::*;
        let mut ideas = vec![
            idea(None, None, None, "unweighed"),
            idea(Some(No), Some(Yes), Some(Yes), "four"),
            idea(Some(Yes), Some(Yes), Some(Yes), "six"),
            idea(Some(Maybe), Some(Maybe), None, "two of two"),
            idea(Some(Yes), None, None, "two of one"),
            idea(Some(Maybe), Some(Maybe), Some(Maybe), "three"),
        ];
        sort_ideas(&mut ideas);
        let order: Vec<&str> = ideas.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            order,
            [
                "six",
                "four",
                "three",
                "two of two",
                "two of one",
                "unweighed"
            ]
        );
        assert_eq!(ideas[0].score(), 6);
        assert_eq!(ideas[5].answered(), 0);
    }

    #[test]
    fn a_weighed_idea_gives_its_notes_to_the_goal() {
        let mut i = idea(Some(Verdict::Yes), None, Some(Verdict::Maybe), "Teach");
        i.realistic.note = "I have taught before".into();
        i.values.note = "Helping people learn".into();
        assert_eq!(
            i.why_for_goal(),
            "Is it realistic? Yes: I have taught before\n\
             Does it fit my values? Helping people learn\n\
             Would it make me happy? Maybe."
        );
        assert_eq!(idea(None, None, None, "x").why_for_goal(), "");
    }

    #[test]
    fn kinds_of_help_read_forgivingly() {
        assert_eq!(
            Help::parse_list("Intros, advice; listening, advice"),
            Ok(vec![Help::Advice, Help::Introductions, Help::Listening])
        );
        assert_eq!(Help::parse("candid feedback"), Some(Help::Feedback));
        assert_eq!(Help::parse("a listening ear"), Some(Help::Listening));
        assert_eq!(Help::parse("in"), None);
        assert!(Help::parse_list("money").unwrap_err().contains("'money'"));
        assert_eq!(
            Help::join(&[Help::Advice, Help::Feedback]),
            "advice,feedback"
        );
    }

    #[test]
    fn a_person_is_named_as_a_whole_word() {
        let ana = Person {
            id: Uuid::nil(),
            name: "Ana".into(),
            helps: vec![],
            last_contact: None,
            note: String::new(),
        };
        assert!(ana.is_named_in("Ask Ana for an intro"));
        assert!(ana.is_named_in("coffee with ana."));
        assert!(!ana.is_named_in("Read the analysis"));
        assert!(!ana.is_named_in("Call Hanna"));
    }

    #[test]
    fn contact_reads_in_days() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut p = Person {
            id: Uuid::nil(),
            name: "Sam".into(),
            helps: vec![],
            last_contact: None,
            note: String::new(),
        };
        assert_eq!(p.contact_words(today), "not in touch yet");
        p.last_contact = Some(today - chrono::Days::new(12));
        assert_eq!(p.days_since_contact(today), Some(12));
        assert_eq!(p.contact_words(today), "in touch 12 days ago");
    }
}
