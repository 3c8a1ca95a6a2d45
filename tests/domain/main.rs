//! The pure logic at length: the classifier on labelled stories, and the parsers under random input.

#[path = "../cli_support/mod.rs"]
mod cli_support;
#[path = "../common/mod.rs"]
mod common;

mod classifier_quality;
mod parsers_prop;
