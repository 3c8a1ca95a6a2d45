//! The root-cause classifier: which of the three causes a setback's answers and own words
//! point to, with scores and the reasons quoted back. Pure and deterministic; its questions,
//! weights and cue words come from `assets/questionnaire.toml` and `assets/classifier.toml`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::setback::{Event, Setback};

mod questionnaire;
mod reading;
#[cfg(test)]
mod tests;

pub use questionnaire::{Answer, AnswerKind, Motive, Question, Questionnaire};
pub use reading::Rules;

/// What a setback whose cause the person has not chosen shows, everywhere.
pub const NOT_DECIDED: &str = "not decided yet";

/// The one true root cause of a setback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cause {
    Tactical,
    Emotional,
    Unforeseen,
}

impl Cause {
    /// In this order everywhere, and ties go to the first.
    pub const ALL: [Cause; 3] = [Cause::Tactical, Cause::Emotional, Cause::Unforeseen];

    pub fn key(self) -> &'static str {
        match self {
            Cause::Tactical => "tactical",
            Cause::Emotional => "emotional",
            Cause::Unforeseen => "unforeseen",
        }
    }

    /// The full name, where there is room to say it: the suggestion, the choice of cause,
    /// what was decided, exports.
    pub fn label(self) -> &'static str {
        match self {
            Cause::Tactical => "Tactical misstep",
            Cause::Emotional => "Not recognizing or honouring my true emotions and desires",
            Cause::Unforeseen => "Unforeseeable event",
        }
    }

    /// The short name, in lists and counts; kind, never a verdict on the person.
    pub fn short_label(self) -> &'static str {
        match self {
            Cause::Tactical => "Tactical",
            Cause::Emotional => "True desires",
            Cause::Unforeseen => "Unforeseen",
        }
    }

    /// A setback's cause in a list: its short name, or that it is not decided yet.
    pub fn short_or_undecided(cause: Option<Cause>) -> &'static str {
        cause.map_or(NOT_DECIDED, Cause::short_label)
    }

    pub fn from_key(key: &str) -> Option<Cause> {
        Cause::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The label as it reads inside a sentence ("tactical misstep").
    fn in_sentence(self) -> String {
        self.label().to_lowercase()
    }
}

/// One number per cause: the weights of an answer or a cue, a setback's points, or its
/// scores. Serialised as an object keyed by cause.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    #[serde(default)]
    pub tactical: f64,
    #[serde(default)]
    pub emotional: f64,
    #[serde(default)]
    pub unforeseen: f64,
}

impl Scores {
    pub fn get(&self, cause: Cause) -> f64 {
        match cause {
            Cause::Tactical => self.tactical,
            Cause::Emotional => self.emotional,
            Cause::Unforeseen => self.unforeseen,
        }
    }

    fn slot(&mut self, cause: Cause) -> &mut f64 {
        match cause {
            Cause::Tactical => &mut self.tactical,
            Cause::Emotional => &mut self.emotional,
            Cause::Unforeseen => &mut self.unforeseen,
        }
    }

    /// Each cause with its number, in the fixed order.
    pub fn iter(&self) -> impl Iterator<Item = (Cause, f64)> + '_ {
        Cause::ALL.into_iter().map(|c| (c, self.get(c)))
    }

    fn add(&mut self, other: &Scores, factor: f64) {
        for cause in Cause::ALL {
            *self.slot(cause) += other.get(cause) * factor;
        }
    }

    fn scaled(&self, factor: f64) -> Scores {
        let mut out = Scores::default();
        out.add(self, factor);
        out
    }

    fn is_zero(&self) -> bool {
        self.iter().all(|(_, v)| v == 0.0)
    }

    fn all_finite(&self) -> bool {
        self.iter().all(|(_, v)| v.is_finite())
    }
}

/// One piece of a setback's own writing, and where it came from. The label reads after
/// "in the": "title", "summary", "event of 12 Mar 2026", "answer to “What did I learn?”".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSource {
    pub label: String,
    pub text: String,
}

impl TextSource {
    pub fn new(label: impl Into<String>, text: impl Into<String>) -> TextSource {
        TextSource {
            label: label.into(),
            text: text.into(),
        }
    }
}

/// The texts the classifier reads for one setback: its title, its summary, each event's
/// what, thought and felt, and each Debrief answer (given as question key and text).
pub fn setback_sources(
    setback: &Setback,
    events: &[Event],
    answers: &[(String, String)],
) -> Vec<TextSource> {
    let mut sources = vec![
        TextSource::new("title", setback.title.as_str()),
        TextSource::new("summary", setback.summary.as_str()),
    ];
    for event in events {
        // One line each, so that a clause never runs from one field into the next.
        let text = [&event.what, &event.thought, &event.felt]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let label = format!("event of {}", super::dates::list_date(event.date));
        sources.push(TextSource::new(label, text));
    }
    let debrief = crate::assets::debrief();
    for (key, text) in answers {
        let question = debrief
            .questions
            .iter()
            .find(|q| &q.key == key)
            .map_or(key.as_str(), |q| q.text.as_str());
        sources.push(TextSource::new(
            format!("answer to “{question}”"),
            text.as_str(),
        ));
    }
    sources.retain(|s| !s.text.trim().is_empty());
    sources
}

