//! Ranking: how categories compare on a value.

pub mod barplot;
pub mod bump;
pub mod circular_barplot;
pub mod lollipop;
pub mod parallel_coordinates;
pub mod radar;
pub mod slope;
pub mod wordcloud;
