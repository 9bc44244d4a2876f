//! # Dendrogram
//!
//! A dendrogram draws the tree of a hierarchical clustering: every item is
//! a leaf, and each link joins the two most similar clusters at the height
//! of their distance. Items that join low down are alike; a long link
//! separates groups that differ. Cutting the tree at a height splits the
//! items into as many clusters as links the cut crosses.
//!
//! The `clusters` parameter (`Input::clusters`) cuts the tree into that
//! many clusters, each in its colour, in any variant.
//!
//! ## When to use
//! Up to a few dozen items measured on several numeric variables (cars,
//! countries, samples), when the message is which items are alike and
//! which groups they form.
//!
//! ## Caveat
//! The tree depends on choices that the drawing hides: the distance, the
//! linkage (how the distance between clusters is measured) and the scaling
//! of the variables. Unscaled, the variable with the largest units decides
//! everything: scale the variables first (as the sample does, to z-scores)
//! and try another linkage before trusting a cluster. The order of leaves
//! within a branch means nothing; only the heights of the joins do.
//!
//! ## Variants
//! - `horizontal`: leaves on the left with readable names, distance across.
//! - `vertical`: leaves along the bottom, names running down.
//! - `cut`: horizontal, cut at the widest gap between join heights (two to
//!   six clusters), each cluster in its own colour.
//!
//! ## Related
//! heatmap, treemap, circular-packing, scatter
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// One join of the clustering: clusters `left` and `right` merge at
/// distance `height`. Clusters `0..n` are the leaves; the cluster made by
/// merge `i` is `n + i` (the convention of `SciPy` and `kodama`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    /// The first cluster merged: a leaf index below n, else n + the index of an earlier merge.
    pub left: usize,
    /// The second cluster merged, numbered as `left`.
    pub right: usize,
    /// The distance at which the two clusters merge, in the unit of `distance_title`.
    pub height: f64,
}

/// The data of a dendrogram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the heights measure, e.g. "Distance (Euclidean, z-scores)".
    pub distance_title: String,
    /// The leaves' labels; leaf `i` is cluster `i`.
    pub leaves: Vec<String>,
    /// The `n - 1` merges, in order.
    pub merges: Vec<Merge>,
    /// Cut the tree into this many clusters, in any variant (`None`: only
    /// the `cut` variant cuts, at the widest gap leaving 2 to 6).
    pub clusters: Option<usize>,
}

/// The ways to draw a dendrogram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `horizontal`: Leaves on the left with readable names, distance across.
    Horizontal,
    /// `vertical`: Leaves along the bottom, names running down.
    Vertical,
    /// `cut`: Horizontal, cut at the widest gap between join heights (two to six clusters), each
    /// cluster in its own colour.
    Cut,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::Horizontal, Variant::Vertical, Variant::Cut];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Horizontal => "horizontal",
            Variant::Vertical => "vertical",
            Variant::Cut => "cut",
        }
    }
}

/// The fewest and most clusters the `cut` variant picks from.
const CLUSTERS: (usize, usize) = (2, 6);

/// A node of the laid-out tree: where it sits across the leaves and how high.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Node {
    position: f64,
    height: f64,
}

/// The tree ready to draw: leaves in drawing order, and every node's place.
#[derive(Clone, Debug, PartialEq)]
struct Tree {
    /// Leaf indices, in the order they are drawn (position 0 first).
    order: Vec<usize>,
    /// Leaves then merges, as in [`Merge`].
    nodes: Vec<Node>,
    /// Valid merges: (index of the merge, left node, right node).
    links: Vec<(usize, usize, usize)>,
}

