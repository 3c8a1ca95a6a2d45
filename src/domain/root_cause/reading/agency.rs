//! Who did an act: the subject of its clause, found by the word lists of `[agency]` in
//! `assets/classifier.toml`, for cues that read one way when I did something and another
//! when it was done to me.

use std::collections::BTreeSet;

use serde::Deserialize;

/// Who did the act a cue names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Doer {
    /// I or we did it: "I decided", "we signed", or a diary's "Signed the lease".
    Me,
    /// Someone or something else did it, or it was done to me: "they closed",
    /// "the market crashed", "I was dropped", "a van hit me".
    Others,
}

/// The word lists that tell who did an act.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Agency {
    me: BTreeSet<String>,
    others: BTreeSet<String>,
    articles: BTreeSet<String>,
    passive: BTreeSet<String>,
    objects: BTreeSet<String>,
    between: BTreeSet<String>,
    leads: BTreeSet<String>,
    reach: usize,
}

impl Agency {
    /// Who did the act at `words[start..end]` of a clause, and the span of words that says
    /// so (subject to act, or act to object), or `None` when the clause does not tell.
    pub(super) fn doer(
        &self,
        words: &[&str],
        start: usize,
        end: usize,
    ) -> Option<(Doer, usize, usize)> {
        let mut at = self.skip_between(words, start);
        if at > 0 && self.passive.contains(words[at - 1]) {
            at -= 1;
            let named = at > 0 && self.is_pronoun(words[at - 1]);
            return Some((Doer::Others, at - usize::from(named), end));
        }
        let object = words.get(end).is_some_and(|w| self.objects.contains(*w));
        let opened = words[..at].iter().all(|w| self.leads.contains(*w));
        if opened {
            return Some((Doer::Me, start, end));
        }
        let before = words[at - 1];
        if self.me.contains(before) {
            return Some((Doer::Me, at - 1, end));
        }
        if self.others.contains(before) {
            return Some((Doer::Others, at - 1, end + usize::from(object)));
        }
        if object {
            return Some((Doer::Others, start, end + 1));
        }
        if self.articles.contains(before) {
            // "a closed van": the act is a describing word here, not something done.
            return None;
        }
        self.noun_subject(&words[..at])
            .map(|from| (Doer::Others, from, end))
    }

    /// Where a short subject that names someone or something else starts ("the council",
    /// "egg prices"), when the words before the act are just that, after any leading words.
    fn noun_subject(&self, before: &[&str]) -> Option<usize> {
        let from = before
            .iter()
            .position(|w| !self.leads.contains(*w))
            .unwrap_or(before.len());
        let subject = &before[from..];
        let mine = subject
            .iter()
            .any(|w| self.me.contains(*w) || self.objects.contains(*w));
        (!subject.is_empty() && subject.len() <= self.reach && !mine).then_some(from)
    }

    fn is_pronoun(&self, word: &str) -> bool {
        self.me.contains(word) || self.others.contains(word)
    }

    /// The first of the words just before `at` that are only `between` words.
    fn skip_between(&self, words: &[&str], mut at: usize) -> usize {
        while at > 0 && self.between.contains(words[at - 1]) {
            at -= 1;
        }
        at
    }
}
