//! Crash safety: a child process saves through the `Store` (gratitude items, setbacks with
//! their events, debrief answers, goals with their steps, step ticks) and says so on stdout
//! after each commit returns; it is killed with SIGKILL at a random moment, and the journal
//! is then opened and checked: every acknowledged save is there and whole, and SQLite's
//! integrity, foreign-key and full-text index checks are clean.
//!
//! `BOUNCE_CRASH_ROUNDS` sets the number of kills (200 by default) and `BOUNCE_CRASH_SEED`
//! the seed of the kill moments, for longer or repeated runs:
//! `BOUNCE_CRASH_ROUNDS=5000 cargo test --release --test reliability crash_safety:: -- --nocapture`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use bounce::domain::goal::{GoalDraft, GoalState};
use bounce::domain::setback::{EventDraft, SetbackDraft};
use bounce::store::Store;
use chrono::NaiveDate;
use uuid::Uuid;

/// The child reads its journal's path from here; without it the child test does nothing.
const CHILD_ENV: &str = "BOUNCE_CRASH_CHILD";
/// Which round the child is in, so its texts are unique across rounds.
const ROUND_ENV: &str = "BOUNCE_CRASH_ROUND";
const CHILD_TEST: &str = "crash_safety::child_saves_until_killed";
const EVENTS_PER_SETBACK: usize = 3;
const STEPS_PER_GOAL: usize = 4;
const QUESTION: &str = "learned";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Not a check on its own: the process the crash test starts and kills. It saves in a loop,
/// the way the app does (a change opened for undo, the save and the change closed, in one
/// transaction), and prints one `ACK` line after each save has returned.
#[test]
fn child_saves_until_killed() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let round: u64 = std::env::var(ROUND_ENV).unwrap().parse().unwrap();
    let store = Store::open(Path::new(&path)).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    // Carry on from what earlier rounds left, starting each round at another kind of save.
    let mut setback: Option<Uuid> = store.setbacks().unwrap().first().map(|s| s.id);
    let mut steps: Vec<Uuid> = Vec::new();
    for goal in store.goals(GoalState::Active).unwrap() {
        let undone = store
            .steps(goal.id)
            .unwrap()
            .into_iter()
            .filter(|s| !s.is_done());
        steps.extend(undone.map(|s| s.id));
    }
    for i in round.. {
        let change = |label: &str| {
            store.begin().unwrap();
            store.begin_change(label).unwrap();
        };
        let line = match i % 5 {
            0 => {
                change("adding a setback");
                let id = store
                    .write(|s| {
                        let draft = SetbackDraft {
                            title: format!("crash r{round} s{i}"),
                            date: Some(today()),
                            summary: "a setback saved while being killed".into(),
                        };
                        let added = s.add_setback(&draft, today())?;
                        for e in 0..EVENTS_PER_SETBACK {
                            let event = EventDraft {
                                date: Some(today()),
                                time: None,
                                what: format!("event {e} of r{round} s{i}"),
                                who: "Ana".into(),
                                thought: "it will pass".into(),
                                felt: "tired".into(),
                            };
                            s.add_event(added.id, &event, today())?;
                        }
                        Ok(added.id)
                    })
                    .unwrap();
                setback = Some(id);
                format!("S {id}")
            }
            1 => {
                change("adding a gratitude item");
                let text = format!("crash r{round} g{i}");
                let item = store.add_gratitude(today(), &text).unwrap();
                format!("G {} {text}", item.id)
            }
            2 => {
                let Some(id) = setback else { continue };
                change("answering a question");
                // Newer answers carry larger numbers, across rounds too.
                let seq = round * 1_000_000_000 + i;
                store.set_answer(id, QUESTION, &seq.to_string()).unwrap();
                format!("A {id} {seq}")
            }
            3 => {
                change("adding a goal");
                let draft = GoalDraft {
                    title: format!("crash r{round} goal{i}"),
                    why: "to see it kept".into(),
                    success: "every step there".into(),
                    target: None,
                    reward: String::new(),
                };
                let names: Vec<String> = (0..STEPS_PER_GOAL).map(|n| format!("step {n}")).collect();
                let goal = store.add_goal(&draft, &names, today()).unwrap();
                steps = store.steps(goal.id).unwrap().iter().map(|s| s.id).collect();
                format!("N {}", goal.id)
            }
            _ => {
                let Some(step) = steps.pop() else { continue };
                change("ticking a step");
                store.tick_step(step, true, today()).unwrap();
                format!("T {step}")
            }
        };
        store.end_change().unwrap();
        store.finish(true).unwrap();
        writeln!(out, "ACK {line}").unwrap();
        out.flush().unwrap();
    }
}

