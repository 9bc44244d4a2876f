//! The donut chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{sum_by, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::part_of_a_whole::donut;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "one slice per value"),
        RoleSpec::required(Role::Values, NUMBER, "the size of each slice, summed per name (positive)"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "World population by continent, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Names, "continent"), (Role::Values, "pop")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count(
        "top",
        1,
        10,
        "name this many slices, the largest, and lump the rest into a grey Other (auto: as many as the palette has colours)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<donut::Input> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(donut::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| donut::Slice { name, value })
            .collect(),
        top: b.param("top").map(|n| n as usize),
    })
}

#[cfg(test)]
mod tests {
    
    use crate::catalogue::{chart, screen};
    #[test]
    fn the_donut_labels_every_slice_at_80x24() {
        for size in [(80, 24), (100, 30), (160, 48)] {
            let lines = screen(chart("donut"), 0, size);
            let text = lines.join("\n");
            // The legend names each continent once; its slice names it again.
            for name in ["Asia", "Africa", "Americas", "Europe", "Oceania"] {
                assert!(text.matches(name).count() >= 2, "{size:?}: {name} unlabelled\n{text}");
            }
        }
    }
}
