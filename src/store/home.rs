//! The reads behind the Home pane: recent setbacks, the latest check-in across all
//! setbacks, and gratitude per day for the activity chart.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::debrief::row_to_checkin;
use super::setbacks::{COLUMNS, row_to_setback};
use super::{Result, Store, date_key, parse_date, parse_uuid};
use crate::domain::setback::{Checkin, Setback};

impl Store {
    /// The `limit` newest setbacks, newest first.
    pub fn recent_setbacks(&self, limit: usize) -> Result<Vec<Setback>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM setbacks s
             ORDER BY s.date DESC, s.created_at DESC, s.rowid DESC LIMIT ?1"
        );
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([limit], row_to_setback)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The newest check-in of any setback, with the setback it belongs to.
    pub fn latest_checkin(&self) -> Result<Option<(Checkin, Setback)>> {
        let found = self
            .conn
            .prepare_cached(
                "SELECT id, date, grief, transformation, note, setback_id FROM checkins
                 ORDER BY date DESC, rowid DESC LIMIT 1",
            )?
            .query_row([], |r| {
                Ok((
                    row_to_checkin(r)?,
                    parse_uuid(&r.get::<_, String>("setback_id")?)?,
                ))
            })
            .optional()?;
        let Some((checkin, setback_id)) = found else {
            return Ok(None);
        };
        Ok(self.setback(setback_id)?.map(|s| (checkin, s)))
    }

    /// What was written on this day of the month in earlier months (up to ten years back):
    /// the newest earlier day's first gratitude item, or its note. Reads only those days,
    /// through the date index.
    pub fn on_this_day(&self, today: NaiveDate) -> Result<Option<(NaiveDate, String)>> {
        for day in crate::domain::dates::same_day_before(today, 120) {
            let key = date_key(day);
            let found: Option<String> = self
                .conn
                .prepare_cached(
                    "SELECT text FROM (
                         SELECT text, 0 AS k, position AS p FROM gratitude_items WHERE date = ?1
                         UNION ALL
                         SELECT note, 1, 0 FROM days WHERE date = ?1 AND note <> '')
                     ORDER BY k, p LIMIT 1",
                )?
                .query_row([&key], |r| r.get("text"))
                .optional()?;
            if let Some(text) = found {
                return Ok(Some((day, text)));
            }
        }
        Ok(None)
    }

    /// Gratitude items written on each day from `from` to `to` (days without any are left
    /// out).
    pub fn gratitude_per_day(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(NaiveDate, u32)>> {
        self.per_day(
            "SELECT date AS day, COUNT(*) AS n FROM gratitude_items WHERE date BETWEEN ?1 AND ?2
             GROUP BY date ORDER BY date",
            from,
            to,
        )
    }

    /// Runs a query of (`day`, count `n`) rows over the days from `from` to `to`.
    pub(super) fn per_day(
        &self,
        sql: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(NaiveDate, u32)>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let list = stmt
            .query_map(params![date_key(from), date_key(to)], |r| {
                Ok((parse_date(&r.get::<_, String>("day")?)?, r.get("n")?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}
