//! # Circular packing
//!
//! Circular packing draws every item as a circle whose area is
//! proportional to its value, packed tightly together; in the nested form,
//! the items of a group (the countries of a continent) are packed inside
//! the group's own circle, and the groups are packed in turn. Circles are
//! placed by the front-chain algorithm of Wang et al. (2006), as in d3's
//! `pack`, largest first, so the biggest sit in the middle; names and
//! values are written where they fit. Each group has its own colour;
//! beyond the palette's colours the smallest groups are gathered into one
//! "Other", and the note says so.
//!
//! ## When to use
//! A hierarchy of one or two levels with dozens to hundreds of items, when
//! the message is the groups and their few largest members, and a
//! friendlier, more organic look than a treemap is worth some precision.
//!
//! ## Caveat
//! Compare areas, not radii: a circle twice as wide holds four times the
//! value, and eyes judge circle areas poorly anyway. Packing wastes the
//! space between circles, so a treemap shows the same data larger and
//! more precisely; to rank the items, use a barplot. Values must be
//! positive (others are skipped, with a note).
//!
//! ## Variants
//! - `nested` (default): the items (the countries) packed inside one
//!   circle per group of the first level (the continent), named at its
//!   top; the groups packed together.
//! - `one-level`: one circle per item of the last level of the path (the
//!   countries), all packed together, coloured by the first level (the
//!   continent, named by the legend).
//!
//! ## Related
//! treemap, bubble, pie, donut
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

/// The data of a circular packing chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the values (the areas) measure, e.g. "Population".
    pub value_title: String,
    /// The items, each a circle whose area is its value.
    pub leaves: Vec<Leaf>,
}

/// The ways to draw a circular packing chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `one-level`: One circle per item of the last level of the path (the countries), all packed
    /// together, coloured by the first level (the continent, named by the legend).
    OneLevel,
    /// `nested`: The items (the countries) packed inside one circle per group of the first level
    /// (the continent), named at its top; the groups packed together.
    Nested,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Nested, Variant::OneLevel];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::OneLevel => "one-level",
            Variant::Nested => "nested",
        }
    }
}

/// A circle: centre and radius.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Disk {
    /// Centre x, in layout units.
    pub x: f64,
    /// Centre y, in layout units.
    pub y: f64,
    /// Radius, in layout units.
    pub r: f64,
}

/// A circle to draw, in layout units, with its label and group.
struct Bubble {
    disk: Disk,
    name: String,
    value: f64,
    group: usize,
}

/// Space kept around each group's items, as a share of its radius.
const GROUP_PAD: f64 = 0.05;

/// Draws `input` as a circular packing chart in the style of `variant`, filling `area`, with
/// `theme`'s colours, fonts and sizes; input with nothing to draw gets a message instead of a
/// chart.
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
        return axes::draw_empty(area, theme, &input.title, "No positive values to pack");
    }
    let (bubbles, outer) = match variant {
        Variant::Nested if nested => nested_layout(&groups),
        _ => flat_layout(&groups),
    };

    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, &input.title)?;
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
    let (_, lh) = axes::text_size(area, "Ag", &theme.label_style())?;
    // Group names sit on the top of their circles: keep half a line free above.
    let top = top + if variant == Variant::Nested { lh / 2 } else { 0 };
    let (room_w, room_h) = (f64::from(w - 2 * m), f64::from(bottom - top));
    let scale = room_w.min(room_h) / 2.0 / outer.r;
    if !(scale.is_finite() && scale > 0.0) || room_w < 2.0 || room_h < 2.0 {
        return Ok(());
    }
    let (cx, cy) = (f64::from(m) + room_w / 2.0, f64::from(top) + room_h / 2.0);
    let to_px = |d: &Disk| Disk {
        x: cx + (d.x - outer.x) * scale,
        y: cy + (d.y - outer.y) * scale,
        r: d.r * scale,
    };
    let at = |d: &Disk| (d.x.round() as i32, d.y.round() as i32);

    // Group circles first, pale, with an outline that also shows in a terminal.
    let group_disks: Vec<(usize, Disk)> = if variant == Variant::Nested && nested {
        group_circles(&bubbles).iter().map(|(g, d)| (*g, to_px(d))).collect()
    } else {
        Vec::new()
    };
    for (g, d) in &group_disks {
        let color = theme.color(*g);
        let r = d.r.round() as u32;
        area.draw(&Circle::new(at(d), r, color.mix(0.12).filled()))?;
        area.draw(&Circle::new(at(d), r, ShapeStyle::from(&color).stroke_width(1)))?;
    }
    let bubbles: Vec<Bubble> = bubbles
        .into_iter()
        .map(|b| Bubble {
            disk: to_px(&b.disk),
            ..b
        })
        .collect();
    // A pixel of air between neighbours, more where circles are large.
    let air = (f64::from(theme.line_width) / 2.0).max(0.5);
    for b in &bubbles {
        let r = (b.disk.r - air).max(1.0);
        area.draw(&Circle::new(
            at(&b.disk),
            r.round() as u32,
            theme.color(b.group).filled(),
        ))?;
    }
    draw_bubble_labels(area, theme, &bubbles)?;
    draw_group_names(area, theme, &groups, &group_disks)
}

