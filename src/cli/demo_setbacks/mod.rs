//! The setbacks `bounce demo` writes: three debriefs told in full, one for each kind of root
//! cause (a restructuring nobody could stop, a role the heart was not in, a launch rushed).

mod examples;

use chrono::{NaiveDate, NaiveTime};

use crate::domain::dates::shift_days;
use crate::domain::root_cause::Cause;
use crate::domain::setback::{
    EventDraft, GriefStage as Grief, SetbackDraft, Story, StrengthKind as Kind,
    TransformationStage as Change,
};
use crate::store::{Result, Store};
use examples::{LAUNCH, LAYOFF, PASSED_OVER};

struct Example {
    title: &'static str,
    days_ago: i64,
    summary: &'static str,
    reflection: &'static str,
    /// In the order a person might remember them, not in date order.
    events: &'static [Moment],
    answers: &'static [(&'static str, &'static str)],
    strengths: &'static [(Kind, &'static str)],
    lessons: &'static [&'static str],
    /// Situation, action, result, learning.
    story: Option<[&'static str; 4]>,
    checkins: &'static [(i64, Option<Grief>, Option<Change>, &'static str)],
}

struct Moment {
    days_ago: i64,
    time: Option<(u32, u32)>,
    what: &'static str,
    who: &'static str,
    thought: &'static str,
    felt: &'static str,
}

const fn at(days_ago: i64, time: Option<(u32, u32)>, what: &'static str) -> Moment {
    Moment {
        days_ago,
        time,
        what,
        who: "",
        thought: "",
        felt: "",
    }
}

impl Moment {
    const fn with(self, who: &'static str, thought: &'static str, felt: &'static str) -> Moment {
        Moment {
            who,
            thought,
            felt,
            ..self
        }
    }
}

const EXAMPLES: [&Example; 3] = [&LAYOFF, &PASSED_OVER, &LAUNCH];

/// The root cause decided for each example, with its follow-up; the last is left open, for a
/// newcomer to work through in the Root cause pane.
const DECISIONS: [Option<(Cause, &str)>; 3] = [
    Some((
        Cause::Unforeseen,
        "Keep my network warm and my CV current in the good years too. A team can be closed \
         whatever its work was like; what I can shape is how ready I am to move.",
    )),
    Some((
        Cause::Emotional,
        "It released me from a path I took because it looked like the next step. I want work \
         where I still build things myself, and a title that follows from that.",
    )),
    None,
];

/// Writes the example setbacks and returns how many records that made.
pub(super) fn add_all(store: &Store, today: NaiveDate) -> Result<u64> {
    let mut records = 0;
    for (example, decision) in EXAMPLES.iter().zip(DECISIONS) {
        let (id, count) = add(store, today, example)?;
        records += count;
        if let Some((cause, note)) = decision {
            store.confirm_cause(id, Some(cause))?;
            store.set_follow_up(id, &[], note)?;
            records += 1;
        }
    }
    Ok(records)
}

fn add(store: &Store, today: NaiveDate, ex: &Example) -> Result<(uuid::Uuid, u64)> {
    let day = |ago: i64| shift_days(today, -ago);
    let draft = SetbackDraft {
        title: ex.title.into(),
        date: Some(day(ex.days_ago)),
        summary: ex.summary.into(),
    };
    let id = store.add_setback(&draft, today)?.id;
    for m in ex.events {
        let event = EventDraft {
            date: Some(day(m.days_ago)),
            time: m
                .time
                .and_then(|(h, min)| NaiveTime::from_hms_opt(h, min, 0)),
            what: m.what.into(),
            who: m.who.into(),
            thought: m.thought.into(),
            felt: m.felt.into(),
        };
        store.add_event(id, &event, today)?;
    }
    for (question, answer) in ex.answers {
        store.set_answer(id, question, answer)?;
    }
    if !ex.reflection.is_empty() {
        store.set_reflection(id, ex.reflection)?;
    }
    for (kind, text) in ex.strengths {
        store.add_strength(id, *kind, text)?;
    }
    for lesson in ex.lessons {
        store.add_lesson(id, lesson)?;
    }
    if let Some([situation, action, result, learning]) = ex.story {
        let story = Story {
            situation: situation.into(),
            action: action.into(),
            result: result.into(),
            learning: learning.into(),
        };
        store.set_story(id, &story)?;
    }
    for (ago, grief, change, note) in ex.checkins {
        store.add_checkin(id, day(*ago), *grief, *change, note)?;
    }
    let parts = [
        ex.events.len(),
        ex.answers.len(),
        ex.strengths.len(),
        ex.lessons.len(),
        usize::from(ex.story.is_some()),
        ex.checkins.len(),
    ];
    Ok((id, 1 + parts.iter().map(|&n| n as u64).sum::<u64>()))
}

