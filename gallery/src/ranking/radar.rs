//! # Radar chart
//!
//! A radar (or spider) chart gives each of several numeric variables its own
//! axis, all radiating from a centre, and joins one group's values into a
//! polygon. Each axis has its own unit, so every axis here is scaled on its
//! own: the centre is its smallest value and the rim its largest (from the
//! data's range when the caller gives it, else from the values shown).
//!
//! ## When to use
//! A profile of one to three groups (species, products, players) over three
//! to about eight variables, when the overall shape matters more than the
//! exact values.
//!
//! ## Caveat
//! Radar charts are hard to read: values sit on different axes at
//! different angles, so they are hard to compare, and the area of the
//! polygon, which catches the eye, depends on the order of the axes and on
//! the scaling of each. Reorder the axes and the shape changes. More than
//! two or three groups become a tangle. Grouped lollipops, a barplot per
//! variable or parallel coordinates show the same numbers more honestly.
//!
//! ## Variants
//! - `groups` (default): every group as an outline over a see-through fill,
//!   with a legend.
//! - `one-group`: the first group only, as a filled polygon.
//!
//! ## Related
//! parallel-coordinates, lollipop, barplot, heatmap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::TAU;

/// One group's value on each axis (in the order of `Input::axes`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, in the legend.
    pub name: String,
    /// The group's value on each axis, in the order of `Input::axes`.
    pub values: Vec<f64>,
}

/// The data of a radar chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The axes' names with units, clockwise from 12 o'clock.
    pub axes: Vec<String>,
    /// Each axis's (smallest, largest) value, usually of the raw data: the
    /// centre and the rim. Missing or not finite: the range of the groups'
    /// values on that axis.
    pub ranges: Vec<(f64, f64)>,
    /// The groups, one polygon each.
    pub groups: Vec<Group>,
}

/// The ways to draw a radar chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `one-group`: The first group only, as a filled polygon.
    OneGroup,
    /// `groups`: Every group as an outline over a see-through fill, with a legend.
    Groups,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Groups, Variant::OneGroup];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::OneGroup => "one-group",
            Variant::Groups => "groups",
        }
    }
}

/// Rings of the web, as fractions of the radius.
const RINGS: [f64; 4] = [0.25, 0.5, 0.75, 1.0];

/// Draws `input` as a radar chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n = input.axes.len();
    if n < 3 {
        return axes::draw_empty(area, theme, &input.title, "A radar needs at least three axes");
    }
    let groups: Vec<&Group> = match variant {
        Variant::OneGroup => input.groups.iter().take(1).collect(),
        Variant::Groups => input.groups.iter().collect(),
    };
    let ranges: Vec<(f64, f64)> = (0..n).map(|i| axis_range(input, i)).collect();
    if groups.is_empty() || ranges.iter().all(|r| !r.0.is_finite()) {
        return axes::draw_empty(area, theme, &input.title, "No values to draw");
    }

    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
    let legend: Vec<LegendEntry> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.name.is_empty())
        .map(|(i, g)| LegendEntry {
            label: g.name.clone(),
            color: theme.color(i),
        })
        .collect();
    if !legend.is_empty() {
        top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    }
    let muted = theme.muted_style();
    let (_, line_h) = axes::text_size(area, "0", &muted)?;
    // A note under the web says how the axes are scaled.
    let note = axes::fit_text(
        area,
        "Each axis: smallest value at the centre, largest at the rim",
        &muted,
        w - 2 * m,
    )?;
    let mut bottom = h - m;
    if h - top > 8 * line_h {
        area.draw(&Text::new(
            note,
            (m, bottom),
            muted.pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
        bottom -= line_h + theme.gap / 2;
    }

    let angles: Vec<f64> = (0..n).map(|i| TAU * i as f64 / n as f64).collect();
    let bounds = (f64::from(m), f64::from(top), f64::from(w - m), f64::from(bottom));
    // In a terminal each line of text is its own cell row; on paper the
    // range keeps a little air under the name.
    let line_gap = if axes::text_in_cells(area, theme)? {
        0
    } else {
        (theme.gap / 3).max(1)
    };
    let labels = AxisLabels::measure(area, theme, &input.axes, &ranges, (w / 4).max(1), line_gap)?;
    let gap = f64::from(theme.gap);
    let r_one = fit_radius(bounds, &labels.one_line, &angles, gap);
    let r_two = fit_radius(bounds, &labels.two_lines, &angles, gap);
    let c = (f64::midpoint(bounds.0, bounds.2), f64::midpoint(bounds.1, bounds.3));
    // The ranges come along on a second line when that costs little of the
    // radius and no two labels then touch.
    let with_spans = r_two >= 0.85 * r_one && !any_touch(&label_boxes(c, r_two + gap, &angles, &labels.two_lines));
    let r = if with_spans { r_two } else { r_one };
    if r < 2.0 {
        return Ok(());
    }
    draw_web(area, theme, c, r, &angles)?;
    draw_groups(area, theme, &groups, &ranges, (c, r), &angles)?;
    labels.draw(area, theme, (c, r), &angles, with_spans)
}

/// The web: rings and spokes in the grid colour.
fn draw_web<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    c: (f64, f64),
    r: f64,
    angles: &[f64],
) -> DrawResult<(), DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
    for ring in RINGS {
        let mut points: Vec<(i32, i32)> = angles.iter().map(|a| px(polar(c, r * ring, *a))).collect();
        if let Some(first) = points.first().copied() {
            points.push(first);
        }
        area.draw(&PathElement::new(points, grid))?;
    }
    for a in angles {
        area.draw(&PathElement::new(vec![px(c), px(polar(c, r, *a))], grid))?;
    }
    Ok(())
}

