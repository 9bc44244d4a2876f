//! The circular-barplot chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{keys_or_missing};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::circular_barplot;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, ANY, "the name of each bar"),
        RoleSpec::required(Role::Y, NUMBER, "the bar's length (positive); rows with the same name are summed"),
        RoleSpec::optional(Role::Group, ANY, "gathers the bars into coloured sectors (variant grouped)"),
    ],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Horsepower of 32 cars (mtcars, 1974)",
        filter: None,
        roles: &[(Role::X, "column1"), (Role::Y, "hp"), (Role::Group, "cyl")],
        labels: &[(Role::Y, "Horsepower"), (Role::Group, "Cylinders")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("top", 1, 200, "draw only this many bars, the largest (auto: all; a footnote counts the rest)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<circular_barplot::Input> {
    let labels = keys_or_missing(b.categories(table, Role::X)?);
    let values = b.numbers(table, Role::Y)?;
    let groups = b.optional_categories(table, Role::Group)?.map(keys_or_missing);
    let mut bars: Vec<circular_barplot::Bar> = Vec::new();
    let mut bar_at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, (label, value)) in labels.into_iter().zip(values).enumerate() {
        let group = groups.as_ref().and_then(|g| g.get(i)).cloned().unwrap_or_default();
        let value = if value.is_finite() { value } else { 0.0 };
        if let Some(bar) = bar_at.get(&label).and_then(|at| bars.get_mut(*at)) {
            bar.value += value;
        } else {
            bar_at.insert(label.clone(), bars.len());
            bars.push(circular_barplot::Bar { label, group, value });
        }
    }
    // Numeric groups (cylinders, years) read best in numeric order.
    if b.kind(table, Role::Group) == Some(Kind::Number) {
        let number = |g: &str| g.parse::<f64>().unwrap_or(f64::INFINITY);
        bars.sort_by(|x, y| number(&x.group).total_cmp(&number(&y.group)));
    }
    Ok(circular_barplot::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Y),
        group_title: if groups.is_some() {
            b.label(Role::Group)
        } else {
            String::new()
        },
        bars,
        top: b.param("top").map(|n| n as usize),
    })
}
