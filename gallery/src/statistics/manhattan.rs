//! # Manhattan plot
//!
//! A Manhattan plot shows a genome-wide association study (GWAS): one point
//! per genetic variant (SNP), placed along the genome chromosome after
//! chromosome, as high as its evidence of association with the trait
//! (-log10 of the p-value: 8 is p = 1e-8). Chromosomes alternate colours so
//! their borders show. Most points form a low band; real signals rise as
//! towers, like skyscrapers above a city, and those above the genome-wide
//! significance line (p = 5e-8) count as discoveries.
//!
//! The `significance` parameter moves the genome-wide line
//! (`Input::genome_wide`), and with it what `highlight` colours.
//!
//! ## When to use
//! The overview of a GWAS (or any scan of many positions along a genome):
//! where the signals are and how strong.
//!
//! ## Caveat
//! A tower is a region, not a gene: neighbouring SNPs are inherited
//! together and rise together, and the gene named beside the tower is only
//! the nearest one. The genome-wide line corrects for about a million
//! independent tests; a point between it and the suggestive line (1e-5) is
//! a lead to replicate, not a finding. Check the inflation of the whole
//! scan (a QQ plot) before trusting any tower.
//!
//! ## Variants
//! - `genome`: every SNP, chromosomes in two alternating colours, with the
//!   genome-wide and suggestive lines.
//! - `highlight`: the chromosomes in greys and the significant regions in
//!   colour, each region's strongest SNP named by its gene.
//!
//! ## Related
//! volcano, scatter
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, LegendMark};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One tested variant.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snp {
    /// The variant's id, e.g. "rs8050136".
    pub name: String,
    /// The nearest gene, e.g. "FTO"; "" when unknown.
    pub gene: String,
    /// The chromosome: "1" to "22", "X", "Y", "MT" (a "chr" prefix is fine).
    pub chromosome: String,
    /// The position on the chromosome, in base pairs.
    pub position: f64,
    /// The association p-value, in 0..=1.
    pub p: f64,
}

/// The data of a Manhattan plot, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The variants.
    pub snps: Vec<Snp>,
    /// The genome-wide significance level, usually 5e-8.
    pub genome_wide: f64,
    /// The suggestive level, usually 1e-5; NaN for none.
    pub suggestive: f64,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
}

/// The ways to draw a Manhattan plot, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `genome`: Every SNP, chromosomes in two alternating colours, with the genome-wide and
    /// suggestive lines.
    Genome,
    /// `highlight`: The chromosomes in greys and the significant regions in colour, each region's
    /// strongest SNP named by its gene.
    Highlight,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Genome, Variant::Highlight];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Genome => "genome",
            Variant::Highlight => "highlight",
        }
    }
}

/// Where a chromosome name sorts: 1 to 22 by number, then X, Y, XY, MT,
/// then any other name alphabetically (a "chr" prefix is ignored).
pub fn chromosome_rank(name: &str) -> (u32, String) {
    let trimmed = name.trim();
    let bare = trimmed
        .strip_prefix("chr")
        .or_else(|| trimmed.strip_prefix("Chr"))
        .or_else(|| trimmed.strip_prefix("CHR"))
        .unwrap_or(trimmed);
    if let Ok(n) = bare.parse::<u32>() {
        return (n, String::new());
    }
    let rank = match bare.to_ascii_uppercase().as_str() {
        "X" => 1_000,
        "Y" => 1_001,
        "XY" => 1_002,
        "M" | "MT" => 1_003,
        _ => 2_000,
    };
    (rank, bare.to_string())
}

/// One chromosome's stretch of the x axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// The chromosome's name, without a "chr" prefix.
    pub name: String,
    /// Where the chromosome starts on the x axis.
    pub offset: f64,
    /// The lowest and highest position seen on it.
    pub first: f64,
    /// See `first`.
    pub last: f64,
}

