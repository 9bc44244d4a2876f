//! # Raincloud
//!
//! A raincloud plot stacks three views of each group's values on one
//! line: a half violin (the cloud: a kernel density estimate of the
//! shape), a narrow boxplot (median, quartiles, whiskers at 1.5 IQR) and
//! the raw observations as jittered dots (the rain). Shape, summary and
//! data at once, each where the others leave room (Allen et al., 2019).
//!
//! ## When to use
//! One numeric variable split by a few groups (two to about six), with
//! tens to a few thousand observations each, when a reader should see the
//! shape of each distribution and trust it, because the points it was
//! made from are right under it.
//!
//! ## Caveat
//! The cloud is a density estimate: its bandwidth (Silverman's rule here)
//! shapes it as much as the data, and over a handful of points it invents
//! a smooth shape; the rain shows when that happens. The sideways spread
//! of the rain is random jitter (the same every time) and means nothing.
//! Past 1,000 values a group's rain is a fixed random sample (a footnote
//! says so); the cloud and box still use every value.
//!
//! ## Variants
//! - `horizontal`: the published form: groups one under another, values
//!   along the x axis, the cloud above each group's line and the rain
//!   falling below it.
//! - `vertical`: the same turned upright: groups side by side, values up
//!   the y axis, the cloud to the left of each group's line and the rain
//!   to its right.
//!
//! ## Related
//! violin, boxplot, strip, beeswarm, density
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

/// The data of a raincloud plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the groups are, e.g. "Species"; may be empty.
    pub group_title: String,
    /// The variable and its unit, e.g. "Body mass (g)".
    pub value_title: String,
    /// The groups, one raincloud each, first at the top (or left).
    pub groups: Vec<Group>,
}

/// The ways to draw a raincloud plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `horizontal`: The published form: groups one under another, values along the x axis, the
    /// cloud above each group's line and the rain falling below it.
    Horizontal,
    /// `vertical`: The same turned upright: groups side by side, values up the y axis, the cloud to
    /// the left of each group's line and the rain to its right.
    Vertical,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Horizontal, Variant::Vertical];

    /// The variant's id, as `rgg show --variant` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Horizontal => "horizontal",
            Variant::Vertical => "vertical",
        }
    }
}

/// How far the tallest cloud reaches from its group's line, in slots.
const CLOUD_HEIGHT: f64 = 0.5;
/// The centre of the box, below (left of) the group's line, in slots.
const BOX_CENTRE: f64 = 0.1;
/// Half the thickness of the box, in slots (at least half a terminal cell).
const BOX_HALF: f64 = 0.05;
/// The band the rain falls in, below (left of) the line, in slots.
const RAIN_BAND: (f64, f64) = (0.2, 0.46);
/// Points at which each cloud is evaluated.
const SAMPLES: usize = 120;
/// At most this many raindrops per group (a fixed sample beyond).
const MAX_RAIN: usize = 1_000;

