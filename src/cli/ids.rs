//! Ids as a person types them: the full UUID, or a unique prefix of at least 4 hex
//! characters (hyphens optional), so a script can pass ids back and a person can type less.

use uuid::Uuid;

use crate::domain::chapter::Conversation;
use crate::domain::forward::{Idea, IdeaStatus, Person, Reframe};
use crate::domain::goal::{Goal, GoalState, Step};
use crate::domain::setback::Setback;
use crate::store::Store;

/// The shortest prefix accepted: short enough to type, long enough to rarely collide.
const MIN_PREFIX: usize = 4;

/// What kind of record an id names, in the words its errors use.
struct Kind {
    one: &'static str,
    /// "a setback", "an idea".
    a_one: &'static str,
    /// The plural possessive: "setbacks'".
    many: &'static str,
    /// Where a person finds these ids.
    listed_by: &'static str,
}

const SETBACK: Kind = Kind {
    one: "setback",
    a_one: "a setback",
    many: "setbacks'",
    listed_by: "bounce setback list",
};
const GOAL: Kind = Kind {
    one: "goal",
    a_one: "a goal",
    many: "goals'",
    listed_by: "bounce goal list --all",
};
const STEP: Kind = Kind {
    one: "step",
    a_one: "a step",
    many: "steps'",
    listed_by: "bounce step list GOAL_ID",
};

const IDEA: Kind = Kind {
    one: "idea",
    a_one: "an idea",
    many: "ideas'",
    listed_by: "bounce idea list --all",
};
const PERSON: Kind = Kind {
    one: "person",
    a_one: "a person",
    many: "people's",
    listed_by: "bounce person list",
};
const CONVERSATION: Kind = Kind {
    one: "conversation",
    a_one: "a conversation",
    many: "conversations'",
    listed_by: "bounce conversation list",
};
const REFRAME: Kind = Kind {
    one: "reframe",
    a_one: "a reframe",
    many: "reframes'",
    listed_by: "bounce reframe list SETBACK_ID",
};

/// Finds the setback `input` names, or explains in one line why it cannot.
pub(super) fn resolve_setback(store: &Store, input: &str) -> anyhow::Result<Setback> {
    let all = || Ok(store.setbacks()?);
    resolve(input, &SETBACK, |id| Ok(store.setback(id)?), all, |s| s.id)
}

/// Finds the goal `input` names, whatever its state.
pub(super) fn resolve_goal(store: &Store, input: &str) -> anyhow::Result<Goal> {
    let shown = input.trim();
    let found = match Uuid::parse_str(shown) {
        Ok(id) => store.goal(id)?,
        Err(_) => {
            let prefix = parse_prefix(shown, &GOAL)?;
            choose(all_goals(store)?, |g| g.id, &prefix, shown, &GOAL)?
        }
    };
    if let Some(goal) = found {
        return Ok(goal);
    }
    if let Ok(step) = resolve_step(store, shown) {
        anyhow::bail!(
            "{shown} is a step, not a goal; `bounce goal show {}` shows the goal it belongs to",
            step.goal_id
        );
    }
    anyhow::bail!("no goal with id {shown}")
}

/// Finds the step `input` names; a goal's id gets a pointer to its steps' ids instead.
pub(super) fn resolve_step(store: &Store, input: &str) -> anyhow::Result<Step> {
    let shown = input.trim();
    let found = match Uuid::parse_str(shown) {
        Ok(id) => store.step(id)?,
        Err(_) => {
            let prefix = parse_prefix(shown, &STEP)?;
            let mut steps = Vec::new();
            for goal in all_goals(store)? {
                steps.extend(store.steps(goal.id)?);
            }
            choose(steps, |s| s.id, &prefix, shown, &STEP)?
        }
    };
    if let Some(step) = found {
        return Ok(step);
    }
    let goal = match Uuid::parse_str(shown) {
        Ok(id) => store.goal(id)?,
        Err(_) => choose(
            all_goals(store)?,
            |g| g.id,
            &parse_prefix(shown, &GOAL)?,
            shown,
            &GOAL,
        )
        .ok()
        .flatten(),
    };
    match goal {
        Some(goal) => anyhow::bail!(
            "{shown} is the goal \"{}\", not one of its steps; `bounce step list {shown}` shows its steps' ids",
            goal.title
        ),
        None => anyhow::bail!("no step with id {shown}"),
    }
}

