//! Distribution charts: bindings from a table to each chart's input.

use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::distribution::beeswarm;
use rgg_gallery::distribution::boxplot;
use rgg_gallery::distribution::density;
use rgg_gallery::distribution::histogram;
use rgg_gallery::distribution::ridgeline;
use rgg_gallery::distribution::violin;
use std::borrow::Cow;

pub const CHARTS: &[&Chart] = &[&HISTOGRAM, &DENSITY, &VIOLIN, &BOXPLOT, &RIDGELINE, &BEESWARM];

pub const HISTOGRAM: Chart = Chart {
    id: "histogram",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/histogram.rs"),
    source_path: "gallery/src/distribution/histogram.rs",
    variants: &["groups", "basic"],
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
    prepare: prepare_histogram,
};

fn prepare_histogram(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
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

pub const DENSITY: Chart = Chart {
    id: "density",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/density.rs"),
    source_path: "gallery/src/distribution/density.rs",
    variants: &["groups", "filled", "mirror"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "the numeric variable whose density is estimated",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one curve per value (variants groups and mirror)",
        },
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
    prepare: prepare_density,
};

fn prepare_density(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let values = b.numbers(table, Role::X)?;
    let groups = match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    };
    Ok(Prepared::Density(density::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        groups: groups
            .into_iter()
            .map(|(name, values)| density::Group { name, values })
            .collect(),
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

fn prepare_boxplot(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
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
    variants: &["box", "basic", "horizontal"],
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

fn prepare_violin(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
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

pub const BEESWARM: Chart = Chart {
    id: "beeswarm",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/beeswarm.rs"),
    source_path: "gallery/src/distribution/beeswarm.rs",
    variants: &["groups", "basic"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: false,
            kinds: ANY,
            help: "one swarm per value (variant groups; without it, one swarm)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the numeric variable, one dot per row",
        },
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
    prepare: prepare_beeswarm,
};

fn prepare_beeswarm(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    Ok(Prepared::Beeswarm(beeswarm::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups: values_by_x(table, b)?
            .into_iter()
            .map(|(name, values)| beeswarm::Group { name, values })
            .collect(),
    }))
}

pub const RIDGELINE: Chart = Chart {
    id: "ridgeline",
    family: Family::Distribution,
    source: include_str!("../../gallery/src/distribution/ridgeline.rs"),
    source_path: "gallery/src/distribution/ridgeline.rs",
    variants: &["overlap", "separate"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "the numeric variable whose density each ridge shows",
        },
        RoleSpec {
            role: Role::Group,
            required: true,
            kinds: ANY,
            help: "one ridge per value, top to bottom: text in order of appearance, numbers sorted, \
                   dates by month (Jan..Dec); a number column named month shows month names",
        },
    ],
    sample: Sample {
        dataset: "seattle-weather.csv",
        title: "Seattle daily maximum temperature by month, 2012-2015",
        filter: None,
        roles: &[(Role::X, "temp_max"), (Role::Group, "date")],
        labels: &[(Role::X, "Daily maximum temperature (°C)"), (Role::Group, "Month")],
    },
    variant_samples: &[],
    prepare: prepare_ridgeline,
};

fn prepare_ridgeline(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let values = b.numbers(table, Role::X)?;
    Ok(Prepared::Ridgeline(ridgeline::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Group),
        groups: ordered_groups(table, b, Role::Group, &values)?
            .into_iter()
            .map(|(name, values)| ridgeline::Group { name, values })
            .collect(),
    }))
}

/// `values` split by the categories of `role`, in an order that suits an
/// ordered axis: dates by calendar month (all years pooled, "Jan".."Dec"),
/// numbers ascending (a column named "month" holding 1..=12 shows month
/// names), text in order of first appearance. Rows without a key go to
/// "(missing)", last.
fn ordered_groups(table: &Table, b: &Binding, role: Role, values: &[f64]) -> Result<Vec<(String, Vec<f64>)>> {
    use crate::data::table::Kind;
    use rgg_gallery::scale::{civil_from_days, month_name};
    let kind = b.kind(table, role);
    if !matches!(kind, Some(Kind::Number | Kind::Date)) {
        return Ok(group_values(&b.categories(table, role)?, values));
    }
    let keys = b.numbers(table, role)?;
    let keys: Vec<f64> = if kind == Some(Kind::Date) {
        keys.iter()
            .map(|d| {
                if d.is_finite() {
                    f64::from(civil_from_days(*d as i64).1)
                } else {
                    f64::NAN
                }
            })
            .collect()
    } else {
        keys
    };
    let is_month = kind == Some(Kind::Date)
        || (b.column_name(role).is_some_and(|c| c.eq_ignore_ascii_case("month"))
            && keys
                .iter()
                .filter(|k| k.is_finite())
                .all(|k| k.fract() == 0.0 && (1.0..=12.0).contains(k)));
    let mut distinct: Vec<f64> = keys.iter().copied().filter(|k| k.is_finite()).collect();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    let mut groups: Vec<(String, Vec<f64>)> = distinct
        .iter()
        .map(|k| {
            let name = if is_month {
                month_name(*k as u32).to_string()
            } else {
                rgg_gallery::scale::format_value(*k)
            };
            (name, Vec::new())
        })
        .collect();
    let mut missing = Vec::new();
    for (k, v) in keys.iter().zip(values) {
        match distinct
            .binary_search_by(|d| d.total_cmp(k))
            .ok()
            .and_then(|i| groups.get_mut(i))
        {
            Some((_, vs)) => vs.push(*v),
            None => missing.push(*v),
        }
    }
    if !missing.is_empty() {
        groups.push((String::from("(missing)"), missing));
    }
    Ok(groups)
}
