//! The frame most charts share: title, legend row, light grid, tick labels
//! and axis titles, laid out from measured text so it fits any canvas, from
//! an 80x24 terminal to a 1200x800 PNG.
//!
//! [`Frame::draw`] returns the plotting area with data coordinates
//! (`Cartesian2d<f64, f64>`, y pointing up); the chart draws its data there.
//!
//! Copying a chart: copy this file, `theme.rs` and `scale.rs` too.

use crate::scale;
use crate::theme::Theme;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;
use std::ops::Range;

/// The plotting area of a frame, in data coordinates.
pub type Plot<DB> = DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
/// What every drawing function returns.
pub type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// How an axis places and labels its ticks.
#[derive(Clone, Debug, PartialEq)]
pub enum Ticks {
    /// 1-2-5 steps.
    Linear,
    /// The axis runs in log10 space; labels show the real values.
    Log10,
    /// Days since 1970-01-01, ticked on calendar boundaries.
    Date,
    /// Category `i` sits at position `i`; the axis runs from -0.5 to n - 0.5.
    Categories(Vec<String>),
}

/// One axis: its title (with units), its range and its kind of ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// What the axis measures, with its unit; drawn beside the axis.
    pub title: String,
    /// The value at the axis's start (left or bottom), in data units.
    pub min: f64,
    /// The value at the axis's end (right or top), in data units.
    pub max: f64,
    /// How the axis places and labels its ticks.
    pub ticks: Ticks,
}

impl Axis {
    /// A linear axis from `min` to `max` (data units), titled `title`.
    pub fn linear(title: impl Into<String>, min: f64, max: f64) -> Self {
        Axis {
            title: title.into(),
            min,
            max,
            ticks: Ticks::Linear,
        }
        .non_degenerate()
    }

    /// A log10 axis over positive data from `min` to `max` (real values).
    pub fn log10(title: impl Into<String>, min: f64, max: f64) -> Self {
        let (lo, hi) = (min.max(f64::MIN_POSITIVE).log10(), max.max(f64::MIN_POSITIVE).log10());
        Axis {
            title: title.into(),
            min: lo,
            max: hi,
            ticks: Ticks::Log10,
        }
        .non_degenerate()
    }

    /// A date axis from day `min` to day `max` (days since 1970-01-01).
    pub fn date(title: impl Into<String>, min: f64, max: f64) -> Self {
        Axis {
            title: title.into(),
            min,
            max,
            ticks: Ticks::Date,
        }
        .non_degenerate()
    }

    /// A category axis: `names[i]` at position `i`, the range -0.5 to n - 0.5.
    pub fn categories(title: impl Into<String>, names: Vec<String>) -> Self {
        let n = names.len().max(1) as f64;
        Axis {
            title: title.into(),
            min: -0.5,
            max: n - 0.5,
            ticks: Ticks::Categories(names),
        }
    }

    /// A value axis that starts at zero (bars, areas) and ends on a nice tick.
    pub fn zero_based(title: impl Into<String>, max: f64) -> Self {
        let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
        // Fine steps for the bound, so the top of the axis stays near the data.
        let (_, hi) = scale::nice_bounds(0.0, max, 10);
        Axis::linear(title, 0.0, hi)
    }

    /// The range widened outward to nice tick values.
    #[must_use]
    pub fn nice(mut self) -> Self {
        if self.ticks == Ticks::Linear {
            (self.min, self.max) = scale::nice_bounds(self.min, self.max, 5);
        }
        self
    }

    /// The range widened by `fraction` of its span on both sides.
    #[must_use]
    pub fn padded(mut self, fraction: f64) -> Self {
        let pad = (self.max - self.min) * fraction;
        (self.min, self.max) = scale::finite_span((self.min - pad).max(-f64::MAX), (self.max + pad).min(f64::MAX));
        self
    }

    /// Empty or inverted ranges would collapse the coordinate mapping.
    fn non_degenerate(mut self) -> Self {
        if !(self.min.is_finite() && self.max.is_finite()) {
            (self.min, self.max) = (0.0, 1.0);
        } else if self.max <= self.min {
            let pad = if self.min == 0.0 { 1.0 } else { self.min.abs() * 0.1 };
            (self.min, self.max) = ((self.min - pad).max(-f64::MAX), (self.max + pad).min(f64::MAX));
        }
        (self.min, self.max) = scale::finite_span(self.min, self.max);
        self
    }

    /// True when the range was cut to [`scale::SPAN_LIMIT`] because the
    /// data spans more than an f64 holds (-1e308 to 1e308): values beyond
    /// are off the plot, and the frame says so.
    pub fn is_cut(&self) -> bool {
        self.ticks == Ticks::Linear && (self.min == -scale::SPAN_LIMIT || self.max == scale::SPAN_LIMIT)
    }

    /// Tick positions and labels, at most about `max_ticks` of them.
    pub fn tick_labels(&self, max_ticks: usize) -> Vec<(f64, String)> {
        match &self.ticks {
            Ticks::Linear => {
                let (values, step) = scale::ticks(self.min, self.max, max_ticks);
                let max_abs = values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
                values
                    .into_iter()
                    .map(|v| (v, scale::format_tick(v, step, max_abs)))
                    .collect()
            }
            Ticks::Log10 => scale::log_ticks(self.min, self.max, max_ticks),
            Ticks::Date => scale::date_ticks(self.min, self.max, max_ticks),
            Ticks::Categories(names) => names.iter().enumerate().map(|(i, n)| (i as f64, n.clone())).collect(),
        }
    }

    fn is_categorical(&self) -> bool {
        matches!(self.ticks, Ticks::Categories(_))
    }

    /// How many categories a category axis holds, each in a band of its
    /// own (the range [`Axis::categories`] gives); `None` for a value axis
    /// or a range a chart changed (ridges reaching above their band).
    fn category_count(&self) -> Option<usize> {
        match &self.ticks {
            Ticks::Categories(names) if self.min == -0.5 && self.max == names.len().max(1) as f64 - 0.5 => {
                Some(names.len())
            }
            _ => None,
        }
    }
}

/// The note of a frame whose axis was cut (see [`Axis::is_cut`]).
pub const CUT_NOTE: &str = "Values beyond ±9e307 are off the chart: they span more than a float can hold.";

/// A coloured swatch and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// The text beside the swatch.
    pub label: String,
    /// The swatch's colour: the colour of what the entry names.
    pub color: RGBColor,
}

/// The shape of a legend key: like the marks it names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LegendMark {
    /// A filled square: bars, areas, regions.
    #[default]
    Box,
    /// A filled dot: scatter points.
    Point,
    /// A short line: line charts.
    Line,
}

