//! # Hexbin map
//!
//! A hexbin map cuts the map into equal hexagons and colours each one by how
//! many points fall in it, over the outlines of a base map. Where a plain
//! point map turns into an overplotted blob, the hexagons still show where
//! the points are dense. Hexagons tile the plane like squares do, but their
//! centres are closer to every point inside them and they have no long
//! straight rows for the eye to follow.
//!
//! ## When to use
//! Many points with coordinates (hundreds to millions): events, stations,
//! sightings, airports, when their density across space is the question.
//!
//! ## Caveat
//! The size (and placement) of the hexagons changes the picture, like a
//! histogram's bin width: try a few. An empty hexagon means no points were
//! recorded there, not a measured zero; and counts follow population, so
//! divide by it when you mean a rate. Bins are cut in the projected plane:
//! use an equal-area projection (as here) so every hexagon covers the same
//! ground.
//!
//! ## Variants
//! - `hexbin`: counts per hexagon in viridis, with a colour bar; empty
//!   hexagons are left out and the others cut to the land they cover. The
//!   hexagons are the finest that give the counts a readable range (the
//!   busiest holds 10 or more, 2 on average).
//! - `points`: the raw points, for comparison: where they pile up, the
//!   dots hide how many there are.
//!
//! ## Related
//! density-2d, bubble-map, choropleth, background-map
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and the map helpers
//! `geo_projection.rs`, `geo_hexbin.rs`, `geo_polygon.rs`, `geo_fit.rs`,
//! `geo_basemap.rs` and `geo_layout.rs`, and the colour bar `color_bar.rs`,
//! from the gallery.

use crate::axes::{self, DrawResult};
use crate::color_bar::ColorBar;
use crate::geo_basemap::{self, Basemap};
use crate::geo_fit::{self, Fit};
use crate::geo_hexbin;
use crate::geo_layout::{self, Side};
use crate::geo_polygon;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::sync::OnceLock;

/// The data of a hexbin map, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What a hexagon counts, e.g. "Airports per hexagon"; titles the colour bar.
    pub count_title: String,
    /// The base map, projected once (see [`geo_basemap::Basemap::new`]).
    pub basemap: Basemap,
    /// The points as (longitude, latitude).
    pub points: Vec<(f64, f64)>,
    /// A line under the title.
    pub note: String,
    /// The hexagons, worked out on the first draw and kept for the next
    /// ones; leave it empty (`OnceLock::new()`).
    pub hexes: OnceLock<Hexes>,
}

/// The hexagons of a hexbin map in the plane. They depend on the points
/// and the base map alone, not on the canvas: a terminal redraws the chart
/// on every frame and resize, and cutting hexagons to the coast is most of
/// a frame's work.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hexes {
    /// The points with a position on this map, projected.
    pub projected: Vec<(f64, f64)>,
    /// How many points have a position that this map does not show.
    pub outside: usize,
    /// The map's extent, grown by a hexagon's radius; none without points.
    pub bounds: Option<geo_fit::Bounds>,
    /// A hexagon's radius, in plane units.
    pub radius: f64,
    /// Each hexagon's count and its pieces on land.
    pub cells: Vec<(usize, Vec<Ring>)>,
}

/// A polygon's corners in the plane.
pub type Ring = Vec<(f64, f64)>;

