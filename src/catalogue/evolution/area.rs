//! The area chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::area;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the ordered variable, usually time; rows with the same x are summed"),
        RoleSpec::required(Role::Y, NUMBER, "the amount drawn as the filled area"),
    ],
    sample: Sample {
        dataset: "air_passengers.csv",
        title: "Airline passengers per year, 1949-1960",
        filter: None,
        roles: &[(Role::X, "year"), (Role::Y, "passengers")],
        labels: &[(Role::X, "Year"), (Role::Y, "Passengers (thousands)")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<area::Input> {
    let xs = b.numbers(table, Role::X)?;
    let ys = b.numbers(table, Role::Y)?;
    Ok(area::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        points: xs.into_iter().zip(ys).collect(),
    })
}
