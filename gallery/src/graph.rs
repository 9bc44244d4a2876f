//! Nodes and links, shared by the network charts of the flow family (arc
//! diagram, network, edge bundling): the node and link types, groups in
//! order of first appearance, each node's number of links, and how a name
//! hangs outside a ring of nodes.
//!
//! Copying a chart that uses it: copy this file too (it needs only plotters).

use plotters::style::text_anchor::{HPos, VPos};

/// One node: its name and its group (empty: no group).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Node {
    /// The node's label.
    pub name: String,
    /// The node's community; nodes of one group share a colour.
    pub group: String,
}

/// A link between nodes `source` and `target` (indices into the nodes),
/// with a weight (1 when unweighted) that sets how thick it is drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edge {
    /// Index of one end in the nodes.
    pub source: usize,
    /// Index of the other end in the nodes.
    pub target: usize,
    /// The link's strength (e.g. co-occurrences; 1 when unweighted).
    pub weight: f64,
}

/// Anything that links two nodes by their indices.
pub trait Link {
    /// The indices of the link's two ends.
    fn ends(&self) -> (usize, usize);
}

impl Link for Edge {
    fn ends(&self) -> (usize, usize) {
        (self.source, self.target)
    }
}

/// Groups in order of first appearance, and each node's group index.
pub fn group_index(nodes: &[Node]) -> (Vec<String>, Vec<usize>) {
    let mut names: Vec<String> = Vec::new();
    let index = nodes
        .iter()
        .map(|node| {
            if let Some(i) = names.iter().position(|g| *g == node.group) {
                i
            } else {
                names.push(node.group.clone());
                names.len() - 1
            }
        })
        .collect();
    (names, index)
}

/// The number of links of each of `n` nodes (self-links and bad indices
/// ignored).
pub fn degrees<L: Link>(n: usize, links: &[L]) -> Vec<usize> {
    let mut deg = vec![0; n];
    for (a, b) in links.iter().map(Link::ends).filter(|(a, b)| a != b) {
        if a < n && b < n {
            deg[a] += 1;
            deg[b] += 1;
        }
    }
    deg
}

/// How a label outside a circle hangs from its point at `angle` (radians,
/// clockwise from 12 o'clock): beside it on the sides, above or below it
/// near the top and the bottom.
pub fn ring_anchor(angle: f64) -> (HPos, VPos) {
    let (sin, cos) = (angle.sin(), angle.cos());
    if sin.abs() < 0.3 {
        (HPos::Center, if cos > 0.0 { VPos::Bottom } else { VPos::Top })
    } else if sin > 0.0 {
        (HPos::Left, VPos::Center)
    } else {
        (HPos::Right, VPos::Center)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::TAU;

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
    fn groups_come_in_order_of_first_appearance() {
        let (groups, index) = group_index(&[node("a", "y"), node("b", "x"), node("c", "y"), node("d", "")]);
        assert_eq!(groups, vec!["y", "x", ""]);
        assert_eq!(index, vec![0, 1, 0, 2]);
        assert_eq!(group_index(&[]), (Vec::new(), Vec::new()));
    }

    #[test]
    fn degrees_ignore_self_links_and_bad_indices() {
        assert_eq!(degrees(3, &[edge(0, 1), edge(1, 1), edge(2, 7)]), vec![1, 1, 0]);
        assert_eq!(
            degrees(4, &[edge(0, 1), edge(2, 3), edge(2, 1), edge(3, 3)]),
            vec![1, 2, 2, 1]
        );
    }

    #[test]
    fn ring_labels_hang_outwards() {
        assert!(
            matches!(ring_anchor(0.0), (HPos::Center, VPos::Bottom)),
            "top: above the point"
        );
        assert!(
            matches!(ring_anchor(TAU / 4.0), (HPos::Left, VPos::Center)),
            "right: to the right"
        );
        assert!(
            matches!(ring_anchor(TAU / 2.0), (HPos::Center, VPos::Top)),
            "bottom: below"
        );
        assert!(
            matches!(ring_anchor(0.75 * TAU), (HPos::Right, VPos::Center)),
            "left: to the left"
        );
    }
}
