//! Root causes: the questionnaire's answers, the confirmed cause, its follow-up, and the
//! counts and repeating motives across setbacks.

use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{Result, Store, parse_uuid};
use crate::domain::decision::{Decision, RepeatingMotive};
use crate::domain::new_id;
use crate::domain::root_cause::{Answer, Cause};
use crate::domain::text::clean_multiline;

impl Store {
    /// Sets (or with `None` clears) the answer to one questionnaire question.
    pub fn set_cause_answer(
        &self,
        setback: Uuid,
        question: &str,
        answer: Option<Answer>,
    ) -> Result<()> {
        self.write(|s| {
            s.require_setback(setback)?;
            match answer {
                None => s
                    .conn
                    .prepare_cached("DELETE FROM cause_answers WHERE setback_id = ?1 AND question = ?2")?
                    .execute(params![setback.to_string(), question])?,
                Some(a) => s
                    .conn
                    .prepare_cached(
                        "INSERT INTO cause_answers (setback_id, question, answer, updated_at) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (setback_id, question) DO UPDATE SET answer = excluded.answer,
                            updated_at = excluded.updated_at",
                    )?
                    .execute(params![setback.to_string(), question, a.key(), self.now_stamp()])?,
            };
            Ok(())
        })
    }

    /// The questionnaire's answers for a setback, as (question key, answer).
    pub fn cause_answers(&self, setback: Uuid) -> Result<Vec<(String, Answer)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT question, answer FROM cause_answers WHERE setback_id = ?1")?;
        let rows = stmt
            .query_map([setback.to_string()], |r| {
                Ok((
                    r.get::<_, String>("question")?,
                    r.get::<_, String>("answer")?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(q, a)| Answer::from_key(&a).map(|a| (q, a)))
            .collect())
    }

    /// Confirms a cause (or with `None` takes the decision back), stamped with the time.
    pub fn confirm_cause(&self, setback: Uuid, cause: Option<Cause>) -> Result<Decision> {
        self.write(|s| {
            s.require_setback(setback)?;
            s.ensure_decision(setback)?;
            let now = self.now_stamp();
            s.conn
                .prepare_cached(
                    "UPDATE root_causes SET confirmed = ?2, confirmed_at = ?3, updated_at = ?4 WHERE setback_id = ?1",
                )?
                .execute(params![setback.to_string(), cause.map(Cause::key), cause.map(|_| now.clone()), now])?;
            s.decision(setback)
        })
    }

    /// Records which tactical motives applied and the follow-up note.
    pub fn set_follow_up(&self, setback: Uuid, motives: &[String], note: &str) -> Result<Decision> {
        let note = clean_multiline(note);
        self.write(|s| {
            s.require_setback(setback)?;
            s.ensure_decision(setback)?;
            s.conn
                .prepare_cached(
                    "UPDATE root_causes SET follow_up = ?2, updated_at = ?3 WHERE setback_id = ?1",
                )?
                .execute(params![setback.to_string(), note, self.now_stamp()])?;
            s.conn
                .prepare_cached("DELETE FROM cause_motives WHERE setback_id = ?1")?
                .execute([setback.to_string()])?;
            let mut insert = s.conn.prepare_cached(
                "INSERT OR IGNORE INTO cause_motives (setback_id, motive) VALUES (?1, ?2)",
            )?;
            for motive in motives {
                insert.execute(params![setback.to_string(), motive])?;
            }
            s.decision(setback)
        })
    }

    fn ensure_decision(&self, setback: Uuid) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO root_causes (setback_id, id, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (setback_id) DO NOTHING",
            )?
            .execute(params![
                setback.to_string(),
                new_id().to_string(),
                self.now_stamp()
            ])?;
        Ok(())
    }

    /// What was decided for a setback (an empty decision when nothing was).
    pub fn decision(&self, setback: Uuid) -> Result<Decision> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT confirmed, confirmed_at, follow_up FROM root_causes WHERE setback_id = ?1",
            )?
            .query_row([setback.to_string()], |r| {
                Ok((
                    r.get::<_, Option<String>>("confirmed")?,
                    r.get::<_, Option<String>>("confirmed_at")?,
                    r.get::<_, String>("follow_up")?,
                ))
            })
            .optional()?;
        let Some((confirmed, confirmed_at, follow_up)) = row else {
            return Ok(Decision::default());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT motive FROM cause_motives WHERE setback_id = ?1 ORDER BY motive",
        )?;
        let motives = stmt
            .query_map([setback.to_string()], |r| r.get("motive"))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(Decision {
            confirmed: confirmed.as_deref().and_then(Cause::from_key),
            confirmed_at,
            motives,
            follow_up,
        })
    }

    /// How many setbacks have each confirmed cause.
    pub fn cause_counts(&self) -> Result<Vec<(Cause, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT confirmed, COUNT(*) AS n FROM root_causes WHERE confirmed IS NOT NULL GROUP BY confirmed",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>("confirmed")?, r.get::<_, u32>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(k, n)| Cause::from_key(&k).map(|c| (c, n)))
            .collect())
    }

    /// Tactical motives named for two or more setbacks confirmed as tactical, with them.
    pub fn repeating_motives(&self) -> Result<Vec<RepeatingMotive>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.motive, s.id, s.title FROM cause_motives m
             JOIN setbacks s ON s.id = m.setback_id
             JOIN root_causes r ON r.setback_id = m.setback_id AND r.confirmed = 'tactical'
             WHERE m.motive IN (
                SELECT m2.motive FROM cause_motives m2
                JOIN root_causes r2 ON r2.setback_id = m2.setback_id AND r2.confirmed = 'tactical'
                GROUP BY m2.motive HAVING COUNT(*) >= 2)
             ORDER BY m.motive, s.date",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>("motive")?,
                    r.get::<_, String>("id")?,
                    r.get::<_, String>("title")?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out: Vec<RepeatingMotive> = Vec::new();
        for (motive, id, title) in rows {
            let id = parse_uuid(&id)?;
            match out.last_mut() {
                Some(last) if last.motive == motive => last.setbacks.push((id, title)),
                _ => out.push(RepeatingMotive {
                    motive,
                    setbacks: vec![(id, title)],
                }),
            }
        }
        Ok(out)
    }
}
