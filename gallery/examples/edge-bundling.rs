//! A hierarchical edge bundling from the Rust Graph Gallery as a program of its own: draws the
//! chart's sample data at 1200x800 and writes `edge-bundling.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example edge-bundling`; `rgg new edge-bundling` makes
//! it a project of its own, and `rgg source edge-bundling --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::flow::edge_bundling;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("edge-bundling.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    edge_bundling::draw(&root, &input, edge_bundling::Variant::Bundled, &theme)?;
    root.present()?;
    println!("wrote edge-bundling.png");
    Ok(())
}

/// The chart's data: "US air routes between regions".
// The numbers are taken from routes.csv: US airline routes: unique origin/destination pairs with a
// carrier count (PyPI bokeh_sampledata 2026.1, _data/routes.csv.gz, reduced to unique pairs (US
// BTS); licence: public domain), prepared as `rgg show edge-bundling` prepares them, keeping all
// the rows `rgg show edge-bundling` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> edge_bundling::Input {
    edge_bundling::Input {
        beta: None,
        title: "US air routes between regions".into(),
        nodes: vec![
            edge_bundling::Node {
                name: "SJU".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "BGR".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "BOS".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "PVD".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "BDL".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "JFK".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "ALB".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "LGA".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "EWR".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "PHL".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "SYR".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "ORF".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "BWI".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "MDT".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "DCA".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "RIC".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "IAD".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "ROC".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "BUF".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "RDU".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "MYR".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "CHS".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "DJT".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "FLL".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "PIT".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "MIA".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "CLT".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "SAV".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "MCO".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "JAX".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "CLE".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "TPA".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "AVL".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "CMH".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "DTW".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "TYS".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "ATL".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "CVG".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "CHA".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "GRR".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "TVC".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "SDF".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "ECP".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "IND".into(),
                group: "East".into(),
            },
            edge_bundling::Node {
                name: "BNA".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "BHM".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "HSV".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "PNS".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MDW".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MKE".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "ORD".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MSN".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MEM".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "JAN".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MSY".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "STL".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "BTR".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "CID".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "LIT".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MSP".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "DSM".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "SHV".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "XNA".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "MCI".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "HOU".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "IAH".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "TUL".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "OMA".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "FSD".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "FAR".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "DFW".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "ICT".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "OKC".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "AUS".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "SAT".into(),
                group: "Central".into(),
            },
            edge_bundling::Node {
                name: "AMA".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "LBB".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "MAF".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "RAP".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "DEN".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "COS".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "ELP".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "ABQ".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "HDN".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "MTJ".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "TUS".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "BZN".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "SLC".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "PHX".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "MSO".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "FCA".into(),
                group: "Mountain".into(),
            },
            edge_bundling::Node {
                name: "LAS".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "BOI".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "PSP".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "SAN".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "ONT".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "SNA".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "LAX".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "FAT".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "SMF".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "SJC".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "SEA".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "SFO".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "PDX".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "ANC".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "KOA".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "OGG".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "HNL".into(),
                group: "West".into(),
            },
            edge_bundling::Node {
                name: "LIH".into(),
                group: "West".into(),
            },
        ],
        edges: vec![
            edge_bundling::Edge {
                source: 97,
                target: 102,
            },
            edge_bundling::Edge { source: 2, target: 50 },
            edge_bundling::Edge { source: 91, target: 97 },
            edge_bundling::Edge { source: 97, target: 88 },
            edge_bundling::Edge {
                source: 97,
                target: 101,
            },
            edge_bundling::Edge { source: 36, target: 50 },
            edge_bundling::Edge { source: 59, target: 50 },
            edge_bundling::Edge { source: 44, target: 50 },
            edge_bundling::Edge { source: 34, target: 50 },
            edge_bundling::Edge { source: 79, target: 87 },
            edge_bundling::Edge { source: 79, target: 97 },
            edge_bundling::Edge {
                source: 79,
                target: 101,
            },
            edge_bundling::Edge { source: 79, target: 94 },
            edge_bundling::Edge { source: 50, target: 55 },
            edge_bundling::Edge { source: 36, target: 14 },
            edge_bundling::Edge { source: 43, target: 50 },
            edge_bundling::Edge { source: 50, target: 19 },
            edge_bundling::Edge { source: 30, target: 50 },
            edge_bundling::Edge { source: 67, target: 50 },
            edge_bundling::Edge { source: 39, target: 50 },
            edge_bundling::Edge { source: 4, target: 50 },
            edge_bundling::Edge { source: 44, target: 14 },
            edge_bundling::Edge { source: 88, target: 87 },
            edge_bundling::Edge {
                source: 88,
                target: 102,
            },
            edge_bundling::Edge { source: 97, target: 28 },
            edge_bundling::Edge {
                source: 94,
                target: 102,
            },
            edge_bundling::Edge {
                source: 107,
                target: 97,
            },
            edge_bundling::Edge {
                source: 97,
                target: 108,
            },
            edge_bundling::Edge {
                source: 105,
                target: 97,
            },
            edge_bundling::Edge { source: 2, target: 14 },
            edge_bundling::Edge { source: 70, target: 50 },
            edge_bundling::Edge { source: 36, target: 79 },
            edge_bundling::Edge { source: 36, target: 70 },
            edge_bundling::Edge { source: 26, target: 50 },
            edge_bundling::Edge { source: 79, target: 59 },
            edge_bundling::Edge { source: 79, target: 88 },
            edge_bundling::Edge { source: 14, target: 50 },
            edge_bundling::Edge { source: 44, target: 70 },
            edge_bundling::Edge { source: 65, target: 50 },
            edge_bundling::Edge { source: 79, target: 34 },
            edge_bundling::Edge { source: 70, target: 65 },
            edge_bundling::Edge { source: 97, target: 50 },
            edge_bundling::Edge {
                source: 50,
                target: 101,
            },
            edge_bundling::Edge { source: 23, target: 50 },
            edge_bundling::Edge { source: 2, target: 79 },
            edge_bundling::Edge { source: 79, target: 25 },
            edge_bundling::Edge { source: 79, target: 9 },
            edge_bundling::Edge { source: 73, target: 79 },
            edge_bundling::Edge { source: 73, target: 70 },
            edge_bundling::Edge { source: 7, target: 50 },
            edge_bundling::Edge {
                source: 79,
                target: 103,
            },
            edge_bundling::Edge { source: 36, target: 88 },
            edge_bundling::Edge { source: 63, target: 50 },
            edge_bundling::Edge { source: 79, target: 63 },
            edge_bundling::Edge { source: 50, target: 24 },
            edge_bundling::Edge { source: 37, target: 50 },
            edge_bundling::Edge { source: 37, target: 79 },
            edge_bundling::Edge { source: 36, target: 65 },
            edge_bundling::Edge { source: 33, target: 50 },
            edge_bundling::Edge { source: 29, target: 50 },
            edge_bundling::Edge { source: 54, target: 50 },
            edge_bundling::Edge { source: 60, target: 50 },
            edge_bundling::Edge { source: 79, target: 60 },
            edge_bundling::Edge { source: 79, target: 67 },
            edge_bundling::Edge { source: 52, target: 50 },
            edge_bundling::Edge { source: 79, target: 35 },
            edge_bundling::Edge { source: 21, target: 50 },
            edge_bundling::Edge { source: 82, target: 50 },
            edge_bundling::Edge { source: 36, target: 25 },
            edge_bundling::Edge { source: 36, target: 9 },
            edge_bundling::Edge { source: 18, target: 50 },
            edge_bundling::Edge { source: 79, target: 72 },
            edge_bundling::Edge { source: 36, target: 8 },
            edge_bundling::Edge { source: 92, target: 79 },
            edge_bundling::Edge { source: 70, target: 72 },
            edge_bundling::Edge { source: 79, target: 58 },
            edge_bundling::Edge { source: 50, target: 40 },
            edge_bundling::Edge { source: 36, target: 7 },
            edge_bundling::Edge { source: 57, target: 50 },
            edge_bundling::Edge { source: 13, target: 50 },
            edge_bundling::Edge { source: 51, target: 50 },
            edge_bundling::Edge { source: 70, target: 71 },
            edge_bundling::Edge {
                source: 91,
                target: 101,
            },
            edge_bundling::Edge { source: 50, target: 17 },
            edge_bundling::Edge {
                source: 91,
                target: 102,
            },
            edge_bundling::Edge { source: 73, target: 91 },
            edge_bundling::Edge { source: 12, target: 26 },
            edge_bundling::Edge {
                source: 88,
                target: 101,
            },
            edge_bundling::Edge { source: 14, target: 28 },
            edge_bundling::Edge { source: 65, target: 97 },
            edge_bundling::Edge { source: 97, target: 87 },
            edge_bundling::Edge { source: 44, target: 2 },
            edge_bundling::Edge { source: 44, target: 25 },
            edge_bundling::Edge { source: 88, target: 94 },
            edge_bundling::Edge {
                source: 102,
                target: 87,
            },
            edge_bundling::Edge { source: 44, target: 7 },
            edge_bundling::Edge { source: 2, target: 97 },
            edge_bundling::Edge { source: 73, target: 97 },
            edge_bundling::Edge {
                source: 101,
                target: 102,
            },
            edge_bundling::Edge { source: 2, target: 28 },
            edge_bundling::Edge { source: 14, target: 55 },
            edge_bundling::Edge {
                source: 97,
                target: 103,
            },
            edge_bundling::Edge { source: 7, target: 28 },
            edge_bundling::Edge { source: 88, target: 99 },
            edge_bundling::Edge { source: 5, target: 102 },
            edge_bundling::Edge { source: 2, target: 94 },
            edge_bundling::Edge { source: 97, target: 99 },
            edge_bundling::Edge { source: 63, target: 25 },
            edge_bundling::Edge { source: 14, target: 22 },
            edge_bundling::Edge { source: 14, target: 3 },
            edge_bundling::Edge { source: 81, target: 88 },
            edge_bundling::Edge { source: 23, target: 19 },
            edge_bundling::Edge {
                source: 97,
                target: 100,
            },
            edge_bundling::Edge { source: 88, target: 85 },
            edge_bundling::Edge { source: 25, target: 19 },
            edge_bundling::Edge { source: 9, target: 19 },
            edge_bundling::Edge {
                source: 102,
                target: 96,
            },
            edge_bundling::Edge {
                source: 97,
                target: 106,
            },
            edge_bundling::Edge { source: 50, target: 11 },
            edge_bundling::Edge { source: 79, target: 50 },
            edge_bundling::Edge { source: 79, target: 70 },
            edge_bundling::Edge { source: 91, target: 50 },
            edge_bundling::Edge { source: 26, target: 79 },
            edge_bundling::Edge { source: 79, target: 91 },
            edge_bundling::Edge { source: 70, target: 59 },
            edge_bundling::Edge { source: 44, target: 79 },
            edge_bundling::Edge { source: 50, target: 87 },
            edge_bundling::Edge { source: 70, target: 34 },
            edge_bundling::Edge { source: 70, target: 87 },
            edge_bundling::Edge { source: 70, target: 97 },
            edge_bundling::Edge { source: 28, target: 50 },
            edge_bundling::Edge { source: 79, target: 28 },
            edge_bundling::Edge {
                source: 70,
                target: 101,
            },
            edge_bundling::Edge {
                source: 79,
                target: 102,
            },
            edge_bundling::Edge { source: 70, target: 23 },
            edge_bundling::Edge { source: 50, target: 9 },
            edge_bundling::Edge {
                source: 70,
                target: 102,
            },
            edge_bundling::Edge { source: 12, target: 50 },
            edge_bundling::Edge { source: 70, target: 8 },
            edge_bundling::Edge { source: 36, target: 91 },
            edge_bundling::Edge { source: 5, target: 50 },
            edge_bundling::Edge { source: 79, target: 7 },
            edge_bundling::Edge {
                source: 50,
                target: 103,
            },
            edge_bundling::Edge { source: 50, target: 94 },
            edge_bundling::Edge { source: 70, target: 7 },
            edge_bundling::Edge { source: 70, target: 16 },
            edge_bundling::Edge { source: 70, target: 94 },
            edge_bundling::Edge { source: 70, target: 64 },
            edge_bundling::Edge { source: 79, target: 55 },
            edge_bundling::Edge { source: 79, target: 31 },
            edge_bundling::Edge { source: 70, target: 55 },
            edge_bundling::Edge { source: 79, target: 43 },
            edge_bundling::Edge { source: 70, target: 63 },
            edge_bundling::Edge { source: 20, target: 50 },
            edge_bundling::Edge { source: 79, target: 99 },
            edge_bundling::Edge { source: 33, target: 79 },
            edge_bundling::Edge { source: 79, target: 19 },
            edge_bundling::Edge { source: 36, target: 97 },
            edge_bundling::Edge { source: 79, target: 96 },
            edge_bundling::Edge { source: 91, target: 88 },
            edge_bundling::Edge {
                source: 104,
                target: 50,
            },
            edge_bundling::Edge { source: 79, target: 54 },
            edge_bundling::Edge { source: 50, target: 74 },
            edge_bundling::Edge {
                source: 104,
                target: 79,
            },
            edge_bundling::Edge { source: 36, target: 48 },
            edge_bundling::Edge { source: 79, target: 74 },
            edge_bundling::Edge { source: 50, target: 0 },
            edge_bundling::Edge { source: 30, target: 79 },
            edge_bundling::Edge { source: 70, target: 54 },
            edge_bundling::Edge { source: 70, target: 74 },
            edge_bundling::Edge { source: 36, target: 23 },
            edge_bundling::Edge { source: 36, target: 28 },
            edge_bundling::Edge { source: 44, target: 26 },
            edge_bundling::Edge { source: 50, target: 27 },
            edge_bundling::Edge { source: 50, target: 35 },
            edge_bundling::Edge { source: 79, target: 39 },
            edge_bundling::Edge { source: 79, target: 52 },
            edge_bundling::Edge { source: 70, target: 41 },
            edge_bundling::Edge {
                source: 36,
                target: 102,
            },
            edge_bundling::Edge { source: 32, target: 50 },
            edge_bundling::Edge { source: 79, target: 49 },
            edge_bundling::Edge { source: 36, target: 2 },
            edge_bundling::Edge { source: 82, target: 79 },
            edge_bundling::Edge { source: 36, target: 73 },
            edge_bundling::Edge { source: 86, target: 79 },
            edge_bundling::Edge { source: 26, target: 65 },
            edge_bundling::Edge { source: 79, target: 95 },
            edge_bundling::Edge { source: 92, target: 50 },
            edge_bundling::Edge { source: 50, target: 66 },
            edge_bundling::Edge { source: 79, target: 66 },
            edge_bundling::Edge { source: 59, target: 88 },
            edge_bundling::Edge { source: 36, target: 12 },
            edge_bundling::Edge { source: 79, target: 62 },
            edge_bundling::Edge { source: 34, target: 91 },
            edge_bundling::Edge { source: 91, target: 87 },
            edge_bundling::Edge { source: 6, target: 50 },
            edge_bundling::Edge { source: 14, target: 59 },
            edge_bundling::Edge { source: 79, target: 47 },
            edge_bundling::Edge { source: 70, target: 66 },
            edge_bundling::Edge { source: 50, target: 15 },
            edge_bundling::Edge { source: 50, target: 10 },
            edge_bundling::Edge { source: 79, target: 15 },
            edge_bundling::Edge { source: 70, target: 62 },
            edge_bundling::Edge { source: 42, target: 50 },
            edge_bundling::Edge { source: 50, target: 3 },
            edge_bundling::Edge { source: 45, target: 79 },
            edge_bundling::Edge { source: 71, target: 50 },
            edge_bundling::Edge { source: 36, target: 5 },
            edge_bundling::Edge { source: 79, target: 71 },
            edge_bundling::Edge { source: 70, target: 47 },
            edge_bundling::Edge { source: 90, target: 50 },
            edge_bundling::Edge { source: 45, target: 70 },
            edge_bundling::Edge { source: 57, target: 79 },
            edge_bundling::Edge { source: 80, target: 79 },
            edge_bundling::Edge { source: 79, target: 81 },
            edge_bundling::Edge { source: 70, target: 42 },
            edge_bundling::Edge { source: 36, target: 16 },
            edge_bundling::Edge { source: 79, target: 51 },
            edge_bundling::Edge { source: 89, target: 50 },
            edge_bundling::Edge { source: 1, target: 50 },
            edge_bundling::Edge { source: 26, target: 23 },
            edge_bundling::Edge { source: 79, target: 98 },
            edge_bundling::Edge { source: 91, target: 28 },
            edge_bundling::Edge { source: 50, target: 78 },
            edge_bundling::Edge { source: 79, target: 68 },
            edge_bundling::Edge { source: 79, target: 93 },
            edge_bundling::Edge { source: 70, target: 81 },
            edge_bundling::Edge { source: 79, target: 69 },
            edge_bundling::Edge { source: 65, target: 88 },
            edge_bundling::Edge { source: 70, target: 68 },
            edge_bundling::Edge { source: 70, target: 46 },
            edge_bundling::Edge { source: 38, target: 70 },
            edge_bundling::Edge { source: 26, target: 8 },
            edge_bundling::Edge { source: 70, target: 61 },
            edge_bundling::Edge { source: 34, target: 88 },
            edge_bundling::Edge { source: 79, target: 84 },
            edge_bundling::Edge { source: 70, target: 77 },
            edge_bundling::Edge { source: 36, target: 55 },
            edge_bundling::Edge { source: 70, target: 53 },
            edge_bundling::Edge { source: 70, target: 76 },
            edge_bundling::Edge { source: 14, target: 34 },
            edge_bundling::Edge { source: 75, target: 70 },
            edge_bundling::Edge { source: 36, target: 31 },
            edge_bundling::Edge { source: 79, target: 83 },
            edge_bundling::Edge { source: 56, target: 70 },
            edge_bundling::Edge { source: 14, target: 97 },
            edge_bundling::Edge { source: 36, target: 63 },
            edge_bundling::Edge { source: 36, target: 43 },
            edge_bundling::Edge { source: 26, target: 7 },
            edge_bundling::Edge { source: 5, target: 91 },
            edge_bundling::Edge { source: 44, target: 97 },
            edge_bundling::Edge { source: 28, target: 88 },
            edge_bundling::Edge {
                source: 91,
                target: 103,
            },
            edge_bundling::Edge { source: 91, target: 94 },
            edge_bundling::Edge { source: 14, target: 23 },
            edge_bundling::Edge { source: 34, target: 65 },
            edge_bundling::Edge { source: 59, target: 9 },
            edge_bundling::Edge { source: 73, target: 59 },
            edge_bundling::Edge {
                source: 44,
                target: 101,
            },
            edge_bundling::Edge { source: 73, target: 88 },
            edge_bundling::Edge { source: 44, target: 23 },
            edge_bundling::Edge { source: 36, target: 33 },
            edge_bundling::Edge { source: 44, target: 9 },
            edge_bundling::Edge { source: 36, target: 54 },
            edge_bundling::Edge { source: 26, target: 55 },
            edge_bundling::Edge { source: 23, target: 65 },
            edge_bundling::Edge { source: 5, target: 88 },
            edge_bundling::Edge {
                source: 101,
                target: 87,
            },
            edge_bundling::Edge { source: 34, target: 23 },
            edge_bundling::Edge { source: 65, target: 25 },
            edge_bundling::Edge {
                source: 103,
                target: 88,
            },
            edge_bundling::Edge { source: 34, target: 25 },
            edge_bundling::Edge { source: 34, target: 9 },
            edge_bundling::Edge { source: 73, target: 87 },
            edge_bundling::Edge { source: 37, target: 91 },
            edge_bundling::Edge { source: 12, target: 34 },
            edge_bundling::Edge { source: 8, target: 97 },
            edge_bundling::Edge { source: 59, target: 55 },
            edge_bundling::Edge { source: 26, target: 33 },
            edge_bundling::Edge { source: 2, target: 101 },
            edge_bundling::Edge {
                source: 25,
                target: 101,
            },
            edge_bundling::Edge { source: 9, target: 101 },
            edge_bundling::Edge { source: 23, target: 9 },
            edge_bundling::Edge { source: 91, target: 96 },
            edge_bundling::Edge { source: 28, target: 9 },
            edge_bundling::Edge {
                source: 73,
                target: 101,
            },
            edge_bundling::Edge { source: 73, target: 28 },
            edge_bundling::Edge { source: 8, target: 28 },
            edge_bundling::Edge { source: 2, target: 102 },
            edge_bundling::Edge { source: 2, target: 9 },
            edge_bundling::Edge { source: 34, target: 16 },
            edge_bundling::Edge { source: 5, target: 97 },
            edge_bundling::Edge { source: 94, target: 87 },
            edge_bundling::Edge {
                source: 73,
                target: 102,
            },
            edge_bundling::Edge { source: 12, target: 23 },
            edge_bundling::Edge { source: 73, target: 2 },
            edge_bundling::Edge { source: 73, target: 25 },
            edge_bundling::Edge { source: 14, target: 63 },
            edge_bundling::Edge { source: 26, target: 27 },
            edge_bundling::Edge { source: 14, target: 24 },
        ],
        note: "The 300 heaviest of 3017 links are drawn; airports are grouped by longitude".into(),
    }
}
