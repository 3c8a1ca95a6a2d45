//! What must never go wrong: backups, bad files, odd files and inputs, files written with --out, crashes, encryption, privacy, hostile text, two instances and no panic on any key.

#[path = "../cli_support/mod.rs"]
mod cli_support;
#[path = "../common/mod.rs"]
mod common;
#[path = "../tmux_support/mod.rs"]
mod tmux_support;

mod backup;
mod bad_files;
mod crash_safety;
mod encryption;
mod no_panic;
mod odd_files;
mod out_files;
mod privacy;
mod terminal_injection;
mod two_instances;
