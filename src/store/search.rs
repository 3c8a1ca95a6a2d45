//! Full-text search over everything a person wrote. The index (`search_entries` and its FTS5
//! table `search_text`) is kept in step by triggers, so every write updates it in its own
//! transaction; this file only reads it.

use chrono::NaiveDate;
use rusqlite::{ErrorCode, params};

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::relevance::{Counts, excerpt, score};
use crate::domain::search::{Hit, MATCH_END, MATCH_START, RecordKind, match_query, one_line};

/// How many of the newest matches are scored. A common word can match most of a large
/// journal; scoring every match would make each keypress slow, and the newest few hundred
/// hold what a person is looking for.
const CANDIDATES: i64 = 500;

/// How many words around the first match an excerpt keeps.
const SNIPPET_WORDS: usize = 24;

/// How many SQLite steps run between two looks at whether the search should stop.
const STOP_CHECK_STEPS: i32 = 2_000;

/// One candidate: where it lives and its text with the matched words marked.
struct Candidate {
    kind: String,
    record: String,
    parent: Option<String>,
    date: String,
    marked: String,
}

impl Store {
    /// The records whose text matches every word of `query` (the last word also as the start
    /// of a longer one), best first, filed between `from` and `to` (inclusive) when given.
    /// Any text is a valid query: operators and quotes are taken as plain words.
    pub fn search(
        &self,
        query: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: usize,
    ) -> Result<Vec<Hit>> {
        Ok(self
            .search_until(query, from, to, limit, None)?
            .unwrap_or_default())
    }

    /// [`Store::search`], giving up as soon as `stop` returns true (it is asked every few
    /// thousand steps of the query): `None` then. The search overlay passes a check for a
    /// waiting keypress, so typing is never held up by a search the next key makes stale.
    pub fn search_until(
        &self,
        query: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: usize,
        stop: Option<fn() -> bool>,
    ) -> Result<Option<Vec<Hit>>> {
        let Some(fts) = match_query(query) else {
            return Ok(Some(Vec::new()));
        };
        if let Some(stop) = stop {
            self.conn.progress_handler(STOP_CHECK_STEPS, Some(stop))?;
        }
        let found = self.candidates(&fts, from, to);
        if stop.is_some() {
            self.conn.progress_handler(0, None::<fn() -> bool>)?;
        }
        let candidates = match found {
            Ok(candidates) => candidates,
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == ErrorCode::OperationInterrupted =>
            {
                return Ok(None);
            }
            Err(e) => return Err(e.into()),
        };
        Ok(Some(rank(candidates, limit)?))
    }

    /// The newest matching entries, newest first, with their text marked.
    fn candidates(
        &self,
        fts: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> rusqlite::Result<Vec<Candidate>> {
        let (from, to) = (from.map(date_key), to.map(date_key));
        // Entries are numbered as they are written, so a range of days is not a range of
        // numbers; but every entry of the range lies between its lowest and highest number.
        let (low, high) = if from.is_some() || to.is_some() {
            self.conn
                .prepare_cached(
                    "SELECT min(entry) AS low, max(entry) AS high FROM search_entries
                     WHERE date >= coalesce(?1, '') AND date <= coalesce(?2, '9999')",
                )?
                .query_row(params![from, to], |row| {
                    Ok((row.get::<_, Option<i64>>(0)?, row.get::<_, Option<i64>>(1)?))
                })?
        } else {
            (Some(i64::MIN), Some(i64::MAX))
        };
        let (Some(low), Some(high)) = (low, high) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.kind, e.record, e.parent, e.date, highlight(search_text, 0, ?2, ?3) AS marked
             FROM search_text JOIN search_entries e ON e.entry = search_text.rowid
             WHERE search_text MATCH ?1
               AND search_text.rowid >= ?7 AND search_text.rowid <= ?8
               AND (?4 IS NULL OR e.date >= ?4) AND (?5 IS NULL OR e.date <= ?5)
             ORDER BY search_text.rowid DESC
             LIMIT ?6",
        )?;
        let rows = stmt.query_map(
            params![
                fts,
                MATCH_START.to_string(),
                MATCH_END.to_string(),
                from,
                to,
                CANDIDATES,
                low,
                high
            ],
            |row| {
                Ok(Candidate {
                    kind: row.get("kind")?,
                    record: row.get("record")?,
                    parent: row.get("parent")?,
                    date: row.get("date")?,
                    marked: row.get("marked")?,
                })
            },
        )?;
        rows.collect()
    }
}

