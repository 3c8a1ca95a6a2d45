//! Setback ids as a person types them: the full UUID, or a unique prefix of at least 4 hex
//! characters (hyphens optional), so a script can pass ids back and a person can type less.

use uuid::Uuid;

use crate::domain::setback::Setback;
use crate::store::Store;

/// The shortest prefix accepted: short enough to type, long enough to rarely collide.
const MIN_PREFIX: usize = 4;

/// Finds the setback `input` names, or explains in one line why it cannot.
pub(super) fn resolve_setback(store: &Store, input: &str) -> anyhow::Result<Setback> {
    let shown = input.trim();
    if let Ok(id) = Uuid::parse_str(shown) {
        return store
            .setback(id)?
            .ok_or_else(|| anyhow::anyhow!("no setback with id {shown}"));
    }
    let prefix = parse_prefix(shown)?;
    choose(store.setbacks()?, &prefix, shown)
}

/// The one setback whose id starts with `prefix`, or why there is not exactly one.
fn choose(setbacks: Vec<Setback>, prefix: &str, shown: &str) -> anyhow::Result<Setback> {
    let mut matches: Vec<Setback> = setbacks
        .into_iter()
        .filter(|s| s.id.simple().to_string().starts_with(prefix))
        .collect();
    match matches.len() {
        0 => anyhow::bail!("no setback with id {shown}"),
        1 => Ok(matches.remove(0)),
        n => {
            let starts: Vec<String> = matches
                .iter()
                .take(3)
                .map(|s| s.id.simple().to_string()[..8].to_string())
                .collect();
            let more = if n > 3 { ", ..." } else { "" };
            anyhow::bail!(
                "'{shown}' is the start of {n} setbacks' ids ({}{more}); give more of the id",
                starts.join(", ")
            )
        }
    }
}

/// The hex digits of a typed prefix, lower-cased, or why it cannot be part of an id.
fn parse_prefix(input: &str) -> anyhow::Result<String> {
    let not_an_id = || {
        anyhow::anyhow!(
            "'{input}' is not a setback id; use an id from `bounce setback list`, or its first {MIN_PREFIX} characters or more"
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
            "'{input}' is too short to find a setback by; give at least {MIN_PREFIX} characters of its id"
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
        assert_eq!(parse_prefix("1A2B").unwrap(), "1a2b");
        assert_eq!(parse_prefix("1a2b3c4d-5e").unwrap(), "1a2b3c4d5e");
        assert!(
            parse_prefix("1a2")
                .unwrap_err()
                .to_string()
                .contains("too short")
        );
        assert!(
            parse_prefix("zzzz")
                .unwrap_err()
                .to_string()
                .contains("not a setback id")
        );
        assert!(
            parse_prefix("")
                .unwrap_err()
                .to_string()
                .contains("not a setback id")
        );
        assert!(parse_prefix(&"a".repeat(33)).is_err());
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
        };
        let both = || {
            vec![
                setback("abcd1111-0000-4000-8000-000000000000"),
                setback("abcd2222-0000-4000-8000-000000000000"),
            ]
        };
        let err = choose(both(), "abcd", "abcd").unwrap_err().to_string();
        assert_eq!(
            err,
            "'abcd' is the start of 2 setbacks' ids (abcd1111, abcd2222); give more of the id"
        );
        assert_eq!(choose(both(), "abcd2", "abcd2").unwrap().id, both()[1].id);
        let err = choose(both(), "abce", "ABCE").unwrap_err().to_string();
        assert_eq!(err, "no setback with id ABCE");
    }
}
