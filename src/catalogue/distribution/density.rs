//! The density chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::density;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "the numeric variable whose density is estimated"),
        RoleSpec::optional(Role::Group, ANY, "one curve per value (variants groups and mirror)"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length by species",
        filter: None,
        roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
        labels: &[(Role::X, "Flipper length (mm)")],
    },
    variant_samples: &[
        (
            "filled",
            Sample {
                dataset: "penguins.csv",
                title: "Penguin flipper length, all species",
                filter: None,
                roles: &[(Role::X, "flipper_length_mm")],
                labels: &[(Role::X, "Flipper length (mm)")],
            },
        ),
        (
            "mirror",
            Sample {
                dataset: "penguins.csv",
                title: "Penguin flipper length: Adelie above, Gentoo below",
                filter: Some(("species", &["Adelie", "Gentoo"])),
                roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
                labels: &[(Role::X, "Flipper length (mm)")],
            },
        ),
    ],
    params: &[ParamSpec::number(
        "bandwidth",
        (0.25, 4.0, 0.25),
        1.0,
        "times Silverman's bandwidth: above 1 smooths, below 1 shows detail (and noise)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<density::Input> {
    let values = b.numbers(table, Role::X)?;
    let groups = match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    };
    Ok(density::Input {
        bandwidth_scale: b.param("bandwidth"),
        title: b.title.clone(),
        x_title: b.label(Role::X),
        groups: groups
            .into_iter()
            .map(|(name, values)| density::Group { name, values })
            .collect(),
    })
}