/// The chromosomes of `snps` in genome order, laid end to end: each as long
/// as the positions seen on it, with a gap of 1% of the total between.
pub fn layout(snps: &[Snp]) -> Vec<Span> {
    let mut spans: Vec<(u32, String, f64, f64)> = Vec::new();
    for s in snps.iter().filter(|s| s.position.is_finite()) {
        let (rank, tail) = chromosome_rank(&s.chromosome);
        let name = if tail.is_empty() { rank.to_string() } else { tail };
        match spans.iter_mut().find(|c| c.1 == name) {
            Some(c) => {
                c.2 = c.2.min(s.position);
                c.3 = c.3.max(s.position);
            }
            None => spans.push((rank, name, s.position, s.position)),
        }
    }
    spans.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let total: f64 = spans.iter().map(|c| (c.3 - c.2).max(1.0)).sum();
    let gap = total * 0.01;
    let mut offset = 0.0;
    spans
        .into_iter()
        .map(|(_, name, first, last)| {
            let span = Span {
                name,
                offset,
                first,
                last,
            };
            offset += (last - first).max(1.0) + gap;
            span
        })
        .collect()
}

/// The x of a position on chromosome span `span`.
fn genome_x(span: &Span, position: f64) -> f64 {
    span.offset + (position - span.first)
}

/// The lead SNPs of the significant regions: the strongest SNP below
/// `level`, then the strongest one more than `window` base pairs away
/// from every lead so far on its chromosome, and so on. Indices into
/// `snps`, strongest first.
pub fn leads(snps: &[Snp], level: f64, window: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..snps.len())
        .filter(|i| snps[*i].p > 0.0 && snps[*i].p < level && snps[*i].position.is_finite())
        .collect();
    order.sort_by(|a, b| snps[*a].p.total_cmp(&snps[*b].p));
    let mut out: Vec<usize> = Vec::new();
    for i in order {
        let s = &snps[i];
        let near = out.iter().any(|l| {
            let lead = &snps[*l];
            chromosome_rank(&lead.chromosome) == chromosome_rank(&s.chromosome)
                && (lead.position - s.position).abs() <= window
        });
        if !near {
            out.push(i);
        }
    }
    out
}

/// How far from a lead SNP its region reaches, in base pairs.
const REGION: f64 = 500_000.0;

