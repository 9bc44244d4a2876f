//! A background map from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `background-map.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example background-map`; `rgg new background-map` makes
//! it a project of its own, and `rgg source background-map --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::geo;
use rgg_gallery::map::background_map;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("background-map.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    background_map::draw(&root, &input, background_map::Variant::World, &theme)?;
    root.present()?;
    println!("wrote background-map.png");
    Ok(())
}

/// The chart's data: "The countries of the world".
// The numbers are taken from countries-110m.geojson: World country outlines (Natural Earth
// 1:110m); id = ISO 3166 numeric (npm world-atlas 2.0.2, countries-110m.json, TopoJSON decoded to
// GeoJSON, rounded to 0.01 degree; licence: Natural Earth public domain; world-atlas ISC),
// prepared as `rgg show background-map` prepares them, keeping all the rows `rgg show
// background-map` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> background_map::Input {
    background_map::Input {
        title: "The countries of the world".into(),
        regions: outlines(),
        highlight: vec![],
        highlight_label: String::new(),
        projection: None,
    }
}

/// The map's outlines, as `geo::Region`s, from `data/world-outlines.txt`
/// (its header says where they come from and how they were cut): one outer
/// ring per line, tab-separated id, name and `longitude,latitude` points.
fn outlines() -> Vec<geo::Region> {
    let mut regions: Vec<geo::Region> = Vec::new();
    let rings = include_str!("data/world-outlines.txt")
        .lines()
        .filter(|l| !l.starts_with('#'));
    for line in rings {
        let mut fields = line.split('\t');
        let (Some(id), Some(name), Some(points)) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let ring: Vec<(f64, f64)> = points
            .split(' ')
            .filter_map(|p| {
                let (lon, lat) = p.split_once(',')?;
                Some((lon.parse().ok()?, lat.parse().ok()?))
            })
            .collect();
        // A region with several rings (islands) has a line for each.
        match regions.last_mut() {
            Some(last) if last.id == id && last.name == name => last.rings.push(ring),
            _ => regions.push(geo::Region {
                id: id.into(),
                name: name.into(),
                rings: vec![ring],
            }),
        }
    }
    regions
}
