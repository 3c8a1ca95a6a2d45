//! End to end: after a debrief, in the real binary, a conversation planned and held, its
//! takeaway made a goal, and the chapter closed; then what was saved, read back.

use crate::tmux_support::{Journal, Tmux, tmux_missing};

#[test]
fn a_conversation_is_held_and_the_chapter_closed_in_the_real_program() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["2", "a"]);
    tmux.wait_for("New setback");
    tmux.type_text("Passed over for the lead role");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Setback saved");
    tmux.keys(&["Enter", "]", "]", "]", "]", "]", "]", "]"]);
    tmux.wait_for("plan a conversation");
    tmux.keys(&["a"]);
    tmux.wait_for("Plan a conversation");
    tmux.type_text("Priya");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Candid feedback · Priya");
    tmux.keys(&["Enter"]);
    tmux.wait_for("How it went, with Priya");
    tmux.keys(&["Tab"]);
    tmux.type_text("Rafael had led the migration.");
    tmux.keys(&["Tab"]);
    tmux.type_text("Lead one migration end to end");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Takeaway: Lead one migration");
    tmux.keys(&["G"]);
    tmux.wait_for("is a goal now");
    tmux.keys(&["]", "c"]);
    tmux.wait_for("Close this chapter");
    tmux.keys(&["Tab", "Tab", "Tab", "Tab", "Tab"]);
    tmux.type_text("6");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Chapter closed");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    tmux.assert_restored();

    let store = bounce::store::Store::open(&journal.db()).unwrap();
    let setback = store.setbacks().unwrap().remove(0);
    let talks = store.conversations_of_setback(setback.id).unwrap();
    assert_eq!(talks.len(), 1);
    assert_eq!(talks[0].takeaway, "Lead one migration end to end");
    assert!(talks[0].held_on.is_some());
    let goals = store
        .goals(bounce::domain::goal::GoalState::Active)
        .unwrap();
    assert!(
        goals
            .iter()
            .any(|g| g.title == "Lead one migration end to end")
    );
    assert_eq!(store.closing(setback.id).unwrap().unwrap().rating, Some(6));
}
