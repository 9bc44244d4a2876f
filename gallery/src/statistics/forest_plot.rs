//! # Forest plot
//!
//! A forest plot lists estimates with their confidence intervals, one row
//! per study (or per coefficient of a model): a square at the estimate,
//! sized by the study's weight, and a line across its interval. A vertical
//! line marks "no effect" (a ratio of 1, a difference of 0), and a diamond
//! at the bottom shows the pooled estimate of a meta-analysis, as wide as
//! its interval. Each row's numbers are written at the right.
//!
//! ## When to use
//! Comparing the same effect measured several times (the studies of a
//! meta-analysis, subgroups of a trial) or the coefficients of one model,
//! when the uncertainty matters as much as the estimate.
//!
//! ## Caveat
//! Ratios (odds ratios, hazard ratios) belong on a log scale, where 0.5 and
//! 2 sit equally far from 1 and intervals are symmetric; on a linear scale
//! protective effects look small. The eye goes to long lines, which are the
//! least precise studies: the square's area (the weight) says how much each
//! one counts. An interval that crosses the line of no effect is not
//! evidence of no effect.
//!
//! ## Variants
//! - `intervals`: the rows in the order given, the pooled diamond below.
//! - `sorted`: the rows ordered by estimate, largest on top, so the
//!   spread of the effects reads at a glance.
//!
//! ## Related
//! lollipop, boxplot, barplot
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One row: an estimate and its confidence interval.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Estimate {
    /// The study or coefficient, at the left.
    pub label: String,
    /// The point estimate, in the unit of [`Input::x_title`].
    pub estimate: f64,
    /// The interval's lower end.
    pub low: f64,
    /// The interval's upper end.
    pub high: f64,
    /// The row's weight (e.g. percent of the pooled estimate); the square's
    /// area follows it. NaN or 0 draws every square alike.
    pub weight: f64,
}

/// The data of a forest plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the estimates measure, e.g. "Odds ratio (95% CI)".
    pub x_title: String,
    /// The rows, top to bottom.
    pub rows: Vec<Estimate>,
    /// The pooled estimate, drawn as a diamond below the rows.
    pub pooled: Option<Estimate>,
    /// The value of no effect: 1 for ratios, 0 for differences; NaN for
    /// no line.
    pub reference: f64,
    /// Ratios: a log axis (rows with values at or below 0 are left out).
    pub log_scale: bool,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
}

/// The ways to draw a forest plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `intervals`: The rows in the order given, the pooled diamond below.
    Intervals,
    /// `sorted`: The rows ordered by estimate, largest on top, so the spread of the effects reads at
    /// a glance.
    Sorted,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Intervals, Variant::Sorted];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Intervals => "intervals",
            Variant::Sorted => "sorted",
        }
    }
}

/// `row` ready to draw: its ends in order (an interval given high to low
/// is turned round), or None when a value is not finite, or not positive
/// on a log scale, or the estimate lies outside its interval.
pub fn checked(row: &Estimate, log_scale: bool) -> Option<Estimate> {
    let values = [row.estimate, row.low, row.high];
    if values.iter().any(|v| !v.is_finite() || (log_scale && *v <= 0.0)) {
        return None;
    }
    let (low, high) = (row.low.min(row.high), row.low.max(row.high));
    if row.estimate < low || row.estimate > high {
        return None;
    }
    Some(Estimate {
        low,
        high,
        ..row.clone()
    })
}

/// The rows in drawing order, top first: as given, or by estimate with the
/// largest on top (ties keep their order).
pub fn ordered(rows: &[Estimate], variant: Variant) -> Vec<Estimate> {
    let mut out = rows.to_vec();
    if variant == Variant::Sorted {
        out.sort_by(|a, b| b.estimate.total_cmp(&a.estimate));
    }
    out
}

/// "2.20 [1.34, 3.59]": an estimate and its interval, with as many
/// decimals as make the interval's ends differ.
pub fn interval_text(row: &Estimate) -> String {
    let span = (row.high - row.low).abs();
    let decimals = if span >= 10.0 {
        1
    } else if span >= 0.1 || span == 0.0 {
        2
    } else {
        3
    };
    format!("{:.d$} [{:.d$}, {:.d$}]", row.estimate, row.low, row.high, d = decimals)
}

