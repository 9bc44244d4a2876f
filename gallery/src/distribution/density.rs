//! # Density
//!
//! A density plot is a smoothed histogram: a kernel density estimate (KDE)
//! puts a small bell curve on every observation and adds them up, so the
//! curve is high where values are common and low where they are rare. The
//! area under each curve is 1, so groups of different sizes compare by
//! shape, and the y axis reads as "share of observations per unit of x".
//!
//! ## When to use
//! One numeric variable with enough observations (a few dozen or more), to
//! see its shape: modes, skew, tails. Two or three groups overlay well;
//! two groups also read well back to back (the mirror variant).
//!
//! ## Caveat
//! The bandwidth (how wide each little bell is) shapes the curve as much as
//! the data: too wide smooths real modes away, too narrow shows noise.
//! This chart uses Silverman's rule of thumb, which over-smooths data with
//! several modes; check against a histogram. The curve also runs a little
//! past the smallest and largest values, where there is no data. More than
//! about three overlaid groups turn into a tangle: use a ridgeline, violin
//! or boxplot to compare many groups.
//!
//! ## Variants
//! - `groups`: one density per group, see-through fills under
//!   coloured lines, with a legend.
//! - `filled`: one density of all values, as a filled area.
//! - `mirror`: two groups back to back, the first above the axis and the
//!   second below it; with more groups, the first two (a footnote says so).
//!
//! ## Related
//! histogram, violin, ridgeline, boxplot, density-2d
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The values of one group; an empty name stands for "all values".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, in the legend.
    pub name: String,
    /// The group's observations, in the x variable's unit.
    pub values: Vec<f64>,
}

/// The data of a density plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variable and its unit, e.g. "Flipper length (mm)".
    pub x_title: String,
    /// The groups, one density curve each (pooled by `filled`, the first two in `mirror`).
    pub groups: Vec<Group>,
    /// Multiplies each curve's bandwidth (Silverman's rule): above 1
    /// smooths more, below 1 shows more detail. `None` keeps the rule.
    pub bandwidth_scale: Option<f64>,
}

/// The ways to draw a density plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `groups`: One density per group, see-through fills under coloured lines, with a legend.
    Groups,
    /// `filled`: One density of all values, as a filled area.
    Filled,
    /// `mirror`: Two groups back to back, the first above the axis and the second below it; with
    /// more groups, the first two (a footnote says so).
    Mirror,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::Groups, Variant::Filled, Variant::Mirror];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Filled => "filled",
            Variant::Groups => "groups",
            Variant::Mirror => "mirror",
        }
    }
}

/// Points at which each density is evaluated.
const SAMPLES: usize = 200;
/// How many bandwidths a curve runs past the data on each side.
const CUT: f64 = 3.0;

/// One curve: its name, the colour index and its density at the grid.
struct Curve {
    name: String,
    color: usize,
    density: Vec<f64>,
}

