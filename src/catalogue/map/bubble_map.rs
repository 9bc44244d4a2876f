//! The bubble-map chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::{lon_lat, world_projection, PROJECTION};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use rgg_gallery::geo::{Basemap, Projection};
use rgg_gallery::map::bubble_map;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Lat, NUMBER, "latitude in degrees (north positive)"),
        RoleSpec::required(Role::Lon, NUMBER, "longitude in degrees (east positive)"),
        RoleSpec::optional(Role::Area, NUMBER, "the value each bubble's area stands for (without it, all bubbles alike)"),
        RoleSpec::optional(Role::Names, ANY, "a short label; the largest bubbles are labelled"),
    ],
    // airports.csv loads with a derived `routes` column: how many routes
    // of routes.csv start or end at each airport (data::geo).
    sample: Sample {
        dataset: "airports.csv",
        title: "US airports by number of routes",
        filter: None,
        roles: &[
            (Role::Lat, "latitude"),
            (Role::Lon, "longitude"),
            (Role::Area, "routes"),
            (Role::Names, "iata"),
        ],
        labels: &[(Role::Area, "Routes (in + out)")],
    },
    variant_samples: &[],
    params: &[
        PROJECTION,
        ParamSpec::count("labels", 0, 50, "how many of the largest bubbles to name (auto: 6)"),
    ],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<bubble_map::Input> {
    let points = lon_lat(table, b)?;
    let sizes = match b.column_name(Role::Area) {
        Some(_) => b.numbers(table, Role::Area)?,
        None => vec![1.0; points.len()],
    };
    let names = b.optional_categories(table, Role::Names)?.unwrap_or_default();
    let (projection, outlines) = geo::base_for_points(&points)?;
    let usa = projection == Projection::AlbersUsa;
    let projection = world_projection(b, "a map of places in the US", usa)?.unwrap_or(projection);
    let bubbles = points
        .iter()
        .zip(&sizes)
        .enumerate()
        .map(|(i, ((lon, lat), size))| bubble_map::Bubble {
            name: names.get(i).cloned().unwrap_or_default(),
            lon: *lon,
            lat: *lat,
            size: *size,
        })
        .collect();
    Ok(bubble_map::Input {
        title: b.title.clone(),
        size_title: b.label(Role::Area),
        basemap: Basemap::new(projection, outlines),
        bubbles,
        note: String::new(),
        labels: b.param("labels").map(|n| n as usize),
    })
}
