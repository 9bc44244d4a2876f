//! Flow charts: bindings from a table to each chart's input.
//!
//! Network charts read an edge list: one row per link, with `--source` and
//! `--target` naming its two ends and an optional `--values` weight. A
//! node's group comes from `--group`: the first column gives the group of
//! the row's source node, an optional second one (`--group a,b`) the group
//! of its target node; the first group seen for a node wins.

use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::geo;
use crate::data::network::EdgeList;
use crate::data::table::{Column, Kind};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::flow::arc_diagram;
use rgg_gallery::flow::chord;
use rgg_gallery::flow::edge_bundling;
use rgg_gallery::flow::network;
use rgg_gallery::flow::sankey;
use std::borrow::Cow;

pub const CHARTS: &[&Chart] = &[&NETWORK, &CHORD, &SANKEY, &ARC_DIAGRAM, &EDGE_BUNDLING];

const SOURCE: RoleSpec = RoleSpec {
    role: Role::Source,
    required: true,
    kinds: ANY,
    help: "the node a link starts from",
};
const TARGET: RoleSpec = RoleSpec {
    role: Role::Target,
    required: true,
    kinds: ANY,
    help: "the node a link goes to",
};
const GROUP: RoleSpec = RoleSpec {
    role: Role::Group,
    required: false,
    kinds: ANY,
    help: "the source node's group (node colour); a second column after a comma gives the target node's group",
};

/// The edge list of a table, with node groups when `--group` is bound.
fn edge_list(table: &Table, b: &Binding, weighted: bool) -> Result<EdgeList> {
    let sources = b.categories(table, Role::Source)?;
    let targets = b.categories(table, Role::Target)?;
    let weights = if weighted && b.column_name(Role::Values).is_some() {
        Some(b.numbers(table, Role::Values)?)
    } else {
        None
    };
    let mut numbered = false;
    let groups: Vec<Vec<String>> = if b.column_names(Role::Group).is_empty() {
        Vec::new()
    } else {
        b.category_columns(table, Role::Group)?
            .into_iter()
            .map(|(name, labels)| {
                numbered |= table.column(&name).map(Column::kind) == Some(Kind::Number);
                labels
            })
            .collect()
    };
    let mut list = EdgeList::build(
        &sources,
        &targets,
        weights.as_deref(),
        groups.first().map(Vec::as_slice),
        groups.get(1).map(Vec::as_slice),
    );
    if numbered {
        name_groups_after_hubs(&mut list);
    }
    Ok(list)
}

/// Numbered groups ("3") say nothing: each is named after its most linked
/// member instead ("Valjean's circle"; ties: the first seen).
fn name_groups_after_hubs(list: &mut EdgeList) {
    let degree = list.degrees();
    let mut hub: Vec<(String, usize, usize)> = Vec::new();
    for (i, g) in list.groups.iter().enumerate() {
        if g.is_empty() {
            continue;
        }
        let d = degree.get(i).copied().unwrap_or(0);
        match hub.iter_mut().find(|(name, _, _)| name == g) {
            Some(h) if d > h.2 => (h.1, h.2) = (i, d),
            Some(_) => {}
            None => hub.push((g.clone(), i, d)),
        }
    }
    for g in &mut list.groups {
        if let Some((_, i, _)) = hub.iter().find(|(name, _, _)| name == g) {
            if let Some(member) = list.nodes.get(*i) {
                *g = format!("{member}'s circle");
            }
        }
    }
}

pub const NETWORK: Chart = Chart {
    id: "network",
    family: Family::Flow,
    source: include_str!("../../gallery/src/flow/network.rs"),
    source_path: "gallery/src/flow/network.rs",
    variants: &["force", "circular"],
    roles: &[
        SOURCE,
        TARGET,
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "link weight (line width)",
        },
        GROUP,
    ],
    sample: Sample {
        dataset: "les_mis.json",
        title: "Who appears with whom in Les Misérables",
        filter: None,
        roles: &[
            (Role::Source, "source"),
            (Role::Target, "target"),
            (Role::Values, "value"),
            (Role::Group, "source_group,target_group"),
        ],
        labels: &[],
    },
    variant_samples: &[],
    prepare: prepare_network,
};

