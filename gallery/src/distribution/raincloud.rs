//! # Raincloud
//!
//! A raincloud plot stacks three views of each group's values on one
//! line: a half violin (the cloud: a kernel density estimate of the
//! shape), a narrow boxplot (median, quartiles, whiskers at 1.5 IQR) and
//! the raw observations as jittered dots (the rain). Shape, summary and
//! data at once, each where the others leave room (Allen et al., 2019).
//!
//! The `bandwidth` parameter (`Input::bandwidth_scale`) multiplies the
//! clouds' bandwidth: above 1 smooths, below 1 shows detail (and noise).
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
    /// Multiplies each cloud's bandwidth (Silverman's rule): above 1
    /// smooths more, below 1 shows more detail. `None` keeps the rule.
    pub bandwidth_scale: Option<f64>,
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
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Horizontal => "horizontal",
            Variant::Vertical => "vertical",
        }
    }
}

/// How far the tallest cloud reaches from its group's line, in slots.
const CLOUD_HEIGHT: f64 = 0.45;
/// The centre of the box, below (left of) the group's line, in slots.
const BOX_CENTRE: f64 = 0.1;
/// Half the thickness of the box on paper, in slots (at least 3 pixels).
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
    let bandwidth = input
        .bandwidth_scale
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(1.0);
    let clouds: Vec<Option<Cloud>> = groups.iter().map(|g| Cloud::of(&g.1, bandwidth)).collect();
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
    // Charts think in (position across the slot, value); the horizontal
    // form turns "up the slot" into "up the y axis".
    let at = |pos: f64, value: f64| if horizontal { (value, pos) } else { (pos, value) };
    // The cloud grows up (left when upright); the box and rain sit below
    // (right): away from the cloud is down (right) in pixels, which is
    // down the slots when lying down and up them when upright.
    let side = if horizontal { 1.0 } else { -1.0 };
    // Pixel rows (columns) across a group's line, and the terminal's cells
    // along them: 16 pixels tall, 8 wide.
    let across_px = |p: (i32, i32)| if horizontal { p.1 } else { p.0 };
    let cell = if horizontal { 16 } else { 8 };

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
            // A terminal's fill has crisp edges already; a stroke there
            // would be a data mark along the baseline, over the box.
            if !in_cells {
                plot.draw(&PathElement::new(
                    path,
                    ShapeStyle::from(&color).stroke_width((theme.line_width / 2).max(1)),
                ))?;
            }
        }
        let line = across_px(plot.map_coordinate(&at(pos, lo)));
        let lanes = Lanes::new(line, slot_px, in_cells.then_some(cell));
        // A pixel `p` away from the line, as a position across the slot.
        let slot_at = |p: f64| pos - side * (p - f64::from(line)) / slot_px.max(f64::MIN_POSITIVE);
        let drop = color.mix(0.7).filled();
        let radius = (theme.point_radius * 3 / 4).max(1);
        for (k, j) in rain_indices(values.len()).iter().enumerate() {
            let Some(v) = values.get(*j) else { continue };
            let t = stats::jitter(i, k) + 0.5;
            let p = lanes.rain.0 + (lanes.rain.1 - lanes.rain.0) * t;
            plot.draw(&Circle::new(at(slot_at(p), *v), radius, drop))?;
        }
        if let Some(f) = stats::five_number(values) {
            draw_box(&plot, theme, &f, (pos, lanes.boxed), (horizontal, in_cells))?;
        }
    }
    Ok(())
}

/// Where the box and the rain of one group go, in pixels across its line,
/// counted away from the cloud.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Lanes {
    /// The box's first and last pixel.
    boxed: (i32, i32),
    /// The band the rain falls in.
    rain: (f64, f64),
}

impl Lanes {
    /// The lanes beside a group's line at pixel `line`, in slots
    /// `slot_px` wide. In a terminal (`cell`: the cell's size across the
    /// line) a fill shows only where it covers whole blocks and a dot
    /// takes its whole cell: the box covers two whole half-cell blocks
    /// from the first cell edge past the line, and the rain starts in the
    /// next free cell.
    fn new(line: i32, slot_px: f64, cell: Option<i32>) -> Self {
        let at = |slots: f64| f64::from(line) + slots * slot_px;
        let rain_end = at(RAIN_BAND.1);
        if let Some(cell) = cell {
            let cell = cell.max(1);
            // The first cell edge past the line: the box shares no cell
            // with the cloud (lying down, it fills one cell row).
            let start = line.div_euclid(cell) * cell + if line.rem_euclid(cell) == 0 { 0 } else { cell };
            let boxed = (start, start + 2 * BLOCK - 1);
            let free = (boxed.1 + 1 + cell - 1).div_euclid(cell) * cell;
            let rain_start = f64::from(free) + 1.0;
            return Lanes {
                boxed,
                rain: (rain_start, rain_end.max(rain_start)),
            };
        }
        let half = (BOX_HALF * slot_px).max(3.0).min(BOX_CENTRE * slot_px);
        let centre = at(BOX_CENTRE);
        Lanes {
            boxed: ((centre - half).round() as i32, (centre + half).round() as i32),
            rain: (at(RAIN_BAND.0), rain_end),
        }
    }
}

/// The half-cell block of a terminal, in pixels (a cell is 8x16).
const BLOCK: i32 = 8;

/// The whole block holding pixel `m`, as (first, last) pixel: where the
/// median's gap goes in a terminal, or it would vanish.
fn snap_along(m: i32) -> (i32, i32) {
    let start = m.div_euclid(BLOCK) * BLOCK;
    (start, start + BLOCK - 1)
}

