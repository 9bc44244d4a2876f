//! # Network
//!
//! A network (node-link diagram) draws entities as dots and the links
//! between them as lines. A force-directed layout places linked nodes near
//! each other, so communities show up as clusters; colour shows each node's
//! group and size its number of links (degree). Nodes are named most
//! connected first, each name where it covers no other name and no other
//! node; the footnote says how many went unnamed. The `labels` parameter
//! (`Input::labels`) names at most that many.
//!
//! ## When to use
//! Relations between a few dozen to a few hundred entities (who talks to
//! whom, co-occurrence, citations) when the overall structure matters:
//! clusters, hubs, bridges between communities.
//!
//! ## Caveat
//! Beyond a few hundred links a network becomes a hairball: every node
//! looks connected to every other and nothing can be read. Filter to the
//! strongest links or the biggest nodes, aggregate nodes into their groups,
//! or show the adjacency matrix as a heatmap. The layout's distances mean
//! little in detail; read clusters, not exact positions. Past 500 nodes
//! only the 500 most connected are drawn (see [`most_connected`]), and the
//! footnote says so.
//!
//! ## Variants
//! - `force`: a deterministic force-directed layout (Fruchterman-Reingold);
//!   nodes coloured by group, sized by degree, links see-through, the most
//!   connected nodes labelled.
//! - `circular`: nodes on a circle ordered by group (then degree), links as
//!   straight chords; shows how much each group links outside itself.
//!
//! ## Related
//! arc-diagram, chord, edge-bundling, heatmap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and `graph.rs` from the gallery. Compute
//! [`force_layout`] once (it is the slow part) and pass it in `positions`.

use crate::axes::{self, DrawResult, LegendEntry, PixelBox};
use crate::graph::{degrees, group_index, ring_anchor};
pub use crate::graph::{Edge, Node};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::TAU;

/// The data of a network graph, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The nodes, in the data's order.
    pub nodes: Vec<Node>,
    /// The links between nodes.
    pub edges: Vec<Edge>,
    /// One position per node in the unit box, usually from
    /// [`force_layout`]; when missing, `force` falls back to a circle.
    pub positions: Vec<(f64, f64)>,
    /// What was left out before drawing (see [`most_connected`]), for the
    /// footnote; "" for nothing.
    pub note: String,
    /// Name at most this many nodes, the most linked first (`None`: every
    /// node whose name fits; `Some(0)`: none).
    pub labels: Option<usize>,
}

/// The ways to draw a network graph, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `force`: A deterministic force-directed layout (Fruchterman-Reingold); nodes coloured by
    /// group, sized by degree, links see-through, the most connected nodes labelled.
    Force,
    /// `circular`: Nodes on a circle ordered by group (then degree), links as straight chords;
    /// shows how much each group links outside itself.
    Circular,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Force, Variant::Circular];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Force => "force",
            Variant::Circular => "circular",
        }
    }
}

/// The most nodes a network draws: the layout costs n² per step, and a
/// bigger hairball shows nothing more. See [`most_connected`].
pub const MAX_NODES: usize = 500;

/// The nodes to keep of a graph with more than `max`: the `max` with the
/// most links (ties: first listed), in their original order. All of them
/// when there are `max` or fewer.
pub fn most_connected(node_count: usize, edges: &[Edge], max: usize) -> Vec<usize> {
    if node_count <= max {
        return (0..node_count).collect();
    }
    let degree = degrees(node_count, edges);
    let mut order: Vec<usize> = (0..node_count).collect();
    order.sort_by(|a, b| degree[*b].cmp(&degree[*a]).then(a.cmp(b)));
    order.truncate(max);
    order.sort_unstable();
    order
}