/// Title, legend, axes and grid around a plotting area.
pub struct Frame<'a> {
    title: &'a str,
    x: &'a Axis,
    y: &'a Axis,
    legend: &'a [LegendEntry],
    legend_mark: LegendMark,
    reserve_right: i32,
    mirror_y: bool,
    reserve_bottom: i32,
}

impl<'a> Frame<'a> {
    /// A frame with the chart's `title` and its `x` and `y` axes.
    pub fn new(title: &'a str, x: &'a Axis, y: &'a Axis) -> Self {
        Frame {
            title,
            x,
            y,
            legend: &[],
            legend_mark: LegendMark::Box,
            reserve_right: 0,
            mirror_y: false,
            reserve_bottom: 0,
        }
    }

    /// A legend row (or rows) between the title and the plot, off the data.
    #[must_use]
    pub fn legend(mut self, entries: &'a [LegendEntry]) -> Self {
        // Data without groups comes as one group without a name: a key
        // with nothing beside it says nothing.
        let named = entries.iter().any(|e| !e.label.trim().is_empty());
        self.legend = if named { entries } else { &[] };
        self
    }

    /// Draws the legend keys as `mark` (points for a scatter, lines for a
    /// line chart); boxes by default.
    #[must_use]
    pub fn legend_mark(mut self, mark: LegendMark) -> Self {
        self.legend_mark = mark;
        self
    }

    /// Keeps `px` pixels free at the right (for a colour bar).
    #[must_use]
    pub fn reserve_right(mut self, px: i32) -> Self {
        self.reserve_right = px;
        self
    }

    /// Keeps `px` pixels free between the plot and the x tick labels, for
    /// a second panel that shares the x axis (volume under prices); draw
    /// it below the plot the frame returns.
    #[must_use]
    pub fn reserve_bottom(mut self, px: i32) -> Self {
        self.reserve_bottom = px.max(0);
        self
    }

    /// Labels the y axis with magnitudes ("0.02" both above and below
    /// zero), for charts mirrored around zero (back-to-back densities).
    #[must_use]
    pub fn mirror_y(mut self) -> Self {
        self.mirror_y = true;
        self
    }

    /// Draws title, legend, grid and labels; returns the plotting area.
    pub fn draw<DB: DrawingBackend>(self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<Plot<DB>, DB> {
        // An axis cut to a span f64 can hold leaves values off the plot:
        // a note above the chart's own footnote says so.
        if self.x.is_cut() || self.y.is_cut() {
            let above_note = draw_footnote(area, theme, CUT_NOTE)?;
            return self.draw_frame(&above_note, theme);
        }
        self.draw_frame(area, theme)
    }

    fn draw_frame<DB: DrawingBackend>(self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<Plot<DB>, DB> {
        let (w, h) = dims(area);
        let m = theme.margin;
        let label = theme.label_style();
        let (char_w, line_h) = text_size(area, "0", &label)?;
        let cells = text_in_cells(area, theme)?;
        let mut top = draw_title(area, theme, self.title)?;
        if !self.legend.is_empty() {
            top += draw_legend_marked(area, theme, self.legend, self.legend_mark, top, m, w - 2 * m)?;
        }
        // In a terminal the y title is written horizontally, on its own row
        // above the y axis (text is never written down a column).
        let mut y_title_row = (cells && !self.y.title.is_empty()).then_some(top);
        top += y_title_row.map_or(0, |_| line_h);
        // The top tick label reaches half a line above the plot.
        top += line_h / 2;
        // Pixels have room for air: half a line between tick labels and an
        // axis title, and x labels clear of the lowest y label at the origin.
        let (title_air, x_label_drop) = if cells {
            (0, theme.gap / 2)
        } else {
            (line_h / 2, line_h / 2 + 2)
        };
        let x_title_h = if self.x.title.is_empty() { 0 } else { line_h + title_air };
        let labels_h = m + x_title_h + line_h + x_label_drop;
        let mut bottom = labels_h + self.reserve_bottom;
        // In a terminal, categories get equal bands of rows; the rows over
        // stay empty under the frame. The y title keeps its row above the plot.
        let mut empty_below = 0;
        let bands = cells.then(|| {
            category_rows(
                self.y.category_count(),
                area.get_base_pixel().1,
                (top, h - bottom),
                line_h,
            )
        });
        if let Some(rows) = bands.flatten() {
            y_title_row = y_title_row.map(|row| row + rows.top - top);
            (top, bottom, empty_below) = (rows.top, h - rows.bottom, rows.lift);
        }

        // y labels first: their width decides the plot's left edge.
        let (y_ticks, y_label_w) = self.y_tick_labels(area, &label, (h - top - bottom).max(1))?;
        let y_title_w = if self.y.title.is_empty() || cells {
            0
        } else {
            line_h + (line_h / 2).max(theme.gap)
        };
        let left = m + y_title_w + y_label_w + theme.gap;

        // x labels: as many as fit side by side without touching.
        let plot_w_guess = (w - left - m - self.reserve_right).max(1);
        let mut x_ticks = fit_x_ticks(area, self.x, plot_w_guess, char_w, &label)?;
        // Category names cut on one line take a second where words allow
        // (not under bands of rows already laid out to the row).
        let mut labels_h = labels_h;
        if empty_below == 0 && !(cells && self.y.category_count().is_some()) {
            if let Some(two_lines) = wrap_category_names(area, self.x, plot_w_guess, char_w, &label)? {
                x_ticks = two_lines;
                labels_h += line_h;
                bottom += line_h;
            }
        }
        let last_half = match x_ticks.last() {
            Some((_, t)) if !self.x.is_categorical() => text_size(area, t, &label)?.0 / 2,
            _ => 0,
        };
        let right = m.max(last_half) + self.reserve_right;

        let plot_area = area.margin(top.max(0), bottom.max(0), left.max(0), right.max(0));
        let (pw, ph) = dims(&plot_area);
        let plot = plot_area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
            self.x.min..self.x.max,
            self.y.min..self.y.max,
            plot_pixels(&plot_area),
        ));
        if pw < 2 || ph < 2 {
            return Ok(plot);
        }

        self.draw_grid(&plot, theme, &y_ticks, &x_ticks)?;

        // Labels, placed in the frame's pixel space.
        let base = area.get_base_pixel();
        let to_local = |p: (i32, i32)| (p.0 - base.0, p.1 - base.1);
        for (v, text) in &y_ticks {
            let (_, py) = to_local(plot.map_coordinate(&(self.x.min, *v)));
            let style = label.pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new(text.clone(), (left - theme.gap, py), style))?;
        }
        let x_label_y = h - empty_below - labels_h + x_label_drop;
        for (v, text) in &x_ticks {
            let (px, _) = to_local(plot.map_coordinate(&(*v, self.y.min)));
            let style = label.pos(Pos::new(HPos::Center, VPos::Top));
            for (k, line) in text.lines().enumerate() {
                let y = x_label_y + line_h * k as i32;
                area.draw(&Text::new(line.to_string(), (px, y), style.clone()))?;
            }
        }
        let titles = TitlePlaces {
            plot_x: (left, pw),
            plot_y: (top, ph),
            x_title_y: h - empty_below - m - x_title_h + title_air,
            y_title_row,
        };
        self.draw_titles(area, theme, &titles)?;
        Ok(plot)
    }

    /// The y tick labels for a plot `plot_h` pixels tall (mirrored, cut to
    /// a third of the canvas, category names thinned to fit), and the
    /// widest one's width.
    fn y_tick_labels<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        label: &TextStyle,
        plot_h: i32,
    ) -> DrawResult<(Vec<(f64, String)>, i32), DB> {
        let (w, _) = dims(area);
        let (char_w, line_h) = text_size(area, "0", label)?;
        let max_y_ticks = (plot_h / (line_h * 3).max(1)).clamp(2, 10) as usize;
        let mut y_ticks = self.y.tick_labels(max_y_ticks);
        if self.mirror_y {
            for (_, text) in &mut y_ticks {
                *text = mirrored_label(text);
            }
        }
        let y_label_max_w = (w / 3).max(char_w);
        for (_, text) in &mut y_ticks {
            *text = fit_text(area, text, label, y_label_max_w)?;
        }
        if self.y.is_categorical() {
            y_ticks = thin(y_ticks, plot_h, line_h);
        }
        let mut y_label_w = 0;
        for (_, text) in &y_ticks {
            y_label_w = y_label_w.max(text_size(area, text, label)?.0);
        }
        Ok((y_ticks, y_label_w))
    }

    /// A light grid behind the data at the value ticks, then the base line.
    fn draw_grid<DB: DrawingBackend>(
        &self,
        plot: &Plot<DB>,
        theme: &Theme,
        y_ticks: &[(f64, String)],
        x_ticks: &[(f64, String)],
    ) -> DrawResult<(), DB> {
        let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
        if !self.y.is_categorical() {
            for (v, _) in y_ticks {
                plot.draw(&PathElement::new(vec![(self.x.min, *v), (self.x.max, *v)], grid))?;
            }
        }
        if !self.x.is_categorical() {
            for (v, _) in x_ticks {
                plot.draw(&PathElement::new(vec![(*v, self.y.min), (*v, self.y.max)], grid))?;
            }
        }
        plot.draw(&PathElement::new(
            vec![(self.x.min, self.y.min), (self.x.max, self.y.min)],
            ShapeStyle::from(&theme.axis).stroke_width(1),
        ))?;
        Ok(())
    }

    /// The axis titles: x centred under its tick labels; y on its own row
    /// above the axis in a terminal, else rotated beside the tick labels.
    fn draw_titles<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        at: &TitlePlaces,
    ) -> DrawResult<(), DB> {
        let (w, _) = dims(area);
        let m = theme.margin;
        let ((left, pw), (top, ph)) = (at.plot_x, at.plot_y);
        let muted = theme.muted_style();
        if !self.x.title.is_empty() {
            let title = fit_text(area, &self.x.title, &muted, pw)?;
            let style = muted.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(title, (left + pw / 2, at.x_title_y), style))?;
        }
        if let Some(row) = at.y_title_row {
            let title = fit_text(area, &self.y.title, &muted, w - 2 * m)?;
            let style = muted.pos(Pos::new(HPos::Left, VPos::Top));
            area.draw(&Text::new(title, (m, row), style))?;
        } else if !self.y.title.is_empty() {
            // Measured rotated: a terminal writes vertical text one row per character.
            let rotated = muted.transform(FontTransform::Rotate270);
            let title = fit_text(area, &self.y.title, &rotated, ph)?;
            let style = rotated.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(title, (m, top + ph / 2), style))?;
        }
        Ok(())
    }
}

