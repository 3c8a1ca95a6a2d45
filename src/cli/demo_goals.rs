//! The goals `bounce demo` writes: six told in full (one grown from a lesson of the layoff,
//! one half done, one past its target, one waiting for a first step, one finished, one put
//! aside), and a stream of smaller past goals for a journal at scale.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::dates::shift_days;
use crate::domain::goal::GoalDraft;
use crate::store::{Result, Store};

struct Example {
    title: &'static str,
    /// The lesson of a demo setback it grows from, by its text.
    lesson: Option<&'static str>,
    started_ago: i64,
    why: &'static str,
    success: &'static str,
    /// Days from today: ahead when positive, behind when negative.
    target_in: Option<i64>,
    reward: &'static str,
    steps: &'static [Plan],
    archived: bool,
}

struct Plan {
    text: &'static str,
    /// How many days ago it was ticked, if it was.
    done_ago: Option<i64>,
    /// Days from today until it is due.
    due_in: Option<i64>,
}

const fn done(text: &'static str, ago: i64) -> Plan {
    Plan {
        text,
        done_ago: Some(ago),
        due_in: None,
    }
}

const fn open(text: &'static str, due_in: Option<i64>) -> Plan {
    Plan {
        text,
        done_ago: None,
        due_in,
    }
}

#[rustfmt::skip]
const EXAMPLES: &[Example] = &[
    Example {
        title: "One coffee a month with someone outside the company",
        lesson: Some("One coffee a month with someone outside the company"),
        started_ago: 40,
        why: "My last two jobs both came through people, and I let those ties go quiet while I was busy.",
        success: "A handful of people I actually talk to, and writing to one of them feels normal, not needy.",
        target_in: Some(50),
        reward: "a good notebook for the people I meet",
        steps: &[
            done("List ten people from past jobs I'd like to hear from", 38),
            done("Write to Mei and ask how the new team is treating her", 30),
            done("Coffee with Tom, just to talk, no agenda", 12),
            open("Ask Jonas who else from the old platform team is looking", Some(4)),
            open("Put the first Thursday of every month in the calendar", None),
        ],
        archived: false,
    },
    Example {
        title: "Finish the case study on the deployment pipeline",
        lesson: None,
        started_ago: 25,
        why: "It's the work I'm proudest of, and right now it only lives in my head.",
        success: "Four pages a hiring manager can read in ten minutes, and that I can talk through without notes.",
        target_in: Some(18),
        reward: "a day at the lake with no laptop",
        steps: &[
            done("Pull the before-and-after numbers from my notes", 20),
            done("Write the situation and the problem on one page", 9),
            open("Draw the old and the new pipeline on one diagram", Some(5)),
            open("Ask Priya to read it for anything confidential", None),
        ],
        archived: false,
    },
    Example {
        title: "Apply to five roles I actually want",
        lesson: None,
        started_ago: 30,
        why: "I want to choose the next job, not just land one.",
        success: "Five applications I'd be glad to hear back from, each one written for that team.",
        target_in: Some(-6),
        reward: "tickets to the Saturday concert",
        steps: &[
            done("Write one page on what I want from the next role", 28),
            done("Apply to the platform role at the bike-sharing company", 17),
            open("Apply to the infrastructure role Tom mentioned", Some(2)),
            open("Find two more that pass the one-page test", None),
        ],
        archived: false,
    },
    Example {
        title: "Teach a weekend workshop on build systems",
        lesson: None,
        started_ago: 3,
        why: "Explaining systems to people who don't live in them is the part of the job I'd do for free.",
        success: "Twelve people who leave able to read a build file without fear.",
        target_in: None,
        reward: "",
        steps: &[],
        archived: false,
    },
    Example {
        title: "Run 5 km without stopping",
        lesson: None,
        started_ago: 70,
        why: "Running is the one hour a day when the layoff isn't the loudest thing in my head.",
        success: "Crossing the river bridge at the end with breath to spare.",
        target_in: Some(-5),
        reward: "new running shoes, the good ones",
        steps: &[
            done("Run-walk three times a week for two weeks", 56),
            done("Run 2 km without stopping", 40),
            done("Run 3.5 km without stopping", 22),
            done("The full 5 km along the river", 9),
        ],
        archived: false,
    },
    Example {
        title: "Relaunch the invoicing app with recurring invoices",
        lesson: None,
        started_ago: 850,
        why: "Maybe this one feature is what was missing.",
        success: "The two customers staying, and a third one arriving on their word.",
        target_in: None,
        reward: "",
        steps: &[
            done("Sketch the recurring-invoice screen", 845),
            open("Ask the two customers whether they'd pay for it", None),
            open("Build it over the holidays", None),
        ],
        archived: true,
    },
];

