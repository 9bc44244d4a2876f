//! # Connected scatter
//!
//! A connected scatter plot shows how two numeric variables moved together
//! over time: one point per moment, at its value of one variable across and
//! the other up, joined in time order. Where a line chart needs two panels
//! (or two y axes) for two series, this draws their joint path: a country
//! getting richer and healthier walks up and to the right, a crisis makes
//! the path double back.
//!
//! The `point-size` parameter (`Input::point_scale`) scales the points.
//!
//! ## When to use
//! Two numeric variables measured at the same moments (a dozen to a few
//! dozen of them), for one subject or a few, when their joint path is the
//! story: income and health, unemployment and inflation, price and volume.
//!
//! ## Caveat
//! The direction of time must be readable, or the path is a scribble:
//! arrows on the segments show the way (on long segments only, spaced out,
//! so a tight loop does not become a knot of arrowheads), the first and
//! last points carry their labels, and the `labelled` variant names as many
//! points as fit without overlapping. A variable that grows by multiples
//! (income, population) crowds its early years into a corner on a linear
//! axis: the default puts x on a log scale. Points are joined in the order of the rows, so sort
//! the data by time first. With more than two or three paths, or paths that
//! cross themselves many times, use two line charts over a shared time axis.
//!
//! ## Variants
//! - `log-x`: the path on a log10 x axis, with arrows showing the
//!   direction of time, points at every moment, and the first and last
//!   points labelled. Rows with x <= 0 cannot be drawn (a footnote counts
//!   them).
//! - `linear-x`: the same on a linear x axis.
//! - `labelled`: the `log-x` path with every point labelled, thinned so
//!   that no two labels overlap (the first and last are always kept).
//!
//! ## Related
//! scatter, line, bubble
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One path: the points in time order (`x[k]` pairs with `y[k]`) and an
/// optional label per point (e.g. the year; empty for none). An empty name
/// stands for the only path and gets no legend entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Path {
    /// The path's name, in the legend and at its last point.
    pub name: String,
    /// The x value of each step, in order.
    pub x: Vec<f64>,
    /// The y value of each step, `y[k]` with `x[k]`.
    pub y: Vec<f64>,
    /// The label of each step (e.g. its year), `labels[k]` with `x[k]`; may be empty.
    pub labels: Vec<String>,
}

/// The data of a connected scatter plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, e.g. "GDP per capita (US$)".
    pub x_title: String,
    /// The y variable and its unit, e.g. "Life expectancy (years)".
    pub y_title: String,
    /// The paths, one colour each, drawn in the order of their steps.
    pub paths: Vec<Path>,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a connected scatter plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `log-x`: The path on a log10 x axis, with arrows showing the direction of time, points at
    /// every moment, and the first and last points labelled.
    LogX,
    /// `linear-x`: The same on a linear x axis.
    LinearX,
    /// `labelled`: The `log-x` path with every point labelled, thinned so that no two labels
    /// overlap (the first and last are always kept).
    Labelled,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::LogX, Variant::LinearX, Variant::Labelled];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::LogX => "log-x",
            Variant::LinearX => "linear-x",
            Variant::Labelled => "labelled",
        }
    }

    fn log_x(self) -> bool {
        self != Variant::LinearX
    }
}

/// Arrowheads sit at least this many arrowhead lengths apart.
const ARROW_SPACING: f64 = 5.0;

/// A point of a path: its position and label.
#[derive(Clone, Debug, PartialEq)]
struct Stop {
    x: f64,
    y: f64,
    label: String,
}

/// The points of a path where both values are finite, in order; on a log
/// x axis x is log10(x), and rows with x <= 0 are left out.
fn stops(path: &Path, log_x: bool) -> Vec<Stop> {
    path.x
        .iter()
        .zip(&path.y)
        .enumerate()
        .filter(|(_, (x, y))| x.is_finite() && y.is_finite() && (!log_x || **x > 0.0))
        .map(|(i, (x, y))| Stop {
            x: if log_x { x.log10() } else { *x },
            y: *y,
            label: path.labels.get(i).cloned().unwrap_or_default(),
        })
        .collect()
}

/// The footnote for rows a log x axis cannot show ("" when none).
fn log_note(paths: &[Path], log_x: bool) -> String {
    if !log_x {
        return String::new();
    }
    let n: usize = paths
        .iter()
        .map(|p| {
            p.x.iter()
                .zip(&p.y)
                .filter(|(x, y)| y.is_finite() && **x <= 0.0)
                .count()
        })
        .sum();
    match n {
        0 => String::new(),
        1 => String::from("1 point with x <= 0 is not on the log scale."),
        n => format!("{n} points with x <= 0 are not on the log scale."),
    }
}

