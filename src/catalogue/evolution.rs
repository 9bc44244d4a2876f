//! Evolution charts: bindings from a table to each chart's input.

#[allow(unused_imports)]
use super::{Chart, Family, Prepared, Sample};

use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::evolution::{line, stacked_area};

pub const CHARTS: &[&Chart] = &[&LINE, &STACKED_AREA];

pub const LINE: Chart = Chart {
    id: "line",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/line.rs"),
    source_path: "gallery/src/evolution/line.rs",
    variants: &["lines", "highlight"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the ordered variable, usually time",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value that evolves",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one line per value",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Life expectancy, 1952-2007",
        filter: Some((
            "country",
            &["China", "India", "Japan", "Nigeria", "South Africa", "United States"],
        )),
        roles: &[(Role::X, "year"), (Role::Y, "lifeExp"), (Role::Group, "country")],
        labels: &[(Role::X, "Year"), (Role::Y, "Life expectancy (years)")],
    },
    variant_samples: &[],
    prepare: prepare_line,
};

pub const STACKED_AREA: Chart = Chart {
    id: "stacked-area",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/stacked_area.rs"),
    source_path: "gallery/src/evolution/stacked_area.rs",
    variants: &["stacked", "percent"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the ordered variable, usually time",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value stacked (positive)",
        },
        RoleSpec {
            role: Role::Group,
            required: true,
            kinds: ANY,
            help: "one band per value",
        },
    ],
    sample: Sample {
        dataset: "unemployment_industries.csv",
        title: "US unemployment by industry, 2000-2010",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "count"), (Role::Group, "series")],
        labels: &[(Role::X, "Month"), (Role::Y, "Unemployed (thousands)")],
    },
    variant_samples: &[],
    prepare: prepare_stacked_area,
};

/// A group's name and its (x, y) points.
type XyGroup = (String, Vec<(f64, f64)>);

/// (x, y) points per group, groups in order of first appearance; one
/// unnamed group when no group column is bound.
fn xy_groups(table: &Table, b: &Binding) -> Result<Vec<XyGroup>> {
    let xs = b.numbers(table, Role::X)?;
    let ys = b.numbers(table, Role::Y)?;
    Ok(match b.optional_categories(table, Role::Group)? {
        Some(keys) => group_values(&keys, &xs)
            .into_iter()
            .zip(group_values(&keys, &ys))
            .map(|((name, gx), (_, gy))| (name, gx.into_iter().zip(gy).collect()))
            .collect(),
        None => vec![(String::new(), xs.into_iter().zip(ys).collect())],
    })
}

fn prepare_line(table: &Table, b: &Binding) -> Result<Prepared> {
    let series = xy_groups(table, b)?
        .into_iter()
        .map(|(name, points)| line::Series { name, points })
        .collect();
    Ok(Prepared::Line(line::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
        highlight: None,
    }))
}

fn prepare_stacked_area(table: &Table, b: &Binding) -> Result<Prepared> {
    if b.column_name(Role::Group).is_none() {
        anyhow::bail!("this chart needs a column for {}", Role::Group.flag());
    }
    let series = xy_groups(table, b)?
        .into_iter()
        .map(|(name, points)| stacked_area::Series { name, points })
        .collect();
    Ok(Prepared::StackedArea(stacked_area::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
    }))
}
