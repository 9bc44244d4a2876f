//! Outlines: regions projected and drawn, the base map under points and
//! lines, and the globe's outline.

use crate::axes::{self, DrawResult};
use crate::geo_fit::{Bounds, Fit};
use crate::geo_polygon::{polygon_area, simplify_coasts};
use crate::geo_projection::{Projection, Region};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// A region's rings in plane coordinates, and the area they cover.
#[derive(Clone, Debug, PartialEq)]
pub struct Projected {
    /// Index of the region in the input.
    pub index: usize,
    /// The region's rings in projected (plane) coordinates.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// The area the rings cover, in squared plane units (to draw the largest first).
    pub area: f64,
}

/// Every region projected, largest first (so that a region inside
/// another's hole is drawn on top of it); regions the projection does not
/// show are left out.
pub fn project_regions(regions: &[Region], projection: Projection) -> Vec<Projected> {
    let mut out: Vec<Projected> = regions
        .iter()
        .enumerate()
        .map(|(index, region)| {
            let rings: Vec<Vec<(f64, f64)>> = region.rings.iter().flat_map(|r| projection.ring(r)).collect();
            let area = rings.iter().map(|r| polygon_area(r)).sum();
            Projected { index, rings, area }
        })
        .filter(|p| !p.rings.is_empty())
        .collect();
    out.sort_by(|a, b| b.area.total_cmp(&a.area));
    out
}

/// The extent of projected regions.
pub fn bounds_of(regions: &[Projected]) -> Option<Bounds> {
    Bounds::of(regions.iter().flat_map(|r| r.rings.iter().flatten().copied()))
}

/// Fills each region in the colour `fill` gives its index (none: not
/// drawn), then outlines it with `border`.
pub fn draw_regions<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    regions: &[Projected],
    fill: impl Fn(usize) -> Option<ShapeStyle>,
    border: Option<ShapeStyle>,
) -> DrawResult<(), DB> {
    for region in regions {
        let style = fill(region.index);
        for ring in &region.rings {
            let pixels = fit.pixels(ring);
            if pixels.len() < 3 {
                continue;
            }
            if let Some(style) = style {
                area.draw(&Polygon::new(pixels.clone(), style))?;
            }
            if let Some(border) = border {
                let mut closed = pixels;
                if let Some(first) = closed.first().copied() {
                    closed.push(first);
                }
                area.draw(&PathElement::new(closed, border))?;
            }
        }
    }
    Ok(())
}

/// The border between filled regions: a thin line in the background
/// colour. A terminal erases a whole line of dots for it, which separates
/// big regions (US states at 80x24) but shreds small ones (African
/// countries), so there it is drawn only when the median region covers at
/// least [`BORDER_MIN_CELLS`] cells.
pub fn gap_border<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    fit: &Fit,
    regions: &[Projected],
) -> DrawResult<Option<ShapeStyle>, DB> {
    let border = Some(ShapeStyle::from(&theme.background).stroke_width(1));
    let Some((cw, ch)) = axes::cell_size(area, theme)? else {
        return Ok(border);
    };
    let mut areas: Vec<f64> = regions.iter().map(|r| r.area * fit.scale * fit.scale).collect();
    areas.sort_by(f64::total_cmp);
    let median = areas.get(areas.len() / 2).copied().unwrap_or(0.0);
    Ok(border.filter(|_| median >= BORDER_MIN_CELLS * f64::from(cw * ch)))
}

/// See [`gap_border`].
pub const BORDER_MIN_CELLS: f64 = 8.0;

/// A base map made ready for one projection: its regions projected, and
/// the outline of the land (coasts and outer borders, without the borders
/// between regions) as paths in the plane. Neither depends on the canvas,
/// so build it once with the data: a terminal redraws the chart on every
/// frame and resize, and finding the outline is most of a frame's work.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Basemap {
    /// The projection the regions were projected with.
    pub projection: Projection,
    /// The regions in the plane, largest first (see [`project_regions`]).
    pub regions: Vec<Projected>,
    /// The land's outline in the plane (see [`outer_edges`]).
    pub outline: Vec<Vec<(f64, f64)>>,
    /// Every ring of the regions with its coasts simplified to
    /// [`LAND_DETAIL`] of the map's extent (see [`simplify_coasts`]), and
    /// its bounds: for cutting shapes to the land.
    pub land: Vec<(Vec<(f64, f64)>, Bounds)>,
}

/// The detail of [`Basemap::land`], as a share of the map's extent: under
/// a pixel on a 1200-pixel-wide picture.
pub const LAND_DETAIL: f64 = 1.0 / 2000.0;

impl Basemap {
    /// Projects `regions` with `projection` and finds the land's outline.
    pub fn new(projection: Projection, regions: &[Region]) -> Self {
        let outline = outer_edges(regions)
            .iter()
            .flat_map(|run| projection.path(run))
            .collect();
        let regions = project_regions(regions, projection);
        let extent = map_bounds(projection, &regions).map_or(0.0, |b| b.width().max(b.height()));
        let rings: Vec<&Vec<(f64, f64)>> = regions.iter().flat_map(|r| &r.rings).collect();
        let land = simplify_coasts(&rings, extent * LAND_DETAIL)
            .into_iter()
            .filter_map(|ring| Bounds::of(ring.iter().copied()).map(|b| (ring, b)))
            .collect();
        Basemap {
            projection,
            regions,
            outline,
            land,
        }
    }

