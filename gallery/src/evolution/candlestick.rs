//! # Candlestick
//!
//! A candlestick chart draws one candle per trading period: a thin wick
//! from the lowest to the highest price, and a body from the opening to
//! the closing price, in one colour when the price closed up and another
//! when it closed down. It shows the trend and, candle by candle, how wide
//! and in which direction the price moved. The chart shows the latest
//! candles that fit its width (each needs at least one character's width,
//! one cell in a terminal), spread over the whole axis, and its footnote
//! says how many it left out. The x axis counts trading periods, not
//! calendar days, so weekends and holidays leave no gaps; its labels are
//! the dates where a month (or half month, or week) begins.
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
//!   the close (each point the mean of that day and the 19 before); the
//!   `window` parameter (`Input::window`) sets the number of periods.
//! - `volume`: the candles above, the traded volume as bars in a panel
//!   below, sharing the date axis.
//!
//! ## Related
//! line, time-series, area
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Plot, Ticks as AxisTicks};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One period's prices and traded volume (NaN when unknown).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Candle {
    /// The period's place on the x axis: days since 1970-01-01 when `Input::x_is_date`.
    pub x: f64,
    /// The price at the period's opening, in the price's unit.
    pub open: f64,
    /// The highest price in the period.
    pub high: f64,
    /// The lowest price in the period.
    pub low: f64,
    /// The price at the period's close.
    pub close: f64,
    /// How many shares (or units) traded in the period; NaN when unknown.
    pub volume: f64,
}

/// The data of a candlestick chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The price and its unit, e.g. "Price (USD)".
    pub y_title: String,
    /// What the volume counts, e.g. "Volume (shares)".
    pub volume_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// Candles in any order.
    pub candles: Vec<Candle>,
    /// Periods in the `moving-average` variant's mean (`None`: 20): longer
    /// smooths more and lags more.
    pub window: Option<usize>,
}

/// The ways to draw a candlestick chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `ohlc`: The candles alone.
    Ohlc,
    /// `moving-average`: The candles with the 20-period moving average of the close (each point the
    /// mean of that day and the 19 before).
    MovingAverage,
    /// `volume`: The candles above, the traded volume as bars in a panel below, sharing the date
    /// axis.
    Volume,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 3] = [Variant::Ohlc, Variant::MovingAverage, Variant::Volume];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Ohlc => "ohlc",
            Variant::MovingAverage => "moving-average",
            Variant::Volume => "volume",
        }
    }
}

/// Periods in the moving average unless `Input::window` says otherwise.
const MA_PERIODS: usize = 20;

/// Draws `input` as a candlestick chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
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
    let periods = input.window.filter(|w| *w > 0).unwrap_or(MA_PERIODS);
    let average = moving_average(&all, periods);

    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let in_cells = axes::text_in_cells(area, theme)?;
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
            label: format!("{periods}-period moving average"),
            color: line,
        });
    }

    // How many of the latest candles fit: one character's width each (a
    // whole cell in a terminal, so each candle has its colour). The width
    // the frame will leave is estimated a little short, so the candles
    // never get less than their slot.
    let context = ViewContext {
        input,
        all: &all,
        average: &average,
        with_average,
    };
    let first_guess = context.view(all.len());
    let (_, h) = axes::dims(area);
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let panel = if with_volume { (h / 4).max(3 * line_h) } else { 0 };
    let mut plot_w = frame_plot_width(area, theme, &first_guess.x, &first_guess.y, panel)?;
    let mut v = first_guess;
    for _ in 0..3 {
        let fit = (((plot_w - 2 * char_w) / char_w.max(1)).max(1) as usize).min(all.len());
        v = context.view(fit);
        let next = frame_plot_width(area, theme, &v.x, &v.y, panel)?;
        if next == plot_w {
            break;
        }
        plot_w = next;
    }

    let note = footnote(input, &all, v.shown.len(), variant == Variant::Volume && !with_volume);
    let area = &axes::draw_footnote(area, theme, &note)?;
    let (_, h) = axes::dims(area);
    let panel = if with_volume { (h / 4).max(3 * line_h) } else { 0 };
    let plot = Frame::new(&input.title, &v.x, &v.y)
        .legend(&legend)
        .reserve_bottom(panel)
        .draw(area, theme)?;
    let (px, _) = plot.get_pixel_range();
    let slot = (px.end - px.start) / (v.shown.len().max(1) as i32);
    let body = if in_cells {
        // Whole cells: an odd number, centred on the candle's cell.
        let cells = (slot * 3 / 5 / char_w.max(1)).max(1);
        Body::Cells {
            cells: cells - (1 - cells % 2),
            char_w,
        }
    } else {
        // Most of the slot, leaving a gap to the next candle.
        Body::Pixels((f64::from(slot) * 0.35).round().clamp(1.0, f64::from(2 * char_w)) as i32)
    };

    let dates: Vec<f64> = v.shown.iter().map(|c| c.x).collect();
    let ticks = if input.x_is_date {
        date_labels(area, &plot, theme, &dates)?
    } else {
        number_labels(area, &plot, theme, &dates)?
    };
    draw_date_labels(area, &plot, theme, &ticks, panel)?;
    draw_candles(area, &plot, theme, v.shown, (up, down), body)?;
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
            .enumerate()
            .filter(|(_, c)| c.volume.is_finite() && c.volume > 0.0)
            .map(|(i, c)| (i as f64, c.volume, if c.close >= c.open { up } else { down }))
            .collect();
        draw_volume(area, &plot, theme, &input.volume_title, &bars, body, panel)?;
    }
    Ok(())
}

