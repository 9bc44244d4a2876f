//! Map data: region outlines from the embedded `GeoJSON` files (parsed once
//! per process), matching a table's locations to regions, choosing outlines
//! and projection for a set of points, and the airports table joined with
//! its route counts.

use super::embedded::{self, Dataset};
use super::table::{Column, Kind, Table};
use super::{Binding, Role};
use anyhow::{bail, Context, Result};
use rgg_gallery::geo::{Place, Projection, Region, UsaPart};
use std::collections::HashMap;
use std::sync::OnceLock;

/// World countries; ids are ISO 3166 numeric codes ("004").
pub const WORLD: &str = "countries-110m.geojson";
/// US states and territories; ids are FIPS codes ("01").
pub const US_STATES: &str = "us-states-10m.geojson";

/// Regions from `GeoJSON` text: each feature's id (as text), its
/// `properties.name`, and the outer rings of its polygons.
pub fn parse(source: &str, text: &str) -> Result<Vec<Region>> {
    let collection: geojson::FeatureCollection = text
        .parse()
        .with_context(|| format!("{source}: not a GeoJSON FeatureCollection"))?;
    Ok(collection
        .features
        .iter()
        .map(|feature| {
            let id = match &feature.id {
                Some(geojson::feature::Id::String(s)) => s.clone(),
                Some(geojson::feature::Id::Number(n)) => n.to_string(),
                None => String::new(),
            };
            let name = feature
                .properties
                .as_ref()
                .and_then(|p| p.get("name"))
                .and_then(|v| v.as_str())
                .map(crate::text::sanitize)
                .unwrap_or_default();
            let mut rings = Vec::new();
            if let Some(geometry) = &feature.geometry {
                outer_rings(&geometry.value, &mut rings);
            }
            Region {
                id: crate::text::sanitize(&id),
                name,
                rings,
            }
        })
        .collect())
}

fn outer_rings(value: &geojson::GeometryValue, out: &mut Vec<Vec<(f64, f64)>>) {
    let ring = |positions: &[geojson::Position]| -> Vec<(f64, f64)> {
        positions
            .iter()
            .filter_map(|p| match p.as_slice() {
                [lon, lat, ..] => Some((*lon, *lat)),
                _ => None,
            })
            .collect()
    };
    match value {
        geojson::GeometryValue::Polygon { coordinates } => out.extend(coordinates.first().map(|r| ring(r))),
        geojson::GeometryValue::MultiPolygon { coordinates } => {
            out.extend(coordinates.iter().filter_map(|p| p.first()).map(|r| ring(r)));
        }
        geojson::GeometryValue::GeometryCollection { geometries } => {
            for g in geometries {
                outer_rings(&g.value, out);
            }
        }
        _ => {}
    }
}

/// The outlines of an embedded `GeoJSON` file, parsed on first use.
pub fn outlines(file: &str) -> Result<&'static [Region]> {
    static WORLD_CELL: OnceLock<Result<Vec<Region>, String>> = OnceLock::new();
    static US_CELL: OnceLock<Result<Vec<Region>, String>> = OnceLock::new();
    let (name, cell) = match file {
        WORLD => (WORLD, &WORLD_CELL),
        US_STATES => (US_STATES, &US_CELL),
        _ => bail!("no embedded outlines named {file}"),
    };
    let parsed = cell.get_or_init(|| {
        let dataset = embedded::find(name).ok_or_else(|| format!("{name} is not embedded"))?;
        parse(name, dataset.contents).map_err(|e| format!("{e:#}"))
    });
    match parsed {
        Ok(regions) => Ok(regions.as_slice()),
        Err(e) => bail!("{e}"),
    }
}

/// A `GeoJSON` dataset as a table: one row per region, columns `id` and
/// `name`.
pub fn table(dataset: &Dataset) -> Result<Table> {
    let owned;
    let regions = if let Ok(r) = outlines(dataset.file) {
        r
    } else {
        owned = parse(dataset.file, dataset.contents)?;
        owned.as_slice()
    };
    Ok(Table {
        source: dataset.file.to_string(),
        names: vec![String::from("id"), String::from("name")],
        columns: vec![
            Column::Category(regions.iter().map(|r| r.id.clone()).collect()),
            Column::Category(regions.iter().map(|r| r.name.clone()).collect()),
        ],
    })
}

/// A location as compared with region ids and names: numeric codes
/// without leading zeros (so 4, "4" and "004" all match ISO "004"), text
/// trimmed and in lower case.
pub fn location_key(text: &str) -> String {
    let t = text.trim();
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        let digits = t.trim_start_matches('0');
        return if digits.is_empty() { "0" } else { digits }.to_string();
    }
    t.to_lowercase()
}