/// Each circle's name and value inside it where they fit (in pixels).
fn draw_bubble_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    bubbles: &[Bubble],
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (char_w, lh) = axes::text_size(area, "0", &label)?;
    let lh = f64::from(lh);
    let pad = f64::from(theme.gap) / 2.0;
    // The width of the circle at `half_h` above or below its centre, less a margin.
    let chord = |r: f64, half_h: f64| 2.0 * (r * r - half_h * half_h).max(0.0).sqrt() - 2.0 * pad;
    for b in bubbles {
        let Disk { x, y, r } = b.disk;
        let (x, y) = (x.round() as i32, y.round() as i32);
        let ink = Theme::text_on(theme.color(b.group));
        let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
        let value = scale::format_value(b.value);
        // Name and value on two lines where they fit, else the name alone.
        let two_room = chord(r, lh) as i32;
        if 2.0 * lh <= 1.6 * r && axes::text_size(area, &value, &label)?.0 <= two_room {
            let name = axes::fit_text(area, &b.name, &label, two_room)?;
            if name.chars().count() >= b.name.chars().count().min(5) {
                let half = (lh / 2.0).round() as i32;
                area.draw(&Text::new(name, (x, y - half), style.clone()))?;
                area.draw(&Text::new(value, (x, y + half), style))?;
                continue;
            }
        }
        let one_room = chord(r, lh / 2.0) as i32;
        if lh > 1.6 * r || one_room < 3 * char_w {
            continue;
        }
        let name = axes::fit_text(area, &b.name, &label, one_room)?;
        if name.chars().count() >= b.name.chars().count().min(5) {
            area.draw(&Text::new(name, (x, y), style))?;
        }
    }
    Ok(())
}

