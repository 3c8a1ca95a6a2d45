//! How `assets/classifier.toml` is read and matched: clauses, opened contractions,
//! negation, and the cue phrases that claim their words.

use std::collections::{BTreeMap, BTreeSet};

use super::{CLEAR, LEANING, Scores, UNCERTAIN};
use file::ConfidenceRule;
use words::raw_words;

mod file;
mod words;

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