/// Draws `input` as a density plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    // (name, colour index, finite values) of the series this variant shows.
    let all: Vec<f64> = input.groups.iter().flat_map(|g| finite(&g.values)).collect();
    let mut series: Vec<(String, usize, Vec<f64>)> = match variant {
        Variant::Filled => vec![(String::new(), 0, all)],
        Variant::Groups | Variant::Mirror => input
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.name.clone(), i, finite(&g.values)))
            .filter(|(_, _, v)| !v.is_empty())
            .collect(),
    };
    // A footnote says when the mirror cannot show every group.
    let note = mirror_note(variant, series.len());
    if variant == Variant::Mirror {
        series.truncate(2);
    }
    let scale = bandwidth_scale(input);
    let Some(grid) = grid_for(&series, scale) else {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "No numeric values to estimate a density from",
        );
    };
    let curves: Vec<Curve> = series
        .into_iter()
        .map(|(name, color, values)| Curve {
            density: density(&values, &grid, scale),
            name,
            color,
        })
        .collect();
    let peak = curves
        .iter()
        .flat_map(|c| c.density.iter().copied())
        .fold(0.0f64, f64::max);

    let (x0, x1) = (
        grid.first().copied().unwrap_or(0.0),
        grid.last().copied().unwrap_or(1.0),
    );
    let x = Axis::linear(&input.x_title, x0, x1);
    let mirror = variant == Variant::Mirror && curves.len() == 2;
    let y = if mirror {
        let top = Axis::zero_based("", peak).max;
        Axis::linear("Density", -top, top)
    } else {
        Axis::zero_based("Density", peak)
    };
    let legend: Vec<LegendEntry> = curves
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.name.is_empty() && variant != Variant::Filled)
        .map(|(k, c)| LegendEntry {
            label: match (mirror, k) {
                (true, 0) => format!("{} (above)", c.name),
                (true, _) => format!("{} (below)", c.name),
                _ => c.name.clone(),
            },
            color: theme.color(c.color),
        })
        .collect();
    let chart = axes::draw_footnote(area, theme, &note)?;
    let mut frame = Frame::new(&input.title, &x, &y).legend(&legend);
    if mirror {
        frame = frame.mirror_y();
    }
    let plot = frame.draw(&chart, theme)?;

    // A thinner edge than data lines: thick strokes step visibly along curves.
    let line = theme.line_width.max(2) - 1;
    // Overlaid fills are faint, so every curve shows through the others
    // (on paper and, blended by the compositor, in a terminal); a lone
    // curve gets a stronger fill.
    let fill_alpha = if curves.len() > 1 { 0.3 } else { 0.6 };
    for (k, curve) in curves.iter().enumerate() {
        let sign = if mirror && k == 1 { -1.0 } else { 1.0 };
        let top: Vec<(f64, f64)> = grid.iter().zip(&curve.density).map(|(x, d)| (*x, sign * d)).collect();
        let color = theme.color(curve.color);
        plot.draw(&Polygon::new(area_under(&top), color.mix(fill_alpha).filled()))?;
        plot.draw(&PathElement::new(top, ShapeStyle::from(&color).stroke_width(line)))?;
    }
    if mirror {
        // The shared baseline both curves grow from.
        plot.draw(&PathElement::new(
            vec![(x0, 0.0), (x1, 0.0)],
            ShapeStyle::from(&theme.axis).stroke_width(1),
        ))?;
    }
    Ok(())
}

/// What the mirror variant leaves out, for the footnote ("" when nothing).
fn mirror_note(variant: Variant, groups: usize) -> String {
    match (variant, groups) {
        (Variant::Mirror, 0 | 2) | (Variant::Groups | Variant::Filled, _) => String::new(),
        (Variant::Mirror, 1) => String::from("The mirror needs two groups; this data has one."),
        (Variant::Mirror, n) => format!("Only the first 2 of {n} groups are drawn back to back."),
    }
}

fn finite(values: &[f64]) -> Vec<f64> {
    values.iter().copied().filter(|v| v.is_finite()).collect()
}

/// The x grid shared by every curve: the data range widened by `CUT`
/// bandwidths of the widest curve, so every tail reaches (near) zero.
fn grid_for(series: &[(String, usize, Vec<f64>)], scale: f64) -> Option<Vec<f64>> {
    let (lo, hi) = stats::extent(series.iter().flat_map(|s| s.2.iter().copied()))?;
    let bw = series
        .iter()
        .filter(|s| !s.2.is_empty())
        .map(|s| bandwidth(&s.2) * scale)
        .fold(0.0f64, f64::max);
    let pad = if bw > 0.0 { CUT * bw } else { 1.0 };
    // Near ±f64::MAX the padding would overflow to infinity.
    Some(stats::linspace(
        (lo - pad).max(-f64::MAX),
        (hi + pad).min(f64::MAX),
        SAMPLES,
    ))
}

/// Silverman's bandwidth, or for data without spread a tenth of its size
/// (one value becomes a narrow bell instead of nothing).
fn bandwidth(values: &[f64]) -> f64 {
    match stats::extent(values.iter().copied()) {
        Some((lo, hi)) if hi > lo => stats::silverman_bandwidth(values),
        Some((v, _)) if v != 0.0 => v.abs() / 10.0,
        _ => 1.0,
    }
}

