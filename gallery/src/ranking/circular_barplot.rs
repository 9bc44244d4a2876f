//! # Circular barplot
//!
//! A circular barplot bends a barplot around a circle: each bar radiates
//! from an inner ring, its length proportional to its value, with the names
//! around the outside. It fits many bars in a square and catches the eye,
//! and with groups the bars gather into arcs separated by gaps.
//!
//! The `top` parameter (`Input::top`) keeps only the largest bars.
//!
//! ## When to use
//! Many categories (a few dozen) whose ranking matters less than the overall
//! pattern, where an eye-catching figure is worth some precision, often with
//! a grouping variable that splits the circle into sectors.
//!
//! ## Caveat
//! Bars far from the centre look bigger: a bar's width grows with its
//! distance from the centre, so the outer bars cover more area for the same
//! length, and lengths along different angles are hard to compare. Reading
//! values off the rings is slow. A plain (horizontal) barplot or a lollipop
//! ranks the same values far more accurately; use the circle for its look.
//!
//! ## Variants
//! - `basic`: the bars sorted largest first, clockwise from 12 o'clock,
//!   names outside the circle, reference rings labelled in the gap at the top.
//!   In a terminal, bars narrower than four cells at the inner ring are
//!   drawn as one-dot radial lines, which stay apart where slim wedges
//!   would run together into one blob.
//! - `grouped`: the bars gathered by group (coloured, with a legend), each
//!   group sorted largest first, an empty slot between groups.
//!
//! ## Related
//! barplot, lollipop, radar, donut
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::{PI, TAU};

/// One bar: its name, its group (empty when there are none) and its value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bar {
    /// The bar's label, around the circle.
    pub label: String,
    /// The bar's group; bars of one group sit together in one colour. Empty when there are no
    /// groups.
    pub group: String,
    /// The bar's value (its length from the inner circle).
    pub value: f64,
}

/// The data of a circular barplot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the value is, with its unit, e.g. "Horsepower"; written in the hole.
    pub value_title: String,
    /// What the groups are, e.g. "Cylinders"; prefixes the legend entries.
    pub group_title: String,
    /// The bars, in any order: the variants sort them.
    pub bars: Vec<Bar>,
    /// Draw only this many bars, the largest (`None`: all); a footnote
    /// counts the rest.
    pub top: Option<usize>,
}

/// The ways to draw a circular barplot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: The bars sorted largest first, clockwise from 12 o'clock, names outside the circle,
    /// reference rings labelled in the gap at the top.
    Basic,
    /// `grouped`: The bars gathered by group (coloured, with a legend), each group sorted largest
    /// first, an empty slot between groups.
    Grouped,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Basic, Variant::Grouped];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Grouped => "grouped",
        }
    }
}

/// The inner ring's radius as a share of the outer one.
const HOLE: f64 = 0.35;
/// The share of its slot a bar fills.
const BAR_SHARE: f64 = 0.8;

/// A bar ready to draw: where it goes round the circle and its colour.
struct Placed<'a> {
    bar: &'a Bar,
    /// Its angle (radians, clockwise from 12 o'clock) and half its width.
    mid: f64,
    half: f64,
    color: usize,
}

