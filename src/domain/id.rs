//! Ids of records: every one is random, so two journals never collide when merged.

use uuid::Uuid;

/// A new, random id for a record.
pub fn new_id() -> Uuid {
    Uuid::new_v4()
}