/// How wide a candle's body is: pixels either side of its centre, or in a
/// terminal a number of whole character cells.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Body {
    Pixels(i32),
    Cells { cells: i32, char_w: i32 },
}

impl Body {
    /// Left and right pixel (inclusive, in the frame `base` is the origin
    /// of) of a body centred on absolute pixel column `cx`.
    fn span(self, cx: i32, base: i32) -> (i32, i32) {
        match self {
            Body::Pixels(half) => (cx - half - base, cx + half - base),
            Body::Cells { cells, char_w } => {
                let char_w = char_w.max(1);
                let cell = cx.div_euclid(char_w);
                let side = (cells.max(1) - 1) / 2;
                ((cell - side) * char_w - base, (cell + side + 1) * char_w - 1 - base)
            }
        }
    }
}

/// The footnote: how many candles the width left out, and missing volume.
fn footnote(input: &Input, all: &[Candle], shown: usize, no_volume: bool) -> String {
    let mut notes = Vec::new();
    if shown < all.len() {
        let what = if input.x_is_date && median_step(all) <= 1.5 {
            "trading days"
        } else {
            "periods"
        };
        notes.push(format!("Only the last {shown} of {} {what} fit this width", all.len()));
    }
    if no_volume {
        notes.push(String::from("the data have no volume to draw"));
    }
    notes.join("; ")
}

/// Label positions (as trading-period indices) and texts under the plot.
type Ticks = Vec<(f64, String)>;

/// Where a new period of the calendar starts among `dates` (sorted days
/// since 1970-01-01): the index of the first trading day of each year,
/// quarter, month, half month or week, finest first; the first day is
/// never a tick (the period it opens may have begun earlier).
fn calendar_ticks(dates: &[f64]) -> Vec<Ticks> {
    let civil: Vec<(i32, u32, u32)> = dates.iter().map(|d| scale::civil_from_days(d.floor() as i64)).collect();
    let month_label = |(y, m, _): (i32, u32, u32)| {
        if m == 1 {
            format!("{} {y}", scale::month_name(m))
        } else {
            scale::month_name(m).to_string()
        }
    };
    let day_label = |c: (i32, u32, u32), new_month: bool| {
        if new_month {
            month_label(c)
        } else {
            format!("{} {}", scale::month_name(c.1), c.2)
        }
    };
    let level = |key: &dyn Fn(usize) -> i64, text: &dyn Fn(usize) -> String| -> Ticks {
        (1..dates.len())
            .filter(|i| key(*i) != key(i - 1))
            .map(|i| (i as f64, text(i)))
            .collect()
    };
    let month_key = |i: usize| i64::from(civil[i].0) * 12 + i64::from(civil[i].1);
    let new_month = |i: usize| i == 0 || month_key(i) != month_key(i - 1);
    let week_key = |i: usize| (dates[i].floor() as i64 + 3).div_euclid(7);
    let half_key = |i: usize| month_key(i) * 2 + i64::from(civil[i].2 >= 16);
    vec![
        level(&week_key, &|i| day_label(civil[i], new_month(i))),
        level(&half_key, &|i| day_label(civil[i], new_month(i))),
        level(&month_key, &|i| month_label(civil[i])),
        level(&|i| i64::from(civil[i].0) * 4 + i64::from((civil[i].1 - 1) / 3), &|i| {
            month_label(civil[i])
        }),
        level(&|i| i64::from(civil[i].0), &|i| civil[i].0.to_string()),
    ]
}