/// Where [`Frame::draw_titles`] puts the axis titles: the plot's left edge
/// and width, its top and height, the x title's top, the y title's row.
struct TitlePlaces {
    plot_x: (i32, i32),
    plot_y: (i32, i32),
    x_title_y: i32,
    y_title_row: Option<i32>,
}

/// Width and height of an area in pixels, as signed numbers for layout math.
/// The pixels a frame's data coordinates span: x left to right, y bottom
/// to top (pixel rows grow downwards; data y grows upwards).
fn plot_pixels<DB: DrawingBackend, CT: CoordTranslate>(area: &DrawingArea<DB, CT>) -> (Range<i32>, Range<i32>) {
    let (px, py) = area.get_pixel_range();
    (
        px.start..(px.end - 1).max(px.start),
        (py.end - 1).max(py.start)..py.start,
    )
}

/// Maps data points to pixels exactly as `plot.map_coordinate` does, for
/// loops over a million points: plotters' generic path costs a call to
/// `floor` or `ceil` per axis per point.
#[derive(Clone, Debug)]
pub struct PixelMap {
    x: (Range<f64>, Range<i32>),
    y: (Range<f64>, Range<i32>),
}

impl PixelMap {
    /// The mapping of `plot`'s data coordinates to pixels of its area.
    pub fn of<DB: DrawingBackend>(plot: &Plot<DB>) -> Self {
        let spec = plot.as_coord_spec();
        let (x_pixels, y_pixels) = plot_pixels(plot);
        PixelMap {
            x: (spec.get_x_range(), x_pixels),
            y: (spec.get_y_range(), y_pixels),
        }
    }

    /// The pixel of a point in data coordinates.
    pub fn map(&self, (x, y): (f64, f64)) -> (i32, i32) {
        (map_axis(x, &self.x.0, &self.x.1), map_axis(y, &self.y.0, &self.y.1))
    }
}

/// plotters' `RangedCoordf64::map`, step for step, with a floor and ceil
/// that need no library call.
#[allow(clippy::float_cmp)]
fn map_axis(v: f64, logic: &Range<f64>, pixels: &Range<i32>) -> i32 {
    if logic.end == logic.start {
        return (pixels.end - pixels.start) / 2;
    }
    let logic_length = (v - logic.start) / (logic.end - logic.start);
    let actual_length = pixels.end - pixels.start;
    if actual_length == 0 {
        return pixels.end;
    }
    if logic_length.is_infinite() {
        return if logic_length.is_sign_positive() {
            pixels.end
        } else {
            pixels.start
        };
    }
    // `as i64` saturates, and turns NaN into 0, just as `as i32` does after floor.
    let truncated = |v: f64| v as i64 as f64;
    if actual_length > 0 {
        let v = f64::from(actual_length) * logic_length + 1e-3;
        let t = truncated(v);
        pixels.start.saturating_add((if t > v { t - 1.0 } else { t }) as i32)
    } else {
        let v = f64::from(actual_length) * logic_length - 1e-3;
        let t = truncated(v);
        pixels.start.saturating_add((if t < v { t + 1.0 } else { t }) as i32)
    }
}

