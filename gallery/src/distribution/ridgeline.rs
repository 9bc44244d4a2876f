//! # Ridgeline
//!
//! A ridgeline plot (once called a joyplot) stacks one density curve per
//! group, each on its own baseline, so a dozen distributions compare at a
//! glance: how the bulk shifts from group to group, where a group is wider
//! or has two humps. The ridges may overlap like a mountain range, which
//! leaves each one more height than its row. Each ridge is coloured by its
//! median on the viridis scale (from the lowest median to the highest), so
//! low and high groups read at a glance.
//!
//! ## When to use
//! One numeric variable across many groups (five to a few dozen) that have
//! a natural order: months, years, ranks. With two or three groups a
//! density or violin plot is simpler.
//!
//! ## Caveat
//! The overlap amount is a choice that changes the story: a lot of overlap
//! exaggerates peaks and hides the ridges behind them, none at all leaves
//! flat curves. Every ridge here shares one height scale (equal areas), so
//! a tall ridge is a concentrated group, not a bigger one. A group with few
//! points still gets a smooth ridge that looks just as sure as the others:
//! when a group has fewer than 20 values every label shows n. Each
//! bandwidth is 1.5 times Silverman's rule of thumb: ridges compare the
//! bulk of each group, and the plain rule leaves day-to-day noise in every
//! curve. Each curve runs three bandwidths past its group's data, so its
//! tails fade into the baseline instead of stopping at the extremes.
//!
//! ## Variants
//! - `overlap`: ridges reach up to 1.8 rows, over the ridges behind them
//!   (the classic look).
//! - `separate`: each ridge stays inside its own row.
//!
//! ## Related
//! density, violin, boxplot, histogram, beeswarm
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The values of one ridge.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, labelling its ridge.
    pub name: String,
    /// The group's observations, in the x variable's unit.
    pub values: Vec<f64>,
}

/// The data of a ridgeline plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variable and its unit, e.g. "Daily maximum temperature (°C)".
    pub x_title: String,
    /// What the groups are, e.g. "Month"; may be empty.
    pub y_title: String,
    /// The ridges, top to bottom.
    pub groups: Vec<Group>,
    /// Multiplies each ridge's bandwidth (1.5 times Silverman's rule): above 1
    /// smooths more, below 1 shows more detail. `None` keeps the rule.
    pub bandwidth_scale: Option<f64>,
}

/// The ways to draw a ridgeline plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `overlap`: Ridges reach up to 1.8 rows, over the ridges behind them (the classic look).
    Overlap,
    /// `separate`: Each ridge stays inside its own row.
    Separate,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Overlap, Variant::Separate];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Overlap => "overlap",
            Variant::Separate => "separate",
        }
    }

    /// The tallest ridge's height, in rows.
    fn height(self) -> f64 {
        match self {
            Variant::Overlap => 1.8,
            Variant::Separate => 0.9,
        }
    }
}

/// Points at which each density is evaluated.
const SAMPLES: usize = 160;
/// How many bandwidths the ridges run past the data on each side: far
/// enough for every tail to fade to (near) zero.
const CUT: f64 = 3.0;
/// Bandwidth as a multiple of Silverman's rule (see the caveat).
const SMOOTHING: f64 = 1.5;
/// A terminal cell's height in the virtual pixels the backend lays out.
const CELL_H: i32 = 16;
/// Below this many values in any group, every label shows n.
const SHOW_N_BELOW: usize = 20;
/// The viridis stretch the medians span: its darkest end vanishes on a
/// black terminal.
const COLOR_RANGE: (f64, f64) = (0.2, 1.0);