/// Writes the example goals and returns how many records (goals and steps) that made.
pub(super) fn add_all(store: &Store, today: NaiveDate) -> Result<u64> {
    let mut records = 0;
    for ex in EXAMPLES {
        add(store, today, ex)?;
        records += 1 + ex.steps.len() as u64;
    }
    Ok(records)
}

fn add(store: &Store, today: NaiveDate, ex: &Example) -> Result<Uuid> {
    let day = |delta: i64| shift_days(today, delta);
    let started = day(-ex.started_ago);
    let draft = GoalDraft {
        title: ex.title.into(),
        why: ex.why.into(),
        success: ex.success.into(),
        target: ex.target_in.map(day),
        reward: ex.reward.into(),
    };
    let lesson = match ex.lesson {
        Some(text) => find_lesson(store, text)?,
        None => None,
    };
    let id = match lesson {
        Some(lesson) => {
            let id = store.add_goal_from_lesson(lesson, started)?.id;
            store.update_goal(id, &draft)?;
            id
        }
        None => store.add_goal(&draft, &[], started)?.id,
    };
    let mut ticks = Vec::new();
    for plan in ex.steps {
        let step = store.add_step(id, plan.text, plan.due_in.map(day), started)?;
        if let Some(ago) = plan.done_ago {
            ticks.push((ago, step.step.id));
        }
    }
    // Ticked in the order they were done, so the goal finishes on its last day.
    ticks.sort_by_key(|(ago, _)| -ago);
    for (ago, step) in ticks {
        store.tick_step(step, true, day(-ago))?;
    }
    if ex.archived {
        store.set_goal_archived(id, true)?;
    }
    Ok(id)
}

/// The lesson, among every setback's, whose text is `text`.
fn find_lesson(store: &Store, text: &str) -> Result<Option<Uuid>> {
    for setback in store.setbacks()? {
        if let Some(lesson) = store
            .lessons(setback.id)?
            .into_iter()
            .find(|l| l.text == text)
        {
            return Ok(Some(lesson.id));
        }
    }
    Ok(None)
}

/// Smaller goals of the past, each with its reward and small steps.
#[rustfmt::skip]
const PAST: &[(&str, &str, &[&str])] = &[
    ("Finish the online course on negotiation", "a slice of cake from the corner bakery",
        &["Watch the first module", "Practise the salary script out loud", "Do the final exercise with Sam"]),
    ("Read one book about changing careers", "a new book, chosen slowly",
        &["Pick the book at the library", "Read the first half", "Write a page on what stuck"]),
    ("Rebuild my portfolio site", "dinner out with Ana",
        &["Choose three projects to show", "Write a short page for each", "Ask Lena for honest feedback", "Put it online"]),
    ("Help out at the coding club once a month", "",
        &["Write to the organiser", "Go to the first session and just watch", "Lead one exercise"]),
    ("Walk every morning for two weeks", "a day trip to the coast",
        &["Put my shoes by the door the night before", "Walk the short loop five times", "Walk the long loop five times"]),
    ("Get back in touch with five former colleagues", "lunch at the noodle place",
        &["Make the list", "Write the first two messages", "Write the other three", "Meet one of them for coffee"]),
    ("Give a talk about writing good handovers", "a weekend away with no plans",
        &["Outline the talk on one page", "Make the slides", "Rehearse it with Sam", "Give it at the meetup"]),
    ("Learn the basics of a new programming language", "a proper keyboard",
        &["Pick the language and a book", "Do the first ten exercises", "Build one small tool with it"]),
];