impl Hexes {
    /// The hexagons of `input`'s points over its base map.
    pub fn of(input: &Input) -> Hexes {
        let projection = input.basemap.projection;
        let finite: Vec<(f64, f64)> = input
            .points
            .iter()
            .copied()
            .filter(|p| p.0.is_finite() && p.1.is_finite())
            .collect();
        let projected: Vec<(f64, f64)> = finite.iter().filter_map(|p| projection.point(p.0, p.1)).collect();
        let outside = finite.len() - projected.len();
        let bounds = input
            .basemap
            .bounds()
            .or_else(|| geo_fit::Bounds::of(projected.iter().copied()))
            .filter(|_| !projected.is_empty());
        let Some(bounds) = bounds else {
            return Hexes {
                projected,
                outside,
                ..Hexes::default()
            };
        };
        let radius = readable_radius(bounds.width().max(bounds.height()), &projected);
        // Each hexagon is cut to the land it covers, so none spills into
        // the sea; without outlines, whole hexagons.
        let rings = &input.basemap.land;
        let cells = geo_hexbin::hex_bin(&projected, radius)
            .into_iter()
            .map(|(centre, n)| {
                let corners = geo_hexbin::hex_corners(centre, radius);
                if rings.is_empty() {
                    return (n, vec![corners]);
                }
                let (x0, x1) = (centre.0 - radius, centre.0 + radius);
                let (y0, y1) = (centre.1 - radius, centre.1 + radius);
                let pieces = rings
                    .iter()
                    .filter(|(_, b)| b.min_x <= x1 && b.max_x >= x0 && b.min_y <= y1 && b.max_y >= y0)
                    .map(|(ring, _)| geo_polygon::clip_convex_fast(ring, &corners))
                    .filter(|piece| piece.len() >= 3)
                    .collect();
                (n, pieces)
            })
            .collect();
        Hexes {
            projected,
            outside,
            // Hexagons reach up to a radius past the points they hold.
            bounds: Some(bounds.padded(radius)),
            radius,
            cells,
        }
    }
}

/// The ways to draw a hexbin map, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `hexbin`: Counts per hexagon in viridis, with a colour bar; empty hexagons are left out and
    /// the others cut to the land they cover.
    Hexbin,
    /// `points`: The raw points, for comparison: where they pile up, the dots hide how many there
    /// are.
    Points,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Hexbin, Variant::Points];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Hexbin => "hexbin",
            Variant::Points => "points",
        }
    }
}

/// Hexagons across the width of the map.
const HEXAGONS_ACROSS: f64 = 28.0;

/// Draws `input` as a hexbin map in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let hexes = input.hexes.get_or_init(|| Hexes::of(input));
    let Some(bounds) = hexes.bounds else {
        return axes::draw_empty(area, theme, &input.title, "No points with a position on this map");
    };
    let max = hexes.cells.iter().map(|(n, _)| *n).max().unwrap_or(1);
    let bar = ColorBar::new(input.count_title.clone(), 1.0, max as f64)
        .whole_numbers()
        .title_over_chart();

    let area = &axes::draw_footnote(area, theme, &note_with_outside(&input.note, hexes.outside))?;
    let space = geo_layout::draw_header(area, theme, &input.title, "")?;
    let (side, map_space) = match variant {
        Variant::Hexbin => geo_layout::split_legend(
            space,
            bounds.aspect(),
            bar.width(area, theme)?,
            bar.row_height(area, theme)?,
        ),
        Variant::Points => (Side::Right, space),
    };
    let Some(fit) = Fit::new(bounds, map_space) else {
        return Ok(());
    };
    geo_basemap::draw_basemap(area, &fit, &input.basemap, theme)?;

    match variant {
        Variant::Hexbin => {
            // Hexagons are a few cells at most: borders only on paper.
            let border = if axes::text_in_cells(area, theme)? {
                None
            } else {
                Some(ShapeStyle::from(&theme.background).stroke_width(1))
            };
            for (n, pieces) in &hexes.cells {
                let fill = bar.color(theme, *n as f64);
                for piece in pieces {
                    let pixels = fit.pixels(piece);
                    area.draw(&Polygon::new(pixels.clone(), fill.filled()))?;
                    if let Some(border) = border {
                        let mut closed = pixels;
                        if let Some(first) = closed.first().copied() {
                            closed.push(first);
                        }
                        area.draw(&PathElement::new(closed, border))?;
                    }
                }
            }
            let viridis = |t| theme.sequential(t);
            match side {
                Side::Right => {
                    let column = (fit.rect.right(), fit.rect.y);
                    bar.draw_column(area, theme, column, fit.rect.bottom(), viridis)
                }
                Side::Top => bar.draw_row(area, theme, (space.x, space.y), space.w, viridis),
            }
        }
        Variant::Points => {
            let r = (theme.point_radius as i32 / 2).max(1);
            for p in &hexes.projected {
                area.draw(&Circle::new(fit.px(*p), r, theme.color(0).mix(0.7).filled()))?;
            }
            Ok(())
        }
    }
}

/// Hexagons across the map to try, finest first.
const ACROSS_CHOICES: [f64; 7] = [HEXAGONS_ACROSS, 24.0, 20.0, 17.0, 14.0, 12.0, 10.0];

