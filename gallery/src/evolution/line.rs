//! # Line
//!
//! A line chart joins the values of a numeric variable in the order of a
//! numeric or date variable, usually time, so the eye follows the trend:
//! rises, falls, turning points. Several groups give one line each, named
//! directly at its right end instead of in a legend. A missing value (NaN)
//! breaks the line rather than bridging the gap with a guess.
//!
//! ## When to use
//! A value measured over time (or another ordered variable) for one group
//! or a handful of groups: the trend matters more than each exact value.
//!
//! ## Caveat
//! Too many lines make spaghetti: past five or six groups, colours repeat
//! and no line can be followed. Highlight the one that matters and grey the
//! rest (variant `highlight`), or draw one small chart per group.
//!
//! ## Variants
//! - `lines`: every group in its own colour, named at its line end.
//! - `highlight`: all groups thin and grey, one in colour and named.
//!
//! ## Related
//! stacked-area, area, connected-scatter, time-series
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, Plot};
use crate::stats;
use crate::theme::{blend, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::borrow::Cow;

/// One group's points, in any order: `x[k]` pairs with `y[k]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The series' name, in the legend and at the line's end.
    pub name: String,
    /// The x of each point, in the x variable's unit (days since 1970-01-01 for dates).
    pub x: Vec<f64>,
    /// The y of each point, `y[k]` with `x[k]`.
    pub y: Vec<f64>,
}

/// The data of a line chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The y variable and its unit, which titles the y axis.
    pub y_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// The lines, one colour each.
    pub series: Vec<Series>,
    /// The group the `highlight` variant colours; `None` means the first.
    pub highlight: Option<String>,
    /// A log10 y axis; values of zero or less break the line.
    pub log_y: bool,
}

/// The ways to draw a line chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `lines`: Every group in its own colour, named at its line end.
    Lines,
    /// `highlight`: All groups thin and grey, one in colour and named.
    Highlight,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Lines, Variant::Highlight];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Lines => "lines",
            Variant::Highlight => "highlight",
        }
    }
}

/// An unbroken stretch of a line, sorted by x: slices of the input when
/// it can be, else a copy.
#[derive(Debug, PartialEq)]
struct Run<'a> {
    x: Cow<'a, [f64]>,
    y: Cow<'a, [f64]>,
}

impl Run<'_> {
    fn points(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.x.iter().copied().zip(self.y.iter().copied())
    }

    fn last(&self) -> Option<(f64, f64)> {
        Some((*self.x.last()?, *self.y.last()?))
    }
}

/// A series ready to draw: its unbroken runs of points, sorted by x.
struct Prepared<'a> {
    name: &'a str,
    runs: Vec<Run<'a>>,
    color: RGBColor,
    width: u32,
    labelled: bool,
}

