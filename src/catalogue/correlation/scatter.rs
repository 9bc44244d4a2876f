//! The scatter chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::xy_by_group;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::scatter;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "horizontal position (must be positive for the log-x variant)"),
        RoleSpec::required(Role::Y, NUMBER, "vertical position"),
        RoleSpec::optional(Role::Group, ANY, "one colour (and one fitted line) per value, with a legend"),
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin bill length vs depth",
        filter: None,
        roles: &[
            (Role::X, "bill_length_mm"),
            (Role::Y, "bill_depth_mm"),
            (Role::Group, "species"),
        ],
        labels: &[(Role::X, "Bill length (mm)"), (Role::Y, "Bill depth (mm)")],
    },
    variant_samples: &[(
        "log-x",
        Sample {
            dataset: "gapminder.csv",
            title: "Life expectancy vs income, 2007",
            filter: Some(("year", &["2007"])),
            roles: &[(Role::X, "gdpPercap"), (Role::Y, "lifeExp"), (Role::Group, "continent")],
            labels: &[(Role::X, "GDP per capita (US$)"), (Role::Y, "Life expectancy (years)")],
        },
    )],
    params: &[
        ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius"),
        ParamSpec::switch("log-x", "a log10 x axis (--log-x); every x must be positive"),
        ParamSpec::switch("log-y", "a log10 y axis (--log-y); every y must be positive"),
    ],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<scatter::Input> {
    let x = b.take_numbers(table, Role::X)?;
    b.check_axis(table, Role::X, &x, b.log_x())?;
    let y = b.take_numbers(table, Role::Y)?;
    b.check_axis(table, Role::Y, &y, b.log_y())?;
    let keys = b.optional_categories(table, Role::Group)?;
    let groups = xy_by_group(keys.as_deref(), x, y)
        .into_iter()
        .map(|(name, x, y)| scatter::Group { name, x, y })
        .collect();
    Ok(scatter::Input {
        point_scale: b.param("point-size"),
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups,
        log_x: b.log_x(),
        log_y: b.log_y(),
    })
}
