//! Part of a whole charts: bindings from a table to each chart's input.

#[allow(unused_imports)]
use super::{Chart, Family, Prepared, Sample};

use crate::data::binding::{sum_by, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::part_of_a_whole::donut;

pub const CHARTS: &[&Chart] = &[&DONUT];

pub const DONUT: Chart = Chart {
    id: "donut",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/donut.rs"),
    source_path: "gallery/src/part_of_a_whole/donut.rs",
    variants: &["donut", "pie"],
    roles: &[
        RoleSpec {
            role: Role::Names,
            required: true,
            kinds: ANY,
            help: "one slice per value",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the size of each slice, summed per name (positive)",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "World population by continent, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Names, "continent"), (Role::Values, "pop")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    prepare: prepare_donut,
};

fn prepare_donut(table: &Table, b: &Binding) -> Result<Prepared> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(Prepared::Donut(donut::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| donut::Slice { name, value })
            .collect(),
    }))
}
