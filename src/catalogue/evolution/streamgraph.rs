//! The streamgraph chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{xy_groups};
use crate::data::binding::{RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::streamgraph;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the ordered variable, usually time"),
        RoleSpec::required(Role::Y, NUMBER, "the value each stream's thickness shows (positive)"),
        RoleSpec::required(Role::Group, ANY, "one stream per value"),
    ],
    sample: Sample {
        dataset: "unemployment_industries.csv",
        title: "US unemployment by industry, 2000-2010",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "count"), (Role::Group, "series")],
        labels: &[(Role::X, "Month"), (Role::Y, "Unemployed (thousands)")],
    },
    variant_samples: &[],
    params: &[
        ParamSpec::number(
            "smoothing",
            (0.0, 10.0, 0.5),
            2.0,
            "the wiggle variant's Gaussian smoothing, in data steps: 0 shows every bump, more lets the flow show",
        ),
        ParamSpec::count("top", 1, 10, "name this many groups, the largest, and lump the rest into a grey Other stream (auto: as many as the palette has colours)"),
    ],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<streamgraph::Input> {
    if b.column_name(Role::Group).is_none() {
        anyhow::bail!(
            "a streamgraph stacks several series: it needs a text column for {} (one stream per value)",
            Role::Group.flag()
        );
    }
    let series = xy_groups(table, b)?
        .into_iter()
        .map(|(name, points)| streamgraph::Series { name, points })
        .collect();
    Ok(streamgraph::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
        smoothing: b.param("smoothing"),
        top: b.param("top").map(|n| n as usize),
    })
}
