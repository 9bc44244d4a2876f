//! The histogram chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::histogram;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "the numeric variable to bin"),
        RoleSpec::optional(Role::Group, ANY, "one overlaid histogram per value (variant groups)"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length by species",
        filter: None,
        roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
        labels: &[(Role::X, "Flipper length (mm)")],
    },
    variant_samples: &[(
        "basic",
        Sample {
            dataset: "penguins.csv",
            title: "Penguin flipper length, all species",
            filter: None,
            roles: &[(Role::X, "flipper_length_mm")],
            labels: &[(Role::X, "Flipper length (mm)")],
        },
    )],
    params: &[ParamSpec::count("bins", 2, 200, "how many bins span the data (auto: the Freedman-Diaconis rule)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<histogram::Input> {
    let values = b.numbers(table, Role::X)?;
    let width = b.param("bins").and_then(|bins| bin_width(&values, bins));
    let groups = match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    };
    Ok(histogram::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        groups: groups
            .into_iter()
            .map(|(name, values)| histogram::Group { name, values })
            .collect(),
        bin_width: width,
    })
}

/// The width of `bins` equal bins over the finite values' range.
fn bin_width(values: &[f64], bins: f64) -> Option<f64> {
    let (lo, hi) = rgg_gallery::stats::extent(values.iter().copied().filter(|v| v.is_finite()))?;
    (hi > lo && bins >= 1.0).then(|| (hi - lo) / bins)
}
