//! Moving forward in `bounce demo`: what the setbacks gave (a skill, a person), the support
//! network named in the demo goals' steps, ideas weighed in the funnel (one set aside, one
//! grown into a goal), reframes of harsh thoughts, and more of each for a journal at scale.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::dates::shift_days;
use crate::domain::forward::Verdict::{self, Maybe, No, Yes};
use crate::domain::forward::{Help, PersonDraft, Question};
use crate::domain::setback::StrengthKind as Kind;
use crate::store::{Result, Store};

const LAYOFF: &str = "Laid off when the platform team was cut";
const PASSED_OVER: &str = "Passed over for the team lead role";
const LAUNCH: &str = "The invoicing app nobody used";

/// What the demo setbacks gave, by the setback's title; the person joins the network.
#[rustfmt::skip]
const GAINED: &[(&str, Kind, &str)] = &[
    (LAYOFF, Kind::Skill, "Saying plainly what four people can and cannot do, before the deadline, not after"),
    (LAUNCH, Kind::Skill, "Talking to customers, which I had dodged for a whole year"),
    (LAYOFF, Kind::Person, "Tom, the recruiter Mei put me in touch with, who reads a CV like a story"),
];

struct Contact {
    name: &'static str,
    helps: &'static [Help],
    note: &'static str,
    /// Days since last in touch, where no ticked step says so.
    last_ago: Option<i64>,
}

/// The people the demo goals' steps name ("Write to Mei ...", "Ask Jonas ..."), so those
/// steps link to them and ticking one counts as being in touch.
#[rustfmt::skip]
const PEOPLE: &[Contact] = &[
    Contact { name: "Ana", helps: &[Help::Advice, Help::Listening],
        note: "Friend since university. Listens first, fixes later, if at all.", last_ago: Some(0) },
    Contact { name: "Mei", helps: &[Help::Introductions, Help::Feedback],
        note: "Paired on her first production deploy; now on the payments team.", last_ago: None },
    Contact { name: "Jonas", helps: &[Help::Introductions],
        note: "Inherited our services. Knows who from the old platform team is looking.", last_ago: Some(60) },
    Contact { name: "Priya", helps: &[Help::Feedback, Help::Advice],
        note: "My manager on the platform team. Said yes to being a reference, on a call three weeks ago.",
        last_ago: Some(21) },
];

/// Where an idea ends up in the demo.
enum Fate {
    Open,
    Aside,
    /// Grown into a goal this many days ago, with these first steps.
    Goal(i64, &'static [&'static str]),
}

