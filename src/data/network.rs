//! Networks: the node-link JSON of the network sample (`les_mis.json`) as
//! an edge-list [`Table`], and an edge list read back from any table's
//! columns, so network charts take the same Table -> roles -> input path
//! as every other chart.
//!
//! The JSON is the d3 / bokeh node-link format:
//! `{"nodes": [{"name": "Myriel", "group": 1}], "links": [{"source": 1,
//! "target": 0, "value": 1}]}`, links pointing at nodes by index. The table
//! has one row per link: `source`, `target` (node names), `value`, and
//! `source_group`, `target_group` (each end's group).

use super::table::{Column, Table};
use crate::text::sanitize;
use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// A node-link graph as the JSON file holds it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Node {
    pub name: String,
    /// A number or a name; missing when the graph has no groups.
    #[serde(default)]
    pub group: Option<serde_json::Value>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Link {
    pub source: usize,
    pub target: usize,
    #[serde(default = "one")]
    pub value: f64,
}

fn one() -> f64 {
    1.0
}

impl Graph {
    pub fn parse(source: &str, text: &str) -> Result<Graph> {
        let graph: Graph =
            serde_json::from_str(text).with_context(|| format!("{source}: not a node-link graph (nodes, links)"))?;
        let n = graph.nodes.len();
        if let Some((i, l)) = graph
            .links
            .iter()
            .enumerate()
            .find(|(_, l)| l.source >= n || l.target >= n)
        {
            bail!(
                "{source}: link {i} ({} -> {}) points past the {n} nodes",
                l.source,
                l.target
            );
        }
        Ok(graph)
    }
}

/// A group as a table cell: numbers stay numbers, text stays text.
fn group_cell(node: &Node) -> (Option<f64>, String) {
    match &node.group {
        Some(serde_json::Value::Number(v)) => (v.as_f64(), v.to_string()),
        Some(serde_json::Value::String(s)) => (None, sanitize(s)),
        Some(other) => (None, sanitize(&other.to_string())),
        None => (None, String::new()),
    }
}

/// The graph's links as an edge-list table (see the module doc).
pub fn table(source: &str, text: &str) -> Result<Table> {
    let graph = Graph::parse(source, text)?;
    let name = |i: usize| graph.nodes.get(i).map(|n| sanitize(&n.name)).unwrap_or_default();
    let cells: Vec<(Option<f64>, String)> = graph.nodes.iter().map(group_cell).collect();
    let numeric = cells.iter().all(|(v, _)| v.is_some());
    let group_column = |end: fn(&Link) -> usize| -> Column {
        let cell = |l: &Link| cells.get(end(l)).cloned().unwrap_or((None, String::new()));
        if numeric {
            Column::Number(graph.links.iter().map(|l| cell(l).0.unwrap_or(f64::NAN)).collect())
        } else {
            Column::Category(graph.links.iter().map(|l| cell(l).1).collect())
        }
    };
    Ok(Table {
        source: source.to_string(),
        names: ["source", "target", "value", "source_group", "target_group"]
            .map(String::from)
            .to_vec(),
        columns: vec![
            Column::Category(graph.links.iter().map(|l| name(l.source)).collect()),
            Column::Category(graph.links.iter().map(|l| name(l.target)).collect()),
            Column::Number(graph.links.iter().map(|l| l.value).collect()),
            group_column(|l| l.source),
            group_column(|l| l.target),
        ],
    })
}

/// Whether a row's weight makes it a link: a finite number above zero (a
/// link of weight 0 or less, or of none, is no link; the footnote of a
/// user's file counts the rows left out so).
pub fn is_link_weight(weight: f64) -> bool {
    weight.is_finite() && weight > 0.0
}

/// Nodes and weighted links read from the rows of an edge-list table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EdgeList {
    /// Node names in order of first appearance (each row: source, then target).
    pub nodes: Vec<String>,
    /// Each node's group: the first one given for it; empty when none.
    pub groups: Vec<String>,
    /// (source, target, weight) as node indices, in row order.
    pub edges: Vec<(usize, usize, f64)>,
}