/// Draws `input` as a line chart in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let runs: Vec<Vec<Run>> = input.series.iter().map(|s| runs(s, input.log_y)).collect();
    let all = || runs.iter().flatten();
    let (Some((x0, x1)), Some((y0, y1))) = (
        stats::extent(all().flat_map(|run| run.x.iter().copied())),
        stats::extent(all().flat_map(|run| run.y.iter().copied())),
    ) else {
        return axes::draw_empty(area, theme, &input.title, "No points with numeric x and y");
    };

    let chosen = highlighted(input);
    // Grey between the grid and muted text: visible, yet clearly background.
    let grey = blend(theme.grid, theme.muted, 0.5);
    let mut series: Vec<Prepared> = input
        .series
        .iter()
        .zip(runs)
        .enumerate()
        .filter(|(_, (_, r))| !r.is_empty())
        .map(|(i, (s, runs))| match variant {
            Variant::Lines => Prepared {
                name: &s.name,
                runs,
                color: theme.color(i),
                width: theme.line_width,
                labelled: true,
            },
            Variant::Highlight if Some(i) == chosen => Prepared {
                name: &s.name,
                runs,
                color: theme.color(0),
                width: theme.line_width + 1,
                labelled: true,
            },
            Variant::Highlight => Prepared {
                name: &s.name,
                runs,
                color: grey,
                width: (theme.line_width / 2).max(1),
                labelled: false,
            },
        })
        .collect();
    // The highlighted line goes on top of the grey ones.
    series.sort_by_key(|s| s.labelled);

    let (w, _) = axes::dims(area);
    let label = theme.label_style();
    let max_label_w = (w / 4).max(1);
    let mut labels = Vec::new();
    let mut widest = 0;
    for s in series.iter().filter(|s| s.labelled) {
        let text = axes::fit_text(area, s.name, &label, max_label_w)?;
        widest = widest.max(axes::text_size(area, &text, &label)?.0);
        labels.push(text);
    }
    let reserve = if widest > 0 { widest + theme.gap } else { 0 };

    let x = if input.x_is_date {
        Axis::date(&input.x_title, x0, x1)
    } else {
        Axis::linear(&input.x_title, x0, x1)
    };
    let y = if input.log_y {
        // The points are in log10 space already.
        Axis::log10(format!("{} (log scale)", input.y_title), 10f64.powf(y0), 10f64.powf(y1))
    } else {
        Axis::linear(&input.y_title, y0, y1).nice()
    };
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(reserve)
        .draw(area, theme)?;

    // More points than pixel columns: keep each column's first, lowest,
    // highest and last point (M4), which draws the same line, spikes included.
    let columns = plot.get_pixel_range().0.len().max(1);
    for s in &series {
        let style = ShapeStyle::from(&s.color).stroke_width(s.width);
        for run in &s.runs {
            if let ([x], [y]) = (&run.x[..], &run.y[..]) {
                // A lone point between gaps would vanish as a line.
                plot.draw(&Circle::new((*x, *y), s.width + 1, s.color.filled()))?;
            } else if run.x.len() > 4 * columns {
                // M4 turns sharply at every column's low and high point; as
                // one thick path, plotters mitres those turns into spikes
                // far past the plot. Segment by segment has no joins.
                let points = stats::downsample_m4(&run.x, &run.y, x0, x1, columns);
                for pair in points.windows(2) {
                    plot.draw(&PathElement::new(pair.to_vec(), style))?;
                }
            } else {
                plot.draw(&PathElement::new(run.points().collect::<Vec<_>>(), style))?;
            }
        }
    }

    draw_end_labels(area, &plot, theme, &series, &labels)
}

/// Labels at the right of the plot, level with each labelled line's last
/// point, nudged apart so they never overlap.
fn draw_end_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    series: &[Prepared],
    labels: &[String],
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let ends: Vec<(&Prepared, (i32, i32))> = series
        .iter()
        .filter(|s| s.labelled)
        .filter_map(|s| s.runs.last().and_then(Run::last).map(|p| (s, plot.map_coordinate(&p))))
        .map(|(s, (ex, ey))| (s, (ex - base.0, ey - base.1)))
        .collect();
    let lh = f64::from(line_h);
    let lo = f64::from(py.start - base.1) + lh / 2.0;
    let hi = f64::from(py.end - base.1) - lh / 2.0;
    let room = ((hi - lo) / lh).floor().max(0.0) as usize + 1;
    let wanted: Vec<f64> = ends.iter().map(|(_, (_, ey))| f64::from(*ey)).collect();
    let ys = axes::spread(&wanted[..wanted.len().min(room)], lh, lo, hi);
    let label_x = px.end - base.0 + theme.gap;
    for (((s, (ex, ey)), text), ly) in ends.iter().zip(labels).zip(ys) {
        if text.is_empty() {
            continue;
        }
        let ly = ly.round() as i32;
        if (ly - ey).abs() > line_h / 2 || label_x - ex > 2 * theme.gap {
            // A thin leader ties a moved label to its line.
            let leader = vec![(*ex, *ey), (label_x - theme.gap / 3, ly)];
            area.draw(&PathElement::new(leader, ShapeStyle::from(&s.color).stroke_width(1)))?;
        }
        let style = label.color(&s.color).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(text.clone(), (label_x, ly), style))?;
    }
    Ok(())
}

/// Index of the series the `highlight` variant colours: the one named by
/// the input, else the first with any points.
fn highlighted(input: &Input) -> Option<usize> {
    let has_points = |s: &Series| s.x.iter().zip(&s.y).any(|(x, y)| x.is_finite() && y.is_finite());
    input
        .highlight
        .as_ref()
        .and_then(|name| input.series.iter().position(|s| &s.name == name && has_points(s)))
        .or_else(|| input.series.iter().position(has_points))
}