/// Draws `input` as a dendrogram in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n = input.leaves.len();
    if n == 0 {
        return axes::draw_empty(area, theme, &input.title, "No items to cluster");
    }
    let tree = layout(n, &input.merges);
    let top = tree
        .nodes
        .iter()
        .map(|node| node.height)
        .filter(|h| h.is_finite())
        .fold(0.0f64, f64::max);
    let names: Vec<String> = tree
        .order
        .iter()
        .map(|i| input.leaves.get(*i).cloned().unwrap_or_default())
        .collect();
    let heights: Vec<f64> = tree.links.iter().map(|(m, _, _)| height_of(&tree, n + m)).collect();
    let cut = match input.clusters {
        Some(k) => cut_height(&heights, n, (k, k)),
        None if variant == Variant::Cut => cut_height(&heights, n, CLUSTERS),
        None => None,
    };
    let colors = cluster_colors(&tree, n, cut);
    // Without any join above zero (one leaf, identical items) the axis still starts at 0.
    let top = if top > 0.0 { top } else { 1.0 };
    let height_axis = Axis::linear(&input.distance_title, 0.0, top).nice();

    let legend: Vec<LegendEntry> = match cut {
        Some(c) => {
            let k = heights.iter().filter(|h| **h > c).count() + 1;
            vec![LegendEntry {
                label: format!("Cut at {}: {k} clusters", scale::format_value(c)),
                color: theme.muted,
            }]
        }
        None => Vec::new(),
    };
    let color_of = |node: usize| match colors.get(node).copied().flatten() {
        Some(c) => theme.color(c),
        None if cut.is_some() => theme.muted,
        None => theme.color(0),
    };
    // Thinner than data lines: a tree has many links, close together.
    let width = theme.line_width.div_ceil(2).max(1);
    let style_of = |node: usize| ShapeStyle::from(&color_of(node)).stroke_width(width);
    // A child's link, from its height up to its parent's: coloured by its
    // cluster up to the cut, muted above it (where clusters have merged).
    let pieces = |child: usize, from: f64, to: f64| -> Vec<(f64, f64, ShapeStyle)> {
        match cut {
            Some(c) if from < c && c < to => vec![(from, c, style_of(child)), (c, to, style_of(usize::MAX))],
            _ => vec![(from, to, style_of(child))],
        }
    };
    let node_at = |i: usize| {
        tree.nodes.get(i).copied().unwrap_or(Node {
            position: 0.0,
            height: 0.0,
        })
    };
    // Every link as segments of (position across the leaves, height).
    let mut segments: Vec<Segment> = Vec::new();
    for (m, left, right) in &tree.links {
        let (a, b) = (node_at(*left), node_at(*right));
        let hgt = height_of(&tree, n + m);
        for (child, c) in [(a, *left), (b, *right)] {
            for (from, to, style) in pieces(c, child.height, hgt) {
                segments.push(((child.position, from), (child.position, to), style));
            }
        }
        segments.push(((a.position, hgt), (b.position, hgt), style_of(n + m)));
    }

    // When the names may not all fit, a line at the bottom is kept for the
    // footnote that says how many are missing.
    // (Leaves run down the side, or along the bottom for `vertical`.)
    let (w, h) = axes::dims(area);
    let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
    let along = if variant == Variant::Vertical { w } else { h };
    let (chart, crowded) = if n as i32 * line_h > along - 10 * line_h {
        (axes::footnote_room(area, theme)?, true)
    } else {
        (area.clone(), false)
    };
    let (plot, labelled) = if variant == Variant::Vertical {
        draw_vertical(&chart, theme, &input.title, &names, &height_axis, &segments)?
    } else {
        let y = Axis::categories("", names);
        let plot = Frame::new(&input.title, &height_axis, &y)
            .legend(&legend)
            .draw(&chart, theme)?;
        let (_, plot_h) = axes::dims(&plot);
        let labelled = n.div_ceil(axes::thin_step(n, plot_h, line_h));
        (plot, labelled)
    };
    if crowded && labelled < n {
        axes::draw_footnote(area, theme, &unnamed_note(n - labelled, n))?;
    }
    if variant == Variant::Vertical {
        return Ok(());
    }
    for ((p0, h0), (p1, h1), style) in &segments {
        plot.draw(&PathElement::new(vec![(*h0, *p0), (*h1, *p1)], *style))?;
    }
    if let Some(c) = cut {
        let (char_w, _) = axes::text_size(area, "0", &theme.label_style())?;
        let line = vec![(c, -0.5), (c, n as f64 - 0.5)];
        let style = ShapeStyle::from(&theme.muted).stroke_width(width);
        plot.draw(&DashedPathElement::new(line, char_w, (char_w / 2).max(1), style))?;
    }
    Ok(())
}

