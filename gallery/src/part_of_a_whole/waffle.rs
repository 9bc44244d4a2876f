//! # Waffle
//!
//! A waffle chart shows the parts of a whole as a grid of squares, each
//! square one fixed share of the total, coloured by category. A 10 x 10
//! grid makes every square one percent, so shares can be counted rather
//! than guessed from angles. Squares are rounded by the largest remainder
//! method, so the grid is always complete (exactly 100 squares). The
//! largest category comes first, filling columns from the bottom left.
//!
//! ## When to use
//! A few parts (two to five) of one total, when the message is a share
//! people should be able to count: "about two in three". It reads better
//! than a pie when shares are close, and works as a small multiple.
//!
//! ## Caveat
//! Only a few categories fit, and a share under half a square rounds away
//! to nothing (the legend still gives it). The grid is a rounding: for
//! exact values, label them or use a barplot.
//!
//! ## Variants
//! - `basic`: a 10 x 10 grid, one square per percent; the legend gives
//!   each share.
//! - `by-count`: one square per round number of units (e.g. 20 people),
//!   ten squares to a column; the legend gives each count.
//!
//! ## Related
//! pie, donut, treemap, barplot
//!
//! ## Copying
//! Needs `radial.rs` (the slice type and the shares), `theme.rs`,
//! `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::radial;
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One category and its (positive) value.
pub use crate::radial::Slice;

/// The data of a waffle chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the values count, e.g. "People"; used in the key under the grid.
    pub value_title: String,
    /// The categories and their values; each gets its share of the grid's squares.
    pub slices: Vec<Slice>,
}

/// The ways to draw a waffle chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: A 10 x 10 grid, one square per percent; the legend gives each share.
    Basic,
    /// `by-count`: One square per round number of units (e.g. 20 people), ten squares to a column;
    /// the legend gives each count.
    ByCount,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Basic, Variant::ByCount];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::ByCount => "by-count",
        }
    }
}

/// Squares in a column of the grid.
const ROWS: usize = 10;
/// The most squares `by-count` draws: the unit grows until the total fits.
const MAX_SQUARES: f64 = 200.0;

