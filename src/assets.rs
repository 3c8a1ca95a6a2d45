//! The words bounce shows to guide a person, embedded at build time from `assets/`.

use std::sync::OnceLock;

use serde::Deserialize;

const GRATITUDE: &str = include_str!("../assets/gratitude.toml");
const DEBRIEF: &str = include_str!("../assets/debrief.toml");
const FOLLOWUP: &str = include_str!("../assets/followup.toml");
const QUESTIONNAIRE: &str = include_str!("../assets/questionnaire.toml");
#[cfg(test)]
const CLASSIFIER: &str = include_str!("../assets/classifier.toml");
/// `assets/classifier.toml` as the build turned it into JSON (see `build.rs`).
const CLASSIFIER_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/classifier.json"));
const GOALS: &str = include_str!("../assets/goals.toml");
const HOME: &str = include_str!("../assets/home.toml");
const REFRAMES: &str = include_str!("../assets/reframes.toml");

mod chapter;
pub use chapter::{ClosingWords, ConversationWords, KindWords, closing, conversations};
mod review;
pub use review::{ReviewWords, review};
mod stages;
pub use stages::{StageText, StageWords, stages};

#[derive(Debug, Default, Deserialize)]
pub struct GratitudeWords {
    pub prompts: Vec<String>,
    pub nudge: String,
    pub day_complete: Vec<String>,
    pub milestones: Vec<String>,
    pub streak_none: String,
    pub streak_resting: String,
}

/// The Gratitude pane's words (checked by a test, so the fallback never shows).
pub fn gratitude() -> &'static GratitudeWords {
    static WORDS: OnceLock<GratitudeWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(GRATITUDE).unwrap_or_default())
}

#[derive(Debug, Default, Deserialize)]
pub struct Question {
    pub key: String,
    pub text: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct StrengthPrompts {
    pub praise: String,
    pub enjoyed: String,
    pub easy: String,
    pub skill: String,
    pub person: String,
}

impl StrengthPrompts {
    pub fn prompt(&self, kind: crate::domain::setback::StrengthKind) -> &str {
        use crate::domain::setback::StrengthKind;
        match kind {
            StrengthKind::Praise => &self.praise,
            StrengthKind::Enjoyed => &self.enjoyed,
            StrengthKind::Easy => &self.easy,
            StrengthKind::Skill => &self.skill,
            StrengthKind::Person => &self.person,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct StoryPrompts {
    pub intro: String,
    pub situation: String,
    pub action: String,
    pub result: String,
    pub learning: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct CheckinWords {
    pub intro: String,
    pub reflection: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct TimelineWords {
    pub empty: String,
    pub lessons_empty: String,
    pub list_empty: String,
}

/// The Debrief pane's questions and prompts.
#[derive(Debug, Default, Deserialize)]
pub struct DebriefWords {
    pub questions: Vec<Question>,
    pub strengths: StrengthPrompts,
    pub story: StoryPrompts,
    pub checkins: CheckinWords,
    pub timeline: TimelineWords,
}

pub fn debrief() -> &'static DebriefWords {
    static WORDS: OnceLock<DebriefWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(DEBRIEF).unwrap_or_default())
}

/// The Root cause questionnaire: its questions, their answers' weights, and the tactical
/// motives (checked by a test, so the empty fallback never shows).
pub fn questionnaire() -> &'static crate::domain::root_cause::Questionnaire {
    use crate::domain::root_cause::Questionnaire;
    static WORDS: OnceLock<Questionnaire> = OnceLock::new();
    WORDS.get_or_init(|| Questionnaire::from_toml(QUESTIONNAIRE).unwrap_or_default())
}

/// The classifier's cue words, weights and reading rules (checked by a test).
pub fn classifier() -> &'static crate::domain::root_cause::Rules {
    use crate::domain::root_cause::Rules;
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| Rules::from_json(CLASSIFIER_JSON).unwrap_or_default())
}

#[derive(Debug, Default, Deserialize)]
pub struct Guidance {
    pub tactical: String,
    pub emotional: String,
    pub unforeseen: String,
}

/// What the Root cause pane says once a cause is decided.
#[derive(Debug, Default, Deserialize)]
pub struct FollowUpWords {
    pub guidance: Guidance,
}

impl FollowUpWords {
    pub fn guidance(&self, cause: crate::domain::root_cause::Cause) -> &str {
        use crate::domain::root_cause::Cause;
        match cause {
            Cause::Tactical => &self.guidance.tactical,
            Cause::Emotional => &self.guidance.emotional,
            Cause::Unforeseen => &self.guidance.unforeseen,
        }
    }
}

pub fn followup() -> &'static FollowUpWords {
    static WORDS: OnceLock<FollowUpWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(FOLLOWUP).unwrap_or_default())
}