/// A small seeded generator (splitmix64), so a failing round can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Runs the child once and kills it: before it is ready now and then, else after a random
/// number of milliseconds of saving. Returns the acknowledgement lines it printed whole.
fn run_and_kill(db: &Path, round: u64, rng: &mut Rng) -> Vec<String> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([CHILD_TEST, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, db)
        .env(ROUND_ENV, round.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(
            std::fs::File::create(db.with_extension("stderr")).unwrap(),
        ))
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut acks = Vec::new();
        for line in BufReader::new(stdout).split(b'\n') {
            let Ok(line) = line else { break };
            let line = String::from_utf8_lossy(&line).into_owned();
            // The test harness may print its own words before the first line.
            if line.ends_with("READY") {
                let _ = tx.send(());
            } else if let Some(ack) = line.strip_prefix("ACK ") {
                acks.push(ack.to_string());
            }
        }
        acks
    });
    if rng.below(20) == 0 {
        // While it opens the journal (on the first round: while it creates it).
        std::thread::sleep(Duration::from_millis(rng.below(30)));
    } else {
        let ready = rx.recv_timeout(Duration::from_secs(30));
        if ready.is_err() {
            let _ = child.kill();
            let said = std::fs::read_to_string(db.with_extension("stderr")).unwrap_or_default();
            panic!("round {round}: the child never opened the journal:\n{said}");
        }
        std::thread::sleep(Duration::from_micros(rng.below(250_000)));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // Only lines that ended in a newline count: a line cut by the kill was not acknowledged.
    reader.join().unwrap()
}

/// What has been acknowledged so far, to check after each round.
#[derive(Default)]
struct Acked {
    gratitude: Vec<(Uuid, String)>,
    setbacks: Vec<Uuid>,
    /// The newest acknowledged answer of each setback.
    answers: HashMap<Uuid, u64>,
    answers_acked: usize,
    goals: Vec<Uuid>,
    ticks: Vec<Uuid>,
    total: usize,
}

impl Acked {
    fn add(&mut self, line: &str) {
        let mut parts = line.splitn(3, ' ');
        let kind = parts.next().unwrap();
        let id = Uuid::parse_str(parts.next().unwrap()).unwrap();
        let rest = parts.next().unwrap_or_default();
        match kind {
            "G" => self.gratitude.push((id, rest.to_string())),
            "S" => self.setbacks.push(id),
            "A" => {
                self.answers.insert(id, rest.parse().unwrap());
                self.answers_acked += 1;
            }
            "N" => self.goals.push(id),
            "T" => self.ticks.push(id),
            other => panic!("unknown acknowledgement {other}"),
        }
        self.total += 1;
    }
}