/// Which segments of a path (by index of their first point) carry an
/// arrowhead: long enough for one (see `arrow_head`), and with its middle
/// at least `spacing` pixels from every arrow chosen before, so loops and
/// short zig-zags keep one arrow instead of a knot of them.
fn arrow_segments(pixels: &[(i32, i32)], size: f64, spacing: f64) -> Vec<usize> {
    let mut chosen: Vec<(usize, (f64, f64))> = Vec::new();
    for (k, pair) in pixels.windows(2).enumerate() {
        if arrow_head(pair[0], pair[1], size).is_none() {
            continue;
        }
        let mid = (
            f64::from(pair[0].0 + pair[1].0) / 2.0,
            f64::from(pair[0].1 + pair[1].1) / 2.0,
        );
        if chosen.iter().all(|(_, m)| (m.0 - mid.0).hypot(m.1 - mid.1) >= spacing) {
            chosen.push((k, mid));
        }
    }
    chosen.into_iter().map(|(k, _)| k).collect()
}

/// Draws `input` as a connected scatter plot in the style of `variant`, filling `area`, with
/// `theme`'s colours, fonts and sizes; input with nothing to draw gets a message instead of a
/// chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let sized = theme.with_point_scale(input.point_scale);
    let theme: &Theme = &sized;
    let log_x = variant.log_x();
    let paths: Vec<Vec<Stop>> = input.paths.iter().map(|p| stops(p, log_x)).collect();
    let all = paths.iter().flatten();
    let (Some((x0, x1)), Some((y0, y1))) = (stats::extent(all.clone().map(|s| s.x)), stats::extent(all.map(|s| s.y)))
    else {
        let why = if log_x {
            "No rows with a positive x and a y value"
        } else {
            "No rows with both an x and a y value"
        };
        return axes::draw_empty(area, theme, &input.title, why);
    };
    let (x, y) = frame_axes(input, log_x, (x0, x1), (y0, y1));
    let legend = legend_of(&input.paths, theme);
    let chart = axes::draw_footnote(area, theme, &log_note(&input.paths, log_x))?;
    let plot = Frame::new(&input.title, &x, &y).legend(&legend).draw(&chart, theme)?;
    let base = area.get_base_pixel();
    let to_px = |s: &Stop| {
        let (px, py) = plot.map_coordinate(&(s.x, s.y));
        (px - base.0, py - base.1)
    };
    let label_style = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label_style)?;

    // Lines and arrows first, points over them.
    for (i, stops) in paths.iter().enumerate() {
        let color = theme.color(i);
        let line = ShapeStyle::from(&color).stroke_width(theme.line_width);
        let pixels: Vec<(i32, i32)> = stops.iter().map(to_px).collect();
        area.draw(&PathElement::new(pixels.clone(), line))?;
        let size = f64::from(char_w) * 1.5;
        for k in arrow_segments(&pixels, size, ARROW_SPACING * size) {
            if let Some(head) = arrow_head(pixels[k], pixels[k + 1], size) {
                area.draw(&Polygon::new(head.to_vec(), color.filled()))?;
            }
        }
    }
    let r = theme.point_radius as i32;
    let mut obstacles: Vec<Rect> = Vec::new();
    let mut segments: Vec<Segment> = Vec::new();
    for stops in &paths {
        let pixels: Vec<(i32, i32)> = stops.iter().map(to_px).collect();
        segments.extend(pixels.windows(2).map(|w| (w[0], w[1])));
    }
    for (i, stops) in paths.iter().enumerate() {
        let color = theme.color(i);
        for (k, p) in stops.iter().map(to_px).enumerate() {
            // The first point is a ring: the path starts here.
            if k == 0 {
                area.draw(&Circle::new(
                    p,
                    r + 1,
                    ShapeStyle::from(&color).stroke_width(theme.line_width),
                ))?;
                area.draw(&Circle::new(p, (r - 1).max(1), theme.background.filled()))?;
            } else {
                area.draw(&Circle::new(p, r, color.filled()))?;
            }
            obstacles.push(Rect::around(p, r + 1));
        }
    }

    // Labels: the first and last of every path, then (labelled) the rest in
    // time order, each where it fits.
    let (px, py) = plot.get_pixel_range();
    let bounds = Rect {
        x0: px.start - base.0,
        y0: py.start - base.1,
        x1: px.end - base.0,
        y1: py.end - base.1,
    };
    // (path, pixel, label, is an end of its path)
    let mut wanted: Vec<(usize, (i32, i32), String, bool)> = Vec::new();
    for (i, stops) in paths.iter().enumerate() {
        let n = stops.len();
        for (k, s) in stops.iter().enumerate() {
            let end = k == 0 || k + 1 == n;
            if !s.label.is_empty() && (end || variant == Variant::Labelled) {
                wanted.push((i, to_px(s), s.label.clone(), end));
            }
        }
    }
    // Ends first, so thinning never drops them for a middle label.
    wanted.sort_by_key(|w| !w.3);
    let mut requests = Vec::with_capacity(wanted.len());
    for (_, p, text, end) in &wanted {
        requests.push(Request {
            at: *p,
            size: axes::text_size(area, text, &label_style)?,
            must: *end,
        });
    }
    let room = Room {
        bounds,
        points: &obstacles,
        segments: &segments,
    };
    let placed = place_labels(&requests, r + char_w / 2, line_h / 4, &room);
    let multi = paths.len() > 1;
    for ((i, _, text, _), spot) in wanted.iter().zip(placed) {
        let Some(rect) = spot else { continue };
        let ink = if multi { theme.color(*i) } else { theme.text };
        let style = label_style.color(&ink).pos(Pos::new(HPos::Left, VPos::Top));
        area.draw(&Text::new(text.clone(), (rect.x0, rect.y0), style))?;
    }
    Ok(())
}

