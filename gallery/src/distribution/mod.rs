//! Distribution: how the values of a numeric variable spread.
pub mod boxplot;
pub mod histogram;
pub mod violin;
