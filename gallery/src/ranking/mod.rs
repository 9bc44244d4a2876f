//! Ranking: how categories compare on a value.

pub mod barplot;