/// Finds the idea `input` names, whatever its place in the funnel.
pub(super) fn resolve_idea(store: &Store, input: &str) -> anyhow::Result<Idea> {
    let all = || {
        let mut ideas = Vec::new();
        for status in [IdeaStatus::Open, IdeaStatus::NotNow, IdeaStatus::Promoted] {
            ideas.extend(store.ideas(status)?);
        }
        Ok(ideas)
    };
    resolve(input, &IDEA, |id| Ok(store.idea(id)?), all, |i| i.id)
}

/// Finds the person in the support network `input` names.
pub(super) fn resolve_person(store: &Store, input: &str) -> anyhow::Result<Person> {
    let all = || Ok(store.people()?);
    resolve(input, &PERSON, |id| Ok(store.person(id)?), all, |p| p.id)
}

/// Finds the person `input` names by id; anything that cannot be an id is a name, found
/// (in any case) or added to the network. Returns whether they were added.
pub(super) fn person_or_name(store: &Store, input: &str) -> anyhow::Result<(Person, bool)> {
    if looks_like_id(input.trim()) {
        return Ok((resolve_person(store, input)?, false));
    }
    let name = input.trim();
    let known = store
        .people()?
        .iter()
        .any(|p| p.name.trim().eq_ignore_ascii_case(name));
    Ok((store.person_named(name)?, !known))
}

/// An id or its start: hex (hyphens allowed) with a digit in it, or long enough that no
/// name is spelt so. A typo in an id is then an error, never a new person.
fn looks_like_id(input: &str) -> bool {
    if Uuid::parse_str(input).is_ok() {
        return true;
    }
    let hex = input.chars().filter(char::is_ascii_hexdigit).count();
    let all_hex = input.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    let has_digit = input.chars().any(|c| c.is_ascii_digit());
    all_hex && hex >= MIN_PREFIX && (has_digit || hex >= 8)
}

/// Finds the conversation `input` names, planned or held.
pub(super) fn resolve_conversation(store: &Store, input: &str) -> anyhow::Result<Conversation> {
    let all = || Ok(store.conversations()?);
    let by_id = |id| Ok(store.conversation(id)?);
    resolve(input, &CONVERSATION, by_id, all, |c| c.id)
}

/// Finds the reframe `input` names, on any setback.
pub(super) fn resolve_reframe(store: &Store, input: &str) -> anyhow::Result<Reframe> {
    let all = || {
        let mut reframes = Vec::new();
        for setback in store.setbacks()? {
            reframes.extend(store.reframes(setback.id)?);
        }
        Ok(reframes)
    };
    resolve(input, &REFRAME, |id| Ok(store.reframe(id)?), all, |r| r.id)
}

/// The record a full id or a unique prefix names, looked up by `by_id` or among `all`.
fn resolve<T>(
    input: &str,
    kind: &Kind,
    by_id: impl FnOnce(Uuid) -> anyhow::Result<Option<T>>,
    all: impl FnOnce() -> anyhow::Result<Vec<T>>,
    id_of: impl Fn(&T) -> Uuid,
) -> anyhow::Result<T> {
    let shown = input.trim();
    let found = match Uuid::parse_str(shown) {
        Ok(id) => by_id(id)?,
        Err(_) => {
            let prefix = parse_prefix(shown, kind)?;
            choose(all()?, id_of, &prefix, shown, kind)?
        }
    };
    found.ok_or_else(|| anyhow::anyhow!("no {} with id {shown}", kind.one))
}

fn all_goals(store: &Store) -> anyhow::Result<Vec<Goal>> {
    let mut goals = Vec::new();
    for state in GoalState::ALL {
        goals.extend(store.goals(state)?);
    }
    Ok(goals)
}

/// The one record whose id starts with `prefix`, none, or why there are several.
fn choose<T>(
    records: Vec<T>,
    id_of: impl Fn(&T) -> Uuid,
    prefix: &str,
    shown: &str,
    kind: &Kind,
) -> anyhow::Result<Option<T>> {
    let mut matches: Vec<T> = records
        .into_iter()
        .filter(|r| id_of(r).simple().to_string().starts_with(prefix))
        .collect();
    if matches.len() <= 1 {
        return Ok(matches.pop());
    }
    let starts: Vec<String> = matches
        .iter()
        .take(3)
        .map(|r| id_of(r).simple().to_string()[..8].to_string())
        .collect();
    let more = if matches.len() > 3 { ", ..." } else { "" };
    anyhow::bail!(
        "'{shown}' is the start of {} {} ids ({}{more}); give more of the id",
        matches.len(),
        kind.many,
        starts.join(", ")
    )
}

