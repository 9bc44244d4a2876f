//! [`CellBackend`]: a plotters drawing backend that paints into a ratatui
//! [`Buffer`].
//!
//! Each terminal cell is a virtual 8x16-pixel box, so pixel sizes written
//! for PNG (fonts, margins) work unchanged. Shapes are rasterised into a
//! sub-cell grid of dots (braille 2x4, half blocks 1x2, quadrants 2x2,
//! sextants 2x3, octants 2x4), then each cell is composed from its dots:
//!
//! - Every mark has a [`Layer`] (grid < axes < fills < data marks), from
//!   its colour (the [`Colors`]' grid and axis colours) and its shape
//!   (filled or not). In a cell the highest layer present decides, so grid and
//!   axis dots never recolour data. Text is kept apart and always wins.
//! - Block modes give a cell two colours, a foreground and a background,
//!   so two regions meet inside it; a fully covered cell is a background
//!   colour, and text on a fill takes the fill as its background.
//! - Braille is for lines and points: the inside of a fill is drawn with
//!   quadrant blocks, never as hatched dots.
//! - Lines are one dot thin whatever their stroke width; see-through
//!   colours are mixed into what is under them once per shape, so many
//!   crossing translucent lines read as shade, not as a solid slab.
//! - Straight grid lines become a sparse dotted grid in the grid colour
//!   (none at all without colour); without colour, the groups of a chart
//!   get one marker glyph each instead.
//!
//! Text becomes real characters at the nearest cell, always horizontal.

use crate::color::ColorDepth;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::{braille::BRAILLE, pixel};
use unicode_width::UnicodeWidthChar;

/// Virtual pixels across a terminal cell: a chart laid out in pixels sees
/// a cell as an 8x16-pixel box, so font sizes and margins written for
/// PNG work unchanged.
pub const CELL_W: u32 = 8;
/// Virtual pixels down a terminal cell (see [`CELL_W`]).
pub const CELL_H: u32 = 16;

/// How a cell is cut into dots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// Every mode, finest lines first.
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

    /// The mode's name in lower case (`braille`, `half`, ...).
    pub fn name(self) -> &'static str {
        match self {
            CellMode::Braille => "braille",
            CellMode::Half => "half",
            CellMode::Quadrant => "quadrant",
            CellMode::Sextant => "sextant",
            CellMode::Octant => "octant",
        }
    }

    /// The next mode in [`CellMode::ALL`], wrapping round.
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

/// A 24-bit colour: red, green, blue.
pub type Rgb = (u8, u8, u8);

/// The red, green and blue of a plotters colour (its alpha left out), for
/// [`Colors`]: `Colors::new(rgb(&WHITE), rgb(&BLACK))`.
pub fn rgb<C: plotters::style::Color>(color: &C) -> Rgb {
    color.to_backend_color().rgb
}

/// The colours a chart is drawn in, by role: what the backend needs to
/// know to draw it the way a terminal shows it best.
///
/// The default is plotters' own: black text on white. Set these to the
/// colours your chart uses (a chart drawn for a dark terminal has light
/// text on a dark background).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Colors {
    /// The chart's text colour, drawn as the terminal's own foreground
    /// (`Color::Reset`), so text reads on any terminal theme.
    pub text: Rgb,
    /// The chart's background, drawn as the terminal's own background:
    /// painting it (`root.fill(...)`) erases, and see-through colours mix
    /// into it.
    pub background: Rgb,
    /// Grid lines: straight lines in this colour become a sparse dotted
    /// grid (none without colour), under everything else.
    pub grid: Option<Rgb>,
    /// Axis lines: marks in this colour stay under fills and data.
    pub axis: Option<Rgb>,
    /// The chart's group colours, in order: without colour
    /// ([`ColorDepth::Mono`]) each gets its own marker glyph ([`MARKERS`]).
    pub palette: Vec<Rgb>,
}

impl Default for Colors {
    fn default() -> Self {
        Colors::new((0, 0, 0), (255, 255, 255))
    }
}

impl Colors {
    /// Text and background colours, no grid, axis or palette colours.
    pub fn new(text: Rgb, background: Rgb) -> Self {
        Colors {
            text,
            background,
            grid: None,
            axis: None,
            palette: Vec::new(),
        }
    }

    /// With this grid colour (see [`Colors::grid`]).
    #[must_use]
    pub fn with_grid(mut self, grid: Rgb) -> Self {
        self.grid = Some(grid);
        self
    }

    /// With this axis colour (see [`Colors::axis`]).
    #[must_use]
    pub fn with_axis(mut self, axis: Rgb) -> Self {
        self.axis = Some(axis);
        self
    }

    /// With these group colours (see [`Colors::palette`]).
    #[must_use]
    pub fn with_palette(mut self, palette: impl IntoIterator<Item = Rgb>) -> Self {
        self.palette = palette.into_iter().collect();
        self
    }
}

/// What a mark is, for composing a cell: the highest layer present in a
/// cell gives its colour. Text is not a layer: it is kept apart and wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Layer {
    /// Lines in the grid colour ([`Colors::grid`]).
    Grid,
    /// Lines in the axis colour ([`Colors::axis`]).
    Axes,
    /// The inside of filled shapes: bars, areas, regions, big circles.
    Fill,
    /// Lines, points and outlines: the data itself.
    Mark,
}

/// A lit dot: its colour, layer, and the shape that last painted it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Dot {
    rgb: Rgb,
    layer: Layer,
    stamp: u32,
}

/// See-through colours below this alpha are not drawn at all.
const MIN_ALPHA: f64 = 0.02;
/// Colours at least this opaque replace what is under them.
const OPAQUE: f64 = 0.98;
/// A filled circle larger than this radius (pixels) is a fill, not a point.
const POINT_RADIUS: u32 = 8;

/// Straight grid lines through a cell (bit flags).
const GRID_H: u8 = 1;
const GRID_V: u8 = 2;

/// Without colour, each group of a chart (each palette colour) gets its own
/// marker glyph: ASCII, so every terminal font has them.
pub const MARKERS: [char; 12] = ['o', 'x', '+', '*', '#', '@', '%', '=', '&', '$', '~', '^'];

