//! # Lollipop
//!
//! A lollipop chart is a barplot drawn as a thin stem from zero and a dot at
//! the value. It carries the same information with much less ink, so a long
//! list of categories (dozens of cars, countries, products) stays light and
//! readable. Its dumbbell form (the Cleveland dot plot) joins two values per
//! category, such as before and after, to show the change between them.
//!
//! Parameters: `top` draws only the largest lollipops (`Input::top`),
//! `keep-order` keeps the data's order (`Input::keep_order`) and
//! `highlight` says how many the `highlight` variant colours.
//!
//! ## When to use
//! One value per category for many categories, ordered to show a ranking;
//! a few highlighted categories against the rest; two values per category
//! (two years, two groups) with the dumbbell.
//!
//! ## Caveat
//! The stem is a length, so the value axis must start at zero, just as for
//! a barplot; only the dumbbell, which compares two positions, may zoom in.
//! Order the lollipops by value, or the reader has to do the sorting, and
//! prefer the horizontal layout for long names: rotated labels are hard to
//! read. For a handful of categories a plain barplot reads just as well.
//!
//! ## Variants
//! - `horizontal` (default): sorted, largest on top, names on the left
//!   and stems across: the best layout for many long names.
//! - `basic`: vertical lollipops sorted largest first, names rotated under
//!   the axis.
//! - `highlight`: the horizontal layout with a few lollipops coloured and
//!   their values written (the listed labels, or else the top three) and
//!   the rest in grey.
//! - `dumbbell`: two values per name joined by a line (a Cleveland dot
//!   plot), sorted by the second value, on an axis that need not start at
//!   zero. In rgg the second value comes from `--values`, or `--group`
//!   splits the rows on its first two values (here 1952 and 2007).
//!
//! ## Related
//! barplot, circular-barplot, parallel-coordinates, line
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// One category: its value and, for a dumbbell, a second value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// The category, on the category axis.
    pub label: String,
    /// The value (the dumbbell's first end), in the unit of `value_title`.
    pub value: f64,
    /// The dumbbell's other end; `None` when there is no second value.
    pub end: Option<f64>,
}

/// The data of a lollipop chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the categories are, e.g. "Car".
    pub label_title: String,
    /// What the value is, with its unit, e.g. "Miles per gallon".
    pub value_title: String,
    /// Legend names of a dumbbell's two ends, e.g. "1952" and "2007".
    pub start_name: String,
    /// Legend name of the dumbbell's other end (`Item::end`).
    pub end_name: String,
    /// The categories, one stick each.
    pub items: Vec<Item>,
    /// The labels the `highlight` variant colours; empty: the top three.
    pub highlight: Vec<String>,
    /// Draw only this many lollipops, the largest (`None`: all); a
    /// footnote counts the rest.
    pub top: Option<usize>,
    /// Keep the lollipops in the data's order instead of largest first:
    /// for categories with a natural order (not the dumbbell).
    pub keep_order: bool,
    /// How many of the largest the `highlight` variant colours when
    /// `highlight` names none (`None`: 3).
    pub highlight_top: Option<usize>,
}

/// The ways to draw a lollipop chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: Vertical lollipops sorted largest first, names rotated under the axis.
    Basic,
    /// `horizontal`: Sorted, largest on top, names on the left and stems across: the best layout
    /// for many long names.
    Horizontal,
    /// `highlight`: The horizontal layout with a few lollipops coloured and their values written
    /// (the listed labels, or else the top three) and the rest in grey.
    Highlight,
    /// `dumbbell`: Two values per name joined by a line (a Cleveland dot plot), sorted by the
    /// second value, on an axis that need not start at zero.
    Dumbbell,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 4] = [
        Variant::Horizontal,
        Variant::Basic,
        Variant::Highlight,
        Variant::Dumbbell,
    ];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Horizontal => "horizontal",
            Variant::Highlight => "highlight",
            Variant::Dumbbell => "dumbbell",
        }
    }
}

/// How many lollipops `highlight` colours when no labels are given.
const TOP: usize = 3;

