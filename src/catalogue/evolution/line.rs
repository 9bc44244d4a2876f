//! The line chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{xy_by_group, RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::line;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the ordered variable, usually time"),
        RoleSpec::required(Role::Y, NUMBER, "the value that evolves"),
        RoleSpec::optional(Role::Group, ANY, "one line per value"),
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
    params: &[ParamSpec::switch("log-y", "a log10 y axis (--log-y); every y must be positive")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<line::Input> {
    if b.log_y() {
        // Refuses zero or negative values before any drawing.
        b.axis_numbers(table, Role::Y, true)?;
    }
    let x = b.take_numbers(table, Role::X)?;
    let y = b.take_numbers(table, Role::Y)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let series = xy_by_group(keys.as_deref(), x, y)
        .into_iter()
        .map(|(name, x, y)| line::Series { name, x, y })
        .collect();
    Ok(line::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
        highlight: None,
        log_y: b.log_y(),
    })
}
