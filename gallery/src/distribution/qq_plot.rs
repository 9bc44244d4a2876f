//! # Q-Q plot
//!
//! A quantile-quantile (Q-Q) plot compares two distributions by their
//! quantiles: each point pairs the k-th smallest value of one with the
//! k-th smallest of the other. When the two have the same shape the points
//! fall on a straight line; a bend shows where they differ: an S for tails
//! lighter or heavier than expected, a curve for skew, steps for rounded
//! or clustered values.
//!
//! The `point-size` parameter (`Input::point_scale`) scales the points.
//!
//! ## When to use
//! To check whether a sample looks normal (before a t-test, or for the
//! residuals of a regression), or whether two samples share a shape even
//! when their centres and spreads differ. It needs no bins and shows the
//! tails, where histograms have too few values to say anything.
//!
//! ## Caveat
//! Points never lie exactly on the line: small samples wander off it by
//! chance, most of all in the tails, so judge a bend only when it spans
//! many points. The reference line runs through the quartiles, as R's
//! `qqline` draws it, so a few extreme values cannot tilt it. Mixing
//! groups with different centres makes a normal sample look bimodal: plot
//! each group on its own.
//!
//! ## Variants
//! - `normal`: each group's values (y) against the quantiles a normal
//!   distribution expects at Blom's plotting positions (x), with a grey
//!   line through the group's quartiles.
//! - `two-sample`: the quantiles of the second group (y) against those of
//!   the first (x), on equal axes, with the line y = x; the larger group
//!   is interpolated to the size of the smaller, as R's `qqplot` does.
//!
//! ## Related
//! ecdf, histogram, density, boxplot
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
    /// The group's name, in the legend or an axis title.
    pub name: String,
    /// The group's observations, in the value's unit.
    pub values: Vec<f64>,
}

/// The data of a Q-Q plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variable and its unit, e.g. "Flipper length (mm)".
    pub value_title: String,
    /// The groups: one point series each in `normal`, the first two in `two-sample`.
    pub groups: Vec<Group>,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a Q-Q plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `normal`: Each group's values (y) against the quantiles a normal distribution expects at
    /// Blom's plotting positions (x), with a grey line through the group's quartiles.
    Normal,
    /// `two-sample`: The quantiles of the second group (y) against those of the first (x), on
    /// equal axes, with the line y = x; the larger group is interpolated to the size of the
    /// smaller, as R's `qqplot` does.
    TwoSample,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Normal, Variant::TwoSample];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Normal => "normal",
            Variant::TwoSample => "two-sample",
        }
    }
}

/// At most this many points per group: past it, evenly spaced order
/// statistics stand for the rest (a footnote says so).
const MAX_POINTS: usize = 2_000;

/// Draws `input` as a Q-Q plot in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let sized = theme.with_point_scale(input.point_scale);
    let theme: &Theme = &sized;
    match variant {
        Variant::Normal => draw_normal(area, input, theme),
        Variant::TwoSample => draw_two_sample(area, input, theme),
    }
}

/// One group's points against normal quantiles, and its quartile line.
struct NormalSeries {
    label: String,
    color: usize,
    points: Vec<(f64, f64)>,
    line: Option<(f64, f64)>,
}