/// The finest calendar ticks whose labels fit side by side under the plot
/// (a gap of two characters between them); years thinned if even they
/// do not fit.
fn date_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    dates: &[f64],
) -> DrawResult<Ticks, DB> {
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let (w, _) = axes::dims(area);
    let base = area.get_base_pixel().0;
    let levels = calendar_ticks(dates);
    let mut coarsest = Vec::new();
    for ticks in levels {
        let mut spans = Vec::with_capacity(ticks.len());
        for (i, text) in &ticks {
            let (x, _) = plot.map_coordinate(&(*i, 0.0));
            let (tw, _) = axes::text_size(area, text, &label)?;
            spans.push((x - base, tw));
        }
        if labels_fit(&spans, char_w, w) {
            return Ok(ticks);
        }
        coarsest = ticks;
    }
    let step = coarsest.len().div_ceil(2).max(1);
    for every in 2..=step.max(2) {
        let thinned: Ticks = coarsest.iter().step_by(every).cloned().collect();
        let mut spans = Vec::with_capacity(thinned.len());
        for (i, text) in &thinned {
            let (x, _) = plot.map_coordinate(&(*i, 0.0));
            spans.push((x - base, axes::text_size(area, text, &label)?.0));
        }
        if labels_fit(&spans, char_w, w) {
            return Ok(thinned);
        }
    }
    Ok(coarsest.into_iter().take(1).collect())
}

/// Whether labels centred at `x` with width `w` (in order) stay inside
/// `0..width` and keep two characters apart.
fn labels_fit(spans: &[(i32, i32)], char_w: i32, width: i32) -> bool {
    let inside = spans.iter().all(|(x, w)| x - w / 2 >= 0 && x + (w + 1) / 2 <= width);
    let apart = spans
        .windows(2)
        .all(|p| p[1].0 - (p[1].1 + 1) / 2 - (p[0].0 + (p[0].1 + 1) / 2) >= 2 * char_w);
    inside && apart
}

/// Plain x values (not dates): about one label per eight characters, at
/// whole steps of the period index, showing the x value of that period.
fn number_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    xs: &[f64],
) -> DrawResult<Ticks, DB> {
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let (px, _) = plot.get_pixel_range();
    let room = ((px.end - px.start) / (10 * char_w).max(1)).max(1) as usize;
    let every = xs.len().div_ceil(room).max(1);
    Ok(xs
        .iter()
        .enumerate()
        .step_by(every)
        .map(|(i, x)| (i as f64, scale::format_value(*x)))
        .collect())
}