/// Checks the round's acknowledged saves (`from` onwards in each list) and the journal.
fn check(store: &Store, acked: &Acked, from: &Acked, round: u64) {
    let problems = store.check_integrity().unwrap();
    assert!(problems.is_empty(), "round {round}: {problems:?}");
    // A change for undo opens and closes in the save's own transaction, so no kill leaves
    // one open and empty behind.
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let open_changes: i64 = conn
        .query_row(
            "SELECT count(*) FROM undo_groups AS g
             WHERE NOT EXISTS (SELECT 1 FROM undo_steps AS s WHERE s.seq = g.seq)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(open_changes, 0, "round {round}: a change was left open");
    for (id, text) in &acked.gratitude[from.gratitude.len()..] {
        let item = store.gratitude_item(*id).unwrap();
        assert_eq!(
            item.map(|i| i.text).as_ref(),
            Some(text),
            "round {round}: item {id}"
        );
    }
    for id in &acked.setbacks[from.setbacks.len()..] {
        assert!(
            store.setback(*id).unwrap().is_some(),
            "round {round}: setback {id} lost"
        );
    }
    for (id, seq) in &acked.answers {
        let answers = store.answers(*id).unwrap();
        let kept: u64 = answers
            .iter()
            .find(|(q, _)| q == QUESTION)
            .map(|(_, text)| text.parse().unwrap())
            .unwrap_or_else(|| panic!("round {round}: the answer of {id} is lost"));
        // A save that committed just before the kill may be newer than its acknowledgement.
        assert!(
            kept >= *seq,
            "round {round}: answer {kept} is older than acknowledged {seq}"
        );
    }
    for id in &acked.goals[from.goals.len()..] {
        assert!(
            store.goal(*id).unwrap().is_some(),
            "round {round}: goal {id} lost"
        );
    }
    for id in &acked.ticks[from.ticks.len()..] {
        let step = store.step(*id).unwrap();
        assert!(
            step.is_some_and(|s| s.is_done()),
            "round {round}: tick of {id} lost"
        );
    }
    // No partial records, acknowledged or not: every setback has all its events and every
    // goal all its steps.
    for setback in store.setbacks().unwrap() {
        let events = store.events(setback.id).unwrap().len();
        assert_eq!(
            events, EVENTS_PER_SETBACK,
            "round {round}: {}",
            setback.title
        );
    }
    for state in [GoalState::Active, GoalState::Done, GoalState::Archived] {
        for goal in store.goals(state).unwrap() {
            let steps = store.steps(goal.id).unwrap().len();
            assert_eq!(steps, STEPS_PER_GOAL, "round {round}: {}", goal.title);
        }
    }
}

#[test]
fn saves_acknowledged_before_a_kill_are_all_there_and_whole() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let rounds = env_number("BOUNCE_CRASH_ROUNDS", 200);
    let seed = env_number("BOUNCE_CRASH_SEED", 0x0B0_0CE);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let mut rng = Rng(seed);
    let mut acked = Acked::default();
    let mut cut_short = 0;
    for round in 0..rounds {
        let lines = run_and_kill(&db, round, &mut rng);
        if lines.is_empty() {
            cut_short += 1;
        }
        let before = Acked {
            gratitude: acked.gratitude.clone(),
            setbacks: acked.setbacks.clone(),
            goals: acked.goals.clone(),
            ticks: acked.ticks.clone(),
            ..Acked::default()
        };
        for line in &lines {
            acked.add(line);
        }
        if !db.exists() {
            continue;
        }
        let store = Store::open(&db)
            .unwrap_or_else(|e| panic!("round {round} (seed {seed}): cannot reopen: {e}"));
        check(&store, &acked, &before, round);
    }
    // Once more at the end, every save of every round.
    let store = Store::open(&db).unwrap();
    check(&store, &acked, &Acked::default(), rounds);
    eprintln!(
        "crash safety: {rounds} kills (seed {seed}), {} acknowledged saves checked \
         ({} gratitude items, {} setbacks with {EVENTS_PER_SETBACK} events, {} answers, \
         {} goals with {STEPS_PER_GOAL} steps, {} step ticks); {cut_short} kills came before any save",
        acked.total,
        acked.gratitude.len(),
        acked.setbacks.len(),
        acked.answers_acked,
        acked.goals.len(),
        acked.ticks.len(),
    );
    assert!(
        acked.total > rounds as usize,
        "too few saves to prove anything"
    );
}
