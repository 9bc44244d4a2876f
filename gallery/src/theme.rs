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

/// The categorical palette: 11 colours from Okabe-Ito and Paul Tol's
/// muted set, both made to stay distinct for the common forms of colour
/// blindness, then a grey.
///
/// The first 4 keep Okabe-Ito's order, because charts give them meanings
/// (blue the one series, orange the second or a highlight, bluish green
/// and vermillion up and down, land and emphasis). Fifth is reddish
/// purple, not sky blue: five groups (the continents) are common, and sky
/// blue beside blue was hard to tell apart in filled areas; every two of
/// the first five differ in hue. Sky blue, the colour of water
/// ([`WATER`]), comes sixth. The next 3 are the 3 of the rest that stay
/// furthest from those and from each other (in Oklab, for normal vision
/// and simulated protanopia and deuteranopia, as drawn on white and on
/// dark); Okabe-Ito's yellow is left out (on white it darkens into sand's
/// olive). Every pair of the first 8 is told apart by a colour-blind
/// reader; past 8, pairs come closer.
///
/// Grey is last: charts that lump their smallest groups into "Other" give
/// it the last colour, so "Other" never looks like a group (Okabe-Ito's
/// grey looked like its reddish purple to a deuteranope; this darker one
/// does not).
pub const PALETTE: [RGBColor; 12] = [
    RGBColor(0, 114, 178),   // blue (Okabe-Ito)
    RGBColor(230, 159, 0),   // orange (Okabe-Ito)
    RGBColor(0, 158, 115),   // bluish green (Okabe-Ito)
    RGBColor(213, 94, 0),    // vermillion (Okabe-Ito)
    RGBColor(204, 121, 167), // reddish purple (Okabe-Ito)
    RGBColor(86, 180, 233),  // sky blue (Okabe-Ito)
    RGBColor(136, 34, 85),   // wine (Tol)
    RGBColor(170, 68, 153),  // purple (Tol)
    RGBColor(221, 204, 119), // sand (Tol)
    RGBColor(17, 119, 51),   // green (Tol)
    RGBColor(136, 204, 238), // cyan (Tol)
    RGBColor(120, 120, 120), // grey: "Other"
];

/// The index in [`PALETTE`] of sky blue, the colour of water.
pub const WATER: usize = 5;

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
    /// Font size of the chart title, in pixels.
    pub title_size: f64,
    /// Font size of axis titles, tick labels and labels in the chart, in pixels.
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
            palette: PALETTE.to_vec(),
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
            palette: readable_palette(RGBColor(24, 24, 27)),
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
        self.scaled((f64::from(width) / 1200.0).min(f64::from(height) / 800.0))
    }

    /// Fonts, strokes and margins times `scale` (kept within 0.5..=3; 1
    /// is the 1200x800 picture): for a picture whose text must match
    /// something else, such as a terminal's own text.
    #[must_use]
    pub fn scaled(self, scale: f64) -> Self {
        let scale = if scale.is_finite() { scale.clamp(0.5, 3.0) } else { 1.0 };
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
            palette: readable_palette(RGBColor(0, 0, 0)),
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
    /// to read on white (sand becomes an olive).
    pub fn terminal_light() -> Self {
        Theme {
            background: RGBColor(255, 255, 255),
            text: RGBColor(0, 0, 0),
            muted: RGBColor(96, 96, 96),
            axis: RGBColor(128, 128, 128),
            grid: RGBColor(210, 210, 210),
            palette: readable_palette(RGBColor(255, 255, 255)),
            ..Theme::terminal()
        }
    }

    /// This theme with its points `scale` times their radius (at least one
    /// pixel), for a chart's point-size knob; itself when `scale` is `None`
    /// or not a positive number.
    pub fn with_point_scale(&self, scale: Option<f64>) -> std::borrow::Cow<'_, Theme> {
        match scale.filter(|s| s.is_finite() && *s > 0.0) {
            Some(s) => std::borrow::Cow::Owned(Theme {
                point_radius: ((f64::from(self.point_radius) * s).round() as u32).max(1),
                ..self.clone()
            }),
            None => std::borrow::Cow::Borrowed(self),
        }
    }

    /// The i-th categorical colour ([`PALETTE`], made readable on the
    /// background). Past the palette's end it cycles, and two groups would
    /// share a colour: a chart with more groups than colours lumps the
    /// smallest into "Other" (the last colour, grey) instead.
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

    /// The fill of places without data (a map's regions, a grid's empty
    /// cells): the grid's grey a quarter of the way to the muted text
    /// colour. Not the grid colour itself: a terminal draws grid-coloured
    /// shapes as a sparse, quiet grid, not as solid land.
    pub fn no_data(&self) -> RGBColor {
        blend(self.grid, self.muted, 0.25)
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

    /// The theme's font at `size` pixels.
    pub fn font_of(&self, size: f64) -> FontDesc<'static> {
        (self.font, size).into_font()
    }

    /// Text style for the chart title: `title_size`, bold, in the text colour.
    pub fn title_style(&self) -> TextStyle<'static> {
        self.font_of(self.title_size).style(FontStyle::Bold).color(&self.text)
    }

    /// Text style for axis titles and labels: `label_size`, in the text colour.
    pub fn label_style(&self) -> TextStyle<'static> {
        self.font_of(self.label_size).color(&self.text)
    }

    /// Text style for secondary text (notes, colour-bar labels): `label_size`, in the muted colour.
    pub fn muted_style(&self) -> TextStyle<'static> {
        self.font_of(self.label_size).color(&self.muted)
    }

    /// Text style for legend entries: `legend_size`, in the text colour.
    pub fn legend_style(&self) -> TextStyle<'static> {
        self.font_of(self.legend_size).color(&self.text)
    }
}