/// The footnote: the input's note and how many rows were left out.
fn footnote(input: &Input, kept: usize, pooled_kept: bool) -> String {
    let dropped = input.rows.len() - kept + usize::from(input.pooled.is_some() && !pooled_kept);
    let mut note = input.note.trim().to_string();
    if dropped > 0 {
        let what = if input.log_scale {
            "without a positive estimate and interval"
        } else {
            "without an estimate inside its interval"
        };
        let s = if dropped == 1 { "" } else { "s" };
        let part = format!("{dropped} row{s} {what} left out");
        note = if note.is_empty() {
            part
        } else {
            format!("{note}; {part}")
        };
    }
    note
}

/// The value axis: every interval and the reference value, a little
/// padded, on a log scale for ratios; and whether the reference is drawn.
fn value_axis(input: &Input, rows: &[Estimate], pooled: Option<&Estimate>) -> (Axis, bool) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for r in rows.iter().chain(pooled) {
        lo = lo.min(r.low);
        hi = hi.max(r.high);
    }
    let reference = input.reference;
    let has_reference = reference.is_finite() && !(input.log_scale && reference <= 0.0);
    if has_reference {
        lo = lo.min(reference);
        hi = hi.max(reference);
    }
    let axis = if input.log_scale {
        Axis::log10(axes::log_scale_title(&input.x_title), lo, hi)
    } else {
        Axis::linear(&input.x_title, lo, hi)
    };
    (axis.padded(0.05), has_reference)
}

/// Draws `input` as a forest plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let rows: Vec<Estimate> = input.rows.iter().filter_map(|r| checked(r, input.log_scale)).collect();
    let pooled = input.pooled.as_ref().and_then(|p| checked(p, input.log_scale));
    if rows.is_empty() && pooled.is_none() {
        return axes::draw_empty(area, theme, &input.title, "No estimates with an interval");
    }
    let note = footnote(input, rows.len(), pooled.is_some());
    let area = &axes::draw_footnote(area, theme, &note)?;

    let rows = ordered(&rows, variant);
    // Bottom to top: the pooled row, a blank row, then the rows.
    let mut names: Vec<String> = Vec::new();
    let mut texts: Vec<Option<String>> = Vec::new();
    if let Some(p) = &pooled {
        names.push(p.label.clone());
        texts.push(Some(interval_text(p)));
        if !rows.is_empty() {
            names.push(String::new());
            texts.push(None);
        }
    }
    let first_row = names.len();
    for r in rows.iter().rev() {
        names.push(r.label.clone());
        texts.push(Some(interval_text(r)));
    }

    let tx = |v: f64| if input.log_scale { v.log10() } else { v };
    let (x, has_reference) = value_axis(input, &rows, pooled.as_ref());
    let y = Axis::categories("", names);

    let label = theme.label_style();
    let mut column_w = 0;
    for t in texts.iter().flatten() {
        column_w = column_w.max(axes::text_size(area, t, &label)?.0);
    }
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(column_w + 2 * theme.gap)
        .draw(area, theme)?;
    let (pw, ph) = axes::dims(&plot);
    if pw < 2 || ph < 2 {
        return Ok(());
    }

    if has_reference {
        draw_dashed(&plot, tx(input.reference), (y.min, y.max), 30, theme.muted)?;
    }
    draw_column(area, &plot, &texts, x.min, theme)?;
    let base = area.get_base_pixel();

    // Squares: area follows weight; the heaviest fills most of a row.
    let row_px = ph / ((y.max - y.min).round() as i32).max(1);
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let max_side = f64::from((row_px * 3 / 5).max(char_w));
    let min_side = f64::from(theme.point_radius * 2 + 1);
    let max_weight = rows
        .iter()
        .map(|r| r.weight)
        .filter(|w| w.is_finite() && *w > 0.0)
        .fold(0.0f64, f64::max);
    let color = theme.color(0);
    let stroke = ShapeStyle::from(&color).stroke_width(theme.line_width);
    let in_cells = axes::text_in_cells(area, theme)?;
    for (i, r) in rows.iter().rev().enumerate() {
        let yc = (first_row + i) as f64;
        if in_cells {
            cell_whisker(area, &plot, (tx(r.low), tx(r.high)), yc, stroke)?;
        } else {
            plot.draw(&PathElement::new(vec![(tx(r.low), yc), (tx(r.high), yc)], stroke))?;
        }
        let share = if max_weight > 0.0 && r.weight.is_finite() && r.weight > 0.0 {
            (r.weight / max_weight).sqrt()
        } else {
            0.6
        };
        let half = (max_side * share).max(min_side) / 2.0;
        let (cx, cy) = plot.map_coordinate(&(tx(r.estimate), yc));
        let corners = if in_cells {
            cell_square((cx, cy), share)
        } else {
            let (cx, cy) = (f64::from(cx), f64::from(cy));
            (
                ((cx - half).round() as i32, (cy - half).round() as i32),
                ((cx + half).round() as i32, (cy + half).round() as i32),
            )
        };
        let local = |(x, y): (i32, i32)| (x - base.0, y - base.1);
        area.draw(&Rectangle::new([local(corners.0), local(corners.1)], color.filled()))?;
    }
    if let Some(p) = &pooled {
        let tall = 0.3;
        plot.draw(&Polygon::new(
            vec![
                (tx(p.low), 0.0),
                (tx(p.estimate), tall),
                (tx(p.high), 0.0),
                (tx(p.estimate), -tall),
            ],
            theme.color(3).filled(),
        ))?;
    }
    Ok(())
}

