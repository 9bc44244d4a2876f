//! # Venn diagram
//!
//! A Venn diagram draws each set as a circle; where circles overlap, items
//! belong to several sets. Every region carries the number of items that
//! belong to exactly that combination of sets, and a note gives the items
//! in none. With two sets the circles are area-proportional: each circle's
//! area matches its set's size and the lens where they overlap matches the
//! shared items (the distance between centres is solved numerically from
//! the exact circle-overlap formula). With three sets the circles are
//! equal and fixed: read the counts, not the areas.
//!
//! ## When to use
//! Two or three sets of the same items (cars, people, genes), when the
//! message is how much they overlap: which items have both properties, or
//! none of them.
//!
//! ## Caveat
//! Beyond three sets circles cannot show every combination: use an
//! `UpSet` plot (a barplot of the combinations) instead. Only the first three sets
//! are drawn here. Three circles cannot be area-proportional in general,
//! so the three-set layout is not to scale: compare the numbers.
//!
//! ## Variants
//! - `three-sets` (default): the first three sets, three equal circles
//!   (not to scale), a count in each of the seven regions.
//! - `two-sets`: the first two sets, area-proportional circles.
//!
//! ## Related
//! barplot, waffle, treemap, circular-packing
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::PI;

/// The data of a Venn diagram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The names of the sets, in order.
    pub sets: Vec<String>,
    /// One row per item: whether it belongs to each set, in the order of
    /// `sets` (missing entries count as "no").
    pub members: Vec<Vec<bool>>,
}

/// The ways to draw a Venn diagram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `two-sets`: The first two sets, area-proportional circles.
    TwoSets,
    /// `three-sets`: The first three sets, three equal circles (not to scale), a count in each of
    /// the seven regions.
    ThreeSets,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::ThreeSets, Variant::TwoSets];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::TwoSets => "two-sets",
            Variant::ThreeSets => "three-sets",
        }
    }
}

/// A circle in layout units (y down).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Disk {
    x: f64,
    y: f64,
    r: f64,
}

