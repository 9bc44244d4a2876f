//! # ECDF
//!
//! An empirical cumulative distribution function (ECDF) plots, for every
//! value on the x axis, the share of observations at or below it: a
//! staircase that climbs from 0 to 1, one step per observation. Nothing is
//! binned or smoothed, so every observation counts and the median, the
//! quartiles or "the share under 190 mm" are read straight off the y axis.
//!
//! The `log-x` parameter (`Input::log_x`) puts x on a log10 axis, for
//! values that span orders of magnitude (incomes, populations).
//!
//! ## When to use
//! One numeric variable, alone or split by a few groups, when you want to
//! compare whole distributions without choosing a bin width or bandwidth:
//! a curve further right holds larger values, a steeper curve a narrower
//! spread. It works from a handful of observations to millions.
//!
//! ## Caveat
//! The shape of a distribution (modes, skew) is harder to see in a
//! cumulative curve than in a histogram or density: a mode is only a
//! steeper stretch. Show a histogram beside it to people who do not read
//! ECDFs every day. Overlaid curves stay readable for more groups than
//! overlaid histograms do, but past about five they tangle.
//!
//! ## Variants
//! - `groups`: one step curve per group, in its colour, with a legend
//!   that gives each group's n.
//! - `reference`: all values pooled into one step curve, against the
//!   cumulative curve of the normal distribution with the sample's mean
//!   and standard deviation; the largest gap between the two (the
//!   Kolmogorov-Smirnov distance D) is marked by a bar, its size in the
//!   legend.
//!
//! ## Related
//! histogram, density, qq-plot, boxplot
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
    /// The group's name, in the legend.
    pub name: String,
    /// The group's observations, in the x variable's unit.
    pub values: Vec<f64>,
}

/// The data of an ECDF plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variable and its unit, e.g. "Flipper length (mm)".
    pub x_title: String,
    /// The groups, one curve each (pooled by `reference`).
    pub groups: Vec<Group>,
    /// Draw x on a log10 axis, for values that span orders of magnitude;
    /// values <= 0 then sit at the axis' left end.
    pub log_x: bool,
}

/// The ways to draw an ECDF plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `groups`: One step curve per group, in its colour, with a legend that gives each group's n.
    Groups,
    /// `reference`: All values pooled into one step curve, against the cumulative curve of the
    /// normal distribution with the sample's mean and standard deviation; the largest gap between
    /// the two (the Kolmogorov-Smirnov distance D) is marked by a bar, its size in the legend.
    Reference,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Groups, Variant::Reference];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Groups => "groups",
            Variant::Reference => "reference",
        }
    }
}

/// The y axis's title: what a point on a curve means.
const Y_TITLE: &str = "Share of values ≤ x";
/// Points at which the normal reference curve is drawn.
const SAMPLES: usize = 200;

