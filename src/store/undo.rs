//! Undo and redo of a person's changes, kept across restarts. A change is a group: while it
//! is open, per-connection triggers (`undo.sql`) record the SQL that reverses each row's
//! change. Undoing runs the group's statements newest first, and the triggers record, into
//! the same group, what redoes it. Cascades are rows too, so a deleted setback comes back
//! with its whole debrief.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};

/// The per-connection triggers and the state they read.
pub(super) const TRIGGERS: &str = include_str!("undo.sql");

/// How many changes are kept to undo.
pub const UNDO_DEPTH: i64 = 200;

/// What an undo or redo brought back, as the change's label ("deleting a setback").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub label: String,
}

impl Store {
    /// Opens a change labelled `label` ("adding a gratitude item"): writes from now until
    /// [`Store::end_change`] can be undone together.
    pub fn begin_change(&self, label: &str) -> Result<()> {
        self.write(|s| {
            s.conn
                .prepare_cached("INSERT INTO undo_groups (label) VALUES (?1)")?
                .execute([label])?;
            let seq = s.conn.last_insert_rowid();
            s.set_recording(seq)
        })
    }

    /// Closes the open change. One that changed nothing is forgotten; one that did makes
    /// the undone changes impossible to redo, and the oldest beyond the kept depth go.
    pub fn end_change(&self) -> Result<()> {
        self.write(|s| {
            let seq = s.recording()?;
            s.set_recording(0)?;
            if seq == 0 {
                return Ok(());
            }
            let changed: bool = s.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM undo_steps WHERE seq = ?1) AS changed",
                [seq],
                |r| r.get("changed"),
            )?;
            if !changed {
                s.conn
                    .execute("DELETE FROM undo_groups WHERE seq = ?1", [seq])?;
                return Ok(());
            }
            s.conn
                .execute("DELETE FROM undo_groups WHERE undone = 1", [])?;
            s.conn.execute(
                "DELETE FROM undo_groups WHERE seq <= ?1 - ?2",
                params![seq, UNDO_DEPTH],
            )?;
            Ok(())
        })
    }

    /// Undoes the newest change not yet undone; `None` when there is nothing to undo.
    pub fn undo(&self) -> Result<Option<Undone>> {
        self.turn(
            "SELECT seq, label FROM undo_groups WHERE undone = 0 ORDER BY seq DESC LIMIT 1",
            true,
        )
    }

    /// Redoes the change undone last; `None` when there is nothing to redo.
    pub fn redo(&self) -> Result<Option<Undone>> {
        self.turn(
            "SELECT seq, label FROM undo_groups WHERE undone = 1 ORDER BY seq LIMIT 1",
            false,
        )
    }

    /// Runs one group's statements newest first, recording their reverse in their place.
    fn turn(&self, pick: &str, undo: bool) -> Result<Option<Undone>> {
        self.write(|s| {
            let found: Option<(i64, String)> = s
                .conn
                .query_row(pick, [], |r| Ok((r.get("seq")?, r.get("label")?)))
                .optional()?;
            let Some((seq, label)) = found else {
                return Ok(None);
            };
            let steps: Vec<(i64, String)> = s
                .conn
                .prepare_cached("SELECT id, sql FROM undo_steps WHERE seq = ?1 ORDER BY id DESC")?
                .query_map([seq], |r| Ok((r.get("id")?, r.get("sql")?)))?
                .collect::<rusqlite::Result<_>>()?;
            s.conn
                .execute("DELETE FROM undo_steps WHERE seq = ?1", [seq])?;
            // Rows come back parent first; links are checked once all are back.
            s.conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
            s.set_recording(seq)?;
            for (_, sql) in &steps {
                s.conn.execute_batch(sql)?;
            }
            s.set_recording(0)?;
            s.conn.execute(
                "UPDATE undo_groups SET undone = ?2 WHERE seq = ?1",
                params![seq, undo],
            )?;
            Ok(Some(Undone { label }))
        })
    }

    fn recording(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT seq FROM temp.undo_state", [], |r| r.get("seq"))?)
    }

    fn set_recording(&self, seq: i64) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE temp.undo_state SET seq = ?1")?
            .execute([seq])?;
        Ok(())
    }
}
