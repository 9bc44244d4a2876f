//! # Stacked area
//!
//! A stacked area chart draws one band per group over a numeric or date
//! axis, each band stacked on the ones below, so the top edge is the total
//! and each band's thickness is that group's value. It shows how a total
//! evolves and how its composition changes. Groups are aligned on every x
//! that any group has; a group missing at an x counts as 0 there, and so
//! does a negative value (with a note). Bands stack largest first from the
//! bottom; past the palette's colours, the smallest groups (and any group
//! already called "Other") are lumped into one grey "Other" band on top.
//! The `top` parameter (`Input::top`) names fewer groups and lumps the
//! rest into "Other".
//!
//! ## When to use
//! A total that splits into a few groups over time, when both the total
//! and the rough share of each group matter.
//!
//! ## Caveat
//! Only the bottom band and the total are easy to read: every other band
//! floats on a moving baseline, so its own rise or fall is hard to judge.
//! To compare the groups themselves, use a line chart or one small chart
//! per group.
//!
//! ## Variants
//! - `stacked`: the values stacked on a zero-based axis; the top edge is the total.
//! - `percent`: each x scaled to 100%, showing the shares only.
//!
//! ## Related
//! line, area, streamgraph, barplot
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// One group's points, in any order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The group's name, in the legend or on its band.
    pub name: String,
    /// The group's (x, value) points; at each x the groups' values stack.
    pub points: Vec<(f64, f64)>,
}

/// The data of a stacked area chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The value and its unit, e.g. "Unemployed (thousands)".
    pub y_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// The groups, one band each; with many, the smallest are gathered into one "Other" band.
    pub series: Vec<Series>,
    /// Name at most this many groups, the largest, and lump the rest into
    /// a grey "Other" (`None`: as many as the palette has colours).
    pub top: Option<usize>,
}

/// The ways to draw a stacked area chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `stacked`: The values stacked on a zero-based axis; the top edge is the total.
    Stacked,
    /// `percent`: Each x scaled to 100%, showing the shares only.
    Percent,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Stacked, Variant::Percent];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Stacked => "stacked",
            Variant::Percent => "percent",
        }
    }
}

/// The name of the band that gathers the smallest groups.
pub const OTHER: &str = "Other";

/// One band: a group's value at every aligned x.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// The group's name (or the name of the band that gathers the smallest groups).
    pub name: String,
    /// The group's value at each aligned x; 0 where it has no positive, finite value there.
    pub values: Vec<f64>,
}

/// Draws `input` as a stacked area chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (xs, bands, negatives) = align(&input.series);
    if xs.len() < 2 || bands.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "Areas need at least two distinct x values");
    }
    let colours = theme.palette.len().max(2);
    let max_bands = input.top.map_or(colours, |top| (top + 1).min(colours));
    let (bands, lumped) = lump(bands, max_bands);
    let edges = stack(&bands, variant == Variant::Percent);
    let total_max = edges.last().map_or(0.0, |top| top.iter().copied().fold(0.0, f64::max));

    let color = |i: usize| {
        if lumped && i + 1 == bands.len() {
            theme.color(colours - 1)
        } else {
            theme.color(i)
        }
    };
    let legend: Vec<LegendEntry> = bands
        .iter()
        .enumerate()
        .map(|(i, b)| LegendEntry {
            label: b.name.clone(),
            color: color(i),
        })
        .collect();
    let (x0, x1) = (xs.first().copied().unwrap_or(0.0), xs.last().copied().unwrap_or(1.0));
    let note = match negatives {
        0 => String::new(),
        1 => String::from("1 negative value is drawn as 0"),
        n => format!("{n} negative values are drawn as 0"),
    };
    let area = &axes::draw_footnote(area, theme, &note)?;
    let x_title = input.x_title.clone();
    let x = if input.x_is_date {
        Axis::date(x_title, x0, x1)
    } else {
        Axis::linear(x_title, x0, x1)
    };
    let y = match variant {
        Variant::Stacked => Axis::zero_based(&input.y_title, total_max),
        Variant::Percent => Axis::zero_based("Share (%)", 100.0),
    };
    let plot = Frame::new(&input.title, &x, &y).legend(&legend).draw(area, theme)?;

    for (i, pair) in edges.windows(2).enumerate() {
        let (lower, upper) = (&pair[0], &pair[1]);
        let mut outline: Vec<(f64, f64)> = xs.iter().copied().zip(upper.iter().copied()).collect();
        outline.extend(xs.iter().copied().zip(lower.iter().copied()).rev());
        plot.draw(&Polygon::new(outline, color(i).filled()))?;
    }
    // A hairline in the background colour between bands keeps neighbours
    // apart; only where lines are finer than the data (thick-line themes),
    // since on coarse canvases it would erase thin bands.
    let cut = ShapeStyle::from(&theme.background).stroke_width(1);
    let hairlines = if theme.line_width > 1 {
        bands.len().saturating_sub(1)
    } else {
        0
    };
    for top in edges.iter().skip(1).take(hairlines) {
        plot.draw(&PathElement::new(
            xs.iter().copied().zip(top.iter().copied()).collect::<Vec<_>>(),
            cut,
        ))?;
    }
    Ok(())
}

/// The sorted union of finite x values and each group's value there
/// (repeated x summed; missing, NaN and negative values count as 0), with
/// the number of negative values seen.
pub fn align(series: &[Series]) -> (Vec<f64>, Vec<Band>, usize) {
    let mut xs: Vec<f64> = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .filter(|x| x.is_finite())
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    let mut negatives = 0;
    let bands = series
        .iter()
        .map(|s| {
            let mut values = vec![0.0; xs.len()];
            for (x, y) in &s.points {
                if *y < 0.0 {
                    negatives += 1;
                }
                if !(y.is_finite() && *y > 0.0) {
                    continue;
                }
                if let Some(v) = xs
                    .binary_search_by(|probe| probe.total_cmp(x))
                    .ok()
                    .and_then(|k| values.get_mut(k))
                {
                    *v += y;
                }
            }
            Band {
                name: s.name.clone(),
                values,
            }
        })
        .collect();
    (xs, bands, negatives)
}