type Answer = Option<(Verdict, &'static str)>;

/// Ideas in the funnel: each with its answers to realistic, values and happy.
#[rustfmt::skip]
const IDEAS: &[(&str, [Answer; 3], Fate)] = &[
    ("Move into developer tooling, where the build work is the whole job", [
        Some((Yes, "Three teams I'd like to work with are hiring for it")),
        Some((Yes, "Making other engineers' days easier is what I care about")),
        Some((Yes, "Untangling the old build scripts was the best part of the job")),
    ], Fate::Open),
    ("Volunteer at the coding club on Saturday mornings", [
        Some((Yes, "Two hours a week, one bus ride away")),
        Some((Yes, "Helping people start is why I like teaching")),
        Some((Maybe, "")),
    ], Fate::Goal(8, &["Write to the organiser about the Saturday sessions"])),
    ("Write a short book about good handovers", [
        Some((Maybe, "Evenings only, and it would take a year")),
        Some((Yes, "Leaving things better than I found them")),
        None,
    ], Fate::Open),
    ("Freelance on deploy pipelines for small teams", [
        Some((No, "No clients yet, and four months of savings")),
        Some((Maybe, "Independence, but selling again")),
        Some((Maybe, "The invoicing app taught me I don't love selling")),
    ], Fate::Open),
    ("A master's in human-computer interaction", [None, None, None], Fate::Open),
    ("Move to Lisbon for a year and work remotely", [
        Some((Maybe, "Only with a remote job first")),
        None,
        Some((Yes, "Lena makes it sound wonderful")),
    ], Fate::Aside),
];

/// Harsh thoughts about the demo setbacks, and their kinder words (the last not found yet).
#[rustfmt::skip]
const REFRAMES: &[(&str, &str, &str)] = &[
    (LAYOFF, "I should have seen it coming. I was naive.",
        "The signs only line up in hindsight. I trusted people I had good reason to trust, \
         and I'm learning to ask the direct question sooner."),
    (PASSED_OVER, "I'm not leadership material.",
        "I'm not a people manager yet, and I may not want to be. I lead best through the work itself."),
    (LAUNCH, "I wasted two years on something nobody wanted.", ""),
];

/// The demo setback titled `title`.
fn setback_titled(store: &Store, title: &str) -> Result<Option<Uuid>> {
    Ok(store
        .setbacks()?
        .into_iter()
        .find(|s| s.title == title)
        .map(|s| s.id))
}

/// Writes what the setbacks gave and the support network; run before the goals, so their
/// steps name people who are there. Returns the records it made.
pub(super) fn add_people(store: &Store, today: NaiveDate) -> Result<u64> {
    let mut records = 0;
    for (title, kind, text) in GAINED {
        let Some(setback) = setback_titled(store, title)? else {
            continue;
        };
        let strength = store.add_strength(setback, *kind, text)?;
        records += 1;
        if *kind == Kind::Person {
            let person = store.add_person_from_strength(strength.id)?;
            let draft = PersonDraft {
                name: person.name,
                helps: vec![Help::Advice, Help::Introductions],
                note: person.note,
            };
            store.update_person(person.id, &draft)?;
            records += 1;
        }
    }
    for contact in PEOPLE {
        let draft = PersonDraft {
            name: contact.name.into(),
            helps: contact.helps.to_vec(),
            note: contact.note.into(),
        };
        let person = store.add_person(&draft)?;
        if let Some(ago) = contact.last_ago {
            store.touch_person(person.id, shift_days(today, -ago))?;
        }
        records += 1;
    }
    Ok(records)
}

/// Writes the ideas (weighed, one set aside, one grown into a goal) and the reframes.
pub(super) fn add_ideas_and_reframes(store: &Store, today: NaiveDate) -> Result<u64> {
    let mut records = 0;
    for (text, answers, fate) in IDEAS {
        let idea = store.add_idea(text)?;
        records += 1;
        for (question, answer) in Question::ALL.into_iter().zip(answers) {
            if let Some((verdict, note)) = answer {
                store.weigh_idea(idea.id, question, Some(*verdict), note)?;
            }
        }
        match fate {
            Fate::Open => {}
            Fate::Aside => {
                store.set_idea_aside(idea.id, true)?;
            }
            Fate::Goal(ago, steps) => {
                let goal = store.promote_idea(idea.id, shift_days(today, -ago))?;
                for step in *steps {
                    store.add_step(goal.id, step, None, today)?;
                }
                records += 1 + steps.len() as u64;
            }
        }
    }
    for (title, thought, kinder) in REFRAMES {
        if let Some(setback) = setback_titled(store, title)? {
            store.add_reframe(setback, thought, kinder)?;
            records += 1;
        }
    }
    Ok(records)
}

const PAST_IDEAS: &[&str] = &[
    "Take the staff engineer interview loop at a bigger company",
    "Run a monthly meetup on build tooling",
    "Learn enough design to build my own landing pages",
    "Join a small company as its first platform engineer",
    "Spend a month on open source, full time",
    "Coach new engineers through their first on-call week",
    "Write one blog post a month about what I'm learning",
];

const PAST_THOUGHTS: &[(&str, &str)] = &[
    (
        "Everyone else has it figured out.",
        "Most people are figuring it out too; they just don't post about it.",
    ),
    (
        "I'm too old to start over.",
        "I'm not starting over. I'm starting from everything I know.",
    ),
    ("Nobody will hire me now.", ""),
];

/// One more idea for a journal at scale, weighed more fully the older it is, with every
/// fourth set aside and every third bringing a reframe on one of `setbacks`.
pub(super) fn add_past(store: &Store, index: usize, setbacks: &[Uuid]) -> Result<u64> {
    let idea = store.add_idea(PAST_IDEAS[index % PAST_IDEAS.len()])?;
    let mut records = 1;
    for (i, question) in Question::ALL.into_iter().take(index % 4).enumerate() {
        let verdict = Verdict::ALL[(index + i) % Verdict::ALL.len()];
        store.weigh_idea(idea.id, question, Some(verdict), "")?;
    }
    if index % 4 == 3 {
        store.set_idea_aside(idea.id, true)?;
    }
    if index % 3 == 0 && !setbacks.is_empty() {
        let (thought, kinder) = PAST_THOUGHTS[(index / 3) % PAST_THOUGHTS.len()];
        store.add_reframe(setbacks[index % setbacks.len()], thought, kinder)?;
        records += 1;
    }
    Ok(records)
}

const FIRST_NAMES: &[&str] = &[
    "Noor", "Kenji", "Ines", "Dara", "Femi", "Hana", "Luca", "Maren", "Omar", "Rosa", "Sven",
];
const FAMILY_NAMES: &[&str] = &[
    "Haddad", "Sato", "Ferreira", "Quinn", "Adeyemi", "Novak", "Bianchi", "Lund", "Rahman",
];

/// For a journal at scale: one more person for every two months of it, last in touch
/// somewhere along the way. Added after the steps, so old steps keep their links.
pub(super) fn add_people_at_scale(store: &Store, today: NaiveDate, days: i64) -> Result<u64> {
    let count = usize::try_from(days / 60).unwrap_or(0);
    for i in 0..count {
        let first = FIRST_NAMES[i % FIRST_NAMES.len()];
        let family = FAMILY_NAMES[(i / FIRST_NAMES.len()) % FAMILY_NAMES.len()];
        let draft = PersonDraft {
            name: format!("{first} {family}"),
            helps: vec![Help::ALL[i % Help::ALL.len()]],
            note: String::new(),
        };
        let person = store.add_person(&draft)?;
        if i % 5 != 4 {
            let ago = 60 * (i as i64 + 1) + 7 * (i % 8) as i64;
            store.touch_person(person.id, shift_days(today, -ago))?;
        }
    }
    Ok(count as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::forward::IdeaStatus;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    /// The demo journal's setbacks, network, goals, ideas and reframes, in `fill`'s order.
    fn demo_store() -> Store {
        let store = Store::open_in_memory().unwrap();
        store
            .write(|s| {
                super::super::demo_setbacks::add_all(s, today())?;
                add_people(s, today())?;
                super::super::demo_goals::add_all(s, today())?;
                add_ideas_and_reframes(s, today())
            })
            .unwrap();
        store
    }

    #[test]
    fn the_setbacks_gave_a_skill_and_a_person_who_joined_the_network() {
        let store = demo_store();
        let mut kinds = Vec::new();
        for setback in store.setbacks().unwrap() {
            kinds.extend(
                store
                    .strengths(setback.id)
                    .unwrap()
                    .into_iter()
                    .map(|s| s.kind),
            );
        }
        assert_eq!(kinds.iter().filter(|k| **k == Kind::Skill).count(), 2);
        assert_eq!(kinds.iter().filter(|k| **k == Kind::Person).count(), 1);
        let people = store.people().unwrap();
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Jonas", "Mei", "Priya", "Tom"]);
        let tom = &people[4];
        assert!(tom.note.contains("recruiter") && !tom.helps.is_empty());
    }

    #[test]
    fn steps_that_name_people_link_them_and_ticks_keep_in_touch() {
        let store = demo_store();
        let people = store.people().unwrap();
        let days: Vec<Option<i64>> = people
            .iter()
            .map(|p| p.days_since_contact(today()))
            .collect();
        // Ana, Jonas, Mei (a step ticked 30 days ago), Priya, Tom (a coffee 12 days ago).
        assert_eq!(days, [Some(0), Some(60), Some(30), Some(21), Some(12)]);
        let jonas = people[1].id;
        let mut open_for_jonas = 0;
        for goal in store.goals(crate::domain::goal::GoalState::Active).unwrap() {
            for step in store.steps(goal.id).unwrap() {
                if step.person_id == Some(jonas) && !step.is_done() {
                    open_for_jonas += 1;
                }
            }
        }
        assert_eq!(open_for_jonas, 1, "an open step asks Jonas");
    }

    #[test]
    fn the_funnel_holds_ideas_in_every_place() {
        let store = demo_store();
        let open = store.ideas(IdeaStatus::Open).unwrap();
        assert_eq!(open.len(), 4);
        assert_eq!(open[0].score(), 6, "best first");
        assert_eq!(open.last().unwrap().answered(), 0);
        assert_eq!(store.ideas(IdeaStatus::NotNow).unwrap().len(), 1);
        let promoted = store.ideas(IdeaStatus::Promoted).unwrap();
        let goal = store.goal(promoted[0].goal_id.unwrap()).unwrap().unwrap();
        assert!(goal.why.contains("Helping people start"), "{}", goal.why);
        assert_eq!(goal.started_on, shift_days(today(), -8));
    }

    #[test]
    fn every_setback_has_a_reframe_and_one_waits_for_kinder_words() {
        let store = demo_store();
        let mut waiting = 0;
        for setback in store.setbacks().unwrap() {
            let reframes = store.reframes(setback.id).unwrap();
            assert_eq!(reframes.len(), 1, "{}", setback.title);
            waiting += usize::from(reframes[0].kinder.is_empty());
        }
        assert_eq!(waiting, 1);
    }
}
