//! Plain types and pure logic of the journal: no storage, no terminal.

pub mod chapter;
pub mod clock;
pub mod dates;
pub mod decision;
pub mod forward;
pub mod goal;
pub mod gratitude;
pub mod id;
pub mod jrnl;
pub mod relevance;
pub mod review;
pub mod root_cause;
pub mod search;
pub mod setback;
pub mod support;
pub mod text;

pub use clock::Clock;
pub use gratitude::{Day, GratitudeItem, Mood, Streak};
pub use id::new_id;