    /// The extent of the map (see [`map_bounds`]).
    pub fn bounds(&self) -> Option<Bounds> {
        map_bounds(self.projection, &self.regions)
    }
}

/// The quiet base map under points and lines. On paper: a light fill and
/// thin grey borders. In a terminal, where every cell shows one colour, only
/// the outer outline (coasts and outer borders), so that the lines and
/// points on top keep the cells they cross; the fill, under half opacity,
/// is left out there anyway.
pub fn draw_basemap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    basemap: &Basemap,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let line = ShapeStyle::from(&theme.axis.mix(0.5)).stroke_width(1);
    if axes::text_in_cells(area, theme)? {
        for piece in &basemap.outline {
            area.draw(&PathElement::new(fit.pixels(piece), line))?;
        }
        return Ok(());
    }
    let fill = theme.muted.mix(0.12).filled();
    draw_regions(area, fit, &basemap.regions, |_| Some(fill), Some(line))
}

/// The edges of the rings that no other edge repeats: the outline of the
/// land without the borders between its regions (outlines from `TopoJSON`
/// share their borders point for point). Returned as runs of (lon, lat).
pub fn outer_edges(regions: &[Region]) -> Vec<Vec<(f64, f64)>> {
    type Key = ((i64, i64), (i64, i64));
    let q = |p: (f64, f64)| ((p.0 * 1e6) as i64, (p.1 * 1e6) as i64);
    let key = |a: (f64, f64), b: (f64, f64)| -> Key {
        let (a, b) = (q(a), q(b));
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let rings = || regions.iter().flat_map(|r| r.rings.iter());
    // Every edge with its number, sorted by key: equal keys sit side by
    // side, so one pass marks the shared ones.
    let mut keyed: Vec<(Key, usize)> = rings()
        .flat_map(|ring| ring.windows(2).map(|w| key(w[0], w[1])))
        .enumerate()
        .map(|(i, k)| (k, i))
        .collect();
    keyed.sort_unstable();
    let mut shared = vec![false; keyed.len()];
    for pair in keyed.windows(2) {
        if pair[0].0 == pair[1].0 {
            for (_, i) in pair {
                if let Some(s) = shared.get_mut(*i) {
                    *s = true;
                }
            }
        }
    }
    let mut runs = Vec::new();
    let mut edge = 0;
    for ring in rings() {
        let mut run: Vec<(f64, f64)> = Vec::new();
        for w in ring.windows(2) {
            let outer = !shared.get(edge).copied().unwrap_or(true);
            edge += 1;
            if outer {
                if run.is_empty() {
                    run.push(w[0]);
                }
                run.push(w[1]);
            } else if run.len() >= 2 {
                runs.push(std::mem::take(&mut run));
            } else {
                run.clear();
            }
        }
        if run.len() >= 2 {
            runs.push(run);
        }
    }
    runs
}

/// The globe's outline filled as a pale sea, with its edge in the grid
/// colour; nothing for projections without one. A terminal would leave the
/// pale fill out (under half opacity), so it is not drawn there at all.
pub fn draw_sphere<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    projection: Projection,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let Some(sphere) = projection.sphere() else {
        return Ok(());
    };
    let pixels = fit.pixels(&sphere);
    if !axes::text_in_cells(area, theme)? {
        area.draw(&Polygon::new(
            pixels.clone(),
            theme.color(crate::theme::WATER).mix(0.1).filled(),
        ))?;
    }
    area.draw(&PathElement::new(pixels, ShapeStyle::from(&theme.grid).stroke_width(1)))?;
    Ok(())
}

/// The projected extent a map of `regions` should show: the whole globe
/// for projections that have an outline, else the regions' extent.
pub fn map_bounds(projection: Projection, regions: &[Projected]) -> Option<Bounds> {
    match projection.sphere() {
        Some(sphere) => Bounds::of(sphere),
        None => bounds_of(regions),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outer_edges_leave_out_shared_borders() {
        // Two squares side by side share the edge x = 1.
        let square = |x: f64| vec![(x, 0.0), (x + 1.0, 0.0), (x + 1.0, 1.0), (x, 1.0), (x, 0.0)];
        let regions = [
            Region {
                rings: vec![square(0.0)],
                ..Region::default()
            },
            Region {
                rings: vec![square(1.0)],
                ..Region::default()
            },
        ];
        let runs = outer_edges(&regions);
        let edges: usize = runs.iter().map(|r| r.len() - 1).sum();
        assert_eq!(edges, 6, "8 edges less the 2 copies of the shared one: {runs:?}");
        assert!(runs.iter().flatten().all(|p| p.0 != 1.0 || p.1 == 0.0 || p.1 == 1.0));
    }
}
