//! # Cartogram
//!
//! A cartogram trades the shapes of regions for their values: every US
//! state becomes a simple mark, placed roughly where the state is, so that
//! a small, crowded state counts as much as its value says and a large,
//! empty one no more. Dorling's cartogram draws one circle per state, its
//! area proportional to the value, starting at the state's centre and
//! pushed apart until no two circles overlap. A tile grid map gives every
//! state the same square on a grid that keeps the country's rough shape,
//! and colours it by the value.
//!
//! ## When to use
//! A value for each state (or country) where the map's areas would mislead:
//! population, votes, cases, money. Circles show amounts (their areas add
//! up); equal tiles show rates or ranks, every state as visible as another.
//!
//! ## Caveat
//! Positions are only approximate: neighbours drift, and a reader must
//! know the map well enough to find a state by its code. Label the marks,
//! and use a choropleth next to it when geography matters. Size circles by
//! area, not radius. Tiles hide size: a colour for population on equal
//! squares reads like a rate.
//!
//! ## Variants
//! - `dorling` (default): one circle per state, its area proportional to
//!   the value (and coloured by it), near the state's centre, none
//!   overlapping; the state's postal code in the circles it fits in.
//! - `tiles`: a square tile grid map (the layout of the Washington Post's
//!   2014 state grid), each state one square coloured by the value, with
//!   its postal code.
//!
//! ## Related
//! choropleth, bubble-map, hexbin-map, treemap
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and the map helpers
//! `geo_projection.rs`, `geo_fit.rs`, `geo_layout.rs` and `geo_labels.rs`,
//! and the colour bar `color_bar.rs`, from the gallery.

use crate::axes::{self, DrawResult};
use crate::color_bar::ColorBar;
use crate::geo_fit::{Bounds, Fit, Rect};
use crate::geo_labels;
use crate::geo_layout::{self, Side};
use crate::geo_projection::Projection;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One state and its value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// The state: its name ("New York"), postal code ("NY") or FIPS code
    /// ("36"); see [`find_state`].
    pub name: String,
    /// The value (circle area, tile colour); NaN for no data.
    pub value: f64,
}

/// The data of a cartogram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the value measures, with its unit; titles the colour bar.
    pub value_title: String,
    /// One value per state.
    pub items: Vec<Item>,
}

/// The ways to draw a cartogram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `dorling`: One circle per state, its area proportional to the value, near the state's centre,
    /// none overlapping.
    Dorling,
    /// `tiles`: A square tile grid map, each state one square coloured by the value.
    Tiles,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Dorling, Variant::Tiles];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Dorling => "dorling",
            Variant::Tiles => "tiles",
        }
    }
}

/// A US state (or DC): codes, name, place on the tile grid and centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UsState {
    /// FIPS code.
    pub fips: u8,
    /// Postal code.
    pub code: &'static str,
    /// Name.
    pub name: &'static str,
    /// Column on the tile grid, 0 at the west.
    pub col: u8,
    /// Row on the tile grid, 0 at the north.
    pub row: u8,
    /// Longitude of the centre of the state's largest part, in degrees.
    pub lon: f64,
    /// Latitude of that centre, in degrees.
    pub lat: f64,
}

const fn st(fips: u8, code: &'static str, name: &'static str, (col, row): (u8, u8), (lon, lat): (f64, f64)) -> UsState {
    UsState {
        fips,
        code,
        name,
        col,
        row,
        lon,
        lat,
    }
}