/// Draws `input` as a Venn diagram in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let wanted = match variant {
        Variant::TwoSets => 2,
        Variant::ThreeSets => 3,
    };
    let k = input.sets.len().min(wanted);
    let counts = region_counts(&input.members, k);
    let in_any: usize = counts.iter().skip(1).sum();
    if k == 0 || in_any == 0 {
        return axes::draw_empty(area, theme, &input.title, "No item belongs to any set");
    }
    let sizes: Vec<usize> = (0..k)
        .map(|s| {
            counts
                .iter()
                .enumerate()
                .filter(|(mask, _)| mask & (1 << s) != 0)
                .map(|(_, c)| c)
                .sum()
        })
        .collect();
    let disks = match k {
        1 => vec![Disk { x: 0.0, y: 0.0, r: 1.0 }],
        2 => {
            let both = counts.get(3).copied().unwrap_or(0);
            let [a, b] = two_sets(sizes[0] as f64, sizes[1] as f64, both as f64);
            vec![a, b]
        }
        _ => three_sets().to_vec(),
    };

    let m = theme.margin;
    let top = axes::draw_title(area, theme, &input.title)?;
    let label = theme.label_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let note = note(&counts, input.members.len(), k, input.sets.len());
    let area = &axes::draw_footnote(area, theme, &note)?;
    let (w, h) = axes::dims(area);
    let bottom = h - theme.gap;

    // Names go above the first two circles and below the third.
    let name_band = f64::from(lh + theme.gap);
    let room_top = f64::from(top) + name_band;
    let room_bottom = f64::from(bottom) - if k == 3 { name_band } else { 0.0 };
    let (room_w, room_h) = (f64::from(w - 2 * m), room_bottom - room_top);
    let (x0, x1, y0, y1) = extent(&disks);
    let scale = (room_w / (x1 - x0)).min(room_h / (y1 - y0));
    if !(scale.is_finite() && scale > 1.0) {
        return Ok(());
    }
    let ox = f64::from(m) + (room_w - (x1 - x0) * scale) / 2.0 - x0 * scale;
    let oy = room_top + (room_h - (y1 - y0) * scale) / 2.0 - y0 * scale;
    let points = label_points(&disks);
    let disks: Vec<Disk> = disks
        .iter()
        .map(|d| Disk {
            x: ox + d.x * scale,
            y: oy + d.y * scale,
            r: d.r * scale,
        })
        .collect();

    // See-through fills: overlaps read as darker mixes (blended by coverage
    // in a terminal). Outlines carry the shapes; the counts come last, on
    // top of every fill and outline, so no region's number is ever hidden.
    let cells = axes::text_in_cells(area, theme)?;
    for (i, d) in disks.iter().enumerate().filter(|(_, d)| d.r >= 1.0) {
        let at = (d.x.round() as i32, d.y.round() as i32);
        area.draw(&Circle::new(at, d.r.round() as u32, theme.color(i).mix(0.25).filled()))?;
    }
    for (i, d) in disks.iter().enumerate().filter(|(_, d)| d.r >= 1.0) {
        if cells {
            // One dot thin: a filled ring would become a chunky band of blocks.
            let rim = ring_points((d.x, d.y), d.r, 0.0);
            let half = rim.len() / 2;
            let outline = rim.get(..half).unwrap_or_default().to_vec();
            area.draw(&PathElement::new(
                outline,
                ShapeStyle::from(&theme.color(i)).stroke_width(1),
            ))?;
        } else {
            let ring = ring_points((d.x, d.y), d.r, f64::from(theme.line_width.max(1)));
            area.draw(&Polygon::new(ring, theme.color(i).filled()))?;
        }
    }
    let centre = label.pos(Pos::new(HPos::Center, VPos::Center));
    for (mask, point) in points.into_iter().enumerate() {
        let (Some((x, y)), Some(count)) = (point, counts.get(mask)) else {
            continue;
        };
        let at = ((ox + x * scale).round() as i32, (oy + y * scale).round() as i32);
        area.draw(&Text::new(count.to_string(), at, centre.clone()))?;
    }
    let names: Vec<String> = input
        .sets
        .iter()
        .zip(&sizes)
        .map(|(name, size)| format!("{name} ({size})"))
        .collect();
    draw_names(area, theme, &disks, &names)
}

/// The set names by their circles (in pixels): the first reads leftwards
/// from its centre above it, the second rightwards, the third centred
/// below, so that they never collide.
fn draw_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    disks: &[Disk],
    names: &[String],
) -> DrawResult<(), DB> {
    let (w, _) = axes::dims(area);
    let m = f64::from(theme.margin);
    let half_gap = f64::from(theme.gap) / 2.0;
    let bold = theme
        .font_of(theme.label_size)
        .style(FontStyle::Bold)
        .color(&theme.text);
    for (i, (d, name)) in disks.iter().zip(names).enumerate() {
        let color = theme.color(i);
        let style = bold.color(&color);
        let (anchor, room) = match i {
            0 if disks.len() > 1 => (HPos::Right, d.x - m),
            1 => (HPos::Left, f64::from(w) - m - d.x),
            _ => (HPos::Center, f64::from(w) - 2.0 * m),
        };
        let (y, v) = if i == 2 {
            (d.y + d.r + half_gap, VPos::Top)
        } else {
            (d.y - d.r - half_gap, VPos::Bottom)
        };
        let text = axes::fit_text(area, name, &style, room as i32)?;
        area.draw(&Text::new(
            text,
            (d.x.round() as i32, y.round() as i32),
            style.pos(Pos::new(anchor, v)),
        ))?;
    }
    Ok(())
}

