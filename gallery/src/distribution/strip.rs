//! # Strip plot
//!
//! A strip plot (or jitter plot) draws every observation as a dot on its
//! group's line, at its value; a short bar marks each group's median. The
//! dots are pushed a random distance sideways (jitter) so that equal or
//! close values do not hide each other. It is the simplest honest view of
//! a numeric variable by group: nothing is summarised away.
//!
//! The `point-size` parameter (`Input::point_scale`) scales the points.
//!
//! ## When to use
//! One numeric variable split by a categorical one, with a few to a few
//! hundred observations per group: every point stays visible, and a
//! reader sees n, gaps, clusters and outliers without a legend.
//!
//! ## Caveat
//! Without jitter, points with equal values land on top of each other and
//! a group of 150 can look like a group of 40 (the `plain` variant shows
//! it). The sideways position is random (the same every time) and means
//! nothing; with thousands of points per group the strip turns into a
//! solid bar: use a violin, boxplot or raincloud then. Past 5,000 values a
//! group shows a fixed random sample (a footnote says so); the median
//! uses every value.
//!
//! ## Variants
//! - `jitter`: dots spread at random across part of each group's slot,
//!   half see-through, with a bar at the median.
//! - `plain`: the dots on the group's line, unspread: values that repeat
//!   hide each other, which is what jitter fixes.
//!
//! ## Related
//! beeswarm, boxplot, raincloud, violin
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, LegendMark};
use crate::scale;
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

/// The data of a strip plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the groups are, e.g. "Species"; may be empty.
    pub group_title: String,
    /// The variable and its unit, e.g. "Bill length (mm)".
    pub value_title: String,
    /// The groups, one strip each, left to right.
    pub groups: Vec<Group>,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a strip plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `jitter`: Dots spread at random across part of each group's slot, half see-through, with a
    /// bar at the median.
    Jitter,
    /// `plain`: The dots on the group's line, unspread: values that repeat hide each other, which
    /// is what jitter fixes.
    Plain,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Jitter, Variant::Plain];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Jitter => "jitter",
            Variant::Plain => "plain",
        }
    }
}

/// Jittered dots spread over this much of a slot (a slot is 1 wide).
const JITTER_WIDTH: f64 = 0.6;
/// Half the width of the median bar, in slots.
const MEDIAN_HALF: f64 = 0.38;
/// At most this many dots per group (a fixed sample beyond).
const MAX_POINTS: usize = 5_000;

/// Draws `input` as a strip plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let sized = theme.with_point_scale(input.point_scale);
    let theme: &Theme = &sized;
    let groups: Vec<(String, Vec<f64>)> = input
        .groups
        .iter()
        .map(|g| {
            (
                g.name.clone(),
                g.values.iter().copied().filter(|v| v.is_finite()).collect(),
            )
        })
        .collect();
    let Some((lo, hi)) = stats::extent(groups.iter().flat_map(|g| g.1.iter().copied())) else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to draw");
    };
    let names = groups.iter().map(|(name, v)| group_label(name, v.len())).collect();
    let x = Axis::categories(&input.group_title, names);
    let y = Axis::linear(&input.value_title, lo, hi).padded(0.03).nice();
    let legend = [LegendEntry {
        label: String::from("Median"),
        color: theme.text,
    }];
    let note = if groups.iter().any(|g| g.1.len() > MAX_POINTS) {
        format!(
            "Groups over {} values show a random {} of them.",
            scale::format_count(MAX_POINTS),
            scale::format_count(MAX_POINTS)
        )
    } else {
        String::new()
    };
    let chart = axes::draw_footnote(area, theme, &note)?;
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Line)
        .draw(&chart, theme)?;

    let radius = theme.point_radius.max(1);
    // Half see-through, so stacked dots read darker; a terminal shows
    // colours at half opacity or more.
    let alpha = match variant {
        Variant::Jitter => 0.6,
        Variant::Plain => 0.5,
    };
    for (i, (_, values)) in groups.iter().enumerate() {
        let fill = theme.color(i).mix(alpha).filled();
        for j in stats::sample_indices(values.len(), MAX_POINTS) {
            let Some(v) = values.get(j) else { continue };
            plot.draw(&Circle::new((position(variant, i, j), *v), radius, fill))?;
        }
    }
    // The medians last, over the dots.
    let bar = ShapeStyle::from(&theme.text).stroke_width(theme.line_width + 1);
    for (i, (_, values)) in groups.iter().enumerate() {
        if let Some(m) = median(values) {
            let pos = i as f64;
            plot.draw(&PathElement::new(
                vec![(pos - MEDIAN_HALF, m), (pos + MEDIAN_HALF, m)],
                bar,
            ))?;
        }
    }
    Ok(())
}