/// The points sorted by x, cut into unbroken runs wherever y is missing
/// (or, on a log axis, not positive); y in log10 space when `log_y`.
fn runs(series: &Series, log_y: bool) -> Vec<Run<'_>> {
    let n = series.x.len().min(series.y.len());
    let (xs, ys) = (&series.x[..n], &series.y[..n]);
    // Series usually arrive in order with every x present: then the runs
    // are slices of the input, and ten million points are not copied.
    let mut previous = f64::NEG_INFINITY;
    let plain = !log_y
        && xs.iter().all(|x| {
            let ok = previous <= *x && x.is_finite();
            previous = *x;
            ok
        });
    if plain {
        let mut out = Vec::new();
        let mut start = 0;
        for end in (0..=n).filter(|i| *i == n || !ys[*i].is_finite()) {
            if end > start {
                out.push(Run {
                    x: Cow::Borrowed(&xs[start..end]),
                    y: Cow::Borrowed(&ys[start..end]),
                });
            }
            start = end + 1;
        }
        return out;
    }
    // Otherwise the runs are copies: without points that have no x, with
    // y in log space, and sorted when out of order.
    let to_axis = |y: f64| match log_y {
        false => y,
        true if y > 0.0 => y.log10(),
        true => f64::NAN,
    };
    let mut points: Vec<(f64, f64)> = xs
        .iter()
        .zip(ys)
        .filter(|(x, _)| x.is_finite())
        .map(|(x, y)| (*x, to_axis(*y)))
        .collect();
    if !points.is_sorted_by(|a, b| a.0 <= b.0) {
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    points
        .split(|(_, y)| !y.is_finite())
        .filter(|run| !run.is_empty())
        .map(|run| {
            let (x, y) = run.iter().copied().unzip();
            Run {
                x: Cow::Owned(x),
                y: Cow::Owned(y),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(points: &[(f64, f64)]) -> Series {
        let (x, y) = points.iter().copied().unzip();
        Series {
            name: String::new(),
            x,
            y,
        }
    }

    fn points(runs: &[Run]) -> Vec<Vec<(f64, f64)>> {
        runs.iter().map(|r| r.points().collect()).collect()
    }

    #[test]
    fn runs_are_sorted_by_x_and_broken_by_missing_values() {
        let unordered = series(&[
            (3.0, 30.0),
            (1.0, 10.0),
            (2.0, f64::NAN),
            (4.0, 40.0),
            (f64::NAN, 5.0),
            (0.0, 0.0),
        ]);
        assert_eq!(
            points(&runs(&unordered, false)),
            vec![vec![(0.0, 0.0), (1.0, 10.0)], vec![(3.0, 30.0), (4.0, 40.0)]]
        );
        assert!(runs(&series(&[]), false).is_empty());
        assert!(runs(&series(&[(1.0, f64::NAN)]), false).is_empty());
    }

    #[test]
    fn ordered_series_are_cut_into_slices_not_copied() {
        let ordered = series(&[
            (0.0, 1.0),
            (1.0, f64::NAN),
            (2.0, 2.0),
            (3.0, 3.0),
            (4.0, f64::INFINITY),
        ]);
        let cut = runs(&ordered, false);
        assert!(cut
            .iter()
            .all(|r| matches!((&r.x, &r.y), (Cow::Borrowed(_), Cow::Borrowed(_)))));
        assert_eq!(points(&cut), vec![vec![(0.0, 1.0)], vec![(2.0, 2.0), (3.0, 3.0)]]);
        // On a log axis, values <= 0 break the line too.
        let positive_or_not = series(&[(0.0, 10.0), (1.0, 0.0), (2.0, 100.0)]);
        assert_eq!(
            points(&runs(&positive_or_not, true)),
            vec![vec![(0.0, 1.0)], vec![(2.0, 2.0)]]
        );
    }

    #[test]
    fn the_named_group_is_highlighted_else_the_first_with_points() {
        let s = |name: &str, points: Vec<(f64, f64)>| Series {
            name: name.to_string(),
            ..series(&points)
        };
        let mut input = Input {
            series: vec![s("empty", vec![]), s("a", vec![(1.0, 1.0)]), s("b", vec![(1.0, 2.0)])],
            ..Input::default()
        };
        assert_eq!(highlighted(&input), Some(1));
        input.highlight = Some("b".to_string());
        assert_eq!(highlighted(&input), Some(2));
        input.highlight = Some("nope".to_string());
        assert_eq!(highlighted(&input), Some(1));
    }
}