fn prepare_network(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let list = edge_list(table, b, true)?.merged(true);
    let edges: Vec<network::Edge> = list
        .edges
        .iter()
        .map(|(source, target, weight)| network::Edge {
            source: *source,
            target: *target,
            weight: *weight,
        })
        .collect();
    let nodes: Vec<network::Node> = list
        .nodes
        .into_iter()
        .zip(list.groups)
        .map(|(name, group)| network::Node { name, group })
        .collect();
    let (nodes, edges, note) = keep_most_connected(nodes, edges);
    // The slow part, done once here rather than on every frame.
    let positions = network::force_layout(nodes.len(), &edges);
    Ok(Prepared::Network(network::Input {
        title: b.title.clone(),
        nodes,
        edges,
        positions,
        note,
    }))
}

/// A graph cut to its [`network::MAX_NODES`] most connected nodes and the
/// links between them, with the footnote that says so ("" when whole).
fn keep_most_connected(
    nodes: Vec<network::Node>,
    edges: Vec<network::Edge>,
) -> (Vec<network::Node>, Vec<network::Edge>, String) {
    let total = nodes.len();
    let kept = network::most_connected(total, &edges, network::MAX_NODES);
    if kept.len() == total {
        return (nodes, edges, String::new());
    }
    let mut renumber = vec![usize::MAX; total];
    for (new, old) in kept.iter().enumerate() {
        renumber[*old] = new;
    }
    let all_edges = edges.len();
    let edges: Vec<network::Edge> = edges
        .into_iter()
        .filter_map(|e| {
            let (source, target) = (*renumber.get(e.source)?, *renumber.get(e.target)?);
            (source != usize::MAX && target != usize::MAX).then_some(network::Edge { source, target, ..e })
        })
        .collect();
    let nodes: Vec<network::Node> = nodes
        .into_iter()
        .enumerate()
        .filter(|(i, _)| renumber[*i] != usize::MAX)
        .map(|(_, n)| n)
        .collect();
    let count = rgg_gallery::scale::format_count;
    let note = format!(
        "Showing the {} most connected of {} nodes ({} of {} links).",
        count(nodes.len()),
        count(total),
        count(edges.len()),
        count(all_edges)
    );
    (nodes, edges, note)
}

pub const ARC_DIAGRAM: Chart = Chart {
    id: "arc-diagram",
    family: Family::Flow,
    source: include_str!("../../gallery/src/flow/arc_diagram.rs"),
    source_path: "gallery/src/flow/arc_diagram.rs",
    variants: &["by-group", "by-name"],
    roles: &[
        SOURCE,
        TARGET,
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "link weight (arc thickness)",
        },
        GROUP,
    ],
    sample: Sample {
        dataset: "les_mis.json",
        title: "Les Misérables characters and the scenes they share",
        filter: None,
        roles: &[
            (Role::Source, "source"),
            (Role::Target, "target"),
            (Role::Values, "value"),
            (Role::Group, "source_group,target_group"),
        ],
        labels: &[],
    },
    variant_samples: &[],
    prepare: prepare_arc_diagram,
};

fn prepare_arc_diagram(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let list = edge_list(table, b, true)?.merged(true);
    // The same cut as the network's: its most connected nodes.
    let nodes: Vec<network::Node> = list
        .nodes
        .into_iter()
        .zip(list.groups)
        .map(|(name, group)| network::Node { name, group })
        .collect();
    let edges: Vec<network::Edge> = list
        .edges
        .iter()
        .map(|(source, target, weight)| network::Edge {
            source: *source,
            target: *target,
            weight: *weight,
        })
        .collect();
    let (nodes, edges, note) = keep_most_connected(nodes, edges);
    Ok(Prepared::ArcDiagram(arc_diagram::Input {
        title: b.title.clone(),
        nodes: nodes
            .into_iter()
            .map(|n| arc_diagram::Node {
                name: n.name,
                group: n.group,
            })
            .collect(),
        edges: edges
            .into_iter()
            .map(|e| arc_diagram::Edge {
                source: e.source,
                target: e.target,
                weight: e.weight,
            })
            .collect(),
        note,
    }))
}