/// Group names on the top of their circles (in pixels), on a patch of background.
fn draw_group_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    groups: &[Group],
    disks: &[(usize, Disk)],
) -> DrawResult<(), DB> {
    let bold = theme
        .font_of(theme.label_size)
        .style(FontStyle::Bold)
        .color(&theme.text);
    for (g, d) in disks {
        let Some(group) = groups.get(*g) else { continue };
        let name = axes::fit_text(area, &group.name, &bold, (2.0 * d.r) as i32)?;
        // A name cut to a few letters says nothing: the legend names the group.
        if name.chars().count() < group.name.chars().count().min(5) {
            continue;
        }
        let (tw, th) = axes::text_size(area, &name, &bold)?;
        let (x, y_top) = (d.x.round() as i32, (d.y - d.r).round() as i32);
        let pad = theme.gap / 2;
        area.draw(&Rectangle::new(
            [(x - tw / 2 - pad, y_top - th / 2), (x + tw / 2 + pad, y_top + th / 2)],
            theme.background.filled(),
        ))?;
        // In the text colour: in a terminal the cell under the name may keep
        // the group's colour as its background.
        area.draw(&Text::new(
            name,
            (x, y_top),
            bold.pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// Every item packed together, largest first; and the enclosing circle.
fn flat_layout(groups: &[Group]) -> (Vec<Bubble>, Disk) {
    let mut items: Vec<(usize, &String, f64)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| group.children.iter().map(move |(n, v)| (g, n, *v)))
        .collect();
    items.sort_by(|a, b| b.2.total_cmp(&a.2));
    let radii: Vec<f64> = items.iter().map(|(_, _, v)| v.sqrt()).collect();
    let disks = pack_siblings(&radii);
    let outer = enclose(&disks);
    let bubbles = items
        .iter()
        .zip(disks)
        .map(|((g, name, value), disk)| Bubble {
            disk,
            name: (*name).clone(),
            value: *value,
            group: *g,
        })
        .collect();
    (bubbles, outer)
}

/// Each group's items packed inside the group's circle, the group circles
/// packed together; and the enclosing circle.
fn nested_layout(groups: &[Group]) -> (Vec<Bubble>, Disk) {
    let mut inner: Vec<(Vec<Disk>, Disk)> = Vec::with_capacity(groups.len());
    for g in groups {
        let radii: Vec<f64> = g.children.iter().map(|(_, v)| v.sqrt()).collect();
        let disks = pack_siblings(&radii);
        let mut around = enclose(&disks);
        around.r *= 1.0 + GROUP_PAD;
        inner.push((disks, around));
    }
    // Groups are packed a little apart so their outlines do not touch.
    let radii: Vec<f64> = inner.iter().map(|(_, around)| around.r * (1.0 + GROUP_PAD)).collect();
    let places = pack_siblings(&radii);
    let mut bubbles = Vec::new();
    for (g, ((group, (disks, around)), place)) in groups.iter().zip(&inner).zip(&places).enumerate() {
        for ((name, value), d) in group.children.iter().zip(disks) {
            bubbles.push(Bubble {
                disk: Disk {
                    x: d.x - around.x + place.x,
                    y: d.y - around.y + place.y,
                    r: d.r,
                },
                name: name.clone(),
                value: *value,
                group: g,
            });
        }
    }
    let outer = enclose(&places);
    (bubbles, outer)
}

/// The circle around each group's items (in layout units), by group.
fn group_circles(bubbles: &[Bubble]) -> Vec<(usize, Disk)> {
    let mut out: Vec<(usize, Vec<Disk>)> = Vec::new();
    for b in bubbles {
        match out.iter_mut().find(|(g, _)| *g == b.group) {
            Some((_, disks)) => disks.push(b.disk),
            None => out.push((b.group, vec![b.disk])),
        }
    }
    out.into_iter()
        .map(|(g, disks)| {
            let mut around = enclose(&disks);
            around.r *= 1.0 + GROUP_PAD;
            (g, around)
        })
        .collect()
}

/// Packs circles of the given radii (in order: pass them largest first)
/// tightly around the origin, without overlaps, by the front-chain
/// algorithm of Wang et al. (2006) as d3's `packSiblings` does: each new
/// circle goes tangent to two neighbours on the front chain closest to the
/// centre. Returns one disk per radius, translated so that their enclosing
/// circle is centred on the origin. Radii that are not positive get a
/// zero disk at the origin.
pub fn pack_siblings(radii: &[f64]) -> Vec<Disk> {
    let mut out = vec![Disk::default(); radii.len()];
    let valid: Vec<usize> = (0..radii.len())
        .filter(|i| radii.get(*i).is_some_and(|r| r.is_finite() && *r > 0.0))
        .collect();
    // Work with the largest radius as 1, so the tolerances are relative.
    let unit = valid
        .iter()
        .filter_map(|i| radii.get(*i))
        .fold(0.0f64, |m, r| m.max(*r));
    if valid.is_empty() || unit <= 0.0 {
        return out;
    }
    let mut c: Vec<Disk> = valid
        .iter()
        .map(|i| Disk {
            x: 0.0,
            y: 0.0,
            r: radii.get(*i).copied().unwrap_or(0.0) / unit,
        })
        .collect();
    front_chain(&mut c);
    let around = enclose(&c);
    for (i, d) in valid.iter().zip(&c) {
        if let Some(o) = out.get_mut(*i) {
            *o = Disk {
                x: (d.x - around.x) * unit,
                y: (d.y - around.y) * unit,
                r: d.r * unit,
            };
        }
    }
    out
}

/// The front-chain packing proper, in place (see [`pack_siblings`]).
fn front_chain(c: &mut [Disk]) {
    let n = c.len();
    if n < 2 {
        return;
    }
    c[0].x = -c[1].r;
    c[1].x = c[0].r;
    c[1].y = 0.0;
    if n < 3 {
        return;
    }
    let third = place(c[1], c[0], c[2].r);
    c[2] = third;
    // The front chain as a circular doubly linked list over circle indices.
    let mut next = vec![0usize; n];
    let mut prev = vec![0usize; n];
    (next[0], next[1], next[2]) = (1, 2, 0);
    (prev[0], prev[1], prev[2]) = (2, 0, 1);
    let (mut a, mut b) = (0usize, 1usize);
    let mut i = 3;
    // Every retry removes a circle from the chain, so this bound is never
    // reached in practice; it only guards against a numerical runaway.
    let mut budget = 64 * n * n + 1024;
    'pack: while i < n {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            break;
        }
        c[i] = place(c[a], c[b], c[i].r);
        // The nearest circle on the chain (by length along it) that the new
        // one would overlap, searching both ways from the gap a-b.
        let (mut j, mut k) = (next[b], prev[a]);
        let (mut sj, mut sk) = (c[b].r, c[a].r);
        loop {
            if sj <= sk {
                if intersects(c[j], c[i]) {
                    b = j;
                    next[a] = b;
                    prev[b] = a;
                    continue 'pack;
                }
                sj += c[j].r;
                j = next[j];
            } else {
                if intersects(c[k], c[i]) {
                    a = k;
                    next[a] = b;
                    prev[b] = a;
                    continue 'pack;
                }
                sk += c[k].r;
                k = prev[k];
            }
            if j == next[k] {
                break;
            }
        }
        // Insert the new circle between a and b.
        prev[i] = a;
        next[i] = b;
        next[a] = i;
        prev[b] = i;
        b = i;
        // The pair of neighbours closest to the centroid is where the next circle goes.
        let mut best = score(c[a], c[next[a]]);
        let mut node = next[i];
        while node != b {
            let s = score(c[node], c[next[node]]);
            if s < best {
                a = node;
                best = s;
            }
            node = next[node];
        }
        b = next[a];
        i += 1;
    }
}

/// A circle of radius `r` tangent to both `b` and `a` (d3's `place(b, a, c)`).
fn place(b: Disk, a: Disk, r: f64) -> Disk {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let d2 = dx * dx + dy * dy;
    if d2 <= 0.0 {
        return Disk { x: a.x + r, y: a.y, r };
    }
    let a2 = (a.r + r).powi(2);
    let b2 = (b.r + r).powi(2);
    if a2 > b2 {
        let x = (d2 + b2 - a2) / (2.0 * d2);
        let y = (b2 / d2 - x * x).max(0.0).sqrt();
        Disk {
            x: b.x - x * dx - y * dy,
            y: b.y - x * dy + y * dx,
            r,
        }
    } else {
        let x = (d2 + a2 - b2) / (2.0 * d2);
        let y = (a2 / d2 - x * x).max(0.0).sqrt();
        Disk {
            x: a.x + x * dx - y * dy,
            y: a.y + x * dy + y * dx,
            r,
        }
    }
}

fn intersects(a: Disk, b: Disk) -> bool {
    let dr = a.r + b.r - 1e-6;
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    dr > 0.0 && dr * dr > dx * dx + dy * dy
}

/// How far from the origin the tangent point of neighbours `a` and `b` lies (squared).
fn score(a: Disk, b: Disk) -> f64 {
    let ab = a.r + b.r;
    if ab <= 0.0 {
        return a.x * a.x + a.y * a.y;
    }
    let dx = (a.x * b.r + b.x * a.r) / ab;
    let dy = (a.y * b.r + b.y * a.r) / ab;
    dx * dx + dy * dy
}

/// The smallest circle enclosing all the disks (d3's `packEnclose`, an
/// incremental Welzl algorithm over disks). Never fails: if the numbers go
/// wrong, a circle around the centroid that reaches every disk.
pub fn enclose(disks: &[Disk]) -> Disk {
    let circles: Vec<Disk> = disks
        .iter()
        .copied()
        .filter(|d| d.r >= 0.0 && d.x.is_finite() && d.y.is_finite())
        .collect();
    if circles.is_empty() {
        return Disk { x: 0.0, y: 0.0, r: 1.0 };
    }
    let mut basis: Vec<Disk> = Vec::new();
    let mut e: Option<Disk> = None;
    let mut i = 0;
    let mut budget = 64 * circles.len() * circles.len() + 1024;
    while i < circles.len() {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            e = None;
            break;
        }
        let p = circles[i];
        if e.is_some_and(|e| encloses_weak(e, p)) {
            i += 1;
            continue;
        }
        let Some(b) = extend_basis(&basis, p) else {
            e = None;
            break;
        };
        basis = b;
        e = Some(enclose_basis(&basis));
        i = 0;
    }
    match e {
        Some(e)
            if e.r.is_finite()
                && circles.iter().all(|c| {
                    encloses_weak(
                        Disk {
                            r: e.r * (1.0 + 1e-6),
                            ..e
                        },
                        *c,
                    )
                }) =>
        {
            e
        }
        _ => fallback_enclose(&circles),
    }
}

