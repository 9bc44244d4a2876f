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
    pub title: String,
    pub min: f64,
    pub max: f64,
    pub ticks: Ticks,
}

impl Axis {
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
        self.min -= pad;
        self.max += pad;
        self
    }

    /// Empty or inverted ranges would collapse the coordinate mapping.
    fn non_degenerate(mut self) -> Self {
        if !(self.min.is_finite() && self.max.is_finite()) {
            (self.min, self.max) = (0.0, 1.0);
        } else if self.max <= self.min {
            let pad = if self.min == 0.0 { 1.0 } else { self.min.abs() * 0.1 };
            (self.min, self.max) = (self.min - pad, self.max + pad);
        }
        self
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
}

/// A coloured swatch and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub color: RGBColor,
}

/// Title, legend, axes and grid around a plotting area.
pub struct Frame<'a> {
    title: &'a str,
    x: &'a Axis,
    y: &'a Axis,
    legend: &'a [LegendEntry],
    reserve_right: i32,
}

impl<'a> Frame<'a> {
    pub fn new(title: &'a str, x: &'a Axis, y: &'a Axis) -> Self {
        Frame {
            title,
            x,
            y,
            legend: &[],
            reserve_right: 0,
        }
    }

    /// A legend row (or rows) between the title and the plot, off the data.
    #[must_use]
    pub fn legend(mut self, entries: &'a [LegendEntry]) -> Self {
        self.legend = entries;
        self
    }

    /// Keeps `px` pixels free at the right (for a colour bar).
    #[must_use]
    pub fn reserve_right(mut self, px: i32) -> Self {
        self.reserve_right = px;
        self
    }

    /// Draws title, legend, grid and labels; returns the plotting area.
    pub fn draw<DB: DrawingBackend>(self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<Plot<DB>, DB> {
        let (w, h) = dims(area);
        let m = theme.margin;
        let label = theme.label_style();
        let (char_w, line_h) = text_size(area, "0", &label)?;
        let mut top = draw_title(area, theme, self.title)?;
        if !self.legend.is_empty() {
            top += draw_legend(area, theme, self.legend, top, m, w - 2 * m)?;
        }
        // The top tick label reaches half a line above the plot.
        top += line_h / 2;
        let x_title_h = if self.x.title.is_empty() { 0 } else { line_h };
        let bottom = m + x_title_h + line_h + theme.gap / 2;

        // y labels first: their width decides the plot's left edge.
        let plot_h = (h - top - bottom).max(1);
        let max_y_ticks = (plot_h / (line_h * 3).max(1)).clamp(2, 10) as usize;
        let mut y_ticks = self.y.tick_labels(max_y_ticks);
        let y_label_max_w = (w / 3).max(char_w);
        for (_, text) in &mut y_ticks {
            *text = fit_text(area, text, &label, y_label_max_w)?;
        }
        if self.y.is_categorical() {
            y_ticks = thin(y_ticks, plot_h, line_h);
        }
        let mut y_label_w = 0;
        for (_, text) in &y_ticks {
            y_label_w = y_label_w.max(text_size(area, text, &label)?.0);
        }
        let y_title_w = if self.y.title.is_empty() { 0 } else { line_h + theme.gap };
        let left = m + y_title_w + y_label_w + theme.gap;

        // x labels: as many as fit side by side without touching.
        let plot_w_guess = (w - left - m - self.reserve_right).max(1);
        let x_ticks = fit_x_ticks(area, self.x, plot_w_guess, char_w, &label)?;
        let last_half = match x_ticks.last() {
            Some((_, t)) if !self.x.is_categorical() => text_size(area, t, &label)?.0 / 2,
            _ => 0,
        };
        let right = m.max(last_half) + self.reserve_right;

        let plot_area = area.margin(top.max(0), bottom.max(0), left.max(0), right.max(0));
        let (pw, ph) = dims(&plot_area);
        let (px, py) = plot_area.get_pixel_range();
        // Pixel rows grow downwards; data y grows upwards.
        let pixels = (
            px.start..(px.end - 1).max(px.start),
            (py.end - 1).max(py.start)..py.start,
        );
        let plot = plot_area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
            self.x.min..self.x.max,
            self.y.min..self.y.max,
            pixels,
        ));
        if pw < 2 || ph < 2 {
            return Ok(plot);
        }