/// The best `limit` candidates as hits: the higher score first, then the later day, then the
/// newer entry (candidates come newest first).
fn rank(candidates: Vec<Candidate>, limit: usize) -> Result<Vec<Hit>> {
    let counts: Vec<Counts> = candidates.iter().map(|c| Counts::of(&c.marked)).collect();
    let average = counts.iter().map(|c| c.words as f64).sum::<f64>() / counts.len().max(1) as f64;
    let mut order: Vec<(usize, f64)> = counts
        .iter()
        .enumerate()
        .map(|(i, c)| (i, score(*c, average)))
        .collect();
    order.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| candidates[b.0].date.cmp(&candidates[a.0].date))
            .then(a.0.cmp(&b.0))
    });
    let mut hits = Vec::with_capacity(limit.min(order.len()));
    for (i, relevance) in order {
        if hits.len() == limit {
            break;
        }
        let c = &candidates[i];
        let Some(kind) = RecordKind::from_key(&c.kind) else {
            continue;
        };
        hits.push(Hit {
            kind,
            id: parse_uuid(&c.record)?,
            parent: c.parent.as_deref().map(parse_uuid).transpose()?,
            date: parse_date(&c.date)?,
            snippet: one_line(&excerpt(&c.marked, SNIPPET_WORDS)),
            // Lower is better, as SQLite's own ranks are.
            rank: -relevance,
        });
    }
    Ok(hits)
}

impl Store {
    /// The debrief question an answer (known by its id, as search finds it) is about.
    pub fn answer_question(&self, id: uuid::Uuid) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT question FROM answers WHERE id = ?1")?;
        let mut rows = stmt.query([id.to_string()])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get("question")?),
            None => None,
        })
    }
}