/// The values of a location role as text: whole numbers without decimals
/// (a numeric column of codes), anything else as its label.
pub fn location_labels(table: &Table, b: &Binding, role: Role) -> Result<Vec<String>> {
    if b.kind(table, role) == Some(Kind::Number) {
        return Ok(b
            .numbers(table, role)?
            .into_iter()
            .map(|v| {
                if v.is_finite() && v.fract() == 0.0 {
                    format!("{v:.0}")
                } else {
                    String::new()
                }
            })
            .collect());
    }
    b.categories(table, role)
}

/// For each location, the index of the region whose id or name it names.
pub fn match_regions(locations: &[String], regions: &[Region]) -> Vec<Option<usize>> {
    let mut index: HashMap<String, usize> = HashMap::new();
    // Names first, so an id wins when a name and an id collide.
    for (i, r) in regions.iter().enumerate() {
        if !r.name.is_empty() {
            index.entry(location_key(&r.name)).or_insert(i);
        }
    }
    for (i, r) in regions.iter().enumerate() {
        if !r.id.is_empty() {
            index.insert(location_key(&r.id), i);
        }
    }
    locations
        .iter()
        .map(|l| {
            let key = location_key(l);
            if key.is_empty() {
                None
            } else {
                index.get(&key).copied()
            }
        })
        .collect()
}

/// Locations matched to the outlines they fit best.
pub struct Matched {
    /// The outline file: [`WORLD`] or [`US_STATES`].
    pub file: &'static str,
    pub regions: &'static [Region],
    /// Per location, the region it names.
    pub index: Vec<Option<usize>>,
}

impl Matched {
    pub fn matched(&self) -> usize {
        self.index.iter().flatten().count()
    }
}

/// Matches locations against the world countries and against the US
/// states, and keeps whichever set of outlines matches more of them (the
/// world on a tie). Numeric codes can match both (4 is Afghanistan and
/// Arizona), so the count decides, not the first hit.
pub fn best_outlines(locations: &[String]) -> Result<Matched> {
    let world = outlines(WORLD)?;
    let us = outlines(US_STATES)?;
    let w = match_regions(locations, world);
    let u = match_regions(locations, us);
    let count = |m: &[Option<usize>]| m.iter().flatten().count();
    Ok(if count(&u) > count(&w) {
        Matched {
            file: US_STATES,
            regions: us,
            index: u,
        }
    } else {
        Matched {
            file: WORLD,
            regions: world,
            index: w,
        }
    })
}

/// The projection and outlines for points (lon, lat): Albers USA with the
/// states when at least three quarters of the points lie in the 50 states,
/// else Equal Earth with the world's countries.
pub fn base_for_points(points: &[(f64, f64)]) -> Result<(Projection, &'static [Region])> {
    let finite: Vec<&(f64, f64)> = points.iter().filter(|p| p.0.is_finite() && p.1.is_finite()).collect();
    let in_usa = finite.iter().filter(|p| UsaPart::of(p.0, p.1).is_some()).count();
    if !finite.is_empty() && in_usa * 4 >= finite.len() * 3 {
        Ok((Projection::AlbersUsa, outlines(US_STATES)?))
    } else {
        Ok((Projection::EqualEarth, outlines(WORLD)?))
    }
}

fn embedded_csv(file: &str) -> Result<Table> {
    let dataset = embedded::find(file).with_context(|| format!("no embedded dataset {file}"))?;
    Table::from_csv(dataset.file, dataset.contents)
}

/// airports.csv with one more column, `routes`: how many rows of
/// routes.csv start or end at the airport. The bubble map's sample sizes
/// its bubbles by it; `sample::load` returns this table for airports.csv.
pub fn airports_with_route_counts() -> Result<Table> {
    let mut airports = embedded_csv("airports.csv")?;
    let routes = embedded_csv("routes.csv")?;
    let mut counts: HashMap<String, f64> = HashMap::new();
    for column in ["origin", "destination"] {
        let Some(c) = routes.column(column) else {
            bail!("routes.csv has no column {column}");
        };
        for i in 0..c.len() {
            *counts.entry(c.label(i)).or_insert(0.0) += 1.0;
        }
    }
    let codes = airports.column("iata").context("airports.csv has no column iata")?;
    let per_airport: Vec<f64> = (0..codes.len())
        .map(|i| counts.get(&codes.label(i)).copied().unwrap_or(0.0))
        .collect();
    airports.names.push(String::from("routes"));
    airports.columns.push(Column::Number(per_airport));
    Ok(airports)
}

