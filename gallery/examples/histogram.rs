//! A histogram from the Rust Graph Gallery as a program of its own: draws the chart's sample data
//! at 1200x800 and writes `histogram.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example histogram`; `rgg new histogram` makes
//! it a project of its own, and `rgg source histogram --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::distribution::histogram;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("histogram.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    histogram::draw(&root, &input, histogram::Variant::Groups, &theme)?;
    root.present()?;
    println!("wrote histogram.png");
    Ok(())
}

/// The chart's data: "Penguin flipper length by species".
// The numbers are a cut from penguins.csv: Palmer penguins: size measurements of 344 penguins of
// three species (PyPI palmerpenguins 0.1.6 (Gorman, Williams & Fraser 2014, Palmer Station LTER);
// licence: CC0), prepared as `rgg show histogram` prepares them, keeping the first 30 penguins of
// each species (90 of 344 rows).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> histogram::Input {
    histogram::Input {
        title: "Penguin flipper length by species".into(),
        x_title: "Flipper length (mm)".into(),
        groups: vec![
            histogram::Group {
                name: "Adelie".into(),
                values: vec![
                    181.0,
                    186.0,
                    195.0,
                    f64::NAN,
                    193.0,
                    190.0,
                    181.0,
                    195.0,
                    193.0,
                    190.0,
                    186.0,
                    180.0,
                    182.0,
                    191.0,
                    198.0,
                    185.0,
                    195.0,
                    197.0,
                    184.0,
                    194.0,
                    174.0,
                    180.0,
                    189.0,
                    185.0,
                    180.0,
                    187.0,
                    183.0,
                    187.0,
                    172.0,
                    180.0,
                ],
            },
            histogram::Group {
                name: "Gentoo".into(),
                values: vec![
                    211.0, 230.0, 210.0, 218.0, 215.0, 210.0, 211.0, 219.0, 209.0, 215.0, 214.0, 216.0, 214.0, 213.0,
                    210.0, 217.0, 210.0, 221.0, 209.0, 222.0, 218.0, 215.0, 213.0, 215.0, 215.0, 215.0, 216.0, 215.0,
                    210.0, 220.0,
                ],
            },
            histogram::Group {
                name: "Chinstrap".into(),
                values: vec![
                    192.0, 196.0, 193.0, 188.0, 197.0, 198.0, 178.0, 197.0, 195.0, 198.0, 193.0, 194.0, 185.0, 201.0,
                    190.0, 201.0, 197.0, 181.0, 190.0, 195.0, 181.0, 191.0, 187.0, 193.0, 195.0, 197.0, 200.0, 200.0,
                    191.0, 205.0,
                ],
            },
        ],
        bin_width: None,
    }
}