/// The finest hexagons (of [`ACROSS_CHOICES`] across a map `extent` wide)
/// that give the colour scale a readable range: the busiest hexagon holds
/// at least 10 points and hexagons hold 2 on average. A few hundred points
/// in small hexagons would give counts of 1 to 6: speckle, not density.
fn readable_radius(extent: f64, points: &[(f64, f64)]) -> f64 {
    let mut radius = hex_radius(extent);
    for across in ACROSS_CHOICES {
        radius = hex_radius(extent * HEXAGONS_ACROSS / across);
        let bins = geo_hexbin::hex_bin(points, radius);
        let max = bins.iter().map(|b| b.1).max().unwrap_or(0);
        if max >= 10 && points.len() >= 2 * bins.len() {
            break;
        }
    }
    radius
}

/// The hexagons' circumradius for a map `extent` wide (projected units).
pub fn hex_radius(extent: f64) -> f64 {
    // Neighbouring pointy-top hexagons are sqrt(3) radii apart.
    let r = extent / (HEXAGONS_ACROSS * 3f64.sqrt());
    if r.is_finite() && r > 0.0 {
        r
    } else {
        1.0
    }
}

fn note_with_outside(note: &str, outside: usize) -> String {
    if outside == 0 {
        return note.to_string();
    }
    let extra = if outside == 1 {
        String::from("1 place is not on this map")
    } else {
        format!("{outside} places are not on this map")
    };
    if note.is_empty() {
        extra
    } else {
        format!("{note}; {extra}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hexes_count_every_point_on_the_map_once() {
        // Around Denver and Chicago, and one in London (off this map).
        let mut points: Vec<(f64, f64)> = (0..40).map(|i| (-105.0 + f64::from(i % 5) * 0.1, 39.7)).collect();
        points.extend((0..25).map(|i| (-87.6, 41.8 + f64::from(i % 3) * 0.1)));
        points.push((-0.1, 51.5));
        let input = Input {
            basemap: Basemap {
                projection: crate::geo_projection::Projection::AlbersUsa,
                ..Basemap::default()
            },
            points,
            ..Input::default()
        };
        let hexes = Hexes::of(&input);
        assert_eq!(hexes.outside, 1);
        assert_eq!(hexes.projected.len(), 65);
        assert_eq!(hexes.cells.iter().map(|(n, _)| n).sum::<usize>(), 65);
        assert!(
            hexes.cells.iter().all(|(_, pieces)| pieces.len() == 1),
            "no land to cut to: whole hexagons"
        );
        assert!(hexes.bounds.is_some() && hexes.radius > 0.0);
        assert!(input.hexes.get().is_none(), "filled by the first draw, not before");
        assert_eq!(Hexes::of(&Input::default()).bounds, None);
    }

    #[test]
    fn hexagons_span_the_map_a_fixed_number_of_times() {
        let r = hex_radius(HEXAGONS_ACROSS * 3f64.sqrt());
        assert!((r - 1.0).abs() < 1e-12);
        assert_eq!(hex_radius(0.0), 1.0);
        assert_eq!(hex_radius(f64::NAN), 1.0);
    }

    #[test]
    fn few_points_get_bigger_hexagons() {
        // 300 points spread evenly: 28 across gives about one per hexagon.
        let spread: Vec<(f64, f64)> = (0..300)
            .map(|i| (f64::from(i % 20) * 5.0, f64::from(i / 20) * 4.0))
            .collect();
        let fine = hex_radius(100.0);
        let chosen = readable_radius(100.0, &spread);
        assert!(chosen > fine, "{chosen} vs {fine}");
        let bins = geo_hexbin::hex_bin(&spread, chosen);
        assert!(bins.iter().map(|b| b.1).max().unwrap_or(0) >= 10 || chosen >= hex_radius(100.0 * 2.8));
        // Dense points keep the finest hexagons.
        let dense: Vec<(f64, f64)> = (0..3000)
            .map(|i| (f64::from(i % 10) * 0.1, f64::from(i / 300) * 0.1))
            .collect();
        assert!((readable_radius(100.0, &dense) - fine).abs() < 1e-12);
    }

    #[test]
    fn the_note_counts_points_off_the_map() {
        assert_eq!(note_with_outside("", 2), "2 places are not on this map");
        assert_eq!(note_with_outside("n", 0), "n");
    }
}
