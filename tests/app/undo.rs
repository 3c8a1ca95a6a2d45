//! Undo and redo from the keyboard: `u` brings back what was deleted, `Ctrl-R` does it again,
//! across a restart of the app too.

use crate::common;

use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::KeyCode;

#[test]
fn a_deleted_item_is_one_key_away_from_coming_back() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = app_with(store);
    keys(&mut app, "4dy");
    assert_eq!(app.store().gratitude_on(today()).unwrap().len(), 1);
    keys(&mut app, "u");
    assert_eq!(app.store().gratitude_on(today()).unwrap().len(), 2);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Undone: deleting a gratitude item"), "{text}");
    assert!(text.contains("Coffee with Ana"), "{text}");
    ctrl(&mut app, 'r');
    assert_eq!(app.store().gratitude_on(today()).unwrap().len(), 1);
    assert!(screen(&mut app, 80, 24).contains("Done again: deleting a gratitude item"));
}

#[test]
fn a_whole_setback_comes_back_and_u_while_typing_is_a_letter() {
    let (_dir, store) = temp_store();
    let setback = seed_debrief(&store);
    let events = store.events(setback).unwrap().len();
    let count = store.setbacks().unwrap().len();
    let mut app = app_with(store);
    keys(&mut app, "2");
    let selected = app
        .store()
        .setbacks()
        .unwrap()
        .iter()
        .position(|s| s.id == setback);
    keys(&mut app, &"j".repeat(selected.unwrap()));
    keys(&mut app, "dy");
    assert_eq!(app.store().setbacks().unwrap().len(), count - 1);
    assert!(app.store().setback(setback).unwrap().is_none());
    keys(&mut app, "u");
    assert_eq!(app.store().events(setback).unwrap().len(), events);
    assert!(app.store().check_integrity().unwrap().is_empty());
    keys(&mut app, "4a");
    type_text(&mut app, "umbrella");
    press(&mut app, KeyCode::Enter);
    let items = app.store().gratitude_on(today()).unwrap();
    assert_eq!(items.last().unwrap().text, "umbrella");
}

#[test]
fn undo_works_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let mut app = app_with(Store::open(&path).unwrap());
        keys(&mut app, "4a");
        type_text(&mut app, "A letter from Sam");
        press(&mut app, KeyCode::Enter);
    }
    let mut app = app_with(Store::open(&path).unwrap());
    keys(&mut app, "u");
    assert!(app.store().gratitude_on(today()).unwrap().is_empty());
    keys(&mut app, "u");
    assert!(screen(&mut app, 80, 24).contains("Nothing to undo."));
}
