//! # Mosaic
//!
//! A mosaic plot (or Marimekko chart) splits a rectangle twice: first into
//! columns, one per category of a first variable, each as wide as its share
//! of the total; then each column into stacked tiles, one per category of a
//! second variable, each as tall as its share of the column. Every tile's
//! area is then its share of the whole, so the picture shows both how the
//! total splits and whether the second variable depends on the first
//! (tiles that line up across columns mean it does not).
//!
//! ## When to use
//! Two categorical variables and a count (people by class and survival),
//! or a market split by segment and by player (households by region and
//! income), when both the sizes of the groups and the make-up of each group
//! matter. A stacked percent barplot shows the make-up alone.
//!
//! ## Caveat
//! Areas and lengths along different baselines are hard to compare: only
//! the bottom tiles share a baseline. Keep the second variable to a few
//! categories (the smallest are lumped into "Other"), order them sensibly,
//! and write the shares in the tiles. Values must be positive (negative
//! ones are skipped, with a note).
//!
//! ## Variants
//! - `mosaic` (default): the columns in the data's order, tiles apart by a
//!   small gap, each with its count and its share of the column; the
//!   columns' names and totals below.
//! - `marimekko`: the columns side by side, widest first, on a percent
//!   scale (shares of the column up the side), each tile with its share;
//!   the columns' names and shares of the total below.
//!
//! ## Related
//! barplot, treemap, waffle, heatmap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::HashMap;

/// One count: how many of `column` are `row`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// The category of the first variable (a column).
    pub column: String,
    /// The category of the second variable (a tile in the column).
    pub row: String,
    /// The count or amount (positive); cells of the same pair are summed.
    pub value: f64,
}

/// The data of a mosaic plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the columns are, e.g. "Class"; titles the column labels.
    pub column_title: String,
    /// What the tiles are, e.g. "Survived"; titles the legend.
    pub row_title: String,
    /// What the values count, e.g. "People"; used in the note.
    pub value_title: String,
    /// The counts, one per (column, row) pair.
    pub cells: Vec<Cell>,
}

/// The ways to draw a mosaic plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `mosaic`: The columns in the data's order, tiles apart by a small gap, each with its count
    /// and its share of the column; the columns' names and totals below.
    Mosaic,
    /// `marimekko`: The columns side by side, widest first, on a percent scale, each tile with its
    /// share; the columns' names and shares of the total below.
    Marimekko,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Mosaic, Variant::Marimekko];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Mosaic => "mosaic",
            Variant::Marimekko => "marimekko",
        }
    }
}

/// A rectangle in pixels: top left corner, width and height.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge, in pixels.
    pub x: f64,
    /// Top edge, in pixels.
    pub y: f64,
    /// Width, in pixels.
    pub w: f64,
    /// Height, in pixels.
    pub h: f64,
}

/// The counts summed into a table: columns, rows, and each pair's value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Column names, in the order they are drawn.
    pub columns: Vec<String>,
    /// Row names, bottom tile first; a lumped "Other" is last.
    pub rows: Vec<String>,
    /// `values[c][r]`: the sum for column `c` and row `r` (0 when absent).
    pub values: Vec<Vec<f64>>,
    /// How many cells were skipped (negative, NaN or infinite values).
    pub skipped: usize,
    /// How many rows were lumped into "Other".
    pub lumped: usize,
}

impl Table {
    /// Each column's total.
    pub fn column_totals(&self) -> Vec<f64> {
        self.values.iter().map(|c| c.iter().sum()).collect()
    }
}

/// The name of the row that gathers the smallest rows.
pub const OTHER: &str = "Other";

