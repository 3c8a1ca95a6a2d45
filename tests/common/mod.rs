//! Shared helpers for the tests that drive the app without a terminal.
#![allow(dead_code)]

use bounce::app::App;
use bounce::keymap::Keymap;
use bounce::store::Store;
use bounce::theme::Theme;
use chrono::NaiveDate;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The "today" every screen test sees: a Monday late in November.
pub fn today() -> NaiveDate {
    date("2026-11-23")
}

/// A journal in a temp folder, on the tests' clock; keep the folder alive as long as the
/// store.
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("journal.db")).unwrap();
    store.set_clock(bounce::domain::Clock::from_days(today));
    (dir, store)
}

pub fn app_with(store: Store) -> App {
    App::new(
        store,
        bounce::domain::Clock::from_days(today),
        Keymap::defaults(),
        Theme::plain(),
    )
    .unwrap()
}

/// A few weeks of gratitude ending today, with a note and a mood today.
pub fn seed(store: &Store) {
    let days = [
        ("2026-10-30", "The first cold morning, and a warm coat"),
        ("2026-10-31", "Pumpkin soup with Sam"),
        ("2026-11-01", "A long call with my sister"),
        ("2026-11-20", "Finished the portfolio draft"),
        ("2026-11-21", "Ana introduced me to her manager"),
        ("2026-11-22", "Slept in and did not feel guilty"),
    ];
    for (day, text) in days {
        store.add_gratitude(date(day), text).unwrap();
    }
    store
        .add_gratitude(
            today(),
            "Coffee with Ana, who listened without trying to fix anything",
        )
        .unwrap();
    store
        .add_gratitude(today(), "A walk by the river before the rain")
        .unwrap();
    store
        .set_note(
            today(),
            "Slow start, better afternoon. Sent two applications.",
        )
        .unwrap();
    store
        .set_mood(today(), Some(bounce::domain::Mood::new(4).unwrap()))
        .unwrap();
}

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

/// Presses each character of `text` as a key.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Presses keys written compactly: each character is a key.
pub fn keys(app: &mut App, sequence: &str) {
    type_text(app, sequence);
}

pub fn paste(app: &mut App, text: &str) {
    app.handle_event(Event::Paste(text.to_string()));
}

pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    bounce::cli::render_screen(app, width, height)
        .unwrap()
        .join("\n")
}

/// One setback with a timeline entered out of order and a little of every section.
pub fn seed_debrief(store: &Store) -> uuid::Uuid {
    use bounce::domain::setback::*;
    let s = store
        .add_setback(
            &SetbackDraft {
                title: "Laid off in the autumn restructuring".into(),
                date: Some(date("2026-09-09")),
                summary: "The platform team was closed; my role ended three weeks later.".into(),
            },
            today(),
        )
        .unwrap();
    let event = |d: &str, t: Option<&str>, what: &str, who: &str, felt: &str| EventDraft {
        date: Some(date(d)),
        time: t.and_then(|t| parse_time(t).unwrap()),
        what: what.into(),
        who: who.into(),
        thought: String::new(),
        felt: felt.into(),
    };
    for e in [
        event(
            "2026-09-09",
            Some("09:00"),
            "Told the team is being dissolved",
            "Priya, HR",
            "Numb, then angry",
        ),
        event(
            "2026-07-16",
            None,
            "All-hands about focusing on the core business",
            "",
            "",
        ),
        event("2026-08-19", None, "Hiring freeze announced", "", "Uneasy"),
    ] {
        store.add_event(s.id, &e, today()).unwrap();
    }
    store
        .set_answer(
            s.id,
            "learned",
            "A restructuring is a budget decision, not a verdict on me.",
        )
        .unwrap();
    store
        .set_answer(s.id, "goals", "Ship the pipeline. I did.")
        .unwrap();
    store
        .add_strength(s.id, StrengthKind::Praise, "Calm in incidents")
        .unwrap();
    store
        .add_strength(s.id, StrengthKind::Easy, "Explaining systems to new people")
        .unwrap();
    store
        .add_lesson(s.id, "Ask directly what the plan is after a freeze")
        .unwrap();
    store
        .set_story(
            s.id,
            &Story {
                situation: "My team was closed in a restructuring.".into(),
                action: "I wrote the handover and asked for references.".into(),
                result: "Three strong references and a clean exit.".into(),
                learning: "Keep my network warm.".into(),
            },
        )
        .unwrap();
    store
        .add_checkin(
            s.id,
            date("2026-09-20"),
            Some(GriefStage::Anger),
            Some(TransformationStage::Disorientation),
            "Angry at the timing.",
        )
        .unwrap();
    store
        .add_checkin(
            s.id,
            date("2026-11-01"),
            Some(GriefStage::Acceptance),
            None,
            "",
        )
        .unwrap();
    store
        .add_setback(
            &SetbackDraft {
                title: "Passed over for team lead".into(),
                date: Some(date("2025-03-02")),
                summary: String::new(),
            },
            today(),
        )
        .unwrap();
    s.id
}

