//! Terminal screenshots: the ratatui `Buffer` that `rgg show` prints,
//! painted into an RGB image the way a terminal would show it.
//!
//! Each cell is a box of `Screen::cell` pixels (10x20 by default) filled
//! with its background colour. Text is drawn from the embedded `DejaVu` Sans
//! Mono (`DejaVu` Sans for the few glyphs Mono lacks), coverage-blended onto
//! the background; a character wide in the terminal gets two cells. Braille
//! (U+2800..28FF), block elements (U+2580..259F), sextants (U+1FB00..1FB3B)
//! and octants (U+1CD00..1CDE5, with the few legacy quarter blocks the octant
//! table borrows) are drawn as shapes, as kitty and wezterm do, so every cell
//! mode is judged on what it encodes, not on a font's coverage. A glyph no
//! font has is drawn as a red box. This is a port of
//! `/work/shared/tools/termshot.py`.

use super::cell::{CellMode, ColorDepth};
use super::{draw_cells, Draw, Figure};
use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};
use anyhow::{bail, Context, Result};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use std::collections::HashMap;
use unicode_width::UnicodeWidthStr;

/// An RGB colour.
pub type Rgb = [u8; 3];

/// The cell box of a screenshot, in pixels: about the proportions of a
/// terminal font (`DejaVu` Sans Mono's advance is 0.6 of its height).
pub const DEFAULT_CELL: (u32, u32) = (10, 20);

/// The largest screenshot, in cells (5000x5000 pixels at the default cell).
pub const MAX_CELLS: (u32, u32) = (500, 250);

/// The terminal a screenshot pretends to be: its default colours (what
/// `Color::Reset` means), its 16 named colours, and its cell box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screen {
    pub fg: Rgb,
    pub bg: Rgb,
    /// Colours 0..15 (black, red, ..., white, then the bright ones), which a
    /// terminal's theme defines.
    pub ansi: [Rgb; 16],
    /// Cell width and height in pixels.
    pub cell: (u32, u32),
}

impl Screen {
    /// Whether the background is dark: the chart is then drawn in the
    /// dark terminal theme.
    pub fn is_dark(&self) -> bool {
        let [r, g, b] = self.bg;
        u32::from(r) + u32::from(g) + u32::from(b) < 3 * 128
    }

    /// A dark terminal: light grey on #1e1e1e, VS Code's dark colours.
    pub fn dark() -> Self {
        Screen {
            fg: [0xd0, 0xd0, 0xd0],
            bg: [0x1e, 0x1e, 0x1e],
            ansi: [
                [0x00, 0x00, 0x00],
                [0xcd, 0x31, 0x31],
                [0x0d, 0xbc, 0x79],
                [0xe5, 0xe5, 0x10],
                [0x24, 0x72, 0xc8],
                [0xbc, 0x3f, 0xbc],
                [0x11, 0xa8, 0xcd],
                [0xe5, 0xe5, 0xe5],
                [0x66, 0x66, 0x66],
                [0xf1, 0x4c, 0x4c],
                [0x23, 0xd1, 0x8b],
                [0xf5, 0xf5, 0x43],
                [0x3b, 0x8e, 0xea],
                [0xd6, 0x70, 0xd6],
                [0x29, 0xb8, 0xdb],
                [0xff, 0xff, 0xff],
            ],
            cell: DEFAULT_CELL,
        }
    }

    /// A light terminal: #202020 on white, VS Code's light colours.
    pub fn light() -> Self {
        Screen {
            fg: [0x20, 0x20, 0x20],
            bg: [0xff, 0xff, 0xff],
            ansi: [
                [0x00, 0x00, 0x00],
                [0xcd, 0x31, 0x31],
                [0x00, 0xbc, 0x00],
                [0x94, 0x98, 0x00],
                [0x04, 0x51, 0xa5],
                [0xbc, 0x05, 0xbc],
                [0x05, 0x98, 0xbc],
                [0x55, 0x55, 0x55],
                [0x66, 0x66, 0x66],
                [0xcd, 0x31, 0x31],
                [0x14, 0xce, 0x14],
                [0xb5, 0xba, 0x00],
                [0x04, 0x51, 0xa5],
                [0xbc, 0x05, 0xbc],
                [0x05, 0x98, 0xbc],
                [0xa5, 0xa5, 0xa5],
            ],
            cell: DEFAULT_CELL,
        }
    }

    /// The RGB of a ratatui colour; `default` stands for `Color::Reset`.
    pub fn resolve(&self, color: Color, default: Rgb) -> Rgb {
        let named = |i: usize| self.ansi[i];
        match color {
            Color::Reset => default,
            Color::Black => named(0),
            Color::Red => named(1),
            Color::Green => named(2),
            Color::Yellow => named(3),
            Color::Blue => named(4),
            Color::Magenta => named(5),
            Color::Cyan => named(6),
            Color::Gray => named(7),
            Color::DarkGray => named(8),
            Color::LightRed => named(9),
            Color::LightGreen => named(10),
            Color::LightYellow => named(11),
            Color::LightBlue => named(12),
            Color::LightMagenta => named(13),
            Color::LightCyan => named(14),
            Color::White => named(15),
            Color::Indexed(i) => self.indexed(i),
            Color::Rgb(r, g, b) => [r, g, b],
        }
    }

