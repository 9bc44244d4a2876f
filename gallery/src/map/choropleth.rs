//! # Choropleth map
//!
//! A choropleth colours each region (country, state) by a value measured
//! for it, on one sequential colour scale with a colour bar, so the eye
//! sees how the value varies across space: gradients, clusters, borders
//! that matter. Regions without a value stay a light "no data" grey.
//! The input's `projection` draws a world map in another projection than
//! Equal Earth (Natural Earth, Mercator, equirectangular), and the footnote
//! names it.
//!
//! ## When to use
//! A rate, share or average known for every region of a map: life
//! expectancy by country, unemployment rate by state, votes per capita.
//!
//! ## Caveat
//! Map rates, not raw counts: a map of totals (cases, sales, people) is a
//! map of population, since big populations have more of everything;
//! divide by population or area first. Large, empty regions dominate the
//! picture (Russia, Canada, Alaska) while small, crowded ones vanish; a
//! bubble map or a cartogram weighs them fairly. The colour scale changes
//! the story too: keep one sequential colormap and show its bar.
//!
//! ## Variants
//! - `world`: countries in the Equal Earth projection.
//! - `us-states`: states in an Albers equal-area conic, Alaska and Hawaii
//!   as insets. Here the value is the population itself, which shows the
//!   caveat: the map mostly tells where people live.
//!
//! ## Related
//! background-map, bubble-map, hexbin-map, heatmap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs`, `axes.rs` and the map helpers
//! `geo_projection.rs`, `geo_polygon.rs`, `geo_fit.rs`, `geo_basemap.rs`
//! and `geo_layout.rs`, and the colour bar `color_bar.rs`, from the gallery.

use crate::axes::{self, DrawResult};
use crate::color_bar::ColorBar;
use crate::geo_basemap;
use crate::geo_fit::Fit;
use crate::geo_layout::{self, Side};
use crate::geo_projection::{Projection, Region};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of a choropleth map, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the colour shows, with its unit; titles the colour bar.
    pub value_title: String,
    /// The map's regions; those in `values` are coloured, the others drawn as having no data.
    pub regions: Vec<Region>,
    /// One value per region, in the same order; NaN (or a missing entry)
    /// where there is no data.
    pub values: Vec<f64>,
    /// A line under the title (e.g. how many rows matched no region).
    pub note: String,
    /// The projection to draw the map in; `None`: the variant's own (Equal
    /// Earth for `world`, Albers USA for `us-states`).
    pub projection: Option<Projection>,
}

/// The ways to draw a choropleth map, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `world`: Countries in the Equal Earth projection.
    World,
    /// `us-states`: States in an Albers equal-area conic, Alaska and Hawaii as insets.
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

/// Draws `input` as a choropleth map in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let projection = input.projection.unwrap_or(variant.projection());
    let projected = geo_basemap::project_regions(&input.regions, projection);
    let value = |i: usize| input.values.get(i).copied().filter(|v| v.is_finite());
    let shown = projected.iter().filter_map(|p| value(p.index));
    let (Some(bounds), Some((lo, hi))) = (geo_basemap::map_bounds(projection, &projected), stats::extent(shown)) else {
        return axes::draw_empty(area, theme, &input.title, "No values for any region on this map");
    };
    let missing = projected.iter().any(|p| value(p.index).is_none());
    let mut bar = ColorBar::new(input.value_title.clone(), lo, hi).title_over_chart();
    if missing {
        bar = bar.with_no_data("No data", theme.no_data());
    }

    let area = &axes::draw_footnote(area, theme, &note(&input.note, projection, variant))?;
    let space = geo_layout::draw_header(area, theme, &input.title, "")?;
    let (side, map_space) = geo_layout::split_legend(
        space,
        bounds.aspect(),
        bar.width(area, theme)?,
        bar.row_height(area, theme)?,
    );
    let Some(fit) = Fit::new(bounds, map_space) else {
        return Ok(());
    };
    geo_basemap::draw_sphere(area, &fit, projection, theme)?;
    let fill_of = |i: usize| {
        Some(match value(i) {
            Some(v) => bar.color(theme, v).filled(),
            None => theme.no_data().filled(),
        })
    };
    let border = geo_basemap::gap_border(area, theme, &fit, &projected)?;
    geo_basemap::draw_regions(area, &fit, &projected, fill_of, border)?;
    let viridis = |t| theme.sequential(t);

    match side {
        Side::Right => bar.draw_column(area, theme, (fit.rect.right(), fit.rect.y), fit.rect.bottom(), viridis),
        Side::Top => bar.draw_row(area, theme, (space.x, space.y), space.w, viridis),
    }
}

/// The input's note, after the projection's when it is not the variant's own.
fn note(note: &str, projection: Projection, variant: Variant) -> String {
    if projection == variant.projection() {
        note.to_string()
    } else {
        projection.note_before(note)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_name_their_projection() {
        assert_eq!(Variant::World.projection(), Projection::EqualEarth);
        assert_eq!(Variant::UsStates.projection(), Projection::AlbersUsa);
    }

    #[test]
    fn the_note_names_a_projection_other_than_the_variants() {
        let world = Variant::World;
        assert_eq!(
            note("3 countries are not on this map", Projection::EqualEarth, world),
            "3 countries are not on this map"
        );
        let mercator = note("3 countries are not on this map", Projection::Mercator, world);
        assert!(mercator.starts_with("Mercator projection"), "{mercator}");
        assert!(mercator.ends_with("; 3 countries are not on this map"), "{mercator}");
        assert_eq!(
            note("", Projection::NaturalEarth, world),
            Projection::NaturalEarth.note()
        );
    }
}
