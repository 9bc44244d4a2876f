//! # Chord diagram
//!
//! A chord diagram shows flows between a handful of groups. Each group is
//! an arc on a circle, as long as all the flow leaving and entering it;
//! each flow is a ribbon between two arcs, as wide as the flow, curving
//! through the centre and coloured by where it comes from. A ribbon touches
//! the ring at its source and stops short of it at its destination, so the
//! direction can be read. Every group has its own colour; past the
//! palette's colours, the smallest groups are lumped into one "Other"
//! group, and the footnote names them.
//!
//! The `top` parameter (`Input::top`) keeps at most that many of the
//! largest flows in either variant.
//!
//! ## When to use
//! Flows or exchanges between up to about a dozen groups (migration,
//! trade, transfers between teams) when the big picture matters: who
//! exchanges most with whom, and which pairs are lopsided.
//!
//! ## Caveat
//! With many groups the ribbons become a tangle and small flows vanish;
//! ribbon widths are hard to compare across the circle. Direction is easy
//! to miss: read the colour (the source) and the short end (the
//! destination). Show fewer flows (the `top-flows` variant), or use a
//! sankey diagram or a heatmap of the flow matrix for exact comparisons.
//!
//! ## Variants
//! - `all`: every flow.
//! - `top-flows`: only the largest flows that together carry half of the
//!   total (at most 20); the arcs keep their full length, so the hidden
//!   flows leave their slots empty.
//!
//! ## Related
//! sankey, network, arc-diagram, heatmap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, PixelBox};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::TAU;

/// A flow of `value` from group `source` to group `target` (indices into
/// the names).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flow {
    /// Index of the origin in `Input::names`.
    pub source: usize,
    /// Index of the destination in `Input::names`.
    pub target: usize,
    /// How much flows from source to target (positive), in the data's unit.
    pub value: f64,
}

/// The data of a chord diagram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The entities around the circle, one arc each.
    pub names: Vec<String>,
    /// The flows between entities, each drawn as a ribbon.
    pub flows: Vec<Flow>,
    /// What the values count, e.g. "migrants"; used in the note.
    pub value_title: String,
    /// Draw at most this many flows, the largest, in any variant (`None`:
    /// every flow, or `top-flows`' cap of 20).
    pub top: Option<usize>,
}

/// The ways to draw a chord diagram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `all`: Every flow.
    All,
    /// `top-flows`: Only the largest flows that together carry half of the total (at most 20); the
    /// arcs keep their full length, so the hidden flows leave their slots empty.
    TopFlows,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::All, Variant::TopFlows];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::All => "all",
            Variant::TopFlows => "top-flows",
        }
    }
}

/// The share of the total the `top-flows` variant keeps, and its cap.
const TOP_SHARE: f64 = 0.5;
const TOP_MAX: usize = 20;

/// A group's arc, clockwise from 12 o'clock, in radians.
#[derive(Clone, Debug, PartialEq)]
struct Arc {
    group: usize,
    start: f64,
    end: f64,
    total: f64,
}

/// Where one flow leaves its source arc and enters its target arc.
#[derive(Clone, Debug, PartialEq)]
struct Ribbon {
    flow: usize,
    source: (f64, f64),
    target: (f64, f64),
}

