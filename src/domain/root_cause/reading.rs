//! How `assets/classifier.toml` is read and matched: clauses, opened contractions,
//! negation, and the cue phrases that claim their words.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{CLEAR, LEANING, Scores, UNCERTAIN};

/// The cue words and reading rules of `assets/classifier.toml`, ready to match.
#[derive(Debug, Clone)]
pub struct Rules {
    clause_words: BTreeSet<String>,
    negators: BTreeSet<String>,
    window: usize,
    contractions: BTreeMap<String, Vec<String>>,
    endings: Vec<(String, Vec<String>)>,
    cues: Vec<Cue>,
    pub(super) text_scale: f64,
    pub(super) temperature: f64,
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
pub(super) struct Hit {
    pub(super) quote: String,
    pub(super) weights: Scores,
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

    pub(super) fn confidence(&self, scores: &Scores) -> &'static str {
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
    pub(super) fn read(&self, text: &str) -> Vec<Hit> {
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
