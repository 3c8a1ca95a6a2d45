//! Setbacks and their debrief: the timeline, answers, strengths, lessons, story and check-ins.

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Setback {
    pub id: Uuid,
    pub title: String,
    pub date: NaiveDate,
    pub summary: String,
    /// "How has this set me free?", a one-line reflection.
    pub reflection: String,
    /// How many events its timeline holds.
    pub event_count: u32,
    /// The root cause the person confirmed, once they have.
    pub cause: Option<crate::domain::root_cause::Cause>,
    /// The day its chapter was closed, while it is closed.
    pub closed_on: Option<NaiveDate>,
}

/// What a person fills in to add or change a setback.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetbackDraft {
    pub title: String,
    pub date: Option<NaiveDate>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: Uuid,
    pub setback_id: Uuid,
    pub date: NaiveDate,
    #[serde(serialize_with = "serialize_time")]
    pub time: Option<NaiveTime>,
    pub position: i64,
    pub what: String,
    pub who: String,
    pub thought: String,
    pub felt: String,
}

fn serialize_time<S: serde::Serializer>(time: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
    match time {
        Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventDraft {
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    pub what: String,
    pub who: String,
    pub thought: String,
    pub felt: String,
}

/// Parses `HH:MM` (24-hour); an empty text means "no time given".
pub fn parse_time(input: &str) -> Result<Option<NaiveTime>, String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    NaiveTime::parse_from_str(trimmed, "%H:%M")
        .map(Some)
        .map_err(|_| {
            format!("'{trimmed}' is not a time; use HH:MM, for example 09:30, or leave it empty")
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StrengthKind {
    Praise,
    Enjoyed,
    Easy,
    /// A skill the setback helped develop.
    Skill,
    /// Someone the setback brought into the person's life.
    Person,
}

impl StrengthKind {
    pub const ALL: [StrengthKind; 5] = [
        StrengthKind::Praise,
        StrengthKind::Enjoyed,
        StrengthKind::Easy,
        StrengthKind::Skill,
        StrengthKind::Person,
    ];

    pub fn key(self) -> &'static str {
        match self {
            StrengthKind::Praise => "praise",
            StrengthKind::Enjoyed => "enjoyed",
            StrengthKind::Easy => "easy",
            StrengthKind::Skill => "skill",
            StrengthKind::Person => "person",
        }
    }

    pub fn from_key(key: &str) -> Option<StrengthKind> {
        StrengthKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Strength {
    pub id: Uuid,
    pub kind: StrengthKind,
    pub text: String,
    /// For someone the setback brought in: who they are in the support network, once added.
    pub person_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lesson {
    pub id: Uuid,
    pub text: String,
    /// The goal this lesson became, once it did.
    pub goal_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Story {
    pub situation: String,
    pub action: String,
    pub result: String,
    pub learning: String,
}

impl Story {
    pub fn is_empty(&self) -> bool {
        [&self.situation, &self.action, &self.result, &self.learning]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// The story as plain text to share, with a heading per part that has words.
    pub fn to_text(&self, title: &str) -> String {
        let mut out = format!("{title}\n");
        for (heading, text) in [
            ("Situation", &self.situation),
            ("What I did", &self.action),
            ("What happened", &self.result),
            ("What I learned", &self.learning),
        ] {
            if !text.trim().is_empty() {
                out.push_str(&format!("\n{heading}\n{}\n", text.trim()));
            }
        }
        out
    }
}

macro_rules! stages {
    ($name:ident { $($variant:ident => $key:literal, $label:literal;)* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),* }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)* _ => None }
            }
        }
    };
}

stages!(GriefStage {
    Denial => "denial", "Denial";
    Anger => "anger", "Anger";
    Bargaining => "bargaining", "Bargaining";
    Depression => "depression", "Depression";
    Acceptance => "acceptance", "Acceptance";
});

stages!(TransformationStage {
    Disengagement => "disengagement", "Disengagement";
    Disidentification => "disidentification", "Disidentification";
    Disorientation => "disorientation", "Disorientation";
    LettingGo => "letting_go", "Letting go";
    ReEngagement => "re_engagement", "Re-engagement";
    Discovery => "discovery", "Discovery";
    Clarity => "clarity", "Clarity";
    Integration => "integration", "Integration";
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checkin {
    pub id: Uuid,
    pub date: NaiveDate,
    pub grief: Option<GriefStage>,
    pub transformation: Option<TransformationStage>,
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_or_explain() {
        assert_eq!(parse_time(""), Ok(None));
        assert_eq!(parse_time("09:30"), Ok(NaiveTime::from_hms_opt(9, 30, 0)));
        assert!(parse_time("9.30").unwrap_err().contains("HH:MM"));
        assert!(parse_time("25:00").is_err());
    }

    #[test]
    fn stage_keys_round_trip() {
        for s in GriefStage::ALL {
            assert_eq!(GriefStage::from_key(s.key()), Some(*s));
        }
        for s in TransformationStage::ALL {
            assert_eq!(TransformationStage::from_key(s.key()), Some(*s));
        }
        assert_eq!(TransformationStage::ALL.len(), 8);
        assert_eq!(GriefStage::ALL.len(), 5);
    }

    #[test]
    fn story_text_skips_empty_parts() {
        let story = Story {
            situation: "The team was cut.".into(),
            learning: "Ask sooner.".into(),
            ..Story::default()
        };
        let text = story.to_text("Laid off");
        assert!(text.contains("Situation\nThe team was cut."));
        assert!(!text.contains("What I did"));
        assert!(Story::default().is_empty());
    }
}
