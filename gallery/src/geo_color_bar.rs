//! The maps' colour bar, as a column beside the map or a row above it,
//! with a swatch for regions without data.

use crate::axes::{self, DrawResult};
use crate::axes::{cell_size, snap_down, snap_up};
use crate::geo_fit::Rect;
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// A viridis colour bar for values from `lo` to `hi`, with an optional
/// swatch for regions without data. Laid out as a row above the map or a
/// column beside it, whichever [`split_legend`] picks.
#[derive(Clone, Debug, PartialEq)]
pub struct ColorBar {
    /// What the colours measure, with its unit; titles the bar.
    pub title: String,
    /// The value at the bar's first colour.
    pub lo: f64,
    /// The value at the bar's last colour.
    pub hi: f64,
    /// The label of a "no data" swatch, if the map has regions without data.
    pub no_data: Option<String>,
    /// The colour of that swatch.
    pub no_data_color: RGBColor,
    /// Whole numbers only (counts): no ticks between them.
    pub whole: bool,
}

impl ColorBar {
    /// The colour of `value` on this bar (low end for a flat range).
    pub fn color(&self, theme: &Theme, value: f64) -> RGBColor {
        theme.sequential(self.position(value))
    }

    /// Where `value` lies along the bar, 0..=1; the middle for a flat range.
    pub fn position(&self, value: f64) -> f64 {
        if self.hi > self.lo {
            ((value - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0)
        } else {
            0.5
        }
    }

    /// Nice ticks inside the range as (position 0..=1, label).
    pub fn ticks(&self, max_ticks: usize) -> Vec<(f64, String)> {
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

    /// Pixels the bar needs as a column at the right of the map (with the
    /// gap to the map).
    pub fn width_right<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
        let label = theme.label_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let mut label_w = 0;
        for (_, t) in self.ticks(8) {
            label_w = label_w.max(axes::text_size(area, &t, &label)?.0);
        }
        // A terminal writes the title above the bar, not down beside it.
        let title_w = if self.title.is_empty() || axes::text_in_cells(area, theme)? {
            0
        } else {
            theme.gap + line_h
        };
        let bar = theme.gap + 2 * char_w + theme.gap / 2 + label_w + title_w;
        let swatch = match &self.no_data {
            Some(text) => theme.gap + 2 * char_w + axes::text_size(area, text, &theme.legend_style())?.0,
            None => 0,
        };
        Ok(bar.max(swatch))
    }

    /// Pixels the bar needs as a row above the map (with the gap under it).
    pub fn height_top<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
        let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
        Ok(2 * line_h + theme.gap)
    }