/// Iterations of the force layout for small graphs (fewer for big ones).
const ITERATIONS: usize = 300;
/// Seed of the generator that scatters the nodes before the layout starts.
const SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// Fruchterman-Reingold force-directed layout: every pair of nodes repels
/// (k² / d), every link pulls its ends together (d² / k), a weak gravity
/// keeps separate components on the canvas, and the step size cools
/// linearly to zero. Deterministic: a fixed seed scatters the nodes first
/// and the iteration count depends only on the graph's size. Returns one
/// position per node, scaled (keeping the aspect ratio) and centred into
/// the unit box. Cost: iterations x n², about 2M steps for 80 nodes.
pub fn force_layout(node_count: usize, edges: &[Edge]) -> Vec<(f64, f64)> {
    let n = node_count;
    if n == 0 {
        return Vec::new();
    }
    let mut rng = SEED;
    let mut next = move || {
        // xorshift64*: small, fast, good enough to break symmetry.
        rng ^= rng >> 12;
        rng ^= rng << 25;
        rng ^= rng >> 27;
        (rng.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut pos: Vec<(f64, f64)> = (0..n).map(|_| (next(), next())).collect();
    let links: Vec<(usize, usize)> = edges
        .iter()
        .filter(|e| e.source < n && e.target < n && e.source != e.target)
        .map(|e| (e.source, e.target))
        .collect();
    let k = (1.0 / n as f64).sqrt();
    // Keep the work bounded for big graphs: about 30M pair visits at most.
    let iterations = (30_000_000 / (n * n).max(1)).clamp(30, ITERATIONS);
    let t0 = 0.1;
    let gravity = 0.08;
    let mut disp = vec![(0.0, 0.0); n];
    for it in 0..iterations {
        disp.fill((0.0, 0.0));
        for i in 0..n {
            for j in (i + 1)..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let dist2 = (dx * dx + dy * dy).max(1e-12);
                // k² / d along the unit vector: k² * (dx, dy) / d².
                let f = k * k / dist2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for (u, v) in &links {
            let (dx, dy) = (pos[*u].0 - pos[*v].0, pos[*u].1 - pos[*v].1);
            // d² / k along the unit vector: d * (dx, dy) / k.
            let f = (dx * dx + dy * dy).sqrt() / k;
            disp[*u].0 -= dx * f;
            disp[*u].1 -= dy * f;
            disp[*v].0 += dx * f;
            disp[*v].1 += dy * f;
        }
        let t = t0 * (1.0 - it as f64 / iterations as f64) + 1e-4;
        for (p, d) in pos.iter_mut().zip(&disp) {
            let d = (d.0 - gravity * (p.0 - 0.5) / k, d.1 - gravity * (p.1 - 0.5) / k);
            let len = d.0.hypot(d.1);
            if len > 1e-12 && len.is_finite() {
                let step = len.min(t) / len;
                p.0 += d.0 * step;
                p.1 += d.1 * step;
            }
        }
    }
    fit_unit_box(&pos)
}

/// Scales and centres points into the unit box, keeping their aspect ratio.
fn fit_unit_box(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY);
    for (x, y) in points.iter().filter(|(x, y)| x.is_finite() && y.is_finite()) {
        (x0, x1, y0, y1) = (x0.min(*x), x1.max(*x), y0.min(*y), y1.max(*y));
    }
    let span = (x1 - x0).max(y1 - y0);
    if !(span.is_finite() && span > 0.0) {
        return vec![(0.5, 0.5); points.len()];
    }
    let (ox, oy) = ((1.0 - (x1 - x0) / span) / 2.0, (1.0 - (y1 - y0) / span) / 2.0);
    points
        .iter()
        .map(|(x, y)| {
            let fx = if x.is_finite() { ox + (x - x0) / span } else { 0.5 };
            let fy = if y.is_finite() { oy + (y - y0) / span } else { 0.5 };
            (fx.clamp(0.0, 1.0), fy.clamp(0.0, 1.0))
        })
        .collect()
}

/// Node indices ordered by group, then by degree (highest first), then name.
fn circle_order(nodes: &[Node], group: &[usize], degree: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|a, b| {
        group[*a]
            .cmp(&group[*b])
            .then(degree[*b].cmp(&degree[*a]))
            .then(nodes[*a].name.cmp(&nodes[*b].name))
    });
    order
}

/// Angles (radians, clockwise from 12 o'clock) of nodes placed on a circle
/// in `order`, with a gap of one slot between groups.
fn circle_angles(order: &[usize], group: &[usize]) -> Vec<f64> {
    let n = order.len();
    let mut angles = vec![0.0; group.len()];
    let breaks = order.windows(2).filter(|w| group[w[0]] != group[w[1]]).count();
    let wraps = usize::from(breaks > 0);
    let slots = (n + breaks + wraps).max(1) as f64;
    let mut slot = 0.0;
    for (k, i) in order.iter().enumerate() {
        if k > 0 && group[order[k - 1]] != group[*i] {
            slot += 1.0;
        }
        angles[*i] = slot / slots * TAU;
        slot += 1.0;
    }
    angles
}

/// The circle of the `circular` variant: centre, radius, node angles.
struct Ring {
    cx: f64,
    cy: f64,
    r: f64,
    angles: Vec<f64>,
}

/// Where every node is drawn, in pixels, and how big.
struct Scene {
    points: Vec<(f64, f64)>,
    radius: Vec<f64>,
    r_max: f64,
    ring: Option<Ring>,
}

/// Draws `input` as a network graph in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n = input.nodes.len();
    if n == 0 {
        return axes::draw_empty(area, theme, &input.title, "No nodes to draw");
    }
    let (groups, group) = group_index(&input.nodes);
    let degree = degrees(n, &input.edges);

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
    // A line at the bottom for the footnote on unnamed nodes, kept free
    // now: how many go unnamed is known only once the labels are placed.
    let (_, foot_line) = axes::text_size(area, "Ag", &theme.muted_style())?;
    let h_chart = h - foot_line - m / 2;
    let bounds = (m, top, w - m, h_chart - m);
    if bounds.2 - bounds.0 < 4 || bounds.3 - bounds.1 < 4 {
        return Ok(());
    }
    let scene = place_nodes(area, theme, input, variant, (&group, &degree), bounds)?;
    draw_links_and_nodes(area, theme, input, &scene, (&group, &degree))?;

    // Labels: most connected first, each where it overlaps no other label
    // and no other node; the rest go unnamed, and the footnote says so.
    let mut order: Vec<usize> = (0..n).filter(|i| degree[*i] > 0).collect();
    order.sort_by(|a, b| degree[*b].cmp(&degree[*a]).then(a.cmp(b)));
    if let Some(most) = input.labels {
        order.truncate(most);
    }
    let named = match &scene.ring {
        None => label_free(area, theme, input, &scene, &order, (0, top, w, h_chart))?,
        Some(ring) => label_ring(area, theme, input, &scene, ring, &order, (0, top, w, h_chart))?,
    };
    let unnamed_note = unnamed_note(n, order.len(), named, input.labels.is_some());
    let note = [input.note.as_str(), unnamed_note.as_str()]
        .join(" ")
        .trim()
        .to_string();
    axes::draw_footnote(area, theme, &note)?;
    Ok(())
}

