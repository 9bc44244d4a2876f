//! Colour depth: how many colours the terminal shows, found from the
//! environment, and how a chart's 24-bit colour is brought down to it.
//!
//! Colours are matched in Oklab, where equal distances look equally
//! different, so a smooth colormap stays smooth (and its lightness keeps
//! rising) in 256 colours. The 256-colour fallback uses only the 6x6x6
//! cube and the grey ramp (indices 16..=255): the first 16 are redefined by
//! every terminal theme, so their RGB is unknown.

use ratatui::style::Color;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// How many colours the output may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorDepth {
    /// 24-bit colour.
    TrueColor,
    /// The xterm 256-colour palette.
    Ansi256,
    /// The 16 standard colours (the Linux console, old terminals).
    Ansi16,
    /// No colour at all: glyphs only.
    Mono,
}

/// Terminals that show 24-bit colour without saying so in `COLORTERM`, by
/// `TERM_PROGRAM`. (macOS Terminal.app, `Apple_Terminal`, does not.)
const TRUECOLOR_PROGRAMS: [&str; 5] = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"];

/// ... and by `TERM` (a prefix: `foot-extra`, `alacritty-direct`).
const TRUECOLOR_TERMS: [&str; 7] = [
    "xterm-kitty",
    "xterm-ghostty",
    "alacritty",
    "foot",
    "wezterm",
    "contour",
    "rio",
];

/// `TERM`s with only the 16 standard colours (a prefix).
const ANSI16_TERMS: [&str; 6] = ["linux", "vt", "ansi", "cons25", "xterm-color", "sun"];

impl ColorDepth {
    /// The colour depth of the terminal, from the environment.
    pub fn detect() -> Self {
        Self::from_env(|name| std::env::var(name).ok())
    }

    /// The colour depth from environment variables given by `var`:
    /// `COLORTERM=truecolor`/`24bit`, a `TERM` ending in `-direct`, a known
    /// 24-bit terminal (by `TERM_PROGRAM`, `TERM` or Windows Terminal's
    /// `WT_SESSION`) give 24-bit colour; `TERM=dumb` none; the Linux console
    /// and other old `TERM`s 16 colours; anything else 256 colours.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Self {
        let term = var("TERM").unwrap_or_default();
        if term == "dumb" {
            return ColorDepth::Mono;
        }
        let colorterm = var("COLORTERM").unwrap_or_default().to_ascii_lowercase();
        let program = var("TERM_PROGRAM").unwrap_or_default();
        if colorterm == "truecolor"
            || colorterm == "24bit"
            || term.ends_with("-direct")
            || TRUECOLOR_PROGRAMS.contains(&program.as_str())
            || TRUECOLOR_TERMS.iter().any(|t| term.starts_with(t))
            || var("WT_SESSION").is_some_and(|v| !v.is_empty())
        {
            return ColorDepth::TrueColor;
        }
        if !term.contains("256") && ANSI16_TERMS.iter().any(|t| term.starts_with(t)) {
            return ColorDepth::Ansi16;
        }
        ColorDepth::Ansi256
    }

    /// A 24-bit colour at this depth (`Color::Reset` for [`ColorDepth::Mono`]).
    pub fn convert(self, (r, g, b): (u8, u8, u8)) -> Color {
        match self {
            ColorDepth::TrueColor => Color::Rgb(r, g, b),
            ColorDepth::Ansi256 => Color::Indexed(ansi256(r, g, b)),
            ColorDepth::Ansi16 => ansi16(r, g, b),
            ColorDepth::Mono => Color::Reset,
        }
    }
}

/// A colour in Oklab: lightness `l` (0 black ..= 1 white) and the
/// opponent axes `a` (green-red) and `b` (blue-yellow).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Oklab {
    /// Lightness: 0 black ..= 1 white.
    pub l: f64,
    /// Green (negative) to red (positive).
    pub a: f64,
    /// Blue (negative) to yellow (positive).
    pub b: f64,
}

impl Oklab {
    /// Björn Ottosson's Oklab of an sRGB colour.
    pub fn from_rgb(r: u8, g: u8, b: u8) -> Self {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        Self::from_linear(lin(r), lin(g), lin(b))
    }

    /// Oklab of a linear-light RGB colour (each channel 0..=1).
    pub fn from_linear(r: f64, g: f64, b: f64) -> Self {
        let l = 0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b;
        let m = 0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b;
        let s = 0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b;
        let (l, m, s) = (l.cbrt(), m.cbrt(), s.cbrt());
        Oklab {
            l: 0.210_454_255_3 * l + 0.793_617_785 * m - 0.004_072_046_8 * s,
            a: 1.977_998_495_1 * l - 2.428_592_205 * m + 0.450_593_709_9 * s,
            b: 0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766 * s,
        }
    }

