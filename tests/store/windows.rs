//! The setbacks list read a window at a time, against a real journal file: every window,
//! from either end or from a setback, holds exactly the rows of the whole list at its
//! place, and positions agree with the list. (That the reads use the index without a sort
//! is checked beside the queries, in `src/store/setbacks.rs`.)

use crate::common;

use bounce::domain::setback::SetbackDraft;
use bounce::store::Store;
use chrono::Days;
use common::{temp_store, today};
use uuid::Uuid;

/// `n` setbacks over a few dates, so many share a date; a third of them are also given the
/// same moment of writing, so that only the row order tells them apart.
fn journal(n: u64) -> (tempfile::TempDir, Store) {
    let (dir, store) = temp_store();
    store
        .write(|s| {
            for i in 0..n {
                let draft = SetbackDraft {
                    title: format!("Setback {i:03}"),
                    date: today().checked_sub_days(Days::new((i * 7) % 13)),
                    summary: String::new(),
                };
                s.add_setback(&draft, today())?;
            }
            Ok(())
        })
        .unwrap();
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    conn.execute(
        "UPDATE setbacks SET created_at = '2026-11-01T09:00:00.000Z' WHERE rowid % 3 = 0",
        [],
    )
    .unwrap();
    (dir, store)
}

fn ids(list: &[bounce::domain::setback::Setback]) -> Vec<Uuid> {
    list.iter().map(|s| s.id).collect()
}

#[test]
fn every_window_holds_the_rows_of_the_whole_list_at_its_place() {
    let (_dir, store) = journal(120);
    let all = ids(&store.setbacks().unwrap());
    assert_eq!(all.len(), 120);
    assert_eq!(store.setback_count().unwrap(), 120);
    for start in [0, 1, 17, 59, 100, 119, 120, 150] {
        for len in [0, 1, 7, 40] {
            let end = (start + len).min(all.len());
            let want = all.get(start..end).unwrap_or(&[]).to_vec();
            let newest = ids(&store.setbacks_from_newest(start, len).unwrap());
            assert_eq!(newest, want, "from the newest, skip {start}, {len} rows");
            // The same rows counted from the other end of the list.
            let skip = all.len().saturating_sub(end);
            let oldest = ids(&store
                .setbacks_from_oldest(skip, end.saturating_sub(start))
                .unwrap());
            assert_eq!(oldest, want, "from the oldest, skip {skip}");
        }
    }
}

#[test]
fn rows_after_and_before_a_setback_and_its_position_follow_the_list() {
    let (_dir, store) = journal(90);
    let all = ids(&store.setbacks().unwrap());
    for (place, id) in all.iter().enumerate() {
        assert_eq!(store.setback_position(*id).unwrap(), Some(place));
        let after = ids(&store.setbacks_after(*id, 5).unwrap());
        assert_eq!(after, all[place + 1..(place + 6).min(all.len())].to_vec());
        let before = ids(&store.setbacks_before(*id, 5).unwrap());
        assert_eq!(before, all[place.saturating_sub(5)..place].to_vec());
    }
    let gone = Uuid::new_v4();
    assert_eq!(store.setback_position(gone).unwrap(), None);
    assert!(store.setbacks_after(gone, 5).unwrap().is_empty());
    assert!(store.setbacks_before(gone, 5).unwrap().is_empty());
}

#[test]
fn the_setback_added_last_is_found_whatever_its_date() {
    let (_dir, store) = journal(30);
    let old = SetbackDraft {
        title: "An old one, written today".into(),
        date: today().checked_sub_days(Days::new(4000)),
        summary: String::new(),
    };
    let added = store.add_setback(&old, today()).unwrap();
    assert_eq!(store.last_added_setback().unwrap(), Some(added.id));
    assert_eq!(store.setback_position(added.id).unwrap(), Some(30));
    store.delete_setback(added.id).unwrap();
    assert_ne!(store.last_added_setback().unwrap(), Some(added.id));
    let (_empty_dir, empty) = temp_store();
    assert_eq!(empty.last_added_setback().unwrap(), None);
    assert_eq!(empty.setback_count().unwrap(), 0);
    assert!(empty.setbacks_from_oldest(0, 10).unwrap().is_empty());
}

#[test]
fn each_cause_comes_with_its_row() {
    let (_dir, store) = journal(12);
    let all = store.setbacks().unwrap();
    store
        .confirm_cause(
            all[4].id,
            Some(bounce::domain::root_cause::Cause::Unforeseen),
        )
        .unwrap();
    let window = store.setbacks_from_newest(3, 3).unwrap();
    let causes: Vec<_> = window.iter().map(|s| s.cause).collect();
    assert_eq!(
        causes,
        [
            None,
            Some(bounce::domain::root_cause::Cause::Unforeseen),
            None
        ]
    );
}
