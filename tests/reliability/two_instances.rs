//! Two instances on one journal: two processes saving at the same time lose nothing and
//! never fail, and an open app shows what the other instance wrote when a pane is next
//! shown. (Waiting beyond the busy timeout, the one case that fails, is in bad_files.rs.)

use crate::common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use bounce::domain::setback::{EventDraft, SetbackDraft};
use bounce::store::Store;
use common::{app_with, press, screen, today, type_text};
use ratatui::crossterm::event::KeyCode;

const CHILD_ENV: &str = "BOUNCE_TWO_CHILD";
const NAME_ENV: &str = "BOUNCE_TWO_NAME";
const GO_ENV: &str = "BOUNCE_TWO_GO";
const COUNT_ENV: &str = "BOUNCE_TWO_SAVES";
const CHILD_TEST: &str = "two_instances::child_saves_alongside_another";
/// Saves in all, shared by the two processes.
const SAVES: usize = 1000;

/// Not a check on its own: one of the two processes the interleaving test starts. Once the
/// go file appears it saves (gratitude items, and every fifth time a setback with two
/// events), printing `OK` or `ERR` after each.
#[test]
fn child_saves_alongside_another() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let name = std::env::var(NAME_ENV).unwrap();
    let go = std::env::var_os(GO_ENV).unwrap();
    let count: usize = std::env::var(COUNT_ENV).unwrap().parse().unwrap();
    let store = Store::open(Path::new(&path)).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    while !Path::new(&go).exists() {
        std::thread::sleep(Duration::from_millis(1));
    }
    for i in 0..count {
        let text = format!("{name}-{i}");
        let saved = if i % 5 == 4 {
            store.write(|s| {
                let draft = SetbackDraft {
                    title: text.clone(),
                    date: Some(today()),
                    summary: String::new(),
                };
                let setback = s.add_setback(&draft, today())?;
                for what in ["first", "second"] {
                    let event = EventDraft {
                        date: Some(today()),
                        time: None,
                        what: what.into(),
                        who: String::new(),
                        thought: String::new(),
                        felt: String::new(),
                    };
                    s.add_event(setback.id, &event, today())?;
                }
                Ok(())
            })
        } else {
            store.add_gratitude(today(), &text).map(|_| ())
        };
        match saved {
            Ok(()) => writeln!(out, "OK {text}").unwrap(),
            Err(e) => writeln!(out, "ERR {text} {e}").unwrap(),
        }
        out.flush().unwrap();
    }
}

#[test]
fn two_processes_saving_at_once_lose_nothing_and_never_fail() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let go = dir.path().join("go");
    drop(Store::open(&db).unwrap());
    let start = |name: &str| {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([CHILD_TEST, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &db)
            .env(NAME_ENV, name)
            .env(GO_ENV, &go)
            .env(COUNT_ENV, (SAVES / 2).to_string())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Both have the journal open before either saves.
        let ready = lines
            .by_ref()
            .map(Result::unwrap)
            .any(|l| l.ends_with("READY"));
        assert!(ready, "{name} never opened the journal");
        (child, lines)
    };
    let (mut a, a_lines) = start("a");
    let (mut b, b_lines) = start("b");
    std::fs::write(&go, "").unwrap();
    let collect = |lines: std::io::Lines<BufReader<std::process::ChildStdout>>| {
        std::thread::spawn(move || lines.map(Result::unwrap).collect::<Vec<_>>())
    };
    let (a_out, b_out) = (collect(a_lines), collect(b_lines));
    let mut said = a_out.join().unwrap();
    said.extend(b_out.join().unwrap());
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());

    let errors: Vec<&String> = said.iter().filter(|l| l.starts_with("ERR ")).collect();
    assert!(
        errors.is_empty(),
        "{} saves failed: {errors:?}",
        errors.len()
    );
    let acked: HashSet<&str> = said.iter().filter_map(|l| l.strip_prefix("OK ")).collect();
    assert_eq!(acked.len(), SAVES, "not every save was acknowledged");

    let store = Store::open(&db).unwrap();
    assert!(store.check_integrity().unwrap().is_empty());
    let items = store.gratitude_on(today()).unwrap();
    let setbacks = store.setbacks().unwrap();
    let mut kept: HashSet<String> = items.iter().map(|i| i.text.clone()).collect();
    for setback in &setbacks {
        assert_eq!(
            store.events(setback.id).unwrap().len(),
            2,
            "{}",
            setback.title
        );
        kept.insert(setback.title.clone());
    }
    let lost: Vec<&&str> = acked.iter().filter(|t| !kept.contains(**t)).collect();
    assert!(lost.is_empty(), "{} saves lost: {lost:?}", lost.len());
    assert_eq!(items.len() + setbacks.len(), SAVES);
    // How often the writer changed, in the order the items were stored.
    let switches = items
        .windows(2)
        .filter(|w| w[0].text.as_bytes()[0] != w[1].text.as_bytes()[0])
        .count();
    eprintln!(
        "two instances: {SAVES} saves, 0 errors, 0 lost, the writer changed {switches} times"
    );
}

#[test]
fn an_app_shows_what_another_instance_wrote_when_a_pane_is_next_shown() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let mut mine = app_with(Store::open(&db).unwrap());
    let mut other = app_with(Store::open(&db).unwrap());
    press(&mut mine, KeyCode::Char('4'));
    press(&mut other, KeyCode::Char('4'));

    press(&mut other, KeyCode::Char('a'));
    type_text(&mut other, "a letter from an old colleague");
    press(&mut other, KeyCode::Enter);
    assert!(screen(&mut other, 100, 30).contains("1. a letter from an old colleague"));

    press(&mut mine, KeyCode::Char('1'));
    let home = screen(&mut mine, 100, 30);
    assert!(home.contains("a letter from an old colleague"), "{home}");
    press(&mut mine, KeyCode::Char('4'));
    let gratitude = screen(&mut mine, 100, 30);
    assert!(
        gratitude.contains("1. a letter from an old colleague"),
        "{gratitude}"
    );

    // And the other way round, through the command line this time.
    let out = Command::new(env!("CARGO_BIN_EXE_bounce"))
        .arg("--db")
        .arg(&db)
        .args(["setback", "add", "The reorg in March"])
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", "2026-11-23")
        .output()
        .unwrap();
    assert!(out.status.success());
    press(&mut other, KeyCode::Char('2'));
    let debrief = screen(&mut other, 100, 30);
    assert!(debrief.contains("The reorg in March"), "{debrief}");
}
