//! A radar chart from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `radar.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example radar`; `rgg new radar` makes
//! it a project of its own, and `rgg source radar --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::radar;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("radar.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    radar::draw(&root, &input, radar::Variant::Groups, &theme)?;
    root.present()?;
    println!("wrote radar.png");
    Ok(())
}

/// The chart's data: "Penguin species profiles (mean of each measurement)".
// The numbers are taken from penguins.csv: Palmer penguins: size measurements of 344 penguins of
// three species (PyPI palmerpenguins 0.1.6 (Gorman, Williams & Fraser 2014, Palmer Station LTER);
// licence: CC0), prepared as `rgg show radar` prepares them, keeping all the rows `rgg show radar`
// draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> radar::Input {
    radar::Input {
        title: "Penguin species profiles (mean of each measurement)".into(),
        axes: vec![
            "Bill length (mm)".into(),
            "Bill depth (mm)".into(),
            "Flipper length (mm)".into(),
            "Body mass (g)".into(),
        ],
        ranges: vec![(32.1, 59.6), (13.1, 21.5), (172.0, 231.0), (2700.0, 6300.0)],
        groups: vec![
            radar::Group {
                name: "Adelie".into(),
                values: vec![38.7914, 18.3464, 189.954, 3700.66],
            },
            radar::Group {
                name: "Gentoo".into(),
                values: vec![47.5049, 14.9821, 217.187, 5076.02],
            },
            radar::Group {
                name: "Chinstrap".into(),
                values: vec![48.8338, 18.4206, 195.824, 3733.09],
            },
        ],
    }
}
