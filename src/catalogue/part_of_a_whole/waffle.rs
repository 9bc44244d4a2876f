//! The waffle chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{sum_by, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::part_of_a_whole::waffle;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "one colour of squares per value"),
        RoleSpec::required(Role::Values, NUMBER, "what the squares count, summed per name (positive)"),
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Did they survive the Titanic? Passengers and crew",
        filter: None,
        roles: &[(Role::Names, "Survived"), (Role::Values, "Freq")],
        labels: &[(Role::Values, "People")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<waffle::Input> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(waffle::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| waffle::Slice { name, value })
            .collect(),
    })
}
