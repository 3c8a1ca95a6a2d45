//! What a person decided about a setback's root cause, and the patterns across setbacks.

use serde::Serialize;
use uuid::Uuid;

use super::root_cause::Cause;

/// The confirmed cause (if any) and the follow-up written for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Decision {
    pub confirmed: Option<Cause>,
    /// When it was confirmed, RFC 3339.
    pub confirmed_at: Option<String>,
    /// Keys of the tactical motives that applied.
    pub motives: Vec<String>,
    pub follow_up: String,
}

/// A tactical motive that applied to more than one setback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatingMotive {
    pub motive: String,
    pub setbacks: Vec<(Uuid, String)>,
}
