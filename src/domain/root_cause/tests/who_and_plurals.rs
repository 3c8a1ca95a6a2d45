//! Unit tests of who did an act (`[agency]`) and of plural matching.

use super::*;

fn by(text: &str) -> (f64, f64) {
    let p = tiny_points(text);
    (p.tactical, p.unforeseen)
}

#[test]
fn an_act_of_mine_reads_by_me() {
    assert_eq!(by("I closed the shop"), (1.0, 0.0));
    assert_eq!(by("We just closed it"), (1.0, 0.0), "`between` words");
    assert_eq!(by("Closed the shop."), (1.0, 0.0), "a diary's missing I");
    assert_eq!(
        by("Tired, and closed early"),
        (1.0, 0.0),
        "after a `leads` word"
    );
}

#[test]
fn an_act_done_to_me_reads_by_others() {
    assert_eq!(by("They closed the shop"), (0.0, 1.0));
    assert_eq!(
        by("The council closed the road"),
        (0.0, 1.0),
        "a short subject"
    );
    assert_eq!(by("The shop was closed"), (0.0, 1.0), "passive");
    assert_eq!(by("I was closed down"), (0.0, 1.0), "passive, even with I");
    assert_eq!(
        by("In the end the landlord closed me out"),
        (0.0, 1.0),
        "an object"
    );
}

#[test]
fn an_act_whose_doer_is_unclear_reads_plainly() {
    assert_eq!(
        by("In the end the landlord closed the shop"),
        (0.0, 0.0),
        "a subject longer than `reach`"
    );
    assert_eq!(by("A closed door"), (0.0, 0.0), "a describing word");
    assert_eq!(by("Nobody closed it"), (0.0, 0.0), "negation comes first");
}

#[test]
fn each_doer_counts_once_and_is_quoted() {
    assert_eq!(
        by("I closed it. They closed it. They closed it again."),
        (1.0, 1.0)
    );
    let result = classify_with(
        &tiny(),
        &Questionnaire::default(),
        &words("And the council closed the road."),
        &[],
    );
    assert_eq!(
        result.reasons,
        ["Words “the council closed” in the summary → unforeseeable event +1.0"]
    );
}

#[test]
fn the_asset_reads_who_did_it() {
    assert_eq!(suggested("I decided to sign the lease."), Cause::Tactical);
    assert_eq!(
        suggested("The board decided to close the site."),
        Cause::Unforeseen
    );
    assert_eq!(suggested("Our funding was cut."), Cause::Unforeseen);
    assert_eq!(suggested("A van hit me."), Cause::Unforeseen);
}

#[test]
fn plurals_match_their_word() {
    let unforeseen = |t: &str| tiny_points(t).unforeseen;
    assert_eq!(unforeseen("The ministers met"), 1.0);
    assert_eq!(unforeseen("New policies"), 1.0, "y to ies");
    assert_eq!(unforeseen("The ministries met"), 0.0, "not any ending");
    assert_eq!(unforeseen("A policyholder"), 0.0);
    assert_eq!(
        unforeseen("Two bans"),
        0.0,
        "three letters list their forms"
    );
    let points = |t: &str| classify(&words(t), &[]).points;
    assert_eq!(points("Layoffs"), points("A layoff"));
    assert_eq!(points("The ministers"), points("The minister"));
}