/// Draws `input` as an ECDF plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    // (name, colour index, finite values) of each curve this variant draws.
    let series: Vec<(String, usize, Vec<f64>)> = match variant {
        Variant::Groups => input
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.name.clone(), i, stats::sorted_finite(&g.values)))
            .filter(|(_, _, v)| !v.is_empty())
            .collect(),
        Variant::Reference => {
            let all: Vec<f64> = input.groups.iter().flat_map(|g| g.values.iter().copied()).collect();
            vec![(String::new(), 0, stats::sorted_finite(&all))]
        }
    };
    let log = input.log_x;
    let on_axis = |s: &[f64]| s.iter().copied().filter(|v| !log || *v > 0.0).collect::<Vec<f64>>();
    let Some((lo, hi)) = stats::extent(series.iter().flat_map(|s| on_axis(&s.2))) else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to accumulate");
    };
    let x = if log {
        Axis::log10(axes::log_scale_title(&input.x_title), lo, hi).padded(0.03)
    } else {
        Axis::linear(&input.x_title, lo, hi).padded(0.03).nice()
    };
    // Where a value sits on the x axis: its log10 on a log axis (the
    // left end for values <= 0), else itself.
    let at = |v: f64| match log {
        false => v,
        true if v > 0.0 => v.log10().max(x.min),
        true => x.min,
    };
    let y = Axis::linear(Y_TITLE, 0.0, 1.0);

    let reference = match variant {
        Variant::Reference => series.first().and_then(|s| NormalFit::of(&s.2)),
        Variant::Groups => None,
    };
    let mut legend: Vec<LegendEntry> = series
        .iter()
        .map(|(name, color, values)| LegendEntry {
            label: curve_label(name, values.len()),
            color: theme.color(*color),
        })
        .collect();
    if let Some(fit) = &reference {
        legend.push(LegendEntry {
            label: format!(
                "Normal (mean {}, sd {})",
                scale::format_value(fit.mean),
                scale::format_value(fit.sd)
            ),
            color: theme.muted,
        });
    }
    let gap = reference
        .zip(series.first())
        .and_then(|(fit, (_, _, values))| largest_gap(&stats::ecdf(values), |v| fit.cdf(v)));
    if let Some(gap) = &gap {
        legend.push(LegendEntry {
            label: format!("Largest gap D = {}", format_share(gap.size())),
            color: theme.text,
        });
    }
    let note = match (variant, &reference) {
        (Variant::Reference, None) => "A normal curve needs at least two different values.",
        _ => "",
    };
    let chart = axes::draw_footnote(area, theme, note)?;
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Line)
        .draw(&chart, theme)?;

    // The reference first: the sample's steps are the data and win every
    // pixel they share with it.
    if let Some(fit) = &reference {
        let curve: Vec<(f64, f64)> = stats::linspace(x.min, x.max, SAMPLES)
            .into_iter()
            .map(|v| (v, fit.cdf(if log { 10f64.powf(v) } else { v })))
            .collect();
        plot.draw(&PathElement::new(
            curve,
            ShapeStyle::from(&theme.muted).stroke_width(theme.line_width),
        ))?;
    }
    let line = theme.line_width.max(2) - 1;
    for (_, color, values) in &series {
        let steps: Vec<(f64, f64)> = stats::ecdf(values).into_iter().map(|(v, p)| (at(v), p)).collect();
        let path = step_path(&steps, x.min, x.max);
        plot.draw(&PathElement::new(
            path,
            ShapeStyle::from(&theme.color(*color)).stroke_width(line),
        ))?;
    }
    if let Some(gap) = &gap {
        let gap = Gap { at: at(gap.at), ..*gap };
        draw_gap(&plot, theme, &gap)?;
    }
    Ok(())
}

/// The largest gap between the sample's steps and the normal curve, as a
/// vertical bar in the text colour (the legend gives its size).
fn draw_gap<DB: DrawingBackend>(plot: &axes::Plot<DB>, theme: &Theme, gap: &Gap) -> DrawResult<(), DB> {
    plot.draw(&PathElement::new(
        vec![(gap.at, gap.from), (gap.at, gap.to)],
        ShapeStyle::from(&theme.text).stroke_width(theme.line_width),
    ))?;
    Ok(())
}

/// A share in 0..=1 with two decimals ("0.09").
fn format_share(v: f64) -> String {
    format!("{v:.2}")
}

/// The legend label of a curve: its name and n.
fn curve_label(name: &str, n: usize) -> String {
    let count = scale::format_count(n);
    if name.is_empty() {
        format!("All values (n={count})")
    } else {
        format!("{name} (n={count})")
    }
}

/// The staircase through `steps` (from [`stats::ecdf`]): flat at 0 from
/// `x0` to the first value, up at each value, flat at 1 to `x1`.
fn step_path(steps: &[(f64, f64)], x0: f64, x1: f64) -> Vec<(f64, f64)> {
    let mut path = Vec::with_capacity(steps.len() * 2 + 2);
    let mut level = 0.0;
    path.push((x0, level));
    for (v, share) in steps {
        path.push((*v, level));
        path.push((*v, *share));
        level = *share;
    }
    path.push((x1, level));
    path
}

/// The normal distribution fitted to a sample by its mean and standard
/// deviation.
#[derive(Clone, Copy, Debug, PartialEq)]
struct NormalFit {
    mean: f64,
    sd: f64,
}

impl NormalFit {
    /// The fit, when the sample has at least two different finite values
    /// and a finite spread.
    fn of(values: &[f64]) -> Option<Self> {
        let mean = stats::mean(values)?;
        let sd = stats::std_dev(values)?;
        (mean.is_finite() && sd.is_finite() && sd > 0.0).then_some(NormalFit { mean, sd })
    }

    fn cdf(&self, x: f64) -> f64 {
        stats::normal_cdf((x - self.mean) / self.sd)
    }
}

/// Where a step curve is furthest from a continuous one.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Gap {
    /// The x value of the step where the gap is largest.
    at: f64,
    /// The continuous curve's value there.
    from: f64,
    /// The step curve's value there (just before or just after its step).
    to: f64,
}

impl Gap {
    fn size(&self) -> f64 {
        (self.to - self.from).abs()
    }
}

