//! # Barplot
//!
//! A barplot shows one numeric value per category as the length of a bar.
//! Lengths from a common baseline are the visual quantity people compare
//! most accurately, which makes the barplot the workhorse for ranking and
//! comparing categories. A second, grouping variable splits each bar into
//! side-by-side bars, stacked segments or shares of 100%.
//!
//! ## When to use
//! One value per category (a total, a count, a share), from a handful up to
//! a few dozen categories. Go horizontal when the names are long or there
//! are many of them: the names then read without rotation. Add a group when
//! each category splits into a few subgroups (two to five).
//!
//! ## Caveat
//! Order the bars by value unless the categories have a natural order (months,
//! age groups, classes): a random order makes the reader do the sorting.
//! Always start the value axis at zero, because the bar's length is the
//! message. Stacked bars compare well only on the bottom segment: the others
//! float, so use grouped bars to compare subgroups and percent bars to
//! compare shares. And a barplot of averages hides the distribution behind
//! each bar (how many values, how spread out): error bars show the spread
//! but not the shape, so show a boxplot or violin when the shape matters.
//!
//! ## Variants
//! - `vertical`: vertical bars ordered largest first, each with its value
//!   written inside its top, or above it when it does not fit; the rows of
//!   a category are summed. A bar too short to see is drawn a few pixels
//!   long (its label gives its value).
//! - `horizontal`: horizontal bars ordered largest first, each with its
//!   value written at its end and the names on the vertical axis (sums);
//!   short bars are drawn a few pixels long, as in `vertical`.
//! - `grouped`: one bar per group side by side within each category, the
//!   rows of each category and group summed.
//! - `stacked`: the groups' sums stacked into one bar per category, so the
//!   bar is the category's total.
//! - `percent`: every bar stretched to 100%, each group's segment its share
//!   of the category's total, written inside when it fits.
//! - `error-bars`: the mean of each category's rows, ordered largest first,
//!   with a line from the mean minus to the mean plus one standard deviation.
//!
//! ## Related
//! lollipop, circular-barplot, boxplot, pie, treemap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::HashMap;

/// One row of data: a category, an optional group and a value. The variant
/// decides how rows that share a category (and group) combine: summed, or
/// averaged for `error-bars`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The category, on the category axis.
    pub label: String,
    /// Empty when there are no groups.
    pub group: String,
    /// The bar's value, in the unit of `value_title`.
    pub value: f64,
}

/// The data of a barplot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the categories are, e.g. "Continent".
    pub label_title: String,
    /// What the value is, with its unit, e.g. "Population".
    pub value_title: String,
    /// What the groups are, e.g. "Survived"; prefixes the legend entries.
    pub group_title: String,
    /// The rows of data; one bar per category (and group).
    pub rows: Vec<Row>,
    /// Keep the bars in the data's order instead of largest first: for
    /// categories with a natural order (months, age groups, classes).
    pub keep_order: bool,
}

/// The ways to draw a barplot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `vertical`: Vertical bars ordered largest first, each with its value written inside its top,
    /// or above it when it does not fit; the rows of a category are summed.
    Vertical,
    /// `horizontal`: Horizontal bars ordered largest first, each with its value written at its end
    /// and the names on the vertical axis (sums); short bars are drawn a few pixels long, as in
    /// `vertical`.
    Horizontal,
    /// `grouped`: One bar per group side by side within each category, the rows of each category
    /// and group summed.
    Grouped,
    /// `stacked`: The groups' sums stacked into one bar per category, so the bar is the category's
    /// total.
    Stacked,
    /// `percent`: Every bar stretched to 100%, each group's segment its share of the category's
    /// total, written inside when it fits.
    Percent,
    /// `error-bars`: The mean of each category's rows, ordered largest first, with a line from the
    /// mean minus to the mean plus one standard deviation.
    ErrorBars,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 6] = [
        Variant::Vertical,
        Variant::Horizontal,
        Variant::Grouped,
        Variant::Stacked,
        Variant::Percent,
        Variant::ErrorBars,
    ];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Vertical => "vertical",
            Variant::Horizontal => "horizontal",
            Variant::Grouped => "grouped",
            Variant::Stacked => "stacked",
            Variant::Percent => "percent",
            Variant::ErrorBars => "error-bars",
        }
    }
}

