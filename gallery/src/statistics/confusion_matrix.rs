//! # Confusion matrix
//!
//! A confusion matrix counts a classifier's verdicts: one row per true
//! class, one column per predicted class, each cell the number of cases of
//! that row's class the classifier put in that column. The diagonal holds
//! the right answers; every cell off it is one kind of mistake (a malignant
//! tumour called benign is not the same mistake as the reverse).
//!
//! ## When to use
//! After choosing a classifier and its cut-off: to see which classes it
//! confuses and how often, for two classes or a handful.
//!
//! ## Caveat
//! Raw counts hide how the classes differ in size: 40 errors out of 357 and
//! 40 out of 212 look alike. The normalised variant divides each row by its
//! total, so each row reads as the share of that class sent to each column
//! (the diagonal is each class's recall); read both. Accuracy alone, the
//! share of the diagonal, flatters a classifier when one class dominates.
//!
//! ## Variants
//! - `counts`: the number of cases in each cell, shaded by count.
//! - `normalised`: each row divided by its total and shown as a
//!   percentage, shaded by that share, so classes of any size compare.
//!
//! ## Related
//! roc, heatmap
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

/// The data of a confusion matrix, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The class names, in the order of the rows and of the columns.
    pub classes: Vec<String>,
    /// `counts[actual][predicted]`: how many cases of class `actual` were
    /// predicted as `predicted`; NaN or a short row where unknown.
    pub counts: Vec<Vec<f64>>,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
}

/// The ways to draw a confusion matrix, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `counts`: The number of cases in each cell, shaded by count.
    Counts,
    /// `normalised`: Each row divided by its total and shown as a percentage, shaded by that share,
    /// so classes of any size compare.
    Normalised,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Counts, Variant::Normalised];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Counts => "counts",
            Variant::Normalised => "normalised",
        }
    }
}

/// Each row divided by its total, so it sums to 1: the share of the row's
/// class sent to each column. A row with no finite positive total (no
/// cases) is all None; NaN and negative cells are None and count nothing.
pub fn normalise_rows(counts: &[Vec<f64>]) -> Vec<Vec<Option<f64>>> {
    counts
        .iter()
        .map(|row| {
            let total: f64 = row.iter().copied().filter(|v| v.is_finite() && *v >= 0.0).sum();
            row.iter()
                .map(|v| (v.is_finite() && *v >= 0.0 && total > 0.0 && total.is_finite()).then(|| v / total))
                .collect()
        })
        .collect()
}

/// The confusion matrix of paired true and predicted labels: the classes
/// (every label seen, in order of first appearance among the true labels,
/// then the predicted ones) and `counts[actual][predicted]`.
pub fn from_pairs(actual: &[String], predicted: &[String]) -> (Vec<String>, Vec<Vec<f64>>) {
    let mut classes: Vec<String> = Vec::new();
    for name in actual.iter().chain(predicted) {
        if !classes.contains(name) {
            classes.push(name.clone());
        }
    }
    let index = |name: &String| classes.iter().position(|c| c == name);
    let mut counts = vec![vec![0.0; classes.len()]; classes.len()];
    for (a, p) in actual.iter().zip(predicted) {
        if let (Some(r), Some(c)) = (index(a), index(p)) {
            counts[r][c] += 1.0;
        }
    }
    (classes, counts)
}

/// The share of cases on the diagonal; None without cases.
pub fn accuracy(counts: &[Vec<f64>]) -> Option<f64> {
    let ok = |v: &&f64| v.is_finite() && **v >= 0.0;
    let total: f64 = counts.iter().flatten().filter(ok).sum();
    let right: f64 = counts
        .iter()
        .enumerate()
        .filter_map(|(i, row)| row.get(i))
        .filter(ok)
        .sum();
    (total > 0.0 && total.is_finite()).then(|| right / total)
}

/// Draws `input` as a confusion matrix in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n = input.classes.len();
    if n == 0 || accuracy(&input.counts).is_none() {
        return axes::draw_empty(area, theme, &input.title, "No classified cases to count");
    }
    let area = &axes::draw_footnote(area, theme, &input.note)?;

    let cell = |r: usize, c: usize| {
        input
            .counts
            .get(r)
            .and_then(|row| row.get(c))
            .copied()
            .filter(|v| v.is_finite() && *v >= 0.0)
    };
    let shares = normalise_rows(&input.counts);
    let max = (0..n)
        .flat_map(|r| (0..n).filter_map(move |c| cell(r, c)))
        .fold(0.0f64, f64::max);
    // (shade 0..=1, text) per cell.
    let shade_and_text = |r: usize, c: usize| -> Option<(f64, String)> {
        match variant {
            Variant::Counts => cell(r, c).map(|v| {
                let t = if max > 0.0 { v / max } else { 0.0 };
                (t, scale::format_value(v))
            }),
            Variant::Normalised => shares
                .get(r)
                .and_then(|row| row.get(c))
                .copied()
                .flatten()
                .map(|s| (s, format_percent(s))),
        }
    };

    let bar = color_bar(variant, max);
    let x = Axis::categories("Predicted class", input.classes.clone());
    // Category i sits at y = i from the bottom: reverse so the first class is on top.
    let y = Axis::categories("True class", input.classes.iter().rev().cloned().collect());
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(bar.width(area, theme)?)
        .draw(area, theme)?;

    let in_cells = axes::text_in_cells(area, theme)?;
    let (pw, ph) = axes::dims(&plot);
    let cell_px = (pw / n as i32, ph / n as i32);
    // Big cells get big numbers on paper; a terminal has one text size.
    let style = if in_cells {
        theme.label_style()
    } else {
        let size = (f64::from(cell_px.1) / 5.0).clamp(theme.label_size, theme.title_size * 1.6);
        theme.font_of(size).into()
    };
    let mut fits = true;
    for r in 0..n {
        for c in 0..n {
            if let Some((_, text)) = shade_and_text(r, c) {
                let (tw, th) = axes::text_size(area, &text, &style)?;
                fits &= tw < cell_px.0 && th <= cell_px.1;
            }
        }
    }
    // A thin gap in the background colour between cells, where there is room.
    let gap = if in_cells || cell_px.0.min(cell_px.1) < 20 {
        0.0
    } else {
        0.01
    };
    for r in 0..n {
        let yc = (n - 1 - r) as f64;
        for c in 0..n {
            let Some((t, text)) = shade_and_text(r, c) else {
                continue;
            };
            let fill = theme.sequential(t);
            let xc = c as f64;
            plot.draw(&Rectangle::new(
                [(xc - 0.5 + gap, yc - 0.5 + gap), (xc + 0.5 - gap, yc + 0.5 - gap)],
                fill.filled(),
            ))?;
            if fits {
                let ink = Theme::text_on(fill);
                let centred = style.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                plot.draw(&Text::new(text, (xc, yc), centred))?;
            }
        }
    }
    bar.draw_beside(area, &plot, theme, |t| theme.sequential(t))
}