#[derive(Debug, Default, Deserialize)]
pub struct GoalForm {
    pub title: String,
    pub why: String,
    pub success: String,
    pub target: String,
    pub reward: String,
    pub steps: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct GoalsEmpty {
    pub active: String,
    pub done: String,
    pub archived: String,
    pub steps: String,
}

/// The Goals pane's words: encouragements, celebrations, form prompts, empty lists.
#[derive(Debug, Default, Deserialize)]
pub struct GoalWords {
    pub step_done: Vec<String>,
    pub goal_done: Vec<String>,
    pub reward: String,
    pub no_reward: String,
    pub pictured: String,
    pub step_undone: String,
    pub form: GoalForm,
    pub empty: GoalsEmpty,
}

pub fn goals() -> &'static GoalWords {
    static WORDS: OnceLock<GoalWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(GOALS).unwrap_or_default())
}

#[derive(Debug, Default, Deserialize)]
pub struct Welcome {
    pub title: String,
    pub intro: String,
    pub gratitude: String,
    pub setback: String,
    pub goal: String,
    pub outro: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct TodayWords {
    pub empty: String,
    pub more: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct HomeEmpty {
    pub goals: String,
    pub goal_steps: String,
    pub setbacks: String,
    pub causes: String,
    pub checkin: String,
}

/// The Home pane's words: the welcome of an empty journal and each panel's empty state.
#[derive(Debug, Default, Deserialize)]
pub struct HomeWords {
    pub welcome: Welcome,
    pub today: TodayWords,
    pub empty: HomeEmpty,
    pub support: SupportWords,
}

/// The quiet panel after a run of low days (`{name}` is someone to lean on).
#[derive(Debug, Default, Deserialize)]
pub struct SupportWords {
    pub title: String,
    pub heavy: String,
    pub lean_on: String,
    pub your_help: String,
    pub elsewhere: String,
}

pub fn home() -> &'static HomeWords {
    static WORDS: OnceLock<HomeWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(HOME).unwrap_or_default())
}

#[derive(Debug, Default, Deserialize)]
pub struct ReframeForm {
    pub new: String,
    pub edit: String,
    pub thought: String,
    pub thought_placeholder: String,
    pub kinder: String,
    pub kinder_placeholder: String,
}

/// The words around reframes: the prompts that ask (never answer), and the form's labels.
#[derive(Debug, Default, Deserialize)]
pub struct ReframeWords {
    pub prompts: Vec<String>,
    pub empty: String,
    pub not_yet: String,
    pub form: ReframeForm,
}

pub fn reframes() -> &'static ReframeWords {
    static WORDS: OnceLock<ReframeWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(REFRAMES).unwrap_or_default())
}

