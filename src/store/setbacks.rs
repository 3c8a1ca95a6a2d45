//! Setbacks, with their debrief answers, story and reflection.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::new_id;
use crate::domain::setback::{Setback, SetbackDraft, Story};
use crate::domain::text::{clean_multiline, validate_entry};

pub(super) const COLUMNS: &str = "s.id, s.title, s.date, s.summary, s.reflection,
    (SELECT COUNT(*) FROM events e WHERE e.setback_id = s.id) AS event_count,
    (SELECT r.confirmed FROM root_causes r WHERE r.setback_id = s.id) AS cause,
    (SELECT c.closed_on FROM closings c WHERE c.setback_id = s.id) AS closed_on";

/// The order of the setbacks list: newest date first, then the last written. The index of
/// migration 013, read backwards, gives it without a sort.
const NEWEST_FIRST: &str = "ORDER BY s.date DESC, s.rowid DESC";
/// The same order from the other end.
const OLDEST_FIRST: &str = "ORDER BY s.date, s.rowid";
/// A row's place in that order, and the place of the setback given as `?1`, to compare.
const PLACE: &str = "(s.date, s.rowid)";
const PLACE_OF: &str = "(SELECT date, rowid FROM setbacks WHERE id = ?1)";

/// How many setbacks come before the setback `?1` in the list.
const POSITION_SQL: &str = "SELECT (SELECT count(*) FROM setbacks s
        WHERE (s.date, s.rowid) > (p.date, p.rowid)) AS ahead
    FROM setbacks p WHERE p.id = ?1";

/// Rows in `order`, `?1` of them after skipping `?2`.
fn window_sql(order: &str) -> String {
    format!("SELECT {COLUMNS} FROM setbacks s {order} LIMIT ?1 OFFSET ?2")
}

/// `?2` rows on one side (`<` below, `>` above) of the setback `?1`, nearest first.
fn next_to_sql(side: &str, order: &str) -> String {
    format!("SELECT {COLUMNS} FROM setbacks s WHERE {PLACE} {side} {PLACE_OF} {order} LIMIT ?2")
}

/// A count as SQLite takes it; beyond its range means "all of them".
fn sql_count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(super) fn row_to_setback(row: &Row) -> rusqlite::Result<Setback> {
    Ok(Setback {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        title: row.get("title")?,
        date: parse_date(&row.get::<_, String>("date")?)?,
        summary: row.get("summary")?,
        reflection: row.get("reflection")?,
        event_count: row.get("event_count")?,
        cause: row
            .get::<_, Option<String>>("cause")?
            .as_deref()
            .and_then(crate::domain::root_cause::Cause::from_key),
        closed_on: row
            .get::<_, Option<String>>("closed_on")?
            .map(|d| parse_date(&d))
            .transpose()?,
    })
}

impl Store {
    pub fn add_setback(&self, draft: &SetbackDraft, today: NaiveDate) -> Result<Setback> {
        let title =
            validate_entry(&draft.title, "a setback's title").map_err(StoreError::Invalid)?;
        let date = draft.date.unwrap_or(today);
        let summary = clean_multiline(&draft.summary);
        self.write(|s| {
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO setbacks (id, title, date, summary, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                )?
                .execute(params![
                    id.to_string(),
                    title,
                    date_key(date),
                    summary,
                    self.now_stamp()
                ])?;
            s.setback(id)?
                .ok_or_else(|| StoreError::not_found("setback", id))
        })
    }

