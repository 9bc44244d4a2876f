//! # Histogram
//!
//! A histogram cuts the range of one numeric variable into bins of equal
//! width and draws one bar per bin, as tall as the number of observations
//! that fall in it. It shows the shape of a distribution: where values
//! cluster, how they spread, whether there are several modes or outliers.
//!
//! ## When to use
//! One numeric variable with enough observations (a few dozen or more), or
//! the same variable for two or three groups overlaid.
//!
//! ## Caveat
//! The bin width changes the story: too wide hides modes, too narrow shows
//! noise. Try several widths before you conclude anything. Overlaying more
//! than about three groups turns into a mess; use a boxplot, violin or
//! ridgeline to compare many groups.
//!
//! ## Variants
//! - `groups`: one semi-transparent histogram per group,
//!   overlaid, with outlines so every group stays visible where they
//!   overlap, and a legend naming the groups.
//! - `basic`: all values together, one colour.
//!
//! ## Related
//! density, boxplot, violin, ridgeline
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The values of one group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, in the legend.
    pub name: String,
    /// The group's observations, in the x variable's unit.
    pub values: Vec<f64>,
}

/// The data of a histogram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variable and its unit, e.g. "Flipper length (mm)".
    pub x_title: String,
    /// The groups, one histogram each (pooled by the basic variant).
    pub groups: Vec<Group>,
    /// Bin width; `None` picks one by the Freedman-Diaconis rule.
    pub bin_width: Option<f64>,
}

/// The ways to draw a histogram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `groups`: One semi-transparent histogram per group, overlaid, with outlines so every group
    /// stays visible where they overlap, and a legend naming the groups.
    Groups,
    /// `basic`: All values together, one colour.
    Basic,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Groups, Variant::Basic];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Groups => "groups",
        }
    }
}

/// Draws `input` as a histogram in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let all: Vec<f64> = input.groups.iter().flat_map(|g| g.values.iter().copied()).collect();
    let Some((lo, hi)) = stats::extent(all.iter().copied()) else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to bin");
    };
    let width = input
        .bin_width
        .filter(|w| w.is_finite() && *w > 0.0)
        .unwrap_or_else(|| stats::auto_bin_width(&all));

    // Basic pools every group into one; Groups keeps them apart.
    let series: Vec<(String, stats::Bins)> = match variant {
        Variant::Basic => vec![(String::new(), stats::bin(&all, lo, hi, width))],
        Variant::Groups => input
            .groups
            .iter()
            .map(|g| (g.name.clone(), stats::bin(&g.values, lo, hi, width)))
            .collect(),
    };
    let max_count = series
        .iter()
        .flat_map(|(_, b)| b.counts.iter())
        .copied()
        .max()
        .unwrap_or(0);
    let edges = &series[0].1.edges;
    let (x0, x1) = (
        edges.first().copied().unwrap_or(lo),
        edges.last().copied().unwrap_or(hi),
    );

    let x = Axis::linear(&input.x_title, x0, x1);
    let y = Axis::zero_based("Count", max_count as f64);
    let legend: Vec<LegendEntry> = match variant {
        Variant::Basic => Vec::new(),
        Variant::Groups => series
            .iter()
            .enumerate()
            .map(|(i, (name, _))| LegendEntry {
                label: name.clone(),
                color: theme.color(i),
            })
            .collect(),
    };
    let plot = Frame::new(&input.title, &x, &y).legend(&legend).draw(area, theme)?;

    let overlaid = series.len() > 1;
    for (i, (_, bins)) in series.iter().enumerate() {
        let color = theme.color(i);
        // Overlaid fills are see-through; the outlines below keep each group legible.
        let fill = if overlaid {
            color.mix(0.5).filled()
        } else {
            color.filled()
        };
        for (k, count) in bins.counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            let (a, b) = (bins.edges[k], bins.edges[k + 1]);
            plot.draw(&Rectangle::new([(a, 0.0), (b, *count as f64)], fill))?;
            if !overlaid {
                // A thin gap between bars, drawn in the background colour.
                plot.draw(&PathElement::new(vec![(a, 0.0), (a, *count as f64)], theme.background))?;
            }
        }
    }
    if overlaid {
        for (i, (_, bins)) in series.iter().enumerate() {
            let outline = ShapeStyle::from(&theme.color(i)).stroke_width(theme.line_width);
            for path in step_outline(bins) {
                plot.draw(&PathElement::new(path, outline))?;
            }
        }
    }
    Ok(())
}

/// The outline of a histogram: one path per run of non-empty bins, up and
/// across each bin and back down, so empty stretches draw no line along
/// the baseline.
fn step_outline(bins: &stats::Bins) -> Vec<Vec<(f64, f64)>> {
    let mut paths: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for (k, count) in bins.counts.iter().enumerate() {
        let (a, b) = (bins.edges[k], bins.edges[k + 1]);
        if *count == 0 {
            if let Some((x, _)) = current.last().copied() {
                current.push((x, 0.0));
                paths.push(std::mem::take(&mut current));
            }
            continue;
        }
        let c = *count as f64;
        if current.is_empty() {
            current.push((a, 0.0));
        }
        current.push((a, c));
        current.push((b, c));
    }
    if let Some((x, _)) = current.last().copied() {
        current.push((x, 0.0));
        paths.push(current);
    }
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_runs_start_and_end_on_the_baseline() {
        let bins = stats::bin(&[1.0, 2.0, 2.5, 5.5], 1.0, 5.5, 1.0);
        let paths = step_outline(&bins);
        assert_eq!(paths.len(), 2, "an empty stretch splits the outline: {paths:?}");
        for path in &paths {
            assert_eq!(path.first().map(|p| p.1), Some(0.0));
            assert_eq!(path.last().map(|p| p.1), Some(0.0));
            assert!(
                path.iter().skip(1).take(path.len() - 2).all(|p| p.1 > 0.0),
                "no baseline segment inside a run"
            );
        }
        assert!(step_outline(&stats::bin(&[], 0.0, 1.0, 1.0)).is_empty());
    }
}
