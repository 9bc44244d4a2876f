//! # Candlestick
//!
//! A candlestick chart draws one candle per trading period: a thin wick
//! from the lowest to the highest price, and a body from the opening to
//! the closing price, in one colour when the price closed up and another
//! when it closed down. It shows the trend and, candle by candle, how wide
//! and in which direction the price moved. The chart shows the latest
//! candles that fit its width (each needs a few pixels, or one character
//! cell in a terminal) and says how many it left out; the x axis is the
//! calendar, so weekends and holidays leave gaps.
//!
//! ## When to use
//! Open, high, low and close prices of one stock, currency or commodity
//! over a short window: days to a few months, where each period matters.
//!
//! ## Caveat
//! Candles need a short window: squeeze years of days into one chart and
//! they turn into noise that hides the trend. For long horizons draw the
//! closing price as a line (or weekly candles). Red and green alone fail
//! colour-blind readers: here up and down are bluish green and vermillion,
//! and rising candles are hollow where there is room.
//!
//! ## Variants
//! - `ohlc`: the candles alone.
//! - `moving-average`: the candles with the 20-period moving average of
//!   the close (each point the mean of that day and the 19 before).
//! - `volume`: the candles above, the traded volume as bars in a panel
//!   below, sharing the date axis.
//!
//! ## Related
//! line, time-series, area
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Plot};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One period's prices and traded volume (NaN when unknown).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Candle {
    pub x: f64,
    pub open: f64,
    pub high: f64,
    pub low: f64,
    pub close: f64,
    pub volume: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    pub title: String,
    pub x_title: String,
    /// The price and its unit, e.g. "Price (USD)".
    pub y_title: String,
    /// What the volume counts, e.g. "Volume (shares)".
    pub volume_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// Candles in any order.
    pub candles: Vec<Candle>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    Ohlc,
    MovingAverage,
    Volume,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Variant::Ohlc, Variant::MovingAverage, Variant::Volume];

    pub fn name(self) -> &'static str {
        match self {
            Variant::Ohlc => "ohlc",
            Variant::MovingAverage => "moving-average",
            Variant::Volume => "volume",
        }
    }
}

/// Periods in the moving average.
const MA_PERIODS: usize = 20;

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let all = valid(&input.candles);
    if all.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No rows with a date and all four prices");
    }
    let average = moving_average(&all, MA_PERIODS);
    let unit = median_step(&all);

    // How many of the latest candles fit: a slot of a few pixels each (a
    // whole character cell in a terminal, so each candle has its colour).
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let in_cells = axes::text_in_cells(area, theme)?;
    let slot = if in_cells {
        char_w
    } else {
        (char_w / 2).max(3 * theme.line_width as i32)
    }
    .max(1);
    let with_average = variant == Variant::MovingAverage && !average.is_empty();
    let with_volume = variant == Variant::Volume && all.iter().any(|c| c.volume.is_finite() && c.volume > 0.0);
    let (up, down, line) = (theme.color(2), theme.color(3), theme.color(0));
    let mut legend = vec![
        LegendEntry {
            label: String::from("Up (close ≥ open)"),
            color: up,
        },
        LegendEntry {
            label: String::from("Down (close < open)"),
            color: down,
        },
    ];
    if with_average {
        legend.push(LegendEntry {
            label: format!("{MA_PERIODS}-period moving average"),
            color: line,
        });
    }
    let (w, h) = axes::dims(area);
    let panel = if with_volume { (h / 4).max(3 * line_h) } else { 0 };

    // The plot's width decides how many candles show, which decides the
    // price labels, which decide the width: settle it before drawing.
    let context = ViewContext {
        input,
        all: &all,
        average: &average,
        with_average,
        no_volume: variant == Variant::Volume && !with_volume,
        slot,
        unit,
    };
    let mut plot_w = (w - 2 * theme.margin - 8 * char_w).max(1);
    let mut v = context.view(plot_w);
    for _ in 0..4 {
        let next = frame_plot_width(area, theme, &v.x, &v.y, panel)?;
        if next == plot_w {
            break;
        }
        plot_w = next;
        v = context.view(plot_w);
    }
    let plot = Frame::new(&input.title, &v.x, &v.y)
        .legend(&legend)
        .reserve_bottom(panel)
        .draw(area, theme)?;

    // The body takes most of the slot, leaving a gap to the next candle;
    // in a terminal the whole cell, so it reads as a solid block.
    let body_half = if in_cells {
        slot / 2
    } else {
        (f64::from(slot) * 0.35).round() as i32
    };
    draw_candles(area, &plot, theme, v.shown, (up, down), (body_half, in_cells))?;
    if with_average {
        let width = theme.line_width;
        let halo = ShapeStyle::from(&theme.background).stroke_width(width + 2 * theme.line_width.min(2));
        plot.draw(&PathElement::new(v.average.clone(), halo))?;
        plot.draw(&PathElement::new(
            v.average,
            ShapeStyle::from(&line).stroke_width(width),
        ))?;
    }
    if with_volume {
        let bars: Vec<(f64, f64, RGBColor)> = v
            .shown
            .iter()
            .filter(|c| c.volume.is_finite() && c.volume > 0.0)
            .map(|c| (c.x, c.volume, if c.close >= c.open { up } else { down }))
            .collect();
        let half_width = (body_half, in_cells);
        draw_volume(area, &plot, theme, &input.volume_title, &bars, half_width, panel)?;
    }
    Ok(())
}

