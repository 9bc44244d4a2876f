//! The look shared by every chart: colours, font sizes, line widths.
//!
//! A chart never hard-codes a colour or a size; it asks the theme. The same
//! chart then reads well as a 1200x800 PNG on white ([`Theme::light_for`]) or
//! on a dark page ([`Theme::dark_for`]), and in a dark or light terminal
//! ([`Theme::terminal`], [`Theme::terminal_light`]), where every cell is a
//! virtual 8x16-pixel box.
//!
//! Copying a chart: copy this file too (it depends on plotters only).

use plotters::style::{FontDesc, FontStyle, IntoFont, RGBColor, TextStyle};

/// Okabe-Ito: the categorical palette that stays distinct for the common
/// forms of colour blindness. Its black is swapped for a grey, which reads on
/// both light and dark backgrounds.
pub const OKABE_ITO: [RGBColor; 8] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(240, 228, 66),  // yellow
    RGBColor(153, 153, 153), // grey
];

/// Control points of viridis (perceptually uniform, colour-blind safe),
/// sampled evenly from 0 to 1; [`Theme::sequential`] interpolates them.
const VIRIDIS: [(u8, u8, u8); 9] = [
    (68, 1, 84),
    (71, 44, 122),
    (59, 81, 139),
    (44, 113, 142),
    (33, 144, 141),
    (39, 173, 129),
    (92, 200, 99),
    (170, 220, 50),
    (253, 231, 37),
];

/// Control points of `ColorBrewer`'s `RdBu` (colour-blind safe), blue for -1,
/// a light grey for 0 and red for +1; [`Theme::diverging`] interpolates them.
const RED_BLUE: [(u8, u8, u8); 11] = [
    (5, 48, 97),
    (33, 102, 172),
    (67, 147, 195),
    (146, 197, 222),
    (209, 229, 240),
    (247, 247, 247),
    (253, 219, 199),
    (244, 165, 130),
    (214, 96, 77),
    (178, 24, 43),
    (103, 0, 31),
];

/// Colours, fonts and sizes for one output medium.
#[derive(Clone, Debug)]
pub struct Theme {
    /// What the caller painted under the chart.
    pub background: RGBColor,
    /// Titles, labels, values.
    pub text: RGBColor,
    /// Secondary text: notes, axis titles, empty-state messages.
    pub muted: RGBColor,
    /// The axis base line.
    pub axis: RGBColor,
    /// Light grid lines behind the data.
    pub grid: RGBColor,
    /// Categorical colours, used in order.
    pub palette: Vec<RGBColor>,
    /// A registered font family name.
    pub font: &'static str,
    pub title_size: f64,
    pub label_size: f64,
    /// plotters lays out legend rows 1.25 x the font size apart.
    pub legend_size: f64,
    /// Stroke width of data lines, in pixels.
    pub line_width: u32,
    /// Radius of scatter points, in pixels.
    pub point_radius: u32,
    /// Space around the whole chart, in pixels.
    pub margin: i32,
    /// Horizontal space between a label and what it labels, in pixels.
    pub gap: i32,
}

impl Theme {
    /// For PNG and SVG: white paper, dark text.
    pub fn light() -> Self {
        Theme {
            background: RGBColor(255, 255, 255),
            text: RGBColor(34, 34, 34),
            muted: RGBColor(100, 100, 100),
            axis: RGBColor(120, 120, 120),
            grid: RGBColor(228, 228, 228),
            palette: OKABE_ITO.to_vec(),
            font: "sans-serif",
            title_size: 30.0,
            label_size: 20.0,
            legend_size: 20.0,
            line_width: 3,
            point_radius: 5,
            margin: 24,
            gap: 10,
        }
    }

    /// [`Theme::light`] with fonts, strokes and margins scaled for a
    /// canvas of `width` x `height` pixels (1200x800 is scale 1), so small
    /// thumbnails and large posters keep their proportions.
    pub fn light_for(width: u32, height: u32) -> Self {
        Theme::light().scaled_for(width, height)
    }

    /// For PNG and SVG on a dark page (a dark-mode site): near-black paper,
    /// light text, the palette as in a dark terminal.
    pub fn dark() -> Self {
        Theme {
            background: RGBColor(24, 24, 27),
            text: RGBColor(232, 232, 232),
            muted: RGBColor(165, 165, 165),
            axis: RGBColor(140, 140, 140),
            grid: RGBColor(58, 58, 62),
            ..Theme::light()
        }
    }

    /// [`Theme::dark`] scaled like [`Theme::light_for`].
    pub fn dark_for(width: u32, height: u32) -> Self {
        Theme::dark().scaled_for(width, height)
    }

