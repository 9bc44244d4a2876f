//! A beeswarm from the Rust Graph Gallery as a program of its own: draws the chart's sample data
//! at 1200x800 and writes `beeswarm.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example beeswarm`; `rgg new beeswarm` makes
//! it a project of its own, and `rgg source beeswarm --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::distribution::beeswarm;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("beeswarm.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    beeswarm::draw(&root, &input, beeswarm::Variant::Groups, &theme)?;
    root.present()?;
    println!("wrote beeswarm.png");
    Ok(())
}

/// The chart's data: "Penguin body mass by species".
// The numbers are a cut from penguins.csv: Palmer penguins: size measurements of 344 penguins of
// three species (PyPI palmerpenguins 0.1.6 (Gorman, Williams & Fraser 2014, Palmer Station LTER);
// licence: CC0), prepared as `rgg show beeswarm` prepares them, keeping the first 30 penguins of
// each species (90 of 344 rows).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> beeswarm::Input {
    beeswarm::Input {
        point_scale: None,
        title: "Penguin body mass by species".into(),
        x_title: "Species".into(),
        y_title: "Body mass (g)".into(),
        groups: vec![
            beeswarm::Group {
                name: "Adelie".into(),
                values: vec![
                    3750.0,
                    3800.0,
                    3250.0,
                    f64::NAN,
                    3450.0,
                    3650.0,
                    3625.0,
                    4675.0,
                    3475.0,
                    4250.0,
                    3300.0,
                    3700.0,
                    3200.0,
                    3800.0,
                    4400.0,
                    3700.0,
                    3450.0,
                    4500.0,
                    3325.0,
                    4200.0,
                    3400.0,
                    3600.0,
                    3800.0,
                    3950.0,
                    3800.0,
                    3800.0,
                    3550.0,
                    3200.0,
                    3150.0,
                    3950.0,
                ],
            },
            beeswarm::Group {
                name: "Gentoo".into(),
                values: vec![
                    4500.0, 5700.0, 4450.0, 5700.0, 5400.0, 4550.0, 4800.0, 5200.0, 4400.0, 5150.0, 4650.0, 5550.0,
                    4650.0, 5850.0, 4200.0, 5850.0, 4150.0, 6300.0, 4800.0, 5350.0, 5700.0, 5000.0, 4400.0, 5050.0,
                    5000.0, 5100.0, 4100.0, 5650.0, 4600.0, 5550.0,
                ],
            },
            beeswarm::Group {
                name: "Chinstrap".into(),
                values: vec![
                    3500.0, 3900.0, 3650.0, 3525.0, 3725.0, 3950.0, 3250.0, 3750.0, 4150.0, 3700.0, 3800.0, 3775.0,
                    3700.0, 4050.0, 3575.0, 4050.0, 3300.0, 3700.0, 3450.0, 4400.0, 3600.0, 3400.0, 2900.0, 3800.0,
                    3300.0, 4150.0, 3400.0, 3800.0, 3700.0, 4550.0,
                ],
            },
        ],
    }
}