fn draw_normal<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, input: &Input, theme: &Theme) -> DrawResult<(), DB> {
    let mut thinned = false;
    let series: Vec<NormalSeries> = input
        .groups
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let sorted = stats::sorted_finite(&g.values);
            if sorted.is_empty() {
                return None;
            }
            let points = normal_points(&sorted);
            thinned |= points.len() < sorted.len();
            Some(NormalSeries {
                label: group_label(&g.name, sorted.len()),
                color: i,
                line: quartile_line(&sorted),
                points,
            })
        })
        .collect();
    let all = || series.iter().flat_map(|s| s.points.iter());
    let (Some((z_lo, z_hi)), Some((lo, hi))) = (stats::extent(all().map(|p| p.0)), stats::extent(all().map(|p| p.1)))
    else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to compare");
    };
    // Not widened to nice ticks: z runs to about ±2.5 for 100 values, and
    // a terminal's coarse ticks would stretch that to ±4.
    let x = Axis::linear("Normal theoretical quantiles (z)", z_lo, z_hi).padded(0.05);
    let y = Axis::linear(&input.value_title, lo, hi).padded(0.03).nice();
    let legend: Vec<LegendEntry> = series
        .iter()
        .map(|s| LegendEntry {
            label: s.label.clone(),
            color: theme.color(s.color),
        })
        .collect();
    let note = if thinned {
        format!(
            "Groups over {} values show {} evenly spaced quantiles.",
            scale::format_count(MAX_POINTS),
            scale::format_count(MAX_POINTS)
        )
    } else {
        String::new()
    };
    let chart = axes::draw_footnote(area, theme, &note)?;
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Point)
        .draw(&chart, theme)?;
    let line_width = theme.line_width.max(2) - 1;
    for s in &series {
        if let Some(segment) = s
            .line
            .and_then(|(a, b)| clip_line(a, b, (x.min, x.max), (y.min, y.max)))
        {
            plot.draw(&PathElement::new(
                vec![segment.0, segment.1],
                ShapeStyle::from(&theme.color(s.color)).stroke_width(line_width),
            ))?;
        }
    }
    let radius = point_radius(theme);
    for s in &series {
        let fill = theme.color(s.color).mix(0.8).filled();
        for p in &s.points {
            plot.draw(&Circle::new(*p, radius, fill))?;
        }
    }
    Ok(())
}

fn draw_two_sample<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let groups: Vec<(&Group, Vec<f64>)> = input
        .groups
        .iter()
        .map(|g| (g, stats::sorted_finite(&g.values)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let [(first, a), (second, b), ..] = groups.as_slice() else {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "A two-sample Q-Q plot needs two groups with values",
        );
    };
    let mut pairs = paired_quantiles(a, b);
    let mut notes = Vec::new();
    if groups.len() > 2 {
        notes.push(format!("Only the first 2 of {} groups are compared.", groups.len()));
    }
    if pairs.len() > MAX_POINTS {
        notes.push(format!(
            "{} of {} quantile pairs are drawn.",
            scale::format_count(MAX_POINTS),
            scale::format_count(pairs.len())
        ));
        pairs = thin_evenly(&pairs, MAX_POINTS);
    }
    let (lo, hi) = stats::extent(pairs.iter().flat_map(|p| [p.0, p.1])).unwrap_or((0.0, 1.0));
    // Equal axes, so y = x is the diagonal and a shift reads as a gap to it.
    let range = Axis::linear("", lo, hi).padded(0.03).nice();
    let title_of = |g: &Group, n: usize| axis_title(&g.name, n, &input.value_title);
    let x = Axis::linear(title_of(first, a.len()), range.min, range.max);
    let y = Axis::linear(title_of(second, b.len()), range.min, range.max);
    // The axis titles name the points; the key names the line.
    let legend = [LegendEntry {
        label: String::from("y = x: the same distribution"),
        color: theme.muted,
    }];
    let chart = axes::draw_footnote(area, theme, &notes.join(" "))?;
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Line)
        .draw(&chart, theme)?;
    plot.draw(&PathElement::new(
        vec![(range.min, range.min), (range.max, range.max)],
        ShapeStyle::from(&theme.muted).stroke_width(theme.line_width.max(2) - 1),
    ))?;
    let radius = point_radius(theme);
    let fill = theme.color(0).mix(0.8).filled();
    for p in &pairs {
        plot.draw(&Circle::new(*p, radius, fill))?;
    }
    Ok(())
}

/// Points a little smaller than a scatter's: a Q-Q plot has many, close together.
fn point_radius(theme: &Theme) -> u32 {
    (theme.point_radius * 3 / 4).max(1)
}

/// The legend label of a group: its name and n.
fn group_label(name: &str, n: usize) -> String {
    let count = scale::format_count(n);
    if name.is_empty() {
        format!("All values (n={count})")
    } else {
        format!("{name} (n={count})")
    }
}