/// Each row's estimate and interval written right of the plot, level with
/// its row (`texts[k]` for category `k`, from the bottom).
fn draw_column<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    texts: &[Option<String>],
    x_min: f64,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let base = area.get_base_pixel();
    let (px, _) = plot.get_pixel_range();
    let text_x = px.end - base.0 + 2 * theme.gap;
    let style = theme.label_style().pos(Pos::new(HPos::Left, VPos::Center));
    for (k, t) in texts.iter().enumerate() {
        let Some(t) = t else { continue };
        let (_, py) = plot.map_coordinate(&(x_min, k as f64));
        area.draw(&Text::new(t.clone(), (text_x, py - base.1), style.clone()))?;
    }
    Ok(())
}

/// A whisker in a terminal from `x.0` to `x.1` on row `yc`, through the
/// middle of the text row the weight square fills.
fn cell_whisker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    x: (f64, f64),
    yc: f64,
    stroke: ShapeStyle,
) -> DrawResult<(), DB> {
    let base = area.get_base_pixel();
    let (x0, y0) = plot.map_coordinate(&(x.0, yc));
    let (x1, _) = plot.map_coordinate(&(x.1, yc));
    let mid = y0 - y0.rem_euclid(CELL.1) + CELL.1 / 2 - base.1;
    area.draw(&PathElement::new(vec![(x0 - base.0, mid), (x1 - base.0, mid)], stroke))
}

/// Terminal cells are 8 x 16 virtual pixels.
const CELL: (i32, i32) = (8, 16);

/// A weight square in a terminal, as absolute pixel corners: the whole
/// text row holding `centre`, one to three cells wide by `share` (the
/// square root of the weight's share), so it is a solid block, never a few
/// stray dots.
fn cell_square(centre: (i32, i32), share: f64) -> ((i32, i32), (i32, i32)) {
    let top = centre.1 - centre.1.rem_euclid(CELL.1);
    let cells = (1.0 + 2.0 * share.clamp(0.0, 1.0)).round() as i32;
    let column = centre.0.div_euclid(CELL.0);
    let left = (column - (cells - 1) / 2) * CELL.0;
    ((left, top), (left + cells * CELL.0 - 1, top + CELL.1 - 1))
}

