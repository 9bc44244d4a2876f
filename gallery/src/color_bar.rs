//! The colour bar: the key to a chart's colour scale, as a column beside
//! the chart (a heatmap, a spectrogram, a map) or as a row above it (a
//! wide map), with an optional swatch for places without data.
//!
//! One layout serves paper and terminal. On paper the strip is smooth and
//! its title turned beside the tick labels; in a terminal, which shows one
//! colour per cell and never writes down a column, the strip fills whole
//! cells and the title is written across, in the row above the strip.
//!
//! Measure the column with [`ColorBar::width`] (or the row with
//! [`ColorBar::row_height`]), keep that room free (`Frame::reserve_right`),
//! then draw it beside the plot ([`ColorBar::draw_beside`]) or in the room
//! kept ([`ColorBar::draw_column`], [`ColorBar::draw_row`]).
//!
//! Copying a chart that uses it: copy this file, `axes.rs`, `theme.rs` and
//! `scale.rs` too.

use crate::axes::{self, DrawResult, Plot};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// The widest title a terminal keeps room for beside the strip, in
/// characters (a longer one reaches left over the chart).
const MAX_TITLE_CHARS: i32 = 16;

/// A colour bar for values from `lo` to `hi`: nice ticks (or labels of its
/// own), a title, and optionally a "no data" swatch.
#[derive(Clone, Debug, PartialEq)]
pub struct ColorBar {
    /// What the colours measure, with its unit; titles the bar.
    pub title: String,
    /// The value at the bar's first colour.
    pub lo: f64,
    /// The value at the bar's last colour.
    pub hi: f64,
    /// Labels of its own instead of nice ticks: (position 0..=1 from the
    /// low end, label), e.g. "row min" and "row max".
    pub labels: Option<Vec<(f64, String)>>,
    /// A swatch for places without data: its label and colour.
    pub no_data: Option<(String, RGBColor)>,
    /// Whole numbers only (counts): no ticks between them.
    pub whole: bool,
    /// In a terminal, keep no room beside the strip for the title: it is
    /// written right-aligned over the column and may reach left over the
    /// chart (a map, whose corner beside the bar is mostly sea).
    pub title_over_chart: bool,
}

impl ColorBar {
    /// A bar for values from `lo` to `hi`, with nice ticks.
    pub fn new(title: impl Into<String>, lo: f64, hi: f64) -> Self {
        ColorBar {
            title: title.into(),
            lo,
            hi,
            labels: None,
            no_data: None,
            whole: false,
            title_over_chart: false,
        }
    }

    /// Ticks on whole numbers only (counts).
    #[must_use]
    pub fn whole_numbers(mut self) -> Self {
        self.whole = true;
        self
    }

    /// Labels of its own instead of nice ticks: (position 0..=1 from the
    /// low end, label).
    #[must_use]
    pub fn with_labels(mut self, labels: Vec<(f64, String)>) -> Self {
        self.labels = Some(labels);
        self
    }

    /// A swatch of `color` labelled `label` after the strip, for places
    /// without data.
    #[must_use]
    pub fn with_no_data(mut self, label: impl Into<String>, color: RGBColor) -> Self {
        self.no_data = Some((label.into(), color));
        self
    }

    /// In a terminal, keep no room beside the strip for the title: write it
    /// right-aligned over the column, reaching left over the chart (a map).
    #[must_use]
    pub fn title_over_chart(mut self) -> Self {
        self.title_over_chart = true;
        self
    }

    /// The sequential colour of `value` on this bar.
    pub fn color(&self, theme: &Theme, value: f64) -> RGBColor {
        theme.sequential(self.position(value))
    }

    /// Where `value` lies along the bar, 0..=1; the middle for a flat range.
    pub fn position(&self, value: f64) -> f64 {
        scale::fraction(value, self.lo, self.hi).clamp(0.0, 1.0)
    }

