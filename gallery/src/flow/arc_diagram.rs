//! # Arc diagram
//!
//! An arc diagram puts the nodes of a network on one line and draws each
//! link as an arc above it, thicker for heavier links. Nodes are coloured by
//! group and sized by their number of links. Unlike a force layout it never
//! tangles, and the order of the nodes becomes part of the message:
//! grouped, the short arcs inside communities and the long ones between
//! them stand out. Names go under the line, most linked first, each where
//! it fits (on paper in a font small enough to name every node); the
//! footnote says how many nodes went unnamed. The `labels` parameter
//! (`Input::labels`) names at most that many.
//!
//! ## When to use
//! A network of a few dozen to about a hundred nodes where groups or an
//! order (time, position, rank) matter: co-occurrence, citations between
//! chapters, links between groups.
//!
//! ## Caveat
//! The order of the nodes decides everything: in alphabetical order (the
//! `by-name` variant) the same network is an unreadable fan of long arcs.
//! Order by group, then by degree, or by a clustering. Long arcs hide the
//! short ones near the line, and labels must be thinned; for exact
//! connections use an adjacency heatmap, for structure a network. (rgg
//! draws at most the 500 most linked nodes of a bigger network, and says
//! so in the footnote.)
//!
//! ## Variants
//! - `by-group`: nodes ordered by group, then by degree (most links
//!   first), so communities sit together.
//! - `by-name`: nodes in alphabetical order, to see how much the order
//!   matters.
//!
//! ## Related
//! network, chord, edge-bundling, heatmap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and `graph.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry, PixelBox};
use crate::graph::{degrees, group_index};
pub use crate::graph::{Edge, Node};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;
use std::f64::consts::PI;

/// The data of an arc diagram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The nodes, in the data's order.
    pub nodes: Vec<Node>,
    /// The links between nodes, each drawn as an arc.
    pub edges: Vec<Edge>,
    /// What was left out before drawing (e.g. the least linked nodes of a
    /// huge network), for the footnote; "" for nothing.
    pub note: String,
    /// Name at most this many nodes, the most linked first (`None`: every
    /// node whose name fits; `Some(0)`: none).
    pub labels: Option<usize>,
}

/// The ways to draw an arc diagram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `by-group`: Nodes ordered by group, then by degree (most links first), so communities sit
    /// together.
    ByGroup,
    /// `by-name`: Nodes in alphabetical order, to see how much the order matters.
    ByName,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::ByGroup, Variant::ByName];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::ByGroup => "by-group",
            Variant::ByName => "by-name",
        }
    }
}

/// Node indices from left to right.
fn node_order(nodes: &[Node], group: &[usize], degree: &[usize], variant: Variant) -> Vec<usize> {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    let by_name = |a: &usize, b: &usize| {
        let (x, y) = (&nodes[*a].name, &nodes[*b].name);
        x.to_lowercase().cmp(&y.to_lowercase()).then(x.cmp(y))
    };
    match variant {
        Variant::ByGroup => order.sort_by(|a, b| {
            group[*a]
                .cmp(&group[*b])
                .then(degree[*b].cmp(&degree[*a]))
                .then(by_name(a, b))
        }),
        Variant::ByName => order.sort_by(by_name),
    }
    order
}

/// Points of the upper half of an ellipse from `x0` to `x1` on the line at
/// `base` (pixel y grows downwards), `height / half-width` = `squash`.
fn arc_points(x0: f64, x1: f64, base: f64, squash: f64) -> Vec<(i32, i32)> {
    let (c, r) = (f64::midpoint(x0, x1), (x1 - x0).abs() / 2.0);
    // One vertex every few pixels of arc, so big arcs stay round.
    let steps = ((r * squash.max(0.2) / 2.0).ceil() as usize).clamp(4, 96);
    (0..=steps)
        .map(|k| {
            let t = PI * k as f64 / steps as f64;
            (
                (c - r * t.cos()).round() as i32,
                (base - r * squash * t.sin()).round() as i32,
            )
        })
        .collect()
}

/// Where the nodes sit on the line, in pixels.
struct Line {
    left: f64,
    step: f64,
    /// The line's y.
    base: f64,
    /// The slot (left to right) of each node.
    slot_of: Vec<usize>,
    r_min: f64,
    r_max: f64,
}

impl Line {
    fn x(&self, node: usize) -> f64 {
        self.left + (self.slot_of.get(node).copied().unwrap_or(0) as f64 + 0.5) * self.step
    }
}

/// How the labels go under the line: across in `rows` rows (a character
/// grid, cells twice as tall as wide), else turned to run downwards in a
/// band `band` pixels tall, one per node.
struct Labels {
    across: bool,
    rows: i32,
    band: i32,
}