/// Light vertical grid lines at the ticks, and their labels under the plot
/// (under the volume panel when there is one).
fn draw_date_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    ticks: &Ticks,
    panel: i32,
) -> DrawResult<(), DB> {
    let y_range = plot.get_y_range();
    let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
    let base = area.get_base_pixel();
    let (_, py) = plot.get_pixel_range();
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    // As far under the plot as the frame puts its own x labels.
    let drop = if axes::text_in_cells(area, theme)? {
        theme.gap / 2
    } else {
        line_h / 2 + 2
    };
    let label = label.pos(Pos::new(HPos::Center, VPos::Top));
    for (i, text) in ticks {
        // The line falls between this period and the one before.
        plot.draw(&PathElement::new(
            vec![(*i - 0.5, y_range.start), (*i - 0.5, y_range.end)],
            grid,
        ))?;
        let (x, _) = plot.map_coordinate(&(*i, 0.0));
        area.draw(&Text::new(
            text.clone(),
            (x - base.0, py.end - base.1 + panel + drop),
            label.clone(),
        ))?;
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
    body: Body,
) -> DrawResult<(), DB> {
    let hollow_up = matches!(body, Body::Pixels(half) if half >= 3);
    let base = area.get_base_pixel();
    let at = |x: f64, y: f64| {
        let (a, b) = plot.map_coordinate(&(x, y));
        (a - base.0, b - base.1)
    };
    let wick = ShapeStyle::from(&theme.text).stroke_width(theme.line_width.div_ceil(2).max(1));
    for (i, c) in candles.iter().enumerate() {
        let x = i as f64;
        let color = if c.close >= c.open { up } else { down };
        let style = ShapeStyle {
            color: color.to_rgba(),
            ..wick
        };
        let (cx, high) = at(x, c.high);
        let (_, low) = at(x, c.low);
        let (_, body_top) = at(x, c.open.max(c.close));
        let (_, body_bottom) = at(x, c.open.min(c.close));
        area.draw(&PathElement::new(vec![(cx, high), (cx, body_top)], style))?;
        area.draw(&PathElement::new(vec![(cx, body_bottom), (cx, low)], style))?;
        let (left, right) = body.span(cx + base.0, base.0);
        let corners = [(left, body_top), (right, body_bottom)];
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
    body: Body,
    panel: i32,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let (left, right) = (px.start - base.0, px.end - base.0);
    let plot_bottom = py.end - base.1;
    // The panel title on its own line, then the bars down to the x labels.
    let (title_y, top) = if matches!(body, Body::Cells { .. }) {
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
        let (bar_left, bar_right) = body.span(cx, base.0);
        let fill = tint(theme.background, *color, 0.7);
        area.draw(&Rectangle::new(
            [(bar_left, y_of(*v)), (bar_right, bottom)],
            fill.filled(),
        ))?;
    }
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        ShapeStyle::from(&theme.axis).stroke_width(1),
    ))
}

/// What the chart needs to decide which candles a plot shows.
struct ViewContext<'a> {
    input: &'a Input,
    all: &'a [Candle],
    /// (candle index, mean) from [`moving_average`].
    average: &'a [(usize, f64)],
    with_average: bool,
}

/// The candles a plot shows and its axes: x is the index of the trading
/// period among those shown, so the candles fill the axis and weekends
/// leave no gaps.
struct View<'a> {
    shown: &'a [Candle],
    average: Vec<(f64, f64)>,
    x: Axis,
    y: Axis,
}