/// The hex digits of a typed prefix, lower-cased, or why it cannot be part of an id.
fn parse_prefix(input: &str, kind: &Kind) -> anyhow::Result<String> {
    let not_an_id = || {
        anyhow::anyhow!(
            "'{input}' is not {} id; use an id from `{}`, or its first {MIN_PREFIX} characters or more",
            kind.a_one,
            kind.listed_by
        )
    };
    if input.is_empty() || !input.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Err(not_an_id());
    }
    let hex: String = input
        .chars()
        .filter(char::is_ascii_hexdigit)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if hex.len() > 32 {
        return Err(not_an_id());
    }
    if hex.len() < MIN_PREFIX {
        anyhow::bail!(
            "'{input}' is too short to find {} by; give at least {MIN_PREFIX} characters of its id",
            kind.a_one
        );
    }
    Ok(hex)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::setback::SetbackDraft;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    #[test]
    fn prefixes_are_hex_and_long_enough() {
        assert_eq!(parse_prefix("1A2B", &SETBACK).unwrap(), "1a2b");
        assert_eq!(parse_prefix("1a2b3c4d-5e", &SETBACK).unwrap(), "1a2b3c4d5e");
        assert!(
            parse_prefix("1a2", &SETBACK)
                .unwrap_err()
                .to_string()
                .contains("too short")
        );
        assert!(
            parse_prefix("zzzz", &SETBACK)
                .unwrap_err()
                .to_string()
                .contains("not a setback id")
        );
        assert!(
            parse_prefix("", &STEP)
                .unwrap_err()
                .to_string()
                .contains("not a step id; use an id from `bounce step list GOAL_ID`")
        );
        assert!(parse_prefix(&"a".repeat(33), &GOAL).is_err());
    }

    #[test]
    fn names_are_not_taken_for_ids() {
        for id in [
            "1a2b",
            "0f3e-9c",
            "abcdefab",
            "7d9f0c2e-5b1a-4c3d-9e8f-0a1b2c3d4e5f",
        ] {
            assert!(looks_like_id(id), "{id}");
        }
        for name in ["Ada", "Dede", "Abbe", "Priya", "Sam 2", "Tom-Reyes", ""] {
            assert!(!looks_like_id(name), "{name}");
        }
    }

    #[test]
    fn resolves_full_ids_and_unique_prefixes() {
        let store = Store::open_in_memory().unwrap();
        let draft = SetbackDraft {
            title: "Laid off".into(),
            ..SetbackDraft::default()
        };
        let setback = store.add_setback(&draft, today()).unwrap();
        let full = setback.id.to_string();
        assert_eq!(resolve_setback(&store, &full).unwrap().id, setback.id);
        let upper = full[..6].to_uppercase();
        assert_eq!(resolve_setback(&store, &upper).unwrap().id, setback.id);
        let simple = setback.id.simple().to_string();
        assert_eq!(
            resolve_setback(&store, &simple[..12]).unwrap().id,
            setback.id
        );

        let other = uuid::Uuid::new_v4().to_string();
        let err = resolve_setback(&store, &other).unwrap_err().to_string();
        assert_eq!(err, format!("no setback with id {other}"));
    }

    #[test]
    fn an_ambiguous_prefix_says_so() {
        let setback = |id: &str| Setback {
            id: uuid::Uuid::parse_str(id).unwrap(),
            title: "Passed over".into(),
            date: today(),
            summary: String::new(),
            reflection: String::new(),
            event_count: 0,
            cause: None,
            closed_on: None,
        };
        let both = || {
            vec![
                setback("abcd1111-0000-4000-8000-000000000000"),
                setback("abcd2222-0000-4000-8000-000000000000"),
            ]
        };
        let pick = |prefix: &str, shown: &str| choose(both(), |s| s.id, prefix, shown, &SETBACK);
        let err = pick("abcd", "abcd").unwrap_err().to_string();
        assert_eq!(
            err,
            "'abcd' is the start of 2 setbacks' ids (abcd1111, abcd2222); give more of the id"
        );
        let found = pick("abcd2", "abcd2").unwrap().unwrap();
        assert_eq!(found.id, both()[1].id);
        assert!(pick("abce", "ABCE").unwrap().is_none());
    }
}