/// A dashed vertical line at `x` from `y.0` to `y.1`, in `n` dashes.
fn draw_dashed<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    x: f64,
    y: (f64, f64),
    n: usize,
    color: RGBColor,
) -> DrawResult<(), DB> {
    let n = n.max(1);
    for k in 0..n {
        let y0 = y.0 + (y.1 - y.0) * k as f64 / n as f64;
        let y1 = y.0 + (y.1 - y.0) * (k as f64 + 0.6) / n as f64;
        plot.draw(&PathElement::new(vec![(x, y0), (x, y1)], color))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::inked;

    fn row(label: &str, estimate: f64, low: f64, high: f64) -> Estimate {
        Estimate {
            label: label.to_string(),
            estimate,
            low,
            high,
            weight: 1.0,
        }
    }

    #[test]
    fn rows_are_checked_and_turned_round() {
        assert_eq!(checked(&row("a", 2.0, 3.0, 1.0), true), Some(row("a", 2.0, 1.0, 3.0)));
        assert_eq!(checked(&row("a", 2.0, 0.0, 3.0), true), None, "log scale needs > 0");
        assert!(checked(&row("a", 0.0, -1.0, 3.0), false).is_some());
        assert_eq!(checked(&row("a", 5.0, 1.0, 3.0), false), None, "outside its interval");
        assert_eq!(checked(&row("a", f64::NAN, 1.0, 3.0), false), None);
    }

    #[test]
    fn sorted_puts_the_largest_estimate_on_top() {
        let rows = [
            row("a", 1.5, 1.0, 2.0),
            row("b", 2.5, 2.0, 3.0),
            row("c", 0.5, 0.1, 1.0),
        ];
        let labels = |v: Variant| ordered(&rows, v).into_iter().map(|r| r.label).collect::<Vec<_>>();
        assert_eq!(labels(Variant::Sorted), ["b", "a", "c"]);
        assert_eq!(labels(Variant::Intervals), ["a", "b", "c"]);
    }

    #[test]
    fn terminal_squares_fill_whole_cells() {
        // The row holding y = 40 is 32..=47; one cell for a light study,
        // three for the heaviest, centred on the estimate's cell.
        assert_eq!(cell_square((20, 40), 0.1), ((16, 32), (23, 47)));
        assert_eq!(cell_square((20, 40), 1.0), ((8, 32), (31, 47)));
        assert_eq!(cell_square((20, 40), 0.5), ((16, 32), (31, 47)));
    }

    #[test]
    fn interval_texts_keep_the_ends_apart() {
        assert_eq!(interval_text(&row("a", 2.196, 1.343, 3.59)), "2.20 [1.34, 3.59]");
        assert_eq!(interval_text(&row("a", 0.1234, 0.1201, 0.1275)), "0.123 [0.120, 0.128]");
        assert_eq!(interval_text(&row("a", 120.0, 80.0, 160.0)), "120.0 [80.0, 160.0]");
    }

    fn sample() -> Input {
        Input {
            title: String::from("Smoking and lung cancer"),
            x_title: String::from("Odds ratio"),
            rows: vec![
                Estimate {
                    weight: 3.5,
                    ..row("Beijing", 2.196, 1.343, 3.59)
                },
                Estimate {
                    weight: 37.7,
                    ..row("Shanghai", 2.143, 1.846, 2.488)
                },
                row("broken", -1.0, 1.0, 2.0),
            ],
            pooled: Some(row("Pooled", 2.174, 1.984, 2.383)),
            reference: 1.0,
            log_scale: true,
            note: String::new(),
        }
    }

    #[test]
    fn both_variants_draw_the_sample() {
        for variant in Variant::ALL {
            let inked = inked(600, 400, |area| {
                draw(area, &sample(), variant, &Theme::light()).expect("draws");
            });
            assert!(inked > 3000, "{variant:?}: {inked}");
        }
    }

    #[test]
    fn degenerate_input_does_not_panic() {
        let mut only_pooled = sample();
        only_pooled.rows.clear();
        let mut flat = sample();
        flat.log_scale = false;
        flat.rows = vec![row("x", 1.0, 1.0, 1.0)];
        flat.pooled = None;
        flat.reference = f64::NAN;
        let mut huge = sample();
        huge.log_scale = false;
        huge.rows = vec![row("x", 0.0, -f64::MAX, f64::MAX)];
        for input in [Input::default(), only_pooled, flat, huge] {
            for variant in Variant::ALL {
                for (w, h) in [(1, 1), (60, 30), (400, 300)] {
                    inked(w, h, |area| {
                        draw(area, &input, variant, &Theme::light()).expect("draws");
                    });
                }
            }
        }
    }
}
