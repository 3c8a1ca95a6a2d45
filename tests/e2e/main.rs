//! The real binary in tmux: keys in, screen out, and what was saved after quitting or a kill.

#[path = "../tmux_support/mod.rs"]
mod tmux_support;

mod chapters;
mod crash;
mod review;
mod tmux;
