//! A Dorling cartogram of the US states' populations, written to
//! cartogram.png: one circle per state, its area the state's population.
//! `cargo run -p rgg-gallery --example cartogram -- tiles` draws the tile
//! grid map instead.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::map::cartogram;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Population of each state (US Census estimates, as vega-datasets'
    // population_engineers_hurricanes.csv has them).
    let populations = [
        ("Alabama", 4_863_300.0),
        ("Alaska", 741_894.0),
        ("Arizona", 6_931_071.0),
        ("Arkansas", 2_988_248.0),
        ("California", 39_250_017.0),
        ("Colorado", 5_540_545.0),
        ("Connecticut", 3_576_452.0),
        ("Delaware", 952_065.0),
        ("District of Columbia", 681_170.0),
        ("Florida", 20_612_439.0),
        ("Georgia", 10_310_371.0),
        ("Hawaii", 1_428_557.0),
        ("Idaho", 1_683_140.0),
        ("Illinois", 12_801_539.0),
        ("Indiana", 6_633_053.0),
        ("Iowa", 3_134_693.0),
        ("Kansas", 2_907_289.0),
        ("Kentucky", 4_436_974.0),
        ("Louisiana", 4_681_666.0),
        ("Maine", 1_331_479.0),
        ("Maryland", 6_016_447.0),
        ("Massachusetts", 6_811_779.0),
        ("Michigan", 9_928_300.0),
        ("Minnesota", 5_519_952.0),
        ("Mississippi", 2_988_726.0),
        ("Missouri", 6_093_000.0),
        ("Montana", 1_042_520.0),
        ("Nebraska", 1_907_116.0),
        ("Nevada", 2_940_058.0),
        ("New Hampshire", 1_334_795.0),
        ("New Jersey", 8_944_469.0),
        ("New Mexico", 2_081_015.0),
        ("New York", 19_745_289.0),
        ("North Carolina", 10_146_788.0),
        ("North Dakota", 757_952.0),
        ("Ohio", 11_614_373.0),
        ("Oklahoma", 3_923_561.0),
        ("Oregon", 4_093_465.0),
        ("Pennsylvania", 12_784_227.0),
        ("Rhode Island", 1_056_426.0),
        ("South Carolina", 4_961_119.0),
        ("South Dakota", 865_454.0),
        ("Tennessee", 6_651_194.0),
        ("Texas", 27_862_596.0),
        ("Utah", 3_051_217.0),
        ("Vermont", 624_594.0),
        ("Virginia", 8_411_808.0),
        ("Washington", 7_288_000.0),
        ("West Virginia", 1_831_102.0),
        ("Wisconsin", 5_778_708.0),
        ("Wyoming", 585_501.0),
        ("Puerto Rico", 3_411_307.0),
    ];
    let input = cartogram::Input {
        title: "Population of the US states".into(),
        value_title: "Population".into(),
        items: populations
            .into_iter()
            .map(|(name, value)| cartogram::Item {
                name: name.into(),
                value,
            })
            .collect(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("cartogram.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    cartogram::draw(&root, &input, cartogram::Variant::Dorling, &theme)?;
    root.present()?;
    println!("wrote cartogram.png");
    Ok(())
}
