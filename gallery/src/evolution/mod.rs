//! Evolution: how values change over time.
pub mod area;
pub mod candlestick;
pub mod line;
pub mod small_multiples;
pub mod stacked_area;
pub mod step;
pub mod streamgraph;
pub mod time_series;
pub mod timeline;
pub mod waterfall;
