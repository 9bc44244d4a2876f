//! The network chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{GROUP, SOURCE, TARGET, edge_list, keep_most_connected};
use crate::data::binding::RoleSpec;
use crate::data::{Binding, Role, Table};
use rgg_gallery::flow::network;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        SOURCE,
        TARGET,
        RoleSpec::link_weight("link weight (line width)"),
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
    params: &[ParamSpec::count(
        "labels",
        0,
        200,
        "name at most this many nodes, the most linked first (auto: every name that fits)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<network::Input> {
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
    Ok(network::Input {
        title: b.title.clone(),
        nodes,
        edges,
        positions,
        note,
        labels: b.param("labels").map(|n| n as usize),
    })
}