    /// The bar's ticks as (position 0..=1 from the low end, label): its own
    /// labels, or at most about `max_ticks` nice values inside the range
    /// (one in the middle for a flat range, none for a range that is not
    /// finite).
    pub fn ticks(&self, max_ticks: usize) -> Vec<(f64, String)> {
        if let Some(labels) = &self.labels {
            return labels.clone();
        }
        if !(self.lo.is_finite() && self.hi.is_finite()) {
            return Vec::new();
        }
        if self.hi <= self.lo {
            return vec![(0.5, scale::format_value(self.lo))];
        }
        let (values, step) = scale::ticks(self.lo, self.hi, max_ticks);
        let (values, step) = if self.whole && step < 1.0 {
            (values.into_iter().filter(|v| v.fract() == 0.0).collect(), 1.0)
        } else {
            (values, step)
        };
        let max_abs = values.iter().fold(0.0f64, |m: f64, v| m.max(v.abs()));
        values
            .into_iter()
            .map(|v| (self.position(v), scale::format_tick(v, step, max_abs)))
            .collect()
    }

    /// Pixels the bar needs as a column at the right of a chart, with the
    /// gap to the chart.
    pub fn width<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
        let label = theme.label_style();
        let (char_w, _) = axes::text_size(area, "0", &label)?;
        let mut label_w = 0;
        for (_, t) in self.ticks(8) {
            label_w = label_w.max(axes::text_size(area, &t, &label)?.0);
        }
        let bar = theme.gap + 2 * char_w + theme.gap / 2 + label_w + self.title_room(area, theme, label_w)?;
        let swatch = match &self.no_data {
            Some((text, _)) => theme.gap + 2 * char_w + axes::text_size(area, text, &theme.legend_style())?.0,
            None => 0,
        };
        Ok(bar.max(swatch))
    }

    /// The room the title takes beside a strip with labels `label_w`
    /// wide: on paper a turned line; in a terminal, which writes it across
    /// above the strip, what a short title needs beyond strip and labels
    /// (none if it may reach over the chart).
    fn title_room<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        label_w: i32,
    ) -> DrawResult<i32, DB> {
        if self.title.is_empty() {
            return Ok(0);
        }
        let (char_w, line_h) = axes::text_size(area, "0", &theme.label_style())?;
        if !axes::text_in_cells(area, theme)? {
            return Ok(theme.gap + line_h);
        }
        if self.title_over_chart {
            return Ok(0);
        }
        let wanted = axes::text_size(area, &self.title, &theme.muted_style())?
            .0
            .min(char_w * MAX_TITLE_CHARS);
        Ok((wanted - 2 * char_w - label_w - theme.gap).max(0))
    }

    /// Pixels the bar needs as a row above a chart, with the gap under it.
    pub fn row_height<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
        let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
        Ok(2 * line_h + theme.gap)
    }

    /// Draws the bar right of `plot`, the strip as tall as the plot (in a
    /// terminal, its whole cells); `color(t)` paints position `t` in 0..=1
    /// from the low end.
    pub fn draw_beside<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        plot: &Plot<DB>,
        theme: &Theme,
        color: impl Fn(f64) -> RGBColor,
    ) -> DrawResult<(), DB> {
        let base = area.get_base_pixel();
        let (px, py) = plot.get_pixel_range();
        let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
        // The column holds half a line above and below the strip for the
        // end labels, and in a terminal the title's row above it.
        let title_row = if !self.title.is_empty() && axes::text_in_cells(area, theme)? {
            line_h
        } else {
            0
        };
        let top = py.start - base.1 - line_h / 2 - title_row;
        let bottom = py.end - base.1 + line_h / 2;
        self.draw_column(area, theme, (px.end - base.0, top), bottom, color)
    }

    /// Draws the bar as a column right of pixel column `left`, between rows
    /// `top` and `bottom`: in a terminal the title's row first, the strip
    /// (half a line in from either end, for the end labels) with its ticks,
    /// then the "no data" swatch. `color(t)` paints position `t` in 0..=1
    /// from the low end.
    pub fn draw_column<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        (left, top): (i32, i32),
        bottom: i32,
        color: impl Fn(f64) -> RGBColor,
    ) -> DrawResult<(), DB> {
        let label = theme.label_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let cell = axes::cell_size(area, theme)?;
        let left = axes::snap_up(left + theme.gap, cell.map(|c| c.0));
        let row = cell.map(|c| c.1);
        let bar_w = 2 * char_w;
        let swatch_h = if self.no_data.is_some() { line_h + theme.gap } else { 0 };
        // In a terminal the title takes the first row, across.
        let title_row = (row.is_some() && !self.title.is_empty()).then_some(top);
        let top = top + title_row.map_or(0, |_| line_h);
        let y0 = axes::snap_up(top + line_h / 2, row);
        let y1 = axes::snap_down(bottom - line_h / 2 - swatch_h, row);
        let len = y1 - y0;
        if len < line_h {
            return Ok(());
        }
        let strip = Strip {
            x: left,
            y: y0,
            w: bar_w,
            h: len,
        };
        strip.draw(area, false, row, &color)?;
        let text_x = left + bar_w + theme.gap / 2;
        let max_ticks = (len / (line_h * 2).max(1)).clamp(2, 8) as usize;
        let mut label_w = 0;
        for (t, text) in self.ticks(max_ticks) {
            let y = y1 - (t * f64::from(len)).round() as i32;
            label_w = label_w.max(axes::text_size(area, &text, &label)?.0);
            area.draw(&Text::new(
                text,
                (text_x, y),
                label.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        if let Some(y) = title_row {
            let right = text_x + label_w + self.title_room(area, theme, label_w)?;
            self.draw_title_across(area, theme, (left - theme.gap / 2, right), y)?;
        } else if !self.title.is_empty() {
            let rotated = theme.muted_style().transform(FontTransform::Rotate270);
            let title = axes::fit_text(area, &self.title, &rotated, len)?;
            let x = text_x + label_w + theme.gap;
            area.draw(&Text::new(
                title,
                (x, y0 + len / 2),
                rotated.pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        if let Some((text, fill)) = &self.no_data {
            let y = axes::snap_up(y1 + theme.gap, row) + line_h / 2;
            swatch(area, (left, y), bar_w, (line_h, row.is_some()), *fill)?;
            let style = theme.legend_style().pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text.clone(), (text_x, y), style))?;
        }
        Ok(())
    }

    /// The title across, in a terminal, on row `y` above a column that runs
    /// from `left` to `right`: from the column's left edge when the column
    /// kept room for it and it fits on the canvas, else ending at the
    /// column's right edge and reaching left over the chart (at most half
    /// the canvas wide).
    fn draw_title_across<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        (left, right): (i32, i32),
        y: i32,
    ) -> DrawResult<(), DB> {
        let muted = theme.muted_style();
        let (w, _) = axes::dims(area);
        if !self.title_over_chart && left + axes::text_size(area, &self.title, &muted)?.0 <= w {
            let style = muted.pos(Pos::new(HPos::Left, VPos::Top));
            return area.draw(&Text::new(self.title.clone(), (left, y), style));
        }
        let title = axes::fit_text(area, &self.title, &muted, (w / 2).min(right))?;
        area.draw(&Text::new(
            title,
            (right, y),
            muted.pos(Pos::new(HPos::Right, VPos::Top)),
        ))
    }

    /// Draws the bar as a row from (`left`, `top`), `width` pixels wide:
    /// title, strip, "no data" swatch, tick labels under the strip.
    /// `color(t)` paints position `t` in 0..=1 from the low end.
    pub fn draw_row<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        (left, top): (i32, i32),
        width: i32,
        color: impl Fn(f64) -> RGBColor,
    ) -> DrawResult<(), DB> {
        let label = theme.label_style();
        let legend = theme.legend_style();
        let muted = theme.muted_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let centre_y = top + line_h / 2;
        let mut x = left;
        if !self.title.is_empty() {
            let title = axes::fit_text(area, &self.title, &muted, width / 3)?;
            let w = axes::text_size(area, &title, &muted)?.0;
            area.draw(&Text::new(
                title,
                (x, centre_y),
                muted.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            x += w + 2 * char_w;
        }
        let swatch_w = match &self.no_data {
            Some((text, _)) => 4 * char_w + axes::text_size(area, text, &legend)?.0,
            None => 0,
        };
        // Room for half of the end labels on either side of the strip.
        let mut end_w = 0;
        for (_, t) in self.ticks(8) {
            end_w = end_w.max(axes::text_size(area, &t, &label)?.0);
        }
        let columns = axes::cell_size(area, theme)?.map(|c| c.0);
        let x0 = axes::snap_up(x + end_w / 2, columns);
        let len = axes::snap_down((left + width - swatch_w - end_w / 2 - x0).min(width / 2), columns);
        if len < 4 * char_w {
            return Ok(());
        }
        let strip = Strip {
            x: x0,
            y: top,
            w: len,
            h: line_h,
        };
        strip.draw(area, true, columns, &color)?;
        let max_ticks = (len / (end_w + 2 * char_w).max(1)).clamp(2, 8) as usize;
        for (t, text) in self.ticks(max_ticks) {
            let tx = x0 + (t * f64::from(len)).round() as i32;
            let style = label.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(text, (tx, top + line_h), style))?;
        }
        if let Some((text, fill)) = &self.no_data {
            let sx = x0 + len + end_w / 2 + 2 * char_w;
            let sx = axes::snap_up(sx, columns);
            swatch(area, (sx, centre_y), 2 * char_w, (line_h, columns.is_some()), *fill)?;
            let style = legend.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text.clone(), (sx + 3 * char_w, centre_y), style))?;
        }
        Ok(())
    }
}