/// Draws `input` as a ridgeline plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let groups: Vec<Vec<f64>> = input.groups.iter().map(|g| stats::sorted_finite(&g.values)).collect();
    let Some((lo, hi)) = stats::extent(groups.iter().flatten().copied()) else {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "No numeric values to estimate a density from",
        );
    };
    let scale = input
        .bandwidth_scale
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(1.0);
    let bandwidths: Vec<f64> = groups.iter().map(|g| bandwidth(g) * scale).collect();
    let grid = ridge_grid(lo, hi, bandwidths.iter().copied().fold(0.0f64, f64::max));
    let densities: Vec<Vec<f64>> = groups
        .iter()
        .zip(&bandwidths)
        .map(|(g, bw)| {
            if g.is_empty() {
                Vec::new()
            } else {
                stats::kde(g, *bw, &grid)
            }
        })
        .collect();
    let peak = densities.iter().flatten().copied().fold(0.0f64, f64::max);
    let height = variant.height();
    let scale = if peak > 0.0 { height / peak } else { 0.0 };

    let n = input.groups.len();
    let show_n = groups.iter().any(|g| g.len() < SHOW_N_BELOW);
    let names: Vec<String> = input
        .groups
        .iter()
        .zip(&groups)
        .rev()
        .map(|(g, values)| label(&g.name, values.len(), show_n))
        .collect();
    let mut y = Axis::categories(&input.y_title, names);
    (y.min, y.max) = row_range(n, height);
    let (x0, x1) = (grid.first().copied().unwrap_or(lo), grid.last().copied().unwrap_or(hi));
    let x = Axis::linear(&input.x_title, x0, x1);
    let in_cells = axes::text_in_cells(area, theme)?;
    let plot = Frame::new(&input.title, &x, &y).draw(area, theme)?;
    let pixel_rows = {
        let (_, rows) = plot.get_pixel_range();
        (rows.start, (rows.end - 1).max(rows.start))
    };

    let medians: Vec<Option<f64>> = groups.iter().map(|g| stats::quantile(g, 0.5)).collect();
    let median_range = stats::extent(medians.iter().flatten().copied());
    let color_of = |median: Option<f64>| {
        let t = match (median, median_range) {
            (Some(m), Some((a, b))) if b > a => (m - a) / (b - a),
            _ => 0.5,
        };
        theme.sequential(COLOR_RANGE.0 + (COLOR_RANGE.1 - COLOR_RANGE.0) * t)
    };
    // The top ridge is the furthest back: draw it first, so each ridge in
    // front covers the ones behind it.
    let (_, plot_h) = axes::dims(&plot);
    let half_pixel = 0.5 * (y.max - y.min) / f64::from(plot_h.max(1));
    // A terminal lights a whole sub-cell block (8 px tall in quadrants) for
    // any sliver: there a tail ends where it is half a block tall, or lone
    // outliers' specks float beside the ridge.
    let min_height = if in_cells { 8.0 * half_pixel } else { half_pixel };
    let edge = ShapeStyle::from(&theme.background).stroke_width(theme.line_width.div_ceil(2));
    for (i, (density, values)) in densities.iter().zip(&groups).enumerate() {
        if values.is_empty() {
            continue;
        }
        let mut base = baseline(i, n);
        if in_cells {
            // The label is set in the text row holding the baseline; the
            // ridge stands on the bottom of that row, so it and its label
            // share a row.
            let (_, py) = plot.map_coordinate(&(x0, base));
            base = y_at_pixel(snap_to_row_bottom(py), pixel_rows, (y.min, y.max));
        }
        let color = color_of(medians.get(i).copied().flatten());
        // From the first to the last point at least `min_height` tall: the
        // tails fade in and out, and no stray pixels lie along the baseline.
        let top = visible_span(&grid, density, scale, min_height, base);
        let (Some(left), Some(right)) = (top.first().copied(), top.last().copied()) else {
            continue;
        };
        let mut outline = Vec::with_capacity(top.len() + 2);
        outline.push((left.0, base));
        outline.extend_from_slice(&top);
        outline.push((right.0, base));
        plot.draw(&Polygon::new(outline, color.filled()))?;
        // An edge in the background colour parts this ridge from the one
        // behind, where the ridge is taller than the edge is wide (on the
        // flat tails it would eat the fill). Not in a terminal: there the
        // ridges' solid colours part them, and a one-dot line of background
        // would notch the fills.
        if in_cells {
            continue;
        }
        let edge_w = f64::from(theme.line_width.div_ceil(2));
        let tall: Vec<(f64, f64)> = top
            .into_iter()
            .filter(|(_, t)| t - base > 2.0 * edge_w * half_pixel)
            .collect();
        plot.draw(&PathElement::new(tall, edge))?;
    }
    Ok(())
}

/// The x grid every ridge is evaluated on: the data range widened by `CUT`
/// of the widest bandwidth on each side.
fn ridge_grid(lo: f64, hi: f64, widest_bandwidth: f64) -> Vec<f64> {
    let pad = CUT * widest_bandwidth;
    stats::linspace(lo - pad, hi + pad, SAMPLES)
}

/// The top of one ridge from the first to the last grid point where it is
/// taller than `min_height` (data units), lifted onto `base`.
fn visible_span(grid: &[f64], density: &[f64], scale: f64, min_height: f64, base: f64) -> Vec<(f64, f64)> {
    let tall = |d: &f64| *d * scale > min_height;
    let (Some(first), Some(last)) = (density.iter().position(tall), density.iter().rposition(tall)) else {
        return Vec::new();
    };
    grid[first..=last]
        .iter()
        .zip(&density[first..=last])
        .map(|(x, d)| (*x, base + d * scale))
        .collect()
}

/// The last pixel row of the text row (cell) that pixel row `py` lies in.
fn snap_to_row_bottom(py: i32) -> i32 {
    py.div_euclid(CELL_H) * CELL_H + CELL_H - 1
}

/// The data y at pixel row `py`, for a plot whose pixel rows run from
/// `top` (data `max`) to `bottom` (data `min`).
fn y_at_pixel(py: i32, (top, bottom): (i32, i32), (min, max): (f64, f64)) -> f64 {
    if bottom <= top {
        return min;
    }
    let t = f64::from(bottom - py) / f64::from(bottom - top);
    min + (max - min) * t
}

