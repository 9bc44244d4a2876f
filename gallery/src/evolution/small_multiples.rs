//! # Small multiples
//!
//! Small multiples draw one small chart per group, all on the same axes,
//! in a grid read like text: the eye compares shapes across panels without
//! untangling crossing lines. Each panel is titled with its group; the
//! shared axes are labelled once, at the left column and the bottom row.
//! How many panels fit depends on the canvas: fewer columns on a narrow
//! one, and past what fits, the first groups only (a note says how many
//! were left out).
//!
//! The `columns` parameter (`Input::columns`) sets the panels per row
//! where they still fit.
//!
//! ## When to use
//! A value over time for more groups than one chart can hold (five to
//! twenty): unemployment by industry, life expectancy by country. The
//! shared scale makes levels comparable; the repeated shape makes trends
//! comparable.
//!
//! ## Caveat
//! Shared axes are the point: a panel with its own scale invites false
//! comparisons. Small panels hide detail, and the order of the panels
//! matters (alphabetical hides the story; order them by size or trend).
//!
//! ## Variants
//! - `lines` (default): in each panel its group's line in colour over all
//!   the other groups in grey, so each one stands against the rest.
//! - `areas`: each panel an area chart of its group alone, from zero.
//!
//! ## Related
//! line, area, stacked-area, streamgraph
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One group's points, in any order: `x[k]` pairs with `y[k]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The group's name: its panel's title.
    pub name: String,
    /// The x of each point, in the x variable's unit (days since 1970-01-01 for dates).
    pub x: Vec<f64>,
    /// The y of each point, `y[k]` with `x[k]`; NaN breaks the line.
    pub y: Vec<f64>,
}

/// The data of small multiples, with the titles that label them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the shared x axis.
    pub x_title: String,
    /// The y variable and its unit, which titles the shared y axis.
    pub y_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// One panel per series, in this order.
    pub series: Vec<Series>,
    /// Panels per row, when every panel still gets its minimum size at
    /// that width (`None`: the columns that give panels the best shape).
    pub columns: Option<usize>,
}

/// The ways to draw small multiples, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `lines`: In each panel its group's line in colour over all the other groups in grey.
    Lines,
    /// `areas`: Each panel an area chart of its group alone, from zero.
    Areas,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Lines, Variant::Areas];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Lines => "lines",
            Variant::Areas => "areas",
        }
    }
}

/// How the panels are laid out: `columns` x `rows`, `shown` of them drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Panels per row.
    pub columns: usize,
    /// Rows of panels.
    pub rows: usize,
    /// How many panels are drawn (the first ones).
    pub shown: usize,
}

/// The grid for `n` panels in `width` x `height` pixels, each at least
/// `min` (width, height): every panel if they fit, in the columns that
/// make panels closest to `aspect` (width over height); else as many as
/// fit. `None` when not even one fits.
pub fn grid(n: usize, (width, height): (f64, f64), min: (f64, f64), aspect: f64) -> Option<Grid> {
    if n == 0 || !(min.0 > 0.0 && min.1 > 0.0) || width < min.0 || height < min.1 {
        return None;
    }
    let max_cols = ((width / min.0).floor() as usize).max(1);
    let max_rows = ((height / min.1).floor() as usize).max(1);
    if max_cols * max_rows < n {
        // Not all fit: fill the grid that holds the most.
        let shown = max_cols * max_rows;
        let columns = max_cols.min(shown);
        return Some(Grid {
            columns,
            rows: shown.div_ceil(columns),
            shown,
        });
    }
    let badness = |c: usize| {
        let rows = n.div_ceil(c);
        let (w, h) = (width / c as f64, height / rows as f64);
        // Panels near the wanted shape, with few empty slots.
        let shape = ((w / h) / aspect).ln().abs();
        shape + 0.1 * (c * rows - n) as f64
    };
    let columns = (1..=max_cols.min(n))
        .filter(|c| n.div_ceil(*c) <= max_rows)
        .min_by(|a, b| badness(*a).total_cmp(&badness(*b)))?;
    Some(Grid {
        columns,
        rows: n.div_ceil(columns),
        shown: n,
    })
}

