//! How `assets/classifier.toml` is read and matched: clauses, opened contractions,
//! negation, and the cue phrases that claim their words.

use std::collections::{BTreeMap, BTreeSet};

use super::{CLEAR, LEANING, Scores, UNCERTAIN};
use agency::{Agency, Doer};
use file::ConfidenceRule;
use first_words::FirstWords;
use words::raw_words;

mod agency;
mod file;
mod first_words;
mod words;

/// The cue words and reading rules of `assets/classifier.toml`, ready to match.
#[derive(Debug, Clone)]
pub struct Rules {
    clause_words: BTreeSet<String>,
    negators: BTreeSet<String>,
    window: usize,
    contractions: BTreeMap<String, Vec<String>>,
    endings: Vec<(String, Vec<String>)>,
    agency: Agency,
    cues: Vec<Cue>,
    /// Where each phrase may start: see [`FirstWords`].
    first_words: FirstWords,
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
            agency: Agency::default(),
            cues: Vec::new(),
            first_words: FirstWords::default(),
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
    /// Instead of `weights` when I or we did the act the cue names.
    by_me: Option<Scores>,
    /// Instead of `weights` when someone or something else did it, or it was done to me.
    by_others: Option<Scores>,
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
    /// Any word of three letters or more before this ending: "*ing" reads "opening".
    Ending(String),
}

impl Part {
    fn matches(&self, word: &str) -> bool {
        match self {
            Part::Any => true,
            Part::OneOf(alts) => alts.iter().any(|alt| match alt {
                Alt::Word(w) => w == word || is_plural_of(w, word) || is_verb_form_of(w, word),
                Alt::Stem(s) => word.starts_with(s.as_str()),
                Alt::Ending(e) => word
                    .strip_suffix(e.as_str())
                    .is_some_and(|before| before.chars().count() >= 3),
            }),
        }
    }
}

/// "minister" also reads "ministers", "crash" "crashes", "company" "companies". Words of
/// three letters or fewer list their forms, so "new" never reads "news".
fn is_plural_of(base: &str, word: &str) -> bool {
    if base.chars().count() < 4 {
        return false;
    }
    match word.strip_prefix(base) {
        Some("s" | "es") => true,
        _ => base
            .strip_suffix('y')
            .is_some_and(|stem| word.strip_prefix(stem) == Some("ies")),
    }
}

/// "collapse" also reads "collapsed" and "collapsing", "flood" "flooded", "admit" its
/// doubled "admitted", and "worry" "worried". Only for words of five letters or more:
/// shorter ones list their forms, so that "sign" never reads "signing".
fn is_verb_form_of(base: &str, word: &str) -> bool {
    if base.chars().count() < 5 {
        return false;
    }
    let ending = |stem: &str| {
        word.strip_prefix(stem)
            .filter(|e| ["ed", "ing"].contains(e))
    };
    if ending(base).is_some() {
        return true;
    }
    if let Some(stem) = base.strip_suffix('e') {
        return matches!(word.strip_prefix(stem), Some("ed" | "ing"));
    }
    if let Some(stem) = base.strip_suffix('y') {
        return word.strip_prefix(stem) == Some("ied");
    }
    let last = base.chars().last().filter(|c| !"aeiouwxy".contains(*c));
    last.is_some_and(|c| {
        let doubled = format!("{base}{c}");
        ending(&doubled).is_some()
    })
}

/// One cue found in a text: its effect and the words quoted (with the negator, if any).
pub(super) struct Hit {
    pub(super) quote: String,
    pub(super) weights: Scores,
}

/// One cue matched in a clause: which, where its words are, and the negator before it.
struct Found {
    cue: usize,
    start: usize,
    len: usize,
    negator: Option<usize>,
}

/// How a cue was read, so that each reading counts once per text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reading {
    Plain,
    Negated,
    By(Doer),
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

    /// The cues found in one text, each counted once per reading (plainly, negated, done
    /// by me, done by others), in text order.
    pub(super) fn read(&self, text: &str) -> Vec<Hit> {
        let mut counted = BTreeSet::new();
        let mut hits = Vec::new();
        for clause in self.clauses(text) {
            let words: Vec<&str> = clause.iter().map(|t| t.word.as_str()).collect();
            for found in self.match_clause(&clause) {
                let (reading, weights, first, last) = self.weigh(&words, &found);
                if !counted.insert((found.cue, reading)) || weights.is_zero() {
                    continue;
                }
                let quoted = &text[clause[first].start..clause[last].end];
                hits.push(Hit {
                    quote: quoted.split_whitespace().collect::<Vec<_>>().join(" "),
                    weights,
                });
            }
        }
        hits
    }

    /// How a cue found in a clause moves the points, and the first and last words to quote:
    /// negated, by who did it (for a cue with `by_me` or `by_others`), or plainly.
    fn weigh(&self, words: &[&str], found: &Found) -> (Reading, Scores, usize, usize) {
        let rule = &self.cues[found.cue];
        let end = found.start + found.len;
        if let Some(at) = found.negator {
            // "did not see it coming" reads better quoted whole than from "not".
            let first = if at > 0 && words[at] == "not" {
                at - 1
            } else {
                at
            };
            return (Reading::Negated, rule.negated, first, end - 1);
        }
        if rule.by_me.is_some() || rule.by_others.is_some() {
            if let Some((doer, first, to)) = self.agency.doer(words, found.start, end) {
                let table = match doer {
                    Doer::Me => rule.by_me,
                    Doer::Others => rule.by_others,
                };
                return (
                    Reading::By(doer),
                    table.unwrap_or(rule.weights),
                    first,
                    to - 1,
                );
            }
        }
        (Reading::Plain, rule.weights, found.start, end - 1)
    }

    /// Cues in one clause, in text order: longer phrases claim their words first, and each
    /// word belongs to one cue at most.
    fn match_clause(&self, clause: &[Token]) -> Vec<Found> {
        let mut candidates = Vec::new();
        for start in 0..clause.len() {
            for (index, p) in self.first_words.could_start(&clause[start].word) {
                let phrase = &self.cues[index].phrases[p];
                let Some(words) = clause.get(start..start + phrase.len()) else {
                    continue;
                };
                if phrase.iter().zip(words).all(|(p, t)| p.matches(&t.word)) {
                    candidates.push((index, start, phrase.len()));
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
            .map(|(cue, start, len)| {
                let negator = (start.saturating_sub(self.window)..start)
                    .rev()
                    .find(|&i| !claimed[i] && self.negators.contains(&clause[i].word));
                Found {
                    cue,
                    start,
                    len,
                    negator,
                }
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