/// Sums `cells` per (column, row), columns and rows in order of first
/// appearance (columns widest first when `widest_first`), at most
/// `max_rows` rows (the smallest overall lumped into "Other", last).
/// Columns with nothing positive are left out.
pub fn tabulate(cells: &[Cell], max_rows: usize, widest_first: bool) -> Table {
    let mut columns: Vec<String> = Vec::new();
    let mut rows: Vec<String> = Vec::new();
    let (mut ci, mut ri): (HashMap<&str, usize>, HashMap<&str, usize>) = (HashMap::new(), HashMap::new());
    let mut sums: HashMap<(usize, usize), f64> = HashMap::new();
    let mut skipped = 0;
    for cell in cells {
        if !(cell.value.is_finite() && cell.value >= 0.0) {
            skipped += 1;
            continue;
        }
        let c = *ci.entry(&cell.column).or_insert_with(|| {
            columns.push(cell.column.clone());
            columns.len() - 1
        });
        let r = *ri.entry(&cell.row).or_insert_with(|| {
            rows.push(cell.row.clone());
            rows.len() - 1
        });
        *sums.entry((c, r)).or_insert(0.0) += cell.value;
    }
    let mut values: Vec<Vec<f64>> = (0..columns.len())
        .map(|c| {
            (0..rows.len())
                .map(|r| sums.get(&(c, r)).copied().unwrap_or(0.0))
                .collect()
        })
        .collect();
    // Too many rows for the palette: keep the largest overall, in their order.
    let max_rows = max_rows.max(2);
    let mut lumped = 0;
    if rows.len() > max_rows {
        let totals: Vec<f64> = (0..rows.len())
            .map(|r| values.iter().map(|c| c.get(r).copied().unwrap_or(0.0)).sum())
            .collect();
        let mut by_size: Vec<usize> = (0..rows.len()).collect();
        by_size.sort_by(|a, b| totals[*b].total_cmp(&totals[*a]));
        let mut keep: Vec<usize> = by_size[..max_rows - 1].to_vec();
        keep.sort_unstable();
        lumped = rows.len() - keep.len();
        values = values
            .iter()
            .map(|col| {
                let mut kept: Vec<f64> = keep.iter().map(|r| col[*r]).collect();
                let rest: f64 = col.iter().sum::<f64>() - kept.iter().sum::<f64>();
                kept.push(rest.max(0.0));
                kept
            })
            .collect();
        rows = keep
            .iter()
            .map(|r| rows[*r].clone())
            .chain([OTHER.to_string()])
            .collect();
    }
    let mut order: Vec<usize> = (0..columns.len())
        .filter(|c| values[*c].iter().sum::<f64>() > 0.0)
        .collect();
    if widest_first {
        let total = |c: usize| values[c].iter().sum::<f64>();
        order.sort_by(|a, b| total(*b).total_cmp(&total(*a)));
    }
    Table {
        columns: order.iter().map(|c| columns[*c].clone()).collect(),
        values: order.iter().map(|c| values[*c].clone()).collect(),
        rows,
        skipped,
        lumped,
    }
}

/// One tile: its column, its row and where it goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tile {
    /// Index of the column in [`Table::columns`].
    pub column: usize,
    /// Index of the row in [`Table::rows`].
    pub row: usize,
    /// The tile, in pixels.
    pub rect: Rect,
}

/// The columns' rectangles and the tiles inside them: columns side by side
/// across `bounds`, `gap` pixels apart, each as wide as its share of the
/// total; tiles stacked from the bottom, `gap` apart, each as tall as its
/// share of its column. With no gap, every tile's area is its share of
/// the whole. Empty tiles are left out.
pub fn layout(table: &Table, bounds: Rect, gap: f64) -> (Vec<Rect>, Vec<Tile>) {
    let totals = table.column_totals();
    let total: f64 = totals.iter().sum();
    let n = totals.len();
    if n == 0 || !(total > 0.0 && total.is_finite()) || bounds.w <= 0.0 || bounds.h <= 0.0 {
        return (Vec::new(), Vec::new());
    }
    let gap = gap.max(0.0);
    let usable_w = (bounds.w - gap * (n - 1) as f64).max(0.0);
    let mut x = bounds.x;
    let mut columns = Vec::with_capacity(n);
    let mut tiles = Vec::new();
    for (c, (col, col_total)) in table.values.iter().zip(&totals).enumerate() {
        let w = col_total / total * usable_w;
        let column = Rect {
            x,
            y: bounds.y,
            w,
            h: bounds.h,
        };
        columns.push(column);
        let parts = col.iter().filter(|v| **v > 0.0).count();
        let usable_h = (bounds.h - gap * parts.saturating_sub(1) as f64).max(0.0);
        let mut bottom = bounds.y + bounds.h;
        for (r, v) in col.iter().enumerate().filter(|(_, v)| **v > 0.0) {
            let h = v / col_total * usable_h;
            tiles.push(Tile {
                column: c,
                row: r,
                rect: Rect { x, y: bottom - h, w, h },
            });
            bottom -= h + gap;
        }
        x += w + gap;
    }
    (columns, tiles)
}

