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
//! when a group has fewer than 20 values every label shows n. Silverman's
//! rule sets each bandwidth.
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
    pub name: String,
    pub values: Vec<f64>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    pub title: String,
    /// The variable and its unit, e.g. "Daily maximum temperature (°C)".
    pub x_title: String,
    /// What the groups are, e.g. "Month"; may be empty.
    pub y_title: String,
    /// The ridges, top to bottom.
    pub groups: Vec<Group>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    Overlap,
    Separate,
}

impl Variant {
    pub const ALL: [Variant; 2] = [Variant::Overlap, Variant::Separate];

    pub fn name(self) -> &'static str {
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
/// How many bandwidths the ridges run past the data on each side.
const CUT: f64 = 2.0;
/// Below this many values in any group, every label shows n.
const SHOW_N_BELOW: usize = 20;
/// The viridis stretch the medians span: its darkest end vanishes on a
/// black terminal.
const COLOR_RANGE: (f64, f64) = (0.2, 1.0);

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
    let bandwidths: Vec<f64> = groups.iter().map(|g| bandwidth(g)).collect();
    let pad = CUT * bandwidths.iter().copied().fold(0.0f64, f64::max);
    let grid = stats::linspace(lo - pad, hi + pad, SAMPLES);
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
    let plot = Frame::new(&input.title, &x, &y).draw(area, theme)?;

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
    let edge = ShapeStyle::from(&theme.background).stroke_width(theme.line_width.div_ceil(2));
    for (i, (density, values)) in densities.iter().zip(&groups).enumerate() {
        let (Some(first), Some(last)) = (values.first(), values.last()) else {
            continue;
        };
        let base = baseline(i, n);
        let color = color_of(medians.get(i).copied().flatten());
        // Only where the ridge is at least half a pixel tall: the edge
        // would cover a flatter sliver but for stray pixels at its ends.
        let top: Vec<(f64, f64)> = grid
            .iter()
            .zip(density)
            .filter(|(_, d)| **d * scale > half_pixel)
            .map(|(x, d)| (*x, base + d * scale))
            .collect();
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
        // flat tails it would eat the fill).
        let edge_w = f64::from(theme.line_width.div_ceil(2));
        let tall: Vec<(f64, f64)> = top
            .into_iter()
            .filter(|(_, t)| t - base > 2.0 * edge_w * half_pixel)
            .collect();
        plot.draw(&PathElement::new(tall, edge))?;
        // A hairline under the data keeps thin tails in one piece.
        plot.draw(&PathElement::new(vec![(*first, base), (*last, base)], color))?;
    }
    Ok(())
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

/// Silverman's bandwidth, or for data without spread a tenth of its size.
fn bandwidth(values: &[f64]) -> f64 {
    match stats::extent(values.iter().copied()) {
        Some((lo, hi)) if hi > lo => stats::silverman_bandwidth(values),
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
    fn degenerate_groups_still_get_a_bandwidth() {
        assert!((bandwidth(&[]) - 1.0).abs() < 1e-12);
        assert!((bandwidth(&[20.0, 20.0]) - 2.0).abs() < 1e-12);
        assert!(bandwidth(&[1.0, 2.0, 3.0]) > 0.0);
    }
}