/// `g` with `columns` panels per row instead, when it shows all `n`
/// panels and they still get their `min` size in `room`; else `g`.
fn with_columns(g: Grid, n: usize, room: (f64, f64), min: (f64, f64), columns: Option<usize>) -> Grid {
    let Some(columns) = columns.map(|c| c.clamp(1, n.max(1))) else {
        return g;
    };
    let rows = n.div_ceil(columns);
    let fits = room.0 / columns as f64 >= min.0 && room.1 / rows as f64 >= min.1;
    if fits && g.shown == n {
        Grid {
            columns,
            rows,
            shown: g.shown,
        }
    } else {
        g
    }
}

/// A series' unbroken runs of points.
type Runs = Vec<Vec<(f64, f64)>>;

/// A series' points sorted by x, cut into unbroken runs where y is missing.
fn runs(s: &Series) -> Runs {
    let mut points: Vec<(f64, f64)> =
        s.x.iter()
            .zip(&s.y)
            .filter(|(x, _)| x.is_finite())
            .map(|(x, y)| (*x, *y))
            .collect();
    if !points.is_sorted_by(|a, b| a.0 <= b.0) {
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    points
        .split(|(_, y)| !y.is_finite())
        .filter(|r| !r.is_empty())
        .map(<[(f64, f64)]>::to_vec)
        .collect()
}

/// The extent of finite values, if there are any.
fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.filter(|v| v.is_finite()).fold(None, |e, v| {
        Some(e.map_or((v, v), |(lo, hi): (f64, f64)| (lo.min(v), hi.max(v))))
    })
}

/// A panel's plot in pixels and the shared axes' ranges: maps data to pixels.
#[derive(Clone, Copy, Debug)]
struct Panel {
    left: f64,
    top: f64,
    w: f64,
    h: f64,
    x: (f64, f64),
    y: (f64, f64),
}

impl Panel {
    fn px(&self, (x, y): (f64, f64)) -> (i32, i32) {
        let fx = if self.x.1 > self.x.0 {
            (x - self.x.0) / (self.x.1 - self.x.0)
        } else {
            0.5
        };
        let fy = if self.y.1 > self.y.0 {
            (y - self.y.0) / (self.y.1 - self.y.0)
        } else {
            0.5
        };
        let px = self.left + fx.clamp(0.0, 1.0) * self.w;
        let py = self.top + (1.0 - fy.clamp(0.0, 1.0)) * self.h;
        (px.round() as i32, py.round() as i32)
    }

    /// A run in pixels, repeated pixels dropped.
    fn pixels(&self, run: &[(f64, f64)]) -> Vec<(i32, i32)> {
        let mut out: Vec<(i32, i32)> = Vec::with_capacity(run.len().min(4096));
        for p in run {
            let q = self.px(*p);
            if out.last() != Some(&q) {
                out.push(q);
            }
        }
        out
    }
}