/// The share of a category's slot that its bar (or its group of bars) fills.
const BAR_SHARE: f64 = 0.8;

/// One category and its value, ready to draw.
struct Bar {
    label: String,
    value: f64,
}

/// The rows combined: categories and groups in order of first appearance.
#[derive(Clone, Debug, Default, PartialEq)]
struct Combined {
    labels: Vec<String>,
    groups: Vec<String>,
    /// `sums[i][j]`: the sum of the finite values of category i, group j.
    sums: Vec<Vec<f64>>,
    /// The finite values of each category, for means and spreads.
    values: Vec<Vec<f64>>,
}

impl Combined {
    fn total(&self, i: usize) -> f64 {
        self.sums.get(i).map_or(0.0, |s| s.iter().sum())
    }
}

/// Rows combined by category and group; rows without a finite value are
/// skipped, and so are categories left with no value at all.
fn combine(rows: &[Row]) -> Combined {
    let mut c = Combined::default();
    // Maps, not searches of the names so far: 100,000 bars stay linear.
    let mut group_at: HashMap<&str, usize> = HashMap::new();
    let mut label_at: HashMap<&str, usize> = HashMap::new();
    for row in rows.iter().filter(|r| r.value.is_finite()) {
        let j = *group_at.entry(row.group.as_str()).or_insert_with(|| {
            c.groups.push(row.group.clone());
            for sums in &mut c.sums {
                sums.push(0.0);
            }
            c.groups.len() - 1
        });
        let i = *label_at.entry(row.label.as_str()).or_insert_with(|| {
            c.labels.push(row.label.clone());
            c.sums.push(vec![0.0; c.groups.len()]);
            c.values.push(Vec::new());
            c.labels.len() - 1
        });
        if let Some(s) = c.sums.get_mut(i).and_then(|s| s.get_mut(j)) {
            *s += row.value;
        }
        if let Some(v) = c.values.get_mut(i) {
            v.push(row.value);
        }
    }
    c
}

/// Draws `input` as a barplot in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let combined = combine(&input.rows);
    if combined.labels.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No values to compare");
    }
    let area = &axes::draw_footnote(area, theme, &overflow_note(&combined))?;
    match variant {
        Variant::Vertical | Variant::Horizontal => {
            let bars: Vec<Bar> = combined
                .labels
                .iter()
                .enumerate()
                .map(|(i, l)| Bar {
                    label: l.clone(),
                    value: combined.total(i),
                })
                .collect();
            if variant == Variant::Vertical {
                draw_vertical(area, input, bars, theme)
            } else {
                draw_horizontal(area, input, bars, theme)
            }
        }
        Variant::Grouped => draw_grouped(area, input, &combined, theme),
        Variant::Stacked => draw_stacked(area, input, &combined, false, theme),
        Variant::Percent => {
            if combined.groups.len() < 2 {
                let message = "Percent bars need groups to split each bar into shares";
                return axes::draw_empty(area, theme, &input.title, message);
            }
            draw_stacked(area, input, &combined, true, theme)
        }
        Variant::ErrorBars => draw_error_bars(area, input, &combined, theme),
    }
}

/// What the footnote says of sums too large for a number (beyond ±1.8e308):
/// their bars cannot be drawn.
fn overflow_note(c: &Combined) -> String {
    let over: Vec<&str> = (0..c.labels.len())
        .filter(|i| c.sums.get(*i).is_some_and(|s| s.iter().any(|v| !v.is_finite())) || !c.total(*i).is_finite())
        .filter_map(|i| c.labels.get(i).map(String::as_str))
        .collect();
    match over.as_slice() {
        [] => String::new(),
        [one] => format!("The sum for {one} is too large to draw (over 1.8e308)"),
        many => format!("{} sums are too large to draw (over 1.8e308)", many.len()),
    }
}

