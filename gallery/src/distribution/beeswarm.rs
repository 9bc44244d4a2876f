//! # Beeswarm
//!
//! A beeswarm plot draws every observation as a dot at its value, and
//! pushes dots sideways just enough that none overlaps another. Where
//! values are common the swarm grows wide, so its outline shows the shape of
//! the distribution (like a violin), while every single point, outliers and
//! gaps included, stays visible.
//!
//! The `point-size` parameter (`Input::point_scale`) scales the points.
//!
//! ## When to use
//! One numeric variable, alone or split by a categorical one, with tens to
//! a few hundred observations per group, when each point matters.
//!
//! ## Caveat
//! Only for small n: with thousands of points the swarm grows wider than its
//! slot and the dots must shrink or overlap (here they shrink, and as a last
//! resort the swarm is squeezed, and a footnote says so). Beyond 2,000
//! points in all, a fixed random sample of each group is drawn (the same
//! every time), and the footnote says how many. Beyond a few hundred
//! points per group use a violin or a boxplot. The sideways offset means
//! nothing: only the value axis carries data.
//!
//! ## Variants
//! - `groups`: one swarm per group, side by side, each in its
//!   colour, named on the category axis.
//! - `basic`: all values in one swarm lying along the x axis, one colour.
//!
//! ## Related
//! boxplot, violin, histogram, density, ridgeline
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
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

/// The data of a beeswarm plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the groups are, e.g. "Species"; may be empty.
    pub x_title: String,
    /// The variable and its unit, e.g. "Body mass (g)".
    pub y_title: String,
    /// The groups, one swarm each, in axis order.
    pub groups: Vec<Group>,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a beeswarm plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `groups`: One swarm per group, side by side, each in its colour, named on the category axis.
    Groups,
    /// `basic`: All values in one swarm lying along the x axis, one colour.
    Basic,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Groups, Variant::Basic];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Groups => "groups",
        }
    }
}

/// A swarm may spread over this share of its category slot.
const SLOT_SHARE: f64 = 0.9;

/// Draws `input` as a beeswarm plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let sized = theme.with_point_scale(input.point_scale);
    let theme: &Theme = &sized;
    let swarms: Vec<(String, Vec<f64>)> = match variant {
        Variant::Basic => {
            let all: Vec<f64> = input.groups.iter().flat_map(|g| g.values.iter().copied()).collect();
            vec![(String::new(), stats::sorted_finite(&all))]
        }
        Variant::Groups => input
            .groups
            .iter()
            .map(|g| (g.name.clone(), stats::sorted_finite(&g.values)))
            .collect(),
    };
    let Some((lo, hi)) = stats::extent(swarms.iter().flat_map(|s| s.1.iter().copied())) else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to draw");
    };
    // One swarm lies down along the (wide) x axis; several stand side by side.
    let lying = variant == Variant::Basic;
    let count: usize = swarms.iter().map(|s| s.1.len()).sum();
    let values_axis = Axis::linear(&input.y_title, lo, hi).padded(0.02).nice();
    // The lone swarm's label carries n, as the groups' labels do.
    let groups_axis = if lying {
        Axis::categories("", vec![group_label("", count)])
    } else {
        let names = swarms.iter().map(|(name, v)| group_label(name, v.len())).collect();
        Axis::categories(&input.x_title, names)
    };
    // Past MAX_POINTS a swarm is unreadable and its packing slow: draw a
    // fixed random sample of each group, and say so.
    let (swarms, sample_note) = sample(swarms, count);
    let (x, y) = if lying {
        (values_axis, groups_axis)
    } else {
        (groups_axis, values_axis)
    };

    // The packing is in pixels, so it needs the plot's size, which the frame decides.
    let chart = axes::draw_footnote(area, theme, &sample_note)?;
    let plot = Frame::new(&input.title, &x, &y).draw(&chart, theme)?;
    let (pw, ph) = axes::dims(&plot);
    if pw < 2 || ph < 2 {
        return Ok(());
    }
    let values = if lying { &x } else { &y };
    let (along, across) = if lying { (pw, ph) } else { (ph, pw) };
    let px_per_value = f64::from(along) / (values.max - values.min);
    let room = f64::from(across) / swarms.len().max(1) as f64 * SLOT_SHARE / 2.0;
    let at: Vec<Vec<f64>> = swarms
        .iter()
        .map(|(_, v)| v.iter().map(|v| (v - values.min) * px_per_value).collect())
        .collect();
    // A character's width apart: in a terminal that is two braille dots,
    // so neighbouring points stay separate dots instead of merging.
    let (char_w, _) = axes::text_size(area, "0", &theme.label_style())?;
    let (radius, offsets, squeezed) = fit(&at, f64::from(theme.point_radius), f64::from(char_w), room);
    // Slots are one unit wide on the category axis.
    let units_per_px = swarms.len().max(1) as f64 / f64::from(across.max(1));
    let layout = Layout {
        radius,
        units_per_px,
        lying,
        one_color: variant == Variant::Basic,
    };
    if squeezed {
        // Start over on a clean canvas, with a footnote that points now
        // overlap (the line it takes barely changes the packing's scale).
        area.fill(&theme.background)?;
        let note = [sample_note.as_str(), SQUEEZED_NOTE].join(" ").trim().to_string();
        let chart = axes::draw_footnote(area, theme, &note)?;
        let plot = Frame::new(&input.title, &x, &y).draw(&chart, theme)?;
        return draw_points(&plot, &swarms, &offsets, &layout, theme);
    }
    draw_points(&plot, &swarms, &offsets, &layout, theme)
}

