//! The repository layer: owns the SQLite connection and offers one typed method per query.
//! Nothing outside this module writes SQL.

mod backup;
mod chapters;
pub mod cipher;
mod conversations;
mod days;
mod debrief;
mod drafts;
mod error;
mod events;
pub mod export;
mod goals;
mod gratitude;
mod home;
mod ideas;
pub mod import;
mod open;
mod people;
mod plain;
mod reframes;
mod restore;
mod reviews;
mod root_cause;
mod search;
mod setbacks;
mod targets;
mod transaction;
mod undo;
mod version;

use std::cell::{Cell, RefCell};
use std::fs;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use open::{
    adopt_if_empty, check_header, check_whole_file, create_private, existing_file, inspect,
    match_side_files, read_schema, unreadable,
};

use crate::domain::Clock;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

pub use backup::{DAILY_KEPT, backups_beside, daily_backups_of};
pub use error::{Result, StoreError};
pub use goals::StepChange;
pub use open::special_kind;
pub use restore::CheckedBackup;
pub use targets::refuse_unusual_target;
pub use undo::Undone;
pub use version::Version;

/// The journal formats this version knows, oldest first. Shipped entries are never edited.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/001_initial.sql"),
    include_str!("../../migrations/002_debrief.sql"),
    include_str!("../../migrations/003_root_cause.sql"),
    include_str!("../../migrations/004_goals.sql"),
    include_str!("../../migrations/005_moving_forward.sql"),
    include_str!("../../migrations/006_search.sql"),
    include_str!("../../migrations/007_undo.sql"),
    include_str!("../../migrations/008_totals.sql"),
    include_str!("../../migrations/009_newest_first.sql"),
    include_str!("../../migrations/010_setback_list.sql"),
    include_str!("../../migrations/011_search_by_date.sql"),
    include_str!("../../migrations/012_goal_lists.sql"),
    include_str!("../../migrations/013_written_order.sql"),
    include_str!("../../migrations/014_plain_text.sql"),
    include_str!("../../migrations/015_application_id.sql"),
    include_str!("../../migrations/016_chapters.sql"),
    include_str!("../../migrations/017_support.sql"),
    include_str!("../../migrations/018_kept_dates.sql"),
    include_str!("../../migrations/019_reviews.sql"),
];

/// The place in [`MIGRATIONS`] of the one that cleans control characters out of what
/// journals hold, with Rust of its own.
const PLAIN_TEXT_MIGRATION: usize = 13;

/// The mark in every journal's header (`PRAGMA application_id`, the letters "bnce") that tells
/// it from another program's SQLite file.
pub const APPLICATION_ID: i32 = 0x626E_6365;

/// How many prepared statements a connection keeps.
const STATEMENT_CACHE: usize = 128;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Depth of nested `write` calls, so that a batch is one transaction.
    depth: Cell<u32>,
    /// Whether the whole file passed SQLite's check and undo recording is set up. Both wait
    /// for the first write, so that reading a large journal never pays for them.
    ready_to_write: Cell<bool>,
    /// The check of every page, when started ahead of the first write on its own thread.
    early_check: RefCell<Option<JoinHandle<Result<()>>>>,
    /// Whether the journal is encrypted: a connection of its own would need the passphrase.
    keyed: bool,
    /// Where the moments written beside each record come from.
    clock: Clock,
}

impl Store {
    /// From now on, moments written beside records come from `clock`, the app's own.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Now, as written beside a record.
    fn now_stamp(&self) -> String {
        self.clock.stamp()
    }

