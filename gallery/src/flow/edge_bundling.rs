//! # Hierarchical edge bundling
//!
//! Hierarchical edge bundling puts the nodes of a network on a circle,
//! grouped, and bends every link along the path of the hierarchy that
//! holds them: from a node to its group's hub inside the circle, through
//! the centre when the groups differ, to the other group's hub and out to
//! the other node. Links that share a route merge into bundles, so the
//! main streams between groups show instead of a web of crossing lines.
//! Each link fades from the colour of one end's group to the other's.
//!
//! ## When to use
//! Many links (hundreds to thousands) between nodes that belong to a
//! hierarchy or to groups: flights between regions, imports between
//! software packages, messages between departments.
//!
//! ## Caveat
//! Bundling hides the individual links: it shows the overall pattern of
//! which groups talk to which, not who is linked to whom. The picture also
//! depends on the grouping and on the bundling strength (beta). Compare
//! with the `straight` variant, and use a heatmap of group-to-group counts
//! or a network of the few strongest links when details matter.
//!
//! ## Variants
//! - `bundled`: links bent along the hierarchy (Holten's bundling, beta
//!   0.85, as cubic B-splines; the `bundling` parameter, `Input::beta`,
//!   sets beta).
//! - `straight`: the same links as straight chords, to compare.
//!
//! ## Related
//! network, chord, arc-diagram, connection-map
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and `graph.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry, PixelBox};
pub use crate::graph::Node;
use crate::graph::{self, group_index, ring_anchor};
use crate::theme::{blend, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::TAU;

/// A link between nodes `source` and `target` (indices into the nodes).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edge {
    /// Index of one end in `Input::nodes`.
    pub source: usize,
    /// Index of the other end in `Input::nodes`.
    pub target: usize,
}

impl graph::Link for Edge {
    fn ends(&self) -> (usize, usize) {
        (self.source, self.target)
    }
}

/// The data of a hierarchical edge bundling chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// Nodes go round the circle by group (groups in order of first
    /// appearance), in the order given within a group.
    pub nodes: Vec<Node>,
    /// The links between nodes, drawn as bundled curves.
    pub edges: Vec<Edge>,
    /// A line under the chart: which links are shown, how groups are made.
    pub note: String,
    /// The `bundled` variant's strength, 0 (straight chords) to 1 (links
    /// follow the hierarchy all the way); `None`: [`BETA`].
    pub beta: Option<f64>,
}

/// The ways to draw a hierarchical edge bundling chart, as the module's `## Variants` describes
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `bundled`: Links bent along the hierarchy (Holten's bundling, beta 0.85, as cubic
    /// B-splines).
    Bundled,
    /// `straight`: The same links as straight chords, to compare.
    Straight,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Bundled, Variant::Straight];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Bundled => "bundled",
            Variant::Straight => "straight",
        }
    }
}

/// Bundling strength: 0 draws straight lines, 1 follows the hierarchy
/// exactly. Holten (2006) recommends about 0.85.
pub const BETA: f64 = 0.85;

/// Control points straightened towards the line from the first to the
/// last: `beta * p_i + (1 - beta) * (p_0 + i / (n - 1) * (p_last - p_0))`.
pub fn straighten(points: &[(f64, f64)], beta: f64) -> Vec<(f64, f64)> {
    let n = points.len();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let t = if n > 1 { i as f64 / (n - 1) as f64 } else { 0.0 };
            let line = (first.0 + t * (last.0 - first.0), first.1 + t * (last.1 - first.1));
            (beta * p.0 + (1.0 - beta) * line.0, beta * p.1 + (1.0 - beta) * line.1)
        })
        .collect()
}

/// A uniform cubic B-spline through `points` as control points, with the
/// ends repeated so the curve starts on the first point and ends on the
/// last (as d3's `curveBasis`); `steps` samples per segment.
pub fn b_spline(points: &[(f64, f64)], steps: usize) -> Vec<(f64, f64)> {
    let (Some(first), Some(last)) = (points.first().copied(), points.last().copied()) else {
        return Vec::new();
    };
    let mut ctrl = vec![first, first];
    ctrl.extend_from_slice(points);
    ctrl.extend([last, last]);
    let steps = steps.max(1);
    let mut out = Vec::with_capacity((ctrl.len() - 3) * steps + 1);
    for seg in ctrl.windows(4) {
        for k in 0..steps {
            let t = k as f64 / steps as f64;
            let (t2, t3) = (t * t, t * t * t);
            let w = [
                (1.0 - t).powi(3) / 6.0,
                (3.0 * t3 - 6.0 * t2 + 4.0) / 6.0,
                (-3.0 * t3 + 3.0 * t2 + 3.0 * t + 1.0) / 6.0,
                t3 / 6.0,
            ];
            let x = seg.iter().zip(w).map(|(p, w)| p.0 * w).sum();
            let y = seg.iter().zip(w).map(|(p, w)| p.1 * w).sum();
            out.push((x, y));
        }
    }
    out.push(last);
    out
}