/// The width and height of `area`, in pixels.
pub fn dims<DB: DrawingBackend, CT: CoordTranslate>(area: &DrawingArea<DB, CT>) -> (i32, i32) {
    let (w, h) = area.dim_in_pixel();
    (w as i32, h as i32)
}

/// Measured width and height of `text`.
pub fn text_size<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
) -> DrawResult<(i32, i32), DB> {
    let (w, h) = area.estimate_text_size(text, style)?;
    Ok((w as i32, h as i32))
}

/// Whether the backend sets text in fixed character cells (a terminal):
/// there every font size measures the same, colours under 50% opacity
/// vanish and anti-aliased one-pixel lines break into dots, so a chart
/// draws its see-through lines opaque and cannot show size with text.
pub fn text_in_cells<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<bool, DB> {
    let small = text_size(area, "0", &theme.font_of(8.0).into())?;
    let large = text_size(area, "0", &theme.font_of(64.0).into())?;
    Ok(small == large)
}

/// The size of a character cell when the canvas is a terminal (see
/// [`text_in_cells`]), `None` on paper. Legends and colour bars snap to it
/// so that a colour strip fills whole cells instead of half of two.
pub fn cell_size<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> DrawResult<Option<(i32, i32)>, DB> {
    if !text_in_cells(area, theme)? {
        return Ok(None);
    }
    Ok(Some(text_size(area, "0", &theme.label_style())?))
}

/// `v` rounded up to a multiple of `cell` (unchanged without a cell).
pub fn snap_up(v: i32, cell: Option<i32>) -> i32 {
    match cell {
        Some(c) if c > 0 => (v + c - 1).div_euclid(c) * c,
        _ => v,
    }
}

/// `v` rounded down to a multiple of `cell` (unchanged without a cell).
pub fn snap_down(v: i32, cell: Option<i32>) -> i32 {
    match cell {
        Some(c) if c > 0 => v.div_euclid(c) * c,
        _ => v,
    }
}

/// `text`, cut with an ellipsis so it is at most `max_w` pixels wide,
/// never inside a character's cluster (see [`cluster_ends`]).
pub fn fit_text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    max_w: i32,
) -> DrawResult<String, DB> {
    if text_size(area, text, style)?.0 <= max_w {
        return Ok(text.to_string());
    }
    let ends = cluster_ends(text);
    let with_ellipsis = |k: usize| format!("{}…", &text[..ends[k - 1]]);
    let (mut lo, mut hi) = (0usize, ends.len());
    // Binary search the most clusters that fit with their ellipsis.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if text_size(area, &with_ellipsis(mid), style)?.0 <= max_w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Ok(if lo == 0 { String::new() } else { with_ellipsis(lo) })
}

/// Byte offsets where `text` may be cut: after each cluster of a base
/// character and what joins it (combining marks, Indic and Thai vowel
/// signs, variation selectors, skin tones, and whatever follows a
/// zero-width joiner, as in 👩‍👩‍👧). An approximation of Unicode's
/// grapheme clusters that needs no tables: cutting `नमस्ते` after `स`
/// would drop its virama and vowel sign.
pub fn cluster_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut after_joiner = false;
    for (i, c) in text.char_indices() {
        if i > 0 && !after_joiner && !joins_previous(c) {
            ends.push(i);
        }
        after_joiner = c == '\u{200d}';
    }
    if !text.is_empty() {
        ends.push(text.len());
    }
    ends
}

/// Does `c` belong to the character before it (a combining mark, a vowel
/// sign, a joiner, a variation selector, a skin tone, an emoji tag)?
fn joins_previous(c: char) -> bool {
    let u = c as u32;
    let indic = (0x0900..=0x0DFF).contains(&u)
        && matches!((u - 0x0900) % 0x80, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63);
    indic
        || matches!(
            u,
            0x0300..=0x036F
                | 0x0483..=0x0489
                | 0x0591..=0x05BD
                | 0x05BF
                | 0x05C1..=0x05C2
                | 0x05C4..=0x05C5
                | 0x05C7
                | 0x0610..=0x061A
                | 0x064B..=0x065F
                | 0x0670
                | 0x06D6..=0x06DC
                | 0x06DF..=0x06E4
                | 0x06E7..=0x06E8
                | 0x06EA..=0x06ED
                | 0x0E31
                | 0x0E34..=0x0E3A
                | 0x0E47..=0x0E4E
                | 0x0EB1
                | 0x0EB4..=0x0EBC
                | 0x0EC8..=0x0ECD
                | 0x1AB0..=0x1AFF
                | 0x1DC0..=0x1DFF
                | 0x200C..=0x200D
                | 0x20D0..=0x20FF
                | 0xFE00..=0xFE0F
                | 0xFE20..=0xFE2F
                | 0x1F3FB..=0x1F3FF
                | 0xE0020..=0xE007F
                | 0xE0100..=0xE01EF
        )
}

/// Keeps every k-th label so labels `line_h` tall never overlap along `len`.
/// Where a plot goes when its y categories get equal bands of text rows
/// (see [`category_rows`]), in the area's pixels.
struct CategoryRows {
    /// The plot's first pixel row: a text row's top edge.
    top: i32,
    /// Past its last pixel row, which is the top edge of the row that
    /// carries the x axis line.
    bottom: i32,
    /// The rows left over, in pixels: the frame moves up by this much and
    /// leaves them empty under the x axis title.
    lift: i32,
}

