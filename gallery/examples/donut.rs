//! A donut from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `donut.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example donut`; `rgg new donut` makes
//! it a project of its own, and `rgg source donut --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::donut;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("donut.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    donut::draw(&root, &input, donut::Variant::Donut, &theme)?;
    root.present()?;
    println!("wrote donut.png");
    Ok(())
}

/// The chart's data: "World population by continent, 2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show donut`
// prepares them, keeping all the rows `rgg show donut` draws (year = 2007).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> donut::Input {
    donut::Input {
        top: None,
        title: "World population by continent, 2007".into(),
        value_title: "Population".into(),
        slices: vec![
            donut::Slice {
                name: "Asia".into(),
                value: 3_811_953_827.0,
            },
            donut::Slice {
                name: "Europe".into(),
                value: 586_098_529.0,
            },
            donut::Slice {
                name: "Africa".into(),
                value: 929_539_692.0,
            },
            donut::Slice {
                name: "Americas".into(),
                value: 898_871_184.0,
            },
            donut::Slice {
                name: "Oceania".into(),
                value: 24_549_947.0,
            },
        ],
    }
}
