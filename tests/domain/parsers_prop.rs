//! Parsers under attack: arbitrary bytes, arbitrary JSON shapes and damaged copies of a real
//! export fed to bounce's JSON import, jrnl import and the config file reader. None of them
//! panics; each either takes the input (when it is valid) or refuses it with a clear message,
//! and a refused import leaves the journal exactly as it was.
//!
//! A long run: `PROPTEST_CASES=20000 cargo test --release --test domain parsers_prop::`.

use crate::cli_support;
use crate::common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use bounce::config::Settings;
use bounce::domain::jrnl::JrnlExport;
use bounce::store::Store;
use bounce::store::export::model::Journal;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Cases per test: a few hundred by default, or `PROPTEST_CASES`.
fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A journal with a little of everything, written once and copied for each case.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("template.db");
        let store = Store::open(&path).unwrap();
        common::seed(&store);
        common::seed_debrief(&store);
        common::seed_goals(&store);
        common::seed_forward(&store);
        drop(store);
        (dir, path)
    });
    path
}

/// The template's own export, as JSON: the base the mutations start from.
fn real_export() -> &'static Value {
    static EXPORT: OnceLock<Value> = OnceLock::new();
    EXPORT.get_or_init(|| {
        let store = Store::open(template()).unwrap();
        serde_json::to_value(store.export().unwrap()).unwrap()
    })
}

/// A copy of the template (or an empty journal) in a fresh folder.
fn journal(seeded: bool) -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    if seeded {
        std::fs::copy(template(), &path).unwrap();
    }
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

/// A message a person can read: one or a few lines, not empty, not a debug dump.
fn assert_clear(message: &str) -> Result<(), TestCaseError> {
    prop_assert!(!message.trim().is_empty(), "an empty message");
    prop_assert!(!message.contains("panicked"), "{}", message);
    prop_assert!(message.lines().count() <= 3, "a long message: {}", message);
    Ok(())
}

/// Reads bytes as bounce's JSON and imports them; a refusal must change nothing.
fn import_bounce(bytes: &[u8], seeded: bool) -> Result<(), TestCaseError> {
    let (_dir, _path, store) = journal(seeded);
    let before = store.export().unwrap();
    let refused = match serde_json::from_slice::<Journal>(bytes) {
        Err(e) => Some(e.to_string()),
        Ok(journal) => store.import_journal(&journal).err().map(|e| e.to_string()),
    };
    match refused {
        Some(message) => {
            assert_clear(&message)?;
            prop_assert_eq!(
                store.export().unwrap(),
                before,
                "a refused import changed the journal"
            );
        }
        None => prop_assert!(store.check_integrity().unwrap().is_empty()),
    }
    Ok(())
}

/// Reads bytes as jrnl's JSON export and imports them; a refusal must change nothing.
fn import_jrnl(bytes: &[u8], seeded: bool) -> Result<(), TestCaseError> {
    let (_dir, _path, store) = journal(seeded);
    let before = store.export().unwrap();
    let refused = match serde_json::from_slice::<JrnlExport>(bytes) {
        Err(e) => Some(e.to_string()),
        Ok(export) => store
            .import_jrnl(&export.entries)
            .err()
            .map(|e| e.to_string()),
    };
    match refused {
        Some(message) => {
            assert_clear(&message)?;
            prop_assert_eq!(
                store.export().unwrap(),
                before,
                "a refused import changed the journal"
            );
        }
        None => prop_assert!(store.check_integrity().unwrap().is_empty()),
    }
    Ok(())
}

/// Any JSON: the names bounce and jrnl use as keys, and values of every type and size.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        3 => proptest::sample::select(vec![
            "format", "version", "setbacks", "days", "goals", "ideas", "people", "id", "title",
            "date", "time", "summary", "events", "what", "answers", "question", "text", "kind",
            "root_cause", "suggested", "confirmed", "scores", "steps", "done", "entries", "body",
            "tags", "starred", "gratitude", "note", "mood", "updated_at", "created_at",
        ])
        .prop_map(String::from),
        1 => ".{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(json!("bounce")),
        Just(json!(1)),
        Just(json!("2026-11-23")),
        Just(json!("2026-02-30")),
        Just(json!("6d5c3a52-8f0e-4a59-9d59-2b7f0d3c1e10")),
        ".{0,30}".prop_map(Value::from),
        "[\u{0}-\u{1f}\u{7f}\u{202e}\u{1b}]{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 96, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Something that looks like a bounce export at the top, with anything inside.
fn export_shaped() -> impl Strategy<Value = Value> {
    (any_json(), any_json(), any_json(), any::<bool>()).prop_map(|(setbacks, days, goals, ok)| {
        let list = |v: Value| match v {
            Value::Array(_) => v,
            other => Value::Array(vec![other]),
        };
        json!({
            "format": if ok { "bounce" } else { "jrnl" },
            "version": 1,
            "setbacks": list(setbacks),
            "days": list(days),
            "goals": list(goals),
        })
    })
}

