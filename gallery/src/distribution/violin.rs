//! # Violin
//!
//! A violin plot draws, for each group, the kernel density estimate of a
//! numeric variable mirrored around the group's position: the wider the
//! violin at a value, the more observations lie near it. Unlike a box, it
//! shows the shape of the distribution: several modes, skew, long tails.
//! Every violin has the same area and stops at its smallest and largest
//! observation; the number of observations sits under each one.
//!
//! ## When to use
//! One numeric variable split by a categorical one, with enough observations
//! per group (a few dozen or more) for the shape to mean something.
//!
//! ## Caveat
//! Few points make violins lie: the density estimate invents a smooth shape
//! from whatever is there, so always show n, and draw the points themselves
//! (a strip or beeswarm plot) for small groups. The bandwidth shapes the
//! violin as much as the data does: this one uses Silverman's rule. Groups
//! with fewer than two distinct values are drawn as points, never a violin,
//! and violins over fewer than ten values show their points too.
//!
//! ## Variants
//! - `box`: one violin per group, side by side, each with a slim box
//!   inside (quartiles, whiskers at 1.5 IQR) and a dot at the median, as
//!   seaborn draws them: the shape and the summary at once.
//! - `basic`: the violins alone.
//! - `horizontal`: the same violins lying down, groups on the y axis, which
//!   leaves room for long group names.
//!
//! ## Related
//! boxplot, density, ridgeline, beeswarm, histogram
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The values of one group; an empty name stands for "all values".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, on the category axis.
    pub name: String,
    /// The group's observations, in the value axis's unit.
    pub values: Vec<f64>,
}

/// The data of a violin plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the groups are, e.g. "Species"; may be empty.
    pub x_title: String,
    /// The variable and its unit, e.g. "Body mass (g)".
    pub y_title: String,
    /// The groups, one violin each, in axis order.
    pub groups: Vec<Group>,
    /// Multiplies each violin's bandwidth (Silverman's rule): above 1
    /// smooths more, below 1 shows more detail. `None` keeps the rule.
    pub bandwidth_scale: Option<f64>,
}

/// The ways to draw a violin plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `box`: One violin per group, side by side, each with a slim box inside (quartiles, whiskers
    /// at 1.5 IQR) and a dot at the median, as seaborn draws them: the shape and the summary at
    /// once.
    Box,
    /// `basic`: The violins alone.
    Basic,
    /// `horizontal`: The same violins lying down, groups on the y axis, which leaves room for long
    /// group names.
    Horizontal,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::Box, Variant::Basic, Variant::Horizontal];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Box => "box",
            Variant::Horizontal => "horizontal",
        }
    }
}

/// The widest violin spans this fraction of its category slot.
const MAX_WIDTH: f64 = 0.9;
/// Half the width of the box inside a violin, in category slots.
const BOX_HALF: f64 = 0.035;
/// Points at which each density is evaluated.
const SAMPLES: usize = 120;
/// Violins over fewer values than this also show the values as points.
const SHOW_POINTS_BELOW: usize = 10;

/// What one group draws as.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    /// Density `density[k]` at value `at[k]`, from the group's minimum to its maximum.
    Violin { at: Vec<f64>, density: Vec<f64> },
    /// Too few distinct values for a density: the values themselves.
    Points(Vec<f64>),
}

/// A usable bandwidth factor from the input, else 1.
fn bandwidth_scale(input: &Input) -> f64 {
    input
        .bandwidth_scale
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(1.0)
}

fn shape(values: &[f64], scale: f64) -> Shape {
    let s = stats::sorted_finite(values);
    match (s.first(), s.last()) {
        (Some(lo), Some(hi)) if hi > lo && s.len() >= 2 => {
            let at = stats::linspace(*lo, *hi, SAMPLES);
            let density = stats::kde(&s, stats::silverman_bandwidth(&s) * scale, &at);
            Shape::Violin { at, density }
        }
        _ => Shape::Points(s),
    }
}

