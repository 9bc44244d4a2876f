//! Distribution charts: bindings from a table to each chart's input.

use super::{Chart, Family, Prepared, Sample};
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::distribution::boxplot;
use rgg_gallery::distribution::histogram;
use rgg_gallery::distribution::violin;

pub const CHARTS: &[&Chart] = &[&HISTOGRAM, &BOXPLOT, &VIOLIN];

pub const HISTOGRAM: Chart = Chart {
    id: "histogram",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/histogram.rs"),
    source_path: "gallery/src/distribution/histogram.rs",
    variants: &["basic", "groups"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "the numeric variable to bin",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one overlaid histogram per value (variant groups)",
        },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin flipper length by species",
        filter: None,
        roles: &[(Role::X, "flipper_length_mm"), (Role::Group, "species")],
        labels: &[(Role::X, "Flipper length (mm)")],
    },
    variant_samples: &[],
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
        groups: groups
            .into_iter()
            .map(|(name, values)| histogram::Group { name, values })
            .collect(),
        bin_width: None,
    }))
}

pub const BOXPLOT: Chart = Chart {
    id: "boxplot",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/boxplot.rs"),
    source_path: "gallery/src/distribution/boxplot.rs",
    variants: &["basic", "jitter"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: false,
            kinds: ANY,
            help: "one box per value (without it, one box for all values)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the numeric variable to summarise",
        },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin body mass by species",
        filter: None,
        roles: &[(Role::X, "species"), (Role::Y, "body_mass_g")],
        labels: &[(Role::X, "Species"), (Role::Y, "Body mass (g)")],
    },
    variant_samples: &[],
    prepare: prepare_boxplot,
};

/// The y values split by the optional x role (one unnamed group without it).
fn values_by_x(table: &Table, b: &Binding) -> Result<Vec<(String, Vec<f64>)>> {
    let values = b.numbers(table, Role::Y)?;
    Ok(match b.optional_categories(table, Role::X)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    })
}

fn prepare_boxplot(table: &Table, b: &Binding) -> Result<Prepared> {
    Ok(Prepared::Boxplot(boxplot::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| boxplot::Group { name, values })
            .collect(),
    }))
}

pub const VIOLIN: Chart = Chart {
    id: "violin",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/violin.rs"),
    source_path: "gallery/src/distribution/violin.rs",
    variants: &["basic", "box", "horizontal"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: false,
            kinds: ANY,
            help: "one violin per value (without it, one violin for all values)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the numeric variable whose density is drawn",
        },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin body mass by species",
        filter: None,
        roles: &[(Role::X, "species"), (Role::Y, "body_mass_g")],
        labels: &[(Role::X, "Species"), (Role::Y, "Body mass (g)")],
    },
    variant_samples: &[],
    prepare: prepare_violin,
};

fn prepare_violin(table: &Table, b: &Binding) -> Result<Prepared> {
    Ok(Prepared::Violin(violin::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| violin::Group { name, values })
            .collect(),
    }))
}
