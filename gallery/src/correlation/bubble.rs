//! # Bubble chart
//!
//! A bubble chart is a scatter plot with a third numeric variable mapped to
//! the area of each point, and often a fourth, categorical one mapped to its
//! colour. The classic example is Hans Rosling's gapminder chart: wealth
//! against health, one bubble per country, sized by population and coloured
//! by continent. A size legend with a few reference bubbles tells how big a
//! value a bubble stands for.
//!
//! The `point-size` parameter (`Input::size_scale`) makes every bubble
//! bigger or smaller; areas stay proportional to the values.
//!
//! ## When to use
//! Two numeric variables whose relation you want to show, plus a third
//! positive quantity (population, sales, count) that says how much each point
//! matters. A few dozen to a few hundred points.
//!
//! ## Caveat
//! Map the value to the bubble's AREA, not its radius: with the radius, a
//! value twice as big looks four times as big. Even done right, people judge
//! areas poorly, so keep the size for context, not for precise comparison.
//! Big bubbles hide the ones behind them: draw the largest first, use
//! see-through fills, and consider a log axis when a variable spans decades.
//!
//! ## Variants
//! - `log-x`: x on a log10 axis, which spreads out values that span several
//!   orders of magnitude (income, population).
//! - `linear-x`: the same data on a linear x axis; the poorer countries pile
//!   up against the left edge, which is why the log axis is the right choice
//!   here.
//!
//! ## Related
//! scatter, heatmap, connected-scatter, bubble-map
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs`, `axes.rs` and `size_legend.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::size_legend::size_legend_rows;
pub use crate::size_legend::{bubble_radius, size_legend_values};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bubble: its position and the (positive) value its area stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Position on the x axis, in the x variable's unit.
    pub x: f64,
    /// Position on the y axis, in the y variable's unit.
    pub y: f64,
    /// The value the bubble's area stands for (positive; area, not radius, grows with it).
    pub area: f64,
}

/// The bubbles of one colour group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// The group's name, in the legend.
    pub name: String,
    /// The group's bubbles.
    pub points: Vec<Point>,
}

/// The data of a bubble chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, e.g. "GDP per capita (US$)"; the log-x
    /// variant adds "log scale" to it.
    pub x_title: String,
    /// The y variable and its unit, which titles the y axis.
    pub y_title: String,
    /// What the bubble area stands for, e.g. "Population"; titles the size legend.
    pub area_title: String,
    /// The bubbles, one colour per group.
    pub groups: Vec<Group>,
    /// Multiplies the largest bubble's radius (`None`: 1, 6% of the
    /// canvas' shorter side); the size legend follows.
    pub size_scale: Option<f64>,
}

/// The ways to draw a bubble chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `log-x`: X on a log10 axis, which spreads out values that span several orders of magnitude
    /// (income, population).
    LogX,
    /// `linear-x`: The same data on a linear x axis; the poorer countries pile up against the left
    /// edge, which is why the log axis is the right choice here.
    LinearX,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::LogX, Variant::LinearX];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::LogX => "log-x",
            Variant::LinearX => "linear-x",
        }
    }
}

/// The largest bubble's radius as a share of the canvas's shorter side.
const MAX_RADIUS_SHARE: f64 = 0.06;