/// Something that looks like a jrnl export, with anything in its entries.
fn jrnl_shaped() -> impl Strategy<Value = Value> {
    let entry = (
        prop_oneof![
            Just(json!("2026-11-20")),
            Just(json!("2026-13-45")),
            Just(json!("")),
            any_json()
        ],
        prop_oneof![Just(json!("09:30")), Just(json!("25:99")), any_json()],
        prop_oneof![".{0,40}".prop_map(Value::from), any_json()],
        prop_oneof![".{0,200}".prop_map(Value::from), any_json()],
        prop_oneof![Just(json!(["@work"])), any_json()],
    )
        .prop_map(|(date, time, title, body, tags)| {
            json!({ "date": date, "time": time, "title": title, "body": body, "tags": tags })
        });
    proptest::collection::vec(entry, 0..8)
        .prop_map(|entries| json!({ "tags": {}, "entries": entries }))
}

/// One way to damage a file.
#[derive(Debug, Clone)]
enum Damage {
    Remove,
    Replace(Value),
    HugeNumber,
    BadDate,
    UnknownCause,
    Duplicate,
    Nest(usize),
    /// The serialised file, with bytes that are not UTF-8 written over part of it.
    Bytes(usize, Vec<u8>),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => Just(Damage::Remove),
        3 => any_json().prop_map(Damage::Replace),
        1 => Just(Damage::HugeNumber),
        2 => Just(Damage::BadDate),
        1 => Just(Damage::UnknownCause),
        2 => Just(Damage::Duplicate),
        1 => (1usize..400).prop_map(Damage::Nest),
        1 => (any::<usize>(), proptest::collection::vec(0x80u8..=0xff, 1..4))
            .prop_map(|(at, bytes)| Damage::Bytes(at, bytes)),
    ]
}

/// Every place in a JSON value, as paths of keys and indices.
fn places(value: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(path.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(json!(i));
                places(item, path, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                path.push(json!(key));
                places(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn place_mut<'a>(value: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Value::Number(i) => v.get_mut(usize::try_from(i.as_u64()?).ok()?),
        Value::String(k) => v.get_mut(k.as_str()),
        _ => None,
    })
}

/// The real export with `damages` applied at the places `picks` choose; returns the bytes.
fn damaged_export(damages: &[(usize, Damage)]) -> Vec<u8> {
    let mut value = real_export().clone();
    for (pick, damage) in damages {
        let mut all = Vec::new();
        places(&value, &mut Vec::new(), &mut all);
        let path = all[pick % all.len()].clone();
        apply(&mut value, &path, damage);
    }
    let mut bytes = serde_json::to_vec(&value).unwrap();
    for (_, damage) in damages {
        if let Damage::Bytes(at, garbage) = damage {
            let at = at % bytes.len().max(1);
            let end = (at + garbage.len()).min(bytes.len());
            bytes.splice(at..end, garbage.iter().copied());
        }
    }
    bytes
}

fn apply(value: &mut Value, path: &[Value], damage: &Damage) {
    if let (Damage::Remove | Damage::Duplicate, Some((last, parent))) = (damage, path.split_last())
    {
        let Some(parent) = place_mut(value, parent) else {
            return;
        };
        match (parent, last, damage) {
            (Value::Object(map), Value::String(key), Damage::Remove) => {
                map.remove(key);
            }
            (Value::Array(items), Value::Number(i), _) => {
                let i = usize::try_from(i.as_u64().unwrap_or(0)).unwrap_or(0);
                if i < items.len() {
                    if matches!(damage, Damage::Remove) {
                        items.remove(i);
                    } else {
                        let copy = items[i].clone();
                        items.push(copy);
                    }
                }
            }
            _ => {}
        }
        return;
    }
    let Some(target) = place_mut(value, path) else {
        return;
    };
    match damage {
        Damage::Replace(v) => *target = v.clone(),
        Damage::HugeNumber => *target = json!(u64::MAX),
        Damage::BadDate => *target = json!("2026-02-30"),
        Damage::UnknownCause => *target = json!("bad luck"),
        Damage::Nest(depth) => {
            for _ in 0..*depth {
                *target = Value::Array(vec![target.take()]);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(cases(96))]

    #[test]
    fn bounce_import_takes_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600), seeded in any::<bool>()) {
        import_bounce(&bytes, seeded)?;
    }

    #[test]
    fn jrnl_import_takes_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        import_jrnl(&bytes, true)?;
    }

    #[test]
    fn bounce_import_takes_any_json(value in prop_oneof![any_json(), export_shaped()], seeded in any::<bool>()) {
        import_bounce(&serde_json::to_vec(&value).unwrap(), seeded)?;
    }

    #[test]
    fn jrnl_import_takes_any_json(value in prop_oneof![any_json(), jrnl_shaped()], seeded in any::<bool>()) {
        import_jrnl(&serde_json::to_vec(&value).unwrap(), seeded)?;
    }

    #[test]
    fn bounce_import_takes_a_damaged_export(
        damages in proptest::collection::vec((any::<usize>(), damage()), 1..4),
        seeded in any::<bool>(),
    ) {
        import_bounce(&damaged_export(&damages), seeded)?;
    }
}