/// The Kolmogorov-Smirnov distance between the steps of an ECDF and a
/// continuous `cdf`: the largest vertical gap, which for a step curve lies
/// at a step, either just below it or on it.
fn largest_gap(steps: &[(f64, f64)], cdf: impl Fn(f64) -> f64) -> Option<Gap> {
    let mut best: Option<Gap> = None;
    let mut below = 0.0;
    for (v, share) in steps {
        let c = cdf(*v);
        for level in [below, *share] {
            let gap = Gap {
                at: *v,
                from: c,
                to: level,
            };
            if gap.size().is_finite() && best.is_none_or(|b| gap.size() > b.size()) {
                best = Some(gap);
            }
        }
        below = *share;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_staircase_climbs_from_zero_to_one() {
        let steps = stats::ecdf(&[2.0, 1.0, 2.0, 4.0]);
        assert_eq!(steps, vec![(1.0, 0.25), (2.0, 0.75), (4.0, 1.0)]);
        assert_eq!(
            step_path(&steps, 0.0, 5.0),
            vec![
                (0.0, 0.0),
                (1.0, 0.0),
                (1.0, 0.25),
                (2.0, 0.25),
                (2.0, 0.75),
                (4.0, 0.75),
                (4.0, 1.0),
                (5.0, 1.0)
            ]
        );
        assert_eq!(step_path(&[], 0.0, 1.0), vec![(0.0, 0.0), (1.0, 0.0)]);
    }

    #[test]
    fn the_ks_distance_is_found_on_either_side_of_a_step() {
        // One value at the normal's median: the step from 0 to 1 sits where
        // the curve is at 0.5, so D = 0.5 (below and on the step tie).
        let gap = largest_gap(&[(0.0, 1.0)], stats::normal_cdf).expect("a gap");
        assert!((gap.size() - 0.5).abs() < 1e-6 && gap.at == 0.0, "{gap:?}");
        // Against the uniform CDF on 0..1, the sample 0.1, 0.2, 0.9 has
        // D = max(2/3 - 0.2, 0.9 - 2/3, ...) = 0.4667 at x = 0.2.
        let uniform = |v: f64| v.clamp(0.0, 1.0);
        let gap = largest_gap(&stats::ecdf(&[0.1, 0.2, 0.9]), uniform).expect("a gap");
        assert!((gap.size() - (2.0 / 3.0 - 0.2)).abs() < 1e-12, "{gap:?}");
        assert_eq!(gap.at, 0.2);
        assert!(largest_gap(&[], uniform).is_none());
    }

    #[test]
    fn a_normal_fit_needs_spread() {
        assert_eq!(NormalFit::of(&[3.0, 3.0]), None);
        assert_eq!(NormalFit::of(&[1.0]), None);
        let fit = NormalFit::of(&[1.0, 3.0]).expect("a fit");
        assert!((fit.mean - 2.0).abs() < 1e-12 && (fit.sd - 2f64.sqrt()).abs() < 1e-12);
        assert!((fit.cdf(2.0) - 0.5).abs() < 1e-7);
        assert_eq!(NormalFit::of(&[-1e308, 1e308]), None, "the spread overflows");
    }

    #[test]
    fn labels_carry_n() {
        assert_eq!(curve_label("Gentoo", 1234), "Gentoo (n=1,234)");
        assert_eq!(curve_label("", 2), "All values (n=2)");
        assert_eq!(format_share(0.0912), "0.09");
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
        let inputs = [
            Vec::new(),
            vec![Group::default()],
            vec![Group {
                name: "one".into(),
                values: vec![4.0],
            }],
            vec![Group {
                name: "same".into(),
                values: vec![2.0, 2.0, f64::NAN],
            }],
            vec![Group {
                name: "huge".into(),
                values: vec![-f64::MAX, f64::MAX, f64::INFINITY],
            }],
        ];
        for groups in inputs {
            let input = Input {
                log_x: false,
                title: "t".into(),
                x_title: "x".into(),
                groups,
            };
            draws_everywhere(&input);
        }
    }

    #[test]
    fn log_x_spreads_values_that_span_orders_of_magnitude() {
        let input = Input {
            groups: vec![Group {
                name: String::from("a"),
                values: vec![1.0, 3.0, 10.0, 30.0, 100.0, 1000.0, 10_000.0],
            }],
            ..Input::default()
        };
        let draw_it = |input: &Input, variant: Variant| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, variant, &Theme::light()).expect("draws");
            })
        };
        let log = Input {
            log_x: true,
            ..input.clone()
        };
        for variant in Variant::ALL {
            assert_ne!(draw_it(&input, variant), draw_it(&log, variant), "{variant:?}");
        }
        // Values <= 0 sit at the left end rather than break the axis.
        let mut with_zero = log.clone();
        with_zero.groups[0].values.push(0.0);
        let _ = draw_it(&with_zero, Variant::Reference);
    }
}
