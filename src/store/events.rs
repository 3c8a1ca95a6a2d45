//! The timeline of a setback: events in date (and time) order, with a manual order among
//! events of the same moment.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::new_id;
use crate::domain::setback::{Event, EventDraft};
use crate::domain::text::{clean_multiline, validate_entry};

const COLUMNS: &str = "id, setback_id, date, time, position, what, who, thought, felt";
const ORDER: &str = "ORDER BY date, COALESCE(time, ''), position, rowid";

fn time_key(time: Option<NaiveTime>) -> Option<String> {
    time.map(|t| t.format("%H:%M").to_string())
}

fn row_to_event(row: &Row) -> rusqlite::Result<Event> {
    let time: Option<String> = row.get("time")?;
    Ok(Event {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        setback_id: parse_uuid(&row.get::<_, String>("setback_id")?)?,
        date: parse_date(&row.get::<_, String>("date")?)?,
        time: time.and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok()),
        position: row.get("position")?,
        what: row.get("what")?,
        who: row.get("who")?,
        thought: row.get("thought")?,
        felt: row.get("felt")?,
    })
}

struct Clean {
    date: NaiveDate,
    time: Option<String>,
    what: String,
    who: String,
    thought: String,
    felt: String,
}

fn clean(draft: &EventDraft, fallback: NaiveDate) -> Result<Clean> {
    Ok(Clean {
        date: draft.date.unwrap_or(fallback),
        time: time_key(draft.time),
        what: validate_entry(&draft.what.replace('\n', " "), "what happened")
            .map(|_| clean_multiline(&draft.what))
            .map_err(StoreError::Invalid)?,
        who: clean_multiline(&draft.who),
        thought: clean_multiline(&draft.thought),
        felt: clean_multiline(&draft.felt),
    })
}

impl Store {
    /// Adds an event; it takes its place in the timeline by date and time, after any others
    /// at the same moment.
    pub fn add_event(&self, setback: Uuid, draft: &EventDraft, today: NaiveDate) -> Result<Event> {
        let e = clean(draft, today)?;
        self.write(|s| {
            s.require_setback(setback)?;
            let id = new_id();
            let position: i64 = s
                .conn
                .prepare_cached("SELECT COALESCE(MAX(position), 0) + 1 AS next FROM events WHERE setback_id = ?1")?
                .query_row([setback.to_string()], |r| r.get("next"))?;
            s.conn
                .prepare_cached(
                    "INSERT INTO events (id, setback_id, date, time, position, what, who, thought, felt, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                )?
                .execute(params![
                    id.to_string(),
                    setback.to_string(),
                    date_key(e.date),
                    e.time,
                    position,
                    e.what,
                    e.who,
                    e.thought,
                    e.felt,
                    self.now_stamp()
                ])?;
            s.event(id)?.ok_or_else(|| StoreError::not_found("event", id))
        })
    }

    pub fn update_event(&self, id: Uuid, draft: &EventDraft, today: NaiveDate) -> Result<Event> {
        let e = clean(draft, today)?;
        self.write(|s| {
            let old = s.event(id)?.ok_or_else(|| StoreError::not_found("event", id))?;
            // An event moved to another moment goes after the events already there.
            if old.date != e.date || time_key(old.time) != e.time {
                s.conn
                    .prepare_cached(
                        "UPDATE events SET position = (SELECT COALESCE(MAX(position), 0) + 1 FROM events
                         WHERE setback_id = ?2) WHERE id = ?1",
                    )?
                    .execute(params![id.to_string(), old.setback_id.to_string()])?;
            }
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE events SET date = ?2, time = ?3, what = ?4, who = ?5, thought = ?6, felt = ?7,
                     updated_at = ?8 WHERE id = ?1",
                )?
                .execute(params![id.to_string(), date_key(e.date), e.time, e.what, e.who, e.thought, e.felt, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("event", id));
            }
            s.event(id)?.ok_or_else(|| StoreError::not_found("event", id))
        })
    }

    pub fn delete_event(&self, id: Uuid) -> Result<Event> {
        self.write(|s| {
            let event = s
                .event(id)?
                .ok_or_else(|| StoreError::not_found("event", id))?;
            s.conn
                .prepare_cached("DELETE FROM events WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(event)
        })
    }

    pub fn event(&self, id: Uuid) -> Result<Option<Event>> {
        let sql = format!("SELECT {COLUMNS} FROM events WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_event)
            .optional()?)
    }

    /// A setback's timeline, in order.
    pub fn events(&self, setback: Uuid) -> Result<Vec<Event>> {
        let sql = format!("SELECT {COLUMNS} FROM events WHERE setback_id = ?1 {ORDER}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([setback.to_string()], row_to_event)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Moves an event one place earlier (`up`) or later among events of the same date and
    /// time. Returns false when there is no such neighbour to swap with.
    pub fn move_event(&self, id: Uuid, up: bool) -> Result<bool> {
        self.write(|s| {
            let event = s
                .event(id)?
                .ok_or_else(|| StoreError::not_found("event", id))?;
            let timeline = s.events(event.setback_id)?;
            let Some(index) = timeline.iter().position(|e| e.id == id) else {
                return Ok(false);
            };
            let neighbour = if up {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            let Some(other) = neighbour.and_then(|i| timeline.get(i)) else {
                return Ok(false);
            };
            if other.date != event.date || other.time != event.time {
                return Ok(false);
            }
            let mut swap = s
                .conn
                .prepare_cached("UPDATE events SET position = ?2, updated_at = ?3 WHERE id = ?1")?;
            let (a, b) = if event.position == other.position {
                // Equal positions: make room so the two end up in the asked order.
                if up {
                    (other.position - 1, other.position)
                } else {
                    (other.position + 1, other.position)
                }
            } else {
                (other.position, event.position)
            };
            swap.execute(params![id.to_string(), a, self.now_stamp()])?;
            swap.execute(params![other.id.to_string(), b, self.now_stamp()])?;
            Ok(true)
        })
    }
}