/// Draws `input` as a mosaic plot in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let marimekko = variant == Variant::Marimekko;
    let table = tabulate(&input.cells, theme.palette.len().max(2), marimekko);
    let totals = table.column_totals();
    let total: f64 = totals.iter().sum();
    if table.columns.is_empty() || !(total.is_finite() && total > 0.0) {
        return axes::draw_empty(area, theme, &input.title, "No positive counts to split");
    }
    let notes = notes(area, theme, &table, marimekko)?;
    let area = &axes::draw_footnote(area, theme, &notes.join("; "))?;
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let muted = theme.muted_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let cells = axes::text_in_cells(area, theme)?;

    let mut top = axes::draw_title(area, theme, &input.title)?;
    let color = |r: usize| {
        if table.rows.get(r).is_some_and(|n| n == OTHER) && table.lumped > 0 {
            theme.color(theme.palette.len().saturating_sub(1))
        } else {
            theme.color(r)
        }
    };
    // The legend lists the rows top to bottom, as the tiles stack.
    let legend: Vec<LegendEntry> = (0..table.rows.len())
        .rev()
        .map(|r| LegendEntry {
            label: table.rows[r].clone(),
            color: color(r),
        })
        .collect();
    // The legend's title, muted, then its keys on the same row.
    let mut legend_left = m;
    if !input.row_title.is_empty() {
        let text = axes::fit_text(area, &input.row_title, &muted, (w - 2 * m) / 3)?;
        let (tw, _) = axes::text_size(area, &text, &muted)?;
        // Level with the legend's first row (a cell row in a terminal, 1.25 lines on paper).
        let (_, th) = axes::text_size(area, "Ag", &theme.legend_style())?;
        let row_h = if cells { th } else { th * 5 / 4 };
        let at = (m, top + row_h / 2);
        area.draw(&Text::new(text, at, muted.pos(Pos::new(HPos::Left, VPos::Center))))?;
        legend_left += tw + theme.gap;
    }
    top += axes::draw_legend(area, theme, &legend, top, legend_left, w - m - legend_left)?;

    // Under the plot: the column names, a second line with their totals
    // (or shares), and the columns' title.
    let title_h = if input.column_title.is_empty() { 0 } else { lh };
    let below = 2 * lh + title_h + theme.gap / 2;
    // A percent scale up the left side for the Marimekko.
    let pct_ticks = [0.0, 25.0, 50.0, 75.0, 100.0];
    let left = if marimekko {
        m + axes::text_size(area, "100%", &label)?.0 + theme.gap
    } else {
        m
    };
    let mut bounds = Rect {
        x: f64::from(left),
        y: f64::from(top + lh / 2),
        w: f64::from(w - left - m),
        h: f64::from(h - top - lh / 2 - below - m),
    };
    if cells {
        // Whole cells: a tile's edge on a cell boundary is a clean edge, not a row of dots.
        let cw = f64::from(axes::text_size(area, "0", &label)?.0.max(1));
        bounds = snap(bounds, (cw, f64::from(lh.max(1))));
    }
    if bounds.w < 4.0 || bounds.h < 4.0 {
        return Ok(());
    }
    // In a terminal a gap must be a whole column to show.
    let gap = match (variant, cells) {
        (Variant::Marimekko, _) => 0.0,
        (Variant::Mosaic, true) => f64::from(axes::text_size(area, "0", &label)?.0),
        (Variant::Mosaic, false) => f64::from(theme.gap / 2).max(2.0),
    };
    let (columns, tiles) = layout(&table, bounds, gap);
    for t in &tiles {
        fill(area, t.rect, color(t.row))?;
    }
    if marimekko {
        // Thin cuts in the background colour between the tiles.
        for t in &tiles {
            outline(area, theme, t.rect)?;
        }
        for p in pct_ticks {
            let y = bounds.y + bounds.h * (1.0 - p / 100.0);
            area.draw(&Text::new(
                format!("{p}%"),
                (left - theme.gap, y.round() as i32),
                label.pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
    }
    draw_tile_labels(area, theme, &table, &tiles, variant, color)?;

    let y0 = (bounds.y + bounds.h).round() as i32 + theme.gap / 2;
    draw_column_labels(area, theme, &table, &columns, marimekko, y0)?;
    if !input.column_title.is_empty() {
        let text = axes::fit_text(area, &input.column_title, &muted, w - 2 * m)?;
        let centre = Pos::new(HPos::Center, VPos::Top);
        let cx = (bounds.x + bounds.w / 2.0).round() as i32;
        area.draw(&Text::new(text, (cx, y0 + 2 * lh), muted.pos(centre)))?;
    }
    Ok(())
}

/// The footnote's parts: values skipped, rows lumped, columns too narrow
/// to name.
fn notes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    table: &Table,
    marimekko: bool,
) -> DrawResult<Vec<String>, DB> {
    let mut notes = Vec::new();
    if table.skipped > 0 {
        let s = if table.skipped == 1 { "" } else { "s" };
        notes.push(format!("{} negative or missing value{s} skipped", table.skipped));
    }
    if table.lumped > 0 {
        notes.push(format!("the {} smallest categories together as {OTHER}", table.lumped));
    }
    // Columns too narrow for three letters of their name are named in the note.
    let narrow = too_narrow(area, theme, table, marimekko)?;
    match &narrow[..] {
        [] => {}
        [one] => notes.push(format!("{one} too narrow to name")),
        more => notes.push(format!("{} columns too narrow to name", more.len())),
    }
    Ok(notes)
}

/// `r` shrunk to whole cells of `(w, h)` pixels.
fn snap(r: Rect, (cw, ch): (f64, f64)) -> Rect {
    let (x0, y0) = ((r.x / cw).ceil() * cw, (r.y / ch).ceil() * ch);
    let (x1, y1) = (((r.x + r.w) / cw).floor() * cw, ((r.y + r.h) / ch).floor() * ch);
    Rect {
        x: x0,
        y: y0,
        w: (x1 - x0).max(0.0),
        h: (y1 - y0).max(0.0),
    }
}

/// The names of the columns too narrow to show three letters of their
/// name (their share of the width the plot will have, about).
fn too_narrow<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    table: &Table,
    marimekko: bool,
) -> DrawResult<Vec<String>, DB> {
    let label = theme.label_style();
    let (w, _) = axes::dims(area);
    let axis_w = if marimekko {
        axes::text_size(area, "100%", &label)?.0 + theme.gap
    } else {
        0
    };
    let plot_w = f64::from(w - 2 * theme.margin - axis_w);
    let totals = table.column_totals();
    let total: f64 = totals.iter().sum();
    let mut out = Vec::new();
    for (name, t) in table.columns.iter().zip(&totals) {
        let short: String = name.chars().take(3).collect();
        let need = if short.chars().count() < name.chars().count() {
            axes::text_size(area, &format!("{short}…"), &label)?.0
        } else {
            axes::text_size(area, name, &label)?.0
        };
        if t / total * plot_w - f64::from(theme.gap / 2) < f64::from(need) {
            out.push(name.clone());
        }
    }
    Ok(out)
}