/// Draws `input` as a circular barplot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    // Bars are lengths from the inner ring: only positive values make sense.
    let bars: Vec<&Bar> = input
        .bars
        .iter()
        .filter(|b| b.value.is_finite() && b.value >= 0.0)
        .collect();
    let total = bars.len();
    let bars = match input.top {
        Some(top) => largest(&bars, top.max(1)),
        None => bars,
    };
    let Some((_, max)) = stats::extent(bars.iter().map(|b| b.value)) else {
        return axes::draw_empty(area, theme, &input.title, "No positive values to draw");
    };
    let area = &if bars.len() < total {
        let note = format!("Only the {} largest of {total} bars are drawn", bars.len());
        axes::draw_footnote(area, theme, &note)?
    } else {
        area.clone()
    };
    let (groups, runs) = arrange(&bars, variant == Variant::Grouped);

    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
    if variant == Variant::Grouped && groups.iter().any(|g| !g.is_empty()) {
        let legend: Vec<LegendEntry> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| LegendEntry {
                label: if input.group_title.is_empty() {
                    g.clone()
                } else {
                    format!("{}: {g}", input.group_title)
                },
                color: theme.color(i),
            })
            .collect();
        top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    }

    let label = theme.label_style();
    let (char_w, lh) = axes::text_size(area, "0", &label)?;
    let gap = f64::from(theme.gap);
    // The names take a column on each side of the circle.
    let mut names = Vec::new();
    let mut name_w = 0;
    for run in &runs {
        for b in run {
            let name = axes::fit_text(area, &b.label, &label, (w / 5).max(char_w))?;
            name_w = name_w.max(axes::text_size(area, &name, &label)?.0);
            names.push((b.label.clone(), name));
        }
    }
    let (left, right, bottom) = (f64::from(m), f64::from(w - m), f64::from(h - m));
    let top = f64::from(top);
    let r_out = ((right - left) / 2.0 - f64::from(name_w) - 2.0 * gap).min((bottom - top) / 2.0 - f64::from(lh) / 2.0);
    if r_out < 2.0 * f64::from(lh) {
        return axes::draw_empty(area, theme, &input.title, "Too small to draw the circle");
    }
    let r_in = r_out * HOLE;
    let c = (f64::midpoint(left, right), f64::midpoint(top, bottom));

    // Reference rings at nice values, labelled in a gap at 12 o'clock.
    let top_value = scale::nice_bounds(0.0, max.max(f64::MIN_POSITIVE), 4).1;
    let radius = |v: f64| r_in + (r_out - r_in) * (v / top_value).clamp(0.0, 1.0);
    let (ticks, step) = scale::ticks(0.0, top_value, 4);
    let max_abs = ticks.iter().fold(0.0f64, |a, v| a.max(v.abs()));
    let tick_texts: Vec<(f64, String)> = ticks
        .iter()
        .filter(|v| **v > 0.0)
        .map(|v| (*v, scale::format_tick(*v, step, max_abs)))
        .collect();
    let mut widest_tick = 0;
    for (_, t) in &tick_texts {
        widest_tick = widest_tick.max(axes::text_size(area, t, &label)?.0);
    }
    let first_ring = tick_texts.first().map_or(r_out, |(v, _)| radius(*v));
    let gap_angle = top_gap(f64::from(widest_tick) + gap, first_ring);
    let placed = place(&runs, gap_angle);

    let grid = ShapeStyle::from(&theme.grid).stroke_width(1);
    for (v, _) in &tick_texts {
        area.draw(&PathElement::new(circle(c, radius(*v)), grid))?;
    }
    let cells = axes::text_in_cells(area, theme)?;
    let slot = placed.first().map_or(TAU, |p| 2.0 * p.half / BAR_SHARE);
    let lines = cells && as_lines(slot, r_in, char_w);
    draw_bars(area, theme, &placed, c, &radius, lines)?;
    area.draw(&PathElement::new(
        circle(c, r_in),
        ShapeStyle::from(&theme.axis).stroke_width(1),
    ))?;
    let centre = Pos::new(HPos::Center, VPos::Center);
    for (v, text) in &tick_texts {
        let at = polar(c, radius(*v), 0.0);
        area.draw(&Text::new(text.clone(), px(at), label.pos(centre)))?;
    }
    // The value's name in the hole, if it fits.
    let muted = theme.muted_style();
    let title = axes::fit_text(area, &input.value_title, &muted, (1.6 * r_in) as i32)?;
    if f64::from(lh) < r_in {
        area.draw(&Text::new(title, px(c), muted.pos(centre)))?;
    }

    let bounds = (top + f64::from(lh) / 2.0, bottom - f64::from(lh) / 2.0);
    draw_names(area, theme, &placed, &names, (c, r_out, bounds), &radius, cells)
}

/// The `n` largest of `bars` (ties: the first), in their order.
fn largest<'a>(bars: &[&'a Bar], n: usize) -> Vec<&'a Bar> {
    let mut order: Vec<usize> = (0..bars.len()).collect();
    order.sort_by(|a, b| bars[*b].value.total_cmp(&bars[*a].value));
    order.truncate(n);
    order.sort_unstable();
    order.into_iter().map(|i| bars[i]).collect()
}