    pub fn update_setback(
        &self,
        id: Uuid,
        draft: &SetbackDraft,
        today: NaiveDate,
    ) -> Result<Setback> {
        let title =
            validate_entry(&draft.title, "a setback's title").map_err(StoreError::Invalid)?;
        let date = draft.date.unwrap_or(today);
        let summary = clean_multiline(&draft.summary);
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached("UPDATE setbacks SET title = ?2, date = ?3, summary = ?4, updated_at = ?5 WHERE id = ?1")?
                .execute(params![id.to_string(), title, date_key(date), summary, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("setback", id));
            }
            s.setback(id)?.ok_or_else(|| StoreError::not_found("setback", id))
        })
    }

    /// Deletes a setback with everything in its debrief.
    pub fn delete_setback(&self, id: Uuid) -> Result<Setback> {
        self.write(|s| {
            let setback = s
                .setback(id)?
                .ok_or_else(|| StoreError::not_found("setback", id))?;
            s.conn
                .prepare_cached("DELETE FROM setbacks WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(setback)
        })
    }

    pub fn setback(&self, id: Uuid) -> Result<Option<Setback>> {
        let sql = format!("SELECT {COLUMNS} FROM setbacks s WHERE s.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_setback)
            .optional()?)
    }

    /// Every setback, newest first. For exports and scripts: a pane reads a window instead
    /// ([`Store::setbacks_from_newest`] and its neighbours).
    pub fn setbacks(&self) -> Result<Vec<Setback>> {
        let sql = format!("SELECT {COLUMNS} FROM setbacks s {NEWEST_FIRST}");
        self.setback_rows(&sql, [])
    }

    /// How many setbacks the journal holds.
    pub fn setback_count(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .prepare_cached("SELECT count(*) AS n FROM setbacks")?
            .query_row([], |r| r.get("n"))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Up to `limit` setbacks in list order (newest first), after skipping the `skip` newest.
    pub fn setbacks_from_newest(&self, skip: usize, limit: usize) -> Result<Vec<Setback>> {
        self.setback_rows(
            &window_sql(NEWEST_FIRST),
            [sql_count(limit), sql_count(skip)],
        )
    }

    /// Up to `limit` setbacks in list order (newest first) that end `skip` rows before the
    /// oldest: the end of the list, read from that end so that it costs no more than the
    /// start does.
    pub fn setbacks_from_oldest(&self, skip: usize, limit: usize) -> Result<Vec<Setback>> {
        let sql = window_sql(OLDEST_FIRST);
        let mut rows = self.setback_rows(&sql, [sql_count(limit), sql_count(skip)])?;
        rows.reverse();
        Ok(rows)
    }

    /// Up to `limit` setbacks that come right after the setback `id` in list order. Empty
    /// when that setback is gone.
    pub fn setbacks_after(&self, id: Uuid, limit: usize) -> Result<Vec<Setback>> {
        let sql = next_to_sql("<", NEWEST_FIRST);
        self.setback_rows(&sql, rusqlite::params![id.to_string(), sql_count(limit)])
    }

    /// Up to `limit` setbacks that come right before the setback `id`, in list order (the
    /// last of them is the one just above it). Empty when that setback is gone.
    pub fn setbacks_before(&self, id: Uuid, limit: usize) -> Result<Vec<Setback>> {
        let sql = next_to_sql(">", OLDEST_FIRST);
        let mut rows =
            self.setback_rows(&sql, rusqlite::params![id.to_string(), sql_count(limit)])?;
        rows.reverse();
        Ok(rows)
    }

    /// Where the setback `id` stands in the list: how many setbacks come before it. None when
    /// there is no such setback.
    pub fn setback_position(&self, id: Uuid) -> Result<Option<usize>> {
        let before: Option<i64> = self
            .conn
            .prepare_cached(POSITION_SQL)?
            .query_row([id.to_string()], |r| r.get("ahead"))
            .optional()?;
        Ok(before.map(|n| usize::try_from(n).unwrap_or(0)))
    }

    /// The setback written most recently (the last row added, whatever its date).
    pub fn last_added_setback(&self) -> Result<Option<Uuid>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM setbacks ORDER BY rowid DESC LIMIT 1")?
            .query_row([], |r| parse_uuid(&r.get::<_, String>("id")?))
            .optional()?)
    }

    fn setback_rows(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Setback>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let list = stmt
            .query_map(params, row_to_setback)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn set_reflection(&self, id: Uuid, text: &str) -> Result<()> {
        let text = crate::domain::text::clean_line(text);
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE setbacks SET reflection = ?2, updated_at = ?3 WHERE id = ?1",
                )?
                .execute(params![id.to_string(), text, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("setback", id));
            }
            Ok(())
        })
    }

    /// Sets the answer to one debrief question (an empty text clears it).
    pub fn set_answer(&self, setback: Uuid, question: &str, text: &str) -> Result<()> {
        let text = clean_multiline(text);
        self.write(|s| {
            s.require_setback(setback)?;
            if text.trim().is_empty() {
                s.conn
                    .prepare_cached("DELETE FROM answers WHERE setback_id = ?1 AND question = ?2")?
                    .execute(params![setback.to_string(), question])?;
                return Ok(());
            }
            s.conn
                .prepare_cached(
                    "INSERT INTO answers (id, setback_id, question, text, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (setback_id, question) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                )?
                .execute(params![new_id().to_string(), setback.to_string(), question, text, self.now_stamp()])?;
            Ok(())
        })
    }

    /// The answers of a setback, as (question key, text).
    pub fn answers(&self, setback: Uuid) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT question, text FROM answers WHERE setback_id = ?1")?;
        let list = stmt
            .query_map([setback.to_string()], |r| {
                Ok((r.get("question")?, r.get("text")?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn set_story(&self, setback: Uuid, story: &Story) -> Result<()> {
        let clean = |t: &str| clean_multiline(t);
        self.write(|s| {
            s.require_setback(setback)?;
            s.conn
                .prepare_cached(
                    "INSERT INTO stories (setback_id, id, situation, action, result, learning, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (setback_id) DO UPDATE SET situation = excluded.situation,
                        action = excluded.action, result = excluded.result,
                        learning = excluded.learning, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    setback.to_string(),
                    new_id().to_string(),
                    clean(&story.situation),
                    clean(&story.action),
                    clean(&story.result),
                    clean(&story.learning),
                    self.now_stamp()
                ])?;
            Ok(())
        })
    }

    pub fn story(&self, setback: Uuid) -> Result<Story> {
        let story = self
            .conn
            .prepare_cached(
                "SELECT situation, action, result, learning FROM stories WHERE setback_id = ?1",
            )?
            .query_row([setback.to_string()], |r| {
                Ok(Story {
                    situation: r.get("situation")?,
                    action: r.get("action")?,
                    result: r.get("result")?,
                    learning: r.get("learning")?,
                })
            })
            .optional()?;
        Ok(story.unwrap_or_default())
    }

    pub(super) fn require_setback(&self, id: Uuid) -> Result<()> {
        let exists: bool = self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM setbacks WHERE id = ?1) AS found")?
            .query_row([id.to_string()], |r| r.get("found"))?;
        if exists {
            Ok(())
        } else {
            Err(StoreError::not_found("setback", id))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every read of the setbacks list walks the index of migration 013 and sorts nothing.
    #[test]
    fn list_reads_walk_the_index_without_sorting() {
        let store = Store::open_in_memory().unwrap();
        let reads = [
            window_sql(NEWEST_FIRST),
            window_sql(OLDEST_FIRST),
            next_to_sql("<", NEWEST_FIRST),
            next_to_sql(">", OLDEST_FIRST),
            POSITION_SQL.to_string(),
            format!("SELECT {COLUMNS} FROM setbacks s {NEWEST_FIRST}"),
        ];
        for sql in reads {
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            // The plan does not depend on the values, which stay unbound (NULL).
            let unbound = std::iter::repeat_n(rusqlite::types::Null, stmt.parameter_count());
            let plan: Vec<String> = stmt
                .query_map(rusqlite::params_from_iter(unbound), |r| r.get("detail"))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let plan = plan.join("\n");
            assert!(
                plan.contains("INDEX setbacks_by_date_written"),
                "{sql}\nreads no index:\n{plan}"
            );
            assert!(!plan.contains("TEMP B-TREE"), "{sql}\nsorts:\n{plan}");
        }
    }
}
