//! Unit tests of negation, contractions and inflections: a cue turned or cancelled as its
//! negation says, and words read alike however they are written.

use super::*;

#[test]
fn negation_turns_the_classic_pairs() {
    assert_eq!(suggested("I did not see it coming."), Cause::Unforeseen);
    assert_eq!(suggested("I didn’t see it coming."), Cause::Unforeseen);
    assert_eq!(
        suggested("Nobody could have seen this coming."),
        Cause::Unforeseen
    );
    assert_eq!(suggested("I should have seen it coming."), Cause::Tactical);
    assert_eq!(
        suggested("I saw it coming and did nothing."),
        Cause::Tactical
    );
    assert_eq!(suggested("It was my fault."), Cause::Tactical);
    assert_eq!(suggested("It wasn't my fault."), Cause::Unforeseen);
    assert_eq!(suggested("My heart wasn't in it."), Cause::Emotional);
    assert_eq!(suggested("I never enjoyed the work."), Cause::Emotional);
    assert_eq!(
        suggested("No one expected the shutdown."),
        Cause::Unforeseen
    );
}

#[test]
fn the_examples_in_the_asset_hold() {
    let points = |t: &str| classify(&words(t), &[]).points;
    let at = |tactical, unforeseen| Scores {
        tactical,
        emotional: 0.0,
        unforeseen,
    };
    assert_eq!(points("I saw it coming"), at(1.0, 0.0));
    assert_eq!(points("I did not see it coming"), at(0.0, 2.0));
    assert_eq!(points("nobody could have seen it coming"), at(0.0, 3.5));
    assert_eq!(points("I should have seen it coming"), at(2.0, 0.0));
}

#[test]
fn negation_flips_cancels_and_stays_in_its_clause() {
    let p = tiny_points("I did not see it coming");
    assert_eq!(
        (p.tactical, p.unforeseen),
        (0.0, 2.0),
        "flipped by its `not` table"
    );
    assert_eq!(tiny_points("I didnt see it coming").unforeseen, 2.0);
    assert_eq!(
        tiny_points("not a relief").emotional,
        0.0,
        "no `not`: cancelled"
    );
    assert_eq!(tiny_points("I did not panic. Relief.").emotional, 1.0);
    assert_eq!(tiny_points("not scared but relief").emotional, 1.0);
    let far = tiny_points("not once in all those years a relief");
    assert_eq!(far.emotional, 1.0, "beyond the window");
    let p = tiny_points("I should have seen it coming");
    assert_eq!(
        (p.tactical, p.unforeseen),
        (3.0, 0.0),
        "the longer cue wins"
    );
}

#[test]
fn inflections_and_contractions_read_alike() {
    let points = |t: &str| classify(&words(t), &[]).points;
    let restructure = points("They restructure the company.");
    for text in [
        "They restructured.",
        "A restructuring.",
        "A reorganisation.",
    ] {
        assert_eq!(points(text), restructure, "{text}");
    }
    let checked = points("I did not check the numbers.");
    for text in [
        "I didn't check the numbers.",
        "I didn’t check the numbers.",
        "i didnt check the numbers",
        "I DID NOT CHECK THE NUMBERS!",
    ] {
        assert_eq!(points(text), checked, "{text}");
    }
    assert!(checked.tactical > 0.0);
    assert_eq!(
        tiny_points("rushed, rushing, rush").tactical,
        1.0,
        "once per text"
    );
}