/// The groups' names, and the bars in drawing order: one run per group
/// (or a single run), each sorted largest first (ties in data order).
fn arrange<'a>(bars: &[&'a Bar], grouped: bool) -> (Vec<String>, Vec<Vec<&'a Bar>>) {
    let mut groups: Vec<String> = Vec::new();
    let mut runs: Vec<Vec<&Bar>> = Vec::new();
    for b in bars {
        let key = if grouped { b.group.as_str() } else { "" };
        if let Some(run) = groups.iter().position(|g| g == key).and_then(|i| runs.get_mut(i)) {
            run.push(b);
        } else {
            groups.push(key.to_string());
            runs.push(vec![b]);
        }
    }
    for run in &mut runs {
        run.sort_by(|a, b| b.value.total_cmp(&a.value));
    }
    (groups, runs)
}

/// The angle of the gap at 12 o'clock that holds ring labels `width` wide
/// from radius `r` outward: at least a twentieth of the circle, at most a quarter.
fn top_gap(width: f64, r: f64) -> f64 {
    let half = if r > 0.0 {
        (width / 2.0 / r).min(1.0).asin()
    } else {
        PI / 4.0
    };
    (2.0 * half).clamp(TAU / 20.0, PI / 2.0)
}

/// Each bar's angle and half width: the circle less the top gap is cut
/// into equal slots, one per bar plus one empty slot between runs.
fn place<'a>(runs: &[Vec<&'a Bar>], gap_angle: f64) -> Vec<Placed<'a>> {
    let bars: usize = runs.iter().map(Vec::len).sum();
    let slots = bars + runs.iter().filter(|r| !r.is_empty()).count().saturating_sub(1);
    let slot = (TAU - gap_angle) / slots.max(1) as f64;
    let mut out = Vec::with_capacity(bars);
    let mut k = 0usize;
    for (g, run) in runs.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
        if !out.is_empty() {
            k += 1;
        }
        for bar in run {
            out.push(Placed {
                bar,
                mid: gap_angle / 2.0 + (k as f64 + 0.5) * slot,
                half: slot * BAR_SHARE / 2.0,
                color: g,
            });
            k += 1;
        }
    }
    out
}

fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    placed: &[Placed],
    c: (f64, f64),
    radius: &dyn Fn(f64) -> f64,
    lines: bool,
) -> DrawResult<(), DB> {
    let r_in = radius(0.0);
    for p in placed {
        if lines {
            let stem = [polar(c, r_in, p.mid), polar(c, radius(p.bar.value), p.mid)];
            let style = ShapeStyle::from(&theme.color(p.color)).stroke_width(1);
            area.draw(&PathElement::new(to_pixels(&stem), style))?;
            continue;
        }
        let points = ring_sector(c, r_in, radius(p.bar.value), p.mid - p.half, p.mid + p.half);
        area.draw(&Polygon::new(to_pixels(&points), theme.color(p.color).filled()))?;
    }
    Ok(())
}

/// Whether bars in slots of `slot` radians are drawn as lines in a
/// terminal: when a slot is narrower than four cells (`char_w` pixels
/// each) at the inner ring, of radius `r_in`, wedges a cell or two wide
/// merge into one blob, with dotted seams for gaps.
fn as_lines(slot: f64, r_in: f64, char_w: i32) -> bool {
    slot * r_in < 4.0 * f64::from(char_w)
}

