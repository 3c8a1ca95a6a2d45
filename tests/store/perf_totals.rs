//! The totals kept by triggers (migration 008) agree with counting the tables, through
//! adds, deletes, undo and redo, an import, and the demo's bulk fill.

use crate::cli_support;

use bounce::store::Store;
use chrono::NaiveDate;
use cli_support::*;

fn day(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(offset)
}

/// The number of distinct days with gratitude, counted from the items themselves.
fn counted(path: &std::path::Path) -> u64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT count(DISTINCT date) FROM gratitude_items",
            [],
            |r| r.get(0),
        )
        .unwrap();
    n as u64
}

#[test]
fn the_gratitude_day_total_follows_every_kind_of_change() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let mut ids = Vec::new();
    // A repeatable mix: several items on some days, one on others.
    let mut x: u64 = 7;
    for i in 0..120u64 {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let on = day((x >> 33) % 40);
        ids.push(store.add_gratitude(on, &format!("item {i}")).unwrap().id);
        assert_eq!(store.gratitude_day_count().unwrap(), counted(&path));
    }
    for (i, id) in ids.iter().enumerate().filter(|(i, _)| i % 3 != 1) {
        store.begin_change("deleting a gratitude item").unwrap();
        store.delete_gratitude(*id).unwrap();
        store.end_change().unwrap();
        assert_eq!(store.gratitude_day_count().unwrap(), counted(&path), "{i}");
    }
    for _ in 0..30 {
        store.undo().unwrap();
        assert_eq!(store.gratitude_day_count().unwrap(), counted(&path));
    }
    for _ in 0..10 {
        store.redo().unwrap();
        assert_eq!(store.gratitude_day_count().unwrap(), counted(&path));
    }
    assert!(store.gratitude_day_count().unwrap() > 10);

    // An import into an empty journal brings its days with it.
    let journal = store.export().unwrap();
    let (_other_dir, other) = temp_db();
    let fresh = Store::open(&other).unwrap();
    fresh.import_journal(&journal).unwrap();
    assert_eq!(fresh.gratitude_day_count().unwrap(), counted(&other));
    assert_eq!(counted(&other), counted(&path));
}

#[test]
fn the_demo_fill_leaves_the_totals_right() {
    let (_dir, path) = temp_db();
    ok(&path, &["demo", "--scale", "2000"]);
    let store = Store::open(&path).unwrap();
    let total = store.gratitude_day_count().unwrap();
    assert!(total > 300, "{total}");
    assert_eq!(total, counted(&path));
}
