//! The density-2d chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::density_2d;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "horizontal position"),
        RoleSpec::required(Role::Y, NUMBER, "vertical position"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin bill length vs depth: where the birds are",
        filter: None,
        roles: &[(Role::X, "bill_length_mm"), (Role::Y, "bill_depth_mm")],
        labels: &[(Role::X, "Bill length (mm)"), (Role::Y, "Bill depth (mm)")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<density_2d::Input> {
    Ok(density_2d::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x: b.numbers(table, Role::X)?,
        y: b.numbers(table, Role::Y)?,
    })
}
