//! The arc-diagram chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{GROUP, SOURCE, TARGET, edge_list, keep_most_connected};
use crate::data::binding::RoleSpec;
use crate::data::{Binding, Role, Table};
use rgg_gallery::flow::arc_diagram;
use rgg_gallery::flow::network;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        SOURCE,
        TARGET,
        RoleSpec::link_weight("link weight (arc thickness)"),
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
    params: &[ParamSpec::count("labels", 0, 200, "name at most this many nodes, the most linked first (auto: every name that fits)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<arc_diagram::Input> {
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
    Ok(arc_diagram::Input {
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
        labels: b.param("labels").map(|n| n as usize),
    })
}