/// A value axis that starts at zero, or spans zero for negative values.
fn value_axis(title: &str, min: f64, max: f64) -> Axis {
    if min >= 0.0 {
        Axis::zero_based(title, max)
    } else {
        Axis::linear(title, min, max.max(0.0)).nice()
    }
}

fn draw_vertical<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    mut bars: Vec<Bar>,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (lo, hi) = stats::extent(bars.iter().map(|b| b.value)).unwrap_or((0.0, 0.0));
    // Largest first (unless the data's order is asked for); a stable
    // sort keeps ties in data order.
    if !input.keep_order {
        bars.sort_by(|a, b| b.value.total_cmp(&a.value));
    }
    let names = bars.iter().map(|b| b.label.clone()).collect();
    let x_axis = Axis::categories(&input.label_title, names);
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let texts: Vec<String> = bars.iter().map(|b| scale::format_value(b.value)).collect();
    // Room above (and below) the bars for labels that sit outside them,
    // from a guess of the plot's height.
    let (_, canvas_h) = axes::dims(area);
    let plot_h = canvas_h - 2 * theme.margin - 5 * line_h;
    let need = line_h + theme.gap;
    let axis = value_axis(&input.value_title, lo, hi);
    let (min, max) = axes::headroom(
        (axis.min, axis.max),
        (lo, hi),
        (if lo < 0.0 { need } else { 0 }, need),
        plot_h,
    );
    let y_axis = Axis { min, max, ..axis };
    let plot = Frame::new(&input.title, &x_axis, &y_axis).draw(area, theme)?;
    let (plot_w, plot_h) = axes::dims(&plot);
    let shortest = min_bar_len(line_h);
    let per_pixel = (y_axis.max - y_axis.min) / f64::from(plot_h.max(1));
    let base = area.get_base_pixel();
    let slot_w = plot_w / bars.len().max(1) as i32;
    for (i, (bar, text)) in bars.iter().zip(&texts).enumerate() {
        let (left, right) = (i as f64 - BAR_SHARE / 2.0, i as f64 + BAR_SHARE / 2.0);
        let end = visible_end(bar.value, f64::from(shortest) * per_pixel);
        plot.draw(&Rectangle::new([(left, 0.0), (right, end)], theme.color(0).filled()))?;
        let (tw, _) = axes::text_size(area, text, &label)?;
        if tw + theme.gap > slot_w {
            continue;
        }
        let (_, y_end) = plot.map_coordinate(&(i as f64, end));
        let (x, y_zero) = plot.map_coordinate(&(i as f64, 0.0));
        let (x, y_end, y_zero) = (x - base.0, y_end - base.1, y_zero - base.1);
        let inside = (y_zero - y_end).abs() >= line_h + theme.gap;
        let up = bar.value >= 0.0;
        let half = theme.gap / 2;
        // Inside the bar's end in the fill's ink, else just beyond it.
        let (y, v, ink) = match (inside, up) {
            (true, true) => (y_end + half, VPos::Top, Theme::text_on(theme.color(0))),
            (true, false) => (y_end - half, VPos::Bottom, Theme::text_on(theme.color(0))),
            (false, true) => (y_end - half, VPos::Bottom, theme.text),
            (false, false) => (y_end + half, VPos::Top, theme.text),
        };
        let style = label.color(&ink).pos(Pos::new(HPos::Center, v));
        area.draw(&Text::new(text.clone(), (x, y), style))?;
    }
    if y_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (x_axis.min, 0.0), (x_axis.max, 0.0))?;
    }
    Ok(())
}

/// The shortest bar drawn, in pixels, for text `line_h` tall: a quarter of
/// a line (one braille dot in a terminal), so that no bar vanishes.
fn min_bar_len(line_h: i32) -> i32 {
    (line_h / 4).max(2)
}

/// Where a bar of `value` ends: at its value, or `shortest` (in data units)
/// from zero when it would be shorter, so that a small value still shows.
/// Zero and missing values draw no bar.
fn visible_end(value: f64, shortest: f64) -> f64 {
    if !value.is_finite() || value == 0.0 || !shortest.is_finite() {
        return if value.is_finite() { value } else { 0.0 };
    }
    if value.abs() < shortest {
        shortest.copysign(value)
    } else {
        value
    }
}