/// The 50 states and DC. Tiles: the 12 x 8 square grid of the Washington
/// Post (2014), as the statebins R package draws it. Centres: the centroid
/// of each state's largest polygon in the US Census outlines (us-atlas).
pub const US_STATES: [UsState; 51] = [
    st(1, "AL", "Alabama", (7, 6), (-86.8, 32.8)),
    st(2, "AK", "Alaska", (0, 6), (-152.7, 64.5)),
    st(4, "AZ", "Arizona", (2, 5), (-111.7, 34.3)),
    st(5, "AR", "Arkansas", (5, 5), (-92.4, 34.9)),
    st(6, "CA", "California", (1, 4), (-119.6, 37.3)),
    st(8, "CO", "Colorado", (3, 4), (-105.5, 39.0)),
    st(9, "CT", "Connecticut", (10, 3), (-72.7, 41.6)),
    st(10, "DE", "Delaware", (10, 4), (-75.5, 39.0)),
    st(11, "DC", "District of Columbia", (9, 5), (-77.0, 38.9)),
    st(12, "FL", "Florida", (9, 7), (-82.5, 28.6)),
    st(13, "GA", "Georgia", (8, 6), (-83.4, 32.6)),
    st(15, "HI", "Hawaii", (0, 7), (-155.5, 19.6)),
    st(16, "ID", "Idaho", (2, 2), (-114.7, 44.4)),
    st(17, "IL", "Illinois", (6, 2), (-89.2, 40.1)),
    st(18, "IN", "Indiana", (6, 3), (-86.3, 39.9)),
    st(19, "IA", "Iowa", (5, 3), (-93.5, 42.1)),
    st(20, "KS", "Kansas", (4, 5), (-98.4, 38.5)),
    st(21, "KY", "Kentucky", (6, 4), (-85.3, 37.5)),
    st(22, "LA", "Louisiana", (5, 6), (-92.0, 31.1)),
    st(23, "ME", "Maine", (11, 0), (-69.2, 45.4)),
    st(24, "MD", "Maryland", (9, 4), (-76.8, 39.0)),
    st(25, "MA", "Massachusetts", (10, 2), (-71.8, 42.3)),
    st(26, "MI", "Michigan", (7, 2), (-84.6, 43.5)),
    st(27, "MN", "Minnesota", (5, 2), (-94.3, 46.3)),
    st(28, "MS", "Mississippi", (6, 6), (-89.7, 32.8)),
    st(29, "MO", "Missouri", (5, 4), (-92.5, 38.4)),
    st(30, "MT", "Montana", (3, 2), (-109.6, 47.0)),
    st(31, "NE", "Nebraska", (4, 4), (-99.8, 41.5)),
    st(32, "NV", "Nevada", (2, 3), (-116.7, 39.4)),
    st(33, "NH", "New Hampshire", (11, 1), (-71.6, 43.7)),
    st(34, "NJ", "New Jersey", (9, 3), (-74.7, 40.2)),
    st(35, "NM", "New Mexico", (3, 5), (-106.1, 34.4)),
    st(36, "NY", "New York", (9, 2), (-75.5, 42.9)),
    st(37, "NC", "North Carolina", (7, 5), (-79.4, 35.5)),
    st(38, "ND", "North Dakota", (4, 2), (-100.5, 47.4)),
    st(39, "OH", "Ohio", (7, 3), (-82.8, 40.3)),
    st(40, "OK", "Oklahoma", (4, 6), (-97.5, 35.6)),
    st(41, "OR", "Oregon", (1, 3), (-120.6, 43.9)),
    st(42, "PA", "Pennsylvania", (8, 3), (-77.8, 40.9)),
    st(44, "RI", "Rhode Island", (11, 3), (-71.6, 41.7)),
    st(45, "SC", "South Carolina", (8, 5), (-80.9, 33.9)),
    st(46, "SD", "South Dakota", (4, 3), (-100.2, 44.4)),
    st(47, "TN", "Tennessee", (6, 5), (-86.3, 35.8)),
    st(48, "TX", "Texas", (4, 7), (-99.3, 31.5)),
    st(49, "UT", "Utah", (2, 4), (-111.7, 39.3)),
    st(50, "VT", "Vermont", (10, 1), (-72.7, 44.1)),
    st(51, "VA", "Virginia", (8, 4), (-78.9, 37.5)),
    st(53, "WA", "Washington", (1, 2), (-120.4, 47.4)),
    st(54, "WV", "West Virginia", (7, 4), (-80.6, 38.6)),
    st(55, "WI", "Wisconsin", (6, 1), (-90.0, 44.6)),
    st(56, "WY", "Wyoming", (3, 3), (-107.6, 43.0)),
];

/// The tile grid's size in columns and rows.
const GRID: (u8, u8) = (12, 8);

/// The state `key` names: its name (any case), postal code, or FIPS code
/// (with or without a leading zero).
pub fn find_state(key: &str) -> Option<&'static UsState> {
    let key = key.trim();
    if let Ok(fips) = key.parse::<u32>() {
        return US_STATES.iter().find(|s| u32::from(s.fips) == fips);
    }
    US_STATES
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(key) || s.name.eq_ignore_ascii_case(key))
}