/// Draws `input` as a raincloud plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let groups: Vec<(String, Vec<f64>)> = input
        .groups
        .iter()
        .map(|g| (g.name.clone(), stats::sorted_finite(&g.values)))
        .collect();
    let Some((lo, hi)) = stats::extent(groups.iter().flat_map(|g| g.1.iter().copied())) else {
        return axes::draw_empty(area, theme, &input.title, "No numeric values to draw");
    };
    let horizontal = variant == Variant::Horizontal;
    let n = groups.len();
    let clouds: Vec<Option<Cloud>> = groups.iter().map(|g| Cloud::of(&g.1)).collect();
    let peak = clouds.iter().flatten().map(Cloud::peak).fold(0.0f64, f64::max);

    let mut names: Vec<String> = groups.iter().map(|(name, v)| group_label(name, v.len())).collect();
    if horizontal {
        names.reverse();
    }
    let groups_axis = Axis::categories(&input.group_title, names);
    let values_axis = Axis::linear(&input.value_title, lo, hi).padded(0.02).nice();
    let (x, y) = if horizontal {
        (&values_axis, &groups_axis)
    } else {
        (&groups_axis, &values_axis)
    };
    let sampled = groups.iter().filter(|g| g.1.len() > MAX_RAIN).count();
    let note = if sampled > 0 {
        format!(
            "Groups over {} values rain a random {} of them.",
            scale::format_count(MAX_RAIN),
            scale::format_count(MAX_RAIN)
        )
    } else {
        String::new()
    };
    let chart = axes::draw_footnote(area, theme, &note)?;
    let in_cells = axes::text_in_cells(area, theme)?;
    let plot = Frame::new(&input.title, x, y).draw(&chart, theme)?;
    let (pw, ph) = axes::dims(&plot);
    let slot_px = f64::from(if horizontal { ph } else { pw }) / n.max(1) as f64;
    let sizes = Sizes::for_slot(slot_px, in_cells);
    // Charts think in (position across the slot, value); the horizontal
    // form turns "up the slot" into "up the y axis".
    let at = |pos: f64, value: f64| if horizontal { (value, pos) } else { (pos, value) };
    // The cloud grows up (left when upright); the box and rain sit below
    // (right), so the vertical form mirrors the slot offsets.
    let side = if horizontal { 1.0 } else { -1.0 };

    for (i, ((_, values), cloud)) in groups.iter().zip(&clouds).enumerate() {
        let pos = if horizontal { (n - 1 - i) as f64 } else { i as f64 };
        let color = theme.color(i);
        if let (Some(cloud), true) = (cloud, peak > 0.0) {
            let scale = CLOUD_HEIGHT / peak;
            let path: Vec<(f64, f64)> = cloud
                .outline(pos, if horizontal { scale } else { -scale })
                .into_iter()
                .map(|(p, v)| at(p, v))
                .collect();
            plot.draw(&Polygon::new(path.clone(), color.mix(0.8).filled()))?;
            plot.draw(&PathElement::new(
                path,
                ShapeStyle::from(&color).stroke_width((theme.line_width / 2).max(1)),
            ))?;
        }
        let rain = rain_indices(values.len());
        let drop = color.mix(0.7).filled();
        let radius = (theme.point_radius * 3 / 4).max(1);
        for (k, j) in rain.iter().enumerate() {
            let Some(v) = values.get(*j) else { continue };
            let t = stats::jitter(i, k) + 0.5;
            let offset = RAIN_BAND.0 + (RAIN_BAND.1 - RAIN_BAND.0) * t;
            plot.draw(&Circle::new(at(pos - side * offset, *v), radius, drop))?;
        }
        if let Some(f) = stats::five_number(values) {
            draw_box(&plot, theme, &f, (pos - side * BOX_CENTRE, &at), &sizes)?;
        }
    }
    Ok(())
}

/// Box thickness and median gap, in slots and values, for one plot.
struct Sizes {
    /// Half the box's thickness, in slots.
    box_half: f64,
    /// The median's gap across the box, in pixels.
    median_px: i32,
}

impl Sizes {
    /// Sizes for a slot `slot_px` pixels wide: in a terminal at least half
    /// a cell each way, so the box and its median survive the cell grid.
    fn for_slot(slot_px: f64, in_cells: bool) -> Self {
        let (min_half_px, median_px) = if in_cells { (4.0, 8) } else { (3.0, 3) };
        let box_half = if slot_px > 0.0 {
            BOX_HALF.max(min_half_px / slot_px).min(BOX_CENTRE)
        } else {
            BOX_HALF
        };
        Sizes { box_half, median_px }
    }
}

/// A narrow box at `pos`: a whisker line, the quartile box in the text
/// colour and the median as a gap in the background colour.
fn draw_box<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    theme: &Theme,
    f: &stats::FiveNumber,
    (pos, at): (f64, &impl Fn(f64, f64) -> (f64, f64)),
    sizes: &Sizes,
) -> DrawResult<(), DB> {
    let ink = theme.text;
    plot.draw(&PathElement::new(
        vec![at(pos, f.low_whisker), at(pos, f.high_whisker)],
        ShapeStyle::from(&ink).stroke_width((theme.line_width / 2).max(1)),
    ))?;
    let half = sizes.box_half;
    plot.draw(&Rectangle::new(
        [at(pos - half, f.q1), at(pos + half, f.q3)],
        ink.filled(),
    ))?;
    // The median gap is measured in pixels along the value axis.
    let (a, b) = (
        plot.map_coordinate(&at(pos - half, f.median)),
        plot.map_coordinate(&at(pos + half, f.median)),
    );
    let m = sizes.median_px / 2;
    let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
    let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
    let gap = if x0 == x1 {
        [(x0 - m, y0), (x0 + (sizes.median_px - m), y1)]
    } else {
        [(x0, y0 - m), (x1, y0 + (sizes.median_px - m))]
    };
    let base = plot.get_base_pixel();
    let local = |p: (i32, i32)| (p.0 - base.0, p.1 - base.1);
    plot.strip_coord_spec().draw(&Rectangle::new(
        [local(gap[0]), local(gap[1])],
        theme.background.filled(),
    ))
}