/// Draws `input` as a waffle chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (parts, skipped) = radial::parts(&input.slices, theme.palette.len().max(2));
    let total: f64 = parts.iter().map(|(_, v)| v).sum();
    if parts.is_empty() || !(total.is_finite() && total > 0.0) {
        return axes::draw_empty(area, theme, &input.title, "No positive values to count");
    }
    let values: Vec<f64> = parts.iter().map(|(_, v)| *v).collect();
    let unit = match variant {
        Variant::Basic => total / 100.0,
        Variant::ByCount => unit_for(total, MAX_SQUARES),
    };
    let n = match variant {
        Variant::Basic => 100,
        Variant::ByCount => (total / unit).round().max(1.0) as usize,
    };
    let counts = largest_remainder(&values, n);
    let (labels, key) = texts(&parts, variant, unit, &input.value_title, skipped);
    let legend: Vec<LegendEntry> = labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| LegendEntry {
            label,
            color: theme.color(i),
        })
        .collect();

    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
    let legend_top = top;
    top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    // The key goes at the right end of the legend row when it fits there,
    // which leaves the grid one more line; else under the grid.
    let muted = theme.muted_style();
    let legend_style = theme.legend_style();
    let (char_w, text_h) = axes::text_size(area, "0", &legend_style)?;
    let mut legend_w = 0;
    for entry in &legend {
        legend_w += axes::text_size(area, &entry.label, &legend_style)?.0 + 3 * char_w + text_h;
    }
    let key_w = axes::text_size(area, &key, &muted)?.0;
    let mut bottom = h - m;
    if legend_w + key_w + 2 * char_w <= w - 2 * m {
        let y = legend_top + (top - legend_top - theme.gap / 2) / 2;
        area.draw(&Text::new(
            key,
            (w - m, y),
            muted.pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    } else {
        let key = axes::fit_text(area, &key, &muted, w - 2 * m)?;
        area.draw(&Text::new(
            key,
            (m, bottom),
            muted.pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
        bottom -= axes::text_size(area, "0", &muted)?.1 + theme.gap;
    }

    let columns = n.div_ceil(ROWS);
    let Some((grid, x0, y0)) = place_grid(area, theme, (m, top, w - m, bottom), columns)? else {
        return Ok(());
    };
    let (pitch, side) = (grid.pitch, grid.side);
    let mut k = 0;
    for (i, count) in counts.iter().enumerate() {
        let color = theme.color(i);
        for _ in 0..*count {
            let (col, row) = cell(k);
            let x = x0 + pitch.0 * col as f64;
            // Row 0 is the bottom row: the grid fills up, like a stacked bar.
            let y = y0 + pitch.1 * (ROWS - 1 - row) as f64;
            area.draw(&Rectangle::new(
                [
                    (x.round() as i32, y.round() as i32),
                    ((x + side.0).round() as i32 - 1, (y + side.1).round() as i32 - 1),
                ],
                color.filled(),
            ))?;
            k += 1;
        }
    }
    Ok(())
}

/// The legend labels ("No 68%", or "No 1,490" by count) and the key under
/// the title ("1 square = 20 people; total 2,201 people").
fn texts(
    parts: &[(String, f64)],
    variant: Variant,
    unit: f64,
    value_title: &str,
    skipped: usize,
) -> (Vec<String>, String) {
    let total: f64 = parts.iter().map(|(_, v)| v).sum();
    let what = lower_first(value_title);
    let labels = parts
        .iter()
        .map(|(name, value)| match variant {
            Variant::Basic => format!("{name} {}", radial::percent_label(value / total * 100.0)),
            Variant::ByCount => format!("{name} {}", count_label(*value)),
        })
        .collect();
    let with_what = |amount: String| {
        if what.is_empty() {
            amount
        } else {
            format!("{amount} {what}")
        }
    };
    let total_text = with_what(count_label(total));
    let mut key = match variant {
        Variant::Basic => format!("1 square = 1% of {total_text}"),
        Variant::ByCount => format!("1 square = {}; total {total_text}", with_what(count_label(unit))),
    };
    if skipped > 0 {
        let s = if skipped == 1 { "" } else { "s" };
        key = format!("{key}; {skipped} negative value{s} skipped");
    }
    (labels, key)
}

/// The size of the squares and of the gaps between them, in pixels, across
/// and down.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Grid {
    /// Distance from one square to the next.
    pitch: (f64, f64),
    /// Width and height of a square.
    side: (f64, f64),
    /// Every length across and down is a multiple of these.
    unit: (f64, f64),
}

impl Grid {
    /// A grid of squares: the same lengths across and down.
    fn square(pitch: f64, side: f64, unit: f64) -> Self {
        Grid {
            pitch: (pitch, pitch),
            side: (side, side),
            unit: (unit, unit),
        }
    }

    /// Width of `n` squares side by side, without the trailing gap.
    fn width(self, n: usize) -> f64 {
        self.pitch.0 * n as f64 - (self.pitch.0 - self.side.0)
    }

    /// Height of `n` squares stacked, without the trailing gap.
    fn height(self, n: usize) -> f64 {
        self.pitch.1 * n as f64 - (self.pitch.1 - self.side.1)
    }
}

/// The grid for `columns` x [`ROWS`] squares in `(left, top, right,
/// bottom)` and its top left corner. In a terminal every square covers the
/// same whole cells, with whole cells between them, so no row is drawn
/// differently from the next; on paper the squares snap to half a line.
#[allow(clippy::type_complexity)]
fn place_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    (left, top, right, bottom): (i32, i32, i32, i32),
    columns: usize,
) -> DrawResult<Option<(Grid, f64, f64)>, DB> {
    let (cw, lh) = axes::text_size(area, "0", &theme.label_style())?;
    let (cw, lh) = (f64::from(cw.max(1)), f64::from(lh.max(1)));
    if axes::text_in_cells(area, theme)? {
        // Whole cells: the box shrinks to the cells entirely inside it.
        let (x_lo, x_hi) = ((f64::from(left) / cw).ceil(), (f64::from(right) / cw).floor());
        let (y_lo, y_hi) = ((f64::from(top) / lh).ceil(), (f64::from(bottom) / lh).floor());
        let Some(grid) = cell_grid(x_hi - x_lo, y_hi - y_lo, columns, (cw, lh)) else {
            return Ok(None);
        };
        let x0 = (x_lo + ((x_hi - x_lo) - grid.width(columns) / cw).div_euclid(2.0)) * cw;
        let y0 = (y_lo + ((y_hi - y_lo) - grid.height(ROWS) / lh).div_euclid(2.0)) * lh;
        return Ok(Some((grid, x0, y0)));
    }
    let (avail_w, avail_h) = (f64::from(right - left), f64::from(bottom - top));
    let Some(grid) = grid_layout(avail_w, avail_h, columns, lh) else {
        return Ok(None);
    };
    let x0 = snap(f64::from(left) + (avail_w - grid.width(columns)) / 2.0, grid.unit.0);
    let y0 = snap(f64::from(top) + (avail_h - grid.height(ROWS)) / 2.0, grid.unit.1);
    // Squares a whole number of lines apart start on a line when they can.
    let line_up = (y0 / lh).ceil() * lh;
    let y0 = if grid.pitch.1 % lh == 0.0 && line_up + grid.height(ROWS) <= f64::from(bottom) {
        line_up
    } else {
        y0
    };
    Ok(Some((grid, x0, y0)))
}

/// The largest grid of `columns` x [`ROWS`] squares in `cols` x `rows`
/// terminal cells of `cw` x `lh` pixels: every square the same whole cells
/// (about twice as many across as down, as a cell is twice as tall as it
/// is wide), one cell row between rows of squares and two cell columns
/// between columns when they fit, fewer when they do not. `None` when not
/// even one cell per square fits.
fn cell_grid(cols: f64, rows: f64, columns: usize, (cw, lh): (f64, f64)) -> Option<Grid> {
    let (n_cols, n_rows) = (columns.max(1) as f64, ROWS as f64);
    // Down: the tallest squares with a one-row gap, else touching rows.
    let (down, gap_down) = match ((rows + 1.0) / n_rows).floor() - 1.0 {
        d if d >= 1.0 => (d, 1.0),
        _ if rows >= n_rows => (1.0, 0.0),
        _ => return None,
    };
    // Across: as square as the width allows, then the widest gap that fits.
    let mut across = 2.0 * down;
    let fits = |a: f64, g: f64| n_cols * (a + g) - g <= cols;
    while across > 1.0 && !fits(across, 1.0) {
        across -= 1.0;
    }
    let gap_across = [2.0, 1.0, 0.0].into_iter().find(|g| fits(across, *g))?;
    Some(Grid {
        pitch: ((across + gap_across) * cw, (down + gap_down) * lh),
        side: (across * cw, down * lh),
        unit: (cw, lh),
    })
}

/// The largest squares for `columns` x [`ROWS`] in `avail_w` x `avail_h`,
/// with all lengths whole multiples of `line / 2` (in a terminal, half a
/// cell row and one cell column), so that every square is drawn alike and
/// the gaps never vanish, in braille dots and in half blocks. A step of a
/// whole `line` is preferred when it costs little: every square then
/// starts on a cell row. `None` when nothing fits.
fn grid_layout(avail_w: f64, avail_h: f64, columns: usize, line: f64) -> Option<Grid> {
    let line = if line.is_finite() && line >= 2.0 { line } else { 2.0 };
    let unit = line / 2.0;
    let most = (avail_w / columns.max(1) as f64).min(avail_h / ROWS as f64);
    let fine = (most / unit).floor() * unit;
    let coarse = (most / line).floor() * line;
    let pitch = if coarse >= 0.85 * fine { coarse } else { fine };
    let gap = ((pitch * 0.14 / unit).round().max(1.0)) * unit;
    let side = pitch - gap;
    (side >= 1.0).then_some(Grid::square(pitch, side, unit))
}

/// `x` rounded down to a multiple of `unit`.
fn snap(x: f64, unit: f64) -> f64 {
    (x / unit).floor() * unit
}

/// The column and row (from the bottom) of the `k`-th square: columns of
/// [`ROWS`] squares, left to right.
fn cell(k: usize) -> (usize, usize) {
    (k / ROWS, k % ROWS)
}

/// Whole numbers of squares per value, `n` in all, by the largest
/// remainder (Hamilton) method: each value gets the whole part of its
/// exact share, then the largest fractional parts get one more each (ties
/// go to the larger value, then to the earlier one). Non-positive values
/// get none; all zero totals give all zeros.
pub fn largest_remainder(values: &[f64], n: usize) -> Vec<usize> {
    let clean: Vec<f64> = values
        .iter()
        .map(|v| if v.is_finite() && *v > 0.0 { *v } else { 0.0 })
        .collect();
    let total: f64 = clean.iter().sum();
    if !(total > 0.0 && total.is_finite()) {
        return vec![0; values.len()];
    }
    let exact: Vec<f64> = clean.iter().map(|v| v / total * n as f64).collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let given: usize = counts.iter().sum();
    let mut order: Vec<usize> = (0..exact.len()).filter(|i| clean[*i] > 0.0).collect();
    order.sort_by(|a, b| {
        let (ra, rb) = (exact[*a] - exact[*a].floor(), exact[*b] - exact[*b].floor());
        rb.total_cmp(&ra).then(clean[*b].total_cmp(&clean[*a])).then(a.cmp(b))
    });
    for i in order.into_iter().cycle().take(n.saturating_sub(given)) {
        if let Some(c) = counts.get_mut(i) {
            *c += 1;
        }
    }
    counts
}

/// The smallest 1-2-5 x 10^k unit (at least 1) that counts `total` in at
/// most `max_squares` squares.
fn unit_for(total: f64, max_squares: f64) -> f64 {
    let mut unit = 1.0;
    let mut k = 0;
    while total / unit > max_squares && unit.is_finite() {
        k += 1;
        unit = [1.0, 2.0, 5.0][k % 3] * 10f64.powi((k / 3) as i32);
    }
    unit
}

/// Whole counts in full with thousands separators ("2,201"), others short ("6.25B").
fn count_label(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e6 {
        scale::format_tick(value, 1.0, 1e4)
    } else {
        scale::format_value(value)
    }
}

/// "People" -> "people", but "GDP" stays "GDP".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            a.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_always_has_exactly_n_squares() {
        let cases: [&[f64]; 5] = [
            &[1490.0, 711.0],
            &[885.0, 706.0, 325.0, 285.0],
            &[1.0, 1.0, 1.0],
            &[0.2, 0.3, 99.5],
            &[1.0; 7],
        ];
        for values in cases {
            for n in [100, 110, 7, 1] {
                let counts = largest_remainder(values, n);
                assert_eq!(counts.iter().sum::<usize>(), n, "{values:?} in {n}");
            }
        }
    }

    #[test]
    fn shares_round_by_the_largest_remainder() {
        // 67.70% and 32.30%: 67 + 32 = 99, the larger remainder (0.70) gets the last square.
        assert_eq!(largest_remainder(&[1490.0, 711.0], 100), vec![68, 32]);
        // Three equal thirds: the tie goes to the first.
        assert_eq!(largest_remainder(&[1.0, 1.0, 1.0], 100), vec![34, 33, 33]);
        // A tiny share rounds away.
        assert_eq!(largest_remainder(&[0.2, 99.8], 100), vec![0, 100]);
    }

    #[test]
    fn what_cannot_be_counted_gets_no_square() {
        assert_eq!(largest_remainder(&[-5.0, f64::NAN, 3.0], 10), vec![0, 0, 10]);
        assert_eq!(largest_remainder(&[0.0, 0.0], 100), vec![0, 0]);
        assert!(largest_remainder(&[], 100).is_empty());
    }

    #[test]
    fn units_are_round_and_keep_the_grid_small() {
        assert!((unit_for(2201.0, 200.0) - 20.0).abs() < 1e-12);
        assert!((unit_for(150.0, 200.0) - 1.0).abs() < 1e-12);
        assert!((unit_for(6.25e9, 200.0) - 5e7).abs() < 1.0);
        assert!((unit_for(1001.0, 200.0) - 10.0).abs() < 1e-12);
    }

    #[test]
    fn grids_fit_and_snap_to_their_unit() {
        let g = grid_layout(640.0, 300.0, 10, 16.0).expect("fits");
        assert!(g.width(10) <= 640.0 && g.height(ROWS) <= 300.0);
        assert_eq!(g.pitch.0 % 8.0, 0.0);
        assert_eq!((g.pitch.0 - g.side.0) % 8.0, 0.0);
        assert!(g.side.0 > g.pitch.0 - g.side.0, "squares are larger than gaps");
        // 32 whole lines fit in 324: every square starts on a line.
        let g = grid_layout(640.0, 324.0, 10, 16.0).expect("fits");
        assert_eq!(g.pitch, (32.0, 32.0));
        assert!(grid_layout(10.0, 10.0, 10, 16.0).is_none(), "too small");
        assert!(grid_layout(0.0, 0.0, 0, f64::NAN).is_none());
        assert!((snap(13.0, 4.0) - 12.0).abs() < 1e-12);
    }

    #[test]
    fn terminal_squares_are_whole_cells_all_alike() {
        let cell = (8.0, 16.0);
        // 80x24: about 20 rows and 78 columns free.
        let g = cell_grid(78.0, 20.0, 10, cell).expect("fits");
        assert_eq!(g.side, (16.0, 16.0), "one cell row tall, two columns wide");
        assert_eq!(g.pitch, (32.0, 32.0), "a one-row and a two-column gap");
        assert!(g.width(10) <= 78.0 * 8.0 && g.height(ROWS) <= 20.0 * 16.0);
        // 160x48: taller squares, still square-looking.
        let g = cell_grid(158.0, 43.0, 10, cell).expect("fits");
        assert_eq!(g.side, (48.0, 48.0));
        assert_eq!(g.pitch.1, 64.0);
        // Every length is whole cells.
        for g in [
            cell_grid(78.0, 20.0, 20, cell),
            cell_grid(40.0, 12.0, 10, cell),
            cell_grid(20.0, 10.0, 10, cell),
        ]
        .into_iter()
        .flatten()
        {
            assert_eq!(g.pitch.0 % 8.0, 0.0);
            assert_eq!(g.side.0 % 8.0, 0.0);
            assert_eq!(g.pitch.1 % 16.0, 0.0);
            assert_eq!(g.side.1 % 16.0, 0.0);
            assert!(g.side.0 >= 8.0 && g.side.1 >= 16.0);
        }
        // Too few rows: touching rows of one-cell squares; fewer: nothing.
        assert_eq!(cell_grid(40.0, 12.0, 10, cell).map(|g| g.pitch.1), Some(16.0));
        assert!(cell_grid(40.0, 9.0, 10, cell).is_none());
        assert!(cell_grid(5.0, 30.0, 10, cell).is_none());
    }

    #[test]
    fn squares_fill_columns_from_the_bottom() {
        assert_eq!(cell(0), (0, 0));
        assert_eq!(cell(9), (0, 9));
        assert_eq!(cell(10), (1, 0));
    }

    #[test]
    fn keys_say_what_a_square_is() {
        let parts = vec![("No".to_string(), 1490.0), ("Yes".to_string(), 711.0)];
        let (labels, key) = texts(&parts, Variant::Basic, 22.01, "People", 0);
        assert_eq!(labels, vec!["No 68%", "Yes 32%"]);
        assert_eq!(key, "1 square = 1% of 2,201 people");
        let (labels, key) = texts(&parts, Variant::ByCount, 20.0, "", 2);
        assert_eq!(labels, vec!["No 1,490", "Yes 711"]);
        assert_eq!(key, "1 square = 20; total 2,201; 2 negative values skipped");
    }

    #[test]
    fn counts_read_in_full() {
        assert_eq!(count_label(2201.0), "2,201");
        assert_eq!(count_label(20.0), "20");
        assert_eq!(count_label(6.25e9), "6.25B");
        assert_eq!(count_label(2.5), "2.5");
    }

    #[test]
    fn units_read_in_lower_case() {
        assert_eq!(lower_first("People"), "people");
        assert_eq!(lower_first("GDP"), "GDP");
        assert_eq!(lower_first(""), "");
    }
}
