//! The edge-bundling chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{SOURCE, TARGET, edge_list};
use crate::data::binding::{RoleSpec, ANY};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use rgg_gallery::flow::edge_bundling;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        SOURCE,
        TARGET,
        RoleSpec::link_weight("link weight: the heaviest links are kept (without it, links between the busiest nodes)"),
        RoleSpec::optional(Role::Group, ANY, "the source node's group, then after a comma the target's (without it, airport codes are grouped by longitude)"),
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
    params: &[ParamSpec::number(
        "bundling",
        (0.0, 1.0, 0.05),
        0.85,
        "how tightly the bundled variant's links follow the hierarchy: 0 straight chords, 1 all the way (Holten's beta)",
    )],
};

/// The band of a longitude: the first whose west edge it lies east of.
fn band(lon: f64) -> usize {
    BANDS
        .iter()
        .position(|(west_edge, _)| lon >= *west_edge)
        .unwrap_or(BANDS.len() - 1)
}

/// Longitude bands that roughly follow the US time zones, east to west:
/// going clockwise from noon, the East then fills the right of the circle
/// and the West the left, as on a map.
const BANDS: [(f64, &str); 4] = [
    (-86.5, "East"),
    (-101.5, "Central"),
    (-114.5, "Mountain"),
    (f64::NEG_INFINITY, "West"),
];

/// How many links the edge bundling keeps: more only blurs the bundles.
const MAX_BUNDLED: usize = 300;

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<edge_bundling::Input> {
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
    Ok(edge_bundling::Input {
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
        beta: b.param("bundling"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    

    fn bundling_of(text: &str) -> edge_bundling::Input {
        let table = Table::from_csv("mine.csv", text).expect("table");
        let b = Binding::new("t").with(Role::Source, "from").with(Role::Target, "to");
        match prepare(&mut Cow::Owned(table), &b) {
            Ok(input) => input,
            Err(e) => panic!("edge bundling expected: {e}"),
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