/// The names in a column on each side of the circle, pushed apart so they
/// never overlap (the largest bars keep theirs when a side is full), each
/// joined to its bar by a faint guide.
fn draw_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    placed: &[Placed],
    names: &[(String, String)],
    (c, r_out, (lo, hi)): ((f64, f64), f64, (f64, f64)),
    radius: &dyn Fn(f64) -> f64,
    cells: bool,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let gap = f64::from(theme.gap);
    // A full line, descenders included, and on paper a little air: names
    // one digit's height apart touched.
    let lh = f64::from(axes::text_size(area, "Ag", &label)?.1) + if cells { 0.0 } else { gap / 4.0 };
    let (w, _) = axes::dims(area);
    // On paper a faint guide runs from each bar's end to its name. A
    // terminal's cells are too coarse for so many lines: there only a name
    // pushed away from its bar gets a (grid-coloured) leader from the rim.
    let guide = if cells {
        ShapeStyle::from(&theme.grid).stroke_width(1)
    } else {
        ShapeStyle::from(&theme.muted.mix(0.4)).stroke_width(1)
    };
    let room = ((hi - lo) / lh).floor().max(0.0) as usize + 1;
    for right in [true, false] {
        let mut side: Vec<&Placed> = placed.iter().filter(|p| (p.mid.sin() >= 0.0) == right).collect();
        if side.len() > room {
            // Keep the largest bars' names, then restore the order round the circle.
            side.sort_by(|a, b| b.bar.value.total_cmp(&a.bar.value));
            side.truncate(room);
            side.sort_by(|a, b| a.mid.total_cmp(&b.mid));
        }
        let wanted: Vec<f64> = side.iter().map(|p| polar(c, r_out + gap, p.mid).1).collect();
        for (p, y) in side.iter().zip(axes::spread(&wanted, lh, lo, hi)) {
            let dx = clear_of_circle(y - c.1, lh / 2.0, r_out + gap);
            let x = if right { c.0 + dx } else { c.0 - dx };
            let end = polar(c, radius(p.bar.value) + gap / 2.0, p.mid);
            let rim = polar(c, r_out + gap / 2.0, p.mid);
            let tip = (if right { x - gap / 2.0 } else { x + gap / 2.0 }, y);
            if !cells {
                area.draw(&PathElement::new(to_pixels(&[end, rim, tip]), guide))?;
            } else if (rim.1 - y).abs() > lh {
                area.draw(&PathElement::new(to_pixels(&[rim, tip]), guide))?;
            }
            let room_w = if right {
                f64::from(w - theme.margin) - x
            } else {
                x - f64::from(theme.margin)
            };
            let full = names
                .iter()
                .find(|(l, _)| *l == p.bar.label)
                .map_or("", |(_, n)| n.as_str());
            let text = axes::fit_text(area, full, &label, room_w as i32)?;
            let anchor = if right { HPos::Left } else { HPos::Right };
            area.draw(&Text::new(text, px((x, y)), label.pos(Pos::new(anchor, VPos::Center))))?;
        }
    }
    Ok(())
}

/// The point at radius `r` and `angle` (clockwise from 12 o'clock; pixel y
/// grows downwards).
fn polar((cx, cy): (f64, f64), r: f64, angle: f64) -> (f64, f64) {
    (cx + r * angle.sin(), cy - r * angle.cos())
}