/// In a terminal, the plot of a y axis holding `categories` laid out so
/// that each category gets the same whole number of text rows, its middle
/// where the frame writes its name. `span` is the room (top, bottom) the
/// frame has; `base_y` the area's first pixel row on the canvas. Only for
/// bands of up to three rows, where a band a row taller than the next
/// shows, or when an eighth of the rows at most is left over; `None` when some category would
/// get less than a row (the frame then thins the names) or the axis holds
/// values.
fn category_rows(
    categories: Option<usize>,
    base_y: i32,
    (top, bottom): (i32, i32),
    line_h: i32,
) -> Option<CategoryRows> {
    let n = i32::try_from(categories?).ok().filter(|n| *n > 0)?;
    if line_h <= 0 {
        return None;
    }
    // The row holding the plot's last pixel carries the x axis line.
    let axis_row = (base_y + bottom - 1).div_euclid(line_h) * line_h - base_y;
    // Category names sit inside their bands: no half line above the plot
    // for a top tick label, so the plot starts on the row it began in.
    let first_row = (base_y + top).div_euclid(line_h) * line_h - base_y;
    let rows = (axis_row - first_row) / line_h;
    let band = rows / n;
    let slack = rows - n * band;
    // Tall bands do not look uneven a row apart, and could leave many rows
    // empty: they are evened out only when few rows are left over. Thin
    // ones always are, even with many rows left empty (25 words on 40 rows):
    // bands of one and two rows mixed pair names up at random.
    (band >= 1 && (band <= 3 || slack <= (rows / 8).max(1))).then(|| CategoryRows {
        top: first_row,
        bottom: first_row + n * band * line_h + 1,
        lift: slack * line_h,
    })
}

fn thin(ticks: Vec<(f64, String)>, len: i32, line_h: i32) -> Vec<(f64, String)> {
    let every = thin_step(ticks.len(), len, line_h);
    ticks.into_iter().step_by(every).collect()
}

/// Every how many of `n` labels `line_h` tall sharing `len` pixels one is
/// written, as the frame thins category labels: 1 when they all fit, else
/// the smallest step at which neighbours no longer overlap. Charts that say
/// how many names were left out count with this.
pub fn thin_step(n: usize, len: i32, line_h: i32) -> usize {
    let per_label = len / n.max(1) as i32;
    if per_label >= line_h {
        return 1;
    }
    ((line_h + per_label - 1) / per_label.max(1)).max(1) as usize
}

/// X tick labels that fit side by side: fewer ticks for numbers and dates,
/// shortened (then thinned) names for categories.
fn fit_x_ticks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    axis: &Axis,
    plot_w: i32,
    char_w: i32,
    style: &TextStyle,
) -> DrawResult<Vec<(f64, String)>, DB> {
    if let Ticks::Categories(names) = &axis.ticks {
        let room = category_room(plot_w, names.len(), char_w);
        let mut out = Vec::with_capacity(names.len());
        let mut widest = 0;
        for (i, name) in names.iter().enumerate() {
            let t = fit_text(area, name, style, room)?;
            widest = widest.max(text_size(area, &t, style)?.0);
            out.push((i as f64, t));
        }
        return Ok(thin(out, plot_w, widest + char_w));
    }
    let mut max_ticks = (plot_w / (char_w * 8).max(1)).clamp(2, 12) as usize;
    loop {
        let ticks = axis.tick_labels(max_ticks);
        let mut widest = 0;
        for (_, t) in &ticks {
            widest = widest.max(text_size(area, t, style)?.0);
        }
        let fits = (ticks.len() as i32) * (widest + 2 * char_w) <= plot_w;
        if fits || max_ticks <= 2 {
            return Ok(ticks);
        }
        max_ticks -= 1;
    }
}

/// The width a category name on the x axis may take: its share of the
/// plot less a character of air, but at least four characters.
fn category_room(plot_w: i32, categories: usize, char_w: i32) -> i32 {
    let slot = plot_w / categories.max(1) as i32;
    (slot - char_w).max(char_w * 4)
}

/// Category names on two lines (`first\nsecond`), broken between words,
/// when some name is cut on one line (`room` as [`fit_x_ticks`] gives each)
/// and two lines show more of it; `None` when one line will do, or when
/// names are thinned anyway.
fn wrap_category_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    axis: &Axis,
    plot_w: i32,
    char_w: i32,
    style: &TextStyle,
) -> DrawResult<Option<Vec<(f64, String)>>, DB> {
    let Ticks::Categories(names) = &axis.ticks else {
        return Ok(None);
    };
    let room = category_room(plot_w, names.len(), char_w);
    if thin_step(names.len(), plot_w, room + char_w) > 1 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(names.len());
    let mut helps = false;
    for (i, name) in names.iter().enumerate() {
        let one = fit_text(area, name, style, room)?;
        if one == *name {
            out.push((i as f64, one));
            continue;
        }
        // The most words that fit on the first line; the rest, cut if
        // need be, on the second.
        let words: Vec<&str> = name.split_whitespace().collect();
        let mut first = 0;
        for k in 1..words.len() {
            if text_size(area, &words[..k].join(" "), style)?.0 > room {
                break;
            }
            first = k;
        }
        if words.len() < 2 {
            out.push((i as f64, one));
            continue;
        }
        // A first word too long for the line is cut there, so the second
        // line still shows the words after it.
        let line = if first == 0 {
            fit_text(area, words[0], style, room)?
        } else {
            words[..first].join(" ")
        };
        let second = fit_text(area, &words[first.max(1)..].join(" "), style, room)?;
        helps = true;
        out.push((i as f64, format!("{line}\n{second}")));
    }
    Ok(helps.then_some(out))
}

/// Draws the title at the top left; returns the height it took (with margin).
pub fn draw_title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title: &str,
) -> DrawResult<i32, DB> {
    let (w, _) = dims(area);
    let m = theme.margin;
    let style = theme.title_style();
    let text = fit_text(area, title, &style, w - 2 * m)?;
    let (_, th) = text_size(area, "Ag", &style)?;
    area.draw(&Text::new(text, (m, m), style.pos(Pos::new(HPos::Left, VPos::Top))))?;
    // A full gap (not half): in a terminal, margin + one text row + gap then
    // ends on a cell boundary, so what comes next starts on its own row.
    Ok(m + th + theme.gap)
}

/// Draws legend entries left to right from `(left, top)`, wrapping within
/// `width`; returns the height used. Keys are boxes.
pub fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    entries: &[LegendEntry],
    top: i32,
    left: i32,
    width: i32,
) -> DrawResult<i32, DB> {
    draw_legend_marked(area, theme, entries, LegendMark::Box, top, left, width)
}

