//! The stage guide: a one-line description and a gentle question for each grief and
//! transformation stage, shown as a check-in's picker moves and under the latest check-in.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::setback::{GriefStage, TransformationStage};

const STAGES: &str = include_str!("../../assets/stages.toml");

#[derive(Debug, Default, Deserialize)]
pub struct StageText {
    pub about: String,
    pub question: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct StageWords {
    /// What the picker says while it is on "Not now".
    pub unset: String,
    grief: HashMap<String, StageText>,
    transformation: HashMap<String, StageText>,
}

static EMPTY: StageText = StageText {
    about: String::new(),
    question: String::new(),
};

impl StageWords {
    pub fn grief(&self, stage: GriefStage) -> &StageText {
        self.grief.get(stage.key()).unwrap_or(&EMPTY)
    }

    pub fn transformation(&self, stage: TransformationStage) -> &StageText {
        self.transformation.get(stage.key()).unwrap_or(&EMPTY)
    }
}

/// The stage guide (checked by a test, so the empty fallback never shows).
pub fn stages() -> &'static StageWords {
    static WORDS: OnceLock<StageWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(STAGES).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The widest a description or question may be to sit on one line under the picker at
    /// 80 columns (the form's border, the field's border and its padding take six).
    const ONE_LINE: usize = 74;

    fn check(name: &str, text: &StageText) {
        for line in [&text.about, &text.question] {
            assert!(!line.trim().is_empty(), "{name} has words");
            assert!(line.chars().count() <= ONE_LINE, "{name}: {line}");
            // The guide asks and describes; it never tells anyone what to feel or do.
            assert!(!line.to_lowercase().contains("should"), "{name}: {line}");
        }
        assert!(text.question.ends_with('?'), "{name} asks a question");
    }

    #[test]
    fn every_stage_has_words() {
        let words: StageWords = toml::from_str(STAGES).expect("assets/stages.toml parses");
        assert_eq!(
            words.grief.len(),
            GriefStage::ALL.len(),
            "no stray grief keys"
        );
        assert_eq!(
            words.transformation.len(),
            TransformationStage::ALL.len(),
            "no stray transformation keys"
        );
        for stage in GriefStage::ALL {
            check(stage.key(), stages().grief(*stage));
        }
        for stage in TransformationStage::ALL {
            check(stage.key(), stages().transformation(*stage));
        }
        assert!(!words.unset.is_empty() && words.unset.chars().count() <= ONE_LINE);
    }
}
