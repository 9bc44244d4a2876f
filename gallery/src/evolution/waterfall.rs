//! # Waterfall
//!
//! A waterfall chart walks from a starting total to an end total through
//! the changes between them: each change is a bar floating from the
//! running total before it to the running total after it, green when it
//! adds and red when it takes away, and the totals are bars from zero.
//! Thin connectors carry each running total across to the next bar, so
//! the eye follows the walk. It answers "what made the total move?": an
//! income statement from revenue to profit, a budget from one year to the
//! next, a variance bridge from plan to actual.
//!
//! The `top` parameter (`Input::top`) keeps the largest changes and sums
//! the rest into one step per stretch between totals.
//!
//! ## When to use
//! A total that is the sum of a few signed parts, in an order that tells a
//! story (revenue, then costs, then taxes; or the biggest movers first),
//! with the start and end (and perhaps subtotals) as totals.
//!
//! ## Caveat
//! The total bars are lengths from zero, so the value axis must include
//! zero; a zoomed axis that cuts the totals exaggerates the changes. Keep
//! it to a dozen steps or so, and check that the changes add up: a
//! reported total that differs from the running sum hides an unexplained
//! gap (the chart draws the reported total and says so in its footnote).
//!
//! ## Variants
//! - `vertical` (default): steps left to right, values up.
//! - `horizontal`: steps top to bottom, values across: room for long
//!   step names.
//!
//! ## Related
//! barplot, stacked-area, lollipop, line
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Plot};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What a step's value means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// A change added to the running total (negative takes away).
    #[default]
    Change,
    /// A total known from the data (a start, or a reported end): a bar
    /// from zero to the value, which becomes the running total.
    Total,
    /// A subtotal: a bar from zero to the running total; the value is not used.
    Subtotal,
}

/// One bar of the walk.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Step {
    /// The step's name, on the category axis ("Corporation income taxes").
    pub label: String,
    /// The change, or the total for a [`Kind::Total`], in the unit of `value_title`.
    pub value: f64,
    /// Whether the value is a change or a total.
    pub kind: Kind,
}

/// The data of a waterfall chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the steps are, e.g. "Source of receipts".
    pub label_title: String,
    /// What the values are, with their unit, e.g. "Receipts (US$ billions)".
    pub value_title: String,
    /// The steps in the order of the walk.
    pub steps: Vec<Step>,
    /// Keep only this many changes, the largest either way; the others
    /// become one "Other changes" step at the end of their stretch, so
    /// every total still adds up (`None`: every change).
    pub top: Option<usize>,
}

/// The ways to draw a waterfall chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `vertical`: Steps left to right, values up.
    Vertical,
    /// `horizontal`: Steps top to bottom, values across: room for long step names.
    Horizontal,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Vertical, Variant::Horizontal];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Vertical => "vertical",
            Variant::Horizontal => "horizontal",
        }
    }
}

/// How a bar is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tone {
    Up,
    Down,
    Total,
}

/// One bar of the walk, as drawn: from `from` to `to` in value units.
#[derive(Clone, Debug, PartialEq)]
struct Bar {
    label: String,
    from: f64,
    to: f64,
    tone: Tone,
}

impl Bar {
    /// The running total after this bar.
    fn level(&self) -> f64 {
        self.to
    }

    /// The text written at the bar: a signed change or a total.
    fn text(&self) -> String {
        match self.tone {
            Tone::Total => scale::format_value(self.to),
            Tone::Up => format!("+{}", scale::format_value(self.to - self.from)),
            Tone::Down => format!("−{}", scale::format_value(self.from - self.to)),
        }
    }
}

/// The bars of the walk, and what the footnote must say.
#[derive(Debug, Default, PartialEq)]
struct Walk {
    bars: Vec<Bar>,
    /// Steps left out because their value is not a number.
    skipped: usize,
    /// Reported totals that differ from the running sum: (label, reported - sum).
    gaps: Vec<(String, f64)>,
}

