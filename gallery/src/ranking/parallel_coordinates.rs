//! # Parallel coordinates
//!
//! Parallel coordinates give each numeric variable a vertical axis, side by
//! side, and draw every observation as a line that crosses each axis at its
//! value. Colour the lines by group and the groups' profiles stand out:
//! which variables separate them, where they overlap, which variables rise
//! and fall together (parallel segments) or against each other (crossings).
//!
//! ## When to use
//! Several numeric variables (three to about ten) measured on the same
//! observations, a few dozen to a few thousand of them, usually with a
//! grouping variable to colour by.
//!
//! ## Caveat
//! Axis order and scaling change everything: only neighbouring axes can be
//! compared, so try several orders, and an axis that is scaled differently
//! changes the picture. Scaling each axis to its own range (with its real
//! units on the ticks) uses the room best; standardizing (z-scores) puts
//! every axis on one shared scale. With many lines, thin see-through lines
//! show where they are dense; beyond that, summarise (a radar or heatmap of
//! group means). Past 5,000 rows a fixed random sample of them is drawn
//! (the axes still span every value), and the footnote says how many.
//!
//! ## Variants
//! - `scaled`: each axis stretched from its smallest to its largest value
//!   (widened to nice numbers), ticks in the variable's own units.
//! - `standardized`: every variable as z-scores (standard deviations from
//!   its mean) on one shared vertical axis.
//!
//! ## Related
//! radar, scatter, correlogram, heatmap, line
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Ticks};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The observations of one group: each row holds one value per axis (in
/// the order of `Input::axes`). An empty name stands for "all rows".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, in the legend.
    pub name: String,
    /// The group's observations, each one value per axis.
    pub rows: Vec<Vec<f64>>,
}

/// The data of a parallel coordinates plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variables' names with units, left to right.
    pub axes: Vec<String>,
    /// The observations, one colour per group.
    pub groups: Vec<Group>,
}

/// The ways to draw a parallel coordinates plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `scaled`: Each axis stretched from its smallest to its largest value (widened to nice
    /// numbers), ticks in the variable's own units.
    Scaled,
    /// `standardized`: Every variable as z-scores (standard deviations from its mean) on one shared
    /// vertical axis.
    Standardized,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Scaled, Variant::Standardized];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Scaled => "scaled",
            Variant::Standardized => "standardized",
        }
    }
}

/// How one axis maps its values to the shared vertical scale.
#[derive(Clone, Copy, Debug, PartialEq)]
struct AxisMap {
    /// The value drawn at the bottom (scaled) or the mean (standardized).
    offset: f64,
    /// Half of what one unit of the shared scale is worth in the variable's units.
    half_unit: f64,
}

impl AxisMap {
    fn at(self, v: f64) -> f64 {
        // Halves: a column from -1e308 to 1e308 would overflow v - offset
        // and its unit (halving a float is exact, so nothing else changes).
        (v / 2.0 - self.offset / 2.0) / self.half_unit
    }
}

/// Per axis: its nice range (bottom to top) mapped onto 0..1.
fn scaled_maps(columns: &[Vec<f64>]) -> Vec<(AxisMap, (f64, f64))> {
    columns
        .iter()
        .map(|col| {
            let (lo, hi) = stats::extent(col.iter().copied()).unwrap_or((0.0, 1.0));
            let (lo, hi) = scale::nice_bounds(lo, hi, 5);
            (
                AxisMap {
                    offset: lo,
                    half_unit: hi / 2.0 - lo / 2.0,
                },
                (lo, hi),
            )
        })
        .collect()
}

/// Per axis: z-scores, (v - mean) / sd; an axis without spread maps to 0.
fn standard_maps(columns: &[Vec<f64>]) -> Vec<AxisMap> {
    columns
        .iter()
        .map(|col| {
            let mean = stats::mean(col).unwrap_or(0.0);
            let sd = stats::std_dev(col).filter(|s| *s > 0.0).unwrap_or(f64::INFINITY);
            AxisMap {
                offset: mean,
                half_unit: sd / 2.0,
            }
        })
        .collect()
}

/// The opacity of one line on paper: a few hundred overlapping lines
/// still show their bundles instead of a solid slab.
const LINE_ALPHA: f64 = 0.3;