fn fallback_enclose(circles: &[Disk]) -> Disk {
    let n = circles.len().max(1) as f64;
    let x = circles.iter().map(|c| c.x).sum::<f64>() / n;
    let y = circles.iter().map(|c| c.y).sum::<f64>() / n;
    let r = circles
        .iter()
        .map(|c| (c.x - x).hypot(c.y - y) + c.r)
        .fold(0.0f64, f64::max);
    Disk { x, y, r }
}

fn extend_basis(basis: &[Disk], p: Disk) -> Option<Vec<Disk>> {
    if basis.iter().all(|b| encloses_weak(p, *b)) {
        return Some(vec![p]);
    }
    for b in basis {
        if encloses_not(p, *b) && basis.iter().all(|x| encloses_weak(enclose2(*b, p), *x)) {
            return Some(vec![*b, p]);
        }
    }
    for (i, bi) in basis.iter().enumerate() {
        for bj in basis.iter().skip(i + 1) {
            if encloses_not(enclose2(*bi, *bj), p)
                && encloses_not(enclose2(*bi, p), *bj)
                && encloses_not(enclose2(*bj, p), *bi)
                && basis.iter().all(|x| encloses_weak(enclose3(*bi, *bj, p), *x))
            {
                return Some(vec![*bi, *bj, p]);
            }
        }
    }
    None
}