/// The running totals: each change floats from the total before it to the
/// total after it; a total restarts the walk at its value; a subtotal
/// shows the running total. The walk starts at zero.
fn walk(steps: &[Step]) -> Walk {
    let mut out = Walk::default();
    let mut running = 0.0;
    let mut started = false;
    for step in steps {
        match step.kind {
            Kind::Change if (running + step.value).is_finite() => {
                let to = running + step.value;
                let tone = if step.value < 0.0 { Tone::Down } else { Tone::Up };
                out.bars.push(Bar {
                    label: step.label.clone(),
                    from: running,
                    to,
                    tone,
                });
                running = to;
                started = true;
            }
            Kind::Total if step.value.is_finite() => {
                let gap = step.value - running;
                // A first total is a start, not a check; a tiny gap is rounding.
                if started && gap.abs() > 1e-9 * step.value.abs().max(running.abs()).max(1.0) {
                    out.gaps.push((step.label.clone(), gap));
                }
                running = step.value;
                out.bars.push(total_bar(&step.label, running));
                started = true;
            }
            Kind::Subtotal => out.bars.push(total_bar(&step.label, running)),
            Kind::Change | Kind::Total => out.skipped += 1,
        }
    }
    out
}

fn total_bar(label: &str, value: f64) -> Bar {
    Bar {
        label: label.to_string(),
        from: 0.0,
        to: value,
        tone: Tone::Total,
    }
}

/// What the chart left out or could not reconcile, for its footnote.
fn note(walk: &Walk) -> String {
    let mut parts = Vec::new();
    if walk.skipped > 0 {
        let s = if walk.skipped == 1 { "" } else { "s" };
        parts.push(format!("{} step{s} without a number left out", walk.skipped));
    }
    if let Some((label, gap)) = walk.gaps.first() {
        let sign = if *gap < 0.0 { "−" } else { "+" };
        parts.push(format!(
            "{label} differs from the sum of the steps before it by {sign}{}",
            scale::format_value(gap.abs())
        ));
    }
    let mut text = parts.join("; ");
    if !text.is_empty() {
        text.push('.');
    }
    text
}

/// The value range the axis must show: zero and every bar's ends.
fn value_range(bars: &[Bar]) -> (f64, f64) {
    let (lo, hi) = stats::extent(bars.iter().flat_map(|b| [b.from, b.to])).unwrap_or((0.0, 0.0));
    (lo.min(0.0), hi.max(0.0))
}

fn value_axis(title: &str, lo: f64, hi: f64) -> Axis {
    if lo >= 0.0 {
        Axis::zero_based(title, hi)
    } else {
        Axis::linear(title, lo, hi).nice()
    }
}

fn color(tone: Tone, theme: &Theme) -> RGBColor {
    match tone {
        Tone::Up => theme.color(2),
        Tone::Down => theme.color(3),
        Tone::Total => theme.color(0),
    }
}

/// One legend entry per kind of bar the chart draws.
fn legend(bars: &[Bar], theme: &Theme) -> Vec<LegendEntry> {
    [(Tone::Up, "Increase"), (Tone::Down, "Decrease"), (Tone::Total, "Total")]
        .into_iter()
        .filter(|(tone, _)| bars.iter().any(|b| b.tone == *tone))
        .map(|(tone, label)| LegendEntry {
            label: label.to_string(),
            color: color(tone, theme),
        })
        .collect()
}

/// The share of a category slot a bar fills.
const BAR_SHARE: f64 = 0.7;

/// Draws `input` as a waterfall chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let walk = match input.top {
        Some(top) => walk(&lump_changes(&input.steps, top)),
        None => walk(&input.steps),
    };
    if walk.bars.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No steps with a numeric value");
    }
    let area = axes::draw_footnote(area, theme, &note(&walk))?;
    let legend = legend(&walk.bars, theme);
    match variant {
        Variant::Vertical => draw_vertical(&area, input, &walk.bars, &legend, theme),
        Variant::Horizontal => draw_horizontal(&area, input, &walk.bars, &legend, theme),
    }
}