fn px((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

fn to_pixels(points: &[(f64, f64)]) -> Vec<(i32, i32)> {
    points.iter().map(|p| px(*p)).collect()
}

/// A closed circle outline with a vertex every few pixels.
fn circle(c: (f64, f64), r: f64) -> Vec<(i32, i32)> {
    let steps = ((TAU * r / 4.0).ceil() as usize).clamp(12, 2000);
    (0..=steps)
        .map(|k| px(polar(c, r, TAU * k as f64 / steps as f64)))
        .collect()
}

/// The outline of a ring sector from angle `start` to `end`.
fn ring_sector(c: (f64, f64), r_in: f64, r_out: f64, start: f64, end: f64) -> Vec<(f64, f64)> {
    let span = (end - start).max(0.0);
    let steps = ((span * r_out / 3.0).ceil() as usize).clamp(1, 500);
    let arc = |r: f64| (0..=steps).map(move |k| polar(c, r, start + span * k as f64 / steps as f64));
    let mut points: Vec<(f64, f64)> = arc(r_out).collect();
    let inner: Vec<(f64, f64)> = arc(r_in).collect();
    points.extend(inner.into_iter().rev());
    points
}

/// How far from the centre, horizontally, a label `2 * half_h` tall centred
/// `dy` below the centre must start to stay outside a circle of radius `r`.
fn clear_of_circle(dy: f64, half_h: f64, r: f64) -> f64 {
    let nearest = if dy.abs() <= half_h { 0.0 } else { dy.abs() - half_h };
    (r * r - nearest * nearest).max(0.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, group: &str, value: f64) -> Bar {
        Bar {
            label: label.to_string(),
            group: group.to_string(),
            value,
        }
    }

    #[test]
    fn top_keeps_the_largest_bars_in_their_order() {
        let bars: Vec<Bar> = [3.0, 9.0, 1.0, 7.0]
            .iter()
            .map(|v| Bar {
                label: v.to_string(),
                value: *v,
                ..Bar::default()
            })
            .collect();
        let refs: Vec<&Bar> = bars.iter().collect();
        let kept: Vec<f64> = largest(&refs, 2).iter().map(|b| b.value).collect();
        assert_eq!(kept, vec![9.0, 7.0]);
        let input = Input {
            bars,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 240, |area| {
                draw(area, input, Variant::Basic, &Theme::light()).expect("draws");
            })
        };
        let two = Input {
            top: Some(2),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&two));
    }

    #[test]
    fn runs_are_groups_sorted_largest_first() {
        let data = [bar("a", "x", 1.0), bar("b", "y", 5.0), bar("c", "x", 3.0)];
        let refs: Vec<&Bar> = data.iter().collect();
        let (groups, runs) = arrange(&refs, true);
        assert_eq!(groups, vec!["x", "y"]);
        let labels: Vec<Vec<&str>> = runs
            .iter()
            .map(|r| r.iter().map(|b| b.label.as_str()).collect())
            .collect();
        assert_eq!(labels, vec![vec!["c", "a"], vec!["b"]]);
        let (groups, runs) = arrange(&refs, false);
        assert_eq!(groups, vec![""]);
        assert_eq!(runs[0].iter().map(|b| b.value).collect::<Vec<_>>(), vec![5.0, 3.0, 1.0]);
    }

    #[test]
    fn slots_leave_the_top_gap_and_one_slot_between_groups() {
        let data = [bar("a", "x", 1.0), bar("b", "x", 1.0), bar("c", "y", 1.0)];
        let runs = vec![vec![&data[0], &data[1]], vec![&data[2]]];
        let gap = TAU / 10.0;
        let placed = place(&runs, gap);
        // Four slots (three bars and one gap) share nine tenths of the circle.
        let slot = (TAU - gap) / 4.0;
        assert!((placed[0].mid - (gap / 2.0 + slot / 2.0)).abs() < 1e-12);
        assert!((placed[1].mid - placed[0].mid - slot).abs() < 1e-12);
        assert!(
            (placed[2].mid - placed[1].mid - 2.0 * slot).abs() < 1e-12,
            "an empty slot"
        );
        assert!(placed[2].mid + placed[2].half < TAU - gap / 2.0);
        assert_eq!(placed.iter().map(|p| p.color).collect::<Vec<_>>(), vec![0, 0, 1]);
        assert!(place(&[], gap).is_empty());
    }

    #[test]
    fn slim_bars_become_lines_in_a_terminal() {
        // 32 bars round a ring of 128 pixels: 25 pixels a slot, three 8-pixel cells.
        assert!(as_lines(TAU / 32.0, 128.0, 8));
        // Eight bars round 64 pixels: 50 pixels a slot, wide enough for wedges.
        assert!(!as_lines(TAU / 8.0, 64.0, 8));
    }

    #[test]
    fn the_top_gap_fits_the_ring_labels() {
        // An 80-pixel label at radius 100 needs 2 asin(0.4), about 0.82 radians.
        let g = top_gap(80.0, 100.0);
        assert!((g - 2.0 * (0.4f64).asin()).abs() < 1e-12);
        assert!(
            (top_gap(1.0, 1000.0) - TAU / 20.0).abs() < 1e-12,
            "never thinner than a twentieth"
        );
        assert!((top_gap(500.0, 10.0) - PI / 2.0).abs() < 1e-12);
        assert!((top_gap(5.0, 0.0) - PI / 2.0).abs() < 1e-12);
    }

    #[test]
    fn sectors_lie_between_their_radii() {
        for (x, y) in ring_sector((0.0, 0.0), 5.0, 10.0, 0.0, 1.0) {
            let r = x.hypot(y);
            assert!((r - 5.0).abs() < 1e-9 || (r - 10.0).abs() < 1e-9);
        }
        assert!((clear_of_circle(0.0, 5.0, 10.0) - 10.0).abs() < 1e-12);
        assert!(clear_of_circle(-20.0, 5.0, 10.0).abs() < 1e-12);
    }
}
