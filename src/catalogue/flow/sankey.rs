//! The sankey chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::flow::sankey;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Path, ANY, "the stages, left to right (comma-separated columns)"),
        RoleSpec::optional(Role::Values, NUMBER, "how many took each row's path, summed (without it, each row counts 1)"),
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Titanic: who survived, by class and sex",
        filter: None,
        roles: &[(Role::Path, "Class,Sex,Survived"), (Role::Values, "Freq")],
        labels: &[],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("top", 1, 29, "name this many categories a stage, the largest, and gather the rest into one Other node (auto: up to 30 nodes a stage)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<sankey::Input> {
    let columns = b.category_columns(table, Role::Path)?;
    let rows = table.rows();
    let values = if b.column_name(Role::Values).is_some() {
        b.numbers(table, Role::Values)?
    } else {
        vec![1.0; rows]
    };
    let paths = (0..rows)
        .map(|row| sankey::Path {
            stages: columns
                .iter()
                .map(|(_, labels)| match labels.get(row) {
                    Some(l) if !l.is_empty() => l.clone(),
                    _ => String::from("(missing)"),
                })
                .collect(),
            value: values.get(row).copied().unwrap_or(f64::NAN),
        })
        .collect();
    Ok(sankey::Input {
        title: b.title.clone(),
        stage_titles: columns.into_iter().map(|(name, _)| name).collect(),
        paths,
        top: b.param("top").map(|n| n as usize),
    })
}