/// Wicks and bodies; rising bodies hollow where they are wide enough
/// (a cue that does not rely on colour).
fn draw_candles<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    candles: &[Candle],
    (up, down): (RGBColor, RGBColor),
    (body_half, in_cells): (i32, bool),
) -> DrawResult<(), DB> {
    let hollow_up = !in_cells && body_half >= 3;
    let base = area.get_base_pixel();
    let at = |x: f64, y: f64| {
        let (a, b) = plot.map_coordinate(&(x, y));
        (a - base.0, b - base.1)
    };
    let wick = ShapeStyle::from(&theme.text).stroke_width(theme.line_width.div_ceil(2).max(1));
    for c in candles {
        let color = if c.close >= c.open { up } else { down };
        let style = ShapeStyle {
            color: color.to_rgba(),
            ..wick
        };
        let (cx, high) = at(c.x, c.high);
        let (_, low) = at(c.x, c.low);
        let (_, body_top) = at(c.x, c.open.max(c.close));
        let (_, body_bottom) = at(c.x, c.open.min(c.close));
        area.draw(&PathElement::new(vec![(cx, high), (cx, body_top)], style))?;
        area.draw(&PathElement::new(vec![(cx, body_bottom), (cx, low)], style))?;
        // A terminal cell is `slot` pixels from `cx - slot / 2`.
        let right = if in_cells { cx + body_half - 1 } else { cx + body_half };
        let corners = [(cx - body_half, body_top), (right, body_bottom)];
        if hollow_up && c.close > c.open {
            area.draw(&Rectangle::new(corners, theme.background.filled()))?;
            area.draw(&Rectangle::new(corners, style))?;
        } else {
            area.draw(&Rectangle::new(corners, color.filled()))?;
        }
    }
    Ok(())
}

/// The volume panel in the `panel` pixels kept free under the plot: its
/// title, a top value, and one bar per candle as wide as the bodies.
fn draw_volume<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    title: &str,
    bars: &[(f64, f64, RGBColor)],
    (half, in_cells): (i32, bool),
    panel: i32,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let (left, right) = (px.start - base.0, px.end - base.0);
    let plot_bottom = py.end - base.1;
    // The panel title on its own line, then the bars down to the x labels.
    let (title_y, top) = if in_cells {
        // Whole text rows: the title on the first row under the plot, the
        // top of the bars half a row below it.
        let row = (plot_bottom + line_h - 1).div_euclid(line_h.max(1)) * line_h;
        (row, row + line_h + line_h / 2)
    } else {
        let title_y = plot_bottom + theme.gap / 2;
        (title_y, title_y + line_h + theme.gap / 2)
    };
    let bottom = plot_bottom + panel - 1;
    if bottom - top < 2 {
        return Ok(());
    }
    let max = bars.iter().map(|b| b.1).fold(0.0, f64::max);
    let (_, nice_max) = scale::nice_bounds(0.0, max, 3);
    let nice_max = if nice_max > 0.0 { nice_max } else { 1.0 };
    let muted = theme.muted_style();
    let text = if title.is_empty() { "Volume" } else { title };
    let text = axes::fit_text(area, text, &muted, right - left)?;
    area.draw(&Text::new(
        text,
        (left, title_y),
        muted.pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;

    let y_of = |v: f64| bottom - ((v / nice_max) * f64::from(bottom - top)).round() as i32;
    let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
    area.draw(&PathElement::new(vec![(left, top), (right, top)], grid))?;
    let tick = label.pos(Pos::new(HPos::Right, VPos::Center));
    area.draw(&Text::new(
        scale::format_value(nice_max),
        (left - theme.gap, top),
        tick.clone(),
    ))?;
    if bottom - top >= 2 * line_h {
        area.draw(&Text::new("0", (left - theme.gap, bottom), tick))?;
    }
    for (x, v, color) in bars {
        let (cx, _) = plot.map_coordinate(&(*x, 0.0));
        let cx = cx - base.0;
        let right = if in_cells { cx + half - 1 } else { cx + half };
        let fill = tint(theme.background, *color, 0.7);
        area.draw(&Rectangle::new([(cx - half, y_of(*v)), (right, bottom)], fill.filled()))?;
    }
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        ShapeStyle::from(&theme.axis).stroke_width(1),
    ))
}