    /// Euclidean distance (about 0.02 is a just-noticeable difference).
    pub fn distance(self, o: Oklab) -> f64 {
        ((self.l - o.l).powi(2) + (self.a - o.a).powi(2) + (self.b - o.b).powi(2)).sqrt()
    }
}

/// The RGB of xterm-256 colour `index` (16..=255: the cube and the greys).
pub fn xterm256_rgb(index: u8) -> (u8, u8, u8) {
    const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];
    if index >= 232 {
        let v = 8 + 10 * (index - 232);
        return (v, v, v);
    }
    let i = index.saturating_sub(16);
    (
        CUBE[usize::from(i / 36)],
        CUBE[usize::from(i / 6 % 6)],
        CUBE[usize::from(i % 6)],
    )
}

/// The nearest xterm-256 colour in Oklab, among indices 16..=255.
pub fn ansi256(r: u8, g: u8, b: u8) -> u8 {
    thread_local! {
        // Charts use few colours, drawn into thousands of cells per frame.
        static MEMO: RefCell<HashMap<(u8, u8, u8), u8>> = RefCell::new(HashMap::new());
    }
    static TABLE: OnceLock<Vec<(u8, Oklab)>> = OnceLock::new();
    if let Some(hit) = MEMO.with(|m| m.borrow().get(&(r, g, b)).copied()) {
        return hit;
    }
    let table = TABLE.get_or_init(|| {
        (16..=255u8)
            .map(|i| {
                let (r, g, b) = xterm256_rgb(i);
                (i, Oklab::from_rgb(r, g, b))
            })
            .collect()
    });
    let index = nearest(Oklab::from_rgb(r, g, b), table).unwrap_or(16);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 4096 {
            m.clear();
        }
        m.insert((r, g, b), index);
    });
    index
}

/// The 16 standard colours as ratatui names them, with xterm's RGB.
const ANSI16: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The nearest of the 16 standard colours in Oklab: a grey (or black or
/// white) for a colour without hue, else the nearest coloured one (so a mid
/// blue stays blue rather than becoming grey: with 16 colours, a group's
/// hue is what tells it apart).
pub fn ansi16(r: u8, g: u8, b: u8) -> Color {
    static TABLE: OnceLock<Vec<(Color, Oklab)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        ANSI16
            .iter()
            .map(|&(c, (r, g, b))| (c, Oklab::from_rgb(r, g, b)))
            .collect()
    });
    let target = Oklab::from_rgb(r, g, b);
    let chromatic = target.a.hypot(target.b) >= 0.04;
    let greys = [Color::Black, Color::DarkGray, Color::Gray, Color::White];
    let candidates: Vec<(Color, Oklab)> = table
        .iter()
        .filter(|(c, _)| greys.contains(c) != chromatic)
        .copied()
        .collect();
    nearest(target, &candidates).unwrap_or(Color::Reset)
}

fn nearest<T: Copy>(target: Oklab, table: &[(T, Oklab)]) -> Option<T> {
    table
        .iter()
        .min_by(|x, y| target.distance(x.1).total_cmp(&target.distance(y.1)))
        .map(|&(t, _)| t)
}

