//! Weekly reviews kept per ISO week, their small step made a goal step, and the figures the
//! Review pane draws from the journal.

use bounce::domain::Mood;
use bounce::domain::review::{ReviewDraft, Span, Week};

use crate::common::*;

fn draft(well: &str, next: &str) -> ReviewDraft {
    ReviewDraft {
        well: well.into(),
        next: next.into(),
    }
}

#[test]
fn a_week_keeps_one_review_written_again_in_place() {
    let (_dir, store) = temp_store();
    let week = Week::of(today());
    let first = store
        .save_review(week, &draft("Two calm mornings", ""))
        .unwrap();
    let again = store
        .save_review(
            week,
            &draft("Two calm mornings\nand a call with Ana", "Send one email"),
        )
        .unwrap();
    assert_eq!(first.id, again.id, "the same week is written in place");
    assert_eq!(again.well, "Two calm mornings\nand a call with Ana");
    assert_eq!(store.review_of(week).unwrap(), Some(again.clone()));
    let last_week = Week::of(date("2026-11-16"));
    store.save_review(last_week, &draft("", "Rest")).unwrap();
    let weeks: Vec<String> = store
        .reviews_between(date("2026-11-01"), today())
        .unwrap()
        .iter()
        .map(|r| r.week.to_string())
        .collect();
    assert_eq!(weeks, ["2026-W47", "2026-W48"]);
}

#[test]
fn a_week_not_begun_and_an_empty_review_are_refused() {
    let (_dir, store) = temp_store();
    let next_week = Week::of(date("2026-11-30"));
    let error = store
        .save_review(next_week, &draft("Too soon", ""))
        .unwrap_err()
        .to_string();
    assert!(error.contains("has not begun yet"), "{error}");
    let error = store
        .save_review(Week::of(today()), &draft("  ", "\n"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("one small step"), "{error}");
    assert_eq!(store.review_of(Week::of(today())).unwrap(), None);
}

#[test]
fn the_small_step_becomes_a_goal_step_once_and_undo_takes_it_back() {
    let (_dir, store) = temp_store();
    let (workshop, _) = seed_goals(&store);
    let review = store
        .save_review(
            Week::of(today()),
            &draft("", "Ask the library about a room"),
        )
        .unwrap();
    store.begin_change("making a step").unwrap();
    let change = store.review_step_to_goal(review.id, workshop).unwrap();
    store.end_change().unwrap();
    assert_eq!(change.step.text, "Ask the library about a room");
    let steps = store.steps(workshop).unwrap();
    assert_eq!(steps.last().unwrap().id, change.step.id);
    let kept = store.review(review.id).unwrap().unwrap();
    assert_eq!(kept.step_id, Some(change.step.id));
    let error = store
        .review_step_to_goal(review.id, workshop)
        .unwrap_err()
        .to_string();
    assert!(error.contains("already a step"), "{error}");
    store.undo().unwrap();
    assert_eq!(store.steps(workshop).unwrap().len(), steps.len() - 1);
    assert_eq!(store.review(review.id).unwrap().unwrap().step_id, None);
    let empty = store
        .save_review(Week::of(date("2026-11-16")), &draft("Slept well", ""))
        .unwrap();
    let error = store
        .review_step_to_goal(empty.id, workshop)
        .unwrap_err()
        .to_string();
    assert!(error.contains("no small step yet"), "{error}");
}

#[test]
fn a_review_is_searched_exported_imported_and_its_delete_undone() {
    let (_dir, store) = temp_store();
    let review = store
        .save_review(
            Week::of(today()),
            &draft("A walk by the harbour", "Call Ana"),
        )
        .unwrap();
    let hits = store.search("harbour", None, None, 10).unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].id, review.id);
    let exported = store.export().unwrap();
    assert_eq!(exported.reviews.len(), 1);
    assert_eq!(exported.reviews[0].week, "2026-W48");
    let (_other_dir, other) = temp_store();
    let report = other.import_journal(&exported).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(other.review(review.id).unwrap(), Some(review.clone()));
    assert_eq!(other.import_journal(&exported).unwrap().added, 0);
    assert_eq!(other.export().unwrap(), exported);

    store.begin_change("deleting").unwrap();
    store.delete_review(review.id).unwrap();
    store.end_change().unwrap();
    assert!(store.search("harbour", None, None, 10).unwrap().is_empty());
    store.undo().unwrap();
    assert_eq!(store.review(review.id).unwrap(), Some(review));
    assert_eq!(store.search("harbour", None, None, 10).unwrap().len(), 1);
}

#[test]
fn a_review_of_a_week_that_is_no_week_is_not_imported() {
    let (_dir, store) = temp_store();
    store
        .save_review(Week::of(today()), &draft("Fine", ""))
        .unwrap();
    let mut exported = store.export().unwrap();
    exported.reviews[0].week = "2026-49".into();
    let (_other_dir, other) = temp_store();
    let error = other.import_journal(&exported).unwrap_err().to_string();
    assert!(error.contains("reviews[0]"), "{error}");
    assert!(error.contains("YYYY-Www"), "{error}");
    assert!(other.export().unwrap().reviews.is_empty());
}

#[test]
fn the_figures_count_each_week_of_the_window() {
    let (_dir, store) = temp_store();
    seed(&store);
    seed_goals(&store);
    for (day, mood) in [("2026-09-07", 1), ("2026-09-08", 2), ("2026-11-17", 4)] {
        store
            .set_mood(date(day), Some(Mood::new(mood).unwrap()))
            .unwrap();
    }
    let figures = store.review_figures(Span::Weeks, today()).unwrap();
    assert_eq!(figures.tallies.len(), 12);
    assert_eq!(figures.from(), Some(date("2026-09-07")));
    assert_eq!(figures.to(), Some(date("2026-11-29")));
    assert_eq!(figures.tallies[0].mood, Some(1.5));
    assert_eq!(figures.tallies[0].mood_days, 2);
    // Steps ticked on 10 and 15 (two) November, in one week, and on 20 November.
    let steps: Vec<u32> = figures.tallies.iter().map(|t| t.steps_done).collect();
    assert_eq!(steps[9..], [3, 1, 0]);
    assert!(figures.gratitude_days() > 0);
    let months = store.review_figures(Span::Months, today()).unwrap();
    assert_eq!(months.from(), Some(date("2025-12-01")));
    assert_eq!(months.tallies[11].steps_done, 4);
}