/// Where the `j`-th value of group `i` sits across the category axis.
fn position(variant: Variant, i: usize, j: usize) -> f64 {
    match variant {
        Variant::Jitter => i as f64 + stats::jitter(i, j) * JITTER_WIDTH,
        Variant::Plain => i as f64,
    }
}

/// The median of the finite values.
fn median(values: &[f64]) -> Option<f64> {
    stats::quantile(&stats::sorted_finite(values), 0.5)
}

/// The category label with its number of observations.
fn group_label(name: &str, n: usize) -> String {
    let count = scale::format_count(n);
    if name.is_empty() {
        format!("All (n={count})")
    } else {
        format!("{name} (n={count})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jitter_stays_in_its_slot_and_plain_stays_on_the_line() {
        for j in 0..500 {
            let p = position(Variant::Jitter, 2, j);
            assert!((p - 2.0).abs() <= JITTER_WIDTH / 2.0, "{p}");
            assert_eq!(position(Variant::Plain, 2, j), 2.0);
        }
        assert_eq!(position(Variant::Jitter, 1, 7), position(Variant::Jitter, 1, 7));
        const { assert!(JITTER_WIDTH / 2.0 < 0.5, "dots never reach the next slot") };
    }

    #[test]
    fn the_median_bar_marks_the_middle_value() {
        assert_eq!(median(&[1.0, 3.0, 2.0, 10.0]), Some(2.5));
        assert_eq!(median(&[4.0, f64::NAN, 1.0, 9.0]), Some(4.0));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn labels_carry_n() {
        assert_eq!(group_label("Adelie", 151), "Adelie (n=151)");
        assert_eq!(group_label("", 5_000), "All (n=5,000)");
    }

    /// Draws every variant of `input` into bitmaps from 0x0 to 640x384
    /// pixels, with the light and the terminal theme.
    fn draws_everywhere(input: &Input) {
        use plotters::style::{register_font, FontStyle};
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        for (w, h) in [(0u32, 0u32), (1, 1), (40, 20), (640, 384)] {
            let mut buffer = vec![0u8; (w * h * 3) as usize];
            let area = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
            for variant in Variant::ALL {
                for theme in [Theme::light(), Theme::terminal()] {
                    assert!(draw(&area, input, variant, &theme).is_ok(), "{w}x{h} {variant:?}");
                }
            }
        }
    }

    #[test]
    fn degenerate_input_draws_without_failing() {
        let group = |values: Vec<f64>| Group {
            name: "g".into(),
            values,
        };
        for groups in [
            Vec::new(),
            vec![Group::default()],
            vec![group(vec![4.0])],
            vec![group(vec![2.0, 2.0, f64::NAN]), group(Vec::new())],
            vec![group(vec![-f64::MAX, f64::MAX, f64::INFINITY])],
            vec![group((0..6000).map(f64::from).collect())],
        ] {
            draws_everywhere(&Input {
                point_scale: None,
                title: "t".into(),
                group_title: "g".into(),
                value_title: "v".into(),
                groups,
            });
        }
    }

    #[test]
    fn point_scale_changes_the_points_drawn() {
        let input = Input {
            groups: vec![Group {
                name: String::from("a"),
                values: (0..40).map(|i| f64::from(i % 9)).collect(),
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
