//! The violin chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{values_by_x};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::violin;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::optional(Role::X, ANY, "one violin per value (without it, one violin for all values)"),
        RoleSpec::required(Role::Y, NUMBER, "the numeric variable whose density is drawn"),
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

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<violin::Input> {
    Ok(violin::Input {
        bandwidth_scale: b.param("bandwidth"),
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| violin::Group { name, values })
            .collect(),
    })
}
