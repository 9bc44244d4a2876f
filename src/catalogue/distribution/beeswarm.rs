//! The beeswarm chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{values_by_x};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::beeswarm;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::optional(Role::X, ANY, "one swarm per value (variant groups; without it, one swarm)"),
        RoleSpec::required(Role::Y, NUMBER, "the numeric variable, one dot per row"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin body mass by species",
        filter: None,
        roles: &[(Role::X, "species"), (Role::Y, "body_mass_g")],
        labels: &[(Role::X, "Species"), (Role::Y, "Body mass (g)")],
    },
    variant_samples: &[(
        "basic",
        Sample {
            dataset: "penguins.csv",
            title: "Penguin body mass, all species",
            filter: None,
            roles: &[(Role::Y, "body_mass_g")],
            labels: &[(Role::Y, "Body mass (g)")],
        },
    )],
    params: &[ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius: smaller for many points, bigger for a few")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<beeswarm::Input> {
    Ok(beeswarm::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| beeswarm::Group { name, values })
            .collect(),
        point_scale: b.param("point-size"),
    })
}
