//! Distribution charts: bindings from a table to each chart's input.

use super::{Chart, Family, Prepared, Sample};
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::distribution::histogram;

pub const CHARTS: &[&Chart] = &[&HISTOGRAM];

pub const HISTOGRAM: Chart = Chart {
    id: "histogram",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/histogram.rs"),
    source_path: "gallery/src/distribution/histogram.rs",
    variants: &["basic", "groups"],
    roles: &[
        RoleSpec { role: Role::X, required: true, kinds: NUMBER, help: "the numeric variable to bin" },
        RoleSpec { role: Role::Group, required: false, kinds: ANY, help: "one overlaid histogram per value (variant groups)" },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length by species",
        filter: None,
        roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
        labels: &[(Role::X, "Flipper length (mm)")],
    },
    prepare: prepare_histogram,
};

fn prepare_histogram(table: &Table, b: &Binding) -> Result<Prepared> {
    let values = b.numbers(table, Role::X)?;
    let groups = match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    };
    Ok(Prepared::Histogram(histogram::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        groups: groups.into_iter().map(|(name, values)| histogram::Group { name, values }).collect(),
        bin_width: None,
    }))
}
