//! Telling whether the journal changed since a moment: so that a pane shown again is read
//! again only when something was written in between, here or by another bounce.

use super::{Result, Store};

/// The journal's state at one moment. Two equal versions mean nothing was written between
/// them; a write that was rolled back may still make them differ, which only costs a read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    /// Rows this connection has inserted, updated or deleted since it opened.
    own: u64,
    /// SQLite's count that moves when another connection commits.
    others: i64,
}

impl Store {
    pub fn version(&self) -> Result<Version> {
        let others = self
            .conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |row| row.get("data_version"))?;
        Ok(Version {
            own: self.conn.total_changes(),
            others,
        })
    }
}
