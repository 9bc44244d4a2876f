//! The chord chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{edge_list};
use crate::data::binding::{RoleSpec, ANY};
use crate::data::{Binding, Role, Table};
use rgg_gallery::flow::chord;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Source, ANY, "the group a flow comes from"),
        RoleSpec::required(Role::Target, ANY, "the group a flow goes to"),
        RoleSpec::link_weight("the size of each flow, summed per pair (without it, each row counts 1)"),
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
    params: &[ParamSpec::count(
        "top",
        1,
        200,
        "draw at most this many flows, the largest (auto: every flow; top-flows stops at half the total or 20)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<chord::Input> {
    let list = edge_list(table, b, true)?.merged(false);
    Ok(chord::Input {
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
        top: b.param("top").map(|n| n as usize),
    })
}
