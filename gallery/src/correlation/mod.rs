//! Correlation: how two or more numeric variables relate.

pub mod bubble;
pub mod connected_scatter;
pub mod correlogram;
pub mod density_2d;
pub mod heatmap;
pub mod scatter;
pub mod vector_field;
