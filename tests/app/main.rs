//! The app driven by keys without a terminal: each pane's flows over a real store, and its screens as snapshots.

#[path = "../common/mod.rs"]
mod common;

mod chapters;
mod debrief;
mod dialogs;
mod drafts;
mod flow;
mod forward;
mod goal_lists;
mod goals;
mod home;
mod lists;
mod messages;
mod naming;
mod rebound;
mod reframes;
mod review;
mod root_cause;
mod screens;
mod screens_chapters;
mod screens_debrief_forward;
mod screens_goals;
mod screens_min;
mod screens_search;
mod screens_stages;
mod search;
mod second_press;
mod stages;
mod support;
mod true_hints;
mod typing;
mod undo;
mod wide;
mod wrapping;
