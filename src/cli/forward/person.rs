//! `bounce person add|list|touched|lifts`: the support network, when you were last in touch,
//! and who lifts you up.

use std::io::Write;

use chrono::NaiveDate;

use crate::cli::day_arg;
use crate::cli::ids::resolve_person;
use crate::domain::forward::{Help, Person, PersonDraft};
use crate::domain::text::validate_entry;
use crate::store::Store;

/// `id  name  helps  last contact`, as `person list` prints it.
fn person_line(person: &Person) -> String {
    let last = person
        .last_contact
        .map(|d| d.to_string())
        .unwrap_or_default();
    format!(
        "{}\t{}\t{}\t{last}",
        person.id,
        person.name,
        Help::join(&person.helps)
    )
}

pub(super) fn add(
    store: &Store,
    name: &str,
    helps: Option<&str>,
    note: Option<&str>,
    lifts: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    validate_entry(name, "a name").map_err(anyhow::Error::msg)?;
    let helps = Help::parse_list(helps.unwrap_or_default()).map_err(anyhow::Error::msg)?;
    let draft = PersonDraft {
        name: name.to_string(),
        helps,
        note: note.unwrap_or_default().to_string(),
    };
    let person = store.write(|s| {
        let person = s.add_person(&draft)?;
        if lifts {
            return s.set_person_lifts(person.id, true);
        }
        Ok(person)
    })?;
    writeln!(out, "{}", person.id)?;
    crate::cli::say("Added to your people.");
    Ok(())
}

pub(super) fn list(store: &Store, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let people = store.people()?;
    if json {
        // Written as one string, so a reader that stops early is an io error, not a JSON one.
        writeln!(out, "{}", serde_json::to_string_pretty(&people)?)?;
        return Ok(());
    }
    for person in &people {
        writeln!(out, "{}", person_line(person))?;
    }
    Ok(())
}

/// Notes a day in touch; an earlier day than the one already noted changes nothing.
pub(super) fn touched(
    store: &Store,
    today: NaiveDate,
    id: &str,
    date: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let day = day_arg(date, today)?;
    let person = resolve_person(store, id)?;
    if let Some(last) = person.last_contact.filter(|last| *last > day) {
        writeln!(out, "{}", person_line(&person))?;
        writeln!(
            out,
            "Already in touch with {} more recently, on {last}; nothing changed.",
            person.name
        )?;
        return Ok(());
    }
    let person = store.touch_person(person.id, day)?;
    writeln!(out, "{}", person_line(&person))?;
    let words = person.contact_words(today);
    writeln!(out, "{}: {words}.", person.name)?;
    Ok(())
}

/// Marks someone as one who lifts you up, or not.
pub(super) fn lifts(
    store: &Store,
    id: &str,
    value: &str,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let lifts = match value.trim().to_lowercase().as_str() {
        "yes" => true,
        "no" => false,
        other => anyhow::bail!("say yes or no, not '{other}'; nothing was changed"),
    };
    let person = resolve_person(store, id)?;
    let person = store.set_person_lifts(person.id, lifts)?;
    writeln!(out, "{}", person_line(&person))?;
    crate::cli::say(if lifts {
        "Marked: on heavy days, Home thinks of them first."
    } else {
        "No longer marked as lifting you up."
    });
    Ok(())
}
