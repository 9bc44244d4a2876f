//! A ridgeline from the Rust Graph Gallery as a program of its own: draws the chart's sample data
//! at 1200x800 and writes `ridgeline.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example ridgeline`; `rgg new ridgeline` makes
//! it a project of its own, and `rgg source ridgeline --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::distribution::ridgeline;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("ridgeline.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    ridgeline::draw(&root, &input, ridgeline::Variant::Overlap, &theme)?;
    root.present()?;
    println!("wrote ridgeline.png");
    Ok(())
}

/// The chart's data: "Seattle daily maximum temperature by month, 2012-2015".
// The numbers are a cut from seattle-weather.csv: Daily Seattle weather, 2012-2015 (npm
// vega-datasets 3.2.1, package/data/seattle-weather.csv (NOAA); licence: US Government, public
// domain), prepared as `rgg show ridgeline` prepares them, keeping every 5th day (293 of 1,461
// days).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> ridgeline::Input {
    ridgeline::Input {
        bandwidth_scale: None,
        title: "Seattle daily maximum temperature by month, 2012-2015".into(),
        x_title: "Daily maximum temperature (°C)".into(),
        y_title: "Month".into(),
        groups: vec![
            ridgeline::Group {
                name: "Jan".into(),
                values: vec![
                    12.8, 4.4, 6.1, 1.7, 8.3, 8.9, 9.4, 6.7, 3.3, 6.7, 3.3, 10.6, 8.9, 8.3, 12.8, 11.1, 10.0, 12.2,
                    8.3, 12.2, 7.8, 7.8, 10.0, 17.2, 8.3,
                ],
            },
            ridgeline::Group {
                name: "Feb".into(),
                values: vec![
                    13.9, 12.8, 7.2, 7.8, 7.2, 10.6, 8.3, 9.4, 10.6, 8.9, 2.8, 3.9, 11.7, 8.3, 6.7, 10.6, 13.3, 14.4,
                    10.6, 11.1,
                ],
            },
            ridgeline::Group {
                name: "Mar".into(),
                values: vec![
                    6.1, 6.7, 6.7, 8.9, 8.9, 12.8, 10.0, 15.0, 7.2, 10.6, 10.6, 10.0, 16.7, 20.6, 7.2, 13.3, 14.4,
                    10.6, 10.6, 11.1, 15.6, 11.1, 15.0, 14.4, 13.9, 13.3, 20.6, 12.8,
                ],
            },
            ridgeline::Group {
                name: "Apr".into(),
                values: vec![
                    9.4, 17.8, 16.1, 13.3, 16.7, 12.8, 13.9, 15.0, 13.9, 13.9, 21.7, 12.8, 11.7, 15.0, 14.4, 15.6,
                    14.4, 27.8, 16.7, 13.9, 13.9, 22.8, 13.3, 17.2,
                ],
            },
            ridgeline::Group {
                name: "May".into(),
                values: vec![
                    13.3, 14.4, 24.4, 14.4, 22.2, 18.9, 28.9, 26.1, 17.2, 19.4, 17.8, 16.7, 15.6, 15.6, 26.7, 22.2,
                    15.0, 20.6, 14.4, 19.4, 20.0, 23.3, 15.6, 22.8,
                ],
            },
            ridgeline::Group {
                name: "Jun".into(),
                values: vec![
                    12.8, 17.2, 17.2, 19.4, 19.4, 21.7, 26.1, 20.6, 20.0, 20.0, 21.1, 30.0, 19.4, 21.1, 17.8, 25.6,
                    24.4, 20.6, 22.8, 28.9, 27.8, 23.9, 25.6, 28.9,
                ],
            },
            ridgeline::Group {
                name: "Jul".into(),
                values: vec![
                    20.6, 25.0, 25.0, 25.0, 23.3, 22.8, 21.7, 30.0, 27.8, 27.8, 31.1, 25.0, 23.9, 26.7, 27.8, 25.6,
                    20.6, 30.0, 33.3, 28.9, 27.8, 35.0, 22.8, 32.2,
                ],
            },
            ridgeline::Group {
                name: "Aug".into(),
                values: vec![
                    27.2, 22.2, 30.6, 21.7, 21.1, 22.8, 25.0, 28.3, 27.8, 26.1, 25.0, 26.7, 31.7, 25.6, 23.3, 29.4,
                    27.8, 23.3, 28.3, 25.0, 28.3, 30.0, 27.8, 23.3,
                ],
            },
            ridgeline::Group {
                name: "Sep".into(),
                values: vec![
                    21.1, 32.2, 22.2, 27.8, 19.4, 22.8, 27.8, 23.3, 25.6, 17.8, 17.2, 13.9, 20.0, 28.3, 24.4, 22.8,
                    22.2, 20.6, 19.4, 21.1, 26.7, 18.3, 18.9, 17.8,
                ],
            },
            ridgeline::Group {
                name: "Oct".into(),
                values: vec![
                    17.8, 23.9, 13.9, 14.4, 7.8, 14.4, 12.8, 16.1, 14.4, 14.4, 14.4, 13.9, 19.4, 18.9, 17.8, 16.7,
                    15.6, 15.6, 15.6, 16.1, 18.3, 19.4, 16.1, 16.1,
                ],
            },
            ridgeline::Group {
                name: "Nov".into(),
                values: vec![
                    15.0, 12.8, 8.9, 9.4, 8.3, 9.4, 17.8, 12.8, 16.1, 10.0, 7.8, 12.2, 11.1, 16.7, 7.8, 9.4, 11.1,
                    15.0, 12.2, 15.6, 11.1, 8.9, 8.9, 9.4,
                ],
            },
            ridgeline::Group {
                name: "Dec".into(),
                values: vec![
                    13.3, 7.2, 7.8, 6.7, 8.3, 6.7, 3.3, 13.3, 1.1, 5.0, 10.0, 8.9, 6.7, 8.3, 4.4, 11.7, 14.4, 10.0,
                    12.8, 5.6, 3.3, 10.0, 12.8, 9.4, 6.1, 5.6, 4.4, 5.6,
                ],
            },
        ],
    }
}