/// Draws `input` as a Manhattan plot in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let snps: Vec<Snp> = input
        .snps
        .iter()
        .filter(|s| s.position.is_finite() && s.p > 0.0 && s.p <= 1.0)
        .cloned()
        .collect();
    let spans = layout(&snps);
    if snps.is_empty() || spans.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No positions with a p-value");
    }
    let dropped = input.snps.len() - snps.len();
    let mut parts: Vec<String> = vec![input.note.trim().to_string()];
    if dropped > 0 {
        parts.push(format!("{dropped} SNPs without a position or p-value left out"));
    }
    parts.retain(|p| !p.is_empty());
    let area = &axes::draw_footnote(area, theme, &parts.join("; "))?;

    let level = |v: f64| (v.is_finite() && v > 0.0 && v < 1.0).then(|| -v.log10());
    let genome_wide = level(input.genome_wide);
    let suggestive = level(input.suggestive);
    let top = snps
        .iter()
        .map(|s| -s.p.log10())
        .chain(genome_wide)
        .fold(1.0f64, f64::max);
    let span_of = |s: &Snp| {
        let (rank, tail) = chromosome_rank(&s.chromosome);
        let name = if tail.is_empty() { rank.to_string() } else { tail };
        spans.iter().position(|c| c.name == name)
    };
    let end = spans.last().map_or(1.0, |c| c.offset + (c.last - c.first).max(1.0));
    // The frame's x axis is one nameless category: chromosome names are
    // written below, at each chromosome's middle.
    let x = Axis::categories("Chromosome", vec![String::new()]);
    let to_x = |g: f64| -0.5 + g / end;
    let y = Axis::zero_based("−log10 p", top * 1.08);
    let legend = legend(input, genome_wide.is_some(), suggestive.is_some(), theme);
    let plot = Frame::new(&input.title, &x, &y)
        .legend(&legend)
        .legend_mark(LegendMark::Line)
        .draw(area, theme)?;

    let in_cells = axes::text_in_cells(area, theme)?;
    let lead_list = match (variant, input.genome_wide.is_finite()) {
        (Variant::Highlight, true) => leads(&snps, input.genome_wide, REGION),
        _ => Vec::new(),
    };
    let in_region = |s: &Snp| {
        lead_list.iter().any(|l| {
            let lead = &snps[*l];
            chromosome_rank(&lead.chromosome) == chromosome_rank(&s.chromosome)
                && (lead.position - s.position).abs() <= REGION
        })
    };
    let (even, odd) = match variant {
        Variant::Genome => (theme.color(0), theme.color(5)),
        Variant::Highlight => (theme.muted, mix(theme.muted, theme.background, 0.5)),
    };
    let radius = if in_cells {
        1
    } else {
        theme.point_radius.saturating_sub(2).max(2)
    };
    let mut highlighted: Vec<(f64, f64)> = Vec::new();
    let mut peaks = vec![0.0f64; spans.len()];
    for s in &snps {
        let Some(k) = span_of(s) else { continue };
        let p = (to_x(genome_x(&spans[k], s.position)), -s.p.log10());
        peaks[k] = peaks[k].max(p.1);
        if variant == Variant::Highlight && s.p < input.suggestive.max(input.genome_wide) && in_region(s) {
            highlighted.push(p);
            continue;
        }
        let color = if k % 2 == 0 { even } else { odd };
        plot.draw(&Circle::new(p, radius, color.filled()))?;
    }
    for p in highlighted {
        plot.draw(&Circle::new(p, radius + 1, theme.color(3).filled()))?;
    }
    if let Some(g) = genome_wide {
        draw_dashed(&plot, g, 80, theme.color(3))?;
    }
    if let Some(s) = suggestive.filter(|s| Some(*s) != genome_wide) {
        draw_dashed(&plot, s, 80, theme.muted)?;
    }
    let order = label_order(&peaks, genome_wide.unwrap_or(f64::INFINITY));
    draw_chromosome_names(area, &plot, &spans, &order, end, theme, in_cells)?;
    if variant == Variant::Highlight {
        let named: Vec<(f64, f64, String)> = lead_list
            .iter()
            .filter_map(|l| {
                let s = &snps[*l];
                let k = span_of(s)?;
                let name = if s.gene.trim().is_empty() { &s.name } else { &s.gene };
                Some((to_x(genome_x(&spans[k], s.position)), -s.p.log10(), name.clone()))
            })
            .collect();
        draw_lead_names(area, &plot, &named, theme)?;
    }
    Ok(())
}

/// The legend: the significance lines drawn.
fn legend(input: &Input, genome_wide: bool, suggestive: bool, theme: &Theme) -> Vec<LegendEntry> {
    let mut out = Vec::new();
    if genome_wide {
        out.push(LegendEntry {
            label: format!("Genome-wide significance (p = {})", format_p(input.genome_wide)),
            color: theme.color(3),
        });
    }
    if suggestive {
        out.push(LegendEntry {
            label: format!("Suggestive (p = {})", format_p(input.suggestive)),
            color: theme.muted,
        });
    }
    out
}

/// A p-value level for a legend: 5e-8, 1e-5, 0.05.
fn format_p(p: f64) -> String {
    if p >= 0.001 {
        format!("{p}")
    } else {
        let exp = p.log10().floor();
        let mantissa = p / 10f64.powf(exp);
        format!("{}e{}", (mantissa * 10.0).round() / 10.0, exp as i32)
    }
}

