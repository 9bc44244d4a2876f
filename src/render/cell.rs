//! `CellBackend`: a plotters drawing backend that paints into a ratatui
//! `Buffer`.
//!
//! Each terminal cell is a virtual 8x16-pixel box, so pixel sizes written
//! for PNG (fonts, margins) work unchanged. Shapes are rasterised into a
//! sub-cell grid of dots (braille 2x4, half blocks 1x2, quadrants 2x2,
//! sextants 2x3, octants 2x4); each cell then gets the glyph of its dots and
//! the colour most of them have. Text becomes real characters at the nearest
//! cell. A pixel counts when it is at least 50% opaque, so anti-aliased
//! fringes never win a cell's colour vote.

use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::FontTransform;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::{braille::BRAILLE, pixel};
use unicode_width::UnicodeWidthChar;

/// Virtual pixels per terminal cell.
pub const CELL_W: u32 = 8;
pub const CELL_H: u32 = 16;

/// How a cell is cut into dots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CellMode {
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

impl CellMode {
    pub const ALL: [CellMode; 5] = [
        CellMode::Braille,
        CellMode::Half,
        CellMode::Quadrant,
        CellMode::Sextant,
        CellMode::Octant,
    ];

    /// Dots per cell, across and down.
    fn grid(self) -> (u32, u32) {
        match self {
            CellMode::Braille | CellMode::Octant => (2, 4),
            CellMode::Half => (1, 2),
            CellMode::Quadrant => (2, 2),
            CellMode::Sextant => (2, 3),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            CellMode::Braille => "braille",
            CellMode::Half => "half",
            CellMode::Quadrant => "quadrant",
            CellMode::Sextant => "sextant",
            CellMode::Octant => "octant",
        }
    }

    #[must_use]
    pub fn next(self) -> Self {
        let i = CellMode::ALL.iter().position(|m| *m == self).unwrap_or(0);
        CellMode::ALL[(i + 1) % CellMode::ALL.len()]
    }

    /// The glyph for a row-major dot pattern (bit i = dot i).
    fn glyph(self, bits: usize) -> char {
        match self {
            CellMode::Braille => BRAILLE[bits & 0xff],
            CellMode::Half => [' ', '▀', '▄', '█'][bits & 3],
            CellMode::Quadrant => pixel::QUADRANTS[bits & 0xf],
            CellMode::Sextant => pixel::SEXTANTS[bits & 0x3f],
            CellMode::Octant => pixel::OCTANTS[bits & 0xff],
        }
    }
}

pub use super::color::ColorDepth;

type Rgb = (u8, u8, u8);

/// The effect of drawing one pixel on its dot.
enum Paint {
    Skip,
    /// Light the dot in a colour, or erase it (`None`).
    Set(Option<Rgb>),
}

/// A plotters backend over a rectangle of a ratatui buffer. Drawing goes to
/// an off-screen dot grid; [`DrawingBackend::present`] writes the cells.
pub struct CellBackend<'a> {
    buf: &'a mut Buffer,
    area: Rect,
    mode: CellMode,
    depth: ColorDepth,
    /// The theme's text and background colours: drawn as the terminal's own.
    default_fg: Rgb,
    default_bg: Rgb,
    dots_w: u32,
    dots_h: u32,
    dots: Vec<Option<Rgb>>,
    text: Vec<Option<(char, Rgb)>>,
    /// Fills and slanted lines through `raster`'s ports; false: through
    /// plotters' own rasterizers (tests compare the two). Test builds only:
    /// checking a flag per scanline measurably slows the frames.
    #[cfg(test)]
    ported: bool,
}

impl<'a> CellBackend<'a> {
    pub fn new(
        buf: &'a mut Buffer,
        area: Rect,
        mode: CellMode,
        depth: ColorDepth,
        theme: &rgg_gallery::theme::Theme,
    ) -> Self {
        let area = area.intersection(buf.area);
        let (gx, gy) = mode.grid();
        let dots_w = u32::from(area.width) * gx;
        let dots_h = u32::from(area.height) * gy;
        let rgb = |c: plotters::style::RGBColor| (c.0, c.1, c.2);
        CellBackend {
            buf,
            area,
            mode,
            depth,
            default_fg: rgb(theme.text),
            default_bg: rgb(theme.background),
            dots_w,
            dots_h,
            dots: vec![None; (dots_w * dots_h) as usize],
            text: vec![None; usize::from(area.width) * usize::from(area.height)],
            #[cfg(test)]
            ported: true,
        }
    }