/// The closed outline of a violin centred on `pos`: down one side and up
/// the other, as (position, value) pairs; `scale` turns density into half-width.
fn outline(pos: f64, at: &[f64], density: &[f64], scale: f64) -> Vec<(f64, f64)> {
    let left = at.iter().zip(density).map(|(v, d)| (pos - d * scale, *v));
    let right = at.iter().zip(density).rev().map(|(v, d)| (pos + d * scale, *v));
    let mut path: Vec<(f64, f64)> = left.chain(right).collect();
    if let Some(first) = path.first().copied() {
        path.push(first);
    }
    path
}

/// The category slot of group `i` of `n`: left to right when upright, top
/// to bottom when lying down (the y axis grows upwards).
fn slot(i: usize, n: usize, horizontal: bool) -> f64 {
    if horizontal {
        n.saturating_sub(i + 1) as f64
    } else {
        i as f64
    }
}

/// Draws `input` as a violin plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let all = input.groups.iter().flat_map(|g| g.values.iter().copied());
    let Some((lo, hi)) = stats::extent(all) else {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "No numeric values to estimate a density from",
        );
    };
    let horizontal = variant == Variant::Horizontal;
    let shapes: Vec<Shape> = input
        .groups
        .iter()
        .map(|g| shape(&g.values, bandwidth_scale(input)))
        .collect();
    let max_density = shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Violin { density, .. } => density.iter().copied().reduce(f64::max),
            Shape::Points(_) => None,
        })
        .fold(0.0f64, f64::max);
    let scale = if max_density > 0.0 {
        MAX_WIDTH / 2.0 / max_density
    } else {
        0.0
    };

    let n = input.groups.len();
    let mut names: Vec<String> = input
        .groups
        .iter()
        .map(|g| group_label(&g.name, g.values.iter().filter(|v| v.is_finite()).count()))
        .collect();
    if horizontal {
        names.reverse();
    }
    let groups_axis = Axis::categories(&input.x_title, names);
    let values_axis = Axis::linear(&input.y_title, lo, hi).padded(0.02).nice();
    let (x, y) = if horizontal {
        (&values_axis, &groups_axis)
    } else {
        (&groups_axis, &values_axis)
    };
    let in_cells = axes::text_in_cells(area, theme)?;
    let plot = Frame::new(&input.title, x, y).draw(area, theme)?;
    // Charts think in (slot, value); lying down swaps the two.
    let at = |pos: f64, value: f64| if horizontal { (value, pos) } else { (pos, value) };

    // A thinner edge than data lines: thick strokes step visibly along curves.
    let edge = (theme.line_width / 2).max(1);
    for (i, (group, shape)) in input.groups.iter().zip(&shapes).enumerate() {
        let pos = slot(i, n, horizontal);
        let color = theme.color(i);
        match shape {
            Shape::Points(values) => {
                for v in values {
                    plot.draw(&Circle::new(at(pos, *v), theme.point_radius, color.filled()))?;
                }
            }
            Shape::Violin { at: grid, density } => {
                let path: Vec<(f64, f64)> = outline(pos, grid, density, scale)
                    .into_iter()
                    .map(|(p, v)| at(p, v))
                    .collect();
                plot.draw(&Polygon::new(path.clone(), color.mix(0.75).filled()))?;
                plot.draw(&PathElement::new(path, ShapeStyle::from(&color).stroke_width(edge)))?;
                if variant == Variant::Box {
                    draw_inner_box(&plot, &group.values, (pos, &at), in_cells, theme)?;
                }
                // A smooth shape over a handful of values is mostly invention:
                // show what it was made from.
                let finite: Vec<f64> = group.values.iter().copied().filter(|v| v.is_finite()).collect();
                if finite.len() < SHOW_POINTS_BELOW {
                    for v in &finite {
                        plot.draw(&Circle::new(at(pos, *v), theme.point_radius, theme.text.filled()))?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// A slim box (quartiles), a line to the whiskers and the median in the
/// background colour: a dot on paper; in a terminal, where the box is one
/// character wide and a dot would fall beside it, a gap across the box.
fn draw_inner_box<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    values: &[f64],
    (pos, at): (f64, &impl Fn(f64, f64) -> (f64, f64)),
    in_cells: bool,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let Some(f) = stats::five_number(values) else {
        return Ok(());
    };
    let ink = theme.text;
    let whisker = vec![at(pos, f.low_whisker), at(pos, f.high_whisker)];
    plot.draw(&PathElement::new(
        whisker,
        ShapeStyle::from(&ink).stroke_width(theme.line_width),
    ))?;
    plot.draw(&Rectangle::new(
        [at(pos - BOX_HALF, f.q1), at(pos + BOX_HALF, f.q3)],
        ink.filled(),
    ))?;
    if in_cells {
        plot.draw(&PathElement::new(
            vec![at(pos - BOX_HALF, f.median), at(pos + BOX_HALF, f.median)],
            ShapeStyle::from(&theme.background).stroke_width(theme.line_width + 1),
        ))?;
    } else {
        plot.draw(&Circle::new(
            at(pos, f.median),
            theme.point_radius + 1,
            theme.background.filled(),
        ))?;
    }
    Ok(())
}

/// The category label with its number of observations.
fn group_label(name: &str, n: usize) -> String {
    if name.is_empty() {
        format!("All (n={n})")
    } else {
        format!("{name} (n={n})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_few_distinct_values_are_points_not_a_violin() {
        assert_eq!(shape(&[], 1.0), Shape::Points(vec![]));
        assert_eq!(shape(&[3.0, f64::NAN], 1.0), Shape::Points(vec![3.0]));
        assert_eq!(shape(&[2.0, 2.0, 2.0], 1.0), Shape::Points(vec![2.0, 2.0, 2.0]));
        assert!(matches!(shape(&[1.0, 2.0, 4.0], 1.0), Shape::Violin { .. }));
    }

    #[test]
    fn violins_stop_at_the_data() {
        let Shape::Violin { at, density } = shape(&[1.0, 2.0, 2.5, 9.0], 1.0) else {
            panic!("a violin")
        };
        assert_eq!((at.first().copied(), at.last().copied()), (Some(1.0), Some(9.0)));
        assert!(density.iter().all(|d| *d > 0.0));
    }

    #[test]
    fn outline_is_closed_and_mirrored() {
        let path = outline(2.0, &[0.0, 1.0, 2.0], &[0.1, 0.4, 0.2], 1.0);
        assert_eq!(path.len(), 7);
        assert_eq!(path.first(), path.last());
        // Same value on both sides, at equal distance from the centre.
        assert_eq!(path[1].1, path[4].1);
        assert!((2.0 - path[1].0 - (path[4].0 - 2.0)).abs() < 1e-12);
        assert!((path[1].0 - 1.6).abs() < 1e-12);
    }

    #[test]
    fn lying_down_puts_the_first_group_on_top() {
        assert_eq!(slot(0, 3, true), 2.0);
        assert_eq!(slot(2, 3, true), 0.0);
        assert_eq!(slot(0, 3, false), 0.0);
    }

    #[test]
    fn labels_carry_n() {
        assert_eq!(group_label("Gentoo", 123), "Gentoo (n=123)");
        assert_eq!(group_label("", 2), "All (n=2)");
    }

    #[test]
    fn a_wider_bandwidth_flattens_the_violin() {
        let values = [1.0, 2.0, 2.2, 2.4, 5.0, 9.0];
        let peak = |scale| match shape(&values, scale) {
            Shape::Violin { density, .. } => density.into_iter().fold(0.0f64, f64::max),
            Shape::Points(_) => 0.0,
        };
        assert!(peak(2.0) < peak(1.0) && peak(1.0) < peak(0.5));
    }
}