/// `steps` with only the `top` largest changes (by size, either way); the
/// others in each stretch between totals summed into one "Other changes"
/// step at its end (a lone one stays itself), so the running totals stay
/// the same.
fn lump_changes(steps: &[Step], top: usize) -> Vec<Step> {
    let is_change = |s: &Step| s.kind == Kind::Change && s.value.is_finite();
    let mut order: Vec<usize> = (0..steps.len()).filter(|i| is_change(&steps[*i])).collect();
    if order.len() <= top {
        return steps.to_vec();
    }
    order.sort_by(|a, b| steps[*b].value.abs().total_cmp(&steps[*a].value.abs()).then(a.cmp(b)));
    order.truncate(top);
    let mut out = Vec::with_capacity(top + steps.len() - order.len() + 1);
    // The changes left out of the current stretch.
    let mut rest: Vec<&Step> = Vec::new();
    let flush = |out: &mut Vec<Step>, rest: &mut Vec<&Step>| {
        match rest.as_slice() {
            [] => {}
            [one] => out.push((*one).clone()),
            many => out.push(Step {
                label: format!("Other changes ({})", many.len()),
                value: many.iter().map(|s| s.value).sum(),
                kind: Kind::Change,
            }),
        }
        rest.clear();
    };
    for (i, step) in steps.iter().enumerate() {
        if is_change(step) && !order.contains(&i) {
            rest.push(step);
            continue;
        }
        if step.kind != Kind::Change {
            flush(&mut out, &mut rest);
        }
        out.push(step.clone());
    }
    flush(&mut out, &mut rest);
    out
}

/// The shortest bar drawn, in pixels: a change too small to see still shows.
fn min_bar_len(line_h: i32) -> i32 {
    (line_h / 4).max(2)
}

/// The bar's ends, stretched about its start to at least `shortest` (data
/// units) so that a small change stays visible.
fn visible(bar: &Bar, shortest: f64) -> (f64, f64) {
    let len = bar.to - bar.from;
    if len.abs() >= shortest || !shortest.is_finite() {
        return (bar.from, bar.to);
    }
    let sign = if bar.tone == Tone::Down { -1.0 } else { 1.0 };
    (bar.from, bar.from + sign * shortest)
}

fn draw_vertical<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    bars: &[Bar],
    legend: &[LegendEntry],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (lo, hi) = value_range(bars);
    let names = bars.iter().map(|b| b.label.clone()).collect();
    let x_axis = Axis::categories(&input.label_title, names);
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    // Room above the highest bar (and below the lowest) for its label.
    let (_, canvas_h) = axes::dims(area);
    let plot_h = canvas_h - 2 * theme.margin - 6 * line_h;
    let need = line_h + theme.gap;
    let axis = value_axis(&input.value_title, lo, hi);
    let (min, max) = axes::headroom(
        (axis.min, axis.max),
        (lo, hi),
        (if lo < 0.0 { need } else { 0 }, need),
        plot_h,
    );
    let y_axis = Axis { min, max, ..axis };
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(legend)
        .draw(area, theme)?;
    let (plot_w, plot_h) = axes::dims(&plot);
    let per_pixel = (y_axis.max - y_axis.min) / f64::from(plot_h.max(1));
    let shortest = f64::from(min_bar_len(line_h)) * per_pixel;
    let half = BAR_SHARE / 2.0;
    // In a terminal a connector stops a cell short of each bar: a cell it
    // shared with a bar's edge showed the line (lines sit above fills) and
    // notched the bar.
    let inset = if axes::text_in_cells(area, theme)? {
        let (char_w, _) = axes::text_size(area, "0", &label)?;
        f64::from(char_w) * (x_axis.max - x_axis.min) / f64::from(plot_w.max(1))
    } else {
        0.0
    };
    draw_connectors(&plot, bars, theme, |i, level| {
        ((i as f64 + half + inset, level), (i as f64 + 1.0 - half - inset, level))
    })?;
    let base = area.get_base_pixel();
    let slot_w = plot_w / bars.len().max(1) as i32;
    for (i, bar) in bars.iter().enumerate() {
        let (from, to) = visible(bar, shortest);
        let c = i as f64;
        plot.draw(&Rectangle::new(
            [(c - half, from), (c + half, to)],
            color(bar.tone, theme).filled(),
        ))?;
        let text = bar.text();
        let (tw, _) = axes::text_size(area, &text, &label)?;
        if tw + theme.gap / 2 > slot_w {
            continue;
        }
        // Above the top of rising bars and totals, below the foot of falling ones.
        let down = bar.tone == Tone::Down || (bar.tone == Tone::Total && bar.to < 0.0);
        let end = if down { from.min(to) } else { from.max(to) };
        let (x, y) = plot.map_coordinate(&(c, end));
        let (x, y) = (x - base.0, y - base.1);
        let (y, v) = if down {
            (y + theme.gap / 2, VPos::Top)
        } else {
            (y - theme.gap / 2, VPos::Bottom)
        };
        area.draw(&Text::new(text, (x, y), label.pos(Pos::new(HPos::Center, v))))?;
    }
    if y_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (x_axis.min, 0.0), (x_axis.max, 0.0))?;
    }
    Ok(())
}