/// Draws `input` as an arc diagram in the style of `variant`, filling `area`, with `theme`'s
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
    let order = node_order(&input.nodes, &group, &degree, variant);

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
    let h = h - foot_line - m / 2;
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let across = axes::text_in_cells(area, theme)?;
    // Names turned to run downwards take a line's height each: on paper,
    // a smaller font (down to 60%) lets every node have its name.
    let step_px = f64::from(w - 2 * m) / n as f64;
    let label = if across {
        label
    } else {
        let size = (step_px * 0.8).clamp(theme.label_size * 0.6, theme.label_size);
        theme.font_of(size).color(&theme.text)
    };
    let mut widest = 0;
    if !across {
        for node in &input.nodes {
            widest = widest.max(axes::text_size(area, &node.name, &label)?.0);
        }
    }
    let labels = match (across, h >= 30 * line_h) {
        (true, tall) => Labels {
            across,
            rows: if tall { 2 } else { 1 },
            band: if tall { 2 * line_h } else { line_h },
        },
        (false, _) => Labels {
            across,
            rows: 0,
            band: widest.min((h - top) / 4),
        },
    };
    let r_max = f64::from(theme.point_radius) * 2.0;
    let mut slot_of = vec![0; n];
    for (slot, i) in order.iter().enumerate() {
        slot_of[*i] = slot;
    }
    let line = Line {
        left: f64::from(m),
        step: f64::from(w - 2 * m) / n as f64,
        base: f64::from(h - m - labels.band - theme.gap / 2) - r_max,
        slot_of,
        r_min: f64::from(theme.point_radius) * 0.6,
        r_max,
    };
    let arc_room = line.base - f64::from(top) - r_max;
    if arc_room < 2.0 || w - 2 * m < 4 {
        return Ok(());
    }
    draw_arcs_and_nodes(area, theme, input, &line, arc_room, (&group, &degree))?;
    let named = draw_labels(area, theme, &label, input, &line, &labels, &degree)?;
    let note = match (input.labels, n - named) {
        (_, 0) => String::new(),
        (None, 1) => String::from("1 node is not named: there is no room for its name"),
        (None, k) => format!("{k} of {n} nodes are not named (the most linked come first): no room for the rest"),
        (Some(most), _) if named < most.min(n) => {
            format!(
                "{named} of the {} most linked nodes are named: no room for the rest",
                most.min(n)
            )
        }
        (Some(_), _) if named > 0 => format!("Only the {named} most linked of {n} nodes are named"),
        (Some(_), _) => String::new(),
    };
    let note = [input.note.as_str(), note.as_str()].join(" ").trim().to_string();
    axes::draw_footnote(area, theme, &note)?;
    Ok(())
}

/// Arcs between groups in grey first, arcs inside a group in its colour
/// on top, heavier links thicker, all see-through; then the nodes, sized
/// by degree.
fn draw_arcs_and_nodes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    line: &Line,
    arc_room: f64,
    (group, degree): (&[usize], &[usize]),
) -> DrawResult<(), DB> {
    let n = input.nodes.len();
    let mut arcs: Vec<&Edge> = input
        .edges
        .iter()
        .filter(|e| e.source < n && e.target < n && e.source != e.target)
        .collect();
    arcs.sort_by_key(|e| group[e.source] == group[e.target]);
    // The widest arc sets how much all arcs are flattened to fit.
    let longest = arcs
        .iter()
        .map(|e| (line.x(e.source) - line.x(e.target)).abs() / 2.0)
        .fold(1.0, f64::max);
    let squash = (arc_room / longest).min(1.0);
    let max_weight = arcs
        .iter()
        .map(|e| e.weight)
        .filter(|w| w.is_finite() && *w > 0.0)
        .fold(0.0, f64::max);
    let alpha = SEE_THROUGH;
    let max_w = f64::from(theme.line_width.max(1)) + 2.0;
    for e in arcs {
        let share = if max_weight > 0.0 && e.weight.is_finite() {
            (e.weight / max_weight).clamp(0.0, 1.0).sqrt()
        } else {
            0.0
        };
        let width = (1.0 + (max_w - 1.0) * share).round().max(1.0) as u32;
        let color = if group[e.source] == group[e.target] {
            theme.color(group[e.source])
        } else {
            theme.muted
        };
        let points = arc_points(line.x(e.source), line.x(e.target), line.base, squash);
        area.draw(&PathElement::new(points, color.mix(alpha).stroke_width(width)))?;
    }
    let max_degree = degree.iter().copied().max().unwrap_or(0).max(1);
    for (i, d) in degree.iter().enumerate() {
        let r = line.r_min + (line.r_max - line.r_min) * (*d as f64 / max_degree as f64).sqrt();
        let at = (line.x(i).round() as i32, line.base.round() as i32);
        let color = theme.color(group.get(i).copied().unwrap_or(0));
        area.draw(&Circle::new(at, r.round().max(1.0) as i32, color.filled()))?;
    }
    Ok(())
}

