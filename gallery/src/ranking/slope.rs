//! # Slope
//!
//! A slope chart compares two moments: each item is a line from its value
//! at the first (left) to its value at the second (right), named and
//! valued at both ends. Steep lines changed a lot; crossing lines swapped
//! places; colour says at a glance which items rose and which fell.
//!
//! ## When to use
//! Before and after, this year and last, two surveys: one value per item
//! at exactly two points, for about five to twenty items, when the change
//! and the reordering are the story.
//!
//! ## Caveat
//! Two points say nothing about the path between them: a value that rose
//! and fell back looks unchanged. With more than two time points use a
//! line or bump chart. Many items crowd the labels at each end; the chart
//! names as many as fit (the biggest changes first) and says how many it
//! left unnamed.
//!
//! ## Variants
//! - `values` (default): both ends on one value scale, with the values.
//! - `ranks`: the items ranked at each end (1 = the largest value), evenly
//!   spaced, so every name has room.
//!
//! ## Related
//! bump, lollipop, line, parallel-coordinates
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

/// One item: its value at each of the two moments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// The item's name, written at both ends.
    pub label: String,
    /// The value at the first moment, in the unit of `value_title`.
    pub start: f64,
    /// The value at the second moment.
    pub end: f64,
}

/// The data of a slope chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the values are, with their unit, e.g. "Life expectancy (years)".
    pub value_title: String,
    /// The first moment's name, above the left end, e.g. "1987".
    pub start_name: String,
    /// The second moment's name, above the right end, e.g. "2007".
    pub end_name: String,
    /// The items, one line each.
    pub items: Vec<Item>,
}

/// The ways to draw a slope chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `values`: Both ends on one value scale, with the values.
    Values,
    /// `ranks`: The items ranked at each end (1 = the largest value), evenly spaced.
    Ranks,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Values, Variant::Ranks];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Values => "values",
            Variant::Ranks => "ranks",
        }
    }
}

/// Which way an item went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trend {
    Rose,
    Fell,
    Same,
}

/// An item placed on the chart: where its ends sit (value or rank units)
/// and what is written there.
#[derive(Clone, Debug, PartialEq)]
struct Placed {
    label: String,
    start: f64,
    end: f64,
    start_text: String,
    end_text: String,
    trend: Trend,
}

/// Ranks of `values` (1 = the largest; ties in input order).
fn ranks(values: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|a, b| values[*b].total_cmp(&values[*a]).then(a.cmp(b)));
    let mut out = vec![0; values.len()];
    for (r, i) in order.into_iter().enumerate() {
        out[i] = r + 1;
    }
    out
}

/// The items with both values, placed for `variant`; and how many were left out.
fn place(items: &[Item], variant: Variant) -> (Vec<Placed>, usize) {
    let kept: Vec<&Item> = items
        .iter()
        .filter(|i| i.start.is_finite() && i.end.is_finite())
        .collect();
    let dropped = items.len() - kept.len();
    let trend = |a: f64, b: f64| match b.total_cmp(&a) {
        std::cmp::Ordering::Greater => Trend::Rose,
        std::cmp::Ordering::Less => Trend::Fell,
        std::cmp::Ordering::Equal => Trend::Same,
    };
    let max_abs = kept.iter().fold(0.0f64, |m, i| m.max(i.start.abs()).max(i.end.abs()));
    let text = |v: f64| value_text(v, max_abs);
    let placed = match variant {
        Variant::Values => kept
            .iter()
            .map(|i| Placed {
                label: i.label.clone(),
                start: i.start,
                end: i.end,
                start_text: text(i.start),
                end_text: text(i.end),
                trend: trend(i.start, i.end),
            })
            .collect(),
        Variant::Ranks => {
            let first = ranks(&kept.iter().map(|i| i.start).collect::<Vec<_>>());
            let last = ranks(&kept.iter().map(|i| i.end).collect::<Vec<_>>());
            let n = kept.len() as f64;
            kept.iter()
                .zip(first.iter().zip(&last))
                .map(|(i, (a, b))| Placed {
                    label: i.label.clone(),
                    // Rank 1 on top: y = n - rank.
                    start: n - *a as f64,
                    end: n - *b as f64,
                    start_text: a.to_string(),
                    end_text: b.to_string(),
                    trend: trend(-(*a as f64), -(*b as f64)),
                })
                .collect()
        }
    };
    (placed, dropped)
}

