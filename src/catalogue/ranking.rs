//! Ranking charts: bindings from a table to each chart's input.

use super::{Chart, Family, Prepared, Sample};
use crate::data::binding::{sum_by, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::ranking::barplot;

pub const CHARTS: &[&Chart] = &[&BARPLOT];

pub const BARPLOT: Chart = Chart {
    id: "barplot",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/barplot.rs"),
    source_path: "gallery/src/ranking/barplot.rs",
    variants: &["vertical", "horizontal"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: ANY,
            help: "the category of each bar",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the bar's value; rows with the same category are summed",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Population by continent, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::X, "continent"), (Role::Y, "pop")],
        labels: &[(Role::X, "Continent"), (Role::Y, "Population")],
    },
    variant_samples: &[],
    prepare: prepare_barplot,
};

fn prepare_barplot(table: &Table, b: &Binding) -> Result<Prepared> {
    let keys = b.categories(table, Role::X)?;
    let values = b.numbers(table, Role::Y)?;
    Ok(Prepared::Barplot(barplot::Input {
        title: b.title.clone(),
        label_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        bars: sum_by(&keys, &values)
            .into_iter()
            .map(|(label, value)| barplot::Bar { label, value })
            .collect(),
    }))
}