/// The embedded airports by IATA code (upper case), as places named by
/// their code: how the connection map finds the ends of a route.
pub fn airports_by_code() -> Result<HashMap<String, Place>> {
    let airports = embedded_csv("airports.csv")?;
    let b = Binding::new("")
        .with(Role::Names, "iata")
        .with(Role::Lat, "latitude")
        .with(Role::Lon, "longitude");
    let codes = b.categories(&airports, Role::Names)?;
    let lat = b.numbers(&airports, Role::Lat)?;
    let lon = b.numbers(&airports, Role::Lon)?;
    Ok(codes
        .into_iter()
        .zip(lat.into_iter().zip(lon))
        .map(|(code, (lat, lon))| {
            let key = code.trim().to_uppercase();
            (key.clone(), Place { name: key, lon, lat })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlines_parse_once_with_ids_and_names() {
        let world = outlines(WORLD).expect("world");
        assert_eq!(world.len(), 177);
        let fiji = world.iter().find(|r| r.id == "242").expect("Fiji");
        assert_eq!(fiji.name, "Fiji");
        assert_eq!(fiji.rings.len(), 2, "Fiji's two islands");
        let us = outlines(US_STATES).expect("us");
        assert_eq!(us.len(), 56);
        assert!(std::ptr::eq(world, outlines(WORLD).expect("again")), "cached");
        assert!(outlines("nope.geojson").is_err());
        // South Africa's hole (Lesotho) is left out: one outer ring.
        let south_africa = world.iter().find(|r| r.id == "710").expect("South Africa");
        assert_eq!(south_africa.rings.len(), 1);
    }

    #[test]
    fn geojson_loads_as_a_table_of_ids_and_names() {
        let dataset = embedded::find(US_STATES).expect("embedded");
        let t = crate::data::sample::load(dataset).expect("table");
        assert_eq!(t.names, vec!["id", "name"]);
        assert_eq!(t.rows(), 56);
        assert_eq!(t.column("id").map(|c| c.label(0)), Some(String::from("01")));
    }

    #[test]
    fn ids_match_with_or_without_leading_zeros_and_names_in_any_case() {
        let world = outlines(WORLD).expect("world");
        let keys = vec![
            String::from("4"),
            String::from("004"),
            String::from("  FRANCE "),
            String::from("Atlantis"),
            String::new(),
        ];
        let m = match_regions(&keys, world);
        let name = |i: Option<usize>| i.and_then(|i| world.get(i)).map(|r| r.name.as_str());
        assert_eq!(name(m[0]), Some("Afghanistan"));
        assert_eq!(name(m[1]), Some("Afghanistan"));
        assert_eq!(name(m[2]), Some("France"));
        assert_eq!(m[3], None);
        assert_eq!(m[4], None);
    }

    #[test]
    fn numeric_locations_pick_the_outlines_that_match_more() {
        let fips: Vec<String> = ["1", "2", "4", "5", "6", "8", "9", "10", "11", "12", "13"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        assert_eq!(best_outlines(&fips).expect("match").file, US_STATES);
        let iso: Vec<String> = ["4", "8", "12", "24", "32", "36", "40", "50", "56", "76", "124", "156"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        assert_eq!(best_outlines(&iso).expect("match").file, WORLD);
    }

    #[test]
    fn airports_carry_their_route_counts() {
        let t = airports_with_route_counts().expect("join");
        let codes = t.column("iata").expect("iata");
        let Some(Column::Number(routes)) = t.column("routes") else {
            panic!("routes is numeric");
        };
        let ord = (0..codes.len()).find(|i| codes.label(*i) == "ORD").expect("ORD");
        assert_eq!(routes[ord], 371.0);
        assert!(routes.iter().all(|r| *r >= 1.0), "every airport is on a route");
        let by_code = airports_by_code().expect("airports");
        assert!(by_code.get("ATL").is_some_and(|p| (p.lat - 33.6).abs() < 0.1));
    }

    #[test]
    fn points_in_the_us_get_albers_usa() {
        let us = [(-87.9, 41.9), (-118.4, 33.9), (-157.9, 21.3), (-66.0, 18.4)];
        assert_eq!(base_for_points(&us).expect("base").0, Projection::AlbersUsa);
        let world = [(2.35, 48.85), (139.7, 35.7), (-87.9, 41.9)];
        assert_eq!(base_for_points(&world).expect("base").0, Projection::EqualEarth);
    }
}