/// Picks one line from `options` by `seed`, so the choice rotates but stays stable for the
/// same seed (the same day shows the same prompt all day).
pub fn pick(options: &[String], seed: u64) -> &str {
    if options.is_empty() {
        return "";
    }
    let index = usize::try_from(seed % options.len() as u64).unwrap_or(0);
    &options[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gratitude_words_parse_and_are_complete() {
        let words: GratitudeWords =
            toml::from_str(GRATITUDE).expect("assets/gratitude.toml parses");
        assert!(words.prompts.len() >= 7);
        assert!(!words.nudge.is_empty());
        assert!(!words.day_complete.is_empty());
        assert!(words.milestones.iter().all(|m| m.contains("{n}")));
        assert!(!words.streak_none.is_empty() && !words.streak_resting.is_empty());
    }

    #[test]
    fn debrief_words_parse() {
        let words: DebriefWords = toml::from_str(DEBRIEF).expect("assets/debrief.toml parses");
        assert_eq!(words.questions.len(), 6);
        let mut keys: Vec<&str> = words.questions.iter().map(|q| q.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), 6, "question keys are unique");
        assert!(!words.strengths.easy.is_empty() && !words.story.learning.is_empty());
        assert!(words.timeline.list_empty.contains("{key}"));
    }

    #[test]
    fn questionnaire_parses_and_is_complete() {
        use crate::domain::root_cause::{Cause, Questionnaire};
        let q = Questionnaire::from_toml(QUESTIONNAIRE).expect("assets/questionnaire.toml parses");
        assert!((10..=15).contains(&q.questions.len()));
        assert!(!q.intro.is_empty());
        for cause in Cause::ALL {
            let moved = q.questions.iter().flat_map(|q| q.weights.values());
            assert!(
                moved.filter(|w| w.get(cause) > 0.0).count() >= 3,
                "{cause:?} has answers that point to it"
            );
        }
        let motives: Vec<&str> = q.motives.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(
            motives,
            [
                "trusted_advice",
                "missed_factors",
                "pendulum",
                "overestimated",
                "too_fast"
            ]
        );
        assert!(q.motives.iter().all(|m| !m.label.is_empty()));
    }

    #[test]
    fn classifier_rules_parse() {
        use crate::domain::root_cause::Rules;
        let rules = Rules::from_toml(CLASSIFIER).expect("assets/classifier.toml parses");
        // The app reads the build's JSON: it must hold exactly the same rules.
        let built = Rules::from_json(CLASSIFIER_JSON).expect("the built JSON parses");
        assert_eq!(format!("{built:?}"), format!("{rules:?}"));
    }

    #[test]
    fn followup_words_parse() {
        let words: FollowUpWords = toml::from_str(FOLLOWUP).expect("assets/followup.toml parses");
        assert!(!words.guidance.tactical.is_empty());
        assert!(!words.guidance.emotional.is_empty() && !words.guidance.unforeseen.is_empty());
    }

    #[test]
    fn goal_words_parse_and_are_complete() {
        let words: GoalWords = toml::from_str(GOALS).expect("assets/goals.toml parses");
        assert!(words.step_done.len() >= 5 && !words.goal_done.is_empty());
        assert!(words.reward.contains("{reward}") && !words.no_reward.is_empty());
        assert!(words.pictured.contains("{success}"));
        assert!(!words.form.steps.is_empty() && !words.empty.steps.is_empty());
    }

    #[test]
    fn home_words_parse_and_are_complete() {
        let words: HomeWords = toml::from_str(HOME).expect("assets/home.toml parses");
        let w = &words.welcome;
        for text in [
            &w.title,
            &w.intro,
            &w.gratitude,
            &w.setback,
            &w.goal,
            &w.outro,
        ] {
            assert!(!text.is_empty());
        }
        assert!(words.today.empty.contains("{key}") && words.today.more.contains("{key}"));
        let e = &words.empty;
        for text in [&e.goals, &e.setbacks, &e.causes, &e.checkin] {
            assert!(text.contains("{key}"), "{text}");
        }
        assert!(!e.goal_steps.is_empty());
    }

    #[test]
    fn reframe_words_parse_and_are_complete() {
        let words: ReframeWords = toml::from_str(REFRAMES).expect("assets/reframes.toml parses");
        assert!((5..=8).contains(&words.prompts.len()));
        // A prompt sits above the form in two lines at most, at 80 columns.
        assert!(words.prompts.iter().all(|p| p.chars().count() <= 140));
        assert!(words.empty.contains("{key}") && !words.not_yet.is_empty());
        let f = &words.form;
        for text in [
            &f.new,
            &f.edit,
            &f.thought,
            &f.thought_placeholder,
            &f.kinder,
            &f.kinder_placeholder,
        ] {
            assert!(!text.is_empty());
        }
        assert!(f.kinder.contains("yet"));
    }

    #[test]
    fn picking_rotates() {
        let options: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(pick(&options, 0), "a");
        assert_eq!(pick(&options, 4), "b");
        assert_eq!(pick(&[], 4), "");
    }
}
