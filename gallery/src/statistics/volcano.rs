//! # Volcano plot
//!
//! A volcano plot shows the result of testing thousands of things at once
//! (genes, proteins, metabolites) between two conditions: each one is a
//! point at its effect size (the log2 fold change: 1 is twice as much, -1
//! half) across and its significance (-log10 of the p-value: 2 is p = 0.01,
//! 10 is p = 1e-10) up. Strong, certain changes rise into the two upper
//! corners, like the plumes of a volcano; those past both cut-offs (dashed
//! lines) are coloured, and the most significant are named.
//!
//! The `point-size` parameter (`Input::point_scale`) scales the points.
//!
//! ## When to use
//! The whole result of a differential expression (or any many-tests)
//! analysis in one picture: how many things changed, in which direction,
//! by how much, and which stand out.
//!
//! ## Caveat
//! Use p-values corrected for the number of tests (false discovery rate),
//! or one in twenty unchanged genes passes p < 0.05 by chance. A tiny
//! p-value with a small fold change can be real but unimportant, and a huge
//! fold change of a barely expressed gene can be noise: read both axes, and
//! the expression level behind them. The labels are the most significant
//! genes, not necessarily the most interesting.
//!
//! ## Variants
//! - `labelled`: the most significant changes named beside their points
//!   (as many as fit without overlapping).
//! - `plain`: the points and cut-offs only.
//!
//! ## Related
//! manhattan, scatter
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, LegendMark};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One tested feature (a gene) and its result.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gene {
    /// The gene's name, for its label.
    pub name: String,
    /// The log2 fold change: above 0 higher in the first condition.
    pub log2_fc: f64,
    /// The (preferably adjusted) p-value, in 0..=1.
    pub p_value: f64,
}

/// The data of a volcano plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x axis: what the fold change compares, e.g. "log2 fold change,
    /// monocytes / B cells".
    pub x_title: String,
    /// The y axis, e.g. "−log10 adjusted p".
    pub y_title: String,
    /// The genes.
    pub genes: Vec<Gene>,
    /// The fold change cut-off in log2 units (1 = twofold); 0 for none.
    pub fc_threshold: f64,
    /// The p-value cut-off, e.g. 0.05.
    pub p_threshold: f64,
    /// What a significant positive change means, e.g. "Higher in monocytes".
    pub up_label: String,
    /// What a significant negative change means.
    pub down_label: String,
    /// How many of the most significant genes the labelled variant names.
    pub labels: usize,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
    /// Multiplies the theme's point radius (`None`: 1): smaller points
    /// for dense data, bigger ones for a few.
    pub point_scale: Option<f64>,
}

/// The ways to draw a volcano plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `labelled`: The most significant changes named beside their points (as many as fit without
    /// overlapping).
    Labelled,
    /// `plain`: The points and cut-offs only.
    Plain,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Labelled, Variant::Plain];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Labelled => "labelled",
            Variant::Plain => "plain",
        }
    }
}

/// What a gene's result says, given the cut-offs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// Significant and above the fold change cut-off.
    Up,
    /// Significant and below minus the cut-off.
    Down,
    /// Anything else.
    NotSignificant,
}

/// The call for a fold change and p-value: significant needs `p <
/// p_threshold` and `|log2_fc| >= fc_threshold` (a fold change of 0 is
/// never a change).
pub fn classify(log2_fc: f64, p_value: f64, fc_threshold: f64, p_threshold: f64) -> Call {
    let fc_cut = if fc_threshold.is_finite() {
        fc_threshold.abs()
    } else {
        0.0
    };
    let significant = p_value < p_threshold;
    if !significant || !log2_fc.is_finite() || log2_fc == 0.0 || log2_fc.abs() < fc_cut {
        return Call::NotSignificant;
    }
    if log2_fc > 0.0 {
        Call::Up
    } else {
        Call::Down
    }
}

