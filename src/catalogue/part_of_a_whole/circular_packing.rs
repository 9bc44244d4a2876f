//! The circular-packing chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::{path_values};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::part_of_a_whole::circular_packing;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Path, ANY, "hierarchy levels, outermost first, comma-separated (e.g. continent,country)"),
        RoleSpec::required(Role::Values, NUMBER, "the area of each circle, summed per path (positive)"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "World population by continent and country, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Path, "continent,country"), (Role::Values, "pop")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<circular_packing::Input> {
    Ok(circular_packing::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        leaves: path_values(table, b)?
            .into_iter()
            .map(|(path, value)| circular_packing::Leaf { path, value })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    
    
}
