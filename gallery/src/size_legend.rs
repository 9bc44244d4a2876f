//! Bubbles whose AREA stands for a value, and the reference bubbles of
//! their size legend, shared by the bubble chart and the bubble map.
//!
//! Copying a chart that uses it: copy this file too (it needs `theme.rs`,
//! `scale.rs` and `axes.rs`).

use crate::axes::{self, DrawResult};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The radius of a bubble whose area stands for `value`: area grows in
/// proportion to the value, so the radius grows with its square root. The
/// floor `r_min` keeps the smallest bubbles visible.
pub fn bubble_radius(value: f64, max_value: f64, r_max: f64, r_min: f64) -> f64 {
    if !(value.is_finite() && max_value.is_finite()) || value <= 0.0 || max_value <= 0.0 {
        return r_min;
    }
    (r_max * (value / max_value).sqrt()).max(r_min)
}

/// Reference values for the size legend: the largest 1, 2 or 5 x 10^n not
/// above `max`, and a tenth and a hundredth of it, smallest first.
pub fn size_legend_values(max: f64) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return Vec::new();
    }
    let magnitude = 10f64.powi(max.log10().floor() as i32);
    let top = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|v| *v <= max * (1.0 + 1e-9))
        .unwrap_or(magnitude);
    vec![top / 100.0, top / 10.0, top]
}

/// The size legend's rows for bubbles up to `max` (radii from `r_min` to
/// `r_max`): (radius, label) from the smallest bubble to the largest, and
/// the widest label in the theme's legend font.
pub fn size_legend_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    max: f64,
    r_max: f64,
    r_min: f64,
) -> DrawResult<(Vec<(f64, String)>, i32), DB> {
    let style = theme.legend_style();
    let mut rows = Vec::new();
    let mut label_w = 0;
    for v in size_legend_values(max) {
        let label = scale::format_value(v);
        label_w = label_w.max(axes::text_size(area, &label, &style)?.0);
        rows.push((bubble_radius(v, max, r_max, r_min), label));
    }
    Ok((rows, label_w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_not_radius_is_proportional_to_the_value() {
        let big = bubble_radius(400.0, 400.0, 20.0, 1.0);
        let quarter = bubble_radius(100.0, 400.0, 20.0, 1.0);
        assert!((big - 20.0).abs() < 1e-12);
        assert!(
            (quarter - 10.0).abs() < 1e-12,
            "a quarter of the area is half the radius"
        );
    }

    #[test]
    #[allow(clippy::float_cmp)] // the floor is returned exactly
    fn tiny_or_invalid_values_get_the_floor_radius() {
        assert_eq!(bubble_radius(1e-9, 1.0, 20.0, 2.0), 2.0);
        assert_eq!(bubble_radius(f64::NAN, 1.0, 20.0, 2.0), 2.0);
        assert_eq!(bubble_radius(-3.0, 1.0, 20.0, 2.0), 2.0);
        assert_eq!(bubble_radius(5.0, 0.0, 20.0, 2.0), 2.0);
    }

    #[test]
    fn size_legend_steps_down_by_tens_from_a_nice_value() {
        assert_eq!(size_legend_values(1.32e9), vec![1e7, 1e8, 1e9]);
        assert_eq!(size_legend_values(371.0), vec![2.0, 20.0, 200.0]);
        assert_eq!(size_legend_values(7.0), vec![0.05, 0.5, 5.0]);
        assert_eq!(size_legend_values(2.0), vec![0.02, 0.2, 2.0]);
        assert!(size_legend_values(0.0).is_empty());
        assert!(size_legend_values(f64::NAN).is_empty());
    }
}