/// `a` moved towards `b` by `t` (0 is `a`, 1 is `b`).
fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let m = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// A dashed horizontal line across the plot at height `y`.
fn draw_dashed<DB: DrawingBackend>(plot: &axes::Plot<DB>, y: f64, n: usize, color: RGBColor) -> DrawResult<(), DB> {
    let n = n.max(1);
    for k in 0..n {
        let x0 = -0.5 + k as f64 / n as f64;
        let x1 = -0.5 + (k as f64 + 0.6) / n as f64;
        plot.draw(&PathElement::new(vec![(x0, y), (x1, y)], color))?;
    }
    Ok(())
}

/// The order in which chromosome names claim their place under the plot:
/// chromosomes with a significant peak (at or above `level`, in
/// -log10 p) first, strongest first, then the rest in genome order, so
/// the towers are always named when names must be thinned.
pub fn label_order(peaks: &[f64], level: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..peaks.len()).collect();
    let strong = |k: usize| peaks[k] >= level;
    order.sort_by(|a, b| {
        strong(*b)
            .cmp(&strong(*a))
            .then_with(|| match (strong(*a), strong(*b)) {
                (true, true) => peaks[*b].total_cmp(&peaks[*a]),
                _ => a.cmp(b),
            })
    });
    order
}

/// The chromosome names under the plot, each at its chromosome's middle,
/// placed in `order`; names that would touch one already written are left
/// out.
fn draw_chromosome_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    spans: &[Span],
    order: &[usize],
    end: f64,
    theme: &Theme,
    in_cells: bool,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let base = area.get_base_pixel();
    let (_, py) = plot.get_pixel_range();
    // Where the frame writes x tick labels: just below the plot.
    let drop = if in_cells { theme.gap / 2 } else { line_h / 2 + 2 };
    let y = py.end - base.1 + drop;
    let mut taken: Vec<axes::PixelBox> = Vec::new();
    for span in order.iter().filter_map(|k| spans.get(*k)) {
        let middle = span.offset + (span.last - span.first).max(1.0) / 2.0;
        let (px, _) = plot.map_coordinate(&(-0.5 + middle / end, 0.0));
        let size = axes::text_size(area, &span.name, &label)?;
        let bbox = axes::anchored_box((px - base.0, y), (size.0 + char_w, size.1), HPos::Center, VPos::Top);
        if taken.iter().any(|b| axes::boxes_overlap(b, &bbox)) {
            continue;
        }
        taken.push(bbox);
        let style = label.pos(Pos::new(HPos::Center, VPos::Top));
        area.draw(&Text::new(span.name.clone(), (px - base.0, y), style))?;
    }
    Ok(())
}

