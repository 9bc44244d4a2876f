//! # ROC curve
//!
//! A receiver operating characteristic (ROC) curve shows how well a score
//! separates two classes. Every cut-off of the score ("call it positive
//! from here up") gives one point: the share of true positives caught (true
//! positive rate, sensitivity) against the share of negatives wrongly
//! flagged (false positive rate, 1 - specificity). Sliding the cut-off from
//! the highest score to the lowest traces the curve from (0, 0) to (1, 1).
//! The area under it (AUC) is the chance that a random positive scores
//! higher than a random negative: 1 is perfect, 0.5 (the diagonal) is a
//! coin toss.
//!
//! ## When to use
//! Comparing classifiers or diagnostic tests that output a score, before a
//! cut-off is chosen; and choosing that cut-off, with the cut-offs marked
//! on the curve.
//!
//! ## Caveat
//! An ROC curve ignores how common the positive class is: with rare
//! positives a tiny false positive rate can still mean most flagged cases
//! are false alarms, so look at precision too. Score the cases with a model
//! that did not see them (cross-validation), or the curve flatters it. A
//! few distinct scores (a shallow tree) give a curve of a few straight
//! segments: ties are joined, not stepped.
//!
//! ## Variants
//! - `curve`: one curve per classifier, the diagonal of chance, the AUC
//!   of each in the legend.
//! - `threshold`: the first classifier only, with dots where chosen
//!   cut-offs of its score fall on the curve, each labelled with its value.
//!
//! ## Related
//! confusion-matrix, density, histogram
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, LegendMark};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One classifier's scores, one per case, in the order of [`Input::labels`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Classifier {
    /// The classifier's name, in the legend.
    pub name: String,
    /// Its score for each case: higher means more likely positive; NaN
    /// where it gave none.
    pub scores: Vec<f64>,
}

/// The data of an ROC chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// Whether each case truly is positive.
    pub labels: Vec<bool>,
    /// The classifiers, one curve each.
    pub classifiers: Vec<Classifier>,
    /// Cut-offs of the score to mark in the `threshold` variant; empty
    /// picks 0.1, 0.3, 0.5, 0.7 and 0.9 (for probabilities).
    pub thresholds: Vec<f64>,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
}

/// The ways to draw an ROC chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `curve`: One curve per classifier, the diagonal of chance, the AUC of each in the legend.
    Curve,
    /// `threshold`: The first classifier only, with dots where chosen cut-offs of its score fall on
    /// the curve, each labelled with its value.
    Threshold,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Curve, Variant::Threshold];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Curve => "curve",
            Variant::Threshold => "threshold",
        }
    }
}

/// One point of an ROC curve: calling every case with a score at or above
/// `threshold` positive gives these rates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RocPoint {
    /// Share of the negatives called positive (1 - specificity).
    pub fpr: f64,
    /// Share of the positives called positive (sensitivity).
    pub tpr: f64,
    /// The cut-off; infinite for the first point, where nothing is called
    /// positive.
    pub threshold: f64,
}

/// The ROC curve of `scores` against `labels` (pairs beyond the shorter
/// one and NaN scores are skipped): one point per distinct score, highest
/// first, from (0, 0) to (1, 1). Tied scores move both rates at once, so
/// a tie is one diagonal segment. None without both a positive and a
/// negative case.
pub fn roc_curve(scores: &[f64], labels: &[bool]) -> Option<Vec<RocPoint>> {
    let mut pairs: Vec<(f64, bool)> = scores
        .iter()
        .zip(labels)
        .filter(|(s, _)| s.is_finite())
        .map(|(s, l)| (*s, *l))
        .collect();
    let positives = pairs.iter().filter(|(_, l)| *l).count();
    let negatives = pairs.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut points = vec![RocPoint {
        fpr: 0.0,
        tpr: 0.0,
        threshold: f64::INFINITY,
    }];
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut i = 0;
    while i < pairs.len() {
        let score = pairs[i].0;
        while i < pairs.len() && pairs[i].0 == score {
            if pairs[i].1 {
                tp += 1;
            } else {
                fp += 1;
            }
            i += 1;
        }
        points.push(RocPoint {
            fpr: fp as f64 / negatives as f64,
            tpr: tp as f64 / positives as f64,
            threshold: score,
        });
    }
    Some(points)
}

