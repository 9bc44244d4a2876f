//! The hexbin-map chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::{lon_lat, world_projection, PROJECTION};
use crate::data::binding::{RoleSpec, NUMBER};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use rgg_gallery::geo::{Basemap, Projection};
use rgg_gallery::map::hexbin_map;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Lat, NUMBER, "latitude in degrees (north positive)"),
        RoleSpec::required(Role::Lon, NUMBER, "longitude in degrees (east positive)"),
    ],
    sample: Sample {
        dataset: "airports.csv",
        title: "Where the US airports are",
        filter: None,
        roles: &[(Role::Lat, "latitude"), (Role::Lon, "longitude")],
        labels: &[],
    },
    variant_samples: &[],
    params: &[PROJECTION],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<hexbin_map::Input> {
    let points = lon_lat(table, b)?;
    let (projection, outlines) = geo::base_for_points(&points)?;
    let usa = projection == Projection::AlbersUsa;
    let chosen = world_projection(b, "a map of places in the US", usa)?;
    // Hexagons are cut in the plane: name it when it is not the equal-area
    // default (in Mercator, the far north's hexagons cover less ground).
    let note = match chosen {
        Some(p) if p != Projection::EqualEarth => p.note().to_string(),
        _ => String::new(),
    };
    let projection = chosen.unwrap_or(projection);
    Ok(hexbin_map::Input {
        title: b.title.clone(),
        count_title: String::from("Count per hexagon"),
        basemap: Basemap::new(projection, outlines),
        points,
        note,
        hexes: std::sync::OnceLock::new(),
    })
}
