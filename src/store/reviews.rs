//! Weekly reviews, and the figures of the Review pane: moods, gratitude days, steps done,
//! check-ins, closed chapters and look-backs within a window of weeks or months.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::debrief::row_to_checkin;
use super::goals::StepChange;
use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::new_id;
use crate::domain::review::{
    ClosedChapter, Figures, LookedBack, PERIODS, ReviewDraft, Span, Week, WeeklyReview, tally,
};
use crate::domain::text::clean_multiline;

const COLUMNS: &str = "id, week, well, next, step_id";

fn row_to_review(row: &Row) -> rusqlite::Result<WeeklyReview> {
    let week: String = row.get("week")?;
    Ok(WeeklyReview {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        week: Week::parse(&week).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
        })?,
        well: row.get("well")?,
        next: row.get("next")?,
        step_id: row
            .get::<_, Option<String>>("step_id")?
            .as_deref()
            .map(parse_uuid)
            .transpose()?,
    })
}

impl Store {
    /// Keeps the review of `week`, written for the first time or again. A week that has not
    /// begun cannot be reviewed, and a review needs at least one of its two answers.
    pub fn save_review(&self, week: Week, draft: &ReviewDraft) -> Result<WeeklyReview> {
        if week.monday() > self.clock().today() {
            return Err(StoreError::Invalid(format!(
                "{week} has not begun yet; a week is reviewed once it is under way"
            )));
        }
        let (well, next) = (clean_multiline(&draft.well), clean_multiline(&draft.next));
        if well.trim().is_empty() && next.trim().is_empty() {
            return Err(StoreError::Invalid(
                "write what went well, or one small step for next week".into(),
            ));
        }
        self.write(|s| {
            s.conn
                .prepare_cached(
                    "INSERT INTO reviews (id, week, monday, well, next, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                     ON CONFLICT (week) DO UPDATE SET well = excluded.well,
                         next = excluded.next, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    new_id().to_string(),
                    week.to_string(),
                    date_key(week.monday()),
                    well,
                    next,
                    self.now_stamp()
                ])?;
            s.review_of(week)?
                .ok_or_else(|| StoreError::Invalid(format!("the review of {week} was not kept")))
        })
    }

    pub fn review(&self, id: Uuid) -> Result<Option<WeeklyReview>> {
        let sql = format!("SELECT {COLUMNS} FROM reviews WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_review)
            .optional()?)
    }

    pub fn review_of(&self, week: Week) -> Result<Option<WeeklyReview>> {
        let sql = format!("SELECT {COLUMNS} FROM reviews WHERE week = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([week.to_string()], row_to_review)
            .optional()?)
    }

    /// The reviews of the weeks that begin from `from` to `to`, oldest first.
    pub fn reviews_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<WeeklyReview>> {
        let sql =
            format!("SELECT {COLUMNS} FROM reviews WHERE monday BETWEEN ?1 AND ?2 ORDER BY monday");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map(params![date_key(from), date_key(to)], row_to_review)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn delete_review(&self, id: Uuid) -> Result<WeeklyReview> {
        self.write(|s| {
            let review = s
                .review(id)?
                .ok_or_else(|| StoreError::not_found("weekly review", id))?;
            s.conn
                .prepare_cached("DELETE FROM reviews WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(review)
        })
    }

    /// Makes a review's small step the last step of `goal`, once.
    pub fn review_step_to_goal(&self, id: Uuid, goal: Uuid) -> Result<StepChange> {
        self.write(|s| {
            let review = s
                .review(id)?
                .ok_or_else(|| StoreError::not_found("weekly review", id))?;
            if review.next.trim().is_empty() {
                return Err(StoreError::Invalid(
                    "this week's review has no small step yet".into(),
                ));
            }
            if let Some(step) = review.step_id
                && s.step(step)?.is_some()
            {
                return Err(StoreError::Invalid(
                    "this small step is already a step of a goal".into(),
                ));
            }
            let change = s.add_step(goal, &review.next, None, self.clock().today())?;
            s.conn
                .prepare_cached("UPDATE reviews SET step_id = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![
                    id.to_string(),
                    change.step.id.to_string(),
                    self.now_stamp()
                ])?;
            Ok(change)
        })
    }

    /// What the Review pane draws: the [`PERIODS`] weeks or months that end with the one
    /// `day` falls in.
    pub fn review_figures(&self, span: Span, day: NaiveDate) -> Result<Figures> {
        self.review_figures_of(span, day, PERIODS)
    }

    /// The figures of the `count` weeks or months that end with the one `day` falls in.
    pub fn review_figures_of(&self, span: Span, day: NaiveDate, count: usize) -> Result<Figures> {
        let periods = span.periods(day, count);
        let (Some(from), Some(to)) = (
            periods.first().map(|p| p.from),
            periods.last().map(|p| p.to),
        ) else {
            return Err(StoreError::Invalid("no weeks to review".into()));
        };
        let moods = self.moods_between(from, to)?;
        let gratitude = self.gratitude_per_day(from, to)?;
        let steps = self.steps_done_per_day(from, to)?;
        Ok(Figures {
            span,
            tallies: tally(&periods, &moods, &gratitude, &steps),
            moods,
            checkins: self.checkins_between(from, to)?,
            closed: self.closed_between(from, to)?,
            looked_back: self.looked_back_between(from, to)?,
        })
    }

    /// Check-ins of every setback from `from` to `to`, newest first.
    fn checkins_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<crate::domain::setback::Checkin>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, grief, transformation, note FROM checkins
             WHERE date BETWEEN ?1 AND ?2 ORDER BY date DESC, rowid DESC",
        )?;
        let list = stmt
            .query_map(params![date_key(from), date_key(to)], row_to_checkin)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    fn closed_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<ClosedChapter>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.setback_id, s.title, c.closed_on FROM closings c
             JOIN setbacks s ON s.id = c.setback_id
             WHERE c.closed_on BETWEEN ?1 AND ?2 ORDER BY c.closed_on, c.rowid",
        )?;
        let list = stmt
            .query_map(params![date_key(from), date_key(to)], |r| {
                Ok(ClosedChapter {
                    setback: parse_uuid(&r.get::<_, String>("setback_id")?)?,
                    title: r.get("title")?,
                    on: parse_date(&r.get::<_, String>("closed_on")?)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    fn looked_back_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<LookedBack>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.setback_id, s.title, l.on_date, l.rating FROM lookbacks l
             JOIN setbacks s ON s.id = l.setback_id
             WHERE l.on_date BETWEEN ?1 AND ?2 ORDER BY l.on_date, l.rowid",
        )?;
        let list = stmt
            .query_map(params![date_key(from), date_key(to)], |r| {
                Ok(LookedBack {
                    setback: parse_uuid(&r.get::<_, String>("setback_id")?)?,
                    title: r.get("title")?,
                    on: parse_date(&r.get::<_, String>("on_date")?)?,
                    rating: r.get("rating")?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}
