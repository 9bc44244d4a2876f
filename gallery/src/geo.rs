//! What the map charts share: outlines, map projections, fitting a map into
//! a rectangle, great-circle arcs, hexagonal bins, label placement, and the
//! map's frame (title, note line, a legend beside or above the map) with its
//! colour bar.
//!
//! Coordinates come in as (longitude, latitude) in degrees. A projection
//! turns them into plane coordinates (x to the east, y to the north, in
//! units of the Earth's radius); a [`Fit`] scales those into pixels.
//!
//! Projections:
//! - [`Projection::EqualEarth`] for the world: equal-area, with straight
//!   parallels and curved meridians (Šavrič, Patterson & Jenny 2018).
//! - [`Projection::NaturalEarth`], [`Projection::Mercator`] (cut at 85°)
//!   and [`Projection::Equirectangular`], the other world projections
//!   ([`Projection::WORLD`]), to compare: Mercator inflates high latitudes.
//! - [`Projection::AlbersUsa`] for the United States: an Albers equal-area
//!   conic with standard parallels 29.5°N and 45.5°N for the contiguous
//!   states, with Alaska (at 0.35x scale) and Hawaii moved to insets at the
//!   lower left, like d3's `geoAlbersUsa`. Puerto Rico and the other
//!   territories are left out.
//!
//! The code lives in one file per concern, each re-exported here, so
//! `geo::Fit` works; the map charts import from the files themselves, so a
//! copied chart takes only the files its `## Copying` note names:
//! - `geo_projection.rs`: places and regions, the projections, and cutting
//!   outlines and lines at the antimeridian;
//! - `geo_great_circle.rs`: distances and shortest paths over the globe;
//! - `geo_hexbin.rs`: hexagonal bins;
//! - `geo_polygon.rs`: areas, clipping, simplifying, point-in-ring tests;
//! - `geo_fit.rs`: pixel rectangles, extents, and fitting a map into pixels;
//! - `geo_basemap.rs`: regions projected and drawn, the base map, the globe;
//! - `geo_layout.rs`: title and note, the legend's side, terminal cells;
//! - `geo_labels.rs`: labels beside marks, placed where they overlap nothing;
//! - `geo_color_bar.rs`: the maps' colour bar with its "no data" swatch.
//!
//! Copying code that uses `geo::...` paths: copy this file and those nine
//! too (they need `theme.rs`, `scale.rs` and `axes.rs`).

pub use crate::geo_basemap::*;
pub use crate::geo_color_bar::*;
pub use crate::geo_fit::*;
pub use crate::geo_great_circle::*;
pub use crate::geo_hexbin::*;
pub use crate::geo_labels::*;
pub use crate::geo_layout::*;
pub use crate::geo_polygon::*;
pub use crate::geo_projection::*;