    /// Draws fills and slanted lines with plotters' own rasterizers.
    #[cfg(test)]
    pub(crate) fn plotters_rasterizers(mut self) -> Self {
        self.ported = false;
        self
    }

    fn set_dot(&mut self, dx: u32, dy: u32, color: Option<Rgb>) {
        if dx < self.dots_w && dy < self.dots_h {
            self.dots[(dy * self.dots_w + dx) as usize] = color;
        }
    }

    /// What a plotters colour does to a dot: see-through colours leave it,
    /// the background colour erases it, any other colour lights it.
    fn paint(&self, color: BackendColor) -> Paint {
        if color.alpha < 0.5 {
            Paint::Skip
        } else if color.rgb == self.default_bg {
            Paint::Set(None)
        } else {
            Paint::Set(Some(color.rgb))
        }
    }

    fn color(&self, rgb: Rgb) -> Color {
        if rgb == self.default_fg || rgb == self.default_bg {
            Color::Reset
        } else {
            self.depth.convert(rgb)
        }
    }

    fn put_text(&mut self, col: i64, row: i64, ch: char, rgb: Rgb) {
        if col >= 0 && row >= 0 && col < i64::from(self.area.width) && row < i64::from(self.area.height) {
            let i = row as usize * usize::from(self.area.width) + col as usize;
            self.text[i] = Some((ch, rgb));
        }
    }

    /// The lit dots of cell (cx, cy) as a row-major bit pattern, and the
    /// colour most of them have.
    fn cell_dots(&self, cx: u32, cy: u32) -> (usize, Option<Rgb>, Dots) {
        let (gx, gy) = self.mode.grid();
        let row = |sy: u32| ((cy * gy + sy) * self.dots_w + cx * gx) as usize;
        // Most cells of most charts are empty: say so before any counting.
        if (0..gy).all(|sy| self.dots[row(sy)..row(sy) + gx as usize].iter().all(Option::is_none)) {
            return (0, None, Dots::default());
        }
        let mut bits = 0usize;
        // Fixed arrays, not vectors: this runs for every cell of every frame.
        let mut each = Dots::default();
        let mut votes = [((0, 0, 0), 0u32); MAX_DOTS];
        let mut colors = 0;
        for sy in 0..gy {
            for sx in 0..gx {
                let d = self.dots[((cy * gy + sy) * self.dots_w + cx * gx + sx) as usize];
                each.push(d);
                if let Some(c) = d {
                    bits |= 1 << (sy * gx + sx);
                    if let Some((_, n)) = votes[..colors].iter_mut().find(|(v, _)| *v == c) {
                        *n += 1;
                    } else {
                        votes[colors] = (c, 1);
                        colors += 1;
                    }
                }
            }
        }
        let winner = votes[..colors].iter().max_by_key(|(_, n)| *n).map(|(c, _)| *c);
        (bits, winner, each)
    }
}

/// The most dots a cell has (braille and octants: 2x4).
const MAX_DOTS: usize = 8;

/// A cell's dots in row-major order.
#[derive(Clone, Copy, Default)]
struct Dots {
    dots: [Option<Rgb>; MAX_DOTS],
    len: usize,
}

impl Dots {
    fn push(&mut self, dot: Option<Rgb>) {
        self.dots[self.len] = dot;
        self.len += 1;
    }

    fn iter(&self) -> impl Iterator<Item = &Option<Rgb>> {
        self.dots[..self.len].iter()
    }
}

impl std::ops::Index<usize> for Dots {
    type Output = Option<Rgb>;

    fn index(&self, i: usize) -> &Option<Rgb> {
        &self.dots[..self.len][i]
    }
}

/// Printable width in cells of one character (0 for combining marks).
fn char_cells(ch: char) -> i64 {
    ch.width().unwrap_or(0) as i64
}