/// A circle: centre and radius, in any one unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disc {
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Radius.
    pub r: f64,
}

/// Dorling's layout: circles of radii `radii` that start at `centres` and
/// are pushed apart (the larger moving less) while a spring pulls each back
/// towards its centre, until no two overlap by more than a millionth of
/// their radii. Returns the circles, in the input's order. Centres that
/// coincide are split along a fixed direction per circle, so the result
/// is the same on every run.
pub fn dorling(centres: &[(f64, f64)], radii: &[f64]) -> Vec<Disc> {
    let mut discs: Vec<Disc> = centres
        .iter()
        .zip(radii)
        .map(|(&(x, y), &r)| Disc {
            x,
            y,
            r: if r.is_finite() { r.max(0.0) } else { 0.0 },
        })
        .collect();
    let n = discs.len();
    let mean_r = discs.iter().map(|d| d.r).sum::<f64>() / n.max(1) as f64;
    if n < 2 || mean_r <= 0.0 {
        return discs;
    }
    // A hair of space between circles, so that they never touch.
    let pad = mean_r * 0.02;
    for pass in 0..PASSES * 4 {
        let mut worst: f64 = 0.0;
        for i in 0..n {
            for j in i + 1..n {
                let (a, b) = (discs[i], discs[j]);
                let need = a.r + b.r + pad;
                let (dx, dy) = (b.x - a.x, b.y - a.y);
                let d = dx.hypot(dy);
                if d >= need {
                    continue;
                }
                worst = worst.max((need - d) / need);
                // Coincident centres: a fixed direction per pair.
                let (ux, uy) = if d > 1e-12 * need {
                    (dx / d, dy / d)
                } else {
                    let angle = (i * 7 + j * 13) as f64 * 2.399_963;
                    (angle.cos(), angle.sin())
                };
                let push = need - d;
                let (wa, wb) = (a.r * a.r, b.r * b.r);
                let share_a = if wa + wb > 0.0 { wb / (wa + wb) } else { 0.5 };
                discs[i].x -= ux * push * share_a;
                discs[i].y -= uy * push * share_a;
                discs[j].x += ux * push * (1.0 - share_a);
                discs[j].y += uy * push * (1.0 - share_a);
            }
        }
        // The spring home, while the layout settles; then only separation.
        if pass < PASSES {
            let pull = 0.1 * (1.0 - pass as f64 / PASSES as f64);
            for (d, &(cx, cy)) in discs.iter_mut().zip(centres) {
                if cx.is_finite() && cy.is_finite() {
                    d.x += (cx - d.x) * pull;
                    d.y += (cy - d.y) * pull;
                }
            }
        } else if worst < 1e-9 {
            break;
        }
    }
    discs
}

/// Passes of Dorling's layout with a spring home (then up to three
/// times as many of separation alone).
const PASSES: usize = 600;

/// Total circle area as a share of the area the centres span.
const FILL: f64 = 0.3;

/// Draws `input` as a cartogram in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    // One value per state (the last given wins); what matches no state is counted.
    let mut values: Vec<Option<f64>> = vec![None; US_STATES.len()];
    let mut unmatched: Vec<&str> = Vec::new();
    for item in &input.items {
        match find_state(&item.name).and_then(|s| US_STATES.iter().position(|t| t.fips == s.fips)) {
            Some(i) if item.value.is_finite() => values[i] = Some(item.value),
            Some(_) => {}
            None => unmatched.push(item.name.trim()),
        }
    }
    let drawable = |v: f64| variant == Variant::Tiles || v > 0.0;
    let shown: Vec<f64> = values.iter().flatten().copied().filter(|v| drawable(*v)).collect();
    let lo = shown.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = shown.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if shown.is_empty() {
        let why = match variant {
            Variant::Dorling => "No positive values for any US state",
            Variant::Tiles => "No values for any US state",
        };
        return axes::draw_empty(area, theme, &input.title, why);
    }
    let missing = values.iter().filter(|v| !v.is_some_and(drawable)).count();
    let mut notes = Vec::new();
    match unmatched[..] {
        [] => {}
        [one] if !one.is_empty() => notes.push(format!("{one} is not on this map")),
        _ => notes.push(format!("{} places are not on this map", unmatched.len())),
    }
    if variant == Variant::Dorling && missing > 0 {
        notes.push(match missing {
            1 => "1 state has no positive value: no circle".to_string(),
            n => format!("{n} states have no positive value: no circle"),
        });
    }
    let lo = if variant == Variant::Dorling { lo.min(0.0) } else { lo };
    let mut bar = ColorBar::new(input.value_title.clone(), lo, hi).title_over_chart();
    if variant == Variant::Tiles && missing > 0 {
        bar = bar.with_no_data("No data", theme.no_data());
    }
    let area = &axes::draw_footnote(area, theme, &notes.join("; "))?;
    let space = geo_layout::draw_header(area, theme, &input.title, "")?;
    match variant {
        Variant::Dorling => draw_dorling(area, theme, &values, &bar, space),
        Variant::Tiles => draw_tiles(area, theme, &values, &bar, space),
    }
}