fn draw_horizontal<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    mut bars: Vec<Bar>,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (lo, hi) = stats::extent(bars.iter().map(|b| b.value)).unwrap_or((0.0, 0.0));
    // Largest first (unless the data's order is asked for); a stable
    // sort keeps ties in data order.
    if !input.keep_order {
        bars.sort_by(|a, b| b.value.total_cmp(&a.value));
    }
    let count = bars.len();
    // Category i sits at y = i from the bottom: reverse so the largest is on top.
    let names = bars.iter().rev().map(|b| b.label.clone()).collect();
    let y_axis = Axis::categories(&input.label_title, names);
    let label = theme.label_style();
    let texts: Vec<String> = bars.iter().map(|b| scale::format_value(b.value)).collect();
    let (mut need_lo, mut need_hi) = (0, 0);
    for (bar, text) in bars.iter().zip(&texts) {
        let tw = axes::text_size(area, text, &label)?.0 + theme.gap;
        if bar.value < 0.0 {
            need_lo = need_lo.max(tw);
        } else {
            need_hi = need_hi.max(tw);
        }
    }
    let axis = value_axis(&input.value_title, lo, hi);
    // Room for the value labels inside the plot, from a guess of its
    // width: the canvas less margins and the widest (cut) name.
    let (canvas_w, _) = axes::dims(area);
    let mut name_w = 0;
    for bar in &bars {
        let name = axes::fit_text(area, &bar.label, &label, canvas_w / 3)?;
        name_w = name_w.max(axes::text_size(area, &name, &label)?.0);
    }
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let plot_w = canvas_w - 2 * theme.margin - name_w - line_h - 2 * theme.gap - 4 * char_w;
    let (min, max) = axes::headroom((axis.min, axis.max), (lo, hi), (need_lo, need_hi), plot_w);
    let x_axis = Axis { min, max, ..axis };
    let plot = Frame::new(&input.title, &x_axis, &y_axis).draw(area, theme)?;
    let (plot_w, plot_h) = axes::dims(&plot);
    let room = plot_h / count.max(1) as i32 >= line_h;
    let base = area.get_base_pixel();
    let shortest = f64::from(min_bar_len(char_w)) * (x_axis.max - x_axis.min) / f64::from(plot_w.max(1));
    for (k, (bar, text)) in bars.iter().zip(&texts).enumerate() {
        let yc = (count - 1 - k) as f64;
        let (low, high) = (yc - BAR_SHARE / 2.0, yc + BAR_SHARE / 2.0);
        let end = visible_end(bar.value, shortest);
        plot.draw(&Rectangle::new([(0.0, low), (end, high)], theme.color(0).filled()))?;
        if room {
            let (px, py) = plot.map_coordinate(&(end, yc));
            let (px, py) = (px - base.0, py - base.1);
            let (tx, anchor) = if bar.value < 0.0 {
                (px - theme.gap / 2, HPos::Right)
            } else {
                (px + theme.gap / 2, HPos::Left)
            };
            let style = label.pos(Pos::new(anchor, VPos::Center));
            area.draw(&Text::new(text.clone(), (tx, py), style))?;
        }
    }
    if x_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (0.0, y_axis.min), (0.0, y_axis.max))?;
    }
    Ok(())
}

/// One legend entry per group, "Survived: Yes"; none for a single unnamed group.
fn group_legend(input: &Input, c: &Combined, theme: &Theme) -> Vec<LegendEntry> {
    if c.groups.len() < 2 && c.groups.iter().all(String::is_empty) {
        return Vec::new();
    }
    c.groups
        .iter()
        .enumerate()
        .map(|(j, g)| LegendEntry {
            label: if input.group_title.is_empty() {
                g.clone()
            } else {
                format!("{}: {g}", input.group_title)
            },
            color: theme.color(j),
        })
        .collect()
}

