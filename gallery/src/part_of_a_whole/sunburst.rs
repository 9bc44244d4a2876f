//! # Sunburst
//!
//! A sunburst shows a hierarchy as nested rings: the centre is the whole,
//! the first ring splits it into the groups of the first level, and each
//! ring further out splits every arc into its children, each with an angle
//! proportional to its value. The first level's groups have one colour
//! each; their descendants keep it, paler ring by ring. Names are written
//! horizontally inside the arcs they fit in.
//!
//! ## When to use
//! A hierarchy of three or more levels with a size at each leaf (files in
//! folders, classes in packages, countries in regions), when the message is
//! how the whole splits at every level at once. Beyond three or four rings
//! the outer arcs become slivers: show fewer levels.
//!
//! ## Caveat
//! Angles and arcs of different radii are hard to compare, and outer arcs
//! look bigger than inner ones of the same angle. To compare the sizes of
//! items, use a barplot; to show the areas of one level, a treemap. Values
//! must be positive (others are skipped, with a note).
//!
//! ## Variants
//! - `full` (default): every level of the hierarchy as its own ring (at
//!   most six).
//! - `two-levels`: the first two levels only, deeper levels summed into
//!   their parents, for wider arcs and more names.
//!
//! ## Related
//! treemap, circular-packing, donut, dendrogram
//!
//! ## Copying
//! Needs `hierarchy.rs` (the input's leaves), `radial.rs` (ring sectors),
//! `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
/// The input's leaves: see `hierarchy.rs`.
pub use crate::hierarchy::Leaf;
use crate::radial;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::HashMap;
use std::f64::consts::TAU;

/// The data of a sunburst, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the values (the angles) measure, e.g. "Code size (bytes)";
    /// written under the total in the centre.
    pub value_title: String,
    /// The items: each a path (outermost level first; a path ends at its
    /// first empty level) and a positive value.
    pub leaves: Vec<Leaf>,
}

/// The ways to draw a sunburst, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `full`: Every level of the hierarchy as its own ring (at most six).
    Full,
    /// `two-levels`: The first two levels only, deeper levels summed into their parents.
    TwoLevels,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Full, Variant::TwoLevels];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Full => "full",
            Variant::TwoLevels => "two-levels",
        }
    }

    /// How many rings the variant draws at most.
    fn depth(self) -> usize {
        match self {
            Variant::Full => MAX_DEPTH,
            Variant::TwoLevels => 2,
        }
    }
}

/// The most rings drawn.
pub const MAX_DEPTH: usize = 6;

/// The most children a node keeps (the largest); the rest are lumped into
/// one "Other (n)" child, which keeps every total, and so every angle.
pub const MAX_CHILDREN: usize = 40;

/// One node of the hierarchy: its name, its value (its own, or the sum of
/// its children's), and its children, largest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Node {
    /// The node's name (a level's value).
    pub name: String,
    /// The node's value: the sum of its children's, or its own as a leaf.
    pub value: f64,
    /// The node's children, largest first.
    pub children: Vec<Node>,
}

impl Node {
    /// How many levels lie below this node (0 for a leaf).
    pub fn height(&self) -> usize {
        self.children.iter().map(|c| c.height() + 1).max().unwrap_or(0)
    }
}

/// The hierarchy of `leaves` under one root, at most `depth` levels deep
/// (deeper leaves count in their ancestor at that depth), children largest
/// first and at most [`MAX_CHILDREN`] per node. Only positive finite
/// values count; a path ends at its first empty level.
pub fn tree(leaves: &[Leaf], depth: usize) -> Node {
    let mut arena = vec![Building {
        name: String::new(),
        value: 0.0,
        children: Vec::new(),
        index: HashMap::new(),
    }];
    for leaf in leaves.iter().filter(|l| l.value.is_finite() && l.value > 0.0) {
        let mut at = 0;
        arena[0].value += leaf.value;
        for name in leaf.path.iter().take_while(|p| !p.trim().is_empty()).take(depth) {
            let child = if let Some(c) = arena[at].index.get(name).copied() {
                c
            } else {
                arena.push(Building {
                    name: name.clone(),
                    value: 0.0,
                    children: Vec::new(),
                    index: HashMap::new(),
                });
                let c = arena.len() - 1;
                arena[at].children.push(c);
                arena[at].index.insert(name.clone(), c);
                c
            };
            arena[child].value += leaf.value;
            at = child;
        }
    }
    build(&arena, 0)
}

/// A node of the tree while it is built, in a flat arena: its children by
/// index, and by name.
struct Building {
    name: String,
    value: f64,
    children: Vec<usize>,
    index: HashMap<String, usize>,
}

