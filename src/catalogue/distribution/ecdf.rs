//! The ECDF chart's catalogue entry: its roles, its sample and how a table
//! becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::ecdf;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "the numeric variable whose cumulative distribution is drawn"),
        RoleSpec::optional(Role::Group, ANY, "one step curve per value (variant groups; reference pools them)"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length by species",
        filter: None,
        roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
        labels: &[(Role::X, "Flipper length (mm)")],
    },
    variant_samples: &[(
        "reference",
        Sample {
            dataset: "penguins.csv",
            title: "Penguin flipper length (all species) against a normal curve",
            filter: None,
            roles: &[(Role::X, "flipper_length_mm")],
            labels: &[(Role::X, "Flipper length (mm)")],
        },
    )],
    params: &[ParamSpec::switch("log-x", "a log10 x axis (--log-x), for values that span orders of magnitude; every x must be positive")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<ecdf::Input> {
    let values = b.axis_numbers(table, Role::X, b.log_x())?;
    let groups = match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    };
    Ok(ecdf::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        groups: groups
            .into_iter()
            .map(|(name, values)| ecdf::Group { name, values })
            .collect(),
        log_x: b.log_x(),
    })
}