    /// This theme with fonts, strokes and margins scaled for a canvas of
    /// `width` x `height` pixels (1200x800 is scale 1).
    fn scaled_for(self, width: u32, height: u32) -> Self {
        let scale = (f64::from(width) / 1200.0)
            .min(f64::from(height) / 800.0)
            .clamp(0.5, 3.0);
        let px = |v: i32| ((f64::from(v) * scale).round() as i32).max(1);
        let stroke = |v: u32| ((f64::from(v) * scale).round() as u32).max(1);
        Theme {
            title_size: self.title_size * scale,
            label_size: self.label_size * scale,
            legend_size: self.legend_size * scale,
            line_width: stroke(self.line_width),
            point_radius: stroke(self.point_radius),
            margin: px(self.margin),
            gap: px(self.gap),
            ..self
        }
    }

    /// Whether the background is dark (light text reads on it).
    pub fn is_dark(&self) -> bool {
        relative_luminance(self.background) < 0.18
    }

    /// For a terminal whose cells are virtual 8x16-pixel boxes: one text
    /// row is 16 pixels, so every font size is 16 (a legend row at 12.8 x
    /// 1.25 = 16 is exactly one cell row). `background` and `text` are the
    /// terminal's own colours; the cell backend draws them as "default".
    pub fn terminal() -> Self {
        Theme {
            background: RGBColor(0, 0, 0),
            text: RGBColor(255, 255, 255),
            muted: RGBColor(150, 150, 150),
            axis: RGBColor(128, 128, 128),
            grid: RGBColor(68, 68, 68),
            palette: OKABE_ITO.to_vec(),
            font: "sans-serif",
            title_size: 16.0,
            label_size: 16.0,
            legend_size: 12.8,
            line_width: 1,
            point_radius: 2,
            margin: 8,
            gap: 8,
        }
    }

    /// [`Theme::terminal`] for a terminal with a light background: black
    /// text on white (drawn as the terminal's own colours), greys that stay
    /// quiet on white, and the palette darkened where it would be too pale
    /// to read on white (Okabe-Ito's yellow becomes an olive).
    pub fn terminal_light() -> Self {
        Theme {
            background: RGBColor(255, 255, 255),
            text: RGBColor(0, 0, 0),
            muted: RGBColor(96, 96, 96),
            axis: RGBColor(128, 128, 128),
            grid: RGBColor(200, 200, 200),
            palette: OKABE_ITO
                .iter()
                .map(|&c| readable_on(c, RGBColor(255, 255, 255)))
                .collect(),
            ..Theme::terminal()
        }
    }

    /// The i-th categorical colour, cycling through the palette.
    pub fn color(&self, i: usize) -> RGBColor {
        if self.palette.is_empty() {
            return self.text;
        }
        self.palette[i % self.palette.len()]
    }

    /// The sequential colormap (viridis) at `t` in 0..=1; NaN maps to 0.
    pub fn sequential(&self, t: f64) -> RGBColor {
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        let pos = t * (VIRIDIS.len() - 1) as f64;
        let i = (pos.floor() as usize).min(VIRIDIS.len() - 2);
        let f = pos - i as f64;
        let (a, b) = (VIRIDIS[i], VIRIDIS[i + 1]);
        let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * f).round() as u8;
        RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// The diverging colormap (red-blue) at `t` in -1..=1: blue below zero,
    /// light grey at zero, red above; NaN maps to the middle.
    pub fn diverging(&self, t: f64) -> RGBColor {
        let t = if t.is_nan() { 0.0 } else { t.clamp(-1.0, 1.0) };
        let pos = f64::midpoint(t, 1.0) * (RED_BLUE.len() - 1) as f64;
        let i = (pos.floor() as usize).min(RED_BLUE.len() - 2);
        let f = pos - i as f64;
        let (a, b) = (RED_BLUE[i], RED_BLUE[i + 1]);
        let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * f).round() as u8;
        RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// Text that reads on a cell filled with `fill`: dark on light, light on dark.
    pub fn text_on(fill: RGBColor) -> RGBColor {
        let luma = 0.299 * f64::from(fill.0) + 0.587 * f64::from(fill.1) + 0.114 * f64::from(fill.2);
        if luma > 140.0 {
            RGBColor(20, 20, 20)
        } else {
            RGBColor(250, 250, 250)
        }
    }

    pub fn font_of(&self, size: f64) -> FontDesc<'static> {
        (self.font, size).into_font()
    }

    pub fn title_style(&self) -> TextStyle<'static> {
        self.font_of(self.title_size).style(FontStyle::Bold).color(&self.text)
    }

    pub fn label_style(&self) -> TextStyle<'static> {
        self.font_of(self.label_size).color(&self.text)
    }

    pub fn muted_style(&self) -> TextStyle<'static> {
        self.font_of(self.label_size).color(&self.muted)
    }

    pub fn legend_style(&self) -> TextStyle<'static> {
        self.font_of(self.legend_size).color(&self.text)
    }
}

