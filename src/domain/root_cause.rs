//! The root-cause classifier: which of the three causes a setback's answers and own words
//! point to, with scores and the reasons quoted back. Pure and deterministic; its questions,
//! weights and cue words come from `assets/questionnaire.toml` and `assets/classifier.toml`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::setback::{Event, Setback};

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

    pub fn label(self) -> &'static str {
        match self {
            Cause::Tactical => "Tactical misstep",
            Cause::Emotional => "Unrecognized emotions and desires",
            Cause::Unforeseen => "Unforeseeable event",
        }
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
        let label = format!("event of {}", event.date.format("%-d %b %Y"));
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
    for source in texts {
        for hit in rules.read(&source.text) {
            let subject = format!("Words “{}” in the {}", hit.quote, source.label);
            found.push((subject, hit.weights.scaled(rules.text_scale)));
        }
    }
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

/// The cue words and reading rules of `assets/classifier.toml`, ready to match.
#[derive(Debug, Clone)]
pub struct Rules {
    clause_words: BTreeSet<String>,
    negators: BTreeSet<String>,
    window: usize,
    contractions: BTreeMap<String, Vec<String>>,
    endings: Vec<(String, Vec<String>)>,
    cues: Vec<Cue>,
    text_scale: f64,
    temperature: f64,
    confidence: ConfidenceRule,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            clause_words: BTreeSet::new(),
            negators: BTreeSet::new(),
            window: 3,
            contractions: BTreeMap::new(),
            endings: Vec::new(),
            cues: Vec::new(),
            text_scale: 1.0,
            temperature: 1.0,
            confidence: ConfidenceRule {
                clear_top: 0.6,
                clear_margin: 0.25,
                leaning_margin: 0.1,
            },
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    clause_words: Vec<String>,
    scoring: ScoringFile,
    confidence: ConfidenceRule,
    negation: NegationFile,
    contractions: BTreeMap<String, String>,
    contraction_endings: Vec<(String, String)>,
    cues: Vec<CueFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringFile {
    text_scale: f64,
    temperature: f64,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfidenceRule {
    clear_top: f64,
    clear_margin: f64,
    leaning_margin: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NegationFile {
    window: usize,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    words: Vec<String>,
    #[serde(default)]
    tactical: f64,
    #[serde(default)]
    emotional: f64,
    #[serde(default)]
    unforeseen: f64,
    not: Option<Scores>,
}

#[derive(Debug, Clone)]
struct Cue {
    phrases: Vec<Vec<Part>>,
    weights: Scores,
    negated: Scores,
}

#[derive(Debug, Clone)]
enum Part {
    Any,
    OneOf(Vec<Alt>),
}

#[derive(Debug, Clone)]
enum Alt {
    Word(String),
    Stem(String),
}

impl Part {
    fn matches(&self, word: &str) -> bool {
        match self {
            Part::Any => true,
            Part::OneOf(alts) => alts.iter().any(|alt| match alt {
                Alt::Word(w) => w == word,
                Alt::Stem(s) => word.starts_with(s.as_str()),
            }),
        }
    }
}

fn split_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

fn parse_phrase(phrase: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    for piece in phrase.split_whitespace() {
        if piece == "_" {
            parts.push(Part::Any);
            continue;
        }
        let mut alts = Vec::new();
        for alt in piece.split('|') {
            let body = alt.strip_suffix('*').unwrap_or(alt);
            let plain = body
                .chars()
                .all(|c| c.is_alphanumeric() && !c.is_uppercase());
            if !plain || body.is_empty() || (alt.ends_with('*') && body.chars().count() < 3) {
                return Err(format!(
                    "cue {phrase:?}: {alt:?} is not a lower-case word or stem"
                ));
            }
            alts.push(if alt.ends_with('*') {
                Alt::Stem(body.to_string())
            } else {
                Alt::Word(body.to_string())
            });
        }
        parts.push(Part::OneOf(alts));
    }
    let ends_open =
        matches!(parts.first(), Some(Part::Any) | None) || matches!(parts.last(), Some(Part::Any));
    if ends_open {
        return Err(format!("cue {phrase:?} must start and end with a word"));
    }
    Ok(parts)
}

/// One cue found in a text: its effect and the words quoted (with the negator, if any).
struct Hit {
    quote: String,
    weights: Scores,
}

/// A word of a text, lower-cased and opened, with where it stands in the original.
struct Token {
    word: String,
    start: usize,
    end: usize,
}

impl Rules {
    /// Reads and checks `assets/classifier.toml`'s text.
    pub fn from_toml(text: &str) -> Result<Rules, String> {
        let file: RulesFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let scoring = &file.scoring;
        let c = file.confidence;
        let unit = |v: f64| (0.0..=1.0).contains(&v);
        let usable = scoring.temperature > 0.0
            && scoring.temperature.is_finite()
            && scoring.text_scale.is_finite()
            && unit(c.clear_top)
            && unit(c.clear_margin)
            && unit(c.leaning_margin);
        if !usable {
            return Err("scoring and confidence need finite, positive numbers".into());
        }
        let mut cues = Vec::new();
        for cue in &file.cues {
            let weights = Scores {
                tactical: cue.tactical,
                emotional: cue.emotional,
                unforeseen: cue.unforeseen,
            };
            let negated = cue.not.unwrap_or_default();
            if cue.words.is_empty() || !weights.all_finite() || !negated.all_finite() {
                return Err(format!(
                    "cue {:?} needs words and finite weights",
                    cue.words
                ));
            }
            let phrases = cue
                .words
                .iter()
                .map(|p| parse_phrase(p))
                .collect::<Result<Vec<_>, _>>()?;
            cues.push(Cue {
                phrases,
                weights,
                negated,
            });
        }
        Ok(Rules {
            clause_words: file.clause_words.into_iter().collect(),
            negators: file.negation.words.into_iter().collect(),
            window: file.negation.window,
            contractions: file
                .contractions
                .into_iter()
                .map(|(k, v)| (k, split_words(&v)))
                .collect(),
            endings: file
                .contraction_endings
                .into_iter()
                .map(|(k, v)| (k, split_words(&v)))
                .collect(),
            cues,
            text_scale: scoring.text_scale,
            temperature: scoring.temperature,
            confidence: c,
        })
    }

    fn confidence(&self, scores: &Scores) -> &'static str {
        let mut sorted: Vec<f64> = scores.iter().map(|(_, v)| v).collect();
        sorted.sort_by(|a, b| b.total_cmp(a));
        let margin = sorted[0] - sorted[1];
        let rule = &self.confidence;
        if sorted[0] >= rule.clear_top && margin >= rule.clear_margin {
            CLEAR
        } else if margin >= rule.leaning_margin {
            LEANING
        } else {
            UNCERTAIN
        }
    }

    /// The cues found in one text, each counted once plainly and once negated, in text order.
    fn read(&self, text: &str) -> Vec<Hit> {
        let mut counted = BTreeSet::new();
        let mut hits = Vec::new();
        for clause in self.clauses(text) {
            for (cue, start, len, negator) in self.match_clause(&clause) {
                if !counted.insert((cue, negator.is_some())) {
                    continue;
                }
                let rule = &self.cues[cue];
                let weights = if negator.is_some() {
                    rule.negated
                } else {
                    rule.weights
                };
                if weights.is_zero() {
                    continue;
                }
                // "did not see it coming" reads better quoted whole than from "not".
                let from = match negator {
                    Some(at) if at > 0 && clause[at].word == "not" => clause[at - 1].start,
                    Some(at) => clause[at].start,
                    None => clause[start].start,
                };
                let to = clause[start + len - 1].end;
                hits.push(Hit {
                    quote: text[from..to]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    weights,
                });
            }
        }
        hits
    }

    /// Cues in one clause as (cue, first word, length, negator's position), in text order:
    /// longer phrases claim their words first, and each word belongs to one cue at most.
    fn match_clause(&self, clause: &[Token]) -> Vec<(usize, usize, usize, Option<usize>)> {
        let mut candidates = Vec::new();
        for (index, cue) in self.cues.iter().enumerate() {
            for phrase in &cue.phrases {
                for start in 0..clause.len().saturating_sub(phrase.len() - 1) {
                    let words = &clause[start..start + phrase.len()];
                    if phrase.iter().zip(words).all(|(p, t)| p.matches(&t.word)) {
                        candidates.push((index, start, phrase.len()));
                    }
                }
            }
        }
        candidates.sort_by_key(|&(index, start, len)| (std::cmp::Reverse(len), start, index));
        let mut claimed = vec![false; clause.len()];
        let mut chosen = Vec::new();
        for (index, start, len) in candidates {
            if claimed[start..start + len].iter().any(|&c| c) {
                continue;
            }
            claimed[start..start + len]
                .iter_mut()
                .for_each(|c| *c = true);
            chosen.push((index, start, len));
        }
        chosen.sort_by_key(|&(_, start, _)| start);
        chosen
            .into_iter()
            .map(|(index, start, len)| {
                let negator = (start.saturating_sub(self.window)..start)
                    .rev()
                    .find(|&i| !claimed[i] && self.negators.contains(&clause[i].word));
                (index, start, len, negator)
            })
            .collect()
    }

    /// Cuts a text into clauses of opened, lower-cased words (see the top of
    /// `assets/classifier.toml`).
    fn clauses(&self, text: &str) -> Vec<Vec<Token>> {
        let mut clauses = vec![Vec::new()];
        for (raw, start, end) in raw_words(text) {
            if raw.is_empty() {
                clauses.push(Vec::new());
                continue;
            }
            if self.clause_words.contains(&raw) {
                clauses.push(Vec::new());
                continue;
            }
            if let Some(clause) = clauses.last_mut() {
                for word in self.open(&raw) {
                    clause.push(Token { word, start, end });
                }
            }
        }
        clauses.retain(|c| !c.is_empty());
        clauses
    }

    /// "didn't" -> ["did", "not"], by the whole-word table first, then the endings.
    fn open(&self, word: &str) -> Vec<String> {
        if let Some(words) = self.contractions.get(word) {
            return words.clone();
        }
        for (ending, replacement) in &self.endings {
            if let Some(base) = word.strip_suffix(ending.as_str()).filter(|b| !b.is_empty()) {
                let mut out = vec![base.to_string()];
                out.extend(replacement.iter().cloned());
                return out;
            }
        }
        vec![word.to_string()]
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

/// Words of a text as (lower-cased word with straight apostrophes, start, end), with an
/// empty word where a clause ends.
fn raw_words(text: &str) -> Vec<(String, usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut current: Option<(String, usize)> = None;
    let flush = |current: &mut Option<(String, usize)>, end: usize, out: &mut Vec<_>| {
        if let Some((word, start)) = current.take() {
            out.push((word, start, end));
        }
    };
    for (i, &(at, c)) in chars.iter().enumerate() {
        let prev_alnum = i > 0 && chars[i - 1].1.is_alphanumeric();
        let next_alnum = chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() {
            let word = current.get_or_insert_with(|| (String::new(), at));
            word.0.extend(c.to_lowercase());
        } else if is_apostrophe(c) && current.is_some() && next_alnum {
            if let Some(word) = current.as_mut() {
                word.0.push('\'');
            }
        } else {
            flush(&mut current, at, &mut out);
            let joins_words = c == '-' && prev_alnum && next_alnum;
            if !joins_words && ends_clause(c) {
                out.push((String::new(), at, at));
            }
        }
    }
    flush(&mut current, text.len(), &mut out);
    out
}

fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '"'
            | '“'
            | '”'
            | '—'
            | '–'
            | '-'
            | '…'
            | '\n'
            | '\r'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use uuid::Uuid;

    fn words(text: &str) -> Vec<TextSource> {
        vec![TextSource::new("summary", text)]
    }

    fn answers(pairs: &[(&str, Answer)]) -> Vec<(String, Answer)> {
        pairs.iter().map(|(k, a)| (k.to_string(), *a)).collect()
    }

    fn suggested(text: &str) -> Cause {
        classify(&words(text), &[]).suggested
    }

    /// A small rule set of its own, so these tests do not move when the asset is tuned.
    const TINY: &str = r#"
        clause_words = ["but"]
        contraction_endings = [["n't", "not"], ["'s", ""]]
        [scoring]
        text_scale = 1.0
        temperature = 1.0
        [confidence]
        clear_top = 0.6
        clear_margin = 0.25
        leaning_margin = 0.1
        [negation]
        window = 3
        words = ["not", "nobody"]
        [contractions]
        "didnt" = "did not"
        [[cues]]
        words = ["rush*"]
        tactical = 1.0
        [[cues]]
        words = ["relief"]
        emotional = 1.0
        [[cues]]
        words = ["storm"]
        unforeseen = 1.0
        [[cues]]
        words = ["see|saw _ coming"]
        tactical = 1.0
        not = { unforeseen = 2.0 }
        [[cues]]
        words = ["should have seen _ coming"]
        tactical = 3.0
    "#;

    fn tiny() -> Rules {
        Rules::from_toml(TINY).expect("the tiny rules parse")
    }

    fn tiny_points(text: &str) -> Scores {
        classify_with(&tiny(), &Questionnaire::default(), &words(text), &[]).points
    }

    #[test]
    fn nothing_at_all_gives_even_scores_and_a_kind_word() {
        for texts in [vec![], words("   \n ")] {
            let result = classify(&texts, &[]);
            for (_, score) in result.scores.iter() {
                assert!((score - 1.0 / 3.0).abs() < 1e-12);
            }
            assert_eq!(result.confidence, UNCERTAIN);
            assert_eq!(
                result.suggested,
                Cause::Tactical,
                "ties go to the first cause"
            );
            assert_eq!(result.reasons.len(), 1);
            assert!(result.reasons[0].starts_with("Nothing written yet"));
        }
    }

    #[test]
    fn words_that_point_nowhere_say_so() {
        let result = classify(&words("We had lunch on Tuesday."), &[]);
        assert_eq!(result.confidence, UNCERTAIN);
        assert!(result.reasons[0].starts_with("Nothing here points"));
    }

    #[test]
    fn answers_alone_are_enough() {
        let result = classify(
            &[],
            &answers(&[("foreseeable", Answer::No), ("outside_force", Answer::Yes)]),
        );
        assert_eq!(result.suggested, Cause::Unforeseen);
        assert_eq!(result.confidence, CLEAR);
        let question = crate::assets::questionnaire()
            .question("foreseeable")
            .unwrap();
        let expected = format!(
            "Answer “{}”: no → unforeseeable event +2.0, tactical misstep -0.5",
            question.text
        );
        assert!(result.reasons.contains(&expected), "{:?}", result.reasons);

        let heart = answers(&[("relief", Answer::Yes), ("wanted_path", Answer::Scale(1))]);
        let result = classify(&[], &heart);
        assert_eq!(result.suggested, Cause::Emotional);
        assert!(result.reasons.iter().any(|r| r.contains(": 1 of 5 → ")));

        let step = answers(&[("my_step", Answer::Yes), ("too_fast", Answer::Yes)]);
        assert_eq!(classify(&[], &step).suggested, Cause::Tactical);
    }

    #[test]
    fn text_alone_is_enough() {
        assert_eq!(
            suggested("The whole division was closed in a restructuring."),
            Cause::Unforeseen
        );
        assert_eq!(
            suggested("I rushed the launch and skipped the tests."),
            Cause::Tactical
        );
        assert_eq!(
            suggested("I never wanted that job. Losing it was a relief."),
            Cause::Emotional
        );
    }

    #[test]
    fn answers_and_words_add_up() {
        let text = words("I rushed the decision.");
        let alone = classify(&text, &[]);
        assert_eq!(alone.suggested, Cause::Tactical);
        let heart = answers(&[("relief", Answer::Yes), ("why_chosen", Answer::Yes)]);
        let both = classify(&text, &heart);
        assert_eq!(both.suggested, Cause::Emotional);
        assert!(both.reasons.iter().any(|r| r.starts_with("Answer “")));
        assert!(both.reasons.iter().any(|r| r.starts_with("Words “rushed”")));
        let points = |r: &Classification| r.points.tactical;
        assert_eq!(points(&alone), points(&both), "the words still count");
    }

    #[test]
    fn negation_turns_the_classic_pairs() {
        assert_eq!(suggested("I did not see it coming."), Cause::Unforeseen);
        assert_eq!(suggested("I didn’t see it coming."), Cause::Unforeseen);
        assert_eq!(
            suggested("Nobody could have seen this coming."),
            Cause::Unforeseen
        );
        assert_eq!(suggested("I should have seen it coming."), Cause::Tactical);
        assert_eq!(
            suggested("I saw it coming and did nothing."),
            Cause::Tactical
        );
        assert_eq!(suggested("It was my fault."), Cause::Tactical);
        assert_eq!(suggested("It wasn't my fault."), Cause::Unforeseen);
        assert_eq!(suggested("My heart wasn't in it."), Cause::Emotional);
        assert_eq!(suggested("I never enjoyed the work."), Cause::Emotional);
        assert_eq!(
            suggested("No one expected the shutdown."),
            Cause::Unforeseen
        );
    }

    #[test]
    fn the_examples_in_the_asset_hold() {
        let points = |t: &str| classify(&words(t), &[]).points;
        let at = |tactical, unforeseen| Scores {
            tactical,
            emotional: 0.0,
            unforeseen,
        };
        assert_eq!(points("I saw it coming"), at(1.0, 0.0));
        assert_eq!(points("I did not see it coming"), at(0.0, 2.0));
        assert_eq!(points("nobody could have seen it coming"), at(0.0, 3.5));
        assert_eq!(points("I should have seen it coming"), at(2.0, 0.0));
    }

    #[test]
    fn negation_flips_cancels_and_stays_in_its_clause() {
        let p = tiny_points("I did not see it coming");
        assert_eq!(
            (p.tactical, p.unforeseen),
            (0.0, 2.0),
            "flipped by its `not` table"
        );
        assert_eq!(tiny_points("I didnt see it coming").unforeseen, 2.0);
        assert_eq!(
            tiny_points("not a relief").emotional,
            0.0,
            "no `not`: cancelled"
        );
        assert_eq!(tiny_points("I did not panic. Relief.").emotional, 1.0);
        assert_eq!(tiny_points("not scared but relief").emotional, 1.0);
        let far = tiny_points("not once in all those years a relief");
        assert_eq!(far.emotional, 1.0, "beyond the window");
        let p = tiny_points("I should have seen it coming");
        assert_eq!(
            (p.tactical, p.unforeseen),
            (3.0, 0.0),
            "the longer cue wins"
        );
    }

    #[test]
    fn inflections_and_contractions_read_alike() {
        let points = |t: &str| classify(&words(t), &[]).points;
        let restructure = points("They restructure the company.");
        for text in [
            "They restructured.",
            "A restructuring.",
            "A reorganisation.",
        ] {
            assert_eq!(points(text), restructure, "{text}");
        }
        let checked = points("I did not check the numbers.");
        for text in [
            "I didn't check the numbers.",
            "I didn’t check the numbers.",
            "i didnt check the numbers",
            "I DID NOT CHECK THE NUMBERS!",
        ] {
            assert_eq!(points(text), checked, "{text}");
        }
        assert!(checked.tactical > 0.0);
        assert_eq!(
            tiny_points("rushed, rushing, rush").tactical,
            1.0,
            "once per text"
        );
    }

    #[test]
    fn reasons_quote_the_words_and_where_they_stand() {
        let texts = vec![
            TextSource::new("title", "Laid off"),
            TextSource::new("event of 12 Mar 2026", "Honestly? I did not see it coming."),
        ];
        let result = classify(&texts, &[]);
        assert!(
            result.reasons.iter().any(|r| r
                == "Words “did not see it coming” in the event of 12 Mar 2026 → unforeseeable event +2.0"),
            "{:?}",
            result.reasons
        );
        assert!(
            result
                .reasons
                .iter()
                .any(|r| r.starts_with("Words “Laid off” in the title"))
        );
        let tiny = classify_with(&tiny(), &Questionnaire::default(), &words("A Storm"), &[]);
        assert_eq!(
            tiny.reasons,
            ["Words “Storm” in the summary → unforeseeable event +1.0"]
        );
    }

    #[test]
    fn reasons_for_the_suggestion_come_first() {
        let texts = [
            TextSource::new("summary", "I rushed it."),
            TextSource::new("event of 1 May 2025", "Honestly, a relief."),
            TextSource::new("event of 2 May 2025", "Relief!"),
        ];
        let result = classify_with(&tiny(), &Questionnaire::default(), &texts, &[]);
        assert_eq!(result.suggested, Cause::Emotional);
        assert!(result.reasons[0].starts_with("Words “relief” in the event of 1 May"));
        assert!(result.reasons[1].starts_with("Words “Relief” in the event of 2 May"));
        assert!(result.reasons[2].starts_with("Words “rushed”"));
    }

    #[test]
    fn scores_are_a_softmax_that_sums_to_one() {
        let result = classify_with(&tiny(), &Questionnaire::default(), &words("storm"), &[]);
        let e = std::f64::consts::E;
        assert!((result.scores.unforeseen - e / (e + 2.0)).abs() < 1e-12);
        for text in [
            "",
            "I rushed it. A storm came.",
            "relief relief storm rushed",
        ] {
            let r = classify(&words(text), &[]);
            let total: f64 = r.scores.iter().map(|(_, s)| s).sum();
            assert!((total - 1.0).abs() < 1e-12);
            assert!(r.scores.iter().all(|(_, s)| (0.0..=1.0).contains(&s)));
            assert_eq!(
                r,
                classify(&words(text), &[]),
                "the same words, the same result"
            );
        }
    }

    #[test]
    fn ties_go_to_tactical_then_emotional() {
        let rules = tiny();
        let none = Questionnaire::default();
        let tie = |t: &str| classify_with(&rules, &none, &words(t), &[]);
        assert_eq!(tie("rushed. relief. storm.").suggested, Cause::Tactical);
        assert_eq!(tie("relief. storm.").suggested, Cause::Emotional);
        assert_eq!(tie("relief. storm.").confidence, UNCERTAIN);
    }

    #[test]
    fn confidence_follows_the_margin() {
        let rules = tiny();
        let none = Questionnaire::default();
        let confidence = |t: &str| classify_with(&rules, &none, &words(t), &[]).confidence;
        assert_eq!(confidence("I should have seen it coming"), CLEAR);
        assert_eq!(confidence("rushed. relief"), UNCERTAIN);
        // Points 1, 0, 0 at temperature 1: 0.58 against 0.21.
        assert_eq!(confidence("rushed"), LEANING);
    }

    #[test]
    fn answers_that_do_not_fit_are_left_out() {
        let odd = answers(&[
            ("no_such_question", Answer::Yes),
            ("relief", Answer::Scale(3)),
            ("wanted_path", Answer::Yes),
        ]);
        let result = classify(&[], &odd);
        assert_eq!(result.points, Scores::default());
        let twice = answers(&[("relief", Answer::Yes), ("relief", Answer::No)]);
        assert_eq!(
            classify(&[], &twice).reasons.len(),
            1,
            "the first answer counts"
        );
    }

    #[test]
    fn keys_round_trip() {
        for cause in Cause::ALL {
            assert_eq!(Cause::from_key(cause.key()), Some(cause));
        }
        assert_eq!(
            Cause::Emotional.label(),
            "Unrecognized emotions and desires"
        );
        assert_eq!(Cause::from_key("other"), None);
        let all = [
            Answer::Yes,
            Answer::Partly,
            Answer::No,
            Answer::Scale(1),
            Answer::Scale(5),
        ];
        for answer in all {
            assert_eq!(Answer::from_key(&answer.key()), Some(answer));
        }
        assert_eq!(Answer::from_key("0"), None);
        assert_eq!(Answer::from_key("6"), None);
    }

    #[test]
    fn serialises_as_the_command_line_promises() {
        let result = classify(&words("A pandemic closed us."), &[]);
        let json = serde_json::to_value(&result).unwrap();
        assert_eq!(json["suggested"], "unforeseen");
        let scores = json["scores"].as_object().unwrap();
        let keys: Vec<&str> = scores.keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 3);
        assert!(
            ["tactical", "emotional", "unforeseen"]
                .iter()
                .all(|k| keys.contains(k))
        );
        assert!(json["reasons"].as_array().is_some_and(|r| !r.is_empty()));
        assert!(json.get("points").is_none());
    }

    #[test]
    fn bad_rules_are_refused_with_a_reason() {
        let with = |cue: &str| TINY.replace("words = [\"storm\"]", cue);
        for bad in [
            "words = [\"didn't\"]",
            "words = [\"storm _\"]",
            "words = [\"Storm\"]",
            "words = [\"s*\"]",
            "words = []",
            "words = [\"storm\"]\nunforseen = 1.0",
        ] {
            assert!(Rules::from_toml(&with(bad)).is_err(), "{bad}");
        }
        let mut wrong_answer =
            String::from("intro = \"\"\nmotives = []\n[[questions]]\nkey = \"q\"\ntext = \"Q?\"\n");
        wrong_answer.push_str("kind = \"yes_partly_no\"\n[questions.weights]\n3 = {}\n");
        assert!(Questionnaire::from_toml(&wrong_answer).is_err());
    }

    #[test]
    fn a_setback_gives_its_texts_with_labels() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
        let setback = Setback {
            id: Uuid::nil(),
            title: "Laid off".into(),
            date,
            summary: String::new(),
            reflection: "Free at last".into(),
            event_count: 1,
            cause: None,
        };
        let event = Event {
            id: Uuid::nil(),
            setback_id: Uuid::nil(),
            date,
            time: None,
            position: 0,
            what: "Town hall".into(),
            who: "Everyone".into(),
            thought: "Nobody saw it coming".into(),
            felt: "Numb".into(),
        };
        let answers = [("learned".to_string(), "Keep savings.".to_string())];
        let sources = setback_sources(&setback, &[event], &answers);
        let labels: Vec<&str> = sources.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "title",
                "event of 12 Mar 2026",
                "answer to “What did I learn?”"
            ]
        );
        assert_eq!(sources[1].text, "Town hall\nNobody saw it coming\nNumb");
    }
}
