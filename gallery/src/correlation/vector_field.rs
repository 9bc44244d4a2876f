//! # Vector field
//!
//! A vector field plot (a quiver plot) draws an arrow at each point of a
//! grid: the arrow points the way the field goes there (the wind, a
//! current, a gradient) and its length or colour says how strong it is.
//! Flow patterns the numbers hide, such as eddies, fronts and calm zones,
//! show at a glance.
//!
//! ## When to use
//! Two components (u east-west, v north-south, or any dx, dy) measured on
//! a regular grid of positions: wind or ocean currents on a map, a flow
//! simulation, the gradient of a surface.
//!
//! ## Caveat
//! Too many arrows make a hairy mess: thin the grid until each arrow has
//! room, and say so (here neighbouring vectors are averaged into one
//! arrow, and a footnote gives how many). Length is read less exactly than
//! position, and long arrows draw the eye to strong values; colour by
//! magnitude with arrows of one length (the `colour` variant) shows
//! direction everywhere, weak areas included. The arrows are drawn in
//! screen space: the plot is not an equal-area map projection.
//!
//! ## Variants
//! - `arrows`: arrow length proportional to the magnitude, the longest
//!   filling its grid cell, with a key arrow for a round magnitude.
//! - `colour`: arrows of one length, coloured by magnitude on a
//!   sequential colour scale, with a colour bar.
//!
//! ## Related
//! scatter, heatmap, density-2d, connection-map
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and `color_bar.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::color_bar::ColorBar;
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::BTreeMap;

/// One vector: where it is and its two components.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Arrow {
    /// Position along the x axis (e.g. longitude).
    pub x: f64,
    /// Position along the y axis (e.g. latitude).
    pub y: f64,
    /// The component along x (e.g. eastward wind).
    pub u: f64,
    /// The component along y (e.g. northward wind).
    pub v: f64,
}

/// The data of a vector field plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What x is, with its unit, e.g. "Longitude (°E)".
    pub x_title: String,
    /// What y is, with its unit, e.g. "Latitude (°N)".
    pub y_title: String,
    /// What an arrow's magnitude is, e.g. "Wind speed".
    pub magnitude_title: String,
    /// The vectors, on a regular grid or scattered.
    pub arrows: Vec<Arrow>,
}

/// The ways to draw a vector field, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `arrows`: Arrow length proportional to the magnitude, the longest filling its grid cell, with
    /// a key arrow for a round magnitude.
    Arrows,
    /// `colour`: Arrows of one length, coloured by magnitude on a sequential colour scale, with a
    /// colour bar.
    Colour,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Arrows, Variant::Colour];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Arrows => "arrows",
            Variant::Colour => "colour",
        }
    }
}

/// The least room an arrow gets on paper, in font heights of a label.
const PAPER_SPACING: f64 = 1.4;
/// The least room an arrow gets in a terminal, in pixels (a cell is 8x16):
/// 5 columns by 2.5 rows, enough for a shaft and a head that read.
const CELL_SPACING: f64 = 40.0;
/// The longest arrow fills this share of its grid cell.
const FILL: f64 = 0.9;

/// Draws `input` as a vector field in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let arrows: Vec<Arrow> = input.arrows.iter().copied().filter(is_drawable).collect();
    let (Some((x_lo, x_hi)), Some((y_lo, y_hi))) =
        (extent(arrows.iter().map(|a| a.x)), extent(arrows.iter().map(|a| a.y)))
    else {
        return axes::draw_empty(area, theme, &input.title, "No finite vectors to draw");
    };
    let (step_x, step_y) = (
        grid_step(arrows.iter().map(|a| a.x)),
        grid_step(arrows.iter().map(|a| a.y)),
    );
    // Half a grid step of room around the outermost arrows.
    let x = Axis::linear(&input.x_title, x_lo - step_x / 2.0, x_hi + step_x / 2.0);
    let y = Axis::linear(&input.y_title, y_lo - step_y / 2.0, y_hi + step_y / 2.0);
    let max_magnitude = arrows.iter().map(magnitude).fold(0.0f64, f64::max);

    let in_cells = axes::text_in_cells(area, theme)?;
    // The note counts how many vectors each arrow stands for, which needs
    // the plot's size: lay out above the footnote's strip first.
    let chart = axes::footnote_room(area, theme)?;
    let (bar, key) = match variant {
        Variant::Colour => (
            Some(ColorBar::new(input.magnitude_title.clone(), 0.0, max_magnitude)),
            None,
        ),
        Variant::Arrows => (
            None,
            Some(Key::new(&chart, theme, &input.magnitude_title, max_magnitude)?),
        ),
    };
    let bar_w = match &bar {
        Some(b) => b.width(&chart, theme)?,
        None => 0,
    };
    let reserve = bar_w + key.as_ref().map_or(0, |k| k.width);
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(reserve)
        .draw(&chart, theme)?;
    let (pw, ph) = axes::dims(&plot);
    let spacing = if in_cells {
        CELL_SPACING
    } else {
        PAPER_SPACING * theme.label_size
    };
    let px_per = (
        f64::from(pw) / (x.max - x.min).max(f64::MIN_POSITIVE),
        f64::from(ph) / (y.max - y.min).max(f64::MIN_POSITIVE),
    );
    let thinning = Thinning::for_room((step_x, step_y), px_per, spacing);
    let cells = thinning.average(&arrows, (x_lo, y_lo));
    let note = thinning.note();
    axes::draw_footnote(area, theme, &note)?;
    if pw < 2 || ph < 2 {
        return Ok(());
    }

    // Each arrow's room in pixels: the thinned grid's cell.
    let room = (
        thinning.k.0 as f64 * step_x * px_per.0,
        thinning.k.1 as f64 * step_y * px_per.1,
    );
    let longest = FILL * room.0.min(room.1);
    let stroke = theme.line_width.max(1);
    let base = plot.get_base_pixel();
    let canvas = plot.strip_coord_spec();
    for cell in &cells {
        let m = magnitude(&cell.arrow);
        let (length, color) = match variant {
            Variant::Arrows => (longest * scale::fraction(m, 0.0, max_magnitude), theme.color(0)),
            Variant::Colour => (longest * 0.85, theme.sequential(scale::fraction(m, 0.0, max_magnitude))),
        };
        let (cx, cy) = plot.map_coordinate(&(cell.arrow.x, cell.arrow.y));
        let centre = (f64::from(cx - base.0), f64::from(cy - base.1));
        let arrow = (cell.arrow.u, cell.arrow.v);
        draw_arrow(&canvas, centre, arrow, length, color, (stroke, in_cells, theme))?;
    }
    if let Some(bar) = &bar {
        bar.draw_beside(&chart, &plot, theme, |t| theme.sequential(t))?;
    }
    if let Some(key) = &key {
        key.draw(&chart, &plot, theme, longest / max_magnitude.max(f64::MIN_POSITIVE))?;
    }
    Ok(())
}

/// Whether a vector has a finite position, components and magnitude.
fn is_drawable(a: &Arrow) -> bool {
    [a.x, a.y, a.u, a.v].iter().all(|v| v.is_finite()) && magnitude(a).is_finite()
}

fn magnitude(a: &Arrow) -> f64 {
    a.u.hypot(a.v)
}

fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// The spacing of a grid along one axis: the median gap between its
/// distinct positions (1 when there is only one, so it still has room).
fn grid_step(values: impl Iterator<Item = f64>) -> f64 {
    let mut distinct: Vec<f64> = values.collect();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    let mut gaps: Vec<f64> = distinct.windows(2).map(|w| w[1] - w[0]).filter(|g| *g > 0.0).collect();
    gaps.sort_by(f64::total_cmp);
    let step = gaps.get(gaps.len() / 2).copied().unwrap_or(1.0);
    if step.is_finite() && step > 0.0 {
        step
    } else {
        1.0
    }
}

/// How the grid is thinned: every `k.0` x `k.1` block of grid points
/// becomes one arrow, their mean.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Thinning {
    /// Grid steps per arrow along x and y.
    k: (usize, usize),
    /// The grid's spacing along x and y, in data units.
    step: (f64, f64),
}

/// One arrow of the thinned grid and how many vectors it averages.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Cell {
    arrow: Arrow,
    count: usize,
}

impl Thinning {
    /// The least thinning that gives each arrow `spacing` pixels each way,
    /// on a grid `step` apart drawn at `px_per` pixels per data unit.
    fn for_room(step: (f64, f64), px_per: (f64, f64), spacing: f64) -> Self {
        let k = |step: f64, px: f64| {
            let room = step * px;
            if room > 0.0 && room.is_finite() {
                (spacing / room).ceil().clamp(1.0, 1e6) as usize
            } else {
                1
            }
        };
        Thinning {
            k: (k(step.0, px_per.0), k(step.1, px_per.1)),
            step,
        }
    }

    /// The mean vector (and mean position) of each block, blocks counted
    /// from `origin`, in row order.
    fn average(&self, arrows: &[Arrow], origin: (f64, f64)) -> Vec<Cell> {
        let block = |v: f64, o: f64, step: f64, k: usize| -> i64 {
            let index = ((v - o) / step).round();
            (index.clamp(-1e15, 1e15) as i64).div_euclid(k as i64)
        };
        let mut sums: BTreeMap<(i64, i64), (Arrow, usize)> = BTreeMap::new();
        for a in arrows {
            let key = (
                block(a.y, origin.1, self.step.1, self.k.1),
                block(a.x, origin.0, self.step.0, self.k.0),
            );
            let (sum, count) = sums.entry(key).or_insert((Arrow::default(), 0));
            sum.x += a.x;
            sum.y += a.y;
            sum.u += a.u;
            sum.v += a.v;
            *count += 1;
        }
        sums.into_values()
            .map(|(s, count)| {
                let n = count as f64;
                Cell {
                    arrow: Arrow {
                        x: s.x / n,
                        y: s.y / n,
                        u: s.u / n,
                        v: s.v / n,
                    },
                    count,
                }
            })
            .filter(|c| is_drawable(&c.arrow))
            .collect()
    }

    /// The footnote: how many grid points each arrow stands for.
    fn note(&self) -> String {
        match self.k {
            (1, 1) => String::new(),
            (kx, ky) => {
                format!("Each arrow averages up to {kx} x {ky} neighbouring vectors.")
            }
        }
    }
}

/// An arrow centred on `centre` (pixels), pointing along (u, v) with y up,
/// `length` pixels long: a shaft and a filled head on paper; in a terminal
/// a one-dot shaft and an arrow character (→ ↗ ↑ ...) at its tip, since a
/// filled head a few cells big turns into blocks that point nowhere. A
/// zero vector is a dot.
fn draw_arrow<DB: DrawingBackend>(
    canvas: &DrawingArea<DB, Shift>,
    centre: (f64, f64),
    (u, v): (f64, f64),
    length: f64,
    color: RGBColor,
    (stroke, in_cells, theme): (u32, bool, &Theme),
) -> DrawResult<(), DB> {
    let px = |p: (f64, f64)| (p.0.round() as i32, p.1.round() as i32);
    let Some(shape) = arrow_shape(centre, (u, v), length) else {
        if in_cells && u.hypot(v) > 0.0 {
            // Too short for a shaft: the head alone still points.
            return draw_head_glyph(canvas, px(centre), (u, v), color, theme);
        }
        return canvas.draw(&Circle::new(px(centre), stroke.max(1), color.filled()));
    };
    let shaft = ShapeStyle::from(&color).stroke_width(stroke);
    if in_cells {
        canvas.draw(&PathElement::new(vec![px(shape.tail), px(shape.tip)], shaft))?;
        return draw_head_glyph(canvas, px(shape.tip), (u, v), color, theme);
    }
    canvas.draw(&PathElement::new(vec![px(shape.tail), px(shape.neck)], shaft))?;
    canvas.draw(&Polygon::new(
        vec![px(shape.tip), px(shape.head.0), px(shape.head.1)],
        color.filled(),
    ))
}

/// An arrow character for (u, v) centred on pixel `at`.
fn draw_head_glyph<DB: DrawingBackend>(
    canvas: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    (u, v): (f64, f64),
    color: RGBColor,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let style = theme
        .label_style()
        .color(&color)
        .pos(Pos::new(HPos::Center, VPos::Center));
    canvas.draw(&Text::new(head_glyph(u, v).to_string(), at, style))
}

/// The arrow character nearest the direction of (u, v), y up: one of the
/// eight at 45-degree steps, counter-clockwise from east.
fn head_glyph(u: f64, v: f64) -> char {
    const GLYPHS: [char; 8] = ['→', '↗', '↑', '↖', '←', '↙', '↓', '↘'];
    let octant = (v.atan2(u) / std::f64::consts::FRAC_PI_4).round() as i64;
    GLYPHS[octant.rem_euclid(8) as usize]
}

/// The points of an arrow, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ArrowShape {
    tail: (f64, f64),
    /// Where the shaft meets the head.
    neck: (f64, f64),
    tip: (f64, f64),
    /// The head's two back corners.
    head: ((f64, f64), (f64, f64)),
}

/// An arrow of `length` pixels centred on `centre`, pointing along
/// (u, v) with v up (pixel rows grow down); `None` for a zero vector or
/// an arrow too short to draw.
fn arrow_shape(centre: (f64, f64), (u, v): (f64, f64), length: f64) -> Option<ArrowShape> {
    let m = u.hypot(v);
    if !(m > 0.0 && m.is_finite() && length >= 1.0) {
        return None;
    }
    let (dx, dy) = (u / m, -v / m);
    let half = length / 2.0;
    let tail = (centre.0 - dx * half, centre.1 - dy * half);
    let tip = (centre.0 + dx * half, centre.1 + dy * half);
    // A head a third of the arrow, at least 3 pixels, as wide as long.
    let head_len = (length / 3.0).max(3.0).min(length);
    let neck = (tip.0 - dx * head_len, tip.1 - dy * head_len);
    let (nx, ny) = (-dy * head_len / 2.0, dx * head_len / 2.0);
    Some(ArrowShape {
        tail,
        neck,
        tip,
        head: ((neck.0 + nx, neck.1 + ny), (neck.0 - nx, neck.1 - ny)),
    })
}

/// The round magnitude a key arrow shows: the largest 1, 2 or 5 times a
/// power of ten at most `max`.
fn key_magnitude(max: f64) -> Option<f64> {
    if !(max > 0.0 && max.is_finite()) {
        return None;
    }
    let power = 10f64.powf(max.log10().floor());
    [5.0, 2.0, 1.0]
        .iter()
        .map(|f| f * power)
        .find(|v| *v <= max * (1.0 + 1e-12))
}

/// The key of the `arrows` variant, right of the plot: the magnitude's
/// title, an arrow for a round magnitude and its value.
struct Key {
    title: String,
    value: Option<f64>,
    width: i32,
}

impl Key {
    fn new<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        title: &str,
        max: f64,
    ) -> DrawResult<Self, DB> {
        let value = key_magnitude(max);
        let label = theme.label_style();
        let title_w = axes::text_size(area, title, &label)?.0;
        let value_w = axes::text_size(area, &value.map(scale::format_value).unwrap_or_default(), &label)?.0;
        let (char_w, _) = axes::text_size(area, "0", &label)?;
        let (w, _) = axes::dims(area);
        // The column holds the longer of the title and the arrow, but never
        // more than a quarter of the chart.
        let inner = title_w.max(value_w).max(char_w * 8).min(w / 4);
        Ok(Key {
            title: title.to_string(),
            value,
            width: theme.gap * 2 + inner,
        })
    }

    /// Draws the key right of `plot`; `px_per_unit` is the arrows' length
    /// in pixels per unit of magnitude.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        plot: &axes::Plot<DB>,
        theme: &Theme,
        px_per_unit: f64,
    ) -> DrawResult<(), DB> {
        let Some(value) = self.value else {
            return Ok(());
        };
        let base = area.get_base_pixel();
        let (xs, ys) = plot.get_pixel_range();
        let left = xs.end - base.0 + theme.gap * 2;
        let top = ys.start - base.1;
        let label = theme.label_style();
        let (_, line_h) = axes::text_size(area, "Ag", &label)?;
        let column = self.width - theme.gap * 2;
        let title = axes::fit_text(area, &self.title, &theme.muted_style(), column)?;
        area.draw(&Text::new(
            title,
            (left, top),
            theme.muted_style().pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        let length = (value * px_per_unit).min(f64::from(column));
        let centre = (f64::from(left) + length / 2.0, f64::from(top + line_h * 2));
        let in_cells = axes::text_in_cells(area, theme)?;
        let stroke = (theme.line_width.max(1), in_cells, theme);
        draw_arrow(area, centre, (1.0, 0.0), length, theme.color(0), stroke)?;
        area.draw(&Text::new(
            scale::format_value(value),
            (left, top + line_h * 3),
            label.pos(Pos::new(HPos::Left, VPos::Top)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(nx: usize, ny: usize, step: f64) -> Vec<Arrow> {
        let mut out = Vec::new();
        for j in 0..ny {
            for i in 0..nx {
                out.push(Arrow {
                    x: i as f64 * step,
                    y: j as f64 * step,
                    u: i as f64,
                    v: 1.0,
                });
            }
        }
        out
    }

    #[test]
    fn the_grid_step_is_the_common_gap() {
        assert_eq!(grid_step([0.5, 0.0, 1.0, 1.5, 1.0].into_iter()), 0.5);
        assert_eq!(grid_step([3.0].into_iter()), 1.0);
        assert_eq!(grid_step(std::iter::empty()), 1.0);
    }

    #[test]
    fn thinning_gives_each_arrow_its_room() {
        // A grid 0.5 apart at 20 px per unit: 10 px per step. 28 px of room
        // needs every 3rd point; 40 px every 4th; 5 px needs none.
        let t = Thinning::for_room((0.5, 0.5), (20.0, 20.0), 28.0);
        assert_eq!(t.k, (3, 3));
        assert_eq!(Thinning::for_room((0.5, 0.5), (20.0, 40.0), 40.0).k, (4, 2));
        let none = Thinning::for_room((0.5, 0.5), (20.0, 20.0), 5.0);
        assert_eq!(none.k, (1, 1));
        assert!(none.note().is_empty());
        assert!(t.note().contains("3 x 3"));
        assert_eq!(Thinning::for_room((0.5, 0.5), (0.0, f64::NAN), 5.0).k, (1, 1));
    }

    #[test]
    fn thinned_arrows_are_block_means() {
        let arrows = grid(4, 2, 1.0);
        let t = Thinning {
            k: (2, 2),
            step: (1.0, 1.0),
        };
        let cells = t.average(&arrows, (0.0, 0.0));
        assert_eq!(cells.len(), 2);
        assert!(cells.iter().all(|c| c.count == 4));
        // The first block holds x = 0, 1 (u = 0, 1) in rows y = 0, 1.
        assert_eq!(
            cells[0].arrow,
            Arrow {
                x: 0.5,
                y: 0.5,
                u: 0.5,
                v: 1.0
            }
        );
        assert_eq!(cells[1].arrow.x, 2.5);
        // Opposite vectors cancel: the mean is a calm cell, drawn as a dot.
        let calm = [
            Arrow {
                x: 0.0,
                y: 0.0,
                u: 1.0,
                v: 0.0,
            },
            Arrow {
                x: 1.0,
                y: 0.0,
                u: -1.0,
                v: 0.0,
            },
        ];
        assert_eq!(magnitude(&t.average(&calm, (0.0, 0.0))[0].arrow), 0.0);
    }

    #[test]
    fn arrows_point_along_the_vector_with_y_up() {
        let east = arrow_shape((50.0, 50.0), (3.0, 0.0), 30.0).expect("an arrow");
        assert_eq!(east.tail, (35.0, 50.0));
        assert_eq!(east.tip, (65.0, 50.0));
        assert_eq!(east.neck, (55.0, 50.0));
        assert_eq!(east.head, ((55.0, 55.0), (55.0, 45.0)));
        // North is up the screen: a smaller pixel row.
        let north = arrow_shape((0.0, 0.0), (0.0, 2.0), 10.0).expect("an arrow");
        assert!(north.tip.1 < north.tail.1 && north.tip.0.abs() < 1e-12);
        assert_eq!(arrow_shape((0.0, 0.0), (0.0, 0.0), 10.0), None);
        assert_eq!(arrow_shape((0.0, 0.0), (1.0, 0.0), 0.5), None);
    }

    #[test]
    fn terminal_heads_point_the_nearest_of_eight_ways() {
        assert_eq!(head_glyph(1.0, 0.0), '→');
        assert_eq!(head_glyph(0.0, 2.0), '↑');
        assert_eq!(head_glyph(-1.0, -1.0), '↙');
        assert_eq!(head_glyph(1.0, -0.3), '→', "17 degrees below east is nearest east");
        assert_eq!(head_glyph(-1.0, -1e-9), '←', "just below west");
        assert_eq!(head_glyph(0.3, -1.0), '↓');
    }

    #[test]
    fn the_key_shows_a_round_magnitude() {
        assert_eq!(key_magnitude(12.18), Some(10.0));
        assert_eq!(key_magnitude(7.3), Some(5.0));
        assert_eq!(key_magnitude(0.031), Some(0.02));
        assert_eq!(key_magnitude(1.0), Some(1.0));
        assert_eq!(key_magnitude(0.0), None);
        assert_eq!(key_magnitude(f64::INFINITY), None);
    }

    /// Draws every variant of `input` into bitmaps from 0x0 to 640x384
    /// pixels, with the light and the terminal theme.
    fn draws_everywhere(input: &Input) {
        use plotters::style::{register_font, FontStyle};
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        for (w, h) in [(0u32, 0u32), (1, 1), (40, 20), (640, 384)] {
            let mut buffer = vec![0u8; (w * h * 3) as usize];
            let area = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
            for variant in Variant::ALL {
                for theme in [Theme::light(), Theme::terminal()] {
                    assert!(draw(&area, input, variant, &theme).is_ok(), "{w}x{h} {variant:?}");
                }
            }
        }
    }

    #[test]
    fn degenerate_input_draws_without_failing() {
        let one = |x: f64, y: f64, u: f64, v: f64| Arrow { x, y, u, v };
        for arrows in [
            Vec::new(),
            vec![one(0.0, 0.0, 0.0, 0.0)],
            vec![one(1.0, 2.0, 3.0, 4.0)],
            vec![one(f64::NAN, 0.0, 1.0, 1.0), one(0.0, 0.0, f64::INFINITY, 1.0)],
            vec![one(-1e308, 1e308, 1e308, 1e308), one(1e308, -1e308, -1e308, 1.0)],
            grid(200, 150, 0.1),
        ] {
            draws_everywhere(&Input {
                title: "t".into(),
                x_title: "x".into(),
                y_title: "y".into(),
                magnitude_title: "m".into(),
                arrows,
            });
        }
    }
}