fn draw_grouped<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    c: &Combined,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (lo, hi) = stats::extent(c.sums.iter().flatten().copied()).unwrap_or((0.0, 0.0));
    let x_axis = Axis::categories(&input.label_title, c.labels.clone());
    let y_axis = value_axis(&input.value_title, lo, hi);
    let legend = group_legend(input, c, theme);
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(&legend)
        .draw(area, theme)?;
    let n = c.groups.len().max(1);
    for (i, sums) in c.sums.iter().enumerate() {
        for (j, value) in sums.iter().enumerate() {
            let (left, right) = sub_slot(i, j, n);
            plot.draw(&Rectangle::new([(left, 0.0), (right, *value)], theme.color(j).filled()))?;
        }
    }
    if y_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (x_axis.min, 0.0), (x_axis.max, 0.0))?;
    }
    Ok(())
}

/// The left and right edges of group `j` of `n` within category `i`: the
/// category's bar share split evenly, with a small gap between neighbours.
fn sub_slot(i: usize, j: usize, n: usize) -> (f64, f64) {
    let n = n.max(1) as f64;
    let width = BAR_SHARE / n;
    let left = i as f64 - BAR_SHARE / 2.0 + j as f64 * width;
    let gap = if n > 1.0 { width * 0.08 } else { 0.0 };
    (left + gap / 2.0, left + width - gap / 2.0)
}

/// The segments of one stacked bar, as (group, bottom, top): positive parts
/// stack up from zero and negative ones down, in group order. With
/// `percent`, negative parts are left out and the positive ones scaled to
/// 100; a bar with no positive total has no segments.
fn stack(sums: &[f64], percent: bool) -> Vec<(usize, f64, f64)> {
    let total: f64 = sums.iter().filter(|v| **v > 0.0).sum();
    let scale = if percent {
        if total > 0.0 && total.is_finite() {
            100.0 / total
        } else {
            return Vec::new();
        }
    } else {
        1.0
    };
    let (mut up, mut down) = (0.0, 0.0);
    let mut out = Vec::new();
    for (j, v) in sums.iter().enumerate() {
        if *v > 0.0 {
            let top = up + v * scale;
            out.push((j, up, top));
            up = top;
        } else if *v < 0.0 && !percent {
            let bottom = down + v;
            out.push((j, bottom, down));
            down = bottom;
        }
    }
    out
}

fn draw_stacked<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    c: &Combined,
    percent: bool,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let stacks: Vec<Vec<(usize, f64, f64)>> = c.sums.iter().map(|s| stack(s, percent)).collect();
    let x_axis = Axis::categories(&input.label_title, c.labels.clone());
    let y_axis = if percent {
        let of = lower_first(&input.label_title);
        let title = match (input.value_title.is_empty(), of.is_empty()) {
            (true, _) => String::from("Share (%)"),
            (false, true) => format!("{} (%)", input.value_title),
            (false, false) => format!("{} (% of each {of})", input.value_title),
        };
        Axis::linear(title, 0.0, 100.0)
    } else {
        let ends = stacks.iter().flatten().flat_map(|(_, a, b)| [*a, *b]);
        let (lo, hi) = stats::extent(ends).unwrap_or((0.0, 0.0));
        value_axis(&input.value_title, lo, hi)
    };
    let legend = group_legend(input, c, theme);
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(&legend)
        .draw(area, theme)?;
    let (left_of, right_of) = (
        |i: usize| i as f64 - BAR_SHARE / 2.0,
        |i: usize| i as f64 + BAR_SHARE / 2.0,
    );
    for (i, segments) in stacks.iter().enumerate() {
        for (j, bottom, top) in segments {
            plot.draw(&Rectangle::new(
                [(left_of(i), *bottom), (right_of(i), *top)],
                theme.color(*j).filled(),
            ))?;
        }
    }
    // Thin cuts in the background colour keep neighbouring segments apart on paper.
    let cut = ShapeStyle::from(&theme.background).stroke_width(1);
    if theme.line_width > 1 {
        for (i, segments) in stacks.iter().enumerate() {
            for (_, bottom, _) in segments.iter().skip(1) {
                plot.draw(&PathElement::new(
                    vec![(left_of(i), *bottom), (right_of(i), *bottom)],
                    cut,
                ))?;
            }
        }
    }
    if percent {
        draw_shares(area, &plot, &stacks, theme)?;
    }
    if y_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (x_axis.min, 0.0), (x_axis.max, 0.0))?;
    }
    Ok(())
}

