//! The shape of bounce's own JSON export, read back by import. Ids, dates and times are kept
//! as the text the journal stores, so an export read back and written again is the same.

use serde::{Deserialize, Serialize};

pub use super::chapters::{ClosingRecord, ConversationRecord, LookbackRecord, ReviewRecord};

/// The name written in `format`, and the newest `version` this build reads and writes.
pub const FORMAT: &str = "bounce";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub setbacks: Vec<SetbackRecord>,
    #[serde(default)]
    pub days: Vec<DayRecord>,
    #[serde(default)]
    pub goals: Vec<GoalRecord>,
    #[serde(default)]
    pub ideas: Vec<IdeaRecord>,
    #[serde(default)]
    pub people: Vec<PersonRecord>,
    #[serde(default)]
    pub conversations: Vec<ConversationRecord>,
    #[serde(default)]
    pub reviews: Vec<ReviewRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetbackRecord {
    pub id: String,
    pub title: String,
    pub date: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub reflection: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    #[serde(default)]
    pub events: Vec<EventRecord>,
    #[serde(default)]
    pub answers: Vec<AnswerRecord>,
    #[serde(default)]
    pub strengths: Vec<StrengthRecord>,
    #[serde(default)]
    pub lessons: Vec<LessonRecord>,
    #[serde(default)]
    pub reframes: Vec<ReframeRecord>,
    #[serde(default)]
    pub story: Option<StoryRecord>,
    #[serde(default)]
    pub checkins: Vec<CheckinRecord>,
    #[serde(default)]
    pub root_cause: RootCauseRecord,
    #[serde(default)]
    pub closing: Option<ClosingRecord>,
    #[serde(default)]
    pub lookbacks: Vec<LookbackRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    pub date: String,
    #[serde(default)]
    pub time: Option<String>,
    #[serde(default)]
    pub position: i64,
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub thought: String,
    #[serde(default)]
    pub felt: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub id: String,
    pub question: String,
    pub text: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StrengthRecord {
    pub id: String,
    pub kind: String,
    pub text: String,
    #[serde(default)]
    pub person_id: Option<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonRecord {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReframeRecord {
    pub id: String,
    pub thought: String,
    #[serde(default)]
    pub kinder: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryRecord {
    pub id: String,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub learning: String,
    #[serde(default)]
    pub updated_at: String,
}

/// A check-in is never edited, so it has no `updated_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckinRecord {
    pub id: String,
    pub date: String,
    #[serde(default)]
    pub grief: Option<String>,
    #[serde(default)]
    pub transformation: Option<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub created_at: String,
}

/// The classifier's suggestion (recomputed on every export, ignored by import) and what the
/// person decided and answered. `id` and `updated_at` are null until something was decided.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RootCauseRecord {
    #[serde(default)]
    pub suggested: String,
    #[serde(default)]
    pub scores: ScoresRecord,
    #[serde(default)]
    pub confirmed: Option<String>,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub confirmed_at: Option<String>,
    #[serde(default)]
    pub follow_up: String,
    #[serde(default)]
    pub motives: Vec<String>,
    #[serde(default)]
    pub answers: Vec<CauseAnswerRecord>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct ScoresRecord {
    pub tactical: f64,
    pub emotional: f64,
    pub unforeseen: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CauseAnswerRecord {
    pub question: String,
    pub answer: String,
    #[serde(default)]
    pub updated_at: String,
}

/// A day with gratitude, a note or a mood. `id` and `updated_at` are null for a day that
/// has only gratitude items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayRecord {
    pub date: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub gratitude: Vec<GratitudeRecord>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub mood: Option<i64>,
    /// One kind thing done for myself that day.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub selfcare: String,
    #[serde(default)]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GratitudeRecord {
    pub id: String,
    #[serde(default)]
    pub position: i64,
    pub text: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalRecord {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub success: String,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub reward: String,
    #[serde(default)]
    pub setback_id: Option<String>,
    #[serde(default)]
    pub lesson_id: Option<String>,
    #[serde(default)]
    pub started_on: String,
    #[serde(default)]
    pub finished_on: Option<String>,
    /// Written for readers; import goes by `finished_on`.
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub archived: bool,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    #[serde(default)]
    pub steps: Vec<StepRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub id: String,
    #[serde(default)]
    pub position: i64,
    pub text: String,
    #[serde(default)]
    pub due: Option<String>,
    /// Written for readers; import goes by `done_at`.
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub done_at: Option<String>,
    #[serde(default)]
    pub done_on: Option<String>,
    #[serde(default)]
    pub person_id: Option<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaRecord {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub realistic: Option<String>,
    #[serde(default)]
    pub realistic_note: String,
    #[serde(default)]
    pub fits_values: Option<String>,
    #[serde(default)]
    pub values_note: String,
    #[serde(default)]
    pub happy: Option<String>,
    #[serde(default)]
    pub happy_note: String,
    #[serde(default = "open_status")]
    pub status: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

fn open_status() -> String {
    "open".into()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonRecord {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub helps: String,
    #[serde(default)]
    pub last_contact: Option<String>,
    #[serde(default)]
    pub note: String,
    /// Someone who lifts me up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lifts: bool,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}