/// How one cell looks: a glyph, its ink, and a background. A glyph of
/// [`SOLID`] is a cell fully covered by `fg`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Composed {
    symbol: char,
    fg: Rgb,
    bg: Option<Rgb>,
}

/// Marks a cell that one colour covers completely.
const SOLID: char = '█';

/// A plotters backend over a rectangle of a ratatui buffer. Drawing goes to
/// an off-screen dot grid; [`DrawingBackend::present`] writes the cells.
///
/// Its size in pixels is the rectangle's size in cells times
/// [`CELL_W`]x[`CELL_H`]. It never fails: its error type is
/// [`std::convert::Infallible`].
pub struct CellBackend<'a> {
    buf: &'a mut Buffer,
    area: Rect,
    mode: CellMode,
    depth: ColorDepth,
    /// The chart's text and background colours: drawn as the terminal's own.
    default_fg: Rgb,
    default_bg: Rgb,
    grid_rgb: Option<Rgb>,
    axis_rgb: Option<Rgb>,
    palette: Vec<Rgb>,
    dots_w: u32,
    dots_h: u32,
    dots: Vec<Option<Dot>>,
    /// Per cell: the straight grid lines through it.
    grid: Vec<u8>,
    text: Vec<Option<(char, Rgb)>>,
    /// Per cell with text: the rest of its grapheme cluster after the
    /// first character (combining marks, the parts of an emoji ZWJ
    /// sequence), written with it into the one cell.
    clusters: std::collections::HashMap<usize, String>,
    /// The layer of the shape being drawn; the pieces a shape is drawn
    /// with (a polygon's spans, a line's pixels) belong to it too.
    shape: Option<Layer>,
    /// Scratch space for polygon fills, kept between shapes.
    crossings: Vec<(u32, f64)>,
    /// Counts shapes, so a see-through shape mixes into a dot only once.
    stamp: u32,
}

impl<'a> CellBackend<'a> {
    /// A backend drawing into `area` of `buf` (the part inside the
    /// buffer), cutting cells into dots by `mode`, with colours brought
    /// down to `depth`; `colors` tells text, background, grid and axis
    /// apart. Cells are written by [`DrawingBackend::present`]; cells the
    /// chart leaves empty are not touched.
    pub fn new(buf: &'a mut Buffer, area: Rect, mode: CellMode, depth: ColorDepth, colors: &Colors) -> Self {
        let area = area.intersection(buf.area);
        let (gx, gy) = mode.grid();
        let dots_w = u32::from(area.width) * gx;
        let dots_h = u32::from(area.height) * gy;
        let cells = usize::from(area.width) * usize::from(area.height);
        CellBackend {
            buf,
            area,
            mode,
            depth,
            default_fg: colors.text,
            default_bg: colors.background,
            grid_rgb: colors.grid,
            axis_rgb: colors.axis,
            palette: colors.palette.clone(),
            dots_w,
            dots_h,
            dots: vec![None; (dots_w * dots_h) as usize],
            grid: vec![0; cells],
            text: vec![None; cells],
            clusters: std::collections::HashMap::new(),
            shape: None,
            crossings: Vec::new(),
            stamp: 0,
        }
    }

    /// The layer of a new shape: by its colour, else by its kind.
    fn classify(&self, rgb: Rgb, kind: Layer) -> Layer {
        if Some(rgb) == self.grid_rgb {
            Layer::Grid
        } else if Some(rgb) == self.axis_rgb {
            Layer::Axes
        } else {
            kind
        }
    }

    /// Starts a shape (unless inside one, whose layer the pieces keep);
    /// returns what [`Self::end_shape`] restores.
    fn begin_shape(&mut self, layer: Layer) -> Option<Layer> {
        let outer = self.shape;
        if outer.is_none() {
            self.stamp = self.stamp.wrapping_add(1);
            self.shape = Some(layer);
        }
        outer
    }

    fn end_shape(&mut self, outer: Option<Layer>) {
        self.shape = outer;
    }

    /// Paints one dot in the current shape's layer. A lower layer never
    /// covers a higher one; the background colour erases; a see-through
    /// colour mixes into what is there, once per shape.
    fn paint_dot(&mut self, dx: u32, dy: u32, color: BackendColor) {
        if dx >= self.dots_w || dy >= self.dots_h || color.alpha < MIN_ALPHA {
            return;
        }
        let layer = self.shape.unwrap_or(Layer::Mark);
        let i = (dy * self.dots_w + dx) as usize;
        let old = self.dots[i];
        if old.is_some_and(|d| d.layer > layer) {
            return;
        }
        if color.rgb == self.default_bg {
            if color.alpha >= 0.5 {
                self.dots[i] = None;
            }
            return;
        }
        // Without colour there is nothing to mix, and a group's own colour
        // picks its marker glyph.
        let rgb = if color.alpha >= OPAQUE || self.depth == ColorDepth::Mono {
            color.rgb
        } else {
            if old.is_some_and(|d| d.stamp == self.stamp) {
                return;
            }
            mix(old.map_or(self.default_bg, |d| d.rgb), color.rgb, color.alpha)
        };
        self.dots[i] = Some(Dot {
            rgb,
            layer,
            stamp: self.stamp,
        });
    }

    /// Marks the cells a straight grid line passes through.
    fn grid_line(&mut self, (x0, y0): BackendCoord, (x1, y1): BackendCoord) {
        let (w, h) = (i32::from(self.area.width), i32::from(self.area.height));
        let (cw, ch) = (CELL_W as i32, CELL_H as i32);
        let flag = if y0 == y1 { GRID_H } else { GRID_V };
        let (c0, c1) = ((x0.min(x1) / cw).max(0), (x0.max(x1) / cw).min(w - 1));
        let (r0, r1) = ((y0.min(y1) / ch).max(0), (y0.max(y1) / ch).min(h - 1));
        for row in r0..=r1 {
            for col in c0..=c1 {
                self.grid[(row * w + col) as usize] |= flag;
            }
        }
    }

    fn put_text(&mut self, col: i64, row: i64, ch: char, rgb: Rgb) {
        if col >= 0 && row >= 0 && col < i64::from(self.area.width) && row < i64::from(self.area.height) {
            let i = row as usize * usize::from(self.area.width) + col as usize;
            self.text[i] = Some((ch, rgb));
            self.clusters.remove(&i);
        }
    }

