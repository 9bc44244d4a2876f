//! A mosaic plot of who survived the Titanic, by class, written to
//! mosaic.png: columns as wide as each class's share of the people aboard,
//! split by survival.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::mosaic;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // People aboard the Titanic by class and survival: R's `Titanic` table
    // (1912 Board of Trade inquiry), summed over sex and age.
    let counts = [
        ("1st", "No", 122.0),
        ("1st", "Yes", 203.0),
        ("2nd", "No", 167.0),
        ("2nd", "Yes", 118.0),
        ("3rd", "No", 528.0),
        ("3rd", "Yes", 178.0),
        ("Crew", "No", 673.0),
        ("Crew", "Yes", 212.0),
    ];
    let input = mosaic::Input {
        title: "Who survived the Titanic, by class".into(),
        column_title: "Class".into(),
        row_title: String::new(),
        value_title: "People".into(),
        cells: counts
            .into_iter()
            .map(|(column, row, value)| mosaic::Cell {
                column: column.into(),
                row: if row == "Yes" { "Survived" } else { "Died" }.into(),
                value,
            })
            .collect(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("mosaic.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    mosaic::draw(&root, &input, mosaic::Variant::Mosaic, &theme)?;
    root.present()?;
    println!("wrote mosaic.png");
    Ok(())
}
