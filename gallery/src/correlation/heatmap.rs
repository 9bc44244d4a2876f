//! # Heatmap
//!
//! A heatmap is a grid of coloured cells: one categorical variable across,
//! another down, and the colour of each cell shows a numeric value. It turns
//! a table of numbers into a picture where patterns (seasons, trends,
//! clusters) jump out, while the value written in each cell keeps it exact.
//!
//! ## When to use
//! A value measured for every combination of two categories or ordered
//! steps: month x year, hour x weekday, variable x observation. Up to a few
//! dozen rows and columns.
//!
//! ## Caveat
//! Colour is compared across the whole grid, so columns or rows in different
//! units or on different scales must be normalised first, or the largest one
//! paints everything else dark. Use a sequential colormap (like viridis) for
//! values of one sign, and a diverging one only around a meaningful midpoint
//! such as zero. Rainbow colormaps invent boundaries that are not in the data.
//!
//! ## Variants
//! - `values`: one colour scale for the whole grid, the value written in
//!   each cell when it fits.
//! - `normalized`: each row scaled to its own minimum..maximum, so the
//!   pattern within rows (here the seasonal peak in summer) shows even where
//!   the rows' levels differ a lot (here the growth from year to year); the
//!   cells still show the real values.
//!
//! In a terminal every row is a whole number of text rows tall (one more or
//! one less than its neighbours at most, so the grid fills the plot) and
//! every column boundary falls between characters, so the grid reads as
//! even blocks.
//!
//! ## Related
//! correlogram, calendar-heatmap, choropleth, bubble, 2d-density
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs`, `axes.rs` and `color_bar.rs`
//! from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::color_bar::ColorBar;
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The data of a heatmap, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the columns are, e.g. "Month".
    pub x_title: String,
    /// What the rows are, e.g. "Year".
    pub y_title: String,
    /// What the colour shows, with its unit; titles the colour bar.
    pub value_title: String,
    /// Column names, left to right.
    pub columns: Vec<String>,
    /// Row names, top to bottom.
    pub rows: Vec<String>,
    /// `values[row][column]`; NaN (or a short row) where there is no value.
    pub values: Vec<Vec<f64>>,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
}

/// The ways to draw a heatmap, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `values`: One colour scale for the whole grid, the value written in each cell when it fits.
    Values,
    /// `normalized`: Each row scaled to its own minimum..maximum, so the pattern within rows (here
    /// the seasonal peak in summer) shows even where the rows' levels differ a lot (here the growth
    /// from year to year); the cells still show the real values.
    Normalized,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Values, Variant::Normalized];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Values => "values",
            Variant::Normalized => "normalized",
        }
    }
}

/// Draws `input` as a heatmap in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let all = input.values.iter().flatten().copied();
    let extent = stats::extent(all);
    let Some((lo, hi)) = extent.filter(|_| !input.rows.is_empty() && !input.columns.is_empty()) else {
        return axes::draw_empty(area, theme, &input.title, "No values to colour");
    };
    let area = &axes::draw_footnote(area, theme, &input.note)?;
    let shades = match variant {
        Variant::Values => scaled(&input.values, lo, hi),
        Variant::Normalized => scaled_by_row(&input.values),
    };
    let bar = match variant {
        Variant::Values => ColorBar::new(input.value_title.clone(), lo, hi),
        Variant::Normalized => {
            let title = if input.value_title.is_empty() {
                String::from("Scaled per row")
            } else {
                format!("{}, scaled per row", input.value_title)
            };
            let ends = vec![(0.0, String::from("row min")), (1.0, String::from("row max"))];
            ColorBar::new(title, 0.0, 1.0).with_labels(ends)
        }
    };

    let (n_rows, n_cols) = (input.rows.len(), input.columns.len());
    let x = Axis::categories(&input.x_title, input.columns.clone());
    // Category i sits at y = i from the bottom: reverse so the first row is on top.
    let row_names: Vec<String> = input.rows.iter().rev().cloned().collect();
    let in_cells = axes::text_in_cells(area, theme)?;
    // In a terminal the rows are laid on whole text rows below, and their
    // names with them: the frame only keeps their room (blank names).
    let y_names = if in_cells {
        row_names.iter().map(|n| " ".repeat(n.chars().count())).collect()
    } else {
        row_names
    };
    let y = Axis::categories(&input.y_title, y_names);
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(bar.width(area, theme)?)
        .draw(area, theme)?;
    if in_cells {
        let (px, py) = plot.get_pixel_range();
        if let (Some(rows), Some(cols)) = (
            cell_rows(py.start, py.end, n_rows),
            cell_columns(px.start, px.end, n_cols),
        ) {
            let grid = CellGrid { rows, cols };
            draw_in_cells(area, input, &shades, &grid, px.start, theme)?;
            return bar.draw_beside(area, &plot, theme, |t| theme.sequential(t));
        }
    }

    let (pw, ph) = axes::dims(&plot);
    let cell_w = pw / n_cols.max(1) as i32;
    let cell_h = ph / n_rows.max(1) as i32;
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    // Write the values only if every one of them fits its cell.
    let mut fits = true;
    for v in input.values.iter().flatten().filter(|v| v.is_finite()) {
        let (tw, th) = axes::text_size(area, &scale::format_value(*v), &label)?;
        if tw + char_w > cell_w || th > cell_h {
            fits = false;
            break;
        }
    }
    for (r, row) in shades.iter().enumerate() {
        let yc = (n_rows - 1 - r) as f64;
        for (c, t) in row.iter().enumerate().take(n_cols) {
            let Some(t) = t else { continue };
            let fill = theme.sequential(*t);
            let xc = c as f64;
            plot.draw(&Rectangle::new(
                [(xc - 0.5, yc - 0.5), (xc + 0.5, yc + 0.5)],
                fill.filled(),
            ))?;
            let value = input.values.get(r).and_then(|row| row.get(c)).copied();
            if let (true, Some(v)) = (fits, value) {
                let ink = Theme::text_on(fill);
                let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                plot.draw(&Text::new(scale::format_value(v), (xc, yc), style))?;
            }
        }
    }

    bar.draw_beside(area, &plot, theme, |t| theme.sequential(t))
}

/// Terminal cells are 8 x 16 virtual pixels.
const CELL: (i32, i32) = (8, 16);

/// Row and column boundaries in absolute pixels: `rows[r]..rows[r + 1]` is
/// row `r` (the first on top), `cols[c]..cols[c + 1]` column `c`.
struct CellGrid {
    rows: Vec<i32>,
    cols: Vec<i32>,
}

/// `n` rows of whole text rows filling the text rows inside pixel rows
/// `top..bottom`, spread as evenly as they go (heights differ by one text
/// row at most: 23 rows for 12 years is eleven of 2 and one of 1, rather
/// than twelve of 1 and half the plot empty); None when there is less
/// than one text row per row.
fn cell_rows(top: i32, bottom: i32, n: usize) -> Option<Vec<i32>> {
    let h = CELL.1;
    let first = top.div_euclid(h) + i32::from(top.rem_euclid(h) != 0);
    let last = bottom.div_euclid(h);
    let n = i32::try_from(n).ok()?;
    let rows = last - first;
    if n == 0 || rows < n {
        return None;
    }
    // Row i ends i * rows / n text rows down: whole, ordered, none empty.
    Some((0..=n).map(|i| (first + i * rows / n) * h).collect())
}

/// `n` column boundaries inside pixel columns `left..right`, each moved to
/// the nearest character boundary (so widths differ by one character at
/// most and the frame's labels stay centred); None when a column would be
/// empty.
fn cell_columns(left: i32, right: i32, n: usize) -> Option<Vec<i32>> {
    let w = CELL.0;
    let first = left.div_euclid(w) + i32::from(left.rem_euclid(w) != 0);
    let last = right.div_euclid(w);
    if n == 0 || last - first < n as i32 {
        return None;
    }
    let span = f64::from(right - left);
    let snap = |x: f64| ((x / f64::from(w)).round() as i32).clamp(first, last) * w;
    let cols: Vec<i32> = (0..=n)
        .map(|i| snap(f64::from(left) + span * i as f64 / n as f64))
        .collect();
    cols.windows(2).all(|p| p[1] > p[0]).then_some(cols)
}

/// The grid on whole terminal cells, with the row names and the values.
fn draw_in_cells<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    shades: &[Vec<Option<f64>>],
    grid: &CellGrid,
    plot_left: i32,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let base = area.get_base_pixel();
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let narrowest = grid.cols.windows(2).map(|p| p[1] - p[0]).min().unwrap_or(0);
    let fits = input
        .values
        .iter()
        .flatten()
        .filter(|v| v.is_finite())
        .all(|v| scale::format_value(*v).chars().count() as i32 * char_w + char_w <= narrowest);
    for (r, row) in shades.iter().enumerate() {
        let (Some(y0), Some(y1)) = (grid.rows.get(r), grid.rows.get(r + 1)) else {
            continue;
        };
        // Text sits in the middle text row of a row (the upper of two).
        let text_y = y0 + ((y1 - y0) / CELL.1 - 1) / 2 * CELL.1 + CELL.1 / 2 - base.1;
        if let Some(name) = input.rows.get(r) {
            let style = label.pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new(
                name.clone(),
                (plot_left - base.0 - theme.gap, text_y),
                style,
            ))?;
        }
        for (c, t) in row.iter().enumerate() {
            let (Some(t), Some(x0), Some(x1)) = (t, grid.cols.get(c), grid.cols.get(c + 1)) else {
                continue;
            };
            let fill = theme.sequential(*t);
            area.draw(&Rectangle::new(
                [(x0 - base.0, y0 - base.1), (x1 - 1 - base.0, y1 - 1 - base.1)],
                fill.filled(),
            ))?;
            let value = input.values.get(r).and_then(|row| row.get(c)).copied();
            if let (true, Some(v)) = (fits, value) {
                let ink = Theme::text_on(fill);
                let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                area.draw(&Text::new(
                    scale::format_value(v),
                    ((x0 + x1) / 2 - base.0, text_y),
                    style,
                ))?;
            }
        }
    }
    Ok(())
}

/// Each finite value as a position 0..=1 between `lo` and `hi`; a flat grid
/// sits in the middle of the colormap.
pub fn scaled(values: &[Vec<f64>], lo: f64, hi: f64) -> Vec<Vec<Option<f64>>> {
    values
        .iter()
        .map(|row| row.iter().map(|v| position(*v, lo, hi)).collect())
        .collect()
}

/// Each row scaled to its own minimum (0) and maximum (1).
pub fn scaled_by_row(values: &[Vec<f64>]) -> Vec<Vec<Option<f64>>> {
    values
        .iter()
        .map(|row| match stats::extent(row.iter().copied()) {
            Some((lo, hi)) => row.iter().map(|v| position(*v, lo, hi)).collect(),
            None => vec![None; row.len()],
        })
        .collect()
}

fn position(v: f64, lo: f64, hi: f64) -> Option<f64> {
    if !v.is_finite() {
        return None;
    }
    Some(if hi > lo {
        scale::fraction(v, lo, hi).clamp(0.0, 1.0)
    } else {
        0.5
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_rows_are_whole_text_rows_filling_the_plot() {
        // A plot from pixel row 40 (mid-cell) to 440: whole text rows 3..27
        // (24 of them) hold 12 rows of 2 text rows each.
        let rows = cell_rows(40, 440, 12).expect("room");
        assert_eq!(rows.len(), 13);
        assert!(rows.iter().all(|y| y % 16 == 0), "{rows:?}");
        let heights: Vec<i32> = rows.windows(2).map(|p| p[1] - p[0]).collect();
        assert!(heights.iter().all(|h| *h == 32), "{heights:?}");
        assert!(rows[0] >= 40 && rows[12] <= 440);
        // 23 text rows for 12 rows: the whole plot, no row 2 text rows
        // taller than another, none empty.
        let rows = cell_rows(0, 368, 12).expect("room");
        assert_eq!((rows[0], rows[12]), (0, 368));
        let heights: Vec<i32> = rows.windows(2).map(|p| p[1] - p[0]).collect();
        assert!(heights.iter().all(|h| *h == 16 || *h == 32), "{heights:?}");
        assert_eq!(cell_rows(0, 100, 12), None, "less than a text row each");
        assert_eq!(cell_rows(0, 100, 0), None);
    }

    #[test]
    fn terminal_columns_end_between_characters() {
        let cols = cell_columns(60, 700, 12).expect("room");
        assert_eq!(cols.len(), 13);
        assert!(cols.iter().all(|x| x % 8 == 0), "{cols:?}");
        let widths: Vec<i32> = cols.windows(2).map(|p| p[1] - p[0]).collect();
        let (lo, hi) = (widths.iter().min().copied(), widths.iter().max().copied());
        assert!(hi.zip(lo).is_some_and(|(h, l)| h - l <= 8), "{widths:?}");
        assert!(cols[0] >= 56 && cols[12] <= 704);
        assert_eq!(cell_columns(0, 40, 12), None);
    }

    #[test]
    fn rows_scale_to_their_own_range() {
        let values = vec![
            vec![100.0, 150.0, 200.0],
            vec![400.0, 500.0, f64::NAN],
            vec![3.0, 3.0, 3.0],
        ];
        let s = scaled_by_row(&values);
        assert_eq!(s[0], vec![Some(0.0), Some(0.5), Some(1.0)]);
        assert_eq!(s[1], vec![Some(0.0), Some(1.0), None]);
        assert_eq!(s[2], vec![Some(0.5); 3], "a flat row sits mid-scale");
    }

    #[test]
    fn one_scale_for_the_whole_grid() {
        let s = scaled(&[vec![0.0, 5.0], vec![10.0, f64::INFINITY]], 0.0, 10.0);
        assert_eq!(s, vec![vec![Some(0.0), Some(0.5)], vec![Some(1.0), None]]);
    }
}
