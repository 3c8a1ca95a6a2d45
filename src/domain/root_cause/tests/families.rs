//! Unit tests of verb forms, endings, and the asset's cue families by meaning: each reads
//! as its cause, and each is cancelled or turned as its negation says.

use super::*;

/// A rule set of its own for the matching rules, so these do not move when the asset is tuned.
const FORMS: &str = r#"
    clause_words = []
    contraction_endings = [["n't", "not"]]
    [scoring]
    text_scale = 1.0
    temperature = 1.0
    [confidence]
    clear_top = 0.6
    clear_margin = 0.25
    leaning_margin = 0.1
    [negation]
    window = 3
    words = ["not", "never"]
    [contractions]
    [agency]
    me = ["i"]
    others = ["they"]
    articles = ["the"]
    passive = ["was"]
    objects = ["me"]
    between = []
    leads = []
    reach = 2
    [[cues]]
    words = ["collapse|flood|admit|worry"]
    unforeseen = 1.0
    [[cues]]
    words = ["sign"]
    tactical = 1.0
    [[cues]]
    words = ["without warning"]
    [[cues]]
    words = ["without *ing"]
    tactical = 1.0
"#;

fn forms(text: &str) -> Scores {
    let rules = Rules::from_toml(FORMS).expect("the forms rules parse");
    classify_with(&rules, &Questionnaire::default(), &words(text), &[]).points
}

/// Points from the asset's own rules.
fn asset(text: &str) -> Scores {
    classify(&words(text), &[]).points
}

#[test]
fn longer_words_read_their_verb_forms() {
    for text in [
        "The bank collapsed",
        "collapsing",
        "It flooded",
        "flooding",
        "I admitted it",
        "admitting",
        "We worried",
    ] {
        assert_eq!(forms(text).unforeseen, 1.0, "{text}");
    }
    assert_eq!(forms("The floodlights").unforeseen, 0.0, "not any ending");
    assert_eq!(forms("Collapsible chairs").unforeseen, 0.0);
    assert_eq!(
        forms("I was signing").tactical,
        0.0,
        "four letters list their forms"
    );
    assert_eq!(
        forms("It never flooded").unforeseen,
        0.0,
        "negation still applies"
    );
}

#[test]
fn an_ending_reads_a_kind_of_word() {
    assert_eq!(forms("Gave it without opening the chart").tactical, 1.0);
    assert_eq!(forms("without reading").tactical, 1.0);
    assert_eq!(
        forms("without warning").tactical,
        0.0,
        "claimed by its own cue"
    );
    assert_eq!(forms("without a ring").tactical, 0.0, "not next to it");
    assert_eq!(
        forms("without king").tactical,
        0.0,
        "three letters before the ending"
    );
    assert_eq!(
        forms("I would not go without checking").tactical,
        0.0,
        "negated, and no `not` table"
    );
    let bad = FORMS.replace("without *ing", "without *g");
    assert!(Rules::from_toml(&bad).is_err(), "an ending of one letter");
    let bad = FORMS.replace("without *ing", "without *Ing");
    assert!(Rules::from_toml(&bad).is_err(), "an upper-case ending");
}

#[test]
fn doing_without_the_first_step_is_mine_and_being_done_without_a_word_is_not() {
    assert!(asset("Gave the dose without opening the chart.").tactical > 0.0);
    let done_to_us = asset("They moved our shifts without telling us.");
    assert!(done_to_us.unforeseen > done_to_us.tactical);
    assert!(asset("The shop closed without warning.").unforeseen >= 2.0);
}

#[test]
fn going_ahead_and_overconfidence_read_tactical_and_their_negation_does_not() {
    for text in [
        "We went ahead anyway.",
        "I pressed on.",
        "I took her word for it.",
        "I felt invincible.",
        "Go big or go home.",
        "If only I had asked.",
        "Angry with myself.",
        "I never even checked the figures.",
        "I didn't properly read the contract.",
        "Dad would have waited.",
    ] {
        let p = asset(text);
        assert!(
            p.tactical > p.emotional && p.tactical > p.unforeseen,
            "{text}: {p:?}"
        );
    }
    for text in [
        "We did not go ahead.",
        "I never felt invincible.",
        "Not angry with myself.",
    ] {
        assert_eq!(asset(text), Scores::default(), "{text}");
    }
}