/// A straight piece of a link, from one (position, height) to another.
type Segment = ((f64, f64), (f64, f64), ShapeStyle);

/// "14 of 32 names left out: too little room".
fn unnamed_note(missing: usize, n: usize) -> String {
    format!("{missing} of {n} names left out: too little room")
}

/// Leaves along the bottom, their names running down under the axis,
/// thinned so that neighbours never touch.
fn draw_vertical<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title: &str,
    names: &[String],
    height_axis: &Axis,
    segments: &[Segment],
) -> DrawResult<(axes::Plot<DB>, usize), DB> {
    let n = names.len();
    let (_, h) = axes::dims(area);
    let rotated = theme.label_style().transform(FontTransform::Rotate90);
    let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
    // Names run down from the axis, cut to a third of the height.
    let mut shown = Vec::with_capacity(n);
    let (mut longest, mut across) = (0, 0);
    for name in names {
        let name = axes::fit_text(area, name, &rotated, (h / 3).max(1))?;
        let (along, thick) = axes::text_size(area, &name, &rotated)?;
        longest = longest.max(along);
        across = across.max(thick);
        shown.push(name);
    }
    let x = Axis::categories("", vec![String::new(); n]);
    // The frame keeps one row for tick labels under the plot; the names need `longest`.
    let upper = area.margin(0, (longest + theme.gap / 2 - line_h).max(0), 0, 0);
    let plot = Frame::new(title, &x, height_axis).draw(&upper, theme)?;
    for (from, to, style) in segments {
        plot.draw(&PathElement::new(vec![*from, *to], *style))?;
    }
    let (plot_w, _) = axes::dims(&plot);
    let base = area.get_base_pixel();
    let slot = plot_w / n.max(1) as i32;
    let every = if slot >= across {
        1
    } else {
        (across / slot.max(1) + 1) as usize
    };
    let name_top = plot.get_pixel_range().1.end - base.1 + theme.gap / 2;
    let style = rotated.pos(Pos::new(HPos::Left, VPos::Center));
    for (k, name) in shown.iter().enumerate().step_by(every) {
        let (px, _) = plot.map_coordinate(&(k as f64, 0.0));
        area.draw(&Text::new(name.clone(), (px - base.0, name_top), style.clone()))?;
    }
    Ok((plot, n.div_ceil(every)))
}

/// The height of node `i`, 0 when unknown.
fn height_of(tree: &Tree, i: usize) -> f64 {
    tree.nodes.get(i).map_or(0.0, |node| node.height)
}