/// Draws `input` as small multiples in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let all: Vec<(&Series, Runs)> = input
        .series
        .iter()
        .map(|s| (s, runs(s)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    let points = || all.iter().flat_map(|(_, r)| r.iter().flatten());
    let (Some((x0, x1)), Some((y0, y1))) = (extent(points().map(|p| p.0)), extent(points().map(|p| p.1))) else {
        return axes::draw_empty(area, theme, &input.title, "No points with numeric x and y");
    };
    let x_axis = if input.x_is_date {
        Axis::date(&input.x_title, x0, x1)
    } else {
        Axis::linear(&input.x_title, x0, x1)
    };
    let y_axis = match variant {
        Variant::Areas if y0 >= 0.0 => Axis::zero_based(&input.y_title, y1),
        Variant::Areas => Axis::linear(&input.y_title, y0.min(0.0), y1.max(0.0)).nice(),
        Variant::Lines => Axis::linear(&input.y_title, y0, y1).nice(),
    };

    let label = theme.label_style();
    let muted = theme.muted_style();
    let (char_w, lh) = axes::text_size(area, "0", &label)?;
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let cells = axes::text_in_cells(area, theme)?;

    let mut top = axes::draw_title(area, theme, &input.title)?;
    // The shared y title, across, once, above the grid.
    if !input.y_title.is_empty() {
        let text = axes::fit_text(area, &input.y_title, &muted, w - 2 * m)?;
        area.draw(&Text::new(text, (m, top), muted.pos(Pos::new(HPos::Left, VPos::Top))))?;
        top += lh + theme.gap / 2;
    }
    let y_ticks_wanted = 3;
    let y_ticks = y_axis.tick_labels(y_ticks_wanted);
    let mut y_label_w = 0;
    for (_, t) in &y_ticks {
        y_label_w = y_label_w.max(axes::text_size(area, t, &label)?.0);
    }
    let x_title_h = if input.x_title.is_empty() { 0 } else { lh };
    // Left: y tick labels; bottom: x tick labels and the x title.
    let left = m + y_label_w + theme.gap;
    let bottom_at = |floor: i32| floor - m / 2 - lh - x_title_h;
    // Each panel: a title row, a plot, and a gap (room for x labels inside the grid).
    let gap_x = if cells { 2 * char_w } else { 2 * theme.gap };
    let gap_y = lh / 2;
    let title_h = lh;
    let min_panel = (f64::from(12 * char_w + gap_x), f64::from(title_h + 3 * lh + gap_y));
    let aspect = if cells { 2.0 } else { 1.6 };
    let room_above = |floor: i32| {
        (
            f64::from(w - left - m + gap_x),
            f64::from(bottom_at(floor) - top + gap_y),
        )
    };
    let mut room = room_above(h);
    let mut layout = grid(all.len(), room, min_panel, aspect);
    if layout.is_some_and(|g| g.shown < all.len()) {
        // Groups left out: the note takes the last row, and the grid is laid again above it.
        let (_, foot_floor) = axes::dims(&axes::footnote_room(area, theme)?);
        room = room_above(foot_floor);
        layout = grid(all.len(), room, min_panel, aspect);
    }
    let Some(g) = layout.map(|g| with_columns(g, all.len(), room, min_panel, input.columns)) else {
        return axes::draw_empty(area, theme, &input.title, "Too small a canvas for even one panel");
    };
    let panel_w = room.0 / g.columns as f64;
    let panel_h = room.1 / g.rows as f64;
    let hidden = all.len() - g.shown;
    let x_ticks_max = ((panel_w - f64::from(gap_x)) / f64::from(char_w * 7))
        .floor()
        .clamp(2.0, 6.0) as usize;
    let x_ticks = x_axis.tick_labels(x_ticks_max);

    let shared = Shared {
        all: &all,
        x_ticks: &x_ticks,
        y_ticks: &y_ticks,
        x: (x_axis.min, x_axis.max),
        y: (y_axis.min, y_axis.max),
        variant,
        cells,
        left,
    };
    for k in 0..g.shown {
        let (col, row) = (k % g.columns, k / g.columns);
        let px0 = f64::from(left) + col as f64 * panel_w;
        let py0 = f64::from(top) + row as f64 * panel_h;
        let panel = Panel {
            left: px0,
            top: py0 + f64::from(title_h),
            w: (panel_w - f64::from(gap_x)).max(1.0),
            h: (panel_h - f64::from(title_h + gap_y)).max(1.0),
            x: shared.x,
            y: shared.y,
        };
        draw_panel(area, theme, &shared, k, &panel, (col == 0, k + g.columns >= g.shown))?;
    }
    let grid_bottom = (f64::from(top) + panel_h * g.rows as f64).round() as i32 - gap_y;
    let x_title_at = (
        (f64::from(left) + room.0 / 2.0).round() as i32,
        grid_bottom + lh + theme.gap / 4,
    );
    draw_x_title_and_note(area, theme, &input.x_title, x_title_at, w - left - m, (hidden, g.shown))
}

/// The shared x axis's title, centred at `at` within `max_w` pixels, and
/// the note that says how many groups were left out (`hidden` of them,
/// the first `shown` drawn).
fn draw_x_title_and_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title: &str,
    at: (i32, i32),
    max_w: i32,
    (hidden, shown): (usize, usize),
) -> DrawResult<(), DB> {
    let muted = theme.muted_style();
    if !title.is_empty() {
        let text = axes::fit_text(area, title, &muted, max_w)?;
        area.draw(&Text::new(text, at, muted.pos(Pos::new(HPos::Center, VPos::Top))))?;
    }
    if hidden > 0 {
        let s = if hidden == 1 { "" } else { "s" };
        let note = format!("{hidden} more group{s} not shown: the first {shown} fit this canvas");
        axes::draw_footnote(area, theme, &note)?;
    }
    Ok(())
}

/// What every panel shares: the series, the axes' ticks and ranges, the
/// variant, and the left edge of the grid.
struct Shared<'a> {
    all: &'a [(&'a Series, Runs)],
    x_ticks: &'a [(f64, String)],
    y_ticks: &'a [(f64, String)],
    x: (f64, f64),
    y: (f64, f64),
    variant: Variant,
    cells: bool,
    left: i32,
}