/// The strip's rectangle, in pixels.
struct Strip {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

impl Strip {
    /// Paints the strip low to high: left to right (`horizontal`) or bottom
    /// to top; in steps of one `cell` (a terminal shows one colour per
    /// cell), else smoothly.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        horizontal: bool,
        cell: Option<i32>,
        color: &impl Fn(f64) -> RGBColor,
    ) -> DrawResult<(), DB> {
        let len = if horizontal { self.w } else { self.h };
        let steps = match cell {
            Some(c) if c > 0 => (len / c).max(1),
            _ => len.clamp(1, 128),
        };
        let (right, bottom) = (self.x + self.w, self.y + self.h);
        for k in 0..steps {
            let t = (f64::from(k) + 0.5) / f64::from(steps);
            let (a, b) = (len * k / steps, len * (k + 1) / steps);
            let corners = if horizontal {
                [(self.x + a, self.y), (self.x + b, bottom - 1)]
            } else {
                [(self.x, bottom - b), (right - 1, bottom - a)]
            };
            area.draw(&Rectangle::new(corners, color(t).filled()))?;
        }
        Ok(())
    }
}

/// A legend swatch `w` wide centred on row `cy`: three quarters of a text
/// line tall, or a whole line in a terminal (`full`), where it fills cells.
fn swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, cy): (i32, i32),
    w: i32,
    (line_h, full): (i32, bool),
    color: RGBColor,
) -> DrawResult<(), DB> {
    let h = if full { line_h } else { (line_h * 3 / 4).max(1) };
    area.draw(&Rectangle::new(
        [(x, cy - h / 2), (x + w - 1, cy - h / 2 + h - 1)],
        color.filled(),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::{record, Drawn, CELL};

    /// Draws `bar` as a column from (`left`, `top`) down to `bottom` on a
    /// 400x320 canvas, in a terminal or on paper.
    fn draw_column(bar: &ColorBar, cells: bool, (left, top): (i32, i32), bottom: i32) -> Drawn {
        record((400, 320), cells, |area, theme| {
            bar.draw_column(area, theme, (left, top), bottom, |t| theme.sequential(t))
                .expect("a recorder never fails");
        })
    }

    fn labels(bar: &ColorBar, max_ticks: usize) -> Vec<String> {
        bar.ticks(max_ticks).into_iter().map(|(_, l)| l).collect()
    }

    #[test]
    fn colour_bars_for_counts_tick_whole_numbers() {
        let bar = ColorBar::new("", 1.0, 4.0).whole_numbers();
        assert_eq!(labels(&bar, 8), vec!["1", "2", "3", "4"]);
        assert_eq!(bar.position(2.5), 0.5);
        // Without the option the same range ticks between whole numbers.
        assert!(labels(&ColorBar::new("", 1.0, 4.0), 8).contains(&String::from("1.5")));
    }

    #[test]
    fn ticks_lie_on_the_bar() {
        let ticks = ColorBar::new("", -1.0, 1.0).ticks(5);
        assert_eq!(ticks.first(), Some(&(0.0, String::from("-1.0"))));
        assert_eq!(ticks.last(), Some(&(1.0, String::from("1.0"))));
        assert!(ticks.iter().all(|(t, _)| (0.0..=1.0).contains(t)));
        assert!(ColorBar::new("", f64::NAN, 1.0).ticks(5).is_empty());
    }

    #[test]
    fn a_flat_range_sits_mid_scale_with_one_tick() {
        let flat = ColorBar::new("", 3.0, 3.0);
        assert_eq!(flat.ticks(5), vec![(0.5, String::from("3"))]);
        assert_eq!(flat.position(3.0), 0.5);
        assert_eq!(flat.color(&Theme::light(), 3.0), Theme::light().sequential(0.5));
        // And it still draws: a strip with its one label.
        let drawn = draw_column(&flat, true, (0, 0), 320);
        assert!(!drawn.rects.is_empty());
        assert!(drawn.texts.iter().any(|(t, _)| t == "3"));
    }

    #[test]
    fn labels_of_its_own_replace_the_ticks() {
        let ends = vec![(0.0, String::from("row min")), (1.0, String::from("row max"))];
        let bar = ColorBar::new("", 0.0, 1.0).with_labels(ends.clone());
        assert_eq!(bar.ticks(8), ends);
    }

    #[test]
    fn a_terminal_strip_fills_whole_cells_one_colour_each() {
        let bar = ColorBar::new("Count", 0.0, 10.0);
        // A column that starts and ends between cells.
        let drawn = draw_column(&bar, true, (101, 21), 300);
        let strip: Vec<_> = drawn.rects.iter().collect();
        assert!(strip.len() >= 10, "a strip of {} cells", strip.len());
        for ((x0, y0), (x1, y1), _) in &strip {
            assert_eq!(x0 % CELL.0, 0, "left edge on a cell column");
            assert_eq!((x1 + 1 - x0), 2 * CELL.0, "two cells wide");
            assert_eq!(y0 % CELL.1, 0, "top on a text row");
            assert_eq!(y1 - y0, CELL.1, "one row tall");
        }
        // Low to high, bottom to top: a new colour in every cell.
        for pair in strip.windows(2) {
            assert!(pair[1].0 .1 < pair[0].0 .1);
            assert_ne!(pair[1].2, pair[0].2);
        }
        // The title is written across, in a row of its own above the strip.
        let top = strip.iter().map(|r| r.0 .1).min().unwrap_or_default();
        let (_, (_, y)) = drawn.texts.iter().find(|(t, _)| t == "Count").expect("a title");
        assert!(y + CELL.1 <= top, "title at {y}, strip from {top}");
    }

    #[test]
    fn a_paper_strip_is_smooth() {
        let bar = ColorBar::new("Count", 0.0, 10.0);
        let drawn = draw_column(&bar, false, (101, 21), 300);
        // Many more steps than a terminal's rows, and none of them skipped.
        assert!(drawn.rects.len() > 100);
        let ys: Vec<i32> = drawn.rects.iter().map(|r| r.0 .1).collect();
        assert!(ys.windows(2).all(|w| w[1] <= w[0]));
    }

    #[test]
    fn the_no_data_swatch_is_there_only_when_asked() {
        let grey = RGBColor(1, 2, 3);
        for cells in [true, false] {
            let plain = draw_column(&ColorBar::new("Value", 0.0, 10.0), cells, (0, 0), 300);
            assert!(!plain.rects.iter().any(|r| r.2 == grey));
            assert!(!plain.texts.iter().any(|(t, _)| t == "No data"));

            let bar = ColorBar::new("Value", 0.0, 10.0).with_no_data("No data", grey);
            let drawn = draw_column(&bar, cells, (0, 0), 300);
            let swatch = drawn.rects.iter().filter(|r| r.2 == grey).count();
            assert_eq!(swatch, 1);
            assert!(drawn.texts.iter().any(|(t, _)| t == "No data"));
            // Below the strip.
            let swatch_top = drawn.rects.iter().find(|r| r.2 == grey).map(|r| r.0 .1);
            let strip_bottom = drawn.rects.iter().filter(|r| r.2 != grey).map(|r| r.1 .1).max();
            assert!(swatch_top > strip_bottom);
        }
    }
}
