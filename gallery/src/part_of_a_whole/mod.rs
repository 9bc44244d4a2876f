//! Part of a whole: how a total splits into parts.
pub mod circular_packing;
pub mod dendrogram;
pub mod donut;
pub mod mosaic;
pub mod pie;
pub mod sunburst;
pub mod treemap;
pub mod venn;
pub mod waffle;
