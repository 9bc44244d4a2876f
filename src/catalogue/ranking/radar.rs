//! The radar chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::{PENGUIN_MEASURES, dimensions};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::radar;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Dimensions, NUMBER, "three or more numeric columns, comma-separated: one axis each, \
                   scaled from the column's smallest to its largest value"),
        RoleSpec::optional(Role::Group, ANY, "one polygon per value, at the mean of its rows (without it, one polygon: the mean of all rows)"),
    ],
    sample: Sample {
        title: "Penguin species profiles (mean of each measurement)",
        ..PENGUIN_MEASURES
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<radar::Input> {
    let (axes, columns, keys) = dimensions(table, b)?;
    let ranges = columns
        .iter()
        .map(|c| {
            c.iter()
                .filter(|v| v.is_finite())
                .fold((f64::NAN, f64::NAN), |(lo, hi), v| (lo.min(*v), hi.max(*v)))
        })
        .collect();
    // One polygon per group, in order of first appearance: the mean of its rows.
    let mut names: Vec<String> = Vec::new();
    for k in &keys {
        if !names.contains(k) {
            names.push(k.clone());
        }
    }
    let groups = names
        .into_iter()
        .map(|name| {
            let values = columns
                .iter()
                .map(|c| {
                    let rows: Vec<f64> = keys
                        .iter()
                        .zip(c)
                        .filter(|(k, v)| **k == name && v.is_finite())
                        .map(|(_, v)| *v)
                        .collect();
                    if rows.is_empty() {
                        f64::NAN
                    } else {
                        rows.iter().sum::<f64>() / rows.len() as f64
                    }
                })
                .collect();
            radar::Group { name, values }
        })
        .collect();
    Ok(radar::Input {
        title: b.title.clone(),
        axes,
        ranges,
        groups,
    })
}

#[cfg(test)]
mod tests {
    
    use crate::catalogue::{chart, screen};
    #[test]
    fn the_radar_draws_every_species_by_default() {
        let text = screen(chart("radar"), 0, (100, 30)).join("\n");
        for species in ["Adelie", "Gentoo", "Chinstrap"] {
            assert!(text.contains(species), "{species}\n{text}");
        }
    }
    
    
    
    
}
