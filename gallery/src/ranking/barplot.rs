//! # Barplot
//!
//! A barplot shows one numeric value per category as the length of a bar.
//! Lengths from a common baseline are the visual quantity people compare
//! most accurately, which makes the barplot the workhorse for ranking and
//! comparing categories.
//!
//! ## When to use
//! One value per category (a total, a count, a share), from a handful up to
//! a few dozen categories. Go horizontal when the names are long or there
//! are many of them: the names then read without rotation.
//!
//! ## Caveat
//! Order the bars by value unless the categories have a natural order (months,
//! age groups): a random order makes the reader do the sorting. Always start
//! the value axis at zero, because the bar's length is the message. And a
//! barplot of averages hides the distribution behind each bar (how many
//! values, how spread out): show a boxplot or violin instead.
//!
//! ## Variants
//! - `vertical`: vertical bars in the order of the data.
//! - `horizontal`: horizontal bars ordered largest first, each with its
//!   value written at its end and the names on the vertical axis.
//!
//! ## Related
//! lollipop, circular-barplot, boxplot, pie, treemap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One category and its value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    pub title: String,
    /// What the categories are, e.g. "Continent".
    pub label_title: String,
    /// What the value is, with its unit, e.g. "Population".
    pub value_title: String,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    Vertical,
    Horizontal,
}

impl Variant {
    pub const ALL: [Variant; 2] = [Variant::Vertical, Variant::Horizontal];

    pub fn name(self) -> &'static str {
        match self {
            Variant::Vertical => "vertical",
            Variant::Horizontal => "horizontal",
        }
    }
}

/// The share of a category's slot that its bar fills.
const BAR_SHARE: f64 = 0.8;

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let mut bars: Vec<&Bar> = input.bars.iter().filter(|b| b.value.is_finite()).collect();
    let Some((lo, hi)) = stats::extent(bars.iter().map(|b| b.value)) else {
        return axes::draw_empty(area, theme, &input.title, "No values to compare");
    };
    let value_axis = |min: f64, max: f64| {
        if min >= 0.0 {
            Axis::zero_based(&input.value_title, max)
        } else {
            Axis::linear(&input.value_title, min, max.max(0.0)).nice()
        }
    };
    match variant {
        Variant::Vertical => {
            let names = bars.iter().map(|b| b.label.clone()).collect();
            let x_axis = Axis::categories(&input.label_title, names);
            let y_axis = value_axis(lo, hi);
            let plot = Frame::new(&input.title, &x_axis, &y_axis).draw(area, theme)?;
            for (i, bar) in bars.iter().enumerate() {
                let (left, right) = (i as f64 - BAR_SHARE / 2.0, i as f64 + BAR_SHARE / 2.0);
                plot.draw(&Rectangle::new(
                    [(left, 0.0), (right, bar.value)],
                    theme.color(0).filled(),
                ))?;
            }
            if y_axis.min < 0.0 {
                draw_zero_line(&plot, theme, (x_axis.min, 0.0), (x_axis.max, 0.0))?;
            }
        }
        Variant::Horizontal => {
            // Largest first; a stable sort keeps ties in data order.
            bars.sort_by(|a, b| b.value.total_cmp(&a.value));
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
            let axis = value_axis(lo, hi);
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
            let (min, max) = headroom((axis.min, axis.max), (lo, hi), (need_lo, need_hi), plot_w);
            let x_axis = Axis { min, max, ..axis };
            let plot = Frame::new(&input.title, &x_axis, &y_axis).draw(area, theme)?;
            let (_, plot_h) = axes::dims(&plot);
            let room = plot_h / count.max(1) as i32 >= line_h;
            let base = area.get_base_pixel();
            for (k, (bar, text)) in bars.iter().zip(&texts).enumerate() {
                let yc = (count - 1 - k) as f64;
                let (low, high) = (yc - BAR_SHARE / 2.0, yc + BAR_SHARE / 2.0);
                plot.draw(&Rectangle::new(
                    [(0.0, low), (bar.value, high)],
                    theme.color(0).filled(),
                ))?;
                if room {
                    let (px, py) = plot.map_coordinate(&(bar.value, yc));
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
        }
    }
    Ok(())
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

/// The value axis `axis` widened so that `need` pixels stay free beyond the
/// lowest and highest data values `data` on a plot `plot_px` wide: room for
/// the labels at the bar ends. The axis never shrinks.
pub fn headroom(axis: (f64, f64), data: (f64, f64), need: (i32, i32), plot_px: i32) -> (f64, f64) {
    if plot_px <= 0 || axis.1 <= axis.0 {
        return axis;
    }
    let px = f64::from(plot_px);
    // Shares of the plot the labels need, capped so the bars keep most of it.
    let mut f_lo = f64::from(need.0.max(0)) / px;
    let mut f_hi = f64::from(need.1.max(0)) / px;
    let total = f_lo + f_hi;
    if total > 0.5 {
        (f_lo, f_hi) = (f_lo * 0.5 / total, f_hi * 0.5 / total);
    }
    // A fixed point: the span depends on the widening and vice versa; with
    // the shares below 1/2 this converges quickly.
    let (mut lo, mut hi) = axis;
    for _ in 0..32 {
        let span = hi - lo;
        lo = axis.0.min(data.0 - f_lo * span);
        hi = axis.1.max(data.1 + f_hi * span);
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headroom_keeps_an_axis_with_room_to_spare() {
        assert_eq!(headroom((0.0, 100.0), (0.0, 50.0), (0, 40), 400), (0.0, 100.0));
    }

    #[test]
    #[allow(clippy::float_cmp)] // the end that needs no room stays exactly put
    fn headroom_widens_the_end_that_needs_it() {
        let (lo, hi) = headroom((0.0, 100.0), (0.0, 100.0), (0, 100), 500);
        assert_eq!(lo, 0.0);
        // The label needs a fifth of the plot beyond the longest bar.
        assert!(((hi - 100.0) / (hi - lo) - 0.2).abs() < 1e-6, "{hi}");
        let (lo, _) = headroom((-50.0, 100.0), (-50.0, 100.0), (100, 0), 500);
        assert!(((-50.0 - lo) / (100.0 - lo) - 0.2).abs() < 1e-6, "{lo}");
    }

    #[test]
    fn headroom_survives_tiny_plots() {
        assert_eq!(headroom((0.0, 1.0), (0.0, 1.0), (50, 50), 0), (0.0, 1.0));
        let (lo, hi) = headroom((0.0, 1.0), (0.0, 1.0), (500, 500), 10);
        assert!(lo.is_finite() && hi.is_finite() && hi > lo);
    }
}