/// Draws `input` as a lollipop chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    if variant == Variant::Dumbbell {
        return draw_dumbbell(area, input, theme);
    }
    // Largest first; a stable sort keeps ties in data order.
    let mut items: Vec<(usize, &Item)> = input
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.value.is_finite())
        .collect();
    items.sort_by(|a, b| b.1.value.total_cmp(&a.1.value));
    let Some((lo, hi)) = stats::extent(items.iter().map(|i| i.1.value)) else {
        return axes::draw_empty(area, theme, &input.title, "No values to compare");
    };
    let total = items.len();
    if let Some(top) = input.top {
        items.truncate(top.max(1));
    }
    let area = &match top_note(total, items.len()) {
        Some(note) => axes::draw_footnote(area, theme, &note)?,
        None => area.clone(),
    };
    let marks = if variant == Variant::Highlight {
        let sorted: Vec<&Item> = items.iter().map(|i| i.1).collect();
        highlighted(&sorted, &input.highlight, input.highlight_top.unwrap_or(TOP))
    } else {
        Vec::new()
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if input.keep_order {
        order.sort_by_key(|k| items[*k].0);
    }
    let marked: Vec<bool> = order.iter().filter_map(|k| marks.get(*k).copied()).collect();
    let items: Vec<&Item> = order.iter().map(|k| items[*k].1).collect();
    let (lo, hi) = if input.top.is_some() {
        stats::extent(items.iter().map(|i| i.value)).unwrap_or((lo, hi))
    } else {
        (lo, hi)
    };
    let value_axis = if lo >= 0.0 {
        Axis::zero_based(&input.value_title, hi)
    } else {
        Axis::linear(&input.value_title, lo, hi.max(0.0)).nice()
    };
    if variant == Variant::Basic {
        return draw_vertical(area, input, &items, &value_axis, theme);
    }
    draw_horizontal(area, input, &items, value_axis, &marked, theme)
}

/// The footnote when only the `kept` largest of `total` are drawn.
fn top_note(total: usize, kept: usize) -> Option<String> {
    (kept < total).then(|| format!("Only the {kept} largest of {total} are drawn"))
}

/// Which of `items` (sorted largest first) to highlight: those whose label
/// is listed, or the first `top` when the list is empty.
fn highlighted(items: &[&Item], labels: &[String], top: usize) -> Vec<bool> {
    items
        .iter()
        .enumerate()
        .map(|(k, item)| {
            if labels.is_empty() {
                k < top
            } else {
                labels.contains(&item.label)
            }
        })
        .collect()
}

/// The radius of a lollipop's head and the width of its stem, in pixels:
/// a head at least three quarters of a character wide, so it shows in a
/// terminal cell.
fn head_and_stem(theme: &Theme, char_w: u32) -> (u32, u32) {
    let head = ((f64::from(theme.point_radius) * 1.4).round() as u32).max(char_w * 3 / 4);
    (head.max(1), theme.line_width.div_ceil(2).max(1))
}

fn draw_vertical<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    items: &[&Item],
    y_axis: &Axis,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (_, h) = axes::dims(area);
    let rotated = theme.label_style().transform(FontTransform::Rotate90);
    let muted = theme.muted_style();
    let (_, line_h) = axes::text_size(area, "0", &muted)?;
    // Names run down from the axis, cut to a quarter of the height.
    let mut names = Vec::with_capacity(items.len());
    let (mut longest, mut across) = (0, 0);
    for item in items {
        let name = axes::fit_text(area, &item.label, &rotated, (h / 4).max(1))?;
        let (along, thick) = axes::text_size(area, &name, &rotated)?;
        longest = longest.max(along);
        across = across.max(thick);
        names.push(name);
    }
    let blank = vec![String::new(); items.len()];
    let x_axis = Axis::categories("", blank);
    // The frame keeps one label row and a margin under the plot; the names
    // need `longest` pixels there, and the axis title one more row.
    let extra = (longest + theme.gap / 2 + if input.label_title.is_empty() { 0 } else { line_h } - line_h).max(0);
    let upper = area.margin(0, extra, 0, 0);
    let plot = Frame::new(&input.title, &x_axis, y_axis).draw(&upper, theme)?;
    let (plot_w, _) = axes::dims(&plot);
    draw_stems(
        &plot,
        items
            .iter()
            .map(|i| i.value)
            .enumerate()
            .map(|(k, v)| ((k as f64, 0.0), (k as f64, v))),
        theme,
        &[],
    )?;

    // The rotated names, thinned so neighbours never touch.
    let base = area.get_base_pixel();
    let slot = plot_w / items.len().max(1) as i32;
    let every = if slot >= across {
        1
    } else {
        (across / slot.max(1) + 1) as usize
    };
    let bottom = plot.get_pixel_range().1.end;
    let top = bottom - base.1 + theme.gap / 2;
    let style = rotated.pos(Pos::new(HPos::Left, VPos::Center));
    for (k, name) in names.iter().enumerate().step_by(every) {
        let (px, _) = plot.map_coordinate(&(k as f64, 0.0));
        area.draw(&Text::new(name.clone(), (px - base.0, top), style.clone()))?;
    }
    if !input.label_title.is_empty() {
        let px0 = plot.get_pixel_range().0.start;
        let title = axes::fit_text(area, &input.label_title, &muted, plot_w)?;
        let style = muted.pos(Pos::new(HPos::Center, VPos::Top));
        let x = px0 - base.0 + plot_w / 2;
        let y = (top + longest + theme.gap / 2).min(h - theme.margin - line_h);
        area.draw(&Text::new(title, (x, y), style))?;
    }
    Ok(())
}

