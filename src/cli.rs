//! The command line: `rgg` (the TUI), `rgg list`, `rgg show`, `rgg export`,
//! `rgg source`, `rgg datasets`.
//!
//! Doc comments here are the `--help` text users read, so they are plain
//! prose, not Markdown.
#![allow(clippy::doc_markdown)]

use crate::render::cell::CellMode;
use crate::render::export::Format;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "rgg",
    version,
    about = "The Rust Graph Gallery: every chart type, in your terminal or as PNG/SVG",
    long_about = "The Rust Graph Gallery: browse chart types by family, see each one drawn from a real \
                  dataset, learn when to use it and its classic mistake, export it, copy its source.\n\n\
                  Run without a command to open the interactive gallery.",
    after_help = "Examples:\n  rgg                              browse the gallery\n  rgg list                         every chart type\n  \
                  rgg show scatter --variant regression\n  rgg export --all --out-dir screenshots\n  rgg source donut > donut.rs"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every chart type, grouped by family.
    List {
        /// Print a JSON array (id, title, family, description, caveat, variants, dataset, ...).
        #[arg(long)]
        json: bool,
    },
    /// Draw a chart in the terminal (non-interactive), on stdout.
    #[command(
        after_help = "Examples:\n  rgg show histogram\n  rgg show boxplot --variant jitter --size 80x24\n  rgg show donut --mode half --color never > donut.txt"
    )]
    Show {
        /// Chart id (see `rgg list`).
        chart: String,
        /// Variant name (see `rgg list`); the first variant by default.
        #[arg(long)]
        variant: Option<String>,
        /// Size in terminal cells, COLSxROWS; default: the terminal's width, or 100x30 when piped.
        #[arg(long, value_parser = parse_size)]
        size: Option<(u32, u32)>,
        /// How each cell is cut into dots.
        #[arg(long, value_enum, default_value_t = CellMode::Braille)]
        mode: CellMode,
        /// Colour: auto = only when stdout is a terminal and NO_COLOR is unset.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Export charts to PNG (or SVG) files.
    #[command(
        after_help = "Examples:\n  rgg export scatter                       writes scatter.png\n  \
                            rgg export donut -o pop.svg --format svg\n  rgg export histogram boxplot --out-dir out --size 800x600\n  \
                            rgg export --all --out-dir screenshots"
    )]
    Export {
        /// Chart ids (see `rgg list`).
        #[arg(required_unless_present = "all")]
        charts: Vec<String>,
        /// Export every chart in the catalogue.
        #[arg(long, conflicts_with = "charts")]
        all: bool,
        /// Output file (one chart only); default: <id>.<format> in --out-dir.
        #[arg(short, long, conflicts_with = "all")]
        output: Option<PathBuf>,
        /// Folder for the files (created if missing).
        #[arg(long, default_value = ".")]
        out_dir: PathBuf,
        /// Image size in pixels, WIDTHxHEIGHT.
        #[arg(long, value_parser = parse_size, default_value = "1200x800")]
        size: (u32, u32),
        /// Image format; default: from the -o extension, else png.
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Variant name; the first variant by default.
        #[arg(long)]
        variant: Option<String>,
    },
    /// Print a chart module's source, ready to copy into a plotters project.
    Source {
        /// Chart id (see `rgg list`).
        chart: String,
    },
    /// List the embedded sample datasets with their provenance and licence.
    Datasets,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// "WIDTHxHEIGHT", both at least 1 and at most 20000.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text:?} is not a size; write it as WIDTHxHEIGHT, e.g. 1200x800"))?;
    let parse = |s: &str| -> Result<u32, String> {
        let v: u32 = s
            .trim()
            .parse()
            .map_err(|_| format!("{s:?} in {text:?} is not a whole number"))?;
        if (1..=20_000).contains(&v) {
            Ok(v)
        } else {
            Err(format!("{v} in {text:?} is out of range (1 to 20000)"))
        }
    };
    Ok((parse(w)?, parse(h)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_refuse() {
        assert_eq!(parse_size("1200x800"), Ok((1200, 800)));
        assert_eq!(parse_size("80X24"), Ok((80, 24)));
        assert!(parse_size("80").is_err());
        assert!(parse_size("0x10").is_err());
        assert!(parse_size("axb").is_err());
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