impl DrawingBackend for CellBackend<'_> {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        (
            u32::from(self.area.width) * CELL_W,
            u32::from(self.area.height) * CELL_H,
        )
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let (gx, gy) = self.mode.grid();
        for cy in 0..u32::from(self.area.height) {
            for cx in 0..u32::from(self.area.width) {
                let (bits, winner, each) = self.cell_dots(cx, cy);
                let label = self.text[(cy * u32::from(self.area.width) + cx) as usize];
                let pos = (self.area.x + cx as u16, self.area.y + cy as u16);
                let full = bits == (1 << (gx * gy)) - 1;
                let to_color = |c: Rgb| self.color(c);
                let (symbol, fg, bg) = match (label, winner) {
                    // Text over data keeps the data's colour as background.
                    (Some((ch, ink)), under) => (ch, to_color(ink), under.map(to_color)),
                    (None, None) => continue,
                    (None, Some(c)) if self.mode == CellMode::Half => match (each[0], each[1]) {
                        (Some(top), Some(bottom)) if top != bottom => ('▀', to_color(top), Some(to_color(bottom))),
                        _ => (self.mode.glyph(bits), to_color(c), None),
                    },
                    // A cell fully inside a fill reads better solid than as ⣿.
                    (None, Some(c)) if full && each.iter().all(|d| *d == Some(c)) => ('█', to_color(c), None),
                    (None, Some(c)) => (self.mode.glyph(bits), to_color(c), None),
                };
                if let Some(cell) = self.buf.cell_mut(pos) {
                    cell.set_char(symbol).set_fg(fg);
                    if let Some(bg) = bg {
                        cell.set_bg(bg);
                    }
                }
            }
        }
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let Paint::Set(dot) = self.paint(color) else {
            return Ok(());
        };
        if point.0 < 0 || point.1 < 0 {
            return Ok(());
        }
        let (gx, gy) = self.mode.grid();
        let dx = point.0 as u32 * gx / CELL_W;
        let dy = point.1 as u32 * gy / CELL_H;
        self.set_dot(dx, dy, dot);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if !fill {
            return plotters_backend::rasterizer::draw_rect(self, upper_left, bottom_right, style, false);
        }
        let Paint::Set(paint) = self.paint(style.color()) else {
            return Ok(());
        };
        // Fill whole dots straight away instead of pixel by pixel: a dot is
        // lit when its centre lies inside the rectangle.
        let (gx, gy) = self.mode.grid();
        let (x0, x1) = (upper_left.0.min(bottom_right.0), upper_left.0.max(bottom_right.0));
        let (y0, y1) = (upper_left.1.min(bottom_right.1), upper_left.1.max(bottom_right.1));
        let dot_w = f64::from(CELL_W) / f64::from(gx);
        let dot_h = f64::from(CELL_H) / f64::from(gy);
        let first = |lo: i32, size: f64| ((f64::from(lo) / size - 0.5).ceil()).max(0.0) as u32;
        let last = |hi: i32, size: f64| ((f64::from(hi) + 1.0) / size - 0.5).floor();
        let (dx0, dy0) = (first(x0, dot_w), first(y0, dot_h));
        let (dx1, dy1) = (last(x1, dot_w), last(y1, dot_h));
        if dx1 < 0.0 || dy1 < 0.0 || dx0 >= self.dots_w || dy0 >= self.dots_h {
            return Ok(());
        }
        let clamp_x = |d: f64| (d.max(0.0) as u32).min(self.dots_w.saturating_sub(1));
        let clamp_y = |d: f64| (d.max(0.0) as u32).min(self.dots_h.saturating_sub(1));
        let (mut dx1, mut dy1) = (clamp_x(dx1), clamp_y(dy1));
        // A rectangle thinner than a dot still shows: light the dot under its middle.
        let (mut dx0, mut dy0) = (dx0, dy0);
        if dx0 > dx1 {
            dx0 = clamp_x((f64::from(x0 + x1) / 2.0 / dot_w).floor());
            dx1 = dx0;
        }
        if dy0 > dy1 {
            dy0 = clamp_y((f64::from(y0 + y1) / 2.0 / dot_h).floor());
            dy1 = dy0;
        }
        for dy in dy0..=dy1 {
            for dx in dx0..=dx1 {
                self.set_dot(dx, dy, paint);
            }
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let vertices: Vec<BackendCoord> = vert.into_iter().collect();
        #[cfg(test)]
        if !self.ported {
            return plotters_backend::rasterizer::fill_polygon(self, &vertices, style);
        }
        super::raster::fill_polygon(self, &vertices, style.color())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        // Thin horizontal and vertical lines (the spans a polygon fill is
        // made of) go straight onto the dot grid: the same dots as pixel by
        // pixel, without a call per pixel. Everything else: the rasterizer.
        let straight = from.0 == to.0 || from.1 == to.1;
        if style.stroke_width() != 1 || style.color().alpha == 0.0 {
            return plotters_backend::rasterizer::draw_line(self, from, to, style);
        }
        #[cfg(test)]
        if !(straight || self.ported) {
            return plotters_backend::rasterizer::draw_line(self, from, to, style);
        }
        if !straight {
            // Only pixels at least half covered light a dot.
            let color = style.color();
            let size = self.get_size();
            super::raster::slanted_line(from, to, size, |p, coverage| {
                let _ = self.draw_pixel(p, color.mix(coverage));
            });
            return Ok(());
        }
        let Paint::Set(dot) = self.paint(style.color()) else {
            return Ok(());
        };
        let (x0, x1) = (from.0.min(to.0), from.0.max(to.0));
        let (y0, y1) = (from.1.min(to.1), from.1.max(to.1));
        if x1 < 0 || y1 < 0 {
            return Ok(());
        }
        let (gx, gy) = self.mode.grid();
        let dot_x = |x: i32| x.max(0) as u32 * gx / CELL_W;
        let dot_y = |y: i32| y.max(0) as u32 * gy / CELL_H;
        let last_x = dot_x(x1).min(self.dots_w.saturating_sub(1));
        let last_y = dot_y(y1).min(self.dots_h.saturating_sub(1));
        for dy in dot_y(y0)..=last_y {
            for dx in dot_x(x0)..=last_x {
                self.set_dot(dx, dy, dot);
            }
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let Paint::Set(dot) = self.paint(style.color()) else {
            return Ok(());
        };
        // Straight onto the dot grid: the dots whose centres lie inside the
        // circle (or on its rim when not filled), and always the centre dot,
        // so even a point smaller than a dot shows. Scatter plots draw a
        // million of these, so no pixel-by-pixel rasterising.
        let (gx, gy) = self.mode.grid();
        let dot_w = f64::from(CELL_W) / f64::from(gx);
        let dot_h = f64::from(CELL_H) / f64::from(gy);
        let (cx, cy) = (f64::from(center.0), f64::from(center.1));
        let r = f64::from(radius);
        if cx + r < 0.0 || cy + r < 0.0 {
            return Ok(());
        }
        let dx0 = super::raster::floor((cx - r) / dot_w).max(0.0) as u32;
        let dy0 = super::raster::floor((cy - r) / dot_h).max(0.0) as u32;
        let dx1 = super::raster::floor((cx + r) / dot_w) as u32;
        let dy1 = super::raster::floor((cy + r) / dot_h) as u32;
        let rim = (r - dot_w.max(dot_h)).max(0.0);
        // Squared distances: no square root per dot.
        let (r2, rim2) = (r * r, rim * rim);
        for dy in dy0..=dy1.min(self.dots_h.saturating_sub(1)) {
            for dx in dx0..=dx1.min(self.dots_w.saturating_sub(1)) {
                let px = (f64::from(dx) + 0.5) * dot_w - cx;
                let py = (f64::from(dy) + 0.5) * dot_h - cy;
                let d2 = px * px + py * py;
                if d2 <= r2 && (fill || d2 >= rim2) {
                    self.set_dot(dx, dy, dot);
                }
            }
        }
        if center.0 >= 0 && center.1 >= 0 {
            self.set_dot((cx / dot_w) as u32, (cy / dot_h) as u32, dot);
        }
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha < 0.5 {
            return Ok(());
        }
        // Never let control characters or escape sequences reach the terminal.
        let chars: Vec<char> = text.chars().filter(|c| !c.is_control()).collect();
        let width: i64 = chars.iter().map(|c| char_cells(*c)).sum();
        let anchor = style.anchor();
        let vertical = matches!(style.transform(), FontTransform::Rotate90 | FontTransform::Rotate270);
        // Extent along and across the text direction, in cells.
        let (along, across) = if vertical { (chars.len() as i64, 1) } else { (width, 1) };
        let (cell_w, cell_h) = (i64::from(CELL_W), i64::from(CELL_H));
        let (px, py) = (i64::from(pos.0), i64::from(pos.1));
        let (ext_w, ext_h) = if vertical {
            (across * cell_w, along * cell_h)
        } else {
            (along * cell_w, across * cell_h)
        };
        // For vertical text plotters' anchor still speaks of the unrotated
        // text: its horizontal position runs down the column.
        let (h_pos, v_pos) = if vertical {
            (anchor.v_pos_as_h(), anchor.h_pos_as_v())
        } else {
            (anchor.h_pos, anchor.v_pos)
        };
        let left = match h_pos {
            HPos::Left => px,
            HPos::Center => px - ext_w / 2,
            HPos::Right => px - ext_w,
        };
        let top = match v_pos {
            VPos::Top => py,
            VPos::Center => py - ext_h / 2,
            VPos::Bottom => py - ext_h,
        };
        let col = (left + cell_w / 2).div_euclid(cell_w);
        let row = (top + cell_h / 2).div_euclid(cell_h);
        let rgb = color.rgb;
        let mut offset = 0;
        for ch in chars {
            let w = char_cells(ch);
            if w == 0 {
                continue;
            }
            if vertical {
                self.put_text(col, row + offset, ch, rgb);
                offset += 1;
            } else {
                self.put_text(col + offset, row, ch, rgb);
                // A wide character covers the next cell too.
                for k in 1..w {
                    self.put_text(col + offset + k, row, ' ', rgb);
                }
                offset += w;
            }
        }
        Ok(())
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        if matches!(style.transform(), FontTransform::Rotate90 | FontTransform::Rotate270) {
            // Vertical text runs down a column, one character per cell row;
            // the size is along and across the text, as for unrotated text.
            let rows = text.chars().filter(|c| !c.is_control() && char_cells(*c) > 0).count();
            return Ok((rows as u32 * CELL_H, CELL_W));
        }
        let width: i64 = text.chars().filter(|c| !c.is_control()).map(char_cells).sum();
        Ok((width as u32 * CELL_W, CELL_H))
    }
}

