//! The Q-Q plot's catalogue entry: its roles, its sample and how a table
//! becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::qq_plot;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "the numeric variable whose quantiles are compared"),
        RoleSpec::optional(
            Role::Group,
            ANY,
            "one point series per value (normal); the first two values against each other (two-sample)",
        ),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length against a normal distribution",
        filter: None,
        roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
        labels: &[(Role::X, "Flipper length (mm)")],
    },
    variant_samples: &[(
        "two-sample",
        Sample {
            dataset: "penguins.csv",
            title: "Flipper length quantiles: Chinstrap against Adelie penguins",
            filter: Some(("species", &["Adelie", "Chinstrap"])),
            roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
            labels: &[(Role::X, "Flipper length (mm)")],
        },
    )],
    params: &[ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius: smaller for many points, bigger for a few")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<qq_plot::Input> {
    let values = b.numbers(table, Role::X)?;
    let groups = match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    };
    Ok(qq_plot::Input {
        title: b.title.clone(),
        value_title: b.label(Role::X),
        groups: groups
            .into_iter()
            .map(|(name, values)| qq_plot::Group { name, values })
            .collect(),
        point_scale: b.param("point-size"),
    })
}
