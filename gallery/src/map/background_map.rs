//! # Background map
//!
//! A background map draws the outlines of countries or states and nothing
//! else: the canvas the other maps paint on, and a map in its own right when
//! the point is where places are. Its one real decision is the projection,
//! the formula that flattens the globe; a few regions can be highlighted.
//! The input's `projection` redraws the world in Natural Earth, Mercator or
//! equirectangular instead of Equal Earth, to see what each one does; the
//! footnote names the projection drawn.
//!
//! ## When to use
//! To show where something is, to point at a few regions, or as the base
//! layer under points, lines and colours (bubble, connection and hexbin
//! maps, choropleths).
//!
//! ## Caveat
//! Every flat map distorts something: area, shape, distance or direction.
//! Mercator keeps small shapes but inflates high latitudes (Greenland looks
//! as big as Africa, which is 14 times larger); use an equal-area projection
//! such as Equal Earth whenever sizes matter, and a conic such as Albers for
//! a mid-latitude country. Insets (Alaska, Hawaii) are moved and rescaled:
//! say so on the map.
//!
//! ## Variants
//! - `world`: the countries in the Equal Earth projection, with a graticule
//!   every 30 degrees.
//! - `us-states`: the states in an Albers equal-area conic (standard
//!   parallels 29.5°N and 45.5°N), Alaska (at 0.35x scale) and Hawaii as
//!   insets; Puerto Rico and the other territories are left out.
//!
//! ## Related
//! choropleth, bubble-map, connection-map, hexbin-map
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and the map helpers
//! `geo_projection.rs`, `geo_polygon.rs`, `geo_fit.rs`, `geo_basemap.rs` and
//! `geo_layout.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::geo_basemap;
use crate::geo_fit::Fit;
use crate::geo_layout;
use crate::geo_projection::{Projection, Region};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of a background map, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The regions to draw, outlined on the base map.
    pub regions: Vec<Region>,
    /// Ids of the regions to highlight; empty: every region alike.
    pub highlight: Vec<String>,
    /// What the highlighted regions are, for the legend.
    pub highlight_label: String,
    /// The projection to draw the map in; `None`: the variant's own (Equal
    /// Earth for `world`, Albers USA for `us-states`).
    pub projection: Option<Projection>,
}

/// The ways to draw a background map, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `world`: The countries in the Equal Earth projection, with a graticule every 30 degrees.
    World,
    /// `us-states`: The states in an Albers equal-area conic (standard parallels 29.5°N and
    /// 45.5°N), Alaska (at 0.35x scale) and Hawaii as insets; Puerto Rico and the other territories
    /// are left out.
    UsStates,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::World, Variant::UsStates];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::World => "world",
            Variant::UsStates => "us-states",
        }
    }

    fn projection(self) -> Projection {
        match self {
            Variant::World => Projection::EqualEarth,
            Variant::UsStates => Projection::AlbersUsa,
        }
    }
}

/// The map's footnote: the projection drawn, or where the insets are.
fn note(projection: Projection) -> String {
    match projection {
        Projection::AlbersUsa => String::from("Alaska (at 0.35x scale) and Hawaii are drawn as insets, bottom left"),
        world => format!("{}; grid lines every 30°", world.note()),
    }
}

/// Draws `input` as a background map in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let projection = input.projection.unwrap_or(variant.projection());
    let projected = geo_basemap::project_regions(&input.regions, projection);
    let Some(bounds) = geo_basemap::map_bounds(projection, &projected).filter(|_| !projected.is_empty()) else {
        return axes::draw_empty(area, theme, &input.title, "No outlines to draw");
    };
    let highlighted = |i: usize| input.regions.get(i).is_some_and(|r| input.highlight.contains(&r.id));
    let any_highlight = projected.iter().any(|p| highlighted(p.index));

    let area = &axes::draw_footnote(area, theme, &note(projection))?;
    let mut space = geo_layout::draw_header(area, theme, &input.title, "")?;
    // Land in a soft green, highlights in orange (Okabe-Ito's bluish green
    // and orange): apart for every common kind of colour blindness. The
    // green is an opaque tint: see-through, every sliver where neighbouring
    // countries' edges overlap would show darker (in a terminal as blotches).
    let land = tint(theme.background, theme.color(2), 0.6);
    if any_highlight {
        let label = if input.highlight_label.is_empty() {
            String::from("Highlighted")
        } else {
            input.highlight_label.clone()
        };
        // One entry: the other regions are plainly the rest of the map.
        let entries = [LegendEntry {
            label,
            color: theme.color(1),
        }];
        let used = axes::draw_legend(area, theme, &entries, space.y, space.x, space.w)?;
        space.y += used;
        space.h = (space.h - used).max(0);
    }
    let Some(fit) = Fit::new(bounds, space) else {
        return Ok(());
    };

    geo_basemap::draw_sphere(area, &fit, projection, theme)?;
    let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
    if projection != Projection::AlbersUsa {
        for line in projection.graticule(30.0) {
            area.draw(&PathElement::new(fit.pixels(&line), grid))?;
        }
    }
    let fill_of = |i: usize| {
        Some(if highlighted(i) {
            theme.color(1).filled()
        } else {
            land.filled()
        })
    };
    let border = geo_basemap::gap_border(area, theme, &fit, &projected)?;
    geo_basemap::draw_regions(area, &fit, &projected, fill_of, border)
}

/// `a` moved towards `b` by `t` (0..=1): an opaque tint of `b`.
fn tint(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_name_their_projection() {
        assert_eq!(Variant::World.projection(), Projection::EqualEarth);
        assert_eq!(Variant::UsStates.projection(), Projection::AlbersUsa);
        assert_eq!(Variant::ALL.map(Variant::name), ["world", "us-states"]);
    }

    #[test]
    fn the_note_names_the_projection_drawn() {
        assert_eq!(
            note(Projection::EqualEarth),
            "Equal Earth projection (equal-area); grid lines every 30°"
        );
        assert!(note(Projection::Mercator).starts_with("Mercator projection: Greenland looks as big as Africa"));
        assert!(note(Projection::AlbersUsa).contains("insets"));
    }
}
