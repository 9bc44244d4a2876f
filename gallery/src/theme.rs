//! The look shared by every chart: colours, font sizes, line widths.
//!
//! A chart never hard-codes a colour or a size; it asks the theme. The same
//! chart then reads well as a 1200x800 PNG ([`Theme::light`]) and in a
//! terminal ([`Theme::terminal`]), where every cell is a virtual 8x16-pixel box.
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
        let scale = (f64::from(width) / 1200.0)
            .min(f64::from(height) / 800.0)
            .clamp(0.5, 3.0);
        let t = Theme::light();
        let px = |v: i32| ((f64::from(v) * scale).round() as i32).max(1);
        let stroke = |v: u32| ((f64::from(v) * scale).round() as u32).max(1);
        Theme {
            title_size: t.title_size * scale,
            label_size: t.label_size * scale,
            legend_size: t.legend_size * scale,
            line_width: stroke(t.line_width),
            point_radius: stroke(t.point_radius),
            margin: px(t.margin),
            gap: px(t.gap),
            ..t
        }
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
    fn text_on_picks_contrast() {
        assert_eq!(Theme::text_on(RGBColor(253, 231, 37)), RGBColor(20, 20, 20));
        assert_eq!(Theme::text_on(RGBColor(68, 1, 84)), RGBColor(250, 250, 250));
    }
}
