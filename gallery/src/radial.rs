//! Slices of a circle, shared by the pie and the donut: turning values into
//! sectors, sizing the disc from the labels it must carry, drawing the
//! sectors with thin cuts between them, and labelling each slice inside it
//! where the text fits, else around the circle with a leader line.
//!
//! Angles are in radians, clockwise from 12 o'clock; pixel y grows downwards.
//!
//! Copying a chart: copy this file, `theme.rs`, `scale.rs` and `axes.rs` too.

use crate::axes::{self, DrawResult};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::TAU;

/// One category and its (positive) value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Slice {
    /// The category's name, in the labels or the legend.
    pub name: String,
    /// The category's value (positive); its share of the total sets the angle.
    pub value: f64,
}

/// A slice ready to draw: its value, its angles and its colour.
#[derive(Clone, Debug, PartialEq)]
pub struct Sector {
    /// The category's name.
    pub name: String,
    /// The category's value.
    pub value: f64,
    /// The angle where the slice starts, in radians.
    pub start: f64,
    /// The angle where the slice ends, in radians.
    pub end: f64,
    /// The slice's fill colour.
    pub color: RGBColor,
}

/// What the labels of the slices say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Labels {
    /// No labels: a legend names the slices.
    None,
    /// Name and share inside a slice where both fit, else the share alone;
    /// around the circle the name comes along when it costs little room
    /// (a legend names every slice anyway).
    Shares,
    /// Every label carries the slice's name and share: no legend needed.
    Named,
}

/// Where the circle sits and how its labels are laid out, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Disc {
    /// Centre x, in pixels.
    pub cx: f64,
    /// Centre y, in pixels.
    pub cy: f64,
    /// Inner radius in pixels: 0 for a pie, the hole for a donut.
    pub r_in: f64,
    /// Outer radius, in pixels.
    pub r_out: f64,
    /// Labels that do not fit inside their slice may go around the circle.
    pub outside: bool,
    /// Outside labels carry the name, not just the share.
    pub names_outside: bool,
    /// The vertical band outside labels may use.
    pub top: f64,
    /// The band's lower edge, in pixels from the top.
    pub bottom: f64,
}

/// A label placed (or to place) outside the circle.
struct Outside {
    slice: usize,
    text: String,
    wanted_y: f64,
    right: bool,
}

/// The name of the slice that gathers the smallest categories.
pub const OTHER: &str = "Other";

/// Positive finite parts, largest first, at most `max` of them (the smallest
/// lumped into "Other", last); and how many negative values were skipped.
pub fn parts(slices: &[Slice], max: usize) -> (Vec<(String, f64)>, usize) {
    let skipped = slices.iter().filter(|s| s.value < 0.0).count();
    let mut parts: Vec<(String, f64)> = slices
        .iter()
        .filter(|s| s.value.is_finite() && s.value > 0.0)
        .map(|s| (s.name.clone(), s.value))
        .collect();
    parts.sort_by(|a, b| b.1.total_cmp(&a.1));
    let max = max.max(2);
    if parts.len() > max {
        let rest: f64 = parts[max - 1..].iter().map(|(_, v)| v).sum();
        parts.truncate(max - 1);
        parts.push((OTHER.to_string(), rest));
    }
    (parts, skipped)
}

/// Start and end angles (radians, clockwise from 12 o'clock) of each part.
pub fn sectors(parts: &[(String, f64)], total: f64, color: impl Fn(usize) -> RGBColor) -> Vec<Sector> {
    let mut start = 0.0;
    parts
        .iter()
        .enumerate()
        .map(|(i, (name, value))| {
            let end = start + value / total * TAU;
            let sector = Sector {
                name: name.clone(),
                value: *value,
                start,
                end,
                color: color(i),
            };
            start = end;
            sector
        })
        .collect()
}

/// "61%", "9.4%", "0.4%", "<0.1%": whole percents from 10% up, one decimal below.
pub fn percent_label(p: f64) -> String {
    if !p.is_finite() {
        return String::from("-");
    }
    if p >= 9.95 {
        format!("{p:.0}%")
    } else if p >= 0.05 {
        format!("{p:.1}%")
    } else {
        String::from("<0.1%")
    }
}

