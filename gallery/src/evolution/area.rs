//! # Area
//!
//! An area chart is a line chart with the space between the line and zero
//! filled in, so the eye reads the amount at every x, not only its rises and
//! falls. Rows with the same x are added up (monthly rows bound to a year
//! column give yearly totals); a missing value (NaN) breaks the area rather
//! than bridging the gap with a guess.
//!
//! ## When to use
//! One quantity over time (or another ordered variable) whose size matters,
//! such as a total, a count or a volume: the filled area says "this much".
//!
//! ## Caveat
//! The area is read as the amount, so the value axis must start at zero.
//! Cut it and the picture lies: air traffic grew 3.8-fold from 1949 to 1960,
//! yet over an axis starting at 1,000 the area grows 9-fold (variant
//! `baseline`). To show the change of a value that stays far from zero,
//! draw a line on a cut axis instead; for several groups use a line chart or
//! a stacked area.
//!
//! ## Variants
//! - `basic`: the area filled down to zero, with the line on top.
//! - `baseline`: the classic mistake, for comparison: the same area over an
//!   axis cut just below the data, marked with an axis break and a note.
//!
//! ## Related
//! line, stacked-area, streamgraph, time-series
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, Plot};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of an area chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The value and its unit, e.g. "Passengers (thousands)".
    pub y_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// (x, y) points in any order; rows with the same x are summed.
    pub points: Vec<(f64, f64)>,
}

/// The ways to draw an area chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: The area filled down to zero, with the line on top.
    Basic,
    /// `baseline`: The classic mistake, for comparison: the same area over an axis cut just below
    /// the data, marked with an axis break and a note.
    Baseline,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Basic, Variant::Baseline];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Baseline => "baseline",
        }
    }
}

/// Draws `input` as an area chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let runs = runs(&totals(&input.points));
    let finite = || runs.iter().flatten();
    let (Some((x0, x1)), Some((lo, hi))) = (
        stats::extent(finite().map(|p| p.0)),
        stats::extent(finite().map(|p| p.1)),
    ) else {
        return axes::draw_empty(area, theme, &input.title, "No points with numeric x and y");
    };
    if finite().count() < 2 {
        return axes::draw_empty(area, theme, &input.title, "An area needs at least two points");
    }

    // The basic area always includes zero; the cut axis starts just below the data.
    let zero_based = Axis::linear(&input.y_title, lo.min(0.0), hi.max(0.0)).nice();
    let cut = Axis::linear(&input.y_title, lo, hi).nice();
    let cut_at = (variant == Variant::Baseline && cut.min > 0.0).then_some(cut.min);
    let y = match cut_at {
        Some(_) => cut,
        None if lo >= 0.0 => Axis::zero_based(&input.y_title, hi),
        None => zero_based,
    };
    let note = match cut_at {
        Some(at) => format!(
            "The y axis starts at {}, not at 0: the area exaggerates the change",
            axis_value(&y, at)
        ),
        None => String::new(),
    };
    let area = &axes::draw_footnote(area, theme, &note)?;
    let x_title = input.x_title.clone();
    let x = if input.x_is_date {
        Axis::date(x_title, x0, x1)
    } else {
        Axis::linear(x_title, x0, x1)
    };
    let plot = Frame::new(&input.title, &x, &y).draw(area, theme)?;

    let base = cut_at.unwrap_or(0.0);
    let color = theme.color(0);
    let fill = tint(theme.background, color, 0.45);
    for run in &runs {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let mut outline = Vec::with_capacity(run.len() + 2);
        outline.push((first.0, base));
        outline.extend(run.iter().copied());
        outline.push((last.0, base));
        plot.draw(&Polygon::new(outline, fill.filled()))?;
    }
    // The filled polygon covered the base line: draw it again.
    plot.draw(&PathElement::new(
        vec![(x.min, y.min), (x.max, y.min)],
        ShapeStyle::from(&theme.axis).stroke_width(1),
    ))?;
    let line = ShapeStyle::from(&color).stroke_width(theme.line_width);
    for run in &runs {
        if let [only] = run[..] {
            plot.draw(&Circle::new(only, theme.line_width + 1, color.filled()))?;
        } else {
            plot.draw(&PathElement::new(run.clone(), line))?;
        }
    }
    // Few points: mark each one, so the reader sees where the data are.
    let (pw, _) = axes::dims(&plot);
    let n = finite().count() as i32;
    let radius = theme.line_width + 1;
    // Only where lines are finer than a text cell: in a terminal a dot is a blob.
    if theme.line_width > 1 && pw / n.max(1) >= 6 * radius as i32 {
        for p in finite() {
            plot.draw(&Circle::new(*p, radius, color.filled()))?;
        }
    }
    if cut_at.is_some() {
        draw_axis_break(area, &plot, theme)?;
    }
    Ok(())
}