/// The middle of the text row (`line_h` pixels tall, counted from the
/// canvas top) that holds pixel row `y`.
fn row_middle(y: i32, line_h: i32) -> i32 {
    if line_h <= 0 {
        return y;
    }
    y.div_euclid(line_h) * line_h + line_h / 2
}

/// A value with as many decimals as give the largest value three
/// significant digits, the same for every label ("45.0" beside "42.3",
/// not "45"); large values in the compact form ("1.2M").
fn value_text(v: f64, max_abs: f64) -> String {
    if !(1e-3..1e4).contains(&max_abs) {
        return scale::format_value(v);
    }
    let decimals = if max_abs >= 100.0 {
        0
    } else {
        (2.0 - max_abs.log10().floor()).clamp(0.0, 6.0) as usize
    };
    format!("{v:.decimals$}")
}

/// One legend entry per way the items went; the chart draws the legend
/// only when they went more than one way.
fn legend(placed: &[Placed], theme: &Theme) -> Vec<LegendEntry> {
    [(Trend::Rose, "Rose"), (Trend::Fell, "Fell"), (Trend::Same, "No change")]
        .into_iter()
        .filter(|(t, _)| placed.iter().any(|p| p.trend == *t))
        .map(|(t, name)| LegendEntry {
            label: name.to_string(),
            color: color(t, theme),
        })
        .collect()
}

fn color(trend: Trend, theme: &Theme) -> RGBColor {
    match trend {
        Trend::Rose => theme.color(2),
        Trend::Fell => theme.color(3),
        Trend::Same => theme.muted,
    }
}

/// Draws `input` as a slope chart in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (placed, dropped) = place(&input.items, variant);
    let Some((lo, hi)) = stats::extent(placed.iter().flat_map(|p| [p.start, p.end])) else {
        return axes::draw_empty(area, theme, &input.title, "No items with both values");
    };
    let chart = axes::footnote_room(area, theme)?;
    let (w, h) = axes::dims(&chart);
    let m = theme.margin;
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(&chart, "0", &label)?;
    let mut top = axes::draw_title(&chart, theme, &input.title)?;
    let entries = legend(&placed, theme);
    if entries.len() > 1 {
        top += axes::draw_legend(&chart, theme, &entries, top, m, w - 2 * m)?;
    }

    // Texts at each end: "Name value" on the left, "value Name" on the right.
    let max_w = (w / 3).max(char_w);
    let mut left_texts = Vec::with_capacity(placed.len());
    let mut right_texts = Vec::with_capacity(placed.len());
    let (mut left_w, mut right_w) = (0, 0);
    for p in &placed {
        let l = axes::fit_text(&chart, &format!("{} {}", p.label, p.start_text), &label, max_w)?;
        let r = axes::fit_text(&chart, &format!("{} {}", p.end_text, p.label), &label, max_w)?;
        left_w = left_w.max(axes::text_size(&chart, &l, &label)?.0);
        right_w = right_w.max(axes::text_size(&chart, &r, &label)?.0);
        left_texts.push(l);
        right_texts.push(r);
    }
    let x0 = m + left_w + theme.gap;
    let x1 = w - m - right_w - theme.gap;
    // The two moments' names head the two ends.
    let header = top;
    top += line_h + theme.gap;
    let (y_top, y_bottom) = (top + line_h / 2, h - m - line_h / 2);
    if x1 - x0 < 2 * char_w || y_bottom - y_top < line_h {
        return axes::draw_footnote(area, theme, &note(dropped, 0)).map(|_| ());
    }
    draw_headings(&chart, theme, input, variant, header, (x0, x1))?;

    let span = if hi > lo { hi - lo } else { 1.0 };
    // Ranks in a terminal sit in the middle of their text row, level with
    // their names.
    let snap = variant == Variant::Ranks && axes::text_in_cells(&chart, theme)?;
    let base_y = chart.get_base_pixel().1;
    let to_y = |v: f64| {
        let t = if hi > lo { (v - lo) / span } else { 0.5 };
        let y = y_bottom - (t * f64::from(y_bottom - y_top)).round() as i32;
        if snap {
            row_middle(base_y + y, line_h) - base_y
        } else {
            y
        }
    };
    let axis = ShapeStyle::from(&theme.axis).stroke_width(1);
    for x in [x0, x1] {
        chart.draw(&PathElement::new(vec![(x, y_top), (x, y_bottom)], axis))?;
    }
    // Biggest changes on top, and first to get a label when not all fit.
    let mut order: Vec<usize> = (0..placed.len()).collect();
    order.sort_by(|a, b| {
        let change = |p: &Placed| (p.end - p.start).abs();
        change(&placed[*b]).total_cmp(&change(&placed[*a])).then(a.cmp(b))
    });
    for i in order.iter().rev() {
        let p = &placed[*i];
        let c = color(p.trend, theme);
        let (a, b) = ((x0, to_y(p.start)), (x1, to_y(p.end)));
        chart.draw(&PathElement::new(
            vec![a, b],
            ShapeStyle::from(&c).stroke_width(theme.line_width),
        ))?;
        for end in [a, b] {
            chart.draw(&Circle::new(end, theme.point_radius, c.filled()))?;
        }
    }

    let lh = f64::from(line_h);
    let room = (f64::from(y_bottom - y_top) / lh).floor().max(0.0) as usize + 1;
    let named: Vec<usize> = order.iter().copied().take(room).collect();
    for (side, texts) in [(0, &left_texts), (1, &right_texts)] {
        let wanted: Vec<f64> = named
            .iter()
            .map(|i| {
                let p = &placed[*i];
                f64::from(to_y(if side == 0 { p.start } else { p.end }))
            })
            .collect();
        let ys = axes::spread(&wanted, lh, f64::from(y_top), f64::from(y_bottom));
        for (i, y) in named.iter().zip(ys) {
            let c = match placed[*i].trend {
                Trend::Same => theme.text,
                t => color(t, theme),
            };
            let (x, anchor) = if side == 0 {
                (x0 - theme.gap, HPos::Right)
            } else {
                (x1 + theme.gap, HPos::Left)
            };
            let style = label.color(&c).pos(Pos::new(anchor, VPos::Center));
            chart.draw(&Text::new(texts[*i].clone(), (x, y.round() as i32), style))?;
        }
    }
    axes::draw_footnote(area, theme, &note(dropped, placed.len() - named.len())).map(|_| ())
}

