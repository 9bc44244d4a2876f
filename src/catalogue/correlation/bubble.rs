//! The bubble chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::bubble;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "horizontal position (must be positive for the log-x variant)"),
        RoleSpec::required(Role::Y, NUMBER, "vertical position"),
        RoleSpec::required(Role::Area, NUMBER, "bubble area is proportional to it (positive values only)"),
        RoleSpec::optional(Role::Group, ANY, "one colour per value, with a legend"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Wealth and health of nations, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[
            (Role::X, "gdpPercap"),
            (Role::Y, "lifeExp"),
            (Role::Area, "pop"),
            (Role::Group, "continent"),
        ],
        labels: &[
            (Role::X, "GDP per capita (US$)"),
            (Role::Y, "Life expectancy (years)"),
            (Role::Area, "Population"),
        ],
    },
    variant_samples: &[],
    params: &[ParamSpec::number("point-size", (0.25, 2.0, 0.25), 1.0, "times every bubble's radius (the largest is 6% of the canvas' shorter side); areas stay proportional")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<bubble::Input> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let area = b.numbers(table, Role::Area)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let mut groups: Vec<bubble::Group> = Vec::new();
    for (i, ((x, y), area)) in x.iter().zip(&y).zip(&area).enumerate() {
        let name = match keys.as_ref().and_then(|k| k.get(i)) {
            Some(k) if k.is_empty() => "(missing)",
            Some(k) => k.as_str(),
            None => "",
        };
        let point = bubble::Point {
            x: *x,
            y: *y,
            area: *area,
        };
        match groups.iter_mut().find(|g| g.name == name) {
            Some(g) => g.points.push(point),
            None => groups.push(bubble::Group {
                name: name.to_string(),
                points: vec![point],
            }),
        }
    }
    Ok(bubble::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        area_title: b.label(Role::Area),
        groups,
        size_scale: b.param("point-size"),
    })
}
