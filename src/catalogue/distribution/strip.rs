//! The strip plot's catalogue entry: its roles, its sample and how a table
//! becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::values_by_x;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::strip;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::optional(Role::X, ANY, "one strip of points per value (without it, one for all values)"),
        RoleSpec::required(Role::Y, NUMBER, "the numeric variable, one point per row"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length by species",
        filter: None,
        roles: &[(Role::X, "species"), (Role::Y, "flipper_length_mm")],
        labels: &[(Role::X, "Species"), (Role::Y, "Flipper length (mm)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius: smaller for many points, bigger for a few")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<strip::Input> {
    Ok(strip::Input {
        title: b.title.clone(),
        group_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| strip::Group { name, values })
            .collect(),
        point_scale: b.param("point-size"),
    })
}