    /// Draws the bar at the right of the map, from pixel column `left`
    /// between rows `top` and `bottom`.
    pub fn draw_right<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        left: i32,
        top: i32,
        bottom: i32,
    ) -> DrawResult<(), DB> {
        let label = theme.label_style();
        let legend = theme.legend_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let cell = cell_size(area, theme)?;
        let left = snap_up(left + theme.gap, cell.map(|c| c.0));
        let row = cell.map(|c| c.1);
        let bar_w = 2 * char_w;
        let swatch_h = if self.no_data.is_some() { line_h + theme.gap } else { 0 };
        // In a terminal the title takes the first row, across.
        let title_row = (row.is_some() && !self.title.is_empty()).then_some(top);
        let top = top + title_row.map_or(0, |_| line_h);
        // Half a line of room above and below for the end labels.
        let y0 = snap_up(top + line_h / 2, row);
        let y1 = snap_down(bottom - line_h / 2 - swatch_h, row);
        let len = y1 - y0;
        if len < line_h {
            return Ok(());
        }
        strip(
            area,
            theme,
            Rect {
                x: left,
                y: y0,
                w: bar_w,
                h: len,
            },
            false,
            row,
        )?;
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
            let muted = theme.muted_style();
            let (w, _) = axes::dims(area);
            let right = text_x + label_w;
            let title = axes::fit_text(area, &self.title, &muted, (w / 2).min(right))?;
            area.draw(&Text::new(
                title,
                (right, y),
                muted.pos(Pos::new(HPos::Right, VPos::Top)),
            ))?;
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
        if let Some(text) = &self.no_data {
            let y = snap_up(y1 + theme.gap, row) + line_h / 2;
            swatch(area, left, y, bar_w, line_h, row.is_some(), self.no_data_color)?;
            let style = legend.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text.clone(), (text_x, y), style))?;
        }
        Ok(())
    }

    /// Draws the bar as a row in `rect`: title, strip, "no data" swatch,
    /// tick labels under the strip.
    pub fn draw_top<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        rect: Rect,
    ) -> DrawResult<(), DB> {
        let label = theme.label_style();
        let legend = theme.legend_style();
        let muted = theme.muted_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let centre_y = rect.y + line_h / 2;
        let mut x = rect.x;
        if !self.title.is_empty() {
            let title = axes::fit_text(area, &self.title, &muted, rect.w / 3)?;
            let w = axes::text_size(area, &title, &muted)?.0;
            area.draw(&Text::new(
                title,
                (x, centre_y),
                muted.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            x += w + 2 * char_w;
        }
        let swatch_w = match &self.no_data {
            Some(text) => 4 * char_w + axes::text_size(area, text, &legend)?.0,
            None => 0,
        };
        // Room for half of the end labels on either side of the strip.
        let mut end_w = 0;
        for (_, t) in self.ticks(8) {
            end_w = end_w.max(axes::text_size(area, &t, &label)?.0);
        }
        let columns = cell_size(area, theme)?.map(|c| c.0);
        let x0 = snap_up(x + end_w / 2, columns);
        let len = snap_down((rect.right() - swatch_w - end_w / 2 - x0).min(rect.w / 2), columns);
        if len < 4 * char_w {
            return Ok(());
        }
        strip(
            area,
            theme,
            Rect {
                x: x0,
                y: rect.y,
                w: len,
                h: line_h,
            },
            true,
            columns,
        )?;
        let max_ticks = (len / (end_w + 2 * char_w).max(1)).clamp(2, 8) as usize;
        for (t, text) in self.ticks(max_ticks) {
            let tx = x0 + (t * f64::from(len)).round() as i32;
            let style = label.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(text, (tx, rect.y + line_h), style))?;
        }
        if let Some(text) = &self.no_data {
            let sx = x0 + len + end_w / 2 + 2 * char_w;
            let sx = snap_up(sx, columns);
            swatch(
                area,
                sx,
                centre_y,
                2 * char_w,
                line_h,
                columns.is_some(),
                self.no_data_color,
            )?;
            let style = legend.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text.clone(), (sx + 3 * char_w, centre_y), style))?;
        }
        Ok(())
    }
}

/// The viridis strip, low to high: left to right (`horizontal`) or bottom
/// to top; in steps of one `cell` (a terminal shows one colour per cell),
/// else smoothly.
fn strip<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    r: Rect,
    horizontal: bool,
    cell: Option<i32>,
) -> DrawResult<(), DB> {
    let len = if horizontal { r.w } else { r.h };
    let steps = match cell {
        Some(c) if c > 0 => (len / c).max(1),
        _ => len.clamp(1, 128),
    };
    for k in 0..steps {
        let t = (f64::from(k) + 0.5) / f64::from(steps);
        let (a, b) = (len * k / steps, len * (k + 1) / steps);
        let corners = if horizontal {
            [(r.x + a, r.y), (r.x + b, r.bottom() - 1)]
        } else {
            [(r.x, r.bottom() - b), (r.right() - 1, r.bottom() - a)]
        };
        area.draw(&Rectangle::new(corners, theme.sequential(t).filled()))?;
    }
    Ok(())
}

/// A legend swatch `w` wide centred on row `cy`: three quarters of a text
/// line tall, or a whole line in a terminal (`full`), where it fills cells.
#[allow(clippy::too_many_arguments)]
fn swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    x: i32,
    cy: i32,
    w: i32,
    line_h: i32,
    full: bool,
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

    #[test]
    fn colour_bars_for_counts_tick_whole_numbers() {
        let bar = ColorBar {
            title: String::new(),
            lo: 1.0,
            hi: 4.0,
            no_data: None,
            no_data_color: RGBColor(0, 0, 0),
            whole: true,
        };
        let labels: Vec<String> = bar.ticks(8).into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels, vec!["1", "2", "3", "4"]);
        assert_eq!(bar.position(2.5), 0.5);
        let flat = ColorBar { hi: 1.0, ..bar };
        assert_eq!(flat.position(1.0), 0.5, "a flat range sits mid-scale");
    }
}