/// Angles (radians, clockwise from 12 o'clock) of the nodes round the
/// circle, grouped, with a gap of two slots between groups; and each
/// group's mid angle.
fn circle_layout(group: &[usize], groups: usize) -> (Vec<f64>, Vec<f64>) {
    let n = group.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|i| (group[*i], *i));
    let breaks = order.windows(2).filter(|w| group[w[0]] != group[w[1]]).count();
    let gaps = if breaks > 0 { breaks + 1 } else { 0 };
    let slots = (n + 2 * gaps).max(1) as f64;
    let mut angles = vec![0.0; n];
    let mut slot = if gaps > 0 { 1.0 } else { 0.0 };
    for (k, i) in order.iter().enumerate() {
        if k > 0 && group[order[k - 1]] != group[*i] {
            slot += 2.0;
        }
        angles[*i] = (slot + 0.5) / slots * TAU;
        slot += 1.0;
    }
    let mut mids = vec![0.0; groups];
    for (g, mid) in mids.iter_mut().enumerate() {
        let members: Vec<f64> = (0..n).filter(|i| group[*i] == g).map(|i| angles[i]).collect();
        if let (Some(lo), Some(hi)) = (members.first(), members.last()) {
            *mid = f64::midpoint(*lo, *hi);
        }
    }
    (angles, mids)
}

/// The hierarchy path of a link in the unit circle: node, its group's hub
/// (at half the radius), the centre when the groups differ, the other hub,
/// the other node.
fn hierarchy_path(a: (f64, usize), b: (f64, usize), mids: &[f64]) -> Vec<(f64, f64)> {
    let at = |r: f64, angle: f64| (r * angle.sin(), -r * angle.cos());
    let hub = |g: usize| at(0.5, mids.get(g).copied().unwrap_or(0.0));
    let mut path = vec![at(1.0, a.0), hub(a.1)];
    if a.1 != b.1 {
        path.push((0.0, 0.0));
        path.push(hub(b.1));
    }
    path.push(at(1.0, b.0));
    path
}