/// Draws `input` as a bubble chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let log_x = variant == Variant::LogX;
    // (group index, point): bubbles need a position and a positive area;
    // a log axis also needs a positive x.
    let points: Vec<(usize, Point)> = input
        .groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| group.points.iter().map(move |p| (g, *p)))
        .filter(|(_, p)| p.x.is_finite() && p.y.is_finite() && p.area.is_finite() && p.area > 0.0)
        .filter(|(_, p)| !log_x || p.x > 0.0)
        .collect();
    let (Some((x_lo, x_hi)), Some((y_lo, y_hi)), Some((_, max_area))) = (
        stats::extent(points.iter().map(|(_, p)| p.x)),
        stats::extent(points.iter().map(|(_, p)| p.y)),
        stats::extent(points.iter().map(|(_, p)| p.area)),
    ) else {
        let why = if log_x {
            "No bubbles with a positive x and size"
        } else {
            "No bubbles with a position and a positive size"
        };
        return axes::draw_empty(area, theme, &input.title, why);
    };

    let (canvas_w, canvas_h) = axes::dims(area);
    let r_min = (f64::from(theme.point_radius) / 2.0).max(1.0);
    let mut r_max = (f64::from(canvas_w.min(canvas_h).max(0)) * MAX_RADIUS_SHARE).max(r_min);
    if let Some(scale) = input.size_scale.filter(|s| s.is_finite() && *s > 0.0) {
        r_max = (r_max * scale).max(r_min);
    }
    let sizes = SizeLegend::layout(area, theme, &input.area_title, max_area, r_max, r_min)?;

    // Pad the axes so the largest bubbles at the edges stay inside the plot.
    let pad_x = (r_max / (f64::from(canvas_w.max(1)) * 0.7)).clamp(0.03, 0.2);
    let pad_y = (r_max / (f64::from(canvas_h.max(1)) * 0.6)).clamp(0.03, 0.2);
    let x_axis = if log_x {
        Axis::log10(axes::log_scale_title(&input.x_title), x_lo, x_hi).padded(pad_x)
    } else {
        Axis::linear(&input.x_title, x_lo, x_hi).padded(pad_x)
    };
    let y_axis = Axis::linear(&input.y_title, y_lo, y_hi).padded(pad_y);
    let legend: Vec<LegendEntry> = if input.groups.len() > 1 {
        input
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| LegendEntry {
                label: g.name.clone(),
                color: theme.color(i),
            })
            .collect()
    } else {
        Vec::new()
    };
    let reserve = sizes.as_ref().map_or(0, |s| s.width + theme.gap);
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(&legend)
        .reserve_right(reserve)
        .draw(area, theme)?;

    // Largest first, so the small bubbles stay visible on top.
    let mut order = points;
    order.sort_by(|a, b| b.1.area.total_cmp(&a.1.area));
    let outline_width = (theme.line_width / 2).max(1);
    let base = area.get_base_pixel();
    for (group, p) in &order {
        let color = theme.color(*group);
        let radius = bubble_radius(p.area, max_area, r_max, r_min);
        let (px, py) = plot.map_coordinate(&(if log_x { p.x.log10() } else { p.x }, p.y));
        let centre = (px - base.0, py - base.1);
        // A see-through fill inside an opaque outline of the same hue: the
        // outline reads darker than the fill and keeps overlapping bubbles
        // apart, and a terminal (one colour per cell) shows one clean colour.
        // The fill is a polygon: plotters fills a circle with overlapping
        // strokes, which a see-through colour shows as a dark cross on
        // small bubbles.
        area.draw(&Polygon::new(disc(centre, radius), color.mix(0.6).filled()))?;
        let outline = ShapeStyle::from(&color).stroke_width(outline_width);
        area.draw(&Circle::new(centre, radius.round() as i32, outline))?;
    }

    if let Some(sizes) = sizes {
        let (px, py) = plot.get_pixel_range();
        let left = px.end - base.0 + theme.gap;
        sizes.draw(area, theme, left, py.start - base.1, py.end - base.1, outline_width)?;
    }
    Ok(())
}

/// A disc of `radius` pixels around `centre` as a polygon, with enough
/// corners to look round at its size.
fn disc((cx, cy): (i32, i32), radius: f64) -> Vec<(i32, i32)> {
    let r = if radius.is_finite() { radius.max(0.5) } else { 0.5 };
    let corners = ((r * 4.0).ceil() as usize).clamp(12, 96);
    (0..corners)
        .map(|k| {
            let a = std::f64::consts::TAU * k as f64 / corners as f64;
            (cx + (r * a.cos()).round() as i32, cy + (r * a.sin()).round() as i32)
        })
        .collect()
}

