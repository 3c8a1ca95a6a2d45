//! The support network: people who can help, and when the person was last in touch. A
//! step that names someone links to them, and ticking it counts as being in touch.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Result, Store, StoreError, date_key, parse_date, parse_uuid};
use crate::domain::forward::{Help, Person, PersonDraft};
use crate::domain::new_id;
use crate::domain::setback::StrengthKind;
use crate::domain::text::{clean_multiline, validate_entry};

const COLUMNS: &str = "id, name, helps, last_contact, note, lifts";

fn row_to_person(row: &Row) -> rusqlite::Result<Person> {
    let helps: String = row.get("helps")?;
    Ok(Person {
        id: parse_uuid(&row.get::<_, String>("id")?)?,
        name: row.get("name")?,
        helps: helps.split(',').filter_map(Help::parse).collect(),
        last_contact: row
            .get::<_, Option<String>>("last_contact")?
            .map(|d| parse_date(&d))
            .transpose()?,
        note: row.get("note")?,
        lifts: row.get("lifts")?,
    })
}

/// The name in a strength like "Ana, who ran the workshop": the words before the first
/// comma, dash or bracket.
fn name_in(text: &str) -> &str {
    let end = text
        .find([',', '(', '—', '–', ';', ':'])
        .or_else(|| text.find(" - "))
        .unwrap_or(text.len());
    text[..end].trim()
}