/// How packed offsets turn into points on the plot.
struct Layout {
    radius: i32,
    /// Category-axis units per pixel of offset.
    units_per_px: f64,
    /// Values along x, offsets along y.
    lying: bool,
    one_color: bool,
}

fn draw_points<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    swarms: &[(String, Vec<f64>)],
    offsets: &[Vec<f64>],
    layout: &Layout,
    theme: &Theme,
) -> DrawResult<(), DB> {
    for (i, ((_, values), offsets)) in swarms.iter().zip(offsets).enumerate() {
        let color = theme.color(if layout.one_color { 0 } else { i });
        let style = color.mix(0.9).filled();
        for (v, dx) in values.iter().zip(offsets) {
            let pos = i as f64 + dx * layout.units_per_px;
            let at = if layout.lying { (*v, pos) } else { (pos, *v) };
            plot.draw(&Circle::new(at, layout.radius, style))?;
        }
    }
    Ok(())
}

/// The most points a swarm draws; beyond, a fixed random sample of them
/// (every group keeps its share, and at least one point).
pub const MAX_POINTS: usize = 2000;

/// The swarms cut to about [`MAX_POINTS`] points in all, and the footnote
/// that says so ("" when every point is drawn).
fn sample(swarms: Vec<(String, Vec<f64>)>, count: usize) -> (Vec<(String, Vec<f64>)>, String) {
    if count <= MAX_POINTS {
        return (swarms, String::new());
    }
    let sampled: Vec<(String, Vec<f64>)> = swarms
        .into_iter()
        .map(|(name, values)| {
            let keep = (values.len() * MAX_POINTS).div_ceil(count).min(values.len());
            let kept = stats::sample_indices(values.len(), keep)
                .into_iter()
                .filter_map(|i| values.get(i).copied())
                .collect();
            (name, kept)
        })
        .collect();
    let shown: usize = sampled.iter().map(|s| s.1.len()).sum();
    let note = format!(
        "Showing a random {} of {} points.",
        scale::format_count(shown),
        scale::format_count(count)
    );
    (sampled, note)
}

/// The footnote of a swarm squeezed to fit.
const SQUEEZED_NOTE: &str = "Too many points for a swarm: some overlap.";

/// Packs every swarm with the largest point radius (at most `radius`) whose
/// widest swarm fits `room` pixels either side of its centre. Points sit at
/// least `spacing` pixels apart at full size (less in proportion when they
/// shrink), and always a pixel more than their diameter. Returns the
/// radius, the offsets, and whether the swarms had to be squeezed (points
/// overlap) because even one-pixel points did not fit.
fn fit(swarms: &[Vec<f64>], radius: f64, spacing: f64, room: f64) -> (i32, Vec<Vec<f64>>, bool) {
    let full = radius.max(1.0).round();
    let mut r = full;
    loop {
        let diameter = (2.0 * r + 1.0).max(spacing * r / full);
        // A larger radius is given up as soon as one point leaves the room.
        let limit = if r <= 1.0 { f64::INFINITY } else { room };
        let offsets: Option<Vec<Vec<f64>>> = swarms.iter().map(|s| swarm_within(s, diameter, limit)).collect();
        if let Some(offsets) = offsets {
            let widest = offsets.iter().flatten().fold(0.0f64, |m, o| m.max(o.abs()));
            if widest <= room {
                return (r as i32, offsets, false);
            }
            if r <= 1.0 {
                let shrink = if widest > 0.0 { room.max(0.0) / widest } else { 1.0 };
                let squeezed = offsets
                    .into_iter()
                    .map(|s| s.into_iter().map(|o| o * shrink).collect())
                    .collect();
                return (1, squeezed, true);
            }
        }
        r -= 1.0;
    }
}