/// Draws `input` as a parallel coordinates plot in the style of `variant`, filling `area`, with
/// `theme`'s colours, fonts and sizes; input with nothing to draw gets a message instead of a
/// chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n = input.axes.len();
    // Every value of each axis, for its range, mean and spread.
    let columns: Vec<Vec<f64>> = (0..n)
        .map(|i| {
            input
                .groups
                .iter()
                .flat_map(|g| g.rows.iter().filter_map(move |r| r.get(i).copied()))
                .filter(|v| v.is_finite())
                .collect()
        })
        .collect();
    if n < 2 || columns.iter().any(Vec::is_empty) {
        let message = if n < 2 {
            "Parallel coordinates need at least two variables"
        } else {
            "Every variable needs at least one value"
        };
        return axes::draw_empty(area, theme, &input.title, message);
    }
    // Past MAX_LINES rows, a fixed random sample of each group's rows is
    // drawn (the axes still span every value), and the footnote says so.
    let (shown, note) = sample_rows(&input.groups);
    let area = &axes::draw_footnote(area, theme, &note)?;
    let x_axis = Axis::categories("", input.axes.clone());
    let legend: Vec<LegendEntry> = input
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.name.is_empty())
        .map(|(i, g)| LegendEntry {
            label: g.name.clone(),
            color: theme.color(i),
        })
        .collect();
    let (maps, plot, scaled_ranges) = match variant {
        Variant::Scaled => {
            let scaled = scaled_maps(&columns);
            // No shared scale: the frame draws no y labels, each axis its own.
            let y_axis = Axis {
                title: String::new(),
                min: 0.0,
                max: 1.0,
                ticks: Ticks::Categories(Vec::new()),
            };
            let plot = Frame::new(&input.title, &x_axis, &y_axis)
                .legend(&legend)
                .draw(area, theme)?;
            let ranges: Vec<(f64, f64)> = scaled.iter().map(|(_, r)| *r).collect();
            (scaled.into_iter().map(|(m, _)| m).collect::<Vec<_>>(), plot, ranges)
        }
        Variant::Standardized => {
            let maps = standard_maps(&columns);
            let z = maps
                .iter()
                .zip(&columns)
                .flat_map(|(m, col)| col.iter().map(move |v| m.at(*v)));
            let (lo, hi) = stats::extent(z).unwrap_or((-1.0, 1.0));
            // Fine steps for the bounds keep the axis close to the data.
            let (lo, hi) = scale::nice_bounds(lo.min(-1.0), hi.max(1.0), 10);
            let y_axis = Axis::linear("Standard deviations from the mean", lo, hi);
            let plot = Frame::new(&input.title, &x_axis, &y_axis)
                .legend(&legend)
                .draw(area, theme)?;
            (maps, plot, Vec::new())
        }
    };
    let (y0, y1) = {
        let r = plot.get_y_range();
        (r.start, r.end)
    };

    // The variables' axes, behind the lines.
    let axis_style = ShapeStyle::from(&theme.axis).stroke_width(1);
    for i in 0..n {
        plot.draw(&PathElement::new(vec![(i as f64, y0), (i as f64, y1)], axis_style))?;
    }
    // Thin see-through lines show where many of them run: a lone line is
    // faint, a bundle strong (a terminal mixes them by coverage too).
    for (g, (group, rows)) in input.groups.iter().zip(&shown).enumerate() {
        let style = ShapeStyle::from(&theme.color(g).mix(LINE_ALPHA)).stroke_width(1);
        for row in rows.iter().filter_map(|r| group.rows.get(*r)) {
            for segment in segments(row, &maps) {
                plot.draw(&PathElement::new(segment, style))?;
            }
        }
    }
    if variant == Variant::Scaled {
        draw_axis_ticks(area, &plot, &scaled_ranges, theme)?;
    }
    Ok(())
}

/// The most lines drawn: past this a fixed random sample (the same every
/// time) of each group's rows, in proportion to its size.
pub const MAX_LINES: usize = 5000;

/// Which rows of each group are drawn, and the footnote that says when
/// not all of them are ("" when they are).
fn sample_rows(groups: &[Group]) -> (Vec<Vec<usize>>, String) {
    let total: usize = groups.iter().map(|g| g.rows.len()).sum();
    if total <= MAX_LINES {
        return (
            groups.iter().map(|g| (0..g.rows.len()).collect()).collect(),
            String::new(),
        );
    }
    let shown: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let keep = (g.rows.len() * MAX_LINES).div_ceil(total).min(g.rows.len());
            stats::sample_indices(g.rows.len(), keep)
        })
        .collect();
    let drawn: usize = shown.iter().map(Vec::len).sum();
    let note = format!(
        "Showing a random {} of {} rows.",
        scale::format_count(drawn),
        scale::format_count(total)
    );
    (shown, note)
}