/// The footnote on the nodes left unnamed: of `n` nodes, `tried` (the most
/// linked) were to be named and `named` were; `limited` when the reader
/// asked for at most `tried` names.
fn unnamed_note(n: usize, tried: usize, named: usize, limited: bool) -> String {
    match (limited, n - named) {
        (_, 0) => String::new(),
        (false, 1) => String::from("1 node is not named: its name would cover another"),
        (false, k) => format!("{k} of {n} nodes are not named: their names would cover other nodes or names"),
        (true, _) if named < tried => {
            format!("{named} of the {tried} most linked nodes are named: the other names would cover nodes or names")
        }
        (true, _) if named > 0 => format!("Only the {named} most linked of {n} nodes are named"),
        (true, _) => String::new(),
    }
}

/// Node positions and sizes for the variant inside `bounds`.
fn place_nodes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    variant: Variant,
    (group, degree): (&[usize], &[usize]),
    (left, top, right, bottom): PixelBox,
) -> DrawResult<Scene, DB> {
    let n = input.nodes.len();
    // Node radii grow with the square root of the degree: area ~ degree.
    let max_degree = degree.iter().copied().max().unwrap_or(0).max(1);
    let mut r_min = f64::from(theme.point_radius) * 0.6;
    let mut r_max = f64::from(theme.point_radius) * 2.4;
    if axes::text_in_cells(area, theme)? {
        // A terminal: the smallest node fills at least a whole cell's
        // width, where the nodes would cover under a tenth of the plot.
        let (char_w, _) = axes::text_size(area, "0", &theme.label_style())?;
        let cell = f64::from(char_w) / 2.0;
        let plot = f64::from((right - left) * (bottom - top)).max(0.0);
        if (n as f64) * (2.0 * cell).powi(2) * 2.0 <= plot / 10.0 {
            r_min = r_min.max(cell);
            r_max = r_max.max(2.0 * r_min);
        }
    }
    let radius: Vec<f64> = degree
        .iter()
        .map(|d| r_min + (r_max - r_min) * (*d as f64 / max_degree as f64).sqrt())
        .collect();
    Ok(match variant {
        Variant::Force => {
            let pad = r_max.ceil() as i32 + 1;
            let inner = (left + pad, top + pad, right - pad, bottom - pad);
            Scene {
                points: fit_positions(&input.positions, n, inner),
                radius,
                r_max,
                ring: None,
            }
        }
        Variant::Circular => {
            let order = circle_order(&input.nodes, group, degree);
            let angles = circle_angles(&order, group);
            // Room for labels beside the circle: the widest, capped.
            let label = theme.label_style();
            let mut widest = 0;
            for node in &input.nodes {
                widest = widest.max(axes::text_size(area, &node.name, &label)?.0);
            }
            let (_, line_h) = axes::text_size(area, "Ag", &label)?;
            let side = f64::from(widest.min((right - left) / 5) + theme.gap) + r_max;
            let (cx, cy) = (f64::from(left + right) / 2.0, f64::from(top + bottom) / 2.0);
            let r = (f64::from(right - left) / 2.0 - side)
                .min(f64::from(bottom - top) / 2.0 - f64::from(line_h + theme.gap) - r_max)
                .max(f64::from(bottom - top).min(f64::from(right - left)) / 4.0);
            Scene {
                points: angles.iter().map(|a| (cx + r * a.sin(), cy - r * a.cos())).collect(),
                radius,
                r_max,
                ring: Some(Ring { cx, cy, r, angles }),
            }
        }
    })
}

