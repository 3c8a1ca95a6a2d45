//! A wide window gives lists room: nothing that fits is cut, and no count goes missing.

use crate::common::*;

#[test]
fn a_wide_window_shows_the_setbacks_list_whole() {
    let (_dir, store) = temp_store();
    seed_debrief(&store);
    let mut app = app_with(store);
    keys(&mut app, "2");
    for (width, height) in [(120, 40), (200, 50)] {
        let shown = screen(&mut app, width, height);
        assert!(
            shown.contains("Laid off in the autumn restructuring"),
            "{shown}"
        );
        assert!(shown.contains("3 events"), "{width} columns:\n{shown}");
    }
}

#[test]
fn goals_keep_their_counts_at_every_width() {
    let (_dir, store) = temp_store();
    seed_goals(&store);
    seed_forward(&store);
    let mut app = app_with(store);
    keys(&mut app, "5");
    for (width, height) in [(80, 24), (100, 30), (120, 40), (200, 50)] {
        let shown = screen(&mut app, width, height);
        for count in ["Active 2", "Done 1", "Archived 0", "Ideas 3", "People 2"] {
            assert!(
                shown.contains(count),
                "{count} at {width} columns:\n{shown}"
            );
        }
    }
}

#[test]
fn a_tall_gratitude_pane_shows_the_days_before_newest_first() {
    let (_dir, store) = temp_store();
    seed(&store);
    let mut app = app_with(store);
    keys(&mut app, "4");
    let shown = screen(&mut app, 120, 40);
    let yesterday = shown
        .find("Slept in and did not feel guilty")
        .expect("yesterday");
    let before = shown
        .find("Ana introduced me to her manager")
        .expect("the day before");
    assert!(yesterday < before, "{shown}");
    // Only the week before is read: the last days of October are not.
    assert!(!shown.contains("Pumpkin soup"), "{shown}");
    // A past day shows the days before it in turn.
    keys(&mut app, "h");
    let shown = screen(&mut app, 120, 40);
    assert!(
        shown.contains("Ana introduced me to her manager"),
        "{shown}"
    );
    assert!(!shown.contains("Coffee with Ana"), "{shown}");
}
