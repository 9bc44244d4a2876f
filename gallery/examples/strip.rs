//! A strip plot from the Rust Graph Gallery: flipper lengths of 150 Palmer
//! penguins as jittered dots, one strip per species with its median,
//! written to strip.png.
//!
//! Run it with `cargo run -p rgg-gallery --example strip`. To copy the
//! chart into your own plotters project, take `strip.rs` from
//! `gallery/src/distribution/` and the helpers its `## Copying` note names.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::distribution::strip;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Flipper lengths (mm) of the first 50 penguins of each species in
    // the Palmer penguins data (Gorman, Williams and Fraser 2014; CC0).
    let species = [
        (
            "Adelie",
            vec![
                181.0, 186.0, 195.0, 193.0, 190.0, 181.0, 195.0, 193.0, 190.0, 186.0, 180.0, 182.0, 191.0, 198.0,
                185.0, 195.0, 197.0, 184.0, 194.0, 174.0, 180.0, 189.0, 185.0, 180.0, 187.0, 183.0, 187.0, 172.0,
                180.0, 178.0, 178.0, 188.0, 184.0, 195.0, 196.0, 190.0, 180.0, 181.0, 184.0, 182.0, 195.0, 186.0,
                196.0, 185.0, 190.0, 182.0, 179.0, 190.0, 191.0, 186.0,
            ],
        ),
        (
            "Chinstrap",
            vec![
                192.0, 196.0, 193.0, 188.0, 197.0, 198.0, 178.0, 197.0, 195.0, 198.0, 193.0, 194.0, 185.0, 201.0,
                190.0, 201.0, 197.0, 181.0, 190.0, 195.0, 181.0, 191.0, 187.0, 193.0, 195.0, 197.0, 200.0, 200.0,
                191.0, 205.0, 187.0, 201.0, 187.0, 203.0, 195.0, 199.0, 195.0, 210.0, 192.0, 205.0, 210.0, 187.0,
                196.0, 196.0, 196.0, 201.0, 190.0, 212.0, 187.0, 198.0,
            ],
        ),
        (
            "Gentoo",
            vec![
                211.0, 230.0, 210.0, 218.0, 215.0, 210.0, 211.0, 219.0, 209.0, 215.0, 214.0, 216.0, 214.0, 213.0,
                210.0, 217.0, 210.0, 221.0, 209.0, 222.0, 218.0, 215.0, 213.0, 215.0, 215.0, 215.0, 216.0, 215.0,
                210.0, 220.0, 222.0, 209.0, 207.0, 230.0, 220.0, 220.0, 213.0, 219.0, 208.0, 208.0, 208.0, 225.0,
                210.0, 216.0, 222.0, 217.0, 210.0, 225.0, 213.0, 215.0,
            ],
        ),
    ];
    let input = strip::Input {
        point_scale: None,
        title: "Penguin flipper length by species".into(),
        group_title: "Species".into(),
        value_title: "Flipper length (mm)".into(),
        groups: species
            .into_iter()
            .map(|(name, values)| strip::Group {
                name: name.into(),
                values,
            })
            .collect(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("strip.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    strip::draw(&root, &input, strip::Variant::Jitter, &theme)?;
    root.present()?;
    println!("wrote strip.png");
    Ok(())
}