/// Places leaves so that no links cross (depth-first from the last merge,
/// left before right) and every merge halfway between its two children.
/// Merges that refer to unknown or already merged clusters are skipped;
/// when merges are missing, the separate trees are laid side by side.
fn layout(n: usize, merges: &[Merge]) -> Tree {
    let total = n + merges.len();
    let mut children: Vec<Option<(usize, usize)>> = vec![None; total];
    let mut used = vec![false; total];
    let mut links = Vec::new();
    let mut heights = vec![0.0; total];
    for (m, merge) in merges.iter().enumerate() {
        let me = n + m;
        let (l, r) = (merge.left, merge.right);
        let valid = l < me && r < me && l != r && !used[l] && !used[r];
        if !valid {
            continue;
        }
        used[l] = true;
        used[r] = true;
        children[me] = Some((l, r));
        heights[me] = if merge.height.is_finite() {
            merge.height.max(0.0)
        } else {
            0.0
        };
        links.push((m, l, r));
    }
    // Roots: the leaves and merges nothing joined, latest first, so that
    // the full tree's root comes first.
    let roots: Vec<usize> = (0..total)
        .rev()
        .filter(|i| !used[*i] && (*i < n || children[*i].is_some()))
        .collect();
    let mut order = Vec::with_capacity(n);
    for root in roots {
        let mut stack = vec![root];
        while let Some(i) = stack.pop() {
            match children.get(i).copied().flatten() {
                Some((l, r)) => {
                    stack.push(r);
                    stack.push(l);
                }
                None if i < n => order.push(i),
                None => {}
            }
        }
    }
    let mut nodes = vec![
        Node {
            position: 0.0,
            height: 0.0
        };
        total
    ];
    for (k, leaf) in order.iter().enumerate() {
        if let Some(node) = nodes.get_mut(*leaf) {
            node.position = k as f64;
        }
    }
    // Merges come after their children, so one pass in order places them.
    for (m, l, r) in &links {
        let position = f64::midpoint(nodes[*l].position, nodes[*r].position);
        nodes[n + m] = Node {
            position,
            height: heights[n + m],
        };
    }
    Tree { order, nodes, links }
}

/// The cut for the `cut` variant: in the middle of the widest gap between
/// successive join heights that leaves `lo` to `hi` clusters (cutting below
/// the `k - 1` highest joins leaves `k` clusters; under the lowest join
/// lies 0, where every leaf is its own cluster). `None` without such a gap.
fn cut_height(heights: &[f64], n: usize, (lo, hi): (usize, usize)) -> Option<f64> {
    let mut sorted: Vec<f64> = heights.iter().copied().filter(|h| h.is_finite()).collect();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let lo = lo.max(2);
    let mut best: Option<(f64, f64)> = None;
    for k in lo..=hi.min(n) {
        // The k - 1 highest joins are cut; the next one stays whole.
        let below = match sorted.get(k - 1) {
            Some(b) => b,
            None if k - 1 == sorted.len() => &0.0,
            None => continue,
        };
        let Some(above) = sorted.get(k - 2) else {
            continue;
        };
        let gap = above - below;
        if gap > 0.0 && best.is_none_or(|(g, _)| gap > g) {
            best = Some((gap, f64::midpoint(*above, *below)));
        }
    }
    best.map(|(_, c)| c)
}

