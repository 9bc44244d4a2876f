//! A bubble chart from the Rust Graph Gallery as a program of its own: draws the chart's sample
//! data at 1200x800 and writes `bubble.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example bubble`; `rgg new bubble` makes
//! it a project of its own, and `rgg source bubble --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::correlation::bubble;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("bubble.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    bubble::draw(&root, &input, bubble::Variant::LogX, &theme)?;
    root.present()?;
    println!("wrote bubble.png");
    Ok(())
}

/// The chart's data: "Wealth and health of nations, 2007".
// The numbers are taken from gapminder.csv: Gapminder: life expectancy, population and GDP per
// capita by country, 1952-2007 (PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz
// (Gapminder excerpt); licence: Gapminder CC-BY 4.0; excerpt CC0), prepared as `rgg show bubble`
// prepares them, keeping all the rows `rgg show bubble` draws (year = 2007).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> bubble::Input {
    bubble::Input {
        size_scale: None,
        title: "Wealth and health of nations, 2007".into(),
        x_title: "GDP per capita (US$)".into(),
        y_title: "Life expectancy (years)".into(),
        area_title: "Population".into(),
        groups: vec![
            bubble::Group {
                name: "Asia".into(),
                points: vec![
                    bubble::Point {
                        x: 974.58,
                        y: 43.828,
                        area: 31_889_923.0,
                    },
                    bubble::Point {
                        x: 29796.0,
                        y: 75.635,
                        area: 708_573.0,
                    },
                    bubble::Point {
                        x: 1391.25,
                        y: 64.062,
                        area: 150_448_339.0,
                    },
                    bubble::Point {
                        x: 1713.78,
                        y: 59.723,
                        area: 14_131_858.0,
                    },
                    bubble::Point {
                        x: 4959.11,
                        y: 72.961,
                        area: 1_318_683_096.0,
                    },
                    bubble::Point {
                        x: 39725.0,
                        y: 82.208,
                        area: 6_980_412.0,
                    },
                    bubble::Point {
                        x: 2452.21,
                        y: 64.698,
                        area: 1_110_396_331.0,
                    },
                    bubble::Point {
                        x: 3540.65,
                        y: 70.65,
                        area: 223_547_000.0,
                    },
                    bubble::Point {
                        x: 11605.7,
                        y: 70.964,
                        area: 69_453_570.0,
                    },
                    bubble::Point {
                        x: 4471.06,
                        y: 59.545,
                        area: 27_499_638.0,
                    },
                    bubble::Point {
                        x: 25523.2771,
                        y: 80.745,
                        area: 6_426_679.0,
                    },
                    bubble::Point {
                        x: 31656.1,
                        y: 82.603,
                        area: 127_467_972.0,
                    },
                    bubble::Point {
                        x: 4519.46,
                        y: 72.535,
                        area: 6_053_193.0,
                    },
                    bubble::Point {
                        x: 1593.06548,
                        y: 67.297,
                        area: 23_301_725.0,
                    },
                    bubble::Point {
                        x: 23348.1,
                        y: 78.623,
                        area: 49_044_790.0,
                    },
                    bubble::Point {
                        x: 47307.0,
                        y: 77.588,
                        area: 2_505_559.0,
                    },
                    bubble::Point {
                        x: 10461.1,
                        y: 71.993,
                        area: 3_921_278.0,
                    },
                    bubble::Point {
                        x: 12451.6558,
                        y: 74.241,
                        area: 24_821_286.0,
                    },
                    bubble::Point {
                        x: 3095.77,
                        y: 66.803,
                        area: 2_874_127.0,
                    },
                    bubble::Point {
                        x: 944.0,
                        y: 62.069,
                        area: 47_761_980.0,
                    },
                    bubble::Point {
                        x: 1091.36,
                        y: 63.785,
                        area: 28_901_790.0,
                    },
                    bubble::Point {
                        x: 22316.2,
                        y: 75.64,
                        area: 3_204_897.0,
                    },
                    bubble::Point {
                        x: 2605.94758,
                        y: 65.483,
                        area: 169_270_617.0,
                    },
                    bubble::Point {
                        x: 3190.48,
                        y: 71.688,
                        area: 91_077_287.0,
                    },
                    bubble::Point {
                        x: 21654.8,
                        y: 72.777,
                        area: 27_601_038.0,
                    },
                    bubble::Point {
                        x: 47143.2,
                        y: 79.972,
                        area: 4_553_009.0,
                    },
                    bubble::Point {
                        x: 3970.1,
                        y: 72.396,
                        area: 20_378_239.0,
                    },
                    bubble::Point {
                        x: 4184.55,
                        y: 74.143,
                        area: 19_314_747.0,
                    },
                    bubble::Point {
                        x: 28718.3,
                        y: 78.4,
                        area: 23_174_294.0,
                    },
                    bubble::Point {
                        x: 7458.4,
                        y: 70.616,
                        area: 65_068_149.0,
                    },
                    bubble::Point {
                        x: 2441.58,
                        y: 74.249,
                        area: 85_262_356.0,
                    },
                    bubble::Point {
                        x: 3025.35,
                        y: 73.422,
                        area: 4_018_332.0,
                    },
                    bubble::Point {
                        x: 2280.77,
                        y: 62.698,
                        area: 22_211_743.0,
                    },
                ],
            },
            bubble::Group {
                name: "Europe".into(),
                points: vec![
                    bubble::Point {
                        x: 5937.03,
                        y: 76.423,
                        area: 3_600_523.0,
                    },
                    bubble::Point {
                        x: 36126.4927,
                        y: 79.829,
                        area: 8_199_783.0,
                    },
                    bubble::Point {
                        x: 33692.6,
                        y: 79.441,
                        area: 10_392_226.0,
                    },
                    bubble::Point {
                        x: 7446.3,
                        y: 74.852,
                        area: 4_552_198.0,
                    },
                    bubble::Point {
                        x: 10680.8,
                        y: 73.005,
                        area: 7_322_858.0,
                    },
                    bubble::Point {
                        x: 14619.2,
                        y: 75.748,
                        area: 4_493_312.0,
                    },
                    bubble::Point {
                        x: 22833.3,
                        y: 76.486,
                        area: 10_228_744.0,
                    },
                    bubble::Point {
                        x: 35278.4,
                        y: 78.332,
                        area: 5_468_120.0,
                    },
                    bubble::Point {
                        x: 33207.0844,
                        y: 79.313,
                        area: 5_238_460.0,
                    },
                    bubble::Point {
                        x: 30470.0167,
                        y: 80.657,
                        area: 61_083_916.0,
                    },
                    bubble::Point {
                        x: 32170.4,
                        y: 79.406,
                        area: 82_400_996.0,
                    },
                    bubble::Point {
                        x: 27538.4,
                        y: 79.483,
                        area: 10_706_290.0,
                    },
                    bubble::Point {
                        x: 18008.9,
                        y: 73.338,
                        area: 9_956_108.0,
                    },
                    bubble::Point {
                        x: 36180.8,
                        y: 81.757,
                        area: 301_931.0,
                    },
                    bubble::Point {
                        x: 40676.0,
                        y: 78.885,
                        area: 4_109_086.0,
                    },
                    bubble::Point {
                        x: 28569.7197,
                        y: 80.546,
                        area: 58_147_733.0,
                    },
                    bubble::Point {
                        x: 9253.9,
                        y: 74.543,
                        area: 684_736.0,
                    },
                    bubble::Point {
                        x: 36797.9,
                        y: 79.762,
                        area: 16_570_613.0,
                    },
                    bubble::Point {
                        x: 49357.2,
                        y: 80.196,
                        area: 4_627_926.0,
                    },
                    bubble::Point {
                        x: 15389.9,
                        y: 75.563,
                        area: 38_518_241.0,
                    },
                    bubble::Point {
                        x: 20509.6,
                        y: 78.098,
                        area: 10_642_836.0,
                    },
                    bubble::Point {
                        x: 10808.5,
                        y: 72.476,
                        area: 22_276_056.0,
                    },
                    bubble::Point {
                        x: 9786.53,
                        y: 74.002,
                        area: 10_150_265.0,
                    },
                    bubble::Point {
                        x: 18678.3,
                        y: 74.663,
                        area: 5_447_502.0,
                    },
                    bubble::Point {
                        x: 25768.3,
                        y: 77.926,
                        area: 2_009_245.0,
                    },
                    bubble::Point {
                        x: 28821.0637,
                        y: 80.941,
                        area: 40_448_191.0,
                    },
                    bubble::Point {
                        x: 33859.7,
                        y: 80.884,
                        area: 9_031_088.0,
                    },
                    bubble::Point {
                        x: 37506.4,
                        y: 81.701,
                        area: 7_554_661.0,
                    },
                    bubble::Point {
                        x: 8458.28,
                        y: 71.777,
                        area: 71_158_647.0,
                    },
                    bubble::Point {
                        x: 33203.3,
                        y: 79.425,
                        area: 60_776_238.0,
                    },
                ],
            },
            bubble::Group {
                name: "Africa".into(),
                points: vec![
                    bubble::Point {
                        x: 6223.37,
                        y: 72.301,
                        area: 33_333_216.0,
                    },
                    bubble::Point {
                        x: 4797.23,
                        y: 42.731,
                        area: 12_420_476.0,
                    },
                    bubble::Point {
                        x: 1441.28,
                        y: 56.728,
                        area: 8_078_314.0,
                    },
                    bubble::Point {
                        x: 12569.9,
                        y: 50.728,
                        area: 1_639_131.0,
                    },
                    bubble::Point {
                        x: 1217.03,
                        y: 52.295,
                        area: 14_326_203.0,
                    },
                    bubble::Point {
                        x: 430.071,
                        y: 49.58,
                        area: 8_390_505.0,
                    },
                    bubble::Point {
                        x: 2042.09524,
                        y: 50.43,
                        area: 17_696_293.0,
                    },
                    bubble::Point {
                        x: 706.016_537,
                        y: 44.741,
                        area: 4_369_038.0,
                    },
                    bubble::Point {
                        x: 1704.06,
                        y: 50.651,
                        area: 10_238_807.0,
                    },
                    bubble::Point {
                        x: 986.148,
                        y: 65.152,
                        area: 710_960.0,
                    },
                    bubble::Point {
                        x: 277.552,
                        y: 46.462,
                        area: 64_606_759.0,
                    },
                    bubble::Point {
                        x: 3632.56,
                        y: 55.322,
                        area: 3_800_610.0,
                    },
                    bubble::Point {
                        x: 1544.75,
                        y: 48.328,
                        area: 18_013_409.0,
                    },
                    bubble::Point {
                        x: 2082.48,
                        y: 54.791,
                        area: 496_374.0,
                    },
                    bubble::Point {
                        x: 5581.18,
                        y: 71.338,
                        area: 80_264_543.0,
                    },
                    bubble::Point {
                        x: 12154.1,
                        y: 51.579,
                        area: 551_201.0,
                    },
                    bubble::Point {
                        x: 641.37,
                        y: 58.04,
                        area: 4_906_585.0,
                    },
                    bubble::Point {
                        x: 690.806,
                        y: 52.947,
                        area: 76_511_887.0,
                    },
                    bubble::Point {
                        x: 13206.5,
                        y: 56.735,
                        area: 1_454_867.0,
                    },
                    bubble::Point {
                        x: 752.75,
                        y: 59.448,
                        area: 1_688_359.0,
                    },
                    bubble::Point {
                        x: 1327.60891,
                        y: 60.022,
                        area: 22_873_338.0,
                    },
                    bubble::Point {
                        x: 942.654,
                        y: 56.007,
                        area: 9_947_814.0,
                    },
                    bubble::Point {
                        x: 579.232,
                        y: 46.388,
                        area: 1_472_041.0,
                    },
                    bubble::Point {
                        x: 1463.25,
                        y: 54.11,
                        area: 35_610_177.0,
                    },
                    bubble::Point {
                        x: 1569.33,
                        y: 42.592,
                        area: 2_012_649.0,
                    },
                    bubble::Point {
                        x: 414.507,
                        y: 45.678,
                        area: 3_193_942.0,
                    },
                    bubble::Point {
                        x: 12057.5,
                        y: 73.952,
                        area: 6_036_914.0,
                    },
                    bubble::Point {
                        x: 1044.77,
                        y: 59.443,
                        area: 19_167_654.0,
                    },
                    bubble::Point {
                        x: 759.35,
                        y: 48.303,
                        area: 13_327_079.0,
                    },
                    bubble::Point {
                        x: 1042.58,
                        y: 54.467,
                        area: 12_031_795.0,
                    },
                    bubble::Point {
                        x: 1803.15,
                        y: 64.164,
                        area: 3_270_065.0,
                    },
                    bubble::Point {
                        x: 10957.0,
                        y: 72.801,
                        area: 1_250_882.0,
                    },
                    bubble::Point {
                        x: 3820.17523,
                        y: 71.164,
                        area: 33_757_175.0,
                    },
                    bubble::Point {
                        x: 823.686,
                        y: 42.082,
                        area: 19_951_656.0,
                    },
                    bubble::Point {
                        x: 4811.06,
                        y: 52.906,
                        area: 2_055_080.0,
                    },
                    bubble::Point {
                        x: 619.677,
                        y: 56.867,
                        area: 12_894_865.0,
                    },
                    bubble::Point {
                        x: 2013.98,
                        y: 46.859,
                        area: 135_031_164.0,
                    },
                    bubble::Point {
                        x: 7670.12,
                        y: 76.442,
                        area: 798_094.0,
                    },
                    bubble::Point {
                        x: 863.088,
                        y: 46.242,
                        area: 8_860_588.0,
                    },
                    bubble::Point {
                        x: 1598.44,
                        y: 65.528,
                        area: 199_579.0,
                    },
                    bubble::Point {
                        x: 1712.47,
                        y: 63.062,
                        area: 12_267_493.0,
                    },
                    bubble::Point {
                        x: 862.541,
                        y: 42.568,
                        area: 6_144_562.0,
                    },
                    bubble::Point {
                        x: 926.141,
                        y: 48.159,
                        area: 9_118_773.0,
                    },
                    bubble::Point {
                        x: 9269.66,
                        y: 49.339,
                        area: 43_997_828.0,
                    },
                    bubble::Point {
                        x: 2602.39,
                        y: 58.556,
                        area: 42_292_929.0,
                    },
                    bubble::Point {
                        x: 4513.48,
                        y: 39.613,
                        area: 1_133_066.0,
                    },
                    bubble::Point {
                        x: 1107.48,
                        y: 52.517,
                        area: 38_139_640.0,
                    },
                    bubble::Point {
                        x: 882.97,
                        y: 58.42,
                        area: 5_701_579.0,
                    },
                    bubble::Point {
                        x: 7092.92,
                        y: 73.923,
                        area: 10_276_158.0,
                    },
                    bubble::Point {
                        x: 1056.38,
                        y: 51.542,
                        area: 29_170_398.0,
                    },
                    bubble::Point {
                        x: 1271.21,
                        y: 42.384,
                        area: 11_746_035.0,
                    },
                    bubble::Point {
                        x: 469.709,
                        y: 43.487,
                        area: 12_311_143.0,
                    },
                ],
            },
            bubble::Group {
                name: "Americas".into(),
                points: vec![
                    bubble::Point {
                        x: 12779.4,
                        y: 75.32,
                        area: 40_301_927.0,
                    },
                    bubble::Point {
                        x: 3822.14,
                        y: 65.554,
                        area: 9_119_152.0,
                    },
                    bubble::Point {
                        x: 9065.8,
                        y: 72.39,
                        area: 190_010_647.0,
                    },
                    bubble::Point {
                        x: 36319.2,
                        y: 80.653,
                        area: 33_390_141.0,
                    },
                    bubble::Point {
                        x: 13171.6,
                        y: 78.553,
                        area: 16_284_741.0,
                    },
                    bubble::Point {
                        x: 7006.58,
                        y: 72.889,
                        area: 44_227_550.0,
                    },
                    bubble::Point {
                        x: 9645.06142,
                        y: 78.782,
                        area: 4_133_884.0,
                    },
                    bubble::Point {
                        x: 8948.1,
                        y: 78.273,
                        area: 11_416_987.0,
                    },
                    bubble::Point {
                        x: 6025.37,
                        y: 72.235,
                        area: 9_319_622.0,
                    },
                    bubble::Point {
                        x: 6873.26,
                        y: 74.994,
                        area: 13_755_680.0,
                    },
                    bubble::Point {
                        x: 5728.35,
                        y: 71.878,
                        area: 6_939_688.0,
                    },
                    bubble::Point {
                        x: 5186.05,
                        y: 70.259,
                        area: 12_572_928.0,
                    },
                    bubble::Point {
                        x: 1201.64,
                        y: 60.916,
                        area: 8_502_814.0,
                    },
                    bubble::Point {
                        x: 3548.33,
                        y: 70.198,
                        area: 7_483_763.0,
                    },
                    bubble::Point {
                        x: 7320.88,
                        y: 72.567,
                        area: 2_780_132.0,
                    },
                    bubble::Point {
                        x: 11977.6,
                        y: 76.195,
                        area: 108_700_891.0,
                    },
                    bubble::Point {
                        x: 2749.32,
                        y: 72.899,
                        area: 5_675_356.0,
                    },
                    bubble::Point {
                        x: 9809.19,
                        y: 75.537,
                        area: 3_242_173.0,
                    },
                    bubble::Point {
                        x: 4172.84,
                        y: 71.752,
                        area: 6_667_147.0,
                    },
                    bubble::Point {
                        x: 7408.91,
                        y: 71.421,
                        area: 28_674_757.0,
                    },
                    bubble::Point {
                        x: 19328.7,
                        y: 78.746,
                        area: 3_942_491.0,
                    },
                    bubble::Point {
                        x: 18008.5,
                        y: 69.819,
                        area: 1_056_608.0,
                    },
                    bubble::Point {
                        x: 42951.7,
                        y: 78.242,
                        area: 301_139_947.0,
                    },
                    bubble::Point {
                        x: 10611.5,
                        y: 76.384,
                        area: 3_447_496.0,
                    },
                    bubble::Point {
                        x: 11415.8,
                        y: 73.747,
                        area: 26_084_662.0,
                    },
                ],
            },
            bubble::Group {
                name: "Oceania".into(),
                points: vec![
                    bubble::Point {
                        x: 34435.4,
                        y: 81.235,
                        area: 20_434_176.0,
                    },
                    bubble::Point {
                        x: 25185.0,
                        y: 80.204,
                        area: 4_115_771.0,
                    },
                ],
            },
        ],
    }
}
