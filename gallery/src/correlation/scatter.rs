//! # Scatter plot
//!
//! A scatter plot draws one point per observation, at its value of one
//! numeric variable across and another up, so the eye sees how the two
//! move together: a trend, its direction and strength, clusters, outliers.
//! A third, categorical variable can colour the points.
//!
//! ## When to use
//! Two numeric variables measured on the same observations, from a dozen
//! points to a few thousand; colour by group when the groups may behave
//! differently.
//!
//! ## Caveat
//! With many points, overplotting hides where most of them are: use
//! transparency (as here), or a 2D density or hexbin plot. A trend is not a
//! cause, and a trend over everything can reverse inside every group: in the
//! penguins, longer bills go with shallower bills overall, yet with deeper
//! bills within each species (Simpson's paradox). The `regression` variant
//! shows both; look at the groups before you trust one line.
//!
//! ## Variants
//! - `basic`: one point per row, coloured by group, with a legend.
//! - `regression`: the same points with a least-squares line per group and
//!   a dashed grey line fitted to all points together.
//! - `log-x`: x on a log10 axis, for a variable that spans several orders
//!   of magnitude (income, population); points with x <= 0 are left out,
//!   and a footnote says how many.
//!
//! ## Related
//! bubble, connected-scatter, density-2d, correlogram
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, LegendMark};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

/// The points of one group: `x[k]` pairs with `y[k]`. An empty name stands
/// for "all points" and gets no legend entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, in the legend.
    pub name: String,
    /// The x of each point, in the x variable's unit.
    pub x: Vec<f64>,
    /// The y of each point, `y[k]` with `x[k]`.
    pub y: Vec<f64>,
}

/// The data of a scatter plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, e.g. "Bill length (mm)".
    pub x_title: String,
    /// The y variable and its unit, e.g. "Bill depth (mm)".
    pub y_title: String,
    /// The points, one colour and marker per group.
    pub groups: Vec<Group>,
    /// Log10 axes whatever the variant (`log-x` turns on `log_x` too).
    pub log_x: bool,
    /// Draw the y axis on a log10 scale; then every y must be positive.
    pub log_y: bool,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a scatter plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: One point per row, coloured by group, with a legend.
    Basic,
    /// `regression`: The same points with a least-squares line per group and a dashed grey line
    /// fitted to all points together.
    Regression,
    /// `log-x`: X on a log10 axis, for a variable that spans several orders of magnitude (income,
    /// population); points with x <= 0 are left out, and a footnote says how many.
    LogX,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::Basic, Variant::Regression, Variant::LogX];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Regression => "regression",
            Variant::LogX => "log-x",
        }
    }
}

/// A group's points in axis space: rows with a missing x or y are
/// skipped, and on a log axis values are log10'd (a log axis has no place
/// for zero or less, so those points are left out). No copy: a million
/// points are read straight from the input.
fn plotted(group: &Group, log_x: bool, log_y: bool) -> impl Iterator<Item = (f64, f64)> + '_ {
    let on_axis = |v: f64, log: bool| match log {
        false => Some(v),
        true if v > 0.0 => Some(v.log10()),
        true => None,
    };
    group.x.iter().zip(&group.y).filter_map(move |(&x, &y)| {
        let point = (on_axis(x, log_x)?, on_axis(y, log_y)?);
        (point.0.is_finite() && point.1.is_finite()).then_some(point)
    })
}

/// The footnote for points a log axis cannot show ("" when none).
fn log_note(dropped: usize) -> String {
    match dropped {
        0 => String::new(),
        1 => String::from("1 point with a value <= 0 is not on the log scale."),
        n => format!("{n} points with a value <= 0 are not on the log scale."),
    }
}

/// How many rows with both values have one <= 0 on a log axis.
fn left_out_of_log(groups: &[Group], log_x: bool, log_y: bool) -> usize {
    if !(log_x || log_y) {
        return 0;
    }
    let left_out = |x: f64, y: f64| x.is_finite() && y.is_finite() && ((log_x && x <= 0.0) || (log_y && y <= 0.0));
    groups
        .iter()
        .map(|g| g.x.iter().zip(&g.y).filter(|(x, y)| left_out(**x, **y)).count())
        .sum()
}

