//! An embedded sample dataset as a table, through the loader its file
//! needs (CSV, the network's JSON, `GeoJSON` outlines).

use super::embedded::Dataset;
use super::{geo, network, Table};
use anyhow::{bail, Result};

/// A dataset as a table: CSV directly; the network (JSON) and outline
/// (`GeoJSON`) files through their loaders.
pub fn load(dataset: &Dataset) -> Result<Table> {
    match dataset.file.rsplit('.').next() {
        // airports.csv comes with a derived column `routes` (see geo.rs).
        Some("csv") if dataset.file == "airports.csv" => geo::airports_with_route_counts(),
        Some("csv") => Table::from_csv(dataset.file, dataset.contents),
        Some("geojson") => geo::table(dataset),
        Some("json") => network::table(dataset.file, dataset.contents),
        _ => bail!("{} has no table loader", dataset.file),
    }
}