/// Stems from `from` to `to` with a head at `to`; `marked` (when not empty)
/// colours the marked ones and greys the rest.
fn draw_stems<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    stems: impl Iterator<Item = ((f64, f64), (f64, f64))>,
    theme: &Theme,
    marked: &[bool],
) -> DrawResult<(), DB> {
    let (char_w, _) = plot.estimate_text_size("0", &theme.label_style())?;
    let (head, stem) = head_and_stem(theme, char_w);
    let stems: Vec<_> = stems.collect();
    // Grey ones first, so coloured ones stay on top where they meet; all
    // stems before any head, so no stem cuts through a neighbour's head.
    let mut order: Vec<usize> = (0..stems.len()).collect();
    order.sort_by_key(|k| marked.get(*k).copied().unwrap_or(false));
    let color = |k: usize| match marked.get(k) {
        Some(true) => theme.color(3),
        Some(false) => theme.muted,
        None => theme.color(0),
    };
    for k in &order {
        let Some((from, to)) = stems.get(*k) else { continue };
        let line = if marked.is_empty() { theme.muted } else { color(*k) };
        plot.draw(&PathElement::new(
            vec![*from, *to],
            ShapeStyle::from(&line).stroke_width(stem),
        ))?;
    }
    for k in &order {
        let Some((_, to)) = stems.get(*k) else { continue };
        plot.draw(&Circle::new(*to, head, color(*k).filled()))?;
    }
    Ok(())
}