/// Arcs of the groups with any flow (in input order, `pad` radians apart)
/// and the ribbon slots of every usable flow. Inside an arc the slots are
/// ordered by where the other end lies, going round the circle, with
/// outgoing before incoming for the same partner: then ribbons from one
/// arc do not cross each other.
fn layout(groups: usize, flows: &[Flow], pad: f64) -> (Vec<Arc>, Vec<Ribbon>) {
    let usable = |f: &Flow| f.source < groups && f.target < groups && f.value.is_finite() && f.value > 0.0;
    let mut totals = vec![0.0; groups];
    for f in flows.iter().filter(|f| usable(f)) {
        totals[f.source] += f.value;
        totals[f.target] += f.value;
    }
    let shown: Vec<usize> = (0..groups).filter(|g| totals[*g] > 0.0).collect();
    let sum: f64 = shown.iter().map(|g| totals[*g]).sum();
    if shown.is_empty() || !(sum.is_finite() && sum > 0.0) {
        return (Vec::new(), Vec::new());
    }
    let k = shown.len();
    let pad = if k > 1 {
        pad.clamp(0.0, TAU / (2 * k) as f64)
    } else {
        0.0
    };
    let unit = (TAU - pad * k as f64) / sum;
    let mut position = vec![0; groups];
    let mut arcs = Vec::with_capacity(k);
    let mut angle = pad / 2.0;
    for (p, g) in shown.iter().enumerate() {
        position[*g] = p;
        let end = angle + totals[*g] * unit;
        arcs.push(Arc {
            group: *g,
            start: angle,
            end,
            total: totals[*g],
        });
        angle = end + pad;
    }
    let mut ribbons: Vec<Ribbon> = flows
        .iter()
        .enumerate()
        .filter(|(_, f)| usable(f))
        .map(|(i, _)| Ribbon {
            flow: i,
            source: (0.0, 0.0),
            target: (0.0, 0.0),
        })
        .collect();
    for arc in &arcs {
        let here = position[arc.group];
        // (ribbon index, outgoing?, steps round to the partner)
        let mut slots: Vec<(usize, bool, usize)> = Vec::new();
        for (r, ribbon) in ribbons.iter().enumerate() {
            let f = &flows[ribbon.flow];
            let steps = |other: usize| match (position[other] + k - here) % k {
                0 => k,
                d => d,
            };
            if f.source == arc.group {
                slots.push((r, true, steps(f.target)));
            }
            if f.target == arc.group {
                slots.push((r, false, steps(f.source)));
            }
        }
        slots.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
        let mut at = arc.start;
        for (r, outgoing, _) in slots {
            let width = flows[ribbons[r].flow].value * unit;
            if outgoing {
                ribbons[r].source = (at, at + width);
            } else {
                ribbons[r].target = (at, at + width);
            }
            at += width;
        }
    }
    (arcs, ribbons)
}

/// The flows the `top-flows` variant keeps: largest first, until they
/// carry `share` of the total, at least one, at most `max`.
fn top_flows(flows: &[Flow], share: f64, max: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..flows.len())
        .filter(|i| flows[*i].value.is_finite() && flows[*i].value > 0.0)
        .collect();
    order.sort_by(|a, b| flows[*b].value.total_cmp(&flows[*a].value).then(a.cmp(b)));
    let total: f64 = order.iter().map(|i| flows[*i].value).sum();
    let mut kept = Vec::new();
    let mut sum = 0.0;
    for i in order {
        if kept.len() >= max.max(1) || (!kept.is_empty() && sum >= share * total) {
            break;
        }
        sum += flows[i].value;
        kept.push(i);
    }
    kept
}

/// Points of the quadratic Bézier curve from `p0` to `p1` pulled towards
/// `c`, `steps` segments (the ends included exactly).
pub fn quad_bezier(p0: (f64, f64), c: (f64, f64), p1: (f64, f64), steps: usize) -> Vec<(f64, f64)> {
    let steps = steps.max(1);
    (0..=steps)
        .map(|k| {
            let t = k as f64 / steps as f64;
            let (a, b, d) = ((1.0 - t) * (1.0 - t), 2.0 * (1.0 - t) * t, t * t);
            (a * p0.0 + b * c.0 + d * p1.0, a * p0.1 + b * c.1 + d * p1.1)
        })
        .collect()
}

/// The point at radius `r` and `angle` (clockwise from 12 o'clock; pixel
/// y grows downwards).
fn polar((cx, cy): (f64, f64), r: f64, angle: f64) -> (f64, f64) {
    (cx + r * angle.sin(), cy - r * angle.cos())
}

/// Points along a circle of radius `r` from angle `a0` to `a1`, one vertex
/// every few pixels.
fn arc_path(c: (f64, f64), r: f64, a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let steps = (((a1 - a0).abs() * r / 3.0).ceil() as usize).clamp(1, 720);
    (0..=steps)
        .map(|k| polar(c, r, a0 + (a1 - a0) * k as f64 / steps as f64))
        .collect()
}

/// A ribbon's outline: along the source slot, through the centre to the
/// target slot (at radius `r_target`), along it, and back.
fn ribbon_outline(c: (f64, f64), r: f64, r_target: f64, ribbon: &Ribbon) -> Vec<(f64, f64)> {
    let (s0, s1) = ribbon.source;
    let (t0, t1) = ribbon.target;
    let steps = ((r / 4.0).ceil() as usize).clamp(8, 64);
    let mut points = arc_path(c, r, s0, s1);
    points.extend(
        quad_bezier(polar(c, r, s1), c, polar(c, r_target, t0), steps)
            .into_iter()
            .skip(1),
    );
    points.extend(arc_path(c, r_target, t0, t1).into_iter().skip(1));
    points.extend(
        quad_bezier(polar(c, r_target, t1), c, polar(c, r, s0), steps)
            .into_iter()
            .skip(1),
    );
    points
}

