//! A connection map from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `connection-map.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example connection-map`; `rgg new connection-map` makes
//! it a project of its own, and `rgg source connection-map --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::geo;
use rgg_gallery::map::connection_map;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("connection-map.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    connection_map::draw(&root, &input, connection_map::Variant::Routes, &theme)?;
    root.present()?;
    println!("wrote connection-map.png");
    Ok(())
}

/// The chart's data: "US air routes".
// The numbers are a cut from routes.csv: US airline routes: unique origin/destination pairs with a
// carrier count (PyPI bokeh_sampledata 2026.1, _data/routes.csv.gz, reduced to unique pairs (US
// BTS); licence: public domain), prepared as `rgg show connection-map` prepares them, keeping the
// 237 routes flown by 4 or more carriers (of 6,022).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> connection_map::Input {
    connection_map::Input {
        title: "US air routes".into(),
        weight_title: "carriers".into(),
        basemap: geo::Basemap::new(geo::Projection::AlbersUsa, &outlines()),
        routes: vec![
            connection_map::Route {
                from: geo::Place {
                    name: "ABQ".into(),
                    lon: -106.609,
                    lat: 35.039_976,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "EWR".into(),
                    lon: -74.170_545,
                    lat: 40.6894,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "PHL".into(),
                    lon: -75.241_096,
                    lat: 39.871_899,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                to: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BDL".into(),
                    lon: -72.688_016,
                    lat: 41.938_555,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                to: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                to: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOI".into(),
                    lon: -116.223,
                    lat: 43.5644,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                to: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BUF".into(),
                    lon: -78.732_201,
                    lat: 42.940_498,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "BWI".into(),
                    lon: -76.668_297,
                    lat: 39.1754,
                },
                to: geo::Place {
                    name: "CLT".into(),
                    lon: -80.9431,
                    lat: 35.214,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CHS".into(),
                    lon: -80.038_151,
                    lat: 32.896_159,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CID".into(),
                    lon: -91.7108,
                    lat: 41.884_701,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CLE".into(),
                    lon: -81.8498,
                    lat: 41.411_701,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CLT".into(),
                    lon: -80.9431,
                    lat: 35.214,
                },
                to: geo::Place {
                    name: "BWI".into(),
                    lon: -76.668_297,
                    lat: 39.1754,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CLT".into(),
                    lon: -80.9431,
                    lat: 35.214,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CMH".into(),
                    lon: -82.891_899,
                    lat: 39.998_001,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CVG".into(),
                    lon: -84.667_801,
                    lat: 39.048_801,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "CVG".into(),
                    lon: -84.667_801,
                    lat: 39.048_801,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "DJT".into(),
                    lon: -80.095_596,
                    lat: 26.683_201,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "PVD".into(),
                    lon: -71.425_668,
                    lat: 41.725_038,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                to: geo::Place {
                    name: "STL".into(),
                    lon: -90.370_003,
                    lat: 38.748_697,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "BOI".into(),
                    lon: -116.223,
                    lat: 43.5644,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "CVG".into(),
                    lon: -84.667_801,
                    lat: 39.048_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "DSM".into(),
                    lon: -93.656_719,
                    lat: 41.534_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "DTW".into(),
                    lon: -83.353_786,
                    lat: 42.21377,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "LIT".into(),
                    lon: -92.223_591,
                    lat: 34.729_222,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "MCI".into(),
                    lon: -94.713_893,
                    lat: 39.301_699,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "MSP".into(),
                    lon: -93.221_741,
                    lat: 44.880_081,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "OKC".into(),
                    lon: -97.598_248,
                    lat: 35.393_388,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "OMA".into(),
                    lon: -95.894_096,
                    lat: 41.3032,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "PDX".into(),
                    lon: -122.598,
                    lat: 45.588_699,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "PHL".into(),
                    lon: -75.241_096,
                    lat: 39.871_899,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                to: geo::Place {
                    name: "TYS".into(),
                    lon: -83.994_003,
                    lat: 35.811_001,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "ICT".into(),
                    lon: -97.428_583,
                    lat: 37.650_314,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "OKC".into(),
                    lon: -97.598_248,
                    lat: 35.393_388,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DJT".into(),
                    lon: -80.095_596,
                    lat: 26.683_201,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DSM".into(),
                    lon: -93.656_719,
                    lat: 41.534_027,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DSM".into(),
                    lon: -93.656_719,
                    lat: 41.534_027,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DTW".into(),
                    lon: -83.353_786,
                    lat: 42.21377,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "DTW".into(),
                    lon: -83.353_786,
                    lat: 42.21377,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ELP".into(),
                    lon: -106.376,
                    lat: 31.809_908,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "EWR".into(),
                    lon: -74.170_545,
                    lat: 40.6894,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "FLL".into(),
                    lon: -80.152_702,
                    lat: 26.072_599,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "FLL".into(),
                    lon: -80.152_702,
                    lat: 26.072_599,
                },
                to: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "GRR".into(),
                    lon: -85.522_797,
                    lat: 42.880_798,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "HNL".into(),
                    lon: -157.92567,
                    lat: 21.318_387,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ICT".into(),
                    lon: -97.428_583,
                    lat: 37.650_314,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "IND".into(),
                    lon: -86.294_403,
                    lat: 39.7173,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "JAX".into(),
                    lon: -81.687_813,
                    lat: 30.492_469,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "JFK".into(),
                    lon: -73.779_317,
                    lat: 40.639_447,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "KOA".into(),
                    lon: -156.046,
                    lat: 19.738_783,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                to: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                to: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "AUS".into(),
                    lon: -97.662_015,
                    lat: 30.197_535,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "HNL".into(),
                    lon: -157.92567,
                    lat: 21.318_387,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "KOA".into(),
                    lon: -156.046,
                    lat: 19.738_783,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "LIH".into(),
                    lon: -159.337,
                    lat: 21.974_393,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "OGG".into(),
                    lon: -156.432,
                    lat: 20.896_263,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "PDX".into(),
                    lon: -122.598,
                    lat: 45.588_699,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 7.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "SJC".into(),
                    lon: -121.929,
                    lat: 37.362_452,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                to: geo::Place {
                    name: "SMF".into(),
                    lon: -121.591,
                    lat: 38.6954,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                to: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                to: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LIH".into(),
                    lon: -159.337,
                    lat: 21.974_393,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "LIT".into(),
                    lon: -92.223_591,
                    lat: 34.729_222,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCI".into(),
                    lon: -94.713_893,
                    lat: 39.301_699,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCI".into(),
                    lon: -94.713_893,
                    lat: 39.301_699,
                },
                to: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCI".into(),
                    lon: -94.713_893,
                    lat: 39.301_699,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MCO".into(),
                    lon: -81.309,
                    lat: 28.4294,
                },
                to: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MDT".into(),
                    lon: -76.762_333,
                    lat: 40.192_838,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MEM".into(),
                    lon: -89.97634,
                    lat: 35.043_845,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                to: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                to: geo::Place {
                    name: "MCI".into(),
                    lon: -94.713_893,
                    lat: 39.301_699,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                to: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MSN".into(),
                    lon: -89.337_502,
                    lat: 43.1399,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MSP".into(),
                    lon: -93.221_741,
                    lat: 44.880_081,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MSP".into(),
                    lon: -93.221_741,
                    lat: 44.880_081,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "MSY".into(),
                    lon: -90.264_673,
                    lat: 29.993_401,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "OGG".into(),
                    lon: -156.432,
                    lat: 20.896_263,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "OKC".into(),
                    lon: -97.598_248,
                    lat: 35.393_388,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "OKC".into(),
                    lon: -97.598_248,
                    lat: 35.393_388,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "OMA".into(),
                    lon: -95.894_096,
                    lat: 41.3032,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "OMA".into(),
                    lon: -95.894_096,
                    lat: 41.3032,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "ABQ".into(),
                    lon: -106.609,
                    lat: 35.039_976,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "BDL".into(),
                    lon: -72.688_016,
                    lat: 41.938_555,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "BNA".into(),
                    lon: -86.6782,
                    lat: 36.1245,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "BUF".into(),
                    lon: -78.732_201,
                    lat: 42.940_498,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "CHS".into(),
                    lon: -80.038_151,
                    lat: 32.896_159,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "CID".into(),
                    lon: -91.7108,
                    lat: 41.884_701,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "CLE".into(),
                    lon: -81.8498,
                    lat: 41.411_701,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "CLT".into(),
                    lon: -80.9431,
                    lat: 35.214,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "CMH".into(),
                    lon: -82.891_899,
                    lat: 39.998_001,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "CVG".into(),
                    lon: -84.667_801,
                    lat: 39.048_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "DFW".into(),
                    lon: -97.038_002,
                    lat: 32.896_801,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "DSM".into(),
                    lon: -93.656_719,
                    lat: 41.534_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "DTW".into(),
                    lon: -83.353_786,
                    lat: 42.21377,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "FLL".into(),
                    lon: -80.152_702,
                    lat: 26.072_599,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "GRR".into(),
                    lon: -85.522_797,
                    lat: 42.880_798,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "IAH".into(),
                    lon: -95.3414,
                    lat: 29.9844,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "IND".into(),
                    lon: -86.294_403,
                    lat: 39.7173,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "JAX".into(),
                    lon: -81.687_813,
                    lat: 30.492_469,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "LGA".into(),
                    lon: -73.872_597,
                    lat: 40.777_199,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "MCI".into(),
                    lon: -94.713_893,
                    lat: 39.301_699,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "MDT".into(),
                    lon: -76.762_333,
                    lat: 40.192_838,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "MEM".into(),
                    lon: -89.97634,
                    lat: 35.043_845,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "MSN".into(),
                    lon: -89.337_502,
                    lat: 43.1399,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "MSP".into(),
                    lon: -93.221_741,
                    lat: 44.880_081,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "MSY".into(),
                    lon: -90.264_673,
                    lat: 29.993_401,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "OMA".into(),
                    lon: -95.894_096,
                    lat: 41.3032,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "ORF".into(),
                    lon: -76.201,
                    lat: 36.895_341,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "PIT".into(),
                    lon: -80.232_903,
                    lat: 40.491_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "ROC".into(),
                    lon: -77.672_401,
                    lat: 43.1189,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "STL".into(),
                    lon: -90.370_003,
                    lat: 38.748_697,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                to: geo::Place {
                    name: "TVC".into(),
                    lon: -85.582_199,
                    lat: 44.741_402,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PDX".into(),
                    lon: -122.598,
                    lat: 45.588_699,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PDX".into(),
                    lon: -122.598,
                    lat: 45.588_699,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHL".into(),
                    lon: -75.241_096,
                    lat: 39.871_899,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHL".into(),
                    lon: -75.241_096,
                    lat: 39.871_899,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHL".into(),
                    lon: -75.241_096,
                    lat: 39.871_899,
                },
                to: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "ATL".into(),
                    lon: -84.428_101,
                    lat: 33.6367,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "ELP".into(),
                    lon: -106.376,
                    lat: 31.809_908,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "SMF".into(),
                    lon: -121.591,
                    lat: 38.6954,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                to: geo::Place {
                    name: "TUS".into(),
                    lon: -110.938,
                    lat: 32.115_004,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PIT".into(),
                    lon: -80.232_903,
                    lat: 40.491_501,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "PVD".into(),
                    lon: -71.425_668,
                    lat: 41.725_038,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                to: geo::Place {
                    name: "FLL".into(),
                    lon: -80.152_702,
                    lat: 26.072_599,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                to: geo::Place {
                    name: "MIA".into(),
                    lon: -80.289_751,
                    lat: 25.796_011,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "RDU".into(),
                    lon: -78.7873,
                    lat: 35.878_659,
                },
                to: geo::Place {
                    name: "PHL".into(),
                    lon: -75.241_096,
                    lat: 39.871_899,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "ROC".into(),
                    lon: -77.672_401,
                    lat: 43.1189,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                to: geo::Place {
                    name: "BOS".into(),
                    lon: -71.0079,
                    lat: 42.36197,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                to: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 6.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "JFK".into(),
                    lon: -73.779_317,
                    lat: 40.639_447,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "LAS".into(),
                    lon: -115.152,
                    lat: 36.083_361,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 7.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "SAN".into(),
                    lon: -117.19,
                    lat: 32.733_601,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "SEA".into(),
                    lon: -122.31,
                    lat: 47.447_943,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                to: geo::Place {
                    name: "SNA".into(),
                    lon: -117.869,
                    lat: 33.675_063,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SJC".into(),
                    lon: -121.929,
                    lat: 37.362_452,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SLC".into(),
                    lon: -111.98,
                    lat: 40.78886,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SMF".into(),
                    lon: -121.591,
                    lat: 38.6954,
                },
                to: geo::Place {
                    name: "LAX".into(),
                    lon: -118.408,
                    lat: 33.942_501,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SMF".into(),
                    lon: -121.591,
                    lat: 38.6954,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "SNA".into(),
                    lon: -117.869,
                    lat: 33.675_063,
                },
                to: geo::Place {
                    name: "SFO".into(),
                    lon: -122.375,
                    lat: 37.619_806,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "STL".into(),
                    lon: -90.370_003,
                    lat: 38.748_697,
                },
                to: geo::Place {
                    name: "DCA".into(),
                    lon: -77.037_697,
                    lat: 38.8521,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "STL".into(),
                    lon: -90.370_003,
                    lat: 38.748_697,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 5.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "TUS".into(),
                    lon: -110.938,
                    lat: 32.115_004,
                },
                to: geo::Place {
                    name: "PHX".into(),
                    lon: -112.006,
                    lat: 33.435_302,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "TVC".into(),
                    lon: -85.582_199,
                    lat: 44.741_402,
                },
                to: geo::Place {
                    name: "ORD".into(),
                    lon: -87.9048,
                    lat: 41.9786,
                },
                weight: 4.0,
            },
            connection_map::Route {
                from: geo::Place {
                    name: "TYS".into(),
                    lon: -83.994_003,
                    lat: 35.811_001,
                },
                to: geo::Place {
                    name: "DEN".into(),
                    lon: -104.674,
                    lat: 39.860_027,
                },
                weight: 4.0,
            },
        ],
        note: String::new(),
        labels: None,
    }
}

/// The map's outlines, as `geo::Region`s, from `data/us-states-outlines.txt`
/// (its header says where they come from and how they were cut): one outer
/// ring per line, tab-separated id, name and `longitude,latitude` points.
fn outlines() -> Vec<geo::Region> {
    let mut regions: Vec<geo::Region> = Vec::new();
    let rings = include_str!("data/us-states-outlines.txt")
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