        // Light grid behind the data, then the base line.
        let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
        if !self.y.is_categorical() {
            for (v, _) in &y_ticks {
                plot.draw(&PathElement::new(vec![(self.x.min, *v), (self.x.max, *v)], grid))?;
            }
        }
        if !self.x.is_categorical() {
            for (v, _) in &x_ticks {
                plot.draw(&PathElement::new(vec![(*v, self.y.min), (*v, self.y.max)], grid))?;
            }
        }
        plot.draw(&PathElement::new(
            vec![(self.x.min, self.y.min), (self.x.max, self.y.min)],
            ShapeStyle::from(&theme.axis).stroke_width(1),
        ))?;

        // Labels, placed in the frame's pixel space.
        let base = area.get_base_pixel();
        let to_local = |p: (i32, i32)| (p.0 - base.0, p.1 - base.1);
        for (v, text) in &y_ticks {
            let (_, py) = to_local(plot.map_coordinate(&(self.x.min, *v)));
            let style = label.pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new(text.clone(), (left - theme.gap, py), style))?;
        }
        let x_label_y = h - bottom + theme.gap / 2;
        for (v, text) in &x_ticks {
            let (px, _) = to_local(plot.map_coordinate(&(*v, self.y.min)));
            let style = label.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(text.clone(), (px, x_label_y), style))?;
        }
        let muted = theme.muted_style();
        if !self.x.title.is_empty() {
            let title = fit_text(area, &self.x.title, &muted, pw)?;
            let style = muted.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(title, (left + pw / 2, x_label_y + line_h), style))?;
        }
        if !self.y.title.is_empty() {
            // Measured rotated: a terminal writes vertical text one row per character.
            let rotated = muted.transform(FontTransform::Rotate270);
            let title = fit_text(area, &self.y.title, &rotated, ph)?;
            let style = rotated.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(title, (m, top + ph / 2), style))?;
        }
        Ok(plot)
    }
}

/// Width and height of an area in pixels, as signed numbers for layout math.
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

/// `text`, cut with an ellipsis so it is at most `max_w` pixels wide.
pub fn fit_text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    max_w: i32,
) -> DrawResult<String, DB> {
    if text_size(area, text, style)?.0 <= max_w {
        return Ok(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    // Binary search the longest prefix that fits with its ellipsis.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().chain(['…'].iter()).collect();
        if text_size(area, &candidate, style)?.0 <= max_w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Ok(if lo == 0 {
        String::new()
    } else {
        chars[..lo].iter().chain(['…'].iter()).collect()
    })
}

/// Keeps every k-th label so labels `line_h` tall never overlap along `len`.
fn thin(ticks: Vec<(f64, String)>, len: i32, line_h: i32) -> Vec<(f64, String)> {
    let n = ticks.len().max(1) as i32;
    let per_label = len / n;
    if per_label >= line_h {
        return ticks;
    }
    let every = ((line_h + per_label - 1) / per_label.max(1)).max(1) as usize;
    ticks.into_iter().step_by(every).collect()
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
        let slot = plot_w / names.len().max(1) as i32;
        let room = (slot - char_w).max(char_w * 4);
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
/// `width`; returns the height used.
pub fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    entries: &[LegendEntry],
    top: i32,
    left: i32,
    width: i32,
) -> DrawResult<i32, DB> {
    let style = theme.legend_style();
    let (char_w, _) = text_size(area, "0", &style)?;
    let (_, text_h) = text_size(area, "Ag", &style)?;
    // Character cells twice as tall as wide mean a terminal: there a swatch
    // is one whole cell and rows are one cell apart, so nothing straddles a
    // row. Proportional fonts get a square swatch and a little leading.
    let tall_cells = text_h >= 2 * char_w;
    let (swatch_w, swatch_h, line_h) = if tall_cells {
        (char_w, text_h, text_h)
    } else {
        let side = (text_h * 3 / 4).max(1);
        (side, side, text_h * 5 / 4)
    };
    let (mut x, mut y) = (left, top);
    for entry in entries {
        let label = fit_text(area, &entry.label, &style, (width - swatch_w - char_w).max(char_w))?;
        let item_w = swatch_w + char_w + text_size(area, &label, &style)?.0 + 2 * char_w;
        if x > left && x + item_w > left + width {
            x = left;
            y += line_h;
        }
        let sy = y + (line_h - swatch_h) / 2;
        area.draw(&Rectangle::new(
            [(x, sy), (x + swatch_w - 1, sy + swatch_h - 1)],
            entry.color.filled(),
        ))?;
        let text_x = x + swatch_w + char_w;
        let centre = Pos::new(HPos::Left, VPos::Center);
        area.draw(&Text::new(label, (text_x, y + line_h / 2), style.pos(centre)))?;
        x += item_w;
    }
    Ok(y - top + line_h + theme.gap / 2)
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

#[cfg(test)]
mod tests {
    use super::*;

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