fn to_pixels(points: &[(f64, f64)]) -> Vec<(i32, i32)> {
    points
        .iter()
        .map(|(x, y)| (x.round() as i32, y.round() as i32))
        .collect()
}

/// The opacity of the see-through ribbons: where many overlap they build
/// up to a solid colour, on paper and in a terminal alike (the terminal
/// mixes see-through colours by how much of a cell they cover).
const SEE_THROUGH: f64 = 0.6;

/// The footnote: how to read the ribbons, or what part is shown; and
/// which groups were lumped into "Other".
fn footnote(input: &Input, every: bool, kept: &[usize], lumped: &[String]) -> String {
    let total: f64 = input
        .flows
        .iter()
        .map(|f| f.value)
        .filter(|v| v.is_finite() && *v > 0.0)
        .sum();
    let what = if input.value_title.is_empty() {
        "flow"
    } else {
        input.value_title.as_str()
    };
    let mut note = if every {
        format!("Ribbon width: {what}; a ribbon stops short of the ring at its destination")
    } else {
        let shown: f64 = kept.iter().filter_map(|i| input.flows.get(*i)).map(|f| f.value).sum();
        format!(
            "The {} largest flows: {}% of {} {what}",
            kept.len(),
            (shown / total * 100.0).round(),
            scale::format_value(total)
        )
    };
    if !lumped.is_empty() {
        note = format!(
            "\"Other\" is the {} smallest: {}. {note}",
            lumped.len(),
            lumped.join(", ")
        );
    }
    note
}

/// How a name outside the ring hangs from its point at `angle` (clockwise
/// from 12 o'clock): beside it on the sides, above or below it near the
/// top and the bottom.
fn ring_anchor(angle: f64) -> (HPos, VPos) {
    let (sin, cos) = (angle.sin(), angle.cos());
    if sin.abs() < 0.3 {
        (HPos::Center, if cos > 0.0 { VPos::Bottom } else { VPos::Top })
    } else if sin > 0.0 {
        (HPos::Left, VPos::Center)
    } else {
        (HPos::Right, VPos::Center)
    }
}

/// Distance from `c` to the nearest point of box `b`.
fn box_distance(c: (f64, f64), b: PixelBox) -> f64 {
    let nx = c.0.clamp(f64::from(b.0), f64::from(b.2));
    let ny = c.1.clamp(f64::from(b.1), f64::from(b.3));
    (nx - c.0).hypot(ny - c.1)
}

/// Each group's colour, by size: every group its own palette colour,
/// largest first; the lumped "Other" group (if any) the palette's last
/// colour, which no other group gets. Also returns the arcs ranked by size.
fn colours_by_size(arcs: &[Arc], groups: usize, other: Option<usize>, theme: &Theme) -> (Vec<RGBColor>, Vec<usize>) {
    let mut rank: Vec<usize> = (0..arcs.len()).collect();
    rank.sort_by(|a, b| arcs[*b].total.total_cmp(&arcs[*a].total).then(a.cmp(b)));
    let mut color_of = vec![theme.color(0); groups];
    let mut next = 0;
    for a in &rank {
        let group = arcs[*a].group;
        let color = if Some(group) == other {
            theme.color(theme.palette.len().saturating_sub(1))
        } else {
            next += 1;
            theme.color(next - 1)
        };
        if let Some(slot) = color_of.get_mut(group) {
            *slot = color;
        }
    }
    (color_of, rank)
}