/// Links first, see-through and thin (heavier links a little wider), then
/// the nodes, smallest first so hubs stay on top, each with a thin rim.
fn draw_links_and_nodes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    scene: &Scene,
    (group, degree): (&[usize], &[usize]),
) -> DrawResult<(), DB> {
    let n = input.nodes.len();
    let edges = || {
        input
            .edges
            .iter()
            .filter(move |e| e.source < n && e.target < n && e.source != e.target)
    };
    let max_weight = edges()
        .map(|e| e.weight)
        .filter(|w| w.is_finite() && *w > 0.0)
        .fold(0.0, f64::max);
    let alpha = SEE_THROUGH;
    let max_w = f64::from(theme.line_width.max(1)) + 1.0;
    for e in edges() {
        let (Some(a), Some(b)) = (scene.points.get(e.source), scene.points.get(e.target)) else {
            continue;
        };
        let share = if max_weight > 0.0 && e.weight.is_finite() {
            (e.weight / max_weight).clamp(0.0, 1.0).sqrt()
        } else {
            0.0
        };
        let width = (1.0 + (max_w - 1.0) * share).round() as u32;
        let style = theme.muted.mix(alpha).stroke_width(width.max(1));
        area.draw(&PathElement::new(vec![to_pixel(*a), to_pixel(*b)], style))?;
    }
    let cells = axes::text_in_cells(area, theme)?;
    let mut by_size: Vec<usize> = (0..n).collect();
    by_size.sort_by(|a, b| degree[*a].cmp(&degree[*b]).then(a.cmp(b)));
    for i in by_size {
        let (Some(p), Some(g), Some(r)) = (scene.points.get(i), group.get(i), scene.radius.get(i)) else {
            continue;
        };
        let r = r.round().max(1.0) as i32;
        area.draw(&Circle::new(to_pixel(*p), r, theme.color(*g).filled()))?;
        // A rim on paper only: in a terminal a rim of background-coloured
        // dots would erase most of a node a few dots across.
        if r >= 4 && !cells {
            area.draw(&Circle::new(to_pixel(*p), r, theme.background.stroke_width(1)))?;
        }
    }
    Ok(())
}