/// Labels under the line (in `label`'s font), most connected first,
/// wherever they do not overlap an earlier one; returns how many.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    label: &TextStyle,
    input: &Input,
    line: &Line,
    labels: &Labels,
    degree: &[usize],
) -> DrawResult<usize, DB> {
    let (w, _) = axes::dims(area);
    let m = theme.margin;
    let (char_w, line_h) = axes::text_size(area, "0", label)?;
    let rotated = label.transform(FontTransform::Rotate90);
    let mut by_degree: Vec<usize> = (0..input.nodes.len()).collect();
    by_degree.sort_by(|a, b| {
        degree[*b]
            .cmp(&degree[*a])
            .then(line.slot_of[*a].cmp(&line.slot_of[*b]))
    });
    if let Some(most) = input.labels {
        by_degree.truncate(most);
    }
    let label_top = (line.base + line.r_max).round() as i32 + theme.gap / 2;
    let mut placed: Vec<PixelBox> = Vec::new();
    for i in by_degree {
        let x = line.x(i).round() as i32;
        if labels.across {
            // Names longer than a few slots would hide their neighbours' labels.
            let room = (line.step * 6.0).max(f64::from(char_w * 10)) as i32;
            let text = axes::fit_text(area, &input.nodes[i].name, label, room)?;
            let (tw, th) = axes::text_size(area, &text, label)?;
            // Keep the label on the canvas; on a canvas narrower than the
            // label the bounds cross, so the upper one wins.
            let hi = (w - m - tw).max(0);
            let x0 = (x - tw / 2).clamp(m.min(w - tw).min(hi), hi);
            for row in 0..labels.rows {
                let y = label_top + row * line_h;
                let b = (x0 - char_w / 2, y, x0 + tw + char_w / 2, y + th);
                if !placed.iter().any(|p| axes::boxes_overlap(p, &b)) {
                    let style = label.pos(Pos::new(HPos::Left, VPos::Top));
                    area.draw(&Text::new(text, (x0, y), style))?;
                    placed.push(b);
                    break;
                }
            }
        } else {
            let text = axes::fit_text(area, &input.nodes[i].name, label, labels.band)?;
            let (tw, _) = axes::text_size(area, &text, label)?;
            // The turned text's height is about the font size; `line_h`
            // adds the leading, which may overlap the neighbour's.
            let half = ((line_h * 4 / 5) + 1) / 2;
            let b = (x - half, label_top, x + half, label_top + tw);
            if text.is_empty() || placed.iter().any(|p| axes::boxes_overlap(p, &b)) {
                continue;
            }
            // Turned a quarter clockwise, the text runs down from the line.
            let style = rotated.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text, (x, label_top), style))?;
            placed.push(b);
        }
    }
    Ok(placed.len())
}

/// The opacity of the see-through lines: where many overlap they build
/// up to a solid colour, on paper and in a terminal alike (the terminal
/// mixes see-through colours by how much of a cell they cover).
const SEE_THROUGH: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, group: &str) -> Node {
        Node {
            name: name.to_string(),
            group: group.to_string(),
        }
    }

    fn edge(source: usize, target: usize) -> Edge {
        Edge {
            source,
            target,
            weight: 1.0,
        }
    }

    #[test]
    fn nodes_order_by_group_then_degree_or_by_name() {
        let nodes = vec![node("d", "x"), node("b", "y"), node("C", "x"), node("a", "y")];
        let (_, group) = group_index(&nodes);
        let degree = degrees(4, &[edge(0, 1), edge(2, 3), edge(2, 1), edge(3, 3)]);
        assert_eq!(degree, vec![1, 2, 2, 1]);
        assert_eq!(node_order(&nodes, &group, &degree, Variant::ByGroup), vec![2, 0, 1, 3]);
        assert_eq!(node_order(&nodes, &group, &degree, Variant::ByName), vec![3, 1, 2, 0]);
    }

    #[test]
    fn arcs_rise_from_one_node_to_the_other() {
        let points = arc_points(0.0, 100.0, 200.0, 0.5);
        assert_eq!(points.first(), Some(&(0, 200)));
        assert_eq!(points.last(), Some(&(100, 200)));
        // The top of the arc: half the span squashed by half.
        let highest = points.iter().map(|p| p.1).min();
        assert_eq!(highest, Some(175));
        assert!(points.iter().all(|p| p.1 <= 200), "always above the line");
        // Right to left works too.
        assert_eq!(arc_points(100.0, 0.0, 200.0, 1.0).first(), Some(&(0, 200)));
    }

    #[test]
    fn labels_limits_the_names_drawn() {
        let input = Input {
            nodes: (0..6).map(|i| node(&format!("Node {i}"), "g")).collect(),
            edges: vec![edge(0, 1), edge(0, 2), edge(0, 3), edge(1, 4), edge(4, 5)],
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(400, 240, |area| {
                draw(area, input, Variant::ByGroup, &Theme::light()).expect("draws");
            })
        };
        let one = Input {
            labels: Some(1),
            ..input.clone()
        };
        let all = Input {
            labels: Some(6),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&one));
        assert_eq!(draw_it(&input), draw_it(&all));
    }
}