/// The footnote under the diagram: the items in no set, whether the areas are
/// to scale, and how many sets were left out.
fn note(counts: &[usize], items: usize, k: usize, sets: usize) -> String {
    let mut notes = vec![format!("{} of {items} in none", counts.first().copied().unwrap_or(0))];
    match k {
        2 => notes.push("areas to scale".to_string()),
        3 => notes.push("circles not to scale: read the counts".to_string()),
        _ => {}
    }
    if sets > 3 {
        notes.push(format!("first {k} of {sets} sets (an UpSet plot shows more)"));
    } else if sets > k {
        notes.push(format!("first {k} of {sets} sets"));
    }
    notes.join("; ")
}

/// The outline of a circle of radius `r` as a filled ring `width` pixels
/// wide (smoother than a stroked circle): the outer rim, then the inner
/// one backwards.
fn ring_points((cx, cy): (f64, f64), r: f64, width: f64) -> Vec<(i32, i32)> {
    let steps = ((2.0 * PI * r / 2.0).ceil() as usize).clamp(12, 4000);
    let rim = |radius: f64| {
        (0..=steps).map(move |k| {
            let a = 2.0 * PI * k as f64 / steps as f64;
            (
                (cx + radius * a.cos()).round() as i32,
                (cy + radius * a.sin()).round() as i32,
            )
        })
    };
    let mut points: Vec<(i32, i32)> = rim(r + width / 2.0).collect();
    points.extend(rim((r - width / 2.0).max(0.0)).collect::<Vec<_>>().into_iter().rev());
    points
}

/// How many items belong to exactly each combination of the first `k`
/// sets: index `mask` has bit `s` set for membership of set `s`; index 0
/// counts the items in none.
fn region_counts(members: &[Vec<bool>], k: usize) -> Vec<usize> {
    let k = k.min(16);
    let mut counts = vec![0; 1 << k];
    for row in members {
        let mask = (0..k)
            .filter(|s| row.get(*s).copied().unwrap_or(false))
            .fold(0, |m, s| m | (1 << s));
        if let Some(c) = counts.get_mut(mask) {
            *c += 1;
        }
    }
    counts
}

/// The area of the lens where circles of radii `r1` and `r2`, `d` apart, overlap.
fn lens_area(r1: f64, r2: f64, d: f64) -> f64 {
    let (r1, r2) = (r1.max(0.0), r2.max(0.0));
    if d >= r1 + r2 {
        return 0.0;
    }
    if d <= (r1 - r2).abs() {
        return PI * r1.min(r2).powi(2);
    }
    let a1 = ((d * d + r1 * r1 - r2 * r2) / (2.0 * d * r1)).clamp(-1.0, 1.0).acos();
    let a2 = ((d * d + r2 * r2 - r1 * r1) / (2.0 * d * r2)).clamp(-1.0, 1.0).acos();
    let k = ((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)).max(0.0);
    r1 * r1 * a1 + r2 * r2 * a2 - 0.5 * k.sqrt()
}