/// Circles at the states' centres in Albers USA, pushed apart.
fn draw_dorling<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    values: &[Option<f64>],
    bar: &ColorBar,
    space: Rect,
) -> DrawResult<(), DB> {
    let mut states = Vec::new();
    let mut centres = Vec::new();
    let mut amounts = Vec::new();
    for (s, v) in US_STATES.iter().zip(values) {
        let (Some(v), Some(p)) = (v.filter(|v| *v > 0.0), Projection::AlbersUsa.point(s.lon, s.lat)) else {
            continue;
        };
        states.push(s);
        centres.push(p);
        amounts.push(v);
    }
    // The span of every state's centre, whichever states have values.
    let all = US_STATES
        .iter()
        .filter_map(|s| Projection::AlbersUsa.point(s.lon, s.lat));
    let Some(span) = Bounds::of(all) else {
        return Ok(());
    };
    // Areas proportional to the values, all together a set share of the map.
    let sum: f64 = amounts.iter().sum();
    let k = (FILL * span.width() * span.height() / (std::f64::consts::PI * sum)).sqrt();
    let radii: Vec<f64> = amounts.iter().map(|v| k * v.sqrt()).collect();
    let discs = dorling(&centres, &radii);
    let Some(bounds) = Bounds::of(
        discs
            .iter()
            .flat_map(|d| [(d.x - d.r, d.y - d.r), (d.x + d.r, d.y + d.r)]),
    ) else {
        return Ok(());
    };
    let (side, map_space) = geo_layout::split_legend(
        space,
        bounds.aspect(),
        bar.width(area, theme)?,
        bar.row_height(area, theme)?,
    );
    let map_space = clear_of_bar_title(area, theme, bar, side, map_space)?;
    let Some(fit) = Fit::new(bounds, map_space) else {
        return Ok(());
    };
    let label = theme.label_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let circles: Vec<(i32, i32, i32)> = discs
        .iter()
        .map(|d| {
            let (x, y) = fit.px((d.x, d.y));
            (x, y, (d.r * fit.scale).round().max(1.0) as i32)
        })
        .collect();
    // Largest first, so that nothing hides a small circle.
    let mut order: Vec<usize> = (0..discs.len()).collect();
    order.sort_by(|a, b| discs[*b].r.total_cmp(&discs[*a].r));
    let mut outside = Vec::new();
    for &i in &order {
        let (Some(&(x, y, r)), Some(s), Some(v)) = (circles.get(i), states.get(i), amounts.get(i)) else {
            continue;
        };
        let color = bar.color(theme, *v);
        area.draw(&Circle::new((x, y), r, color.filled()))?;
        let (tw, _) = axes::text_size(area, s.code, &label)?;
        if f64::from(tw) <= 1.7 * f64::from(r) && f64::from(lh) <= 1.7 * f64::from(r) {
            let ink = Theme::text_on(color);
            let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
            area.draw(&Text::new(s.code, (x, y), style))?;
        } else {
            outside.push((i, tw));
        }
    }
    draw_outside_labels(area, theme, &circles, &outside, &states, space)?;
    draw_bar(area, theme, bar, side, &fit, space)
}