/// A share as a percentage with one decimal: 0.943 is "94.3%".
fn format_percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// The colour bar: cases from 0 to the largest count, on whole numbers
/// (there is no half a case), or shares of a row in percent.
fn color_bar(variant: Variant, max: f64) -> ColorBar {
    match variant {
        Variant::Counts => ColorBar::new("Cases", 0.0, max.max(1.0)).whole_numbers(),
        Variant::Normalised => ColorBar::new("Share of row (%)", 0.0, 100.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::inked;

    #[test]
    fn a_few_cases_tick_whole_numbers_and_shares_do_not_need_to() {
        let labels = |bar: ColorBar| bar.ticks(8).into_iter().map(|(_, l)| l).collect::<Vec<_>>();
        assert_eq!(labels(color_bar(Variant::Counts, 3.0)), vec!["0", "1", "2", "3"]);
        let shares = labels(color_bar(Variant::Normalised, 3.0));
        assert_eq!(shares.first().map(String::as_str), Some("0"));
        assert_eq!(shares.last().map(String::as_str), Some("100"));
    }

    #[test]
    fn rows_are_normalised_to_sum_to_one() {
        let counts = vec![vec![50.0, 10.0], vec![5.0, 15.0]];
        let shares = normalise_rows(&counts);
        assert_eq!(shares[0], vec![Some(50.0 / 60.0), Some(10.0 / 60.0)]);
        assert_eq!(shares[1], vec![Some(0.25), Some(0.75)]);
        for row in &shares {
            let sum: f64 = row.iter().flatten().sum();
            assert!((sum - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn an_empty_row_or_a_bad_cell_has_no_share() {
        let counts = vec![vec![0.0, 0.0], vec![f64::NAN, 4.0], vec![-1.0, 2.0, 2.0]];
        let shares = normalise_rows(&counts);
        assert_eq!(shares[0], vec![None, None]);
        assert_eq!(shares[1], vec![None, Some(1.0)]);
        assert_eq!(shares[2], vec![None, Some(0.5), Some(0.5)]);
        assert!(normalise_rows(&[]).is_empty());
    }

    #[test]
    fn pairs_are_counted_into_rows_of_true_classes() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
        let (classes, counts) = from_pairs(&s(&["a", "a", "b", "b", "b"]), &s(&["a", "b", "b", "b", "c"]));
        assert_eq!(classes, s(&["a", "b", "c"]));
        assert_eq!(
            counts,
            vec![vec![1.0, 1.0, 0.0], vec![0.0, 2.0, 1.0], vec![0.0, 0.0, 0.0]]
        );
        assert_eq!(accuracy(&counts), Some(3.0 / 5.0));
        assert_eq!(accuracy(&[vec![0.0]]), None);
        assert_eq!(format_percent(0.9434), "94.3%");
    }

    fn sample() -> Input {
        Input {
            title: String::from("Tumours"),
            classes: vec![String::from("malignant"), String::from("benign")],
            counts: vec![vec![180.0, 32.0], vec![14.0, 343.0]],
            note: String::new(),
        }
    }

    #[test]
    fn both_variants_draw_the_sample() {
        for variant in Variant::ALL {
            let inked = inked(600, 400, |area| {
                draw(area, &sample(), variant, &Theme::light()).expect("draws");
            });
            assert!(inked > 20_000, "{variant:?}: {inked}");
        }
    }

    #[test]
    fn degenerate_input_does_not_panic() {
        let inputs = [
            Input::default(),
            Input {
                classes: vec![String::from("a")],
                counts: vec![vec![0.0]],
                ..Input::default()
            },
            Input {
                classes: vec![String::from("a"), String::from("b")],
                counts: vec![vec![f64::MAX, f64::NAN], vec![1.0]],
                ..Input::default()
            },
            Input {
                classes: (0..40).map(|i| format!("class {i}")).collect(),
                counts: vec![vec![1.0; 40]; 40],
                ..Input::default()
            },
        ];
        for input in &inputs {
            for variant in Variant::ALL {
                for (w, h) in [(1, 1), (60, 30), (400, 300)] {
                    inked(w, h, |area| {
                        draw(area, input, variant, &Theme::light()).expect("draws");
                    });
                }
            }
        }
    }
}
