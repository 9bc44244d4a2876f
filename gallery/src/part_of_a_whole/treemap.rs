//! # Treemap
//!
//! A treemap splits a rectangle into smaller rectangles, one per item,
//! each with an area proportional to its value. Items can be nested: the
//! rectangle of a group (a continent) is itself split into its members
//! (its countries). Rectangles are laid out by the squarified algorithm of
//! Bruls, Huizing and van Wijk (2000), which keeps them close to squares,
//! largest at the top left. Names and values are written where they fit.
//! Each group has its own colour; beyond the palette's colours the
//! smallest groups are gathered into one "Other", and the note says so.
//!
//! ## When to use
//! Many parts of one total (dozens to hundreds), possibly in a hierarchy of
//! two levels, when the message is which parts dominate and how the total
//! splits into groups. It uses all the space, so it holds far more items
//! than a pie.
//!
//! ## Caveat
//! Areas are hard to compare precisely, and rectangles of different shapes
//! even more so: to rank the parts, use a barplot. Beyond two levels the
//! inner rectangles become too small to read; show one level at a time.
//! Values must be positive (non-positive ones are skipped, with a note).
//!
//! ## Variants
//! - `two-levels` (default): one block per group of the first level (the
//!   continent), with its name and a thicker border, split into the items
//!   of the second level (its countries).
//! - `squarified`: one rectangle per item of the last level of the path
//!   (the countries), all in one squarified layout, coloured by the first
//!   level (the continent, named by the legend).
//!
//! ## Related
//! circular-packing, pie, donut, waffle, barplot
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and `hierarchy.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
/// The input's leaves: see `hierarchy.rs`.
pub use crate::hierarchy::Leaf;
use crate::hierarchy::{draw_note, groups, lump_groups, Group};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The data of a treemap, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the values (the areas) measure, e.g. "Population".
    pub value_title: String,
    /// The items, each a rectangle whose area is its value.
    pub leaves: Vec<Leaf>,
}

/// The ways to draw a treemap, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `squarified`: One rectangle per item of the last level of the path (the countries), all in
    /// one squarified layout, coloured by the first level (the continent, named by the legend).
    Squarified,
    /// `two-levels`: One block per group of the first level (the continent), with its name and a
    /// thicker border, split into the items of the second level (its countries).
    TwoLevels,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::TwoLevels, Variant::Squarified];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Squarified => "squarified",
            Variant::TwoLevels => "two-levels",
        }
    }
}

/// A rectangle in pixels: top left corner, width and height.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge, in pixels.
    pub x: f64,
    /// Top edge, in pixels.
    pub y: f64,
    /// Width, in pixels.
    pub w: f64,
    /// Height, in pixels.
    pub h: f64,
}

/// A named value with its colour, ready to lay out.
#[derive(Clone, Debug, PartialEq)]
struct Item {
    name: String,
    value: f64,
    color: RGBColor,
}

/// Draws `input` as a treemap in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let nested = input.leaves.iter().any(|l| l.path.len() > 1);
    // One colour per group: beyond the palette the smallest share "Other".
    // (With one level every item is its own group, coloured in turn.)
    let (groups, gathered) = if nested {
        lump_groups(groups(&input.leaves), theme.palette.len())
    } else {
        (groups(&input.leaves), 0)
    };
    if groups.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No positive values to lay out");
    }
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
    // The groups get the palette in order of size; with one level each item is its own group.
    if nested {
        let legend: Vec<LegendEntry> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| LegendEntry {
                label: g.name.clone(),
                color: theme.color(i),
            })
            .collect();
        top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    }
    let bottom = draw_note(area, theme, &input.value_title, &input.leaves, gathered, h - m)?;
    let bounds = Rect {
        x: f64::from(m),
        y: f64::from(top),
        w: f64::from(w - 2 * m),
        h: f64::from(bottom - top),
    };
    if bounds.w < 2.0 || bounds.h < 2.0 {
        return Ok(());
    }
    match variant {
        Variant::TwoLevels if nested => draw_two_levels(area, theme, &groups, bounds),
        _ => {
            // Every item of the last level, coloured by its group.
            let items: Vec<Item> = groups
                .iter()
                .enumerate()
                .flat_map(|(i, g)| {
                    g.children.iter().map(move |(name, value)| Item {
                        name: name.clone(),
                        value: *value,
                        color: theme.color(i),
                    })
                })
                .collect();
            let values: Vec<f64> = items.iter().map(|it| it.value).collect();
            let rects = squarify(&values, bounds);
            draw_items(area, theme, &items, &rects, 1)
        }
    }
}

/// One block per group, each with a header row for its name (when there
/// is room) above its items, and thick borders between the blocks.
fn draw_two_levels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    groups: &[Group],
    bounds: Rect,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let lh = f64::from(axes::text_size(area, "Ag", &label)?.1);
    let pad = f64::from(theme.gap) / 2.0;
    let totals: Vec<f64> = groups.iter().map(|g| g.total).collect();
    let blocks = squarify(&totals, bounds);
    let mut headers = Vec::new();
    for (i, (g, block)) in groups.iter().zip(&blocks).enumerate() {
        let color = theme.color(i);
        // A header row for the group's name, when the block has room for it and its items.
        let header = if block.h >= 3.0 * lh && block.w >= 4.0 * lh {
            1.25 * lh + 2.0 * pad
        } else {
            0.0
        };
        fill(area, *block, color)?;
        let inner = Rect {
            y: block.y + header,
            h: (block.h - header).max(0.0),
            ..*block
        };
        let values: Vec<f64> = g.children.iter().map(|c| c.1).collect();
        let items: Vec<Item> = g
            .children
            .iter()
            .map(|(name, value)| Item {
                name: name.clone(),
                value: *value,
                color,
            })
            .collect();
        draw_items(area, theme, &items, &squarify(&values, inner), 1)?;
        if header > 0.0 {
            headers.push((i, *block, header));
        }
    }
    // Thick borders between the groups, over their items' thin ones.
    for block in &blocks {
        outline(area, theme, *block, theme.line_width.max(2))?;
    }
    let bold = theme
        .font_of(theme.label_size)
        .style(FontStyle::Bold)
        .color(&theme.text);
    for (i, block, header) in headers {
        let Some(g) = groups.get(i) else { continue };
        let text = format!("{} {}", g.name, scale::format_value(g.total));
        let room = (block.w - 2.0 * pad) as i32;
        let mut shown = axes::fit_text(area, &text, &bold, room)?;
        if shown.chars().count() < text.chars().count() {
            shown = axes::fit_text(area, &g.name, &bold, room)?;
        }
        let ink = Theme::text_on(theme.color(i));
        area.draw(&Text::new(
            shown,
            ((block.x + pad).round() as i32, (block.y + header / 2.0).round() as i32),
            bold.color(&ink).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// Items as filled rectangles with thin borders, labelled where they fit.
fn draw_items<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    items: &[Item],
    rects: &[Rect],
    border: u32,
) -> DrawResult<(), DB> {
    for (item, r) in items.iter().zip(rects) {
        fill(area, *r, item.color)?;
    }
    for r in rects {
        outline(area, theme, *r, border)?;
    }
    let label = theme.label_style();
    let lh = f64::from(axes::text_size(area, "Ag", &label)?.1);
    let pad = f64::from(theme.gap) / 2.0;
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    for (item, r) in items.iter().zip(rects) {
        if r.h < lh + 1.5 * pad || r.w < f64::from(3 * char_w) + 2.0 * pad {
            continue;
        }
        let room = (r.w - 2.0 * pad) as i32;
        let name = axes::fit_text(area, &item.name, &label, room)?;
        // A name cut to a few letters says nothing.
        if name.chars().count() < item.name.chars().count().min(5) {
            continue;
        }
        let value = scale::format_value(item.value);
        let two = r.h >= 2.0 * lh + 1.5 * pad && axes::text_size(area, &value, &label)?.0 <= room;
        let ink = Theme::text_on(item.color);
        let style = label.color(&ink).pos(Pos::new(HPos::Left, VPos::Top));
        let (x, y) = ((r.x + pad).round() as i32, (r.y + pad).round() as i32);
        area.draw(&Text::new(name, (x, y), style.clone()))?;
        if two {
            area.draw(&Text::new(value, (x, y + lh as i32), style))?;
        }
    }
    Ok(())
}

fn fill<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: Rect, color: RGBColor) -> DrawResult<(), DB> {
    if r.w <= 0.0 || r.h <= 0.0 {
        return Ok(());
    }
    let (x0, y0, x1, y1) = pixel_edges(r);
    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], color.filled()))
}

/// A border in the background colour: it cuts neighbours apart, in a
/// terminal too, where a fill has no edges of its own.
fn outline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    r: Rect,
    width: u32,
) -> DrawResult<(), DB> {
    if r.w <= 0.0 || r.h <= 0.0 {
        return Ok(());
    }
    let (x0, y0, x1, y1) = pixel_edges(r);
    let style = ShapeStyle::from(&theme.background).stroke_width(width);
    area.draw(&PathElement::new(
        vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
        style,
    ))
}

fn pixel_edges(r: Rect) -> (i32, i32, i32, i32) {
    (
        r.x.round() as i32,
        r.y.round() as i32,
        (r.x + r.w).round() as i32,
        (r.y + r.h).round() as i32,
    )
}

/// Squarified treemap layout (Bruls, Huizing and van Wijk, 2000): one
/// rectangle per value, in the same order, with areas proportional to the
/// values, tiling `bounds`. Values are placed largest first, in rows along
/// the shorter side of the space left, a row growing while that improves
/// its worst aspect ratio. Non-positive or non-finite values get an empty
/// rectangle.
pub fn squarify(values: &[f64], bounds: Rect) -> Vec<Rect> {
    let empty = Rect {
        x: bounds.x,
        y: bounds.y,
        w: 0.0,
        h: 0.0,
    };
    let mut out = vec![empty; values.len()];
    let valid = |v: f64| v.is_finite() && v > 0.0;
    let mut order: Vec<usize> = (0..values.len())
        .filter(|i| values.get(*i).is_some_and(|v| valid(*v)))
        .collect();
    order.sort_by(|a, b| {
        let (va, vb) = (values.get(*a).unwrap_or(&0.0), values.get(*b).unwrap_or(&0.0));
        vb.total_cmp(va)
    });
    let total: f64 = order.iter().filter_map(|i| values.get(*i)).sum();
    if !(total > 0.0 && bounds.w > 0.0 && bounds.h > 0.0) {
        return out;
    }
    let scale = bounds.w * bounds.h / total;
    let areas: Vec<f64> = order.iter().map(|i| values.get(*i).unwrap_or(&0.0) * scale).collect();
    let mut free = bounds;
    let mut start = 0;
    while start < areas.len() {
        let side = free.w.min(free.h);
        let mut end = start + 1;
        let mut best = worst_ratio(&areas[start..end], side);
        while end < areas.len() {
            let next = worst_ratio(&areas[start..=end], side);
            if next > best {
                break;
            }
            best = next;
            end += 1;
        }
        let row: f64 = areas[start..end].iter().sum();
        // The last row takes all that is left, so rounding never leaves a sliver.
        let last = end == areas.len();
        if free.w >= free.h {
            // A column at the left, its items stacked top to bottom.
            let t = if last { free.w } else { (row / free.h).min(free.w) };
            let mut y = free.y;
            for (k, area) in areas.iter().enumerate().take(end).skip(start) {
                let h = if row > 0.0 { area / row * free.h } else { 0.0 };
                if let Some(r) = order.get(k).and_then(|i| out.get_mut(*i)) {
                    *r = Rect { x: free.x, y, w: t, h };
                }
                y += h;
            }
            free.x += t;
            free.w = (free.w - t).max(0.0);
        } else {
            // A row at the top, its items side by side.
            let t = if last { free.h } else { (row / free.w).min(free.h) };
            let mut x = free.x;
            for (k, area) in areas.iter().enumerate().take(end).skip(start) {
                let w = if row > 0.0 { area / row * free.w } else { 0.0 };
                if let Some(r) = order.get(k).and_then(|i| out.get_mut(*i)) {
                    *r = Rect { x, y: free.y, w, h: t };
                }
                x += w;
            }
            free.y += t;
            free.h = (free.h - t).max(0.0);
        }
        start = end;
    }
    out
}

/// The worst (largest) aspect ratio of a row of `areas` laid along a side
/// of length `side` (Bruls et al.'s `worst`).
fn worst_ratio(areas: &[f64], side: f64) -> f64 {
    let sum: f64 = areas.iter().sum();
    let (lo, hi) = areas
        .iter()
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), a| (lo.min(*a), hi.max(*a)));
    if !(sum > 0.0 && side > 0.0 && lo > 0.0) {
        return f64::INFINITY;
    }
    let (s2, w2) = (sum * sum, side * side);
    (w2 * hi / s2).max(s2 / (w2 * lo))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_groups_items_inside_their_group() {
        assert_eq!(Variant::ALL[0], Variant::TwoLevels);
    }

    const BOUNDS: Rect = Rect {
        x: 10.0,
        y: 20.0,
        w: 600.0,
        h: 400.0,
    };

    fn overlap(a: &Rect, b: &Rect) -> f64 {
        let w = (a.x + a.w).min(b.x + b.w) - a.x.max(b.x);
        let h = (a.y + a.h).min(b.y + b.h) - a.y.max(b.y);
        w.max(0.0) * h.max(0.0)
    }

    #[test]
    fn areas_are_proportional_to_values_and_tile_the_bounds() {
        let values = [6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0, 0.5, 30.0];
        let rects = squarify(&values, BOUNDS);
        let total: f64 = values.iter().sum();
        let mut covered = 0.0;
        for (v, r) in values.iter().zip(&rects) {
            let expected = v / total * BOUNDS.w * BOUNDS.h;
            assert!((r.w * r.h - expected).abs() < 1e-6 * expected.max(1.0), "{v}: {r:?}");
            covered += r.w * r.h;
        }
        assert!((covered - BOUNDS.w * BOUNDS.h).abs() < 1e-6);
    }

    #[test]
    fn rectangles_stay_inside_and_never_overlap() {
        let values: Vec<f64> = (1..=40).map(|k| f64::from(k * k % 37 + 1)).collect();
        let rects = squarify(&values, BOUNDS);
        let eps = 1e-9;
        for r in &rects {
            assert!(r.x >= BOUNDS.x - eps && r.y >= BOUNDS.y - eps, "{r:?}");
            assert!(r.x + r.w <= BOUNDS.x + BOUNDS.w + eps, "{r:?}");
            assert!(r.y + r.h <= BOUNDS.y + BOUNDS.h + eps, "{r:?}");
        }
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(overlap(a, b) < 1e-6, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn equal_values_in_a_square_make_squares() {
        let square = Rect {
            x: 0.0,
            y: 0.0,
            w: 100.0,
            h: 100.0,
        };
        let rects = squarify(&[1.0; 4], square);
        for r in &rects {
            assert!((r.w - 50.0).abs() < 1e-9 && (r.h - 50.0).abs() < 1e-9, "{r:?}");
        }
    }

    #[test]
    fn the_largest_value_sits_at_the_top_left() {
        let rects = squarify(&[1.0, 9.0, 3.0], BOUNDS);
        assert!((rects[1].x - BOUNDS.x).abs() < 1e-9 && (rects[1].y - BOUNDS.y).abs() < 1e-9);
    }

    #[test]
    fn what_cannot_be_an_area_gets_none() {
        let rects = squarify(&[2.0, -1.0, f64::NAN, 0.0, 2.0], BOUNDS);
        for i in [1, 2, 3] {
            assert!(rects[i].w * rects[i].h == 0.0, "{:?}", rects[i]);
        }
        assert!((rects[0].w * rects[0].h - BOUNDS.w * BOUNDS.h / 2.0).abs() < 1e-6);
        assert!(squarify(&[], BOUNDS).is_empty());
        let flat = Rect { h: 0.0, ..BOUNDS };
        assert!(squarify(&[1.0], flat).iter().all(|r| r.w * r.h == 0.0));
    }
}