/// WCAG relative luminance of an sRGB colour (0 black ..= 1 white).
pub fn relative_luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// WCAG contrast ratio of two colours (1 ..= 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The least contrast a data colour needs with the background: WCAG's
/// 3:1 for graphics.
const MIN_CONTRAST: f64 = 3.0;

/// `c` darkened (towards black, keeping its hue) until it has 3:1
/// contrast with the light `background`; unchanged when it already has.
fn readable_on(c: RGBColor, background: RGBColor) -> RGBColor {
    let mut f = 1.0;
    let mut out = c;
    while contrast(out, background) < MIN_CONTRAST && f > 0.05 {
        f -= 0.01;
        let dim = |v: u8| (f64::from(v) * f).round() as u8;
        out = RGBColor(dim(c.0), dim(c.1), dim(c.2));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_ends_are_viridis_ends() {
        let t = Theme::light();
        assert_eq!(t.sequential(0.0), RGBColor(68, 1, 84));
        assert_eq!(t.sequential(1.0), RGBColor(253, 231, 37));
        assert_eq!(t.sequential(f64::NAN), RGBColor(68, 1, 84));
        assert_eq!(t.sequential(7.0), RGBColor(253, 231, 37));
    }

    #[test]
    fn palette_cycles() {
        let t = Theme::light();
        assert_eq!(t.color(0), t.color(8));
        assert_ne!(t.color(0), t.color(1));
    }

    #[test]
    fn diverging_is_blue_grey_red() {
        let t = Theme::light();
        assert_eq!(t.diverging(-1.0), RGBColor(5, 48, 97));
        assert_eq!(t.diverging(0.0), RGBColor(247, 247, 247));
        assert_eq!(t.diverging(f64::NAN), RGBColor(247, 247, 247));
        assert_eq!(t.diverging(1.0), RGBColor(103, 0, 31));
        assert_eq!(t.diverging(9.0), RGBColor(103, 0, 31));
        let (neg, pos) = (t.diverging(-0.5), t.diverging(0.5));
        assert!(neg.2 > neg.0 && pos.0 > pos.2, "{neg:?} {pos:?}");
    }

    #[test]
    fn light_terminal_palette_reads_on_white() {
        let t = Theme::terminal_light();
        for c in &t.palette {
            assert!(contrast(*c, t.background) >= MIN_CONTRAST, "{c:?}");
        }
        // Okabe-Ito's yellow had 1.2:1 on white; it is darkened, not replaced.
        let yellow = t.color(6);
        assert!(
            yellow.0 > yellow.2 && yellow.1 > yellow.2 && yellow != OKABE_ITO[6],
            "{yellow:?}"
        );
        // Colours that already read are left alone.
        assert_eq!(t.color(3), OKABE_ITO[3]);
    }

    /// The grid sits between the background and the muted text in every
    /// theme: quiet, never a lattice louder than the labels.
    #[test]
    fn grid_is_between_background_and_muted_text() {
        for t in [
            Theme::light(),
            Theme::dark(),
            Theme::terminal(),
            Theme::terminal_light(),
        ] {
            let (bg, grid, muted) = (
                relative_luminance(t.background),
                relative_luminance(t.grid),
                relative_luminance(t.muted),
            );
            assert!(
                (bg.min(muted)..=bg.max(muted)).contains(&grid) && grid != bg && grid != muted,
                "{:?} {:?} {:?}",
                t.background,
                t.grid,
                t.muted
            );
            assert!(
                contrast(t.muted, t.background) >= 4.5,
                "muted text reads: {:?}",
                t.muted
            );
            assert!(contrast(t.grid, t.background) < contrast(t.axis, t.background));
        }
    }

    #[test]
    fn dark_for_is_dark_and_scaled_like_light_for() {
        let (dark, light) = (Theme::dark_for(600, 400), Theme::light_for(600, 400));
        assert!(dark.is_dark() && !light.is_dark());
        assert!(Theme::terminal().is_dark() && !Theme::terminal_light().is_dark());
        assert!((dark.title_size - light.title_size).abs() < 1e-9);
        assert_eq!((dark.margin, dark.line_width), (light.margin, light.line_width));
        assert!((dark.title_size - Theme::dark().title_size / 2.0).abs() < 1e-9);
    }

    #[test]
    fn text_on_picks_contrast() {
        assert_eq!(Theme::text_on(RGBColor(253, 231, 37)), RGBColor(20, 20, 20));
        assert_eq!(Theme::text_on(RGBColor(68, 1, 84)), RGBColor(250, 250, 250));
    }
}
