//! The connected-scatter chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::connected_scatter;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "horizontal position; points are joined in row order, so sort the rows by time"),
        RoleSpec::required(Role::Y, NUMBER, "vertical position"),
        RoleSpec::optional(Role::Group, ANY, "one path per value, each in its colour, with a legend"),
        RoleSpec::optional(Role::Names, ANY, "a label per point, e.g. the year (the first and last always show)"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "China: income and life expectancy, 1952-2007",
        filter: Some(("country", &["China"])),
        roles: &[(Role::X, "gdpPercap"), (Role::Y, "lifeExp"), (Role::Names, "year")],
        labels: &[(Role::X, "GDP per capita (US$)"), (Role::Y, "Life expectancy (years)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius: smaller for many points, bigger for a few")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<connected_scatter::Input> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let labels = b.optional_categories(table, Role::Names)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let mut paths: Vec<connected_scatter::Path> = Vec::new();
    for (i, (x, y)) in x.iter().zip(&y).enumerate() {
        let name = match keys.as_ref().and_then(|k| k.get(i)) {
            Some(k) if k.is_empty() => "(missing)",
            Some(k) => k.as_str(),
            None => "",
        };
        let label = labels.as_ref().and_then(|l| l.get(i)).cloned().unwrap_or_default();
        let index = paths.iter().position(|p| p.name == name).unwrap_or_else(|| {
            paths.push(connected_scatter::Path {
                name: name.to_string(),
                ..connected_scatter::Path::default()
            });
            paths.len() - 1
        });
        let path = &mut paths[index];
        path.x.push(*x);
        path.y.push(*y);
        path.labels.push(label);
    }
    Ok(connected_scatter::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        paths,
        point_scale: b.param("point-size"),
    })
}