/// Each group's polygon: fills first, then outlines and vertices on top.
fn draw_groups<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    groups: &[&Group],
    ranges: &[(f64, f64)],
    (c, r): ((f64, f64), f64),
    angles: &[f64],
) -> DrawResult<(), DB> {
    let shapes: Vec<Vec<(i32, i32)>> = groups
        .iter()
        .map(|g| {
            angles
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let v = g.values.get(i).copied().unwrap_or(f64::NAN);
                    let (lo, hi) = ranges.get(i).copied().unwrap_or((0.0, 1.0));
                    px(polar(c, r * scaled(v, lo, hi), *a))
                })
                .collect()
        })
        .collect();
    // One group: a solid fill. Several: see-through fills under outlines,
    // so that overlaps show (a terminal mixes them too).
    let fill_alpha = if groups.len() == 1 { 0.5 } else { 0.2 };
    for (i, shape) in shapes.iter().enumerate() {
        area.draw(&Polygon::new(shape.clone(), theme.color(i).mix(fill_alpha).filled()))?;
    }
    let dot = theme.point_radius.max(1);
    for (i, shape) in shapes.iter().enumerate() {
        let style = ShapeStyle::from(&theme.color(i)).stroke_width(theme.line_width.max(1));
        let mut closed = shape.clone();
        if let Some(first) = closed.first().copied() {
            closed.push(first);
        }
        area.draw(&PathElement::new(closed, style))?;
        for p in shape {
            area.draw(&Circle::new(*p, dot, theme.color(i).filled()))?;
        }
    }
    Ok(())
}

/// The axes' names and ranges, cut to fit, with the sizes of their boxes.
struct AxisLabels {
    names: Vec<String>,
    spans: Vec<String>,
    /// Box sizes with the name alone, and with the range under it.
    one_line: Vec<(f64, f64)>,
    two_lines: Vec<(f64, f64)>,
    /// Space between a name and its range, in pixels.
    line_gap: f64,
}