/// Everything that is indexed, rebuilt from the tables in one pass: the same entries the
/// triggers of migration 006 write one by one, filed oldest first so that newer entries
/// keep the larger numbers search takes as recent. Then the totals of migration 008.
const REINDEX: &str = "
DELETE FROM search_entries;
INSERT INTO search_entries (kind, record, parent, date, text)
SELECT kind, record, parent, date, text FROM (
    SELECT 'setback' AS kind, t.id AS record, NULL AS parent, t.date AS date, concat_ws(char(10), t.title, nullif(t.summary, ''), nullif(t.reflection, '')) AS text, t.rowid AS seq FROM setbacks t
    UNION ALL SELECT 'event', t.id, t.setback_id, t.date, concat_ws(char(10), t.what, nullif(t.who, ''), nullif(t.thought, ''), nullif(t.felt, '')), t.rowid FROM events t
    UNION ALL SELECT 'answer', t.id, t.setback_id, (SELECT date FROM setbacks WHERE id = t.setback_id), t.text, t.rowid FROM answers t
    UNION ALL SELECT 'strength', t.id, t.setback_id, (SELECT date FROM setbacks WHERE id = t.setback_id), t.text, t.rowid FROM strengths t
    UNION ALL SELECT 'lesson', t.id, t.setback_id, (SELECT date FROM setbacks WHERE id = t.setback_id), t.text, t.rowid FROM lessons t
    UNION ALL SELECT 'story', t.id, t.setback_id, (SELECT date FROM setbacks WHERE id = t.setback_id), concat_ws(char(10), nullif(t.situation, ''), nullif(t.action, ''), nullif(t.result, ''), nullif(t.learning, '')), t.rowid FROM stories t
    UNION ALL SELECT 'checkin', t.id, t.setback_id, t.date, t.note, t.rowid FROM checkins t
    UNION ALL SELECT 'reframe', t.id, t.setback_id, (SELECT date FROM setbacks WHERE id = t.setback_id), concat_ws(char(10), t.thought, nullif(t.kinder, '')), t.rowid FROM reframes t
    UNION ALL SELECT 'followup', t.id, t.setback_id, (SELECT date FROM setbacks WHERE id = t.setback_id), t.follow_up, t.rowid FROM root_causes t
    UNION ALL SELECT 'gratitude', t.id, NULL, t.date, t.text, t.rowid FROM gratitude_items t
    UNION ALL SELECT 'note', t.id, NULL, t.date, t.note, t.rowid FROM days t
    UNION ALL SELECT 'goal', t.id, NULL, t.started_on, concat_ws(char(10), t.title, nullif(t.why, ''), nullif(t.success, ''), nullif(t.reward, '')), t.rowid FROM goals t
    UNION ALL SELECT 'step', t.id, t.goal_id, (SELECT started_on FROM goals WHERE id = t.goal_id), t.text, t.rowid FROM steps t
    UNION ALL SELECT 'idea', t.id, t.goal_id, substr(t.created_at, 1, 10), concat_ws(char(10), t.text, nullif(t.realistic_note, ''), nullif(t.values_note, ''), nullif(t.happy_note, '')), t.rowid FROM ideas t
    UNION ALL SELECT 'person', t.id, NULL, substr(t.created_at, 1, 10), concat_ws(char(10), t.name, nullif(t.note, '')), t.rowid FROM people t
    UNION ALL SELECT 'review', t.id, NULL, t.monday, concat_ws(char(10), nullif(t.well, ''), nullif(t.next, '')), t.rowid FROM reviews t
) WHERE text <> ''
ORDER BY date, seq;
INSERT INTO search_text (search_text) VALUES ('rebuild');
UPDATE totals SET value = (SELECT count(DISTINCT date) FROM gratitude_items)
    WHERE name = 'gratitude_days';
";

/// The page cache while filling a journal in bulk, in KiB as `PRAGMA cache_size` takes it
/// (negative).
const BULK_CACHE_KIB: i64 = -65_536;

impl Store {
    /// Runs `f` as one write with the search index's triggers switched off (and every other
    /// trigger), then rebuilds the index and the totals from the tables in one pass. For filling a journal with many records at
    /// once, where keeping the index row by row costs most of the time. Inside another
    /// write, or while a change is being recorded for undo (whose triggers would be off
    /// too), it is an ordinary write.
    pub fn write_then_index<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        if self.depth.get() > 0 || self.undo_recording()? {
            return self.write(f);
        }
        // A large cache while filling: the default one would spill to disk and read back.
        let cache: i64 = self
            .conn
            .query_row("PRAGMA cache_size", [], |r| r.get("cache_size"))?;
        self.set_triggers(false)?;
        let result = self
            .conn
            .pragma_update(None, "cache_size", BULK_CACHE_KIB)
            .map_err(StoreError::from)
            .and_then(|()| {
                self.write(|s| {
                    let value = f(s)?;
                    s.conn.execute_batch(REINDEX)?;
                    Ok(value)
                })
            });
        let restored = self.set_triggers(true).and_then(|()| {
            self.conn.pragma_update(None, "cache_size", cache)?;
            Ok(())
        });
        let value = result?;
        restored?;
        Ok(value)
    }

    /// The write an import runs in: into an empty journal (a first import, a restore) the
    /// search index is built once at the end; into one that holds entries, rebuilding the
    /// whole index would cost more than keeping it row by row.
    pub(crate) fn import_write<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        if self.is_empty()? {
            self.write_then_index(f)
        } else {
            self.write(f)
        }
    }

    fn set_triggers(&self, on: bool) -> Result<()> {
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER,
            on,
        )?;
        Ok(())
    }

    fn undo_recording(&self) -> Result<bool> {
        self.get_ready_to_write(true)?;
        let seq: i64 = self
            .conn
            .query_row("SELECT seq FROM temp.undo_state", [], |r| r.get("seq"))?;
        Ok(seq > 0)
    }
}
