//! The vector field's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use anyhow::{bail, Result};
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::vector_field;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "where each vector is, along x (e.g. longitude)"),
        RoleSpec::required(Role::Y, NUMBER, "where each vector is, along y (e.g. latitude)"),
        RoleSpec::required(
            Role::Dimensions,
            NUMBER,
            "the vector's two components, along x then along y, comma-separated (e.g. u,v)",
        ),
    ],
    sample: Sample {
        dataset: "windvectors.csv",
        title: "Simulated winds over northwestern Europe",
        filter: None,
        roles: &[(Role::X, "longitude"), (Role::Y, "latitude"), (Role::Dimensions, "u,v")],
        labels: &[
            (Role::X, "Longitude (°E)"),
            (Role::Y, "Latitude (°N)"),
            (Role::Dimensions, "Wind speed"),
        ],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<vector_field::Input> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let components = b.number_columns(table, Role::Dimensions)?;
    let [(u_name, u), (v_name, v)] = components.as_slice() else {
        bail!(
            "{} takes exactly two columns, the components along x and y (e.g. {} u,v); got {}",
            Role::Dimensions.flag(),
            Role::Dimensions.flag(),
            components.len()
        );
    };
    Ok(vector_field::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        magnitude_title: magnitude_title(b, u_name, v_name),
        arrows: x
            .iter()
            .zip(&y)
            .zip(u.iter().zip(v))
            .map(|((x, y), (u, v))| vector_field::Arrow {
                x: *x,
                y: *y,
                u: *u,
                v: *v,
            })
            .collect(),
    })
}

/// The magnitude's name: the label the sample gives the components, else
/// "Magnitude of (u, v)" from the column names.
fn magnitude_title(b: &Binding, u: &str, v: &str) -> String {
    let label = b.label(Role::Dimensions);
    if label.is_empty() || label == u {
        format!("Magnitude of ({u}, {v})")
    } else {
        label
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_magnitude_is_named_by_the_label_or_the_columns() {
        let own = Binding::new("t").with(Role::Dimensions, "u,v");
        assert_eq!(magnitude_title(&own, "u", "v"), "Magnitude of (u, v)");
        let sample = ENTRY.sample.binding();
        assert_eq!(magnitude_title(&sample, "u", "v"), "Wind speed");
    }
}
