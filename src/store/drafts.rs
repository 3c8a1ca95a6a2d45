//! Drafts: text being typed, kept so that a crash or a killed process loses at most a second.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};

impl Store {
    /// Keeps `text` as the draft for `slot` (an empty text forgets it), plain like all text.
    pub fn save_draft(&self, slot: &str, text: &str) -> Result<()> {
        if text.is_empty() {
            return self.clear_draft(slot);
        }
        let text = crate::domain::text::plain(text);
        self.write(|s| {
            s.conn
                .prepare_cached(
                    "INSERT INTO drafts (slot, text, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (slot) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                )?
                .execute(params![slot, text.as_ref(), self.now_stamp()])?;
            Ok(())
        })
    }

    pub fn clear_draft(&self, slot: &str) -> Result<()> {
        self.write(|s| {
            s.conn
                .prepare_cached("DELETE FROM drafts WHERE slot = ?1")?
                .execute([slot])?;
            Ok(())
        })
    }

    pub fn draft(&self, slot: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT text FROM drafts WHERE slot = ?1")?
            .query_row([slot], |r| r.get("text"))
            .optional()?)
    }

    /// Every kept draft whose slot starts with `prefix`, newest first.
    pub fn drafts_with_prefix(&self, prefix: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT slot, text FROM drafts WHERE substr(slot, 1, length(?1)) = ?1 ORDER BY updated_at DESC",
        )?;
        let drafts = stmt
            .query_map([prefix], |r| Ok((r.get("slot")?, r.get("text")?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(drafts)
    }
}