impl<'a> ViewContext<'a> {
    /// The latest `count` candles, each in a slot of the x axis.
    fn view(&self, count: usize) -> View<'a> {
        let first = self.all.len().saturating_sub(count.max(1));
        let shown = self.all.get(first..).unwrap_or(&[]);
        let average: Vec<(f64, f64)> = self
            .average
            .iter()
            .filter(|(i, _)| *i >= first)
            .map(|(i, v)| ((i - first) as f64, *v))
            .collect();
        // Categories without names: one slot per candle, centred on whole
        // numbers; the chart writes the dates itself.
        let x = Axis {
            title: self.input.x_title.clone(),
            min: -0.5,
            max: shown.len().max(1) as f64 - 0.5,
            ticks: AxisTicks::Categories(Vec::new()),
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
    let (_, legend_h) = axes::text_size(area, "Ag", &legend)?;
    let legend_row = if axes::text_in_cells(area, theme)? {
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
    // The frame writes the y title on its own row in a terminal, turned
    // beside the axis on paper.
    let y_title_w = if y.title.is_empty() || axes::text_in_cells(area, theme)? {
        0
    } else {
        line_h + (line_h / 2).max(theme.gap)
    };
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
/// candle that has that many behind it: (candle index, mean).
fn moving_average(candles: &[Candle], periods: usize) -> Vec<(usize, f64)> {
    let periods = periods.max(1);
    let mut sum = 0.0;
    let mut out = Vec::with_capacity(candles.len());
    for (i, c) in candles.iter().enumerate() {
        sum += c.close;
        if let Some(old) = i.checked_sub(periods).and_then(|k| candles.get(k)) {
            sum -= old.close;
        }
        if i + 1 >= periods {
            out.push((i, sum / periods as f64));
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

    /// Weekdays only, from Monday 2012-11-26, for `n` trading days.
    fn weekdays(n: usize) -> Vec<f64> {
        let monday = scale::days_from_civil(2012, 11, 26) as f64;
        (0..)
            .map(|d| monday + f64::from(d))
            .filter(|d| (*d as i64 + 3).rem_euclid(7) < 5)
            .take(n)
            .collect()
    }

    #[test]
    fn thirty_candles_fill_the_whole_axis_without_weekend_gaps() {
        let candles: Vec<Candle> = weekdays(30).into_iter().map(|x| candle(x, 1.0)).collect();
        let input = Input::default();
        let context = ViewContext {
            input: &input,
            all: &candles,
            average: &[],
            with_average: false,
        };
        // Room for 200 candles: all 30 show, spread over the whole axis, one
        // slot each (x is the trading-day index, not the date).
        let v = context.view(200);
        assert_eq!(v.shown.len(), 30);
        assert_eq!((v.x.min, v.x.max), (-0.5, 29.5));
        // Room for 10: the latest 10.
        let v = context.view(10);
        assert_eq!(v.shown.first().map(|c| c.x), candles.get(20).map(|c| c.x));
        assert_eq!((v.x.min, v.x.max), (-0.5, 9.5));
    }

    #[test]
    fn calendar_ticks_mark_where_weeks_and_months_begin() {
        let dates = weekdays(30);
        let levels = calendar_ticks(&dates);
        let [weeks, halves, months, quarters, years] = &levels[..] else {
            panic!("five levels: {levels:?}");
        };
        // Mondays, every 5th trading day; the first Monday is no tick.
        assert_eq!(
            weeks.iter().map(|t| t.0).collect::<Vec<_>>(),
            vec![5.0, 10.0, 15.0, 20.0, 25.0]
        );
        // Monday Dec 3 (index 5) opens a month; Tuesday Jan 1 2013 is index 26.
        assert_eq!(weeks[0].1, "Dec");
        assert_eq!(weeks[1].1, "Dec 10");
        assert_eq!(
            months,
            &vec![(5.0, String::from("Dec")), (26.0, String::from("Jan 2013"))]
        );
        assert_eq!(halves.len(), 3, "Dec, Dec 17, Jan 2013: {halves:?}");
        assert_eq!(quarters.len(), 1);
        assert_eq!(years, &vec![(26.0, String::from("2013"))]);
    }

    #[test]
    fn labels_fit_only_inside_and_apart() {
        assert!(labels_fit(&[(20, 30), (80, 30)], 8, 100));
        assert!(!labels_fit(&[(20, 30), (60, 30)], 8, 100), "10 px apart, 16 needed");
        assert!(!labels_fit(&[(10, 30)], 8, 100), "starts left of the area");
    }

    #[test]
    fn terminal_bodies_take_whole_cells_around_the_candle() {
        let one = Body::Cells { cells: 1, char_w: 8 };
        assert_eq!(one.span(21, 0), (16, 23));
        let three = Body::Cells { cells: 3, char_w: 8 };
        assert_eq!(three.span(21, 8), (0, 23));
        assert_eq!(Body::Pixels(3).span(21, 1), (17, 23));
    }

    #[test]
    fn the_footnote_says_what_the_width_left_out() {
        let candles: Vec<Candle> = weekdays(30).into_iter().map(|x| candle(x, 1.0)).collect();
        let input = Input {
            x_is_date: true,
            ..Input::default()
        };
        assert_eq!(footnote(&input, &candles, 30, false), "");
        assert_eq!(
            footnote(&input, &candles, 12, true),
            "Only the last 12 of 30 trading days fit this width; the data have no volume to draw"
        );
    }

    #[test]
    fn the_window_changes_the_moving_average_drawn() {
        let candles = weekdays(60)
            .into_iter()
            .enumerate()
            .map(|(i, x)| candle(x, 10.0 + (i as f64 / 3.0).sin() * 3.0))
            .collect();
        let input = Input {
            x_is_date: true,
            candles,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(400, 250, |area| {
                draw(area, input, Variant::MovingAverage, &Theme::light()).expect("draws");
            })
        };
        let short = Input {
            window: Some(5),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&short));
        let default = Input {
            window: Some(MA_PERIODS),
            ..input.clone()
        };
        assert_eq!(draw_it(&input), draw_it(&default));
    }

    #[test]
    fn moving_average_trails_the_close() {
        let candles: Vec<Candle> = (0..5).map(|i| candle(f64::from(i), f64::from(i))).collect();
        assert_eq!(moving_average(&candles, 3), vec![(2, 1.0), (3, 2.0), (4, 3.0)]);
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
