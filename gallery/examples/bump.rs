//! A bump chart from the Rust Graph Gallery: how twelve Asian countries
//! ranked on life expectancy from 1952 to 2007, written to bump.png.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::bump;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Life expectancy at birth (years) every five years from 1952 to 2007,
    // rounded to 0.1: Gapminder via PyPI plotly's gapminder.csv.gz
    // (datasets/gapminder.csv).
    let years: Vec<f64> = (0..12).map(|k| f64::from(1952 + 5 * k)).collect();
    let countries = [
        (
            "Japan",
            [63.0, 65.5, 68.7, 71.4, 73.4, 75.4, 77.1, 78.7, 79.4, 80.7, 82.0, 82.6],
        ),
        (
            "Hong Kong, China",
            [61.0, 64.8, 67.7, 70.0, 72.0, 73.6, 75.5, 76.2, 77.6, 80.0, 81.5, 82.2],
        ),
        (
            "Singapore",
            [60.4, 63.2, 65.8, 67.9, 69.5, 70.8, 71.8, 73.6, 75.8, 77.2, 78.8, 80.0],
        ),
        (
            "Taiwan",
            [58.5, 62.4, 65.2, 67.5, 69.4, 70.6, 72.2, 73.4, 74.3, 75.2, 77.0, 78.4],
        ),
        (
            "Korea, Rep.",
            [47.5, 52.7, 55.3, 57.7, 62.6, 64.8, 67.1, 69.8, 72.2, 74.6, 77.0, 78.6],
        ),
        (
            "Malaysia",
            [48.5, 52.1, 55.7, 59.4, 63.0, 65.3, 68.0, 69.5, 70.7, 71.9, 73.0, 74.2],
        ),
        (
            "China",
            [44.0, 50.5, 44.5, 58.4, 63.1, 64.0, 65.5, 67.3, 68.7, 70.4, 72.0, 73.0],
        ),
        (
            "Vietnam",
            [40.4, 42.9, 45.4, 47.8, 50.3, 55.8, 58.8, 62.8, 67.7, 70.7, 73.0, 74.2],
        ),
        (
            "Thailand",
            [50.8, 53.6, 56.1, 58.3, 60.4, 62.5, 64.6, 66.1, 67.3, 67.5, 68.6, 70.6],
        ),
        (
            "Philippines",
            [47.8, 51.3, 54.8, 56.4, 58.1, 60.1, 62.1, 64.2, 66.5, 68.6, 70.3, 71.7],
        ),
        (
            "Indonesia",
            [37.5, 39.9, 42.5, 46.0, 49.2, 52.7, 56.2, 60.1, 62.7, 66.0, 68.6, 70.7],
        ),
        (
            "India",
            [37.4, 40.2, 43.6, 47.2, 50.7, 54.2, 56.6, 58.6, 60.2, 61.8, 62.9, 64.7],
        ),
    ];
    let input = bump::Input {
        movers: None,
        title: "Life expectancy rank of 12 Asian countries, 1952-2007".into(),
        x_title: "Year".into(),
        rank_title: "Rank (1 = longest life expectancy)".into(),
        x_is_date: false,
        ascending: false,
        series: countries
            .iter()
            .map(|(name, values)| bump::Series {
                name: (*name).into(),
                x: years.clone(),
                y: values.to_vec(),
            })
            .collect(),
        highlight: Vec::new(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("bump.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    bump::draw(&root, &input, bump::Variant::Highlight, &theme)?;
    root.present()?;
    println!("wrote bump.png");
    Ok(())
}