/// Labels beside free-standing nodes: the first of right, left, above and
/// below that covers no label and no other node; returns how many.
fn label_free<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    scene: &Scene,
    order: &[usize],
    bounds: PixelBox,
) -> DrawResult<usize, DB> {
    let label = theme.label_style();
    let (w, _) = axes::dims(area);
    // In a terminal text snaps to whole cells: keep names a cell clear of
    // other nodes, so the snapped text still misses them.
    let (pad_x, pad_y) = if axes::text_in_cells(area, theme)? {
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        (char_w, line_h / 2)
    } else {
        (0, 0)
    };
    let node_boxes: Vec<PixelBox> = scene
        .points
        .iter()
        .zip(&scene.radius)
        .map(|(p, r)| {
            let b = circle_box(*p, *r);
            (b.0 - pad_x, b.1 - pad_y, b.2 + pad_x, b.3 + pad_y)
        })
        .collect();
    let mut placed: Vec<PixelBox> = Vec::new();
    for (rank, i) in order.iter().enumerate() {
        let text = axes::fit_text(area, &input.nodes[*i].name, &label, (w / 4).max(1))?;
        if text.is_empty() {
            continue;
        }
        let candidates = label_candidates(area, &text, &label, scene.points[*i], scene.radius[*i], theme.gap)?;
        // The few most linked nodes are who the chart is about: where every
        // spot near them covers a node (the dense centre), they are still
        // named, over the smaller nodes but never over another name.
        let spot = if rank < ALWAYS_NAMED {
            let fallback = candidates.first().copied();
            first_free_spot(candidates, *i, &node_boxes, &placed, &bounds).or_else(|| {
                fallback.filter(|(b, _, _)| inside(b, &bounds) && !placed.iter().any(|p| axes::boxes_overlap(p, b)))
            })
        } else {
            first_free_spot(candidates, *i, &node_boxes, &placed, &bounds)
        };
        if let Some((b, at, anchor)) = spot {
            draw_label(area, theme, &text, at, anchor, b)?;
            placed.push(b);
        }
    }
    Ok(placed.len())
}

/// How many of the most linked nodes are named even where their name must
/// cover smaller nodes.
const ALWAYS_NAMED: usize = 3;

/// The first spot inside `bounds` that covers no label placed before and
/// no node but its own (`own`): a name never hides another node.
fn first_free_spot(
    candidates: Vec<Spot>,
    own: usize,
    nodes: &[PixelBox],
    placed: &[PixelBox],
    bounds: &PixelBox,
) -> Option<Spot> {
    candidates.into_iter().find(|(b, _, _)| {
        inside(b, bounds)
            && !placed.iter().any(|p| axes::boxes_overlap(p, b))
            && !nodes
                .iter()
                .enumerate()
                .any(|(j, nb)| j != own && axes::boxes_overlap(nb, b))
    })
}