/// The classifier's suggestion for one setback.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    pub suggested: Cause,
    /// Each between 0 and 1, summing to 1: a softmax of `points`.
    pub scores: Scores,
    /// The points each cause gathered from answers and words, before the softmax.
    #[serde(skip)]
    pub points: Scores,
    /// "clear", "leaning" or "uncertain"; the rule is in `assets/classifier.toml`.
    pub confidence: &'static str,
    /// What moved the points, most in favour of the suggestion first, quoted.
    pub reasons: Vec<String>,
    /// Only cue words moved the points, no answer: the scores say less than they seem to.
    pub words_only: bool,
}

pub const CLEAR: &str = "clear";
pub const LEANING: &str = "leaning";
pub const UNCERTAIN: &str = "uncertain";

const NOTHING_YET: &str = "Nothing written yet. Add a few words about what happened, or answer \
                           a question or two, and a suggestion will appear here.";
const NOTHING_POINTS: &str = "Nothing here points to one cause more than another yet. A few \
                              answers to the questions will help.";

/// Classifies with the rules and questions embedded from `assets/`.
pub fn classify(texts: &[TextSource], answers: &[(String, Answer)]) -> Classification {
    classify_with(
        crate::assets::classifier(),
        crate::assets::questionnaire(),
        texts,
        answers,
    )
}

/// Classifies a setback from its texts and its answers (question key, answer). Answers to
/// unknown questions, or that a question does not offer, are left out; when a question is
/// answered twice, the first answer counts.
pub fn classify_with(
    rules: &Rules,
    questionnaire: &Questionnaire,
    texts: &[TextSource],
    answers: &[(String, Answer)],
) -> Classification {
    let mut found: Vec<(String, Scores)> = Vec::new();
    let mut seen = BTreeSet::new();
    for (key, answer) in answers {
        let Some(question) = questionnaire.question(key) else {
            continue;
        };
        let Some(weights) = question.weights_for(*answer) else {
            continue;
        };
        if seen.insert(key.as_str()) && !weights.is_zero() {
            let subject = format!("Answer “{}”: {}", question.text, answer.label());
            found.push((subject, weights));
        }
    }
    let answered = found.len();
    for source in texts {
        for hit in rules.read(&source.text) {
            let subject = format!("Words “{}” in the {}", hit.quote, source.label);
            found.push((subject, hit.weights.scaled(rules.text_scale)));
        }
    }
    let words_only = answered == 0 && !found.is_empty();
    let mut points = Scores::default();
    for (_, weights) in &found {
        points.add(weights, 1.0);
    }
    let suggested = top_cause(&points);
    let scores = softmax(&points, rules.temperature);
    // Stable: equal effects keep answers before words, and text order.
    found.sort_by(|a, b| b.1.get(suggested).total_cmp(&a.1.get(suggested)));
    let mut reasons: Vec<String> = found
        .iter()
        .map(|(subject, weights)| format!("{subject} → {}", describe(weights)))
        .collect();
    let confidence = if reasons.is_empty() {
        let nothing_given = answers.is_empty() && texts.iter().all(|t| t.text.trim().is_empty());
        let kind_word = if nothing_given {
            NOTHING_YET
        } else {
            NOTHING_POINTS
        };
        reasons.push(kind_word.to_string());
        UNCERTAIN
    } else {
        rules.confidence(&scores)
    };
    Classification {
        suggested,
        scores,
        points,
        confidence,
        reasons,
        words_only,
    }
}

/// The cause with the most points; ties (within rounding) go to the first in `Cause::ALL`.
fn top_cause(points: &Scores) -> Cause {
    let mut best = Cause::Tactical;
    for cause in Cause::ALL {
        if points.get(cause) > points.get(best) + 1e-9 {
            best = cause;
        }
    }
    best
}

fn softmax(points: &Scores, temperature: f64) -> Scores {
    let max = points.iter().map(|(_, v)| v).fold(f64::MIN, f64::max);
    let mut out = Scores::default();
    for (cause, v) in points.iter() {
        *out.slot(cause) = ((v - max) / temperature).exp();
    }
    let total: f64 = out.iter().map(|(_, v)| v).sum();
    out.scaled(1.0 / total)
}

/// "unforeseeable event +2.0, tactical misstep -0.5": biggest first, zeros left out.
fn describe(weights: &Scores) -> String {
    let mut parts: Vec<(Cause, f64)> = weights.iter().filter(|(_, v)| *v != 0.0).collect();
    parts.sort_by(|a, b| b.1.total_cmp(&a.1));
    parts
        .iter()
        .map(|(cause, v)| format!("{} {}", cause.in_sentence(), signed(*v)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn signed(v: f64) -> String {
    if ((v * 10.0).round() - v * 10.0).abs() < 1e-9 {
        format!("{v:+.1}")
    } else {
        format!("{v:+.2}")
    }
}
