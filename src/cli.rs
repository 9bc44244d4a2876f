//! The command line: `rgg` (the TUI), `rgg list`, `rgg show`, `rgg export`,
//! `rgg source`, `rgg new`, `rgg datasets`, `rgg completions`, `rgg man`.
//!
//! Doc comments here are the `--help` text users read, so they are plain
//! prose, not Markdown.
#![allow(clippy::doc_markdown)]

use crate::data::{Role, RoleColumns};
use crate::render::cell::CellMode;
use crate::render::export::{Format, Paper};
use crate::render::pixels;
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
    /// Open the gallery with your own CSV loaded (every chart that fits draws it).
    #[arg(long, value_name = "FILE")]
    pub data: Option<String>,
    /// Colours for a dark or light terminal; auto asks the terminal for its background.
    #[arg(long, value_enum, default_value_t = ThemeChoice::Auto)]
    pub theme: ThemeChoice,
    /// Charts as real images where the terminal can show them (kitty, iTerm2,
    /// sixel); `m` cycles images and the cell modes. RGG_PIXELS stands in for auto.
    #[arg(long, value_enum, default_value_t = PixelsChoice::Auto)]
    pub pixels: PixelsChoice,
}

/// Your own data: a CSV file and which columns play which role. Role
/// flags name columns of the file; a required role left out is filled
/// with the first suitable column, and rgg says which on stderr.
#[derive(Clone, Debug, Default, clap::Args)]
#[command(next_help_heading = "Your data (see `rgg list --json` for each chart's roles)")]
pub struct DataArgs {
    /// CSV file to draw instead of the chart's sample; "-" reads standard input.
    /// Delimiter (, ; tab |), BOM and CRLF are detected.
    #[arg(long, value_name = "FILE")]
    pub data: Option<String>,
    /// Column for the x axis (or the values of a histogram / density).
    #[arg(long, value_name = "COLUMN")]
    pub x: Option<String>,
    /// Column for the y axis (the value of a bar, box or line).
    #[arg(long, value_name = "COLUMN")]
    pub y: Option<String>,
    /// Column whose values split the data into coloured groups.
    #[arg(long, value_name = "COLUMN")]
    pub group: Option<String>,
    /// Column mapped to the AREA of a bubble (plotly's `size`).
    #[arg(long, value_name = "COLUMN")]
    pub area: Option<String>,
    /// Column of names (slices, labels, words).
    #[arg(long, value_name = "COLUMN")]
    pub names: Option<String>,
    /// Column of values (slice sizes, counts, weights).
    #[arg(long, value_name = "COLUMN")]
    pub values: Option<String>,
    /// Hierarchy levels, outermost first, comma-separated (treemap, sankey stages).
    #[arg(long, value_name = "COLUMNS")]
    pub path: Option<String>,
    /// Column of region ids or names (maps).
    #[arg(long, value_name = "COLUMN")]
    pub locations: Option<String>,
    /// Column of latitudes (degrees).
    #[arg(long, value_name = "COLUMN")]
    pub lat: Option<String>,
    /// Column of longitudes (degrees).
    #[arg(long, value_name = "COLUMN")]
    pub lon: Option<String>,
    /// Column of link sources (networks, flows).
    #[arg(long, value_name = "COLUMN")]
    pub source: Option<String>,
    /// Column of link targets (networks, flows).
    #[arg(long, value_name = "COLUMN")]
    pub target: Option<String>,
    /// Several numeric columns, comma-separated (parallel coordinates, radar, correlogram).
    #[arg(long, value_name = "COLUMNS")]
    pub dimensions: Option<String>,
    /// Column of opening prices (candlestick).
    #[arg(long, value_name = "COLUMN")]
    pub open: Option<String>,
    /// Column of high prices (candlestick).
    #[arg(long, value_name = "COLUMN")]
    pub high: Option<String>,
    /// Column of low prices (candlestick).
    #[arg(long, value_name = "COLUMN")]
    pub low: Option<String>,
    /// Column of closing prices (candlestick).
    #[arg(long, value_name = "COLUMN")]
    pub close: Option<String>,
    /// A log10 x axis (scatter); every x must be positive.
    #[arg(long)]
    pub log_x: bool,
    /// A log10 y axis (scatter, line); every y must be positive.
    #[arg(long)]
    pub log_y: bool,
    /// Set one of the chart's parameters (repeatable), e.g. `--param bins=30`;
    /// `rgg list --json` lists each chart's parameters and their ranges.
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
}