/// One legend entry per named path.
fn legend_of(paths: &[Path], theme: &Theme) -> Vec<LegendEntry> {
    paths
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.name.is_empty())
        .map(|(i, p)| LegendEntry {
            label: p.name.clone(),
            color: theme.color(i),
        })
        .collect()
}

/// The x and y axes around the data's extents (x in log10 space on a log
/// axis).
fn frame_axes(input: &Input, log_x: bool, (x0, x1): (f64, f64), (y0, y1): (f64, f64)) -> (Axis, Axis) {
    let x = if log_x {
        // The range is in log10 space already: 10^ it back for the axis.
        Axis::log10(axes::log_scale_title(&input.x_title), 10f64.powf(x0), 10f64.powf(x1)).padded(0.06)
    } else {
        Axis::linear(&input.x_title, x0, x1).padded(0.06)
    };
    let y = Axis::linear(&input.y_title, y0, y1).padded(0.08);
    (x, y)
}

/// A filled triangle at the middle of the segment `a -> b`, pointing to
/// `b`, `size` pixels long; None when the segment is too short for one.
fn arrow_head(a: (i32, i32), b: (i32, i32), size: f64) -> Option<[(i32, i32); 3]> {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = dx.hypot(dy);
    if size.is_nan() || size <= 0.0 || len < 3.0 * size {
        return None;
    }
    let (ux, uy) = (dx / len, dy / len);
    let (mx, my) = (f64::from(a.0) + dx / 2.0, f64::from(a.1) + dy / 2.0);
    let tip = (mx + ux * size / 2.0, my + uy * size / 2.0);
    let back = (mx - ux * size / 2.0, my - uy * size / 2.0);
    let half = size * 0.5;
    let px = |x: f64, y: f64| (x.round() as i32, y.round() as i32);
    Some([
        px(tip.0, tip.1),
        px(back.0 - uy * half, back.1 + ux * half),
        px(back.0 + uy * half, back.1 - ux * half),
    ])
}

/// A box in pixels: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rect {
    x0: i32,
    y0: i32,
    x1: i32,
    y1: i32,
}

impl Rect {
    fn around((x, y): (i32, i32), r: i32) -> Rect {
        Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        }
    }

    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }

    /// Whether the segment `a -> b` passes through the box (Liang-Barsky).
    fn crosses(&self, a: (i32, i32), b: (i32, i32)) -> bool {
        let (ax, ay) = (f64::from(a.0), f64::from(a.1));
        let (dx, dy) = (f64::from(b.0) - ax, f64::from(b.1) - ay);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, ax - f64::from(self.x0)),
            (dx, f64::from(self.x1) - ax),
            (-dy, ay - f64::from(self.y0)),
            (dy, f64::from(self.y1) - ay),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else if p < 0.0 {
                t0 = t0.max(q / p);
            } else {
                t1 = t1.min(q / p);
            }
        }
        t0 <= t1
    }

    /// The box grown by `pad` on every side.
    fn grown(&self, pad: i32) -> Rect {
        Rect {
            x0: self.x0 - pad,
            y0: self.y0 - pad,
            x1: self.x1 + pad,
            y1: self.y1 + pad,
        }
    }
}

