//! The stacked-area chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{xy_groups};
use crate::data::binding::{RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::stacked_area;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the ordered variable, usually time"),
        RoleSpec::required(Role::Y, NUMBER, "the value stacked (positive)"),
        RoleSpec::required(Role::Group, ANY, "one band per value"),
    ],
    sample: Sample {
        dataset: "unemployment_industries.csv",
        title: "US unemployment by industry, 2000-2010",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "count"), (Role::Group, "series")],
        labels: &[(Role::X, "Month"), (Role::Y, "Unemployed (thousands)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("top", 1, 10, "name this many groups, the largest, and lump the rest into a grey Other band (auto: as many as the palette has colours)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<stacked_area::Input> {
    // Without --group, one band: a file of a date and a value still draws.
    let series = xy_groups(table, b)?
        .into_iter()
        .map(|(name, points)| stacked_area::Series {
            name: if name.is_empty() { b.label(Role::Y) } else { name },
            points,
        })
        .collect();
    Ok(stacked_area::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
        top: b.param("top").map(|n| n as usize),
    })
}
