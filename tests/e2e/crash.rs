//! End to end crash safety: the real binary in tmux saves in every pane (a gratitude item, a
//! timeline event, a debrief answer, a goal step tick) and is killed with SIGKILL as soon
//! as the save shows on screen; the saved thing is then read back and the journal checked.
//! Also: a half-typed multi-field form survives SIGKILL and comes back whole.
//!
//! `BOUNCE_E2E_CRASH_ROUNDS` sets the number of kills (20 by default).

use crate::tmux_support;

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use bounce::store::Store;
use tmux_support::{BOUNCE, Journal, Tmux, tmux_missing};
use uuid::Uuid;

const STEPS: usize = 40;

fn bounce_ok(journal: &Journal, args: &[&str]) -> String {
    let out = Command::new(BOUNCE)
        .arg("--db")
        .arg(journal.db())
        .args(args)
        .env_remove("BOUNCE_DB")
        .env("BOUNCE_NOW", "2026-11-23")
        .output()
        .expect("running bounce");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn first_id(listing: &str) -> Uuid {
    let id = listing.split('\t').next().unwrap_or_default().trim();
    Uuid::parse_str(id).unwrap_or_else(|_| panic!("no id in {listing:?}"))
}

/// Kills bounce with SIGKILL and checks it died of it.
fn kill_now(tmux: &Tmux) {
    tmux.kill("KILL");
    assert_eq!(tmux.wait_exit(), 128 + 9);
}

#[test]
fn saves_in_every_pane_survive_a_kill_right_after_they_show() {
    if tmux_missing() {
        return;
    }
    let rounds: usize = std::env::var("BOUNCE_E2E_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let journal = Journal::new();
    let setback = first_id(&bounce_ok(
        &journal,
        &["setback", "add", "The pitch we lost"],
    ));
    let names: Vec<String> = (1..=STEPS).map(|n| format!("step {n}")).collect();
    let mut args = vec!["goal", "add", "Find the next role"];
    for name in &names {
        args.extend(["--step", name.as_str()]);
    }
    let goal = first_id(&bounce_ok(&journal, &args));
    let (mut items, mut events, mut answers, mut ticks) = (0, 0, 0, 0);
    for round in 0..rounds {
        let tmux = Tmux::start(&journal, &[]);
        match round % 4 {
            0 => {
                let item = format!("crash item {round}");
                tmux.keys(&["4"]);
                tmux.wait_for("4 Gratitude");
                tmux.keys(&["a"]);
                tmux.wait_for("New item");
                tmux.type_text(&item);
                tmux.keys(&["Enter"]);
                tmux.wait_for(&format!(". {item}"));
                kill_now(&tmux);
                items += 1;
                assert!(
                    journal.gratitude().contains(&item),
                    "round {round}: {item} lost"
                );
            }
            1 => {
                let what = format!("crash event {round}");
                tmux.keys(&["2"]);
                tmux.wait_for("Setbacks (1)");
                tmux.keys(&["Enter"]);
                tmux.wait_for(&format!("Timeline {events}"));
                tmux.keys(&["a"]);
                tmux.wait_for("New event");
                tmux.type_text(&what);
                tmux.keys(&["C-s"]);
                tmux.wait_for("Event saved");
                kill_now(&tmux);
                events += 1;
                let store = Store::open(&journal.db()).unwrap();
                let kept = store.events(setback).unwrap();
                assert!(
                    kept.iter().any(|e| e.what == what),
                    "round {round}: {what} lost"
                );
                assert_eq!(kept.len(), events);
            }
            2 => {
                let words = format!(" r{round}");
                tmux.keys(&["2"]);
                tmux.wait_for("Setbacks (1)");
                tmux.keys(&["Enter", "]"]);
                tmux.wait_for("Questions");
                tmux.keys(&["Enter"]);
                tmux.wait_for("Ctrl-S");
                tmux.type_text(&words);
                tmux.keys(&["C-s"]);
                tmux.wait_for("Answer saved");
                kill_now(&tmux);
                answers += 1;
                let store = Store::open(&journal.db()).unwrap();
                let kept = store.answers(setback).unwrap();
                assert!(
                    kept.iter()
                        .any(|(_, text)| text.trim_end().ends_with(words.trim())),
                    "round {round}: answer lost: {kept:?}"
                );
            }
            _ => {
                tmux.keys(&["5"]);
                tmux.wait_for(&format!("{ticks}/{STEPS}"));
                tmux.keys(&["Space"]);
                tmux.wait_for(&format!("{}/{STEPS}", ticks + 1));
                kill_now(&tmux);
                ticks += 1;
                let store = Store::open(&journal.db()).unwrap();
                let done = store
                    .steps(goal)
                    .unwrap()
                    .iter()
                    .filter(|s| s.is_done())
                    .count();
                assert_eq!(done, ticks, "round {round}: a tick was lost");
            }
        }
        let store = Store::open(&journal.db()).unwrap();
        let problems = store.check_integrity().unwrap();
        assert!(problems.is_empty(), "round {round}: {problems:?}");
    }
    eprintln!(
        "e2e crash: {rounds} kills after a save showed: {items} gratitude items, {events} events, \
         {answers} answers, {ticks} step ticks, all read back"
    );
}

#[test]
fn a_half_typed_event_form_survives_a_kill_field_by_field() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let setback = first_id(&bounce_ok(
        &journal,
        &["setback", "add", "The reorg in March"],
    ));
    let (what, who, thought) = (
        "The all-hands where it was announced",
        "Dana and the VP",
        "I should have seen it coming",
    );
    {
        let tmux = Tmux::start(&journal, &[]);
        tmux.keys(&["2"]);
        tmux.wait_for("Setbacks (1)");
        tmux.keys(&["Enter"]);
        tmux.wait_for("Timeline 0");
        tmux.keys(&["a"]);
        tmux.wait_for("New event");
        tmux.type_text(what);
        tmux.keys(&["Tab"]);
        tmux.type_text(who);
        tmux.keys(&["Tab"]);
        tmux.type_text(thought);
        tmux.wait_for(thought);
        // The promise is "at most the last second is lost"; give it twice that.
        sleep(Duration::from_secs(2));
        kill_now(&tmux);
    }
    let store = Store::open(&journal.db()).unwrap();
    assert!(
        store.events(setback).unwrap().is_empty(),
        "the draft was saved as an event"
    );
    drop(store);

    let tmux = Tmux::start(&journal, &[]);
    let screen = tmux.wait_for("Welcome back");
    for text in [what, who, thought] {
        assert!(screen.contains(text), "{text} is not back:\n{screen}");
    }
    assert!(screen.contains("New event"), "not in its form:\n{screen}");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Event saved");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    let store = Store::open(&journal.db()).unwrap();
    let events = store.events(setback).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        (
            events[0].what.as_str(),
            events[0].who.as_str(),
            events[0].thought.as_str()
        ),
        (what, who, thought)
    );
    assert!(
        store.drafts_with_prefix("").unwrap().is_empty(),
        "the draft was kept after saving"
    );
}

#[test]
fn an_error_from_the_loop_restores_the_terminal_before_it_is_said() {
    if tmux_missing() {
        return;
    }
    if !cfg!(debug_assertions) {
        eprintln!("skipping: BOUNCE_DEBUG_ERROR only works in debug builds");
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[("BOUNCE_DEBUG_ERROR", "1")]);
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 1, "bounce did not fail");
    let screen = tmux.assert_restored();
    assert!(
        screen.contains("bounce: error requested by BOUNCE_DEBUG_ERROR"),
        "the error is not on the normal screen:\n{screen}"
    );
}