/// The two moments' names above the two ends, and what the values are
/// between them, on the row at `y`.
fn draw_headings<DB: DrawingBackend>(
    chart: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    variant: Variant,
    header: i32,
    (x0, x1): (i32, i32),
) -> DrawResult<(), DB> {
    let (char_w, _) = axes::text_size(chart, "0", &theme.label_style())?;
    let bold = theme
        .font_of(theme.label_size)
        .style(FontStyle::Bold)
        .color(&theme.text);
    let heading = |text: &str, x: i32| {
        let style = bold.pos(Pos::new(HPos::Center, VPos::Top));
        chart.draw(&Text::new(text.to_string(), (x, header), style))
    };
    heading(&input.start_name, x0)?;
    heading(&input.end_name, x1)?;
    // What the values are, between the two headings.
    let what = match variant {
        Variant::Values => input.value_title.clone(),
        Variant::Ranks if input.value_title.is_empty() => String::from("Rank"),
        // A rank has no unit: "Life expectancy (years)" ranks as "life expectancy".
        Variant::Ranks => {
            let name = input.value_title.split(" (").next().unwrap_or_default();
            format!("Rank by {}", lower_first(name))
        }
    };
    let muted = theme.muted_style();
    let what = axes::fit_text(chart, &what, &muted, x1 - x0 - 8 * char_w)?;
    let style = muted.pos(Pos::new(HPos::Center, VPos::Top));
    chart.draw(&Text::new(what, (i32::midpoint(x0, x1), header), style))?;
    Ok(())
}

/// `text` with its first letter in lower case, unless it starts an
/// acronym ("GDP per capita" stays).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