/// Panel `k`: its title, grid and data, with the shared y labels when it is
/// in the `first_column` and the x labels when it is at the
/// `bottom_of_column`.
fn draw_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    shared: &Shared,
    k: usize,
    panel: &Panel,
    (first_column, bottom_of_column): (bool, bool),
) -> DrawResult<(), DB> {
    let Some((s, runs_k)) = shared.all.get(k) else {
        return Ok(());
    };
    let label = theme.label_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let grey = blend(theme.grid, theme.muted, 0.5);
    let color = theme.color(0);
    let (px0, py0) = (panel.left, panel.top - f64::from(lh));
    // The panel's title, its group.
    let name = axes::fit_text(area, &s.name, &label, panel.w as i32)?;
    area.draw(&Text::new(
        name,
        (px0.round() as i32, py0.round() as i32),
        label.pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    draw_grid(area, theme, panel, shared.x_ticks, shared.y_ticks)?;
    match shared.variant {
        Variant::Lines => {
            // In a terminal the others are drawn in the grid's colour: they
            // then stay behind the group's own line in every cell they share
            // (a cell shows one colour of dots, and a dozen grey lines
            // outnumber one coloured line).
            let others = if shared.cells { theme.grid } else { grey };
            let thin = ShapeStyle::from(&others).stroke_width(1);
            for (j, (_, other)) in shared.all.iter().enumerate() {
                if j == k {
                    continue;
                }
                for run in other {
                    area.draw(&PathElement::new(panel.pixels(run), thin))?;
                }
            }
            let own = ShapeStyle::from(&color).stroke_width(theme.line_width.max(1));
            for run in runs_k {
                draw_run(area, panel, run, own)?;
            }
        }
        Variant::Areas => {
            let base = 0f64.clamp(shared.y.0, shared.y.1);
            for run in runs_k {
                let mut outline = panel.pixels(run);
                if let (Some(first), Some(last)) = (run.first(), run.last()) {
                    outline.push(panel.px((last.0, base)));
                    outline.push(panel.px((first.0, base)));
                }
                area.draw(&Polygon::new(
                    outline,
                    // A tint, opaque (a terminal drops see-through fills), so the line reads on it.
                    blend(theme.background, color, 0.45).filled(),
                ))?;
                draw_run(
                    area,
                    panel,
                    run,
                    ShapeStyle::from(&color).stroke_width(theme.line_width.max(1)),
                )?;
            }
        }
    }
    // Shared axes, labelled once: y at the left column, x under the
    // panels that have none below them.
    if first_column {
        for (v, t) in shared.y_ticks {
            let (_, y) = panel.px((shared.x.0, *v));
            area.draw(&Text::new(
                t.clone(),
                (shared.left - theme.gap, y),
                label.pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
    }
    if bottom_of_column {
        let y = (panel.top + panel.h).round() as i32 + theme.gap / 4;
        for (v, t) in shared.x_ticks {
            let (x, _) = panel.px((*v, shared.y.0));
            // Kept within the panel, so neighbours' end labels never meet.
            let (tw, _) = axes::text_size(area, t, &label)?;
            let (lo, hi) = (panel.left.round() as i32, (panel.left + panel.w).round() as i32);
            let x = (x - tw / 2).clamp(lo, (hi - tw).max(lo));
            area.draw(&Text::new(
                t.clone(),
                (x, y),
                label.pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
    }
    Ok(())
}

/// A run as a line, or a dot when it is a lone point.
fn draw_run<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    panel: &Panel,
    run: &[(f64, f64)],
    style: ShapeStyle,
) -> DrawResult<(), DB> {
    let pixels = panel.pixels(run);
    if let [only] = pixels[..] {
        return area.draw(&Circle::new(only, style.stroke_width + 1, style.color.filled()));
    }
    area.draw(&PathElement::new(pixels, style))
}

/// Light grid lines at the shared ticks and the panel's base line.
fn draw_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    panel: &Panel,
    x_ticks: &[(f64, String)],
    y_ticks: &[(f64, String)],
) -> DrawResult<(), DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
    for (v, _) in y_ticks {
        let (a, b) = (panel.px((panel.x.0, *v)), panel.px((panel.x.1, *v)));
        area.draw(&PathElement::new(vec![a, b], grid))?;
    }
    for (v, _) in x_ticks {
        let (a, b) = (panel.px((*v, panel.y.0)), panel.px((*v, panel.y.1)));
        area.draw(&PathElement::new(vec![a, b], grid))?;
    }
    let base = (panel.px((panel.x.0, panel.y.0)), panel.px((panel.x.1, panel.y.0)));
    area.draw(&PathElement::new(
        vec![base.0, base.1],
        ShapeStyle::from(&theme.axis).stroke_width(1),
    ))
}

/// `a` moved towards `b` by `t` (0..=1).
fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_fits_when_there_is_room_with_panels_near_the_wanted_shape() {
        // 14 panels on a 1200 x 700 canvas, panels at least 150 x 100.
        let g = grid(14, (1200.0, 700.0), (150.0, 100.0), 1.6).expect("a grid");
        let two = with_columns(g, 14, (1200.0, 700.0), (150.0, 100.0), Some(2));
        assert_eq!(
            (two.columns, two.rows, two.shown),
            (2, 7, 14),
            "seven rows of 100 fit in 700"
        );
        let one = with_columns(g, 14, (1200.0, 700.0), (150.0, 100.0), Some(1));
        assert_eq!(one, g, "14 rows do not fit: the chart's own grid");
        assert_eq!(g.shown, 14);
        assert!(g.columns * g.rows >= 14);
        assert_eq!((g.columns, g.rows), (4, 4));
        // A wide strip puts them in one or two rows.
        let g = grid(4, (2000.0, 300.0), (150.0, 100.0), 1.6).expect("a grid");
        assert_eq!((g.columns, g.rows), (4, 1));
    }

    #[test]
    fn a_small_canvas_gets_fewer_columns_and_the_first_panels() {
        // An 80 x 24 terminal: about 70 x 18 cells for the grid.
        let g = grid(14, (560.0, 288.0), (112.0, 72.0), 2.0).expect("a grid");
        assert!(g.columns <= 5, "{g:?}");
        assert_eq!(g.shown, 14, "5 x 4 slots hold them all");
        let g = grid(14, (300.0, 150.0), (112.0, 72.0), 2.0).expect("a grid");
        assert_eq!(
            g,
            Grid {
                columns: 2,
                rows: 2,
                shown: 4
            }
        );
        assert_eq!(grid(14, (100.0, 50.0), (112.0, 72.0), 2.0), None);
        assert_eq!(grid(0, (1000.0, 1000.0), (112.0, 72.0), 2.0), None);
    }

    #[test]
    fn runs_are_sorted_and_broken_by_missing_values() {
        let s = Series {
            name: String::new(),
            x: vec![3.0, 1.0, 2.0, 4.0, f64::NAN],
            y: vec![30.0, 10.0, f64::NAN, 40.0, 5.0],
        };
        assert_eq!(runs(&s), vec![vec![(1.0, 10.0)], vec![(3.0, 30.0), (4.0, 40.0)]]);
    }

    #[test]
    fn panels_map_the_shared_ranges_to_their_own_pixels() {
        let p = Panel {
            left: 100.0,
            top: 50.0,
            w: 200.0,
            h: 100.0,
            x: (0.0, 10.0),
            y: (0.0, 5.0),
        };
        assert_eq!(p.px((0.0, 0.0)), (100, 150));
        assert_eq!(p.px((10.0, 5.0)), (300, 50));
        assert_eq!(p.px((5.0, 2.5)), (200, 100));
        assert_eq!(
            p.pixels(&[(0.0, 0.0), (0.001, 0.0), (10.0, 5.0)]),
            vec![(100, 150), (300, 50)]
        );
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
        let s = |name: &str, x: Vec<f64>, y: Vec<f64>| Series {
            name: name.to_string(),
            x,
            y,
        };
        let many: Vec<Series> = (0..30)
            .map(|k| s(&format!("g{k}"), vec![0.0, 1.0, 2.0], vec![f64::from(k), 1.0, -2.0]))
            .collect();
        on_canvases(|area, theme| {
            for series in [
                vec![],
                vec![s("nan", vec![f64::NAN], vec![1.0])],
                vec![s("one", vec![1.0], vec![1.0])],
                vec![s("flat", vec![1.0, 2.0], vec![3.0, 3.0])],
                vec![s("huge", vec![-1e300, 1e300], vec![f64::MAX, -f64::MAX])],
                many.clone(),
            ] {
                let input = Input {
                    title: "t".into(),
                    y_title: "y".into(),
                    x_title: "x".into(),
                    series,
                    ..Input::default()
                };
                for v in Variant::ALL {
                    assert!(draw(area, &input, v, theme).is_ok(), "{v:?}");
                }
            }
        });
    }
}
