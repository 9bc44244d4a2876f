//! A network from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `network.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example network`; `rgg new network` makes
//! it a project of its own, and `rgg source network --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::flow::network;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("network.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    network::draw(&root, &input, network::Variant::Force, &theme)?;
    root.present()?;
    println!("wrote network.png");
    Ok(())
}

/// The chart's data: "Who appears with whom in Les Misérables".
// The numbers are taken from les_mis.json: Character co-occurrence in Les Miserables: 77 nodes,
// 254 links (PyPI bokeh_sampledata 2026.1, _data/les_mis.json (from D. E. Knuth's Stanford
// GraphBase jean.dat); licence: Knuth's notice: a modified copy must carry another name and say it
// is not part of the Stanford GraphBase), prepared as `rgg show network` prepares them, keeping
// all the rows `rgg show network` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> network::Input {
    network::Input {
        labels: None,
        title: "Who appears with whom in Les Misérables".into(),
        nodes: vec![
            network::Node {
                name: "Napoleon".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Myriel".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Mlle.Baptistine".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Mme.Magloire".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "CountessdeLo".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Geborand".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Champtercier".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Cravatte".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Count".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "OldMan".into(),
                group: "Myriel's circle".into(),
            },
            network::Node {
                name: "Valjean".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Labarre".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Marguerite".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Mme.deR".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Isabeau".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Gervais".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Listolier".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Tholomyes".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Fameuil".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Blacheville".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Favourite".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Dahlia".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Zephine".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Fantine".into(),
                group: "Fantine's circle".into(),
            },
            network::Node {
                name: "Mme.Thenardier".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Thenardier".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Cosette".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Javert".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Fauchelevent".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Bamatabois".into(),
                group: "Bamatabois's circle".into(),
            },
            network::Node {
                name: "Perpetue".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Simplice".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Scaufflaire".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Woman1".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Judge".into(),
                group: "Bamatabois's circle".into(),
            },
            network::Node {
                name: "Champmathieu".into(),
                group: "Bamatabois's circle".into(),
            },
            network::Node {
                name: "Brevet".into(),
                group: "Bamatabois's circle".into(),
            },
            network::Node {
                name: "Chenildieu".into(),
                group: "Bamatabois's circle".into(),
            },
            network::Node {
                name: "Cochepaille".into(),
                group: "Bamatabois's circle".into(),
            },
            network::Node {
                name: "Pontmercy".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Boulatruelle".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Eponine".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Anzelma".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Woman2".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "MotherInnocent".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Gribier".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Mme.Burgon".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Jondrette".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Gavroche".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Gillenormand".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Magnon".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Mlle.Gillenormand".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Mme.Pontmercy".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Mlle.Vaubois".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Lt.Gillenormand".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Marius".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "BaronessT".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Mabeuf".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Enjolras".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Combeferre".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Prouvaire".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Feuilly".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Courfeyrac".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Bahorel".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Bossuet".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Joly".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Grantaire".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "MotherPlutarch".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Gueulemer".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Babet".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Claquesous".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Montparnasse".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Toussaint".into(),
                group: "Valjean's circle".into(),
            },
            network::Node {
                name: "Child1".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Child2".into(),
                group: "Gavroche's circle".into(),
            },
            network::Node {
                name: "Brujon".into(),
                group: "Thenardier's circle".into(),
            },
            network::Node {
                name: "Mme.Hucheloup".into(),
                group: "Gavroche's circle".into(),
            },
        ],
        edges: vec![
            network::Edge {
                source: 0,
                target: 1,
                weight: 1.0,
            },
            network::Edge {
                source: 2,
                target: 1,
                weight: 8.0,
            },
            network::Edge {
                source: 3,
                target: 1,
                weight: 10.0,
            },
            network::Edge {
                source: 3,
                target: 2,
                weight: 6.0,
            },
            network::Edge {
                source: 4,
                target: 1,
                weight: 1.0,
            },
            network::Edge {
                source: 5,
                target: 1,
                weight: 1.0,
            },
            network::Edge {
                source: 6,
                target: 1,
                weight: 1.0,
            },
            network::Edge {
                source: 7,
                target: 1,
                weight: 1.0,
            },
            network::Edge {
                source: 8,
                target: 1,
                weight: 2.0,
            },
            network::Edge {
                source: 9,
                target: 1,
                weight: 1.0,
            },
            network::Edge {
                source: 10,
                target: 11,
                weight: 1.0,
            },
            network::Edge {
                source: 10,
                target: 3,
                weight: 3.0,
            },
            network::Edge {
                source: 10,
                target: 2,
                weight: 3.0,
            },
            network::Edge {
                source: 10,
                target: 1,
                weight: 5.0,
            },
            network::Edge {
                source: 12,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 13,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 14,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 15,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 16,
                target: 17,
                weight: 4.0,
            },
            network::Edge {
                source: 18,
                target: 17,
                weight: 4.0,
            },
            network::Edge {
                source: 18,
                target: 16,
                weight: 4.0,
            },
            network::Edge {
                source: 19,
                target: 17,
                weight: 4.0,
            },
            network::Edge {
                source: 19,
                target: 16,
                weight: 4.0,
            },
            network::Edge {
                source: 19,
                target: 18,
                weight: 4.0,
            },
            network::Edge {
                source: 20,
                target: 17,
                weight: 3.0,
            },
            network::Edge {
                source: 20,
                target: 16,
                weight: 3.0,
            },
            network::Edge {
                source: 20,
                target: 18,
                weight: 3.0,
            },
            network::Edge {
                source: 20,
                target: 19,
                weight: 4.0,
            },
            network::Edge {
                source: 21,
                target: 17,
                weight: 3.0,
            },
            network::Edge {
                source: 21,
                target: 16,
                weight: 3.0,
            },
            network::Edge {
                source: 21,
                target: 18,
                weight: 3.0,
            },
            network::Edge {
                source: 21,
                target: 19,
                weight: 3.0,
            },
            network::Edge {
                source: 21,
                target: 20,
                weight: 5.0,
            },
            network::Edge {
                source: 22,
                target: 17,
                weight: 3.0,
            },
            network::Edge {
                source: 22,
                target: 16,
                weight: 3.0,
            },
            network::Edge {
                source: 22,
                target: 18,
                weight: 3.0,
            },
            network::Edge {
                source: 22,
                target: 19,
                weight: 3.0,
            },
            network::Edge {
                source: 22,
                target: 20,
                weight: 4.0,
            },
            network::Edge {
                source: 22,
                target: 21,
                weight: 4.0,
            },
            network::Edge {
                source: 23,
                target: 17,
                weight: 3.0,
            },
            network::Edge {
                source: 23,
                target: 16,
                weight: 3.0,
            },
            network::Edge {
                source: 23,
                target: 18,
                weight: 3.0,
            },
            network::Edge {
                source: 23,
                target: 19,
                weight: 3.0,
            },
            network::Edge {
                source: 23,
                target: 20,
                weight: 4.0,
            },
            network::Edge {
                source: 23,
                target: 21,
                weight: 4.0,
            },
            network::Edge {
                source: 23,
                target: 22,
                weight: 4.0,
            },
            network::Edge {
                source: 23,
                target: 12,
                weight: 2.0,
            },
            network::Edge {
                source: 23,
                target: 10,
                weight: 9.0,
            },
            network::Edge {
                source: 24,
                target: 23,
                weight: 2.0,
            },
            network::Edge {
                source: 24,
                target: 10,
                weight: 7.0,
            },
            network::Edge {
                source: 25,
                target: 24,
                weight: 13.0,
            },
            network::Edge {
                source: 25,
                target: 23,
                weight: 1.0,
            },
            network::Edge {
                source: 25,
                target: 10,
                weight: 12.0,
            },
            network::Edge {
                source: 26,
                target: 24,
                weight: 4.0,
            },
            network::Edge {
                source: 26,
                target: 10,
                weight: 31.0,
            },
            network::Edge {
                source: 26,
                target: 17,
                weight: 1.0,
            },
            network::Edge {
                source: 26,
                target: 25,
                weight: 1.0,
            },
            network::Edge {
                source: 27,
                target: 10,
                weight: 17.0,
            },
            network::Edge {
                source: 27,
                target: 23,
                weight: 5.0,
            },
            network::Edge {
                source: 27,
                target: 25,
                weight: 5.0,
            },
            network::Edge {
                source: 27,
                target: 24,
                weight: 1.0,
            },
            network::Edge {
                source: 27,
                target: 26,
                weight: 1.0,
            },
            network::Edge {
                source: 28,
                target: 10,
                weight: 8.0,
            },
            network::Edge {
                source: 28,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 29,
                target: 23,
                weight: 1.0,
            },
            network::Edge {
                source: 29,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 29,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 30,
                target: 23,
                weight: 1.0,
            },
            network::Edge {
                source: 31,
                target: 30,
                weight: 2.0,
            },
            network::Edge {
                source: 31,
                target: 10,
                weight: 3.0,
            },
            network::Edge {
                source: 31,
                target: 23,
                weight: 2.0,
            },
            network::Edge {
                source: 31,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 32,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 33,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 33,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 34,
                target: 10,
                weight: 3.0,
            },
            network::Edge {
                source: 34,
                target: 29,
                weight: 2.0,
            },
            network::Edge {
                source: 35,
                target: 10,
                weight: 3.0,
            },
            network::Edge {
                source: 35,
                target: 34,
                weight: 3.0,
            },
            network::Edge {
                source: 35,
                target: 29,
                weight: 2.0,
            },
            network::Edge {
                source: 36,
                target: 34,
                weight: 2.0,
            },
            network::Edge {
                source: 36,
                target: 35,
                weight: 2.0,
            },
            network::Edge {
                source: 36,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 36,
                target: 29,
                weight: 1.0,
            },
            network::Edge {
                source: 37,
                target: 34,
                weight: 2.0,
            },
            network::Edge {
                source: 37,
                target: 35,
                weight: 2.0,
            },
            network::Edge {
                source: 37,
                target: 36,
                weight: 2.0,
            },
            network::Edge {
                source: 37,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 37,
                target: 29,
                weight: 1.0,
            },
            network::Edge {
                source: 38,
                target: 34,
                weight: 2.0,
            },
            network::Edge {
                source: 38,
                target: 35,
                weight: 2.0,
            },
            network::Edge {
                source: 38,
                target: 36,
                weight: 2.0,
            },
            network::Edge {
                source: 38,
                target: 37,
                weight: 2.0,
            },
            network::Edge {
                source: 38,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 38,
                target: 29,
                weight: 1.0,
            },
            network::Edge {
                source: 39,
                target: 25,
                weight: 1.0,
            },
            network::Edge {
                source: 40,
                target: 25,
                weight: 1.0,
            },
            network::Edge {
                source: 41,
                target: 24,
                weight: 2.0,
            },
            network::Edge {
                source: 41,
                target: 25,
                weight: 3.0,
            },
            network::Edge {
                source: 42,
                target: 41,
                weight: 2.0,
            },
            network::Edge {
                source: 42,
                target: 25,
                weight: 2.0,
            },
            network::Edge {
                source: 42,
                target: 24,
                weight: 1.0,
            },
            network::Edge {
                source: 43,
                target: 10,
                weight: 3.0,
            },
            network::Edge {
                source: 43,
                target: 26,
                weight: 1.0,
            },
            network::Edge {
                source: 43,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 44,
                target: 28,
                weight: 3.0,
            },
            network::Edge {
                source: 44,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 45,
                target: 28,
                weight: 2.0,
            },
            network::Edge {
                source: 46,
                target: 47,
                weight: 1.0,
            },
            network::Edge {
                source: 48,
                target: 46,
                weight: 2.0,
            },
            network::Edge {
                source: 48,
                target: 25,
                weight: 1.0,
            },
            network::Edge {
                source: 48,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 48,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 49,
                target: 26,
                weight: 3.0,
            },
            network::Edge {
                source: 49,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 50,
                target: 49,
                weight: 1.0,
            },
            network::Edge {
                source: 50,
                target: 24,
                weight: 1.0,
            },
            network::Edge {
                source: 51,
                target: 49,
                weight: 9.0,
            },
            network::Edge {
                source: 51,
                target: 26,
                weight: 2.0,
            },
            network::Edge {
                source: 51,
                target: 10,
                weight: 2.0,
            },
            network::Edge {
                source: 52,
                target: 51,
                weight: 1.0,
            },
            network::Edge {
                source: 52,
                target: 39,
                weight: 1.0,
            },
            network::Edge {
                source: 53,
                target: 51,
                weight: 1.0,
            },
            network::Edge {
                source: 54,
                target: 51,
                weight: 2.0,
            },
            network::Edge {
                source: 54,
                target: 49,
                weight: 1.0,
            },
            network::Edge {
                source: 54,
                target: 26,
                weight: 1.0,
            },
            network::Edge {
                source: 55,
                target: 51,
                weight: 6.0,
            },
            network::Edge {
                source: 55,
                target: 49,
                weight: 12.0,
            },
            network::Edge {
                source: 55,
                target: 39,
                weight: 1.0,
            },
            network::Edge {
                source: 55,
                target: 54,
                weight: 1.0,
            },
            network::Edge {
                source: 55,
                target: 26,
                weight: 21.0,
            },
            network::Edge {
                source: 55,
                target: 10,
                weight: 19.0,
            },
            network::Edge {
                source: 55,
                target: 17,
                weight: 1.0,
            },
            network::Edge {
                source: 55,
                target: 25,
                weight: 2.0,
            },
            network::Edge {
                source: 55,
                target: 41,
                weight: 5.0,
            },
            network::Edge {
                source: 55,
                target: 48,
                weight: 4.0,
            },
            network::Edge {
                source: 56,
                target: 49,
                weight: 1.0,
            },
            network::Edge {
                source: 56,
                target: 55,
                weight: 1.0,
            },
            network::Edge {
                source: 57,
                target: 55,
                weight: 1.0,
            },
            network::Edge {
                source: 57,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 57,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 58,
                target: 55,
                weight: 7.0,
            },
            network::Edge {
                source: 58,
                target: 48,
                weight: 7.0,
            },
            network::Edge {
                source: 58,
                target: 27,
                weight: 6.0,
            },
            network::Edge {
                source: 58,
                target: 57,
                weight: 1.0,
            },
            network::Edge {
                source: 58,
                target: 10,
                weight: 4.0,
            },
            network::Edge {
                source: 59,
                target: 58,
                weight: 15.0,
            },
            network::Edge {
                source: 59,
                target: 55,
                weight: 5.0,
            },
            network::Edge {
                source: 59,
                target: 48,
                weight: 6.0,
            },
            network::Edge {
                source: 59,
                target: 57,
                weight: 2.0,
            },
            network::Edge {
                source: 60,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 60,
                target: 58,
                weight: 4.0,
            },
            network::Edge {
                source: 60,
                target: 59,
                weight: 2.0,
            },
            network::Edge {
                source: 61,
                target: 48,
                weight: 2.0,
            },
            network::Edge {
                source: 61,
                target: 58,
                weight: 6.0,
            },
            network::Edge {
                source: 61,
                target: 60,
                weight: 2.0,
            },
            network::Edge {
                source: 61,
                target: 59,
                weight: 5.0,
            },
            network::Edge {
                source: 61,
                target: 57,
                weight: 1.0,
            },
            network::Edge {
                source: 61,
                target: 55,
                weight: 1.0,
            },
            network::Edge {
                source: 62,
                target: 55,
                weight: 9.0,
            },
            network::Edge {
                source: 62,
                target: 58,
                weight: 17.0,
            },
            network::Edge {
                source: 62,
                target: 59,
                weight: 13.0,
            },
            network::Edge {
                source: 62,
                target: 48,
                weight: 7.0,
            },
            network::Edge {
                source: 62,
                target: 57,
                weight: 2.0,
            },
            network::Edge {
                source: 62,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 62,
                target: 61,
                weight: 6.0,
            },
            network::Edge {
                source: 62,
                target: 60,
                weight: 3.0,
            },
            network::Edge {
                source: 63,
                target: 59,
                weight: 5.0,
            },
            network::Edge {
                source: 63,
                target: 48,
                weight: 5.0,
            },
            network::Edge {
                source: 63,
                target: 62,
                weight: 6.0,
            },
            network::Edge {
                source: 63,
                target: 57,
                weight: 2.0,
            },
            network::Edge {
                source: 63,
                target: 58,
                weight: 4.0,
            },
            network::Edge {
                source: 63,
                target: 61,
                weight: 3.0,
            },
            network::Edge {
                source: 63,
                target: 60,
                weight: 2.0,
            },
            network::Edge {
                source: 63,
                target: 55,
                weight: 1.0,
            },
            network::Edge {
                source: 64,
                target: 55,
                weight: 5.0,
            },
            network::Edge {
                source: 64,
                target: 62,
                weight: 12.0,
            },
            network::Edge {
                source: 64,
                target: 48,
                weight: 5.0,
            },
            network::Edge {
                source: 64,
                target: 63,
                weight: 4.0,
            },
            network::Edge {
                source: 64,
                target: 58,
                weight: 10.0,
            },
            network::Edge {
                source: 64,
                target: 61,
                weight: 6.0,
            },
            network::Edge {
                source: 64,
                target: 60,
                weight: 2.0,
            },
            network::Edge {
                source: 64,
                target: 59,
                weight: 9.0,
            },
            network::Edge {
                source: 64,
                target: 57,
                weight: 1.0,
            },
            network::Edge {
                source: 64,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 65,
                target: 63,
                weight: 5.0,
            },
            network::Edge {
                source: 65,
                target: 64,
                weight: 7.0,
            },
            network::Edge {
                source: 65,
                target: 48,
                weight: 3.0,
            },
            network::Edge {
                source: 65,
                target: 62,
                weight: 5.0,
            },
            network::Edge {
                source: 65,
                target: 58,
                weight: 5.0,
            },
            network::Edge {
                source: 65,
                target: 61,
                weight: 5.0,
            },
            network::Edge {
                source: 65,
                target: 60,
                weight: 2.0,
            },
            network::Edge {
                source: 65,
                target: 59,
                weight: 5.0,
            },
            network::Edge {
                source: 65,
                target: 57,
                weight: 1.0,
            },
            network::Edge {
                source: 65,
                target: 55,
                weight: 2.0,
            },
            network::Edge {
                source: 66,
                target: 64,
                weight: 3.0,
            },
            network::Edge {
                source: 66,
                target: 58,
                weight: 3.0,
            },
            network::Edge {
                source: 66,
                target: 59,
                weight: 1.0,
            },
            network::Edge {
                source: 66,
                target: 62,
                weight: 2.0,
            },
            network::Edge {
                source: 66,
                target: 65,
                weight: 2.0,
            },
            network::Edge {
                source: 66,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 66,
                target: 63,
                weight: 1.0,
            },
            network::Edge {
                source: 66,
                target: 61,
                weight: 1.0,
            },
            network::Edge {
                source: 66,
                target: 60,
                weight: 1.0,
            },
            network::Edge {
                source: 67,
                target: 57,
                weight: 3.0,
            },
            network::Edge {
                source: 68,
                target: 25,
                weight: 5.0,
            },
            network::Edge {
                source: 68,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 68,
                target: 24,
                weight: 1.0,
            },
            network::Edge {
                source: 68,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 68,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 68,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 69,
                target: 25,
                weight: 6.0,
            },
            network::Edge {
                source: 69,
                target: 68,
                weight: 6.0,
            },
            network::Edge {
                source: 69,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 69,
                target: 24,
                weight: 1.0,
            },
            network::Edge {
                source: 69,
                target: 27,
                weight: 2.0,
            },
            network::Edge {
                source: 69,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 69,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 70,
                target: 25,
                weight: 4.0,
            },
            network::Edge {
                source: 70,
                target: 69,
                weight: 4.0,
            },
            network::Edge {
                source: 70,
                target: 68,
                weight: 4.0,
            },
            network::Edge {
                source: 70,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 70,
                target: 24,
                weight: 1.0,
            },
            network::Edge {
                source: 70,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 70,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 70,
                target: 58,
                weight: 1.0,
            },
            network::Edge {
                source: 71,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 71,
                target: 69,
                weight: 2.0,
            },
            network::Edge {
                source: 71,
                target: 68,
                weight: 2.0,
            },
            network::Edge {
                source: 71,
                target: 70,
                weight: 2.0,
            },
            network::Edge {
                source: 71,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 71,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 71,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 71,
                target: 25,
                weight: 1.0,
            },
            network::Edge {
                source: 72,
                target: 26,
                weight: 2.0,
            },
            network::Edge {
                source: 72,
                target: 27,
                weight: 1.0,
            },
            network::Edge {
                source: 72,
                target: 10,
                weight: 1.0,
            },
            network::Edge {
                source: 73,
                target: 48,
                weight: 2.0,
            },
            network::Edge {
                source: 74,
                target: 48,
                weight: 2.0,
            },
            network::Edge {
                source: 74,
                target: 73,
                weight: 3.0,
            },
            network::Edge {
                source: 75,
                target: 69,
                weight: 3.0,
            },
            network::Edge {
                source: 75,
                target: 68,
                weight: 3.0,
            },
            network::Edge {
                source: 75,
                target: 25,
                weight: 3.0,
            },
            network::Edge {
                source: 75,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 75,
                target: 41,
                weight: 1.0,
            },
            network::Edge {
                source: 75,
                target: 70,
                weight: 1.0,
            },
            network::Edge {
                source: 75,
                target: 71,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 64,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 65,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 66,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 63,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 62,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 48,
                weight: 1.0,
            },
            network::Edge {
                source: 76,
                target: 58,
                weight: 1.0,
            },
        ],
        positions: vec![
            (0.273_215, 0.943_009),
            (0.344_756, 0.85016),
            (0.357_401, 0.728_946),
            (0.397_755, 0.745_789),
            (0.217_128, 0.949_873),
            (0.202_887, 0.889_479),
            (0.289_028, 1.0),
            (0.344_617, 0.983_558),
            (0.395_856, 0.998_702),
            (0.439_627, 0.960_584),
            (0.4503, 0.532_311),
            (0.435_852, 0.703_757),
            (0.278_747, 0.593_454),
            (0.32263, 0.664_642),
            (0.656_107, 0.599_145),
            (0.653_254, 0.546_981),
            (0.073_224_8, 0.468_179),
            (0.192_101, 0.429_824),
            (0.104_361, 0.528_305),
            (0.080_125_1, 0.503_119),
            (0.110_875, 0.471_267),
            (0.094_043_8, 0.439_544),
            (0.126_402, 0.505_232),
            (0.255_097, 0.486_668),
            (0.414_779, 0.406_233),
            (0.461_633, 0.387_779),
            (0.340_238, 0.411_613),
            (0.436_901, 0.472_609),
            (0.507_159, 0.67826),
            (0.455_977, 0.589_569),
            (0.160_187, 0.439_381),
            (0.294_133, 0.505_647),
            (0.635_773, 0.657_397),
            (0.384_803, 0.598_661),
            (0.545_803, 0.66386),
            (0.509_664, 0.639_187),
            (0.570_365, 0.601_711),
            (0.569_113, 0.639_424),
            (0.534_504, 0.607_492),
            (0.340_665, 0.224_573),
            (0.674_714, 0.396_579),
            (0.508_515, 0.339_969),
            (0.560_838, 0.362_933),
            (0.353_654, 0.531_435),
            (0.520_638, 0.730_473),
            (0.620_793, 0.820_564),
            (0.790_627, 0.271_993),
            (0.926_775, 0.248_298),
            (0.564_188, 0.302_622),
            (0.331_391, 0.341_391),
            (0.304_327, 0.274_437),
            (0.276_437, 0.336_067),
            (0.212_734, 0.18485),
            (0.117_914, 0.234_787),
            (0.263_887, 0.292_936),
            (0.409_545, 0.299_414),
            (0.29468, 0.193_423),
            (0.494_494, 0.175_834),
            (0.500_265, 0.29829),
            (0.486_867, 0.219_309),
            (0.546_741, 0.1669),
            (0.477_863, 0.19511),
            (0.537_421, 0.236_804),
            (0.515_597, 0.209_338),
            (0.511_637, 0.272_925),
            (0.539_319, 0.203_842),
            (0.574_834, 0.191_884),
            (0.495_025, 0.0),
            (0.518_274, 0.438_566),
            (0.518_497, 0.408_975),
            (0.489_116, 0.420_546),
            (0.550_844, 0.435_035),
            (0.35754, 0.490_707),
            (0.732_783, 0.22542),
            (0.712_209, 0.176_583),
            (0.588_132, 0.393_189),
            (0.605_531, 0.220_864),
        ],
        note: String::new(),
    }
}
