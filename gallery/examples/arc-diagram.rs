//! A arc diagram from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `arc-diagram.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example arc-diagram`; `rgg new arc-diagram` makes
//! it a project of its own, and `rgg source arc-diagram --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::flow::arc_diagram;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("arc-diagram.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    arc_diagram::draw(&root, &input, arc_diagram::Variant::ByGroup, &theme)?;
    root.present()?;
    println!("wrote arc-diagram.png");
    Ok(())
}

/// The chart's data: "Les Misérables characters and the scenes they share".
// The numbers are taken from les_mis.json: Character co-occurrence in Les Miserables: 77 nodes,
// 254 links (PyPI bokeh_sampledata 2026.1, _data/les_mis.json (from D. E. Knuth's Stanford
// GraphBase jean.dat); licence: Knuth's notice: a modified copy must carry another name and say it
// is not part of the Stanford GraphBase), prepared as `rgg show arc-diagram` prepares them,
// keeping all the rows `rgg show arc-diagram` draws.
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> arc_diagram::Input {
    arc_diagram::Input {
        labels: None,
        title: "Les Misérables characters and the scenes they share".into(),
        nodes: vec![
            arc_diagram::Node {
                name: "Napoleon".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Myriel".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Mlle.Baptistine".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Mme.Magloire".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "CountessdeLo".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Geborand".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Champtercier".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Cravatte".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Count".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "OldMan".into(),
                group: "Myriel's circle".into(),
            },
            arc_diagram::Node {
                name: "Valjean".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Labarre".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Marguerite".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Mme.deR".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Isabeau".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Gervais".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Listolier".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Tholomyes".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Fameuil".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Blacheville".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Favourite".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Dahlia".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Zephine".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Fantine".into(),
                group: "Fantine's circle".into(),
            },
            arc_diagram::Node {
                name: "Mme.Thenardier".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Thenardier".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Cosette".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Javert".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Fauchelevent".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Bamatabois".into(),
                group: "Bamatabois's circle".into(),
            },
            arc_diagram::Node {
                name: "Perpetue".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Simplice".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Scaufflaire".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Woman1".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Judge".into(),
                group: "Bamatabois's circle".into(),
            },
            arc_diagram::Node {
                name: "Champmathieu".into(),
                group: "Bamatabois's circle".into(),
            },
            arc_diagram::Node {
                name: "Brevet".into(),
                group: "Bamatabois's circle".into(),
            },
            arc_diagram::Node {
                name: "Chenildieu".into(),
                group: "Bamatabois's circle".into(),
            },
            arc_diagram::Node {
                name: "Cochepaille".into(),
                group: "Bamatabois's circle".into(),
            },
            arc_diagram::Node {
                name: "Pontmercy".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Boulatruelle".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Eponine".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Anzelma".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Woman2".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "MotherInnocent".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Gribier".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Mme.Burgon".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Jondrette".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Gavroche".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Gillenormand".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Magnon".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Mlle.Gillenormand".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Mme.Pontmercy".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Mlle.Vaubois".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Lt.Gillenormand".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Marius".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "BaronessT".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Mabeuf".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Enjolras".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Combeferre".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Prouvaire".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Feuilly".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Courfeyrac".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Bahorel".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Bossuet".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Joly".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Grantaire".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "MotherPlutarch".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Gueulemer".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Babet".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Claquesous".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Montparnasse".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Toussaint".into(),
                group: "Valjean's circle".into(),
            },
            arc_diagram::Node {
                name: "Child1".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Child2".into(),
                group: "Gavroche's circle".into(),
            },
            arc_diagram::Node {
                name: "Brujon".into(),
                group: "Thenardier's circle".into(),
            },
            arc_diagram::Node {
                name: "Mme.Hucheloup".into(),
                group: "Gavroche's circle".into(),
            },
        ],
        edges: vec![
            arc_diagram::Edge {
                source: 0,
                target: 1,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 2,
                target: 1,
                weight: 8.0,
            },
            arc_diagram::Edge {
                source: 3,
                target: 1,
                weight: 10.0,
            },
            arc_diagram::Edge {
                source: 3,
                target: 2,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 4,
                target: 1,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 5,
                target: 1,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 6,
                target: 1,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 7,
                target: 1,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 8,
                target: 1,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 9,
                target: 1,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 10,
                target: 11,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 10,
                target: 3,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 10,
                target: 2,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 10,
                target: 1,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 12,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 13,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 14,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 15,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 16,
                target: 17,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 18,
                target: 17,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 18,
                target: 16,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 19,
                target: 17,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 19,
                target: 16,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 19,
                target: 18,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 20,
                target: 17,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 20,
                target: 16,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 20,
                target: 18,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 20,
                target: 19,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 21,
                target: 17,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 21,
                target: 16,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 21,
                target: 18,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 21,
                target: 19,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 21,
                target: 20,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 22,
                target: 17,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 22,
                target: 16,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 22,
                target: 18,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 22,
                target: 19,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 22,
                target: 20,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 22,
                target: 21,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 17,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 16,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 18,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 19,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 20,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 21,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 22,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 12,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 23,
                target: 10,
                weight: 9.0,
            },
            arc_diagram::Edge {
                source: 24,
                target: 23,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 24,
                target: 10,
                weight: 7.0,
            },
            arc_diagram::Edge {
                source: 25,
                target: 24,
                weight: 13.0,
            },
            arc_diagram::Edge {
                source: 25,
                target: 23,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 25,
                target: 10,
                weight: 12.0,
            },
            arc_diagram::Edge {
                source: 26,
                target: 24,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 26,
                target: 10,
                weight: 31.0,
            },
            arc_diagram::Edge {
                source: 26,
                target: 17,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 26,
                target: 25,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 27,
                target: 10,
                weight: 17.0,
            },
            arc_diagram::Edge {
                source: 27,
                target: 23,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 27,
                target: 25,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 27,
                target: 24,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 27,
                target: 26,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 28,
                target: 10,
                weight: 8.0,
            },
            arc_diagram::Edge {
                source: 28,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 29,
                target: 23,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 29,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 29,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 30,
                target: 23,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 31,
                target: 30,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 31,
                target: 10,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 31,
                target: 23,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 31,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 32,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 33,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 33,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 34,
                target: 10,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 34,
                target: 29,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 35,
                target: 10,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 35,
                target: 34,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 35,
                target: 29,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 36,
                target: 34,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 36,
                target: 35,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 36,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 36,
                target: 29,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 37,
                target: 34,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 37,
                target: 35,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 37,
                target: 36,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 37,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 37,
                target: 29,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 38,
                target: 34,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 38,
                target: 35,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 38,
                target: 36,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 38,
                target: 37,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 38,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 38,
                target: 29,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 39,
                target: 25,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 40,
                target: 25,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 41,
                target: 24,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 41,
                target: 25,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 42,
                target: 41,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 42,
                target: 25,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 42,
                target: 24,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 43,
                target: 10,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 43,
                target: 26,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 43,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 44,
                target: 28,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 44,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 45,
                target: 28,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 46,
                target: 47,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 48,
                target: 46,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 48,
                target: 25,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 48,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 48,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 49,
                target: 26,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 49,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 50,
                target: 49,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 50,
                target: 24,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 51,
                target: 49,
                weight: 9.0,
            },
            arc_diagram::Edge {
                source: 51,
                target: 26,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 51,
                target: 10,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 52,
                target: 51,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 52,
                target: 39,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 53,
                target: 51,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 54,
                target: 51,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 54,
                target: 49,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 54,
                target: 26,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 51,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 49,
                weight: 12.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 39,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 54,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 26,
                weight: 21.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 10,
                weight: 19.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 17,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 25,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 41,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 55,
                target: 48,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 56,
                target: 49,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 56,
                target: 55,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 57,
                target: 55,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 57,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 57,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 58,
                target: 55,
                weight: 7.0,
            },
            arc_diagram::Edge {
                source: 58,
                target: 48,
                weight: 7.0,
            },
            arc_diagram::Edge {
                source: 58,
                target: 27,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 58,
                target: 57,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 58,
                target: 10,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 59,
                target: 58,
                weight: 15.0,
            },
            arc_diagram::Edge {
                source: 59,
                target: 55,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 59,
                target: 48,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 59,
                target: 57,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 60,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 60,
                target: 58,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 60,
                target: 59,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 61,
                target: 48,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 61,
                target: 58,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 61,
                target: 60,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 61,
                target: 59,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 61,
                target: 57,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 61,
                target: 55,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 55,
                weight: 9.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 58,
                weight: 17.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 59,
                weight: 13.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 48,
                weight: 7.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 57,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 61,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 62,
                target: 60,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 59,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 48,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 62,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 57,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 58,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 61,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 60,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 63,
                target: 55,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 55,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 62,
                weight: 12.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 48,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 63,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 58,
                weight: 10.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 61,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 60,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 59,
                weight: 9.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 57,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 64,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 63,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 64,
                weight: 7.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 48,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 62,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 58,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 61,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 60,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 59,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 57,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 65,
                target: 55,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 64,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 58,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 59,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 62,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 65,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 63,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 61,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 66,
                target: 60,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 67,
                target: 57,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 68,
                target: 25,
                weight: 5.0,
            },
            arc_diagram::Edge {
                source: 68,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 68,
                target: 24,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 68,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 68,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 68,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 25,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 68,
                weight: 6.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 24,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 27,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 69,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 25,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 69,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 68,
                weight: 4.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 24,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 70,
                target: 58,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 69,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 68,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 70,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 71,
                target: 25,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 72,
                target: 26,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 72,
                target: 27,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 72,
                target: 10,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 73,
                target: 48,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 74,
                target: 48,
                weight: 2.0,
            },
            arc_diagram::Edge {
                source: 74,
                target: 73,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 69,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 68,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 25,
                weight: 3.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 41,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 70,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 75,
                target: 71,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 64,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 65,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 66,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 63,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 62,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 48,
                weight: 1.0,
            },
            arc_diagram::Edge {
                source: 76,
                target: 58,
                weight: 1.0,
            },
        ],
        note: String::new(),
    }
}