/// The distance between centres at which circles of radii `r1` and `r2`
/// overlap by `target` (bisection: the overlap shrinks as they part).
fn distance_for_overlap(r1: f64, r2: f64, target: f64) -> f64 {
    let (mut lo, mut hi) = ((r1 - r2).abs(), r1 + r2);
    if target <= 0.0 {
        return hi;
    }
    if target >= PI * r1.min(r2).powi(2) {
        return lo;
    }
    for _ in 0..100 {
        let mid = f64::midpoint(lo, hi);
        if lens_area(r1, r2, mid) > target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    f64::midpoint(lo, hi)
}

/// Two area-proportional circles for sets of `a` and `b` items sharing
/// `both`, side by side on the x axis. Disjoint sets keep a small gap.
fn two_sets(a: f64, b: f64, both: f64) -> [Disk; 2] {
    let (ra, rb) = ((a.max(0.0) / PI).sqrt(), (b.max(0.0) / PI).sqrt());
    let mut d = distance_for_overlap(ra, rb, both);
    if both <= 0.0 {
        d += 0.2 * ra.max(rb);
    }
    [Disk { x: 0.0, y: 0.0, r: ra }, Disk { x: d, y: 0.0, r: rb }]
}

/// Three equal unit circles, each centre on the other two's rims: the
/// first two side by side at the top, the third below between them.
fn three_sets() -> [Disk; 3] {
    let h = 3f64.sqrt() / 2.0;
    [
        Disk {
            x: -0.5,
            y: -h / 3.0,
            r: 1.0,
        },
        Disk {
            x: 0.5,
            y: -h / 3.0,
            r: 1.0,
        },
        Disk {
            x: 0.0,
            y: 2.0 * h / 3.0,
            r: 1.0,
        },
    ]
}

/// The bounding box (x0, x1, y0, y1) of the disks, never empty.
fn extent(disks: &[Disk]) -> (f64, f64, f64, f64) {
    let mut e = (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY);
    for d in disks {
        e = (
            e.0.min(d.x - d.r),
            e.1.max(d.x + d.r),
            e.2.min(d.y - d.r),
            e.3.max(d.y + d.r),
        );
    }
    if !(e.1 > e.0 && e.3 > e.2) {
        return (-1.0, 1.0, -1.0, 1.0);
    }
    e
}

/// For each region (indexed by its membership mask, as in
/// [`region_counts`]) the point deepest inside it, farthest from every
/// circle's rim, found on a fine grid; `None` for the outside (mask 0)
/// and for regions the drawing does not have. With two circles (centres
/// on the x axis) points near the axis are preferred, so that the counts
/// line up.
fn label_points(disks: &[Disk]) -> Vec<Option<(f64, f64)>> {
    let n = disks.len().min(8);
    let mut best: Vec<Option<(f64, (f64, f64))>> = vec![None; 1 << n];
    let (x0, x1, y0, y1) = extent(disks);
    // A coarse grid finds every region, a fine one around each find
    // sharpens it. Odd numbers of steps put samples on axes of symmetry.
    let coarse = 41;
    sample(&disks[..n], (x0, x1, y0, y1), coarse, None, &mut best);
    let (dx, dy) = (
        2.0 * (x1 - x0) / f64::from(coarse - 1),
        2.0 * (y1 - y0) / f64::from(coarse - 1),
    );
    for mask in 1..best.len() {
        if let Some(Some((_, (x, y)))) = best.get(mask).copied() {
            sample(&disks[..n], (x - dx, x + dx, y - dy, y + dy), 21, Some(mask), &mut best);
        }
    }
    best.into_iter().map(|b| b.map(|(_, p)| p)).collect()
}

/// Samples a `steps` x `steps` grid over `(x0, x1, y0, y1)`, keeping for
/// each region (or only for region `only`) its best-scoring point.
fn sample(
    disks: &[Disk],
    (x0, x1, y0, y1): (f64, f64, f64, f64),
    steps: u32,
    only: Option<usize>,
    best: &mut [Option<(f64, (f64, f64))>],
) {
    let last = f64::from(steps.max(2) - 1);
    for i in 0..steps {
        for j in 0..steps {
            let x = x0 + (x1 - x0) * f64::from(i) / last;
            let y = y0 + (y1 - y0) * f64::from(j) / last;
            let mut mask = 0;
            let mut clearance = f64::INFINITY;
            for (s, d) in disks.iter().enumerate() {
                let dist = (x - d.x).hypot(y - d.y);
                if dist < d.r {
                    mask |= 1 << s;
                }
                clearance = clearance.min((dist - d.r).abs());
            }
            if mask == 0 || only.is_some_and(|o| o != mask) {
                continue;
            }
            let score = if disks.len() <= 2 {
                clearance - 0.3 * y.abs()
            } else {
                clearance
            };
            if let Some(slot) = best.get_mut(mask) {
                if slot.is_none_or(|(c, _)| score > c + 1e-12) {
                    *slot = Some((score, (x, y)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_count_exact_combinations() {
        let rows = vec![
            vec![true, false],
            vec![true, true],
            vec![false, false],
            vec![true, true],
            vec![false],
        ];
        assert_eq!(region_counts(&rows, 2), vec![2, 1, 0, 2]);
        // Only the first set: the second column is ignored.
        assert_eq!(region_counts(&rows, 1), vec![2, 3]);
    }

    #[test]
    fn notes_say_what_is_not_drawn() {
        assert_eq!(note(&[12, 6, 7, 7], 32, 2, 2), "12 of 32 in none; areas to scale");
        assert_eq!(
            note(&[12, 6, 7, 7], 32, 2, 3),
            "12 of 32 in none; areas to scale; first 2 of 3 sets"
        );
        let five = note(&[0; 8], 10, 3, 5);
        assert!(five.ends_with("first 3 of 5 sets (an UpSet plot shows more)"), "{five}");
    }

    #[test]
    fn the_default_draws_three_sets() {
        assert_eq!(Variant::ALL[0], Variant::ThreeSets);
        assert_eq!(
            note(&[12, 2, 3, 0, 0, 4, 4, 7], 32, 3, 3),
            "12 of 32 in none; circles not to scale: read the counts"
        );
    }

    #[test]
    fn lens_areas_match_the_limits() {
        assert!(lens_area(1.0, 1.0, 2.0).abs() < 1e-12, "touching");
        assert!((lens_area(2.0, 1.0, 0.5) - PI).abs() < 1e-12, "inside");
        // Two unit circles one radius apart share 2π/3 - √3/2.
        let expected = 2.0 * PI / 3.0 - 3f64.sqrt() / 2.0;
        assert!((lens_area(1.0, 1.0, 1.0) - expected).abs() < 1e-12);
    }

    #[test]
    fn two_sets_are_area_proportional() {
        let [a, b] = two_sets(13.0, 14.0, 7.0);
        assert!((PI * a.r * a.r - 13.0).abs() < 1e-9);
        assert!((PI * b.r * b.r - 14.0).abs() < 1e-9);
        assert!((lens_area(a.r, b.r, b.x - a.x) - 7.0).abs() < 1e-6);
        // Disjoint sets do not touch; a subset sits inside.
        let [a, b] = two_sets(4.0, 4.0, 0.0);
        assert!(b.x - a.x > a.r + b.r);
        let [a, b] = two_sets(9.0, 4.0, 4.0);
        assert!(b.x - a.x + b.r <= a.r + 1e-9);
    }

    #[test]
    fn every_region_of_three_sets_gets_a_point_inside_it() {
        let disks = three_sets();
        let points = label_points(&disks);
        assert!(points[0].is_none(), "the outside has no label point");
        for (mask, p) in points.iter().enumerate().skip(1) {
            let (x, y) = p.expect("every region exists");
            for (s, d) in disks.iter().enumerate() {
                let inside = (x - d.x).hypot(y - d.y) < d.r;
                assert_eq!(inside, mask & (1 << s) != 0, "region {mask:03b} at {x},{y}");
            }
        }
        // The triple region's point is the centre of symmetry.
        let (x, y) = points[7].expect("centre");
        assert!(x.abs() < 0.02 && y.abs() < 0.02, "{x},{y}");
    }

    #[test]
    fn two_set_labels_sit_in_their_regions() {
        let disks = two_sets(13.0, 14.0, 7.0);
        let points = label_points(&disks);
        let (a, b) = (points[1].expect("a only"), points[2].expect("b only"));
        let both = points[3].expect("both");
        assert!(a.0 < both.0 && both.0 < b.0);
        assert!(
            a.1.abs() < 1e-9 && b.1.abs() < 1e-9 && both.1.abs() < 1e-9,
            "on the axis"
        );
    }
}