/// The groups and flows to draw when there are more groups with flows than
/// `max_groups` colours: the `max_groups - 1` largest (by flow in and
/// out) keep their names, the rest become one group "Other" at the end.
/// Flows into and out of lumped groups are summed; flows between two of
/// them vanish inside "Other". Returns the names, the flows and the lumped
/// names (largest first); unchanged input when everything fits.
fn lump_smallest(names: &[String], flows: &[Flow], max_groups: usize) -> (Vec<String>, Vec<Flow>, Vec<String>) {
    let groups = names.len();
    let usable = |f: &&Flow| f.source < groups && f.target < groups && f.value.is_finite() && f.value > 0.0;
    let mut totals = vec![0.0; groups];
    for f in flows.iter().filter(usable) {
        totals[f.source] += f.value;
        totals[f.target] += f.value;
    }
    let mut rank: Vec<usize> = (0..groups).filter(|g| totals[*g] > 0.0).collect();
    if rank.len() <= max_groups.max(2) {
        return (names.to_vec(), flows.to_vec(), Vec::new());
    }
    rank.sort_by(|a, b| totals[*b].total_cmp(&totals[*a]).then(a.cmp(b)));
    let keep = max_groups.max(2) - 1;
    // Kept groups stay in input order, so the circle keeps its order.
    let mut kept: Vec<usize> = rank.iter().take(keep).copied().collect();
    kept.sort_unstable();
    let other = kept.len();
    let index_of = |g: usize| kept.iter().position(|k| *k == g).unwrap_or(other);
    let mut merged: Vec<Flow> = Vec::new();
    for f in flows.iter().filter(usable) {
        let (source, target) = (index_of(f.source), index_of(f.target));
        if source == other && target == other {
            continue;
        }
        match merged.iter_mut().find(|m| m.source == source && m.target == target) {
            Some(m) => m.value += f.value,
            None => merged.push(Flow {
                source,
                target,
                value: f.value,
            }),
        }
    }
    let mut out_names: Vec<String> = kept.iter().map(|g| names[*g].clone()).collect();
    out_names.push(String::from("Other"));
    let lumped = rank.iter().skip(keep).map(|g| names[*g].clone()).collect();
    (out_names, merged, lumped)
}