/// The cluster (as a palette index, in leaf order) of every node under the
/// cut; `None` above it or without a cut.
fn cluster_colors(tree: &Tree, n: usize, cut: Option<f64>) -> Vec<Option<usize>> {
    let mut colors = vec![None; tree.nodes.len()];
    let Some(cut) = cut else {
        return colors;
    };
    // A leaf's cluster is its highest ancestor under the cut.
    let mut parent: Vec<Option<usize>> = vec![None; tree.nodes.len()];
    for (m, l, r) in &tree.links {
        parent[*l] = Some(n + m);
        parent[*r] = Some(n + m);
    }
    let mut next = 0;
    let mut cluster_of_root: Vec<(usize, usize)> = Vec::new();
    for leaf in &tree.order {
        let mut top = *leaf;
        while let Some(p) = parent[top] {
            if height_of(tree, p) > cut {
                break;
            }
            top = p;
        }
        let c = if let Some((_, c)) = cluster_of_root.iter().find(|(root, _)| *root == top) {
            *c
        } else {
            cluster_of_root.push((top, next));
            next += 1;
            next - 1
        };
        // Colour the path from the leaf up to its cluster's root.
        let mut i = *leaf;
        loop {
            colors[i] = Some(c);
            if i == top {
                break;
            }
            match parent[i] {
                Some(p) => i = p,
                None => break,
            }
        }
    }
    colors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merge(left: usize, right: usize, height: f64) -> Merge {
        Merge { left, right, height }
    }

    /// Leaves 0..4: (0, 2) join at 1, (1, 3) at 2, then both at 5.
    fn four() -> Vec<Merge> {
        vec![merge(0, 2, 1.0), merge(1, 3, 2.0), merge(4, 5, 5.0)]
    }

    #[test]
    fn the_names_left_out_are_counted() {
        // 32 leaves, every other named: 16 named, 16 left out.
        assert_eq!(32 - 32usize.div_ceil(axes::thin_step(32, 280, 16)), 16);
        assert_eq!(unnamed_note(16, 32), "16 of 32 names left out: too little room");
    }

    #[test]
    fn leaves_are_ordered_so_links_never_cross() {
        let tree = layout(4, &four());
        assert_eq!(tree.order, vec![0, 2, 1, 3]);
        // Merges sit halfway between their children, at their height.
        assert_eq!(
            tree.nodes[4],
            Node {
                position: 0.5,
                height: 1.0
            }
        );
        assert_eq!(
            tree.nodes[5],
            Node {
                position: 2.5,
                height: 2.0
            }
        );
        assert_eq!(
            tree.nodes[6],
            Node {
                position: 1.5,
                height: 5.0
            }
        );
    }

    #[test]
    fn broken_merges_are_skipped_and_every_leaf_is_kept() {
        let merges = vec![merge(0, 9, 1.0), merge(1, 1, 1.0), merge(0, 1, 2.0)];
        let tree = layout(3, &merges);
        let mut order = tree.order.clone();
        order.sort_unstable();
        assert_eq!(order, vec![0, 1, 2]);
        assert_eq!(tree.links.len(), 1);
        assert_eq!(layout(2, &[]).order.len(), 2);
    }

    #[test]
    fn the_cut_falls_in_the_widest_gap() {
        // Heights 1, 2, 5: the gap 2..5 leaves two clusters.
        let cut = cut_height(&[1.0, 2.0, 5.0], 4, CLUSTERS).expect("cut");
        assert!((cut - 3.5).abs() < 1e-12);
        // Two leaves: below the only join, each leaf is a cluster.
        assert_eq!(cut_height(&[1.0], 2, CLUSTERS), Some(0.5));
        assert!(cut_height(&[], 1, CLUSTERS).is_none());
        // Equal joins: the only gap is under them all.
        assert_eq!(cut_height(&[3.0, 3.0, 3.0], 4, CLUSTERS), Some(1.5));
        assert!(cut_height(&[0.0, 0.0], 3, CLUSTERS).is_none(), "no gap");
    }

    #[test]
    fn a_number_of_clusters_cuts_between_its_joins() {
        // Heights 1, 2, 5: three clusters cut between 1 and 2, four under 1.
        assert_eq!(cut_height(&[1.0, 2.0, 5.0], 4, (3, 3)), Some(1.5));
        assert_eq!(cut_height(&[1.0, 2.0, 5.0], 4, (4, 4)), Some(0.5));
        assert!(
            cut_height(&[1.0, 2.0, 5.0], 4, (5, 5)).is_none(),
            "more clusters than leaves"
        );
        // Any variant cuts when asked.
        let input = Input {
            leaves: ["a", "b", "c", "d"].map(String::from).to_vec(),
            merges: four(),
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Horizontal, &Theme::light()).expect("draws");
            })
        };
        let cut = Input {
            clusters: Some(2),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&cut));
    }

    #[test]
    fn clusters_colour_their_leaves_and_links_below_the_cut() {
        let tree = layout(4, &four());
        let colors = cluster_colors(&tree, 4, Some(3.5));
        assert_eq!(colors[0], Some(0));
        assert_eq!(colors[2], Some(0));
        assert_eq!(colors[4], Some(0));
        assert_eq!(colors[1], Some(1));
        assert_eq!(colors[5], Some(1));
        assert_eq!(colors[6], None, "the root is above the cut");
        assert!(cluster_colors(&tree, 4, None).iter().all(Option::is_none));
    }
}
