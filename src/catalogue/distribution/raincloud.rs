//! The raincloud chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::values_by_x;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::raincloud;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::optional(Role::X, ANY, "one raincloud per value (without it, one for all values)"),
        RoleSpec::required(Role::Y, NUMBER, "the numeric variable: its density, box and points"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin body mass by species",
        filter: None,
        roles: &[(Role::X, "species"), (Role::Y, "body_mass_g")],
        labels: &[(Role::X, "Species"), (Role::Y, "Body mass (g)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::number(
        "bandwidth",
        (0.25, 4.0, 0.25),
        1.0,
        "times Silverman's bandwidth: above 1 smooths, below 1 shows detail (and noise)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<raincloud::Input> {
    Ok(raincloud::Input {
        title: b.title.clone(),
        group_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| raincloud::Group { name, values })
            .collect(),
        bandwidth_scale: b.param("bandwidth"),
    })
}
