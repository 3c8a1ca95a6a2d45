//! Moving forward inside the Debrief pane, driven with keys over a real journal file:
//! reframes written and rewritten, and people a setback brought in joining the network.

use crate::common;

use bounce::domain::setback::StrengthKind;
use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::KeyCode;

/// Opens the first setback and presses `sequence` in it.
fn open(app: &mut bounce::app::App, sequence: &str) {
    keys(app, "2");
    press(app, KeyCode::Enter);
    keys(app, sequence);
}

const REFRAMES: &str = "]]]]";
const STRENGTHS: &str = "]]";

#[test]
fn a_reframe_is_written_rewritten_after_a_restart_and_deleted() {
    let (dir, store) = temp_store();
    let id = seed_debrief(&store);
    let path = store.path().to_path_buf();
    let mut app = app_with(store);
    open(&mut app, REFRAMES);
    assert!(screen(&mut app, 80, 24).contains("harsh thought"));
    keys(&mut app, "a");
    type_text(&mut app, "I always get cut first.");
    ctrl(&mut app, 's');
    let kept = app.store().reframes(id).unwrap();
    assert_eq!(kept.len(), 1, "{}", screen(&mut app, 80, 24));
    assert_eq!(kept[0].thought, "I always get cut first.");
    assert_eq!(
        kept[0].kinder, "",
        "bounce never writes the kinder words itself"
    );
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("“I always get cut first.”"), "{text}");
    assert!(text.contains("Not rewritten yet"), "{text}");
    drop(app);

    let mut again = app_with(Store::open(&path).unwrap());
    open(&mut again, REFRAMES);
    press(&mut again, KeyCode::Enter);
    // The edit form starts in the kinder field.
    type_text(
        &mut again,
        "The whole team was closed. I have not found my place yet.",
    );
    ctrl(&mut again, 's');
    let kept = again.store().reframes(id).unwrap();
    assert_eq!(kept[0].thought, "I always get cut first.");
    assert_eq!(
        kept[0].kinder,
        "The whole team was closed. I have not found my place yet."
    );
    let text = screen(&mut again, 80, 24);
    assert!(text.contains("→ The whole team was closed"), "{text}");
    assert!(!text.contains("Not rewritten yet"), "{text}");

    keys(&mut again, "d");
    let text = screen(&mut again, 80, 24);
    assert!(
        text.contains("Delete the thought") && text.contains("kinder version?"),
        "{text}"
    );
    keys(&mut again, "n");
    assert_eq!(again.store().reframes(id).unwrap().len(), 1);
    keys(&mut again, "dy");
    assert!(again.store().reframes(id).unwrap().is_empty());
    drop(dir);
}

#[test]
fn a_reframe_needs_the_thought_first() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = app_with(store);
    open(&mut app, REFRAMES);
    keys(&mut app, "a");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Kind words with nothing to answer");
    ctrl(&mut app, 's');
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("needs a few words first"), "{text}");
    assert!(app.store().reframes(id).unwrap().is_empty());
}

#[test]
fn a_half_written_reframe_comes_back_after_a_restart() {
    let (dir, store) = temp_store();
    let id = seed_debrief(&store);
    let path = store.path().to_path_buf();
    let mut app = app_with(store);
    open(&mut app, REFRAMES);
    keys(&mut app, "a");
    type_text(&mut app, "I will never find work this good");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Not yet");
    app.save_draft();
    drop(app);

    let mut again = app_with(Store::open(&path).unwrap());
    let text = screen(&mut again, 80, 24);
    assert!(text.contains("Welcome back"), "{text}");
    assert!(text.contains("I will never find work this good"), "{text}");
    ctrl(&mut again, 's');
    let kept = again.store().reframes(id).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].kinder, "Not yet");
    drop(dir);
}

#[test]
fn someone_a_setback_brought_in_joins_the_network_once() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    store
        .add_strength(id, StrengthKind::Person, "Mara, who ran the workshop")
        .unwrap();
    let mut app = app_with(store);
    // Praise, then Easy, then the person.
    open(&mut app, &format!("{STRENGTHS}jj"));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("N to network"), "{text}");
    assert!(!text.contains("(in your network)"), "{text}");

    keys(&mut app, "N");
    let people = app.store().people().unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "Mara");
    let strengths = app.store().strengths(id).unwrap();
    let mara = strengths.iter().find(|s| s.kind == StrengthKind::Person);
    assert_eq!(mara.and_then(|s| s.person_id), Some(people[0].id));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("(in your network)"), "{text}");
    assert!(!text.contains("N to network"), "{text}");

    keys(&mut app, "N");
    assert_eq!(app.store().people().unwrap().len(), 1);
    assert!(screen(&mut app, 80, 24).contains("already in your support network"));
}

#[test]
fn n_elsewhere_changes_nothing_and_says_where_it_works() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    store
        .add_strength(id, StrengthKind::Person, "Mara, who ran the workshop")
        .unwrap();
    let mut app = app_with(store);
    keys(&mut app, "2N");
    assert!(screen(&mut app, 80, 24).contains("Who did it bring into my life?"));
    open(&mut app, "N");
    assert!(screen(&mut app, 80, 24).contains("Who did it bring into my life?"));
    // The praise row of Strengths.
    keys(&mut app, &format!("{STRENGTHS}N"));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("in Strengths first."), "{text}");
    assert!(!text.contains("N to network"), "{text}");
    assert!(app.store().people().unwrap().is_empty());
}

#[test]
fn a_new_strength_can_be_a_skill_or_a_person() {
    let (_dir, store) = temp_store();
    let id = seed_debrief(&store);
    let mut app = app_with(store);
    open(&mut app, STRENGTHS);
    // From the praise row: three steps on is a skill.
    keys(&mut app, "a");
    press(&mut app, KeyCode::BackTab);
    for _ in 0..3 {
        press(&mut app, KeyCode::Right);
    }
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Negotiating my exit terms");
    ctrl(&mut app, 's');
    keys(&mut app, "a");
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Tom from the running club");
    ctrl(&mut app, 's');
    let kinds: Vec<(StrengthKind, String)> = app
        .store()
        .strengths(id)
        .unwrap()
        .into_iter()
        .map(|s| (s.kind, s.text))
        .collect();
    assert!(kinds.contains(&(StrengthKind::Skill, "Negotiating my exit terms".into())));
    assert!(kinds.contains(&(StrengthKind::Person, "Tom from the running club".into())));
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("What I gained"), "{text}");
}
