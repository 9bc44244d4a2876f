//! A choropleth map from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `choropleth.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example choropleth`; `rgg new choropleth` makes
//! it a project of its own, and `rgg source choropleth --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::geo;
use rgg_gallery::map::choropleth;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("choropleth.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    choropleth::draw(&root, &input, choropleth::Variant::World, &theme)?;
    root.present()?;
    println!("wrote choropleth.png");
    Ok(())
}

/// The chart's data: "Life expectancy, 2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show
// choropleth` prepares them, keeping all the rows `rgg show choropleth` draws (year = 2007).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> choropleth::Input {
    choropleth::Input {
        title: "Life expectancy, 2007".into(),
        value_title: "Life expectancy (years)".into(),
        regions: outlines(),
        values: vec![
            f64::NAN,
            52.517,
            f64::NAN,
            80.653,
            78.242,
            f64::NAN,
            f64::NAN,
            f64::NAN,
            70.65,
            75.32,
            78.553,
            46.462,
            48.159,
            54.11,
            f64::NAN,
            50.651,
            60.916,
            72.235,
            f64::NAN,
            f64::NAN,
            f64::NAN,
            80.196,
            f64::NAN,
            f64::NAN,
            f64::NAN,
            49.339,
            42.592,
            76.195,
            76.384,
            72.39,
            65.554,
            71.421,
            72.889,
            75.537,
            78.782,
            72.899,
            70.198,
            71.878,
            70.259,
            f64::NAN,
            73.747,
            f64::NAN,
            f64::NAN,
            80.657,
            74.994,
            78.746,
            72.567,
            78.273,
            43.487,
            50.728,
            52.906,
            63.062,
            54.467,
            64.164,
            56.728,
            56.867,
            46.859,
            50.43,
            58.42,
            60.022,
            48.328,
            56.007,
            46.388,
            45.678,
            42.568,
            52.295,
            44.741,
            55.322,
            56.735,
            51.579,
            42.384,
            48.303,
            42.082,
            39.613,
            42.731,
            49.58,
            80.745,
            71.993,
            59.443,
            73.422,
            59.448,
            73.923,
            72.301,
            72.535,
            f64::NAN,
            f64::NAN,
            77.588,
            59.545,
            75.64,
            f64::NAN,
            59.723,
            70.616,
            f64::NAN,
            62.069,
            74.249,
            f64::NAN,
            72.96,
            66.803,
            64.698,
            64.062,
            f64::NAN,
            63.785,
            65.483,
            43.828,
            f64::NAN,
            f64::NAN,
            f64::NAN,
            70.964,
            74.143,
            f64::NAN,
            80.884,
            f64::NAN,
            f64::NAN,
            75.563,
            79.829,
            73.338,
            f64::NAN,
            72.476,
            f64::NAN,
            f64::NAN,
            f64::NAN,
            79.406,
            73.005,
            79.483,
            71.777,
            76.423,
            75.748,
            81.701,
            f64::NAN,
            79.441,
            79.762,
            78.098,
            80.941,
            78.885,
            f64::NAN,
            f64::NAN,
            80.204,
            81.235,
            72.396,
            72.961,
            78.4,
            80.546,
            78.332,
            79.425,
            81.757,
            f64::NAN,
            f64::NAN,
            71.688,
            74.241,
            f64::NAN,
            77.926,
            79.313,
            74.663,
            76.486,
            58.04,
            82.603,
            71.752,
            62.698,
            72.777,
            f64::NAN,
            f64::NAN,
            f64::NAN,
            71.164,
            71.338,
            73.952,
            52.947,
            54.791,
            f64::NAN,
            51.542,
            46.242,
            74.852,
            f64::NAN,
            74.002,
            74.543,
            f64::NAN,
            69.819,
            f64::NAN,
        ],
        note: "8 countries are not on this map; 2 rows repeat a place (their values are averaged)".into(),
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
