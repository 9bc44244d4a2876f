//! A raincloud plot from the Rust Graph Gallery: body mass of 150 Palmer
//! penguins, a half violin, a box and the points for each species,
//! written to raincloud.png.
//!
//! Run it with `cargo run -p rgg-gallery --example raincloud`. To copy the
//! chart into your own plotters project, take `raincloud.rs` from
//! `gallery/src/distribution/` and the helpers its `## Copying` note names.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::distribution::raincloud;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Body mass (g) of the first 50 penguins of each species in
    // the Palmer penguins data (Gorman, Williams and Fraser 2014; CC0).
    let species = [
        (
            "Adelie",
            vec![
                3750.0, 3800.0, 3250.0, 3450.0, 3650.0, 3625.0, 4675.0, 3475.0, 4250.0, 3300.0, 3700.0, 3200.0, 3800.0,
                4400.0, 3700.0, 3450.0, 4500.0, 3325.0, 4200.0, 3400.0, 3600.0, 3800.0, 3950.0, 3800.0, 3800.0, 3550.0,
                3200.0, 3150.0, 3950.0, 3250.0, 3900.0, 3300.0, 3900.0, 3325.0, 4150.0, 3950.0, 3550.0, 3300.0, 4650.0,
                3150.0, 3900.0, 3100.0, 4400.0, 3000.0, 4600.0, 3425.0, 2975.0, 3450.0, 4150.0, 3500.0,
            ],
        ),
        (
            "Chinstrap",
            vec![
                3500.0, 3900.0, 3650.0, 3525.0, 3725.0, 3950.0, 3250.0, 3750.0, 4150.0, 3700.0, 3800.0, 3775.0, 3700.0,
                4050.0, 3575.0, 4050.0, 3300.0, 3700.0, 3450.0, 4400.0, 3600.0, 3400.0, 2900.0, 3800.0, 3300.0, 4150.0,
                3400.0, 3800.0, 3700.0, 4550.0, 3200.0, 4300.0, 3350.0, 4100.0, 3600.0, 3900.0, 3850.0, 4800.0, 2700.0,
                4500.0, 3950.0, 3650.0, 3550.0, 3500.0, 3675.0, 4450.0, 3400.0, 4300.0, 3250.0, 3675.0,
            ],
        ),
        (
            "Gentoo",
            vec![
                4500.0, 5700.0, 4450.0, 5700.0, 5400.0, 4550.0, 4800.0, 5200.0, 4400.0, 5150.0, 4650.0, 5550.0, 4650.0,
                5850.0, 4200.0, 5850.0, 4150.0, 6300.0, 4800.0, 5350.0, 5700.0, 5000.0, 4400.0, 5050.0, 5000.0, 5100.0,
                4100.0, 5650.0, 4600.0, 5550.0, 5250.0, 4700.0, 5050.0, 6050.0, 5150.0, 5400.0, 4950.0, 5250.0, 4350.0,
                5350.0, 3950.0, 5700.0, 4300.0, 4750.0, 5550.0, 4900.0, 4200.0, 5400.0, 5100.0, 5300.0,
            ],
        ),
    ];
    let input = raincloud::Input {
        bandwidth_scale: None,
        title: "Penguin body mass by species".into(),
        group_title: "Species".into(),
        value_title: "Body mass (g)".into(),
        groups: species
            .into_iter()
            .map(|(name, values)| raincloud::Group {
                name: name.into(),
                values,
            })
            .collect(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("raincloud.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    raincloud::draw(&root, &input, raincloud::Variant::Horizontal, &theme)?;
    root.present()?;
    println!("wrote raincloud.png");
    Ok(())
}
