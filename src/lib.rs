//! bounce: a private, keyboard-driven terminal journal for moving forward after a setback.

pub mod action;
pub mod app;
pub mod assets;
pub mod cheer;
pub mod cli;
pub mod config;
pub mod domain;
pub mod keymap;
pub mod private_temp;
pub mod reading;
pub mod store;
pub mod theme;
pub mod tui;
pub mod ui;