fn draw_horizontal<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    bars: &[Bar],
    legend: &[LegendEntry],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (lo, hi) = value_range(bars);
    let n = bars.len();
    // Category i sits at y = i from the bottom: reversed, the walk reads top down.
    let names = bars.iter().rev().map(|b| b.label.clone()).collect();
    let y_axis = Axis::categories(&input.label_title, names);
    let label = theme.label_style();
    let (mut need_lo, mut need_hi) = (0, 0);
    for bar in bars {
        let tw = axes::text_size(area, &bar.text(), &label)?.0 + theme.gap;
        let down = bar.tone == Tone::Down || (bar.tone == Tone::Total && bar.to < 0.0);
        if down && bar.to.min(bar.from) <= lo {
            need_lo = need_lo.max(tw);
        } else if !down && bar.to.max(bar.from) >= hi {
            need_hi = need_hi.max(tw);
        }
    }
    let axis = value_axis(&input.value_title, lo, hi);
    // Room for the end labels inside the plot, from a guess of its width:
    // the canvas less margins and the widest (cut) name.
    let (canvas_w, _) = axes::dims(area);
    let mut name_w = 0;
    for bar in bars {
        let name = axes::fit_text(area, &bar.label, &label, canvas_w / 3)?;
        name_w = name_w.max(axes::text_size(area, &name, &label)?.0);
    }
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let plot_w = canvas_w - 2 * theme.margin - name_w - line_h - 2 * theme.gap - 4 * char_w;
    let (min, max) = axes::headroom((axis.min, axis.max), (lo, hi), (need_lo, need_hi), plot_w);
    let x_axis = Axis { min, max, ..axis };
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(legend)
        .draw(area, theme)?;
    let (plot_w, plot_h) = axes::dims(&plot);
    let room = plot_h / n.max(1) as i32 >= line_h;
    let per_pixel = (x_axis.max - x_axis.min) / f64::from(plot_w.max(1));
    let shortest = f64::from(min_bar_len(char_w)) * per_pixel;
    let half = BAR_SHARE / 2.0;
    let row = |i: usize| (n - 1 - i) as f64;
    draw_connectors(&plot, bars, theme, |i, level| {
        ((level, row(i) - half), (level, row(i) - 1.0 + half))
    })?;
    let base = area.get_base_pixel();
    for (i, bar) in bars.iter().enumerate() {
        let (from, to) = visible(bar, shortest);
        let y = row(i);
        plot.draw(&Rectangle::new(
            [(from, y - half), (to, y + half)],
            color(bar.tone, theme).filled(),
        ))?;
        if !room {
            continue;
        }
        // Right of rising bars and totals, left of falling ones.
        let down = bar.tone == Tone::Down || (bar.tone == Tone::Total && bar.to < 0.0);
        let end = if down { from.min(to) } else { from.max(to) };
        let (px, py) = plot.map_coordinate(&(end, y));
        let (px, py) = (px - base.0, py - base.1);
        let (tx, anchor) = if down {
            (px - theme.gap / 2, HPos::Right)
        } else {
            (px + theme.gap / 2, HPos::Left)
        };
        area.draw(&Text::new(
            bar.text(),
            (tx, py),
            label.pos(Pos::new(anchor, VPos::Center)),
        ))?;
    }
    if x_axis.min < 0.0 {
        draw_zero_line(&plot, theme, (0.0, y_axis.min), (0.0, y_axis.max))?;
    }
    Ok(())
}