    /// xterm's 256 colours: the theme's 16, the 6x6x6 cube, 24 greys.
    pub fn indexed(&self, i: u8) -> Rgb {
        match i {
            0..=15 => self.ansi[usize::from(i)],
            16..=231 => {
                let level = |l: u8| if l == 0 { 0 } else { 55 + 40 * l };
                let i = i - 16;
                [level(i / 36), level(i / 6 % 6), level(i % 6)]
            }
            _ => [8 + 10 * (i - 232); 3],
        }
    }
}

/// An RGB image, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    /// `width * height * 3` bytes.
    pub pixels: Vec<u8>,
}

impl Image {
    pub fn new(width: u32, height: u32, fill: Rgb) -> Self {
        let pixels = fill.repeat(width as usize * height as usize);
        Image { width, height, pixels }
    }

    /// The pixel at (x, y); black outside the image.
    pub fn pixel(&self, x: u32, y: u32) -> Rgb {
        if x >= self.width || y >= self.height {
            return [0; 3];
        }
        let i = (y as usize * self.width as usize + x as usize) * 3;
        [self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]]
    }

    /// Mixes `color` into the pixel at (x, y) by `alpha` (0 keeps it, 1
    /// replaces it); outside the image nothing happens.
    fn blend(&mut self, x: i64, y: i64, color: Rgb, alpha: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) || alpha <= 0.0 {
            return;
        }
        let alpha = alpha.min(1.0);
        let i = (y as usize * self.width as usize + x as usize) * 3;
        for (c, new) in self.pixels[i..i + 3].iter_mut().zip(color) {
            *c = (f32::from(*c) * (1.0 - alpha) + f32::from(new) * alpha).round() as u8;
        }
    }

    /// Fills x0..x1 by y0..y1 (end exclusive), clipped to the image.
    fn fill_rect(&mut self, (x0, y0): (i64, i64), (x1, y1): (i64, i64), color: Rgb) {
        let (x0, x1) = (x0.max(0), x1.min(i64::from(self.width)));
        let (y0, y1) = (y0.max(0), y1.min(i64::from(self.height)));
        if x0 >= x1 {
            return;
        }
        for y in y0..y1 {
            let row = (y as usize * self.width as usize) * 3;
            for px in self.pixels[row + x0 as usize * 3..row + x1 as usize * 3].chunks_exact_mut(3) {
                px.copy_from_slice(&color);
            }
        }
    }

    /// A 1-pixel outline of x0..x1 by y0..y1 (end exclusive).
    fn outline_rect(&mut self, (x0, y0): (i64, i64), (x1, y1): (i64, i64), color: Rgb) {
        self.fill_rect((x0, y0), (x1, y0 + 1), color);
        self.fill_rect((x0, y1 - 1), (x1, y1), color);
        self.fill_rect((x0, y0), (x0 + 1, y1), color);
        self.fill_rect((x1 - 1, y0), (x1, y1), color);
    }

    /// The image shrunk by a whole `factor`, each pixel the mean of a
    /// `factor` x `factor` block (at least 1x1).
    #[must_use]
    pub fn shrink(&self, factor: u32) -> Image {
        let factor = factor.max(1);
        let (width, height) = ((self.width / factor).max(1), (self.height / factor).max(1));
        let mut out = Image::new(width, height, [0; 3]);
        for y in 0..height {
            for x in 0..width {
                let mut sum = [0u32; 3];
                let mut n = 0u32;
                for sy in y * factor..((y + 1) * factor).min(self.height) {
                    for sx in x * factor..((x + 1) * factor).min(self.width) {
                        let p = self.pixel(sx, sy);
                        for (s, v) in sum.iter_mut().zip(p) {
                            *s += u32::from(v);
                        }
                        n += 1;
                    }
                }
                let n = n.max(1);
                let i = (y as usize * width as usize + x as usize) * 3;
                for (c, s) in out.pixels[i..i + 3].iter_mut().zip(sum) {
                    *c = ((s + n / 2) / n) as u8;
                }
            }
        }
        out
    }

    /// Copies `other` into this image with its top-left corner at (x, y).
    fn blit(&mut self, other: &Image, x: u32, y: u32) {
        for row in 0..other.height.min(self.height.saturating_sub(y)) {
            let w = other.width.min(self.width.saturating_sub(x)) as usize;
            let src = row as usize * other.width as usize * 3;
            let dst = ((y + row) as usize * self.width as usize + x as usize) * 3;
            self.pixels[dst..dst + w * 3].copy_from_slice(&other.pixels[src..src + w * 3]);
        }
    }

    /// PNG bytes, compressed harder than a chart export: a screenshot is
    /// flat colour and text, where the best level is a third of the size for
    /// a few milliseconds more (the README's pictures are committed).
    pub fn to_png(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder.write_header().context("PNG encoding failed")?;
        writer.write_image_data(&self.pixels).context("PNG encoding failed")?;
        writer.finish().context("PNG encoding failed")?;
        Ok(out)
    }
}

