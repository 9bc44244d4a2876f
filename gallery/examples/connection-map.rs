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

/// The map's outlines, as `geo::Region`s.
fn outlines() -> Vec<geo::Region> {
    OUTLINES
        .iter()
        .map(|(id, name, rings)| geo::Region {
            id: (*id).into(),
            name: (*name).into(),
            rings: rings
                .iter()
                .map(|ring| ring.chunks_exact(2).map(|p| (p[0], p[1])).collect())
                .collect(),
        })
        .collect()
}

/// Each region's id, name and outer rings (longitude, latitude, longitude, ...).
// The outlines are us-states-10m.geojson: US state outlines (US Census, lon/lat); id = FIPS code
// (npm us-atlas 3.0.1, states-10m.json, decoded to GeoJSON, rounded to 0.01 degree; licence: US
// Census public domain; us-atlas ISC), simplified for this example (Douglas-Peucker, tolerance
// 0.04 degree; rings that vanish are dropped) and rounded to 0.01 degree: 4741 points.
#[rustfmt::skip]
#[allow(clippy::approx_constant)] // coordinates, not pi or e
const OUTLINES: &[(&str, &str, &[&[f64]])] = &[
    ("01", "Alabama", &[
        &[
            -88.2, 35.0, -85.61, 34.98, -85.19, 32.87, -84.96, 32.42, -85.0, 32.32, -84.89, 32.26, -85.06, 32.14,
            -85.05, 32.01, -85.14, 31.84, -85.05, 31.52, -85.11, 31.19, -85.0, 31.0, -87.6, 31.0, -87.63, 30.85,
            -87.39, 30.62, -87.45, 30.53, -87.37, 30.44, -87.47, 30.3, -88.0, 30.23, -87.76, 30.29, -87.91, 30.41,
            -87.91, 30.62, -88.01, 30.68, -88.14, 30.32, -88.4, 30.37, -88.47, 31.89, -88.1, 34.89, -88.2, 35.0,
        ],
    ]),
    ("02", "Alaska", &[
        &[
            -150.77, 59.33, -150.62, 59.4, -150.72, 59.29, -150.77, 59.33,
        ],
        &[
            -151.53, 59.15, -151.43, 59.14, -151.45, 59.1, -151.53, 59.15,
        ],
        &[
            -151.89, 58.22, -151.79, 58.25, -151.82, 58.18, -151.89, 58.22,
        ],
        &[
            -152.08, 60.35, -151.95, 60.51, -151.84, 60.49, -151.95, 60.37, -152.08, 60.35,
        ],
        &[
            -152.64, 60.17, -152.58, 60.17, -152.56, 60.09, -152.64, 60.17,
        ],
        &[
            -153.42, 58.06, -153.26, 58.15, -153.17, 58.09, -153.23, 58.16, -153.2, 58.21, -153.0, 58.21,
            -153.1, 58.26, -153.05, 58.31, -152.89, 58.28, -152.94, 58.33, -152.77, 58.37, -152.88, 58.4,
            -152.61, 58.48, -152.67, 58.56, -152.57, 58.62, -152.33, 58.63, -152.51, 58.43, -152.49, 58.35,
            -152.36, 58.36, -152.36, 58.42, -152.2, 58.35, -152.13, 58.4, -152.12, 58.25, -151.96, 58.33,
            -151.97, 58.23, -152.08, 58.15, -152.2, 58.17, -152.23, 58.24, -152.31, 58.22, -152.26, 58.14,
            -152.54, 58.08, -152.6, 58.18, -152.63, 58.08, -152.76, 58.01, -152.98, 57.98, -153.42, 58.06,
        ],
        &[
            -153.56, 59.39, -153.35, 59.38, -153.52, 59.32, -153.56, 59.39,
        ],
        &[
            -154.36, 56.54, -154.09, 56.62, -154.01, 56.55, -153.88, 56.57, -153.95, 56.51, -154.23, 56.49,
            -154.36, 56.54,
        ],
        &[
            -154.78, 57.37, -154.52, 57.58, -154.23, 57.66, -153.98, 57.65, -153.98, 57.55, -153.89, 57.5,
            -153.81, 57.59, -153.86, 57.65, -153.67, 57.64, -153.93, 57.7, -153.94, 57.81, -153.65, 57.88,
            -153.57, 57.83, -153.55, 57.72, -153.49, 57.73, -153.48, 57.84, -153.33, 57.85, -153.54, 57.93,
            -153.51, 57.97, -153.09, 57.87, -153.3, 58.0, -152.88, 57.93, -152.72, 57.99, -152.89, 57.84,
            -152.92, 57.77, -152.85, 57.74, -152.79, 57.86, -152.73, 57.82, -152.64, 57.92, -152.41, 57.97,
            -152.43, 57.93, -152.32, 57.92, -152.47, 57.89, -152.42, 57.82, -152.21, 57.79, -152.44, 57.78,
            -152.5, 57.73, -152.44, 57.73, -152.47, 57.68, -152.37, 57.67, -152.47, 57.6, -152.34, 57.65,
            -152.15, 57.62, -152.34, 57.42, -152.88, 57.51, -152.91, 57.47, -152.6, 57.38, -152.63, 57.32,
            -152.82, 57.27, -153.06, 57.33, -153.12, 57.3, -152.94, 57.26, -153.21, 57.2, -152.87, 57.15,
            -153.21, 57.08, -153.2, 57.03, -153.3, 56.99, -153.4, 57.08, -153.31, 57.19, -153.5, 57.07,
            -153.66, 57.08, -153.54, 57.0, -153.97, 56.75, -154.15, 56.75, -154.07, 56.85, -153.85, 56.94,
            -153.98, 56.95, -153.89, 57.09, -153.78, 57.13, -153.81, 57.16, -154.3, 56.85, -154.31, 56.92,
            -154.52, 56.99, -154.53, 57.17, -154.61, 57.27, -154.79, 57.29, -154.74, 57.31, -154.78, 57.37,
        ],
        &[
            -154.8, 56.43, -154.52, 56.6, -154.39, 56.55, -154.74, 56.4, -154.8, 56.43,
        ],
        &[
            -155.75, 55.83, -155.56, 55.89, -155.59, 55.76, -155.72, 55.77, -155.75, 55.83,
        ],
        &[
            -156.75, 56.04, -156.68, 56.1, -156.64, 56.05, -156.68, 55.99, -156.75, 56.04,
        ],
        &[
            -156.8, 56.2, -156.77, 56.23, -156.76, 56.16, -156.8, 56.2,
        ],
        &[
            -157.32, 56.54, -157.08, 56.58, -156.99, 56.53, -157.32, 56.54,
        ],
        &[
            -158.9, 55.83, -158.8, 55.89, -158.7, 55.84, -158.9, 55.83,
        ],
        &[
            -159.14, 55.88, -159.09, 55.83, -159.18, 55.84, -159.14, 55.88,
        ],
        &[
            -159.32, 54.9, -159.21, 54.93, -159.31, 54.86, -159.32, 54.9,
        ],
        &[
            -159.38, 55.75, -159.32, 55.82, -159.28, 55.76, -159.38, 55.75,
        ],
        &[
            -159.46, 54.95, -159.42, 55.02, -159.46, 55.06, -159.35, 55.06, -159.33, 54.97, -159.46, 54.95,
        ],
        &[
            -159.6, 54.81, -159.51, 54.76, -159.6, 54.76, -159.6, 54.81,
        ],
        &[
            -159.66, 55.19, -159.6, 55.17, -159.52, 55.25, -159.49, 55.06, -159.65, 55.05, -159.66, 55.19,
        ],
        &[
            -159.85, 55.06, -159.71, 55.09, -159.83, 55.01, -159.85, 55.06,
        ],
        &[
            -160.25, 54.93, -160.08, 55.04, -160.17, 55.05, -160.19, 55.12, -160.01, 55.12, -160.06, 55.2,
            -159.96, 55.19, -159.85, 55.27, -159.91, 55.16, -159.82, 55.18, -159.87, 55.09, -159.95, 55.11,
            -160.23, 54.86, -160.25, 54.93,
        ],
        &[
            -160.32, 58.69, -160.3, 58.73, -160.25, 58.66, -160.32, 58.69,
        ],
        &[
            -160.35, 55.43, -160.14, 55.45, -160.14, 55.38, -160.35, 55.43,
        ],
        &[
            -160.86, 55.32, -160.71, 55.4, -160.65, 55.34, -160.57, 55.39, -160.33, 55.36, -160.31, 55.3,
            -160.34, 55.25, -160.57, 55.33, -160.49, 55.18, -160.53, 55.13, -160.69, 55.21, -160.82, 55.12,
            -160.86, 55.32,
        ],
        &[
            -161.08, 58.59, -161.06, 58.7, -160.68, 58.82, -160.88, 58.58, -161.08, 58.59,
        ],
        &[
            -161.43, 55.22, -161.33, 55.22, -161.34, 55.16, -161.43, 55.22,
        ],
        &[
            -161.9, 55.12, -161.83, 55.18, -161.55, 55.07, -161.66, 55.1, -161.74, 55.05, -161.9, 55.12,
        ],
        &[
            -162.44, 54.93, -162.33, 54.99, -162.23, 54.96, -162.23, 54.89, -162.32, 54.83, -162.44, 54.93,
        ],
        &[
            -162.68, 63.58, -162.54, 63.64, -162.34, 63.59, -162.62, 63.54, -162.68, 63.58,
        ],
        &[
            -162.83, 54.45, -162.36, 54.39, -162.47, 54.34, -162.78, 54.38, -162.86, 54.42, -162.83, 54.45,
        ],
        &[
            -165.22, 54.1, -164.92, 54.12, -165.05, 54.07, -165.22, 54.1,
        ],
        &[
            -165.68, 54.25, -165.52, 54.3, -165.48, 54.28, -165.56, 54.25, -165.4, 54.18, -165.55, 54.11,
            -165.63, 54.13, -165.64, 54.2, -165.58, 54.23, -165.68, 54.25,
        ],
        &[
            -166.1, 54.14, -165.87, 54.22, -165.67, 54.1, -166.05, 54.04, -166.1, 54.14,
        ],
        &[
            -167.44, 60.21, -166.84, 60.21, -166.84, 60.27, -166.71, 60.33, -166.58, 60.32, -166.49, 60.39,
            -166.37, 60.35, -166.15, 60.44, -166.08, 60.32, -165.68, 60.29, -165.72, 60.16, -165.66, 60.1,
            -165.71, 60.07, -165.63, 59.97, -165.55, 59.98, -165.58, 59.91, -166.02, 59.86, -166.13, 59.81,
            -166.1, 59.76, -166.19, 59.75, -167.33, 60.07, -167.44, 60.21,
        ],
        &[
            -167.85, 53.32, -167.2, 53.46, -167.19, 53.52, -167.1, 53.52, -167.16, 53.61, -167.01, 53.64,
            -167.06, 53.7, -166.89, 53.72, -166.81, 53.67, -166.79, 53.73, -167.14, 53.83, -167.03, 53.95,
            -166.65, 54.01, -166.59, 53.96, -166.65, 53.92, -166.56, 53.88, -166.43, 53.92, -166.37, 54.01,
            -166.28, 53.98, -166.21, 53.93, -166.24, 53.88, -166.54, 53.72, -166.09, 53.84, -166.17, 53.73,
            -166.55, 53.62, -166.51, 53.58, -166.64, 53.55, -166.66, 53.48, -166.74, 53.51, -166.75, 53.44,
            -167.04, 53.45, -167.62, 53.25, -167.85, 53.32,
        ],
        &[
            -168.13, 65.66, -165.81, 66.33, -164.4, 66.58, -163.61, 66.56, -163.75, 66.55, -163.76, 66.46,
            -163.87, 66.39, -163.83, 66.28, -164.09, 66.18, -163.92, 66.19, -163.77, 66.06, -162.75, 66.09,
            -162.39, 66.03, -162.14, 66.08, -161.84, 66.02, -161.48, 66.26, -160.99, 66.23, -161.11, 66.33,
            -161.52, 66.4, -161.91, 66.34, -161.88, 66.51, -162.18, 66.69, -162.48, 66.73, -162.63, 66.86,
            -162.47, 66.95, -162.32, 66.94, -162.01, 66.78, -162.07, 66.65, -161.57, 66.44, -161.43, 66.45,
            -161.29, 66.52, -161.46, 66.52, -161.88, 66.72, -161.67, 66.96, -161.48, 66.96, -161.81, 67.05,
            -162.5, 66.98, -163.67, 67.1, -163.75, 67.13, -163.82, 67.35, -164.08, 67.59, -165.31, 68.02,
            -165.87, 68.11, -166.4, 68.31, -166.84, 68.34, -166.3, 68.46, -166.19, 68.78, -166.22, 68.88,
            -165.57, 68.85, -164.25, 68.93, -163.53, 69.14, -163.17, 69.39, -163.15, 69.61, -163.01, 69.81,
            -162.34, 70.19, -161.88, 70.33, -161.04, 70.33, -160.48, 70.47, -159.65, 70.79, -159.17, 70.87,
            -158.95, 70.8, -158.03, 70.83, -157.5, 70.95, -156.57, 71.35, -156.52, 71.29, -156.08, 71.24,
            -156.02, 71.17, -155.57, 71.17, -155.51, 71.08, -155.98, 70.96, -155.94, 70.84, -155.64, 70.82,
            -155.34, 71.0, -155.19, 70.97, -155.18, 71.03, -155.27, 71.06, -155.15, 71.11, -155.07, 71.07,
            -155.03, 71.15, -154.61, 71.03, -154.57, 70.83, -154.17, 70.77, -153.89, 70.89, -153.24, 70.92,
            -152.22, 70.82, -152.47, 70.69, -152.42, 70.61, -151.7, 70.55, -151.95, 70.45, -151.88, 70.43,
            -151.56, 70.44, -151.25, 70.37, -150.66, 70.48, -150.36, 70.41, -149.46, 70.52, -148.96, 70.42,
            -148.61, 70.42, -148.35, 70.3, -148.11, 70.34, -147.68, 70.2, -145.86, 70.17, -144.95, 69.96,
            -143.89, 70.12, -143.25, 70.15, -141.43, 69.7, -141.0, 69.65, -141.0, 60.31, -140.53, 60.22,
            -140.47, 60.31, -139.99, 60.19, -139.7, 60.34, -139.09, 60.36, -139.2, 60.09, -138.7, 59.91,
            -138.56, 59.74, -137.6, 59.24, -137.5, 58.99, -137.53, 58.91, -136.83, 59.16, -136.58, 59.17,
            -136.47, 59.28, -136.47, 59.46, -136.3, 59.46, -136.23, 59.53, -136.35, 59.6, -135.48, 59.8,
            -135.25, 59.7, -135.03, 59.56, -135.07, 59.42, -134.96, 59.28, -134.7, 59.25, -134.68, 59.19,
            -134.48, 59.13, -134.25, 58.86, -133.84, 58.73, -133.38, 58.43, -133.46, 58.39, -132.25, 57.22,
            -132.37, 57.1, -132.05, 57.05, -132.13, 56.87, -131.87, 56.81, -131.84, 56.6, -131.58, 56.61,
            -131.09, 56.41, -130.78, 56.37, -130.47, 56.24, -130.43, 56.14, -130.1, 56.12, -130.0, 55.99,
            -130.15, 55.72, -129.98, 55.28, -130.34, 54.92, -130.7, 54.72, -130.74, 54.8, -130.84, 54.77,
            -130.95, 54.83, -130.98, 55.08, -131.09, 55.19, -130.87, 55.29, -130.9, 55.7, -131.22, 55.98,
            -130.96, 55.69, -130.93, 55.58, -130.99, 55.54, -130.93, 55.34, -131.03, 55.41, -131.03, 55.28,
            -131.16, 55.2, -131.3, 55.23, -131.2, 55.39, -131.29, 55.38, -131.28, 55.29, -131.43, 55.24,
            -131.51, 55.33, -131.55, 55.29, -131.84, 55.46, -131.84, 55.52, -131.65, 55.59, -131.73, 55.63,
            -131.73, 55.73, -131.64, 55.79, -131.7, 55.79, -131.69, 55.89, -131.84, 55.88, -131.78, 55.79,
            -131.9, 55.6, -131.96, 55.62, -131.97, 55.5, -132.15, 55.56, -132.28, 55.76, -132.21, 55.74,
            -132.08, 55.83, -132.07, 56.05, -131.94, 56.19, -132.18, 56.06, -132.16, 55.92, -132.37, 55.85,
            -132.49, 56.07, -132.61, 56.01, -132.71, 56.11, -132.72, 56.22, -132.6, 56.24, -132.53, 56.34,
            -132.42, 56.35, -132.36, 56.29, -132.39, 56.49, -132.25, 56.45, -132.2, 56.37, -132.21, 56.46,
            -132.57, 56.63, -132.56, 56.76, -132.77, 56.84, -132.92, 56.99, -132.81, 57.03, -132.85, 57.08,
            -132.99, 57.03, -133.23, 57.14, -133.32, 57.11, -133.52, 57.18, -133.55, 57.24, -133.49, 57.31,
            -133.28, 57.33, -133.47, 57.36, -133.53, 57.5, -133.48, 57.57, -133.68, 57.62, -133.65, 57.71,
            -133.16, 57.6, -133.56, 57.78, -133.57, 57.86, -133.71, 57.79, -134.05, 58.06, -134.09, 58.18,
            -134.06, 58.28, -133.97, 58.32, -134.01, 58.4, -134.14, 58.3, -134.1, 58.25, -134.15, 58.2,
            -134.63, 58.25, -134.99, 58.68, -134.92, 58.68, -134.96, 58.83, -135.02, 58.73, -135.15, 58.85,
            -135.21, 59.08, -135.4, 59.29, -135.54, 59.31, -135.44, 59.28, -135.3, 59.1, -135.63, 59.27,
            -135.38, 59.09, -135.37, 58.93, -135.14, 58.62, -135.19, 58.6, -135.06, 58.35, -135.06, 58.19,
            -135.28, 58.23, -135.43, 58.4, -135.91, 58.38, -135.9, 58.45, -136.0, 58.48, -135.89, 58.51,
            -135.91, 58.62, -136.09, 58.82, -136.05, 58.91, -136.16, 58.98, -136.11, 58.86, -136.15, 58.76,
            -136.25, 58.75, -136.49, 58.84, -136.55, 58.97, -136.63, 58.89, -136.92, 58.95, -136.93, 58.9,
            -136.46, 58.78, -136.36, 58.69, -136.46, 58.61, -136.22, 58.67, -136.04, 58.38, -136.27, 58.31,
            -136.34, 58.38, -136.39, 58.3, -136.55, 58.32, -136.6, 58.21, -136.7, 58.22, -136.73, 58.29,
            -136.95, 58.39, -137.11, 58.39, -137.68, 58.62, -137.93, 58.78, -137.93, 58.87, -138.18, 59.01,
            -139.86, 59.54, -139.73, 59.64, -139.59, 59.61, -139.51, 59.7, -139.59, 59.71, -139.63, 59.87,
            -139.49, 59.99, -139.54, 60.04, -139.78, 59.83, -140.31, 59.69, -140.89, 59.74, -141.42, 59.88,
            -141.48, 59.93, -141.3, 59.94, -141.26, 60.0, -141.37, 60.15, -141.55, 60.17, -141.37, 60.02,
            -141.6, 59.96, -142.91, 60.09, -144.19, 60.0, -144.59, 59.8, -144.22, 60.04, -144.05, 60.04,
            -144.31, 60.16, -144.35, 60.09, -144.54, 60.19, -144.91, 60.22, -144.74, 60.26, -144.96, 60.29,
            -144.83, 60.44, -144.89, 60.46, -145.04, 60.41, -145.11, 60.3, -145.25, 60.31, -145.59, 60.45,
            -145.96, 60.47, -145.76, 60.59, -146.35, 60.45, -146.13, 60.43, -146.09, 60.37, -146.65, 60.24,
            -146.69, 60.28, -146.52, 60.35, -146.72, 60.35, -146.64, 60.47, -145.8, 60.59, -145.9, 60.61,
            -145.9, 60.67, -146.0, 60.62, -145.91, 60.71, -146.26, 60.62, -146.04, 60.74, -146.06, 60.78,
            -146.67, 60.69, -146.7, 60.74, -146.17, 60.87, -146.4, 60.81, -146.66, 60.87, -146.8, 60.81,
            -146.81, 60.86, -146.7, 60.87, -146.75, 60.96, -146.61, 61.09, -146.29, 61.12, -146.61, 61.12,
            -146.97, 60.93, -147.06, 60.95, -146.98, 60.98, -147.06, 61.12, -147.0, 61.14, -147.08, 61.15,
            -147.13, 61.13, -147.13, 60.95, -147.27, 60.97, -147.38, 60.88, -147.49, 60.96, -147.55, 60.91,
            -147.5, 61.07, -147.56, 61.08, -147.62, 60.97, -147.6, 60.85, -147.76, 60.91, -147.79, 60.87,
            -147.73, 60.82, -148.14, 60.79, -147.74, 61.27, -148.07, 61.0, -148.17, 61.07, -148.29, 60.86,
            -148.45, 60.79, -148.37, 60.77, -148.35, 60.68, -148.28, 60.75, -148.11, 60.74, -148.09, 60.66,
            -148.25, 60.6, -148.33, 60.48, -148.09, 60.6, -147.94, 60.44, -148.02, 60.28, -148.22, 60.33,
            -148.31, 60.25, -148.13, 60.24, -147.91, 60.13, -147.82, 60.06, -147.87, 59.99, -148.25, 59.93,
            -148.22, 59.98, -148.32, 60.03, -148.28, 60.09, -148.34, 60.14, -148.44, 59.94, -148.51, 60.0,
            -148.63, 59.92, -149.09, 59.96, -149.07, 60.06, -149.38, 59.84, -149.31, 59.97, -149.37, 60.12,
            -149.42, 60.12, -149.39, 59.98, -149.61, 59.84, -149.51, 59.77, -149.53, 59.71, -149.63, 59.73,
            -149.64, 59.88, -149.74, 59.95, -149.75, 59.64, -149.85, 59.74, -150.03, 59.79, -149.93, 59.67,
            -150.3, 59.46, -150.39, 59.34, -150.44, 59.4, -150.32, 59.61, -150.48, 59.46, -150.56, 59.59,
            -150.64, 59.55, -150.6, 59.43, -150.74, 59.43, -150.94, 59.23, -151.06, 59.3, -151.11, 59.22,
            -151.31, 59.21, -151.41, 59.28, -151.59, 59.16, -151.74, 59.16, -151.76, 59.22, -151.98, 59.25,
            -151.89, 59.42, -151.17, 59.59, -151.2, 59.65, -150.98, 59.78, -151.5, 59.63, -151.8, 59.7,
            -151.87, 59.78, -151.7, 60.03, -151.42, 60.21, -151.38, 60.36, -151.3, 60.39, -151.27, 60.54,
            -151.41, 60.72, -150.38, 61.04, -150.19, 60.9, -150.0, 60.86, -149.77, 60.97, -149.0, 60.83,
            -149.09, 60.91, -149.6, 60.98, -150.07, 61.16, -149.7, 61.38, -149.43, 61.45, -149.61, 61.49,
            -149.88, 61.38, -149.98, 61.24, -150.47, 61.24, -150.66, 61.3, -151.03, 61.18, -151.17, 61.05,
            -151.48, 61.01, -151.79, 60.86, -151.71, 60.71, -151.92, 60.72, -152.31, 60.51, -152.33, 60.44,
            -152.23, 60.39, -152.56, 60.22, -152.75, 60.23, -152.57, 60.07, -152.71, 59.92, -153.28, 59.81,
            -153.02, 59.83, -153.05, 59.69, -153.21, 59.63, -153.32, 59.67, -153.34, 59.62, -153.41, 59.64,
            -153.38, 59.73, -153.46, 59.79, -153.44, 59.69, -153.59, 59.65, -153.58, 59.55, -153.76, 59.54,
            -153.73, 59.44, -154.12, 59.37, -154.03, 59.33, -154.26, 59.14, -154.17, 59.12, -154.16, 59.02,
            -153.7, 59.07, -153.25, 58.86, -153.59, 58.64, -153.9, 58.6, -153.96, 58.49, -154.06, 58.49,
            -154.0, 58.38, -154.17, 58.36, -154.1, 58.28, -154.21, 58.14, -154.34, 58.09, -154.44, 58.15,
            -154.46, 58.06, -154.58, 58.02, -154.72, 58.06, -154.81, 58.0, -154.99, 58.01, -155.12, 57.95,
            -155.06, 57.91, -155.1, 57.87, -155.34, 57.83, -155.31, 57.72, -155.62, 57.77, -155.63, 57.66,
            -155.72, 57.63, -155.73, 57.55, -156.04, 57.56, -156.02, 57.44, -156.21, 57.47, -156.53, 57.33,
            -156.51, 57.28, -156.34, 57.34, -156.32, 57.29, -156.4, 57.24, -156.33, 57.18, -156.56, 56.98,
            -156.78, 56.97, -156.84, 56.9, -156.91, 56.97, -157.2, 56.77, -157.46, 56.85, -157.41, 56.77,
            -157.56, 56.7, -157.46, 56.63, -157.68, 56.61, -157.74, 56.68, -158.04, 56.6, -158.07, 56.55,
            -157.84, 56.56, -157.87, 56.47, -158.11, 56.52, -158.13, 56.46, -158.4, 56.46, -158.49, 56.34,
            -158.21, 56.29, -158.33, 56.21, -158.12, 56.23, -158.4, 56.11, -158.39, 56.06, -158.48, 56.09,
            -158.44, 55.99, -158.6, 56.05, -158.6, 56.13, -158.67, 56.08, -158.65, 55.96, -158.85, 56.0,
            -158.91, 55.94, -159.37, 55.87, -159.41, 55.79, -159.47, 55.83, -159.45, 55.9, -159.54, 55.88,
            -159.53, 55.67, -159.73, 55.57, -159.64, 55.62, -159.67, 55.75, -159.61, 55.81, -159.81, 55.86,
            -159.89, 55.78, -160.03, 55.79, -160.19, 55.66, -160.41, 55.67, -160.39, 55.6, -160.54, 55.47,
            -160.62, 55.58, -160.77, 55.53, -160.66, 55.52, -160.67, 55.46, -160.84, 55.47, -160.87, 55.53,
            -161.23, 55.36, -161.51, 55.36, -161.36, 55.62, -161.61, 55.61, -161.7, 55.52, -161.69, 55.41,
            -161.9, 55.2, -162.05, 55.23, -161.96, 55.11, -162.05, 55.07, -162.18, 55.15, -162.25, 55.02,
            -162.47, 55.05, -162.52, 55.12, -162.41, 55.12, -162.59, 55.3, -162.72, 55.22, -162.58, 55.14,
            -162.62, 55.1, -162.57, 54.97, -162.65, 55.0, -162.83, 54.93, -162.97, 55.0, -163.0, 55.08,
            -163.19, 55.09, -163.23, 55.04, -163.03, 54.94, -163.37, 54.8, -163.31, 54.75, -163.19, 54.78,
            -163.06, 54.66, -163.34, 54.75, -163.59, 54.61, -164.09, 54.62, -164.23, 54.59, -164.46, 54.42,
            -164.74, 54.39, -164.88, 54.44, -164.95, 54.58, -164.71, 54.66, -164.49, 54.92, -164.35, 54.89,
            -163.77, 55.06, -163.53, 55.05, -163.42, 54.86, -163.32, 54.88, -163.34, 54.96, -163.23, 54.93,
            -163.29, 54.97, -163.31, 55.13, -162.88, 55.18, -162.84, 55.24, -162.89, 55.27, -162.64, 55.39,
            -162.5, 55.39, -162.52, 55.46, -162.59, 55.45, -162.26, 55.69, -161.81, 55.89, -160.83, 56.03,
            -160.79, 56.02, -160.86, 56.0, -160.83, 55.91, -160.93, 55.9, -160.94, 55.82, -160.81, 55.74,
            -160.66, 55.74, -160.76, 55.79, -160.79, 55.89, -160.27, 55.78, -160.32, 55.82, -160.22, 55.83,
            -160.59, 55.98, -160.36, 56.28, -159.83, 56.54, -158.96, 56.85, -158.85, 56.79, -158.67, 56.8,
            -158.7, 56.93, -158.65, 57.03, -158.39, 57.24, -157.79, 57.54, -157.68, 57.56, -157.59, 57.49,
            -157.61, 57.61, -157.71, 57.64, -157.58, 58.12, -157.35, 58.22, -157.55, 58.28, -157.53, 58.41,
            -157.08, 58.71, -156.93, 58.97, -157.55, 58.75, -158.23, 58.62, -158.42, 58.77, -158.57, 58.8,
            -158.53, 59.0, -158.77, 58.86, -158.77, 58.76, -158.86, 58.7, -158.7, 58.48, -158.9, 58.39,
            -159.05, 58.42, -159.45, 58.8, -159.64, 58.84, -159.59, 58.9, -159.64, 58.94, -159.91, 58.78,
            -159.98, 58.87, -160.32, 58.95, -160.26, 58.99, -160.32, 59.07, -160.75, 58.91, -160.82, 58.83,
            -160.87, 58.88, -161.0, 58.85, -161.75, 58.55, -161.87, 58.64, -162.17, 58.65, -161.88, 58.67,
            -161.77, 58.78, -161.82, 59.05, -162.06, 59.27, -161.7, 59.49, -162.37, 60.17, -162.49, 60.14,
            -162.48, 60.05, -162.55, 59.98, -162.71, 59.99, -163.35, 59.82, -163.93, 59.8, -164.16, 59.86,
            -164.21, 59.95, -164.13, 59.96, -164.19, 60.02, -164.7, 60.3, -164.85, 60.3, -165.13, 60.43,
            -164.97, 60.54, -165.36, 60.51, -165.42, 60.55, -165.38, 60.58, -164.97, 60.72, -165.04, 60.79,
            -164.92, 60.81, -165.02, 60.82, -164.91, 60.94, -165.03, 60.9, -165.2, 60.97, -164.95, 61.07,
            -165.12, 61.08, -165.29, 61.18, -165.37, 61.08, -165.59, 61.11, -165.62, 61.28, -165.82, 61.3,
            -165.92, 61.42, -165.74, 61.49, -165.91, 61.56, -166.15, 61.51, -166.13, 61.72, -166.14, 61.63,
            -165.81, 61.67, -166.01, 61.73, -166.09, 61.82, -165.64, 61.85, -165.74, 61.96, -165.75, 62.07,
            -165.1, 62.52, -165.01, 62.64, -164.84, 62.69, -164.88, 62.78, -164.78, 62.95, -164.42, 63.21,
            -164.04, 63.26, -163.73, 63.21, -163.31, 63.04, -163.05, 63.06, -162.82, 63.21, -162.66, 63.23,
            -162.27, 63.49, -162.3, 63.54, -162.07, 63.51, -162.03, 63.45, -161.14, 63.5, -160.77, 63.77,
            -160.77, 63.83, -160.95, 64.09, -160.97, 64.24, -161.26, 64.4, -161.51, 64.42, -161.47, 64.51,
            -161.37, 64.54, -161.01, 64.5, -161.05, 64.54, -160.79, 64.62, -160.78, 64.72, -161.19, 64.92,
            -161.37, 64.78, -161.67, 64.79, -162.17, 64.68, -162.54, 64.53, -162.63, 64.39, -162.79, 64.33,
            -162.86, 64.5, -163.17, 64.64, -163.31, 64.59, -163.03, 64.52, -163.17, 64.4, -163.6, 64.56,
            -164.42, 64.55, -165.02, 64.43, -166.24, 64.58, -166.48, 64.73, -166.43, 64.88, -166.9, 65.14,
            -166.64, 65.11, -166.35, 65.28, -167.4, 65.4, -168.07, 65.58, -168.13, 65.66,
        ],
        &[
            -169.05, 52.86, -168.86, 52.97, -168.76, 53.18, -168.6, 53.27, -168.34, 53.26, -168.42, 53.32,
            -168.34, 53.48, -168.01, 53.57, -167.79, 53.52, -167.84, 53.39, -168.27, 53.24, -168.5, 53.04,
            -168.76, 52.91, -169.05, 52.86,
        ],
        &[
            -169.79, 56.62, -169.47, 56.6, -169.65, 56.54, -169.79, 56.62,
        ],
        &[
            -170.01, 52.85, -169.67, 52.86, -169.73, 52.77, -169.99, 52.8, -170.01, 52.85,
        ],
        &[
            -170.18, 52.72, -170.17, 52.78, -170.05, 52.77, -170.18, 52.72,
        ],
        &[
            -170.42, 57.17, -170.16, 57.23, -170.29, 57.13, -170.42, 57.17,
        ],
        &[
            -170.83, 52.6, -170.67, 52.7, -170.56, 52.67, -170.6, 52.6, -170.79, 52.54, -170.83, 52.6,
        ],
        &[
            -171.31, 52.49, -171.19, 52.5, -171.24, 52.45, -171.31, 52.49,
        ],
        &[
            -171.84, 63.55, -171.74, 63.65, -171.74, 63.78, -171.67, 63.79, -171.61, 63.68, -170.91, 63.57,
            -170.49, 63.7, -170.1, 63.61, -170.05, 63.49, -169.55, 63.37, -168.68, 63.3, -168.86, 63.15,
            -169.38, 63.15, -169.64, 62.94, -169.75, 62.96, -169.94, 63.13, -170.26, 63.18, -170.36, 63.29,
            -170.56, 63.35, -171.1, 63.42, -171.46, 63.31, -171.74, 63.37, -171.83, 63.44, -171.84, 63.55,
        ],
        &[
            -172.62, 52.3, -172.45, 52.39, -172.31, 52.36, -172.53, 52.25, -172.62, 52.3,
        ],
        &[
            -173.06, 60.5, -172.95, 60.61, -172.77, 60.45, -172.22, 60.31, -172.6, 60.32, -173.06, 60.5,
        ],
        &[
            -173.09, 60.7, -173.05, 60.62, -173.12, 60.66, -173.09, 60.7,
        ],
        &[
            -174.05, 52.13, -172.96, 52.09, -173.83, 52.04, -174.05, 52.13,
        ],
        &[
            -175.33, 52.03, -175.09, 52.03, -174.9, 52.12, -174.74, 52.1, -174.41, 52.18, -174.45, 52.22,
            -174.3, 52.21, -174.26, 52.27, -174.45, 52.31, -174.19, 52.42, -173.99, 52.33, -174.06, 52.23,
            -174.2, 52.2, -174.09, 52.11, -174.35, 52.11, -174.42, 52.03, -175.33, 52.03,
        ],
        &[
            -175.95, 51.98, -175.81, 51.99, -175.76, 51.92, -175.95, 51.98,
        ],
        &[
            -176.2, 52.08, -176.06, 52.11, -175.97, 52.04, -176.05, 52.01, -175.99, 51.96, -176.17, 51.95,
            -176.2, 52.08,
        ],
        &[
            -176.24, 51.83, -175.96, 51.89, -176.05, 51.85, -176.0, 51.8, -176.1, 51.83, -176.16, 51.77,
            -176.24, 51.83,
        ],
        &[
            -176.99, 51.63, -176.87, 51.73, -176.9, 51.81, -176.79, 51.82, -176.77, 51.97, -176.59, 52.0,
            -176.55, 51.93, -176.62, 51.86, -176.29, 51.87, -176.27, 51.82, -176.29, 51.74, -176.47, 51.75,
            -176.63, 51.66, -176.71, 51.68, -176.71, 51.62, -176.8, 51.61, -176.86, 51.69, -176.93, 51.59,
            -176.99, 51.63,
        ],
        &[
            -177.7, 51.71, -177.28, 51.78, -177.21, 51.82, -177.2, 51.93, -177.04, 51.9, -177.14, 51.81,
            -177.14, 51.71, -177.39, 51.73, -177.64, 51.66, -177.7, 51.71,
        ],
        &[
            -178.22, 51.88, -177.95, 51.92, -177.85, 51.83, -177.61, 51.86, -177.8, 51.79, -177.93, 51.6,
            -178.12, 51.68, -177.96, 51.72, -177.97, 51.78, -178.22, 51.88,
        ],
        &[
            -178.87, 51.8, -178.82, 51.84, -178.75, 51.76, -178.87, 51.8,
        ],
        &[
            -178.99, 51.38, -178.91, 51.34, -178.99, 51.31, -178.99, 51.38,
        ],
        &[
            -179.14, 51.29, -179.07, 51.25, -179.14, 51.23, -179.14, 51.29,
        ],
        &[
            179.48, 51.98, 179.66, 52.02, 179.77, 51.97, 179.61, 51.87, 179.48, 51.92, 179.48, 51.98,
        ],
        &[
            178.63, 51.64, 178.81, 51.64, 179.23, 51.41, 179.46, 51.38, 179.26, 51.36, 178.63, 51.64,
        ],
        &[
            178.45, 51.98, 178.59, 51.95, 178.5, 51.9, 178.45, 51.98,
        ],
        &[
            177.2, 51.9, 177.48, 51.99, 177.6, 52.14, 177.68, 52.09, 177.53, 51.97, 177.61, 51.92, 177.41, 51.93,
            177.33, 51.84, 177.2, 51.9,
        ],
        &[
            173.36, 52.41, 173.77, 52.51, 173.69, 52.45, 173.73, 52.36, 173.36, 52.41,
        ],
        &[
            172.46, 52.93, 172.63, 53.0, 173.11, 52.99, 173.43, 52.83, 173.23, 52.86, 173.13, 52.78, 172.9, 52.76,
            172.64, 52.93, 172.46, 52.93,
        ],
        &[
            -131.24, 55.09, -131.17, 55.09, -131.19, 55.04, -131.24, 55.09,
        ],
        &[
            -131.49, 54.95, -131.27, 55.0, -131.19, 54.92, -131.35, 54.86, -131.49, 54.95,
        ],
        &[
            -131.65, 55.04, -131.55, 55.14, -131.59, 55.27, -131.36, 55.18, -131.39, 55.01, -131.65, 55.04,
        ],
        &[
            -131.87, 55.36, -131.83, 55.42, -131.65, 55.31, -131.75, 55.13, -131.83, 55.19, -131.87, 55.36,
        ],
        &[
            -132.56, 56.38, -132.48, 56.44, -132.4, 56.41, -132.56, 56.38,
        ],
        &[
            -132.65, 56.48, -132.52, 56.56, -132.6, 56.45, -132.65, 56.48,
        ],
        &[
            -132.89, 54.97, -132.82, 54.98, -132.84, 54.93, -132.89, 54.97,
        ],
        &[
            -133.02, 56.23, -133.0, 56.28, -132.85, 56.11, -133.0, 56.16, -133.02, 56.23,
        ],
        &[
            -133.07, 56.36, -132.93, 56.46, -132.73, 56.46, -132.62, 56.39, -132.68, 56.35, -132.66, 56.28,
            -132.88, 56.24, -133.07, 56.36,
        ],
        &[
            -133.66, 55.63, -133.62, 55.7, -133.55, 55.67, -133.62, 55.58, -133.66, 55.63,
        ],
        &[
            -133.79, 55.46, -133.73, 55.56, -133.58, 55.54, -133.62, 55.46, -133.41, 55.57, -133.29, 55.54,
            -133.3, 55.48, -133.47, 55.44, -133.42, 55.39, -133.58, 55.33, -133.61, 55.24, -133.69, 55.31,
            -133.64, 55.43, -133.79, 55.46,
        ],
        &[
            -133.82, 55.96, -133.55, 56.1, -133.63, 56.11, -133.55, 56.16, -133.68, 56.21, -133.63, 56.24,
            -133.66, 56.31, -133.16, 56.32, -133.04, 56.18, -133.06, 56.12, -132.63, 55.92, -132.47, 55.78,
            -132.46, 55.67, -132.14, 55.46, -132.52, 55.58, -132.61, 55.49, -132.32, 55.47, -132.28, 55.44,
            -132.39, 55.4, -132.27, 55.42, -132.1, 55.28, -132.21, 55.22, -131.99, 55.26, -132.02, 55.12,
            -132.2, 55.01, -131.98, 55.03, -131.96, 54.79, -132.03, 54.7, -132.16, 54.69, -132.51, 54.78,
            -132.35, 54.85, -132.61, 54.97, -132.54, 55.1, -132.63, 55.06, -132.58, 55.17, -132.73, 55.13,
            -132.68, 55.05, -132.75, 55.0, -132.92, 55.04, -132.87, 55.12, -132.94, 55.21, -133.12, 55.25,
            -132.89, 54.9, -132.8, 54.87, -132.82, 54.92, -132.73, 54.94, -132.63, 54.88, -132.62, 54.78,
            -132.76, 54.82, -132.67, 54.67, -132.87, 54.7, -133.16, 54.96, -133.24, 55.09, -133.14, 55.1,
            -133.23, 55.13, -133.22, 55.23, -133.47, 55.25, -133.45, 55.32, -133.33, 55.35, -133.29, 55.29,
            -133.23, 55.31, -133.26, 55.37, -133.08, 55.41, -133.18, 55.49, -133.13, 55.5, -133.18, 55.59,
            -133.44, 55.64, -133.39, 55.67, -133.42, 55.74, -133.51, 55.76, -133.53, 55.7, -133.7, 55.78,
            -133.56, 55.84, -133.32, 55.82, -133.52, 55.89, -133.5, 56.02, -133.72, 55.89, -133.82, 55.96,
        ],
        &[
            -133.94, 55.91, -133.84, 55.89, -133.9, 55.85, -133.94, 55.91,
        ],
        &[
            -134.37, 55.91, -134.26, 55.89, -134.1, 55.98, -134.13, 55.9, -134.28, 55.83, -134.37, 55.91,
        ],
        &[
            -134.41, 56.85, -134.15, 56.96, -133.94, 56.81, -133.8, 56.79, -133.76, 56.81, -134.05, 57.03,
            -133.89, 57.1, -133.1, 57.01, -132.94, 56.82, -132.54, 56.58, -133.6, 56.43, -133.71, 56.55,
            -133.82, 56.5, -133.78, 56.39, -133.86, 56.39, -133.84, 56.32, -133.96, 56.09, -134.09, 56.09,
            -134.14, 56.01, -134.26, 56.12, -134.3, 56.29, -134.2, 56.53, -134.32, 56.55, -134.41, 56.85,
        ],
        &[
            -134.96, 58.4, -134.73, 58.27, -134.7, 58.16, -134.56, 58.2, -134.18, 58.16, -134.19, 58.08,
            -133.9, 57.81, -133.9, 57.69, -133.82, 57.63, -133.84, 57.58, -134.03, 57.82, -134.21, 57.9,
            -134.11, 57.81, -134.14, 57.76, -133.94, 57.61, -133.87, 57.36, -134.09, 57.33, -134.16, 57.21,
            -134.6, 57.03, -134.65, 57.23, -134.52, 57.31, -134.58, 57.4, -134.46, 57.39, -134.68, 57.61,
            -134.78, 58.1, -134.92, 58.21, -134.96, 58.4,
        ],
        &[
            -135.03, 58.52, -134.9, 58.48, -134.81, 58.37, -135.03, 58.52,
        ],
        &[
            -135.7, 57.36, -135.42, 57.56, -135.15, 57.44, -134.85, 57.41, -134.81, 57.3, -134.96, 57.31,
            -134.84, 57.25, -134.61, 56.64, -134.67, 56.54, -134.67, 56.17, -134.81, 56.24, -135.06, 56.54,
            -134.97, 56.6, -135.12, 56.6, -135.31, 56.78, -135.51, 56.78, -135.57, 56.86, -135.43, 56.85,
            -135.44, 56.94, -135.35, 57.02, -135.49, 57.09, -135.36, 57.24, -135.55, 57.23, -135.7, 57.36,
        ],
        &[
            -135.85, 57.24, -135.85, 57.34, -135.76, 57.35, -135.54, 57.21, -135.4, 57.23, -135.64, 57.01,
            -135.82, 56.99, -135.85, 57.08, -135.75, 57.17, -135.83, 57.17, -135.85, 57.24,
        ],
        &[
            -136.15, 58.28, -136.05, 58.32, -136.04, 58.27, -136.15, 58.28,
        ],
        &[
            -136.57, 57.93, -136.56, 58.08, -136.37, 58.15, -136.4, 58.27, -136.28, 58.27, -136.24, 58.17,
            -135.79, 58.29, -135.5, 58.17, -135.64, 57.99, -135.4, 58.14, -134.97, 58.05, -134.93, 57.92,
            -135.17, 57.92, -134.95, 57.81, -135.1, 57.75, -134.94, 57.76, -134.82, 57.5, -135.02, 57.45,
            -135.68, 57.68, -135.51, 57.6, -135.59, 57.57, -135.6, 57.44, -135.71, 57.37, -135.89, 57.41,
            -136.12, 57.59, -136.23, 57.6, -136.31, 57.78, -136.57, 57.93,
        ],
        &[
            -145.66, 60.37, -145.51, 60.32, -145.61, 60.31, -145.66, 60.37,
        ],
        &[
            -146.01, 60.4, -145.75, 60.39, -145.83, 60.35, -146.01, 60.4,
        ],
        &[
            -147.32, 60.88, -147.08, 60.9, -147.14, 60.85, -147.32, 60.88,
        ],
        &[
            -147.5, 60.65, -147.49, 60.73, -147.39, 60.74, -147.31, 60.66, -147.5, 60.65,
        ],
        &[
            -147.93, 59.78, -147.69, 60.0, -147.22, 60.26, -147.2, 60.35, -147.1, 60.38, -147.0, 60.34, -147.06, 60.3,
            -146.92, 60.29, -147.5, 59.93, -147.39, 59.88, -147.46, 59.84, -147.93, 59.78,
        ],
        &[
            -147.95, 60.24, -147.79, 60.48, -147.71, 60.45, -147.72, 60.51, -147.57, 60.58, -147.69, 60.4,
            -147.62, 60.37, -147.76, 60.16, -147.95, 60.24,
        ],
        &[
            -148.02, 60.73, -147.85, 60.69, -147.93, 60.66, -148.02, 60.73,
        ],
    ]),
    ("04", "Arizona", &[
        &[
            -114.72, 32.72, -114.53, 32.76, -114.46, 32.91, -114.52, 33.03, -114.66, 33.03, -114.71, 33.09,
            -114.68, 33.27, -114.73, 33.31, -114.73, 33.41, -114.66, 33.41, -114.53, 33.55, -114.54, 33.93,
            -114.44, 34.09, -114.13, 34.26, -114.18, 34.35, -114.39, 34.46, -114.47, 34.71, -114.64, 34.88,
            -114.65, 35.1, -114.57, 35.2, -114.67, 35.45, -114.67, 35.88, -114.76, 36.09, -114.42, 36.15,
            -114.24, 36.01, -114.15, 36.02, -114.05, 36.19, -114.05, 37.0, -109.04, 37.0, -109.05, 31.33,
            -111.08, 31.33, -114.81, 32.49, -114.81, 32.62, -114.72, 32.72,
        ],
    ]),
    ("08", "Colorado", &[
        &[
            -109.05, 41.0, -102.05, 41.0, -102.04, 36.99, -109.04, 37.0, -109.05, 41.0,
        ],
    ]),
    ("12", "Florida", &[
        &[
            -81.81, 24.57, -81.44, 24.81, -81.24, 24.67, -81.81, 24.57,
        ],
        &[
            -82.27, 26.7, -82.18, 26.5, -82.01, 26.45, -82.1, 26.42, -82.2, 26.49, -82.27, 26.7,
        ],
        &[
            -85.0, 31.0, -84.86, 30.71, -82.21, 30.57, -82.17, 30.36, -82.04, 30.37, -82.04, 30.75, -81.95, 30.83,
            -81.43, 30.7, -81.45, 30.5, -81.26, 29.81, -80.94, 29.11, -80.57, 28.59, -80.52, 28.46, -80.61, 28.29,
            -80.57, 28.1, -80.03, 26.8, -80.15, 25.67, -80.18, 25.75, -80.3, 25.62, -80.31, 25.38, -80.37, 25.29,
            -80.29, 25.32, -80.18, 25.52, -80.2, 25.41, -80.57, 24.95, -80.67, 24.91, -80.47, 25.09, -80.46, 25.21,
            -81.08, 25.12, -81.17, 25.22, -81.13, 25.38, -81.29, 25.69, -81.62, 25.9, -81.69, 25.85, -81.87, 26.38,
            -82.01, 26.53, -82.06, 26.55, -82.11, 26.48, -82.18, 26.68, -82.09, 26.67, -82.07, 26.96, -82.18, 26.92,
            -82.15, 26.79, -82.27, 26.72, -82.74, 27.54, -82.65, 27.52, -82.43, 27.76, -82.41, 27.9, -82.49, 27.92,
            -82.47, 27.82, -82.55, 27.85, -82.55, 27.97, -82.69, 28.03, -82.72, 27.95, -82.59, 27.82, -82.73, 27.61,
            -82.85, 27.86, -82.86, 28.22, -82.78, 28.06, -82.8, 28.19, -82.67, 28.44, -82.65, 28.59, -82.73, 28.85,
            -82.69, 28.91, -82.82, 29.08, -82.8, 29.15, -83.0, 29.18, -83.05, 29.13, -83.08, 29.26, -83.4, 29.52,
            -83.41, 29.67, -83.54, 29.72, -83.64, 29.89, -84.02, 30.1, -84.27, 30.1, -84.36, 30.01, -84.34, 29.9,
            -84.54, 29.91, -84.88, 29.73, -84.91, 29.78, -84.99, 29.71, -85.12, 29.72, -85.01, 29.62, -84.69, 29.76,
            -85.05, 29.59, -85.22, 29.68, -85.35, 29.66, -85.42, 29.84, -85.39, 29.88, -85.34, 29.69, -85.3, 29.81,
            -85.6, 30.06, -86.3, 30.36, -86.63, 30.4, -87.52, 30.28, -87.37, 30.44, -87.45, 30.53, -87.39, 30.62,
            -87.63, 30.85, -87.6, 31.0, -85.0, 31.0,
        ],
    ]),
    ("13", "Georgia", &[
        &[
            -85.61, 34.98, -83.11, 35.0, -83.32, 34.79, -83.34, 34.68, -83.0, 34.47, -82.88, 34.48, -82.56, 33.94,
            -82.35, 33.84, -82.2, 33.63, -81.93, 33.46, -81.94, 33.34, -81.74, 33.14, -81.49, 33.01, -81.41, 32.62,
            -81.2, 32.47, -81.11, 32.11, -80.84, 32.02, -80.99, 31.86, -81.07, 31.88, -81.07, 31.77, -81.2, 31.72,
            -81.13, 31.7, -81.13, 31.62, -81.26, 31.55, -81.18, 31.52, -81.29, 31.21, -81.49, 30.98, -81.41, 30.98,
            -81.44, 30.71, -81.95, 30.83, -82.04, 30.75, -82.04, 30.37, -82.17, 30.36, -82.21, 30.57, -84.91, 30.75,
            -85.11, 31.19, -85.05, 31.52, -85.14, 31.84, -85.05, 32.01, -85.06, 32.14, -84.89, 32.26, -85.0, 32.32,
            -84.96, 32.42, -85.19, 32.87, -85.61, 34.98,
        ],
    ]),
    ("18", "Indiana", &[
        &[
            -87.52, 41.71, -87.22, 41.62, -86.82, 41.76, -84.81, 41.76, -84.82, 39.11, -84.9, 39.05, -84.83, 38.96,
            -84.86, 38.9, -84.78, 38.87, -84.81, 38.79, -85.15, 38.69, -85.41, 38.74, -85.42, 38.54, -85.61, 38.44,
            -85.67, 38.3, -85.83, 38.28, -85.92, 38.03, -86.05, 37.96, -86.27, 38.06, -86.35, 38.2, -86.33, 38.13,
            -86.43, 38.13, -86.45, 38.05, -86.52, 38.04, -86.51, 37.93, -86.64, 37.84, -86.64, 37.91, -86.72, 37.89,
            -86.79, 37.99, -87.01, 37.92, -87.13, 37.78, -87.38, 37.94, -87.5, 37.91, -87.6, 37.97, -87.63, 37.83,
            -87.68, 37.9, -87.9, 37.92, -87.95, 37.77, -88.07, 37.8, -88.1, 37.9, -88.01, 37.89, -88.07, 37.92,
            -88.01, 37.98, -88.04, 38.05, -87.93, 38.15, -87.99, 38.25, -87.85, 38.28, -87.74, 38.48, -87.65, 38.51,
            -87.6, 38.67, -87.49, 38.74, -87.55, 38.86, -87.51, 38.95, -87.64, 39.17, -87.53, 39.35, -87.52, 41.71,
        ],
    ]),
    ("20", "Kansas", &[
        &[
            -102.05, 40.0, -95.31, 40.0, -95.14, 39.88, -94.93, 39.89, -94.87, 39.73, -94.96, 39.75, -95.1, 39.53,
            -94.88, 39.38, -94.83, 39.22, -94.59, 39.16, -94.62, 37.0, -102.04, 36.99, -102.05, 40.0,
        ],
    ]),
    ("23", "Maine", &[
        &[
            -68.5, 44.16, -68.48, 44.23, -68.39, 44.15, -68.5, 44.16,
        ],
        &[
            -68.53, 44.34, -68.52, 44.38, -68.48, 44.32, -68.53, 44.34,
        ],
        &[
            -68.91, 43.85, -68.88, 43.88, -68.88, 43.82, -68.91, 43.85,
        ],
        &[
            -68.95, 44.11, -68.83, 44.19, -68.77, 44.07, -68.87, 44.03, -68.95, 44.11,
        ],
        &[
            -68.97, 44.25, -68.88, 44.39, -68.92, 44.24, -68.97, 44.25,
        ],
        &[
            -70.7, 43.06, -70.83, 43.13, -70.81, 43.22, -70.99, 43.38, -70.95, 43.55, -71.08, 45.31, -71.01, 45.35,
            -70.86, 45.23, -70.83, 45.4, -70.64, 45.38, -70.72, 45.52, -70.38, 45.73, -70.42, 45.8, -70.26, 45.89,
            -70.24, 45.94, -70.32, 45.96, -70.24, 46.15, -70.29, 46.19, -70.21, 46.33, -70.06, 46.42, -70.0, 46.69,
            -69.23, 47.46, -69.04, 47.43, -69.05, 47.26, -68.9, 47.18, -68.58, 47.29, -68.38, 47.29, -68.32, 47.36,
            -68.02, 47.24, -67.79, 47.07, -67.75, 45.92, -67.8, 45.88, -67.75, 45.82, -67.81, 45.79, -67.8, 45.68,
            -67.45, 45.6, -67.42, 45.5, -67.5, 45.49, -67.42, 45.38, -67.49, 45.28, -67.34, 45.13, -67.29, 45.19,
            -67.16, 45.16, -66.98, 44.81, -67.26, 44.6, -67.32, 44.6, -67.31, 44.71, -67.41, 44.68, -67.36, 44.63,
            -67.57, 44.56, -67.51, 44.5, -67.59, 44.45, -67.66, 44.54, -67.71, 44.49, -67.77, 44.55, -67.9, 44.39,
            -68.0, 44.41, -68.05, 44.33, -68.11, 44.4, -68.18, 44.38, -68.23, 44.27, -68.19, 44.24, -68.4, 44.25,
            -68.46, 44.34, -68.36, 44.39, -68.46, 44.44, -68.46, 44.38, -68.48, 44.43, -68.56, 44.38, -68.52, 44.26,
            -68.61, 44.16, -68.6, 44.01, -68.66, 44.0, -68.66, 44.13, -68.72, 44.17, -68.68, 44.26, -68.73, 44.32,
            -68.83, 44.31, -68.78, 44.49, -69.0, 44.43, -68.95, 44.36, -69.1, 44.1, -69.03, 44.08, -69.08, 43.97,
            -69.17, 43.98, -69.28, 43.86, -69.33, 43.95, -69.38, 43.91, -69.37, 43.96, -69.43, 43.96, -69.5, 43.84,
            -69.65, 43.84, -69.66, 43.78, -69.71, 43.82, -69.85, 43.7, -69.87, 43.78, -69.93, 43.78, -70.17, 43.68,
            -70.23, 43.54, -70.35, 43.54, -70.42, 43.36, -70.55, 43.32, -70.7, 43.06,
        ],
    ]),
    ("25", "Massachusetts", &[
        &[
            -70.28, 41.31, -70.13, 41.29, -70.02, 41.37, -69.96, 41.25, -70.28, 41.31,
        ],
        &[
            -70.83, 41.35, -70.6, 41.48, -70.54, 41.41, -70.45, 41.42, -70.45, 41.35, -70.78, 41.3, -70.83, 41.35,
        ],
        &[
            -73.26, 42.75, -71.29, 42.7, -71.03, 42.86, -70.82, 42.87, -70.78, 42.69, -70.6, 42.66, -70.65, 42.58,
            -70.87, 42.55, -70.83, 42.5, -70.99, 42.41, -70.95, 42.34, -71.0, 42.35, -71.01, 42.28, -70.88, 42.31,
            -70.72, 42.21, -70.64, 42.09, -70.7, 41.99, -70.55, 41.93, -70.54, 41.82, -70.41, 41.74, -70.26, 41.71,
            -70.0, 41.81, -70.09, 42.03, -70.24, 42.07, -70.12, 42.07, -69.97, 41.91, -69.93, 41.69, -69.99, 41.54,
            -70.0, 41.67, -70.35, 41.64, -70.95, 41.41, -70.66, 41.54, -70.63, 41.71, -70.72, 41.74, -70.76, 41.65,
            -70.91, 41.62, -70.95, 41.51, -71.12, 41.5, -71.13, 41.66, -71.33, 41.78, -71.38, 42.02, -72.82, 42.0,
            -72.81, 42.04, -73.49, 42.05, -73.26, 42.75,
        ],
    ]),
    ("27", "Minnesota", &[
        &[
            -97.23, 49.0, -95.15, 49.0, -95.15, 49.38, -94.96, 49.37, -94.82, 49.29, -94.69, 48.78, -94.54, 48.7,
            -93.83, 48.63, -93.79, 48.52, -93.21, 48.64, -92.63, 48.54, -92.71, 48.46, -92.51, 48.45, -92.37, 48.22,
            -92.28, 48.24, -92.31, 48.32, -92.26, 48.35, -92.06, 48.36, -91.95, 48.23, -91.72, 48.2, -91.71, 48.11,
            -91.56, 48.11, -91.57, 48.04, -91.25, 48.08, -90.89, 48.25, -90.76, 48.1, -90.13, 48.11, -89.87, 47.99,
            -89.49, 48.01, -90.87, 47.56, -92.09, 46.79, -92.01, 46.71, -92.09, 46.75, -92.21, 46.65, -92.29, 46.66,
            -92.29, 46.07, -92.71, 45.89, -92.86, 45.72, -92.89, 45.58, -92.77, 45.57, -92.65, 45.44, -92.76, 45.29,
            -92.79, 44.74, -92.54, 44.57, -92.36, 44.56, -92.23, 44.45, -91.97, 44.37, -91.88, 44.2, -91.44, 44.0,
            -91.28, 43.84, -91.22, 43.5, -96.45, 43.5, -96.45, 45.3, -96.68, 45.41, -96.86, 45.61, -96.58, 45.83,
            -96.56, 46.06, -96.6, 46.33, -96.72, 46.44, -96.8, 46.66, -96.76, 46.93, -96.82, 46.97, -96.86, 47.61,
            -97.13, 48.14, -97.16, 48.55, -97.1, 48.69, -97.23, 49.0,
        ],
    ]),
    ("34", "New Jersey", &[
        &[
            -75.56, 39.63, -75.36, 39.84, -75.13, 39.9, -75.05, 40.01, -74.72, 40.15, -74.97, 40.4, -75.06, 40.42,
            -75.06, 40.54, -75.19, 40.58, -75.2, 40.65, -75.17, 40.78, -75.05, 40.87, -75.14, 40.97, -74.88, 41.18,
            -74.83, 41.29, -74.7, 41.36, -73.89, 40.98, -74.02, 40.71, -74.2, 40.63, -74.26, 40.5, -74.19, 40.44,
            -73.98, 40.45, -74.1, 39.76, -74.41, 39.36, -74.64, 39.22, -74.79, 38.99, -74.97, 38.94, -74.89, 39.16,
            -75.05, 39.22, -75.14, 39.18, -75.37, 39.34, -75.54, 39.46, -75.51, 39.58, -75.56, 39.63,
        ],
    ]),
    ("37", "North Carolina", &[
        &[
            -75.73, 35.94, -75.61, 35.82, -75.67, 35.82, -75.73, 35.94,
        ],
        &[
            -76.01, 35.07, -75.54, 35.27, -75.48, 35.55, -75.52, 35.77, -75.46, 35.6, -75.52, 35.23, -76.01, 35.07,
        ],
        &[
            -81.68, 36.59, -80.29, 36.54, -75.87, 36.55, -75.74, 36.15, -75.53, 35.79, -75.73, 36.0, -75.85, 36.42,
            -75.99, 36.53, -76.02, 36.46, -75.92, 36.43, -75.8, 36.07, -75.92, 36.24, -75.97, 36.25, -75.96, 36.2,
            -75.9, 36.16, -76.18, 36.3, -76.06, 36.16, -76.18, 36.12, -76.25, 36.18, -76.22, 36.1, -76.46, 36.18,
            -76.3, 36.1, -76.58, 36.01, -76.68, 36.04, -76.69, 36.28, -76.75, 36.15, -76.67, 35.94, -76.06, 35.99,
            -76.01, 35.96, -76.06, 35.85, -76.01, 35.67, -75.95, 35.96, -75.81, 35.96, -75.71, 35.69, -76.14, 35.33,
            -76.49, 35.37, -76.59, 35.51, -76.46, 35.55, -76.63, 35.51, -76.58, 35.39, -77.02, 35.52, -76.97, 35.44,
            -76.47, 35.3, -76.62, 35.06, -76.8, 34.96, -76.98, 35.06, -76.98, 35.0, -76.76, 34.92, -76.48, 35.07,
            -76.4, 34.97, -76.33, 34.97, -76.36, 35.03, -76.29, 35.01, -76.29, 34.94, -76.53, 34.68, -76.62, 34.78,
            -76.62, 34.71, -76.67, 34.71, -76.52, 34.65, -76.04, 35.06, -76.54, 34.59, -76.55, 34.65, -76.68, 34.69,
            -77.03, 34.66, -77.56, 34.42, -77.83, 34.16, -77.96, 33.85, -78.09, 33.91, -78.54, 33.85, -79.67, 34.8,
            -80.8, 34.82, -80.78, 34.94, -80.93, 35.11, -81.04, 35.04, -81.04, 35.15, -82.39, 35.22, -83.11, 35.0,
            -84.32, 34.99, -84.29, 35.22, -84.02, 35.3, -84.02, 35.41, -83.88, 35.52, -83.49, 35.57, -83.24, 35.73,
            -82.99, 35.77, -82.91, 35.93, -82.82, 35.92, -82.63, 36.07, -82.56, 35.95, -82.35, 36.12, -82.03, 36.13,
            -81.91, 36.3, -81.71, 36.34, -81.68, 36.59,
        ],
    ]),
    ("38", "North Dakota", &[
        &[
            -104.05, 49.0, -97.23, 49.0, -97.1, 48.69, -97.16, 48.55, -97.13, 48.14, -96.86, 47.61, -96.82, 46.97,
            -96.76, 46.93, -96.8, 46.66, -96.72, 46.44, -96.6, 46.33, -96.56, 45.94, -104.04, 45.95, -104.05, 49.0,
        ],
    ]),
    ("40", "Oklahoma", &[
        &[
            -103.0, 37.0, -94.62, 37.0, -94.62, 36.5, -94.43, 35.39, -94.49, 33.64, -94.87, 33.75, -94.97, 33.86,
            -95.23, 33.96, -95.34, 33.87, -95.6, 33.93, -95.83, 33.83, -95.94, 33.89, -96.15, 33.84, -96.18, 33.76,
            -96.3, 33.76, -96.32, 33.69, -96.63, 33.85, -96.59, 33.89, -96.68, 33.91, -96.7, 33.83, -96.77, 33.83,
            -96.88, 33.87, -96.92, 33.96, -97.0, 33.95, -96.98, 33.89, -97.09, 33.85, -97.05, 33.82, -97.12, 33.72,
            -97.21, 33.81, -97.21, 33.92, -97.44, 33.82, -97.46, 33.9, -97.69, 33.99, -97.88, 33.85, -97.97, 33.88,
            -97.97, 34.01, -98.09, 34.0, -98.11, 34.15, -98.17, 34.11, -98.36, 34.16, -98.49, 34.06, -98.65, 34.16,
            -99.19, 34.22, -99.21, 34.34, -99.38, 34.46, -99.44, 34.37, -99.71, 34.39, -99.93, 34.58, -100.0, 34.56,
            -100.0, 36.5, -103.0, 36.5, -103.0, 37.0,
        ],
    ]),
    ("42", "Pennsylvania", &[
        &[
            -80.52, 41.98, -79.76, 42.27, -79.76, 42.0, -75.36, 42.0, -75.26, 41.87, -75.08, 41.8, -75.08, 41.61,
            -74.98, 41.48, -74.74, 41.43, -74.7, 41.36, -75.14, 40.97, -75.05, 40.87, -75.2, 40.69, -75.19, 40.58,
            -75.06, 40.54, -75.06, 40.42, -74.97, 40.4, -74.72, 40.15, -75.05, 40.01, -75.22, 39.86, -75.42, 39.8,
            -75.58, 39.84, -75.79, 39.72, -80.52, 39.72, -80.52, 41.98,
        ],
    ]),
    ("46", "South Dakota", &[
        &[
            -104.06, 45.0, -104.04, 45.95, -96.56, 45.94, -96.67, 45.73, -96.86, 45.61, -96.68, 45.41, -96.45, 45.3,
            -96.45, 43.5, -96.6, 43.5, -96.6, 43.45, -96.53, 43.39, -96.56, 43.22, -96.48, 43.22, -96.44, 43.12,
            -96.51, 43.05, -96.54, 42.85, -96.63, 42.77, -96.45, 42.49, -96.61, 42.51, -96.69, 42.65, -97.13, 42.77,
            -97.22, 42.85, -97.85, 42.87, -98.02, 42.76, -98.5, 43.0, -104.05, 43.0, -104.06, 45.0,
        ],
    ]),
    ("48", "Texas", &[
        &[
            -103.0, 36.5, -100.0, 36.5, -100.0, 34.56, -99.93, 34.58, -99.71, 34.39, -99.44, 34.37, -99.38, 34.46,
            -99.21, 34.34, -99.19, 34.22, -98.65, 34.16, -98.49, 34.06, -98.36, 34.16, -98.17, 34.11, -98.11, 34.15,
            -98.09, 34.0, -97.97, 34.01, -97.97, 33.88, -97.88, 33.85, -97.69, 33.99, -97.46, 33.9, -97.44, 33.82,
            -97.21, 33.92, -97.21, 33.81, -97.12, 33.72, -97.05, 33.82, -97.09, 33.85, -96.98, 33.89, -97.0, 33.95,
            -96.92, 33.96, -96.88, 33.87, -96.77, 33.83, -96.7, 33.83, -96.68, 33.91, -96.59, 33.89, -96.63, 33.85,
            -96.32, 33.69, -96.3, 33.76, -96.18, 33.76, -96.15, 33.84, -95.94, 33.89, -95.83, 33.83, -95.6, 33.93,
            -95.34, 33.87, -95.23, 33.96, -94.97, 33.86, -94.87, 33.75, -94.46, 33.64, -94.39, 33.55, -94.19, 33.59,
            -94.04, 33.54, -94.04, 31.99, -93.82, 31.77, -93.82, 31.55, -93.74, 31.52, -93.66, 31.36, -93.69, 31.31,
            -93.6, 31.17, -93.53, 31.18, -93.52, 31.07, -93.55, 30.82, -93.74, 30.54, -93.7, 30.44, -93.77, 30.33,
            -93.71, 30.29, -93.7, 30.07, -93.93, 29.8, -93.84, 29.68, -94.13, 29.65, -94.73, 29.37, -94.78, 29.38,
            -94.67, 29.48, -94.49, 29.52, -94.55, 29.57, -94.77, 29.55, -94.69, 29.76, -94.82, 29.76, -94.92, 29.66,
            -94.94, 29.7, -95.01, 29.66, -95.02, 29.56, -94.91, 29.5, -94.89, 29.31, -95.1, 29.17, -95.16, 29.19,
            -95.17, 29.11, -94.82, 29.34, -94.73, 29.33, -95.38, 28.87, -96.22, 28.49, -96.89, 28.03, -97.21, 27.6,
            -97.37, 27.15, -97.35, 26.8, -97.16, 26.08, -97.28, 26.54, -97.37, 26.56, -97.3, 26.58, -97.4, 26.89,
            -97.36, 27.35, -97.13, 27.84, -96.92, 28.09, -96.44, 28.34, -96.42, 28.4, -96.68, 28.31, -96.7, 28.4,
            -96.77, 28.41, -96.8, 28.22, -96.93, 28.12, -97.04, 28.19, -97.15, 28.13, -97.21, 28.08, -97.05, 28.11,
            -97.02, 28.04, -97.19, 27.83, -97.25, 27.88, -97.52, 27.85, -97.38, 27.84, -97.37, 27.74, -97.25, 27.7,
            -97.41, 27.32, -97.55, 27.29, -97.52, 27.36, -97.64, 27.27, -97.42, 27.26, -97.48, 26.81, -97.44, 26.61,
            -97.28, 26.27, -97.3, 26.15, -97.15, 26.06, -97.15, 25.95, -97.35, 25.93, -97.37, 25.84, -97.44, 25.85,
            -97.65, 26.02, -98.25, 26.07, -98.33, 26.16, -98.65, 26.24, -98.8, 26.36, -99.08, 26.4, -99.24, 26.79,
            -99.45, 27.02, -99.44, 27.25, -99.54, 27.31, -99.51, 27.56, -99.88, 27.8, -99.93, 27.98, -100.29, 28.28,
            -100.34, 28.5, -100.65, 28.94, -100.67, 29.1, -101.06, 29.46, -101.26, 29.52, -101.25, 29.63,
            -101.29, 29.57, -101.41, 29.76, -102.14, 29.8, -102.3, 29.88, -102.39, 29.77, -102.67, 29.74,
            -102.88, 29.35, -102.87, 29.24, -103.08, 29.09, -103.12, 28.99, -103.43, 29.04, -103.52, 29.14,
            -104.15, 29.38, -104.26, 29.51, -104.51, 29.64, -104.68, 29.92, -104.71, 30.24, -104.86, 30.39,
            -104.92, 30.6, -105.4, 30.86, -105.95, 31.37, -106.21, 31.47, -106.38, 31.73, -106.64, 31.87,
            -106.62, 32.0, -103.07, 32.0, -103.0, 36.5,
        ],
    ]),
    ("56", "Wyoming", &[
        &[
            -104.06, 45.0, -104.05, 41.0, -111.05, 41.0, -111.05, 45.0, -104.06, 45.0,
        ],
    ]),
    ("09", "Connecticut", &[
        &[
            -73.49, 42.05, -71.8, 42.02, -71.83, 41.34, -72.55, 41.25, -72.9, 41.24, -72.91, 41.29, -73.13, 41.15,
            -73.66, 40.98, -73.73, 41.1, -73.48, 41.21, -73.55, 41.3, -73.49, 42.05,
        ],
    ]),
    ("29", "Missouri", &[
        &[
            -95.76, 40.59, -91.73, 40.61, -91.49, 40.38, -91.42, 40.38, -91.51, 40.18, -91.37, 39.73, -90.79, 39.31,
            -90.72, 39.23, -90.66, 38.93, -90.55, 38.87, -90.41, 38.96, -90.11, 38.85, -90.21, 38.72, -90.18, 38.61,
            -90.37, 38.34, -90.36, 38.21, -89.94, 37.97, -89.95, 37.88, -89.85, 37.91, -89.52, 37.69, -89.52, 37.54,
            -89.42, 37.4, -89.52, 37.29, -89.38, 37.04, -89.29, 36.99, -89.31, 37.05, -89.26, 37.06, -89.1, 36.96,
            -89.21, 36.58, -89.37, 36.62, -89.45, 36.46, -89.48, 36.57, -89.56, 36.57, -89.51, 36.37, -89.61, 36.31,
            -89.53, 36.25, -89.71, 36.24, -89.6, 36.12, -89.73, 36.0, -90.38, 36.0, -90.08, 36.27, -90.06, 36.39,
            -90.14, 36.42, -90.15, 36.5, -94.62, 36.5, -94.59, 39.16, -94.83, 39.22, -94.88, 39.38, -95.1, 39.53,
            -94.96, 39.75, -94.87, 39.73, -94.92, 39.79, -94.88, 39.83, -94.93, 39.89, -95.2, 39.9, -95.42, 40.05,
            -95.39, 40.12, -95.48, 40.25, -95.62, 40.31, -95.7, 40.47, -95.65, 40.54, -95.77, 40.53, -95.76, 40.59,
        ],
    ]),
    ("54", "West Virginia", &[
        &[
            -82.6, 38.42, -82.32, 38.45, -82.29, 38.58, -82.17, 38.62, -82.22, 38.8, -82.03, 39.03, -81.94, 38.99,
            -81.89, 38.87, -81.78, 38.92, -81.81, 39.08, -81.74, 39.1, -81.76, 39.18, -81.68, 39.27, -81.57, 39.27,
            -81.47, 39.4, -81.39, 39.34, -81.21, 39.39, -80.88, 39.62, -80.83, 39.71, -80.87, 39.76, -80.6, 40.32,
            -80.64, 40.62, -80.52, 40.64, -80.52, 39.72, -79.48, 39.72, -79.49, 39.21, -79.1, 39.47, -78.96, 39.44,
            -78.78, 39.62, -78.65, 39.53, -78.47, 39.52, -78.4, 39.59, -78.44, 39.62, -78.28, 39.62, -78.18, 39.7,
            -78.01, 39.6, -77.83, 39.6, -77.89, 39.56, -77.72, 39.32, -77.83, 39.13, -78.35, 39.47, -78.34, 39.35,
            -78.44, 39.2, -78.4, 39.17, -78.87, 38.76, -79.0, 38.85, -79.31, 38.41, -79.65, 38.59, -79.79, 38.27,
            -80.26, 37.76, -80.29, 37.69, -80.22, 37.63, -80.33, 37.56, -80.3, 37.51, -80.77, 37.37, -80.86, 37.43,
            -80.85, 37.35, -80.92, 37.31, -81.22, 37.24, -81.36, 37.34, -81.55, 37.21, -81.68, 37.2, -81.85, 37.29,
            -81.99, 37.45, -81.93, 37.51, -82.29, 37.67, -82.5, 37.93, -82.46, 37.98, -82.64, 38.14, -82.57, 38.26,
            -82.6, 38.42,
        ],
    ]),
    ("17", "Illinois", &[
        &[
            -91.42, 40.38, -91.37, 40.39, -91.41, 40.54, -91.36, 40.6, -91.12, 40.67, -91.09, 40.83, -90.97, 40.92,
            -90.95, 41.1, -91.11, 41.24, -91.04, 41.42, -90.46, 41.52, -90.34, 41.59, -90.31, 41.74, -90.18, 41.81,
            -90.16, 42.12, -90.38, 42.21, -90.42, 42.33, -90.64, 42.51, -87.8, 42.49, -87.84, 42.3, -87.52, 41.71,
            -87.53, 39.35, -87.64, 39.17, -87.51, 38.95, -87.55, 38.86, -87.49, 38.74, -87.6, 38.67, -87.65, 38.51,
            -87.74, 38.48, -87.85, 38.28, -87.99, 38.25, -87.93, 38.15, -88.04, 38.05, -88.01, 37.98, -88.07, 37.92,
            -88.01, 37.89, -88.1, 37.9, -88.03, 37.8, -88.16, 37.66, -88.06, 37.52, -88.08, 37.47, -88.48, 37.39,
            -88.52, 37.28, -88.42, 37.15, -88.46, 37.07, -88.98, 37.23, -89.17, 37.07, -89.13, 36.98, -89.26, 37.06,
            -89.31, 37.05, -89.29, 36.99, -89.38, 37.04, -89.52, 37.29, -89.42, 37.4, -89.52, 37.54, -89.52, 37.69,
            -89.85, 37.91, -89.95, 37.88, -89.94, 37.97, -90.36, 38.21, -90.37, 38.34, -90.18, 38.61, -90.21, 38.72,
            -90.11, 38.85, -90.41, 38.96, -90.59, 38.87, -90.79, 39.31, -91.37, 39.73, -91.51, 40.18, -91.42, 40.38,
        ],
    ]),
    ("35", "New Mexico", &[
        &[
            -109.04, 37.0, -103.0, 37.0, -103.07, 32.0, -106.62, 32.0, -106.64, 31.87, -106.53, 31.78, -108.21, 31.78,
            -108.21, 31.33, -109.05, 31.33, -109.04, 37.0,
        ],
    ]),
    ("05", "Arkansas", &[
        &[
            -94.62, 36.5, -90.15, 36.5, -90.14, 36.42, -90.06, 36.39, -90.08, 36.27, -90.38, 36.0, -89.73, 36.0,
            -89.66, 35.89, -89.74, 35.91, -89.77, 35.86, -89.7, 35.83, -89.96, 35.72, -89.85, 35.64, -89.95, 35.6,
            -89.92, 35.51, -90.03, 35.55, -90.06, 35.4, -90.09, 35.48, -90.17, 35.42, -90.18, 35.38, -90.08, 35.38,
            -90.17, 35.3, -90.06, 35.14, -90.18, 35.11, -90.21, 35.03, -90.3, 35.04, -90.25, 34.91, -90.31, 34.87,
            -90.42, 34.83, -90.48, 34.89, -90.45, 34.74, -90.5, 34.72, -90.51, 34.8, -90.57, 34.74, -90.47, 34.67,
            -90.59, 34.67, -90.57, 34.43, -90.66, 34.32, -90.75, 34.37, -90.74, 34.31, -90.85, 34.21, -90.94, 34.22,
            -90.81, 34.18, -90.95, 34.14, -90.87, 34.08, -90.9, 34.02, -91.08, 33.98, -91.01, 33.93, -91.07, 33.86,
            -90.99, 33.79, -91.14, 33.78, -91.15, 33.73, -91.03, 33.67, -91.23, 33.67, -91.13, 33.6, -91.23, 33.56,
            -91.18, 33.51, -91.23, 33.44, -91.17, 33.5, -91.12, 33.47, -91.2, 33.42, -91.17, 33.38, -91.08, 33.46,
            -91.14, 33.3, -91.1, 33.24, -91.04, 33.27, -91.09, 33.14, -91.2, 33.11, -91.12, 33.05, -91.17, 33.0,
            -94.04, 33.02, -94.04, 33.54, -94.19, 33.59, -94.36, 33.54, -94.49, 33.64, -94.43, 35.39, -94.62, 36.5,
        ],
    ]),
    ("06", "California", &[
        &[
            -118.6, 33.48, -118.37, 33.41, -118.33, 33.3, -118.47, 33.33, -118.49, 33.42, -118.6, 33.48,
        ],
        &[
            -118.61, 33.03, -118.35, 32.82, -118.49, 32.84, -118.61, 33.03,
        ],
        &[
            -119.92, 34.08, -119.52, 34.03, -119.72, 33.96, -119.87, 33.98, -119.92, 34.08,
        ],
        &[
            -120.25, 34.0, -120.04, 34.04, -119.97, 33.94, -120.12, 33.9, -120.25, 34.0,
        ],
        &[
            -120.45, 34.04, -120.37, 34.08, -120.3, 34.02, -120.45, 34.04,
        ],
        &[
            -124.21, 42.0, -120.0, 42.0, -120.0, 39.0, -117.83, 37.47, -114.63, 35.0, -114.64, 34.88, -114.47, 34.71,
            -114.39, 34.46, -114.18, 34.35, -114.13, 34.26, -114.44, 34.09, -114.54, 33.93, -114.53, 33.55,
            -114.66, 33.41, -114.73, 33.41, -114.68, 33.27, -114.71, 33.09, -114.66, 33.03, -114.52, 33.03,
            -114.46, 32.91, -114.53, 32.76, -117.12, 32.53, -117.17, 32.67, -117.25, 32.67, -117.33, 33.12,
            -117.5, 33.33, -118.09, 33.73, -118.41, 33.74, -118.39, 33.84, -118.54, 34.04, -118.8, 34.0,
            -119.13, 34.1, -119.28, 34.27, -119.56, 34.41, -120.47, 34.45, -120.62, 34.55, -120.61, 34.86,
            -120.67, 34.9, -120.63, 35.12, -120.86, 35.21, -120.91, 35.45, -121.0, 35.46, -121.31, 35.71,
            -121.5, 36.0, -121.88, 36.29, -121.97, 36.57, -121.82, 36.68, -121.79, 36.8, -121.86, 36.93,
            -121.94, 36.98, -122.11, 36.96, -122.4, 37.2, -122.4, 37.36, -122.52, 37.52, -122.52, 37.78,
            -122.41, 37.81, -122.36, 37.59, -122.05, 37.46, -122.17, 37.68, -122.33, 37.78, -122.33, 37.91,
            -122.43, 37.96, -122.26, 38.04, -122.3, 38.11, -122.49, 38.11, -122.45, 37.99, -122.5, 37.93,
            -122.44, 37.88, -122.5, 37.89, -122.48, 37.83, -122.53, 37.82, -122.88, 38.03, -123.01, 38.0,
            -122.97, 38.25, -123.13, 38.45, -123.74, 38.95, -123.69, 39.06, -123.83, 39.36, -123.77, 39.56,
            -123.85, 39.83, -124.36, 40.26, -124.41, 40.44, -124.11, 41.03, -124.16, 41.14, -124.06, 41.44,
            -124.16, 41.74, -124.26, 41.78, -124.21, 42.0,
        ],
    ]),
    ("10", "Delaware", &[
        &[
            -75.79, 39.72, -75.58, 39.84, -75.42, 39.8, -75.61, 39.62, -75.56, 39.56, -75.59, 39.46, -75.4, 39.25,
            -75.4, 39.07, -75.31, 38.92, -75.08, 38.77, -75.05, 38.45, -75.69, 38.46, -75.79, 39.72,
        ],
    ]),
    ("11", "District of Columbia", &[
        &[
            -77.12, 38.93, -77.04, 38.99, -76.91, 38.89, -77.04, 38.79, -77.12, 38.93,
        ],
    ]),
    ("15", "Hawaii", &[
        &[
            -156.06, 19.74, -155.83, 19.98, -155.9, 20.24, -155.81, 20.26, -155.2, 19.97, -155.08, 19.86,
            -155.09, 19.74, -155.01, 19.74, -154.98, 19.64, -154.81, 19.52, -154.98, 19.35, -155.3, 19.27,
            -155.52, 19.13, -155.67, 18.92, -155.89, 19.04, -155.92, 19.48, -156.06, 19.74,
        ],
        &[
            -156.7, 20.92, -156.64, 21.03, -156.47, 20.89, -156.23, 20.93, -156.0, 20.8, -155.99, 20.72,
            -156.14, 20.62, -156.38, 20.58, -156.44, 20.6, -156.46, 20.78, -156.63, 20.82, -156.7, 20.92,
        ],
        &[
            -156.7, 20.53, -156.58, 20.61, -156.54, 20.58, -156.59, 20.51, -156.7, 20.53,
        ],
        &[
            -157.06, 20.9, -156.9, 20.92, -156.81, 20.82, -156.84, 20.76, -156.97, 20.74, -157.06, 20.9,
        ],
        &[
            -157.31, 21.1, -157.26, 21.22, -156.71, 21.16, -156.88, 21.05, -157.31, 21.1,
        ],
        &[
            -158.28, 21.58, -158.12, 21.59, -157.97, 21.71, -157.84, 21.46, -157.78, 21.41, -157.72, 21.46,
            -157.74, 21.4, -157.65, 21.3, -158.11, 21.3, -158.28, 21.58,
        ],
        &[
            -159.79, 22.03, -159.73, 22.14, -159.58, 22.22, -159.35, 22.22, -159.29, 22.14, -159.33, 21.96,
            -159.45, 21.87, -159.6, 21.89, -159.79, 22.03,
        ],
        &[
            -160.25, 21.85, -160.07, 22.0, -160.08, 21.9, -160.21, 21.79, -160.25, 21.85,
        ],
    ]),
    ("19", "Iowa", &[
        &[
            -96.45, 43.5, -91.22, 43.5, -91.2, 43.35, -91.06, 43.25, -91.18, 43.13, -91.06, 42.74, -90.71, 42.63,
            -90.64, 42.47, -90.42, 42.33, -90.38, 42.21, -90.16, 42.12, -90.15, 41.91, -90.18, 41.81, -90.31, 41.74,
            -90.34, 41.59, -90.46, 41.52, -91.04, 41.42, -91.11, 41.24, -90.99, 41.16, -90.94, 41.01, -91.09, 40.83,
            -91.12, 40.67, -91.41, 40.54, -91.37, 40.39, -91.49, 40.38, -91.73, 40.61, -95.76, 40.59, -95.89, 40.72,
            -95.81, 40.9, -95.88, 41.06, -95.84, 41.17, -95.93, 41.2, -95.88, 41.32, -95.95, 41.34, -95.93, 41.46,
            -96.0, 41.47, -96.0, 41.54, -96.09, 41.53, -96.12, 41.61, -96.07, 41.8, -96.16, 41.91, -96.13, 41.97,
            -96.27, 42.05, -96.41, 42.34, -96.38, 42.45, -96.63, 42.71, -96.44, 43.12, -96.48, 43.22, -96.56, 43.22,
            -96.53, 43.39, -96.6, 43.5, -96.45, 43.5,
        ],
    ]),
    ("21", "Kentucky", &[
        &[
            -89.13, 36.98, -89.17, 37.07, -88.98, 37.23, -88.46, 37.07, -88.42, 37.15, -88.52, 37.28, -88.48, 37.39,
            -88.08, 37.47, -88.16, 37.66, -88.03, 37.8, -87.9, 37.81, -87.9, 37.92, -87.68, 37.9, -87.63, 37.83,
            -87.6, 37.97, -87.5, 37.91, -87.38, 37.94, -87.13, 37.78, -87.01, 37.92, -86.79, 37.99, -86.72, 37.89,
            -86.64, 37.91, -86.64, 37.84, -86.51, 37.93, -86.52, 38.04, -86.45, 38.05, -86.43, 38.13, -86.33, 38.13,
            -86.35, 38.2, -86.27, 38.06, -86.05, 37.96, -85.92, 38.03, -85.83, 38.28, -85.67, 38.3, -85.61, 38.44,
            -85.42, 38.54, -85.41, 38.74, -85.15, 38.69, -84.81, 38.79, -84.78, 38.87, -84.86, 38.9, -84.83, 38.96,
            -84.9, 39.05, -84.76, 39.15, -84.6, 39.07, -84.44, 39.11, -84.21, 38.81, -83.95, 38.79, -83.77, 38.65,
            -83.66, 38.63, -83.52, 38.7, -83.31, 38.6, -82.89, 38.76, -82.85, 38.59, -82.6, 38.46, -82.57, 38.26,
            -82.64, 38.14, -82.46, 37.98, -82.5, 37.93, -82.29, 37.67, -81.97, 37.54, -82.35, 37.27, -82.72, 37.12,
            -82.72, 37.04, -82.87, 36.98, -82.88, 36.89, -83.07, 36.85, -83.14, 36.74, -83.53, 36.67, -83.69, 36.58,
            -87.85, 36.63, -88.07, 36.68, -88.05, 36.5, -89.42, 36.5, -89.37, 36.62, -89.21, 36.58, -89.19, 36.75,
            -89.12, 36.78, -89.18, 36.81, -89.13, 36.98,
        ],
        &[
            -89.49, 36.5, -89.56, 36.57, -89.48, 36.57, -89.49, 36.5,
        ],
    ]),
    ("24", "Maryland", &[
        &[
            -75.99, 37.95, -76.04, 37.95, -76.02, 38.04, -75.99, 37.95,
        ],
        &[
            -76.1, 38.12, -76.09, 38.19, -76.02, 38.18, -76.01, 38.08, -76.1, 38.12,
        ],
        &[
            -79.48, 39.72, -75.79, 39.72, -75.69, 38.46, -75.05, 38.41, -75.24, 38.03, -75.86, 37.92, -75.9, 37.97,
            -75.81, 38.06, -75.87, 38.06, -75.83, 38.13, -75.96, 38.14, -75.85, 38.21, -75.92, 38.26, -75.86, 38.36,
            -75.97, 38.25, -76.0, 38.37, -76.06, 38.23, -76.17, 38.24, -76.26, 38.33, -76.34, 38.49, -76.25, 38.54,
            -76.31, 38.58, -76.17, 38.63, -76.03, 38.57, -76.26, 38.74, -76.35, 38.69, -76.27, 38.85, -76.19, 38.82,
            -76.23, 38.94, -76.38, 38.85, -76.36, 38.94, -76.3, 39.03, -76.28, 38.98, -76.16, 39.0, -76.15, 39.09,
            -76.2, 39.09, -76.2, 39.01, -76.28, 39.15, -76.18, 39.32, -76.0, 39.37, -76.04, 39.39, -75.97, 39.56,
            -76.1, 39.54, -76.06, 39.45, -76.22, 39.35, -76.25, 39.45, -76.28, 39.3, -76.36, 39.39, -76.34, 39.31,
            -76.39, 39.28, -76.34, 39.26, -76.44, 39.2, -76.58, 39.26, -76.43, 39.13, -76.39, 39.01, -76.48, 38.97,
            -76.46, 38.91, -76.56, 38.77, -76.52, 38.54, -76.39, 38.36, -76.47, 38.33, -76.38, 38.3, -76.32, 38.04,
            -76.44, 38.16, -76.48, 38.1, -76.59, 38.21, -76.8, 38.24, -76.83, 38.35, -76.84, 38.25, -76.92, 38.29,
            -77.02, 38.45, -77.25, 38.38, -77.24, 38.55, -76.91, 38.89, -77.04, 38.99, -77.12, 38.93, -77.52, 39.12,
            -77.46, 39.23, -77.76, 39.33, -77.75, 39.42, -77.89, 39.56, -77.83, 39.6, -78.01, 39.6, -78.18, 39.7,
            -78.28, 39.62, -78.44, 39.62, -78.4, 39.59, -78.47, 39.52, -78.57, 39.52, -78.78, 39.62, -78.96, 39.44,
            -79.1, 39.47, -79.49, 39.21, -79.48, 39.72,
        ],
    ]),
    ("26", "Michigan", &[
        &[
            -84.65, 45.86, -84.36, 45.77, -84.5, 45.74, -84.65, 45.86,
        ],
        &[
            -85.63, 45.6, -85.57, 45.76, -85.5, 45.75, -85.49, 45.61, -85.63, 45.6,
        ],
        &[
            -86.07, 45.14, -85.98, 45.14, -86.0, 45.06, -86.07, 45.14,
        ],
        &[
            -86.82, 41.76, -86.62, 41.89, -86.36, 42.24, -86.22, 42.59, -86.23, 43.02, -86.54, 43.62, -86.43, 43.86,
            -86.51, 44.05, -86.27, 44.35, -86.22, 44.57, -86.26, 44.69, -86.09, 44.74, -86.04, 44.92, -85.81, 44.95,
            -85.62, 45.19, -85.54, 45.21, -85.65, 44.85, -85.6, 44.77, -85.47, 44.99, -85.58, 44.76, -85.53, 44.75,
            -85.39, 44.93, -85.37, 45.27, -85.21, 45.36, -84.92, 45.39, -85.09, 45.48, -85.12, 45.57, -84.94, 45.71,
            -85.01, 45.76, -84.77, 45.79, -84.46, 45.65, -84.21, 45.63, -84.12, 45.51, -83.5, 45.36, -83.38, 45.27,
            -83.27, 45.02, -83.45, 45.04, -83.27, 44.71, -83.33, 44.34, -83.54, 44.25, -83.58, 44.06, -83.68, 44.04,
            -83.68, 43.99, -83.88, 43.96, -83.96, 43.75, -83.91, 43.67, -83.68, 43.59, -83.47, 43.73, -83.43, 43.88,
            -83.42, 43.84, -83.33, 43.89, -83.41, 43.92, -82.91, 44.07, -82.74, 43.99, -82.64, 43.85, -82.49, 43.1,
            -82.42, 43.01, -82.52, 42.61, -82.69, 42.52, -82.71, 42.6, -82.62, 42.67, -82.8, 42.65, -82.78, 42.56,
            -82.88, 42.52, -82.9, 42.39, -83.07, 42.32, -83.13, 42.09, -83.44, 41.81, -83.45, 41.73, -84.81, 41.7,
            -84.81, 41.76, -86.82, 41.76,
        ],
        &[
            -89.25, 47.88, -88.42, 48.19, -88.67, 48.01, -89.0, 47.91, -88.91, 47.89, -89.12, 47.83, -89.25, 47.88,
        ],
        &[
            -90.42, 46.57, -90.03, 46.67, -89.79, 46.82, -89.44, 46.84, -88.96, 47.01, -88.91, 47.09, -88.18, 47.46,
            -87.8, 47.47, -87.71, 47.4, -87.96, 47.39, -87.94, 47.35, -88.35, 47.08, -88.5, 46.76, -88.14, 46.97,
            -88.28, 46.83, -88.18, 46.9, -87.9, 46.91, -87.67, 46.84, -87.35, 46.5, -86.98, 46.53, -86.88, 46.44,
            -86.7, 46.44, -86.71, 46.54, -86.65, 46.56, -86.59, 46.46, -86.14, 46.67, -85.59, 46.67, -84.95, 46.77,
            -85.03, 46.7, -85.03, 46.48, -84.68, 46.49, -84.59, 46.41, -84.38, 46.51, -84.13, 46.53, -84.12, 46.23,
            -84.25, 46.18, -84.12, 46.18, -83.99, 46.03, -83.87, 45.99, -83.77, 46.02, -83.82, 46.1, -83.63, 46.1,
            -83.47, 45.98, -83.56, 45.91, -84.11, 45.98, -84.38, 45.93, -84.66, 46.05, -84.74, 45.95, -84.7, 45.85,
            -84.75, 45.84, -85.01, 46.01, -85.43, 46.1, -85.7, 45.96, -86.28, 45.94, -86.36, 45.79, -86.59, 45.71,
            -86.62, 45.61, -86.72, 45.67, -86.54, 45.89, -86.65, 45.83, -86.78, 45.85, -86.84, 45.72, -86.96, 45.67,
            -87.02, 45.84, -87.06, 45.71, -87.27, 45.55, -87.59, 45.1, -87.74, 45.17, -87.66, 45.37, -87.88, 45.38,
            -87.79, 45.5, -87.78, 45.67, -87.88, 45.76, -88.14, 45.82, -88.08, 45.86, -88.1, 45.92, -88.51, 46.02,
            -88.66, 45.99, -89.09, 46.14, -90.12, 46.34, -90.22, 46.5, -90.42, 46.57,
        ],
    ]),
    ("28", "Mississippi", &[
        &[
            -91.17, 33.0, -91.12, 33.05, -91.2, 33.11, -91.09, 33.14, -91.04, 33.27, -91.1, 33.24, -91.14, 33.3,
            -91.08, 33.46, -91.17, 33.38, -91.2, 33.42, -91.12, 33.47, -91.17, 33.5, -91.23, 33.44, -91.18, 33.51,
            -91.23, 33.56, -91.13, 33.6, -91.23, 33.67, -91.03, 33.67, -91.15, 33.73, -91.14, 33.78, -90.99, 33.79,
            -91.07, 33.86, -91.01, 33.93, -91.09, 33.96, -90.9, 34.02, -90.87, 34.08, -90.95, 34.14, -90.91, 34.17,
            -90.81, 34.16, -90.94, 34.22, -90.85, 34.21, -90.74, 34.31, -90.75, 34.37, -90.66, 34.32, -90.57, 34.43,
            -90.59, 34.67, -90.47, 34.67, -90.57, 34.74, -90.51, 34.8, -90.5, 34.72, -90.45, 34.74, -90.48, 34.89,
            -90.42, 34.83, -90.31, 34.87, -90.25, 34.91, -90.31, 35.0, -88.2, 35.0, -88.1, 34.89, -88.47, 31.89,
            -88.41, 30.34, -88.97, 30.39, -89.29, 30.3, -89.31, 30.38, -89.45, 30.19, -89.57, 30.18, -89.68, 30.45,
            -89.85, 30.66, -89.75, 31.0, -91.64, 31.0, -91.56, 31.07, -91.63, 31.13, -91.59, 31.17, -91.64, 31.27,
            -91.51, 31.28, -91.58, 31.4, -91.47, 31.37, -91.52, 31.52, -91.41, 31.57, -91.52, 31.61, -91.4, 31.62,
            -91.4, 31.71, -91.26, 31.76, -91.36, 31.77, -91.34, 31.85, -91.26, 31.81, -91.19, 31.96, -91.09, 31.99,
            -91.16, 32.06, -91.1, 32.05, -91.01, 32.16, -91.17, 32.13, -91.16, 32.2, -90.99, 32.22, -90.98, 32.3,
            -90.88, 32.36, -90.99, 32.35, -90.99, 32.45, -91.11, 32.48, -91.1, 32.53, -90.99, 32.49, -91.08, 32.56,
            -91.0, 32.61, -91.03, 32.65, -91.14, 32.6, -91.06, 32.73, -91.17, 32.75, -91.16, 32.81, -91.06, 32.92,
            -91.09, 32.98, -91.21, 32.92, -91.17, 33.0,
        ],
    ]),
    ("30", "Montana", &[
        &[
            -116.05, 49.0, -104.05, 49.0, -104.04, 45.0, -111.05, 45.0, -111.05, 44.47, -111.39, 44.76,
            -111.49, 44.71, -111.53, 44.6, -111.47, 44.54, -112.11, 44.52, -112.29, 44.57, -112.39, 44.45,
            -112.78, 44.48, -112.85, 44.36, -113.0, 44.45, -113.13, 44.77, -113.34, 44.79, -113.46, 44.87,
            -113.5, 44.95, -113.45, 44.96, -113.45, 45.06, -113.69, 45.25, -113.76, 45.52, -113.83, 45.52,
            -113.81, 45.6, -113.99, 45.7, -114.35, 45.46, -114.46, 45.56, -114.55, 45.56, -114.57, 45.64,
            -114.5, 45.71, -114.57, 45.77, -114.39, 45.89, -114.52, 46.13, -114.45, 46.17, -114.47, 46.27,
            -114.33, 46.66, -114.62, 46.64, -114.65, 46.73, -114.79, 46.71, -114.77, 46.76, -114.95, 46.86,
            -114.93, 46.92, -115.33, 47.26, -115.76, 47.42, -115.63, 47.48, -115.74, 47.54, -115.69, 47.6,
            -115.72, 47.7, -116.05, 47.98, -116.05, 49.0,
        ],
    ]),
    ("33", "New Hampshire", &[
        &[
            -71.5, 45.01, -71.4, 45.2, -71.44, 45.23, -71.29, 45.3, -71.13, 45.25, -71.08, 45.31, -70.95, 43.55,
            -70.99, 43.38, -70.81, 43.22, -70.83, 43.13, -70.7, 43.06, -70.82, 42.87, -71.03, 42.86, -71.29, 42.7,
            -72.46, 42.73, -72.56, 42.85, -72.44, 43.01, -72.38, 43.57, -72.03, 44.09, -72.03, 44.32, -71.81, 44.35,
            -71.58, 44.5, -71.55, 44.63, -71.63, 44.75, -71.49, 44.91, -71.54, 44.99, -71.5, 45.01,
        ],
    ]),
    ("36", "New York", &[
        &[
            -74.07, 40.66, -74.05, 40.6, -74.26, 40.5, -74.2, 40.63, -74.07, 40.66,
        ],
        &[
            -79.76, 42.27, -79.15, 42.55, -79.05, 42.69, -78.85, 42.78, -78.93, 42.96, -79.07, 43.08, -79.07, 43.26,
            -78.37, 43.38, -77.8, 43.34, -77.53, 43.23, -76.7, 43.34, -76.42, 43.52, -76.2, 43.57, -76.23, 43.8,
            -76.3, 43.84, -76.13, 43.9, -76.38, 44.03, -76.31, 44.2, -75.91, 44.37, -75.31, 44.84, -74.83, 45.02,
            -73.34, 45.01, -73.39, 44.64, -73.29, 44.44, -73.32, 44.24, -73.44, 44.04, -73.35, 43.77, -73.43, 43.59,
            -73.3, 43.62, -73.25, 43.55, -73.26, 42.75, -73.51, 42.09, -73.55, 41.3, -73.48, 41.21, -73.73, 41.1,
            -73.65, 41.01, -73.81, 40.85, -73.78, 40.79, -73.72, 40.87, -73.49, 40.95, -73.23, 40.9, -73.14, 40.97,
            -72.64, 40.98, -72.28, 41.16, -72.33, 41.11, -72.26, 41.04, -72.1, 40.99, -71.86, 41.07, -73.05, 40.67,
            -73.94, 40.54, -74.05, 40.69, -73.89, 40.98, -74.7, 41.36, -74.74, 41.43, -74.98, 41.48, -75.08, 41.61,
            -75.08, 41.8, -75.26, 41.87, -75.36, 42.0, -79.76, 42.0, -79.76, 42.27,
        ],
    ]),
    ("39", "Ohio", &[
        &[
            -82.84, 41.65, -82.82, 41.72, -82.78, 41.69, -82.84, 41.65,
        ],
        &[
            -84.81, 41.7, -83.45, 41.73, -82.93, 41.51, -82.84, 41.59, -82.48, 41.38, -82.01, 41.52, -81.74, 41.49,
            -81.29, 41.76, -80.52, 41.98, -80.52, 40.64, -80.67, 40.57, -80.6, 40.32, -80.87, 39.76, -80.83, 39.71,
            -81.21, 39.39, -81.39, 39.34, -81.47, 39.4, -81.57, 39.27, -81.68, 39.27, -81.76, 39.18, -81.74, 39.1,
            -81.81, 39.08, -81.78, 38.92, -81.89, 38.87, -81.94, 38.99, -82.03, 39.03, -82.22, 38.8, -82.19, 38.59,
            -82.29, 38.58, -82.32, 38.45, -82.53, 38.41, -82.85, 38.59, -82.89, 38.76, -83.16, 38.62, -83.31, 38.6,
            -83.52, 38.7, -83.66, 38.63, -83.95, 38.79, -84.21, 38.81, -84.44, 39.11, -84.82, 39.11, -84.81, 41.7,
        ],
    ]),
    ("41", "Oregon", &[
        &[
            -123.55, 46.26, -123.47, 46.27, -123.37, 46.15, -123.11, 46.19, -122.9, 46.08, -122.81, 45.96,
            -122.76, 45.66, -122.27, 45.54, -121.81, 45.71, -121.34, 45.71, -121.13, 45.61, -120.63, 45.75,
            -120.4, 45.7, -119.67, 45.86, -119.57, 45.93, -119.13, 45.93, -118.99, 46.0, -116.92, 46.0,
            -116.76, 45.82, -116.54, 45.74, -116.46, 45.6, -116.85, 45.02, -116.83, 44.93, -116.93, 44.79,
            -117.05, 44.74, -117.24, 44.4, -117.22, 44.29, -116.9, 44.18, -116.98, 44.09, -116.93, 44.02,
            -117.03, 43.81, -117.03, 42.0, -124.21, 42.0, -124.29, 42.05, -124.43, 42.33, -124.41, 42.66,
            -124.55, 42.84, -124.4, 43.31, -124.26, 43.5, -124.15, 43.91, -124.08, 44.77, -123.96, 45.28,
            -123.94, 45.73, -123.99, 45.95, -123.93, 46.07, -124.0, 46.24, -123.85, 46.16, -123.55, 46.26,
        ],
    ]),
    ("47", "Tennessee", &[
        &[
            -89.73, 36.0, -89.6, 36.12, -89.71, 36.24, -89.53, 36.25, -89.61, 36.31, -89.51, 36.37, -89.54, 36.5,
            -88.05, 36.5, -88.07, 36.68, -87.85, 36.63, -83.69, 36.58, -81.65, 36.61, -81.71, 36.54, -81.71, 36.34,
            -81.91, 36.3, -82.03, 36.13, -82.35, 36.12, -82.56, 35.95, -82.63, 36.07, -82.82, 35.92, -82.91, 35.93,
            -82.99, 35.77, -83.24, 35.73, -83.49, 35.57, -83.88, 35.52, -84.02, 35.41, -84.02, 35.3, -84.29, 35.22,
            -84.32, 34.99, -90.31, 35.0, -90.06, 35.14, -90.17, 35.3, -90.08, 35.38, -90.18, 35.38, -90.17, 35.42,
            -90.09, 35.48, -90.06, 35.4, -90.03, 35.55, -89.92, 35.51, -89.95, 35.6, -89.85, 35.64, -89.96, 35.72,
            -89.7, 35.83, -89.77, 35.86, -89.74, 35.91, -89.66, 35.89, -89.73, 36.0,
        ],
    ]),
    ("49", "Utah", &[
        &[
            -114.04, 41.99, -111.05, 42.0, -111.05, 41.0, -109.05, 41.0, -109.04, 37.0, -114.05, 37.0, -114.04, 41.99,
        ],
    ]),
    ("51", "Virginia", &[
        &[
            -75.67, 37.95, -75.24, 38.03, -75.38, 37.85, -75.52, 37.8, -75.83, 37.17, -75.97, 37.09, -76.03, 37.26,
            -75.93, 37.6, -75.82, 37.79, -75.69, 37.86, -75.76, 37.9, -75.67, 37.95,
        ],
        &[
            -81.97, 37.54, -81.93, 37.36, -81.68, 37.2, -81.55, 37.21, -81.36, 37.34, -81.22, 37.24, -80.92, 37.31,
            -80.85, 37.35, -80.86, 37.43, -80.77, 37.37, -80.3, 37.51, -80.33, 37.56, -80.22, 37.63, -80.29, 37.69,
            -80.26, 37.76, -79.79, 38.27, -79.65, 38.59, -79.31, 38.41, -79.0, 38.85, -78.87, 38.76, -78.4, 39.17,
            -78.44, 39.2, -78.34, 39.35, -78.35, 39.47, -77.83, 39.13, -77.72, 39.32, -77.56, 39.3, -77.46, 39.23,
            -77.52, 39.12, -77.25, 39.03, -77.04, 38.87, -77.04, 38.72, -77.13, 38.64, -77.25, 38.64, -77.32, 38.38,
            -77.27, 38.33, -77.04, 38.4, -76.96, 38.21, -76.62, 38.15, -76.52, 38.03, -76.24, 37.89, -76.31, 37.81,
            -76.34, 37.66, -76.29, 37.64, -76.36, 37.61, -76.51, 37.64, -76.58, 37.77, -76.91, 37.97, -76.54, 37.62,
            -76.3, 37.56, -76.35, 37.5, -76.26, 37.48, -76.27, 37.31, -76.41, 37.4, -76.45, 37.37, -76.35, 37.27,
            -76.49, 37.25, -76.29, 37.13, -76.3, 37.0, -76.43, 36.97, -76.62, 37.12, -76.65, 37.22, -76.95, 37.23,
            -76.75, 37.15, -76.69, 37.2, -76.66, 37.04, -76.48, 36.9, -76.32, 36.89, -76.33, 36.96, -75.99, 36.92,
            -75.87, 36.55, -83.68, 36.6, -83.14, 36.74, -83.07, 36.85, -82.88, 36.89, -82.87, 36.98, -82.72, 37.04,
            -82.72, 37.12, -82.35, 37.27, -81.97, 37.54,
        ],
    ]),
    ("53", "Washington", &[
        &[
            -122.53, 47.36, -122.48, 47.51, -122.37, 47.39, -122.53, 47.36,
        ],
        &[
            -122.77, 48.23, -122.67, 48.4, -122.58, 48.4, -122.5, 48.3, -122.72, 48.23, -122.59, 48.19,
            -122.54, 48.02, -122.53, 48.1, -122.38, 48.03, -122.38, 47.9, -122.47, 47.99, -122.55, 47.97,
            -122.62, 48.16, -122.77, 48.23,
        ],
        &[
            -123.2, 48.6, -122.99, 48.56, -123.05, 48.62, -122.92, 48.71, -122.74, 48.66, -122.81, 48.62,
            -122.8, 48.43, -122.87, 48.42, -123.15, 48.51, -123.2, 48.6,
        ],
        &[
            -117.03, 49.0, -117.06, 46.37, -116.92, 46.16, -116.98, 46.09, -116.92, 46.0, -118.99, 46.0,
            -119.13, 45.93, -119.57, 45.93, -119.67, 45.86, -120.4, 45.7, -120.63, 45.75, -121.13, 45.61,
            -121.53, 45.73, -121.81, 45.71, -122.27, 45.54, -122.64, 45.61, -122.76, 45.66, -122.78, 45.87,
            -122.9, 46.08, -123.11, 46.19, -123.37, 46.15, -123.47, 46.27, -123.68, 46.3, -123.88, 46.24,
            -124.02, 46.32, -124.08, 46.27, -124.07, 46.63, -124.02, 46.38, -123.95, 46.38, -123.99, 46.5,
            -123.94, 46.47, -123.89, 46.54, -123.96, 46.64, -123.83, 46.72, -124.09, 46.75, -124.14, 46.91,
            -124.09, 46.87, -123.86, 46.95, -124.12, 47.04, -124.12, 46.94, -124.18, 46.93, -124.18, 47.14,
            -124.32, 47.36, -124.42, 47.74, -124.63, 47.89, -124.73, 48.16, -124.66, 48.33, -124.73, 48.37,
            -124.65, 48.39, -123.98, 48.16, -123.39, 48.11, -123.13, 48.18, -123.04, 48.08, -122.92, 48.09,
            -122.87, 48.0, -122.83, 48.05, -122.88, 48.11, -122.76, 48.14, -122.77, 48.04, -122.7, 48.1,
            -122.67, 48.02, -122.72, 48.01, -122.61, 47.89, -122.69, 47.87, -122.78, 47.7, -122.83, 47.7,
            -122.81, 47.81, -123.15, 47.36, -122.91, 47.39, -123.12, 47.39, -122.97, 47.59, -122.75, 47.67,
            -122.74, 47.74, -122.57, 47.86, -122.61, 47.94, -122.53, 47.91, -122.48, 47.75, -122.55, 47.75,
            -122.49, 47.63, -122.55, 47.29, -122.6, 47.22, -122.7, 47.28, -122.67, 47.37, -122.73, 47.33,
            -122.75, 47.28, -122.64, 47.21, -122.71, 47.13, -122.84, 47.26, -122.82, 47.36, -122.86, 47.27,
            -122.86, 47.17, -122.68, 47.1, -122.53, 47.32, -122.44, 47.27, -122.33, 47.35, -122.42, 47.58,
            -122.34, 47.61, -122.43, 47.66, -122.23, 48.03, -122.36, 48.12, -122.4, 48.23, -122.48, 48.19,
            -122.38, 48.06, -122.51, 48.13, -122.53, 48.25, -122.37, 48.29, -122.55, 48.44, -122.66, 48.41,
            -122.67, 48.48, -122.71, 48.46, -122.62, 48.52, -122.47, 48.47, -122.5, 48.57, -122.43, 48.6,
            -122.54, 48.78, -122.64, 48.74, -122.61, 48.7, -122.67, 48.73, -122.64, 48.78, -122.71, 48.79,
            -122.82, 48.96, -122.76, 49.0, -117.03, 49.0,
        ],
    ]),
    ("55", "Wisconsin", &[
        &[
            -86.96, 45.35, -86.93, 45.42, -86.82, 45.41, -86.91, 45.3, -86.96, 45.35,
        ],
        &[
            -90.78, 47.02, -90.65, 47.05, -90.55, 47.0, -90.67, 46.95, -90.78, 47.02,
        ],
        &[
            -92.01, 46.71, -91.82, 46.69, -90.84, 46.96, -90.75, 46.89, -90.89, 46.76, -90.85, 46.69, -90.95, 46.6,
            -90.9, 46.58, -90.74, 46.69, -90.22, 46.5, -90.12, 46.34, -89.09, 46.14, -88.66, 45.99, -88.51, 46.02,
            -88.1, 45.92, -88.08, 45.86, -88.14, 45.82, -87.88, 45.76, -87.78, 45.67, -87.79, 45.5, -87.88, 45.38,
            -87.66, 45.37, -87.74, 45.17, -87.59, 45.1, -87.63, 44.98, -87.84, 44.93, -87.98, 44.72, -88.04, 44.57,
            -87.97, 44.53, -87.77, 44.64, -87.61, 44.84, -87.38, 44.87, -87.24, 45.17, -86.98, 45.29, -87.05, 45.09,
            -87.47, 44.55, -87.52, 44.18, -87.65, 44.1, -87.74, 43.88, -87.71, 43.68, -87.91, 43.24, -87.9, 43.02,
            -87.77, 42.78, -87.8, 42.49, -90.64, 42.51, -90.71, 42.63, -91.06, 42.74, -91.18, 43.13, -91.06, 43.25,
            -91.2, 43.35, -91.28, 43.84, -91.44, 44.0, -91.88, 44.2, -91.97, 44.37, -92.23, 44.45, -92.36, 44.56,
            -92.54, 44.57, -92.81, 44.77, -92.75, 44.94, -92.8, 45.06, -92.75, 45.11, -92.76, 45.29, -92.65, 45.44,
            -92.77, 45.57, -92.89, 45.58, -92.86, 45.72, -92.71, 45.89, -92.29, 46.07, -92.29, 46.66, -92.21, 46.65,
            -92.09, 46.75, -92.01, 46.71,
        ],
    ]),
    ("60", "American Samoa", &[
        &[
            -169.52, -14.22, -169.43, -14.21, -169.42, -14.26, -169.52, -14.22,
        ],
        &[
            -170.85, -14.32, -170.67, -14.23, -170.55, -14.28, -170.76, -14.37, -170.85, -14.32,
        ],
    ]),
    ("66", "Guam", &[
        &[
            144.62, 13.45, 144.76, 13.48, 144.86, 13.65, 144.96, 13.6, 144.73, 13.25, 144.66, 13.27, 144.62, 13.45,
        ],
    ]),
    ("69", "Commonwealth of the Northern Mariana Islands", &[
        &[
            145.69, 15.13, 145.71, 15.24, 145.81, 15.29, 145.8, 15.15, 145.75, 15.09, 145.69, 15.13,
        ],
        &[
            145.64, 18.78, 145.7, 18.79, 145.67, 18.72, 145.64, 18.78,
        ],
        &[
            145.58, 15.02, 145.64, 15.1, 145.67, 14.95, 145.63, 14.92, 145.58, 15.02,
        ],
    ]),
    ("31", "Nebraska", &[
        &[
            -104.05, 43.0, -98.5, 43.0, -98.02, 42.76, -97.85, 42.87, -97.22, 42.85, -97.13, 42.77, -96.69, 42.65,
            -96.61, 42.51, -96.4, 42.48, -96.35, 42.17, -96.24, 42.01, -96.13, 41.97, -96.16, 41.91, -96.07, 41.8,
            -96.12, 41.68, -96.09, 41.53, -96.0, 41.54, -96.0, 41.47, -95.93, 41.46, -95.95, 41.34, -95.88, 41.32,
            -95.93, 41.2, -95.84, 41.17, -95.88, 41.06, -95.81, 40.9, -95.89, 40.72, -95.75, 40.61, -95.77, 40.53,
            -95.65, 40.54, -95.7, 40.47, -95.62, 40.31, -95.48, 40.25, -95.39, 40.12, -95.42, 40.05, -95.31, 40.0,
            -102.05, 40.0, -102.05, 41.0, -104.05, 41.0, -104.05, 43.0,
        ],
    ]),
    ("45", "South Carolina", &[
        &[
            -83.11, 35.0, -82.39, 35.22, -81.04, 35.15, -81.04, 35.04, -80.93, 35.11, -80.78, 34.94, -80.8, 34.82,
            -79.67, 34.8, -78.54, 33.85, -78.94, 33.64, -79.14, 33.4, -79.17, 33.21, -79.36, 33.01, -79.58, 33.01,
            -79.62, 32.95, -79.58, 32.91, -79.85, 32.76, -79.92, 32.78, -79.89, 32.68, -80.0, 32.61, -80.33, 32.48,
            -80.47, 32.5, -80.46, 32.33, -80.64, 32.26, -80.75, 32.31, -80.67, 32.22, -80.89, 32.03, -81.11, 32.11,
            -81.2, 32.47, -81.41, 32.62, -81.49, 33.01, -81.74, 33.14, -81.94, 33.34, -81.93, 33.46, -82.2, 33.63,
            -82.35, 33.84, -82.56, 33.94, -82.88, 34.48, -83.0, 34.47, -83.34, 34.68, -83.32, 34.79, -83.11, 35.0,
        ],
    ]),
    ("72", "Puerto Rico", &[
        &[
            -65.34, 18.35, -65.22, 18.31, -65.28, 18.28, -65.34, 18.35,
        ],
        &[
            -65.57, 18.12, -65.27, 18.13, -65.54, 18.08, -65.57, 18.12,
        ],
        &[
            -67.27, 18.37, -67.09, 18.52, -66.34, 18.49, -65.61, 18.38, -65.57, 18.25, -65.74, 18.18, -65.83, 18.02,
            -66.22, 17.91, -66.32, 17.98, -66.39, 17.94, -66.76, 18.01, -66.96, 17.93, -67.21, 17.95, -67.15, 18.19,
            -67.27, 18.37,
        ],
        &[
            -67.93, 18.11, -67.84, 18.08, -67.9, 18.05, -67.93, 18.11,
        ],
    ]),
    ("78", "United States Virgin Islands", &[
        &[
            -64.91, 17.68, -64.87, 17.77, -64.58, 17.76, -64.91, 17.68,
        ],
        &[
            -65.08, 18.34, -64.8, 18.37, -64.88, 18.3, -65.08, 18.34,
        ],
    ]),
    ("16", "Idaho", &[
        &[
            -116.92, 46.0, -116.98, 46.09, -116.92, 46.16, -117.06, 46.37, -117.03, 49.0, -116.05, 49.0,
            -116.05, 47.98, -115.72, 47.7, -115.69, 47.6, -115.74, 47.54, -115.63, 47.48, -115.76, 47.42,
            -115.33, 47.26, -114.93, 46.92, -114.95, 46.86, -114.77, 46.76, -114.79, 46.71, -114.65, 46.73,
            -114.62, 46.64, -114.33, 46.66, -114.47, 46.27, -114.45, 46.17, -114.52, 46.13, -114.39, 45.89,
            -114.57, 45.77, -114.5, 45.71, -114.57, 45.64, -114.55, 45.56, -114.46, 45.56, -114.35, 45.46,
            -113.99, 45.7, -113.81, 45.6, -113.83, 45.52, -113.76, 45.52, -113.69, 45.25, -113.45, 45.06,
            -113.45, 44.96, -113.5, 44.95, -113.46, 44.87, -113.34, 44.79, -113.13, 44.77, -113.0, 44.45,
            -112.85, 44.36, -112.78, 44.48, -112.39, 44.45, -112.29, 44.57, -112.11, 44.52, -111.47, 44.54,
            -111.53, 44.6, -111.49, 44.71, -111.39, 44.76, -111.05, 44.47, -111.05, 42.0, -117.03, 42.0,
            -117.03, 43.81, -116.93, 44.02, -116.98, 44.09, -116.9, 44.18, -117.22, 44.29, -117.24, 44.4,
            -117.05, 44.74, -116.93, 44.79, -116.83, 44.93, -116.85, 45.02, -116.46, 45.6, -116.54, 45.74,
            -116.76, 45.82, -116.92, 46.0,
        ],
    ]),
    ("32", "Nevada", &[
        &[
            -120.0, 41.99, -114.04, 41.99, -114.05, 36.19, -114.15, 36.02, -114.24, 36.01, -114.42, 36.15,
            -114.76, 36.09, -114.67, 35.88, -114.67, 35.45, -114.57, 35.2, -114.65, 35.1, -114.63, 35.0,
            -117.83, 37.47, -120.0, 39.0, -120.0, 41.99,
        ],
    ]),
    ("50", "Vermont", &[
        &[
            -73.34, 45.01, -71.5, 45.01, -71.54, 44.99, -71.49, 44.91, -71.63, 44.75, -71.55, 44.63, -71.58, 44.5,
            -71.81, 44.35, -72.03, 44.32, -72.03, 44.09, -72.38, 43.57, -72.44, 43.01, -72.56, 42.85, -72.46, 42.73,
            -73.26, 42.75, -73.29, 42.8, -73.25, 43.55, -73.3, 43.62, -73.43, 43.59, -73.35, 43.77, -73.44, 44.04,
            -73.32, 44.24, -73.29, 44.44, -73.39, 44.64, -73.34, 45.01,
        ],
    ]),
    ("22", "Louisiana", &[
        &[
            -88.88, 30.05, -88.82, 29.93, -88.86, 29.76, -88.83, 29.92, -88.88, 30.05,
        ],
        &[
            -89.34, 30.06, -89.18, 30.15, -89.23, 30.1, -89.17, 30.04, -89.23, 30.0, -89.34, 30.06,
        ],
        &[
            -92.02, 29.59, -91.85, 29.63, -91.71, 29.56, -91.82, 29.47, -92.02, 29.59,
        ],
        &[
            -94.04, 33.02, -91.17, 33.0, -91.18, 32.9, -91.09, 32.98, -91.07, 32.89, -91.17, 32.75, -91.06, 32.7,
            -91.15, 32.64, -91.12, 32.58, -91.03, 32.65, -91.0, 32.61, -91.08, 32.56, -90.99, 32.49, -91.1, 32.53,
            -91.11, 32.48, -90.99, 32.45, -90.99, 32.35, -90.88, 32.36, -90.98, 32.3, -90.99, 32.22, -91.16, 32.2,
            -91.17, 32.13, -91.01, 32.16, -91.1, 32.05, -91.16, 32.06, -91.09, 31.99, -91.19, 31.96, -91.26, 31.81,
            -91.34, 31.85, -91.36, 31.77, -91.26, 31.76, -91.4, 31.71, -91.4, 31.62, -91.52, 31.61, -91.41, 31.57,
            -91.52, 31.52, -91.47, 31.37, -91.58, 31.4, -91.51, 31.28, -91.64, 31.27, -91.59, 31.17, -91.63, 31.13,
            -91.56, 31.07, -91.64, 31.0, -89.75, 31.0, -89.85, 30.66, -89.68, 30.45, -89.62, 30.22, -89.53, 30.18,
            -89.62, 30.16, -89.72, 30.03, -89.86, 30.0, -89.84, 29.95, -89.73, 29.96, -89.66, 29.86, -89.48, 30.08,
            -89.37, 30.05, -89.43, 30.01, -89.37, 29.91, -89.28, 29.99, -89.22, 29.97, -89.32, 29.89, -89.25, 29.86,
            -89.36, 29.85, -89.28, 29.81, -89.3, 29.76, -89.39, 29.79, -89.47, 29.65, -89.53, 29.73, -89.49, 29.62,
            -89.67, 29.64, -89.6, 29.58, -89.68, 29.62, -89.64, 29.58, -89.68, 29.53, -89.51, 29.39, -89.31, 29.39,
            -89.24, 29.31, -89.2, 29.35, -89.11, 29.2, -89.03, 29.21, -89.0, 29.18, -89.09, 29.17, -89.04, 29.14,
            -89.11, 29.11, -89.14, 28.99, -89.25, 29.08, -89.42, 28.93, -89.28, 29.18, -89.39, 29.12, -89.64, 29.29,
            -89.84, 29.32, -90.25, 29.09, -90.31, 29.27, -90.38, 29.29, -90.4, 29.23, -90.43, 29.35, -90.48, 29.29,
            -90.58, 29.31, -90.56, 29.23, -90.79, 29.11, -90.81, 29.04, -90.96, 29.18, -91.28, 29.25, -91.34, 29.3,
            -91.27, 29.36, -91.12, 29.25, -91.22, 29.43, -91.34, 29.39, -91.32, 29.48, -91.46, 29.47, -91.55, 29.63,
            -91.65, 29.63, -91.62, 29.74, -91.86, 29.71, -91.88, 29.76, -91.82, 29.79, -91.89, 29.84, -92.2, 29.75,
            -92.04, 29.59, -92.32, 29.53, -93.18, 29.77, -93.68, 29.75, -93.84, 29.69, -93.93, 29.8, -93.7, 30.07,
            -93.71, 30.29, -93.77, 30.33, -93.7, 30.44, -93.74, 30.54, -93.55, 30.82, -93.52, 31.07, -93.53, 31.18,
            -93.6, 31.17, -93.69, 31.31, -93.66, 31.36, -93.74, 31.52, -93.82, 31.55, -93.82, 31.77, -94.04, 31.99,
            -94.04, 33.02,
        ],
    ]),
    ("44", "Rhode Island", &[
        &[
            -71.2, 41.68, -71.13, 41.66, -71.12, 41.5, -71.19, 41.46, -71.24, 41.62, -71.24, 41.48, -71.34, 41.45,
            -71.2, 41.68,
        ],
        &[
            -71.61, 41.16, -71.55, 41.22, -71.55, 41.15, -71.61, 41.16,
        ],
        &[
            -71.86, 41.32, -71.8, 41.42, -71.8, 42.01, -71.38, 42.02, -71.38, 41.89, -71.24, 41.67, -71.29, 41.64,
            -71.39, 41.78, -71.37, 41.67, -71.45, 41.69, -71.4, 41.59, -71.45, 41.58, -71.42, 41.47, -71.48, 41.37,
            -71.86, 41.32,
        ],
    ]),
];