/// A muted "3 negative values skipped" at the bottom left, above `bottom`;
/// returns the new bottom of the free space (unchanged when nothing was skipped).
pub fn draw_skipped_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    skipped: usize,
    bottom: i32,
) -> DrawResult<i32, DB> {
    if skipped == 0 {
        return Ok(bottom);
    }
    let (w, _) = axes::dims(area);
    let m = theme.margin;
    let note = format!(
        "{skipped} negative value{} skipped",
        if skipped == 1 { "" } else { "s" }
    );
    let muted = theme.muted_style();
    let note = axes::fit_text(area, &note, &muted, w - 2 * m)?;
    area.draw(&Text::new(
        note,
        (m, bottom),
        muted.pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;
    Ok(bottom - (axes::text_size(area, "0", &muted)?.1 + theme.gap / 2))
}

/// The largest circle that fits in `(left, top, right, bottom)` with room
/// for the labels around it; its hole is `hole` times its radius (0 for a
/// pie). `named` holds "name share" texts, `pct` the shares alone. `None`
/// when nothing useful fits.
pub fn layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    hole: f64,
    labels: Labels,
    (left, top, right, bottom): (i32, i32, i32, i32),
    named: &[String],
    pct: &[String],
) -> DrawResult<Option<Disc>, DB> {
    let label = theme.label_style();
    let (avail_w, avail_h) = (f64::from(right - left), f64::from(bottom - top));
    let gap = f64::from(theme.gap);
    let lh = f64::from(axes::text_size(area, "0", &label)?.1);
    // Outside labels need a column on each side and a line above and below.
    let max_label_w = (avail_w / 4.0).max(1.0) as i32;
    let radius_with = |texts: &[String]| -> DrawResult<f64, DB> {
        let mut widest = 0;
        for t in texts {
            widest = widest.max(axes::text_size(area, &axes::fit_text(area, t, &label, max_label_w)?, &label)?.0);
        }
        let side = f64::from(widest) + gap;
        Ok(((avail_w - 2.0 * side) / 2.0).min((avail_h - 2.0 * (lh + gap)) / 2.0))
    };
    let (mut r_out, mut names_outside, mut outside) = match labels {
        Labels::None => (0.0, false, false),
        Labels::Named => (radius_with(named)?, true, true),
        Labels::Shares => {
            // Names come along when that costs little of the radius.
            let (r_named, r_pct) = (radius_with(named)?, radius_with(pct)?);
            if r_named >= 0.85 * r_pct {
                (r_named, true, true)
            } else {
                (r_pct, false, true)
            }
        }
    };
    if r_out < 2.0 * lh {
        // No labels, or too cramped for labels around the circle: use all the room.
        r_out = (avail_w.min(avail_h) / 2.0 - 1.0).max(0.0);
        (outside, names_outside) = (false, false);
    }
    if r_out < 2.0 {
        return Ok(None);
    }
    Ok(Some(Disc {
        cx: f64::from(left) + avail_w / 2.0,
        cy: f64::from(top) + avail_h / 2.0,
        r_in: r_out * hole.clamp(0.0, 0.95),
        r_out,
        outside,
        names_outside,
        top: f64::from(top),
        bottom: f64::from(bottom),
    }))
}

/// The sectors as filled polygons, with thin cuts between them.
pub fn draw_sectors<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    d: &Disc,
    sectors: &[Sector],
) -> DrawResult<(), DB> {
    let c = (d.cx, d.cy);
    for s in sectors {
        let points = ring_sector(c, d.r_in, d.r_out, s.start, s.end);
        area.draw(&Polygon::new(to_pixels(&points), s.color.filled()))?;
    }
    if sectors.len() < 2 {
        return Ok(());
    }
    // Cuts in the background colour keep neighbouring slices apart, never
    // so wide that they hide a thin slice.
    for (i, s) in sectors.iter().enumerate() {
        let before = sectors.get(i.checked_sub(1).unwrap_or(sectors.len() - 1)).unwrap_or(s);
        let narrowest = (s.end - s.start).min(before.end - before.start) * d.r_out;
        let width = theme.line_width.max(1).min((narrowest / 4.0) as u32);
        if width == 0 {
            continue;
        }
        let line = [polar(c, d.r_in, s.start), polar(c, d.r_out + 1.0, s.start)];
        let style = ShapeStyle::from(&theme.background).stroke_width(width);
        area.draw(&PathElement::new(to_pixels(&line), style))?;
    }
    Ok(())
}