/// Refuses a screenshot size of 0 cells or more than [`MAX_CELLS`].
pub fn check_cells((cols, rows): (u32, u32)) -> Result<()> {
    if cols == 0 || rows == 0 {
        bail!("a terminal screenshot needs at least 1x1 cells");
    }
    if cols > MAX_CELLS.0 || rows > MAX_CELLS.1 {
        bail!(
            "{cols}x{rows} cells is too large for a terminal screenshot (at most {}x{})",
            MAX_CELLS.0,
            MAX_CELLS.1
        );
    }
    Ok(())
}

/// Draws `figure` into `cells` (columns x rows) exactly as `rgg show --mode
/// MODE` does, in true colour, and paints that buffer.
pub fn shoot(figure: Figure<impl Draw>, cells: (u32, u32), mode: CellMode, screen: &Screen) -> Result<Image> {
    check_cells(cells)?;
    let area = Rect::new(0, 0, cells.0 as u16, cells.1 as u16);
    let mut buf = Buffer::empty(area);
    let theme = super::background::terminal_theme(screen.is_dark());
    draw_cells(figure, &mut buf, area, mode, ColorDepth::TrueColor, &theme);
    Ok(paint(&buf, screen))
}

/// [`shoot`], encoded as PNG.
pub fn render(figure: Figure<impl Draw>, cells: (u32, u32), mode: CellMode, screen: &Screen) -> Result<Vec<u8>> {
    shoot(figure, cells, mode, screen)?.to_png()
}

/// Paints a buffer: `area.width * cell_w` x `area.height * cell_h` pixels.
pub fn paint(buf: &Buffer, screen: &Screen) -> Image {
    let (cw, ch) = (screen.cell.0.max(1), screen.cell.1.max(1));
    let area = buf.area;
    let mut image = Image::new(u32::from(area.width) * cw, u32::from(area.height) * ch, screen.bg);
    let cells = visible_cells(buf, screen);
    // Backgrounds first, so a glyph that overhangs its cell (an italic, a
    // wide accent) is not cut off by the next cell's background.
    for cell in &cells {
        let (x, y) = (i64::from(cell.col * cw), i64::from(cell.row * ch));
        image.fill_rect((x, y), (x + i64::from(cell.width * cw), y + i64::from(ch)), cell.bg);
    }
    let mut painter = Painter::new(screen.cell);
    for cell in &cells {
        let (x, y) = (i64::from(cell.col * cw), i64::from(cell.row * ch));
        painter.draw(&mut image, (x, y), cell.symbol, cell.fg, cell.bg, cell.width);
    }
    image
}

/// One cell as the terminal shows it: where, what, which colours, and how
/// many columns it spans.
struct Visible<'a> {
    col: u32,
    row: u32,
    symbol: &'a str,
    fg: Rgb,
    bg: Rgb,
    width: u32,
}

/// The buffer's cells in reading order, skipping the columns a wide
/// character covers (as `buffer_to_text` prints them).
fn visible_cells<'a>(buf: &'a Buffer, screen: &Screen) -> Vec<Visible<'a>> {
    let area = buf.area;
    let mut out = Vec::with_capacity(usize::from(area.width) * usize::from(area.height));
    for y in area.top()..area.bottom() {
        let mut skip = 0u32;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else { continue };
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            let left = u32::from(area.right() - x);
            let width = (UnicodeWidthStr::width(symbol) as u32).clamp(1, left.max(1));
            skip = width - 1;
            let mut fg = screen.resolve(cell.fg, screen.fg);
            let mut bg = screen.resolve(cell.bg, screen.bg);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            out.push(Visible {
                col: u32::from(x - area.left()),
                row: u32::from(y - area.top()),
                symbol,
                fg,
                bg,
                width,
            });
        }
    }
    out
}

/// A glyph's coverage, placed relative to the pen (left end of the baseline).
struct Bitmap {
    left: i64,
    top: i64,
    width: usize,
    coverage: Vec<f32>,
}

/// Draws cell contents: shapes for the block-like ranges, font glyphs for
/// the rest (rasterised once per character).
struct Painter {
    mono: Option<FontRef<'static>>,
    sans: Option<FontRef<'static>>,
    scale: PxScale,
    baseline: i64,
    cell: (u32, u32),
    glyphs: HashMap<char, Option<Bitmap>>,
}

/// What drawing a character from the fonts gave.
enum Drawn {
    Ink,
    Missing,
}