/// Three goals in different states: one half way with a target, one with no steps yet, and
/// one finished. Returns the ids of the first two.
pub fn seed_goals(store: &Store) -> (uuid::Uuid, uuid::Uuid) {
    use bounce::domain::goal::GoalDraft;
    let steps = |texts: &[&str]| texts.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let workshop = store
        .add_goal(
            &GoalDraft {
                title: "Teach a weekend workshop on data pipelines".into(),
                why: "Teaching is the part of the old job I loved most.".into(),
                success: "Twelve people leave able to build their first pipeline.".into(),
                target: Some(date("2026-12-19")),
                reward: "A day at the sea".into(),
            },
            &steps(&[
                "Write the outline",
                "Ask Ana to review it",
                "Book a room at the library",
                "Invite twelve people",
            ]),
            date("2026-11-02"),
        )
        .unwrap();
    let list = store.steps(workshop.id).unwrap();
    store
        .tick_step(list[0].id, true, date("2026-11-10"))
        .unwrap();
    store
        .tick_step(list[1].id, true, date("2026-11-20"))
        .unwrap();
    let portfolio = store
        .add_goal(
            &GoalDraft {
                title: "Find two freelance clients".into(),
                ..GoalDraft::default()
            },
            &[],
            date("2026-11-18"),
        )
        .unwrap();
    let walk = store
        .add_goal(
            &GoalDraft {
                title: "Walk every morning for two weeks".into(),
                reward: "New boots".into(),
                ..GoalDraft::default()
            },
            &steps(&["First week", "Second week"]),
            date("2026-11-01"),
        )
        .unwrap();
    for step in store.steps(walk.id).unwrap() {
        store.tick_step(step.id, true, date("2026-11-15")).unwrap();
    }
    (workshop.id, portfolio.id)
}

/// Three ideas (one weighed well, one weighed a little, one set aside) and two people, one
/// not in touch for a while.
pub fn seed_forward(store: &Store) {
    use bounce::domain::forward::{Help, PersonDraft, Question, Verdict};
    let teach = store.add_idea("Teach evening classes in data").unwrap();
    let w = |id, q, v, note: &str| store.weigh_idea(id, q, Some(v), note).unwrap();
    w(
        teach.id,
        Question::Realistic,
        Verdict::Yes,
        "The college is hiring tutors",
    );
    w(teach.id, Question::Values, Verdict::Yes, "");
    w(
        teach.id,
        Question::Happy,
        Verdict::Maybe,
        "Evenings are tiring",
    );
    let abroad = store.add_idea("Move to Lisbon for a year").unwrap();
    w(abroad.id, Question::Happy, Verdict::Yes, "");
    w(
        abroad.id,
        Question::Realistic,
        Verdict::No,
        "Not with Dad's health",
    );
    let cafe = store.add_idea("Open a small café").unwrap();
    store.set_idea_aside(cafe.id, true).unwrap();
    let ana = store
        .add_person(&PersonDraft {
            name: "Ana".into(),
            helps: vec![Help::Introductions, Help::Advice],
            note: "Knows everyone in the design community.".into(),
        })
        .unwrap();
    store.touch_person(ana.id, date("2026-11-20")).unwrap();
    let tom = store
        .add_person(&PersonDraft {
            name: "Tom".into(),
            helps: vec![Help::Feedback],
            note: String::new(),
        })
        .unwrap();
    store.touch_person(tom.id, date("2026-09-30")).unwrap();
}

/// Many gratitude items for today, "A walk by the river, number 0" and on, in one write:
/// enough for a search to take many steps.
pub fn seed_walks(store: &Store, count: usize) {
    store
        .write(|s| {
            for i in 0..count {
                s.add_gratitude(today(), &format!("A walk by the river, number {i}"))?;
            }
            Ok(())
        })
        .unwrap();
}

/// The numbered rows listed on the left of a 120x40 screen ("Goal 007", "Setback 012": pass
/// "Goal " or "Setback "), in order, and which one is selected.
pub fn rows_listed(app: &mut App, label: &str) -> (Vec<usize>, Option<usize>) {
    let text = screen(app, 120, 40);
    let mut rows = Vec::new();
    let mut selected = None;
    for line in text.lines() {
        let left: String = line.chars().skip(1).take(20).collect();
        let Some(at) = left.find(label) else {
            continue;
        };
        let number: String = left[at + label.len()..].chars().take(3).collect();
        let Ok(n) = number.parse() else {
            continue;
        };
        if left.trim_start().starts_with('›') {
            selected = Some(n);
        }
        rows.push(n);
    }
    (rows, selected)
}

/// The number of the selected row of [`rows_listed`]; fails when none is selected.
pub fn row_selected(app: &mut App, label: &str) -> usize {
    let (rows, selected) = rows_listed(app, label);
    selected.unwrap_or_else(|| panic!("nothing selected among {rows:?}"))
}