/// Labels outside the ring, hanging outwards, never over another label or
/// another node.
fn label_ring<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    scene: &Scene,
    ring: &Ring,
    order: &[usize],
    bounds: PixelBox,
) -> DrawResult<usize, DB> {
    let label = theme.label_style();
    let (w, _) = axes::dims(area);
    let m = f64::from(theme.margin);
    let dots: Vec<PixelBox> = scene
        .points
        .iter()
        .zip(&scene.radius)
        .map(|(p, r)| circle_box(*p, *r))
        .collect();
    let mut placed: Vec<PixelBox> = Vec::new();
    let out = ring.r + scene.r_max + f64::from(theme.gap);
    for i in order {
        let a = ring.angles[*i];
        let (x, y) = (ring.cx + out * a.sin(), ring.cy - out * a.cos());
        let (h_pos, v_pos) = ring_anchor(a);
        let room = match h_pos {
            HPos::Left => f64::from(w) - x,
            HPos::Right => x,
            HPos::Center => f64::from(w),
        } - m;
        let text = axes::fit_text(area, &input.nodes[*i].name, &label, room as i32)?;
        if text.is_empty() {
            continue;
        }
        let (tw, th) = axes::text_size(area, &text, &label)?;
        let at = to_pixel((x, y));
        let b = axes::anchored_box(at, (tw, th), h_pos, v_pos);
        let pad = theme.gap / 3;
        let padded = (b.0 - pad, b.1, b.2 + pad, b.3);
        let on_dot = dots
            .iter()
            .enumerate()
            .any(|(j, d)| j != *i && axes::boxes_overlap(d, &b));
        if inside(&b, &bounds) && !on_dot && !placed.iter().any(|p| axes::boxes_overlap(p, &padded)) {
            area.draw(&Text::new(text, at, label.pos(Pos::new(h_pos, v_pos))))?;
            placed.push(padded);
        }
    }
    Ok(placed.len())
}

/// Unit-box positions mapped into `(left, top, right, bottom)` pixels. The
/// layout's bounding box fills the width and height, stretched by at most
/// 1.6 in either direction (more would distort the layout); missing or
/// mismatched positions fall back to a circle.
fn fit_positions(positions: &[(f64, f64)], n: usize, (left, top, right, bottom): PixelBox) -> Vec<(f64, f64)> {
    let unit: Vec<(f64, f64)> = if positions.len() == n && positions.iter().all(|(x, y)| x.is_finite() && y.is_finite())
    {
        positions.to_vec()
    } else {
        (0..n)
            .map(|i| {
                let a = i as f64 / n.max(1) as f64 * TAU;
                (0.5 + 0.5 * a.sin(), 0.5 - 0.5 * a.cos())
            })
            .collect()
    };
    let (mut x0, mut x1, mut y0, mut y1) = (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY);
    for (x, y) in &unit {
        (x0, x1, y0, y1) = (x0.min(*x), x1.max(*x), y0.min(*y), y1.max(*y));
    }
    let (pw, ph) = (f64::from(right - left).max(0.0), f64::from(bottom - top).max(0.0));
    let (sx, sy) = (pw / (x1 - x0).max(1e-9), ph / (y1 - y0).max(1e-9));
    let (sx, sy) = (sx.min(sy * 1.6), sy.min(sx * 1.6));
    let (cx, cy) = (f64::from(left) + pw / 2.0, f64::from(top) + ph / 2.0);
    let (mx, my) = (f64::midpoint(x0, x1), f64::midpoint(y0, y1));
    unit.iter()
        .map(|(x, y)| (cx + (x - mx) * sx, cy + (y - my) * sy))
        .collect()
}