impl Painter {
    fn new(cell: (u32, u32)) -> Self {
        let mono = FontRef::try_from_slice(dejavu::sans_mono::regular()).ok();
        let sans = FontRef::try_from_slice(dejavu::sans::regular()).ok();
        let (cw, ch) = (cell.0.max(1) as f32, cell.1.max(1) as f32);
        // The largest size at which a glyph's advance fits the cell width
        // and ascent + descent fit its height.
        let (scale, baseline) = match &mono {
            Some(font) => {
                let advance = font.h_advance_unscaled(font.glyph_id('M')).max(1.0);
                let height = font.height_unscaled().max(1.0);
                let px = ch.min(cw * height / advance);
                let scaled = font.as_scaled(PxScale::from(px));
                let (ascent, descent) = (scaled.ascent(), scaled.descent());
                let baseline = ((ch - (ascent - descent)) / 2.0).floor() + ascent;
                (PxScale::from(px), baseline.round() as i64)
            }
            None => (PxScale::from(ch), (ch * 0.8) as i64),
        };
        Painter {
            mono,
            sans,
            scale,
            baseline,
            cell: (cell.0.max(1), cell.1.max(1)),
            glyphs: HashMap::new(),
        }
    }

    /// Draws `symbol` into the cell whose top-left pixel is `at`, `width`
    /// cells wide.
    fn draw(&mut self, image: &mut Image, at: (i64, i64), symbol: &str, fg: Rgb, bg: Rgb, width: u32) {
        let Some(c) = symbol.chars().next() else { return };
        if c == ' ' {
            return;
        }
        let (cw, ch) = (f64::from(self.cell.0), f64::from(self.cell.1));
        if let Some(rects) = block_rects(c) {
            for [x0, y0, x1, y1] in rects {
                let px = |f: f64, size: f64| (f * size).round() as i64;
                image.fill_rect(
                    (at.0 + px(x0, cw), at.1 + px(y0, ch)),
                    (at.0 + px(x1, cw), at.1 + px(y1, ch)),
                    fg,
                );
            }
            return;
        }
        if let Some(alpha) = shade(c) {
            let mixed = mix(bg, fg, alpha);
            image.fill_rect(
                at,
                (at.0 + i64::from(self.cell.0), at.1 + i64::from(self.cell.1)),
                mixed,
            );
            return;
        }
        if let Some(bits) = braille(c) {
            draw_braille(image, at, self.cell, bits, fg);
            return;
        }
        for c in symbol.chars() {
            if let Drawn::Missing = self.glyph(image, at, c, fg) {
                let right = at.0 + i64::from(self.cell.0 * width);
                image.outline_rect(
                    (at.0 + 1, at.1 + 2),
                    (right - 1, at.1 + i64::from(self.cell.1) - 2),
                    [0xff, 0, 0],
                );
                return;
            }
        }
    }

    /// Blends a font glyph onto the image with its pen at the cell's baseline.
    fn glyph(&mut self, image: &mut Image, at: (i64, i64), c: char, fg: Rgb) -> Drawn {
        if !self.glyphs.contains_key(&c) {
            let raster = self.rasterise(c);
            self.glyphs.insert(c, raster);
        }
        let Some(Some(bitmap)) = self.glyphs.get(&c) else {
            return Drawn::Missing;
        };
        let (x0, y0) = (at.0 + bitmap.left, at.1 + self.baseline + bitmap.top);
        for (i, &alpha) in bitmap.coverage.iter().enumerate() {
            let (dx, dy) = ((i % bitmap.width) as i64, (i / bitmap.width) as i64);
            image.blend(x0 + dx, y0 + dy, fg, alpha);
        }
        Drawn::Ink
    }

    /// The glyph of `c` from Mono, else Sans; `None` when neither has it.
    /// A glyph with no outline (a space-like character) is an empty bitmap.
    fn rasterise(&self, c: char) -> Option<Bitmap> {
        let font = [&self.mono, &self.sans]
            .into_iter()
            .flatten()
            .find(|f| f.glyph_id(c).0 != 0)?;
        let glyph = font.glyph_id(c).with_scale_and_position(self.scale, point(0.0, 0.0));
        let Some(outlined) = font.outline_glyph(glyph) else {
            return Some(Bitmap {
                left: 0,
                top: 0,
                width: 1,
                coverage: Vec::new(),
            });
        };
        let bounds = outlined.px_bounds();
        let width = (bounds.width().round() as usize).max(1);
        let height = (bounds.height().round() as usize).max(1);
        let mut coverage = vec![0.0f32; width * height];
        outlined.draw(|x, y, c| {
            if let Some(v) = coverage.get_mut(y as usize * width + x as usize) {
                *v = c;
            }
        });
        Some(Bitmap {
            left: bounds.min.x.round() as i64,
            top: bounds.min.y.round() as i64,
            width,
            coverage,
        })
    }
}

/// `a` mixed towards `b` by `t` (0..1).
fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let mut out = [0; 3];
    for ((o, x), y) in out.iter_mut().zip(a).zip(b) {
        *o = (f32::from(x) * (1.0 - t) + f32::from(y) * t).round() as u8;
    }
    out
}

/// The light, medium and dark shades ░▒▓ as the share of foreground.
fn shade(c: char) -> Option<f32> {
    match c {
        '\u{2591}' => Some(0.25),
        '\u{2592}' => Some(0.5),
        '\u{2593}' => Some(0.75),
        _ => None,
    }
}

