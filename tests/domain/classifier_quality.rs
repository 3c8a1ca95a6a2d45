//! How often the root-cause classifier, reading a setback's words alone, agrees with the cause
//! a person gave it, on labelled stories in `tests/data/`.
//!
//! See the figures with:
//!
//! ```text
//! cargo test --test domain classifier_quality:: -- --nocapture
//! ```
//!
//! `classifier_tuning.toml` is the set the cue words were tuned on: it must stay at 85% or
//! more, and the stories it misreads are listed (set `BOUNCE_CLASSIFIER_VERBOSE=1` to see
//! every story's scores and reasons). It is also printed part by part: the first tuning
//! stories, then each untouched set retired into it, in order, so that a change can be
//! seen to help sets it was not made for.
//!
//! `classifier_holdout.toml` was never tuned on, and only its figure is printed. It was
//! written before any cue existed, but the same hand then wrote the cues, so shared wording
//! may flatter it. It fails only below 60%.
//!
//! `classifier_untouched.toml` is the untouched set: stories written by someone who has not
//! seen the classifier, measured once, and never tuned on. Its figure is printed, and it is
//! the honest one. It fails only at chance level (a third) or below, which would mean the
//! classifier is broken rather than weak. When its misses are studied, it retires into the
//! tuning set and a new one takes its place. First runs so far, each after the round of
//! tuning before it: 14 of 24 (58.3%), 18 of 24 (75.0%, but 15 on evidence), 18 of 24
//! (75.0%), 12 of 24 (50.0%), 16 of 27 (59.3%), and the current set of 36, written without
//! sight of the classifier or the other sets, after the seventh round (verb forms, endings
//! like "without *ing", cue families chosen by meaning): 28 of 36 (77.8%). Most misses were
//! stories told through concrete events, where few cue words appear. The current set of 48
//! (16 per cause), written the same way, came after the eighth round (knowable risks,
//! praised talents, expected grief, crisis years): 42 of 48 (87.5%) on its first run; in 2
//! of them no word pointed anywhere.
//!
//! `leave_one_set_out_estimate` (slow, so it runs with `-- --ignored`) prints, for each part
//! of the tuning file and the holdout, the agreement without the cues that no other part
//! (or fewer than three other stories) uses: a rough guess at what a set would score had
//! the tuning never seen it. It flatters too, since weights were tuned on every part at
//! once; the first runs above are the sober figures.

use bounce::domain::root_cause::{
    Cause, Classification, Rules, TextSource, classify, classify_with, setback_sources,
};
use bounce::domain::setback::{Event, Setback};
use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

const TUNING: &str = include_str!("../data/classifier_tuning.toml");
const HOLDOUT: &str = include_str!("../data/classifier_holdout.toml");
const UNTOUCHED: &str = include_str!("../data/classifier_untouched.toml");

#[derive(Deserialize)]
struct Stories {
    story: Vec<Story>,
}

#[derive(Deserialize)]
struct Story {
    label: String,
    title: String,
    summary: String,
    #[serde(default)]
    events: Vec<StoryEvent>,
}

#[derive(Deserialize)]
struct StoryEvent {
    date: Option<NaiveDate>,
    #[serde(default)]
    what: String,
    #[serde(default)]
    thought: String,
    #[serde(default)]
    felt: String,
}

fn read(set: &str) -> Vec<Story> {
    let stories: Stories = toml::from_str(set).expect("stories parse");
    stories.story
}

/// Classifies a story as `bounce classify` would a setback with these words and no answers.
fn classify_story(story: &Story) -> Classification {
    classify(&story_sources(story), &[])
}

/// The texts `bounce classify` would read for a setback with this story's words.
fn story_sources(story: &Story) -> Vec<TextSource> {
    let first = NaiveDate::from_ymd_opt(2025, 1, 6).expect("a real date");
    let setback = Setback {
        id: Uuid::nil(),
        title: story.title.clone(),
        date: first,
        summary: story.summary.clone(),
        reflection: String::new(),
        event_count: story.events.len() as u32,
        cause: None,
        closed_on: None,
    };
    let events: Vec<Event> = story
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| Event {
            id: Uuid::nil(),
            setback_id: Uuid::nil(),
            date: e.date.unwrap_or(first + chrono::Days::new(i as u64)),
            time: None,
            position: i as i64,
            what: e.what.clone(),
            who: String::new(),
            thought: e.thought.clone(),
            felt: e.felt.clone(),
        })
        .collect();
    setback_sources(&setback, &events, &[])
}

