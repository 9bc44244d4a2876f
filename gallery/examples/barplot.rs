//! A barplot from the Rust Graph Gallery as a program of its own: draws the chart's sample data at
//! 1200x800 and writes `barplot.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example barplot`; `rgg new barplot` makes
//! it a project of its own, and `rgg source barplot --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::barplot;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("barplot.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    barplot::draw(&root, &input, barplot::Variant::Vertical, &theme)?;
    root.present()?;
    println!("wrote barplot.png");
    Ok(())
}

/// The chart's data: "Population by continent, 2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show barplot`
// prepares them, keeping all the rows `rgg show barplot` draws (year = 2007).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> barplot::Input {
    barplot::Input {
        keep_order: false,
        title: "Population by continent, 2007".into(),
        label_title: "Continent".into(),
        value_title: "Population".into(),
        group_title: String::new(),
        rows: vec![
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 31_889_923.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 3_600_523.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 33_333_216.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 12_420_476.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 40_301_927.0,
            },
            barplot::Row {
                label: "Oceania".into(),
                group: String::new(),
                value: 20_434_176.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 8_199_783.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 708_573.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 150_448_339.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 10_392_226.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 8_078_314.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 9_119_152.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 4_552_198.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 1_639_131.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 190_010_647.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 7_322_858.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 14_326_203.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 8_390_505.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 14_131_858.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 17_696_293.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 33_390_141.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 4_369_038.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 10_238_807.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 16_284_741.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 1_318_683_096.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 44_227_550.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 710_960.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 64_606_759.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 3_800_610.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 4_133_884.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 18_013_409.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 4_493_312.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 11_416_987.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 10_228_744.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 5_468_120.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 496_374.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 9_319_622.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 13_755_680.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 80_264_543.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 6_939_688.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 551_201.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 4_906_585.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 76_511_887.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 5_238_460.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 61_083_916.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 1_454_867.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 1_688_359.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 82_400_996.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 22_873_338.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 10_706_290.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 12_572_928.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 9_947_814.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 1_472_041.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 8_502_814.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 7_483_763.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 6_980_412.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 9_956_108.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 301_931.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 1_110_396_331.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 223_547_000.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 69_453_570.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 27_499_638.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 4_109_086.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 6_426_679.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 58_147_733.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 2_780_132.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 127_467_972.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 6_053_193.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 35_610_177.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 23_301_725.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 49_044_790.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 2_505_559.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 3_921_278.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 2_012_649.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 3_193_942.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 6_036_914.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 19_167_654.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 13_327_079.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 24_821_286.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 12_031_795.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 3_270_065.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 1_250_882.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 108_700_891.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 2_874_127.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 684_736.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 33_757_175.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 19_951_656.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 47_761_980.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 2_055_080.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 28_901_790.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 16_570_613.0,
            },
            barplot::Row {
                label: "Oceania".into(),
                group: String::new(),
                value: 4_115_771.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 5_675_356.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 12_894_865.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 135_031_164.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 4_627_926.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 3_204_897.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 169_270_617.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 3_242_173.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 6_667_147.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 28_674_757.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 91_077_287.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 38_518_241.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 10_642_836.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 3_942_491.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 798_094.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 22_276_056.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 8_860_588.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 199_579.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 27_601_038.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 12_267_493.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 10_150_265.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 6_144_562.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 4_553_009.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 5_447_502.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 2_009_245.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 9_118_773.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 43_997_828.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 40_448_191.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 20_378_239.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 42_292_929.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 1_133_066.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 9_031_088.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 7_554_661.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 19_314_747.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 23_174_294.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 38_139_640.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 65_068_149.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 5_701_579.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 1_056_608.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 10_276_158.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 71_158_647.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 29_170_398.0,
            },
            barplot::Row {
                label: "Europe".into(),
                group: String::new(),
                value: 60_776_238.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 301_139_947.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 3_447_496.0,
            },
            barplot::Row {
                label: "Americas".into(),
                group: String::new(),
                value: 26_084_662.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 85_262_356.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 4_018_332.0,
            },
            barplot::Row {
                label: "Asia".into(),
                group: String::new(),
                value: 22_211_743.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 11_746_035.0,
            },
            barplot::Row {
                label: "Africa".into(),
                group: String::new(),
                value: 12_311_143.0,
            },
        ],
    }
}
