//! A line from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `line.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example line`; `rgg new line` makes
//! it a project of its own, and `rgg source line --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::evolution::line;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("line.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    line::draw(&root, &input, line::Variant::Lines, &theme)?;
    root.present()?;
    println!("wrote line.png");
    Ok(())
}

/// The chart's data: "Life expectancy, 1952-2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show line`
// prepares them, keeping all the rows `rgg show line` draws (country = China, India, Japan,
// Nigeria, South Africa, United States).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> line::Input {
    line::Input {
        title: "Life expectancy, 1952-2007".into(),
        x_title: "Year".into(),
        y_title: "Life expectancy (years)".into(),
        x_is_date: false,
        series: vec![
            line::Series {
                name: "China".into(),
                x: vec![
                    1952.0, 1957.0, 1962.0, 1967.0, 1972.0, 1977.0, 1982.0, 1987.0, 1992.0, 1997.0, 2002.0, 2007.0,
                ],
                y: vec![
                    44.0, 50.54896, 44.50136, 58.38112, 63.11888, 63.96736, 65.525, 67.274, 68.69, 70.426, 72.028,
                    72.961,
                ],
            },
            line::Series {
                name: "India".into(),
                x: vec![
                    1952.0, 1957.0, 1962.0, 1967.0, 1972.0, 1977.0, 1982.0, 1987.0, 1992.0, 1997.0, 2002.0, 2007.0,
                ],
                y: vec![
                    37.373, 40.249, 43.605, 47.193, 50.651, 54.208, 56.596, 58.553, 60.223, 61.765, 62.879, 64.698,
                ],
            },
            line::Series {
                name: "Japan".into(),
                x: vec![
                    1952.0, 1957.0, 1962.0, 1967.0, 1972.0, 1977.0, 1982.0, 1987.0, 1992.0, 1997.0, 2002.0, 2007.0,
                ],
                y: vec![
                    63.03, 65.5, 68.73, 71.43, 73.42, 75.38, 77.11, 78.67, 79.36, 80.69, 82.0, 82.603,
                ],
            },
            line::Series {
                name: "Nigeria".into(),
                x: vec![
                    1952.0, 1957.0, 1962.0, 1967.0, 1972.0, 1977.0, 1982.0, 1987.0, 1992.0, 1997.0, 2002.0, 2007.0,
                ],
                y: vec![
                    36.324, 37.802, 39.36, 41.04, 42.821, 44.514, 45.826, 46.886, 47.472, 47.464, 46.608, 46.859,
                ],
            },
            line::Series {
                name: "South Africa".into(),
                x: vec![
                    1952.0, 1957.0, 1962.0, 1967.0, 1972.0, 1977.0, 1982.0, 1987.0, 1992.0, 1997.0, 2002.0, 2007.0,
                ],
                y: vec![
                    45.009, 47.985, 49.951, 51.927, 53.696, 55.527, 58.161, 60.834, 61.888, 60.236, 53.365, 49.339,
                ],
            },
            line::Series {
                name: "United States".into(),
                x: vec![
                    1952.0, 1957.0, 1962.0, 1967.0, 1972.0, 1977.0, 1982.0, 1987.0, 1992.0, 1997.0, 2002.0, 2007.0,
                ],
                y: vec![
                    68.44, 69.49, 70.21, 70.76, 71.34, 73.38, 74.65, 75.02, 76.09, 76.81, 77.31, 78.242,
                ],
            },
        ],
        highlight: None,
        log_y: false,
    }
}