/// Draws `input` as a chord diagram in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (names, flows, lumped) = lump_smallest(&input.names, &input.flows, theme.palette.len());
    let other = (!lumped.is_empty()).then(|| names.len() - 1);
    let input = &Input {
        title: input.title.clone(),
        names,
        flows,
        value_title: input.value_title.clone(),
        top: input.top,
    };
    let (arcs, ribbons) = layout(input.names.len(), &input.flows, 0.035);
    if arcs.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No positive flows to draw");
    }
    let every = variant == Variant::All && input.top.is_none();
    let kept: Vec<usize> = match variant {
        _ if every => ribbons.iter().map(|r| r.flow).collect(),
        Variant::All => top_flows(&input.flows, 1.0, input.top.unwrap_or(TOP_MAX)),
        Variant::TopFlows => top_flows(&input.flows, TOP_SHARE, input.top.unwrap_or(TOP_MAX)),
    };
    let area = &axes::draw_footnote(area, theme, &footnote(input, every, &kept, &lumped))?;
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let top = axes::draw_title(area, theme, &input.title)?;
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "Ag", &label)?;
    let char_w = char_w / 2;
    let bottom = h - m;

    // The circle, with room for a label column on each side and a line
    // above and below.
    let names: Vec<String> = arcs
        .iter()
        .map(|a| input.names.get(a.group).cloned().unwrap_or_default())
        .collect();
    let mut widest = 0;
    for name in &names {
        widest = widest.max(axes::text_size(area, name, &label)?.0);
    }
    let side = f64::from(widest.min(w / 5) + theme.gap);
    let (avail_w, avail_h) = (f64::from(w - 2 * m), f64::from(bottom - top));
    // Above and below: a line of text, clear of the ring by a gap (a
    // whole character in a terminal) with room to spare for labels set
    // a little off the top or bottom.
    let in_cells = axes::text_in_cells(area, theme)?;
    let clear = f64::from(theme.gap).max(if in_cells { f64::from(char_w) } else { 1.0 });
    let above = f64::from(line_h + theme.gap) + 2.0 * clear;
    let r_out = ((avail_w / 2.0 - side).min(avail_h / 2.0 - above)).max(avail_h.min(avail_w) / 4.0);
    if r_out < 4.0 {
        return Ok(());
    }
    let c = (f64::from(w) / 2.0, f64::from(top) + avail_h / 2.0);
    let ring = (r_out * 0.06).max(4.0);
    // Sources touch the ring; destinations stop a ring's width short of it.
    let r_ribbon = r_out - ring;
    let r_target = r_ribbon - ring;

    let (color_of, rank) = colours_by_size(&arcs, input.names.len(), other, theme);

    // Ribbons, largest first so the small ones stay visible on top.
    let alpha = SEE_THROUGH;
    let mut drawn: Vec<&Ribbon> = ribbons.iter().filter(|r| kept.contains(&r.flow)).collect();
    drawn.sort_by(|a, b| input.flows[b.flow].value.total_cmp(&input.flows[a.flow].value));
    for ribbon in drawn {
        let f = &input.flows[ribbon.flow];
        let points = ribbon_outline(c, r_ribbon, r_target, ribbon);
        area.draw(&Polygon::new(
            to_pixels(&points),
            color_of[f.source].mix(alpha).filled(),
        ))?;
    }
    // The ring.
    for arc in &arcs {
        let mut points = arc_path(c, r_out, arc.start, arc.end);
        points.extend(arc_path(c, r_out - ring, arc.end, arc.start));
        area.draw(&Polygon::new(to_pixels(&points), color_of[arc.group].filled()))?;
    }

    // Names outside the ring, biggest groups first, never overlapping.
    let mut placed: Vec<PixelBox> = Vec::new();
    for a in rank {
        let arc = &arcs[a];
        let mid = f64::midpoint(arc.start, arc.end);
        let (h_pos, v_pos) = ring_anchor(mid);
        let (x, _) = polar(c, r_out + f64::from(theme.gap), mid);
        let room = match h_pos {
            HPos::Left => f64::from(w - m) - x,
            HPos::Right => x - f64::from(m),
            HPos::Center => f64::from(w - 2 * m),
        };
        let text = axes::fit_text(area, &names[a], &label, room as i32)?;
        if text.is_empty() {
            continue;
        }
        let (tw, th) = axes::text_size(area, &text, &label)?;
        // Out from the ring until the whole text box clears it (by a
        // character in a terminal, where the ring's edge fills whole cells).
        let clear = r_out + clear;
        let mut at = r_out + f64::from(theme.gap);
        let ((xi, yi), b) = loop {
            let (x, y) = polar(c, at, mid);
            let (xi, yi) = (x.round() as i32, y.round() as i32);
            let b = axes::anchored_box((xi, yi), (tw, th), h_pos, v_pos);
            if box_distance(c, b) >= clear || at > r_out * 2.0 {
                break ((xi, yi), b);
            }
            at += f64::from(theme.gap.max(1));
        };
        let inside = b.0 >= 0 && b.1 >= top && b.2 <= w && b.3 <= bottom;
        if inside && !placed.iter().any(|p| axes::boxes_overlap(p, &b)) {
            area.draw(&Text::new(text, (xi, yi), label.pos(Pos::new(h_pos, v_pos))))?;
            placed.push(b);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(source: usize, target: usize, value: f64) -> Flow {
        Flow { source, target, value }
    }

    #[test]
    fn past_the_palette_the_smallest_groups_become_other_and_no_colour_repeats() {
        let names: Vec<String> = (0..13).map(|i| format!("G{i}")).collect();
        // Group i sends i + 1 to group (i + 1) % 13: G12 and G0 are largest.
        let flows: Vec<Flow> = (0..13).map(|i| flow(i, (i + 1) % 13, (i + 1) as f64)).collect();
        let theme = Theme::light();
        let max = theme.palette.len();
        let (names, flows, lumped) = lump_smallest(&names, &flows, max);
        assert_eq!(names.len(), max);
        assert_eq!(names.last().map(String::as_str), Some("Other"));
        assert_eq!(lumped.len(), 13 - (max - 1));
        assert_eq!(
            lumped.last().map(String::as_str),
            Some("G1"),
            "the smallest: {lumped:?}"
        );
        assert!(flows.iter().all(|f| f.source < names.len() && f.target < names.len()));
        let (arcs, _) = layout(names.len(), &flows, 0.0);
        let (colours, _) = colours_by_size(&arcs, names.len(), Some(names.len() - 1), &theme);
        for (i, a) in colours.iter().enumerate() {
            for b in colours.iter().skip(i + 1) {
                assert_ne!(a, b, "two groups share a colour: {colours:?}");
            }
        }
        // Few groups: unchanged.
        let few = [String::from("a"), String::from("b")];
        let (n, f, l) = lump_smallest(&few, &[flow(0, 1, 1.0)], max);
        assert_eq!((n.len(), f.len(), l.len()), (2, 1, 0));
    }

    #[test]
    fn label_boxes_measure_their_distance_from_the_centre() {
        let b = axes::anchored_box((10, 0), (20, 10), HPos::Left, VPos::Center);
        assert_eq!(b, (10, -5, 30, 5));
        assert!((box_distance((0.0, 0.0), b) - 10.0).abs() < 1e-12);
        let below = axes::anchored_box((0, 10), (20, 10), HPos::Center, VPos::Top);
        assert!((box_distance((0.0, 0.0), below) - 10.0).abs() < 1e-12);
    }

    #[test]
    fn quadratic_bezier_ends_on_its_points_and_bends_towards_the_control() {
        let points = quad_bezier((0.0, 0.0), (5.0, 10.0), (10.0, 0.0), 4);
        assert_eq!(points.len(), 5);
        assert_eq!(points.first(), Some(&(0.0, 0.0)));
        assert_eq!(points.last(), Some(&(10.0, 0.0)));
        // At t = 1/2: a quarter of each end plus half the control point.
        assert_eq!(points[2], (5.0, 5.0));
        assert_eq!(quad_bezier((1.0, 1.0), (0.0, 0.0), (2.0, 2.0), 0).len(), 2);
    }

    #[test]
    fn arcs_are_as_long_as_the_flow_in_and_out() {
        let flows = [flow(0, 1, 3.0), flow(1, 0, 1.0), flow(2, 0, f64::NAN), flow(0, 9, 5.0)];
        let (arcs, ribbons) = layout(3, &flows, 0.0);
        assert_eq!(arcs.len(), 2, "group 2 has no usable flow");
        assert_eq!(ribbons.len(), 2);
        // Both groups carry 4 of the 8 units: half the circle each.
        assert!((arcs[0].end - arcs[0].start - TAU / 2.0).abs() < 1e-12);
        assert!((arcs[1].start - TAU / 2.0).abs() < 1e-12);
        for r in &ribbons {
            let value = flows[r.flow].value;
            let unit = TAU / 8.0;
            assert!((r.source.1 - r.source.0 - value * unit).abs() < 1e-12);
            assert!((r.target.1 - r.target.0 - value * unit).abs() < 1e-12);
        }
    }

    #[test]
    fn slots_follow_the_partners_round_the_circle() {
        // Group 0 sends to 1 (next clockwise) and to 2 (further round).
        let flows = [flow(0, 1, 1.0), flow(0, 2, 1.0), flow(1, 2, 1.0)];
        let (arcs, ribbons) = layout(3, &flows, 0.0);
        let to_1 = ribbons.iter().find(|r| r.flow == 0).expect("0 -> 1");
        let to_2 = ribbons.iter().find(|r| r.flow == 1).expect("0 -> 2");
        // The farther partner's slot comes first, so the two do not cross.
        assert!(to_2.source.0 < to_1.source.0);
        assert!((to_2.source.0 - arcs[0].start).abs() < 1e-12);
    }

    #[test]
    fn top_flows_keep_the_largest_until_half_the_total() {
        let flows = [flow(0, 1, 1.0), flow(1, 0, 6.0), flow(0, 2, 2.0), flow(2, 0, 1.0)];
        assert_eq!(top_flows(&flows, 0.5, 20), vec![1]);
        assert_eq!(top_flows(&flows, 0.7, 20), vec![1, 2]);
        assert_eq!(top_flows(&flows, 1.0, 2), vec![1, 2]);
        assert!(top_flows(&[], 0.5, 20).is_empty());
    }

    #[test]
    fn top_keeps_the_largest_flows_in_either_variant() {
        let input = Input {
            names: ["a", "b", "c"].map(String::from).to_vec(),
            flows: vec![flow(0, 1, 1.0), flow(1, 0, 6.0), flow(0, 2, 2.0), flow(2, 1, 3.0)],
            ..Input::default()
        };
        let draw_it = |input: &Input, variant: Variant| {
            crate::test_pixels::pixels(300, 240, |area| {
                draw(area, input, variant, &Theme::light()).expect("draws");
            })
        };
        let two = Input {
            top: Some(2),
            ..input.clone()
        };
        assert_ne!(draw_it(&input, Variant::All), draw_it(&two, Variant::All));
        // top-flows keeps one flow (half the total) either way, but says so.
        let one = Input {
            top: Some(1),
            ..input.clone()
        };
        assert_eq!(draw_it(&input, Variant::TopFlows), draw_it(&one, Variant::TopFlows));
        assert_eq!(
            footnote(&input, false, &[1, 3], &[]),
            "The 2 largest flows: 75% of 12 flow"
        );
    }

    #[test]
    fn ribbon_outlines_start_and_end_at_the_source() {
        let r = Ribbon {
            flow: 0,
            source: (0.0, 0.5),
            target: (2.0, 2.5),
        };
        let points = ribbon_outline((0.0, 0.0), 10.0, 8.0, &r);
        let first = points.first().copied().expect("points");
        let last = points.last().copied().expect("points");
        assert!((first.0 - last.0).abs() < 1e-9 && (first.1 - last.1).abs() < 1e-9);
        assert!((first.1 + 10.0).abs() < 1e-9, "starts at noon on the ring");
    }
}