/// -log10 of a p-value: None outside 0..=1 (or NaN); a p-value of exactly
/// 0 (an underflow) is `cap`.
pub fn neg_log10(p: f64, cap: f64) -> Option<f64> {
    if !(0.0..=1.0).contains(&p) {
        return None;
    }
    Some(if p == 0.0 { cap } else { -p.log10() })
}

/// The genes to plot as (gene index, x, y, call): finite fold changes with
/// a p-value in 0..=1; p = 0 at the top of the others. Also how many p = 0.
fn points(input: &Input) -> (Vec<(usize, f64, f64, Call)>, usize) {
    let top = input
        .genes
        .iter()
        .filter(|g| g.log2_fc.is_finite() && g.p_value > 0.0 && g.p_value <= 1.0)
        .map(|g| -g.p_value.log10())
        .fold(0.0f64, f64::max)
        .max(1.0);
    let mut zero = 0;
    let out = input
        .genes
        .iter()
        .enumerate()
        .filter(|(_, g)| g.log2_fc.is_finite())
        .filter_map(|(i, g)| {
            let y = neg_log10(g.p_value, top)?;
            zero += usize::from(g.p_value == 0.0);
            let call = classify(g.log2_fc, g.p_value, input.fc_threshold, input.p_threshold);
            Some((i, g.log2_fc, y, call))
        })
        .collect();
    (out, zero)
}

/// The indices into `pts` of the significant genes, most significant
/// first (the larger fold change first among equals).
fn ranked(pts: &[(usize, f64, f64, Call)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..pts.len()).filter(|k| pts[*k].3 != Call::NotSignificant).collect();
    order.sort_by(|a, b| {
        pts[*b]
            .2
            .total_cmp(&pts[*a].2)
            .then(pts[*b].1.abs().total_cmp(&pts[*a].1.abs()))
    });
    order
}

/// Draws `input` as a volcano plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let sized = theme.with_point_scale(input.point_scale);
    let theme: &Theme = &sized;
    let (pts, zero) = points(input);
    if pts.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No fold changes with a p-value");
    }
    let mut parts: Vec<String> = Vec::new();
    if !input.note.trim().is_empty() {
        parts.push(input.note.trim().to_string());
    }
    let left_out = input.genes.len() - pts.len();
    if left_out > 0 {
        parts.push(format!("{left_out} without a fold change or p-value left out"));
    }
    if zero > 0 {
        parts.push(format!("{zero} with p = 0 drawn at the top"));
    }
    let area = &axes::draw_footnote(area, theme, &parts.join("; "))?;

    let count = |c: Call| pts.iter().filter(|p| p.3 == c).count();
    let (up_color, down_color, ns_color) = (theme.color(3), theme.color(0), theme.muted);
    let legend = [
        LegendEntry {
            label: format!("{} ({})", or(&input.up_label, "Up"), count(Call::Up)),
            color: up_color,
        },
        LegendEntry {
            label: format!("{} ({})", or(&input.down_label, "Down"), count(Call::Down)),
            color: down_color,
        },
        LegendEntry {
            label: format!("Not significant ({})", count(Call::NotSignificant)),
            color: ns_color,
        },
    ];
    let reach = pts
        .iter()
        .fold(0.0f64, |m, p| m.max(p.1.abs()))
        .max(input.fc_threshold.abs() * 1.2);
    let reach = if reach.is_finite() && reach > 0.0 { reach } else { 1.0 };
    let top = pts.iter().fold(0.0f64, |m, p| m.max(p.2));
    let x = Axis::linear(or(&input.x_title, "log2 fold change"), -reach, reach).padded(0.04);
    let y = Axis::zero_based(or(&input.y_title, "−log10 p"), top * 1.04);
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Point)
        .draw(area, theme)?;

    let in_cells = axes::text_in_cells(area, theme)?;
    // Dashes a text row long (three in a terminal, where a row is coarse)
    // so the cut-offs stay lighter than the data; in a terminal they take
    // the grid's colour.
    let (pw, ph) = axes::dims(&plot);
    let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
    let dash_px = if in_cells { line_h * 3 } else { line_h };
    let dashes = |len: i32| (len / dash_px.max(1)).clamp(4, 60) as usize;
    let cut_color = if in_cells { theme.grid } else { theme.muted };
    let cut_y = neg_log10(input.p_threshold, top).filter(|v| *v > 0.0 && *v < y.max);
    if let Some(cy) = cut_y {
        draw_dashed(&plot, (x.min, cy), (x.max, cy), dashes(pw), cut_color)?;
    }
    let fc_cut = input.fc_threshold.abs();
    if fc_cut > 0.0 && fc_cut < x.max {
        for cx in [-fc_cut, fc_cut] {
            draw_dashed(&plot, (cx, 0.0), (cx, y.max), dashes(ph), cut_color)?;
        }
    }

    let radius = theme.point_radius;
    for call in [Call::NotSignificant, Call::Down, Call::Up] {
        let color = match call {
            Call::Up => up_color,
            Call::Down => down_color,
            Call::NotSignificant => ns_color,
        };
        // See-through on paper, so dense clusters show their density.
        let style = if in_cells {
            color.filled()
        } else {
            color.mix(0.7).filled()
        };
        for p in pts.iter().filter(|p| p.3 == call) {
            plot.draw(&Circle::new((p.1, p.2), radius, style))?;
        }
    }
    if variant == Variant::Labelled {
        draw_labels(area, &plot, input, &pts, theme)?;
    }
    Ok(())
}

