//! The connection-map chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use rgg_gallery::geo::{Basemap, Place};
use rgg_gallery::map::connection_map;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Source, ANY, "where a route starts: a US airport's IATA code, placed by the embedded airports.csv"),
        RoleSpec::required(Role::Target, ANY, "where a route ends: a US airport's IATA code"),
        RoleSpec::optional(Role::Values, NUMBER, "the route's weight (e.g. carriers, flights); the routes variant keeps the heaviest"),
    ],
    sample: Sample {
        dataset: "routes.csv",
        title: "US air routes",
        filter: None,
        roles: &[
            (Role::Source, "origin"),
            (Role::Target, "destination"),
            (Role::Values, "carriers"),
        ],
        labels: &[(Role::Values, "carriers")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("labels", 0, 50, "how many of the busiest airports to name (auto: 6)")],
};

/// Routes between airports: codes are looked up in the embedded
/// airports.csv; rows with an unknown code are left out and counted.
pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<connection_map::Input> {
    let sources = b.categories(table, Role::Source)?;
    let targets = b.categories(table, Role::Target)?;
    let weights = match b.column_name(Role::Values) {
        Some(_) => b.numbers(table, Role::Values)?,
        None => vec![1.0; sources.len()],
    };
    let airports = geo::airports_by_code()?;
    let find = |code: &str| airports.get(&code.trim().to_uppercase()).cloned();
    let mut routes = Vec::with_capacity(sources.len());
    let mut unknown = 0;
    for ((s, t), w) in sources.iter().zip(&targets).zip(&weights) {
        match (find(s), find(t)) {
            (Some(from), Some(to)) => routes.push(connection_map::Route { from, to, weight: *w }),
            _ => unknown += 1,
        }
    }
    let ends: Vec<(f64, f64)> = routes
        .iter()
        .flat_map(|r: &connection_map::Route| [&r.from, &r.to])
        .map(|p: &Place| (p.lon, p.lat))
        .collect();
    let (projection, outlines) = geo::base_for_points(&ends)?;
    let note = match unknown {
        0 => String::new(),
        1 => String::from("1 row with a code not in airports.csv left out"),
        n => format!("{n} rows with codes not in airports.csv left out"),
    };
    Ok(connection_map::Input {
        title: b.title.clone(),
        weight_title: b.label(Role::Values),
        basemap: Basemap::new(projection, outlines),
        routes,
        note,
        labels: b.param("labels").map(|n| n as usize),
    })
}