/// Lines a config file might have, right and wrong.
fn config_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("theme = \"dark\"".to_string()),
        Just("theme = \"light\"".to_string()),
        Just("theme = \"neon\"".to_string()),
        Just("start_pane = \"goals\"".to_string()),
        Just("start_pane = \"attic\"".to_string()),
        Just("week_starts_on = \"sunday\"".to_string()),
        Just("week_starts_on = \"friday\"".to_string()),
        Just("mouse = false".to_string()),
        Just("mouse = \"yes\"".to_string()),
        Just("quiet_days = 0".to_string()),
        Just("quiet_days = -4".to_string()),
        Just("quiet_days = 99999999999999999999".to_string()),
        Just("[keys]".to_string()),
        Just("[keys.global]".to_string()),
        Just("quit = [\"x\"]".to_string()),
        Just("quit = \"ctrl-alt-shift-super-q\"".to_string()),
        Just("help = [\"\", \"f99\", \"ctrl-\"]".to_string()),
        Just("add = [[1]]".to_string()),
        Just("[[keys]]".to_string()),
        "[a-z_]{1,12} = \"[^\"\\\\]{0,12}\"",
        "[a-z_]{1,12} = -?[0-9]{1,25}",
        ".{0,40}",
    ];
    proptest::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
}

fn read_config(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, bytes).unwrap();
    let (_settings, problem) = Settings::load(Some(&path), false);
    if let Some(problem) = problem {
        assert_clear(&problem)?;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        match Settings::from_toml(text, true) {
            Ok(_) => prop_assert!(problem_free(&path)),
            Err(message) => assert_clear(&message)?,
        }
    }
    Ok(())
}

fn problem_free(path: &Path) -> bool {
    Settings::load(Some(path), true).1.is_none()
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn config_takes_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        read_config(&bytes)?;
    }

    #[test]
    fn config_takes_any_lines(text in config_text()) {
        read_config(text.as_bytes())?;
    }
}

#[test]
fn deeply_nested_files_are_refused_without_a_crash() {
    for depth in [200, 10_000, 100_000] {
        let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        import_bounce(json.as_bytes(), true).unwrap();
        import_jrnl(json.as_bytes(), true).unwrap();
        let object = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        import_bounce(object.as_bytes(), true).unwrap();
        let toml = format!("a = {}{}", "[".repeat(depth), "]".repeat(depth));
        read_config(toml.as_bytes()).unwrap();
        let tables = format!("a = {}1{}", "{b = ".repeat(depth), "}".repeat(depth));
        read_config(tables.as_bytes()).unwrap();
    }
}

/// The real binary, given damaged files: a non-zero exit, one clear line, and a journal file
/// that is byte for byte what it was.
#[test]
fn the_command_refuses_damaged_files_and_keeps_the_journal_as_it_was() {
    let (dir, path) = cli_support::temp_db();
    std::fs::copy(template(), &path).unwrap();
    // Settle the file: the first open by the binary may fold in its write-ahead log.
    cli_support::ok(&path, &["setback", "list"]);
    let before = std::fs::read(&path).unwrap();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let damaged = proptest::collection::vec((any::<usize>(), damage()), 1..3);
    let mut files: Vec<(Vec<u8>, &str)> = vec![
        (b"\xff\xfe not json".to_vec(), "bounce"),
        (
            format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)).into_bytes(),
            "bounce",
        ),
        (br#"{"format":"bounce","version":99}"#.to_vec(), "bounce"),
        (
            br#"{"format":"bounce","version":1,"days":[{"date":"2026-02-30"}]}"#.to_vec(),
            "bounce",
        ),
        (br#"{"entries":[{"date":"yesterday"}]}"#.to_vec(), "jrnl"),
        (br#"{"entries":{"date":"2026-11-20"}}"#.to_vec(), "jrnl"),
        (br#"[1, 2, 3]"#.to_vec(), "jrnl"),
    ];
    while files.len() < 32 {
        use proptest::strategy::ValueTree;
        let damages = damaged.new_tree(&mut runner).unwrap().current();
        let bytes = damaged_export(&damages);
        // Only files the library refuses: the binary must refuse them too.
        let (_d, _p, store) = journal(true);
        let refused = serde_json::from_slice::<Journal>(&bytes)
            .map_err(|e| e.to_string())
            .and_then(|j| store.import_journal(&j).map_err(|e| e.to_string()))
            .is_err();
        if refused {
            files.push((bytes, "bounce"));
        }
    }
    for (i, (bytes, from)) in files.iter().enumerate() {
        let file = dir.path().join(format!("damaged-{i}.json"));
        std::fs::write(&file, bytes).unwrap();
        let out = cli_support::bounce(&path, &["import", file.to_str().unwrap(), "--from", from]);
        let stderr = cli_support::stderr(&out);
        assert!(!out.status.success(), "file {i} was taken: {stderr}");
        assert!(out.stdout.is_empty(), "file {i}");
        assert!(!stderr.contains("panicked"), "file {i}: {stderr}");
        assert!(
            !stderr.trim().is_empty() && stderr.trim().lines().count() <= 3,
            "file {i}: {stderr}"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "file {i} changed the journal"
        );
    }
}