impl EdgeList {
    /// One edge per row. Rows with an empty endpoint or a weight that is
    /// not a positive number ([`is_link_weight`]) are skipped. `weights` defaults to 1 per
    /// row. A node's group comes from `source_groups` on rows where it is
    /// the source, or `target_groups` where it is the target: the first
    /// non-empty one seen wins.
    pub fn build(
        sources: &[String],
        targets: &[String],
        weights: Option<&[f64]>,
        source_groups: Option<&[String]>,
        target_groups: Option<&[String]>,
    ) -> EdgeList {
        let mut list = EdgeList::default();
        let mut index = std::collections::HashMap::new();
        let mut node = |list: &mut EdgeList, name: &str, group: Option<&String>| -> usize {
            let i = *index.entry(name.to_string()).or_insert_with(|| {
                list.nodes.push(name.to_string());
                list.groups.push(String::new());
                list.nodes.len() - 1
            });
            if let (Some(g), Some(slot)) = (group, list.groups.get_mut(i)) {
                if slot.is_empty() {
                    slot.clone_from(g);
                }
            }
            i
        };
        for (row, (s, t)) in sources.iter().zip(targets).enumerate() {
            let weight = weights.map_or(Some(1.0), |w| w.get(row).copied());
            let Some(weight) = weight.filter(|w| is_link_weight(*w)) else {
                continue;
            };
            if s.is_empty() || t.is_empty() {
                continue;
            }
            let a = node(&mut list, s, source_groups.and_then(|g| g.get(row)));
            let b = node(&mut list, t, target_groups.and_then(|g| g.get(row)));
            list.edges.push((a, b, weight));
        }
        list
    }

    /// Edges with the same two ends merged, weights summed; with
    /// `undirected`, a -> b and b -> a count as one edge. First-seen order.
    #[must_use]
    pub fn merged(&self, undirected: bool) -> EdgeList {
        let mut seen: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
        let mut edges: Vec<(usize, usize, f64)> = Vec::new();
        for (a, b, w) in &self.edges {
            let key = if undirected && b < a { (*b, *a) } else { (*a, *b) };
            if let Some(e) = seen.get(&key).and_then(|i| edges.get_mut(*i)) {
                e.2 += w;
            } else {
                seen.insert(key, edges.len());
                edges.push((*a, *b, *w));
            }
        }
        EdgeList {
            nodes: self.nodes.clone(),
            groups: self.groups.clone(),
            edges,
        }
    }

    /// Only the nodes with `keep[i]` true (renumbered, order kept), and the
    /// edges between them.
    #[must_use]
    pub fn subgraph(&self, keep: &[bool]) -> EdgeList {
        let mut new_index = vec![None; self.nodes.len()];
        let mut out = EdgeList::default();
        for (i, name) in self.nodes.iter().enumerate() {
            if keep.get(i).copied().unwrap_or(false) {
                new_index[i] = Some(out.nodes.len());
                out.nodes.push(name.clone());
                out.groups.push(self.groups.get(i).cloned().unwrap_or_default());
            }
        }
        for (a, b, w) in &self.edges {
            if let (Some(Some(a)), Some(Some(b))) = (new_index.get(*a), new_index.get(*b)) {
                out.edges.push((*a, *b, *w));
            }
        }
        out
    }

    /// The number of edges at each node (self-links count once).
    pub fn degrees(&self) -> Vec<usize> {
        let mut deg = vec![0; self.nodes.len()];
        for (a, b, _) in &self.edges {
            if let Some(d) = deg.get_mut(*a) {
                *d += 1;
            }
            if a != b {
                if let Some(d) = deg.get_mut(*b) {
                    *d += 1;
                }
            }
        }
        deg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{"nodes": [{"name": "A", "group": 1}, {"name": "B", "group": 2}, {"name": "C", "group": 1}],
        "links": [{"source": 1, "target": 0, "value": 3}, {"source": 2, "target": 1}]}"#;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn node_link_json_becomes_an_edge_list_table() {
        let t = table("small.json", SMALL).expect("table");
        assert_eq!(
            t.names,
            vec!["source", "target", "value", "source_group", "target_group"]
        );
        assert_eq!(t.rows(), 2);
        assert_eq!(t.column("source"), Some(&Column::Category(strings(&["B", "C"]))));
        assert_eq!(t.column("target"), Some(&Column::Category(strings(&["A", "B"]))));
        assert_eq!(
            t.column("value"),
            Some(&Column::Number(vec![3.0, 1.0])),
            "value defaults to 1"
        );
        assert_eq!(t.column("source_group"), Some(&Column::Number(vec![2.0, 1.0])));
        assert_eq!(t.column("target_group"), Some(&Column::Number(vec![1.0, 2.0])));
    }

