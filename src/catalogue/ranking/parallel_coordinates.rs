//! The parallel-coordinates chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::Entry;
use crate::catalogue::columns::{PENGUIN_MEASURES, dimensions};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::parallel_coordinates;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Dimensions, NUMBER, "two or more numeric columns, comma-separated: one vertical axis each, in this order"),
        RoleSpec::optional(Role::Group, ANY, "one colour per value, with a legend"),
    ],
    sample: PENGUIN_MEASURES,
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<parallel_coordinates::Input> {
    let (axes, columns, keys) = dimensions(table, b)?;
    let mut groups: Vec<parallel_coordinates::Group> = Vec::new();
    let mut group_at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        let row = columns.iter().map(|c| c.get(i).copied().unwrap_or(f64::NAN)).collect();
        if let Some(g) = group_at.get(key.as_str()).and_then(|at| groups.get_mut(*at)) {
            g.rows.push(row);
        } else {
            group_at.insert(key, groups.len());
            groups.push(parallel_coordinates::Group {
                name: key.clone(),
                rows: vec![row],
            });
        }
    }
    Ok(parallel_coordinates::Input {
        title: b.title.clone(),
        axes,
        groups,
    })
}
