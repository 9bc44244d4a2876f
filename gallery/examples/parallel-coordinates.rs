//! A parallel coordinates from the Rust Graph Gallery as a program of its own: draws the chart's
//! sample data at 1200x800 and writes `parallel-coordinates.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example parallel-coordinates`; `rgg new parallel-coordinates` makes
//! it a project of its own, and `rgg source parallel-coordinates --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::parallel_coordinates;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("parallel-coordinates.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    parallel_coordinates::draw(&root, &input, parallel_coordinates::Variant::Scaled, &theme)?;
    root.present()?;
    println!("wrote parallel-coordinates.png");
    Ok(())
}

/// The chart's data: "Penguin measurements by species".
// The numbers are a cut from penguins.csv: Palmer penguins: size measurements of 344 penguins of
// three species (PyPI palmerpenguins 0.1.6 (Gorman, Williams & Fraser 2014, Palmer Station LTER);
// licence: CC0), prepared as `rgg show parallel-coordinates` prepares them, keeping the first 30
// penguins of each species (90 of 344 rows).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> parallel_coordinates::Input {
    parallel_coordinates::Input {
        title: "Penguin measurements by species".into(),
        axes: vec![
            "Bill length (mm)".into(),
            "Bill depth (mm)".into(),
            "Flipper length (mm)".into(),
            "Body mass (g)".into(),
        ],
        groups: vec![
            parallel_coordinates::Group {
                name: "Adelie".into(),
                rows: vec![
                    vec![39.1, 18.7, 181.0, 3750.0],
                    vec![39.5, 17.4, 186.0, 3800.0],
                    vec![40.3, 18.0, 195.0, 3250.0],
                    vec![f64::NAN, f64::NAN, f64::NAN, f64::NAN],
                    vec![36.7, 19.3, 193.0, 3450.0],
                    vec![39.3, 20.6, 190.0, 3650.0],
                    vec![38.9, 17.8, 181.0, 3625.0],
                    vec![39.2, 19.6, 195.0, 4675.0],
                    vec![34.1, 18.1, 193.0, 3475.0],
                    vec![42.0, 20.2, 190.0, 4250.0],
                    vec![37.8, 17.1, 186.0, 3300.0],
                    vec![37.8, 17.3, 180.0, 3700.0],
                    vec![41.1, 17.6, 182.0, 3200.0],
                    vec![38.6, 21.2, 191.0, 3800.0],
                    vec![34.6, 21.1, 198.0, 4400.0],
                    vec![36.6, 17.8, 185.0, 3700.0],
                    vec![38.7, 19.0, 195.0, 3450.0],
                    vec![42.5, 20.7, 197.0, 4500.0],
                    vec![34.4, 18.4, 184.0, 3325.0],
                    vec![46.0, 21.5, 194.0, 4200.0],
                    vec![37.8, 18.3, 174.0, 3400.0],
                    vec![37.7, 18.7, 180.0, 3600.0],
                    vec![35.9, 19.2, 189.0, 3800.0],
                    vec![38.2, 18.1, 185.0, 3950.0],
                    vec![38.8, 17.2, 180.0, 3800.0],
                    vec![35.3, 18.9, 187.0, 3800.0],
                    vec![40.6, 18.6, 183.0, 3550.0],
                    vec![40.5, 17.9, 187.0, 3200.0],
                    vec![37.9, 18.6, 172.0, 3150.0],
                    vec![40.5, 18.9, 180.0, 3950.0],
                ],
            },
            parallel_coordinates::Group {
                name: "Gentoo".into(),
                rows: vec![
                    vec![46.1, 13.2, 211.0, 4500.0],
                    vec![50.0, 16.3, 230.0, 5700.0],
                    vec![48.7, 14.1, 210.0, 4450.0],
                    vec![50.0, 15.2, 218.0, 5700.0],
                    vec![47.6, 14.5, 215.0, 5400.0],
                    vec![46.5, 13.5, 210.0, 4550.0],
                    vec![45.4, 14.6, 211.0, 4800.0],
                    vec![46.7, 15.3, 219.0, 5200.0],
                    vec![43.3, 13.4, 209.0, 4400.0],
                    vec![46.8, 15.4, 215.0, 5150.0],
                    vec![40.9, 13.7, 214.0, 4650.0],
                    vec![49.0, 16.1, 216.0, 5550.0],
                    vec![45.5, 13.7, 214.0, 4650.0],
                    vec![48.4, 14.6, 213.0, 5850.0],
                    vec![45.8, 14.6, 210.0, 4200.0],
                    vec![49.3, 15.7, 217.0, 5850.0],
                    vec![42.0, 13.5, 210.0, 4150.0],
                    vec![49.2, 15.2, 221.0, 6300.0],
                    vec![46.2, 14.5, 209.0, 4800.0],
                    vec![48.7, 15.1, 222.0, 5350.0],
                    vec![50.2, 14.3, 218.0, 5700.0],
                    vec![45.1, 14.5, 215.0, 5000.0],
                    vec![46.5, 14.5, 213.0, 4400.0],
                    vec![46.3, 15.8, 215.0, 5050.0],
                    vec![42.9, 13.1, 215.0, 5000.0],
                    vec![46.1, 15.1, 215.0, 5100.0],
                    vec![44.5, 14.3, 216.0, 4100.0],
                    vec![47.8, 15.0, 215.0, 5650.0],
                    vec![48.2, 14.3, 210.0, 4600.0],
                    vec![50.0, 15.3, 220.0, 5550.0],
                ],
            },
            parallel_coordinates::Group {
                name: "Chinstrap".into(),
                rows: vec![
                    vec![46.5, 17.9, 192.0, 3500.0],
                    vec![50.0, 19.5, 196.0, 3900.0],
                    vec![51.3, 19.2, 193.0, 3650.0],
                    vec![45.4, 18.7, 188.0, 3525.0],
                    vec![52.7, 19.8, 197.0, 3725.0],
                    vec![45.2, 17.8, 198.0, 3950.0],
                    vec![46.1, 18.2, 178.0, 3250.0],
                    vec![51.3, 18.2, 197.0, 3750.0],
                    vec![46.0, 18.9, 195.0, 4150.0],
                    vec![51.3, 19.9, 198.0, 3700.0],
                    vec![46.6, 17.8, 193.0, 3800.0],
                    vec![51.7, 20.3, 194.0, 3775.0],
                    vec![47.0, 17.3, 185.0, 3700.0],
                    vec![52.0, 18.1, 201.0, 4050.0],
                    vec![45.9, 17.1, 190.0, 3575.0],
                    vec![50.5, 19.6, 201.0, 4050.0],
                    vec![50.3, 20.0, 197.0, 3300.0],
                    vec![58.0, 17.8, 181.0, 3700.0],
                    vec![46.4, 18.6, 190.0, 3450.0],
                    vec![49.2, 18.2, 195.0, 4400.0],
                    vec![42.4, 17.3, 181.0, 3600.0],
                    vec![48.5, 17.5, 191.0, 3400.0],
                    vec![43.2, 16.6, 187.0, 2900.0],
                    vec![50.6, 19.4, 193.0, 3800.0],
                    vec![46.7, 17.9, 195.0, 3300.0],
                    vec![52.0, 19.0, 197.0, 4150.0],
                    vec![50.5, 18.4, 200.0, 3400.0],
                    vec![49.5, 19.0, 200.0, 3800.0],
                    vec![46.4, 17.8, 191.0, 3700.0],
                    vec![52.8, 20.0, 205.0, 4550.0],
                ],
            },
        ],
    }
}
