//! The command line as a script uses it: the real binary, its output formats and its refusals.

#[path = "../cli_support/mod.rs"]
mod cli_support;

mod basics;
mod chapters;
mod conversations;
mod due;
mod forward;
mod goals;
mod review;
mod search;
mod support;
mod words;
