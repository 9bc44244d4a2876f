//! The boxplot chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{values_by_x};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::boxplot;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::optional(Role::X, ANY, "one box per value (without it, one box for all values)"),
        RoleSpec::required(Role::Y, NUMBER, "the numeric variable to summarise"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin body mass by species",
        filter: None,
        roles: &[(Role::X, "species"), (Role::Y, "body_mass_g")],
        labels: &[(Role::X, "Species"), (Role::Y, "Body mass (g)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius (outliers, and every value in the jitter variant)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<boxplot::Input> {
    Ok(boxplot::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| boxplot::Group { name, values })
            .collect(),
        point_scale: b.param("point-size"),
    })
}