/// The size legend: a title and one reference bubble per row, with labels.
struct SizeLegend {
    title: String,
    /// (radius, label) from the smallest bubble to the largest.
    rows: Vec<(f64, String)>,
    r_max: f64,
    width: i32,
}

impl SizeLegend {
    /// Measures the legend; `None` when the canvas has no room for it.
    fn layout<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        title: &str,
        max_area: f64,
        r_max: f64,
        r_min: f64,
    ) -> DrawResult<Option<SizeLegend>, DB> {
        let (w, _) = axes::dims(area);
        let (rows, label_w) = size_legend_rows(area, theme, max_area, r_max, r_min)?;
        let biggest = rows.iter().map(|(r, _)| *r).fold(0.0, f64::max);
        let body_w = (2.0 * biggest).ceil() as i32 + theme.gap + label_w;
        let title_w = axes::text_size(area, title, &theme.muted_style())?.0;
        let width = body_w.max(title_w).min(w / 4);
        if rows.is_empty() || body_w > width {
            return Ok(None);
        }
        let title = axes::fit_text(area, title, &theme.muted_style(), width)?;
        Ok(Some(SizeLegend {
            title,
            rows,
            r_max: biggest,
            width,
        }))
    }

    /// Draws from `left`, between pixel rows `top` and `bottom` of the plot;
    /// rows that would not fit are left out, largest first.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        left: i32,
        top: i32,
        bottom: i32,
        outline: u32,
    ) -> DrawResult<(), DB> {
        let style = theme.legend_style();
        let (_, line_h) = axes::text_size(area, "Ag", &style)?;
        let mut y = top;
        if !self.title.is_empty() {
            let muted = theme.muted_style().pos(Pos::new(HPos::Left, VPos::Top));
            area.draw(&Text::new(self.title.clone(), (left, y), muted))?;
            y += line_h + theme.gap / 2;
        }
        let cx = left + self.r_max.ceil() as i32;
        let label_x = left + (2.0 * self.r_max).ceil() as i32 + theme.gap;
        let fill = theme.muted.mix(0.35).filled();
        let stroke = ShapeStyle::from(&theme.muted).stroke_width(outline);
        for (r, label) in &self.rows {
            let row_h = ((2.0 * r).ceil() as i32).max(line_h);
            if y + row_h > bottom {
                break;
            }
            let cy = y + row_h / 2;
            let ri = r.round() as i32;
            area.draw(&Polygon::new(disc((cx, cy), *r), fill))?;
            area.draw(&Circle::new((cx, cy), ri, stroke))?;
            let text = style.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(label.clone(), (label_x, cy), text))?;
            y += row_h + theme.gap / 2;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_bubbles_are_round_polygons() {
        for r in [1.0, 3.0, 4.6, 12.0, 80.0] {
            let corners = disc((50, 40), r);
            assert!(corners.len() >= 12, "{r}: {} corners", corners.len());
            for (x, y) in &corners {
                let d = f64::from(x - 50).hypot(f64::from(y - 40));
                assert!((d - r).abs() <= 0.75, "{r}: corner at distance {d}");
            }
        }
        // Degenerate radii still give a small closed shape, never a panic.
        assert!(!disc((0, 0), f64::NAN).is_empty());
        assert!(!disc((0, 0), 0.0).is_empty());
    }

    #[test]
    fn size_scale_changes_the_bubbles_drawn() {
        let input = Input {
            groups: vec![Group {
                name: String::from("a"),
                points: (1..8)
                    .map(|i| Point {
                        x: f64::from(i),
                        y: f64::from(i % 3),
                        area: f64::from(i * i),
                    })
                    .collect(),
            }],
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::LinearX, &Theme::light()).expect("draws");
            })
        };
        let big = Input {
            size_scale: Some(2.0),
            ..input.clone()
        };
        let same = Input {
            size_scale: Some(1.0),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&big));
        assert_eq!(draw_it(&input), draw_it(&same));
    }
}