/// `text`, or `fallback` when it is blank.
fn or<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.trim().is_empty() {
        fallback
    } else {
        text
    }
}

/// Names the most significant genes beside their points, outward (right
/// of points on the right, left of points on the left) or else inward,
/// skipping any label that would overlap one already written or leave the
/// plot.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    input: &Input,
    pts: &[(usize, f64, f64, Call)],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let bounds = (px.start - base.0, py.start - base.1, px.end - base.0, py.end - base.1);
    let mut taken: Vec<axes::PixelBox> = Vec::new();
    for k in ranked(pts).into_iter().take(input.labels) {
        let (i, fc, y, _) = pts[k];
        let Some(gene) = input.genes.get(i) else { continue };
        let (gx, gy) = plot.map_coordinate(&(fc, y));
        let (gx, gy) = (gx - base.0, gy - base.1);
        let size = axes::text_size(area, &gene.name, &label)?;
        let offset = theme.point_radius as i32 + char_w / 2;
        let right = ((gx + offset, gy), HPos::Left);
        let left = ((gx - offset, gy), HPos::Right);
        // Outward first; inward when the plot's edge is in the way.
        let sides = if fc >= 0.0 { [right, left] } else { [left, right] };
        let free = sides.into_iter().find_map(|(anchor, h_pos)| {
            let bbox = axes::anchored_box(anchor, size, h_pos, VPos::Center);
            let inside = bbox.0 >= bounds.0 && bbox.2 <= bounds.2 && bbox.1 >= bounds.1 && bbox.3 <= bounds.3;
            (inside && !taken.iter().any(|b| axes::boxes_overlap(b, &bbox))).then_some((anchor, h_pos, bbox))
        });
        let Some((anchor, h_pos, bbox)) = free else { continue };
        taken.push(bbox);
        area.draw(&Text::new(
            gene.name.clone(),
            anchor,
            label.pos(Pos::new(h_pos, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// A dashed line from `a` to `b` in `n` dashes.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::inked;

    #[test]
    fn calls_need_both_cut_offs() {
        assert_eq!(classify(2.0, 0.01, 1.0, 0.05), Call::Up);
        assert_eq!(classify(-1.0, 0.01, 1.0, 0.05), Call::Down, "the cut-off itself counts");
        assert_eq!(classify(0.5, 1e-20, 1.0, 0.05), Call::NotSignificant);
        assert_eq!(classify(3.0, 0.05, 1.0, 0.05), Call::NotSignificant, "p must be below");
        assert_eq!(classify(3.0, f64::NAN, 1.0, 0.05), Call::NotSignificant);
        assert_eq!(classify(0.0, 0.001, 0.0, 0.05), Call::NotSignificant);
        assert_eq!(classify(-0.1, 0.001, f64::NAN, 0.05), Call::Down);
    }

    #[test]
    fn significance_is_minus_log10_p() {
        assert_eq!(neg_log10(0.01, 9.0), Some(2.0));
        assert_eq!(neg_log10(1.0, 9.0), Some(0.0));
        assert_eq!(neg_log10(0.0, 9.0), Some(9.0));
        assert_eq!(neg_log10(1.5, 9.0), None);
        assert_eq!(neg_log10(f64::NAN, 9.0), None);
    }

    fn gene(name: &str, log2_fc: f64, p_value: f64) -> Gene {
        Gene {
            name: name.to_string(),
            log2_fc,
            p_value,
        }
    }

    fn sample() -> Input {
        Input {
            title: String::from("Monocytes vs B cells"),
            genes: vec![
                gene("LYZ", 5.0, 1e-60),
                gene("CD79A", -6.0, 1e-50),
                gene("ACTB", 0.2, 0.4),
                gene("ZERO", 2.0, 0.0),
                gene("BAD", f64::NAN, 0.1),
                gene("MILD", 1.5, 1e-3),
            ],
            fc_threshold: 1.0,
            p_threshold: 0.05,
            labels: 10,
            ..Input::default()
        }
    }

    #[test]
    fn p_of_zero_goes_to_the_top_and_labels_go_by_significance() {
        let (pts, zero) = points(&sample());
        assert_eq!(zero, 1);
        assert_eq!(pts.len(), 5, "the NaN fold change is left out");
        let zero_y = pts.iter().find(|p| p.0 == 3).map(|p| p.2);
        assert_eq!(zero_y, Some(60.0));
        let names: Vec<usize> = ranked(&pts).into_iter().map(|k| pts[k].0).collect();
        // p = 0 and LYZ tie at the top: the larger fold change wins (LYZ 5 > 2).
        assert_eq!(names, vec![0, 3, 1, 5]);
    }

    #[test]
    fn both_variants_draw_the_sample() {
        for variant in Variant::ALL {
            let inked = inked(600, 400, |area| {
                draw(area, &sample(), variant, &Theme::light()).expect("draws");
            });
            assert!(inked > 3000, "{variant:?}: {inked}");
        }
    }

    #[test]
    fn degenerate_input_does_not_panic() {
        let mut one = sample();
        one.genes.truncate(1);
        let mut flat = sample();
        flat.genes = vec![gene("a", 0.0, 1.0), gene("b", 0.0, 1.0)];
        flat.fc_threshold = f64::NAN;
        flat.p_threshold = f64::NAN;
        let mut huge = sample();
        huge.genes = vec![gene("a", f64::MAX, f64::MIN_POSITIVE), gene("b", -f64::MAX, 1.0)];
        for input in [Input::default(), one, flat, huge] {
            for variant in Variant::ALL {
                for (w, h) in [(1, 1), (60, 30), (400, 300)] {
                    inked(w, h, |area| {
                        draw(area, &input, variant, &Theme::light()).expect("draws");
                    });
                }
            }
        }
    }

    #[test]
    fn point_scale_changes_the_points_drawn() {
        let input = sample();
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Labelled, &Theme::light()).expect("draws");
            })
        };
        let big = Input {
            point_scale: Some(2.0),
            ..input.clone()
        };
        let same = Input {
            point_scale: Some(1.0),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&big));
        assert_eq!(draw_it(&input), draw_it(&same));
    }
}
