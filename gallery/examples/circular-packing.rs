//! A circular packing from the Rust Graph Gallery as a program of its own: draws the chart's
//! sample data at 1200x800 and writes `circular-packing.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example circular-packing`; `rgg new circular-packing` makes
//! it a project of its own, and `rgg source circular-packing --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::part_of_a_whole::circular_packing;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("circular-packing.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    circular_packing::draw(&root, &input, circular_packing::Variant::Nested, &theme)?;
    root.present()?;
    println!("wrote circular-packing.png");
    Ok(())
}

/// The chart's data: "World population by continent and country, 2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show
// circular-packing` prepares them, keeping all the rows `rgg show circular-packing` draws (year =
// 2007).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> circular_packing::Input {
    circular_packing::Input {
        title: "World population by continent and country, 2007".into(),
        value_title: "Population".into(),
        leaves: vec![
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Afghanistan".into()],
                value: 31_889_923.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Albania".into()],
                value: 3_600_523.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Algeria".into()],
                value: 33_333_216.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Angola".into()],
                value: 12_420_476.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Argentina".into()],
                value: 40_301_927.0,
            },
            circular_packing::Leaf {
                path: vec!["Oceania".into(), "Australia".into()],
                value: 20_434_176.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Austria".into()],
                value: 8_199_783.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Bahrain".into()],
                value: 708_573.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Bangladesh".into()],
                value: 150_448_339.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Belgium".into()],
                value: 10_392_226.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Benin".into()],
                value: 8_078_314.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Bolivia".into()],
                value: 9_119_152.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Bosnia and Herzegovina".into()],
                value: 4_552_198.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Botswana".into()],
                value: 1_639_131.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Brazil".into()],
                value: 190_010_647.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Bulgaria".into()],
                value: 7_322_858.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Burkina Faso".into()],
                value: 14_326_203.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Burundi".into()],
                value: 8_390_505.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Cambodia".into()],
                value: 14_131_858.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Cameroon".into()],
                value: 17_696_293.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Canada".into()],
                value: 33_390_141.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Central African Republic".into()],
                value: 4_369_038.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Chad".into()],
                value: 10_238_807.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Chile".into()],
                value: 16_284_741.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "China".into()],
                value: 1_318_683_096.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Colombia".into()],
                value: 44_227_550.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Comoros".into()],
                value: 710_960.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Congo, Dem. Rep.".into()],
                value: 64_606_759.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Congo, Rep.".into()],
                value: 3_800_610.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Costa Rica".into()],
                value: 4_133_884.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Cote d'Ivoire".into()],
                value: 18_013_409.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Croatia".into()],
                value: 4_493_312.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Cuba".into()],
                value: 11_416_987.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Czech Republic".into()],
                value: 10_228_744.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Denmark".into()],
                value: 5_468_120.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Djibouti".into()],
                value: 496_374.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Dominican Republic".into()],
                value: 9_319_622.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Ecuador".into()],
                value: 13_755_680.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Egypt".into()],
                value: 80_264_543.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "El Salvador".into()],
                value: 6_939_688.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Equatorial Guinea".into()],
                value: 551_201.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Eritrea".into()],
                value: 4_906_585.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Ethiopia".into()],
                value: 76_511_887.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Finland".into()],
                value: 5_238_460.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "France".into()],
                value: 61_083_916.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Gabon".into()],
                value: 1_454_867.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Gambia".into()],
                value: 1_688_359.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Germany".into()],
                value: 82_400_996.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Ghana".into()],
                value: 22_873_338.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Greece".into()],
                value: 10_706_290.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Guatemala".into()],
                value: 12_572_928.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Guinea".into()],
                value: 9_947_814.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Guinea-Bissau".into()],
                value: 1_472_041.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Haiti".into()],
                value: 8_502_814.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Honduras".into()],
                value: 7_483_763.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Hong Kong, China".into()],
                value: 6_980_412.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Hungary".into()],
                value: 9_956_108.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Iceland".into()],
                value: 301_931.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "India".into()],
                value: 1_110_396_331.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Indonesia".into()],
                value: 223_547_000.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Iran".into()],
                value: 69_453_570.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Iraq".into()],
                value: 27_499_638.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Ireland".into()],
                value: 4_109_086.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Israel".into()],
                value: 6_426_679.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Italy".into()],
                value: 58_147_733.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Jamaica".into()],
                value: 2_780_132.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Japan".into()],
                value: 127_467_972.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Jordan".into()],
                value: 6_053_193.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Kenya".into()],
                value: 35_610_177.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Korea, Dem. Rep.".into()],
                value: 23_301_725.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Korea, Rep.".into()],
                value: 49_044_790.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Kuwait".into()],
                value: 2_505_559.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Lebanon".into()],
                value: 3_921_278.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Lesotho".into()],
                value: 2_012_649.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Liberia".into()],
                value: 3_193_942.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Libya".into()],
                value: 6_036_914.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Madagascar".into()],
                value: 19_167_654.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Malawi".into()],
                value: 13_327_079.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Malaysia".into()],
                value: 24_821_286.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Mali".into()],
                value: 12_031_795.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Mauritania".into()],
                value: 3_270_065.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Mauritius".into()],
                value: 1_250_882.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Mexico".into()],
                value: 108_700_891.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Mongolia".into()],
                value: 2_874_127.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Montenegro".into()],
                value: 684_736.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Morocco".into()],
                value: 33_757_175.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Mozambique".into()],
                value: 19_951_656.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Myanmar".into()],
                value: 47_761_980.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Namibia".into()],
                value: 2_055_080.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Nepal".into()],
                value: 28_901_790.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Netherlands".into()],
                value: 16_570_613.0,
            },
            circular_packing::Leaf {
                path: vec!["Oceania".into(), "New Zealand".into()],
                value: 4_115_771.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Nicaragua".into()],
                value: 5_675_356.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Niger".into()],
                value: 12_894_865.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Nigeria".into()],
                value: 135_031_164.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Norway".into()],
                value: 4_627_926.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Oman".into()],
                value: 3_204_897.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Pakistan".into()],
                value: 169_270_617.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Panama".into()],
                value: 3_242_173.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Paraguay".into()],
                value: 6_667_147.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Peru".into()],
                value: 28_674_757.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Philippines".into()],
                value: 91_077_287.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Poland".into()],
                value: 38_518_241.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Portugal".into()],
                value: 10_642_836.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Puerto Rico".into()],
                value: 3_942_491.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Reunion".into()],
                value: 798_094.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Romania".into()],
                value: 22_276_056.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Rwanda".into()],
                value: 8_860_588.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Sao Tome and Principe".into()],
                value: 199_579.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Saudi Arabia".into()],
                value: 27_601_038.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Senegal".into()],
                value: 12_267_493.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Serbia".into()],
                value: 10_150_265.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Sierra Leone".into()],
                value: 6_144_562.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Singapore".into()],
                value: 4_553_009.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Slovak Republic".into()],
                value: 5_447_502.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Slovenia".into()],
                value: 2_009_245.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Somalia".into()],
                value: 9_118_773.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "South Africa".into()],
                value: 43_997_828.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Spain".into()],
                value: 40_448_191.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Sri Lanka".into()],
                value: 20_378_239.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Sudan".into()],
                value: 42_292_929.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Swaziland".into()],
                value: 1_133_066.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Sweden".into()],
                value: 9_031_088.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Switzerland".into()],
                value: 7_554_661.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Syria".into()],
                value: 19_314_747.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Taiwan".into()],
                value: 23_174_294.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Tanzania".into()],
                value: 38_139_640.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Thailand".into()],
                value: 65_068_149.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Togo".into()],
                value: 5_701_579.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Trinidad and Tobago".into()],
                value: 1_056_608.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Tunisia".into()],
                value: 10_276_158.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "Turkey".into()],
                value: 71_158_647.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Uganda".into()],
                value: 29_170_398.0,
            },
            circular_packing::Leaf {
                path: vec!["Europe".into(), "United Kingdom".into()],
                value: 60_776_238.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "United States".into()],
                value: 301_139_947.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Uruguay".into()],
                value: 3_447_496.0,
            },
            circular_packing::Leaf {
                path: vec!["Americas".into(), "Venezuela".into()],
                value: 26_084_662.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Vietnam".into()],
                value: 85_262_356.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "West Bank and Gaza".into()],
                value: 4_018_332.0,
            },
            circular_packing::Leaf {
                path: vec!["Asia".into(), "Yemen, Rep.".into()],
                value: 22_211_743.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Zambia".into()],
                value: 11_746_035.0,
            },
            circular_packing::Leaf {
                path: vec!["Africa".into(), "Zimbabwe".into()],
                value: 12_311_143.0,
            },
        ],
    }
}