/// The codes of circles too small to hold them, beside their circles where
/// they cover no circle and no other label; `outside` holds (circle, text
/// width) pairs.
fn draw_outside_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    circles: &[(i32, i32, i32)],
    outside: &[(usize, i32)],
    states: &[&UsState],
    space: Rect,
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let blocked: Vec<Rect> = circles
        .iter()
        .map(|&(x, y, r)| Rect {
            x: x - r,
            y: y - r,
            w: 2 * r,
            h: 2 * r,
        })
        .collect();
    let candidates: Vec<Vec<Rect>> = outside
        .iter()
        .filter_map(|&(i, tw)| {
            let &(x, y, r) = circles.get(i)?;
            let mut boxes = geo_labels::label_candidates(x, y, r, tw, lh, theme.gap / 4);
            // A label may overlap its own circle's corner box, never the circle.
            for b in &mut boxes {
                b.w = tw;
            }
            Some(boxes)
        })
        .collect();
    let own_free: Vec<Rect> = blocked
        .iter()
        .enumerate()
        .filter(|(i, _)| !outside.iter().any(|(o, _)| o == i))
        .map(|(_, b)| *b)
        .collect();
    let bounds_px = Rect {
        x: 0,
        y: space.y,
        w: axes::dims(area).0,
        h: space.h,
    };
    let chosen = geo_labels::place_labels(&candidates, bounds_px, &own_free);
    let text = label.pos(Pos::new(HPos::Left, VPos::Top));
    for ((i, _), (boxes, pick)) in outside.iter().zip(candidates.iter().zip(chosen)) {
        let (Some(s), Some(b)) = (states.get(*i), pick.and_then(|k| boxes.get(k))) else {
            continue;
        };
        area.draw(&Text::new(s.code, (b.x, b.y), text.clone()))?;
    }
    Ok(())
}

/// One square per state on the tile grid.
fn draw_tiles<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    values: &[Option<f64>],
    bar: &ColorBar,
    space: Rect,
) -> DrawResult<(), DB> {
    let (cols, rows) = (f64::from(GRID.0), f64::from(GRID.1));
    let bounds = Bounds {
        min_x: 0.0,
        min_y: 0.0,
        max_x: cols,
        max_y: rows,
    };
    let (side, map_space) = geo_layout::split_legend(
        space,
        bounds.aspect(),
        bar.width(area, theme)?,
        bar.row_height(area, theme)?,
    );
    let map_space = clear_of_bar_title(area, theme, bar, side, map_space)?;
    let Some(fit) = Fit::new(bounds, map_space) else {
        return Ok(());
    };
    let label = theme.label_style();
    let (_, lh) = axes::text_size(area, "Ag", &label)?;
    let side_px = fit.scale;
    // A gap between tiles: a few pixels on paper; in a terminal a column
    // and half a row (8 virtual pixels, what half blocks resolve), with
    // every edge on that grid, so that each gap shows and no edge breaks
    // into dots.
    let cell = axes::cell_size(area, theme)?;
    let (gap, snap) = if let Some((cw, _)) = cell {
        (f64::from(cw), f64::from(cw))
    } else {
        ((side_px * 0.06).clamp(1.0, f64::from(theme.gap)), 1.0)
    };
    let on_grid = |v: f64| ((v / snap).round() * snap) as i32;
    for (s, v) in US_STATES.iter().zip(values) {
        // Grid rows run south from the top; projected y runs north.
        let (x0, y0) = fit.to_pixel((f64::from(s.col), rows - f64::from(s.row)));
        let (x1, y1) = (x0 + side_px, y0 + side_px);
        let color = match v {
            Some(v) => bar.color(theme, *v),
            None => theme.no_data(),
        };
        let gap_px = gap.round() as i32;
        let (px0, py0, px1, py1) = (on_grid(x0), on_grid(y0), on_grid(x1) - gap_px, on_grid(y1) - gap_px);
        if px1 <= px0 || py1 <= py0 {
            continue;
        }
        area.draw(&Rectangle::new([(px0, py0), (px1 - 1, py1 - 1)], color.filled()))?;
        let (tw, _) = axes::text_size(area, s.code, &label)?;
        if tw <= px1 - px0 && lh <= py1 - py0 {
            let ink = Theme::text_on(color);
            let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
            area.draw(&Text::new(
                s.code,
                (i32::midpoint(px0, px1), i32::midpoint(py0, py1)),
                style,
            ))?;
        }
    }
    draw_bar(area, theme, bar, side, &fit, space)
}