/// Each slice's name and share inside it where they fit (else, with
/// [`Labels::Shares`], the share alone), otherwise outside the circle,
/// nudged apart, with a leader line. `named` and `pct` as for [`layout`].
pub fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    d: &Disc,
    labels: Labels,
    sectors: &[Sector],
    named: &[String],
    pct: &[String],
) -> DrawResult<(), DB> {
    if labels == Labels::None {
        return Ok(());
    }
    let label = theme.label_style();
    let lh = f64::from(axes::text_size(area, "0", &label)?.1);
    let (gap, pad) = (f64::from(theme.gap), f64::from(theme.gap) / 2.0);
    let label_r = if d.r_in > 0.0 {
        f64::midpoint(d.r_in, d.r_out)
    } else {
        d.r_out * 0.62
    };
    let c = (d.cx, d.cy);
    let inside_options = inside_forms(labels, d.names_outside);
    let mut outside = Vec::new();
    for (i, (s, share)) in sectors.iter().zip(pct).enumerate() {
        let mid = f64::midpoint(s.start, s.end);
        let (lx, ly) = polar(c, label_r, mid);
        let on_fill = Theme::text_on(s.color);
        let inner = label.color(&on_fill).pos(Pos::new(HPos::Center, VPos::Center));
        let two_lines = [s.name.clone(), share.clone()];
        let mut placed = false;
        for lines in [&two_lines[..], &two_lines[1..]].into_iter().take(inside_options) {
            let mut block_w = 0;
            for l in lines {
                block_w = block_w.max(axes::text_size(area, l, &label)?.0);
            }
            let block_h = lh * lines.len() as f64;
            placed = box_points((lx, ly), f64::from(block_w) + 2.0 * pad, block_h + pad)
                .iter()
                .all(|p| in_sector((p.0 - d.cx, p.1 - d.cy), d.r_in, d.r_out, s.start, s.end));
            if placed {
                for (k, l) in lines.iter().enumerate() {
                    let y = ly - block_h / 2.0 + lh * (k as f64 + 0.5);
                    area.draw(&Text::new(
                        l.clone(),
                        (lx.round() as i32, y.round() as i32),
                        inner.clone(),
                    ))?;
                }
                break;
            }
        }
        if !placed && d.outside {
            let text = if d.names_outside {
                named.get(i).unwrap_or(share)
            } else {
                share
            };
            let wanted_y = polar(c, d.r_out + gap, mid).1;
            outside.push(Outside {
                slice: i,
                text: text.clone(),
                wanted_y,
                right: mid.sin() >= 0.0,
            });
        }
    }
    let (lo, hi) = (d.top + lh / 2.0, d.bottom - lh / 2.0);
    let (w, _) = axes::dims(area);
    for right in [true, false] {
        let mut side: Vec<&Outside> = outside.iter().filter(|o| o.right == right).collect();
        // Keep the largest slices' labels when a side cannot hold them all.
        side.sort_by_key(|o| o.slice);
        side.truncate(((hi - lo) / lh).floor().max(0.0) as usize + 1);
        let wanted: Vec<f64> = side.iter().map(|o| o.wanted_y).collect();
        for (o, y) in side.iter().zip(axes::spread(&wanted, lh, lo, hi)) {
            let Some(s) = sectors.get(o.slice) else { continue };
            let dx = clear_of_circle(y - d.cy, lh / 2.0, d.r_out + gap);
            let x = if right { d.cx + dx } else { d.cx - dx };
            let room_w = if right {
                f64::from(w - theme.margin) - x
            } else {
                x - f64::from(theme.margin)
            };
            let text = axes::fit_text(area, &o.text, &label, room_w as i32)?;
            let mid = f64::midpoint(s.start, s.end);
            let (ix, iy) = polar(c, d.r_out + gap, mid);
            if (iy - y).abs() > lh / 4.0 || (ix - x).abs() > gap {
                // The label moved away from its slice: a leader line shows whose it is.
                let leader = [polar(c, d.r_out + 1.0, mid), (if right { x - pad } else { x + pad }, y)];
                area.draw(&PathElement::new(
                    to_pixels(&leader),
                    ShapeStyle::from(&theme.muted).stroke_width(1),
                ))?;
            }
            let anchor = if right { HPos::Left } else { HPos::Right };
            area.draw(&Text::new(
                text,
                (x.round() as i32, y.round() as i32),
                label.pos(Pos::new(anchor, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}

/// The total and what it measures (`caption`, "Total" when empty), centred
/// on `(cx, cy)` if they fit in a circle of radius `r`.
pub fn draw_total<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    (cx, cy): (f64, f64),
    r: f64,
    total: f64,
    caption: &str,
) -> DrawResult<(), DB> {
    let big = theme.title_style();
    let small = theme.muted_style();
    let (_, big_h) = axes::text_size(area, "0", &big)?;
    let (_, small_h) = axes::text_size(area, "0", &small)?;
    let caption = if caption.is_empty() { "Total" } else { caption };
    let block_h = f64::from(big_h + small_h);
    if block_h / 2.0 >= r {
        return Ok(());
    }
    // The widest text that fits inside the circle at the block's top and bottom.
    let half_w = (r * r - (block_h / 2.0).powi(2)).max(0.0).sqrt();
    let total_text = scale::format_value(total);
    if f64::from(axes::text_size(area, &total_text, &big)?.0) > 2.0 * half_w {
        return Ok(());
    }
    let caption = axes::fit_text(area, caption, &small, (2.0 * half_w) as i32)?;
    let x = cx.round() as i32;
    let y_top = (cy - block_h / 2.0).round() as i32;
    area.draw(&Text::new(
        total_text,
        (x, y_top),
        big.pos(Pos::new(HPos::Center, VPos::Top)),
    ))?;
    area.draw(&Text::new(
        caption,
        (x, y_top + big_h),
        small.pos(Pos::new(HPos::Center, VPos::Top)),
    ))
}

/// The point at radius `r` and `angle` (clockwise from 12 o'clock; pixel y
/// grows downwards).
pub fn polar((cx, cy): (f64, f64), r: f64, angle: f64) -> (f64, f64) {
    (cx + r * angle.sin(), cy - r * angle.cos())
}

/// The outline of a ring sector (a pie slice when `r_in` is 0), with enough
/// vertices to look round: one every few pixels of arc.
pub fn ring_sector(c: (f64, f64), r_in: f64, r_out: f64, start: f64, end: f64) -> Vec<(f64, f64)> {
    let span = (end - start).max(0.0);
    let steps = ((span * r_out / 3.0).ceil() as usize).clamp(2, 2000);
    let arc = |r: f64| (0..=steps).map(move |k| polar(c, r, start + span * k as f64 / steps as f64));
    let mut points: Vec<(f64, f64)> = arc(r_out).collect();
    if r_in > 0.0 {
        let inner: Vec<(f64, f64)> = arc(r_in).collect();
        points.extend(inner.into_iter().rev());
    } else {
        points.push(c);
    }
    points
}

/// Points rounded to pixels.
pub fn to_pixels(points: &[(f64, f64)]) -> Vec<(i32, i32)> {
    points
        .iter()
        .map(|(x, y)| (x.round() as i32, y.round() as i32))
        .collect()
}

/// Whether offset `(dx, dy)` from the centre lies in the ring sector.
pub fn in_sector((dx, dy): (f64, f64), r_in: f64, r_out: f64, start: f64, end: f64) -> bool {
    let r = dx.hypot(dy);
    if r < r_in || r > r_out {
        return false;
    }
    let angle = dx.atan2(-dy).rem_euclid(TAU);
    (start..=end).contains(&angle) || end - start >= TAU - 1e-9
}

/// How many of the inside forms of a label (name and share, then the share
/// alone) a slice may try before its label goes around the circle. A label
/// keeps its name whenever the circle left room for names around it: a
/// slice too thin for both goes outside, named, rather than inside unnamed.
fn inside_forms(labels: Labels, names_outside: bool) -> usize {
    if labels == Labels::Named || names_outside {
        1
    } else {
        2
    }
}

/// The corners and edge midpoints of a `w` x `h` box centred on `c`.
fn box_points((x, y): (f64, f64), width: f64, height: f64) -> [(f64, f64); 8] {
    let (a, b) = (width / 2.0, height / 2.0);
    [
        (x - a, y - b),
        (x, y - b),
        (x + a, y - b),
        (x + a, y),
        (x + a, y + b),
        (x, y + b),
        (x - a, y + b),
        (x - a, y),
    ]
}

/// How far from the centre, horizontally, a label `2 * half_h` tall centred
/// `dy` below the centre must start to stay outside a circle of radius `r`.
fn clear_of_circle(dy: f64, half_h: f64, r: f64) -> f64 {
    let nearest = if dy.abs() <= half_h { 0.0 } else { dy.abs() - half_h };
    (r * r - nearest * nearest).max(0.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(name: &str, value: f64) -> Slice {
        Slice {
            name: name.to_string(),
            value,
        }
    }

    #[test]
    fn parts_are_sorted_and_skip_what_cannot_be_a_slice() {
        let input = [
            slice("a", 1.0),
            slice("b", 3.0),
            slice("neg", -2.0),
            slice("nan", f64::NAN),
            slice("zero", 0.0),
        ];
        let (parts, skipped) = parts(&input, 8);
        assert_eq!(parts, vec![("b".to_string(), 3.0), ("a".to_string(), 1.0)]);
        assert_eq!(skipped, 1);
    }

    #[test]
    fn the_smallest_parts_are_lumped_into_other() {
        let input: Vec<Slice> = (1..=5).map(|v| slice(&v.to_string(), f64::from(v))).collect();
        let (parts, _) = parts(&input, 3);
        let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["5", "4", "Other"]);
        assert!((parts[2].1 - 6.0).abs() < 1e-12);
    }

    #[test]
    fn sectors_cover_the_circle_clockwise_from_noon() {
        let parts = vec![("a".to_string(), 3.0), ("b".to_string(), 1.0)];
        let sectors = sectors(&parts, 4.0, |_| RGBColor(0, 0, 0));
        assert!((sectors[0].start).abs() < 1e-12);
        assert!((sectors[0].end - TAU * 0.75).abs() < 1e-12);
        assert!((sectors[1].end - TAU).abs() < 1e-12);
        // A quarter turn clockwise from noon is 3 o'clock: right of the centre.
        let (x, y) = polar((0.0, 0.0), 1.0, TAU / 4.0);
        assert!((x - 1.0).abs() < 1e-12 && y.abs() < 1e-12);
    }

    #[test]
    fn sector_membership_follows_angles_and_radii() {
        // The first quarter: from noon to 3 o'clock, upper right.
        assert!(in_sector((5.0, -5.0), 0.0, 10.0, 0.0, TAU / 4.0));
        assert!(!in_sector((-5.0, -5.0), 0.0, 10.0, 0.0, TAU / 4.0));
        assert!(!in_sector((1.0, -1.0), 5.0, 10.0, 0.0, TAU / 4.0), "in the hole");
        assert!(!in_sector((9.0, -9.0), 0.0, 10.0, 0.0, TAU / 4.0), "beyond the rim");
        assert!(in_sector((-5.0, 5.0), 0.0, 10.0, 0.0, TAU), "a full circle");
    }

    #[test]
    fn ring_sectors_are_closed_outlines_on_their_radii() {
        let points = ring_sector((0.0, 0.0), 5.0, 10.0, 0.0, TAU / 4.0);
        assert!(points.len() >= 6);
        for (x, y) in &points {
            let r = x.hypot(*y);
            assert!((r - 5.0).abs() < 1e-9 || (r - 10.0).abs() < 1e-9);
        }
        let pie = ring_sector((0.0, 0.0), 0.0, 10.0, 0.0, 1.0);
        assert_eq!(pie.last(), Some(&(0.0, 0.0)));
    }

    #[test]
    fn labels_clear_the_circle() {
        // Level with the centre: a full radius away.
        assert!((clear_of_circle(0.0, 5.0, 10.0) - 10.0).abs() < 1e-12);
        // Entirely above the circle: no horizontal offset needed.
        assert!(clear_of_circle(-20.0, 5.0, 10.0).abs() < 1e-12);
        let dx = clear_of_circle(-11.0, 5.0, 10.0);
        assert!((dx - 8.0).abs() < 1e-12);
    }

    #[test]
    fn labels_keep_their_names_when_there_is_room_around_the_circle() {
        assert_eq!(inside_forms(Labels::Named, false), 1);
        assert_eq!(inside_forms(Labels::Shares, true), 1);
        assert_eq!(
            inside_forms(Labels::Shares, false),
            2,
            "cramped: the share alone may go inside"
        );
    }

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(percent_label(60.7), "61%");
        assert_eq!(percent_label(9.41), "9.4%");
        assert_eq!(percent_label(0.39), "0.4%");
        assert_eq!(percent_label(0.01), "<0.1%");
        assert_eq!(percent_label(100.0), "100%");
    }
}