/// The runs of a row's line between missing values, as (axis, height)
/// points: a missing value breaks the line rather than dropping the row.
fn segments(row: &[f64], maps: &[AxisMap]) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for (i, m) in maps.iter().enumerate() {
        let y = row.get(i).map_or(f64::NAN, |v| m.at(*v));
        if y.is_finite() {
            current.push((i as f64, y));
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.retain(|s| s.len() > 1);
    out
}

/// Tick labels in each variable's own units, left of each axis, thinned
/// to what fits between neighbouring axes.
fn draw_axis_ticks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    ranges: &[(f64, f64)],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let (plot_w, plot_h) = axes::dims(plot);
    let max_ticks = (plot_h / (line_h * 2).max(1)).clamp(2, 8) as usize;
    let room = (plot_w / ranges.len().max(1) as i32 / 2 - theme.gap).max(0);
    let base = area.get_base_pixel();
    let tick_len = (theme.gap / 2).max(2);
    let tick = ShapeStyle::from(&theme.axis).stroke_width(1);
    for (i, (lo, hi)) in ranges.iter().enumerate() {
        let (values, step) = scale::ticks(*lo, *hi, max_ticks);
        let max_abs = values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        for v in values {
            let t = scale::fraction(v, *lo, *hi);
            let (x, y) = plot.map_coordinate(&(i as f64, t));
            let (x, y) = (x - base.0, y - base.1);
            area.draw(&PathElement::new(vec![(x - tick_len, y), (x, y)], tick))?;
            let text = axes::fit_text(area, &scale::format_tick(v, step, max_abs), &label, room)?;
            let style = label.pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new(text, (x - tick_len - theme.gap / 4, y), style))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_axes_span_nice_ranges() {
        let maps = scaled_maps(&[vec![3.0, 7.0], vec![180.0, 230.0]]);
        assert_eq!(maps[0].1, (3.0, 7.0));
        assert_eq!(maps[1].1, (180.0, 230.0));
        assert_eq!(maps[0].0.at(3.0), 0.0);
        assert_eq!(maps[0].0.at(7.0), 1.0);
    }

    #[test]
    fn a_column_across_the_whole_f64_range_maps_onto_its_axis() {
        let maps = scaled_maps(&[vec![-1e308, 1e308, 0.0]]);
        let (lo, hi) = maps[0].1;
        assert!(lo <= -1e308 && hi >= 1e308, "{lo}..{hi}");
        let at = |v: f64| maps[0].0.at(v);
        assert!((at(lo) - 0.0).abs() < 1e-12 && (at(hi) - 1.0).abs() < 1e-12);
        assert!((at(0.0) - 0.5).abs() < 0.1, "{}", at(0.0));
    }

    #[test]
    fn standardized_axes_are_z_scores() {
        let maps = standard_maps(&[vec![1.0, 2.0, 3.0], vec![5.0, 5.0]]);
        assert!((maps[0].at(3.0) - 1.0).abs() < 1e-12);
        assert_eq!(maps[0].at(2.0), 0.0);
        assert_eq!(maps[1].at(5.0), 0.0, "no spread: every value at zero");
    }

    #[test]
    fn a_million_rows_draw_a_fixed_sample_with_a_note() {
        let group = |name: &str, n: usize| Group {
            name: name.to_string(),
            rows: vec![vec![1.0, 2.0]; n],
        };
        let (shown, note) = sample_rows(&[group("a", 999_000), group("b", 1000)]);
        assert_eq!(shown[0].len() + shown[1].len(), MAX_LINES);
        assert_eq!(shown[1].len(), 5, "each group keeps its share");
        assert_eq!(note, "Showing a random 5,000 of 1,000,000 rows.");
        assert_eq!(
            sample_rows(&[group("a", 1000), group("b", 1000)]).0,
            sample_rows(&[group("a", 1000), group("b", 1000)]).0
        );
        let (all, note) = sample_rows(&[group("a", 10)]);
        assert_eq!((all[0].len(), note.as_str()), (10, ""));
    }

    #[test]
    fn missing_values_break_lines() {
        let maps = vec![
            AxisMap {
                offset: 0.0,
                half_unit: 0.5
            };
            4
        ];
        let parts = segments(&[1.0, 2.0, f64::NAN, 4.0], &maps);
        assert_eq!(parts, vec![vec![(0.0, 1.0), (1.0, 2.0)]], "a lone point draws nothing");
        let parts = segments(&[1.0, 2.0, 3.0], &maps[..3]);
        assert_eq!(parts.len(), 1);
        assert!(segments(&[], &maps).is_empty());
    }
}
