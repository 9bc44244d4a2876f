//! Map charts: bindings from a table to each chart's input.
//!
//! Outlines come from the embedded `GeoJSON` files (`data::geo`, parsed once
//! per process). Which outlines a chart gets follows the data: locations
//! are matched against both the world's countries and the US states and
//! the better match wins; points in the 50 states get the US states in
//! Albers USA, other points the world in Equal Earth.

use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::geo::{Basemap, Place};
use rgg_gallery::map::{background_map, bubble_map, choropleth, connection_map, hexbin_map};
use std::borrow::Cow;

pub const CHARTS: &[&Chart] = &[&BACKGROUND_MAP, &CHOROPLETH, &BUBBLE_MAP, &CONNECTION_MAP, &HEXBIN_MAP];

pub const BACKGROUND_MAP: Chart = Chart {
    id: "background-map",
    family: Family::Map,
    source: include_str!("../../gallery/src/map/background_map.rs"),
    source_path: "gallery/src/map/background_map.rs",
    variants: &["world", "us-states"],
    roles: &[RoleSpec {
        role: Role::Locations,
        required: false,
        kinds: ANY,
        help: "regions to highlight: ISO 3166 numeric codes or country names, or US FIPS codes or state names",
    }],
    sample: Sample {
        dataset: geo::WORLD,
        title: "The countries of the world",
        filter: None,
        roles: &[],
        labels: &[],
    },
    variant_samples: &[(
        "us-states",
        Sample {
            dataset: geo::US_STATES,
            title: "The United States",
            filter: None,
            roles: &[],
            labels: &[],
        },
    )],
    prepare: prepare_background_map,
};

/// Outlines: the table's own when it is an embedded outline file, else the
/// ones its locations match best (the world when there are none).
fn prepare_background_map(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let locations = match b.column_name(Role::Locations) {
        Some(_) => geo::location_labels(table, b, Role::Locations)?,
        None => Vec::new(),
    };
    let (regions, index) = if let Ok(regions) = geo::outlines(&table.source) {
        (regions, geo::match_regions(&locations, regions))
    } else {
        let m = geo::best_outlines(&locations)?;
        (m.regions, m.index)
    };
    let mut highlight: Vec<String> = index
        .iter()
        .flatten()
        .filter_map(|i| regions.get(*i))
        .map(|r| r.id.clone())
        .collect();
    highlight.sort();
    highlight.dedup();
    Ok(Prepared::BackgroundMap(background_map::Input {
        title: b.title.clone(),
        regions: regions.to_vec(),
        highlight,
        highlight_label: b.label(Role::Locations),
    }))
}

pub const CHOROPLETH: Chart = Chart {
    id: "choropleth",
    family: Family::Map,
    source: include_str!("../../gallery/src/map/choropleth.rs"),
    source_path: "gallery/src/map/choropleth.rs",
    variants: &["world", "us-states"],
    roles: &[
        RoleSpec {
            role: Role::Locations,
            required: true,
            kinds: ANY,
            help: "the region of each row: ISO 3166 numeric code or country name (world), \
                   FIPS code or state name (US); leading zeros and case do not matter",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the value that colours the region (rows of one region are averaged); \
                   prefer rates to raw counts",
        },
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
    prepare: prepare_choropleth,
};

fn prepare_choropleth(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let locations = geo::location_labels(table, b, Role::Locations)?;
    let values = b.numbers(table, Role::Values)?;
    let m = geo::best_outlines(&locations)?;
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
    Ok(Prepared::Choropleth(choropleth::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        regions: m.regions.to_vec(),
        values: per_region,
        note: notes.join("; "),
    }))
}

