//! # Pie
//!
//! A pie chart splits a disc into slices, one per category, each with an
//! angle (and so an area) proportional to its share of the total. Slices
//! run from 12 o'clock clockwise, largest first. Slices beyond the
//! palette's colours are lumped into a grey "Other"; negative values are
//! skipped, with a note.
//! `Input::top` names fewer slices and lumps the rest.
//!
//! ## When to use
//! Two to five parts of one meaningful total, when the message is "this
//! part is about half / a quarter / a third of the whole". All values must
//! be positive: a slice cannot be negative.
//!
//! ## Caveat
//! People compare angles badly: slices of 23% and 27% look the same, and
//! beyond about five slices a pie becomes unreadable. Label the shares (the
//! `labelled` variant) or, to compare or rank the parts, use an ordered
//! barplot; a waffle chart shows shares as countable squares.
//!
//! ## Variants
//! - `labelled` (default): no legend; each slice carries its name and
//!   share, inside it where they fit, else beside it with a leader line.
//! - `basic`: the slices, named by a legend.
//!
//! ## Related
//! donut, waffle, treemap, barplot
//!
//! ## Copying
//! Needs `radial.rs` (slices, labels and their layout, shared with the
//! donut), `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult, LegendEntry};
use crate::radial::{self, Labels};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// One category and its (positive) value.
pub use crate::radial::Slice;

/// The data of a pie chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The categories and their values, one slice each.
    pub slices: Vec<Slice>,
    /// Name at most this many slices, the largest, and lump the rest into
    /// a grey "Other" (`None`: as many as the palette has colours).
    pub top: Option<usize>,
}

/// The ways to draw a pie chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: The slices, named by a legend.
    Basic,
    /// `labelled`: No legend; each slice carries its name and share, inside it where they fit, else
    /// beside it with a leader line.
    Labelled,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Labelled, Variant::Basic];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Labelled => "labelled",
        }
    }
}

/// Draws `input` as a pie chart in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
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
    let mut top = axes::draw_title(area, theme, &input.title)?;
    let labels = match variant {
        Variant::Basic => {
            let legend: Vec<LegendEntry> = sectors
                .iter()
                .map(|s| LegendEntry {
                    label: s.name.clone(),
                    color: s.color,
                })
                .collect();
            top += axes::draw_legend(area, theme, &legend, top, m, w - 2 * m)?;
            Labels::None
        }
        Variant::Labelled => Labels::Named,
    };
    let bottom = radial::draw_skipped_note(area, theme, skipped, h - m)?;
    let bounds = (m, top, w - m, bottom);
    let Some(disc) = radial::layout(area, theme, 0.0, labels, bounds, &named, &pct)? else {
        return Ok(());
    };
    radial::draw_sectors(area, theme, &disc, &sectors)?;
    radial::draw_labels(area, theme, &disc, labels, &sectors, &named, &pct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_names_every_slice_with_its_share() {
        assert_eq!(Variant::ALL[0], Variant::Labelled);
    }

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
                draw(area, input, Variant::Labelled, &Theme::light()).expect("draws");
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
