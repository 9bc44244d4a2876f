//! # 2D density
//!
//! A 2D density plot shows where the points of a scatter plot pile up,
//! without drawing each point: the plane is cut into bins (squares or
//! hexagons) coloured by how many points fall in each, or a smooth density
//! is estimated and drawn as filled contour bands, like the height lines of
//! a map. Where a scatter plot turns into an ink blot, this still shows the
//! peaks.
//!
//! ## When to use
//! Two numeric variables with many observations (hundreds to millions),
//! where overplotting hides how dense the crowded parts are, or to find the
//! modes (here the three penguin species show up as three peaks).
//!
//! ## Caveat
//! Bin size (and the bandwidth of the contour variant) change what you see:
//! big bins or a wide bandwidth merge separate peaks, small ones turn the
//! picture into noise. The bins here are sized from the number of points
//! (twice its cube root across the plot) and the bandwidth by Scott's rule;
//! try others before concluding (the `bins` and `bandwidth` parameters,
//! `Input::bins` and `Input::bandwidth_scale`). With few points (dozens), a plain scatter
//! plot says more. The colour scale is relative: compare shapes, not colours,
//! across charts.
//!
//! ## Variants
//! - `histogram-2d`: square bins coloured by count (viridis), with a colour
//!   bar that starts at 1; empty bins stay blank.
//! - `hexbin`: the same with hexagonal bins, which follow round shapes
//!   better and have no favoured direction.
//!
//! Empty bins are left blank rather than painted the scale's lowest colour,
//! so the colour bar starts at 1, the smallest count drawn.
//! - `contour`: a smooth kernel density estimate drawn as filled bands, each
//!   an eighth of the peak density, the faintest left blank. On paper the
//!   bands are cut along their contours by marching squares (smooth edges,
//!   real shapes in SVG); in a terminal they are sampled dot by dot.
//!
//! ## Related
//! scatter, histogram, heatmap, hexbin-map, density
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs`, `axes.rs` and `color_bar.rs`
//! from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, Plot};
use crate::color_bar::ColorBar;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of a 2D density plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, e.g. "Bill length (mm)".
    pub x_title: String,
    /// The y variable and its unit, e.g. "Bill depth (mm)".
    pub y_title: String,
    /// `x[k]` pairs with `y[k]`; rows with a missing value are skipped.
    pub x: Vec<f64>,
    /// The y of each observation, paired with `x` by index.
    pub y: Vec<f64>,
    /// Bins across the plot for `histogram-2d` and `hexbin` (`None`: twice
    /// the cube root of the number of points, 5 to 40).
    pub bins: Option<usize>,
    /// Multiplies the `contour` variant's bandwidth (Scott's rule): above 1
    /// smooths more, below 1 shows more detail. `None` keeps the rule.
    pub bandwidth_scale: Option<f64>,
}

/// The ways to draw a 2D density plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `histogram-2d`: Square bins coloured by count (viridis), with a colour bar that starts at 1;
    /// empty bins stay blank.
    Histogram2d,
    /// `hexbin`: The same with hexagonal bins, which follow round shapes better and have no
    /// favoured direction.
    Hexbin,
    /// `contour`: A smooth kernel density estimate drawn as filled bands, each an eighth of the
    /// peak density, the faintest left blank.
    Contour,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::Histogram2d, Variant::Hexbin, Variant::Contour];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Histogram2d => "histogram-2d",
            Variant::Hexbin => "hexbin",
            Variant::Contour => "contour",
        }
    }
}

/// Contour bands: each covers this share of the peak density.
const BANDS: usize = 8;

/// Draws `input` as a 2D density plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let points: Vec<(f64, f64)> = input
        .x
        .iter()
        .zip(&input.y)
        .map(|(x, y)| (*x, *y))
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect();
    let (Some((x0, x1)), Some((y0, y1))) = (
        stats::extent(points.iter().map(|p| p.0)),
        stats::extent(points.iter().map(|p| p.1)),
    ) else {
        return axes::draw_empty(area, theme, &input.title, "No rows with both an x and a y value");
    };
    // The contour runs past the data, where the density fades out.
    let pad = if variant == Variant::Contour { 0.12 } else { 0.03 };
    let x = Axis::linear(&input.x_title, x0, x1).padded(pad);
    let y = Axis::linear(&input.y_title, y0, y1).padded(pad);
    let (bar_title, provisional_max) = match variant {
        Variant::Histogram2d => ("Count per bin", points.len() as f64),
        Variant::Hexbin => ("Count per hexagon", points.len() as f64),
        Variant::Contour => ("Density (% of peak)", 100.0),
    };
    // The bar's real top is known only once the bins are: reserve room for
    // the widest labels it could have.
    let reserve = ColorBar::new(bar_title, 0.0, provisional_max);
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(reserve.width(area, theme)?)
        .draw(area, theme)?;
    let (pw, ph) = axes::dims(&plot);
    if pw < 2 || ph < 2 {
        return Ok(());
    }
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    // Points in pixels from the plot's bottom-left corner, y up.
    let sx = f64::from(pw) / (x.max - x.min);
    let sy = f64::from(ph) / (y.max - y.min);
    let to_data = |px: f64, py: f64| (x.min + px / sx, y.min + py / sy);
    let pixels: Vec<(f64, f64)> = points
        .iter()
        .map(|(a, b)| ((a - x.min) * sx, (b - y.min) * sy))
        .collect();
    let across = input
        .bins
        .filter(|b| *b > 0)
        .unwrap_or_else(|| bins_across(points.len()));
    let (w, h) = (f64::from(pw), f64::from(ph));

    match variant {
        Variant::Histogram2d => {
            let grid = SquareGrid::new(w, h, across, f64::from(char_w));
            let counts = grid.count(&pixels);
            let max = counts.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
            for (j, row) in counts.iter().enumerate() {
                for (i, c) in row.iter().enumerate().filter(|(_, c)| **c > 0) {
                    let (a, b) = grid.cell(i, j);
                    let color = theme.sequential(count_share(*c, max));
                    plot.draw(&Rectangle::new([to_data(a.0, a.1), to_data(b.0, b.1)], color.filled()))?;
                }
            }
            count_bar(bar_title, max).draw_beside(area, &plot, theme, |t| theme.sequential(t))
        }
        Variant::Hexbin => {
            let hex = HexGrid::new(w / across as f64 / 3f64.sqrt().max(1e-9), f64::from(char_w));
            let counts = hex.count(&pixels);
            let max = counts.iter().map(|(_, c)| *c).max().unwrap_or(0).max(1) as f64;
            for (centre, c) in &counts {
                let corners: Vec<(f64, f64)> = hex.corners(*centre).iter().map(|(a, b)| to_data(*a, *b)).collect();
                plot.draw(&Polygon::new(corners, theme.sequential(count_share(*c, max)).filled()))?;
            }
            count_bar(bar_title, max).draw_beside(area, &plot, theme, |t| theme.sequential(t))
        }
        Variant::Contour => {
            let mut bw = (bandwidth(&pixels, |p| p.0), bandwidth(&pixels, |p| p.1));
            if let Some(scale) = input.bandwidth_scale.filter(|s| s.is_finite() && *s > 0.0) {
                bw = (bw.0 * scale, bw.1 * scale);
            }
            // Estimate on a coarse grid, draw on a fine one.
            // At most about 100 nodes across, at most about 400 cells.
            let step = f64::from(char_w).max(4.0).max(w / 100.0);
            let coarse = DensityGrid::estimate(&pixels, bw, w, h, step);
            let in_cells = axes::text_in_cells(area, theme)?;
            draw_bands(&plot, &coarse, (w, h), in_cells, to_data, theme)?;
            let band_color = |b: usize| theme.sequential(b as f64 / (BANDS - 1) as f64);
            let bar = ColorBar::new(bar_title, 0.0, 100.0);
            bar.draw_beside(area, &plot, theme, |t| match band(t) {
                0 => theme.background,
                b => band_color(b),
            })
        }
    }
}

/// The colour bar of counts per bin from 1 to `max`, ticked on whole
/// numbers: a bin holds no half a point.
fn count_bar(title: &str, max: f64) -> ColorBar {
    ColorBar::new(title, 1.0, max.max(2.0)).whole_numbers()
}

/// The contour bands of `coarse` over a `w` x `h` pixel plot.
fn draw_bands<DB: DrawingBackend>(
    plot: &Plot<DB>,
    coarse: &DensityGrid,
    (w, h): (f64, f64),
    in_cells: bool,
    to_data: impl Fn(f64, f64) -> (f64, f64),
    theme: &Theme,
) -> DrawResult<(), DB> {
    let band_color = |b: usize| theme.sequential(b as f64 / (BANDS - 1) as f64);
    if in_cells {
        // A terminal shows dots: sample the density on a grid of
        // small squares, a run of equal bands per rectangle.
        let cell = contour_cell(coarse.step, w);
        let rows = (h / cell).ceil() as usize;
        let cols = (w / cell).ceil() as usize;
        for j in 0..rows {
            let yc = (j as f64 + 0.5) * cell;
            let bands: Vec<usize> = (0..cols)
                .map(|i| band(coarse.at((i as f64 + 0.5) * cell, yc) / coarse.peak.max(f64::MIN_POSITIVE)))
                .collect();
            for (start, end, b) in runs(&bands) {
                if b == 0 {
                    continue;
                }
                let a = to_data(start as f64 * cell, j as f64 * cell);
                let z = to_data((end as f64 * cell).min(w), ((j + 1) as f64 * cell).min(h));
                plot.draw(&Rectangle::new([a, z], band_color(b).filled()))?;
            }
        }
    } else {
        // On paper, smooth bands: each band's region (density at
        // least its threshold) painted over the one below it, cut
        // along the contour by marching squares.
        for b in 1..BANDS {
            let threshold = coarse.peak * b as f64 / BANDS as f64;
            for piece in coarse.region_at_least(threshold, w, h) {
                let corners: Vec<(f64, f64)> = piece.iter().map(|(a, c)| to_data(*a, *c)).collect();
                plot.draw(&Polygon::new(corners, band_color(b).filled()))?;
            }
        }
    }
    Ok(())
}

/// The side of the squares the contour bands are painted with in a
/// terminal: a quarter of the estimate's step, at least 2 and at most
/// about 400 across (finer than a sub-cell block buys nothing there).
fn contour_cell(step: f64, w: f64) -> f64 {
    (step / 4.0).max(2.0).max(w / 400.0)
}

/// The corners of the rectangle between two opposite corners.
fn rectangle(a: (f64, f64), b: (f64, f64)) -> Vec<(f64, f64)> {
    vec![a, (b.0, a.1), b, (a.0, b.1)]
}

/// Where a bin holding `count` points sits on a colour bar from 1 to `max`
/// (0..=1): empty bins are not drawn, so the scale starts at one point.
fn count_share(count: usize, max: f64) -> f64 {
    if max <= 1.0 {
        return 0.0;
    }
    ((count as f64 - 1.0) / (max.max(2.0) - 1.0)).clamp(0.0, 1.0)
}

/// Bins across the plot: twice the cube root of the number of points
/// (Rice's rule), between 5 and 40.
fn bins_across(n: usize) -> usize {
    ((2.0 * (n as f64).cbrt()).round() as usize).clamp(5, 40)
}

/// The band of a density at `share` (0..=1) of the peak: 0 below the first
/// eighth (left blank), up to `BANDS - 1` at the top.
fn band(share: f64) -> usize {
    if !share.is_finite() || share <= 0.0 {
        return 0;
    }
    ((share * BANDS as f64).floor() as usize).min(BANDS - 1)
}

/// Runs of equal values: (start, end exclusive, value).
fn runs(values: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match out.last_mut() {
            Some((_, end, last)) if *last == *v && *end == i => *end = i + 1,
            _ => out.push((i, i + 1, *v)),
        }
    }
    out
}

/// Square-ish bins tiling a `w` x `h` pixel plot exactly.
#[derive(Clone, Copy, Debug, PartialEq)]
struct SquareGrid {
    cols: usize,
    rows: usize,
    cell_w: f64,
    cell_h: f64,
}

impl SquareGrid {
    /// About `across` columns (fewer if a bin would be narrower than
    /// `min_side` pixels), and as many rows as keep the bins square.
    fn new(w: f64, h: f64, across: usize, min_side: f64) -> Self {
        let most = (w / min_side.max(1.0)).floor().max(1.0) as usize;
        let cols = across.clamp(1, most);
        let cell_w = w / cols as f64;
        let rows = ((h / cell_w).round() as usize).max(1);
        SquareGrid {
            cols,
            rows,
            cell_w,
            cell_h: h / rows as f64,
        }
    }

    /// Counts per bin, `[row][column]`, row 0 at the bottom.
    fn count(&self, points: &[(f64, f64)]) -> Vec<Vec<usize>> {
        let mut counts = vec![vec![0; self.cols]; self.rows];
        for (x, y) in points {
            let i = ((x / self.cell_w).floor().max(0.0) as usize).min(self.cols - 1);
            let j = ((y / self.cell_h).floor().max(0.0) as usize).min(self.rows - 1);
            if let Some(c) = counts.get_mut(j).and_then(|r| r.get_mut(i)) {
                *c += 1;
            }
        }
        counts
    }

    /// Bottom-left and top-right corners of bin (column i, row j).
    fn cell(&self, i: usize, j: usize) -> ((f64, f64), (f64, f64)) {
        let (x, y) = (i as f64 * self.cell_w, j as f64 * self.cell_h);
        ((x, y), (x + self.cell_w, y + self.cell_h))
    }
}

/// Pointy-top hexagons of radius `r` (centre to corner) in pixel space:
/// centres `sqrt(3) r` apart in a row, rows `1.5 r` apart, odd rows
/// shifted half a hexagon right.
#[derive(Clone, Copy, Debug, PartialEq)]
struct HexGrid {
    r: f64,
}

impl HexGrid {
    fn new(r: f64, min_r: f64) -> Self {
        let r = if r.is_finite() {
            r.max(min_r).max(1.0)
        } else {
            min_r.max(1.0)
        };
        HexGrid { r }
    }

    fn width(self) -> f64 {
        3f64.sqrt() * self.r
    }

    fn centre(self, i: i64, j: i64) -> (f64, f64) {
        let shift = if j.rem_euclid(2) == 1 { 0.5 } else { 0.0 };
        ((i as f64 + shift) * self.width(), j as f64 * 1.5 * self.r)
    }

    /// The hexagon (column, row) a point falls in: the nearest centre. Only
    /// the rows just below and above can hold it, and in each row only the
    /// nearest column.
    fn index(self, (x, y): (f64, f64)) -> (i64, i64) {
        let j0 = (y / (1.5 * self.r)).floor() as i64;
        let mut best = (0, 0);
        let mut best_d = f64::INFINITY;
        for j in [j0, j0.saturating_add(1)] {
            let shift = if j.rem_euclid(2) == 1 { 0.5 } else { 0.0 };
            let i = (x / self.width() - shift).round() as i64;
            let (cx, cy) = self.centre(i, j);
            let d = (x - cx).powi(2) + (y - cy).powi(2);
            if d < best_d {
                (best, best_d) = ((i, j), d);
            }
        }
        best
    }

    /// Non-empty hexagons: (centre, count), in a stable order.
    fn count(self, points: &[(f64, f64)]) -> Vec<((f64, f64), usize)> {
        let mut cells: Vec<((i64, i64), usize)> = Vec::new();
        for p in points {
            let key = self.index(*p);
            match cells.iter_mut().find(|(k, _)| *k == key) {
                Some((_, c)) => *c += 1,
                None => cells.push((key, 1)),
            }
        }
        cells.sort_by_key(|((i, j), _)| (*j, *i));
        cells.into_iter().map(|((i, j), c)| (self.centre(i, j), c)).collect()
    }

    /// The six corners around `centre`, starting at the top.
    fn corners(self, (cx, cy): (f64, f64)) -> Vec<(f64, f64)> {
        (0..6)
            .map(|k| {
                let angle = std::f64::consts::FRAC_PI_2 + f64::from(k) * std::f64::consts::FRAC_PI_3;
                (cx + self.r * angle.cos(), cy + self.r * angle.sin())
            })
            .collect()
    }
}

/// Scott's rule for one axis of a 2D Gaussian kernel: the spread (the
/// smaller of the standard deviation and IQR / 1.34) times n^(-1/6).
fn bandwidth(points: &[(f64, f64)], axis: impl Fn(&(f64, f64)) -> f64) -> f64 {
    let values: Vec<f64> = points.iter().map(axis).collect();
    let s = stats::sorted_finite(&values);
    let sd = stats::std_dev(&s).unwrap_or(0.0);
    let iqr = stats::quantile(&s, 0.75).unwrap_or(0.0) - stats::quantile(&s, 0.25).unwrap_or(0.0);
    let spread = if iqr > 0.0 { sd.min(iqr / 1.34) } else { sd };
    let bw = spread * (s.len().max(1) as f64).powf(-1.0 / 6.0);
    if bw.is_finite() && bw > 0.0 {
        bw
    } else {
        1.0
    }
}

/// A kernel density estimate sampled on a regular grid, read back by
/// bilinear interpolation.
#[derive(Clone, Debug, PartialEq)]
struct DensityGrid {
    step: f64,
    cols: usize,
    rows: usize,
    /// `values[row * cols + col]` at (col * step, row * step).
    values: Vec<f64>,
    peak: f64,
}

impl DensityGrid {
    /// The density of `points` (Gaussian product kernel, bandwidths `bw`)
    /// at grid nodes `step` apart over `w` x `h`. The kernel factors into
    /// an x part and a y part, so each point costs one exp per grid column
    /// and row, not per node.
    fn estimate(points: &[(f64, f64)], bw: (f64, f64), w: f64, h: f64, step: f64) -> Self {
        let step = if step.is_finite() && step > 0.0 { step } else { 1.0 };
        let cols = ((w / step).ceil() as usize + 1).clamp(2, 2000);
        let rows = ((h / step).ceil() as usize + 1).clamp(2, 2000);
        let kernel = |d: f64, b: f64| (-0.5 * (d / b).powi(2)).exp();
        let mut values = vec![0.0; cols * rows];
        // Beyond four bandwidths a kernel adds less than 0.04% of its peak:
        // each point only touches the nodes inside that window.
        let window = |centre: f64, b: f64, n: usize| {
            let lo = ((centre - 4.0 * b) / step).ceil().max(0.0) as usize;
            let hi = (((centre + 4.0 * b) / step).floor().max(-1.0) + 1.0) as usize;
            lo.min(n)..hi.min(n)
        };
        let mut kx = vec![0.0; cols];
        for (px, py) in points {
            let xs = window(*px, bw.0, cols);
            for c in xs.clone() {
                kx[c] = kernel(c as f64 * step - px, bw.0);
            }
            for r in window(*py, bw.1, rows) {
                let yk = kernel(r as f64 * step - py, bw.1);
                let row = r * cols;
                for (v, xk) in values[row + xs.start..row + xs.end].iter_mut().zip(&kx[xs.clone()]) {
                    *v += yk * xk;
                }
            }
        }
        let peak = values.iter().copied().fold(0.0, f64::max);
        DensityGrid {
            step,
            cols,
            rows,
            values,
            peak,
        }
    }

    /// Where the density is at least `t`, as polygons in pixels clipped to
    /// `w` x `h`: whole runs of grid cells as rectangles, and where a
    /// contour crosses a cell the part of it cut off by marching squares
    /// (the crossings interpolated along the cell's edges; a saddle's two
    /// corners are joined through the middle).
    fn region_at_least(&self, t: f64, w: f64, h: f64) -> Vec<Vec<(f64, f64)>> {
        let v = |c: usize, r: usize| self.values.get(r * self.cols + c).copied().unwrap_or(0.0);
        let node = |c: usize, r: usize| (c as f64 * self.step, r as f64 * self.step);
        // Where the contour crosses the edge between two nodes, worked out
        // from the lower one, so both cells sharing the edge agree exactly.
        let crossing = |a: (usize, usize), b: (usize, usize)| {
            let (a, b) = if (a.1, a.0) <= (b.1, b.0) { (a, b) } else { (b, a) };
            let (va, vb) = (v(a.0, a.1), v(b.0, b.1));
            let s = ((t - va) / (vb - va)).clamp(0.0, 1.0);
            let (pa, pb) = (node(a.0, a.1), node(b.0, b.1));
            (pa.0 + (pb.0 - pa.0) * s, pa.1 + (pb.1 - pa.1) * s)
        };
        let clip = |p: (f64, f64)| (p.0.clamp(0.0, w), p.1.clamp(0.0, h));
        let mut pieces = Vec::new();
        for r in 0..self.rows - 1 {
            let mut run: Option<usize> = None;
            for c in 0..self.cols - 1 {
                let corners = [(c, r), (c + 1, r), (c + 1, r + 1), (c, r + 1)];
                let inside = corners.map(|(c, r)| v(c, r) >= t);
                if inside.iter().all(|i| *i) {
                    run.get_or_insert(c);
                    continue;
                }
                if let Some(start) = run.take() {
                    pieces.push(rectangle(node(start, r), node(c, r + 1)));
                }
                if !inside.iter().any(|i| *i) {
                    continue;
                }
                let mut piece = Vec::with_capacity(8);
                for k in 0..4 {
                    let (p, q) = (corners[k], corners[(k + 1) % 4]);
                    if inside[k] {
                        piece.push(node(p.0, p.1));
                    }
                    if inside[k] != inside[(k + 1) % 4] {
                        piece.push(crossing(p, q));
                    }
                }
                pieces.push(piece);
            }
            if let Some(start) = run {
                pieces.push(rectangle(node(start, r), node(self.cols - 1, r + 1)));
            }
        }
        for piece in &mut pieces {
            for p in piece.iter_mut() {
                *p = clip(*p);
            }
        }
        pieces
    }

    /// The density at pixel (x, y), interpolated between the four nodes around it.
    fn at(&self, x: f64, y: f64) -> f64 {
        let fx = (x / self.step).clamp(0.0, (self.cols - 1) as f64);
        let fy = (y / self.step).clamp(0.0, (self.rows - 1) as f64);
        let (c, r) = (
            (fx.floor() as usize).min(self.cols - 2),
            (fy.floor() as usize).min(self.rows - 2),
        );
        let (tx, ty) = (fx - c as f64, fy - r as f64);
        let v = |c: usize, r: usize| self.values.get(r * self.cols + c).copied().unwrap_or(0.0);
        let bottom = v(c, r) * (1.0 - tx) + v(c + 1, r) * tx;
        let top = v(c, r + 1) * (1.0 - tx) + v(c + 1, r + 1) * tx;
        bottom * (1.0 - ty) + top * ty
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_points_per_bin_tick_whole_counts() {
        let labels: Vec<String> = count_bar("", 3.0).ticks(8).into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels, vec!["1", "2", "3"]);
        // A single point per bin still gets a bar from 1 to 2.
        assert_eq!(count_bar("", 1.0).hi, 2.0);
    }

    /// A point at the ends of f64 saturates the row index; the row above
    /// it must not overflow.
    #[test]
    fn hex_index_survives_huge_coordinates() {
        let grid = HexGrid::new(4.0, 1.0);
        for p in [(1e308, 1e308), (-1e308, -f64::MAX), (0.0, f64::MAX), (f64::NAN, 1.0)] {
            let _ = grid.index(p);
        }
        assert_eq!(grid.index((0.0, 0.0)), (0, 0));
    }

    #[test]
    fn contour_bands_in_a_terminal_are_a_few_dots_wide() {
        assert!(contour_cell(8.0, 800.0) >= 2.0);
        assert!(contour_cell(40.0, 4000.0) >= 10.0);
    }

    #[test]
    fn marching_squares_cut_cells_along_the_contour() {
        // One peak in a 3x3 grid of nodes 10 px apart: the region over
        // half the peak is the diamond of crossings half way along the
        // edges from the centre node, in the four cells around it.
        let grid = DensityGrid {
            step: 10.0,
            cols: 3,
            rows: 3,
            values: vec![0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0],
            peak: 1.0,
        };
        let pieces = grid.region_at_least(0.5, 20.0, 20.0);
        assert_eq!(pieces.len(), 4);
        let area: f64 = pieces.iter().map(|p| polygon_area(p)).sum();
        assert!((area - 50.0).abs() < 1e-9, "a diamond of half-diagonal 5: {area}");
        assert!(pieces
            .iter()
            .flatten()
            .all(|p| (p.0 - 10.0).abs() + (p.1 - 10.0).abs() <= 5.0 + 1e-9));
        // Everything over zero: the whole grid, as rectangles.
        let all: f64 = grid
            .region_at_least(-1.0, 20.0, 20.0)
            .iter()
            .map(|p| polygon_area(p))
            .sum();
        assert!((all - 400.0).abs() < 1e-9);
        // Nothing over the peak.
        assert!(grid.region_at_least(2.0, 20.0, 20.0).is_empty());
    }

    fn polygon_area(ring: &[(f64, f64)]) -> f64 {
        let n = ring.len();
        (0..n)
            .map(|i| ring[i].0 * ring[(i + 1) % n].1 - ring[(i + 1) % n].0 * ring[i].1)
            .sum::<f64>()
            .abs()
            / 2.0
    }

    #[test]
    fn the_colour_scale_starts_at_one_point() {
        // The least-filled drawn bin gets the bar's bottom colour, the
        // fullest its top; an empty bin (never drawn) has no place on it.
        assert_eq!(count_share(1, 15.0), 0.0);
        assert_eq!(count_share(15, 15.0), 1.0);
        assert!((count_share(8, 15.0) - 0.5).abs() < 1e-12);
        assert_eq!(count_share(1, 1.0), 0.0);
    }

    #[test]
    fn square_bins_tile_the_plot_and_count_every_point() {
        let grid = SquareGrid::new(300.0, 200.0, 15, 8.0);
        assert_eq!((grid.cols, grid.rows), (15, 10));
        assert!((grid.cell_w - grid.cell_h).abs() < 1e-9, "square");
        let points = [(0.0, 0.0), (299.9, 199.9), (300.0, 200.0), (150.0, 100.0)];
        let counts = grid.count(&points);
        assert_eq!(counts.iter().flatten().sum::<usize>(), 4);
        assert_eq!(counts[0][0], 1);
        assert_eq!(counts[9][14], 2, "the far edge belongs to the last bin");
        // Bins never narrower than the minimum side.
        assert_eq!(SquareGrid::new(40.0, 40.0, 15, 8.0).cols, 5);
    }

    #[test]
    fn hexbin_assigns_the_nearest_centre() {
        let hex = HexGrid::new(10.0, 1.0);
        for k in 0..500 {
            let p = (f64::from(k * 37 % 211) * 0.93, f64::from(k * 53 % 173) * 1.07);
            let (i, j) = hex.index(p);
            let (cx, cy) = hex.centre(i, j);
            let d = (p.0 - cx).hypot(p.1 - cy);
            // No centre in the neighbourhood is nearer.
            for dj in -2..=2 {
                for di in -2..=2 {
                    let (ox, oy) = hex.centre(i + di, j + dj);
                    assert!((p.0 - ox).hypot(p.1 - oy) >= d - 1e-9, "{p:?}");
                }
            }
            assert!(d <= 10.0 + 1e-9, "inside its hexagon's circumcircle");
        }
        let counts = hex.count(&[(0.0, 0.0), (1.0, 1.0), (100.0, 100.0)]);
        assert_eq!(counts.iter().map(|(_, c)| c).sum::<usize>(), 3);
        assert_eq!(counts.len(), 2);
    }

    #[test]
    fn hexagons_have_six_corners_on_their_radius() {
        let hex = HexGrid::new(10.0, 1.0);
        let corners = hex.corners((5.0, 5.0));
        assert_eq!(corners.len(), 6);
        assert!(corners
            .iter()
            .all(|(x, y)| ((x - 5.0).hypot(y - 5.0) - 10.0).abs() < 1e-9));
        assert!((corners[0].1 - 15.0).abs() < 1e-9, "pointy top");
    }

    #[test]
    fn the_density_peaks_where_the_points_are() {
        let points: Vec<(f64, f64)> = (0..50)
            .map(|k| (50.0 + f64::from(k % 5), 30.0 + f64::from(k % 7)))
            .collect();
        let grid = DensityGrid::estimate(&points, (5.0, 5.0), 100.0, 60.0, 4.0);
        let near = grid.at(52.0, 33.0);
        let far = grid.at(5.0, 55.0);
        assert!(near > 0.8 * grid.peak, "{near} vs peak {}", grid.peak);
        assert!(far < 0.01 * grid.peak);
        // Interpolation returns node values exactly at the nodes.
        assert!((grid.at(48.0, 32.0) - grid.values[8 * grid.cols + 12]).abs() < 1e-12);
    }

    #[test]
    fn bands_and_runs() {
        assert_eq!(band(0.0), 0);
        assert_eq!(band(0.1), 0);
        assert_eq!(band(0.13), 1);
        assert_eq!(band(1.0), BANDS - 1);
        assert_eq!(band(f64::NAN), 0);
        assert_eq!(runs(&[0, 0, 2, 2, 2, 1]), vec![(0, 2, 0), (2, 5, 2), (5, 6, 1)]);
        assert!(runs(&[]).is_empty());
    }

    #[test]
    fn bins_grow_with_the_cube_root_of_n() {
        assert_eq!(bins_across(0), 5);
        assert_eq!(bins_across(342), 14);
        assert_eq!(bins_across(10_000_000), 40);
    }

    #[test]
    fn bins_and_bandwidth_change_what_is_drawn() {
        let (x, y): (Vec<f64>, Vec<f64>) = (0..200)
            .map(|i| {
                let t = f64::from(i);
                ((t * 0.37).sin() * 3.0 + t / 40.0, (t * 0.23).cos() * 2.0)
            })
            .unzip();
        let input = Input {
            x,
            y,
            ..Input::default()
        };
        let draw_it = |input: &Input, variant: Variant| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, variant, &Theme::light()).expect("draws");
            })
        };
        let coarse = Input {
            bins: Some(5),
            ..input.clone()
        };
        let smooth = Input {
            bandwidth_scale: Some(3.0),
            ..input.clone()
        };
        for variant in [Variant::Histogram2d, Variant::Hexbin] {
            assert_ne!(draw_it(&input, variant), draw_it(&coarse, variant), "{variant:?}");
        }
        assert_ne!(draw_it(&input, Variant::Contour), draw_it(&smooth, Variant::Contour));
        let rule = Input {
            bins: Some(bins_across(200)),
            ..input.clone()
        };
        assert_eq!(draw_it(&input, Variant::Hexbin), draw_it(&rule, Variant::Hexbin));
    }
}