/// A half violin: the density at values from a group's smallest to its
/// largest observation.
#[derive(Clone, Debug, PartialEq)]
struct Cloud {
    at: Vec<f64>,
    density: Vec<f64>,
}

impl Cloud {
    /// The cloud of ascending `sorted` values; `None` for fewer than two
    /// distinct values, which have no shape to estimate.
    fn of(sorted: &[f64]) -> Option<Self> {
        let (lo, hi) = (sorted.first()?, sorted.last()?);
        if hi <= lo || !(hi - lo).is_finite() {
            return None;
        }
        let at = stats::linspace(*lo, *hi, SAMPLES);
        let density = stats::kde(sorted, stats::silverman_bandwidth(sorted), &at);
        density.iter().all(|d| d.is_finite()).then_some(Cloud { at, density })
    }

    fn peak(&self) -> f64 {
        self.density.iter().copied().fold(0.0, f64::max)
    }

    /// The closed outline from the group's line at `pos` out to the
    /// density times `scale` (negative grows the other way), as
    /// (position, value) pairs.
    fn outline(&self, pos: f64, scale: f64) -> Vec<(f64, f64)> {
        let mut path = Vec::with_capacity(self.at.len() + 3);
        if let Some(first) = self.at.first() {
            path.push((pos, *first));
        }
        path.extend(self.at.iter().zip(&self.density).map(|(v, d)| (pos + d * scale, *v)));
        if let Some(last) = self.at.last() {
            path.push((pos, *last));
        }
        if let Some(first) = path.first().copied() {
            path.push(first);
        }
        path
    }
}

/// Which of `n` values rain: all of them, or a fixed sample of [`MAX_RAIN`].
fn rain_indices(n: usize) -> Vec<usize> {
    stats::sample_indices(n, MAX_RAIN)
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
    fn a_cloud_needs_two_distinct_values_and_stops_at_the_data() {
        assert_eq!(Cloud::of(&[]), None);
        assert_eq!(Cloud::of(&[2.0, 2.0]), None);
        assert_eq!(Cloud::of(&[-f64::MAX, f64::MAX]), None);
        let cloud = Cloud::of(&[1.0, 2.0, 2.5, 9.0]).expect("a cloud");
        assert_eq!(cloud.at.first().copied(), Some(1.0));
        assert_eq!(cloud.at.last().copied(), Some(9.0));
        assert!(cloud.peak() > 0.0);
    }

    #[test]
    fn the_cloud_grows_one_way_from_its_line_and_closes() {
        let cloud = Cloud {
            at: vec![0.0, 1.0, 2.0],
            density: vec![0.1, 0.4, 0.2],
        };
        let up = cloud.outline(3.0, 1.0);
        assert_eq!(
            up,
            vec![(3.0, 0.0), (3.1, 0.0), (3.4, 1.0), (3.2, 2.0), (3.0, 2.0), (3.0, 0.0)]
        );
        assert!(cloud.outline(3.0, -1.0).iter().all(|(p, _)| *p <= 3.0));
    }

    #[test]
    fn boxes_keep_half_a_cell_in_a_terminal() {
        // 5 rows of 16 px per slot: 0.05 slot is 4 px, half a half-block.
        let cells = Sizes::for_slot(80.0, true);
        assert!((cells.box_half * 80.0 - 4.0).abs() < 1e-9);
        let tiny = Sizes::for_slot(16.0, true);
        assert!((tiny.box_half - BOX_CENTRE).abs() < 1e-12, "never past the line");
        let paper = Sizes::for_slot(200.0, false);
        assert!((paper.box_half - BOX_HALF).abs() < 1e-12);
        assert_eq!(Sizes::for_slot(0.0, true).box_half, BOX_HALF);
    }

    #[test]
    fn the_rain_falls_clear_of_the_box_and_cloud() {
        assert!(RAIN_BAND.0 > BOX_CENTRE + BOX_HALF);
        assert!(RAIN_BAND.1 < 0.5, "inside the slot");
        assert_eq!(rain_indices(5), vec![0, 1, 2, 3, 4]);
        let sample = rain_indices(5_000);
        assert_eq!(sample.len(), MAX_RAIN);
        assert_eq!(sample, rain_indices(5_000), "the same every time");
    }

    #[test]
    fn labels_carry_n() {
        assert_eq!(group_label("Gentoo", 123), "Gentoo (n=123)");
        assert_eq!(group_label("", 2_000), "All (n=2,000)");
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
            vec![group((0..3000).map(f64::from).collect())],
        ] {
            draws_everywhere(&Input {
                title: "t".into(),
                group_title: "g".into(),
                value_title: "v".into(),
                groups,
            });
        }
    }
}
