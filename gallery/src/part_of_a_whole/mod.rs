//! Part of a whole: how a total splits into parts.
pub mod donut;