pub const CHORD: Chart = Chart {
    id: "chord",
    family: Family::Flow,
    source: include_str!("../../gallery/src/flow/chord.rs"),
    source_path: "gallery/src/flow/chord.rs",
    variants: &["all", "top-flows"],
    roles: &[
        RoleSpec {
            role: Role::Source,
            required: true,
            kinds: ANY,
            help: "the group a flow comes from",
        },
        RoleSpec {
            role: Role::Target,
            required: true,
            kinds: ANY,
            help: "the group a flow goes to",
        },
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "the size of each flow, summed per pair (without it, each row counts 1)",
        },
    ],
    sample: Sample {
        dataset: "migration.csv",
        title: "Migration between Canadian provinces, 1966-1971",
        filter: None,
        roles: &[
            (Role::Source, "source"),
            (Role::Target, "destination"),
            (Role::Values, "migrants"),
        ],
        labels: &[(Role::Values, "migrants")],
    },
    variant_samples: &[],
    prepare: prepare_chord,
};

fn prepare_chord(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let list = edge_list(table, b, true)?.merged(false);
    Ok(Prepared::Chord(chord::Input {
        title: b.title.clone(),
        names: list.nodes,
        flows: list
            .edges
            .iter()
            .map(|(source, target, value)| chord::Flow {
                source: *source,
                target: *target,
                value: *value,
            })
            .collect(),
        value_title: b.label(Role::Values),
    }))
}

pub const SANKEY: Chart = Chart {
    id: "sankey",
    family: Family::Flow,
    source: include_str!("../../gallery/src/flow/sankey.rs"),
    source_path: "gallery/src/flow/sankey.rs",
    variants: &["coloured-by-source", "coloured-by-outcome"],
    roles: &[
        RoleSpec {
            role: Role::Path,
            required: true,
            kinds: ANY,
            help: "the stages, left to right (comma-separated columns)",
        },
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "how many took each row's path, summed (without it, each row counts 1)",
        },
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Titanic: who survived, by class and sex",
        filter: None,
        roles: &[(Role::Path, "Class,Sex,Survived"), (Role::Values, "Freq")],
        labels: &[],
    },
    variant_samples: &[],
    prepare: prepare_sankey,
};

fn prepare_sankey(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let columns = b.category_columns(table, Role::Path)?;
    let rows = table.rows();
    let values = if b.column_name(Role::Values).is_some() {
        b.numbers(table, Role::Values)?
    } else {
        vec![1.0; rows]
    };
    let paths = (0..rows)
        .map(|row| sankey::Path {
            stages: columns
                .iter()
                .map(|(_, labels)| match labels.get(row) {
                    Some(l) if !l.is_empty() => l.clone(),
                    _ => String::from("(missing)"),
                })
                .collect(),
            value: values.get(row).copied().unwrap_or(f64::NAN),
        })
        .collect();
    Ok(Prepared::Sankey(sankey::Input {
        title: b.title.clone(),
        stage_titles: columns.into_iter().map(|(name, _)| name).collect(),
        paths,
    }))
}

pub const EDGE_BUNDLING: Chart = Chart {
    id: "edge-bundling",
    family: Family::Flow,
    source: include_str!("../../gallery/src/flow/edge_bundling.rs"),
    source_path: "gallery/src/flow/edge_bundling.rs",
    variants: &["bundled", "straight"],
    roles: &[
        SOURCE,
        TARGET,
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "link weight: the heaviest links are kept (without it, links between the busiest nodes)",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "the source node's group, then after a comma the target's (without it, airport codes are grouped by longitude)",
        },
    ],
    sample: Sample {
        dataset: "routes.csv",
        title: "US air routes between regions",
        filter: None,
        roles: &[
            (Role::Source, "origin"),
            (Role::Target, "destination"),
            (Role::Values, "carriers"),
        ],
        labels: &[],
    },
    variant_samples: &[],
    prepare: prepare_edge_bundling,
};