/// Bands largest first (by total); when there are more than `max`, the
/// smallest (and any band already named "Other") become one "Other" band,
/// last. Returns whether that band exists.
pub fn lump(bands: Vec<Band>, max: usize) -> (Vec<Band>, bool) {
    let total = |b: &Band| b.values.iter().sum::<f64>();
    let (mut others, mut named): (Vec<Band>, Vec<Band>) = bands.into_iter().partition(|b| b.name == OTHER);
    named.sort_by(|a, b| total(b).total_cmp(&total(a)));
    let max = max.max(2);
    let keep = if named.len() + usize::from(!others.is_empty()) <= max {
        named.len()
    } else {
        max - 1
    };
    others.extend(named.drain(keep.min(named.len())..));
    if others.is_empty() {
        return (named, false);
    }
    let len = others.first().map_or(0, |b| b.values.len());
    let mut values = vec![0.0; len];
    for b in &others {
        for (v, x) in values.iter_mut().zip(&b.values) {
            *v += x;
        }
    }
    named.push(Band {
        name: OTHER.to_string(),
        values,
    });
    (named, true)
}

/// The edges between bands at every x: `edges[0]` is the baseline (all 0),
/// `edges[i + 1]` the top of band `i`. With `percent`, every x is scaled so
/// the top edge is 100 (or stays 0 where the total is 0).
fn stack(bands: &[Band], percent: bool) -> Vec<Vec<f64>> {
    let n = bands.first().map_or(0, |b| b.values.len());
    let mut edges = vec![vec![0.0; n]];
    for band in bands {
        let below = edges.last().cloned().unwrap_or_default();
        edges.push(below.iter().zip(&band.values).map(|(a, v)| a + v).collect());
    }
    if percent {
        let totals = edges.last().cloned().unwrap_or_default();
        for edge in &mut edges {
            for (v, t) in edge.iter_mut().zip(&totals) {
                *v = if *t > 0.0 { *v / t * 100.0 } else { 0.0 };
            }
        }
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(name: &str, points: &[(f64, f64)]) -> Series {
        Series {
            name: name.to_string(),
            points: points.to_vec(),
        }
    }

    fn band(name: &str, values: &[f64]) -> Band {
        Band {
            name: name.to_string(),
            values: values.to_vec(),
        }
    }

    #[test]
    fn groups_align_on_the_union_of_x_with_missing_as_zero() {
        let input = [
            series("a", &[(2.0, 5.0), (1.0, 1.0), (1.0, 1.0)]),
            series("b", &[(3.0, 7.0), (2.0, -4.0), (1.0, f64::NAN)]),
        ];
        let (xs, bands, negatives) = align(&input);
        assert_eq!(xs, vec![1.0, 2.0, 3.0]);
        assert_eq!(bands[0].values, vec![2.0, 5.0, 0.0]);
        assert_eq!(bands[1].values, vec![0.0, 0.0, 7.0]);
        assert_eq!(negatives, 1);
    }

    #[test]
    fn bands_stack_from_zero_and_percent_sums_to_100() {
        let bands = [band("a", &[1.0, 2.0, 0.0]), band("b", &[3.0, 2.0, 0.0])];
        let edges = stack(&bands, false);
        assert_eq!(edges, vec![vec![0.0; 3], vec![1.0, 2.0, 0.0], vec![4.0, 4.0, 0.0]]);
        let edges = stack(&bands, true);
        assert_eq!(edges[1], vec![25.0, 50.0, 0.0]);
        assert_eq!(edges[2], vec![100.0, 100.0, 0.0], "a zero total stays 0");
    }

    #[test]
    fn the_smallest_groups_are_lumped_into_other_on_top() {
        let bands = vec![
            band("s", &[1.0]),
            band("Other", &[0.5]),
            band("l", &[9.0]),
            band("m", &[5.0]),
            band("xs", &[0.1]),
        ];
        let (out, lumped) = lump(bands, 3);
        let names: Vec<&str> = out.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, vec!["l", "m", "Other"]);
        assert!(lumped);
        assert!((out[2].values[0] - 1.6).abs() < 1e-12);
    }

    #[test]
    fn few_groups_are_only_sorted_and_other_goes_on_top() {
        let (out, lumped) = lump(vec![band("a", &[1.0]), band("b", &[2.0])], 8);
        assert_eq!(out.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), vec!["b", "a"]);
        assert!(!lumped);
        let (out, lumped) = lump(vec![band("Other", &[9.0]), band("a", &[1.0]), band("b", &[2.0])], 8);
        assert_eq!(
            out.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
            vec!["b", "a", "Other"]
        );
        assert!(lumped);
    }

    #[test]
    fn top_lumps_the_smaller_groups_into_other() {
        let series: Vec<Series> = (0..4)
            .map(|k| Series {
                name: format!("g{k}"),
                points: (0..12)
                    .map(|i| (f64::from(i), f64::from(k + 1) * (1.0 + f64::from(i % 3))))
                    .collect(),
            })
            .collect();
        let input = Input {
            series,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Stacked, &Theme::light()).expect("draws");
            })
        };
        let two = Input {
            top: Some(2),
            ..input.clone()
        };
        let all = Input {
            top: Some(4),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&two));
        assert_eq!(draw_it(&input), draw_it(&all));
    }
}
