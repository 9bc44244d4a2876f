//! rgg, the Rust Graph Gallery: the application library behind the `rgg`
//! binary (and its tests and benchmarks). The charts themselves live in the
//! `rgg-gallery` crate.

pub mod catalogue;
pub mod cli;
pub mod commands;
pub mod data;
pub mod prepare;
pub mod render;
pub mod suggest;
pub mod text;
pub mod tui;