/// The area under a curve of points ordered by false positive rate (the
/// trapezoid rule, which counts a tie as half a win).
pub fn auc(points: &[RocPoint]) -> f64 {
    points
        .windows(2)
        .map(|w| (w[1].fpr - w[0].fpr) * (w[0].tpr + w[1].tpr) / 2.0)
        .sum()
}

/// The point of `points` (highest threshold first) reached by calling
/// positive every score at or above `threshold`; None for NaN.
pub fn point_at(points: &[RocPoint], threshold: f64) -> Option<RocPoint> {
    if threshold.is_nan() {
        return None;
    }
    points.iter().take_while(|p| p.threshold >= threshold).last().copied()
}

/// The cut-offs the `threshold` variant marks when the input names none.
const DEFAULT_THRESHOLDS: [f64; 5] = [0.1, 0.3, 0.5, 0.7, 0.9];

/// Draws `input` as ROC curves in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let curves: Vec<(usize, &Classifier, Vec<RocPoint>)> = input
        .classifiers
        .iter()
        .filter_map(|c| roc_curve(&c.scores, &input.labels).map(|p| (c, p)))
        .enumerate()
        .map(|(i, (c, p))| (i, c, p))
        .collect();
    if curves.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No scores for cases of both classes");
    }
    let unscored = input.classifiers.len() - curves.len();
    let shown: &[(usize, &Classifier, Vec<RocPoint>)] = match variant {
        Variant::Curve => &curves,
        Variant::Threshold => &curves[..1],
    };
    let note = footnote(input, variant, curves.len(), unscored);
    let area = &axes::draw_footnote(area, theme, &note)?;

    let mut legend: Vec<LegendEntry> = shown
        .iter()
        .map(|(i, c, p)| LegendEntry {
            label: format!("{} (AUC {})", c.name, format_auc(auc(p))),
            color: theme.color(*i),
        })
        .collect();
    legend.push(LegendEntry {
        label: String::from("Chance (AUC 0.50)"),
        color: theme.muted,
    });
    // A little room beyond 0 and 1, so a curve along an edge stays whole.
    let x = Axis::linear("False positive rate (1 − specificity)", -0.02, 1.02);
    let y = Axis::linear("True positive rate (sensitivity)", -0.02, 1.02);
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Line)
        .draw(area, theme)?;

    draw_dashed(&plot, (0.0, 0.0), (1.0, 1.0), 40, theme.muted)?;
    for (i, _, points) in shown {
        let stroke = ShapeStyle::from(&theme.color(*i)).stroke_width(theme.line_width);
        plot.draw(&PathElement::new(
            points.iter().map(|p| (p.fpr, p.tpr)).collect::<Vec<_>>(),
            stroke,
        ))?;
    }
    if variant == Variant::Threshold {
        let (i, _, points) = &shown[0];
        draw_thresholds(area, &plot, input, points, theme.color(*i), theme)?;
    }
    Ok(())
}

/// What the chart leaves out, for its footnote.
fn footnote(input: &Input, variant: Variant, scored: usize, unscored: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !input.note.trim().is_empty() {
        parts.push(input.note.trim().to_string());
    }
    if unscored > 0 {
        parts.push(format!(
            "{unscored} classifier{} without scores for both classes not drawn",
            if unscored == 1 { "" } else { "s" }
        ));
    }
    if variant == Variant::Threshold && scored > 1 {
        let others = scored - 1;
        parts.push(format!(
            "{others} other classifier{} in the curve variant",
            if others == 1 { "" } else { "s" }
        ));
    }
    parts.join("; ")
}