/// Sideways offsets for points at positions `at` (any order, same unit as
/// `diameter`) so that no two points `diameter` wide overlap. Points are
/// placed in order of position, each at the free offset nearest the centre
/// line (ties go right first, so the swarm stays balanced). Deterministic.
pub fn swarm(at: &[f64], diameter: f64) -> Vec<f64> {
    swarm_within(at, diameter, f64::INFINITY).unwrap_or_default()
}

/// [`swarm`], or `None` as soon as an offset would pass `limit` either side.
///
/// Each placed point within a diameter of the new one rules out an open
/// interval of offsets; the candidates (the centre line and the ends of
/// those intervals) are tried nearest the centre first, each checked by a
/// binary search in the merged intervals: O(k log k) for k neighbours,
/// where trying every candidate against every neighbour was O(k^2).
fn swarm_within(at: &[f64], diameter: f64, limit: f64) -> Option<Vec<f64>> {
    let d = if diameter.is_finite() && diameter > 0.0 {
        diameter
    } else {
        1.0
    };
    let mut order: Vec<usize> = (0..at.len()).collect();
    order.sort_by(|a, b| at[*a].total_cmp(&at[*b]));
    let mut offsets = vec![0.0; at.len()];
    // (position, offset) of placed points, in increasing position.
    let mut placed: Vec<(f64, f64)> = Vec::with_capacity(at.len());
    let mut blocked: Vec<(f64, f64)> = Vec::new();
    let mut candidates: Vec<f64> = Vec::new();
    for i in order {
        let y = at[i];
        if !y.is_finite() {
            continue;
        }
        blocked.clear();
        candidates.clear();
        candidates.push(0.0);
        for (py, px) in placed.iter().rev().take_while(|(py, _)| y - py < d) {
            let dy = y - py;
            let dx = (d * d - dy * dy).max(0.0).sqrt();
            candidates.push(px + dx);
            candidates.push(px - dx);
            // Offsets closer than this to px overlap (a hair of tolerance,
            // so that touching points are allowed).
            let reach = (d * d * (1.0 - 1e-9) - dy * dy).max(0.0).sqrt();
            if reach > 0.0 {
                blocked.push((px - reach, px + reach));
            }
        }
        blocked.sort_by(|a, b| a.0.total_cmp(&b.0));
        let merged = merge_open(&blocked);
        candidates.sort_by(|a: &f64, b: &f64| a.abs().total_cmp(&b.abs()).then(b.total_cmp(a)));
        let x = candidates
            .iter()
            .find(|x| is_free(&merged, **x))
            .copied()
            .unwrap_or(0.0);
        if x.abs() > limit {
            return None;
        }
        offsets[i] = x;
        placed.push((y, x));
    }
    Some(offsets)
}