/// How many links the edge bundling keeps: more only blurs the bundles.
const MAX_BUNDLED: usize = 300;

/// Longitude bands that roughly follow the US time zones, east to west:
/// going clockwise from noon, the East then fills the right of the circle
/// and the West the left, as on a map.
const BANDS: [(f64, &str); 4] = [
    (-86.5, "East"),
    (-101.5, "Central"),
    (-114.5, "Mountain"),
    (f64::NEG_INFINITY, "West"),
];

/// The band of a longitude: the first whose west edge it lies east of.
fn band(lon: f64) -> usize {
    BANDS
        .iter()
        .position(|(west_edge, _)| lon >= *west_edge)
        .unwrap_or(BANDS.len() - 1)
}

fn prepare_edge_bundling(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let all = edge_list(table, b, true)?.merged(true);
    let degree = all.degrees();
    // The heaviest links, ties to the links between the busiest nodes.
    let mut order: Vec<usize> = (0..all.edges.len())
        .filter(|i| all.edges[*i].0 != all.edges[*i].1)
        .collect();
    let links = |i: usize| {
        let (a, b, _) = all.edges[i];
        degree[a] + degree[b]
    };
    order.sort_by(|x, y| {
        all.edges[*y]
            .2
            .total_cmp(&all.edges[*x].2)
            .then(links(*y).cmp(&links(*x)))
            .then(x.cmp(y))
    });
    let total = order.len();
    order.truncate(MAX_BUNDLED);
    let mut keep = vec![false; all.nodes.len()];
    for i in &order {
        keep[all.edges[*i].0] = true;
        keep[all.edges[*i].1] = true;
    }
    let kept_edges: Vec<(usize, usize)> = order.iter().map(|i| (all.edges[*i].0, all.edges[*i].1)).collect();

    // Groups: from --group, else airport codes by longitude band, west
    // to east, and by longitude inside a band.
    let grouped = !b.column_names(Role::Group).is_empty();
    let places = if grouped { None } else { Some(geo::airports_by_code()?) };
    let lon_of = |name: &str| {
        places
            .as_ref()
            .and_then(|p| p.get(&name.trim().to_uppercase()))
            .map(|p| p.lon)
            .filter(|l| l.is_finite())
    };
    let mut nodes: Vec<usize> = (0..all.nodes.len()).filter(|i| keep[*i]).collect();
    // Said from the data: only nodes that are US airport codes have a
    // longitude to group them by.
    let airports_known = nodes.iter().filter(|i| lon_of(&all.nodes[**i]).is_some()).count();
    let group_of = |i: usize| -> (usize, String) {
        if grouped {
            return (0, all.groups[i].clone());
        }
        match lon_of(&all.nodes[i]) {
            Some(lon) => (band(lon), BANDS[band(lon)].1.to_string()),
            None if airports_known > 0 => (BANDS.len(), String::from("Other")),
            None => (BANDS.len(), String::new()),
        }
    };
    if !grouped {
        nodes.sort_by(|x, y| {
            group_of(*x)
                .0
                .cmp(&group_of(*y).0)
                .then(
                    lon_of(&all.nodes[*y])
                        .unwrap_or(0.0)
                        .total_cmp(&lon_of(&all.nodes[*x]).unwrap_or(0.0)),
                )
                .then(x.cmp(y))
        });
    }
    let mut new_index = vec![0; all.nodes.len()];
    for (new, old) in nodes.iter().enumerate() {
        new_index[*old] = new;
    }
    let grouping = match (grouped, airports_known) {
        (true, _) => String::new(),
        (false, 0) => String::from("; without --group the nodes are in one group"),
        (false, p) if p == nodes.len() => String::from("; airports are grouped by longitude"),
        (false, p) => format!(
            "; the {p} nodes that are US airport codes are grouped by longitude, the other {} are in Other",
            nodes.len() - p
        ),
    };
    let note = format!("The {} heaviest of {total} links are drawn{grouping}", kept_edges.len());
    Ok(Prepared::EdgeBundling(edge_bundling::Input {
        title: b.title.clone(),
        nodes: nodes
            .iter()
            .map(|i| edge_bundling::Node {
                name: all.nodes[*i].clone(),
                group: group_of(*i).1,
            })
            .collect(),
        edges: kept_edges
            .iter()
            .map(|(a, b)| edge_bundling::Edge {
                source: new_index[*a],
                target: new_index[*b],
            })
            .collect(),
        note,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 100,000 nodes in a chain plus a hub: the drawing keeps 500 nodes,
    /// only links between kept nodes, and says what it left out.
    #[test]
    fn a_huge_network_keeps_its_most_connected_nodes_with_a_note() {
        let n = 100_000;
        let nodes: Vec<network::Node> = (0..n)
            .map(|i| network::Node {
                name: format!("n{i}"),
                group: String::new(),
            })
            .collect();
        let link = |source, target| network::Edge {
            source,
            target,
            weight: 1.0,
        };
        let mut edges: Vec<network::Edge> = (1..n).map(|i| link(i - 1, i)).collect();
        edges.extend((1000..1100).map(|i| link(5, i)));
        let (kept, kept_edges, note) = keep_most_connected(nodes, edges);
        assert_eq!(kept.len(), network::MAX_NODES);
        assert!(kept.iter().any(|k| k.name == "n5"), "the hub stays");
        assert!(kept_edges
            .iter()
            .all(|e| e.source < kept.len() && e.target < kept.len()));
        assert!(
            note.starts_with("Showing the 500 most connected of 100,000 nodes"),
            "{note}"
        );
        let small = vec![network::Node::default(); 3];
        assert_eq!(keep_most_connected(small, vec![link(0, 1)]).2, "");
    }

    #[test]
    fn numbered_groups_are_named_after_their_most_linked_member() {
        let mut list = EdgeList {
            nodes: ["Myriel", "Valjean", "Javert", "Fantine"].map(String::from).to_vec(),
            groups: ["1", "1", "2", ""].map(String::from).to_vec(),
            edges: vec![(0, 1, 1.0), (1, 2, 1.0), (1, 3, 1.0)],
        };
        name_groups_after_hubs(&mut list);
        assert_eq!(
            list.groups,
            vec!["Valjean's circle", "Valjean's circle", "Javert's circle", ""]
        );
    }

    fn bundling_of(text: &str) -> edge_bundling::Input {
        let table = Table::from_csv("mine.csv", text).expect("table");
        let b = Binding::new("t").with(Role::Source, "from").with(Role::Target, "to");
        match prepare_edge_bundling(&mut Cow::Owned(table), &b) {
            Ok(Prepared::EdgeBundling(input)) => input,
            _ => panic!("edge bundling expected"),
        }
    }

    #[test]
    fn the_bundling_note_speaks_of_airports_only_for_airports() {
        let people = bundling_of("from,to\nann,bob\nbob,cat\ncat,ann\n");
        assert_eq!(
            people.note,
            "The 3 heaviest of 3 links are drawn; without --group the nodes are in one group"
        );
        assert!(people.nodes.iter().all(|n| n.group.is_empty()), "no Other group alone");
        let mixed = bundling_of("from,to\nJFK,LAX\nLAX,ann\n");
        assert!(
            mixed
                .note
                .ends_with("the 2 nodes that are US airport codes are grouped by longitude, the other 1 are in Other"),
            "{}",
            mixed.note
        );
        let airports = bundling_of("from,to\nJFK,LAX\nLAX,ORD\n");
        assert!(
            airports.note.ends_with("; airports are grouped by longitude"),
            "{}",
            airports.note
        );
    }
}
