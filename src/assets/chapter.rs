//! The words for what comes after a debrief: the kinds of conversation with their starter
//! questions, and the questions that close a chapter and look back at it.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::chapter::ConversationKind;

const CONVERSATIONS: &str = include_str!("../../assets/conversations.toml");
const CLOSING: &str = include_str!("../../assets/closing.toml");

#[derive(Debug, Default, Deserialize)]
pub struct KindWords {
    pub label: String,
    pub about: String,
    pub questions: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ConversationWords {
    pub feedback: KindWords,
    pub learn: KindWords,
    pub ask: KindWords,
    pub share: KindWords,
    pub listen: KindWords,
}

impl ConversationWords {
    pub fn kind(&self, kind: ConversationKind) -> &KindWords {
        match kind {
            ConversationKind::Feedback => &self.feedback,
            ConversationKind::Learn => &self.learn,
            ConversationKind::Ask => &self.ask,
            ConversationKind::Share => &self.share,
            ConversationKind::Listen => &self.listen,
        }
    }
}

/// The kinds of conversation (checked by a test, so the fallback never shows).
pub fn conversations() -> &'static ConversationWords {
    static WORDS: OnceLock<ConversationWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(CONVERSATIONS).unwrap_or_default())
}

#[derive(Debug, Default, Deserialize)]
pub struct ClosingWords {
    pub intro: String,
    pub best: String,
    pub best_note: String,
    pub accept: String,
    pub permission: String,
    pub carry: String,
    pub rating: String,
    pub open: String,
    pub lookback_intro: String,
    pub lookback_note: String,
}

/// The questions that close a chapter and look back at it.
pub fn closing() -> &'static ClosingWords {
    static WORDS: OnceLock<ClosingWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(CLOSING).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words_and_the_closing_questions_parse() {
        toml::from_str::<ConversationWords>(CONVERSATIONS).unwrap();
        toml::from_str::<ClosingWords>(CLOSING).unwrap();
        for kind in ConversationKind::ALL {
            let words = conversations().kind(kind);
            assert!(
                !words.label.is_empty() && !words.about.is_empty(),
                "{kind:?}"
            );
            assert!(!words.questions.is_empty(), "{kind:?}");
        }
        assert!(!closing().rating.is_empty());
    }
}
