//! The goals lists read a window at a time, against a real journal file: for active, done
//! and archived goals, every window (from either end or next to a goal) holds exactly the
//! rows of the whole list at its place, and positions agree with the list. (That the reads
//! use their index without a sort is checked beside the queries, in
//! `src/store/goals/lists.rs`.)

use crate::common;

use bounce::domain::goal::{Goal, GoalDraft, GoalState};
use bounce::store::Store;
use chrono::Days;
use common::{temp_store, today};
use uuid::Uuid;

/// `n` goals of one step each: a third are done (finished on a few days, so many share
/// one), some of those archived, and the rest active, with a few targets shared. Many are
/// then given the same moment of writing and of their last change, so that only the row
/// order tells them apart.
fn journal(n: u64) -> (tempfile::TempDir, Store) {
    let (dir, store) = temp_store();
    store
        .write(|s| {
            for i in 0..n {
                let draft = GoalDraft {
                    title: format!("Goal {i:03}"),
                    target: (i % 4 != 0).then(|| today() + Days::new(i % 5)),
                    ..GoalDraft::default()
                };
                let day = today() - Days::new(i % 3);
                let goal = s.add_goal(&draft, &[format!("Step of {i}")], day)?;
                if i % 3 == 1 {
                    let step = s.steps(goal.id)?[0].id;
                    s.tick_step(step, true, today() - Days::new(i % 4))?;
                }
                if i % 7 == 2 {
                    s.set_goal_archived(goal.id, true)?;
                }
            }
            Ok(())
        })
        .unwrap();
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    conn.execute_batch(
        "UPDATE goals SET created_at = '2026-11-01T09:00:00.000Z',
             updated_at = '2026-11-02T09:00:00.000Z' WHERE rowid % 3 <> 1",
    )
    .unwrap();
    (dir, store)
}

fn ids(list: &[Goal]) -> Vec<Uuid> {
    list.iter().map(|g| g.id).collect()
}

#[test]
fn every_window_holds_the_rows_of_the_whole_list_at_its_place() {
    let (_dir, store) = journal(150);
    let counts = store.goal_counts().unwrap();
    for (i, state) in GoalState::ALL.into_iter().enumerate() {
        let all = ids(&store.goals(state).unwrap());
        assert!(all.len() > 10, "{state:?} holds enough goals to window");
        assert_eq!(store.goal_count(state).unwrap(), all.len());
        assert_eq!(counts[i] as usize, all.len());
        for start in [0, 1, 7, 20, all.len() - 1, all.len(), all.len() + 9] {
            for len in [0, 1, 6, 40] {
                let end = (start + len).min(all.len());
                let want = all.get(start..end).unwrap_or(&[]).to_vec();
                let first = ids(&store.goals_from_first(state, start, len).unwrap());
                assert_eq!(first, want, "{state:?} from the first, skip {start}, {len}");
                let skip = all.len().saturating_sub(end);
                let last = ids(&store
                    .goals_from_last(state, skip, end.saturating_sub(start))
                    .unwrap());
                assert_eq!(last, want, "{state:?} from the last, skip {skip}");
            }
        }
    }
}

#[test]
fn rows_after_and_before_a_goal_and_its_position_follow_its_list() {
    let (_dir, store) = journal(120);
    for state in GoalState::ALL {
        let all = ids(&store.goals(state).unwrap());
        for (place, id) in all.iter().enumerate() {
            assert_eq!(store.goal_position(state, *id).unwrap(), Some(place));
            for n in [1, 5, 200] {
                let after = ids(&store.goals_after(state, *id, n).unwrap());
                assert_eq!(
                    after,
                    all[place + 1..(place + 1 + n).min(all.len())].to_vec()
                );
                let before = ids(&store.goals_before(state, *id, n).unwrap());
                assert_eq!(before, all[place.saturating_sub(n)..place].to_vec());
            }
            // A goal is in one list only.
            for other in GoalState::ALL.into_iter().filter(|s| *s != state) {
                assert_eq!(store.goal_position(other, *id).unwrap(), None);
                assert!(store.goals_after(other, *id, 5).unwrap().is_empty());
                assert!(store.goals_before(other, *id, 5).unwrap().is_empty());
            }
        }
    }
    let gone = Uuid::new_v4();
    assert_eq!(store.goal_position(GoalState::Done, gone).unwrap(), None);
    assert!(
        store
            .goals_after(GoalState::Active, gone, 5)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_lists_keep_their_orders() {
    let (_dir, store) = journal(90);
    let active = store.goals(GoalState::Active).unwrap();
    let targets: Vec<_> = active.iter().map(|g| g.target).collect();
    let with: Vec<_> = targets.iter().take_while(|t| t.is_some()).collect();
    assert!(
        with.windows(2).all(|w| w[0] <= w[1]),
        "nearest target first"
    );
    assert!(
        targets[with.len()..].iter().all(Option::is_none),
        "goals without a target come last: {targets:?}"
    );
    let done = store.goals(GoalState::Done).unwrap();
    assert!(
        done.windows(2)
            .all(|w| w[0].finished_on >= w[1].finished_on)
    );
    assert!(done.iter().all(|g| g.finished_on.is_some() && !g.archived));
    assert!(
        store
            .goals(GoalState::Archived)
            .unwrap()
            .iter()
            .all(|g| g.archived)
    );
}

#[test]
fn a_goal_follows_its_state_and_the_last_added_is_found() {
    let (_dir, store) = journal(30);
    let draft = GoalDraft {
        title: "Written last".into(),
        ..GoalDraft::default()
    };
    let goal = store
        .add_goal(&draft, &["One small step".to_string()], today())
        .unwrap();
    assert_eq!(store.last_added_goal().unwrap(), Some(goal.id));
    let active = store.goals(GoalState::Active).unwrap();
    let targeted = active.iter().filter(|g| g.target.is_some()).count();
    assert_eq!(
        store.goal_position(GoalState::Active, goal.id).unwrap(),
        Some(targeted),
        "the newest of the goals without a target, which follow those with one"
    );
    let step = store.steps(goal.id).unwrap()[0].id;
    store.tick_step(step, true, today()).unwrap();
    assert_eq!(
        store.goal_position(GoalState::Active, goal.id).unwrap(),
        None
    );
    assert_eq!(
        store.goal_position(GoalState::Done, goal.id).unwrap(),
        Some(0),
        "finished today, and changed last"
    );
    store.set_goal_archived(goal.id, true).unwrap();
    assert_eq!(
        store.goal_position(GoalState::Archived, goal.id).unwrap(),
        Some(0)
    );
    store.delete_goal(goal.id).unwrap();
    assert_ne!(store.last_added_goal().unwrap(), Some(goal.id));
    let (_empty_dir, empty) = temp_store();
    assert_eq!(empty.last_added_goal().unwrap(), None);
    assert_eq!(empty.goal_counts().unwrap(), [0, 0, 0]);
    assert!(
        empty
            .goals_from_last(GoalState::Done, 0, 10)
            .unwrap()
            .is_empty()
    );
}
