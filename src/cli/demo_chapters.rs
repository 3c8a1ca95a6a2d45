//! The example journal's life after its debriefs: conversations held and planned, a chapter
//! closed months ago with its look-backs, someone who lifts you up, a few kind things done
//! for yourself, and the weekly reviews of the last weeks.

use chrono::NaiveDate;

use crate::domain::chapter::{Best, ClosingDraft, ConversationDraft, ConversationKind, Held};
use crate::domain::dates::shift_days;
use crate::store::{Result, Store};

/// A conversation of the examples: with whom, about which setback, what for, how many days
/// ago it was planned for (negative: still ahead), and what came of it once held.
struct Talk {
    with: &'static str,
    setback: &'static str,
    kind: ConversationKind,
    planned_ago: i64,
    held: Option<(&'static str, &'static str)>,
}

const TALKS: &[Talk] = &[
    Talk {
        with: "Priya",
        setback: "Passed over for the team lead role",
        kind: ConversationKind::Feedback,
        planned_ago: 400,
        held: Some((
            "Rafael had run two cross-team projects; they wanted someone already doing the job.",
            "Lead one cross-team project before asking again",
        )),
    },
    Talk {
        with: "Ana",
        setback: "Laid off when the platform team was cut",
        kind: ConversationKind::Listen,
        planned_ago: 70,
        held: Some((
            "That I had done good work there, and it would show again.",
            "",
        )),
    },
    Talk {
        with: "Jonas",
        setback: "Laid off when the platform team was cut",
        kind: ConversationKind::Ask,
        planned_ago: -3,
        held: None,
    },
];

const SELFCARE: &[(i64, &str)] = &[
    (0, "A walk by the river at lunch"),
    (2, "An early night, phone in the other room"),
    (5, "Said no to a call I did not need"),
];

/// A weekly review of the examples: how many weeks ago, what went well, the small step,
/// and the goal that step joined, if it did.
const REVIEWS: &[(i64, &str, &str, Option<&str>)] = &[
    (
        1,
        "Finished the first draft of the case study. Ana said it reads like someone who knows the work.",
        "Ask Jonas who else from the old platform team is hiring",
        Some("One coffee a month with someone outside the company"),
    ),
    (
        2,
        "Two applications sent, both to roles I actually want.",
        "Rest on Saturday, properly",
        None,
    ),
    (
        3,
        "A slow week. I still walked every morning.",
        "Draw the old and the new pipeline on one diagram",
        None,
    ),
    (
        5,
        "Told Ana the whole story for the first time. It felt lighter after.",
        "Write down what I want from the next role",
        None,
    ),
];

/// Writes the weekly reviews, making one small step a step of its goal.
fn add_reviews(store: &Store, today: NaiveDate) -> Result<u64> {
    use crate::domain::goal::GoalState;
    use crate::domain::review::{ReviewDraft, Week};
    let goals = store.goals(GoalState::Active)?;
    let mut records = 0;
    for (weeks_ago, well, next, goal) in REVIEWS {
        let week = Week::of(shift_days(today, -7 * weeks_ago));
        let draft = ReviewDraft {
            well: (*well).into(),
            next: (*next).into(),
        };
        let review = store.save_review(week, &draft)?;
        records += 1;
        if let Some(goal) = goal.and_then(|title| goals.iter().find(|g| g.title == title)) {
            store.review_step_to_goal(review.id, goal.id)?;
            records += 1;
        }
    }
    Ok(records)
}

/// Writes the conversations, the closed chapter and its look-backs, marks Ana as someone who
/// lifts you up, and keeps a few kind things; returns the records it made.
pub(super) fn add_all(store: &Store, today: NaiveDate) -> Result<u64> {
    let mut records = 0;
    let setbacks = store.setbacks()?;
    let titled = |title: &str| setbacks.iter().find(|s| s.title == title);
    for talk in TALKS {
        let Some(setback) = titled(talk.setback) else {
            continue;
        };
        let person = store.person_named(talk.with)?;
        let draft = ConversationDraft {
            person_id: person.id,
            setback_id: Some(setback.id),
            kind: Some(talk.kind),
            planned_on: Some(shift_days(today, -talk.planned_ago)),
            questions: crate::assets::conversations()
                .kind(talk.kind)
                .questions
                .join("\n"),
            ..ConversationDraft::default()
        };
        let planned = store.add_conversation(&draft)?;
        if let Some((said, takeaway)) = talk.held {
            let held = Held {
                on: shift_days(today, 2 - talk.planned_ago),
                said: said.into(),
                takeaway: takeaway.into(),
            };
            store.hold_conversation(planned.id, &held)?;
        }
        records += 1;
    }
    if let Some(passed_over) = titled("Passed over for the team lead role") {
        records += close_with_look_backs(store, passed_over.id, passed_over.date, today)?;
    }
    let ana = store.person_named("Ana")?;
    store.set_person_lifts(ana.id, true)?;
    for (ago, text) in SELFCARE {
        store.set_selfcare(shift_days(today, -ago), text)?;
        records += 1;
    }
    records += add_reviews(store, today)?;
    Ok(records)
}

/// Closes the chapter a few months after the setback, with each look-back since then.
fn close_with_look_backs(
    store: &Store,
    setback: uuid::Uuid,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<u64> {
    let closed_on = shift_days(date, 120).min(today);
    let draft = ClosingDraft {
        best: Some(Best::Partly),
        best_note: "I did not ask what the role needed until it was gone.".into(),
        accept: "They chose someone who was already doing the job.".into(),
        permission: "To lead where I am, without waiting for the title.".into(),
        carry: "I lead best through the work itself".into(),
        rating: Some(7),
    };
    store.close_setback_on(setback, closed_on, &draft)?;
    let mut records = 1;
    for (after, rating, note) in [
        (30, 6, "Still stings, less often."),
        (
            90,
            4,
            "The cross-team project is going well; I asked for it myself.",
        ),
        (365, 2, "It was the push I needed."),
    ] {
        let on = shift_days(closed_on, after);
        if on <= today {
            store.add_lookback(setback, on, rating, note)?;
            records += 1;
        }
    }
    Ok(records)
}
