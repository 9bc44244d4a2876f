//! A scatter plot from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `scatter.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example scatter`; `rgg new scatter` makes
//! it a project of its own, and `rgg source scatter --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::correlation::scatter;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("scatter.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    scatter::draw(&root, &input, scatter::Variant::Basic, &theme)?;
    root.present()?;
    println!("wrote scatter.png");
    Ok(())
}

/// The chart's data: "Penguin bill length vs depth".
// The numbers are a cut from penguins.csv: Palmer penguins: size measurements of 344 penguins of
// three species (PyPI palmerpenguins 0.1.6 (Gorman, Williams & Fraser 2014, Palmer Station LTER);
// licence: CC0), prepared as `rgg show scatter` prepares them, keeping the first 30 penguins of
// each species (90 of 344 rows).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> scatter::Input {
    scatter::Input {
        point_scale: None,
        title: "Penguin bill length vs depth".into(),
        x_title: "Bill length (mm)".into(),
        y_title: "Bill depth (mm)".into(),
        groups: vec![
            scatter::Group {
                name: "Adelie".into(),
                x: vec![
                    39.1,
                    39.5,
                    40.3,
                    f64::NAN,
                    36.7,
                    39.3,
                    38.9,
                    39.2,
                    34.1,
                    42.0,
                    37.8,
                    37.8,
                    41.1,
                    38.6,
                    34.6,
                    36.6,
                    38.7,
                    42.5,
                    34.4,
                    46.0,
                    37.8,
                    37.7,
                    35.9,
                    38.2,
                    38.8,
                    35.3,
                    40.6,
                    40.5,
                    37.9,
                    40.5,
                ],
                y: vec![
                    18.7,
                    17.4,
                    18.0,
                    f64::NAN,
                    19.3,
                    20.6,
                    17.8,
                    19.6,
                    18.1,
                    20.2,
                    17.1,
                    17.3,
                    17.6,
                    21.2,
                    21.1,
                    17.8,
                    19.0,
                    20.7,
                    18.4,
                    21.5,
                    18.3,
                    18.7,
                    19.2,
                    18.1,
                    17.2,
                    18.9,
                    18.6,
                    17.9,
                    18.6,
                    18.9,
                ],
            },
            scatter::Group {
                name: "Gentoo".into(),
                x: vec![
                    46.1, 50.0, 48.7, 50.0, 47.6, 46.5, 45.4, 46.7, 43.3, 46.8, 40.9, 49.0, 45.5, 48.4, 45.8, 49.3,
                    42.0, 49.2, 46.2, 48.7, 50.2, 45.1, 46.5, 46.3, 42.9, 46.1, 44.5, 47.8, 48.2, 50.0,
                ],
                y: vec![
                    13.2, 16.3, 14.1, 15.2, 14.5, 13.5, 14.6, 15.3, 13.4, 15.4, 13.7, 16.1, 13.7, 14.6, 14.6, 15.7,
                    13.5, 15.2, 14.5, 15.1, 14.3, 14.5, 14.5, 15.8, 13.1, 15.1, 14.3, 15.0, 14.3, 15.3,
                ],
            },
            scatter::Group {
                name: "Chinstrap".into(),
                x: vec![
                    46.5, 50.0, 51.3, 45.4, 52.7, 45.2, 46.1, 51.3, 46.0, 51.3, 46.6, 51.7, 47.0, 52.0, 45.9, 50.5,
                    50.3, 58.0, 46.4, 49.2, 42.4, 48.5, 43.2, 50.6, 46.7, 52.0, 50.5, 49.5, 46.4, 52.8,
                ],
                y: vec![
                    17.9, 19.5, 19.2, 18.7, 19.8, 17.8, 18.2, 18.2, 18.9, 19.9, 17.8, 20.3, 17.3, 18.1, 17.1, 19.6,
                    20.0, 17.8, 18.6, 18.2, 17.3, 17.5, 16.6, 19.4, 17.9, 19.0, 18.4, 19.0, 17.8, 20.0,
                ],
            },
        ],
        log_x: false,
        log_y: false,
    }
}