/// The share of stories whose suggested cause matches their label, printing the misses
/// when `show_misses` is set. A story where no word pointed anywhere does not count as
/// agreeing, even when the tie order happens to pick its label.
fn agreement(name: &str, stories: &[Story], show_misses: bool) -> f64 {
    let verbose = show_misses && std::env::var_os("BOUNCE_CLASSIFIER_VERBOSE").is_some();
    let (mut agreed, mut blank) = (0, 0);
    for story in stories {
        let expected = Cause::from_key(&story.label).expect("a known label");
        let result = classify_story(story);
        let evidence = result.points.iter().any(|(_, p)| p != 0.0);
        let agrees = evidence && result.suggested == expected;
        agreed += usize::from(agrees);
        blank += usize::from(!evidence);
        if show_misses && (verbose || !agrees) {
            print_story(story, &result, agrees);
        }
    }
    let share = agreed as f64 / stories.len() as f64;
    println!(
        "{name}: {agreed} of {} stories agree on text alone ({:.1}%); \
         in {blank} no word pointed anywhere",
        stories.len(),
        share * 100.0
    );
    share
}

fn print_story(story: &Story, result: &Classification, agrees: bool) {
    println!(
        "  {} {:?} ({}): {} suggested, {} (T {:.2} E {:.2} U {:.2})",
        if agrees { "agreed" } else { "missed" },
        story.title,
        story.label,
        result.suggested.key(),
        result.confidence,
        result.scores.tactical,
        result.scores.emotional,
        result.scores.unforeseen,
    );
    let shown = if std::env::var_os("BOUNCE_CLASSIFIER_VERBOSE").is_some() {
        result.reasons.len()
    } else {
        6
    };
    for reason in result.reasons.iter().take(shown) {
        println!("      {reason}");
    }
}

fn per_cause(stories: &[Story]) -> [usize; 3] {
    Cause::ALL.map(|c| stories.iter().filter(|s| s.label == c.key()).count())
}

/// The line that opens each set of stories retired into the tuning file.
const RETIRED: &str =
    "# ------------------------------------------------------------ retired from measurement";

/// The tuning file cut into the sets it was built from: the first tuning stories, then each
/// retired untouched set in the order it retired.
fn tuning_parts() -> Vec<(String, Vec<Story>)> {
    TUNING
        .split(RETIRED)
        .enumerate()
        .map(|(i, part)| {
            let name = match i {
                0 => "  first tuning stories".to_string(),
                n => format!("  retired set {n}"),
            };
            (name, read(part))
        })
        .collect()
}

#[test]
fn tuning_set_agrees_at_least_85_percent() {
    let stories = read(TUNING);
    assert!(
        per_cause(&stories).iter().all(|&n| n >= 15),
        "15 stories per cause"
    );
    let share = agreement("tuning set", &stories, true);
    // Each part apart, so that a change can be seen to help sets it was not made for.
    for (name, part) in tuning_parts() {
        agreement(&name, &part, false);
    }
    assert!(
        share >= 0.85,
        "tuning agreement {:.1}% is below 85%",
        share * 100.0
    );
}

#[test]
fn holdout_set_agreement() {
    let stories = read(HOLDOUT);
    assert!(
        per_cause(&stories).iter().all(|&n| n >= 5),
        "5 stories per cause"
    );
    let share = agreement("holdout set (never tuned on)", &stories, false);
    assert!(
        share >= 0.60,
        "holdout agreement {:.1}% is below 60%",
        share * 100.0
    );
}

#[test]
fn untouched_set_agreement() {
    let stories = read(UNTOUCHED);
    // Whoever writes the next set chooses its size; it needs 15 stories and every cause.
    assert!(
        stories.len() >= 15 && per_cause(&stories).iter().all(|&n| n >= 4),
        "15 stories, 4 or more per cause"
    );
    let share = agreement("untouched set (never tuned on)", &stories, false);
    assert!(
        share > 1.0 / 3.0,
        "untouched agreement {:.1}% is no better than chance",
        share * 100.0
    );
}

const CLASSIFIER: &str = include_str!("../../assets/classifier.toml");

