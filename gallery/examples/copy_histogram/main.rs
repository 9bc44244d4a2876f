//! A histogram copied out of the Rust Graph Gallery: flipper lengths of
//! 90 Palmer penguins, one colour per species, written to histogram.png.
//!
//! Layout: this file is `src/main.rs`; `histogram.rs` (from
//! `gallery/src/distribution/`) and the helpers its `## Copying` note names
//! (`theme.rs`, `scale.rs`, `stats.rs`, `axes.rs`) sit beside it. Cargo.toml:
//!
//! ```toml
//! [dependencies]
//! plotters = { version = "0.3.7", default-features = false, features = ["bitmap_backend", "bitmap_encoder", "ab_glyph"] }
//! dejavu = "2.37"
//! ```

// Copied modules serve every chart and variant; a program uses only part of them.
#[allow(dead_code)]
mod axes;
#[allow(dead_code)]
mod histogram;
#[allow(dead_code)]
mod scale;
#[allow(dead_code)]
mod stats;
// (`unused_self`: only for clippy's pedantic lints, which this gallery turns on.)
#[allow(dead_code, clippy::unused_self)]
mod theme;

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Flipper lengths (mm) of the first 30 penguins of each species in
    // the Palmer penguins data (Gorman, Williams and Fraser 2014; CC0).
    let species = [
        (
            "Adelie",
            vec![
                181.0, 186.0, 195.0, 193.0, 190.0, 181.0, 195.0, 193.0, 190.0, 186.0, 180.0, 182.0, 191.0, 198.0,
                185.0, 195.0, 197.0, 184.0, 194.0, 174.0, 180.0, 189.0, 185.0, 180.0, 187.0, 183.0, 187.0, 172.0,
                180.0, 178.0,
            ],
        ),
        (
            "Chinstrap",
            vec![
                192.0, 196.0, 193.0, 188.0, 197.0, 198.0, 178.0, 197.0, 195.0, 198.0, 193.0, 194.0, 185.0, 201.0,
                190.0, 201.0, 197.0, 181.0, 190.0, 195.0, 181.0, 191.0, 187.0, 193.0, 195.0, 197.0, 200.0, 200.0,
                191.0, 205.0,
            ],
        ),
        (
            "Gentoo",
            vec![
                211.0, 230.0, 210.0, 218.0, 215.0, 210.0, 211.0, 219.0, 209.0, 215.0, 214.0, 216.0, 214.0, 213.0,
                210.0, 217.0, 210.0, 221.0, 209.0, 222.0, 218.0, 215.0, 213.0, 215.0, 215.0, 215.0, 216.0, 215.0,
                210.0, 220.0,
            ],
        ),
    ];
    let input = histogram::Input {
        title: "Penguin flipper length by species".into(),
        x_title: "Flipper length (mm)".into(),
        groups: species
            .into_iter()
            .map(|(name, values)| histogram::Group {
                name: name.into(),
                values,
            })
            .collect(),
        bin_width: Some(4.0),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("histogram.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    histogram::draw(&root, &input, histogram::Variant::Groups, &theme)?;
    root.present()?;
    println!("wrote histogram.png");
    Ok(())
}