    /// Writes a grapheme cluster into one cell (and its width's worth).
    fn put_cluster(&mut self, col: i64, row: i64, cluster: &str, rgb: Rgb) {
        let mut chars = cluster.chars();
        let Some(first) = chars.next() else { return };
        self.put_text(col, row, first, rgb);
        let rest = chars.as_str();
        if !rest.is_empty()
            && col >= 0
            && row >= 0
            && col < i64::from(self.area.width)
            && row < i64::from(self.area.height)
        {
            let i = row as usize * usize::from(self.area.width) + col as usize;
            self.clusters.insert(i, rest.to_string());
        }
    }

    /// The dots of cell (cx, cy), row-major.
    fn cell_dots(&self, cx: u32, cy: u32) -> ([Option<Dot>; MAX_DOTS], usize) {
        let (gx, gy) = self.mode.grid();
        let mut out = [None; MAX_DOTS];
        for sy in 0..gy {
            let row = ((cy * gy + sy) * self.dots_w + cx * gx) as usize;
            for sx in 0..gx {
                out[(sy * gx + sx) as usize] = self.dots[row + sx as usize];
            }
        }
        (out, (gx * gy) as usize)
    }

    /// How a cell looks, from its text, dots and grid lines.
    fn compose(&self, dots: &[Option<Dot>], text: Option<(char, Rgb)>, grid: u8, cx: u32, cy: u32) -> Option<Composed> {
        if let Some((symbol, ink)) = text {
            return Some(Composed {
                symbol,
                fg: ink,
                bg: covering_fill(dots),
            });
        }
        let Some(top) = dots.iter().flatten().map(|d| d.layer).max() else {
            return self.grid_dot(grid, cx, cy);
        };
        match (self.mode, top) {
            // Braille dots would hatch a fill: quadrant blocks instead, from
            // the dots of the cell's two middle rows (the nearest to the
            // centre of each quadrant). A sliver thinner than that (a tail
            // fading out, a tiny bar) stays braille, as fine as a line.
            (CellMode::Braille, Layer::Fill) if dots[2..6].iter().any(Option::is_some) => {
                let quads = [dots[2], dots[3], dots[4], dots[5]];
                Some(two_colours(CellMode::Quadrant, &quads, Layer::Fill))
            }
            (CellMode::Braille, _) => {
                let mut bits = 0usize;
                let mut votes = Votes::default();
                for (i, d) in dots.iter().enumerate() {
                    if let Some(d) = d.filter(|d| d.layer == top) {
                        bits |= 1 << i;
                        votes.add(Some(d.rgb), d.layer);
                    }
                }
                let (fg, _) = votes.winner()?;
                let bg = if top == Layer::Mark { covering_fill(dots) } else { None };
                Some(Composed {
                    symbol: CellMode::Braille.glyph(bits),
                    fg,
                    bg,
                })
            }
            // Grid and axis dots under fills or data count as empty.
            (mode, top) => Some(two_colours(mode, dots, top.min(Layer::Fill))),
        }
    }

    /// A sparse dot where straight grid lines run: every other cell along
    /// a horizontal line, every other row down a vertical one, and where
    /// they cross. No grid at all without colour.
    fn grid_dot(&self, grid: u8, cx: u32, cy: u32) -> Option<Composed> {
        let show = match grid {
            0 => false,
            GRID_H => cx % 2 == 0,
            GRID_V => cy % 2 == 0,
            _ => true,
        };
        // Grid lines are only marked when there is a grid colour.
        let fg = self.grid_rgb?;
        (show && self.depth != ColorDepth::Mono).then_some(Composed {
            symbol: '·',
            fg,
            bg: None,
        })
    }

    /// Without colour: the marker glyph of each palette colour, when the
    /// chart uses two or more of them (groups); else None.
    fn group_markers(&self) -> Option<Vec<Rgb>> {
        if self.depth != ColorDepth::Mono {
            return None;
        }
        let mut used = [false; MARKERS.len()];
        for d in self.dots.iter().flatten().filter(|d| d.layer >= Layer::Fill) {
            if let Some(i) = self.palette.iter().position(|c| *c == d.rgb) {
                used[i % MARKERS.len()] = true;
            }
        }
        (used.iter().filter(|u| **u).count() >= 2).then(|| self.palette.clone())
    }

    /// A foreground colour: the chart's own text and background colours
    /// are the terminal's defaults.
    fn fg_color(&self, rgb: Rgb) -> Color {
        if rgb == self.default_fg || rgb == self.default_bg {
            Color::Reset
        } else {
            self.depth.convert(rgb)
        }
    }

    fn bg_color(&self, rgb: Rgb) -> Color {
        if rgb == self.default_bg {
            Color::Reset
        } else {
            self.depth.convert(rgb)
        }
    }
}

/// `over` mixed into `under` at `alpha`, in integers: rounding a float
/// is a library call, and a frame of translucent lines mixes 100k dots.
fn mix(under: Rgb, over: Rgb, alpha: f64) -> Rgb {
    let a = (alpha.clamp(0.0, 1.0) * 256.0) as u32;
    let m = |u: u8, o: u8| ((u32::from(u) * (256 - a) + u32::from(o) * a + 128) >> 8) as u8;
    (m(under.0, over.0), m(under.1, over.1), m(under.2, over.2))
}

/// The fill colour covering at least half of a cell's dots: what text or
/// a line drawn on that cell takes as its background.
fn covering_fill(dots: &[Option<Dot>]) -> Option<Rgb> {
    let mut votes = Votes::default();
    for d in dots.iter().flatten().filter(|d| d.layer == Layer::Fill) {
        votes.add(Some(d.rgb), d.layer);
    }
    votes.winner().filter(|(_, n)| 2 * n >= dots.len()).map(|(c, _)| c)
}

/// The most dots a cell has (braille and octants: 2x4).
const MAX_DOTS: usize = 8;

/// Dot counts per colour (None: empty) with the highest layer seen.
#[derive(Default)]
struct Votes {
    entries: [(Option<Rgb>, usize, Option<Layer>); MAX_DOTS + 1],
    len: usize,
}