/// Writes the `index`th past goal, started on `started`: most are finished a few days a
/// step, and a few were put aside, some early on, some halfway (only the most recent of
/// those is still open). Returns the records it made.
pub(super) fn add_past(store: &Store, index: usize, started: NaiveDate) -> Result<u64> {
    let (title, reward, steps) = PAST[index % PAST.len()];
    let draft = GoalDraft {
        title: title.into(),
        target: (index % 3 == 0).then(|| shift_days(started, 30)),
        reward: reward.into(),
        ..GoalDraft::default()
    };
    let steps: Vec<String> = steps.iter().map(|s| s.to_string()).collect();
    let goal = store.add_goal(&draft, &steps, started)?;
    let halfway = index % 9 == 5;
    let put_aside = index % 7 == 3 || (halfway && index > 5);
    let ticked = match (halfway, put_aside) {
        (true, _) => steps.len() / 2,
        (false, true) => 1,
        (false, false) => steps.len(),
    };
    let spacing = 2 + (index % 4) as i64;
    for (i, step) in store.steps(goal.id)?.iter().take(ticked).enumerate() {
        let day = shift_days(started, spacing * (i as i64 + 1));
        store.tick_step(step.id, true, day)?;
    }
    if put_aside {
        store.set_goal_archived(goal.id, true)?;
    }
    Ok(1 + steps.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::goal::GoalState;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    #[test]
    fn examples_are_dated_sensibly() {
        for ex in EXAMPLES {
            for plan in ex.steps {
                if let Some(ago) = plan.done_ago {
                    assert!((0..=ex.started_ago).contains(&ago), "{}", plan.text);
                    assert!(plan.due_in.is_none(), "{}", plan.text);
                }
            }
        }
    }

    #[test]
    fn every_state_and_the_lesson_link_are_written() {
        let store = Store::open_in_memory().unwrap();
        let records = store
            .write(|s| Ok(super::super::demo_setbacks::add_all(s, today())? + add_all(s, today())?))
            .unwrap();
        assert!(records > 80, "{records}");
        let [active, done, archived] = store.goal_counts().unwrap();
        assert_eq!((active, done, archived), (4, 1, 1));
        let active = store.goals(GoalState::Active).unwrap();
        let from_lesson = active.iter().find(|g| g.lesson_id.is_some()).unwrap();
        assert!(from_lesson.setback_id.is_some());
        assert_eq!(from_lesson.progress.fraction(), "3/5");
        assert!(
            !from_lesson.why.is_empty(),
            "the lesson's goal is filled in"
        );
        let overdue = active
            .iter()
            .filter(|g| g.target_status(today()).is_overdue());
        assert_eq!(overdue.count(), 1);
        let finished = &store.goals(GoalState::Done).unwrap()[0];
        assert_eq!(finished.finished_on, Some(shift_days(today(), -9)));
        assert_eq!(finished.started_on, shift_days(today(), -70));
    }

    #[test]
    fn past_goals_come_in_every_state() {
        let store = Store::open_in_memory().unwrap();
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let mut records = 0;
        for i in 0..63 {
            records += add_past(&store, i, shift_days(start, 14 * i as i64)).unwrap();
        }
        let [active, done, archived] = store.goal_counts().unwrap();
        assert_eq!(active + done + archived, 63);
        assert_eq!(active, 1, "only the most recent halfway goal is still open");
        assert!(done > 40 && archived > 10, "{done} {archived}");
        assert!(records > 63 * 3);
    }
}