impl DataArgs {
    /// The role flags given, each column list split at its commas.
    pub fn roles(&self) -> Vec<RoleColumns> {
        [
            (Role::X, &self.x),
            (Role::Y, &self.y),
            (Role::Group, &self.group),
            (Role::Area, &self.area),
            (Role::Names, &self.names),
            (Role::Values, &self.values),
            (Role::Path, &self.path),
            (Role::Locations, &self.locations),
            (Role::Lat, &self.lat),
            (Role::Lon, &self.lon),
            (Role::Source, &self.source),
            (Role::Target, &self.target),
            (Role::Dimensions, &self.dimensions),
            (Role::Open, &self.open),
            (Role::High, &self.high),
            (Role::Low, &self.low),
            (Role::Close, &self.close),
        ]
        .into_iter()
        .filter_map(|(role, column)| column.as_deref().map(|c| RoleColumns::parse(role, c)))
        .collect()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every chart type, grouped by family.
    List {
        /// Print a JSON array (id, title, family, description, caveat, variants, dataset, ...).
        #[arg(long)]
        json: bool,
        /// Print the README's gallery section (Markdown tables, pictures, caveats).
        #[arg(long, conflicts_with = "json")]
        markdown: bool,
    },
    /// Draw a chart in the terminal (non-interactive), on stdout.
    #[command(
        after_help = "Examples:\n  rgg show histogram\n  rgg show boxplot --variant jitter --size 80x24\n  \
                      rgg show donut --mode half --color never > donut.txt\n  \
                      rgg show scatter --data iris.csv --x Sepal.Length --y Sepal.Width --group Species\n  \
                      rgg show histogram --data faithful.csv --x waiting\n  \
                      rgg show boxplot --data tips.csv --x day --y total_bill\n  \
                      rgg show line --data co2.csv --x Date --y CO2\n\n\
                      Each chart takes its own roles (--x, --y, --group, ...): `rgg list --json` lists them with what \
                      each needs; a required role you leave out is filled with the first fitting column."
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
        #[arg(long, value_enum, default_value_t = ModeChoice::Braille)]
        mode: ModeChoice,
        /// Colour: auto = only when stdout is a terminal and NO_COLOR is unset.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Colours for a dark or light terminal; auto asks the terminal for its
        /// background (then COLORFGBG), else dark.
        #[arg(long, value_enum, default_value_t = ThemeChoice::Auto)]
        theme: ThemeChoice,
        /// Show the chart as a real image where the terminal can: auto asks it
        /// (kitty graphics, sixel) and knows kitty, iTerm2, WezTerm, Ghostty,
        /// foot...; off draws cells. RGG_PIXELS=kitty|iterm2|sixel|off stands
        /// in for auto.
        #[arg(long, value_enum, default_value_t = PixelsChoice::Auto)]
        pixels: PixelsChoice,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Export charts to PNG (or SVG) files, or as terminal screenshots (--terminal).
    #[command(
        after_help = "Examples:\n  rgg export scatter                       writes scatter.png\n  \
                            rgg export donut -o pop.svg --format svg\n  rgg export histogram boxplot --out-dir out --size 800x600\n  \
                            rgg export --all --out-dir screenshots\n  \
                            rgg export heatmap --terminal -o heat.png   what `rgg show heatmap` looks like\n  \
                            rgg export line --terminal --size 80x24 --mode half -o line.png\n  \
                            rgg export --all --terminal --out-dir screenshots/terminal"
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
        /// Image size in pixels, WIDTHxHEIGHT (default 1200x800); with --terminal, the
        /// terminal's size in cells, COLSxROWS (default 100x30).
        #[arg(long, value_parser = parse_size)]
        size: Option<(u32, u32)>,
        /// Image format; default: from the -o extension, else png.
        #[arg(long, value_enum)]
        format: Option<FormatChoice>,
        /// Variant name; the first variant by default.
        #[arg(long)]
        variant: Option<String>,
        /// Paper: light (white; what auto gives) or dark (for dark-mode pages). With
        /// --terminal: the terminal's background (auto: dark).
        #[arg(long, value_enum, default_value_t = ThemeChoice::Auto)]
        theme: ThemeChoice,
        /// Write a PNG screenshot of the chart as `rgg show` draws it in a terminal
        /// (true colour, in the --theme's colours): each cell a 10x20-pixel box painted with its
        /// colours, text in DejaVu Sans Mono, braille dots and block characters drawn
        /// as shapes, as kitty and wezterm do. --size is then in cells. With --all,
        /// also writes contact-sheet.png: every chart's screenshot on one page.
        #[arg(long, conflicts_with = "format")]
        terminal: bool,
        /// With --terminal: how each cell is cut into dots, as in `rgg show` (default braille).
        #[arg(long, value_enum, requires = "terminal")]
        mode: Option<ModeChoice>,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Suggest chart types for a CSV file, best first, with the command to try each.
    #[command(after_help = "Example:\n  rgg suggest penguins.csv")]
    Suggest {
        /// CSV file ("-" reads standard input).
        file: String,
    },
    /// Print a chart module's source, ready to copy into a plotters project.
    #[command(after_help = "Examples:\n  rgg source donut > donut.rs\n  \
                            rgg source donut --example > main.rs   a program that draws donut.png")]
    Source {
        /// Chart id (see `rgg list`).
        chart: String,
        /// Print the chart's runnable example instead: a main.rs that draws the chart's
        /// sample data into <id>.png (gallery/examples/<id>.rs).
        #[arg(long)]
        example: bool,
    },
    /// Make a Cargo project that draws a chart: the chart's module and the helpers it
    /// needs, its example as main.rs, an embedded font. It builds with only a Rust
    /// toolchain.
    #[command(after_help = "Examples:\n  rgg new histogram                 makes ./histogram\n  \
                            rgg new treemap my-treemap --variant squarified\n  \
                            cd histogram && cargo run --release   writes histogram.png")]
    New {
        /// Chart id (see `rgg list`).
        chart: String,
        /// Folder to make (must not exist, or be empty); default: ./<id>.
        dir: Option<PathBuf>,
        /// Variant the program draws (see `rgg list`); the first variant by default.
        #[arg(long)]
        variant: Option<String>,
        /// A small ratatui app that draws the chart in the terminal (with
        /// the rgg-term backend, copied into the project) instead of a PNG.
        #[arg(long)]
        terminal: bool,
    },
    /// List the embedded sample datasets with their provenance and licence.
    Datasets,
    /// Print a shell completion script for rgg on stdout.
    #[command(after_help = "Examples:\n  \
                            rgg completions bash > ~/.local/share/bash-completion/completions/rgg\n  \
                            rgg completions zsh > ~/.zfunc/_rgg        (with fpath+=~/.zfunc before compinit)\n  \
                            rgg completions fish > ~/.config/fish/completions/rgg.fish")]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print rgg's man page (roff) on stdout.
    #[command(after_help = "Examples:\n  rgg man | man -l -\n  \
                            rgg man > ~/.local/share/man/man1/rgg.1")]
    Man,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Real images or cells (`--pixels`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum PixelsChoice {
    /// Ask the terminal (only when stdout is a terminal).
    #[default]
    Auto,
    /// The kitty graphics protocol (kitty, WezTerm, Ghostty, Konsole).
    Kitty,
    /// iTerm2 inline images (iTerm2, WezTerm).
    Iterm2,
    /// Sixel (foot, xterm -ti vt340, mlterm, Windows Terminal).
    Sixel,
    /// Cells, never images.
    Off,
}

impl PixelsChoice {
    pub fn choice(self) -> pixels::Choice {
        match self {
            PixelsChoice::Auto => pixels::Choice::Auto,
            PixelsChoice::Kitty => pixels::Choice::Named(pixels::Protocol::Kitty),
            PixelsChoice::Iterm2 => pixels::Choice::Named(pixels::Protocol::Iterm2),
            PixelsChoice::Sixel => pixels::Choice::Named(pixels::Protocol::Sixel),
            PixelsChoice::Off => pixels::Choice::Off,
        }
    }
}

/// How each cell is cut into dots (`--mode`): the command line's name for
/// a [`CellMode`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeChoice {
    /// 2x4 braille dots: the finest lines and points.
    Braille,
    /// Upper and lower half blocks, each with its own colour: solid fills.
    Half,
    /// 2x2 quadrant blocks.
    Quadrant,
    /// 2x3 sextant blocks (needs a font with Unicode 13 block sextants).
    Sextant,
    /// 2x4 octant blocks (needs a font with Unicode 16 octants).
    Octant,
}

impl ModeChoice {
    pub fn mode(self) -> CellMode {
        match self {
            ModeChoice::Braille => CellMode::Braille,
            ModeChoice::Half => CellMode::Half,
            ModeChoice::Quadrant => CellMode::Quadrant,
            ModeChoice::Sextant => CellMode::Sextant,
            ModeChoice::Octant => CellMode::Octant,
        }
    }
}

/// An image file's format (`--format`): the command line's name for a
/// [`Format`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatChoice {
    Png,
    Svg,
}

impl FormatChoice {
    pub fn format(self) -> Format {
        match self {
            FormatChoice::Png => Format::Png,
            FormatChoice::Svg => Format::Svg,
        }
    }
}

/// Dark or light colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ThemeChoice {
    /// In a terminal: from its background colour; PNG/SVG: light.
    #[default]
    Auto,
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
}