/// The map's space below the colour bar's title row: a terminal writes
/// the title of a bar at the right across, level with the map's top, where
/// it would cover the north-east (Maine).
fn clear_of_bar_title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    bar: &ColorBar,
    side: Side,
    space: Rect,
) -> DrawResult<Rect, DB> {
    let Some((_, row)) = axes::cell_size(area, theme)? else {
        return Ok(space);
    };
    if side != Side::Right || bar.title.is_empty() || space.h <= 2 * row {
        return Ok(space);
    }
    Ok(Rect {
        y: space.y + row,
        h: space.h - row,
        ..space
    })
}

/// The colour bar, beside the map or above it.
fn draw_bar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    bar: &ColorBar,
    side: Side,
    fit: &Fit,
    space: Rect,
) -> DrawResult<(), DB> {
    // In a terminal the bar's title takes the row above the map (kept
    // free by `clear_of_bar_title`).
    let top = match axes::cell_size(area, theme)? {
        Some((_, row)) if !bar.title.is_empty() => (fit.rect.y - row).max(space.y),
        _ => fit.rect.y,
    };
    let viridis = |t| theme.sequential(t);
    match side {
        Side::Right => bar.draw_column(area, theme, (fit.rect.right(), top), fit.rect.bottom(), viridis),
        Side::Top => bar.draw_row(area, theme, (space.x, space.y), space.w, viridis),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// State populations (vega-datasets' `population_engineers_hurricanes.csv`).
    fn populations() -> Vec<(u8, f64)> {
        vec![
            (1, 4_863_300.0),
            (2, 741_894.0),
            (4, 6_931_071.0),
            (5, 2_988_248.0),
            (6, 39_250_017.0),
            (8, 5_540_545.0),
            (9, 3_576_452.0),
            (10, 952_065.0),
            (11, 681_170.0),
            (12, 20_612_439.0),
            (13, 10_310_371.0),
            (15, 1_428_557.0),
            (16, 1_683_140.0),
            (17, 12_801_539.0),
            (18, 6_633_053.0),
            (19, 3_134_693.0),
            (20, 2_907_289.0),
            (21, 4_436_974.0),
            (22, 4_681_666.0),
            (23, 1_331_479.0),
            (24, 6_016_447.0),
            (25, 6_811_779.0),
            (26, 9_928_300.0),
            (27, 5_519_952.0),
            (28, 2_988_726.0),
            (29, 6_093_000.0),
            (30, 1_042_520.0),
            (31, 1_907_116.0),
            (32, 2_940_058.0),
            (33, 1_334_795.0),
            (34, 8_944_469.0),
            (35, 2_081_015.0),
            (36, 19_745_289.0),
            (37, 10_146_788.0),
            (38, 757_952.0),
            (39, 11_614_373.0),
            (40, 3_923_561.0),
            (41, 4_093_465.0),
            (42, 12_784_227.0),
            (44, 1_056_426.0),
            (45, 4_961_119.0),
            (46, 865_454.0),
            (47, 6_651_194.0),
            (48, 27_862_596.0),
            (49, 3_051_217.0),
            (50, 624_594.0),
            (51, 8_411_808.0),
            (53, 7_288_000.0),
            (54, 1_831_102.0),
            (55, 5_778_708.0),
            (56, 585_501.0),
        ]
    }

    fn overlaps(discs: &[Disc]) -> Vec<(usize, usize, f64)> {
        let mut out = Vec::new();
        for (i, a) in discs.iter().enumerate() {
            for (j, b) in discs.iter().enumerate().skip(i + 1) {
                let d = (b.x - a.x).hypot(b.y - a.y);
                if d < a.r + b.r - 1e-6 * (a.r + b.r) {
                    out.push((i, j, d - a.r - b.r));
                }
            }
        }
        out
    }

    #[test]
    fn the_dorling_layout_of_the_states_has_no_overlaps_and_stays_near_home() {
        let states: Vec<&UsState> = populations()
            .iter()
            .filter_map(|(f, _)| find_state(&f.to_string()))
            .collect();
        let centres: Vec<(f64, f64)> = states
            .iter()
            .filter_map(|s| Projection::AlbersUsa.point(s.lon, s.lat))
            .collect();
        assert_eq!(centres.len(), 51);
        let radii: Vec<f64> = populations().iter().map(|(_, p)| 2e-5 * p.sqrt()).collect();
        let discs = dorling(&centres, &radii);
        assert_eq!(overlaps(&discs), vec![]);
        // Radii are kept: areas stay proportional to the values.
        for (d, r) in discs.iter().zip(&radii) {
            assert!((d.r - r).abs() < 1e-12);
        }
        // Every circle stays within a few of its own radii plus the largest of its home.
        let largest = radii.iter().copied().fold(0.0, f64::max);
        for ((d, c), s) in discs.iter().zip(&centres).zip(&states) {
            let moved = (d.x - c.0).hypot(d.y - c.1);
            assert!(moved < 3.0 * largest, "{} moved {moved}", s.code);
        }
    }

    #[test]
    fn coincident_circles_are_pushed_apart_the_same_way_every_time() {
        let centres = vec![(0.0, 0.0); 6];
        let radii = vec![1.0, 2.0, 1.0, 0.5, 3.0, 1.0];
        let discs = dorling(&centres, &radii);
        assert_eq!(overlaps(&discs), vec![]);
        assert_eq!(discs, dorling(&centres, &radii));
        // Lone, empty or degenerate input comes back as given.
        assert_eq!(dorling(&[(1.0, 2.0)], &[3.0]), vec![Disc { x: 1.0, y: 2.0, r: 3.0 }]);
        assert!(dorling(&[], &[]).is_empty());
        let d = dorling(&[(0.0, 0.0), (0.0, 0.0)], &[f64::NAN, -1.0]);
        assert!(d.iter().all(|d| d.r == 0.0));
    }

    #[test]
    fn the_tile_grid_has_one_square_per_state_inside_the_grid() {
        let mut seen = std::collections::HashSet::new();
        for s in &US_STATES {
            assert!(s.col < GRID.0 && s.row < GRID.1, "{}", s.code);
            assert!(seen.insert((s.col, s.row)), "{} shares a tile", s.code);
        }
        let codes: std::collections::HashSet<&str> = US_STATES.iter().map(|s| s.code).collect();
        assert_eq!(codes.len(), 51);
        // West is left, east is right, north is up.
        let at = |code: &str| find_state(code).map(|s| (s.col, s.row));
        assert!(at("CA") < at("NY"));
        assert!(at("ME").is_some_and(|(_, r)| r == 0));
        assert!(at("TX").is_some_and(|(_, r)| r == GRID.1 - 1));
    }

    #[test]
    fn states_are_found_by_name_code_or_fips() {
        assert_eq!(find_state("New York").map(|s| s.fips), Some(36));
        assert_eq!(find_state("new york").map(|s| s.fips), Some(36));
        assert_eq!(find_state("ny").map(|s| s.fips), Some(36));
        assert_eq!(find_state("06").map(|s| s.code), Some("CA"));
        assert_eq!(find_state("6").map(|s| s.code), Some("CA"));
        assert_eq!(find_state("Puerto Rico"), None);
        assert_eq!(find_state("72"), None);
        assert_eq!(find_state(""), None);
    }

    /// Draws with `draw_one` into bitmaps from 1x1 to 320x200, fonts registered.
    fn on_canvases(draw_one: impl Fn(&DrawingArea<BitMapBackend, Shift>, &Theme)) {
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = plotters::style::register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        for (w, h) in [(1u32, 1u32), (60, 40), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            let area = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
            draw_one(&area, &Theme::light_for(w, h));
        }
    }

    #[test]
    fn drawing_degenerate_input_does_not_fail() {
        let item = |name: &str, value: f64| Item {
            name: name.to_string(),
            value,
        };
        let all: Vec<Item> = populations().iter().map(|(f, p)| item(&f.to_string(), *p)).collect();
        on_canvases(|area, theme| {
            for items in [
                vec![],
                vec![item("Atlantis", 1.0)],
                vec![item("CA", f64::NAN), item("NY", -3.0)],
                vec![item("CA", 0.0), item("NY", 0.0)],
                vec![item("TX", 1e300), item("VT", 1e-300)],
                all.clone(),
            ] {
                let input = Input {
                    title: "t".into(),
                    items,
                    ..Input::default()
                };
                for v in Variant::ALL {
                    assert!(draw(area, &input, v, theme).is_ok(), "{v:?}");
                }
            }
        });
    }
}