/// `assets/classifier.toml` with only the cues `keep` allows, as rules.
fn rules_keeping(keep: impl Fn(usize) -> bool) -> Rules {
    let (mut file, cues) = classifier_and_cues();
    let kept = cues
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .map(|(_, cue)| cue)
        .collect();
    file.insert("cues".into(), toml::Value::Array(kept));
    Rules::from_toml(&toml::to_string(&file).expect("serialises")).expect("rules read")
}

/// `assets/classifier.toml` without its cues, and the cues apart.
fn classifier_and_cues() -> (toml::Table, Vec<toml::Value>) {
    let mut file: toml::Table = toml::from_str(CLASSIFIER).expect("classifier parses");
    let cues = match file.remove("cues") {
        Some(toml::Value::Array(cues)) => cues,
        _ => Vec::new(),
    };
    (file, cues)
}

/// For each story of each set, the cues that move its points when read alone.
fn cues_moving(sets: &[(String, Vec<Story>)]) -> Vec<Vec<Vec<usize>>> {
    let sources: Vec<Vec<Vec<TextSource>>> = sets
        .iter()
        .map(|(_, stories)| stories.iter().map(story_sources).collect())
        .collect();
    let mut moved: Vec<Vec<Vec<usize>>> = sets
        .iter()
        .map(|(_, stories)| vec![Vec::new(); stories.len()])
        .collect();
    let (file, cues) = classifier_and_cues();
    for (cue, value) in cues.into_iter().enumerate() {
        let mut one = file.clone();
        one.insert("cues".into(), toml::Value::Array(vec![value]));
        let rules =
            Rules::from_toml(&toml::to_string(&one).expect("serialises")).expect("one cue reads");
        for (set, moved) in sources.iter().zip(&mut moved) {
            for (texts, moved) in set.iter().zip(moved.iter_mut()) {
                let result = classify_with(&rules, bounce::assets::questionnaire(), texts, &[]);
                if result.points.iter().any(|(_, p)| p != 0.0) {
                    moved.push(cue);
                }
            }
        }
    }
    moved
}

fn agreed_with(rules: &Rules, stories: &[Story]) -> usize {
    let questionnaire = bounce::assets::questionnaire();
    stories
        .iter()
        .filter(|story| {
            let result = classify_with(rules, questionnaire, &story_sources(story), &[]);
            let evidence = result.points.iter().any(|(_, p)| p != 0.0);
            evidence && Some(result.suggested) == Cause::from_key(&story.label)
        })
        .count()
}

/// A leave-one-set-out estimate: each set is classified again without the cues that move
/// points in its stories and in no other tuning set's, as if the tuning had never seen it.
/// It shows how much of each set's figure rests on words found for it alone, and fails only
/// when a set falls to chance level. It classifies every story once per cue, so it runs
/// when asked: `cargo test --test domain classifier_quality:: -- --ignored --nocapture`.
#[test]
#[ignore = "slow: run with --ignored to print the leave-one-set-out estimate"]
fn leave_one_set_out_estimate() {
    let mut sets = tuning_parts();
    sets.push(("  holdout set".to_string(), read(HOLDOUT)));
    let tuned = sets.len() - 1;
    let moved = cues_moving(&sets);
    // How many stories of the tuning sets other than `left_out` each cue moves.
    let support = |left_out: usize, cue: usize| -> usize {
        (0..tuned)
            .filter(|&s| s != left_out)
            .map(|s| moved[s].iter().filter(|m| m.contains(&cue)).count())
            .sum()
    };
    println!("leave one set out: each set without the cues that few other stories use");
    for (left_out, (name, stories)) in sets.iter().enumerate() {
        let mine: std::collections::BTreeSet<usize> =
            moved[left_out].iter().flatten().copied().collect();
        let mut line = format!("{name}:");
        for fewer_than in [1, 3] {
            let own: Vec<usize> = mine
                .iter()
                .copied()
                .filter(|&cue| support(left_out, cue) < fewer_than)
                .collect();
            let agreed = agreed_with(&rules_keeping(|i| !own.contains(&i)), stories);
            assert!(
                agreed * 3 > stories.len(),
                "{name} is no better than chance without its own cues"
            );
            line += &format!(
                " {agreed} of {} ({:.1}%) without {} cues used by fewer than {fewer_than} other stories;",
                stories.len(),
                agreed as f64 * 100.0 / stories.len() as f64,
                own.len()
            );
        }
        println!("{}", line.trim_end_matches(';'));
    }
}