/// Each column's name and, under it, its total (or share of the total),
/// centred under the column from row `y0`, where they fit.
fn draw_column_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    table: &Table,
    columns: &[Rect],
    shares: bool,
    y0: i32,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let muted = theme.muted_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let totals = table.column_totals();
    let total: f64 = totals.iter().sum();
    for (c, col) in columns.iter().enumerate() {
        let (Some(name), Some(t)) = (table.columns.get(c), totals.get(c)) else {
            continue;
        };
        let room = (col.w - f64::from(theme.gap / 2)).max(0.0) as i32;
        let shown = axes::fit_text(area, name, &label, room)?;
        let cx = (col.x + col.w / 2.0).round() as i32;
        let centre = Pos::new(HPos::Center, VPos::Top);
        area.draw(&Text::new(shown, (cx, y0), label.pos(centre)))?;
        let second = if shares {
            percent_label(t / total * 100.0)
        } else {
            scale::format_value(*t)
        };
        if axes::text_size(area, &second, &muted)?.0 <= room {
            area.draw(&Text::new(second, (cx, y0 + lh), muted.pos(centre)))?;
        }
    }
    Ok(())
}

/// Each tile's share of its column (and, in a mosaic, its count above it)
/// where the text fits inside the tile.
fn draw_tile_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    table: &Table,
    tiles: &[Tile],
    variant: Variant,
    color: impl Fn(usize) -> RGBColor,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let lh = f64::from(lh);
    let pad = f64::from(theme.gap) / 2.0;
    let totals = table.column_totals();
    for t in tiles {
        let (Some(col), Some(col_total)) = (table.values.get(t.column), totals.get(t.column)) else {
            continue;
        };
        let value = col.get(t.row).copied().unwrap_or(0.0);
        let share = percent_label(value / col_total * 100.0);
        let mut lines = vec![share];
        if variant == Variant::Mosaic {
            lines.insert(0, scale::format_value(value));
        }
        // As many lines as fit, the share first to go last.
        while !lines.is_empty() {
            let mut widest = 0;
            for l in &lines {
                widest = widest.max(axes::text_size(area, l, &label)?.0);
            }
            if f64::from(widest) + 2.0 * pad <= t.rect.w && lh * lines.len() as f64 + pad <= t.rect.h {
                break;
            }
            lines.remove(0);
        }
        let ink = Theme::text_on(color(t.row));
        let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
        let cx = t.rect.x + t.rect.w / 2.0;
        let top = t.rect.y + t.rect.h / 2.0 - lh * lines.len() as f64 / 2.0;
        for (k, l) in lines.into_iter().enumerate() {
            let y = top + lh * (k as f64 + 0.5);
            area.draw(&Text::new(l, (cx.round() as i32, y.round() as i32), style.clone()))?;
        }
    }
    Ok(())
}

