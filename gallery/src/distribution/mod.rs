//! Distribution: how the values of a numeric variable spread.
pub mod histogram;