/// What the chart needs to decide which candles a plot of some width shows.
struct ViewContext<'a> {
    input: &'a Input,
    all: &'a [Candle],
    average: &'a [(f64, f64)],
    with_average: bool,
    no_volume: bool,
    slot: i32,
    unit: f64,
}

/// The candles a plot shows and its axes.
struct View<'a> {
    shown: &'a [Candle],
    average: Vec<(f64, f64)>,
    x: Axis,
    y: Axis,
}

impl<'a> ViewContext<'a> {
    /// The latest candles that fit `plot_w` pixels at one slot per unit of
    /// x. The axis starts a whole number of units and a half before the
    /// last candle, so the centre of every candle falls in the middle of
    /// its slot (in a terminal: of its character cell).
    fn view(&self, plot_w: i32) -> View<'a> {
        let unit = self.unit;
        let last = self.all.last().map_or(0.0, |c| c.x);
        let span = f64::from((plot_w - 1).max(1)) / f64::from(self.slot.max(1)) * unit;
        let before = (span / unit - 1.0).floor().max(0.0);
        let x_min = last - (before + 0.5) * unit;
        let x_max = x_min + span.max((before + 1.0) * unit);
        let first = self.all.partition_point(|c| c.x < x_min + 0.5 * unit);
        let shown = self.all.get(first..).unwrap_or(&[]);
        let average: Vec<(f64, f64)> = self
            .average
            .iter()
            .copied()
            .filter(|(x, _)| *x >= x_min + 0.5 * unit)
            .collect();
        let mut notes = Vec::new();
        if first > 0 {
            notes.push(format!("last {} of {} periods", shown.len(), self.all.len()));
        }
        if self.no_volume {
            notes.push(String::from("no volume data"));
        }
        let title = std::iter::once(self.input.x_title.clone())
            .chain(notes)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let x = if self.input.x_is_date {
            Axis::date(title, x_min, x_max)
        } else {
            Axis::linear(title, x_min, x_max)
        };
        let prices = shown
            .iter()
            .flat_map(|c| [c.low, c.high])
            .chain(average.iter().map(|p| p.1).filter(|_| self.with_average));
        let (lo, hi) = stats::extent(prices).unwrap_or((0.0, 1.0));
        View {
            shown,
            average,
            x,
            y: Axis::linear(&self.input.y_title, lo, hi).nice(),
        }
    }
}

/// The width [`Frame`] will give the plot for these axes, a one-row
/// legend and `reserve_bottom`, worked out the way the frame does it
/// (without drawing): so candles land exactly one slot apart.
fn frame_plot_width<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    x: &Axis,
    y: &Axis,
    reserve_bottom: i32,
) -> DrawResult<i32, DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let (_, title_h) = axes::text_size(area, "Ag", &theme.title_style())?;
    let legend = theme.legend_style();
    let (legend_char_w, _) = axes::text_size(area, "0", &legend)?;
    let (_, legend_h) = axes::text_size(area, "Ag", &legend)?;
    let legend_row = if legend_h >= 2 * legend_char_w {
        legend_h
    } else {
        legend_h * 5 / 4
    };
    let top = m + title_h + theme.gap + legend_row + theme.gap / 2 + line_h / 2;
    let x_title_h = if x.title.is_empty() { 0 } else { line_h };
    let bottom = m + x_title_h + line_h + theme.gap / 2 + reserve_bottom;
    let plot_h = (h - top - bottom).max(1);
    let mut y_label_w = 0;
    for (_, text) in y.tick_labels((plot_h / (line_h * 3).max(1)).clamp(2, 10) as usize) {
        y_label_w = y_label_w.max(axes::text_size(area, &text, &label)?.0.min((w / 3).max(char_w)));
    }
    let y_title_w = if y.title.is_empty() { 0 } else { line_h + theme.gap };
    let left = m + y_title_w + y_label_w + theme.gap;
    // As many x labels as fit side by side; the last may reach past the
    // plot by half its width.
    let guess = (w - left - m).max(1);
    let mut max_ticks = (guess / (char_w * 8).max(1)).clamp(2, 12) as usize;
    let last_half = loop {
        let ticks = x.tick_labels(max_ticks);
        let mut widest = 0;
        for (_, t) in &ticks {
            widest = widest.max(axes::text_size(area, t, &label)?.0);
        }
        if (ticks.len() as i32) * (widest + 2 * char_w) <= guess || max_ticks <= 2 {
            break match ticks.last() {
                Some((_, t)) => axes::text_size(area, t, &label)?.0 / 2,
                None => 0,
            };
        }
        max_ticks -= 1;
    };
    Ok((w - left - m.max(last_half)).max(1))
}

