//! How well a found text matches a search, and the short excerpt shown for it. Both read
//! the text as the index marks it: every matched word between [`MATCH_START`] and
//! [`MATCH_END`].
//!
//! The score is BM25's term-frequency part: more matched words score higher, with less gain
//! for each repeat, and a long text needs more matches than a short one to score as well.
//! BM25's other part, how rare each word is across the whole journal, is left out on
//! purpose: it must count every record holding a common word, which costs tens of
//! milliseconds per keystroke in a large journal, and it is the same for every candidate of a
//! one-word search anyway.

use super::search::{MATCH_END, MATCH_START};

/// How quickly repeats stop adding to the score (BM25's k1).
const SATURATION: f64 = 1.2;
/// How much a text's length weighs against it (BM25's b).
const LENGTH_WEIGHT: f64 = 0.75;
/// The most characters an excerpt keeps when its words are very long or not spaced
/// (a script without spaces, a pasted link).
const MAX_EXCERPT_CHARS: usize = 400;

/// The words of a marked text and how many of them matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub matched: usize,
}

impl Counts {
    pub fn of(marked: &str) -> Counts {
        Counts {
            words: marked.split_whitespace().count().max(1),
            matched: marked.matches(MATCH_START).count(),
        }
    }
}

/// The score of a text with `counts`, among candidates whose length averages
/// `average_words`: higher is better, zero when nothing matched.
pub fn score(counts: Counts, average_words: f64) -> f64 {
    let tf = counts.matched as f64;
    if tf == 0.0 {
        return 0.0;
    }
    let relative = counts.words as f64 / average_words.max(1.0);
    let norm = SATURATION * (1.0 - LENGTH_WEIGHT + LENGTH_WEIGHT * relative);
    tf * (SATURATION + 1.0) / (tf + norm)
}

/// About `words` words of a marked text around its first match, with "…" where text was
/// left out at either end. Marks stay paired even when a cut falls inside one.
pub fn excerpt(marked: &str, words: usize) -> String {
    let spans: Vec<(usize, usize)> = word_spans(marked);
    if spans.is_empty() {
        return String::new();
    }
    let first = spans
        .iter()
        .position(|&(s, e)| marked[s..e].contains(MATCH_START))
        .unwrap_or(0);
    let words = words.max(1);
    // A few words of what came before the match, then the rest of the window after it.
    let lead = (words / 6).min(first);
    let mut start = first - lead;
    let end = (start + words).min(spans.len());
    start = end.saturating_sub(words).min(start);
    let (from, to) = (spans[start].0, spans[end - 1].1);
    let mut text = marked[from..to].to_string();
    let mut cut_end = end < spans.len();
    if text.chars().count() > MAX_EXCERPT_CHARS {
        let at = text.find(MATCH_START).unwrap_or(0);
        let begin = floor_char(&text, at.saturating_sub(MAX_EXCERPT_CHARS / 4));
        let stop = floor_char(&text, (begin + MAX_EXCERPT_CHARS).min(text.len()));
        cut_end |= stop < text.len();
        let cut_start = begin > 0;
        text = text[begin..stop].to_string();
        if cut_start {
            start = start.max(1);
        }
    }
    balance_marks(&mut text);
    let mut out = String::with_capacity(text.len() + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(&text);
    if cut_end {
        out.push('…');
    }
    out
}

/// Where each run of non-space characters starts and ends, in bytes.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// The largest char boundary at or before `at`.
fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Drops an end mark that opens nothing and closes a mark left open by a cut.
fn balance_marks(text: &mut String) {
    let mut out = String::with_capacity(text.len() + 1);
    let mut open = false;
    for c in text.chars() {
        match c {
            MATCH_START if open => {}
            MATCH_START => {
                open = true;
                out.push(c);
            }
            MATCH_END if !open => {}
            MATCH_END => {
                open = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    if open {
        out.push(MATCH_END);
    }
    *text = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(text: &str) -> String {
        text.replace('[', &MATCH_START.to_string())
            .replace(']', &MATCH_END.to_string())
    }

    fn unmark(text: &str) -> String {
        text.replace(MATCH_START, "[").replace(MATCH_END, "]")
    }

    #[test]
    fn more_matches_and_shorter_texts_score_higher() {
        let avg = 10.0;
        let once = score(Counts::of(&mark("a [walk] by the river")), avg);
        let thrice = score(Counts::of(&mark("a [walk], a [walk], a [walk]")), avg);
        let long = score(
            Counts::of(&mark(&format!("a [walk] {}", "and more words ".repeat(20)))),
            avg,
        );
        assert!(thrice > once, "{thrice} > {once}");
        assert!(once > long, "{once} > {long}");
        assert_eq!(score(Counts::of("no mark here"), avg), 0.0);
        // Repeats add less and less.
        let twice = score(Counts::of(&mark("[walk] [walk] a b c")), avg);
        let one = score(Counts::of(&mark("[walk] a b c d")), avg);
        assert!(twice - one > thrice - twice);
    }

    #[test]
    fn an_excerpt_keeps_the_words_around_the_first_match() {
        let text = mark(&format!(
            "{} [lisbon] {}",
            "before ".repeat(30),
            "after ".repeat(30)
        ));
        let out = unmark(&excerpt(&text, 12));
        assert!(out.starts_with('…') && out.ends_with('…'), "{out}");
        assert!(out.contains("[lisbon]"), "{out}");
        assert_eq!(out.trim_matches('…').split_whitespace().count(), 12);
        // A short text is shown whole, without ellipses.
        assert_eq!(
            unmark(&excerpt(&mark("a [walk] home"), 24)),
            "a [walk] home"
        );
        // A match near the end still fills the window from before it.
        let late = mark(&format!("{} [end]", "word ".repeat(40)));
        let out = unmark(&excerpt(&late, 10));
        assert!(out.starts_with('…') && out.ends_with("[end]"), "{out}");
        assert_eq!(out.trim_start_matches('…').split_whitespace().count(), 10);
    }

    #[test]
    fn unspaced_text_is_cut_by_characters_and_marks_stay_paired() {
        let text = mark(&format!("{}[感謝]{}", "感".repeat(600), "謝".repeat(600)));
        let out = excerpt(&text, 24);
        assert!(
            out.chars().count() <= MAX_EXCERPT_CHARS + 2,
            "{}",
            out.len()
        );
        assert!(unmark(&out).contains("[感謝]"));
        assert_eq!(
            out.matches(MATCH_START).count(),
            out.matches(MATCH_END).count()
        );
        for text in ["", "   ", "\u{2}open", "close\u{3}", "\u{3}\u{2}"] {
            let out = excerpt(text, 5);
            assert_eq!(
                out.matches(MATCH_START).count(),
                out.matches(MATCH_END).count(),
                "{text:?}"
            );
        }
    }
}