/// [`draw_legend`] with keys shaped like the chart's marks.
pub fn draw_legend_marked<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    entries: &[LegendEntry],
    mark: LegendMark,
    top: i32,
    left: i32,
    width: i32,
) -> DrawResult<i32, DB> {
    let style = theme.legend_style();
    let (char_w, _) = text_size(area, "0", &style)?;
    let (_, text_h) = text_size(area, "Ag", &style)?;
    // In a terminal a swatch is one whole cell and rows are one cell apart,
    // so nothing straddles a row. Proportional fonts get a square swatch
    // and a little leading.
    let tall_cells = text_in_cells(area, theme)?;
    let (mut swatch_w, swatch_h, line_h) = if tall_cells {
        (char_w, text_h, text_h)
    } else {
        let side = (text_h * 3 / 4).max(1);
        (side, side, text_h * 5 / 4)
    };
    if mark == LegendMark::Line {
        swatch_w *= 2;
    }
    let (mut x, mut y) = (left, top);
    for entry in entries {
        let label = fit_text(area, &entry.label, &style, (width - swatch_w - char_w).max(char_w))?;
        let item_w = swatch_w + char_w + text_size(area, &label, &style)?.0 + 2 * char_w;
        if x > left && x + item_w > left + width {
            x = left;
            y += line_h;
        }
        let sy = y + (line_h - swatch_h) / 2;
        let mid = (x + swatch_w / 2, sy + swatch_h / 2);
        match mark {
            LegendMark::Box => area.draw(&Rectangle::new(
                [(x, sy), (x + swatch_w - 1, sy + swatch_h - 1)],
                entry.color.filled(),
            ))?,
            LegendMark::Point => {
                let r = if tall_cells { swatch_w / 2 - 1 } else { swatch_h / 2 - 1 };
                area.draw(&Circle::new(mid, r.max(1), entry.color.filled()))?;
            }
            LegendMark::Line => {
                let stroke = ShapeStyle::from(&entry.color).stroke_width(theme.line_width);
                area.draw(&PathElement::new(vec![(x, mid.1), (x + swatch_w - 1, mid.1)], stroke))?;
            }
        }
        let text_x = x + swatch_w + char_w;
        let centre = Pos::new(HPos::Left, VPos::Center);
        area.draw(&Text::new(label, (text_x, y + line_h / 2), style.pos(centre)))?;
        x += item_w;
    }
    Ok(y - top + line_h + theme.gap / 2)
}

/// A tick label as a magnitude: "-0.02" becomes "0.02".
fn mirrored_label(text: &str) -> String {
    text.strip_prefix('-').unwrap_or(text).to_string()
}

/// A chart's footnote: what it left out or changed, said for a reader
/// ("8 countries are not on this map"), in one muted line at the bottom
/// left. Returns the area above it, for the chart itself. An empty note
/// takes no room. Notes go here, never into a subtitle or an axis title.
pub fn draw_footnote<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    note: &str,
) -> DrawResult<DrawingArea<DB, Shift>, DB> {
    if note.trim().is_empty() {
        return Ok(area.clone());
    }
    let style = theme.muted_style();
    let (w, h) = dims(area);
    let foot_h = footnote_height(area, theme)?;
    if h <= foot_h * 2 {
        return Ok(area.clone());
    }
    let (chart, foot) = area.split_vertically(h - foot_h);
    let text = fit_text(&foot, note, &style, w - 2 * theme.margin)?;
    foot.draw(&Text::new(
        text,
        (theme.margin, 0),
        style.pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    Ok(chart)
}

/// The area above the strip [`draw_footnote`] takes, for a chart that must
/// lay itself out before it knows its note (the note counts what did not
/// fit); the note is then drawn into the same strip.
pub fn footnote_room<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> DrawResult<DrawingArea<DB, Shift>, DB> {
    let (_, h) = dims(area);
    let foot_h = footnote_height(area, theme)?;
    if h <= foot_h * 2 {
        return Ok(area.clone());
    }
    Ok(area.split_vertically(h - foot_h).0)
}

/// One muted line and half a margin.
fn footnote_height<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
    let (_, line_h) = text_size(area, "Ag", &theme.muted_style())?;
    Ok(line_h + theme.margin / 2)
}

/// The box of a `(w, h)` text anchored at `(x, y)`, as plotters places it.
pub fn anchored_box((x, y): (i32, i32), (w, h): (i32, i32), h_pos: HPos, v_pos: VPos) -> PixelBox {
    let x0 = match h_pos {
        HPos::Left => x,
        HPos::Right => x - w,
        HPos::Center => x - w / 2,
    };
    let y0 = match v_pos {
        VPos::Top => y,
        VPos::Bottom => y - h,
        VPos::Center => y - h / 2,
    };
    (x0, y0, x0 + w, y0 + h)
}

/// An axis title that says the axis is logarithmic: "GDP per capita (US$)"
/// becomes "GDP per capita (US$, log scale)".
pub fn log_scale_title(title: &str) -> String {
    let lower = title.to_lowercase();
    if title.is_empty() || lower.contains("log scale") || lower.contains("log10") {
        return title.to_string();
    }
    match title.strip_suffix(')') {
        Some(head) if head.contains('(') => format!("{head}, log scale)"),
        _ => format!("{title} (log scale)"),
    }
}

/// The honest empty state: the title and a short centred message.
pub fn draw_empty<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title: &str,
    message: &str,
) -> DrawResult<(), DB> {
    let top = draw_title(area, theme, title)?;
    let (w, h) = dims(area);
    let style = theme.muted_style();
    let text = fit_text(area, message, &style, w - 2 * theme.margin)?;
    let y = top + (h - top) / 2;
    area.draw(&Text::new(
        text,
        (w / 2, y),
        style.pos(Pos::new(HPos::Center, VPos::Center)),
    ))
}

/// Positions for labels that must sit at least `min_gap` apart inside
/// `[lo, hi]`, each as close to its wanted position as it can be (least
/// squares, order kept); returned in the order of `wanted`. Labels that
/// cannot all fit are stacked `min_gap` apart from `lo`: drop some first.
pub fn spread(wanted: &[f64], min_gap: f64, lo: f64, hi: f64) -> Vec<f64> {
    let n = wanted.len();
    let gap = if min_gap.is_finite() { min_gap.max(0.0) } else { 0.0 };
    let at = |i: usize| wanted.get(i).copied().filter(|p| p.is_finite()).unwrap_or(lo);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| at(*a).total_cmp(&at(*b)));
    // With q_k = p_k - k * gap the constraint is "q never decreases": pool
    // adjacent violators into blocks that share their mean.
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (k, i) in order.iter().enumerate() {
        blocks.push((at(*i) - k as f64 * gap, 1));
        while let [.., (s1, c1), (s2, c2)] = blocks[..] {
            if s1 / c1 as f64 <= s2 / c2 as f64 {
                break;
            }
            blocks.pop();
            blocks.pop();
            blocks.push((s1 + s2, c1 + c2));
        }
    }
    let upper = (hi - n.saturating_sub(1) as f64 * gap).max(lo);
    let mut out = vec![lo; n];
    let mut k = 0;
    for (sum, count) in blocks {
        let mean = (sum / count as f64).min(upper).max(lo);
        for _ in 0..count {
            if let Some(o) = order.get(k).and_then(|i| out.get_mut(*i)) {
                *o = mean + k as f64 * gap;
            }
            k += 1;
        }
    }
    out
}

