//! Evolution: how values change over time.
pub mod line;
pub mod stacked_area;
