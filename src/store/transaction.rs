//! Writing: the check and undo set-up before the first write, and the transactions every
//! write runs in.

use std::thread::JoinHandle;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::open::check_whole_file;
use super::{Result, Store, StoreError, undo};

impl Store {
    /// Before the first write: SQLite's check of the whole file (unless `check` is false,
    /// because it was just done), then the per-connection undo triggers. A damaged journal
    /// is refused here, before anything is written to it.
    pub(super) fn get_ready_to_write(&self, check: bool) -> Result<()> {
        if self.ready_to_write.get() {
            return Ok(());
        }
        let early = self.early_check.borrow_mut().take();
        match early.map(JoinHandle::join) {
            Some(Ok(result)) => result?,
            // No check ran ahead (or its thread failed): it runs now.
            _ if check => check_whole_file(&self.conn, &self.path)?,
            _ => {}
        }
        self.conn
            .execute_batch(undo::TRIGGERS)
            .map_err(|e| StoreError::from_write(e, &self.path))?;
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)
            .map_err(|e| StoreError::from_write(e, &self.path))?;
        self.ready_to_write.set(true);
        Ok(())
    }

    /// Starts the check of every page now, on its own thread and its own read-only
    /// connection, so that the first write (often a draft, seconds later) need not wait
    /// for it. For the interactive app, where a large journal would otherwise make that
    /// write slow.
    pub fn check_in_background(&self) {
        // An encrypted journal is checked before its first write instead: the passphrase is
        // not kept for a second connection.
        if self.keyed || self.ready_to_write.get() || self.early_check.borrow().is_some() {
            return;
        }
        if !self.path.is_file() {
            return;
        }
        let path = self.path.clone();
        let spawned = std::thread::Builder::new()
            .name("journal-check".into())
            .spawn(move || {
                let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                let conn = Connection::open_with_flags(&path, flags)?;
                conn.busy_timeout(std::time::Duration::from_secs(5))?;
                check_whole_file(&conn, &path)
            });
        // Without a thread the check simply runs before the first write, as it would.
        if let Ok(handle) = spawned {
            *self.early_check.borrow_mut() = Some(handle);
        }
    }

    /// Runs `f` inside one `BEGIN IMMEDIATE` transaction (or inside the caller's, when
    /// nested), committing only if it succeeds.
    pub fn write<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        self.begin()?;
        let result = f(self);
        let finished = self.finish(result.is_ok());
        match (result, finished) {
            (Ok(value), Ok(())) => Ok(value),
            (Err(e), _) | (Ok(_), Err(e)) => Err(e),
        }
    }

    /// Opens a transaction that every write until the matching [`Store::finish`] joins, for
    /// a caller whose one action spans several writes (the app: a change opened for undo,
    /// the save, the change closed). Nested calls join the outermost one.
    pub fn begin(&self) -> Result<()> {
        if self.depth.get() == 0 {
            self.get_ready_to_write(true)?;
            self.conn
                .execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| StoreError::from_write(e, &self.path))?;
        }
        self.depth.set(self.depth.get() + 1);
        Ok(())
    }

    /// Closes what [`Store::begin`] opened: the outermost call commits when `ok` (rolling
    /// back if the commit fails) and rolls back otherwise.
    pub fn finish(&self, ok: bool) -> Result<()> {
        let depth = self.depth.get().saturating_sub(1);
        self.depth.set(depth);
        if depth > 0 {
            return Ok(());
        }
        if !ok {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Ok(());
        }
        if let Err(e) = self.conn.execute_batch("COMMIT") {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(StoreError::from_write(e, &self.path));
        }
        Ok(())
    }
}