/// The finished node `i` of the arena, with its subtree: children largest
/// first, at most [`MAX_CHILDREN`].
fn build(arena: &[Building], i: usize) -> Node {
    let b = &arena[i];
    let mut children: Vec<Node> = b.children.iter().map(|c| build(arena, *c)).collect();
    children.sort_by(|x, y| y.value.total_cmp(&x.value));
    if children.len() > MAX_CHILDREN {
        let rest = children.split_off(MAX_CHILDREN - 1);
        children.push(Node {
            name: format!("Other ({})", rest.len()),
            value: rest.iter().map(|n| n.value).sum(),
            children: Vec::new(),
        });
    }
    Node {
        name: b.name.clone(),
        value: b.value,
        children,
    }
}

/// One arc to draw: its node, ring (1 = innermost), angles and first-level group.
#[derive(Clone, Debug, PartialEq)]
pub struct Arc<'a> {
    /// The node the arc stands for.
    pub node: &'a Node,
    /// Its ring, 1 for the first level.
    pub ring: usize,
    /// Start angle, radians clockwise from 12 o'clock.
    pub start: f64,
    /// End angle, radians clockwise from 12 o'clock.
    pub end: f64,
    /// Index of its first-level ancestor (its colour).
    pub group: usize,
    /// Its place among its siblings, largest first.
    pub index: usize,
}

/// Every arc below `root`: each child spans its share of its parent's angle,
/// children side by side from the parent's start, clockwise from 12 o'clock.
pub fn arcs(root: &Node) -> Vec<Arc<'_>> {
    let mut out = Vec::new();
    let mut todo: Vec<(&Node, usize, f64, f64, usize, usize)> = vec![(root, 0, 0.0, TAU, 0, 0)];
    while let Some((node, ring, start, end, group, index)) = todo.pop() {
        if ring > 0 {
            out.push(Arc {
                node,
                ring,
                start,
                end,
                group,
                index,
            });
        }
        if node.value <= 0.0 {
            continue;
        }
        let mut at = start;
        for (k, child) in node.children.iter().enumerate() {
            let span = child.value / node.value * (end - start);
            let group = if ring == 0 { k } else { group };
            todo.push((child, ring + 1, at, at + span, group, k));
            at += span;
        }
    }
    out
}

/// Draws `input` as a sunburst in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let root = tree(&input.leaves, variant.depth());
    if root.children.is_empty() || !(root.value.is_finite() && root.value > 0.0) {
        return axes::draw_empty(area, theme, &input.title, "No positive values to split");
    }
    let rings = root.height();
    let mut notes = Vec::new();
    let skipped = input
        .leaves
        .iter()
        .filter(|l| !(l.value.is_finite() && l.value > 0.0))
        .count();
    if skipped > 0 {
        let s = if skipped == 1 { "" } else { "s" };
        notes.push(format!("{skipped} non-positive value{s} skipped"));
    }
    let deepest = input
        .leaves
        .iter()
        .map(|l| l.path.iter().take_while(|p| !p.trim().is_empty()).count())
        .max()
        .unwrap_or(0);
    if deepest > rings {
        let hidden = deepest - rings;
        let s = if hidden == 1 { "" } else { "s" };
        notes.push(format!("{hidden} deeper level{s} summed into the outer ring"));
    }
    let area = &axes::draw_footnote(area, theme, &notes.join("; "))?;
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
    // One colour per first-level group; past the palette they repeat, so
    // the legend names only those that have their own.
    let groups = root.children.len().min(theme.palette.len().saturating_sub(1).max(1));
    let legend: Vec<LegendEntry> = root
        .children
        .iter()
        .take(groups)
        .enumerate()
        .map(|(i, g)| LegendEntry {
            label: g.name.clone(),
            color: theme.color(i),
        })
        .collect();
    top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    let r_out = (f64::from(w - 2 * m).min(f64::from(h - top - m)) / 2.0).max(0.0);
    if r_out < 4.0 {
        return Ok(());
    }
    let centre = (f64::from(w) / 2.0, f64::from(top) + f64::from(h - top - m) / 2.0);
    // The hole in the middle is as wide as a ring, at least.
    let ring_w = r_out / (rings as f64 + 1.0);
    let r_of = |ring: usize| ring_w * ring as f64;
    let cells = axes::text_in_cells(area, theme)?;
    let (char_w, _) = axes::text_size(area, "0", &theme.label_style())?;
    // An arc is wide enough for a cut around it, or a shade of its own,
    // when it keeps a solid inside (two cells in a terminal).
    let min_arc = if cells { f64::from(2 * char_w) } else { 3.0 };
    let wide = |arc: &Arc| (arc.end - arc.start) * r_of(arc.ring).max(ring_w) >= min_arc;
    let color_of = |arc: &Arc| {
        let base = if arc.group < groups {
            theme.color(arc.group)
        } else {
            theme.color(theme.palette.len().saturating_sub(1))
        };
        // Paler ring by ring; in a terminal, where cuts between thin arcs
        // would only make noise, every other wide sibling a shade paler
        // too. Thin siblings share one shade: alternating shades narrower
        // than a cell would speckle the ring instead of dividing it.
        let shade = if cells && wide(arc) && arc.index % 2 == 1 {
            0.12
        } else {
            0.0
        };
        blend(base, theme.background, 0.18 * (arc.ring as f64 - 1.0) + shade)
    };
    let all = arcs(&root);
    let cut = ShapeStyle::from(&theme.background).stroke_width(1);
    for arc in &all {
        let points = radial::ring_sector(centre, r_of(arc.ring), r_of(arc.ring + 1), arc.start, arc.end);
        area.draw(&Polygon::new(radial::to_pixels(&points), color_of(arc).filled()))?;
    }
    // Thin cuts between neighbouring arcs and rings, around the wide ones;
    // not in a terminal, where a cut takes whole cells and leaves holes
    // (the shades divide the arcs there).
    for arc in &all {
        if cells || !wide(arc) {
            continue;
        }
        let mut points = radial::ring_sector(centre, r_of(arc.ring), r_of(arc.ring + 1), arc.start, arc.end);
        if let Some(first) = points.first().copied() {
            points.push(first);
        }
        area.draw(&PathElement::new(radial::to_pixels(&points), cut))?;
    }
    for arc in &all {
        draw_arc_label(
            area,
            theme,
            centre,
            (r_of(arc.ring), r_of(arc.ring + 1)),
            arc,
            color_of(arc),
        )?;
    }
    radial::draw_total(
        area,
        theme,
        centre,
        ring_w - f64::from(theme.gap) / 2.0,
        root.value,
        &input.value_title,
    )
}

