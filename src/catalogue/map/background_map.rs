//! The background-map chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::{world_projection, PROJECTION};
use crate::data::binding::{RoleSpec, ANY};
use crate::data::geo;
use crate::data::{Binding, Role, Table};
use rgg_gallery::map::background_map;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[RoleSpec::optional(Role::Locations, ANY, "regions to highlight: ISO 3166 numeric codes or country names, or US FIPS codes or state names")],
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
    params: &[PROJECTION],
};

/// Outlines: the table's own when it is an embedded outline file, else the
/// ones its locations match best (the world when there are none).
pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<background_map::Input> {
    let locations = match b.column_name(Role::Locations) {
        Some(_) => geo::location_labels(table, b, Role::Locations)?,
        None => Vec::new(),
    };
    let (file, regions, index) = if let Ok(regions) = geo::outlines(&table.source) {
        (table.source.clone(), regions, geo::match_regions(&locations, regions))
    } else {
        let m = geo::best_outlines(&locations)?;
        (m.file.to_string(), m.regions, m.index)
    };
    let projection = world_projection(b, "the us-states map", file == geo::US_STATES)?;
    let mut highlight: Vec<String> = index
        .iter()
        .flatten()
        .filter_map(|i| regions.get(*i))
        .map(|r| r.id.clone())
        .collect();
    highlight.sort();
    highlight.dedup();
    Ok(background_map::Input {
        title: b.title.clone(),
        regions: regions.to_vec(),
        highlight,
        highlight_label: b.label(Role::Locations),
        projection,
    })
}
