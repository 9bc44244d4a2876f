//! # Correlogram
//!
//! A correlogram shows how every pair of several numeric variables relates,
//! all at once. As a scatter-plot matrix it draws one small scatter plot per
//! pair (row variable up, column variable across) with each variable's
//! histogram on the diagonal; as a correlation matrix it boils each pair
//! down to Pearson's r, coloured from blue (-1) through grey (0) to red (+1).
//!
//! ## When to use
//! Exploring a handful of numeric variables (three to six) before choosing
//! which pairs deserve a chart of their own: which move together, which are
//! redundant, where groups separate.
//!
//! ## Caveat
//! Too many variables make it unreadable: the panels shrink with the square
//! of their number, so beyond about six show the correlation matrix, or pick
//! the variables that matter (at most eight are drawn here; the chart says
//! when some are left out). Pearson's r only measures straight-line
//! relations and is pulled around by outliers and by groups: look at the
//! scatter matrix before trusting a number (in the penguins, bill length and
//! depth look unrelated overall yet go together within every species).
//!
//! ## Variants
//! - `scatter-matrix`: a scatter plot for every pair, coloured by group,
//!   with a histogram of each variable on the diagonal (stacked by group)
//!   and the variable names along the left and bottom edges. A row's value
//!   ticks sit beside a scatter panel, never beside a histogram (whose
//!   height is a count): the top row's ticks are on the right.
//! - `correlation`: Pearson's r for every pair as a coloured cell with its
//!   value, on a diverging scale with a colour bar; all rows together,
//!   whatever their group ("n/a" where a variable has no spread).
//!
//! ## Related
//! scatter, heatmap, parallel-coordinates, density-2d
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs`, `axes.rs` and `color_bar.rs`
//! from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::color_bar::ColorBar;
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One numeric variable: its name (with unit) and one value per row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Variable {
    /// The variable's name, on the matrix's rows and columns.
    pub name: String,
    /// The variable's observations; `values[k]` of every variable belong to one row of the data.
    pub values: Vec<f64>,
}

/// The data of a correlogram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The numeric variables to correlate pairwise, in the matrix's order.
    pub variables: Vec<Variable>,
    /// The group of each row, for colour; empty for no groups.
    pub groups: Vec<String>,
}

/// The ways to draw a correlogram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `scatter-matrix`: A scatter plot for every pair, coloured by group, with a histogram of each
    /// variable on the diagonal (stacked by group) and the variable names along the left and bottom
    /// edges.
    ScatterMatrix,
    /// `correlation`: Pearson's r for every pair as a coloured cell with its value, on a diverging
    /// scale with a colour bar; all rows together, whatever their group ("n/a" where a variable has
    /// no spread).
    Correlation,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::ScatterMatrix, Variant::Correlation];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::ScatterMatrix => "scatter-matrix",
            Variant::Correlation => "correlation",
        }
    }
}

/// At most this many variables are drawn.
const MAX_VARIABLES: usize = 8;

/// Draws `input` as a correlogram in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let usable: Vec<&Variable> = input
        .variables
        .iter()
        .filter(|v| v.values.iter().any(|x| x.is_finite()))
        .collect();
    if usable.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No numeric variables to relate");
    }
    let left_out = usable.len().saturating_sub(MAX_VARIABLES);
    let vars: Vec<&Variable> = usable.into_iter().take(MAX_VARIABLES).collect();
    let note =
        (left_out > 0).then(|| format!("Only the first {MAX_VARIABLES} variables are drawn; {left_out} left out."));
    match variant {
        Variant::ScatterMatrix => draw_matrix(area, input, &vars, note.as_deref(), theme),
        Variant::Correlation => draw_correlation(area, input, &vars, note.as_deref(), theme),
    }
}

/// The groups in order of first appearance, and each row's group index.
fn group_index(groups: &[String]) -> (Vec<String>, Vec<usize>) {
    let mut names: Vec<String> = Vec::new();
    let index = groups
        .iter()
        .map(|g| {
            let g = if g.is_empty() { "(missing)" } else { g.as_str() };
            if let Some(i) = names.iter().position(|n| n == g) {
                return i;
            }
            names.push(g.to_string());
            names.len() - 1
        })
        .collect();
    (names, index)
}

/// One panel of the matrix, in pixels of the chart's area.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Panel {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

impl Panel {
    /// The pixel of a value pair, `x` across `xr`, `y` up `yr`.
    fn at(&self, x: f64, y: f64, xr: (f64, f64), yr: (f64, f64)) -> (i32, i32) {
        // Overflow-free fractions, kept near the panel: a value far outside
        // its range must not wrap the pixel arithmetic around.
        let fx = scale::fraction(x, xr.0, xr.1).clamp(-1.0, 2.0);
        let fy = scale::fraction(y, yr.0, yr.1).clamp(-1.0, 2.0);
        (
            self.x + (fx * f64::from(self.w - 1)).round() as i32,
            self.y + self.h - 1 - (fy * f64::from(self.h - 1)).round() as i32,
        )
    }
}

/// `k` x `k` panels filling `(x, y, w, h)` with `gap` pixels between them.
fn panels(k: usize, (x, y, w, h): (i32, i32, i32, i32), gap: i32) -> Vec<Vec<Panel>> {
    let n = k.max(1) as i32;
    let pw = ((w - gap * (n - 1)) / n).max(1);
    let ph = ((h - gap * (n - 1)) / n).max(1);
    (0..n)
        .map(|r| {
            (0..n)
                .map(|c| Panel {
                    x: x + c * (pw + gap),
                    y: y + r * (ph + gap),
                    w: pw,
                    h: ph,
                })
                .collect()
        })
        .collect()
}

fn draw_matrix<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    vars: &[&Variable],
    note: Option<&str>,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let muted = theme.muted_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let (group_names, group_of) = group_index(&input.groups);
    let grouped = group_names.len() > 1;

    let mut top = axes::draw_title(area, theme, &input.title)?;
    if grouped {
        let legend: Vec<LegendEntry> = group_names
            .iter()
            .enumerate()
            .map(|(i, g)| LegendEntry {
                label: g.clone(),
                color: theme.color(i),
            })
            .collect();
        top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    }
    let mut bottom = h - m;
    if let Some(note) = note {
        let text = axes::fit_text(area, note, &muted, w - 2 * m)?;
        area.draw(&Text::new(
            text,
            (m, bottom),
            muted.pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
        bottom -= line_h + theme.gap / 2;
    }
    // Names under the columns, tick labels above them.
    bottom -= 2 * line_h + theme.gap / 2;
    top += line_h / 2;

    let k = vars.len();
    let axes_of: Vec<Axis> = vars
        .iter()
        .map(|v| {
            let (lo, hi) = stats::extent(v.values.iter().copied()).unwrap_or((0.0, 1.0));
            Axis::linear(v.name.clone(), lo, hi).padded(0.06)
        })
        .collect();
    let grid_h = bottom - top;
    let gap = char_w;
    let panel_h = (grid_h - gap * (k as i32 - 1)) / k.max(1) as i32;
    let y_ticks_max = (panel_h / (line_h * 2).max(1)).clamp(1, 5) as usize;
    // Row names and tick labels decide the left edge.
    let name_max = (w / 5).max(char_w);
    let mut names = Vec::with_capacity(k);
    let mut name_w = 0;
    let mut tick_w = 0;
    for (v, axis) in vars.iter().zip(&axes_of) {
        let name = axes::fit_text(area, &v.name, &muted, name_max)?;
        name_w = name_w.max(axes::text_size(area, &name, &muted)?.0);
        names.push(name);
        for (_, t) in axis.tick_labels(y_ticks_max) {
            tick_w = tick_w.max(axes::text_size(area, &t, &label)?.0);
        }
    }
    let left = m + name_w + theme.gap + tick_w + theme.gap / 2;
    // The top row's ticks go right of the matrix (see `tick_side`).
    let mut right_w = 0;
    if let (Some(first), TickSide::Right) = (axes_of.first(), tick_side(0, k)) {
        for (_, t) in first.tick_labels(y_ticks_max) {
            right_w = right_w.max(axes::text_size(area, &t, &label)?.0 + theme.gap / 2);
        }
    }
    let grid_w = w - left - m - right_w;
    if grid_w < k as i32 * 2 || grid_h < k as i32 * 2 {
        return Ok(());
    }
    let grid = panels(k, (left, top, grid_w, grid_h), gap);

    for (r, row) in grid.iter().enumerate() {
        for (c, panel) in row.iter().enumerate() {
            let (Some(ax), Some(ay), Some(vx), Some(vy)) = (axes_of.get(c), axes_of.get(r), vars.get(c), vars.get(r))
            else {
                continue;
            };
            let frame = ShapeStyle::from(&theme.grid).stroke_width(1);
            area.draw(&Rectangle::new(
                [(panel.x, panel.y), (panel.x + panel.w - 1, panel.y + panel.h - 1)],
                frame,
            ))?;
            if r == c {
                draw_histogram(area, panel, &vx.values, ax, &group_of, group_names.len(), theme)?;
            } else {
                draw_points(area, panel, (&vx.values, ax), (&vy.values, ay), &group_of, theme)?;
            }
        }
    }

    let edges = Edges {
        names: &names,
        axes: &axes_of,
        y_ticks_max,
        left,
        ticks_y: top + grid_h + theme.gap / 2,
    };
    draw_edges(area, &grid, vars, &edges, theme)
}

/// Where row `r` of `k` shows its value ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TickSide {
    Left,
    Right,
    None,
}

/// A row's ticks go beside its first scatter panel: on the left, except
/// for the top row, whose first panel is the diagonal histogram (its
/// height is a count, not the row's variable), so its ticks go on the
/// right, beside its last panel. A lone variable has no scatter panel.
fn tick_side(r: usize, k: usize) -> TickSide {
    match (r, k) {
        (_, 0 | 1) => TickSide::None,
        (0, _) => TickSide::Right,
        _ => TickSide::Left,
    }
}

/// What the labels along the matrix's edges need.
struct Edges<'a> {
    /// Row names, already fitted.
    names: &'a [String],
    axes: &'a [Axis],
    y_ticks_max: usize,
    /// The pixel column the y tick labels end at.
    left: i32,
    /// The pixel row the x tick labels start at.
    ticks_y: i32,
}

/// Row names and y tick labels at the left; tick labels and column names
/// below. Tick labels too close to a panel's edge are left out, so they
/// never run into the next panel's.
fn draw_edges<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    grid: &[Vec<Panel>],
    vars: &[&Variable],
    edges: &Edges,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let muted = theme.muted_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    for (r, (name, axis)) in edges.names.iter().zip(edges.axes).enumerate() {
        let Some(panel) = grid.get(r).and_then(|row| row.first()) else {
            continue;
        };
        let style = muted.pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(name.clone(), (theme.margin, panel.y + panel.h / 2), style))?;
        let (x, anchor) = match tick_side(r, grid.len()) {
            TickSide::None => continue,
            TickSide::Left => (edges.left - theme.gap / 2, HPos::Right),
            TickSide::Right => match grid.get(r).and_then(|row| row.last()) {
                Some(last) => (last.x + last.w + theme.gap / 2, HPos::Left),
                None => continue,
            },
        };
        for (v, t) in axis.tick_labels(edges.y_ticks_max) {
            let (_, py) = panel.at(axis.min, v, (axis.min, axis.max), (axis.min, axis.max));
            if py - panel.y < line_h / 2 || panel.y + panel.h - py < line_h / 2 {
                continue;
            }
            area.draw(&Text::new(t, (x, py), label.pos(Pos::new(anchor, VPos::Center))))?;
        }
    }
    for (c, (v, axis)) in vars.iter().zip(edges.axes).enumerate() {
        let Some(panel) = grid.last().and_then(|row| row.get(c)) else {
            continue;
        };
        let x_ticks_max = (panel.w / (char_w * 5).max(1)).clamp(2, 5) as usize;
        for (value, t) in axis.tick_labels(x_ticks_max) {
            let (px, _) = panel.at(value, axis.min, (axis.min, axis.max), (axis.min, axis.max));
            let half = axes::text_size(area, &t, &label)?.0 / 2;
            if px - panel.x < half || panel.x + panel.w - px < half {
                continue;
            }
            let style = label.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(t, (px, edges.ticks_y), style))?;
        }
        let name = axes::fit_text(area, &v.name, &muted, panel.w)?;
        let style = muted.pos(Pos::new(HPos::Center, VPos::Top));
        area.draw(&Text::new(name, (panel.x + panel.w / 2, edges.ticks_y + line_h), style))?;
    }
    Ok(())
}

/// One scatter panel: `x` across, `y` up, coloured by group.
fn draw_points<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    panel: &Panel,
    (xs, ax): (&[f64], &Axis),
    (ys, ay): (&[f64], &Axis),
    group_of: &[usize],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let radius = ((theme.point_radius * 3).div_ceil(5)).max(1);
    for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
        if !(x.is_finite() && y.is_finite()) {
            continue;
        }
        let color = theme.color(group_of.get(i).copied().unwrap_or(0));
        let p = panel.at(*x, *y, (ax.min, ax.max), (ay.min, ay.max));
        area.draw(&Circle::new(p, radius as i32, color.mix(0.7).filled()))?;
    }
    Ok(())
}

/// The diagonal: a histogram of one variable, stacked by group.
fn draw_histogram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    panel: &Panel,
    values: &[f64],
    axis: &Axis,
    group_of: &[usize],
    n_groups: usize,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let Some((lo, hi)) = stats::extent(values.iter().copied()) else {
        return Ok(());
    };
    let width = stats::auto_bin_width(values);
    let stacks = stacked_counts(values, group_of, n_groups.max(1), lo, hi, width);
    let tallest = stacks
        .iter()
        .map(|(_, _, s)| s.last().copied().unwrap_or(0))
        .max()
        .unwrap_or(0);
    if tallest == 0 {
        return Ok(());
    }
    let yr = (0.0, tallest as f64 * 1.08);
    let xr = (axis.min, axis.max);
    for (a, b, tops) in &stacks {
        let mut below = 0;
        for (g, top) in tops.iter().enumerate() {
            if *top > below {
                let p0 = panel.at(*a, below as f64, xr, yr);
                let p1 = panel.at(*b, *top as f64, xr, yr);
                area.draw(&Rectangle::new([p0, p1], theme.color(g).filled()))?;
            }
            below = *top;
        }
        // A thin gap between bars, in the background colour.
        let p0 = panel.at(*a, 0.0, xr, yr);
        let p1 = panel.at(*a, below as f64, xr, yr);
        area.draw(&PathElement::new(vec![p0, p1], theme.background))?;
    }
    Ok(())
}

/// Per bin of width `width` over `[lo, hi]`: its edges and the running
/// total of counts group by group (the top of each group's segment).
fn stacked_counts(
    values: &[f64],
    group_of: &[usize],
    n_groups: usize,
    lo: f64,
    hi: f64,
    width: f64,
) -> Vec<(f64, f64, Vec<usize>)> {
    let per_group: Vec<stats::Bins> = (0..n_groups)
        .map(|g| {
            let mine: Vec<f64> = values
                .iter()
                .enumerate()
                .filter(|(i, _)| group_of.get(*i).copied().unwrap_or(0) == g)
                .map(|(_, v)| *v)
                .collect();
            stats::bin(&mine, lo, hi, width)
        })
        .collect();
    let Some(first) = per_group.first() else {
        return Vec::new();
    };
    first
        .edges
        .windows(2)
        .enumerate()
        .map(|(k, e)| {
            let mut total = 0;
            let tops = per_group
                .iter()
                .map(|b| {
                    total += b.counts.get(k).copied().unwrap_or(0);
                    total
                })
                .collect();
            (e[0], e[1], tops)
        })
        .collect()
}

/// Pearson's r for every pair of variables (1 on the diagonal when the
/// variable has spread); None where it is undefined.
fn correlations(vars: &[&Variable]) -> Vec<Vec<Option<f64>>> {
    vars.iter()
        .map(|a| vars.iter().map(|b| stats::pearson(&a.values, &b.values)).collect())
        .collect()
}

fn draw_correlation<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    vars: &[&Variable],
    note: Option<&str>,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let names: Vec<String> = vars.iter().map(|v| v.name.clone()).collect();
    let k = names.len();
    let x = Axis::categories("", names.clone());
    let y = Axis::categories("", names.into_iter().rev().collect());
    let bar = ColorBar::new("Pearson's r", -1.0, 1.0);
    let chart = axes::draw_footnote(area, theme, note.unwrap_or_default())?;
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(bar.width(area, theme)?)
        .draw(&chart, theme)?;
    let (pw, ph) = axes::dims(&plot);
    let (cell_w, cell_h) = (pw / k.max(1) as i32, ph / k.max(1) as i32);
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let fits = axes::text_size(area, "-0.00", &label)?.0 + char_w <= cell_w && line_h <= cell_h;
    for (r, row) in correlations(vars).iter().enumerate() {
        let yc = (k - 1 - r) as f64;
        for (c, value) in row.iter().enumerate() {
            let xc = c as f64;
            // r is undefined for a variable without spread: a grey cell, "n/a".
            let fill = value.map_or(theme.grid, |v| theme.diverging(v));
            plot.draw(&Rectangle::new(
                [(xc - 0.5, yc - 0.5), (xc + 0.5, yc + 0.5)],
                fill.filled(),
            ))?;
            // Thin lines in the background colour part the cells.
            plot.draw(&Rectangle::new(
                [(xc - 0.5, yc - 0.5), (xc + 0.5, yc + 0.5)],
                ShapeStyle::from(&theme.background).stroke_width(1),
            ))?;
            if fits {
                let ink = Theme::text_on(fill);
                let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                let text = value.map_or_else(|| String::from("n/a"), format_r);
                plot.draw(&Text::new(text, (xc, yc), style))?;
            }
        }
    }
    bar.draw_beside(area, &plot, theme, |t| theme.diverging(2.0 * t - 1.0))
}

/// r with two decimals, never "-0.00".
fn format_r(r: f64) -> String {
    let text = format!("{r:.2}");
    if text == "-0.00" {
        String::from("0.00")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panels_tile_the_grid_without_overlap() {
        let grid = panels(3, (10, 20, 300, 200), 6);
        assert_eq!(grid.len(), 3);
        let p = grid[1][2];
        assert_eq!((p.w, p.h), (96, 62));
        assert_eq!((p.x, p.y), (10 + 2 * 102, 20 + 68));
        let last = grid[2][2];
        assert!(last.x + last.w <= 310 && last.y + last.h <= 220);
    }

    #[test]
    fn value_ticks_never_label_a_histogram() {
        for k in 0..6 {
            for r in 0..k {
                // The panel column the ticks sit beside.
                let beside = match tick_side(r, k) {
                    TickSide::Left => 0,
                    TickSide::Right => k - 1,
                    TickSide::None => continue,
                };
                assert_ne!(beside, r, "row {r} of {k}: ticks beside the diagonal");
            }
        }
        assert_eq!(tick_side(0, 1), TickSide::None);
        assert_eq!(tick_side(0, 4), TickSide::Right);
        assert_eq!(tick_side(3, 4), TickSide::Left);
    }

    #[test]
    fn panel_mapping_puts_low_values_bottom_left() {
        let p = Panel {
            x: 10,
            y: 10,
            w: 101,
            h: 51,
        };
        assert_eq!(p.at(0.0, 0.0, (0.0, 1.0), (0.0, 1.0)), (10, 60));
        assert_eq!(p.at(1.0, 1.0, (0.0, 1.0), (0.0, 1.0)), (110, 10));
        // Far outside the range, or across all of f64: near the panel, no overflow.
        let (x, y) = p.at(1e308, -1e308, (0.0, 1e-300), (-5e-324, 5e-324));
        assert!((0..=300).contains(&x) && (0..=200).contains(&y), "{x},{y}");
        let (x, _) = p.at(0.0, 0.0, (-f64::MAX, f64::MAX), (0.0, 1.0));
        assert_eq!(x, 60);
    }

    #[test]
    fn stacks_add_up_group_by_group() {
        let values = [1.0, 1.5, 2.5, 1.2];
        let groups = [0, 1, 1, 1];
        let stacks = stacked_counts(&values, &groups, 2, 1.0, 2.5, 1.0);
        assert_eq!(stacks.len(), 2);
        assert_eq!(stacks[0].2, vec![1, 3], "bin [1, 2): one of group 0, two of group 1");
        assert_eq!(stacks[1].2, vec![0, 1]);
    }

    #[test]
    fn groups_are_indexed_in_order_of_appearance() {
        let g: Vec<String> = ["b", "a", "b", ""].iter().map(ToString::to_string).collect();
        let (names, index) = group_index(&g);
        assert_eq!(names, vec!["b", "a", "(missing)"]);
        assert_eq!(index, vec![0, 1, 0, 2]);
    }

    #[test]
    fn correlations_are_symmetric_with_ones_on_the_diagonal() {
        let a = Variable {
            name: "a".into(),
            values: vec![1.0, 2.0, 3.0, 4.0],
        };
        let b = Variable {
            name: "b".into(),
            values: vec![2.0, 1.0, 4.0, 3.0],
        };
        let flat = Variable {
            name: "c".into(),
            values: vec![5.0; 4],
        };
        let r = correlations(&[&a, &b, &flat]);
        assert!((r[0][0].unwrap_or(0.0) - 1.0).abs() < 1e-12);
        assert_eq!(r[0][1], r[1][0]);
        assert_eq!(r[2][2], None, "no spread, no r");
        assert_eq!(format_r(-0.001), "0.00");
        assert_eq!(format_r(-0.456), "-0.46");
    }
}
