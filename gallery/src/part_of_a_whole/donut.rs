//! # Donut
//!
//! A donut (or pie) splits a circle into slices, one per category, each
//! with an angle proportional to its share of the total. The ring of a donut
//! leaves room in the middle for the total. Slices run from 12 o'clock
//! clockwise, largest first, each labelled with its share. Slices beyond
//! the palette's colours are lumped into a grey "Other"; negative values
//! are skipped, with a note.
//! The `top` parameter (`Input::top`) names fewer slices and lumps the rest.
//!
//! ## When to use
//! A few parts (two to five) of one meaningful total, when the message is
//! "this part is about half / a quarter of the whole". All values must be
//! positive: a slice cannot be negative.
//!
//! ## Caveat
//! People compare angles and areas badly: two slices of 23% and 27% look
//! the same, and beyond about five slices a pie becomes unreadable. To
//! compare or rank the parts, an ordered barplot is almost always better.
//!
//! ## Variants
//! - `donut`: a ring with the total written in the middle.
//! - `pie`: the classic filled pie.
//!
//! ## Related
//! barplot, treemap, waffle, stacked-area
//!
//! ## Copying
//! Needs `radial.rs` (slices, labels and their layout, shared with the
//! pie), `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::radial::{self, Labels};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// One category and its (positive) value.
pub use crate::radial::Slice;

/// The data of a donut chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the values measure, e.g. "Population"; shown under the total.
    pub value_title: String,
    /// The categories and their values, one slice each.
    pub slices: Vec<Slice>,
    /// Name at most this many slices, the largest, and lump the rest into
    /// a grey "Other" (`None`: as many as the palette has colours).
    pub top: Option<usize>,
}

/// The ways to draw a donut chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `donut`: A ring with the total written in the middle.
    Donut,
    /// `pie`: The classic filled pie.
    Pie,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Donut, Variant::Pie];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Donut => "donut",
            Variant::Pie => "pie",
        }
    }
}

/// The inner radius of the ring, as a fraction of the outer radius.
const HOLE: f64 = 0.58;

/// Draws `input` as a donut chart in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let colours = theme.palette.len().max(2);
    let max = input.top.map_or(colours, |top| (top + 1).min(colours));
    let (parts, skipped) = radial::parts(&input.slices, max);
    let total: f64 = parts.iter().map(|(_, v)| v).sum();
    if parts.is_empty() || !(total.is_finite() && total > 0.0) {
        let message = if skipped > 0 {
            "No positive values: a slice cannot be negative"
        } else {
            "No positive values to split"
        };
        return axes::draw_empty(area, theme, &input.title, message);
    }
    // "Other", when there is one, is last and gets the palette's last colour (grey).
    let positive = input
        .slices
        .iter()
        .filter(|s| s.value.is_finite() && s.value > 0.0)
        .count();
    let other = (positive > parts.len()).then(|| parts.len() - 1);
    let sectors = radial::sectors(&parts, total, |i| {
        theme.color(if Some(i) == other { colours - 1 } else { i })
    });
    let pct: Vec<String> = sectors
        .iter()
        .map(|s| radial::percent_label(s.value / total * 100.0))
        .collect();
    let named: Vec<String> = sectors
        .iter()
        .zip(&pct)
        .map(|(s, p)| format!("{} {p}", s.name))
        .collect();

    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let legend: Vec<LegendEntry> = sectors
        .iter()
        .map(|s| LegendEntry {
            label: s.name.clone(),
            color: s.color,
        })
        .collect();
    let mut top = axes::draw_title(area, theme, &input.title)?;
    top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
    let bottom = radial::draw_skipped_note(area, theme, skipped, h - m)?;
    let hole = match variant {
        Variant::Donut => HOLE,
        Variant::Pie => 0.0,
    };
    let bounds = (m, top, w - m, bottom);
    let Some(disc) = radial::layout(area, theme, hole, Labels::Shares, bounds, &named, &pct)? else {
        return Ok(());
    };
    radial::draw_sectors(area, theme, &disc, &sectors)?;
    radial::draw_labels(area, theme, &disc, Labels::Shares, &sectors, &named, &pct)?;
    if variant == Variant::Donut {
        let pad = f64::from(theme.gap) / 2.0;
        radial::draw_total(
            area,
            theme,
            (disc.cx, disc.cy),
            disc.r_in - pad,
            total,
            &input.value_title,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_lumps_the_smaller_slices_into_a_grey_other() {
        let slices: Vec<Slice> = [5.0, 4.0, 3.0, 2.0, 1.0]
            .iter()
            .enumerate()
            .map(|(i, v)| Slice {
                name: format!("s{i}"),
                value: *v,
            })
            .collect();
        let input = Input {
            slices,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Donut, &Theme::light()).expect("draws");
            })
        };
        let two = Input {
            top: Some(2),
            ..input.clone()
        };
        let all = Input {
            top: Some(5),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&two));
        assert_eq!(draw_it(&input), draw_it(&all));
        // Two named slices and Other: three colours, the last grey.
        let grey = Theme::light().color(Theme::light().palette.len() - 1);
        let pixels = draw_it(&two);
        assert!(pixels.chunks(3).any(|p| p == [grey.0, grey.1, grey.2]));
    }
}