impl AxisLabels {
    fn measure<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        axes_names: &[String],
        ranges: &[(f64, f64)],
        max_w: i32,
        line_gap: i32,
    ) -> DrawResult<Self, DB> {
        let (label, muted) = (theme.label_style(), theme.muted_style());
        let mut out = AxisLabels {
            names: Vec::new(),
            spans: Vec::new(),
            one_line: Vec::new(),
            two_lines: Vec::new(),
            line_gap: f64::from(line_gap),
        };
        for (name, (lo, hi)) in axes_names.iter().zip(ranges) {
            let name = axes::fit_text(area, name, &label, max_w)?;
            let span = format!("{} – {}", scale::format_value(*lo), scale::format_value(*hi));
            let span = axes::fit_text(area, &span, &muted, max_w)?;
            let (nw, nh) = axes::text_size(area, &name, &label)?;
            let (sw, sh) = axes::text_size(area, &span, &muted)?;
            out.one_line.push((f64::from(nw), f64::from(nh)));
            out.two_lines
                .push((f64::from(nw.max(sw)), f64::from(nh + line_gap + sh)));
            out.names.push(name);
            out.spans.push(span);
        }
        Ok(out)
    }

    /// Each label outside the rim, its box touching its axis's tip.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        (c, r): ((f64, f64), f64),
        angles: &[f64],
        with_spans: bool,
    ) -> DrawResult<(), DB> {
        let (label, muted) = (theme.label_style(), theme.muted_style());
        let centre = Pos::new(HPos::Center, VPos::Center);
        let boxes = if with_spans { &self.two_lines } else { &self.one_line };
        for (i, a) in angles.iter().enumerate() {
            let (bw, bh) = boxes.get(i).copied().unwrap_or((0.0, 0.0));
            let (bx, by) = label_centre(c, r + f64::from(theme.gap), *a, (bw, bh));
            let name = self.names.get(i).cloned().unwrap_or_default();
            if with_spans {
                let (_, nh) = self.one_line.get(i).copied().unwrap_or((0.0, 0.0));
                let name_y = by - bh / 2.0 + nh / 2.0;
                area.draw(&Text::new(name, px((bx, name_y)), label.pos(centre)))?;
                let span = self.spans.get(i).cloned().unwrap_or_default();
                // The range fills the bottom of the box, under the gap.
                let span_h = bh - nh - self.line_gap;
                let span_y = by + bh / 2.0 - span_h / 2.0;
                area.draw(&Text::new(span, px((bx, span_y)), muted.pos(centre)))?;
            } else {
                area.draw(&Text::new(name, px((bx, by)), label.pos(centre)))?;
            }
        }
        Ok(())
    }
}

/// Each label's box (left, top, right, bottom) when it sits `r` from the
/// centre `c` along its axis.
fn label_boxes(c: (f64, f64), r: f64, angles: &[f64], boxes: &[(f64, f64)]) -> Vec<(f64, f64, f64, f64)> {
    angles
        .iter()
        .zip(boxes)
        .map(|(a, (w, h))| {
            let (x, y) = label_centre(c, r, *a, (*w, *h));
            (x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0)
        })
        .collect()
}

/// Whether any two boxes overlap or touch (closer than one pixel).
fn any_touch(boxes: &[(f64, f64, f64, f64)]) -> bool {
    boxes.iter().enumerate().any(|(i, a)| {
        boxes
            .iter()
            .skip(i + 1)
            .any(|b| a.0 < b.2 + 1.0 && b.0 < a.2 + 1.0 && a.1 < b.3 + 1.0 && b.1 < a.3 + 1.0)
    })
}

/// Axis `i`'s range: the given one, else the groups' values on that axis.
fn axis_range(input: &Input, i: usize) -> (f64, f64) {
    match input.ranges.get(i) {
        Some((lo, hi)) if lo.is_finite() && hi.is_finite() && lo <= hi => (*lo, *hi),
        _ => {
            let values = input.groups.iter().filter_map(|g| g.values.get(i).copied());
            stats::extent(values).unwrap_or((f64::NAN, f64::NAN))
        }
    }
}

/// Where `v` sits between `lo` (0, the centre) and `hi` (1, the rim);
/// the middle when the axis has no spread, the centre when `v` is missing.
fn scaled(v: f64, lo: f64, hi: f64) -> f64 {
    if !(v.is_finite() && lo.is_finite() && hi.is_finite()) {
        return 0.0;
    }
    if hi <= lo {
        return 0.5;
    }
    scale::fraction(v, lo, hi).clamp(0.0, 1.0)
}

/// The point at radius `r` and `angle` (clockwise from 12 o'clock; pixel y
/// grows downwards).
fn polar((cx, cy): (f64, f64), r: f64, angle: f64) -> (f64, f64) {
    (cx + r * angle.sin(), cy - r * angle.cos())
}

