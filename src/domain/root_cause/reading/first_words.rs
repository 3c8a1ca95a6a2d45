//! Which cue phrases are worth trying at a word, so that reading a text does not try every
//! phrase of the asset at every word.

use std::collections::BTreeMap;

use super::{Alt, Cue, Part};

/// The phrases that could start at a word, found by the word's first three letters (or the
/// whole word when shorter). Every form a phrase's first part accepts keeps those letters:
/// a plain word's plurals and verb forms only add to a base of four letters or more, or
/// swap its last letter, and a stem of three letters or more is its own start. Stems
/// shorter than that and `*ing`-style endings can start anywhere, so they are tried at
/// every word. Matching itself still checks every part; this only skips phrases that
/// cannot match.
#[derive(Debug, Clone, Default)]
pub(super) struct FirstWords {
    by_start: BTreeMap<Start, Vec<(usize, usize)>>,
    anywhere: Vec<(usize, usize)>,
}

/// The first three letters of a word (or all of it when shorter), as bytes padded with
/// zeros, which no word holds: a key that needs no allocation.
type Start = [u8; 12];

fn start_of(word: &str) -> Start {
    let end = word.char_indices().nth(3).map_or(word.len(), |(at, _)| at);
    let mut key = [0; 12];
    key[..end].copy_from_slice(&word.as_bytes()[..end]);
    key
}

impl FirstWords {
    pub(super) fn new(cues: &[Cue]) -> FirstWords {
        let mut first = FirstWords::default();
        for (index, cue) in cues.iter().enumerate() {
            for (p, phrase) in cue.phrases.iter().enumerate() {
                let Some(Part::OneOf(alts)) = phrase.first() else {
                    first.anywhere.push((index, p));
                    continue;
                };
                let mut starts: Vec<Start> = Vec::with_capacity(alts.len());
                let mut anywhere = false;
                for alt in alts {
                    match alt {
                        Alt::Word(w) => starts.push(start_of(w)),
                        Alt::Stem(s) if s.chars().count() >= 3 => starts.push(start_of(s)),
                        Alt::Stem(_) | Alt::Ending(_) => anywhere = true,
                    }
                }
                starts.sort_unstable();
                starts.dedup();
                if anywhere {
                    first.anywhere.push((index, p));
                } else {
                    for start in starts {
                        first.by_start.entry(start).or_default().push((index, p));
                    }
                }
            }
        }
        first
    }

    /// The phrases worth trying at `word`, in no particular order.
    pub(super) fn could_start(&self, word: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.by_start
            .get(&start_of(word))
            .into_iter()
            .flatten()
            .chain(&self.anywhere)
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rules;

    /// Every phrase that matches anywhere in the labelled stories is found through the
    /// first words as well as by trying every phrase at every word.
    #[test]
    fn first_words_find_what_trying_everything_finds() {
        let rules = Rules::from_toml(include_str!("../../../../assets/classifier.toml"))
            .expect("the asset reads");
        let stories = include_str!("../../../../tests/data/classifier_tuning.toml");
        let mut checked = 0;
        for line in stories.lines() {
            let Some((_, text)) = line.split_once(" = \"") else {
                continue;
            };
            for clause in rules.clauses(text) {
                let mut everything = Vec::new();
                for (index, cue) in rules.cues.iter().enumerate() {
                    for phrase in &cue.phrases {
                        for start in 0..clause.len().saturating_sub(phrase.len() - 1) {
                            let words = &clause[start..start + phrase.len()];
                            if phrase.iter().zip(words).all(|(p, t)| p.matches(&t.word)) {
                                everything.push((index, start, phrase.len()));
                            }
                        }
                    }
                }
                let mut indexed = Vec::new();
                for (start, token) in clause.iter().enumerate() {
                    for (index, p) in rules.first_words.could_start(&token.word) {
                        let phrase = &rules.cues[index].phrases[p];
                        if let Some(words) = clause.get(start..start + phrase.len()) {
                            if phrase.iter().zip(words).all(|(p, t)| p.matches(&t.word)) {
                                indexed.push((index, start, phrase.len()));
                            }
                        }
                    }
                }
                everything.sort_unstable();
                indexed.sort_unstable();
                checked += everything.len();
                assert_eq!(indexed, everything, "{text}");
            }
        }
        assert!(checked > 1_000, "only {checked} matches checked");
    }
}