/// An AUC to two decimals, three when it rounds to 1.00 but is not 1.
fn format_auc(auc: f64) -> String {
    if (0.995..1.0).contains(&auc) {
        format!("{auc:.3}")
    } else {
        format!("{auc:.2}")
    }
}

/// A dashed line from `a` to `b` in `n` dashes (with gaps between them).
fn draw_dashed<DB: DrawingBackend>(
    plot: &axes::Plot<DB>,
    a: (f64, f64),
    b: (f64, f64),
    n: usize,
    color: RGBColor,
) -> DrawResult<(), DB> {
    let n = n.max(1);
    let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
    for k in 0..n {
        let t0 = k as f64 / n as f64;
        let t1 = (k as f64 + 0.6) / n as f64;
        plot.draw(&PathElement::new(vec![at(t0), at(t1)], color))?;
    }
    Ok(())
}

/// Dots where the cut-offs fall on the curve, each labelled "≥ t" beside
/// it; labels that would overlap an earlier one are left out.
fn draw_thresholds<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    input: &Input,
    points: &[RocPoint],
    color: RGBColor,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let wanted: Vec<f64> = if input.thresholds.iter().any(|t| t.is_finite()) {
        input.thresholds.iter().copied().filter(|t| t.is_finite()).collect()
    } else {
        DEFAULT_THRESHOLDS.to_vec()
    };
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let radius = theme.point_radius + 1;
    let base = area.get_base_pixel();
    let mut taken: Vec<axes::PixelBox> = Vec::new();
    let mut seen: Vec<(f64, f64)> = Vec::new();
    for t in wanted {
        let Some(p) = point_at(points, t) else { continue };
        // Two cut-offs between the same pair of scores land on one point.
        if seen.contains(&(p.fpr, p.tpr)) {
            continue;
        }
        seen.push((p.fpr, p.tpr));
        plot.draw(&Circle::new((p.fpr, p.tpr), radius, color.filled()))?;
        let (px, py) = plot.map_coordinate(&(p.fpr, p.tpr));
        let text = format!("≥ {}", scale::format_value(t));
        let size = axes::text_size(area, &text, &label)?;
        // Right of the dot and a little below: the curve runs up and right.
        let anchor = (px - base.0 + radius as i32 + char_w, py - base.1 + size.1 / 2);
        let bbox = axes::anchored_box(anchor, size, HPos::Left, VPos::Center);
        if taken.iter().any(|b| axes::boxes_overlap(b, &bbox)) {
            continue;
        }
        taken.push(bbox);
        let style = label.color(&color).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(text, anchor, style))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::inked;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn a_perfect_score_has_auc_one_and_a_reversed_one_zero() {
        let labels = [true, true, false, false];
        let perfect = roc_curve(&[0.9, 0.8, 0.3, 0.1], &labels).expect("both classes");
        assert!(close(auc(&perfect), 1.0));
        assert_eq!(perfect.first().map(|p| (p.fpr, p.tpr)), Some((0.0, 0.0)));
        assert_eq!(perfect.last().map(|p| (p.fpr, p.tpr)), Some((1.0, 1.0)));
        let reversed = roc_curve(&[0.1, 0.3, 0.8, 0.9], &labels).expect("both classes");
        assert!(close(auc(&reversed), 0.0));
    }

    #[test]
    fn ties_count_half_as_the_mann_whitney_statistic_does() {
        // Positives 0.9, 0.5, 0.5; negatives 0.5, 0.2. Of the 6 pairs the
        // positive wins 4 (0.9 beats both, each 0.5 beats 0.2) and ties 2
        // (the 0.5s against the negative 0.5): AUC = (4 + 2 / 2) / 6.
        let scores = [0.9, 0.5, 0.5, 0.5, 0.2];
        let labels = [true, true, true, false, false];
        let curve = roc_curve(&scores, &labels).expect("both classes");
        assert!(close(auc(&curve), 5.0 / 6.0), "{}", auc(&curve));
        // One point per distinct score: the tie is one diagonal step.
        let rates: Vec<(f64, f64)> = curve.iter().map(|p| (p.fpr, p.tpr)).collect();
        assert_eq!(rates, vec![(0.0, 0.0), (0.0, 1.0 / 3.0), (0.5, 1.0), (1.0, 1.0)]);
    }

    #[test]
    fn a_constant_score_is_the_diagonal() {
        let curve = roc_curve(&[0.4; 6], &[true, false, true, false, true, false]).expect("both");
        assert!(close(auc(&curve), 0.5));
    }

    #[test]
    fn one_class_nan_scores_and_short_inputs_are_handled() {
        assert!(roc_curve(&[0.1, 0.2], &[true, true]).is_none());
        assert!(roc_curve(&[], &[]).is_none());
        let curve = roc_curve(&[f64::NAN, 0.7, 0.2, 0.9], &[false, true, false]).expect("both");
        // NaN skipped, the fourth score has no label.
        assert_eq!(curve.len(), 3);
        assert!(close(auc(&curve), 1.0));
    }

    #[test]
    fn cut_offs_find_the_point_they_reach() {
        let curve = roc_curve(&[0.9, 0.6, 0.4, 0.1], &[true, false, true, false]).expect("both");
        let at = |t| point_at(&curve, t).map(|p| (p.fpr, p.tpr));
        assert_eq!(at(0.95), Some((0.0, 0.0)));
        assert_eq!(at(0.6), Some((0.5, 0.5)));
        assert_eq!(at(0.5), Some((0.5, 0.5)));
        assert_eq!(at(0.0), Some((1.0, 1.0)));
        assert_eq!(at(f64::NAN), None);
    }

    fn sample() -> Input {
        Input {
            title: String::from("ROC"),
            labels: vec![true, false, true, false, true],
            classifiers: vec![
                Classifier {
                    name: String::from("good"),
                    scores: vec![0.9, 0.2, 0.8, 0.4, 0.7],
                },
                Classifier {
                    name: String::from("blank"),
                    scores: vec![f64::NAN; 5],
                },
            ],
            thresholds: Vec::new(),
            note: String::new(),
        }
    }

    #[test]
    fn the_footnote_says_what_is_missing() {
        let input = sample();
        assert_eq!(
            footnote(&input, Variant::Curve, 1, 1),
            "1 classifier without scores for both classes not drawn"
        );
        assert_eq!(
            footnote(&input, Variant::Threshold, 3, 0),
            "2 other classifiers in the curve variant"
        );
        assert_eq!(footnote(&input, Variant::Threshold, 1, 0), "");
        assert_eq!(format_auc(0.9495), "0.95");
        assert_eq!(format_auc(0.9953), "0.995");
        assert_eq!(format_auc(1.0), "1.00");
    }

    #[test]
    fn both_variants_draw_the_sample() {
        for variant in Variant::ALL {
            let inked = inked(640, 400, |area| {
                draw(area, &sample(), variant, &Theme::light()).expect("draws");
            });
            assert!(inked > 2000, "{variant:?}: {inked}");
        }
    }

    #[test]
    fn degenerate_input_draws_an_empty_state() {
        let inputs = [
            Input::default(),
            Input {
                labels: vec![true; 3],
                classifiers: vec![Classifier {
                    name: String::from("x"),
                    scores: vec![1.0, 2.0, 3.0],
                }],
                ..Input::default()
            },
        ];
        for input in &inputs {
            for variant in Variant::ALL {
                inked(320, 200, |area| {
                    draw(area, input, variant, &Theme::light()).expect("draws");
                });
            }
        }
        // Tiny and huge values, tiny canvases: no panic.
        let mut odd = sample();
        odd.classifiers[0].scores = vec![f64::MAX, -f64::MAX, f64::INFINITY, 0.0, 1e-300];
        odd.thresholds = vec![f64::NAN, f64::MAX, -1.0];
        for (w, h) in [(1, 1), (40, 20), (800, 600)] {
            inked(w, h, |area| {
                draw(area, &odd, Variant::Threshold, &Theme::light()).expect("draws");
            });
        }
    }
}
