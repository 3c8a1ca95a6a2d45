//! The repository layer against real journal files: every query, order, window, export and import.

#[path = "../cli_support/mod.rs"]
mod cli_support;
#[path = "../common/mod.rs"]
mod common;

mod basics;
mod chapters;
mod debrief;
mod export_files;
mod export_import;
mod forward;
mod goal_windows;
mod goals;
mod home;
mod import_jrnl;
mod perf_demo_index;
mod perf_totals;
mod reviews;
mod root_cause;
mod search;
mod support;
mod undo;
mod windows;