fn to_pixel((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

fn circle_box((x, y): (f64, f64), r: f64) -> PixelBox {
    let (x, y) = to_pixel((x, y));
    let r = r.ceil() as i32;
    (x - r, y - r, x + r + 1, y + r + 1)
}

fn inside(b: &PixelBox, bounds: &PixelBox) -> bool {
    b.0 >= bounds.0 && b.1 >= bounds.1 && b.2 <= bounds.2 && b.3 <= bounds.3
}

/// A place for a label: its box, its anchor point and horizontal anchor.
type Spot = (PixelBox, (i32, i32), HPos);

/// Label spots around a node: right, left, above, below.
fn label_candidates<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    (x, y): (f64, f64),
    r: f64,
    gap: i32,
) -> DrawResult<Vec<Spot>, DB> {
    let (tw, th) = axes::text_size(area, text, style)?;
    let (x, y) = to_pixel((x, y));
    let r = r.ceil() as i32;
    let g = (gap / 2).max(1);
    let (up, down) = (th / 2, th - th / 2);
    Ok(vec![
        (
            (x + r + g, y - up, x + r + g + tw, y + down),
            (x + r + g, y),
            HPos::Left,
        ),
        (
            (x - r - g - tw, y - up, x - r - g, y + down),
            (x - r - g, y),
            HPos::Right,
        ),
        (
            (x - tw / 2, y - r - th, x + tw - tw / 2, y - r),
            (x, y - r - up),
            HPos::Center,
        ),
        (
            (x - tw / 2, y + r, x + tw - tw / 2, y + r + th),
            (x, y + r + up),
            HPos::Center,
        ),
    ])
}

/// Text on a see-through patch of background, so it reads over links.
fn draw_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    text: &str,
    at: (i32, i32),
    anchor: HPos,
    b: PixelBox,
) -> DrawResult<(), DB> {
    area.draw(&Rectangle::new(
        [(b.0, b.1), (b.2 - 1, b.3 - 1)],
        theme.background.mix(0.7).filled(),
    ))?;
    let style = theme.label_style().pos(Pos::new(anchor, VPos::Center));
    area.draw(&Text::new(text.to_string(), at, style))
}