/// The dot bits of a braille character (bit i = dot i + 1).
fn braille(c: char) -> Option<u8> {
    let cp = u32::from(c);
    (0x2800..=0x28FF).contains(&cp).then(|| (cp - 0x2800) as u8)
}

/// Braille dot i (bit i) as (column, row) of the 2x4 grid: dots 1, 2, 3, 7
/// down the left column, 4, 5, 6, 8 down the right one.
const BRAILLE_POS: [(u32, u32); 8] = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)];

/// Round dots, anti-aliased by 4x4 supersampling of each pixel. The radius
/// is termshot's (3/4 of the largest that fits, at least 1 pixel) plus half a
/// pixel, as its ellipse fills the pixels on the rim of its bounding box.
fn draw_braille(image: &mut Image, at: (i64, i64), (cw, ch): (u32, u32), bits: u8, fg: Rgb) {
    let (cw, ch) = (f64::from(cw), f64::from(ch));
    let r = ((cw / 4.0).min(ch / 8.0) * 0.75).max(1.0) + 0.5;
    for (i, (col, row)) in BRAILLE_POS.iter().enumerate() {
        if bits >> i & 1 == 0 {
            continue;
        }
        let cx = at.0 as f64 + (f64::from(*col) + 0.5) * cw / 2.0;
        let cy = at.1 as f64 + (f64::from(*row) + 0.5) * ch / 4.0;
        for py in (cy - r).floor() as i64..=(cy + r).ceil() as i64 {
            for px in (cx - r).floor() as i64..=(cx + r).ceil() as i64 {
                let mut inside = 0u32;
                for sy in 0..4 {
                    for sx in 0..4 {
                        let dx = px as f64 + (f64::from(sx) + 0.5) / 4.0 - cx;
                        let dy = py as f64 + (f64::from(sy) + 0.5) / 4.0 - cy;
                        if dx * dx + dy * dy <= r * r {
                            inside += 1;
                        }
                    }
                }
                image.blend(px, py, fg, inside as f32 / 16.0);
            }
        }
    }
}

/// Octant patterns (bit i = dot i of the 2x4 grid, row-major) that Unicode
/// encodes outside the octant block, with their code points.
const OCTANTS_ELSEWHERE: [(u8, u32); 26] = [
    (0x00, 0x20),
    (0xFF, 0x2588),
    (0x05, 0x2598),
    (0x0A, 0x259D),
    (0x0F, 0x2580),
    (0x50, 0x2596),
    (0x55, 0x258C),
    (0x5A, 0x259E),
    (0x5F, 0x259B),
    (0xA0, 0x2597),
    (0xA5, 0x259A),
    (0xAA, 0x2590),
    (0xAF, 0x259C),
    (0xF0, 0x2584),
    (0xF5, 0x2599),
    (0xFA, 0x259F),
    (0xC0, 0x2582),
    (0xFC, 0x2586),
    (0x03, 0x1FB82),
    (0x3F, 0x1FB85),
    (0x14, 0x1FBE6),
    (0x28, 0x1FBE7),
    (0x01, 0x1CEA8),
    (0x02, 0x1CEAB),
    (0x40, 0x1CEA3),
    (0x80, 0x1CEA0),
];

/// The pattern of each code point U+1CD00.. in order: the patterns 0..=255
/// that are not encoded elsewhere.
const OCTANT_PATTERNS: [u8; 230] = octant_patterns();

const fn octant_patterns() -> [u8; 230] {
    let mut out = [0u8; 230];
    let (mut v, mut n) = (0usize, 0usize);
    while v < 256 {
        let mut elsewhere = false;
        let mut k = 0;
        while k < OCTANTS_ELSEWHERE.len() {
            if OCTANTS_ELSEWHERE[k].0 as usize == v {
                elsewhere = true;
            }
            k += 1;
        }
        if !elsewhere {
            out[n] = v as u8;
            n += 1;
        }
        v += 1;
    }
    out
}

/// The octant pattern of an octant or of a legacy block the octant table
/// uses (U+1FB82, 1FB85, 1FBE6, 1FBE7, 1CEA0, 1CEA3, 1CEA8, 1CEAB).
fn octant(cp: u32) -> Option<u8> {
    if (0x1CD00..=0x1CDE5).contains(&cp) {
        return Some(OCTANT_PATTERNS[(cp - 0x1CD00) as usize]);
    }
    OCTANTS_ELSEWHERE
        .iter()
        .find(|(_, c)| *c == cp && cp >= 0x1CEA0)
        .map(|(v, _)| *v)
}

/// The sextant pattern (bit i = cell i of the 2x3 grid, row-major) of
/// U+1FB00..1FB3B: the patterns 1..=62 in order, without the left and
/// right half blocks (21 and 42).
fn sextant(cp: u32) -> Option<u8> {
    if !(0x1FB00..=0x1FB3B).contains(&cp) {
        return None;
    }
    let mut v = (cp - 0x1FB00 + 1) as u8;
    if v >= 21 {
        v += 1;
    }
    if v >= 42 {
        v += 1;
    }
    Some(v)
}

