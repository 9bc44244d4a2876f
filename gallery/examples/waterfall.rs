//! A waterfall chart from the Rust Graph Gallery: how US federal receipts
//! fell from fiscal year 2007 to 2009, source by source, written to
//! waterfall.png.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::evolution::waterfall;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // US federal receipts by source, US$ billions, fiscal years 2007 and
    // 2009: OMB Public Budget Database via vega-datasets' budget.json
    // (datasets/us_federal_receipts.csv). Each change is 2009 minus 2007.
    let changes = [
        ("Income tax", 915.308 - 1163.472),
        ("Corporate tax", 138.229 - 370.243),
        ("Social insurance", 890.917 - 869.607),
        ("Excise", 62.483 - 65.069),
        ("Estate & gift", 23.482 - 26.044),
        ("Customs", 22.453 - 26.010),
        ("Other", 52.117 - 47.540),
    ];
    let step = |label: &str, value: f64, kind: waterfall::Kind| waterfall::Step {
        label: label.into(),
        value,
        kind,
    };
    let mut steps = vec![step("FY2007", 2567.985, waterfall::Kind::Total)];
    steps.extend(
        changes
            .iter()
            .map(|(label, value)| step(label, *value, waterfall::Kind::Change)),
    );
    steps.push(step("FY2009", 2104.989, waterfall::Kind::Total));
    let input = waterfall::Input {
        top: None,
        title: "US federal receipts fell by $463 billion from 2007 to 2009".into(),
        label_title: "Source of receipts".into(),
        value_title: "Receipts (US$ billions)".into(),
        steps,
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("waterfall.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    waterfall::draw(&root, &input, waterfall::Variant::Vertical, &theme)?;
    root.present()?;
    println!("wrote waterfall.png");
    Ok(())
}