fn px((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// The centre of a `w` x `h` label box outside the point at radius `r`:
/// the box touches that point with the side that faces the centre.
fn label_centre(c: (f64, f64), r: f64, angle: f64, (w, h): (f64, f64)) -> (f64, f64) {
    let (s, k) = (angle.sin(), -angle.cos());
    let (x, y) = polar(c, r, angle);
    (x + s * w / 2.0, y + k * h / 2.0)
}

/// The largest radius of a web centred in `bounds` (left, top, right,
/// bottom) that keeps every label box (`boxes[i]`, placed by
/// [`label_centre`] `gap` beyond the tip of the axis at `angles[i]`) inside
/// the bounds. Never negative.
fn fit_radius(bounds: (f64, f64, f64, f64), boxes: &[(f64, f64)], angles: &[f64], gap: f64) -> f64 {
    let half_w = (bounds.2 - bounds.0) / 2.0;
    let half_h = (bounds.3 - bounds.1) / 2.0;
    let mut r = half_w.min(half_h);
    for ((w, h), a) in boxes.iter().zip(angles) {
        let (s, k) = (a.sin().abs(), a.cos().abs());
        // Along each direction the box reaches (r + gap) * s + w * (1 + s) / 2.
        if s > 1e-9 {
            r = r.min((half_w - w * (1.0 + s) / 2.0) / s - gap);
        }
        if k > 1e-9 {
            r = r.min((half_h - h * (1.0 + k) / 2.0) / k - gap);
        }
    }
    r.max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_scale_from_centre_to_rim() {
        assert_eq!(scaled(5.0, 0.0, 10.0), 0.5);
        assert_eq!(scaled(0.0, 0.0, 10.0), 0.0);
        assert_eq!(scaled(12.0, 0.0, 10.0), 1.0);
        assert_eq!(scaled(3.0, 3.0, 3.0), 0.5, "no spread");
        assert_eq!(scaled(f64::NAN, 0.0, 1.0), 0.0, "missing");
    }

    #[test]
    fn the_radius_leaves_room_for_the_labels() {
        let bounds = (0.0, 0.0, 200.0, 200.0);
        let angles: Vec<f64> = (0..4).map(|i| TAU * f64::from(i) / 4.0).collect();
        assert!((fit_radius(bounds, &[(0.0, 0.0); 4], &angles, 0.0) - 100.0).abs() < 1e-9);
        // A 20-pixel-wide label at 3 o'clock and a 10-pixel-tall one at noon.
        let boxes = [(30.0, 10.0), (20.0, 10.0), (0.0, 0.0), (0.0, 0.0)];
        let r = fit_radius(bounds, &boxes, &angles, 5.0);
        assert!((r - 75.0).abs() < 1e-9, "{r}");
        assert_eq!(fit_radius(bounds, &[(500.0, 10.0)], &[TAU / 4.0], 0.0), 0.0);
    }

    #[test]
    fn label_boxes_touch_their_axis_tip_from_outside() {
        let c = (100.0, 100.0);
        // At noon the box sits above the tip, centred on the axis.
        let (x, y) = label_centre(c, 50.0, 0.0, (40.0, 10.0));
        assert!((x - 100.0).abs() < 1e-9 && (y - 45.0).abs() < 1e-9);
        // At 3 o'clock it sits right of the tip.
        let (x, y) = label_centre(c, 50.0, TAU / 4.0, (40.0, 10.0));
        assert!((x - 170.0).abs() < 1e-9 && (y - 100.0).abs() < 1e-9);
    }

    #[test]
    fn the_default_draws_every_group() {
        assert_eq!(Variant::ALL[0], Variant::Groups);
    }

    #[test]
    fn touching_label_boxes_are_found() {
        let c = (100.0, 100.0);
        let angles: Vec<f64> = (0..8).map(|i| TAU * f64::from(i) / 8.0).collect();
        // Small boxes far out stay apart; wide ones close in touch.
        assert!(!any_touch(&label_boxes(c, 80.0, &angles, &[(20.0, 10.0); 8])));
        assert!(any_touch(&label_boxes(c, 20.0, &angles, &[(60.0, 30.0); 8])));
        // Two boxes one pixel apart count as touching.
        assert!(any_touch(&[(0.0, 0.0, 10.0, 10.0), (10.5, 0.0, 20.0, 10.0)]));
        assert!(!any_touch(&[(0.0, 0.0, 10.0, 10.0), (12.0, 0.0, 20.0, 10.0)]));
    }

    #[test]
    fn ranges_fall_back_to_the_values_shown() {
        let input = Input {
            axes: vec![String::from("a"), String::from("b")],
            ranges: vec![(0.0, 10.0)],
            groups: vec![
                Group {
                    name: String::new(),
                    values: vec![1.0, 4.0],
                },
                Group {
                    name: String::new(),
                    values: vec![2.0, 6.0],
                },
            ],
            ..Input::default()
        };
        assert_eq!(axis_range(&input, 0), (0.0, 10.0));
        assert_eq!(axis_range(&input, 1), (4.0, 6.0));
        assert!(axis_range(&input, 2).0.is_nan());
    }
}
