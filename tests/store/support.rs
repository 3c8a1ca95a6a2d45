//! The support net in the journal: people who lift me up, one kind thing done for myself a
//! day, and the moods read back over a stretch of days.

use bounce::domain::Mood;
use bounce::domain::forward::PersonDraft;

use crate::common::*;

#[test]
fn someone_is_marked_as_lifting_and_it_survives_export_and_undo() {
    let (_dir, store) = temp_store();
    let draft = PersonDraft {
        name: "Ana".into(),
        helps: Vec::new(),
        note: String::new(),
    };
    let ana = store.add_person(&draft).unwrap();
    assert!(!ana.lifts);
    store.begin_change("marking").unwrap();
    assert!(store.set_person_lifts(ana.id, true).unwrap().lifts);
    store.end_change().unwrap();
    let exported = store.export().unwrap();
    assert!(exported.people[0].lifts);
    let (_other_dir, other) = temp_store();
    other.import_journal(&exported).unwrap();
    assert!(other.person(ana.id).unwrap().unwrap().lifts);
    store.undo().unwrap();
    assert!(!store.person(ana.id).unwrap().unwrap().lifts);
    assert!(store.set_person_lifts(uuid::Uuid::new_v4(), true).is_err());
}

#[test]
fn a_day_keeps_one_kind_thing_and_moods_read_back_in_order() {
    let (_dir, store) = temp_store();
    store
        .set_selfcare(today(), "  A long bath\nwith a book ")
        .unwrap();
    let day = store.day(today()).unwrap().unwrap();
    assert_eq!(day.selfcare, "A long bath with a book");
    for (day, mood) in [("2026-11-20", 2), ("2026-11-18", 4), ("2026-11-22", 1)] {
        store
            .set_mood(date(day), Some(Mood::new(mood).unwrap()))
            .unwrap();
    }
    let moods: Vec<(String, u8)> = store
        .moods_between(date("2026-11-19"), today())
        .unwrap()
        .into_iter()
        .map(|(d, m)| (d.to_string(), m.value()))
        .collect();
    assert_eq!(
        moods,
        [("2026-11-20".to_string(), 2), ("2026-11-22".to_string(), 1)]
    );
    let exported = store.export().unwrap();
    let (_other_dir, other) = temp_store();
    other.import_journal(&exported).unwrap();
    assert_eq!(
        other.day(today()).unwrap().unwrap().selfcare,
        "A long bath with a book"
    );
}
