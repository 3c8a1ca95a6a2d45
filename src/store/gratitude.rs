//! Gratitude items: three (or more) small things a day.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::gratitude::{self, GratitudeItem, Streak};
use crate::domain::text::validate_entry;

const COLUMNS: &str = "id, date, position, text";

fn row_to_item(row: &Row) -> rusqlite::Result<GratitudeItem> {
    Ok(GratitudeItem {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        date: parse_date(&row.get::<_, String>("date")?)?,
        position: row.get("position")?,
        text: row.get("text")?,
    })
}

impl Store {
    /// Adds an item at the end of `date`'s list.
    pub fn add_gratitude(&self, date: NaiveDate, text: &str) -> Result<GratitudeItem> {
        let text = validate_entry(text, "a gratitude item").map_err(StoreError::Invalid)?;
        self.write(|s| {
            let id = crate::domain::new_id();
            let now = self.now_stamp();
            let position: i64 = s
                .conn
                .prepare_cached(
                    "SELECT COALESCE(MAX(position), 0) + 1 AS next FROM gratitude_items WHERE date = ?1",
                )?
                .query_row([date_key(date)], |r| r.get("next"))?;
            s.conn
                .prepare_cached(
                    "INSERT INTO gratitude_items (id, date, position, text, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                )?
                .execute(params![id.to_string(), date_key(date), position, text, now])?;
            Ok(GratitudeItem {
                id,
                date,
                position,
                text,
            })
        })
    }

    pub fn update_gratitude(&self, id: Uuid, text: &str) -> Result<GratitudeItem> {
        let text = validate_entry(text, "a gratitude item").map_err(StoreError::Invalid)?;
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE gratitude_items SET text = ?2, updated_at = ?3 WHERE id = ?1",
                )?
                .execute(params![id.to_string(), text, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("gratitude item", id));
            }
            s.gratitude_item(id)?
                .ok_or_else(|| StoreError::not_found("gratitude item", id))
        })
    }

    /// Deletes an item and returns what it held.
    pub fn delete_gratitude(&self, id: Uuid) -> Result<GratitudeItem> {
        self.write(|s| {
            let item = s
                .gratitude_item(id)?
                .ok_or_else(|| StoreError::not_found("gratitude item", id))?;
            s.conn
                .prepare_cached("DELETE FROM gratitude_items WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(item)
        })
    }

    pub fn gratitude_item(&self, id: Uuid) -> Result<Option<GratitudeItem>> {
        let sql = format!("SELECT {COLUMNS} FROM gratitude_items WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_item)
            .optional()?)
    }

    /// The items of one day, in the order they were written.
    pub fn gratitude_on(&self, date: NaiveDate) -> Result<Vec<GratitudeItem>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM gratitude_items WHERE date = ?1 ORDER BY position, rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let items = stmt
            .query_map([date_key(date)], row_to_item)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// Every item, oldest day first, handed to `each` one at a time.
    pub fn for_each_gratitude(&self, mut each: impl FnMut(GratitudeItem)) -> Result<()> {
        let sql = format!("SELECT {COLUMNS} FROM gratitude_items ORDER BY date, position, rowid");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        for item in stmt.query_map([], row_to_item)? {
            each(item?);
        }
        Ok(())
    }

    /// Days between `from` and `to` (inclusive) that have at least one item.
    pub fn gratitude_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<NaiveDate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT date FROM gratitude_items WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
        )?;
        let days = stmt
            .query_map([date_key(from), date_key(to)], |r| {
                parse_date(&r.get::<_, String>("date")?)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(days)
    }

    /// How many distinct days have gratitude (a total kept by triggers, see migration 008).
    pub fn gratitude_day_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .prepare_cached("SELECT value FROM totals WHERE name = 'gratitude_days'")?
            .query_row([], |r| r.get("value"))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The forgiving streak as of `today`; reads only as far back as the run goes.
    pub fn gratitude_streak(&self, today: NaiveDate) -> Result<Streak> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT date FROM gratitude_items WHERE date <= ?1 ORDER BY date DESC",
        )?;
        let mut rows = stmt.query([date_key(today)])?;
        let mut run = Vec::new();
        let mut previous = today + chrono::Days::new(1);
        while let Some(row) = rows.next()? {
            let day = parse_date(&row.get::<_, String>("date")?)?;
            // Anything older than two missed days cannot belong to the run.
            if (previous - day).num_days() > 3 || (run.is_empty() && (today - day).num_days() > 2) {
                break;
            }
            run.push(day);
            previous = day;
        }
        Ok(gratitude::streak(run, today))
    }
}