    #[test]
    fn bad_graphs_are_errors_not_panics() {
        assert!(table("x.json", "[1, 2]").is_err());
        let past = r#"{"nodes": [{"name": "A"}], "links": [{"source": 0, "target": 5}]}"#;
        let err = table("x.json", past).expect_err("index past the nodes");
        assert!(err.to_string().contains("points past"), "{err}");
        let text_groups = r#"{"nodes": [{"name": "A", "group": "x"}], "links": [{"source": 0, "target": 0}]}"#;
        let t = table("x.json", text_groups).expect("text groups");
        assert_eq!(t.column("source_group"), Some(&Column::Category(strings(&["x"]))));
    }

    #[test]
    fn the_embedded_sample_loads() {
        let t = table("les_mis.json", include_str!("../../datasets/les_mis.json")).expect("les_mis");
        assert_eq!(t.rows(), 254);
        let list = EdgeList::build(
            &strings_of(&t, "source"),
            &strings_of(&t, "target"),
            None,
            Some(&strings_of(&t, "source_group")),
            Some(&strings_of(&t, "target_group")),
        );
        assert_eq!(list.nodes.len(), 77);
        assert!(list.groups.iter().all(|g| !g.is_empty()), "every node has a group");
    }

    fn strings_of(t: &Table, name: &str) -> Vec<String> {
        let c = t.column(name).expect("column");
        (0..c.len()).map(|i| c.label(i)).collect()
    }

    #[test]
    fn edge_lists_index_nodes_by_first_appearance() {
        let list = EdgeList::build(
            &strings(&["a", "b", "", "c"]),
            &strings(&["b", "c", "a", "a"]),
            Some(&[2.0, f64::NAN, 1.0, 4.0]),
            Some(&strings(&["g1", "g2", "g9", ""])),
            Some(&strings(&["", "g3", "g9", "g1"])),
        );
        assert_eq!(list.nodes, strings(&["a", "b", "c"]));
        let zero_and_less = EdgeList::build(
            &strings(&["a", "b", "c"]),
            &strings(&["b", "c", "a"]),
            Some(&[0.0, -1.0, 3.0]),
            None,
            None,
        );
        assert_eq!(
            zero_and_less.nodes,
            strings(&["c", "a"]),
            "weights 0 and below are no links"
        );
        assert_eq!(zero_and_less.edges, vec![(0, 1, 3.0)]);
        // Rows 1 (NaN weight) and 2 (no source) are skipped, so b and c are
        // only seen where their group is empty.
        assert_eq!(list.groups, strings(&["g1", "", ""]));
        assert_eq!(list.edges, vec![(0, 1, 2.0), (2, 0, 4.0)]);
        assert_eq!(list.degrees(), vec![2, 1, 1]);
    }

    #[test]
    fn merging_and_subgraphs() {
        let list = EdgeList::build(
            &strings(&["a", "b", "a", "c"]),
            &strings(&["b", "a", "b", "a"]),
            None,
            None,
            None,
        );
        let directed = list.merged(false);
        assert_eq!(directed.edges, vec![(0, 1, 2.0), (1, 0, 1.0), (2, 0, 1.0)]);
        let undirected = list.merged(true);
        assert_eq!(undirected.edges, vec![(0, 1, 3.0), (2, 0, 1.0)]);
        let sub = undirected.subgraph(&[true, false, true]);
        assert_eq!(sub.nodes, strings(&["a", "c"]));
        assert_eq!(sub.edges, vec![(1, 0, 1.0)]);
    }
}