/// The baseline of ridge `i` of `n` (the first on top), at its label.
fn baseline(i: usize, n: usize) -> f64 {
    n.saturating_sub(i + 1) as f64
}

/// The y range: a little below the lowest baseline, up to the top of the
/// highest ridge, which reaches `height` rows above its baseline.
fn row_range(n: usize, height: f64) -> (f64, f64) {
    (-0.15, n.saturating_sub(1) as f64 + height.max(0.5) + 0.05)
}

/// `SMOOTHING` times Silverman's bandwidth, or for data without spread a
/// tenth of its size.
fn bandwidth(values: &[f64]) -> f64 {
    match stats::extent(values.iter().copied()) {
        Some((lo, hi)) if hi > lo => SMOOTHING * stats::silverman_bandwidth(values),
        Some((v, _)) if v != 0.0 => v.abs() / 10.0,
        _ => 1.0,
    }
}

fn label(name: &str, n: usize, show_n: bool) -> String {
    let name = if name.is_empty() { "All" } else { name };
    if show_n {
        format!("{name} (n={n})")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_group_is_the_top_ridge() {
        assert_eq!(baseline(0, 12), 11.0);
        assert_eq!(baseline(11, 12), 0.0);
        assert_eq!(baseline(0, 0), 0.0);
    }

    #[test]
    fn the_range_holds_the_top_ridge() {
        let (lo, hi) = row_range(12, 1.8);
        assert!(lo < 0.0);
        assert!(hi >= baseline(0, 12) + 1.8);
        let (lo, hi) = row_range(0, 0.9);
        assert!(hi > lo);
    }

    #[test]
    fn labels_show_n_only_when_asked() {
        assert_eq!(label("Jan", 124, false), "Jan");
        assert_eq!(label("Jan", 3, true), "Jan (n=3)");
        assert_eq!(label("", 3, false), "All");
    }

    #[test]
    fn tails_fade_to_zero_inside_the_grid() {
        // Two clumps far apart: a narrow bandwidth would leave two bumps
        // and flat-cut tails.
        let values: Vec<f64> = (0..60)
            .map(|i| f64::from(i % 7) + if i % 2 == 0 { 0.0 } else { 3.0 })
            .collect();
        let sorted = stats::sorted_finite(&values);
        let bw = bandwidth(&sorted);
        assert!((bw - 1.5 * stats::silverman_bandwidth(&sorted)).abs() < 1e-12);
        let (lo, hi) = stats::extent(sorted.iter().copied()).expect("extent");
        let grid = ridge_grid(lo, hi, bw);
        assert!(grid[0] <= lo - 3.0 * bw + 1e-9 && grid[SAMPLES - 1] >= hi + 3.0 * bw - 1e-9);
        let d = stats::kde(&sorted, bw, &grid);
        let peak = d.iter().copied().fold(0.0f64, f64::max);
        assert!(
            d[0] < 0.02 * peak && d[SAMPLES - 1] < 0.02 * peak,
            "{} {} {peak}",
            d[0],
            d[SAMPLES - 1]
        );
        // The drawn span starts and ends low, not at a cut-off plateau.
        let span = visible_span(&grid, &d, 1.0, 0.001 * peak, 10.0);
        let (first, last) = (span[0].1 - 10.0, span[span.len() - 1].1 - 10.0);
        assert!(first < 0.02 * peak && last < 0.02 * peak);
        assert!(span[0].0 < lo && span[span.len() - 1].0 > hi);
    }

    #[test]
    fn terminal_baselines_sit_on_the_bottom_of_their_label_row() {
        assert_eq!(snap_to_row_bottom(0), 15);
        assert_eq!(snap_to_row_bottom(100), 111);
        assert_eq!(snap_to_row_bottom(111), 111);
        assert_eq!(snap_to_row_bottom(112), 127);
        // Pixel rows 20 (top, y = 10) to 120 (bottom, y = 0).
        assert!((y_at_pixel(120, (20, 120), (0.0, 10.0)) - 0.0).abs() < 1e-12);
        assert!((y_at_pixel(20, (20, 120), (0.0, 10.0)) - 10.0).abs() < 1e-12);
        assert!((y_at_pixel(70, (20, 120), (0.0, 10.0)) - 5.0).abs() < 1e-12);
        assert!((y_at_pixel(5, (7, 7), (1.0, 2.0)) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn degenerate_groups_still_get_a_bandwidth() {
        assert!((bandwidth(&[]) - 1.0).abs() < 1e-12);
        assert!((bandwidth(&[20.0, 20.0]) - 2.0).abs() < 1e-12);
        assert!(bandwidth(&[1.0, 2.0, 3.0]) > 0.0);
    }
}