fn density(values: &[f64], grid: &[f64], scale: f64) -> Vec<f64> {
    stats::kde(values, bandwidth(values) * scale, grid)
}

/// The input's bandwidth factor, if it is a usable one; else 1.
fn bandwidth_scale(input: &Input) -> f64 {
    input
        .bandwidth_scale
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(1.0)
}

/// The closed outline between a curve and the zero line.
fn area_under(curve: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let (Some(first), Some(last)) = (curve.first(), curve.last()) else {
        return Vec::new();
    };
    let mut path = Vec::with_capacity(curve.len() + 2);
    path.push((first.0, 0.0));
    path.extend_from_slice(curve);
    path.push((last.0, 0.0));
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_reaches_past_the_data_on_both_sides() {
        let series = vec![(String::new(), 0, vec![1.0, 2.0, 3.0, 4.0])];
        let grid = grid_for(&series, 1.0).expect("grid");
        assert_eq!(grid.len(), SAMPLES);
        assert!(grid[0] < 1.0 && grid[SAMPLES - 1] > 4.0);
        let d = density(&series[0].2, &grid, 1.0);
        assert!(
            d[0] < 0.01 * d[SAMPLES / 2],
            "tails fall near zero: {} vs {}",
            d[0],
            d[SAMPLES / 2]
        );
        assert!(grid_for(&[(String::new(), 0, Vec::new())], 1.0).is_none());
    }

    #[test]
    fn the_grid_stays_finite_at_the_ends_of_f64() {
        for values in [
            vec![-1e308, 1e308],
            vec![f64::MAX, -f64::MAX, 0.0],
            vec![5e-324, 1e-323],
        ] {
            let grid = grid_for(&[(String::new(), 0, values.clone())], 1.0).unwrap_or_default();
            assert_eq!(grid.len(), SAMPLES, "{values:?}");
            assert!(grid.iter().all(|x| x.is_finite()), "{values:?}: {grid:?}");
        }
    }

    #[test]
    fn a_single_value_still_has_a_bell() {
        let grid = grid_for(&[(String::new(), 0, vec![5.0])], 1.0).expect("grid");
        let d = density(&[5.0], &grid, 1.0);
        assert!(d.iter().all(|v| v.is_finite()) && d.iter().any(|v| *v > 0.0));
        assert!((bandwidth(&[0.0, 0.0]) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn only_a_mirror_that_drops_groups_has_a_note() {
        assert!(mirror_note(Variant::Mirror, 2).is_empty());
        assert!(mirror_note(Variant::Groups, 5).is_empty());
        assert!(mirror_note(Variant::Mirror, 3).contains("first 2 of 3"));
        assert!(!mirror_note(Variant::Mirror, 1).is_empty());
    }

    #[test]
    fn the_area_closes_on_the_baseline() {
        let path = area_under(&[(0.0, 1.0), (1.0, 2.0)]);
        assert_eq!(path, vec![(0.0, 0.0), (0.0, 1.0), (1.0, 2.0), (1.0, 0.0)]);
        assert!(area_under(&[]).is_empty());
    }

    #[test]
    fn a_wider_bandwidth_flattens_the_peak() {
        let values: Vec<f64> = (0..50).map(|i| f64::from(i % 10)).collect();
        let series = [(String::new(), 0, values.clone())];
        let grid = grid_for(&series, 2.0).expect("grid");
        let peak = |scale: f64| density(&values, &grid, scale).into_iter().fold(0.0f64, f64::max);
        assert!(peak(2.0) < peak(1.0), "smoother is lower");
        assert!(peak(0.5) > peak(1.0), "sharper is higher");
        let wide = grid_for(&series, 2.0).expect("grid");
        let narrow = grid_for(&series, 1.0).expect("grid");
        assert!(wide[0] < narrow[0], "the grid runs further past the data");
    }
}