fn draw_horizontal<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    items: &[&Item],
    axis: Axis,
    marked: &[bool],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let count = items.len();
    // Category i sits at y = i from the bottom: reverse so the largest is on top.
    let names = items.iter().rev().map(|i| i.label.clone()).collect();
    let y_axis = Axis::categories(&input.label_title, names);
    let label = theme.label_style();
    let (canvas_w, canvas_h) = axes::dims(area);
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    // When the axis cannot name every row it skips some: then the marked
    // ones carry their name beside their value.
    let (_, title_h) = axes::text_size(area, "Ag", &theme.title_style())?;
    let plot_h_guess = canvas_h - 2 * theme.margin - title_h - 2 * theme.gap - 4 * line_h;
    let crowded = plot_h_guess < line_h * count as i32;
    let mut texts: Vec<String> = Vec::with_capacity(count);
    for item in items {
        let value = scale::format_value(item.value);
        texts.push(if crowded {
            let name = axes::fit_text(area, &item.label, &label, canvas_w / 5)?;
            format!("{name} {value}")
        } else {
            value
        });
    }
    // Room at the ends for the values written beside the marked heads.
    let (mut need_lo, mut need_hi) = (0, 0);
    let (head, _) = head_and_stem(theme, axes::text_size(area, "0", &theme.label_style())?.0 as u32);
    for ((item, text), mark) in items.iter().zip(&texts).zip(marked) {
        if !mark {
            continue;
        }
        let tw = axes::text_size(area, text, &label)?.0 + theme.gap + head as i32;
        if item.value < 0.0 {
            need_lo = need_lo.max(tw);
        } else {
            need_hi = need_hi.max(tw);
        }
    }
    let mut name_w = 0;
    for item in items {
        let name = axes::fit_text(area, &item.label, &label, canvas_w / 3)?;
        name_w = name_w.max(axes::text_size(area, &name, &label)?.0);
    }
    let plot_w = canvas_w - 2 * theme.margin - name_w - line_h - 2 * theme.gap - 4 * char_w;
    let (lo, hi) = stats::extent(items.iter().map(|i| i.value)).unwrap_or((0.0, 0.0));
    let (min, max) = axes::headroom((axis.min, axis.max), (lo, hi), (need_lo, need_hi), plot_w);
    let x_axis = Axis { min, max, ..axis };
    let legend: Vec<LegendEntry> = if marked.iter().any(|m| *m) {
        let what = if input.highlight.is_empty() {
            format!("Top {}", input.highlight_top.unwrap_or(TOP))
        } else {
            String::from("Highlighted")
        };
        vec![
            LegendEntry {
                label: what,
                color: theme.color(3),
            },
            LegendEntry {
                label: String::from("Others"),
                color: theme.muted,
            },
        ]
    } else {
        Vec::new()
    };
    // A highlight names its marked rows beside their values instead.
    let reserve = crowded && !marked.iter().any(|m| *m);
    let frame = Frame::new(&input.title, &x_axis, &y_axis).legend(&legend);
    let plot = frame_with_note(area, theme, frame, count, reserve)?;
    let y_of = |k: usize| (count - 1 - k) as f64;
    let stems = items
        .iter()
        .enumerate()
        .map(|(k, i)| ((0.0, y_of(k)), (i.value, y_of(k))));
    draw_stems(&plot, stems, theme, marked)?;
    // The marked values (top first), each kept only where it has room.
    let base = area.get_base_pixel();
    let mut placed: Vec<(axes::PixelBox, String, Pos, (i32, i32))> = Vec::new();
    for (k, ((item, text), mark)) in items.iter().zip(&texts).zip(marked).enumerate() {
        if !mark {
            continue;
        }
        let (px, py) = plot.map_coordinate(&(item.value, y_of(k)));
        let (px, py) = (px - base.0, py - base.1);
        let offset = head as i32 + theme.gap / 2;
        let (tw, th) = axes::text_size(area, text, &label)?;
        let (tx, anchor, left) = if item.value < 0.0 {
            (px - offset, HPos::Right, px - offset - tw)
        } else {
            (px + offset, HPos::Left, px + offset)
        };
        let bbox = (left, py - th / 2, left + tw, py + th - th / 2);
        placed.push((bbox, text.clone(), Pos::new(anchor, VPos::Center), (tx, py)));
    }
    let boxes: Vec<axes::PixelBox> = placed.iter().map(|p| p.0).collect();
    let ink = theme.color(3);
    for ((_, text, pos, at), keep) in placed.into_iter().zip(axes::keep_apart(&boxes)) {
        if keep {
            area.draw(&Text::new(text, at, label.color(&ink).pos(pos)))?;
        }
    }
    if x_axis.min < 0.0 {
        let zero = ShapeStyle::from(&theme.axis).stroke_width(1);
        plot.draw(&PathElement::new(vec![(0.0, y_axis.min), (0.0, y_axis.max)], zero))?;
    }
    Ok(())
}

/// Draws `frame`; with `reserve` (too many rows to name them all), in the
/// area above a line kept for a footnote that says how many of the `count`
/// names the axis skips.
fn frame_with_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    frame: Frame,
    count: usize,
    reserve: bool,
) -> DrawResult<axes::Plot<DB>, DB> {
    let chart = if reserve {
        axes::footnote_room(area, theme)?
    } else {
        area.clone()
    };
    let plot = frame.draw(&chart, theme)?;
    if reserve {
        let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
        let (_, plot_h) = axes::dims(&plot);
        let shown = count.div_ceil(axes::thin_step(count, plot_h, line_h));
        if shown < count {
            let note = format!("{} of {count} names left out: too little room", count - shown);
            axes::draw_footnote(area, theme, &note)?;
        }
    }
    Ok(plot)
}

/// The items with two finite values, sorted by the second, largest first.
fn dumbbells(items: &[Item]) -> Vec<(&str, f64, f64)> {
    let mut out: Vec<(&str, f64, f64)> = items
        .iter()
        .filter_map(|i| {
            let end = i.end?;
            (i.value.is_finite() && end.is_finite()).then_some((i.label.as_str(), i.value, end))
        })
        .collect();
    out.sort_by(|a, b| b.2.total_cmp(&a.2));
    out
}