/// The opacity of the see-through lines: where many overlap they build
/// up to a solid colour, on paper and in a terminal alike (the terminal
/// mixes see-through colours by how much of a cell they cover).
const SEE_THROUGH: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_never_covers_another_node_or_name() {
        let nodes = [(0, 0, 10, 10), (20, 0, 30, 10)];
        let right = ((12, 0, 40, 10), (12, 5), HPos::Left);
        let left = ((-30, 0, -2, 10), (-2, 5), HPos::Right);
        let bounds = (-100, -100, 100, 100);
        // Right of node 0 would cover node 1: the left spot is taken.
        let spot = first_free_spot(vec![right, left], 0, &nodes, &[], &bounds);
        assert_eq!(spot.map(|s| s.0), Some(left.0));
        // Its own node does not count; a placed name does.
        let own = ((0, 0, 8, 10), (0, 5), HPos::Left);
        assert_eq!(
            first_free_spot(vec![own], 0, &nodes, &[], &bounds).map(|s| s.0),
            Some(own.0)
        );
        assert!(first_free_spot(vec![left], 0, &nodes, &[(-5, 0, 0, 10)], &bounds).is_none());
    }

    fn edge(source: usize, target: usize) -> Edge {
        Edge {
            source,
            target,
            weight: 1.0,
        }
    }

    /// Two triangles joined by one bridge, plus a path hanging off.
    fn graph() -> Vec<Edge> {
        vec![
            edge(0, 1),
            edge(1, 2),
            edge(2, 0),
            edge(3, 4),
            edge(4, 5),
            edge(5, 3),
            edge(2, 3),
            edge(5, 6),
            edge(6, 7),
        ]
    }

    #[test]
    fn labels_limits_the_names_drawn_and_the_footnote_says_why() {
        let nodes: Vec<Node> = (0..8)
            .map(|i| Node {
                name: format!("Node {i}"),
                group: String::new(),
            })
            .collect();
        let input = Input {
            nodes,
            edges: graph(),
            positions: force_layout(8, &graph()),
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(500, 350, |area| {
                draw(area, input, Variant::Force, &Theme::light()).expect("draws");
            })
        };
        let two = Input {
            labels: Some(2),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&two));
        assert_eq!(unnamed_note(8, 8, 8, false), "");
        assert_eq!(
            unnamed_note(8, 2, 2, true),
            "Only the 2 most linked of 8 nodes are named"
        );
        assert!(unnamed_note(8, 3, 2, true).starts_with("2 of the 3 most linked"));
        assert_eq!(unnamed_note(8, 0, 0, true), "");
    }

    #[test]
    fn force_layout_is_deterministic_and_in_the_unit_box() {
        let a = force_layout(8, &graph());
        let b = force_layout(8, &graph());
        assert_eq!(a, b);
        assert_eq!(a.len(), 8);
        assert!(
            a.iter()
                .all(|(x, y)| (0.0..=1.0).contains(x) && (0.0..=1.0).contains(y)),
            "{a:?}"
        );
        assert!(force_layout(0, &[]).is_empty());
        assert_eq!(force_layout(1, &[]), vec![(0.5, 0.5)]);
        // Bad indices and self-links are ignored, not a panic.
        assert_eq!(force_layout(2, &[edge(0, 9), edge(1, 1)]).len(), 2);
    }

    #[test]
    fn linked_nodes_end_up_closer_than_unlinked_ones() {
        let edges = graph();
        let pos = force_layout(8, &edges);
        let dist = |a: usize, b: usize| (pos[a].0 - pos[b].0).hypot(pos[a].1 - pos[b].1);
        let linked: Vec<f64> = edges.iter().map(|e| dist(e.source, e.target)).collect();
        let mut unlinked = Vec::new();
        for a in 0..8 {
            for b in (a + 1)..8 {
                if !edges
                    .iter()
                    .any(|e| (e.source, e.target) == (a, b) || (e.source, e.target) == (b, a))
                {
                    unlinked.push(dist(a, b));
                }
            }
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(mean(&linked) < 0.7 * mean(&unlinked), "{linked:?} vs {unlinked:?}");
    }

    #[test]
    fn circle_order_groups_nodes_and_leaves_gaps_between_groups() {
        let nodes: Vec<Node> = ["b", "a", "b", "a"]
            .iter()
            .enumerate()
            .map(|(i, g)| Node {
                name: i.to_string(),
                group: (*g).to_string(),
            })
            .collect();
        let (groups, group) = group_index(&nodes);
        assert_eq!(groups, vec!["b", "a"]);
        let degree = vec![1, 1, 3, 2];
        let order = circle_order(&nodes, &group, &degree);
        assert_eq!(order, vec![2, 0, 3, 1], "group b first, by degree");
        let angles = circle_angles(&order, &group);
        // Four nodes and two gaps: six slots of 60 degrees.
        let slot = TAU / 6.0;
        assert!((angles[2]).abs() < 1e-12);
        assert!((angles[0] - slot).abs() < 1e-12);
        assert!((angles[3] - 3.0 * slot).abs() < 1e-12);
        assert!((angles[1] - 4.0 * slot).abs() < 1e-12);
    }

    #[test]
    fn big_graphs_keep_their_most_connected_nodes() {
        // A star around node 7 among 10,000 nodes, plus a chain 0-1-2.
        let mut edges: Vec<Edge> = (0..10_000).filter(|i| *i != 7).map(|i| edge(7, i)).collect();
        edges.extend([edge(0, 1), edge(1, 2)]);
        let kept = most_connected(10_000, &edges, 3);
        assert_eq!(
            kept,
            vec![0, 1, 7],
            "the hub, then the chain's middle and its first end"
        );
        assert_eq!(most_connected(4, &edges, 10), vec![0, 1, 2, 3]);
    }

    #[test]
    fn positions_fill_the_box_without_too_much_stretch() {
        let pts = fit_positions(&[(0.0, 0.4), (1.0, 0.6)], 2, (0, 0, 100, 100));
        // x fills the width; the flat y span is stretched at most 1.6 times x's scale.
        assert!((pts[0].0 - 0.0).abs() < 1e-9 && (pts[1].0 - 100.0).abs() < 1e-9);
        assert!((pts[1].1 - pts[0].1 - 32.0).abs() < 1e-9, "{pts:?}");
        // Wrong length: a circle, still inside the box.
        let fallback = fit_positions(&[], 3, (0, 0, 100, 100));
        assert!(fallback
            .iter()
            .all(|(x, y)| (0.0..=100.0).contains(x) && (0.0..=100.0).contains(y)));
    }
}