/// Draws `input` as a scatter plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let log_x = variant == Variant::LogX || input.log_x;
    let log_y = input.log_y;
    let dropped = left_out_of_log(&input.groups, log_x, log_y);
    let points = |g| plotted(g, log_x, log_y);
    let extents = input
        .groups
        .iter()
        .flat_map(points)
        .fold(None, |acc, (x, y)| match acc {
            None => Some(((x, x), (y, y))),
            Some(((x0, x1), (y0, y1))) => Some(((x.min(x0), x.max(x1)), (y.min(y0), y.max(y1)))),
        });
    let Some(((x0, x1), (y0, y1))) = extents else {
        let why = if log_x {
            "No rows with a positive x and a y value"
        } else {
            "No rows with both an x and a y value"
        };
        return axes::draw_empty(area, theme, &input.title, why);
    };
    let x = if log_x {
        // The range is already in log10 space: 10^ it back for the axis.
        Axis::log10(axes::log_scale_title(&input.x_title), 10f64.powf(x0), 10f64.powf(x1)).padded(0.04)
    } else {
        Axis::linear(&input.x_title, x0, x1).padded(0.04)
    };
    let y = if log_y {
        Axis::log10(axes::log_scale_title(&input.y_title), 10f64.powf(y0), 10f64.powf(y1)).padded(0.04)
    } else {
        Axis::linear(&input.y_title, y0, y1).padded(0.04)
    };

    let mut legend: Vec<LegendEntry> = input
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.name.is_empty())
        .map(|(i, g)| LegendEntry {
            label: g.name.clone(),
            color: theme.color(i),
        })
        .collect();
    // One line per group, plus a dashed one over all of them when there are several.
    let has_groups = input.groups.iter().filter(|g| points(g).next().is_some()).count() > 1;
    let fit_all = if variant == Variant::Regression && has_groups {
        fit(input.groups.iter().flat_map(points))
    } else {
        None
    };
    if fit_all.is_some() {
        legend.push(LegendEntry {
            label: "All groups (dashed)".to_string(),
            color: theme.muted,
        });
    }
    let chart = axes::draw_footnote(area, theme, &log_note(dropped))?;
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Point)
        .draw(&chart, theme)?;

    // See-through points show where they pile up; 0.7 keeps them above the
    // terminal's 50% cut-off, so every point stays a visible dot.
    draw_points(&plot, input.groups.iter().map(points), theme, input.point_scale)?;
    if variant != Variant::Regression {
        return Ok(());
    }

    let bounds = ((x.min, x.max), (y.min, y.max));
    let width = theme.line_width + 1;
    // A halo in the background colour keeps each line readable over its own points.
    let halo = ShapeStyle::from(&theme.background).stroke_width(width + 2 * theme.line_width);
    // With one group that has points, fit(all points) is its line.
    for (i, group) in input.groups.iter().enumerate() {
        if let Some(segment) = fit(points(group)).and_then(|line| clip(line, bounds)) {
            let style = ShapeStyle::from(&theme.color(i)).stroke_width(width);
            plot.draw(&PathElement::new(vec![segment.0, segment.1], halo))?;
            plot.draw(&PathElement::new(vec![segment.0, segment.1], style))?;
        }
    }
    // With groups, the fit over all of them is dashed and grey: the one to distrust.
    if let Some(segment) = fit_all.and_then(|line| clip(line, bounds)) {
        let (char_w, _) = axes::text_size(area, "0", &theme.label_style())?;
        let style = ShapeStyle::from(&theme.muted).stroke_width(width);
        plot.draw(&PathElement::new(vec![segment.0, segment.1], halo))?;
        plot.draw(&DashedPathElement::new(
            vec![segment.0, segment.1],
            char_w,
            (char_w / 2).max(1),
            style,
        ))?;
    }
    Ok(())
}

/// The points, see-through, one colour per group.
fn draw_points<DB: DrawingBackend, P: Iterator<Item = (f64, f64)>>(
    plot: &axes::Plot<DB>,
    groups: impl Iterator<Item = P>,
    theme: &Theme,
    scale: Option<f64>,
) -> DrawResult<(), DB> {
    let scale = scale.filter(|s| s.is_finite() && *s > 0.0).unwrap_or(1.0);
    let radius = ((f64::from(theme.point_radius) * scale).round() as u32).max(1);
    for (i, points) in groups.enumerate() {
        let style = theme.color(i).mix(0.7).filled();
        // A big cloud puts many points on the same pixel: drawing each
        // pixel once per group looks the same and is far faster.
        let (xs, ys) = plot.get_pixel_range();
        let (w, h) = (xs.len(), ys.len());
        // One bit per pixel: small enough to stay in the processor's cache.
        let mut drawn = if points.size_hint().1.unwrap_or(usize::MAX) > DEDUPE_ABOVE {
            vec![0u64; (w * h).div_ceil(64)]
        } else {
            Vec::new()
        };
        // Mapped once, drawn in pixels relative to the plot's corner.
        let pixels = axes::PixelMap::of(plot);
        let canvas = plot.strip_coord_spec();
        for p in points {
            let (px, py) = pixels.map(p);
            let (cx, cy) = (px - xs.start, py - ys.start);
            if !drawn.is_empty() && (cx as usize) < w && (cy as usize) < h {
                let bit = cy as usize * w + cx as usize;
                let (word, mask) = (&mut drawn[bit / 64], 1u64 << (bit % 64));
                if *word & mask != 0 {
                    continue;
                }
                *word |= mask;
            }
            canvas.draw(&Circle::new((cx, cy), radius, style))?;
        }
    }
    Ok(())
}