#[test]
fn paths_chosen_for_others_and_endings_that_rest_read_emotional() {
    for text in [
        "I only stood because the others pushed me.",
        "I started it because I could write the code.",
        "Because her teacher said so.",
        "My school said it would be a waste.",
        "It sounded serious.",
        "I've wanted to work with trees since I was twelve.",
        "Took over the family farm.",
        "Slept well that night.",
        "Went back to bed.",
        "Light.",
        "I didn't miss the music at all.",
        "I didn't apply again.",
        "I don't look at the clock.",
        "I watched the clock all day.",
        "I did it for the money.",
        "I slept through for the first time in years.",
        "Now I get to teach again.",
        "I don't regret it.",
        "No regrets.",
    ] {
        let p = asset(text);
        assert!(
            p.emotional > p.tactical && p.emotional > p.unforeseen,
            "{text}: {p:?}"
        );
    }
    for text in [
        "Haven't slept well since.",
        "In light of the figures.",
        "Since I was hired.",
        "The money we had saved.",
        "I missed the promotion.",
        "I regret it.",
    ] {
        assert_eq!(asset(text).emotional, 0.0, "{text}");
        assert_eq!(asset(text).tactical, 0.0, "{text}");
    }
}

#[test]
fn look_alikes_are_claimed_and_read_nothing() {
    for text in [
        "I lay awake.",
        "Because I couldn't pay the rent.",
        "As I recall.",
        "The errors came to light.",
        "A young team.",
        "I got to the office.",
        "Since I was a manager.",
        "I did it with ease.",
        "Slept in the car.",
    ] {
        assert_eq!(asset(text), Scores::default(), "{text}");
    }
    assert_eq!(
        asset("The merger went ahead.").tactical,
        0.0,
        "others went ahead"
    );
}

#[test]
fn shocks_from_outside_read_unforeseen() {
    for text in [
        "The river burst its banks.",
        "The fields were under water.",
        "They pulled the funding.",
        "The board was dissolved in the reforms.",
        "My van was stolen.",
        "It has not flooded there in my lifetime.",
        "Nobody saw it.",
        "The founder died.",
        "The product was recalled.",
        "The phone maker launched the same feature.",
    ] {
        let p = asset(text);
        assert!(
            p.unforeseen > p.tactical && p.unforeseen > p.emotional,
            "{text}: {p:?}"
        );
    }
    for text in [
        "I walked across the whole city.",
        "They looked at me like it was a funeral.",
    ] {
        assert_eq!(asset(text), Scores::default(), "{text}");
    }
}

#[test]
fn the_same_act_reads_by_who_did_it() {
    assert!(asset("I launched the app in a week.").tactical > 0.0);
    assert_eq!(asset("I launched the app in a week.").unforeseen, 0.0);
    assert!(
        asset("You hired six engineers.").tactical > 0.0,
        "a story told to oneself"
    );
    assert_eq!(asset("We never launched it."), Scores::default());
}

/// Asserts which cause leads for each text.
fn leads(cause: Cause, texts: &[&str]) {
    for text in texts {
        let p = asset(text);
        let top = [p.tactical, p.emotional, p.unforeseen]
            .into_iter()
            .fold(f64::MIN, f64::max);
        let mine = match cause {
            Cause::Tactical => p.tactical,
            Cause::Emotional => p.emotional,
            Cause::Unforeseen => p.unforeseen,
        };
        assert!(mine > 0.0 && mine == top, "{text}: {p:?}");
    }
}

#[test]
fn knowable_risks_unasked_questions_and_single_bets_read_tactical() {
    leads(
        Cause::Tactical,
        &[
            "Everyone knew the merger was coming.",
            "It had been in the minutes for two years.",
            "Why didn't I ask a single question?",
            "I never lined up a buyer.",
            "Next time, with a contract signed first.",
            "I went all in.",
            "Everything I read said it would pay.",
            "It never occurred to me to check.",
            "I took the offer at face value.",
            "I was sure it would sell.",
        ],
    );
    // "All in all" is a summing up, not a bet.
    assert_eq!(asset("All in all, a quiet year."), Scores::default());
}

#[test]
fn fading_wants_praised_talents_and_expected_grief_read_emotional() {
    leads(
        Cause::Emotional,
        &[
            "She had stopped wanting it years ago.",
            "I came to hate the smell of the wax.",
            "I went to law school because I won every argument.",
            "My uncle kept saying I'd make a great lawyer.",
            "Everyone told her what a waste it would be.",
            "Turning it down looked like career suicide.",
            "I'm sleeping fine.",
            "Tuesdays and Thursdays are mine now.",
            "I expected to be sad.",
            "Finally someone else made the decision.",
            "I didn't look at my phone once.",
            "For the first time in months I could breathe.",
        ],
    );
    // Looking at the phone, or at the numbers, is not rest.
    assert_eq!(asset("I didn't look at the numbers.").emotional, 0.0);
}

#[test]
fn crisis_years_orders_and_falls_in_value_read_unforeseen() {
    leads(
        Cause::Unforeseen,
        &[
            "We opened in March 2020.",
            "I joined the fund in September 2008.",
            "The state shut down indoor dining.",
            "There is no version of the plan where I knew.",
            "By Thanksgiving it had lost forty percent.",
            "A late frost took the blossom.",
            "The new CEO cancelled the project.",
        ],
    );
}