/// A label to place: its anchor point, its text size, and whether it must
/// show even where it would cover the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Request {
    at: (i32, i32),
    size: (i32, i32),
    must: bool,
}

/// A straight piece of the path, in pixels.
type Segment = ((i32, i32), (i32, i32));

/// Where labels may go: inside `bounds`, clear of the point boxes and,
/// where possible, of the path's segments.
struct Room<'a> {
    bounds: Rect,
    points: &'a [Rect],
    segments: &'a [Segment],
}

/// Greedy label placement: each request in order tries eight spots around
/// its point, `offset` pixels away (right, left, above, below, then the
/// corners), and takes the first box inside the bounds, clear (by `pad`) of
/// every label placed before it, and clear of the points and the path.
/// A label that must show gives up the path, then the points, before it
/// gives up; the others are left out (None) where nothing fits.
fn place_labels(requests: &[Request], offset: i32, pad: i32, room: &Room) -> Vec<Option<Rect>> {
    let mut placed: Vec<Rect> = Vec::new();
    requests
        .iter()
        .map(|req| {
            let ((x, y), (w, h)) = (req.at, req.size);
            let d = offset * 7 / 10;
            let corners = [
                (x + offset, y - h / 2),
                (x - offset - w, y - h / 2),
                (x - w / 2, y - offset - h),
                (x - w / 2, y + offset),
                (x + d, y - d - h),
                (x + d, y + d),
                (x - d - w, y - d - h),
                (x - d - w, y + d),
            ];
            let spots: Vec<Rect> = corners
                .iter()
                .map(|(x0, y0)| Rect {
                    x0: *x0,
                    y0: *y0,
                    x1: x0 + w,
                    y1: y0 + h,
                })
                .collect();
            let free = |r: &Rect, points: bool, path: bool| {
                let blocked = placed.iter().any(|p| p.grown(pad).overlaps(r))
                    || (points && room.points.iter().any(|o| o.overlaps(r)))
                    || (path && room.segments.iter().any(|(a, b)| r.crosses(*a, *b)));
                r.inside(&room.bounds) && !blocked
            };
            let levels: &[(bool, bool)] = if req.must {
                &[(true, true), (true, false), (false, false)]
            } else {
                &[(true, true)]
            };
            let chosen = levels
                .iter()
                .find_map(|(points, path)| spots.iter().find(|r| free(r, *points, *path)).copied());
            if let Some(r) = chosen {
                placed.push(r);
            }
            chosen
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: Rect = Rect {
        x0: 0,
        y0: 0,
        x1: 400,
        y1: 300,
    };

    fn request(at: (i32, i32), size: (i32, i32), must: bool) -> Request {
        Request { at, size, must }
    }

    #[test]
    fn placed_labels_never_overlap() {
        // A crowd of points along a line, all wanting a label.
        let mut requests: Vec<Request> = (0..40)
            .map(|i| request((50 + i * 7, 150 - i * 2), (36, 16), i % 13 == 0))
            .collect();
        let points: Vec<Rect> = requests.iter().map(|r| Rect::around(r.at, 3)).collect();
        let segments: Vec<Segment> = requests.windows(2).map(|w| (w[0].at, w[1].at)).collect();
        // As the chart does: the labels that must show go first.
        requests.sort_by_key(|r| !r.must);
        let room = Room {
            bounds: BOUNDS,
            points: &points,
            segments: &segments,
        };
        let placed = place_labels(&requests, 6, 2, &room);
        let boxes: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert!(
            boxes.len() > 3 && boxes.len() < 40,
            "some placed, some thinned: {}",
            boxes.len()
        );
        for (req, spot) in requests.iter().zip(&placed) {
            if req.must {
                assert!(spot.is_some(), "labels that must show, show");
            } else if let Some(r) = spot {
                assert!(points.iter().all(|o| !o.overlaps(r)), "a label covers a point");
                assert!(
                    segments.iter().all(|(a, b)| !r.crosses(*a, *b)),
                    "a label covers the path"
                );
            }
        }
        for (a, ra) in boxes.iter().enumerate() {
            assert!(ra.inside(&BOUNDS));
            for rb in boxes.iter().skip(a + 1) {
                assert!(!ra.overlaps(rb), "{ra:?} overlaps {rb:?}");
            }
        }
    }

    #[test]
    fn labels_move_aside_at_the_edges() {
        let room = Room {
            bounds: BOUNDS,
            points: &[],
            segments: &[],
        };
        // At the right edge the label goes left of its point.
        let placed = place_labels(&[request((395, 150), (30, 16), false)], 5, 0, &room);
        assert_eq!(placed[0].map(|r| r.x1), Some(390));
        // Nowhere to go: no label, even one that must show.
        let tiny = Room {
            bounds: Rect {
                x0: 0,
                y0: 0,
                x1: 10,
                y1: 10,
            },
            points: &[],
            segments: &[],
        };
        assert_eq!(
            place_labels(&[request((5, 5), (30, 16), true)], 5, 0, &tiny),
            vec![None]
        );
    }

    #[test]
    fn segments_cross_boxes_they_pass_through() {
        let r = Rect {
            x0: 10,
            y0: 10,
            x1: 20,
            y1: 20,
        };
        assert!(r.crosses((0, 15), (30, 15)));
        assert!(r.crosses((0, 0), (30, 30)));
        assert!(!r.crosses((0, 0), (30, 0)));
        assert!(!r.crosses((0, 30), (5, 0)));
        assert!(r.crosses((12, 12), (12, 12)), "a point inside");
    }

    #[test]
    fn arrows_point_along_the_segment() {
        let head = arrow_head((0, 0), (100, 0), 10.0).expect("long enough");
        assert_eq!(head[0], (55, 0), "the tip is past the middle, towards b");
        assert!(head[1].0 < 55 && head[2].0 < 55);
        assert_eq!(head[1].1, -head[2].1);
        assert!(arrow_head((0, 0), (20, 0), 10.0).is_none(), "too short");
        assert!(arrow_head((0, 0), (0, 0), 10.0).is_none());
    }

    #[test]
    fn rows_with_a_missing_value_are_skipped() {
        let path = Path {
            name: String::new(),
            x: vec![1.0, f64::NAN, 3.0],
            y: vec![1.0, 2.0, 3.0],
            labels: vec!["a".into(), "b".into()],
        };
        let s = stops(&path, false);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].label.as_str(), s[1].label.as_str()), ("a", ""));
    }

    #[test]
    fn a_log_axis_leaves_out_non_positive_x_and_says_so() {
        let path = Path {
            name: String::new(),
            x: vec![100.0, 0.0, 1000.0, -5.0],
            y: vec![1.0, 2.0, 3.0, 4.0],
            labels: Vec::new(),
        };
        let s = stops(&path, true);
        assert_eq!(s.iter().map(|s| s.x).collect::<Vec<_>>(), vec![2.0, 3.0]);
        let paths = [path];
        assert!(log_note(&paths, true).starts_with("2 points"));
        assert!(log_note(&paths, false).is_empty());
        assert_eq!(
            axes::log_scale_title("GDP per capita (US$)"),
            "GDP per capita (US$, log scale)"
        );
    }

    #[test]
    fn a_tight_loop_keeps_few_arrowheads() {
        // Ten long segments zig-zagging over the same spot: every one could
        // carry an arrow, but their middles all fall near (50, 50).
        let zigzag: Vec<(i32, i32)> = (0..11).map(|i| if i % 2 == 0 { (0, 0) } else { (100, 100) }).collect();
        assert_eq!(arrow_segments(&zigzag, 10.0, 50.0), vec![0]);
        // A long straight walk keeps an arrow on every segment far enough apart.
        let walk: Vec<(i32, i32)> = (0..6).map(|i| (i * 100, 0)).collect();
        assert_eq!(arrow_segments(&walk, 10.0, 50.0), vec![0, 1, 2, 3, 4]);
        assert_eq!(arrow_segments(&walk, 10.0, 150.0), vec![0, 2, 4]);
        assert!(arrow_segments(&[(0, 0), (5, 0)], 10.0, 50.0).is_empty(), "too short");
    }

    #[test]
    fn point_scale_changes_the_points_drawn() {
        let input = Input {
            paths: vec![Path {
                name: String::from("a"),
                x: vec![1.0, 2.0, 4.0, 3.0],
                y: vec![1.0, 3.0, 2.0, 5.0],
                labels: Vec::new(),
            }],
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::LinearX, &Theme::light()).expect("draws");
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