fn draw_dumbbell<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let mut pairs = dumbbells(&input.items);
    let total = pairs.len();
    if let Some(top) = input.top {
        pairs.truncate(top.max(1));
    }
    let Some((lo, hi)) = stats::extent(pairs.iter().flat_map(|p| [p.1, p.2])) else {
        return axes::draw_empty(area, theme, &input.title, "A dumbbell needs two values per name");
    };
    let area = &match top_note(total, pairs.len()) {
        Some(note) => axes::draw_footnote(area, theme, &note)?,
        None => area.clone(),
    };
    let count = pairs.len();
    let names = pairs.iter().rev().map(|p| p.0.to_string()).collect();
    let y_axis = Axis::categories(&input.label_title, names);
    // Two positions are compared, not lengths: the axis may leave out zero.
    let x_axis = Axis::linear(&input.value_title, lo, hi).padded(0.05).nice();
    let name_or = |name: &str, fallback: &str| {
        if name.is_empty() {
            fallback.to_string()
        } else {
            name.to_string()
        }
    };
    let legend = [
        LegendEntry {
            label: name_or(&input.start_name, "First value"),
            color: theme.color(0),
        },
        LegendEntry {
            label: name_or(&input.end_name, "Second value"),
            color: theme.color(1),
        },
    ];
    let plot = Frame::new(&input.title, &x_axis, &y_axis)
        .legend(&legend)
        .draw(area, theme)?;
    let (head, _) = head_and_stem(theme, axes::text_size(area, "0", &theme.label_style())?.0 as u32);
    let bar = ShapeStyle::from(&theme.muted).stroke_width(theme.line_width.max(1));
    for (k, (_, a, b)) in pairs.iter().enumerate() {
        let y = (count - 1 - k) as f64;
        plot.draw(&PathElement::new(vec![(*a, y), (*b, y)], bar))?;
        plot.draw(&Circle::new((*a, y), head, theme.color(0).filled()))?;
        plot.draw(&Circle::new((*b, y), head, theme.color(1).filled()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_writes_names_across() {
        assert_eq!(Variant::ALL[0], Variant::Horizontal);
    }

    fn item(label: &str, value: f64, end: Option<f64>) -> Item {
        Item {
            label: label.to_string(),
            value,
            end,
        }
    }

    #[test]
    fn highlight_takes_the_listed_labels_or_the_top_three() {
        let items = [
            item("a", 9.0, None),
            item("b", 8.0, None),
            item("c", 7.0, None),
            item("d", 6.0, None),
        ];
        let refs: Vec<&Item> = items.iter().collect();
        assert_eq!(highlighted(&refs, &[], TOP), vec![true, true, true, false]);
        assert_eq!(highlighted(&refs, &[], 1), vec![true, false, false, false]);
        assert_eq!(
            highlighted(&refs, &[String::from("d")], TOP),
            vec![false, false, false, true]
        );
        assert!(highlighted(&[], &[], TOP).is_empty());
    }

    #[test]
    fn top_and_keep_order_change_the_lollipops_drawn() {
        let input = Input {
            items: vec![
                item("a", 1.0, Some(2.0)),
                item("b", 5.0, Some(6.0)),
                item("c", 3.0, Some(1.0)),
                item("d", 4.0, Some(3.0)),
            ],
            ..Input::default()
        };
        let draw_it = |input: &Input, variant: Variant| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, variant, &Theme::light()).expect("draws");
            })
        };
        let top = Input {
            top: Some(2),
            ..input.clone()
        };
        let kept = Input {
            keep_order: true,
            ..input.clone()
        };
        let all = Input {
            top: Some(4),
            ..input.clone()
        };
        for variant in Variant::ALL {
            assert_ne!(draw_it(&input, variant), draw_it(&top, variant), "{variant:?}");
            assert_eq!(draw_it(&input, variant), draw_it(&all, variant), "{variant:?}");
        }
        for variant in [Variant::Basic, Variant::Horizontal] {
            assert_ne!(draw_it(&input, variant), draw_it(&kept, variant), "{variant:?}");
        }
        assert_eq!(top_note(4, 2).as_deref(), Some("Only the 2 largest of 4 are drawn"));
        assert_eq!(top_note(4, 4), None);
    }

    #[test]
    fn dumbbells_need_both_ends_and_sort_by_the_second() {
        let items = [
            item("a", 1.0, Some(2.0)),
            item("b", 1.0, None),
            item("c", f64::NAN, Some(5.0)),
            item("d", 3.0, Some(4.0)),
        ];
        assert_eq!(dumbbells(&items), vec![("d", 3.0, 4.0), ("a", 1.0, 2.0)]);
    }

    #[test]
    fn heads_and_stems_are_never_zero() {
        let mut t = Theme::light();
        t.point_radius = 0;
        t.line_width = 0;
        assert_eq!(head_and_stem(&t, 0), (1, 1));
        assert_eq!(head_and_stem(&Theme::light(), 8), (7, 2));
        assert_eq!(head_and_stem(&Theme::terminal(), 8), (6, 1), "three quarters of a cell");
    }
}