/// A box in pixels: left, top, right, bottom.
pub type PixelBox = (i32, i32, i32, i32);

/// Whether two boxes share any pixel (touching edges do not count).
pub fn boxes_overlap(a: &PixelBox, b: &PixelBox) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Which boxes to keep so no two kept ones overlap, chosen greedily in the
/// order given (put the most important label first): the thinning rule
/// for labels placed freely on a canvas (network nodes, ring labels).
pub fn keep_apart(boxes: &[PixelBox]) -> Vec<bool> {
    let mut kept: Vec<PixelBox> = Vec::new();
    boxes
        .iter()
        .map(|b| {
            let free = !kept.iter().any(|k| boxes_overlap(k, b));
            if free {
                kept.push(*b);
            }
            free
        })
        .collect()
}

/// The value axis `axis` widened so that `need` pixels stay free beyond the
/// lowest and highest data values `data` on a plot `plot_px` long: room for
/// labels at bar ends. The axis never shrinks, and the labels never take
/// more than half of the plot.
pub fn headroom(axis: (f64, f64), data: (f64, f64), need: (i32, i32), plot_px: i32) -> (f64, f64) {
    if plot_px <= 0 || axis.1 <= axis.0 {
        return axis;
    }
    let px = f64::from(plot_px);
    // Shares of the plot the labels need, capped so the bars keep most of it.
    let mut f_lo = f64::from(need.0.max(0)) / px;
    let mut f_hi = f64::from(need.1.max(0)) / px;
    let total = f_lo + f_hi;
    if total > 0.5 {
        (f_lo, f_hi) = (f_lo * 0.5 / total, f_hi * 0.5 / total);
    }
    // A fixed point: the span depends on the widening and vice versa; with
    // the shares below 1/2 this converges quickly.
    let (mut lo, mut hi) = axis;
    for _ in 0..32 {
        let span = hi - lo;
        lo = axis.0.min(data.0 - f_lo * span);
        hi = axis.1.max(data.1 + f_hi * span);
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cut_category_names_take_a_second_line_between_words() {
        use super::{wrap_category_names, Axis};
        let names = ["Social Insurance Taxes", "Excise", "Supercalifragilistic Taxes"];
        let axis = Axis::categories("", names.iter().map(|n| (*n).to_string()).collect());
        let mut got = None;
        crate::test_pixels::pixels(300, 100, |area| {
            let style = crate::theme::Theme::light().label_style();
            let (char_w, _) = super::text_size(area, "0", &style).expect("measures");
            // Room for about twelve characters a name.
            got = Some(wrap_category_names(area, &axis, 3 * 13 * char_w, char_w, &style).expect("wraps"));
            let wide = wrap_category_names(area, &axis, 3 * 40 * char_w, char_w, &style).expect("measures");
            assert_eq!(wide, None, "one line holds every name");
        });
        let lines: Vec<String> = got.flatten().expect("two lines").into_iter().map(|(_, t)| t).collect();
        let (first, second) = lines[0].split_once('\n').expect("two lines");
        assert!(
            first == "Social" && second.starts_with("Insurance") && second.ends_with('…'),
            "{lines:?}"
        );
        assert_eq!(lines[1], "Excise", "a name that fits stays on one line");
        let (first, second) = lines[2].split_once('\n').expect("two lines");
        assert!(first.ends_with('…') && second == "Taxes", "{lines:?}");
    }

    #[test]
    fn terminal_categories_get_equal_bands_of_whole_rows() {
        use super::{category_rows, Axis};
        let line_h = 16;
        // 10 categories in 23 rows (from a row and a half down): two rows
        // each, starting on a row's edge, the 3 rows over left under the frame.
        let rows = category_rows(Some(10), 0, (24, 24 + 23 * 16 + 8), line_h).expect("bands");
        assert_eq!(rows.top % line_h, 0, "the plot starts on a row's edge");
        assert_eq!(rows.bottom - 1 - rows.top, 10 * 2 * line_h, "ten bands of two rows");
        assert_eq!(rows.lift, 3 * line_h);
        // The same on an area that starts mid-canvas, off the row grid.
        let shifted = category_rows(Some(10), 5, (19, 19 + 23 * 16 + 8), line_h).expect("bands");
        assert_eq!((shifted.top + 5) % line_h, 0);
        // More categories than rows: the frame thins the names instead.
        assert!(category_rows(Some(40), 0, (0, 20 * 16), line_h).is_none());
        // Tall bands with many rows over stay as they were.
        assert!(category_rows(Some(5), 0, (0, 24 * 16 + 1), line_h).is_none());
        // Thin bands are even whatever is left over.
        let thin = category_rows(Some(25), 0, (0, 40 * 16 + 1), line_h).expect("bands");
        assert_eq!((thin.bottom - 1 - thin.top, thin.lift), (25 * line_h, 15 * line_h));
        // Only axes laid out by `categories`: a chart that widened the range
        // (ridges above their band) keeps its own.
        let mut ridges = Axis::categories("", vec!["a".into(), "b".into()]);
        assert_eq!(ridges.category_count(), Some(2));
        ridges.max += 1.5;
        assert_eq!(ridges.category_count(), None);
        assert_eq!(Axis::linear("", 0.0, 1.0).category_count(), None);
    }

    #[test]
    fn anchored_boxes_are_where_plotters_puts_the_text() {
        use super::{anchored_box, HPos, VPos};
        assert_eq!(
            anchored_box((10, 10), (4, 2), HPos::Right, VPos::Bottom),
            (6, 8, 10, 10)
        );
        assert_eq!(
            anchored_box((10, 10), (4, 2), HPos::Center, VPos::Center),
            (8, 9, 12, 11)
        );
        assert_eq!(anchored_box((10, 10), (4, 2), HPos::Left, VPos::Top), (10, 10, 14, 12));
    }

    #[test]
    fn log_titles_say_so_once() {
        use super::log_scale_title;
        assert_eq!(
            log_scale_title("GDP per capita (US$)"),
            "GDP per capita (US$, log scale)"
        );
        assert_eq!(log_scale_title("Income"), "Income (log scale)");
        assert_eq!(log_scale_title("Income (log10)"), "Income (log10)");
        assert_eq!(log_scale_title("Catalog size"), "Catalog size (log scale)");
        assert_eq!(log_scale_title(""), "");
    }

    #[test]
    fn a_legend_of_nameless_groups_is_left_out() {
        let x = super::Axis::linear("x", 0.0, 1.0);
        let nameless = [super::LegendEntry {
            label: String::from(" "),
            color: plotters::style::RGBColor(0, 0, 0),
        }];
        assert!(super::Frame::new("t", &x, &x).legend(&nameless).legend.is_empty());
        let named = [super::LegendEntry {
            label: String::from("Adelie"),
            color: plotters::style::RGBColor(0, 0, 0),
        }];
        assert_eq!(super::Frame::new("t", &x, &x).legend(&named).legend.len(), 1);
    }

    #[test]
    fn cuts_fall_between_clusters_only() {
        let cut = |text: &str| -> Vec<String> { cluster_ends(text).iter().map(|e| text[..*e].to_string()).collect() };
        assert_eq!(cut("ab"), vec!["a", "ab"]);
        assert_eq!(cut("नमस्ते"), vec!["न", "नम", "नमस्", "नमस्ते"]);
        assert_eq!(
            cut("สวัสดี"),
            ["ส", "วั", "ส", "ดี"]
                .iter()
                .scan(String::new(), |acc, p| {
                    acc.push_str(p);
                    Some(acc.clone())
                })
                .collect::<Vec<_>>()
        );
        assert_eq!(cut("e\u{301}x"), vec!["e\u{301}", "e\u{301}x"]);
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(
            cut(&format!("{family}ok")),
            vec![family.to_string(), format!("{family}o"), format!("{family}ok")]
        );
        assert_eq!(cut("👍🏽!"), vec!["👍🏽", "👍🏽!"]);
        assert!(cut("").is_empty());
    }

    #[test]
    fn labels_are_thinned_only_when_they_do_not_fit() {
        use super::thin_step;
        assert_eq!(thin_step(32, 32 * 16, 16), 1, "one line each");
        assert_eq!(thin_step(32, 280, 16), 2, "8.75 pixels each: every other");
        assert_eq!(thin_step(32, 100, 16), 6);
        assert!(thin_step(0, 0, 16) >= 1, "never a step of zero");
    }

    use super::*;

    /// A coordinate mapping divides by the span: it must stay finite even
    /// for a column from -1e308 to 1e308, and the labels must read.
    #[test]
    fn an_axis_over_the_whole_f64_range_keeps_a_finite_span() {
        for (axis, cut) in [
            (Axis::linear("x", -1e308, 1e308), true),
            (Axis::linear("x", -f64::MAX, f64::MAX).nice(), true),
            (Axis::linear("x", -1e308, 1e308).padded(0.05), true),
            (Axis::linear("x", f64::MAX, f64::MAX), false),
            (Axis::zero_based("x", f64::MAX), false),
            (Axis::linear("x", 0.0, 1e308).nice(), false),
        ] {
            assert_eq!(axis.is_cut(), cut, "{axis:?}");
            assert!((axis.max - axis.min).is_finite() && axis.max > axis.min, "{axis:?}");

            let labels = axis.tick_labels(6);
            assert!(!labels.is_empty() && labels.len() <= 12, "{labels:?}");
            assert!(
                labels.iter().all(|(_, l)| l.len() <= 8 && !l.contains('T')),
                "{labels:?}"
            );
        }
    }

    #[test]
    fn headroom_keeps_an_axis_with_room_to_spare() {
        assert_eq!(headroom((0.0, 100.0), (0.0, 50.0), (0, 40), 400), (0.0, 100.0));
    }

    #[test]
    fn headroom_widens_the_end_that_needs_it() {
        let (lo, hi) = headroom((0.0, 100.0), (0.0, 100.0), (0, 100), 500);
        assert_eq!(lo, 0.0);
        // The label needs a fifth of the plot beyond the longest bar.
        assert!(((hi - 100.0) / (hi - lo) - 0.2).abs() < 1e-6, "{hi}");
        let (lo, _) = headroom((-50.0, 100.0), (-50.0, 100.0), (100, 0), 500);
        assert!(((-50.0 - lo) / (100.0 - lo) - 0.2).abs() < 1e-6, "{lo}");
    }

    #[test]
    fn headroom_survives_tiny_plots() {
        assert_eq!(headroom((0.0, 1.0), (0.0, 1.0), (50, 50), 0), (0.0, 1.0));
        let (lo, hi) = headroom((0.0, 1.0), (0.0, 1.0), (500, 500), 10);
        assert!(lo.is_finite() && hi.is_finite() && hi > lo);
    }

    #[test]
    fn keep_apart_drops_later_overlapping_boxes() {
        let boxes = [(0, 0, 10, 10), (5, 5, 15, 15), (10, 0, 20, 10), (2, 2, 4, 4)];
        assert_eq!(keep_apart(&boxes), vec![true, false, true, false]);
        assert!(keep_apart(&[]).is_empty());
    }

    #[test]
    fn snapping_rounds_to_whole_cells_only_in_a_terminal() {
        assert_eq!(snap_up(17, Some(16)), 32);
        assert_eq!(snap_up(32, Some(16)), 32);
        assert_eq!(snap_down(31, Some(16)), 16);
        assert_eq!(snap_up(17, None), 17);
        assert_eq!(snap_down(-1, Some(16)), -16);
    }

    #[test]
    fn mirrored_labels_drop_the_sign() {
        assert_eq!(mirrored_label("-0.02"), "0.02");
        assert_eq!(mirrored_label("0.02"), "0.02");
    }

    #[test]
    fn spread_keeps_free_labels_in_place() {
        assert_eq!(spread(&[10.0, 50.0, 30.0], 10.0, 0.0, 100.0), vec![10.0, 50.0, 30.0]);
        assert!(spread(&[], 10.0, 0.0, 100.0).is_empty());
    }

    #[test]
    fn spread_pushes_crowded_labels_apart_around_their_centre() {
        let out = spread(&[50.0, 52.0], 10.0, 0.0, 100.0);
        assert_eq!(out, vec![46.0, 56.0]);
        let out = spread(&[52.0, 50.0, 51.0], 10.0, 0.0, 100.0);
        let mut sorted = out.clone();
        sorted.sort_by(f64::total_cmp);
        assert!(sorted.windows(2).all(|w| w[1] - w[0] >= 10.0 - 1e-9), "{out:?}");
        assert!(out[0] > out[2] && out[2] > out[1], "order kept: {out:?}");
    }

    #[test]
    fn spread_stays_inside_the_bounds() {
        let out = spread(&[0.0, 1.0, 2.0], 10.0, 0.0, 100.0);
        assert_eq!(out, vec![0.0, 10.0, 20.0]);
        let out = spread(&[99.0, 100.0], 10.0, 0.0, 100.0);
        assert_eq!(out, vec![90.0, 100.0]);
        // Too many to fit: stacked from the low end, never NaN.
        let out = spread(&[5.0, f64::NAN, 5.0], 10.0, 0.0, 15.0);
        assert!(out.iter().all(|v| v.is_finite()));
    }
}
