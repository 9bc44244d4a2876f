//! Distribution: how the values of a numeric variable spread.
pub mod beeswarm;
pub mod boxplot;
pub mod density;
pub mod ecdf;
pub mod histogram;
pub mod qq_plot;
pub mod raincloud;
pub mod ridgeline;
pub mod strip;
pub mod violin;