/// "62%" inside each percent segment that has room for it.
fn draw_shares<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    stacks: &[Vec<(usize, f64, f64)>],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let base = area.get_base_pixel();
    for (i, segments) in stacks.iter().enumerate() {
        for (j, bottom, top) in segments {
            let text = format!("{:.0}%", top - bottom);
            let (tw, th) = axes::text_size(area, &text, &label)?;
            let (x0, y0) = plot.map_coordinate(&(i as f64 - BAR_SHARE / 2.0, *top));
            let (x1, y1) = plot.map_coordinate(&(i as f64 + BAR_SHARE / 2.0, *bottom));
            if x1 - x0 < tw + theme.gap || y1 - y0 < th {
                continue;
            }
            let ink = Theme::text_on(theme.color(*j));
            let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
            let centre = (x0 + (x1 - x0) / 2 - base.0, y0 + (y1 - y0) / 2 - base.1);
            area.draw(&Text::new(text, centre, style))?;
        }
    }
    Ok(())
}

/// The mean of each category and one standard deviation (0 with one value).
fn means(c: &Combined) -> Vec<(String, f64, f64)> {
    c.labels
        .iter()
        .zip(&c.values)
        .filter_map(|(l, v)| Some((l.clone(), stats::mean(v)?, stats::std_dev(v).unwrap_or(0.0))))
        .collect()
}

fn draw_error_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    c: &Combined,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let mut bars = means(c);
    if !input.keep_order {
        bars.sort_by(|a, b| b.1.total_cmp(&a.1));
    }
    let ends = bars.iter().flat_map(|(_, m, sd)| [*m, m - sd, m + sd]);
    let (lo, hi) = stats::extent(ends).unwrap_or((0.0, 0.0));
    let x_axis = Axis::categories(&input.label_title, bars.iter().map(|b| b.0.clone()).collect());
    let y_axis = value_axis(&input.value_title, lo.min(0.0), hi);
    let legend = [
        LegendEntry {
            label: String::from("Mean"),
            color: theme.color(0),
        },
        LegendEntry {
            label: String::from("±1 standard deviation"),
            color: theme.text,
        },
    ];
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(&legend)
        .draw(area, theme)?;
    for (i, (_, mean, _)) in bars.iter().enumerate() {
        let (left, right) = (i as f64 - BAR_SHARE / 2.0, i as f64 + BAR_SHARE / 2.0);
        plot.draw(&Rectangle::new([(left, 0.0), (right, *mean)], theme.color(0).filled()))?;
    }
    // The whiskers, drawn over the bars: a stem and two caps a quarter slot wide.
    let style = ShapeStyle::from(&theme.text).stroke_width(theme.line_width.max(1));
    for (i, (_, mean, sd)) in bars.iter().enumerate() {
        if *sd <= 0.0 {
            continue;
        }
        let x = i as f64;
        let (a, b) = (mean - sd, mean + sd);
        plot.draw(&PathElement::new(vec![(x, a), (x, b)], style))?;
        for y in [a, b] {
            plot.draw(&PathElement::new(
                vec![(x - BAR_SHARE / 8.0, y), (x + BAR_SHARE / 8.0, y)],
                style,
            ))?;
        }
    }
    if y_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (x_axis.min, 0.0), (x_axis.max, 0.0))?;
    }
    Ok(())
}

/// "Class" becomes "class" for use inside a sentence; acronyms ("GDP") stay.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain([b]).chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