/// The arc's name, horizontal, centred in the arc where it fits whole, else
/// cut with an ellipsis to at least four letters, else left out.
fn draw_arc_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    centre: (f64, f64),
    (r_in, r_out): (f64, f64),
    arc: &Arc,
    fill: RGBColor,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (char_w, lh) = axes::text_size(area, "0", &label)?;
    let (char_w, lh) = (f64::from(char_w), f64::from(lh));
    let mid_r = f64::midpoint(r_in, r_out);
    // Cheap rejections first: too thin for a line of text either way.
    if (arc.end - arc.start) * mid_r < lh.min(3.0 * char_w) || r_out - r_in < lh.min(3.0 * char_w) {
        return Ok(());
    }
    let (lx, ly) = radial::polar(centre, mid_r, f64::midpoint(arc.start, arc.end));
    let pad = f64::from(theme.gap) / 4.0;
    let fits = |text_w: f64| {
        let (a, b) = (text_w / 2.0 + pad, lh / 2.0);
        [
            (-a, -b),
            (a, -b),
            (a, b),
            (-a, b),
            (0.0, -b),
            (0.0, b),
            (-a, 0.0),
            (a, 0.0),
        ]
        .iter()
        .all(|(dx, dy)| {
            radial::in_sector(
                (lx + dx - centre.0, ly + dy - centre.1),
                r_in,
                r_out,
                arc.start,
                arc.end,
            )
        })
    };
    let name = &arc.node.name;
    let mut text = name.clone();
    let mut width = f64::from(axes::text_size(area, &text, &label)?.0);
    while !fits(width) {
        // Shorter by a letter or two at a time, down to four letters and an ellipsis.
        let cut = axes::fit_text(area, name, &label, (width - 2.0 * char_w) as i32)?;
        if cut.chars().count() < 5 || cut == text {
            return Ok(());
        }
        text = cut;
        width = f64::from(axes::text_size(area, &text, &label)?.0);
    }
    let ink = Theme::text_on(fill);
    let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
    area.draw(&Text::new(text, (lx.round() as i32, ly.round() as i32), style))
}