/// A tick-style label for `v` on axis `y` ("1,000").
fn axis_value(y: &Axis, v: f64) -> String {
    let (values, step) = scale::ticks(y.min, y.max, 5);
    let max_abs = values.iter().fold(0.0f64, |m, t| m.max(t.abs()));
    scale::format_tick(v, step, max_abs)
}

/// A zigzag across the foot of the y axis, cut into the area: the usual
/// sign of an axis that does not start at zero.
fn draw_axis_break<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (char_w, line_h) = axes::text_size(area, "0", &theme.label_style())?;
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    // Above the bottom tick label, centred on the plot's left edge.
    let (x, y) = (px.start - base.0, py.end - base.1 - line_h);
    let s = char_w.max(2);
    let zigzag = vec![
        (x - s, y + s / 2),
        (x - s / 3, y - s / 2),
        (x + s / 3, y + s / 2),
        (x + s, y - s / 2),
    ];
    let w = theme.line_width.max(1);
    area.draw(&PathElement::new(
        zigzag.clone(),
        ShapeStyle::from(&theme.background).stroke_width(3 * w),
    ))?;
    area.draw(&PathElement::new(zigzag, ShapeStyle::from(&theme.text).stroke_width(w)))
}

/// The points sorted by finite x, with the y of rows sharing an x summed;
/// NaN where none of them has a finite y.
fn totals(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut sorted: Vec<(f64, f64)> = points.iter().copied().filter(|(x, _)| x.is_finite()).collect();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (x, y) in sorted {
        let y = if y.is_finite() { y } else { f64::NAN };
        match out.last_mut() {
            Some(last) if last.0 == x => {
                last.1 = match (last.1.is_finite(), y.is_finite()) {
                    (true, true) => last.1 + y,
                    (false, _) => y,
                    (true, false) => last.1,
                };
            }
            _ => out.push((x, y)),
        }
    }
    out
}

/// Sorted points cut into unbroken runs wherever y is missing.
fn runs(sorted: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    sorted
        .split(|p| !p.1.is_finite())
        .filter(|run| !run.is_empty())
        .map(<[(f64, f64)]>::to_vec)
        .collect()
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
    fn rows_sharing_an_x_are_summed_and_sorted() {
        let points = [(2.0, 5.0), (1.0, 1.0), (2.0, 3.0), (f64::NAN, 9.0), (1.0, f64::NAN)];
        assert_eq!(totals(&points), vec![(1.0, 1.0), (2.0, 8.0)]);
        let gap = totals(&[(3.0, f64::NAN), (3.0, f64::NAN), (1.0, 1.0)]);
        assert_eq!(gap.len(), 2);
        assert!(gap[1].1.is_nan(), "an x with no value is a gap");
        assert!(totals(&[]).is_empty());
    }

    #[test]
    fn missing_values_break_the_area() {
        let sorted = [(0.0, 1.0), (1.0, 2.0), (2.0, f64::NAN), (3.0, 4.0)];
        assert_eq!(runs(&sorted), vec![vec![(0.0, 1.0), (1.0, 2.0)], vec![(3.0, 4.0)]]);
        assert!(runs(&[(0.0, f64::NAN)]).is_empty());
    }

    #[test]
    fn tint_moves_towards_the_colour() {
        let (bg, c) = (RGBColor(255, 255, 255), RGBColor(0, 100, 200));
        assert_eq!(tint(bg, c, 0.0), bg);
        assert_eq!(tint(bg, c, 1.0), c);
        assert_eq!(tint(bg, c, 0.5), RGBColor(128, 178, 228));
    }
}
