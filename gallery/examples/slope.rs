//! A slope chart from the Rust Graph Gallery: life expectancy in twelve
//! countries of southern and eastern Africa in 1952 and 2007 (where the
//! HIV/AIDS epidemic undid decades of gains), written to slope.png.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::slope;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Life expectancy at birth (years) in 1952 and 2007, rounded to 0.1:
    // Gapminder via PyPI plotly's gapminder.csv.gz (datasets/gapminder.csv).
    let countries = [
        ("Botswana", 47.6, 50.7),
        ("Ethiopia", 34.1, 52.9),
        ("Kenya", 42.3, 54.1),
        ("Lesotho", 42.1, 42.6),
        ("Madagascar", 36.7, 59.4),
        ("Malawi", 36.3, 48.3),
        ("Namibia", 41.7, 52.9),
        ("South Africa", 45.0, 49.3),
        ("Swaziland", 41.4, 39.6),
        ("Tanzania", 41.2, 52.5),
        ("Zambia", 42.0, 42.4),
        ("Zimbabwe", 48.5, 43.5),
    ];
    let input = slope::Input {
        title: "Life expectancy in southern and eastern Africa, 1952 and 2007".into(),
        value_title: "Life expectancy (years)".into(),
        start_name: "1952".into(),
        end_name: "2007".into(),
        items: countries
            .iter()
            .map(|(label, start, end)| slope::Item {
                label: (*label).into(),
                start: *start,
                end: *end,
            })
            .collect(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("slope.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    slope::draw(&root, &input, slope::Variant::Values, &theme)?;
    root.present()?;
    println!("wrote slope.png");
    Ok(())
}