/// A narrow box across pixels `boxed` of the group at `pos`: whiskers out
/// from its ends, the quartile box in the text colour and the median as a
/// gap in the background colour.
fn draw_box<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    theme: &Theme,
    f: &stats::FiveNumber,
    (pos, boxed): (f64, (i32, i32)),
    (horizontal, in_cells): (bool, bool),
) -> DrawResult<(), DB> {
    let at = |value: f64| if horizontal { (value, pos) } else { (pos, value) };
    // Along the line is x when lying down, y when upright.
    let along = |value: f64| {
        let p = plot.map_coordinate(&at(value));
        if horizontal {
            p.0
        } else {
            p.1
        }
    };
    let base = plot.get_base_pixel();
    let local = |across: i32, along: i32| {
        if horizontal {
            (along - base.0, across - base.1)
        } else {
            (across - base.0, along - base.1)
        }
    };
    let canvas = plot.strip_coord_spec();
    let ink = theme.text;
    let mid = i32::midpoint(boxed.0, boxed.1);
    let whisker = ShapeStyle::from(&ink).stroke_width((theme.line_width / 2).max(1));
    // Whiskers stop at the box: in a terminal a line through it would win
    // its cells from the fill.
    for (from, to) in [(f.low_whisker, f.q1), (f.q3, f.high_whisker)] {
        canvas.draw(&PathElement::new(
            vec![local(mid, along(from)), local(mid, along(to))],
            whisker,
        ))?;
    }
    let (q1, q3) = (along(f.q1), along(f.q3));
    canvas.draw(&Rectangle::new(
        [local(boxed.0, q1.min(q3)), local(boxed.1, q1.max(q3))],
        ink.filled(),
    ))?;
    let m = along(f.median);
    let gap = if in_cells { snap_along(m) } else { (m - 1, m + 1) };
    canvas.draw(&Rectangle::new(
        [local(boxed.0, gap.0), local(boxed.1, gap.1)],
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
    /// The cloud of ascending `sorted` values, Silverman's bandwidth times
    /// `scale`; `None` for fewer than two distinct values, which have no
    /// shape to estimate.
    fn of(sorted: &[f64], scale: f64) -> Option<Self> {
        let (lo, hi) = (sorted.first()?, sorted.last()?);
        if hi <= lo || !(hi - lo).is_finite() {
            return None;
        }
        let at = stats::linspace(*lo, *hi, SAMPLES);
        let density = stats::kde(sorted, stats::silverman_bandwidth(sorted) * scale, &at);
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
        assert_eq!(Cloud::of(&[], 1.0), None);
        assert_eq!(Cloud::of(&[2.0, 2.0], 1.0), None);
        assert_eq!(Cloud::of(&[-f64::MAX, f64::MAX], 1.0), None);
        let cloud = Cloud::of(&[1.0, 2.0, 2.5, 9.0], 1.0).expect("a cloud");
        assert_eq!(cloud.at.first().copied(), Some(1.0));
        assert_eq!(cloud.at.last().copied(), Some(9.0));
        assert!(cloud.peak() > 0.0);
    }

    #[test]
    fn a_wider_bandwidth_flattens_the_cloud() {
        let values = [1.0, 1.2, 1.4, 5.0, 5.1, 5.3, 9.0];
        let narrow = Cloud::of(&values, 0.5).expect("a cloud");
        let wide = Cloud::of(&values, 3.0).expect("a cloud");
        assert!(narrow.peak() > wide.peak(), "{} vs {}", narrow.peak(), wide.peak());
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
    fn terminal_lanes_keep_box_and_rain_in_cells_of_their_own() {
        // Lying down: cells 16 pixels tall. A line at pixel 100 puts the
        // box on the cell row from 112 (the next cell edge), and the rain
        // from the next cell row, 128, down to 0.46 slot.
        let lanes = Lanes::new(100, 80.0, Some(16));
        assert_eq!(lanes.boxed, (112, 127));
        assert_eq!(lanes.rain, (129.0, 100.0 + 0.46 * 80.0));
        // On a cell edge the box starts right there.
        assert_eq!(Lanes::new(96, 80.0, Some(16)).boxed, (96, 111));
        assert_eq!(Lanes::new(-3, 80.0, Some(16)).boxed, (0, 15));
        // Upright: cells 8 wide; the rain starts in the column after the box.
        let upright = Lanes::new(100, 80.0, Some(8));
        assert_eq!(upright.boxed, (104, 119));
        assert_eq!(upright.rain.0, 121.0);
        // A slot too narrow for the band still gets a (one-row) band.
        let tiny = Lanes::new(0, 10.0, Some(16));
        assert!(tiny.rain.1 >= tiny.rain.0);
    }

    #[test]
    fn paper_lanes_follow_the_slot() {
        let lanes = Lanes::new(0, 200.0, None);
        assert_eq!(lanes.boxed, (10, 30), "0.1 slot down, 0.05 each way");
        assert_eq!(lanes.rain, (40.0, 92.0));
        // At least 3 pixels each way, never past the line.
        assert_eq!(Lanes::new(0, 40.0, None).boxed, (1, 7));
        assert_eq!(Lanes::new(0, 20.0, None).boxed, (0, 4));
    }

    #[test]
    fn the_median_gap_is_a_whole_block_in_a_terminal() {
        assert_eq!(snap_along(13), (8, 15));
        assert_eq!(snap_along(16), (16, 23));
        assert_eq!(snap_along(-1), (-8, -1));
    }

    #[test]
    fn the_rain_falls_clear_of_the_box_and_cloud() {
        const { assert!(RAIN_BAND.0 > BOX_CENTRE + BOX_HALF) };
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
                bandwidth_scale: None,
                title: "t".into(),
                group_title: "g".into(),
                value_title: "v".into(),
                groups,
            });
        }
    }
}