/// The cells of a `cols` x `rows` grid whose bits are set, as fractions
/// [x0, y0, x1, y1] of the cell.
fn grid(bits: u8, cols: u8, rows: u8) -> Vec<[f64; 4]> {
    (0..cols * rows)
        .filter(|i| bits >> i & 1 == 1)
        .map(|i| {
            let (cx, cy) = (f64::from(i % cols), f64::from(i / cols));
            let (c, r) = (f64::from(cols), f64::from(rows));
            [cx / c, cy / r, (cx + 1.0) / c, (cy + 1.0) / r]
        })
        .collect()
}

/// The filled rectangles (fractions of the cell) of a block-like
/// character, or `None` for any other character.
fn block_rects(c: char) -> Option<Vec<[f64; 4]>> {
    let cp = u32::from(c);
    if let Some(bits) = octant(cp) {
        return Some(grid(bits, 2, 4));
    }
    if let Some(bits) = sextant(cp) {
        return Some(grid(bits, 2, 3));
    }
    let eighths = |n: u32| f64::from(n) / 8.0;
    let rects = match cp {
        // Lower one eighth .. full block.
        0x2581..=0x2588 => vec![[0.0, 1.0 - eighths(cp - 0x2580), 1.0, 1.0]],
        // Left seven eighths .. left one eighth.
        0x2589..=0x258F => vec![[0.0, 0.0, eighths(0x2590 - cp), 1.0]],
        0x2580 => vec![[0.0, 0.0, 1.0, 0.5]],
        0x2590 => vec![[0.5, 0.0, 1.0, 1.0]],
        0x2594 => vec![[0.0, 0.0, 1.0, eighths(1)]],
        0x2595 => vec![[eighths(7), 0.0, 1.0, 1.0]],
        0x2596..=0x259F => {
            // Quadrants: 1 upper left, 2 upper right, 4 lower left, 8 lower right.
            const QUADS: [u8; 10] = [4, 8, 1, 1 | 4 | 8, 1 | 8, 1 | 2 | 4, 1 | 2 | 8, 2, 2 | 4, 2 | 4 | 8];
            grid(QUADS[(cp - 0x2596) as usize], 2, 2)
        }
        _ => return None,
    };
    Some(rects)
}