/// Open intervals sorted by start, merged where they overlap (intervals
/// that only touch stay apart: their common end is free).
fn merge_open(sorted: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut merged: Vec<(f64, f64)> = Vec::with_capacity(sorted.len());
    for &(a, b) in sorted {
        match merged.last_mut() {
            Some(last) if a < last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// True when `x` is inside none of the merged open intervals.
fn is_free(merged: &[(f64, f64)], x: f64) -> bool {
    // The last interval starting before x is the only one that can hold it.
    let k = merged.partition_point(|(a, _)| *a < x);
    k == 0 || x >= merged[k - 1].1
}

/// The category label with its number of observations.
fn group_label(name: &str, n: usize) -> String {
    if name.is_empty() {
        format!("All (n={n})")
    } else {
        format!("{name} (n={n})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random values with many ties, like real data.
    fn values(n: usize) -> Vec<f64> {
        let mut state = 12_345u64;
        (0..n)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                ((state >> 33) % 200) as f64 / 2.0
            })
            .collect()
    }

    #[test]
    fn no_two_points_overlap() {
        for (n, d) in [(300, 5.0), (50, 11.0), (500, 1.5)] {
            let ys = values(n);
            let xs = swarm(&ys, d);
            for a in 0..n {
                for b in (a + 1)..n {
                    let dist = ((xs[a] - xs[b]).powi(2) + (ys[a] - ys[b]).powi(2)).sqrt();
                    assert!(dist >= d - 1e-6, "points {a} and {b} overlap: {dist} < {d}");
                }
            }
        }
    }

    /// The first version: every candidate checked against every neighbour.
    fn swarm_by_direct_check(at: &[f64], d: f64) -> Vec<f64> {
        let mut order: Vec<usize> = (0..at.len()).collect();
        order.sort_by(|a, b| at[*a].total_cmp(&at[*b]));
        let mut offsets = vec![0.0; at.len()];
        let mut placed: Vec<(f64, f64)> = Vec::new();
        for i in order {
            let y = at[i];
            let near: Vec<(f64, f64)> = placed
                .iter()
                .rev()
                .take_while(|(py, _)| y - py < d)
                .map(|(py, px)| (y - py, *px))
                .collect();
            let mut candidates = vec![0.0];
            for (dy, px) in &near {
                let dx = (d * d - dy * dy).max(0.0).sqrt();
                candidates.push(px + dx);
                candidates.push(px - dx);
            }
            candidates.sort_by(|a: &f64, b: &f64| a.abs().total_cmp(&b.abs()).then(b.total_cmp(a)));
            let free = |x: &&f64| {
                near.iter()
                    .all(|(dy, px)| (*x - px).powi(2) + dy * dy >= d * d * (1.0 - 1e-9))
            };
            let x = candidates.iter().find(free).copied().unwrap_or(0.0);
            offsets[i] = x;
            placed.push((y, x));
        }
        offsets
    }

    #[test]
    fn the_fast_packing_places_points_as_the_direct_check_did() {
        for (n, d) in [(300, 5.0), (50, 11.0), (500, 1.5), (400, 40.0)] {
            let ys = values(n);
            let fast = swarm(&ys, d);
            let direct = swarm_by_direct_check(&ys, d);
            let worst = fast.iter().zip(&direct).fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
            assert!(worst < 1e-6, "n={n} d={d}: off by {worst}");
        }
        let ties = vec![3.0; 200];
        assert_eq!(swarm(&ties, 2.0), swarm_by_direct_check(&ties, 2.0));
    }

    #[test]
    fn lone_points_stay_on_the_centre_line() {
        assert_eq!(swarm(&[0.0, 10.0, 20.0], 5.0), vec![0.0, 0.0, 0.0]);
        // Ties line up side by side, alternating around the centre.
        assert_eq!(swarm(&[1.0, 1.0, 1.0], 2.0), vec![0.0, 2.0, -2.0]);
        assert!(swarm(&[], 5.0).is_empty());
        assert_eq!(swarm(&[f64::NAN, 1.0], 5.0), vec![0.0, 0.0]);
    }

    #[test]
    fn the_swarm_is_deterministic_and_balanced() {
        let ys = values(200);
        let a = swarm(&ys, 5.0);
        assert_eq!(a, swarm(&ys, 5.0));
        let right = a.iter().filter(|x| **x > 0.0).count();
        let left = a.iter().filter(|x| **x < 0.0).count();
        assert!(right.abs_diff(left) <= 20, "{left} left vs {right} right");
    }

    #[test]
    fn crowded_swarms_shrink_their_points_then_squeeze() {
        let ys: Vec<f64> = vec![0.0; 10];
        let (r, offsets, squeezed) = fit(std::slice::from_ref(&ys), 5.0, 0.0, 100.0);
        assert_eq!((r, squeezed), (5, false));
        assert!(offsets[0].iter().all(|o| o.abs() <= 100.0));
        let (r, _, squeezed) = fit(std::slice::from_ref(&ys), 5.0, 0.0, 20.0);
        assert!(r < 5 && !squeezed);
        let (r, offsets, squeezed) = fit(&[ys], 5.0, 0.0, 2.0);
        assert!(r == 1 && squeezed);
        assert!(offsets[0].iter().all(|o| o.abs() <= 2.0 + 1e-9));
    }

    #[test]
    fn big_inputs_are_sampled_with_a_note_and_every_group_kept() {
        let swarms = vec![
            ("a".to_string(), values(1_000_000)),
            ("b".to_string(), vec![1.0]),
            ("c".to_string(), values(500)),
        ];
        let (sampled, note) = sample(swarms, 1_000_501);
        let sizes: Vec<usize> = sampled.iter().map(|s| s.1.len()).collect();
        assert_eq!(sizes, vec![1999, 1, 1]);
        assert_eq!(note, "Showing a random 2,001 of 1,000,501 points.");
        assert_eq!(sample(vec![("a".to_string(), values(10))], 10).1, "");
        // Deterministic: the same sample every time.
        assert_eq!(
            sample(vec![("a".to_string(), values(5000))], 5000).0,
            sample(vec![("a".to_string(), values(5000))], 5000).0
        );
    }

    #[test]
    fn spacing_keeps_small_points_apart() {
        // Two ties, radius 2: 5 pixels apart alone, 8 with a spacing of 8.
        let (_, offsets, _) = fit(&[vec![0.0, 0.0]], 2.0, 0.0, 100.0);
        assert_eq!(offsets[0], vec![0.0, 5.0]);
        let (_, offsets, _) = fit(&[vec![0.0, 0.0]], 2.0, 8.0, 100.0);
        assert_eq!(offsets[0], vec![0.0, 8.0]);
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
                draw(area, input, Variant::Groups, &Theme::light()).expect("draws");
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
