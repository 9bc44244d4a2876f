//! # Boxplot
//!
//! A boxplot summarises a numeric variable per group in five numbers: the
//! box runs from the first to the third quartile, the line across it is the
//! median, the whiskers reach the furthest values within 1.5 times the
//! interquartile range, and every value beyond them is drawn as a point
//! (Tukey's rule). Side by side, boxes compare the centre and spread of
//! many groups at a glance. The number of observations sits under each box.
//!
//! The `point-size` parameter (`Input::point_scale`) scales the points.
//!
//! ## When to use
//! One numeric variable split by a categorical one, from two groups to a few
//! dozen, when medians, spread and outliers matter more than the exact shape.
//!
//! ## Caveat
//! A box hides the shape of the data: a bimodal group and a flat one can
//! draw the same box, and a box over five points looks as sure as one over
//! five hundred. Always show n, draw the points over the box (`jitter`), or
//! use a violin when the shape matters.
//!
//! ## Variants
//! - `basic`: Tukey boxes with a median line, whiskers at 1.5 IQR and the
//!   outliers as points.
//! - `jitter`: the same boxes, lighter, with every observation drawn over
//!   them as a jittered point.
//!
//! ## Related
//! violin, beeswarm, histogram, ridgeline
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

/// The data of a boxplot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the groups are, e.g. "Species"; may be empty.
    pub x_title: String,
    /// The variable and its unit, e.g. "Body mass (g)".
    pub y_title: String,
    /// The groups, one box each, in axis order.
    pub groups: Vec<Group>,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a boxplot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: Tukey boxes with a median line, whiskers at 1.5 IQR and the outliers as points.
    Basic,
    /// `jitter`: The same boxes, lighter, with every observation drawn over them as a jittered
    /// point.
    Jitter,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Basic, Variant::Jitter];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Jitter => "jitter",
        }
    }
}

/// Half the width of a box, in category slots (a slot is 1 wide).
const BOX_HALF: f64 = 0.3;
/// Half the width of a whisker cap.
const CAP_HALF: f64 = 0.12;
/// Jittered points spread over this fraction of a slot, centred on the box.
const JITTER_WIDTH: f64 = 0.4;

/// Draws `input` as a boxplot in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let sized = theme.with_point_scale(input.point_scale);
    let theme: &Theme = &sized;
    let all = input.groups.iter().flat_map(|g| g.values.iter().copied());
    let Some((lo, hi)) = stats::extent(all) else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to summarise");
    };
    let names = input
        .groups
        .iter()
        .map(|g| group_label(&g.name, g.values.iter().filter(|v| v.is_finite()).count()))
        .collect();
    let x = Axis::categories(&input.x_title, names);
    let y = value_axis(&input.y_title, lo, hi);
    let in_cells = axes::text_in_cells(area, theme)?;
    let plot = Frame::new(&input.title, &x, &y).draw(area, theme)?;
    let (_, rows) = plot.get_pixel_range();
    let pixel_rows = (rows.start, (rows.end - 1).max(rows.start));

    let width = theme.line_width;
    for (i, group) in input.groups.iter().enumerate() {
        let Some(f) = stats::five_number(&group.values) else {
            continue;
        };
        let pos = i as f64;
        let color = theme.color(i);
        // Basic: solid boxes, lines in the group colour. Jitter: a light tint
        // under the points and neutral lines on top, so both stay readable.
        let (fill, line) = match variant {
            Variant::Basic => (color.filled(), ShapeStyle::from(&color).stroke_width(width)),
            Variant::Jitter => (
                color.mix(0.2).filled(),
                ShapeStyle::from(&theme.text).stroke_width(width),
            ),
        };
        plot.draw(&Rectangle::new([(pos - BOX_HALF, f.q1), (pos + BOX_HALF, f.q3)], fill))?;
        if variant == Variant::Jitter {
            let points = color.mix(0.6).filled();
            let finite = group.values.iter().filter(|v| v.is_finite());
            for (j, v) in finite.enumerate() {
                let px = pos + jitter(i, j) * JITTER_WIDTH;
                plot.draw(&Circle::new((px, *v), theme.point_radius, points))?;
            }
            plot.draw(&Rectangle::new([(pos - BOX_HALF, f.q1), (pos + BOX_HALF, f.q3)], line))?;
        }
        for (from, to) in [(f.q3, f.high_whisker), (f.q1, f.low_whisker)] {
            plot.draw(&PathElement::new(vec![(pos, from), (pos, to)], line))?;
            plot.draw(&PathElement::new(
                vec![(pos - CAP_HALF, to), (pos + CAP_HALF, to)],
                line,
            ))?;
        }
        // On a solid box the median is a gap in the background colour. A
        // terminal shows a one-dot line of background over a fill as a
        // speck at most: there the gap is the whole half-cell block row
        // (8 px) holding the median.
        if in_cells && variant == Variant::Basic {
            let (_, py) = plot.map_coordinate(&(pos, f.median));
            let (top, bottom) = block_row(py);
            let y_of = |p: i32| y_at_pixel(p, pixel_rows, (y.min, y.max));
            plot.draw(&Rectangle::new(
                [(pos - BOX_HALF, y_of(top)), (pos + BOX_HALF, y_of(bottom))],
                theme.background.filled(),
            ))?;
        } else {
            let median = match variant {
                Variant::Basic => ShapeStyle::from(&theme.background).stroke_width(width + 1),
                Variant::Jitter => line.stroke_width(width + 1),
            };
            plot.draw(&PathElement::new(
                vec![(pos - BOX_HALF, f.median), (pos + BOX_HALF, f.median)],
                median,
            ))?;
        }
        if variant == Variant::Basic {
            for v in &f.outliers {
                plot.draw(&Circle::new((pos, *v), theme.point_radius, color.filled()))?;
            }
        }
    }
    Ok(())
}