/// Older setbacks for a journal at scale, one told briefly for each few months of it.
const PAST: &[(&str, &str)] = &[
    (
        "A contract that was not renewed",
        "The client moved the work in-house after two years.",
    ),
    (
        "Turned down after the final interview",
        "Four rounds, good signals, and a short email at the end.",
    ),
    (
        "A talk that fell flat",
        "Half the room left before the questions.",
    ),
    (
        "The reorganisation that moved me sideways",
        "Same title, half the scope, a new manager I never met.",
    ),
    (
        "A course I did not finish",
        "I paid for it, did the first month, and let it slide.",
    ),
];

const PAST_EVENTS: &[(&str, &str)] = &[
    (
        "Heard the news in a short call",
        "Cold, then busy with practical things",
    ),
    (
        "Told a friend over dinner",
        "Lighter for saying it out loud",
    ),
    (
        "Read back my notes from the weeks before",
        "Saw the signs I had explained away",
    ),
    ("Wrote down what I would keep from it", "Steadier"),
];

/// One older setback, `index` in the series, filed on `date`, with a few events, two
/// answers, a lesson and a check-in. Returns the records it made.
pub(super) fn add_past(
    store: &Store,
    index: usize,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<u64> {
    let (title, summary) = PAST[index % PAST.len()];
    let draft = SetbackDraft {
        title: title.into(),
        date: Some(date),
        summary: summary.into(),
    };
    let id = store.add_setback(&draft, today)?.id;
    let events = 2 + index % 3;
    for (i, (what, felt)) in PAST_EVENTS.iter().take(events).enumerate() {
        let event = EventDraft {
            date: Some(shift_days(date, 3 * i as i64)),
            time: None,
            what: (*what).into(),
            who: String::new(),
            thought: String::new(),
            felt: (*felt).into(),
        };
        store.add_event(id, &event, today)?;
    }
    store.set_answer(
        id,
        "learned",
        "That one door closing says little about the next one.",
    )?;
    store.set_answer(
        id,
        "differently",
        "Ask for honest feedback earlier, while it can still help.",
    )?;
    store.add_lesson(
        id,
        "Keep a list of what went well, so a hard week does not rewrite it",
    )?;
    let change = Some(Change::LettingGo);
    store.add_checkin(
        id,
        shift_days(date, 30),
        Some(Grief::Acceptance),
        change,
        "At peace with it.",
    )?;
    Ok(1 + events as u64 + 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_use_the_question_keys_and_nothing_lies_ahead() {
        let keys: Vec<&str> = crate::assets::debrief()
            .questions
            .iter()
            .map(|q| q.key.as_str())
            .collect();
        for ex in EXAMPLES {
            assert!(
                ex.answers.iter().all(|(k, _)| keys.contains(k)),
                "{}",
                ex.title
            );
            assert!((5..=10).contains(&ex.events.len()), "{}", ex.title);
            assert!(ex.events.iter().all(|m| m.days_ago >= 0));
            assert!(
                ex.checkins
                    .iter()
                    .all(|c| c.0 >= 0 && (c.1.is_some() || c.2.is_some()))
            );
        }
    }

    #[test]
    fn every_example_is_written_in_full() {
        let store = Store::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let records = store.write(|s| add_all(s, today)).unwrap();
        let setbacks = store.setbacks().unwrap();
        assert_eq!(setbacks.len(), 3);
        assert_eq!(setbacks[0].title, LAYOFF.title, "newest first");
        let events = store.events(setbacks[0].id).unwrap();
        assert!(
            events
                .windows(2)
                .all(|w| (w[0].date, w[0].time) <= (w[1].date, w[1].time))
        );
        let stories = setbacks
            .iter()
            .filter(|s| !store.story(s.id).unwrap().is_empty());
        assert_eq!(stories.count(), 2);
        assert!(records > 60, "{records}");
    }
}