/// "61%", "9.4%", "<0.1%": whole percents from 10% up, one decimal below.
fn percent_label(p: f64) -> String {
    if !p.is_finite() {
        String::from("-")
    } else if p >= 9.95 {
        format!("{p:.0}%")
    } else if p >= 0.05 {
        format!("{p:.1}%")
    } else {
        String::from("<0.1%")
    }
}

fn fill<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: Rect, color: RGBColor) -> DrawResult<(), DB> {
    if r.w <= 0.0 || r.h <= 0.0 {
        return Ok(());
    }
    let (x0, y0) = (r.x.round() as i32, r.y.round() as i32);
    let (x1, y1) = ((r.x + r.w).round() as i32 - 1, (r.y + r.h).round() as i32 - 1);
    area.draw(&Rectangle::new([(x0, y0), (x1.max(x0), y1.max(y0))], color.filled()))
}

/// A one-pixel border in the background colour: it keeps neighbouring tiles
/// apart, in a terminal too, where a fill has no edges of its own.
fn outline<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, theme: &Theme, r: Rect) -> DrawResult<(), DB> {
    if r.w <= 0.0 || r.h <= 0.0 {
        return Ok(());
    }
    let (x0, y0) = (r.x.round() as i32, r.y.round() as i32);
    let (x1, y1) = ((r.x + r.w).round() as i32, (r.y + r.h).round() as i32);
    area.draw(&PathElement::new(
        vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
        ShapeStyle::from(&theme.background).stroke_width(1),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(column: &str, row: &str, value: f64) -> Cell {
        Cell {
            column: column.to_string(),
            row: row.to_string(),
            value,
        }
    }

    /// The Titanic's people by class and survival (R's `Titanic`, summed).
    fn titanic() -> Vec<Cell> {
        vec![
            cell("1st", "No", 122.0),
            cell("1st", "Yes", 203.0),
            cell("2nd", "No", 167.0),
            cell("2nd", "Yes", 118.0),
            cell("3rd", "No", 528.0),
            cell("3rd", "Yes", 178.0),
            cell("Crew", "No", 673.0),
            cell("Crew", "Yes", 212.0),
        ]
    }

    const BOUNDS: Rect = Rect {
        x: 10.0,
        y: 20.0,
        w: 600.0,
        h: 400.0,
    };

    #[test]
    fn tile_areas_are_proportional_to_counts() {
        let table = tabulate(&titanic(), 8, false);
        let (columns, tiles) = layout(&table, BOUNDS, 0.0);
        assert_eq!(columns.len(), 4);
        assert_eq!(tiles.len(), 8);
        let total = 2201.0;
        for (t, c) in tiles.iter().zip(titanic()) {
            let expected = c.value / total * BOUNDS.w * BOUNDS.h;
            assert!((t.rect.w * t.rect.h - expected).abs() < 1e-6, "{c:?}: {:?}", t.rect);
        }
        // Columns tile the width: 1st class is 325 of 2201 people.
        assert!((columns[0].w - 325.0 / total * BOUNDS.w).abs() < 1e-9);
        let last = columns[3];
        assert!((last.x + last.w - (BOUNDS.x + BOUNDS.w)).abs() < 1e-9);
        // The first row sits at the bottom of its column.
        assert!((tiles[0].rect.y + tiles[0].rect.h - (BOUNDS.y + BOUNDS.h)).abs() < 1e-9);
        assert!((tiles[1].rect.y - BOUNDS.y).abs() < 1e-9);
    }

    #[test]
    fn gaps_keep_tiles_apart_and_inside() {
        let table = tabulate(&titanic(), 8, false);
        let (_, tiles) = layout(&table, BOUNDS, 4.0);
        for (i, a) in tiles.iter().enumerate() {
            let r = a.rect;
            assert!(r.x >= BOUNDS.x - 1e-9 && r.x + r.w <= BOUNDS.x + BOUNDS.w + 1e-9);
            assert!(r.y >= BOUNDS.y - 1e-9 && r.y + r.h <= BOUNDS.y + BOUNDS.h + 1e-9);
            for b in &tiles[i + 1..] {
                let s = b.rect;
                let ox = (r.x + r.w).min(s.x + s.w) - r.x.max(s.x);
                let oy = (r.y + r.h).min(s.y + s.h) - r.y.max(s.y);
                assert!(ox <= 1e-9 || oy <= 1e-9, "{r:?} overlaps {s:?}");
            }
        }
        // Within a column, tile heights keep the column's proportions.
        let (no, yes) = (tiles[0].rect.h, tiles[1].rect.h);
        assert!((no / yes - 122.0 / 203.0).abs() < 1e-9);
    }

    #[test]
    fn tabulate_sums_pairs_skips_bad_values_and_lumps_rows() {
        let cells = vec![
            cell("a", "x", 1.0),
            cell("a", "x", 2.0),
            cell("b", "y", 5.0),
            cell("b", "z", -1.0),
            cell("c", "z", f64::NAN),
            cell("c", "w", 0.5),
        ];
        let t = tabulate(&cells, 8, false);
        assert_eq!(t.columns, ["a", "b", "c"]);
        assert_eq!(t.rows, ["x", "y", "w"]);
        assert_eq!(t.values[0], [3.0, 0.0, 0.0]);
        assert_eq!(t.skipped, 2);
        // Widest first; at most 2 rows: the smallest (w) becomes Other.
        let t = tabulate(&cells, 2, true);
        assert_eq!(t.columns, ["b", "a", "c"]);
        assert_eq!(t.rows, ["y", OTHER]);
        assert_eq!(t.values[1], [0.0, 3.0]);
        assert_eq!(t.lumped, 2);
    }

    #[test]
    fn nothing_to_lay_out_gives_no_tiles() {
        let t = tabulate(&[cell("a", "x", 0.0)], 8, false);
        assert!(t.columns.is_empty());
        assert_eq!(layout(&t, BOUNDS, 0.0), (Vec::new(), Vec::new()));
        let t = tabulate(&titanic(), 8, false);
        assert!(layout(&t, Rect { w: 0.0, ..BOUNDS }, 2.0).1.is_empty());
    }

    /// Draws with `draw_one` into bitmaps from 1x1 to 320x200, fonts registered.
    fn on_canvases(draw_one: impl Fn(&DrawingArea<BitMapBackend, Shift>, &Theme)) {
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = plotters::style::register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        for (w, h) in [(1u32, 1u32), (60, 40), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            let area = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
            draw_one(&area, &Theme::light_for(w, h));
        }
    }

    #[test]
    fn drawing_degenerate_input_does_not_fail() {
        on_canvases(|area, theme| {
            for cells in [
                vec![],
                vec![cell("a", "x", f64::NAN)],
                vec![cell("a", "x", 1.0)],
                titanic(),
            ] {
                let input = Input {
                    title: "t".into(),
                    column_title: "Class".into(),
                    cells,
                    ..Input::default()
                };
                for v in Variant::ALL {
                    assert!(draw(area, &input, v, theme).is_ok(), "{v:?}");
                }
            }
        });
    }

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(percent_label(60.7), "61%");
        assert_eq!(percent_label(9.41), "9.4%");
        assert_eq!(percent_label(0.01), "<0.1%");
    }
}
