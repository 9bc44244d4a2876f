//! Correlation: how two or more numeric variables relate.

pub mod bubble;
pub mod heatmap;
pub mod scatter;
