//! Full-text search over everything a person wrote. The index (`search_entries` and its FTS5
//! table `search_text`) is kept in step by triggers, so every write updates it in its own
//! transaction; this file only reads it.

use chrono::NaiveDate;
use rusqlite::params;

use super::{Result, Store, date_key, parse_date, parse_uuid};
use crate::domain::search::{Hit, MATCH_END, MATCH_START, RecordKind, match_query, one_line};

/// How many of the newest matches are ranked. A common word can match most of a large
/// journal; ranking every match would make each keypress slow, and the newest few thousand
/// hold what a person is looking for.
const CANDIDATES: i64 = 2_000;

/// How many words around the matches a snippet keeps.
const SNIPPET_WORDS: i64 = 24;

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
        let Some(fts) = match_query(query) else {
            return Ok(Vec::new());
        };
        let mut candidates = self.candidates(&fts, from, to)?;
        // Equally good matches: the most recent day first.
        candidates.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)).then(b.0.cmp(&a.0)));
        candidates.truncate(limit);
        let mut hits = Vec::with_capacity(candidates.len());
        for (entry, rank, _) in candidates {
            if let Some(hit) = self.hit(&fts, entry, rank)? {
                hits.push(hit);
            }
        }
        Ok(hits)
    }

    /// The newest matching entries with their bm25 rank and their day.
    fn candidates(
        &self,
        fts: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<(i64, f64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT search_text.rowid, bm25(search_text), e.date
             FROM search_text JOIN search_entries e ON e.entry = search_text.rowid
             WHERE search_text MATCH ?1
               AND (?2 IS NULL OR e.date >= ?2) AND (?3 IS NULL OR e.date <= ?3)
             ORDER BY search_text.rowid DESC
             LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![fts, from.map(date_key), to.map(date_key), CANDIDATES],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn hit(&self, fts: &str, entry: i64, rank: f64) -> Result<Option<Hit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.kind, e.record, e.parent, e.date,
                    snippet(search_text, 0, ?3, ?4, '…', ?5)
             FROM search_text JOIN search_entries e ON e.entry = search_text.rowid
             WHERE search_text MATCH ?1 AND search_text.rowid = ?2",
        )?;
        let mut rows = stmt.query(params![
            fts,
            entry,
            MATCH_START.to_string(),
            MATCH_END.to_string(),
            SNIPPET_WORDS
        ])?;
        let Some(row) = rows.next()? else {
            return Ok(None);
        };
        let Some(kind) = RecordKind::from_key(&row.get::<_, String>(0)?) else {
            return Ok(None);
        };
        let parent: Option<String> = row.get(2)?;
        Ok(Some(Hit {
            kind,
            id: parse_uuid(&row.get::<_, String>(1)?)?,
            parent: parent.as_deref().map(parse_uuid).transpose()?,
            date: parse_date(&row.get::<_, String>(3)?)?,
            snippet: one_line(&row.get::<_, String>(4)?),
            rank,
        }))
    }
}

impl Store {
    /// The debrief question an answer (known by its id, as search finds it) is about.
    pub fn answer_question(&self, id: uuid::Uuid) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT question FROM answers WHERE id = ?1")?;
        let mut rows = stmt.query([id.to_string()])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    }
}
