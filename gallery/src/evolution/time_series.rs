//! # Time series
//!
//! A time series follows one value day after day along the calendar. Two
//! views of the same days: a line over a date axis, with a rolling mean
//! that brings out the seasons through the day-to-day noise, and a
//! calendar heatmap that lays every day out in its week, one block per
//! year, so the yearly cycle, single odd days and weekday patterns all show
//! at once. Several values on one day are averaged; a missing stretch
//! breaks the line instead of being bridged.
//!
//! ## When to use
//! A long run of daily (or finer, averaged per day) measurements: weather,
//! sales, visits, sensor readings; when the calendar itself (seasons,
//! weekends, holidays) may explain the pattern.
//!
//! ## Caveat
//! Seasonality and smoothing can hide or invent patterns: a rolling mean
//! flattens short peaks and shifts turning points at the edges, and its
//! width changes the story, so always say which window you used (here a
//! centred 30-day mean). Do not read a trend off one or two seasonal
//! cycles; compare the same season across years, as the calendar does.
//!
//! ## Variants
//! - `date-axis`: every day as a thin line on a calendar-aware date axis,
//!   with a centred 30-day rolling mean on top.
//! - `calendar`: a calendar heatmap: one cell per day, weeks as columns,
//!   Monday to Sunday down, one block per year, viridis colours with a
//!   colour bar.
//!
//! ## Related
//! line, heatmap, area, candlestick
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs`, `axes.rs` and `color_bar.rs`
//! from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Plot};
use crate::color_bar::ColorBar;
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The data of a time series chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The value and its unit, e.g. "Max temperature (°C)".
    pub y_title: String,
    /// (day since 1970-01-01, value), in any order.
    pub points: Vec<(f64, f64)>,
    /// Width of the rolling mean in days; `None` means 30.
    pub window_days: Option<u32>,
}

/// The ways to draw a time series chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `date-axis`: Every day as a thin line on a calendar-aware date axis, with a centred 30-day
    /// rolling mean on top.
    DateAxis,
    /// `calendar`: A calendar heatmap: one cell per day, weeks as columns, Monday to Sunday down,
    /// one block per year, viridis colours with a colour bar.
    Calendar,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::DateAxis, Variant::Calendar];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::DateAxis => "date-axis",
            Variant::Calendar => "calendar",
        }
    }
}

/// Short weekday names, Monday first.
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Draws `input` as a time series chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let days = daily(&input.points);
    if days.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No days with a date and a value");
    }
    match variant {
        Variant::DateAxis => draw_line(area, input, &days, theme),
        Variant::Calendar => draw_calendar(area, input, &days, theme),
    }
}

fn draw_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    days: &[(i64, f64)],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let window = input.window_days.filter(|w| *w > 0).unwrap_or(30);
    let points: Vec<(f64, f64)> = days.iter().map(|(d, v)| (*d as f64, *v)).collect();
    let mean = rolling_mean(days, window);
    let (Some((x0, x1)), Some((y0, y1))) = (
        stats::extent(points.iter().map(|p| p.0)),
        stats::extent(points.iter().map(|p| p.1)),
    ) else {
        return axes::draw_empty(area, theme, &input.title, "No days with a date and a value");
    };
    let (daily_color, mean_color) = (theme.color(0), theme.color(1));
    let mut legend = vec![LegendEntry {
        label: String::from("Daily"),
        color: daily_color,
    }];
    if !mean.is_empty() {
        legend.push(LegendEntry {
            label: format!("Centred {window}-day mean"),
            color: mean_color,
        });
    }
    // One day alone gets a month around it, not a decade.
    let (x0, x1) = if x1 - x0 < 1.0 {
        (x0 - 15.0, x1 + 15.0)
    } else {
        (x0, x1)
    };
    let x = Axis::date(&input.x_title, x0, x1);
    // Fine steps for the bounds, so the line fills the height.
    let (y0, y1) = scale::nice_bounds(y0, y1, 10);
    let y = Axis::linear(&input.y_title, y0, y1);
    let plot = Frame::new(&input.title, &x, &y).legend(&legend).draw(area, theme)?;

    let thin = ShapeStyle::from(&daily_color).stroke_width((theme.line_width / 2).max(1));
    for run in runs(&points) {
        if let [only] = run[..] {
            plot.draw(&Circle::new(only, theme.line_width + 1, daily_color.filled()))?;
        } else {
            plot.draw(&PathElement::new(run, thin))?;
        }
    }
    // A halo in the background colour lifts the mean off the daily noise
    // (and, in a terminal, wins its cells from the daily line).
    let width = theme.line_width + 1;
    let halo = ShapeStyle::from(&theme.background).stroke_width(width + 2 * theme.line_width);
    let bold = ShapeStyle::from(&mean_color).stroke_width(width);
    // The mean changes slowly: a point every few pixels draws it smoothly
    // (a thick line through every day frays).
    let (pw, _) = axes::dims(&plot);
    let every = (mean.len() / (pw / 3).max(1) as usize).max(1);
    for run in runs(&mean) {
        let run = thin_out(&run, every);
        plot.draw(&PathElement::new(run.clone(), halo))?;
        plot.draw(&PathElement::new(run, bold))?;
    }
    Ok(())
}

/// Where the calendar's parts go, in pixels of the area.
struct CalendarLayout {
    /// Years shown, oldest first.
    years: Vec<i32>,
    /// Side of one day's cell.
    cell: i32,
    /// Left edge of the grid.
    left: i32,
    /// Top of the first block's cells.
    top: i32,
    /// Distance from one block's top to the next one's.
    block_step: i32,
    /// Month labels above every block (else above the first only).
    months_per_block: bool,
    /// Week columns of the widest year.
    columns: i32,
}

fn draw_calendar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    days: &[(i64, f64)],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let Some((lo, hi)) = stats::extent(days.iter().map(|d| d.1)) else {
        return axes::draw_empty(area, theme, &input.title, "No days with a date and a value");
    };
    let first_year = days.first().map_or(1970, |d| scale::civil_from_days(d.0).0);
    let last_year = days.last().map_or(1970, |d| scale::civil_from_days(d.0).0);
    let top = axes::draw_title(area, theme, &input.title)?;
    let bar = ColorBar::new(input.y_title.clone(), lo, hi);
    let Some(layout) = calendar_layout(area, theme, (first_year, last_year), top, bar.width(area, theme)?)? else {
        let (w, h) = axes::dims(area);
        let msg = axes::fit_text(area, "Too small for a calendar", &theme.muted_style(), w)?;
        let style = theme.muted_style().pos(Pos::new(HPos::Center, VPos::Center));
        return area.draw(&Text::new(msg, (w / 2, top + (h - top) / 2), style));
    };
    let shown_from = layout.years.first().copied().unwrap_or(first_year);

    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let cell = layout.cell;
    // A hairline of background between cells where pixels are fine enough.
    let sep = i32::from(theme.line_width > 1 && cell >= 6);
    let t = |v: f64| scale::fraction(v, lo, hi);
    let mut values = days.iter().peekable();
    for (b, year) in layout.years.iter().enumerate() {
        let block_top = layout.top + b as i32 * layout.block_step;
        let jan1 = scale::days_from_civil(*year, 1, 1);
        let next = scale::days_from_civil(*year + 1, 1, 1);
        let offset = weekday(jan1);
        // Days of the year without a value are drawn in the grid colour,
        // so the calendar keeps its shape.
        for day in jan1..next {
            let (col, row) = week_cell(day, jan1, offset);
            while values.peek().is_some_and(|(d, _)| *d < day) {
                values.next();
            }
            let fill = match values.peek() {
                Some((d, v)) if *d == day => theme.sequential(t(*v)),
                _ => theme.grid,
            };
            let (x, y) = (layout.left + col * cell, block_top + row * cell);
            area.draw(&Rectangle::new(
                [(x, y), (x + cell - 1 - sep, y + cell - 1 - sep)],
                fill.filled(),
            ))?;
        }
        if sep > 0 {
            draw_month_outlines(area, theme, &layout, *year, block_top)?;
        }
        if b == 0 || layout.months_per_block {
            draw_month_labels(area, theme, &layout, *year, block_top)?;
        }
        // The year to the left of its block, then every other weekday.
        let muted = theme.muted_style();
        let year_style = label.pos(Pos::new(HPos::Left, VPos::Top));
        area.draw(&Text::new(year.to_string(), (theme.margin, block_top), year_style))?;
        // Labels at least 1.2 lines apart, so they never touch.
        let every = ((line_h * 6 / 5 + cell - 1) / cell.max(1)).max(1) as usize;
        for (row, name) in WEEKDAYS.iter().enumerate().step_by(every) {
            let y = block_top + row as i32 * cell + cell / 2;
            let style = muted.pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new(*name, (layout.left - theme.gap, y), style))?;
        }
    }
    if shown_from > first_year {
        // The layout kept the bottom line free for it.
        let note = format!(
            "Only the years from {shown_from} fit; {first_year}-{} are not shown",
            shown_from - 1
        );
        axes::draw_footnote(area, theme, &note)?;
    }

    // The colour bar, as tall as the blocks.
    let blocks = layout.years.len() as i32;
    let grid_bottom = layout.top + (blocks - 1) * layout.block_step + 7 * cell;
    let grid_right = layout.left + layout.columns * cell;
    let plot = pixel_plot(area, (layout.left, layout.top), (grid_right, grid_bottom));
    bar.draw_beside(area, &plot, theme, |t| theme.sequential(t))
}

/// Lines in the background colour between the months of a block, wider
/// than the gaps between days, so each month reads as a shape.
fn draw_month_outlines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    layout: &CalendarLayout,
    year: i32,
    block_top: i32,
) -> DrawResult<(), DB> {
    let jan1 = scale::days_from_civil(year, 1, 1);
    let offset = weekday(jan1);
    let cell = layout.cell;
    let style = ShapeStyle::from(&theme.background).stroke_width(2 * theme.line_width);
    for month in 2..=12 {
        let (col, row) = week_cell(scale::days_from_civil(year, month, 1), jan1, offset);
        // Pixel column of the gap left of week `c`.
        let x = |c: i32| layout.left + c * cell - 1;
        let y = |r: i32| block_top + r * cell - 1;
        let path = vec![
            (x(col + 1), y(0)),
            (x(col + 1), y(row)),
            (x(col), y(row)),
            (x(col), y(7)),
        ];
        area.draw(&PathElement::new(path, style))?;
    }
    Ok(())
}

/// Month names above a block, at the week of each month's first day,
/// skipping any that would touch the one before.
fn draw_month_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    layout: &CalendarLayout,
    year: i32,
    block_top: i32,
) -> DrawResult<(), DB> {
    let label = theme.muted_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let jan1 = scale::days_from_civil(year, 1, 1);
    let offset = weekday(jan1);
    let right = layout.left + layout.columns * layout.cell;
    let mut free_from = i32::MIN;
    for month in 1..=12 {
        let (col, _) = week_cell(scale::days_from_civil(year, month, 1), jan1, offset);
        let x = layout.left + col * layout.cell;
        let name = scale::month_name(month);
        let (tw, _) = axes::text_size(area, name, &label)?;
        if x < free_from || x + tw > right {
            continue;
        }
        let style = label.pos(Pos::new(HPos::Left, VPos::Bottom));
        area.draw(&Text::new(name, (x, block_top - theme.gap / 4), style))?;
        free_from = x + tw + char_w;
    }
    Ok(())
}

/// The calendar's layout for the years `from..=to` below `top`, with
/// `reserve_right` pixels kept for the colour bar. When not every year
/// fits with cells at least half a character wide, the latest years that
/// do; `None` when not even one does.
fn calendar_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    (from, to): (i32, i32),
    top: i32,
    reserve_right: i32,
) -> DrawResult<Option<CalendarLayout>, DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let mut year_w = 0;
    for y in [from, to] {
        year_w = year_w.max(axes::text_size(area, &y.to_string(), &label)?.0);
    }
    let mut day_w = 0;
    for d in WEEKDAYS {
        day_w = day_w.max(axes::text_size(area, d, &theme.muted_style())?.0);
    }
    let left = m + year_w + theme.gap + day_w + theme.gap;
    let grid_w = w - left - reserve_right - m;
    // Leave a line for the footnote about hidden years.
    let bottom = m + line_h;
    let min_cell = (char_w / 2).max(3);
    let tall_cells = axes::text_in_cells(area, theme)?;
    let mut first = from;
    while first <= to {
        let years: Vec<i32> = (first..=to).collect();
        let columns = years.iter().map(|y| year_columns(*y)).max().unwrap_or(53);
        let metrics = BlockMetrics {
            grid_w,
            room: h - top - bottom,
            line_h,
            min_cell,
            char_w,
            tall_cells,
        };
        if let Some(b) = metrics.blocks(years.len() as i32, columns) {
            // Centre the calendar in the height it leaves free.
            let spare = (metrics.room - b.used) / 2;
            let spare = if tall_cells { spare - spare % line_h } else { spare };
            return Ok(Some(CalendarLayout {
                years,
                cell: b.cell,
                left,
                top: top + line_h + spare.max(0),
                block_step: b.step,
                months_per_block: b.months_per_block,
                columns,
            }));
        }
        first += 1;
    }
    Ok(None)
}

/// The room a calendar has and the text it is measured against.
struct BlockMetrics {
    grid_w: i32,
    /// Height from under the title to above the footnote.
    room: i32,
    line_h: i32,
    min_cell: i32,
    char_w: i32,
    /// A terminal: cells twice as tall as wide, text on whole rows.
    tall_cells: bool,
}

/// How `n` year blocks are laid out.
#[derive(Debug, PartialEq)]
struct Blocks {
    cell: i32,
    step: i32,
    months_per_block: bool,
    /// Height taken, month labels included.
    used: i32,
}

impl BlockMetrics {
    /// The blocks for `n` years of `columns` weeks, or `None` when they do
    /// not fit with cells of at least `min_cell`. Worked out with every
    /// rounding the terminal needs (whole half-cells, blocks on whole text
    /// rows), so what fits here fits on screen: the latest year is never
    /// pushed off the bottom.
    fn blocks(&self, n: i32, columns: i32) -> Option<Blocks> {
        let (line_h, room) = (self.line_h, self.room);
        let gap = (line_h / 2).max(1);
        let by_width = self.grid_w / columns.max(1);
        let once = (room - line_h - (n - 1) * gap) / (7 * n).max(1);
        let each = (room - n * line_h - (n - 1) * gap) / (7 * n).max(1);
        let (once, each) = (by_width.min(once), by_width.min(each));
        // Labels on every block read better; take them unless they cost
        // more than a sixth of the cell size.
        let months_per_block = each * 6 >= once * 5;
        let mut cell = if months_per_block { each } else { once };
        if self.tall_cells && cell >= self.char_w {
            // A terminal: whole half-cells, so every day gets its own colour
            // with half blocks and blocks start on a text row.
            cell -= cell % self.char_w;
        }
        while cell >= self.min_cell {
            let label_h = if months_per_block { line_h } else { 0 };
            // A full line between blocks where there is height to spare.
            let roomy = (n - 1) * (7 * cell + line_h + label_h) + 7 * cell + line_h <= room;
            let block_gap = if roomy && !self.tall_cells { line_h } else { gap };
            let mut step = 7 * cell + block_gap + label_h;
            if self.tall_cells {
                step += (line_h - step % line_h) % line_h;
            }
            let used = (n - 1) * step + 7 * cell + line_h;
            if used <= room {
                return Some(Blocks {
                    cell,
                    step,
                    months_per_block,
                    used,
                });
            }
            // Rounding up to whole rows overflowed: smaller cells.
            cell -= if self.tall_cells && cell > self.char_w {
                self.char_w
            } else {
                1
            };
        }
        None
    }
}

/// A plotting area whose pixels run from `(left, top)` to `(right, bottom)`
/// of `area` (for helpers that draw beside a plot, like the colour bar).
fn pixel_plot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (left, top): (i32, i32),
    (right, bottom): (i32, i32),
) -> Plot<DB> {
    let (w, h) = axes::dims(area);
    let inner = area.margin(top.max(0), (h - bottom).max(0), left.max(0), (w - right).max(0));
    let (px, py) = inner.get_pixel_range();
    let pixels = (
        px.start..(px.end - 1).max(px.start),
        (py.end - 1).max(py.start)..py.start,
    );
    inner.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        0.0..1.0,
        0.0..1.0,
        pixels,
    ))
}

/// Day of the week of a day number, Monday = 0 (1970-01-01 was a Thursday).
fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// (week column, weekday row) of `day` in the calendar of the year that
/// starts on day `jan1`, whose weekday is `offset`.
fn week_cell(day: i64, jan1: i64, offset: i64) -> (i32, i32) {
    let since = day - jan1 + offset;
    ((since.div_euclid(7)) as i32, weekday(day) as i32)
}

/// How many week columns a year's calendar needs.
fn year_columns(year: i32) -> i32 {
    let jan1 = scale::days_from_civil(year, 1, 1);
    let dec31 = scale::days_from_civil(year + 1, 1, 1) - 1;
    week_cell(dec31, jan1, weekday(jan1)).0 + 1
}

/// One value per day: finite values grouped by whole day and averaged,
/// sorted by day.
fn daily(points: &[(f64, f64)]) -> Vec<(i64, f64)> {
    let mut sorted: Vec<(i64, f64)> = points
        .iter()
        .filter(|(d, v)| d.is_finite() && v.is_finite() && d.abs() < 1e9)
        .map(|(d, v)| (d.floor() as i64, *v))
        .collect();
    sorted.sort_by_key(|p| p.0);
    let mut out: Vec<(i64, f64)> = Vec::new();
    let mut count = 0.0;
    for (d, v) in sorted {
        match out.last_mut() {
            Some(last) if last.0 == d => {
                count += 1.0;
                last.1 += (v - last.1) / count;
            }
            _ => {
                out.push((d, v));
                count = 1.0;
            }
        }
    }
    out
}

/// The centred rolling mean over `window` days: at each day, the mean of
/// the days from `day - window / 2` up to (not including) `day + window - window / 2`;
/// only where at least half the window has values.
fn rolling_mean(days: &[(i64, f64)], window: u32) -> Vec<(f64, f64)> {
    let w = i64::from(window.max(1));
    let (before, after) = (w / 2, w - w / 2);
    let step = median_step(days);
    let needed = ((w as f64 / step) / 2.0).ceil().max(1.0) as usize;
    let (mut start, mut end, mut sum) = (0usize, 0usize, 0.0);
    let mut out = Vec::with_capacity(days.len());
    for (d, _) in days {
        while let Some((_, v)) = days.get(end).filter(|(e, _)| *e < d + after) {
            sum += v;
            end += 1;
        }
        while let Some((_, v)) = days.get(start).filter(|(s, _)| *s < d - before) {
            sum -= v;
            start += 1;
        }
        let count = end - start;
        if count >= needed {
            out.push((*d as f64, sum / count as f64));
        }
    }
    out
}

/// The usual distance between neighbouring days (1 for daily data).
fn median_step(days: &[(i64, f64)]) -> f64 {
    let mut steps: Vec<i64> = days.windows(2).map(|w| w[1].0 - w[0].0).collect();
    steps.sort_unstable();
    steps.get(steps.len() / 2).map_or(1.0, |s| (*s).max(1) as f64)
}

/// Every `every`-th point, always keeping the last.
fn thin_out(points: &[(f64, f64)], every: usize) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = points.iter().step_by(every.max(1)).copied().collect();
    if let (Some(last), Some(kept)) = (points.last(), out.last()) {
        if last != kept {
            out.push(*last);
        }
    }
    out
}

/// Sorted points cut into runs wherever the next point is more than one
/// and a half usual steps away: a missing stretch is a gap, not a line.
fn runs(points: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut steps: Vec<f64> = points.windows(2).map(|w| w[1].0 - w[0].0).collect();
    steps.sort_by(f64::total_cmp);
    let usual = steps.get(steps.len() / 2).copied().unwrap_or(1.0).max(1.0);
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    for p in points {
        match out.last_mut() {
            Some(run) if run.last().is_some_and(|q| p.0 - q.0 <= 1.5 * usual) => run.push(*p),
            _ => out.push(vec![*p]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 100x30 terminal (8x16-pixel cells) under a title, as the calendar
    /// measures it.
    fn terminal_100x30() -> BlockMetrics {
        BlockMetrics {
            grid_w: 100 * 8 - 160,
            room: 30 * 16 - 48 - 24,
            line_h: 16,
            min_cell: 4,
            char_w: 8,
            tall_cells: true,
        }
    }

    #[test]
    fn blocks_that_fit_fit_after_terminal_rounding() {
        let m = terminal_100x30();
        // Before the fix, 11 years "fit" at 4-pixel cells, but rounding each
        // block up to whole text rows pushed the last 3 below the screen.
        for n in 1..=63 {
            if let Some(b) = m.blocks(n, 53) {
                assert!(b.used <= m.room, "{n} years: {b:?} overflows {}", m.room);
                assert_eq!(b.step % m.line_h, 0, "blocks start on text rows");
            }
        }
        let most = (1..=63).filter(|n| m.blocks(*n, 53).is_some()).max();
        assert!(most.is_some_and(|n| n >= 3), "a few years fit: {most:?}");
    }

    #[test]
    fn weekdays_count_from_a_thursday() {
        assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
        assert_eq!(weekday(scale::days_from_civil(2012, 1, 1)), 6, "a Sunday");
        assert_eq!(weekday(scale::days_from_civil(2015, 12, 28)), 0, "a Monday");
        assert_eq!(weekday(-1), 2, "1969-12-31 was a Wednesday");
    }

    #[test]
    fn days_fall_in_week_columns() {
        // 2012 began on a Sunday: Jan 1 ends the first week, Jan 2 starts the second.
        let jan1 = scale::days_from_civil(2012, 1, 1);
        let offset = weekday(jan1);
        assert_eq!(week_cell(jan1, jan1, offset), (0, 6));
        assert_eq!(week_cell(jan1 + 1, jan1, offset), (1, 0));
        assert_eq!(year_columns(2012), 54, "a leap year starting on Sunday spans 54 weeks");
        assert_eq!(year_columns(2015), 53);
    }

    #[test]
    fn values_are_averaged_per_day() {
        let points = [(3.5, 4.0), (1.0, 1.0), (3.0, 2.0), (2.0, f64::NAN), (f64::NAN, 1.0)];
        assert_eq!(daily(&points), vec![(1, 1.0), (3, 3.0)]);
        assert!(daily(&[]).is_empty());
    }

    #[test]
    fn rolling_mean_is_centred_and_needs_half_a_window() {
        let days: Vec<(i64, f64)> = (0..10).map(|d| (d, d as f64)).collect();
        let mean = rolling_mean(&days, 4);
        // Day 5 averages days 3, 4, 5 and 6.
        assert!(mean.contains(&(5.0, 4.5)), "{mean:?}");
        // Day 0 has days 0 and 1 only: half the window, enough.
        assert_eq!(mean.first(), Some(&(0.0, 0.5)));
        let sparse = [(0, 1.0), (100, 3.0)];
        assert!(rolling_mean(&sparse, 4).iter().all(|(_, v)| v.is_finite()));
        assert!(rolling_mean(&[], 30).is_empty());
    }

    #[test]
    fn thinning_keeps_both_ends() {
        let points: Vec<(f64, f64)> = (0..10).map(|i| (f64::from(i), 0.0)).collect();
        let kept = thin_out(&points, 4);
        assert_eq!(kept.iter().map(|p| p.0).collect::<Vec<_>>(), vec![0.0, 4.0, 8.0, 9.0]);
        assert_eq!(thin_out(&points, 1), points);
        assert!(thin_out(&[], 3).is_empty());
    }

    #[test]
    fn gaps_break_the_line() {
        let points = [(0.0, 1.0), (1.0, 1.0), (2.0, 1.0), (9.0, 1.0), (10.0, 1.0)];
        let runs = runs(&points);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1], vec![(9.0, 1.0), (10.0, 1.0)]);
    }
}