/// `a` moved towards `b` by `t` (0: `a`, 1: `b`), channel by channel.
pub fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
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

/// `c` darkened (towards black) on a light background, or lightened
/// (towards white) on a dark one, keeping its hue, until it has 3:1
/// contrast with `background`; unchanged when it already has.
fn readable_on(c: RGBColor, background: RGBColor) -> RGBColor {
    let light = relative_luminance(background) > 0.18;
    let mut t = 0.0;
    let mut out = c;
    while contrast(out, background) < MIN_CONTRAST && t < 0.95 {
        t += 0.01;
        let shift = |v: u8| {
            let v = f64::from(v);
            (if light { v * (1.0 - t) } else { v + (255.0 - v) * t }).round() as u8
        };
        out = RGBColor(shift(c.0), shift(c.1), shift(c.2));
    }
    out
}

/// [`PALETTE`] made readable on `background`.
fn readable_palette(background: RGBColor) -> Vec<RGBColor> {
    PALETTE.iter().map(|&c| readable_on(c, background)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_data_is_grey_but_not_the_grid_colour() {
        for theme in [Theme::light(), Theme::terminal()] {
            let c = theme.no_data();
            assert_ne!(c, theme.grid);
            assert_ne!(c, theme.background);
        }
    }

    #[test]
    fn blend_moves_between_colours() {
        let (a, b) = (RGBColor(0, 100, 200), RGBColor(100, 100, 0));
        assert_eq!(blend(a, b, 0.0), a);
        assert_eq!(blend(a, b, 1.0), b);
        assert_eq!(blend(a, b, 0.5), RGBColor(50, 100, 100));
        // A quarter of the way, as the maps' no-data grey is made.
        assert_eq!(
            blend(RGBColor(0, 0, 0), RGBColor(255, 255, 255), 0.25),
            RGBColor(64, 64, 64)
        );
    }

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
        assert_eq!(t.palette.len(), 12);
        assert_eq!(t.color(0), t.color(12));
        assert_ne!(t.color(0), t.color(1));
    }

    #[test]
    fn the_first_five_colours_differ_in_hue() {
        // Hue in Oklab, in degrees: five groups (continents) get five
        // hues, not two blues.
        let hue = |c: RGBColor| {
            let [r, g, b] = linear(c);
            let l = (0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b).cbrt();
            let m = (0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b).cbrt();
            let s = (0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b).cbrt();
            let a = 1.977_998_495_1 * l - 2.428_592_205 * m + 0.450_593_709_9 * s;
            let bb = 0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766 * s;
            bb.atan2(a).to_degrees().rem_euclid(360.0)
        };
        let hues: Vec<f64> = PALETTE[..5].iter().map(|c| hue(*c)).collect();
        for (i, a) in hues.iter().enumerate() {
            for (j, b) in hues[..i].iter().enumerate() {
                let d = (a - b).abs();
                assert!(d.min(360.0 - d) >= 25.0, "colours {j} and {i}: {d:.0} degrees apart");
            }
        }
        assert_eq!(PALETTE[WATER], RGBColor(86, 180, 233));
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
        // Sand had 1.6:1 on white; it is darkened, not replaced.
        let sand = t.color(8);
        assert!(sand.0 > sand.2 && sand.1 > sand.2 && sand != PALETTE[8], "{sand:?}");
        // Colours that already read are left alone.
        assert_eq!(t.color(0), PALETTE[0]);
    }

    #[test]
    fn dark_palettes_read_on_dark() {
        for t in [Theme::terminal(), Theme::dark()] {
            for c in &t.palette {
                assert!(
                    contrast(*c, t.background) >= MIN_CONTRAST,
                    "{c:?} on {:?}",
                    t.background
                );
            }
            // Wine had 2.2:1 on black: lightened, still a red-purple.
            let wine = t.color(6);
            assert!(wine.0 > wine.2 && wine.2 > wine.1 && wine != PALETTE[6], "{wine:?}");
        }
    }

    /// sRGB to linear light.
    fn linear(c: RGBColor) -> [f64; 3] {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        [lin(c.0), lin(c.1), lin(c.2)]
    }

    /// Oklab (Ottosson) of a linear-light colour.
    fn oklab([r, g, b]: [f64; 3]) -> [f64; 3] {
        let l = (0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b).cbrt();
        let m = (0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b).cbrt();
        let s = (0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b).cbrt();
        [
            0.210_454_255_3 * l + 0.793_617_785 * m - 0.004_072_046_8 * s,
            1.977_998_495_1 * l - 2.428_592_205 * m + 0.450_593_709_9 * s,
            0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766 * s,
        ]
    }

    /// Machado, Oliveira & Fernandes (2009), severity 1: how a colour looks
    /// with protanopia and with deuteranopia (linear light).
    const PROTANOPIA: [[f64; 3]; 3] = [
        [0.152_286, 1.052_583, -0.204_868],
        [0.114_503, 0.786_281, 0.099_216],
        [-0.003_882, -0.048_116, 1.051_998],
    ];
    const DEUTERANOPIA: [[f64; 3]; 3] = [
        [0.367_322, 0.860_646, -0.227_968],
        [0.280_085, 0.672_501, 0.047_413],
        [-0.011_820, 0.042_940, 0.968_881],
    ];

    fn simulate(m: &[[f64; 3]; 3], c: [f64; 3]) -> [f64; 3] {
        m.map(|row| (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0))
    }

    /// The least Oklab distance between two colours, for normal vision,
    /// protanopia and deuteranopia.
    fn seen_distance(x: RGBColor, y: RGBColor) -> f64 {
        let (x, y) = (linear(x), linear(y));
        let views = [
            (x, y),
            (simulate(&PROTANOPIA, x), simulate(&PROTANOPIA, y)),
            (simulate(&DEUTERANOPIA, x), simulate(&DEUTERANOPIA, y)),
        ];
        views
            .into_iter()
            .map(|(p, q)| {
                let (p, q) = (oklab(p), oklab(q));
                ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt()
            })
            .fold(f64::INFINITY, f64::min)
    }

    /// "No two groups in one chart share a colour", nor two that look the
    /// same to a colour-blind reader: the first 8 colours (and "Other"'s
    /// grey against them) stay apart in every theme. Okabe-Ito's own first
    /// 8 fail this: its reddish purple looks like its grey to a deuteranope.
    #[test]
    fn first_eight_colours_are_told_apart_with_colour_blindness() {
        // Oklab distance: ~0.02 is just noticeable; closer than 0.045 a
        // small mark is easily mistaken for its neighbour.
        const APART: f64 = 0.045;
        for t in [
            Theme::light(),
            Theme::dark(),
            Theme::terminal(),
            Theme::terminal_light(),
        ] {
            let grey = t.palette[t.palette.len() - 1];
            for i in 0..8 {
                for j in i + 1..8 {
                    let d = seen_distance(t.color(i), t.color(j));
                    assert!(d >= APART, "colours {i} and {j} on {:?}: {d:.3}", t.background);
                }
                let d = seen_distance(t.color(i), grey);
                assert!(d >= APART, "colour {i} and grey on {:?}: {d:.3}", t.background);
            }
        }
        // What the test catches: Okabe-Ito's reddish purple against its grey.
        assert!(seen_distance(RGBColor(204, 121, 167), RGBColor(153, 153, 153)) < APART);
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