fn draw_zero_line<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    theme: &Theme,
    from: (f64, f64),
    to: (f64, f64),
) -> DrawResult<(), DB> {
    plot.draw(&PathElement::new(
        vec![from, to],
        ShapeStyle::from(&theme.axis).stroke_width(1),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, group: &str, value: f64) -> Row {
        Row {
            label: label.to_string(),
            group: group.to_string(),
            value,
        }
    }

    #[test]
    fn rows_combine_by_category_and_group_in_first_appearance_order() {
        let rows = [
            row("b", "x", 1.0),
            row("a", "y", 2.0),
            row("b", "y", 3.0),
            row("b", "x", 4.0),
            row("c", "x", f64::NAN),
        ];
        let c = combine(&rows);
        assert_eq!(c.labels, vec!["b", "a"], "c has no finite value");
        assert_eq!(c.groups, vec!["x", "y"]);
        assert_eq!(c.sums, vec![vec![5.0, 3.0], vec![0.0, 2.0]]);
        assert_eq!(c.values[0], vec![1.0, 3.0, 4.0]);
        assert_eq!(c.total(0), 8.0);
        assert_eq!(c.total(9), 0.0);
    }

    #[test]
    fn stacks_go_up_for_positive_and_down_for_negative_parts() {
        assert_eq!(
            stack(&[2.0, -1.0, 3.0, -2.0], false),
            vec![(0, 0.0, 2.0), (1, -1.0, 0.0), (2, 2.0, 5.0), (3, -3.0, -1.0)]
        );
        assert!(stack(&[0.0, 0.0], false).is_empty());
    }

    #[test]
    fn percent_stacks_reach_one_hundred() {
        let s = stack(&[1.0, -5.0, 3.0], true);
        assert_eq!(s.len(), 2, "negative parts are left out: {s:?}");
        assert_eq!(s[0], (0, 0.0, 25.0));
        assert!((s[1].2 - 100.0).abs() < 1e-9);
        assert!(stack(&[0.0, -1.0], true).is_empty(), "no positive total");
    }

    #[test]
    fn sub_slots_share_the_bar_without_overlap() {
        let slots: Vec<(f64, f64)> = (0..3).map(|j| sub_slot(2, j, 3)).collect();
        assert!(slots[0].0 >= 2.0 - BAR_SHARE / 2.0 - 1e-12);
        assert!(slots[2].1 <= 2.0 + BAR_SHARE / 2.0 + 1e-12);
        assert!(slots.windows(2).all(|w| w[0].1 < w[1].0));
        assert_eq!(sub_slot(0, 0, 1), (-BAR_SHARE / 2.0, BAR_SHARE / 2.0));
    }

    #[test]
    fn means_and_spreads_per_category() {
        let c = combine(&[row("a", "", 1.0), row("a", "", 3.0), row("b", "", 5.0)]);
        let m = means(&c);
        assert_eq!(m[0].0, "a");
        assert!((m[0].1 - 2.0).abs() < 1e-12 && (m[0].2 - 2f64.sqrt()).abs() < 1e-12);
        assert_eq!(m[1], (String::from("b"), 5.0, 0.0), "one value: no spread");
    }

    #[test]
    fn sums_too_large_for_a_number_are_named_in_the_footnote() {
        let rows = [row("A", "", 1e308), row("A", "", 1e308), row("B", "", 5.0)];
        let note = overflow_note(&combine(&rows));
        assert!(note.contains("for A") && !note.contains('B'), "{note}");
        assert_eq!(overflow_note(&combine(&[row("B", "", 5.0)])), "");
    }

    #[test]
    fn small_bars_stay_visible() {
        assert_eq!(visible_end(0.1, 2.0), 2.0, "lengthened");
        assert_eq!(visible_end(-0.1, 2.0), -2.0, "downwards");
        assert_eq!(visible_end(5.0, 2.0), 5.0, "long enough");
        assert_eq!(visible_end(0.0, 2.0), 0.0, "nothing to show");
        assert_eq!(visible_end(f64::NAN, 2.0), 0.0);
        assert_eq!(min_bar_len(16), 4, "one braille dot in a terminal");
        assert_eq!(min_bar_len(4), 2);
    }

    #[test]
    fn lower_first_keeps_acronyms() {
        assert_eq!(lower_first("Class"), "class");
        assert_eq!(lower_first("GDP"), "GDP");
        assert_eq!(lower_first(""), "");
        assert_eq!(lower_first("x"), "x");
    }
}
