//! The Review pane's words: its empty state, its chart titles and the weekly review's
//! questions.

use std::sync::OnceLock;

use serde::Deserialize;

const REVIEW: &str = include_str!("../../assets/review.toml");

#[derive(Debug, Default, Deserialize)]
pub struct ReviewWords {
    pub form: ReviewForm,
    pub empty: ReviewEmpty,
    pub labels: ReviewLabels,
}

#[derive(Debug, Default, Deserialize)]
pub struct ReviewForm {
    pub intro: String,
    pub well: String,
    pub well_example: String,
    pub next: String,
    pub next_example: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct ReviewEmpty {
    pub title: String,
    pub body: String,
    pub start: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct ReviewLabels {
    pub mood: String,
    pub mood_none: String,
    pub gratitude: String,
    pub steps: String,
    pub stages: String,
    pub stages_none: String,
    pub reviews: String,
    pub not_written: String,
    pub next: String,
    pub became_step: String,
}

/// The Review pane's words (checked by a test, so the fallback never shows).
pub fn review() -> &'static ReviewWords {
    static WORDS: OnceLock<ReviewWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(REVIEW).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_review_words_parse() {
        let words = toml::from_str::<ReviewWords>(REVIEW).unwrap();
        assert!(!words.form.well.is_empty() && !words.labels.became_step.is_empty());
    }
}