/// The value axis: a little room around the whiskers and outliers, then
/// widened to nice ticks, so the lowest and highest marks sit inside a
/// labelled tick.
fn value_axis(title: &str, lo: f64, hi: f64) -> Axis {
    Axis::linear(title, lo, hi).padded(0.02).nice()
}

/// The first and last pixel row of the half-cell block row (8 px) that
/// pixel row `py` lies in.
fn block_row(py: i32) -> (i32, i32) {
    let top = py.div_euclid(8) * 8;
    (top, top + 7)
}

/// The data y at pixel row `py`, for a plot whose pixel rows run from
/// `top` (data `max`) to `bottom` (data `min`).
fn y_at_pixel(py: i32, (top, bottom): (i32, i32), (min, max): (f64, f64)) -> f64 {
    if bottom <= top {
        return min;
    }
    min + (max - min) * f64::from(bottom - py) / f64::from(bottom - top)
}

/// The category label with its number of observations.
fn group_label(name: &str, n: usize) -> String {
    if name.is_empty() {
        format!("All (n={n})")
    } else {
        format!("{name} (n={n})")
    }
}

/// A deterministic offset in -0.5..0.5 for the `j`-th value of group `i`
/// (splitmix64 of the pair), so the same data always draws the same picture.
fn jitter(i: usize, j: usize) -> f64 {
    let mut z = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (j as u64).wrapping_add(0x6A09_E667_F3BC_C909);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64 - 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jitter_is_deterministic_centred_and_in_range() {
        let offsets: Vec<f64> = (0..1000).map(|j| jitter(2, j)).collect();
        assert!(offsets.iter().all(|d| (-0.5..0.5).contains(d)));
        assert_eq!(offsets, (0..1000).map(|j| jitter(2, j)).collect::<Vec<_>>());
        let mean = offsets.iter().sum::<f64>() / offsets.len() as f64;
        assert!(mean.abs() < 0.05, "{mean}");
        // Both halves of the band get used, and groups differ.
        assert!(offsets.iter().any(|d| *d < -0.4) && offsets.iter().any(|d| *d > 0.4));
        assert_ne!(jitter(0, 5), jitter(1, 5));
    }

    #[test]
    fn ticks_cover_every_whisker_and_outlier() {
        // Penguin body mass: Gentoo's whisker reaches 6300 g, a Chinstrap
        // outlier sits at 2700 g.
        // A frame asks for 5 (80x24 terminal) to 10 (1200x800 PNG) ticks.
        let axis = value_axis("Body mass (g)", 2700.0, 6300.0);
        for max_ticks in 5..=10 {
            let ticks = axis.tick_labels(max_ticks);
            let (first, last) = (ticks[0].0, ticks[ticks.len() - 1].0);
            assert!(first <= 2700.0 && last >= 6300.0, "{max_ticks}: {ticks:?}");
        }
        let small = value_axis("", 0.12, 0.97);
        let ticks = small.tick_labels(6);
        assert!(ticks[0].0 <= 0.12 && ticks[ticks.len() - 1].0 >= 0.97, "{ticks:?}");
    }

    #[test]
    fn the_terminal_median_gap_is_one_whole_block_row() {
        assert_eq!(block_row(0), (0, 7));
        assert_eq!(block_row(13), (8, 15));
        assert_eq!(block_row(16), (16, 23));
        assert_eq!(block_row(-1), (-8, -1));
        // Pixel rows 0 (y = 10) to 100 (y = 0).
        assert!((y_at_pixel(0, (0, 100), (0.0, 10.0)) - 10.0).abs() < 1e-12);
        assert!((y_at_pixel(25, (0, 100), (0.0, 10.0)) - 7.5).abs() < 1e-12);
    }

    #[test]
    fn labels_carry_n() {
        assert_eq!(group_label("Adelie", 151), "Adelie (n=151)");
        assert_eq!(group_label("", 3), "All (n=3)");
    }

    #[test]
    fn point_scale_changes_the_points_drawn() {
        let input = Input {
            groups: vec![Group {
                name: String::from("a"),
                values: (0..40)
                    .map(|i| f64::from(i % 9) + f64::from(i) / 7.0)
                    .chain([60.0])
                    .collect(),
            }],
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Jitter, &Theme::light()).expect("draws");
            })
        };
        let big = Input {
            point_scale: Some(2.0),
            ..input.clone()
        };
        let same = Input {
            point_scale: Some(1.0),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&big));
        assert_eq!(draw_it(&input), draw_it(&same));
    }
}