impl Votes {
    fn add(&mut self, rgb: Option<Rgb>, layer: Layer) {
        if let Some(e) = self.entries[..self.len].iter_mut().find(|e| e.0 == rgb) {
            e.1 += 1;
            e.2 = e.2.max(Some(layer));
        } else if self.len < self.entries.len() {
            self.entries[self.len] = (rgb, 1, Some(layer));
            self.len += 1;
        }
    }

    fn add_empty(&mut self) {
        if let Some(e) = self.entries[..self.len].iter_mut().find(|e| e.0.is_none()) {
            e.1 += 1;
        } else if self.len < self.entries.len() {
            self.entries[self.len] = (None, 1, None);
            self.len += 1;
        }
    }

    /// The colour with the most dots.
    fn winner(&self) -> Option<(Rgb, usize)> {
        self.entries[..self.len]
            .iter()
            .filter_map(|(c, n, _)| c.map(|c| (c, *n)))
            .max_by_key(|(_, n)| *n)
    }
}

/// Two colours for a cell, as image-to-terminal tools choose them: the
/// foreground is the colour of the highest layer (most dots on a tie), the
/// background the commonest of the rest (empty included); a third colour's
/// dots go to whichever of the two is nearer. Dots below `floor` count as
/// empty.
fn two_colours(mode: CellMode, dots: &[Option<Dot>], floor: Layer) -> Composed {
    let visible = |d: &Option<Dot>| d.filter(|d| d.layer >= floor);
    let mut votes = Votes::default();
    for d in dots {
        match visible(d) {
            Some(d) => votes.add(Some(d.rgb), d.layer),
            None => votes.add_empty(),
        }
    }
    let entries = &votes.entries[..votes.len];
    let fg = entries
        .iter()
        .filter_map(|(c, n, l)| c.map(|c| (c, *n, *l)))
        .max_by_key(|(_, n, l)| (*l, *n))
        .map_or((0, 0, 0), |(c, _, _)| c);
    // On a tie a colour beats empty: fills stay solid.
    let bg = entries
        .iter()
        .filter(|(c, _, _)| *c != Some(fg))
        .max_by_key(|(c, n, _)| (*n, c.is_some()))
        .and_then(|(c, _, _)| *c);
    let mut bits = 0usize;
    for (i, d) in dots.iter().enumerate() {
        let ink = match visible(d) {
            Some(d) if d.rgb == fg => true,
            Some(d) if Some(d.rgb) == bg => false,
            Some(d) => bg.is_none_or(|bg| distance(d.rgb, fg) <= distance(d.rgb, bg)),
            None => false,
        };
        if ink {
            bits |= 1 << i;
        }
    }
    if bits == (1 << dots.len()) - 1 {
        return Composed {
            symbol: SOLID,
            fg,
            bg: Some(fg),
        };
    }
    Composed {
        symbol: mode.glyph(bits),
        fg,
        bg,
    }
}

fn distance(a: Rgb, b: Rgb) -> i32 {
    let d = |p: u8, q: u8| (i32::from(p) - i32::from(q)).pow(2);
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

/// `text` as a terminal advances through it: each character that takes
/// cells starts a cluster, with its width; a zero-width character (a
/// combining mark, a vowel sign: the `्` and `े` of `नमस्ते`) joins the
/// cluster before it, written into the same cell. Control characters (and
/// so escape sequences) never reach the terminal. Zero-width joiners and
/// the emoji presentation selector are left out: terminals disagree on
/// whether an emoji sequence is one glyph two cells wide or its parts side
/// by side, and only the parts keep every terminal's columns in line.
fn text_clusters(text: &str) -> Vec<(&str, i64)> {
    let mut out: Vec<(&str, i64)> = Vec::new();
    let mut start: Option<(usize, i64)> = None;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let skip = c.is_control() || c == '\u{200d}' || c == '\u{fe0f}';
        let w = if skip { 0 } else { c.width().unwrap_or(0) as i64 };
        if w > 0 || skip {
            if let Some((s, sw)) = start.take() {
                out.push((&text[s..end], sw));
            }
        }
        if w > 0 {
            start = Some((i, w));
        }
        if !skip {
            end = i + c.len_utf8();
        }
    }
    if let Some((s, sw)) = start {
        out.push((&text[s..end], sw));
    }
    out
}

impl CellBackend<'_> {
    /// A line one dot thin, whatever the stroke width: straight ones
    /// straight onto the dot grid (or, in the grid colour, into the sparse
    /// grid), slanted ones stepped dot by dot (Bresenham on the dot grid),
    /// so a shallow line never doubles where it crosses a dot row.
    fn thin_line(&mut self, from: BackendCoord, to: BackendCoord, color: BackendColor) {
        let straight = from.0 == to.0 || from.1 == to.1;
        if straight && self.shape == Some(Layer::Grid) {
            self.grid_line(from, to);
            return;
        }
        if !straight {
            self.dot_line(from, to, color);
            return;
        }
        let (x0, x1) = (from.0.min(to.0), from.0.max(to.0));
        let (y0, y1) = (from.1.min(to.1), from.1.max(to.1));
        if x1 < 0 || y1 < 0 {
            return;
        }
        let (gx, gy) = self.mode.grid();
        let dot_x = |x: i32| x.max(0) as u32 * gx / CELL_W;
        let dot_y = |y: i32| y.max(0) as u32 * gy / CELL_H;
        let last_x = dot_x(x1).min(self.dots_w.saturating_sub(1));
        let last_y = dot_y(y1).min(self.dots_h.saturating_sub(1));
        for dy in dot_y(y0)..=last_y {
            for dx in dot_x(x0)..=last_x {
                self.paint_dot(dx, dy, color);
            }
        }
    }
}