fn encloses_not(a: Disk, b: Disk) -> bool {
    let dr = a.r - b.r;
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    dr < 0.0 || dr * dr < dx * dx + dy * dy
}

fn encloses_weak(a: Disk, b: Disk) -> bool {
    let dr = a.r - b.r + a.r.max(b.r).max(1.0) * 1e-9;
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    dr > 0.0 && dr * dr > dx * dx + dy * dy
}

fn enclose_basis(basis: &[Disk]) -> Disk {
    match basis {
        [a] => *a,
        [a, b] => enclose2(*a, *b),
        [a, b, c] => enclose3(*a, *b, *c),
        _ => fallback_enclose(basis),
    }
}

fn enclose2(a: Disk, b: Disk) -> Disk {
    let (x21, y21, r21) = (b.x - a.x, b.y - a.y, b.r - a.r);
    let l = x21.hypot(y21);
    if l <= 0.0 {
        return if a.r >= b.r { a } else { b };
    }
    Disk {
        x: (a.x + b.x + x21 / l * r21) / 2.0,
        y: (a.y + b.y + y21 / l * r21) / 2.0,
        r: (l + a.r + b.r) / 2.0,
    }
}

fn enclose3(a: Disk, b: Disk, c: Disk) -> Disk {
    let (x1, y1, r1) = (a.x, a.y, a.r);
    let (x2, y2, r2) = (b.x, b.y, b.r);
    let (x3, y3, r3) = (c.x, c.y, c.r);
    let (a2, a3) = (x1 - x2, x1 - x3);
    let (b2, b3) = (y1 - y2, y1 - y3);
    let (c2, c3) = (r2 - r1, r3 - r1);
    let d1 = x1 * x1 + y1 * y1 - r1 * r1;
    let d2 = d1 - x2 * x2 - y2 * y2 + r2 * r2;
    let d3 = d1 - x3 * x3 - y3 * y3 + r3 * r3;
    let ab = a3 * b2 - a2 * b3;
    if ab == 0.0 {
        return fallback_enclose(&[a, b, c]);
    }
    let xa = (b2 * d3 - b3 * d2) / (ab * 2.0) - x1;
    let xb = (b3 * c2 - b2 * c3) / ab;
    let ya = (a3 * d2 - a2 * d3) / (ab * 2.0) - y1;
    let yb = (a2 * c3 - a3 * c2) / ab;
    let qa = xb * xb + yb * yb - 1.0;
    let qb = 2.0 * (r1 + xa * xb + ya * yb);
    let qc = xa * xa + ya * ya - r1 * r1;
    let r = -(if qa.abs() > 1e-6 {
        (qb + (qb * qb - 4.0 * qa * qc).max(0.0).sqrt()) / (2.0 * qa)
    } else {
        qc / qb
    });
    Disk {
        x: x1 + xa + xb * r,
        y: y1 + ya + yb * r,
        r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_packs_items_inside_their_group() {
        assert_eq!(Variant::ALL[0], Variant::Nested);
    }

    fn radii() -> Vec<f64> {
        let mut r: Vec<f64> = (1..=60).map(|k| f64::from((k * 37) % 23 + 1).sqrt()).collect();
        r.sort_by(|a, b| b.total_cmp(a));
        r
    }

    fn assert_no_overlaps(disks: &[Disk]) {
        for (i, a) in disks.iter().enumerate() {
            for b in &disks[i + 1..] {
                let d = (a.x - b.x).hypot(a.y - b.y);
                assert!(d >= a.r + b.r - 1e-6 * (a.r + b.r), "{a:?} overlaps {b:?}");
            }
        }
    }

    fn assert_inside(disks: &[Disk], outer: Disk) {
        for d in disks {
            let reach = (d.x - outer.x).hypot(d.y - outer.y) + d.r;
            assert!(reach <= outer.r * (1.0 + 1e-6), "{d:?} sticks out of {outer:?}");
        }
    }

    #[test]
    fn packed_circles_never_overlap_and_keep_their_radii() {
        let r = radii();
        let disks = pack_siblings(&r);
        assert_eq!(disks.len(), r.len());
        for (d, r) in disks.iter().zip(&r) {
            assert!((d.r - r).abs() < 1e-12);
        }
        assert_no_overlaps(&disks);
    }

    #[test]
    fn packing_is_tight_and_centred() {
        let r = radii();
        let disks = pack_siblings(&r);
        let outer = enclose(&disks);
        assert_inside(&disks, outer);
        assert!(outer.x.abs() < 1e-6 && outer.y.abs() < 1e-6, "{outer:?}");
        // The circles fill a good part of their enclosing circle.
        let filled: f64 = r.iter().map(|r| r * r).sum();
        assert!(filled / (outer.r * outer.r) > 0.6, "{}", filled / (outer.r * outer.r));
    }

    #[test]
    fn small_and_degenerate_inputs_are_placed() {
        assert!(pack_siblings(&[]).is_empty());
        let one = pack_siblings(&[2.0]);
        assert_eq!(one, vec![Disk { x: 0.0, y: 0.0, r: 2.0 }]);
        let two = pack_siblings(&[2.0, 1.0]);
        assert!(((two[0].x - two[1].x).abs() - 3.0).abs() < 1e-9, "tangent: {two:?}");
        let odd = pack_siblings(&[1.0, f64::NAN, -1.0, 1.0, 0.0, 1.0]);
        assert_eq!(odd[1], Disk::default());
        assert_no_overlaps(&[odd[0], odd[3], odd[5]]);
    }

    #[test]
    fn the_enclosing_circle_is_the_smallest() {
        let e = enclose(&[
            Disk {
                x: -1.0,
                y: 0.0,
                r: 1.0,
            },
            Disk { x: 1.0, y: 0.0, r: 1.0 },
        ]);
        assert!(
            e.x.abs() < 1e-12 && e.y.abs() < 1e-12 && (e.r - 2.0).abs() < 1e-12,
            "{e:?}"
        );
        let inside = enclose(&[Disk { x: 0.0, y: 0.0, r: 5.0 }, Disk { x: 1.0, y: 1.0, r: 1.0 }]);
        assert!((inside.r - 5.0).abs() < 1e-12);
        let three = [
            Disk { x: 0.0, y: 0.0, r: 1.0 },
            Disk { x: 4.0, y: 0.0, r: 1.0 },
            Disk { x: 2.0, y: 3.0, r: 1.0 },
        ];
        let e = enclose(&three);
        assert_inside(&three, e);
        assert!(e.r < 3.6, "{e:?}");
    }

    #[test]
    fn nested_groups_hold_their_children() {
        let leaf = |g: &str, n: usize, v: f64| Leaf {
            path: vec![g.to_string(), format!("{g}{n}")],
            value: v,
        };
        let mut leaves = Vec::new();
        for n in 0..12 {
            leaves.push(leaf("a", n, f64::from(n as u32 + 1)));
            leaves.push(leaf("b", n, 2.0 * f64::from(n as u32 + 1)));
            leaves.push(leaf("c", n, 0.5));
        }
        let groups = groups(&leaves);
        let (bubbles, outer) = nested_layout(&groups);
        let disks: Vec<Disk> = bubbles.iter().map(|b| b.disk).collect();
        assert_no_overlaps(&disks);
        assert_inside(&disks, outer);
        let circles = group_circles(&bubbles);
        assert_eq!(circles.len(), 3);
        for (g, around) in &circles {
            let members: Vec<Disk> = bubbles.iter().filter(|b| b.group == *g).map(|b| b.disk).collect();
            assert_inside(&members, *around);
        }
        // Group circles do not overlap each other.
        let around: Vec<Disk> = circles.iter().map(|(_, d)| *d).collect();
        assert_no_overlaps(&around);
    }
}