/// Screenshots side by side, `columns` across, each shrunk by `shrink`
/// under a caption band with its name: a terminal contact sheet.
pub fn contact_sheet(shots: &[(&str, Image)], columns: usize, shrink: u32, screen: &Screen) -> Result<Vec<u8>> {
    const GAP: u32 = 16;
    let columns = columns.clamp(1, shots.len().max(1));
    let rows = shots.len().div_ceil(columns).max(1) as u32;
    let tiles: Vec<(&str, Image)> = shots
        .iter()
        .map(|(name, image)| (*name, image.shrink(shrink)))
        .collect();
    let tile_w = tiles.iter().map(|(_, t)| t.width).max().unwrap_or(1);
    let tile_h = tiles.iter().map(|(_, t)| t.height).max().unwrap_or(1);
    let caption_h = screen.cell.1 + 8;
    let (width, height) = (
        GAP + columns as u32 * (tile_w + GAP),
        GAP + rows * (caption_h + tile_h + GAP),
    );
    let page = mix(screen.bg, screen.fg, 0.12);
    let mut sheet = Image::new(width, height, page);
    let mut painter = Painter::new(screen.cell);
    for (i, (name, tile)) in tiles.iter().enumerate() {
        let (col, row) = ((i % columns) as u32, (i / columns) as u32);
        let x = GAP + col * (tile_w + GAP);
        let y = GAP + row * (caption_h + tile_h + GAP);
        let room = (tile_w / screen.cell.0.max(1)) as usize;
        for (k, c) in name.chars().take(room).enumerate() {
            let at = (i64::from(x) + (k as i64) * i64::from(screen.cell.0), i64::from(y) + 2);
            painter.draw(&mut sheet, at, &c.to_string(), screen.fg, page, 1);
        }
        sheet.blit(tile, x, y + caption_h);
    }
    sheet.to_png()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::symbols::pixel;

    const FG: Rgb = [250, 10, 20];
    const BG: Rgb = [5, 60, 200];

    fn one_cell(symbol: &str, fg: Color, bg: Color) -> Image {
        let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
        if let Some(cell) = buf.cell_mut((0, 0)) {
            cell.set_symbol(symbol).set_fg(fg).set_bg(bg);
        }
        paint(&buf, &Screen::dark())
    }

    fn rgb(c: Rgb) -> Color {
        Color::Rgb(c[0], c[1], c[2])
    }

    fn count(image: &Image, color: Rgb) -> usize {
        image.pixels.chunks_exact(3).filter(|p| *p == color).count()
    }

    /// Which sub-rectangles of a `cols` x `rows` grid are painted fg, read
    /// at each sub-rectangle's centre pixel.
    fn pattern(image: &Image, cols: u32, rows: u32) -> u8 {
        let (cw, ch) = DEFAULT_CELL;
        let mut bits = 0u8;
        for i in 0..cols * rows {
            let (c, r) = (i % cols, i / cols);
            let x = (2 * c + 1) * cw / (2 * cols);
            let y = (2 * r + 1) * ch / (2 * rows);
            let p = image.pixel(x, y);
            if p == FG {
                bits |= 1 << i;
            } else {
                assert_eq!(p, BG, "sub-cell {i} is neither colour");
            }
        }
        bits
    }

    #[test]
    fn the_image_is_cols_by_rows_cells() {
        let buf = Buffer::empty(Rect::new(0, 0, 7, 3));
        let image = paint(&buf, &Screen::dark());
        assert_eq!((image.width, image.height), (70, 60));
        assert_eq!(image.pixels.len(), 70 * 60 * 3);
        assert_eq!(
            count(&image, Screen::dark().bg),
            70 * 60,
            "an empty buffer is the background"
        );
    }

    #[test]
    fn full_braille_is_eight_round_dots() {
        let image = one_cell("⣿", rgb(FG), rgb(BG));
        let (cw, ch) = DEFAULT_CELL;
        for (col, row) in BRAILLE_POS {
            let (x, y) = ((2 * col + 1) * cw / 4, (2 * row + 1) * ch / 8);
            assert_eq!(image.pixel(x, y), FG, "dot at {col},{row}");
        }
        // Round dots, not a filled cell: the corner and the gap between
        // four dots are (anti-aliased) background.
        let distance = |a: Rgb, b: Rgb| {
            a.iter()
                .zip(b)
                .map(|(x, y)| (i32::from(*x) - i32::from(y)).abs())
                .sum::<i32>()
        };
        for (x, y) in [(0, 0), (cw / 2, ch / 4)] {
            let p = image.pixel(x, y);
            assert!(distance(p, BG) < distance(p, FG) / 3, "pixel {x},{y} is {p:?}");
        }
        // Eight discs of the same size, each solid in the middle and round
        // (fewer solid pixels than its bounding square of 5x5).
        let solid = count(&image, FG);
        assert!(solid % 8 == 0 && (8 * 4..8 * 25).contains(&solid), "{solid} fg pixels");
    }

    #[test]
    fn braille_bits_follow_unicode_dot_order() {
        // U+2847 = dots 1, 2, 3, 7: the whole left column, nothing right.
        let image = one_cell("\u{2847}", rgb(FG), rgb(BG));
        let (cw, ch) = DEFAULT_CELL;
        for row in 0..4 {
            let y = (2 * row + 1) * ch / 8;
            assert_eq!(image.pixel(cw / 4, y), FG, "left dot {row}");
            assert_eq!(image.pixel(3 * cw / 4, y), BG, "right dot {row}");
        }
    }

    #[test]
    fn a_full_block_paints_the_whole_cell() {
        let image = one_cell("█", rgb(FG), rgb(BG));
        let (cw, ch) = DEFAULT_CELL;
        assert_eq!(count(&image, FG), (cw * ch) as usize);
    }

    #[test]
    fn an_upper_half_block_paints_fg_above_bg() {
        let image = one_cell("▀", rgb(FG), rgb(BG));
        let (cw, ch) = DEFAULT_CELL;
        for y in 0..ch {
            for x in 0..cw {
                let want = if y < ch / 2 { FG } else { BG };
                assert_eq!(image.pixel(x, y), want, "pixel {x},{y}");
            }
        }
    }

    #[test]
    fn shades_mix_fg_into_bg() {
        let light = one_cell("░", rgb(FG), rgb(BG)).pixel(5, 5);
        let dark = one_cell("▓", rgb(FG), rgb(BG)).pixel(5, 5);
        assert_eq!(light, mix(BG, FG, 0.25));
        assert_eq!(dark, mix(BG, FG, 0.75));
    }

    #[test]
    fn every_octant_the_cell_backend_emits_paints_its_pattern() {
        for (bits, c) in pixel::OCTANTS.iter().enumerate() {
            let image = one_cell(&c.to_string(), rgb(FG), rgb(BG));
            assert_eq!(pattern(&image, 2, 4), bits as u8, "{c:?} U+{:X}", u32::from(*c));
        }
    }

    #[test]
    fn every_sextant_and_quadrant_paints_its_pattern() {
        for (bits, c) in pixel::SEXTANTS.iter().enumerate() {
            let image = one_cell(&c.to_string(), rgb(FG), rgb(BG));
            assert_eq!(pattern(&image, 2, 3), bits as u8, "{c:?}");
        }
        for (bits, c) in pixel::QUADRANTS.iter().enumerate() {
            let image = one_cell(&c.to_string(), rgb(FG), rgb(BG));
            assert_eq!(pattern(&image, 2, 2), bits as u8, "{c:?}");
        }
    }

    #[test]
    fn eighth_blocks_fill_their_share() {
        let (cw, ch) = DEFAULT_CELL;
        // ▂ lower quarter, ▎ left quarter.
        let lower = one_cell("▂", rgb(FG), rgb(BG));
        assert_eq!(count(&lower, FG), (cw * ch / 4) as usize);
        assert_eq!(lower.pixel(0, ch - 1), FG);
        let left = one_cell("▎", rgb(FG), rgb(BG));
        assert_eq!(count(&left, FG), ((cw as f64 / 4.0).round() as u32 * ch) as usize);
        assert_eq!(left.pixel(0, 0), FG);
    }

    #[test]
    fn a_letter_draws_text_pixels_inside_its_cell() {
        let image = one_cell("A", rgb(FG), rgb(BG));
        let inked = image.pixels.chunks_exact(3).filter(|p| *p != BG).count();
        let solid = count(&image, FG);
        assert!(inked > 15 && solid > 3, "{inked} inked, {solid} solid");
        // Anti-aliased: some pixels between the two colours.
        assert!(inked > solid);
        // A space draws nothing.
        assert_eq!(count(&one_cell(" ", rgb(FG), rgb(BG)), BG), 200);
    }

    #[test]
    fn a_glyph_in_no_font_is_a_red_box() {
        let image = one_cell("\u{E000}", rgb(FG), rgb(BG));
        assert_eq!(image.pixel(1, 2), [0xff, 0, 0]);
        assert_eq!(image.pixel(5, 10), BG);
    }

    #[test]
    fn a_wide_character_spans_two_cells() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        buf.set_string(0, 0, "中", ratatui::style::Style::new().bg(rgb(BG)));
        let image = paint(&buf, &Screen::dark());
        // Its background covers both of its cells; the third is untouched.
        assert_eq!(image.pixel(0, 0), BG);
        assert_eq!(image.pixel(19, 0), BG);
        assert_eq!(image.pixel(20, 0), Screen::dark().bg);
        // Not in DejaVu: the missing-glyph box spans both cells.
        assert_eq!(image.pixel(18, 10), [0xff, 0, 0]);
    }

    #[test]
    fn colours_resolve_like_a_terminal() {
        let dark = Screen::dark();
        let light = Screen::light();
        assert_eq!(dark.resolve(Color::Reset, dark.fg), [0xd0; 3]);
        assert_eq!(light.resolve(Color::Reset, light.bg), [0xff; 3]);
        assert_eq!(dark.resolve(Color::Red, dark.fg), dark.ansi[1]);
        assert_eq!(dark.resolve(Color::White, dark.fg), dark.ansi[15]);
        assert_eq!(dark.indexed(9), dark.ansi[9]);
        assert_eq!(dark.indexed(16), [0, 0, 0]);
        assert_eq!(dark.indexed(196), [255, 0, 0]);
        assert_eq!(dark.indexed(67), [95, 135, 175]);
        assert_eq!(dark.indexed(231), [255, 255, 255]);
        assert_eq!(dark.indexed(232), [8, 8, 8]);
        assert_eq!(dark.indexed(255), [238, 238, 238]);
        // Default colours in a buffer are the screen's.
        let image = one_cell("█", Color::Reset, Color::Reset);
        assert_eq!(image.pixel(0, 0), dark.fg);
    }

    #[test]
    fn reversed_cells_swap_their_colours() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
        if let Some(cell) = buf.cell_mut((0, 0)) {
            cell.set_symbol("▀")
                .set_fg(rgb(FG))
                .set_bg(rgb(BG))
                .modifier
                .insert(Modifier::REVERSED);
        }
        let image = paint(&buf, &Screen::dark());
        assert_eq!(image.pixel(0, 0), BG);
        assert_eq!(image.pixel(0, 19), FG);
    }

    #[test]
    fn sizes_outside_the_limits_are_refused() {
        assert!(check_cells((0, 10)).is_err());
        assert!(check_cells((MAX_CELLS.0 + 1, 10)).is_err());
        assert!(check_cells((100, 30)).is_ok());
    }

    #[test]
    fn shrinking_averages_blocks() {
        let mut image = Image::new(4, 2, [0; 3]);
        image.fill_rect((0, 0), (1, 2), [200, 100, 0]);
        let half = image.shrink(2);
        assert_eq!((half.width, half.height), (2, 1));
        assert_eq!(half.pixel(0, 0), [100, 50, 0]);
        assert_eq!(half.pixel(1, 0), [0, 0, 0]);
    }

    #[test]
    fn a_chart_screenshot_shows_what_show_prints() {
        crate::render::fonts::register();
        let chart = crate::catalogue::lookup("scatter").expect("scatter");
        let prepared = chart.prepare_sample(0).expect("sample");
        let screen = Screen::dark();
        let image = shoot(Figure::new(&prepared, 0), (60, 20), CellMode::Braille, &screen).expect("shot");
        assert_eq!((image.width, image.height), (600, 400));
        let background = count(&image, screen.bg);
        let total = (image.width * image.height) as usize;
        assert!(background < total * 97 / 100, "the chart drew something");
        assert!(background > total / 2, "mostly background");
    }
}