/// The SGR parameter of a 16-colour ratatui name (30..=37, 90..=97 for the
/// foreground; add 10 for the background), if `color` is one.
pub fn ansi16_sgr(color: Color) -> Option<u8> {
    let i = ANSI16.iter().position(|(c, _)| *c == color)? as u8;
    Some(if i < 8 { 30 + i } else { 90 + i - 8 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rgg_gallery::theme::Theme;

    fn env(pairs: &[(&str, &str)]) -> ColorDepth {
        ColorDepth::from_env(|name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_string()))
    }

    #[test]
    fn depth_from_the_environment() {
        assert_eq!(
            env(&[("COLORTERM", "truecolor"), ("TERM", "xterm-256color")]),
            ColorDepth::TrueColor
        );
        assert_eq!(env(&[("COLORTERM", "24bit")]), ColorDepth::TrueColor);
        assert_eq!(env(&[("TERM", "xterm-direct")]), ColorDepth::TrueColor);
        assert_eq!(env(&[("TERM", "xterm-kitty")]), ColorDepth::TrueColor);
        assert_eq!(env(&[("TERM", "foot-extra")]), ColorDepth::TrueColor);
        assert_eq!(env(&[("TERM", "alacritty")]), ColorDepth::TrueColor);
        assert_eq!(
            env(&[("TERM", "xterm-256color"), ("TERM_PROGRAM", "WezTerm")]),
            ColorDepth::TrueColor
        );
        assert_eq!(
            env(&[("TERM", "xterm-256color"), ("TERM_PROGRAM", "iTerm.app")]),
            ColorDepth::TrueColor
        );
        assert_eq!(
            env(&[("TERM", "xterm-256color"), ("WT_SESSION", "b2c1")]),
            ColorDepth::TrueColor
        );
        assert_eq!(
            env(&[("TERM", "xterm-256color"), ("TERM_PROGRAM", "Apple_Terminal")]),
            ColorDepth::Ansi256
        );
        assert_eq!(env(&[("TERM", "xterm-256color")]), ColorDepth::Ansi256);
        assert_eq!(env(&[("TERM", "screen-256color")]), ColorDepth::Ansi256);
        assert_eq!(env(&[]), ColorDepth::Ansi256);
        assert_eq!(env(&[("TERM", "linux")]), ColorDepth::Ansi16);
        assert_eq!(env(&[("TERM", "vt100")]), ColorDepth::Ansi16);
        assert_eq!(env(&[("TERM", "dumb"), ("COLORTERM", "truecolor")]), ColorDepth::Mono);
    }

    #[test]
    fn oklab_of_white_black_and_red() {
        let white = Oklab::from_rgb(255, 255, 255);
        assert!((white.l - 1.0).abs() < 1e-3 && white.a.abs() < 1e-3 && white.b.abs() < 1e-3);
        assert!(Oklab::from_rgb(0, 0, 0).l.abs() < 1e-9);
        // Ottosson's reference value for sRGB red.
        let red = Oklab::from_rgb(255, 0, 0);
        assert!((red.l - 0.628).abs() < 1e-3 && (red.a - 0.2249).abs() < 1e-3 && (red.b - 0.1258).abs() < 1e-3);
    }

    #[test]
    fn xterm_palette_layout() {
        assert_eq!(xterm256_rgb(16), (0, 0, 0));
        assert_eq!(xterm256_rgb(196), (255, 0, 0));
        assert_eq!(xterm256_rgb(231), (255, 255, 255));
        assert_eq!(xterm256_rgb(232), (8, 8, 8));
        assert_eq!(xterm256_rgb(255), (238, 238, 238));
    }

    #[test]
    fn exact_palette_colours_map_to_themselves() {
        for i in 16..=255u8 {
            let (r, g, b) = xterm256_rgb(i);
            assert_eq!(xterm256_rgb(ansi256(r, g, b)), (r, g, b), "index {i}");
        }
    }

    #[test]
    fn greys_stay_grey_and_never_use_the_theme_colours() {
        for v in (0..=255u8).step_by(5) {
            let i = ansi256(v, v, v);
            assert!(i >= 16);
            let (r, g, b) = xterm256_rgb(i);
            assert!(r == g && g == b, "grey {v} became {i}");
        }
    }

    /// The old nearest-by-channel match sent viridis through #5f5f87, a
    /// grey lavender lighter than its neighbour: the colormap's lightness
    /// went down and up again.
    #[test]
    fn viridis_in_256_colours_keeps_getting_lighter() {
        let theme = Theme::terminal();
        let mut last = 0.0;
        for k in 0..64 {
            let c = theme.sequential(f64::from(k) / 63.0);
            let index = ansi256(c.0, c.1, c.2);
            let (r, g, b) = xterm256_rgb(index);
            let l = Oklab::from_rgb(r, g, b).l;
            assert!(
                l >= last,
                "sample {k}: {c:?} -> {index} ({r},{g},{b}) is darker than the one before"
            );
            last = l;
        }
    }

    #[test]
    fn sixteen_colours_pick_the_obvious_name() {
        assert_eq!(ansi16(250, 10, 10), Color::LightRed);
        assert_eq!(ansi16(20, 20, 200), Color::Blue);
        assert_eq!(ansi16(130, 130, 130), Color::DarkGray);
        assert_eq!(ColorDepth::Ansi16.convert((0, 190, 0)), Color::Green);
        assert_eq!(ansi16(250, 250, 250), Color::White);
        // The palette's mid blue and bluish green used to become the same
        // dark grey: no colour turns grey, and the first four stay four
        // colours. (16 are too few for more: sky blue falls on cyan too.)
        let first: Vec<Color> = Theme::terminal().palette[..8]
            .iter()
            .map(|c| ansi16(c.0, c.1, c.2))
            .collect();
        for (i, c) in first.iter().enumerate() {
            assert!(
                ![Color::Black, Color::DarkGray, Color::Gray, Color::White].contains(c),
                "{i}: {c:?}"
            );
            assert!(i >= 4 || !first[..i].contains(c), "{i}: {c:?} twice in {first:?}");
        }
        assert_eq!(ansi16_sgr(Color::Red), Some(31));
        assert_eq!(ansi16_sgr(Color::White), Some(97));
        assert_eq!(ansi16_sgr(Color::Rgb(1, 2, 3)), None);
    }

    #[test]
    fn mono_has_no_colour() {
        assert_eq!(ColorDepth::Mono.convert((200, 10, 10)), Color::Reset);
        assert_eq!(ColorDepth::TrueColor.convert((200, 10, 10)), Color::Rgb(200, 10, 10));
    }
}
