//! A step chart from the Rust Graph Gallery: the Bank of England's Bank
//! Rate since 2000, written to step.png.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::evolution::step;
use rgg_gallery::theme;

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: i64, day: i64) -> f64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as f64
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Every change of Bank Rate (%) since 2000, from the Bank of England
    // Database as bundled by PyPI uk-bank-rate 0.4.1
    // (datasets/uk_bank_rate.csv); the last row is the last day covered.
    let changes = [
        (2000, 1, 13, 5.75),
        (2000, 2, 10, 6.0),
        (2001, 2, 8, 5.75),
        (2001, 4, 5, 5.5),
        (2001, 5, 10, 5.25),
        (2001, 8, 2, 5.0),
        (2001, 9, 18, 4.75),
        (2001, 10, 4, 4.5),
        (2001, 11, 8, 4.0),
        (2003, 2, 6, 3.75),
        (2003, 7, 10, 3.5),
        (2003, 11, 6, 3.75),
        (2004, 2, 5, 4.0),
        (2004, 5, 6, 4.25),
        (2004, 6, 10, 4.5),
        (2004, 8, 5, 4.75),
        (2005, 8, 4, 4.5),
        (2006, 8, 3, 4.75),
        (2006, 11, 9, 5.0),
        (2007, 1, 11, 5.25),
        (2007, 5, 10, 5.5),
        (2007, 7, 5, 5.75),
        (2007, 12, 6, 5.5),
        (2008, 2, 7, 5.25),
        (2008, 4, 10, 5.0),
        (2008, 10, 8, 4.5),
        (2008, 11, 6, 3.0),
        (2008, 12, 4, 2.0),
        (2009, 1, 8, 1.5),
        (2009, 2, 5, 1.0),
        (2009, 3, 5, 0.5),
        (2016, 8, 4, 0.25),
        (2017, 11, 2, 0.5),
        (2018, 8, 2, 0.75),
        (2020, 3, 11, 0.25),
        (2020, 3, 19, 0.1),
        (2021, 12, 16, 0.25),
        (2022, 2, 3, 0.5),
        (2022, 3, 17, 0.75),
        (2022, 5, 5, 1.0),
        (2022, 6, 16, 1.25),
        (2022, 8, 4, 1.75),
        (2022, 9, 22, 2.25),
        (2022, 11, 3, 3.0),
        (2022, 12, 15, 3.5),
        (2023, 2, 2, 4.0),
        (2023, 3, 23, 4.25),
        (2023, 5, 11, 4.5),
        (2023, 6, 22, 5.0),
        (2023, 8, 3, 5.25),
        (2024, 8, 1, 5.0),
        (2024, 11, 7, 4.75),
        (2025, 2, 6, 4.5),
        (2025, 5, 8, 4.25),
        (2025, 8, 7, 4.0),
        (2025, 12, 18, 3.75),
        (2026, 10, 6, 3.75),
    ];
    let input = step::Input {
        title: "UK Bank Rate since 2000".into(),
        x_title: "Date the rate took effect".into(),
        y_title: "Bank Rate (%)".into(),
        x_is_date: true,
        series: vec![step::Series {
            name: "Bank Rate".into(),
            x: changes.iter().map(|(y, m, d, _)| days_from_civil(*y, *m, *d)).collect(),
            y: changes.iter().map(|(_, _, _, rate)| *rate).collect(),
        }],
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("step.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    step::draw(&root, &input, step::Variant::Post, &theme)?;
    root.present()?;
    println!("wrote step.png");
    Ok(())
}