/// An axis title of the two-sample plot: whose quantiles, of what.
fn axis_title(name: &str, n: usize, value: &str) -> String {
    let who = group_label(name, n);
    if value.is_empty() {
        format!("{who} quantiles")
    } else {
        format!("{who}: {value}")
    }
}

/// (normal quantile at Blom's position, value) for ascending `sorted`
/// values; past [`MAX_POINTS`], evenly spaced order statistics.
fn normal_points(sorted: &[f64]) -> Vec<(f64, f64)> {
    let positions = stats::blom_positions(sorted.len());
    let points: Vec<(f64, f64)> = positions
        .into_iter()
        .zip(sorted)
        .map(|(p, v)| (stats::normal_quantile(p), *v))
        .collect();
    thin_evenly(&points, MAX_POINTS)
}

/// At most `max` of `points`, evenly spaced by index, first and last kept.
fn thin_evenly(points: &[(f64, f64)], max: usize) -> Vec<(f64, f64)> {
    if points.len() <= max || max < 2 {
        return points.to_vec();
    }
    let last = (points.len() - 1) as f64;
    (0..max)
        .filter_map(|k| {
            let i = (k as f64 * last / (max - 1) as f64).round() as usize;
            points.get(i).copied()
        })
        .collect()
}

/// The line through the sample's quartiles and the normal's (R's
/// `qqline`), as (slope, intercept); `None` without spread between them.
fn quartile_line(sorted: &[f64]) -> Option<(f64, f64)> {
    let (q1, q3) = (stats::quantile(sorted, 0.25)?, stats::quantile(sorted, 0.75)?);
    let (z1, z3) = (stats::normal_quantile(0.25), stats::normal_quantile(0.75));
    let slope = (q3 - q1) / (z3 - z1);
    let intercept = q1 - slope * z1;
    (slope.is_finite() && intercept.is_finite()).then_some((slope, intercept))
}

/// The part of the line y = slope * x + intercept inside the box
/// `xs` x `ys`, if any.
fn clip_line(slope: f64, intercept: f64, xs: (f64, f64), ys: (f64, f64)) -> Option<((f64, f64), (f64, f64))> {
    let (mut x0, mut x1) = xs;
    if slope != 0.0 {
        // The x values where the line crosses the bottom and top of the box.
        let (a, b) = ((ys.0 - intercept) / slope, (ys.1 - intercept) / slope);
        x0 = x0.max(a.min(b));
        x1 = x1.min(a.max(b));
    } else if !(ys.0..=ys.1).contains(&intercept) {
        return None;
    }
    (x0 < x1).then_some(((x0, slope * x0 + intercept), (x1, slope * x1 + intercept)))
}