/// Draws `input` as a hierarchical edge bundling chart in the style of `variant`, filling `area`,
/// with `theme`'s colours, fonts and sizes; input with nothing to draw gets a message instead of a
/// chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n = input.nodes.len();
    let edges: Vec<&Edge> = input
        .edges
        .iter()
        .filter(|e| e.source < n && e.target < n && e.source != e.target)
        .collect();
    if n == 0 || edges.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No links to draw");
    }
    let (groups, group) = group_index(&input.nodes);
    let (angles, mids) = circle_layout(&group, groups.len());
    let degree = graph::degrees(n, &input.edges);

    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
    let legend: Vec<LegendEntry> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.is_empty())
        .map(|(i, g)| LegendEntry {
            label: g.clone(),
            color: theme.color(i),
        })
        .collect();
    if legend.len() > 1 {
        top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    }
    let label = theme.label_style();
    let muted = theme.muted_style();
    let (_, line_h) = axes::text_size(area, "Ag", &label)?;
    // A line at the bottom for the note and for how many names did not
    // fit (known once the names are placed).
    let bottom = h - m - line_h - theme.gap / 2;

    // The circle, with room for a label column on each side.
    let mut widest = 0;
    for node in &input.nodes {
        widest = widest.max(axes::text_size(area, &node.name, &label)?.0);
    }
    let dot = f64::from(theme.point_radius).max(1.0);
    let side = f64::from(widest.min(w / 6) + theme.gap) + dot;
    let (avail_w, avail_h) = (f64::from(w - 2 * m), f64::from(bottom - top));
    let r = (avail_w / 2.0 - side)
        .min(avail_h / 2.0 - f64::from(line_h + theme.gap) - dot)
        .max(avail_w.min(avail_h) / 4.0);
    if r < 4.0 {
        return Ok(());
    }
    let (cx, cy) = (f64::from(w) / 2.0, f64::from(top) + avail_h / 2.0);
    let to_px = |p: (f64, f64)| ((cx + p.0 * r).round() as i32, (cy + p.1 * r).round() as i32);

    // Links, each fading from one end's group colour to the other's.
    let beta = input.beta.filter(|b| b.is_finite()).map_or(BETA, |b| b.clamp(0.0, 1.0));
    let alpha = SEE_THROUGH;
    let pieces = 6;
    for e in &edges {
        let (a, b) = ((angles[e.source], group[e.source]), (angles[e.target], group[e.target]));
        let control = hierarchy_path(a, b, &mids);
        let curve: Vec<(f64, f64)> = match variant {
            Variant::Bundled => b_spline(&straighten(&control, beta), 8),
            // Flattened completely, the spline is the straight chord, still
            // sampled in many points so its colour can fade along it.
            Variant::Straight => b_spline(&straighten(&control, 0.0), 8),
        };
        let pixels: Vec<(i32, i32)> = curve.iter().map(|p| to_px(*p)).collect();
        let (ca, cb) = (theme.color(group[e.source]), theme.color(group[e.target]));
        let per = pixels.len().div_ceil(pieces).max(1);
        for (k, chunk_start) in (0..pixels.len().saturating_sub(1)).step_by(per).enumerate() {
            let end = (chunk_start + per).min(pixels.len() - 1);
            let t = (k as f64 + 0.5) / pieces as f64;
            let color = if ca == cb { ca } else { blend(ca, cb, t.min(1.0)) };
            area.draw(&PathElement::new(pixels[chunk_start..=end].to_vec(), color.mix(alpha)))?;
        }
    }
    // Nodes on the circle, then their names.
    for (i, a) in angles.iter().enumerate() {
        let p = to_px((a.sin(), -a.cos()));
        area.draw(&Circle::new(p, dot.round() as i32, theme.color(group[i]).filled()))?;
    }
    let circle = Disc { cx, cy, r, dot };
    let named = draw_labels(area, theme, input, &circle, &angles, &degree, (top, bottom))?;
    let unnamed = input.nodes.len().saturating_sub(named);
    let note = match unnamed {
        0 => input.note.clone(),
        k => [
            input.note.clone(),
            format!("{k} of {} names do not fit", input.nodes.len()),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; "),
    };
    if !note.is_empty() {
        let note = axes::fit_text(area, &note, &muted, w - 2 * m)?;
        area.draw(&Text::new(
            note,
            (m, h - m),
            muted.pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
    }
    Ok(())
}

/// The circle in pixels and the radius of its node dots.
struct Disc {
    cx: f64,
    cy: f64,
    r: f64,
    dot: f64,
}

/// Names outside the circle, most linked first, never over another name
/// or a dot, between `top` and `bottom`; returns how many.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    c: &Disc,
    angles: &[f64],
    degree: &[usize],
    (top, bottom): (i32, i32),
) -> DrawResult<usize, DB> {
    let (w, _) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let mut order: Vec<usize> = (0..angles.len())
        .filter(|i| degree.get(*i).copied().unwrap_or(0) > 0)
        .collect();
    order.sort_by(|a, b| degree[*b].cmp(&degree[*a]).then(a.cmp(b)));
    let d = c.dot.ceil() as i32;
    let dots: Vec<PixelBox> = angles
        .iter()
        .map(|a| {
            let (x, y) = (
                (c.cx + c.r * a.sin()).round() as i32,
                (c.cy - c.r * a.cos()).round() as i32,
            );
            (x - d, y - d, x + d + 1, y + d + 1)
        })
        .collect();
    let mut placed: Vec<PixelBox> = Vec::new();
    let out = c.r + c.dot + f64::from(theme.gap);
    for i in order {
        let a = angles[i];
        let (x, y) = (c.cx + out * a.sin(), c.cy - out * a.cos());
        let (h_pos, v_pos) = ring_anchor(a);
        let room = match h_pos {
            HPos::Left => f64::from(w) - x,
            HPos::Right => x,
            HPos::Center => f64::from(w),
        } - f64::from(m);
        let Some(node) = input.nodes.get(i) else { continue };
        let text = axes::fit_text(area, &node.name, &label, room as i32)?;
        if text.is_empty() {
            continue;
        }
        let (tw, th) = axes::text_size(area, &text, &label)?;
        let at = (x.round() as i32, y.round() as i32);
        let b = axes::anchored_box(at, (tw, th), h_pos, v_pos);
        let inside = b.0 >= 0 && b.1 >= top && b.2 <= w && b.3 <= bottom;
        let on_dot = dots
            .iter()
            .enumerate()
            .any(|(j, d)| j != i && axes::boxes_overlap(d, &b));
        // A little air on both sides, so neighbours never touch.
        let b = (b.0 - theme.gap / 3, b.1, b.2 + theme.gap / 3, b.3);
        if inside && !on_dot && !placed.iter().any(|p| axes::boxes_overlap(p, &b)) {
            area.draw(&Text::new(text, at, label.pos(Pos::new(h_pos, v_pos))))?;
            placed.push(b);
        }
    }
    Ok(placed.len())
}

/// The opacity of the see-through lines: where many overlap they build
/// up to a solid colour, on paper and in a terminal alike (the terminal
/// mixes see-through colours by how much of a cell they cover).
const SEE_THROUGH: f64 = 0.45;

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn b_splines_start_and_end_on_their_end_points() {
        let pts = [(0.0, 0.0), (1.0, 2.0), (3.0, 2.0), (4.0, 0.0)];
        let curve = b_spline(&pts, 8);
        assert!(close(curve[0], (0.0, 0.0)));
        assert!(close(*curve.last().expect("points"), (4.0, 0.0)));
        // The curve stays inside the control points' hull: y in 0..=2.
        assert!(curve.iter().all(|p| (-1e-9..=2.0 + 1e-9).contains(&p.1)));
        assert!(b_spline(&[], 8).is_empty());
        assert_eq!(b_spline(&[(1.0, 1.0)], 4).last(), Some(&(1.0, 1.0)));
    }

    #[test]
    fn beta_zero_is_a_straight_line_and_one_keeps_the_path() {
        let path = [(0.0, 0.0), (1.0, 3.0), (2.0, -1.0), (3.0, 0.0)];
        let flat = straighten(&path, 0.0);
        assert!(flat.iter().all(|p| p.1.abs() < 1e-12), "{flat:?}");
        assert_eq!(straighten(&path, 1.0), path.to_vec());
        let bundled = straighten(&path, BETA);
        assert!(close(bundled[0], path[0]) && close(bundled[3], path[3]), "ends fixed");
        assert!((bundled[1].1 - 0.85 * 3.0).abs() < 1e-12);
    }

    #[test]
    fn beta_sets_how_far_the_drawn_links_bundle() {
        let nodes: Vec<Node> = (0..9)
            .map(|i| Node {
                name: format!("n{i}"),
                group: format!("g{}", i % 3),
            })
            .collect();
        let edges: Vec<Edge> = (0..9)
            .map(|i| Edge {
                source: i,
                target: (i * 4 + 1) % 9,
            })
            .collect();
        let input = Input {
            nodes,
            edges,
            ..Input::default()
        };
        let draw_it = |input: &Input, variant: Variant| {
            crate::test_pixels::pixels(300, 240, |area| {
                draw(area, input, variant, &Theme::light()).expect("draws");
            })
        };
        let loose = Input {
            beta: Some(0.3),
            ..input.clone()
        };
        let flat = Input {
            beta: Some(0.0),
            ..input.clone()
        };
        assert_ne!(draw_it(&input, Variant::Bundled), draw_it(&loose, Variant::Bundled));
        assert_eq!(draw_it(&flat, Variant::Bundled), draw_it(&input, Variant::Straight));
    }

    #[test]
    fn links_pass_through_the_centre_only_between_groups() {
        let mids = [0.0, TAU / 2.0];
        let same = hierarchy_path((0.1, 0), (-0.1, 0), &mids);
        assert_eq!(same.len(), 3);
        assert!(close(same[1], (0.0, -0.5)), "the group's hub at half radius");
        let across = hierarchy_path((0.1, 0), (3.0, 1), &mids);
        assert_eq!(across.len(), 5);
        assert!(close(across[2], (0.0, 0.0)));
    }

    #[test]
    fn the_circle_leaves_gaps_between_groups() {
        let (angles, mids) = circle_layout(&[0, 0, 1, 1], 2);
        // 4 nodes + 2 gaps of 2 slots: 8 slots of 45 degrees.
        let slot = TAU / 8.0;
        let want = [1.5 * slot, 2.5 * slot, 5.5 * slot, 6.5 * slot];
        for (a, b) in angles.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{angles:?}");
        }
        assert!((mids[1] - 6.0 * slot).abs() < 1e-12);
        let (single, _) = circle_layout(&[0, 0], 1);
        assert!((single[1] - single[0] - TAU / 2.0).abs() < 1e-12);
    }
}
