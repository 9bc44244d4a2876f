//! Map: values on geography.

pub mod background_map;
pub mod bubble_map;
pub mod cartogram;
pub mod choropleth;
pub mod connection_map;
pub mod hexbin_map;