impl CellBackend<'_> {
    /// A slanted line on the dot grid, clipped to the canvas first so that
    /// far-away end points cost nothing.
    fn dot_line(&mut self, from: BackendCoord, to: BackendCoord, color: BackendColor) {
        let (w, h) = self.get_size();
        let Some((a, b)) = clip_segment(from, to, f64::from(w), f64::from(h)) else {
            return;
        };
        let (gx, gy) = self.mode.grid();
        let dot = |(x, y): (f64, f64)| {
            (
                (x * f64::from(gx) / f64::from(CELL_W)) as i64,
                (y * f64::from(gy) / f64::from(CELL_H)) as i64,
            )
        };
        let ((mut x, mut y), (x1, y1)) = (dot(a), dot(b));
        let (dx, dy) = ((x1 - x).abs(), -(y1 - y).abs());
        let (sx, sy) = (if x < x1 { 1 } else { -1 }, if y < y1 { 1 } else { -1 });
        let mut err = dx + dy;
        loop {
            if x >= 0 && y >= 0 {
                self.paint_dot(x as u32, y as u32, color);
            }
            if x == x1 && y == y1 {
                break;
            }
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }
}

/// The part of a segment inside `[0, w) x [0, h)` (Liang-Barsky), or None.
fn clip_segment(from: BackendCoord, to: BackendCoord, w: f64, h: f64) -> Option<((f64, f64), (f64, f64))> {
    let (x0, y0) = (f64::from(from.0), f64::from(from.1));
    let (dx, dy) = (f64::from(to.0) - x0, f64::from(to.1) - y0);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    let (max_x, max_y) = (w - 1e-6, h - 1e-6);
    for (p, q) in [(-dx, x0), (dx, max_x - x0), (-dy, y0), (dy, max_y - y0)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some(((x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)))
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
        let markers = self.group_markers();
        let mono = self.depth == ColorDepth::Mono;
        let width = u32::from(self.area.width);
        for cy in 0..u32::from(self.area.height) {
            for cx in 0..width {
                let i = (cy * width + cx) as usize;
                let (dots, n) = self.cell_dots(cx, cy);
                let text = self.text[i];
                let Some(c) = self.compose(&dots[..n], text, self.grid[i], cx, cy) else {
                    continue;
                };
                let marker = match (&markers, text) {
                    (Some(palette), None) => palette
                        .iter()
                        .position(|p| *p == c.fg)
                        .map(|k| MARKERS[k % MARKERS.len()]),
                    _ => None,
                };
                let (symbol, bg) = match (marker, c.symbol) {
                    (Some(m), _) => (m, None),
                    // A covered cell is its background colour; without
                    // colour there is none, so it stays a full block.
                    (None, SOLID) if !mono && text.is_none() => (' ', c.bg),
                    (None, s) => (s, c.bg.filter(|_| !mono)),
                };
                let fg = self.fg_color(c.fg);
                let bg = bg.map(|b| self.bg_color(b));
                let pos = (self.area.x + cx as u16, self.area.y + cy as u16);
                let cluster = text.and_then(|_| self.clusters.get(&i));
                if let Some(cell) = self.buf.cell_mut(pos) {
                    match cluster {
                        Some(rest) => cell.set_symbol(&format!("{symbol}{rest}")).set_fg(fg),
                        None => cell.set_char(symbol).set_fg(fg),
                    };
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
        if point.0 < 0 || point.1 < 0 {
            return Ok(());
        }
        let (gx, gy) = self.mode.grid();
        let outer = self.begin_shape(self.classify(color.rgb, Layer::Mark));
        self.paint_dot(point.0 as u32 * gx / CELL_W, point.1 as u32 * gy / CELL_H, color);
        self.end_shape(outer);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if !fill {
            let corners = [
                upper_left,
                (bottom_right.0, upper_left.1),
                bottom_right,
                (upper_left.0, bottom_right.1),
                upper_left,
            ];
            return self.draw_path(corners, style);
        }
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
        let outer = self.begin_shape(self.classify(color.rgb, Layer::Fill));
        for dy in dy0..=dy1 {
            for dx in dx0..=dx1 {
                self.paint_dot(dx, dy, color);
            }
        }
        self.end_shape(outer);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // One shape, so a see-through path mixes in once where its
        // segments meet; one dot thin, whatever its stroke width.
        let outer = self.begin_shape(self.classify(color.rgb, Layer::Mark));
        let mut last: Option<BackendCoord> = None;
        for point in path {
            if let Some(from) = last {
                self.thin_line(from, point, color);
            }
            last = Some(point);
        }
        self.end_shape(outer);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let vertices: Vec<BackendCoord> = vert.into_iter().collect();
        let color = style.color();
        let outer = self.begin_shape(self.classify(color.rgb, Layer::Fill));
        let (gx, gy) = self.mode.grid();
        let dot = (f64::from(CELL_W) / f64::from(gx), f64::from(CELL_H) / f64::from(gy));
        let mut crossings = std::mem::take(&mut self.crossings);
        let lit = crate::raster::fill_dots(
            &vertices,
            dot,
            (self.dots_w, self.dots_h),
            &mut crossings,
            |row, first, last| {
                for dx in first..=last {
                    self.paint_dot(dx, row, color);
                }
            },
        );
        self.crossings = crossings;
        // A sliver thinner than a dot (a narrow ribbon, a tiny wedge) still
        // shows: its outline, one dot thin.
        if !lit {
            for (i, &from) in vertices.iter().enumerate() {
                let to = vertices[(i + 1) % vertices.len()];
                self.dot_line(from, to, color);
            }
        }
        self.end_shape(outer);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.draw_path([from, to], style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
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
        let kind = if fill && radius > POINT_RADIUS {
            Layer::Fill
        } else {
            Layer::Mark
        };
        let outer = self.begin_shape(self.classify(color.rgb, kind));
        let dx0 = crate::raster::floor((cx - r) / dot_w).max(0.0) as u32;
        let dy0 = crate::raster::floor((cy - r) / dot_h).max(0.0) as u32;
        let dx1 = crate::raster::floor((cx + r) / dot_w) as u32;
        let dy1 = crate::raster::floor((cy + r) / dot_h) as u32;
        let rim = (r - dot_w.max(dot_h)).max(0.0);
        // Squared distances: no square root per dot.
        let (r2, rim2) = (r * r, rim * rim);
        for dy in dy0..=dy1.min(self.dots_h.saturating_sub(1)) {
            for dx in dx0..=dx1.min(self.dots_w.saturating_sub(1)) {
                let px = (f64::from(dx) + 0.5) * dot_w - cx;
                let py = (f64::from(dy) + 0.5) * dot_h - cy;
                let d2 = px * px + py * py;
                if d2 <= r2 && (fill || d2 >= rim2) {
                    self.paint_dot(dx, dy, color);
                }
            }
        }
        if center.0 >= 0 && center.1 >= 0 {
            self.paint_dot((cx / dot_w) as u32, (cy / dot_h) as u32, color);
        }
        self.end_shape(outer);
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
        let clusters = text_clusters(text);
        let width: i64 = clusters.iter().map(|(_, w)| w).sum();
        let (cell_w, cell_h) = (i64::from(CELL_W), i64::from(CELL_H));
        let (px, py) = (i64::from(pos.0), i64::from(pos.1));
        let (ext_w, ext_h) = (width * cell_w, cell_h);
        // Text is never written down a column: rotated text (which charts
        // lay out for pixels) is set horizontally, centred where the
        // rotated text's middle would be.
        let anchor = style.anchor();
        let (left, top) = match style.transform() {
            FontTransform::Rotate90 | FontTransform::Rotate270 => {
                let centre_x = match anchor.v_pos {
                    VPos::Top => px + cell_h / 2,
                    VPos::Center => px,
                    VPos::Bottom => px - cell_h / 2,
                };
                let centre_y = match anchor.h_pos {
                    HPos::Left => py + ext_w / 2,
                    HPos::Center => py,
                    HPos::Right => py - ext_w / 2,
                };
                (centre_x - ext_w / 2, centre_y - ext_h / 2)
            }
            _ => {
                let left = match anchor.h_pos {
                    HPos::Left => px,
                    HPos::Center => px - ext_w / 2,
                    HPos::Right => px - ext_w,
                };
                let top = match anchor.v_pos {
                    VPos::Top => py,
                    VPos::Center => py - ext_h / 2,
                    VPos::Bottom => py - ext_h,
                };
                (left, top)
            }
        };
        let col = (left + cell_w / 2).div_euclid(cell_w);
        let row = (top + cell_h / 2).div_euclid(cell_h);
        let rgb = color.rgb;
        let mut offset = 0;
        for (cluster, w) in clusters {
            if w == 0 {
                continue;
            }
            self.put_cluster(col + offset, row, cluster, rgb);
            // A wide character covers the next cell too.
            for k in 1..w {
                self.put_text(col + offset + k, row, ' ', rgb);
            }
            offset += w;
        }
        Ok(())
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        _style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        // Rotated or not, text is set horizontally, one cell per column.
        let width: i64 = text_clusters(text).iter().map(|(_, w)| w).sum();
        Ok((width as u32 * CELL_W, CELL_H))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::style::{Color as _, IntoFont};

    const RED: plotters::style::RGBColor = plotters::style::RGBColor(200, 0, 0);
    const BLUE: plotters::style::RGBColor = plotters::style::RGBColor(0, 90, 200);

    fn theme() -> rgg_gallery::theme::Theme {
        rgg_gallery::theme::Theme::terminal()
    }

    /// A gallery theme's colours, as rgg gives them to the backend.
    fn colors_of(theme: &rgg_gallery::theme::Theme) -> Colors {
        let rgb = |c: plotters::style::RGBColor| (c.0, c.1, c.2);
        Colors::new(rgb(theme.text), rgb(theme.background))
            .with_grid(rgb(theme.grid))
            .with_axis(rgb(theme.axis))
            .with_palette(theme.palette.iter().map(|c| rgb(*c)))
    }

    fn lit_dots(backend: &CellBackend) -> usize {
        backend.dots.iter().filter(|d| d.is_some()).count()
    }

    /// Draws with `paint` on a `w`x`h` buffer in `mode`, returns the buffer.
    fn render(mode: CellMode, w: u16, h: u16, paint: impl FnOnce(&mut CellBackend)) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
        let area = buf.area;
        let theme = theme();
        {
            let mut backend = CellBackend::new(&mut buf, area, mode, ColorDepth::TrueColor, &colors_of(&theme));
            paint(&mut backend);
            backend.present().expect("present");
        }
        buf
    }

    fn rgb(c: plotters::style::RGBColor) -> Color {
        Color::Rgb(c.0, c.1, c.2)
    }

    #[test]
    fn straight_lines_light_the_same_dots_as_pixel_by_pixel() {
        let lines = [
            ((3, 5), (70, 5)),
            ((70, 30), (-4, 30)),
            ((12, -3), (12, 70)),
            ((40, 9), (40, 9)),
        ];
        let theme = theme();
        for mode in [CellMode::Braille, CellMode::Half, CellMode::Quadrant] {
            let mut fast_buf = Buffer::empty(Rect::new(0, 0, 10, 5));
            let mut slow_buf = Buffer::empty(Rect::new(0, 0, 10, 5));
            let area = fast_buf.area;
            let mut fast = CellBackend::new(&mut fast_buf, area, mode, ColorDepth::TrueColor, &colors_of(&theme));
            let mut slow = CellBackend::new(&mut slow_buf, area, mode, ColorDepth::TrueColor, &colors_of(&theme));
            for (a, b) in lines {
                fast.draw_line(a, b, &RED).expect("draw");
                plotters_backend::rasterizer::draw_line(&mut slow, a, b, &RED).expect("draw");
            }
            let seen = |b: &CellBackend| b.dots.iter().map(|d| d.map(|d| (d.rgb, d.layer))).collect::<Vec<_>>();
            assert_eq!(seen(&fast), seen(&slow), "{mode:?}");
        }
    }

    #[test]
    fn circles_light_dots_and_tiny_ones_still_show() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 5));
        let area = buf.area;
        let theme = theme();
        let mut backend = CellBackend::new(
            &mut buf,
            area,
            CellMode::Braille,
            ColorDepth::TrueColor,
            &colors_of(&theme),
        );
        backend.draw_circle((41, 41), 1, &RED, true).expect("draw");
        assert_eq!(lit_dots(&backend), 1, "a point smaller than a dot is one dot");
        backend.draw_circle((40, 40), 12, &RED, true).expect("draw");
        let filled = lit_dots(&backend);
        assert!(filled > 20, "{filled}");
        backend.draw_circle((-50, -50), 3, &RED, true).expect("off the grid");
        backend.draw_circle((9999, 40), 3, &RED, true).expect("off the grid");
        assert_eq!(lit_dots(&backend), filled);
    }

    #[test]
    fn rotated_text_is_set_horizontally() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 6));
        let area = buf.area;
        let theme = theme();
        {
            let mut backend = CellBackend::new(
                &mut buf,
                area,
                CellMode::Braille,
                ColorDepth::TrueColor,
                &colors_of(&theme),
            );
            let flat = ("sans-serif", 16.0).into_font().color(&plotters::style::BLACK);
            let down = flat.transform(FontTransform::Rotate270);
            assert_eq!(
                backend.estimate_text_size("Count", &down).ok(),
                Some((5 * CELL_W, CELL_H))
            );
            backend.draw_text("Count", &down, (8, 48)).expect("draw");
            backend.present().expect("present");
        }
        let rows: Vec<String> = (0..6)
            .map(|y| (0..12).map(|x| buf[(x, y)].symbol().to_string()).collect())
            .collect();
        assert!(rows.iter().any(|r| r.contains("Count")), "{rows:#?}");
    }

    #[test]
    fn a_point_on_a_grid_line_keeps_its_colour() {
        let grid = theme().grid;
        for mode in CellMode::ALL {
            let buf = render(mode, 10, 4, |b| {
                b.draw_line((0, 24), (79, 24), &grid).expect("grid");
                b.draw_circle((20, 24), 2, &RED, true).expect("point");
            });
            assert_eq!(buf[(2, 1)].fg, rgb(RED), "{mode:?}: the point's cell");
            assert_ne!(buf[(2, 1)].symbol(), "·", "{mode:?}");
        }
    }

    #[test]
    fn the_grid_is_sparse_and_quiet() {
        let grid = theme().grid;
        let buf = render(CellMode::Braille, 20, 3, |b| {
            b.draw_line((0, 24), (159, 24), &grid).expect("grid");
        });
        let dots = (0..20).filter(|x| buf[(*x, 1)].symbol() == "·").count();
        assert!((5..=10).contains(&dots), "{dots} grid dots in 20 cells");
        assert!((0..20).all(|x| buf[(x, 1)].symbol() == " " || buf[(x, 1)].fg == rgb(grid)));
    }

    #[test]
    fn combining_marks_stay_on_their_letters() {
        let family = "👩\u{200d}👩\u{200d}👧";
        let text = format!("नमस्ते {family}e\u{301}\u{1b}[31m");
        let buf = render(CellMode::Braille, 18, 1, |b| {
            let style = ("sans-serif", 16.0).into_font().color(&RED);
            assert_eq!(b.estimate_text_size(&text, &style).ok(), Some((16 * CELL_W, CELL_H)));
            b.draw_text(&text, &style, (0, 0)).expect("text");
        });
        let shown: Vec<&str> = (0..16).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(
            shown,
            vec![
                "न", "म", "स्", "ते", " ", "👩", " ", "👩", " ", "👧", " ", "e\u{301}", "[", "3", "1", "m"
            ],
            "marks kept on their letters, the ESC byte dropped"
        );
        assert_eq!(crate::buffer_to_text(&buf, false).trim_end(), "नमस्ते 👩👩👧e\u{301}[31m");
    }

    #[test]
    fn text_over_a_fill_keeps_its_colour_on_the_fill() {
        for mode in CellMode::ALL {
            let buf = render(mode, 10, 3, |b| {
                b.draw_rect((0, 0), (79, 47), &BLUE, true).expect("fill");
                let style = ("sans-serif", 16.0).into_font().color(&RED);
                b.draw_text("Hi", &style, (16, 16)).expect("text");
            });
            let cell = &buf[(2, 1)];
            assert_eq!(cell.symbol(), "H", "{mode:?}");
            assert_eq!((cell.fg, cell.bg), (rgb(RED), rgb(BLUE)), "{mode:?}");
        }
    }

    #[test]
    fn a_fully_covered_cell_is_a_background_colour() {
        for mode in CellMode::ALL {
            let buf = render(mode, 4, 2, |b| {
                b.draw_rect((0, 0), (31, 31), &BLUE, true).expect("fill");
            });
            let cell = &buf[(1, 1)];
            assert_eq!((cell.symbol(), cell.bg), (" ", rgb(BLUE)), "{mode:?}");
        }
    }

    #[test]
    fn two_fills_meeting_in_a_cell_give_one_glyph_with_two_colours() {
        for mode in [
            CellMode::Half,
            CellMode::Quadrant,
            CellMode::Sextant,
            CellMode::Octant,
            CellMode::Braille,
        ] {
            // Red above, blue below, meeting half-way down the cells of row 0.
            let buf = render(mode, 4, 1, |b| {
                b.draw_rect((0, 0), (31, 7), &RED, true).expect("top");
                b.draw_rect((0, 8), (31, 15), &BLUE, true).expect("bottom");
            });
            let cell = &buf[(1, 0)];
            let seen = (cell.symbol(), cell.fg, cell.bg);
            let top_ink = ("▀", rgb(RED), rgb(BLUE));
            let bottom_ink = ("▄", rgb(BLUE), rgb(RED));
            if mode == CellMode::Sextant {
                // Three dot rows: the middle one is split, either way.
                let colours = [(seen.1, seen.2), (seen.2, seen.1)];
                assert!(colours.contains(&(rgb(RED), rgb(BLUE))), "{mode:?}: {seen:?}");
            } else {
                assert!(seen == top_ink || seen == bottom_ink, "{mode:?}: {seen:?}");
            }
        }
    }

    #[test]
    fn braille_fills_are_blocks_and_lines_stay_braille() {
        let buf = render(CellMode::Braille, 6, 3, |b| {
            b.draw_rect((0, 0), (47, 23), &BLUE, true).expect("fill");
            b.draw_line((0, 40), (47, 40), &RED).expect("line");
        });
        for x in 0..6 {
            let fill = buf[(x, 0)].symbol().chars().next().unwrap_or(' ');
            assert!(!('\u{2800}'..='\u{28ff}').contains(&fill), "fill cell {x}: {fill}");
            let line = buf[(x, 2)].symbol().chars().next().unwrap_or(' ');
            assert!(('\u{2801}'..='\u{28ff}').contains(&line), "line cell {x}: {line}");
        }
    }

    #[test]
    fn a_line_over_a_fill_takes_the_fill_as_background() {
        let buf = render(CellMode::Braille, 6, 2, |b| {
            b.draw_rect((0, 0), (47, 31), &BLUE, true).expect("fill");
            b.draw_line((0, 8), (47, 8), &RED).expect("line");
        });
        assert_eq!((buf[(2, 0)].fg, buf[(2, 0)].bg), (rgb(RED), rgb(BLUE)));
    }

    #[test]
    fn lines_are_one_dot_thin_whatever_their_stroke() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 4));
        let area = buf.area;
        let theme = theme();
        let mut backend = CellBackend::new(
            &mut buf,
            area,
            CellMode::Braille,
            ColorDepth::TrueColor,
            &colors_of(&theme),
        );
        let thick = plotters::style::ShapeStyle::from(&RED).stroke_width(5);
        backend.draw_path(vec![(0, 30), (79, 30)], &thick).expect("path");
        assert_eq!(lit_dots(&backend), 20, "one row of 2x10 dots");
    }

    #[test]
    fn mixing_is_exact_at_the_ends_and_halfway() {
        assert_eq!(mix((0, 0, 0), (200, 100, 255), 1.0), (200, 100, 255));
        assert_eq!(mix((10, 20, 30), (200, 100, 255), 0.0), (10, 20, 30));
        assert_eq!(mix((0, 0, 0), (200, 100, 255), 0.5), (100, 50, 128));
    }

    #[test]
    fn see_through_lines_mix_towards_the_background_and_add_up() {
        let faint = RED.mix(0.3);
        let one = render(CellMode::Braille, 10, 2, |b| {
            b.draw_line((0, 8), (79, 8), &faint).expect("line");
        });
        let three = render(CellMode::Braille, 10, 2, |b| {
            for _ in 0..3 {
                b.draw_line((0, 8), (79, 8), &faint).expect("line");
            }
        });
        let red_of = |c: Color| match c {
            Color::Rgb(r, _, _) => r,
            _ => 0,
        };
        let (a, b) = (red_of(one[(3, 0)].fg), red_of(three[(3, 0)].fg));
        assert!(a > 0 && a < 100, "one faint line is dim: {a}");
        assert!(b > a && b < 200, "three add up: {b} > {a}");
    }

    #[test]
    fn every_palette_colour_has_a_marker_of_its_own() {
        for theme in [
            rgg_gallery::theme::Theme::terminal(),
            rgg_gallery::theme::Theme::terminal_light(),
        ] {
            assert!(theme.palette.len() <= MARKERS.len(), "{} colours", theme.palette.len());
        }
        let mut distinct = MARKERS.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), MARKERS.len());
    }

    #[test]
    fn without_colour_groups_get_their_own_markers_and_no_grid() {
        let theme = theme();
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 4));
        let area = buf.area;
        {
            let mut b = CellBackend::new(&mut buf, area, CellMode::Braille, ColorDepth::Mono, &colors_of(&theme));
            b.draw_line((0, 24), (79, 24), &theme.grid).expect("grid");
            b.draw_circle((12, 8), 2, &theme.color(0), true).expect("a");
            b.draw_circle((44, 40), 2, &theme.color(1), true).expect("b");
            b.present().expect("present");
        }
        assert_eq!(buf[(1, 0)].symbol(), "o");
        assert_eq!(buf[(5, 2)].symbol(), "x");
        assert!((0..10).all(|x| buf[(x, 1)].symbol() == " "), "no grid without colour");
    }

    /// Without a grid colour nothing is a grid line: plotters' own mesh
    /// (or any straight line) is drawn dot by dot, like any other line.
    #[test]
    fn without_a_grid_colour_straight_lines_are_lines() {
        let grey = plotters::style::RGBColor(120, 120, 120);
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 3));
        let area = buf.area;
        {
            let colors = Colors::new((255, 255, 255), (0, 0, 0));
            let mut b = CellBackend::new(&mut buf, area, CellMode::Braille, ColorDepth::TrueColor, &colors);
            b.draw_line((0, 24), (79, 24), &grey).expect("line");
            b.present().expect("present");
        }
        for x in 0..10 {
            let symbol = buf[(x, 1)].symbol().chars().next().unwrap_or(' ');
            assert!(('\u{2801}'..='\u{28ff}').contains(&symbol), "cell {x}: {symbol}");
            assert_eq!(buf[(x, 1)].fg, rgb(grey));
        }
        // The same line in the grid colour is the sparse grid.
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 3));
        {
            let colors = Colors::new((255, 255, 255), (0, 0, 0)).with_grid((120, 120, 120));
            let mut b = CellBackend::new(&mut buf, area, CellMode::Braille, ColorDepth::TrueColor, &colors);
            b.draw_line((0, 24), (79, 24), &grey).expect("line");
            b.present().expect("present");
        }
        assert_eq!(buf[(0, 1)].symbol(), "·");
        assert_eq!(buf[(1, 1)].symbol(), " ");
    }

    #[test]
    fn plotters_colours_become_rgb() {
        use plotters::style::Color as _;
        // (`rgb` in these tests is a ratatui colour; the crate's is `super::rgb`.)
        assert_eq!(super::rgb(&plotters::style::RGBColor(1, 2, 3)), (1, 2, 3));
        assert_eq!(super::rgb(&BLUE.mix(0.5)), (0, 90, 200));
        let theme = theme();
        let palette: Vec<Rgb> = theme.palette.iter().map(super::rgb).collect();
        assert_eq!(palette[0], (theme.palette[0].0, theme.palette[0].1, theme.palette[0].2));
    }

    #[test]
    fn default_colors_are_plotters_black_on_white() {
        let c = Colors::default();
        assert_eq!(
            (c.text, c.background, c.grid, c.axis),
            ((0, 0, 0), (255, 255, 255), None, None)
        );
        assert!(c.palette.is_empty());
        let c = c.with_grid((1, 2, 3)).with_axis((4, 5, 6)).with_palette([(7, 8, 9)]);
        assert_eq!(
            (c.grid, c.axis, c.palette),
            (Some((1, 2, 3)), Some((4, 5, 6)), vec![(7, 8, 9)])
        );
    }
}