/// Thin lines carrying each running total from bar `i` to bar `i + 1`;
/// `ends(i, level)` gives the line's two ends in data coordinates.
fn draw_connectors<DB: DrawingBackend>(
    plot: &Plot<DB>,
    bars: &[Bar],
    theme: &Theme,
    ends: impl Fn(usize, f64) -> ((f64, f64), (f64, f64)),
) -> DrawResult<(), DB> {
    let style = ShapeStyle::from(&theme.muted).stroke_width(1);
    for (i, pair) in bars.windows(2).enumerate() {
        let level = pair[0].level();
        // A total that restarts the walk elsewhere has nothing to connect to.
        let joined = pair[1].tone != Tone::Total || (pair[1].to - level).abs() <= 1e-9 * level.abs().max(1.0);
        if joined {
            let (a, b) = ends(i, level);
            plot.draw(&PathElement::new(vec![a, b], style))?;
        }
    }
    Ok(())
}

fn draw_zero_line<DB: DrawingBackend>(
    plot: &Plot<DB>,
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

    fn step(label: &str, value: f64, kind: Kind) -> Step {
        Step {
            label: label.to_string(),
            value,
            kind,
        }
    }

    fn ends(walk: &Walk) -> Vec<(f64, f64)> {
        walk.bars.iter().map(|b| (b.from, b.to)).collect()
    }

    #[test]
    fn running_totals_float_each_change_from_the_total_before_it() {
        // US federal receipts, FY2007 to FY2009, US$ billions (rounded).
        let steps = [
            step("FY2007", 2568.0, Kind::Total),
            step("Individual", -248.2, Kind::Change),
            step("Corporate", -232.0, Kind::Change),
            step("Social insurance", 21.3, Kind::Change),
            step("Other", -4.1, Kind::Change),
            step("FY2009", 0.0, Kind::Subtotal),
        ];
        let w = walk(&steps);
        let expected = [
            (0.0, 2568.0),
            (2568.0, 2319.8),
            (2319.8, 2087.8),
            (2087.8, 2109.1),
            (2109.1, 2105.0),
            (0.0, 2105.0),
        ];
        for ((from, to), (ef, et)) in ends(&w).into_iter().zip(expected) {
            assert!((from - ef).abs() < 1e-9 && (to - et).abs() < 1e-9, "{from}..{to}");
        }
        let tones: Vec<Tone> = w.bars.iter().map(|b| b.tone).collect();
        assert_eq!(
            tones,
            [Tone::Total, Tone::Down, Tone::Down, Tone::Up, Tone::Down, Tone::Total]
        );
        assert!(w.gaps.is_empty() && w.skipped == 0);
        assert_eq!(note(&w), "");
    }

    #[test]
    fn top_sums_the_smaller_changes_and_keeps_the_totals() {
        let steps = vec![
            step("Start", 100.0, Kind::Total),
            step("a", 5.0, Kind::Change),
            step("b", -40.0, Kind::Change),
            step("c", 2.0, Kind::Change),
            step("Mid", 0.0, Kind::Subtotal),
            step("d", 30.0, Kind::Change),
            step("e", -1.0, Kind::Change),
        ];
        let lumped = lump_changes(&steps, 2);
        let labels: Vec<&str> = lumped.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Start", "b", "Other changes (2)", "Mid", "d", "e"],
            "a lone change left out stays itself"
        );
        assert_eq!(lumped[2].value, 7.0);
        assert_eq!(ends(&walk(&lumped)).last(), ends(&walk(&steps)).last(), "the same end");
        assert_eq!(ends(&walk(&lumped))[3], ends(&walk(&steps))[4], "the same subtotal");
        assert_eq!(lump_changes(&steps, 5), steps);
    }

    #[test]
    fn an_income_statement_walks_down_to_net_income() {
        // Revenue, costs and subtotals, as in a profit and loss statement.
        let steps = [
            step("Revenue", 100.0, Kind::Change),
            step("Cost of sales", -60.0, Kind::Change),
            step("Gross profit", f64::NAN, Kind::Subtotal),
            step("Operating costs", -25.0, Kind::Change),
            step("Other income", 5.0, Kind::Change),
            step("Net income", 20.0, Kind::Total),
        ];
        let w = walk(&steps);
        assert_eq!(
            ends(&w),
            [
                (0.0, 100.0),
                (100.0, 40.0),
                (0.0, 40.0),
                (40.0, 15.0),
                (15.0, 20.0),
                (0.0, 20.0)
            ]
        );
        assert!(w.gaps.is_empty(), "the reported total matches: {:?}", w.gaps);
    }

    #[test]
    fn a_reported_total_that_does_not_add_up_is_drawn_and_noted() {
        let steps = [
            step("Start", 10.0, Kind::Total),
            step("Up", 5.0, Kind::Change),
            step("Missing", f64::NAN, Kind::Change),
            step("End", 18.0, Kind::Total),
        ];
        let w = walk(&steps);
        assert_eq!(ends(&w), [(0.0, 10.0), (10.0, 15.0), (0.0, 18.0)]);
        assert_eq!(w.skipped, 1);
        assert_eq!(w.gaps, vec![(String::from("End"), 3.0)]);
        assert_eq!(
            note(&w),
            "1 step without a number left out; End differs from the sum of the steps before it by +3."
        );
    }

    #[test]
    fn labels_are_signed_changes_or_totals() {
        let w = walk(&[
            step("a", 2568.0, Kind::Total),
            step("b", -248.2, Kind::Change),
            step("c", 21.3, Kind::Change),
        ]);
        let texts: Vec<String> = w.bars.iter().map(Bar::text).collect();
        assert_eq!(texts, ["2568", "−248", "+21.3"]);
    }

    #[test]
    fn the_axis_always_includes_zero() {
        let w = walk(&[step("a", 50.0, Kind::Total), step("b", 10.0, Kind::Change)]);
        assert_eq!(value_range(&w.bars), (0.0, 60.0));
        let w = walk(&[step("a", -5.0, Kind::Change), step("b", -10.0, Kind::Change)]);
        assert_eq!(value_range(&w.bars), (-15.0, 0.0));
    }

    #[test]
    fn tiny_changes_still_show() {
        let bar = Bar {
            label: String::new(),
            from: 100.0,
            to: 99.9,
            tone: Tone::Down,
        };
        assert_eq!(visible(&bar, 2.0), (100.0, 98.0));
        let big = Bar { to: 50.0, ..bar };
        assert_eq!(visible(&big, 2.0), (100.0, 50.0));
    }

    /// Text is measured with a registered font, as the app and the examples register it.
    fn register_fonts() {
        use plotters::style::{register_font, FontStyle};
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
    }

    #[test]
    fn drawing_never_fails_on_odd_input() {
        register_fonts();
        let inputs = [
            Input::default(),
            Input {
                steps: vec![step("only", f64::NAN, Kind::Change)],
                ..Input::default()
            },
            Input {
                steps: vec![step("one", 1.0, Kind::Change)],
                ..Input::default()
            },
            Input {
                steps: vec![
                    step("huge", f64::MAX, Kind::Total),
                    step("more", f64::MAX, Kind::Change),
                ],
                ..Input::default()
            },
            Input {
                steps: vec![step("", 0.0, Kind::Subtotal)],
                ..Input::default()
            },
        ];
        for (w, h) in [(1, 1), (40, 30), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            for input in &inputs {
                for variant in Variant::ALL {
                    let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
                    let theme = Theme::light_for(w, h);
                    assert!(
                        draw(&root, input, variant, &theme).is_ok(),
                        "{input:?} {variant:?} {w}x{h}"
                    );
                }
            }
        }
    }
}