pub const BUBBLE_MAP: Chart = Chart {
    id: "bubble-map",
    family: Family::Map,
    source: include_str!("../../gallery/src/map/bubble_map.rs"),
    source_path: "gallery/src/map/bubble_map.rs",
    variants: &["sized", "uniform"],
    roles: &[
        RoleSpec {
            role: Role::Lat,
            required: true,
            kinds: NUMBER,
            help: "latitude in degrees (north positive)",
        },
        RoleSpec {
            role: Role::Lon,
            required: true,
            kinds: NUMBER,
            help: "longitude in degrees (east positive)",
        },
        RoleSpec {
            role: Role::Area,
            required: false,
            kinds: NUMBER,
            help: "the value each bubble's area stands for (without it, all bubbles alike)",
        },
        RoleSpec {
            role: Role::Names,
            required: false,
            kinds: ANY,
            help: "a short label; the largest bubbles are labelled",
        },
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
    prepare: prepare_bubble_map,
};

/// (lon, lat) pairs of the bound columns.
fn lon_lat(table: &Table, b: &Binding) -> Result<Vec<(f64, f64)>> {
    let lat = b.numbers(table, Role::Lat)?;
    let lon = b.numbers(table, Role::Lon)?;
    Ok(lon.into_iter().zip(lat).collect())
}

fn prepare_bubble_map(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let points = lon_lat(table, b)?;
    let sizes = match b.column_name(Role::Area) {
        Some(_) => b.numbers(table, Role::Area)?,
        None => vec![1.0; points.len()],
    };
    let names = b.optional_categories(table, Role::Names)?.unwrap_or_default();
    let (projection, outlines) = geo::base_for_points(&points)?;
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
    Ok(Prepared::BubbleMap(bubble_map::Input {
        title: b.title.clone(),
        size_title: b.label(Role::Area),
        basemap: Basemap::new(projection, outlines),
        bubbles,
        note: String::new(),
    }))
}

pub const CONNECTION_MAP: Chart = Chart {
    id: "connection-map",
    family: Family::Map,
    source: include_str!("../../gallery/src/map/connection_map.rs"),
    source_path: "gallery/src/map/connection_map.rs",
    variants: &["routes", "hub"],
    roles: &[
        RoleSpec {
            role: Role::Source,
            required: true,
            kinds: ANY,
            help: "where a route starts: a US airport's IATA code, placed by the embedded airports.csv",
        },
        RoleSpec {
            role: Role::Target,
            required: true,
            kinds: ANY,
            help: "where a route ends: a US airport's IATA code",
        },
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "the route's weight (e.g. carriers, flights); the routes variant keeps the heaviest",
        },
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
    prepare: prepare_connection_map,
};

/// Routes between airports: codes are looked up in the embedded
/// airports.csv; rows with an unknown code are left out and counted.
fn prepare_connection_map(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
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
    Ok(Prepared::ConnectionMap(connection_map::Input {
        title: b.title.clone(),
        weight_title: b.label(Role::Values),
        basemap: Basemap::new(projection, outlines),
        routes,
        note,
    }))
}

pub const HEXBIN_MAP: Chart = Chart {
    id: "hexbin-map",
    family: Family::Map,
    source: include_str!("../../gallery/src/map/hexbin_map.rs"),
    source_path: "gallery/src/map/hexbin_map.rs",
    variants: &["hexbin", "points"],
    roles: &[
        RoleSpec {
            role: Role::Lat,
            required: true,
            kinds: NUMBER,
            help: "latitude in degrees (north positive)",
        },
        RoleSpec {
            role: Role::Lon,
            required: true,
            kinds: NUMBER,
            help: "longitude in degrees (east positive)",
        },
    ],
    sample: Sample {
        dataset: "airports.csv",
        title: "Where the US airports are",
        filter: None,
        roles: &[(Role::Lat, "latitude"), (Role::Lon, "longitude")],
        labels: &[],
    },
    variant_samples: &[],
    prepare: prepare_hexbin_map,
};

fn prepare_hexbin_map(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let points = lon_lat(table, b)?;
    let (projection, outlines) = geo::base_for_points(&points)?;
    Ok(Prepared::HexbinMap(hexbin_map::Input {
        title: b.title.clone(),
        count_title: String::from("Count per hexagon"),
        basemap: Basemap::new(projection, outlines),
        points,
        note: String::new(),
        hexes: std::sync::OnceLock::new(),
    }))
}
