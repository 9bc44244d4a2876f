//! A connected scatter from the Rust Graph Gallery as a program of its own: draws the chart's
//! sample data at 1200x800 and writes `connected-scatter.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example connected-scatter`; `rgg new connected-scatter` makes
//! it a project of its own, and `rgg source connected-scatter --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::correlation::connected_scatter;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("connected-scatter.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    connected_scatter::draw(&root, &input, connected_scatter::Variant::LogX, &theme)?;
    root.present()?;
    println!("wrote connected-scatter.png");
    Ok(())
}

/// The chart's data: "China: income and life expectancy, 1952-2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show
// connected-scatter` prepares them, keeping all the rows `rgg show connected-scatter` draws
// (country = China).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> connected_scatter::Input {
    connected_scatter::Input {
        point_scale: None,
        title: "China: income and life expectancy, 1952-2007".into(),
        x_title: "GDP per capita (US$)".into(),
        y_title: "Life expectancy (years)".into(),
        paths: vec![connected_scatter::Path {
            name: String::new(),
            x: vec![
                400.448_611,
                575.987,
                487.674,
                612.706,
                676.9,
                741.237,
                962.421,
                1378.9,
                1655.78,
                2289.23,
                3119.28,
                4959.11,
            ],
            y: vec![
                44.0, 50.54896, 44.50136, 58.38112, 63.11888, 63.96736, 65.525, 67.274, 68.69, 70.426, 72.028, 72.961,
            ],
            labels: vec![
                "1952".into(),
                "1957".into(),
                "1962".into(),
                "1967".into(),
                "1972".into(),
                "1977".into(),
                "1982".into(),
                "1987".into(),
                "1992".into(),
                "1997".into(),
                "2002".into(),
                "2007".into(),
            ],
        }],
    }
}
