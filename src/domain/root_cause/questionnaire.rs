//! The root-cause questionnaire: its questions and the answers each offers, how an answer
//! moves the causes' points, and the motives offered as a misstep's follow-up.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::Scores;

/// An answer to one question of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    Partly,
    No,
    /// 1 to 5.
    Scale(u8),
}

impl Answer {
    /// How the answer is stored: "yes", "partly", "no" or "1" to "5".
    pub fn key(self) -> String {
        match self {
            Answer::Yes => "yes".into(),
            Answer::Partly => "partly".into(),
            Answer::No => "no".into(),
            Answer::Scale(n) => n.to_string(),
        }
    }

    pub fn from_key(key: &str) -> Option<Answer> {
        match key {
            "yes" => Some(Answer::Yes),
            "partly" => Some(Answer::Partly),
            "no" => Some(Answer::No),
            _ => key
                .parse::<u8>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map(Answer::Scale),
        }
    }

    /// How the answer reads in a reason: "no", "4 of 5".
    pub fn label(self) -> String {
        match self {
            Answer::Scale(n) => format!("{n} of 5"),
            other => other.key(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    YesPartlyNo,
    Scale,
}

/// One question of the questionnaire, with how each answer moves the causes' points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub key: String,
    pub text: String,
    pub kind: AnswerKind,
    /// What 1 means on a scale question.
    #[serde(default)]
    pub low: String,
    /// What 5 means on a scale question.
    #[serde(default)]
    pub high: String,
    /// Keyed by the answer's key; an answer not listed moves nothing.
    pub weights: BTreeMap<String, Scores>,
}

impl Question {
    /// The answers this question offers, in the order to show them.
    pub fn answers(&self) -> Vec<Answer> {
        match self.kind {
            AnswerKind::YesPartlyNo => vec![Answer::Yes, Answer::Partly, Answer::No],
            AnswerKind::Scale => (1..=5).map(Answer::Scale).collect(),
        }
    }

    /// How `answer` moves the points, or `None` when it is not an answer to this question.
    pub fn weights_for(&self, answer: Answer) -> Option<Scores> {
        if !self.answers().contains(&answer) {
            return None;
        }
        Some(self.weights.get(&answer.key()).copied().unwrap_or_default())
    }
}

/// A reason a tactical misstep was taken, offered as its follow-up.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Motive {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub intro: String,
    pub questions: Vec<Question>,
    pub motives: Vec<Motive>,
}

impl Questionnaire {
    /// Reads and checks `assets/questionnaire.toml`'s text.
    pub fn from_toml(text: &str) -> Result<Questionnaire, String> {
        let questionnaire: Questionnaire = toml::from_str(text).map_err(|e| e.to_string())?;
        questionnaire.check()?;
        Ok(questionnaire)
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }

    fn check(&self) -> Result<(), String> {
        let mut keys = BTreeSet::new();
        for q in &self.questions {
            if q.key.is_empty() || q.text.trim().is_empty() || !keys.insert(q.key.as_str()) {
                return Err(format!(
                    "question {:?} needs a unique key and a text",
                    q.key
                ));
            }
            let offered: Vec<String> = q.answers().into_iter().map(Answer::key).collect();
            for (answer, weights) in &q.weights {
                if !offered.contains(answer) || !weights.all_finite() {
                    return Err(format!(
                        "question {:?}: answer {answer:?} is not one it offers",
                        q.key
                    ));
                }
            }
        }
        let mut motives = BTreeSet::new();
        if let Some(m) = self
            .motives
            .iter()
            .find(|m| !motives.insert(m.key.as_str()))
        {
            return Err(format!("motive {:?} appears twice", m.key));
        }
        Ok(())
    }
}