/// Candles with a finite x and all four prices, sorted by x; high and low
/// are widened to cover open and close, in case the data disagree.
fn valid(candles: &[Candle]) -> Vec<Candle> {
    let mut out: Vec<Candle> = candles
        .iter()
        .filter(|c| [c.x, c.open, c.high, c.low, c.close].iter().all(|v| v.is_finite()))
        .map(|c| Candle {
            high: c.high.max(c.open).max(c.close).max(c.low),
            low: c.low.min(c.open).min(c.close).min(c.high),
            ..*c
        })
        .collect();
    out.sort_by(|a, b| a.x.total_cmp(&b.x));
    out
}

/// The trailing mean of the close over `periods` candles, from the first
/// candle that has that many behind it: (x, mean).
fn moving_average(candles: &[Candle], periods: usize) -> Vec<(f64, f64)> {
    let periods = periods.max(1);
    let mut sum = 0.0;
    let mut out = Vec::with_capacity(candles.len());
    for (i, c) in candles.iter().enumerate() {
        sum += c.close;
        if let Some(old) = i.checked_sub(periods).and_then(|k| candles.get(k)) {
            sum -= old.close;
        }
        if i + 1 >= periods {
            out.push((c.x, sum / periods as f64));
        }
    }
    out
}

/// The usual distance between neighbouring candles (1 day for daily data,
/// whatever the weekends do); 1 with fewer than two.
fn median_step(candles: &[Candle]) -> f64 {
    let mut steps: Vec<f64> = candles
        .windows(2)
        .map(|w| w[1].x - w[0].x)
        .filter(|d| *d > 0.0)
        .collect();
    steps.sort_by(f64::total_cmp);
    steps.get(steps.len() / 2).copied().unwrap_or(1.0)
}

/// `a` moved towards `b` by `t` (0..=1): an opaque tint of `b`.
fn tint(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candle(x: f64, close: f64) -> Candle {
        Candle {
            x,
            open: close,
            high: close,
            low: close,
            close,
            volume: 1.0,
        }
    }

    #[test]
    fn moving_average_trails_the_close() {
        let candles: Vec<Candle> = (0..5).map(|i| candle(f64::from(i), f64::from(i))).collect();
        assert_eq!(moving_average(&candles, 3), vec![(2.0, 1.0), (3.0, 2.0), (4.0, 3.0)]);
        assert_eq!(moving_average(&candles, 1).len(), 5);
        assert!(moving_average(&candles, 9).is_empty());
    }

    #[test]
    fn invalid_rows_go_and_wicks_cover_the_body() {
        let mut odd = candle(2.0, 10.0);
        odd.high = 9.0;
        odd.open = 12.0;
        let rows = [
            candle(3.0, 1.0),
            odd,
            candle(f64::NAN, 1.0),
            Candle {
                low: f64::NAN,
                ..candle(1.0, 1.0)
            },
        ];
        let v = valid(&rows);
        assert_eq!(v.iter().map(|c| c.x).collect::<Vec<_>>(), vec![2.0, 3.0]);
        assert_eq!((v[0].low, v[0].high), (9.0, 12.0));
    }

    #[test]
    fn the_usual_step_ignores_weekends() {
        let xs = [0.0, 1.0, 2.0, 3.0, 4.0, 7.0, 8.0];
        let candles: Vec<Candle> = xs.iter().map(|x| candle(*x, 1.0)).collect();
        assert!((median_step(&candles) - 1.0).abs() < 1e-12);
        assert!((median_step(&[]) - 1.0).abs() < 1e-12);
    }
}
