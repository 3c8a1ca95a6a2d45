//! The words that follow a ticked step and a finished goal, shared by the app and the
//! command line so both cheer the same way.

use crate::assets;
use crate::domain::goal::{Goal, Journey};

/// A number that varies with the words, so the same goal hears the same line each time.
fn text_seed(text: &str) -> u64 {
    text.bytes().map(u64::from).sum()
}

/// A short, varied word after a step of `goal` was ticked.
pub fn step_done(goal: &Goal, step_text: &str) -> String {
    let progress = goal.progress;
    let left = match progress.total.saturating_sub(progress.done) {
        1 => "1 step".to_string(),
        n => format!("{n} steps"),
    };
    let seed = u64::from(progress.done) + text_seed(step_text);
    assets::pick(&assets::goals().step_done, seed).replace("{left}", &left)
}

/// The first words of a finished goal's celebration.
pub fn goal_done(goal: &Goal) -> String {
    assets::pick(&assets::goals().goal_done, text_seed(&goal.title)).to_string()
}

/// The reward the person chose, or a nudge to pick one anyway.
pub fn reward(goal: &Goal) -> String {
    let words = assets::goals();
    let reward = goal.reward.trim().trim_end_matches('.');
    if reward.is_empty() {
        words.no_reward.clone()
    } else {
        words.reward.replace("{reward}", reward)
    }
}

/// The reward, the journey, and the picture of success, as lines (blank ones between).
pub fn goal_lines(goal: &Goal) -> Vec<String> {
    let mut lines = vec![reward(goal), String::new()];
    lines.extend(Journey::of(goal).map(|j| j.describe()));
    let success = goal.success.trim();
    if !success.is_empty() {
        lines.push(String::new());
        lines.push(assets::goals().pictured.replace("{success}", success));
    }
    lines
}