impl Store {
    pub fn add_person(&self, draft: &PersonDraft) -> Result<Person> {
        let name = validate_entry(&draft.name, "A name").map_err(StoreError::Invalid)?;
        self.write(|s| {
            let id = new_id();
            s.conn
                .prepare_cached(
                    "INSERT INTO people (id, name, helps, note, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                )?
                .execute(params![
                    id.to_string(),
                    name,
                    Help::join(&draft.helps),
                    clean_multiline(&draft.note),
                    self.now_stamp()
                ])?;
            s.require_person(id)
        })
    }

    pub fn update_person(&self, id: Uuid, draft: &PersonDraft) -> Result<Person> {
        let name = validate_entry(&draft.name, "A name").map_err(StoreError::Invalid)?;
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE people SET name = ?2, helps = ?3, note = ?4, updated_at = ?5
                     WHERE id = ?1",
                )?
                .execute(params![
                    id.to_string(),
                    name,
                    Help::join(&draft.helps),
                    clean_multiline(&draft.note),
                    self.now_stamp()
                ])?;
            if changed == 0 {
                return Err(StoreError::not_found("person", id));
            }
            s.require_person(id)
        })
    }

    /// Removes someone from the network; steps that named them keep their words.
    pub fn delete_person(&self, id: Uuid) -> Result<Person> {
        self.write(|s| {
            let person = s.require_person(id)?;
            s.conn
                .prepare_cached("DELETE FROM people WHERE id = ?1")?
                .execute([id.to_string()])?;
            Ok(person)
        })
    }

    pub fn person(&self, id: Uuid) -> Result<Option<Person>> {
        let sql = format!("SELECT {COLUMNS} FROM people WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.to_string()], row_to_person)
            .optional()?)
    }

    fn require_person(&self, id: Uuid) -> Result<Person> {
        self.person(id)?
            .ok_or_else(|| StoreError::not_found("person", id))
    }

    /// Everyone in the network, by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        let sql = format!("SELECT {COLUMNS} FROM people ORDER BY name COLLATE NOCASE, rowid");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map([], row_to_person)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The person in the network with this name (letter case aside), or someone new by it.
    pub fn person_named(&self, name: &str) -> Result<Person> {
        let name = validate_entry(name, "A name").map_err(StoreError::Invalid)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM people WHERE name = ?1 COLLATE NOCASE ORDER BY rowid LIMIT 1"
        );
        let found = self
            .conn
            .prepare_cached(&sql)?
            .query_row([&name], row_to_person)
            .optional()?;
        match found {
            Some(person) => Ok(person),
            None => self.add_person(&PersonDraft {
                name,
                helps: Vec::new(),
                note: String::new(),
            }),
        }
    }

    /// Marks someone as one who lifts me up, or not.
    pub fn set_person_lifts(&self, id: Uuid, lifts: bool) -> Result<Person> {
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached("UPDATE people SET lifts = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![id.to_string(), lifts, self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("person", id));
            }
            s.require_person(id)
        })
    }

    /// Notes that the person was in touch with `who` on `day` (a later day never goes back).
    pub fn touch_person(&self, id: Uuid, day: NaiveDate) -> Result<Person> {
        self.write(|s| {
            let changed = s
                .conn
                .prepare_cached(
                    "UPDATE people SET last_contact = max(COALESCE(last_contact, ?2), ?2),
                         updated_at = ?3 WHERE id = ?1",
                )?
                .execute(params![id.to_string(), date_key(day), self.now_stamp()])?;
            if changed == 0 {
                return Err(StoreError::not_found("person", id));
            }
            s.require_person(id)
        })
    }

    /// Up to `limit` people not in touch for `days` or more (counting from when they were
    /// added, if never), longest first.
    pub fn people_to_contact(
        &self,
        today: NaiveDate,
        days: u32,
        limit: usize,
    ) -> Result<Vec<Person>> {
        let cutoff = today - chrono::Days::new(u64::from(days));
        let sql = format!(
            "SELECT {COLUMNS} FROM people
             WHERE COALESCE(last_contact, substr(created_at, 1, 10)) <= ?1
             ORDER BY lifts DESC, COALESCE(last_contact, substr(created_at, 1, 10)),
                 name COLLATE NOCASE, rowid
             LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt
            .query_map(params![date_key(cutoff), limit as i64], row_to_person)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Someone to lean on now: one who lifts me up if there is one, the longest out of
    /// touch first.
    pub fn person_to_lean_on(&self) -> Result<Option<Person>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM people
             ORDER BY lifts DESC, COALESCE(last_contact, substr(created_at, 1, 10)), rowid
             LIMIT 1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([], row_to_person)
            .optional()?)
    }

    /// Adds the person a setback brought in (a strength of the kind "person") to the
    /// network, once; returns them.
    pub fn add_person_from_strength(&self, strength: Uuid) -> Result<Person> {
        self.write(|s| {
            let found: Option<(String, String, Option<String>)> = s
                .conn
                .prepare_cached("SELECT kind, text, person_id FROM strengths WHERE id = ?1")?
                .query_row([strength.to_string()], |r| {
                    Ok((r.get("kind")?, r.get("text")?, r.get("person_id")?))
                })
                .optional()?;
            let (kind, text, linked) =
                found.ok_or_else(|| StoreError::not_found("strength", strength))?;
            if kind != StrengthKind::Person.key() {
                return Err(StoreError::Invalid(
                    "Only someone a setback brought into your life can join your network from here"
                        .into(),
                ));
            }
            if let Some(person) = linked.and_then(|p| Uuid::parse_str(&p).ok()) {
                if let Some(person) = s.person(person)? {
                    return Ok(person);
                }
            }
            let name = name_in(&text);
            let draft = PersonDraft {
                name: if name.is_empty() {
                    text.clone()
                } else {
                    name.to_string()
                },
                helps: Vec::new(),
                note: if name == text {
                    String::new()
                } else {
                    text.clone()
                },
            };
            let person = s.add_person(&draft)?;
            s.conn
                .prepare_cached("UPDATE strengths SET person_id = ?2 WHERE id = ?1")?
                .execute(params![strength.to_string(), person.id.to_string()])?;
            Ok(person)
        })
    }

    /// The first person in the network named in `text`, if any.
    pub(super) fn person_named_in(&self, text: &str) -> Result<Option<Uuid>> {
        Ok(self
            .people()?
            .into_iter()
            .find(|p| p.is_named_in(text))
            .map(|p| p.id))
    }
}

#[cfg(test)]
mod tests {
    use super::name_in;

    #[test]
    fn a_name_is_the_words_before_a_comma_or_dash() {
        assert_eq!(name_in("Ana, who ran the workshop"), "Ana");
        assert_eq!(name_in("Tom Reyes (my old lead)"), "Tom Reyes");
        assert_eq!(name_in("Priya - the recruiter"), "Priya");
        assert_eq!(name_in("Sam"), "Sam");
    }
}