/// What the chart left out, for its footnote.
fn note(dropped: usize, unnamed: usize) -> String {
    let items = |n: usize| {
        if n == 1 {
            String::from("1 item")
        } else {
            format!("{n} items")
        }
    };
    let mut parts = Vec::new();
    if dropped > 0 {
        parts.push(format!("{} without both values left out", items(dropped)));
    }
    if unnamed > 0 {
        parts.push(format!(
            "{} with the smallest changes not named (no room)",
            items(unnamed)
        ));
    }
    let mut text = parts.join("; ");
    if !text.is_empty() {
        text.push('.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(label: &str, start: f64, end: f64) -> Item {
        Item {
            label: label.to_string(),
            start,
            end,
        }
    }

    #[test]
    fn values_keep_their_ends_and_say_which_way_they_went() {
        let items = [
            item("Botswana", 63.6, 50.7),
            item("Madagascar", 49.4, 59.4),
            item("flat", 5.0, 5.0),
        ];
        let (placed, dropped) = place(&items, Variant::Values);
        assert_eq!(dropped, 0);
        let trends: Vec<Trend> = placed.iter().map(|p| p.trend).collect();
        assert_eq!(trends, [Trend::Fell, Trend::Rose, Trend::Same]);
        assert_eq!((placed[0].start, placed[0].end), (63.6, 50.7));
        assert_eq!(
            (placed[0].start_text.as_str(), placed[0].end_text.as_str()),
            ("63.6", "50.7")
        );
    }

    #[test]
    fn terminal_ranks_sit_mid_row() {
        assert_eq!(row_middle(0, 16), 8);
        assert_eq!(row_middle(31, 16), 24);
        assert_eq!(row_middle(32, 16), 40);
        assert_eq!(row_middle(-1, 16), -8);
        assert_eq!(row_middle(5, 0), 5);
    }

    #[test]
    fn values_share_their_decimals() {
        assert_eq!(value_text(45.009, 63.6), "45.0");
        assert_eq!(value_text(3.04159, 5.0), "3.04");
        assert_eq!(value_text(1234.6, 2000.0), "1235");
        assert_eq!(value_text(1.5e6, 2e6), "1.5M");
    }

    #[test]
    fn ranks_put_the_largest_first_and_rising_means_moving_up() {
        assert_eq!(ranks(&[1.0, 3.0, 2.0, 3.0]), vec![4, 1, 3, 2]);
        let items = [item("a", 10.0, 1.0), item("b", 5.0, 7.0), item("c", 1.0, 8.0)];
        let (placed, _) = place(&items, Variant::Ranks);
        let texts: Vec<(&str, &str)> = placed
            .iter()
            .map(|p| (p.start_text.as_str(), p.end_text.as_str()))
            .collect();
        assert_eq!(texts, [("1", "3"), ("2", "2"), ("3", "1")]);
        // Rank 1 sits highest: y = 3 - 1.
        assert_eq!((placed[0].start, placed[0].end), (2.0, 0.0));
        let trends: Vec<Trend> = placed.iter().map(|p| p.trend).collect();
        assert_eq!(trends, [Trend::Fell, Trend::Same, Trend::Rose]);
    }

    #[test]
    fn rank_titles_read_as_a_phrase() {
        assert_eq!(lower_first("Life expectancy (years)"), "life expectancy (years)");
        assert_eq!(lower_first("GDP per capita"), "GDP per capita");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn items_without_both_values_are_left_out_and_counted() {
        let items = [
            item("a", 1.0, f64::NAN),
            item("b", 1.0, 2.0),
            item("c", f64::INFINITY, 2.0),
        ];
        let (placed, dropped) = place(&items, Variant::Values);
        assert_eq!((placed.len(), dropped), (1, 2));
        assert_eq!(note(dropped, 0), "2 items without both values left out.");
        assert_eq!(note(0, 1), "1 item with the smallest changes not named (no room).");
        assert_eq!(note(0, 0), "");
    }

    /// Text is measured with a registered font, as the app and the examples register it.
    fn register_fonts() {
        use plotters::style::{register_font, FontStyle};
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
    }

    #[test]
    fn drawing_never_fails_on_odd_input() {
        register_fonts();
        let with = |items: Vec<Item>| Input {
            items,
            ..Input::default()
        };
        let many: Vec<Item> = (0..200)
            .map(|i| item(&format!("item {i}"), f64::from(i), f64::from(i % 7)))
            .collect();
        let inputs = [
            Input::default(),
            with(vec![item("nan", f64::NAN, 1.0)]),
            with(vec![item("one", 1.0, 1.0)]),
            with(vec![
                item("huge", -f64::MAX, f64::MAX),
                item("tiny", f64::MIN_POSITIVE, 0.0),
            ]),
            with(many),
        ];
        for (w, h) in [(1, 1), (40, 30), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            for input in &inputs {
                for variant in Variant::ALL {
                    let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
                    let theme = Theme::light_for(w, h);
                    assert!(draw(&root, input, variant, &theme).is_ok(), "{variant:?} {w}x{h}");
                }
            }
        }
    }
}