/// `a` moved towards `b` by `t` (0..=1).
fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(path: &[&str], value: f64) -> Leaf {
        Leaf {
            path: path.iter().map(|s| (*s).to_string()).collect(),
            value,
        }
    }

    /// A piece of flare: analytics > cluster / graph, and a class at the
    /// second level (its path ends early).
    fn sample() -> Vec<Leaf> {
        vec![
            leaf(&["analytics", "cluster", "AgglomerativeCluster", ""], 3938.0),
            leaf(&["analytics", "cluster", "MergeEdge", ""], 743.0),
            leaf(&["analytics", "graph", "BetweennessCentrality", ""], 3534.0),
            leaf(&["flex", "FlareVis", "", ""], 4116.0),
            leaf(&["util", "math", "DenseMatrix", ""], 3165.0),
            leaf(&["util", "Colors", "", ""], 10001.0),
            leaf(&["util", "bad", "", ""], -5.0),
        ]
    }

    #[test]
    fn a_terminal_gets_no_cuts_between_arcs() {
        // A cut takes whole cells in a terminal and leaves holes: only paper
        // outlines its arcs in the background colour.
        let input = Input {
            title: "Code".into(),
            value_title: "bytes".into(),
            leaves: sample(),
        };
        let cuts = |cells: bool| {
            let background = if cells { Theme::terminal() } else { Theme::light() }.background;
            crate::test_pixels::record((800, 480), cells, |area, theme| {
                draw(area, &input, Variant::Full, theme).expect("draws");
            })
            .paths
            .iter()
            .filter(|(_, color)| *color == background)
            .count()
        };
        assert!(cuts(false) > 0, "paper cuts between arcs");
        assert_eq!(cuts(true), 0, "a terminal does not");
    }

    #[test]
    fn parents_sum_their_children_largest_first() {
        let root = tree(&sample(), MAX_DEPTH);
        assert!((root.value - 25497.0).abs() < 1e-9);
        let names: Vec<&str> = root.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["util", "analytics", "flex"]);
        let analytics = &root.children[1];
        assert!((analytics.value - 8215.0).abs() < 1e-9);
        assert_eq!(analytics.children[0].name, "cluster");
        assert!((analytics.children[0].value - 4681.0).abs() < 1e-9);
        // A path ends at its first empty level: FlareVis is a leaf of ring 2.
        assert!(root.children[2].children[0].children.is_empty());
        assert_eq!(root.height(), 3);
    }

    #[test]
    fn two_levels_sum_deeper_leaves_into_their_parents() {
        let root = tree(&sample(), 2);
        assert_eq!(root.height(), 2);
        let cluster = &root.children[1].children[0];
        assert_eq!(cluster.name, "cluster");
        assert!(cluster.children.is_empty());
        assert!((cluster.value - 4681.0).abs() < 1e-9);
    }

    #[test]
    fn arc_angles_are_shares_of_their_parents() {
        let root = tree(&sample(), MAX_DEPTH);
        let all = arcs(&root);
        // Ring 1 covers the circle, in order from 12 o'clock.
        let mut ring1: Vec<&Arc> = all.iter().filter(|a| a.ring == 1).collect();
        ring1.sort_by(|a, b| a.start.total_cmp(&b.start));
        assert!(ring1[0].start.abs() < 1e-12);
        assert!((ring1[2].end - TAU).abs() < 1e-9);
        for a in &all {
            assert!(
                ((a.end - a.start) - a.node.value / root.value * TAU).abs() < 1e-9,
                "{}",
                a.node.name
            );
        }
        // Children lie inside their parent's angles and keep its group.
        let cluster = all.iter().find(|a| a.node.name == "cluster").expect("cluster");
        let merge = all.iter().find(|a| a.node.name == "MergeEdge").expect("MergeEdge");
        assert!(merge.start >= cluster.start - 1e-12 && merge.end <= cluster.end + 1e-12);
        assert_eq!((merge.ring, merge.group), (3, cluster.group));
    }

    #[test]
    fn many_children_are_lumped_keeping_the_total() {
        let leaves: Vec<Leaf> = (0..100)
            .map(|k| leaf(&["g", &format!("i{k}")], f64::from(k + 1)))
            .collect();
        let root = tree(&leaves, MAX_DEPTH);
        let g = &root.children[0];
        assert_eq!(g.children.len(), MAX_CHILDREN);
        assert_eq!(g.children.last().map(|c| c.name.as_str()), Some("Other (61)"));
        let sum: f64 = g.children.iter().map(|c| c.value).sum();
        assert!((sum - 5050.0).abs() < 1e-9);
    }

    /// Draws with `draw_one` into bitmaps from 1x1 to 320x200, fonts registered.
    fn on_canvases(draw_one: impl Fn(&DrawingArea<BitMapBackend, Shift>, &Theme)) {
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = plotters::style::register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        for (w, h) in [(1u32, 1u32), (60, 40), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            let area = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
            draw_one(&area, &Theme::light_for(w, h));
        }
    }

    #[test]
    fn drawing_degenerate_input_does_not_fail() {
        on_canvases(|area, theme| {
            for leaves in [
                vec![],
                vec![leaf(&[], 1.0)],
                vec![leaf(&["a"], f64::NAN), leaf(&["b"], -1.0)],
                vec![leaf(&["only"], 1.0)],
                vec![
                    leaf(&["a", "b", "c", "d", "e", "f", "g", "h"], 1e300),
                    leaf(&["x"], 1e-300),
                ],
                sample(),
            ] {
                let input = Input {
                    title: "t".into(),
                    leaves,
                    ..Input::default()
                };
                for v in Variant::ALL {
                    assert!(draw(area, &input, v, theme).is_ok(), "{v:?}");
                }
            }
        });
    }
}