/// Above this many points in a group, points on an already drawn pixel are skipped.
const DEDUPE_ABOVE: usize = 10_000;

/// The x title with a note that the axis is logarithmic:
/// A segment along the least-squares line of `points`, across their x range.
fn fit(points: impl Iterator<Item = (f64, f64)>) -> Option<((f64, f64), (f64, f64))> {
    let (xs, ys): (Vec<f64>, Vec<f64>) = points.unzip();
    let (intercept, slope) = stats::linear_fit(&xs, &ys)?;
    let (lo, hi) = stats::extent(xs.iter().copied())?;
    Some(((lo, intercept + slope * lo), (hi, intercept + slope * hi)))
}

/// The part of a segment inside the box `((x_min, x_max), (y_min, y_max))`
/// (Liang-Barsky), so a steep line never runs over the frame.
fn clip(segment: ((f64, f64), (f64, f64)), bounds: ((f64, f64), (f64, f64))) -> Option<((f64, f64), (f64, f64))> {
    let ((ax, ay), (bx, by)) = segment;
    let ((x_min, x_max), (y_min, y_max)) = bounds;
    if ![ax, ay, bx, by].iter().all(|v| v.is_finite()) {
        return None;
    }
    let (dx, dy) = (bx - ax, by - ay);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, ax - x_min), (dx, x_max - ax), (-dy, ay - y_min), (dy, y_max - ay)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1 && t0.is_finite() && t1.is_finite())
        .then_some(((ax + t0 * dx, ay + t0 * dy), (ax + t1 * dx, ay + t1 * dy)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: ((f64, f64), (f64, f64)) = ((0.0, 1.0), (0.0, 1.0));

    #[test]
    fn clip_keeps_inside_segments_and_cuts_crossing_ones() {
        let inside = ((0.2, 0.2), (0.8, 0.6));
        assert_eq!(clip(inside, UNIT), Some(inside));
        assert_eq!(clip(((-1.0, 0.5), (2.0, 0.5)), UNIT), Some(((0.0, 0.5), (1.0, 0.5))));
        let ((ax, ay), (bx, by)) = clip(((0.0, -1.0), (1.0, 2.0)), UNIT).expect("crosses");
        assert!((ay - 0.0).abs() < 1e-12 && (by - 1.0).abs() < 1e-12);
        assert!((ax - 1.0 / 3.0).abs() < 1e-12 && (bx - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn clip_drops_segments_outside() {
        assert_eq!(clip(((2.0, 0.0), (3.0, 1.0)), UNIT), None);
        assert_eq!(clip(((0.0, 5.0), (1.0, 5.0)), UNIT), None);
        assert_eq!(clip(((f64::NAN, 0.0), (1.0, 1.0)), UNIT), None);
    }

    #[test]
    fn fit_spans_the_x_range() {
        let points = [(1.0, 3.0), (2.0, 5.0), (4.0, 9.0)];
        let ((x0, y0), (x1, y1)) = fit(points.into_iter()).expect("a line");
        assert_eq!((x0, x1), (1.0, 4.0));
        assert!((y0 - 3.0).abs() < 1e-12 && (y1 - 9.0).abs() < 1e-12);
        assert_eq!(fit([(1.0, 1.0)].into_iter()), None);
    }

    #[test]
    fn rows_with_a_missing_value_are_skipped() {
        let g = Group {
            name: String::new(),
            x: vec![1.0, f64::NAN, 3.0, 4.0],
            y: vec![1.0, 2.0, f64::INFINITY],
        };
        assert_eq!(plotted(&g, false, false).collect::<Vec<_>>(), vec![(1.0, 1.0)]);
    }

    #[test]
    fn log_axes_leave_out_values_at_or_below_zero() {
        let g = Group {
            name: String::new(),
            x: vec![100.0, 0.0, -1.0, 10.0, f64::NAN],
            y: vec![1.0, 2.0, 3.0, -4.0, 5.0],
        };
        assert_eq!(
            plotted(&g, true, false).collect::<Vec<_>>(),
            vec![(2.0, 1.0), (1.0, -4.0)]
        );
        assert_eq!(left_out_of_log(std::slice::from_ref(&g), true, false), 2);
        assert_eq!(left_out_of_log(std::slice::from_ref(&g), true, true), 3);
        assert_eq!(left_out_of_log(std::slice::from_ref(&g), false, false), 0);
        assert!(log_note(0).is_empty());
        assert!(log_note(1).starts_with("1 point with"));
        assert!(log_note(3).starts_with("3 points"));
    }
}
