//! The layout of `assets/classifier.toml`, and how it is read and checked into `Rules`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::agency::Agency;
use super::{Alt, Cue, Part, Rules};
use crate::domain::root_cause::Scores;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    clause_words: Vec<String>,
    scoring: ScoringFile,
    confidence: ConfidenceRule,
    negation: NegationFile,
    contractions: BTreeMap<String, String>,
    contraction_endings: Vec<(String, String)>,
    agency: Agency,
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
pub(super) struct ConfidenceRule {
    pub(super) clear_top: f64,
    pub(super) clear_margin: f64,
    pub(super) leaning_margin: f64,
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
    by_me: Option<Scores>,
    by_others: Option<Scores>,
}

fn split_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

/// "*ing": any word that ends so, for a cue about a kind of word rather than one word.
fn parse_ending(phrase: &str, ending: &str) -> Result<Alt, String> {
    let plain = ending
        .chars()
        .all(|c| c.is_alphabetic() && !c.is_uppercase());
    if !plain || ending.chars().count() < 2 {
        return Err(format!(
            "cue {phrase:?}: \"*{ending}\" needs a lower-case ending of two letters or more"
        ));
    }
    Ok(Alt::Ending(ending.to_string()))
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
            if let Some(ending) = alt.strip_prefix('*') {
                alts.push(parse_ending(phrase, ending)?);
                continue;
            }
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

impl CueFile {
    fn read(&self) -> Result<Cue, String> {
        let weights = Scores {
            tactical: self.tactical,
            emotional: self.emotional,
            unforeseen: self.unforeseen,
        };
        let negated = self.not.unwrap_or_default();
        let tables = [Some(weights), Some(negated), self.by_me, self.by_others];
        let finite = tables.iter().flatten().all(Scores::all_finite);
        if self.words.is_empty() || !finite {
            return Err(format!(
                "cue {:?} needs words and finite weights",
                self.words
            ));
        }
        let phrases = self
            .words
            .iter()
            .map(|p| parse_phrase(p))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Cue {
            phrases,
            weights,
            negated,
            by_me: self.by_me,
            by_others: self.by_others,
        })
    }
}

impl Rules {
    /// Reads and checks `assets/classifier.toml`'s text.
    pub fn from_toml(text: &str) -> Result<Rules, String> {
        Rules::from_file(toml::from_str(text).map_err(|e| e.to_string())?)
    }

    /// Reads and checks the same rules written as JSON (as the build writes them).
    pub fn from_json(text: &str) -> Result<Rules, String> {
        Rules::from_file(serde_json::from_str(text).map_err(|e| e.to_string())?)
    }

    fn from_file(file: RulesFile) -> Result<Rules, String> {
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
        let cues = file
            .cues
            .iter()
            .map(CueFile::read)
            .collect::<Result<Vec<_>, _>>()?;
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
            agency: file.agency,
            first_words: super::FirstWords::new(&cues),
            cues,
            text_scale: scoring.text_scale,
            temperature: scoring.temperature,
            confidence: c,
        })
    }
}