/// Quantile pairs of two ascending samples, as R's `qqplot`: with equal
/// sizes the order statistics pair up; otherwise the larger sample is
/// linearly interpolated at as many evenly spaced ranks as the smaller has.
fn paired_quantiles(a: &[f64], b: &[f64]) -> Vec<(f64, f64)> {
    let n = a.len().min(b.len());
    let at = |s: &[f64], k: usize| -> Option<f64> {
        if s.len() == n {
            return s.get(k).copied();
        }
        let q = if n > 1 { k as f64 / (n - 1) as f64 } else { 0.5 };
        stats::quantile(s, q)
    };
    (0..n).filter_map(|k| Some((at(a, k)?, at(b, k)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_points_use_blom_scores() {
        // R: qnorm(ppoints(5)) against the sorted sample.
        let points = normal_points(&[1.0, 2.0, 3.0, 4.0, 10.0]);
        let z = [-1.179_761_1, -0.497_200_6, 0.0, 0.497_200_6, 1.179_761_1];
        assert_eq!(points.len(), 5);
        for ((px, py), (zk, v)) in points.iter().zip(z.iter().zip([1.0, 2.0, 3.0, 4.0, 10.0])) {
            assert!((px - zk).abs() < 1e-6 && *py == v, "{points:?}");
        }
        assert_eq!(normal_points(&[7.0]), vec![(0.0, 7.0)]);
    }

    #[test]
    fn the_reference_line_runs_through_the_quartiles() {
        // R: qqline(c(1, 2, 3, 4, 10)): quartiles 2 and 4 against
        // qnorm(0.25) and qnorm(0.75): slope 1.482602, intercept 3.
        let (slope, intercept) = quartile_line(&[1.0, 2.0, 3.0, 4.0, 10.0]).expect("a line");
        assert!((slope - 1.482_602_2).abs() < 1e-6, "{slope}");
        assert!((intercept - 3.0).abs() < 1e-9, "{intercept}");
        let (slope, _) = quartile_line(&[5.0, 5.0, 5.0]).expect("a flat line");
        assert_eq!(slope, 0.0);
        assert_eq!(quartile_line(&[]), None);
    }

    #[test]
    fn two_samples_pair_as_r_does() {
        assert_eq!(
            paired_quantiles(&[1.0, 2.0, 3.0], &[4.0, 5.0, 9.0]),
            vec![(1.0, 4.0), (2.0, 5.0), (3.0, 9.0)]
        );
        // R: qqplot(1:5, c(10, 20, 30)) pairs approx(1:5, n = 3) = 1, 3, 5.
        assert_eq!(
            paired_quantiles(&[1.0, 2.0, 3.0, 4.0, 5.0], &[10.0, 20.0, 30.0]),
            vec![(1.0, 10.0), (3.0, 20.0), (5.0, 30.0)]
        );
        // ... and approx(1:4, n = 3) = 1, 2.5, 4 between the ranks.
        assert_eq!(
            paired_quantiles(&[7.0, 8.0, 9.0], &[0.0, 1.0, 2.0, 3.0]),
            vec![(7.0, 0.0), (8.0, 1.5), (9.0, 3.0)]
        );
        assert_eq!(paired_quantiles(&[4.0], &[1.0, 3.0]), vec![(4.0, 2.0)]);
        assert!(paired_quantiles(&[], &[1.0]).is_empty());
    }

    #[test]
    fn lines_are_clipped_to_the_plot() {
        let (a, b) = clip_line(1.0, 0.0, (0.0, 10.0), (2.0, 5.0)).expect("inside");
        assert_eq!((a, b), ((2.0, 2.0), (5.0, 5.0)));
        let (a, b) = clip_line(-2.0, 10.0, (0.0, 10.0), (0.0, 20.0)).expect("inside");
        assert_eq!((a, b), ((0.0, 10.0), (5.0, 0.0)));
        assert_eq!(clip_line(0.0, 9.0, (0.0, 1.0), (0.0, 5.0)), None);
        assert_eq!(clip_line(1.0, 100.0, (0.0, 1.0), (0.0, 5.0)), None);
    }

    #[test]
    fn thinning_keeps_the_ends_and_the_order() {
        let points: Vec<(f64, f64)> = (0..10_001).map(|i| (f64::from(i), 0.0)).collect();
        let kept = thin_evenly(&points, 101);
        assert_eq!(kept.len(), 101);
        assert_eq!(kept.first(), points.first());
        assert_eq!(kept.last(), points.last());
        assert!(kept.windows(2).all(|w| w[1].0 - w[0].0 == 100.0));
        assert_eq!(thin_evenly(&points[..5], 101).len(), 5);
    }

    #[test]
    fn titles_say_whose_quantiles() {
        assert_eq!(
            axis_title("Adelie", 151, "Flipper length (mm)"),
            "Adelie (n=151): Flipper length (mm)"
        );
        assert_eq!(axis_title("", 3, ""), "All values (n=3) quantiles");
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
            vec![group(vec![2.0, 2.0, f64::NAN]), group(vec![2.0])],
            vec![
                group(vec![-f64::MAX, f64::MAX, f64::INFINITY]),
                group(vec![1e308, -1e308]),
            ],
            vec![
                group((0..5000).map(f64::from).collect()),
                group((0..3000).map(f64::from).collect()),
            ],
        ] {
            draws_everywhere(&Input {
                point_scale: None,
                title: "t".into(),
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
                values: (0..40).map(|i| f64::from(i % 9) + f64::from(i) / 10.0).collect(),
            }],
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Normal, &Theme::light()).expect("draws");
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
