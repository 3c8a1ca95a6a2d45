//! End to end: in the real binary, a week of moods set from the command line shows on the
//! Review pane, this week's review is written there and its small step joins a goal; then
//! what was saved, read back.

use crate::tmux_support::{Journal, Tmux, tmux_missing};

#[test]
fn a_weekly_review_is_written_and_its_step_joins_a_goal_in_the_real_program() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let bounce = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_bounce"))
            .arg("--db")
            .arg(journal.db())
            .args(args)
            .env("BOUNCE_NOW", "2026-11-23")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    for (day, mood) in [
        ("2026-11-16", "2"),
        ("2026-11-18", "3"),
        ("2026-11-21", "4"),
    ] {
        bounce(&["mood", mood, "--date", day]);
    }
    bounce(&[
        "goal",
        "add",
        "Find work I want",
        "--step",
        "List five companies",
    ]);

    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["6"]);
    tmux.wait_for("Week 48 · 23–29 Nov · not written yet");
    tmux.wait_for("Mood (1-5)");
    tmux.keys(&["a"]);
    tmux.wait_for("What went well this week?");
    tmux.type_text("Three better days in a row");
    tmux.keys(&["Tab"]);
    tmux.type_text("Write to Ana about the opening");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Your review of week 48 is kept.");
    tmux.keys(&["G"]);
    tmux.wait_for("Which goal is it a step of?");
    tmux.keys(&["Enter"]);
    tmux.wait_for("is a step of");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    tmux.assert_restored();

    let store = bounce::store::Store::open(&journal.db()).unwrap();
    let week = bounce::domain::review::Week::parse("2026-W48").unwrap();
    let review = store.review_of(week).unwrap().expect("the review was kept");
    assert_eq!(review.well, "Three better days in a row");
    assert_eq!(review.next, "Write to Ana about the opening");
    let goal = store
        .goals(bounce::domain::goal::GoalState::Active)
        .unwrap()
        .remove(0);
    let steps: Vec<String> = store
        .steps(goal.id)
        .unwrap()
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        steps,
        ["List five companies", "Write to Ana about the opening"]
    );
    assert!(review.step_id.is_some());
}
