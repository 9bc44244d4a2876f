//! The time-series chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, DATE, NUMBER};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::time_series;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, DATE, "the day of each value (several values on one day are averaged)"),
        RoleSpec::required(Role::Y, NUMBER, "the value measured each day"),
    ],
    sample: Sample {
        dataset: "seattle-weather.csv",
        title: "Daily maximum temperature in Seattle, 2012-2015",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "temp_max")],
        labels: &[(Role::X, "Date"), (Role::Y, "Max temperature (°C)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("window", 1, 365, "days in the centred rolling mean (auto: 30)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<time_series::Input> {
    let xs = b.numbers(table, Role::X)?;
    if b.kind(table, Role::X) != Some(Kind::Date) {
        anyhow::bail!(
            "{}: column {:?} (for {}) holds no dates (YYYY-MM-DD), but this chart needs them",
            table.source,
            b.column_name(Role::X).unwrap_or_default(),
            Role::X.flag()
        );
    }
    let ys = b.numbers(table, Role::Y)?;
    Ok(time_series::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        points: xs.into_iter().zip(ys).collect(),
        window_days: b.param("window").map(|days| days as u32),
    })
}