impl ThemeChoice {
    /// Whether a terminal gets the dark theme; auto asks `is_dark` (the
    /// terminal query), which is not called otherwise.
    pub fn terminal_is_dark(self, is_dark: impl FnOnce() -> bool) -> bool {
        match self {
            ThemeChoice::Dark => true,
            ThemeChoice::Light => false,
            ThemeChoice::Auto => is_dark(),
        }
    }

    /// The paper of an exported image: dark only when asked for.
    pub fn paper(self) -> Paper {
        match self {
            ThemeChoice::Dark => Paper::Dark,
            ThemeChoice::Auto | ThemeChoice::Light => Paper::White,
        }
    }
}

/// "WIDTHxHEIGHT", both at least 1 and at most 20000.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text:?} is not a size; write it as WIDTHxHEIGHT, e.g. 1200x800"))?;
    let parse = |s: &str| -> Result<u32, String> {
        let s = s.trim();
        let v: u32 = s.parse().map_err(|_| {
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                format!("{s} in {text:?} is too large (at most 20000)")
            } else {
                format!("{s:?} in {text:?} is not a whole number")
            }
        })?;
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
    fn every_cell_mode_and_format_has_its_flag_value() {
        let modes: Vec<CellMode> = ModeChoice::value_variants().iter().map(|m| m.mode()).collect();
        assert_eq!(modes, CellMode::ALL);
        let formats: Vec<Format> = FormatChoice::value_variants().iter().map(|f| f.format()).collect();
        assert_eq!(formats, [Format::Png, Format::Svg]);
        let names: Vec<String> = ModeChoice::value_variants()
            .iter()
            .filter_map(|m| m.to_possible_value().map(|v| v.get_name().to_string()))
            .collect();
        assert_eq!(names, ["braille", "half", "quadrant", "sextant", "octant"]);
    }

    #[test]
    fn sizes_parse_and_refuse() {
        assert_eq!(parse_size("1200x800"), Ok((1200, 800)));
        assert_eq!(parse_size("80X24"), Ok((80, 24)));
        assert!(parse_size("80").is_err());
        assert!(parse_size("0x10").is_err());
        assert!(parse_size("axb").is_err());
        assert_eq!(
            parse_size("99999999999x1"),
            Err(String::from(
                "99999999999 in \"99999999999x1\" is too large (at most 20000)"
            ))
        );
        assert_eq!(
            parse_size("30000x1"),
            Err(String::from("30000 in \"30000x1\" is out of range (1 to 20000)"))
        );
        assert!(parse_size("-1x1").is_err_and(|e| e.contains("not a whole number")));
    }

    #[test]
    fn theme_choices() {
        assert!(ThemeChoice::Dark.terminal_is_dark(|| unreachable!("no query when dark is asked for")));
        assert!(!ThemeChoice::Light.terminal_is_dark(|| unreachable!("no query when light is asked for")));
        assert!(!ThemeChoice::Auto.terminal_is_dark(|| false));
        assert_eq!(ThemeChoice::Auto.paper(), Paper::White);
        assert_eq!(ThemeChoice::Light.paper(), Paper::White);
        assert_eq!(ThemeChoice::Dark.paper(), Paper::Dark);
        let cli = Cli::try_parse_from(["rgg", "--theme", "light"]).expect("parses");
        assert_eq!(cli.theme, ThemeChoice::Light);
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