/// The lead SNPs' names above their points, strongest first; a name that
/// would overlap an earlier one or leave the plot is left out.
fn draw_lead_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &axes::Plot<DB>,
    named: &[(f64, f64, String)],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let ink = theme.color(3);
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let bounds = (px.start - base.0, py.start - base.1, px.end - base.0, py.end - base.1);
    let mut taken: Vec<axes::PixelBox> = Vec::new();
    for (x, y, name) in named {
        let (gx, gy) = plot.map_coordinate(&(*x, *y));
        let anchor = (gx - base.0, gy - base.1 - theme.point_radius as i32 - 2);
        let size = axes::text_size(area, name, &label)?;
        let bbox = axes::anchored_box(anchor, size, HPos::Center, VPos::Bottom);
        let inside = bbox.0 >= bounds.0 && bbox.2 <= bounds.2 && bbox.1 >= bounds.1 && bbox.3 <= bounds.3;
        if !inside || taken.iter().any(|b| axes::boxes_overlap(b, &bbox)) {
            continue;
        }
        taken.push(bbox);
        let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Bottom));
        area.draw(&Text::new(name.clone(), anchor, style))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::inked;

    fn snp(chromosome: &str, position: f64, p: f64) -> Snp {
        Snp {
            name: format!("rs{position}"),
            gene: String::new(),
            chromosome: chromosome.to_string(),
            position,
            p,
        }
    }

    #[test]
    fn chromosomes_sort_as_in_a_genome() {
        let mut names = vec!["X", "chr10", "2", "MT", "1", "Y", "unplaced"];
        names.sort_by_key(|n| chromosome_rank(n));
        assert_eq!(names, ["1", "2", "chr10", "X", "Y", "MT", "unplaced"]);
    }

    #[test]
    fn chromosomes_are_laid_end_to_end_with_gaps() {
        let snps = [
            snp("2", 100.0, 0.5),
            snp("1", 50.0, 0.5),
            snp("1", 250.0, 0.5),
            snp("2", 400.0, 0.5),
        ];
        let spans = layout(&snps);
        assert_eq!(spans.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["1", "2"]);
        // Spans of 200 and 300: the gap is 1% of 500.
        assert_eq!((spans[0].offset, spans[0].first, spans[0].last), (0.0, 50.0, 250.0));
        assert_eq!(spans[1].offset, 205.0);
        assert_eq!(genome_x(&spans[1], 400.0), 505.0);
        assert!(layout(&[snp("1", f64::NAN, 0.1)]).is_empty());
    }

    #[test]
    fn a_region_has_one_lead_the_strongest() {
        let snps = [
            snp("16", 53_800_000.0, 1e-16),
            snp("16", 53_900_000.0, 1e-12),
            snp("16", 54_600_000.0, 1e-9),
            snp("2", 227_000_000.0, 3e-8),
            snp("2", 227_100_000.0, 1e-3),
            snp("3", 1.0, 0.0),
        ];
        // The second SNP is 100 kb from the first: same region. The third
        // is 800 kb away: a region of its own. p = 0 is not a p-value here.
        assert_eq!(leads(&snps, 5e-8, REGION), vec![0, 2, 3]);
        assert!(leads(&snps, 1e-20, REGION).is_empty());
    }

    #[test]
    fn towers_are_named_first() {
        // Chromosome 3 (index 2) and 1 (index 0) pass the line, 3 higher.
        assert_eq!(label_order(&[8.0, 2.0, 16.0, 3.0], 7.3), vec![2, 0, 1, 3]);
        assert_eq!(label_order(&[1.0, 2.0], f64::INFINITY), vec![0, 1]);
        assert!(label_order(&[], 7.3).is_empty());
    }

    #[test]
    fn levels_read_as_written() {
        assert_eq!(format_p(5e-8), "5e-8");
        assert_eq!(format_p(1e-5), "1e-5");
        assert_eq!(format_p(0.05), "0.05");
    }

    fn sample() -> Input {
        let mut snps: Vec<Snp> = (0..300)
            .map(|i| {
                let c = (i % 22 + 1).to_string();
                snp(&c, f64::from(i) * 1e6, (f64::from(i % 17) + 1.0) / 20.0)
            })
            .collect();
        snps.push(Snp {
            gene: String::from("FTO"),
            ..snp("16", 53_800_000.0, 3.9e-17)
        });
        Input {
            title: String::from("Body fat"),
            snps,
            genome_wide: 5e-8,
            suggestive: 1e-5,
            note: String::new(),
        }
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
        one.snps.truncate(1);
        let mut odd = sample();
        odd.snps = vec![snp("1", f64::MAX, 1e-300), snp("", -f64::MAX, 1.0), snp("1", 0.0, 2.0)];
        odd.genome_wide = f64::NAN;
        odd.suggestive = 5.0;
        for input in [Input::default(), one, odd] {
            for variant in Variant::ALL {
                for (w, h) in [(1, 1), (60, 30), (400, 300)] {
                    inked(w, h, |area| {
                        draw(area, &input, variant, &Theme::light()).expect("draws");
                    });
                }
            }
        }
    }
}
