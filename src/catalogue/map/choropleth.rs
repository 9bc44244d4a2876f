//! The choropleth chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::{world_projection, PROJECTION};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use rgg_gallery::map::choropleth;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Locations, ANY, "the region of each row: ISO 3166 numeric code or country name (world), \
                   FIPS code or state name (US); leading zeros and case do not matter"),
        RoleSpec::required(Role::Values, NUMBER, "the value that colours the region (rows of one region are averaged); \
                   prefer rates to raw counts"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Life expectancy, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Locations, "iso_num"), (Role::Values, "lifeExp")],
        labels: &[(Role::Values, "Life expectancy (years)")],
    },
    variant_samples: &[(
        "us-states",
        Sample {
            dataset: "us-states-population.csv",
            title: "Population of the US states",
            filter: None,
            roles: &[(Role::Locations, "id"), (Role::Values, "population")],
            labels: &[(Role::Values, "Population")],
        },
    )],
    params: &[PROJECTION],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<choropleth::Input> {
    let locations = geo::location_labels(table, b, Role::Locations)?;
    let values = b.numbers(table, Role::Values)?;
    let m = geo::best_outlines(&locations)?;
    let projection = world_projection(b, "the us-states map", m.file == geo::US_STATES)?;
    let mut sums = vec![0.0; m.regions.len()];
    let mut counts = vec![0usize; m.regions.len()];
    let mut unmatched = 0;
    for ((location, region), value) in locations.iter().zip(&m.index).zip(&values) {
        match region {
            Some(i) if value.is_finite() => {
                if let (Some(s), Some(c)) = (sums.get_mut(*i), counts.get_mut(*i)) {
                    *s += value;
                    *c += 1;
                }
            }
            Some(_) => {}
            None if location.trim().is_empty() => {}
            None => unmatched += 1,
        }
    }
    let per_region: Vec<f64> = sums
        .iter()
        .zip(&counts)
        .map(|(s, c)| if *c > 0 { s / *c as f64 } else { f64::NAN })
        .collect();
    let mut notes = Vec::new();
    if unmatched > 0 {
        let (one, many) = if m.file == geo::US_STATES {
            ("place", "places")
        } else {
            ("country", "countries")
        };
        notes.push(match unmatched {
            1 => format!("1 {one} is not on this map"),
            n => format!("{n} {many} are not on this map"),
        });
    }
    let shared: usize = counts.iter().filter(|c| **c > 1).sum();
    if shared > 0 {
        notes.push(format!("{shared} rows repeat a place (their values are averaged)"));
    }
    Ok(choropleth::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        regions: m.regions.to_vec(),
        values: per_region,
        note: notes.join("; "),
        projection,
    })
}