    /// Opens the journal at `path`, creating it (file 0600, new folders 0700) when missing;
    /// an empty file is made a journal, private to its owner. Anything but a regular file, and
    /// a file that is not a bounce journal or comes from a newer version, is refused here; a
    /// damaged one at the latest by its first write, before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, None)
    }

    /// Opens the encrypted journal at `path` (or creates one) with its passphrase; a wrong
    /// passphrase is refused before anything is written.
    pub fn open_encrypted(path: &Path, passphrase: &cipher::Passphrase) -> Result<Store> {
        Self::open_with(path, Some(passphrase))
    }

    fn open_with(path: &Path, key: Option<&cipher::Passphrase>) -> Result<Store> {
        // Anything but a regular file is refused before it is opened.
        let found = existing_file(path)?;
        match &found {
            Some(meta) => {
                check_header(path, key.is_some())?;
                adopt_if_empty(path, meta)?;
            }
            None => create_private(path)?,
        }
        let open = |flags: OpenFlags| {
            let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| StoreError::Io {
                action: "open",
                path: path.to_path_buf(),
                source: std::io::Error::other(e.to_string()),
            })?;
            // The key comes before anything reads the file.
            cipher::apply_key(&conn, key, path)?;
            Ok::<_, StoreError>(conn)
        };
        // A read-only look first: a connection that may write would fold a pending
        // write-ahead log into a file we are about to refuse.
        inspect(&open(OpenFlags::SQLITE_OPEN_READ_ONLY)?, path)?;
        if let Some(meta) = &found {
            match_side_files(path, meta);
        }
        let conn = open(OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        // The schema is parsed once, here, where it is kept; closing must not fold the
        // write-ahead log into a file refused for a damaged schema.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .map_err(|e| unreadable(e, path))?;
        read_schema(&conn, path)?;
        let mut store = Self::prepare(conn, path)?;
        store.keyed = key.is_some();
        Ok(store)
    }

    /// A journal that lives in memory only, for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn prepare(mut conn: Connection, path: &Path) -> Result<Store> {
        let set_pragmas = |conn: &Connection| -> rusqlite::Result<()> {
            // Until the whole file is checked, closing must not fold the write-ahead log
            // into it: a damaged journal stays exactly as it was found.
            conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            // Deleted text is overwritten, not left in free pages of the file.
            conn.pragma_update(None, "secure_delete", "ON")?;
            conn.busy_timeout(std::time::Duration::from_secs(5))
        };
        set_pragmas(&conn).map_err(|e| StoreError::from_write(e, path))?;
        // Every query a pane runs stays prepared; the default room (16) is less than one
        // screen's worth.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get("user_version"))?;
        let mut checked = false;
        if version < known_schema_version() {
            // Migrating writes, so a journal made by an older version is checked first.
            if version > 0 {
                check_whole_file(&conn, path)?;
                checked = true;
            }
            migrations().to_latest(&mut conn).map_err(|e| match e {
                rusqlite_migration::Error::RusqliteError { err, .. } => {
                    StoreError::from_write(err, path)
                }
                other => StoreError::Migration(other),
            })?;
        }
        let store = Store {
            conn,
            path: path.to_path_buf(),
            depth: Cell::new(0),
            ready_to_write: Cell::new(false),
            early_check: RefCell::new(None),
            keyed: false,
            clock: Clock::system(),
        };
        if checked {
            store.get_ready_to_write(false)?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the journal holds anything a person wrote.
    pub fn is_empty(&self) -> Result<bool> {
        let any: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM gratitude_items) OR EXISTS (SELECT 1 FROM setbacks)
                 OR EXISTS (SELECT 1 FROM goals) OR EXISTS (SELECT 1 FROM ideas)
                 OR EXISTS (SELECT 1 FROM people)
                 OR EXISTS (SELECT 1 FROM days WHERE note <> '' OR mood IS NOT NULL) AS anything",
            [],
            |row| row.get("anything"),
        )?;
        Ok(!any)
    }

    /// SQLite's own consistency checks: `integrity_check`, `foreign_key_check`, and the
    /// full-text index checked against the text it indexes.
    pub fn check_integrity(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>("integrity_check"))? {
            let line = row?;
            if line != "ok" {
                problems.push(line);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>("table"))? {
            problems.push(format!("broken reference in {}", row?));
        }
        // FTS5 answers its 'integrity-check' command with an error when the index and the
        // text it indexes disagree; nothing is changed.
        if let Err(e) = self.conn.execute(
            "INSERT INTO search_text (search_text) VALUES ('integrity-check')",
            [],
        ) {
            problems.push(format!("the search index is out of step: {e}"));
        }
        Ok(problems)
    }
}

impl Store {
    /// Holds the journal at the pages it has now (`true`), as a full disk would, or lets it
    /// grow again (`false`). For tests of what a full disk does to a save.
    #[doc(hidden)]
    pub fn hold_size_as_if_disk_full(&self, full: bool) -> Result<()> {
        let pages: i64 = if full {
            self.conn
                .query_row("PRAGMA page_count", [], |r| r.get("page_count"))?
        } else {
            // SQLite's own default ceiling.
            4_294_967_294
        };
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }
}

impl Drop for Store {
    /// A journal only read, never checked, closes as usual when its log holds nothing,
    /// which removes the empty side files; a log with changes in it is kept as it is.
    fn drop(&mut self) {
        if self.ready_to_write.get() {
            return;
        }
        let log = PathBuf::from(format!("{}-wal", self.path.display()));
        let empty = fs::metadata(&log).map(|m| m.len() == 0).unwrap_or(true);
        if empty {
            let _ = self
                .conn
                .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false);
        }
    }
}

/// The newest journal format this version reads and writes.
pub fn known_schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

fn migrations() -> Migrations<'static> {
    let each = MIGRATIONS.iter().enumerate().map(|(i, sql)| {
        if i == PLAIN_TEXT_MIGRATION {
            M::up_with_hook(sql, plain::clean_all)
        } else {
            M::up(sql)
        }
    });
    Migrations::new(each.collect())
}

/// The folder a file named by `path` sits in: `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn parse_uuid(text: &str) -> rusqlite::Result<uuid::Uuid> {
    uuid::Uuid::parse_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn parse_date(text: &str) -> rusqlite::Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn date_key(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod privacy_tests {
    use super::Store;

    #[test]
    fn secure_delete_reads_back_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("journal.db")).unwrap();
        let on: i64 = store
            .conn
            .query_row("PRAGMA secure_delete", [], |r| r.get("secure_delete"))
            .unwrap();
        assert_eq!(on, 1);
    }
}

#[cfg(test)]
mod mark_tests {
    use super::{APPLICATION_ID, MIGRATIONS, Store};
    use rusqlite_migration::{M, Migrations};

    fn mark(path: &std::path::Path) -> i32 {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.query_row("PRAGMA application_id", [], |r| r.get("application_id"))
            .unwrap()
    }

    #[test]
    fn a_journal_made_before_the_mark_gets_it_when_next_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let marking = MIGRATIONS
            .iter()
            .position(|sql| sql.contains("application_id"))
            .unwrap();
        {
            let mut conn = rusqlite::Connection::open(&path).unwrap();
            let older = MIGRATIONS[..marking].iter().map(|sql| M::up(sql)).collect();
            Migrations::new(older).to_latest(&mut conn).unwrap();
        }
        assert_eq!(mark(&path), 0);
        drop(Store::open(&path).unwrap());
        assert_eq!(mark(&path), APPLICATION_ID);
    }
}