/// Anchors of rotated text: plotters gives them for the unrotated string.
trait RotatedAnchor {
    fn v_pos_as_h(&self) -> HPos;
    fn h_pos_as_v(&self) -> VPos;
}

impl RotatedAnchor for plotters::style::text_anchor::Pos {
    fn v_pos_as_h(&self) -> HPos {
        match self.v_pos {
            VPos::Top => HPos::Left,
            VPos::Center => HPos::Center,
            VPos::Bottom => HPos::Right,
        }
    }

    fn h_pos_as_v(&self) -> VPos {
        match self.h_pos {
            HPos::Left => VPos::Top,
            HPos::Center => VPos::Center,
            HPos::Right => VPos::Bottom,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::style::IntoFont;

    fn lit_dots(backend: &CellBackend) -> usize {
        backend.dots.iter().filter(|d| d.is_some()).count()
    }

    #[test]
    fn straight_lines_light_the_same_dots_as_pixel_by_pixel() {
        let theme = rgg_gallery::theme::Theme::terminal();
        let red = plotters::style::RGBColor(200, 0, 0);
        let lines = [
            ((3, 5), (70, 5)),
            ((70, 30), (-4, 30)),
            ((12, -3), (12, 70)),
            ((40, 9), (40, 9)),
        ];
        for mode in [CellMode::Braille, CellMode::Half, CellMode::Quadrant] {
            let mut fast_buf = Buffer::empty(Rect::new(0, 0, 10, 5));
            let mut slow_buf = Buffer::empty(Rect::new(0, 0, 10, 5));
            let area = fast_buf.area;
            let mut fast = CellBackend::new(&mut fast_buf, area, mode, ColorDepth::TrueColor, &theme);
            let mut slow = CellBackend::new(&mut slow_buf, area, mode, ColorDepth::TrueColor, &theme);
            for (a, b) in lines {
                fast.draw_line(a, b, &red).expect("draw");
                plotters_backend::rasterizer::draw_line(&mut slow, a, b, &red).expect("draw");
            }
            assert_eq!(fast.dots, slow.dots, "{mode:?}");
        }
    }

    #[test]
    fn circles_light_dots_and_tiny_ones_still_show() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 5));
        let area = buf.area;
        let theme = rgg_gallery::theme::Theme::terminal();
        let mut backend = CellBackend::new(&mut buf, area, CellMode::Braille, ColorDepth::TrueColor, &theme);
        let red = plotters::style::RGBColor(200, 0, 0);
        backend.draw_circle((41, 41), 1, &red, true).expect("draw");
        assert_eq!(lit_dots(&backend), 1, "a point smaller than a dot is one dot");
        backend.draw_circle((40, 40), 12, &red, true).expect("draw");
        let filled = lit_dots(&backend);
        assert!(filled > 20, "{filled}");
        backend.draw_circle((-50, -50), 3, &red, true).expect("off the grid");
        backend.draw_circle((9999, 40), 3, &red, true).expect("off the grid");
        assert_eq!(lit_dots(&backend), filled);
    }

    #[test]
    fn vertical_text_measures_one_cell_row_per_character() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 4));
        let area = buf.area;
        let theme = rgg_gallery::theme::Theme::terminal();
        let backend = CellBackend::new(&mut buf, area, CellMode::Braille, ColorDepth::TrueColor, &theme);
        let flat = ("sans-serif", 16.0).into_font().color(&plotters::style::BLACK);
        let down = flat.transform(FontTransform::Rotate270);
        assert_eq!(
            backend.estimate_text_size("Count", &flat).ok(),
            Some((5 * CELL_W, CELL_H))
        );
        assert_eq!(
            backend.estimate_text_size("Count", &down).ok(),
            Some((5 * CELL_H, CELL_W))
        );
    }
}
