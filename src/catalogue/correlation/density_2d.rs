//! The density-2d chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
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
    params: &[
        ParamSpec::count("bins", 2, 100, "bins across the plot for histogram-2d and hexbin (auto: twice the cube root of the number of points)"),
        ParamSpec::number(
            "bandwidth",
            (0.25, 4.0, 0.25),
            1.0,
            "times the contour variant's bandwidth (Scott's rule): above 1 smooths, below 1 shows detail (and noise)",
        ),
    ],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<density_2d::Input> {
    Ok(density_2d::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x: b.numbers(table, Role::X)?,
        y: b.numbers(table, Role::Y)?,
        bins: b.param("bins").map(|n| n as usize),
        bandwidth_scale: b.param("bandwidth"),
    })
}
