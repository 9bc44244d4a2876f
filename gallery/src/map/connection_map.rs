//! # Connection map
//!
//! A connection map draws a line for each link between two places: flights
//! between airports, migration between cities, trade between countries.
//! Each line follows the great circle, the shortest way over the globe, so
//! long routes bow towards the pole as they do on a globe. Thin,
//! see-through lines let the busy corridors and hubs show through. On the
//! US map a route to Alaska or Hawaii is drawn as two short stubs: one
//! leaving the mainland towards the inset, one arriving in the inset from
//! the mainland's side. The busiest places are named: the input's `labels`
//! says how many (6 unless set).
//!
//! ## When to use
//! Links between places with known coordinates, when the geography of the
//! network is the point: which places are hubs, which regions connect.
//!
//! ## Caveat
//! Clutter: thousands of crossing lines make a hairball that hides
//! everything. Filter (the busiest routes, the routes of one hub), bundle
//! edges, or aggregate by region. Long lines draw the eye more than short
//! ones that matter as much; and routes given both ways (A to B, B to A)
//! are one line here, weighted by the larger of the two.
//!
//! ## Variants
//! - `routes`: only the busiest routes: those with the highest weight (here
//!   the number of carriers), as many as stay readable.
//! - `hub`: every route from the place with the most routes.
//!
//! ## Related
//! edge-bundling, bubble-map, background-map, network, arc-diagram
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and the map helpers
//! `geo_projection.rs`, `geo_great_circle.rs`, `geo_polygon.rs`, `geo_fit.rs`,
//! `geo_basemap.rs`, `geo_layout.rs` and `geo_labels.rs` from the gallery.

use crate::axes::{self, DrawResult};
use crate::geo_basemap::{self, Basemap};
use crate::geo_fit::{self, Fit, Rect};
use crate::geo_great_circle;
use crate::geo_labels;
use crate::geo_layout;
use crate::geo_projection::{Place, Projection};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A link between two places; `weight` ranks the routes (e.g. carriers).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Route {
    /// Where the route starts.
    pub from: Place,
    /// Where the route ends.
    pub to: Place,
    /// The route's weight (e.g. how many carriers fly it); the `routes` variant keeps the heaviest.
    pub weight: f64,
}

/// The data of a connection map, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the weight counts, e.g. "carriers".
    pub weight_title: String,
    /// The base map, projected once (see [`geo_basemap::Basemap::new`]).
    pub basemap: Basemap,
    /// The routes, each drawn as a great-circle arc.
    pub routes: Vec<Route>,
    /// A note for the line under the title (e.g. rows left out).
    pub note: String,
    /// How many of the places with the most routes to name; `None`: [`LABELLED`].
    pub labels: Option<usize>,
}

/// The ways to draw a connection map, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `routes`: Only the busiest routes: those with the highest weight (here the number of
    /// carriers), as many as stay readable.
    Routes,
    /// `hub`: Every route from the place with the most routes.
    Hub,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Routes, Variant::Hub];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Routes => "routes",
            Variant::Hub => "hub",
        }
    }
}

/// At most this many lines in the `routes` variant.
const MAX_ROUTES: usize = 150;
/// How many places get a label, unless the input says.
pub const LABELLED: usize = 6;

/// Draws `input` as a connection map in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let projection = input.basemap.projection;
    let links = merge_routes(&input.routes);
    let (mut chosen, what) = match variant {
        Variant::Routes => busiest(&links, MAX_ROUTES, &input.weight_title),
        Variant::Hub => hub_routes(&links),
    };
    // Only links with both ends on the map. With Albers USA a route from
    // the lower 48 to Alaska or Hawaii is drawn in two pieces: it leaves
    // the mainland towards the inset and arrives in the inset from the
    // mainland's side, so the insets keep their routes.
    let selected = chosen.len();
    chosen.retain(|l| ends_on_map(projection, l));
    let off_map = selected - chosen.len();
    let ends = chosen.iter().flat_map(|l| [&l.from, &l.to]);
    let fallback = geo_fit::Bounds::of(ends.filter_map(|p| projection.point(p.lon, p.lat)));
    let Some(bounds) = input.basemap.bounds().or(fallback).filter(|_| !chosen.is_empty()) else {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "No routes between places with known positions",
        );
    };
    let off_note = match off_map {
        0 => String::new(),
        1 => String::from("1 route leaves this map and is not drawn"),
        n => format!("{n} routes leave this map and are not drawn"),
    };
    let note = [what.as_str(), off_note.as_str(), input.note.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let area = &axes::draw_footnote(area, theme, &note)?;
    let space = geo_layout::draw_header(area, theme, &input.title, "")?;
    let Some(fit) = Fit::new(bounds, space) else {
        return Ok(());
    };
    geo_basemap::draw_basemap(area, &fit, &input.basemap, theme)?;

    // Light lines first, so the heaviest end up on top.
    let mut order: Vec<&Link> = chosen.clone();
    order.sort_by(|a, b| a.weight.total_cmp(&b.weight));
    let line = ShapeStyle::from(&theme.color(0).mix(0.5)).stroke_width(theme.line_width.div_ceil(2));
    // A route between two parts of the map (the mainland and an inset)
    // shows as a short stub at each end, pointing the way it goes: drawn
    // whole, the mainland's piece would run out over the sea to the edge.
    let stub = f64::from(fit.rect.w) * 0.06;
    for link in &order {
        let (a, b) = ((link.from.lon, link.from.lat), (link.to.lon, link.to.lat));
        let path = geo_great_circle::arc(a, b);
        let whole = projection.shows_link(a, b);
        for piece in projection.path(&path) {
            let pixels: Vec<(f64, f64)> = piece.iter().map(|p| fit.to_pixel(*p)).collect();
            let pixels = if whole {
                pixels
            } else {
                let ends = [a, b].map(|(lon, lat)| projection.point(lon, lat).map(|p| fit.to_pixel(p)));
                stub_from_place(&pixels, &ends, stub)
            };
            let pixels: Vec<(i32, i32)> = pixels
                .iter()
                .map(|(x, y)| (x.round() as i32, y.round() as i32))
                .collect();
            if pixels.len() >= 2 {
                area.draw(&PathElement::new(pixels, line))?;
            }
        }
    }

    // Places: a dot at each end, the busiest labelled.
    let degree = degrees(&chosen);
    let dot = (theme.point_radius as i32 / 2).max(1);
    let mut marks: Vec<(&str, (i32, i32), usize, f64)> = Vec::new();
    for (name, (place, n, weight)) in &degree {
        if let Some(p) = projection.point(place.lon, place.lat) {
            let at = fit.px(p);
            area.draw(&Circle::new(at, dot, theme.color(1).filled()))?;
            marks.push((*name, at, *n, *weight));
        }
    }
    draw_place_labels(area, theme, &fit, &mut marks, dot, input.labels.unwrap_or(LABELLED))
}

/// Names the `labelled` busiest places (`marks`: name, pixel, links,
/// weight) beside their dots, where the names overlap nothing.
fn draw_place_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    fit: &Fit,
    marks: &mut [(&str, (i32, i32), usize, f64)],
    dot: i32,
    labelled: usize,
) -> DrawResult<(), DB> {
    // Most links first; among equals (a hub's partners) the heaviest.
    marks.sort_by(|a, b| b.2.cmp(&a.2).then(b.3.total_cmp(&a.3)).then(a.0.cmp(b.0)));
    let style = theme.label_style();
    let mut texts = Vec::new();
    let mut candidates = Vec::new();
    for (name, (x, y), _, _) in marks.iter().filter(|m| !m.0.is_empty()).take(labelled) {
        let (w, h) = axes::text_size(area, name, &style)?;
        texts.push(*name);
        candidates.push(geo_labels::label_candidates(*x, *y, dot, w, h, theme.gap / 2));
    }
    let (w, h) = axes::dims(area);
    let label_bounds = Rect {
        x: 0,
        y: fit.rect.y,
        w,
        h: h - fit.rect.y,
    };
    for ((text, boxes), choice) in
        texts
            .iter()
            .zip(&candidates)
            .zip(geo_labels::place_labels(&candidates, label_bounds, &[]))
    {
        if let Some(at) = choice.and_then(|i| boxes.get(i)) {
            geo_labels::draw_label(area, theme, text, *at)?;
        }
    }
    Ok(())
}

/// The first `length` pixels of `piece` from whichever end lies on one of
/// the route's places (`ends`, in pixels); nothing if neither does.
fn stub_from_place(piece: &[(f64, f64)], ends: &[Option<(f64, f64)>; 2], length: f64) -> Vec<(f64, f64)> {
    let near =
        |p: Option<&(f64, f64)>| p.is_some_and(|p| ends.iter().flatten().any(|e| (e.0 - p.0).hypot(e.1 - p.1) < 1.0));
    let mut walk: Vec<(f64, f64)> = if near(piece.first()) {
        piece.to_vec()
    } else if near(piece.last()) {
        piece.iter().rev().copied().collect()
    } else {
        return Vec::new();
    };
    let mut left = length;
    for k in 1..walk.len() {
        let (p, q) = (walk[k - 1], walk[k]);
        let d = (q.0 - p.0).hypot(q.1 - p.1);
        if d >= left {
            let t = if d > 0.0 { left / d } else { 0.0 };
            walk.truncate(k);
            walk.push((p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t));
            return walk;
        }
        left -= d;
    }
    walk
}

/// Whether both ends of a link are on the map (the route between them may
/// leave it, as routes to the Albers USA insets do).
fn ends_on_map(projection: Projection, link: &Link) -> bool {
    projection.point(link.from.lon, link.from.lat).is_some() && projection.point(link.to.lon, link.to.lat).is_some()
}

/// One line between two places, however many routes name it.
#[derive(Clone, Debug, PartialEq)]
struct Link<'a> {
    from: &'a Place,
    to: &'a Place,
    weight: f64,
}

/// Routes merged into links: A to B and B to A become one, with the larger
/// weight; routes from a place to itself or without positions are dropped.
/// Links keep the order in which they first appear.
fn merge_routes(routes: &[Route]) -> Vec<Link<'_>> {
    // Places are known by name, unnamed ones by their position.
    fn key(p: &Place) -> Cow<'_, str> {
        if p.name.is_empty() {
            Cow::Owned(format!("{},{}", p.lon, p.lat))
        } else {
            Cow::Borrowed(p.name.as_str())
        }
    }
    let ok = |p: &Place| p.lon.is_finite() && p.lat.is_finite();
    // Each usable route under its unordered pair of place keys; sorting
    // brings a pair's routes together. Sorted are small (hash, index)
    // entries, compared by the pair's hash first, so most comparisons are
    // of two numbers, not of names: this runs on every frame.
    let pairs: Vec<Option<(Cow<str>, Cow<str>)>> = routes
        .iter()
        .map(|r| {
            let (a, b) = (key(&r.from), key(&r.to));
            (ok(&r.from) && ok(&r.to) && a != b).then(|| if a < b { (a, b) } else { (b, a) })
        })
        .collect();
    let mut keyed: Vec<(u64, usize)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            p.as_ref()
                .map(|(a, b)| (fnv1a(&[a.as_bytes(), &[0xff], b.as_bytes()]), i))
        })
        .collect();
    let pair = |i: usize| pairs.get(i).and_then(Option::as_ref);
    keyed.sort_unstable_by(|x, y| {
        x.0.cmp(&y.0)
            .then_with(|| pair(x.1).cmp(&pair(y.1)))
            .then(x.1.cmp(&y.1))
    });
    let weight = |i: usize| {
        routes
            .get(i)
            .map_or(0.0, |r| if r.weight.is_finite() { r.weight } else { 0.0 })
    };
    let mut firsts: Vec<(usize, f64)> = Vec::new();
    for (k, (hash, i)) in keyed.iter().enumerate() {
        let same = k > 0 && keyed[k - 1].0 == *hash && pair(keyed[k - 1].1) == pair(*i);
        match firsts.last_mut() {
            Some(last) if same => last.1 = last.1.max(weight(*i)),
            _ => firsts.push((*i, weight(*i))),
        }
    }
    firsts.sort_by_key(|(i, _)| *i);
    firsts
        .into_iter()
        .filter_map(|(i, weight)| {
            routes.get(i).map(|r| Link {
                from: &r.from,
                to: &r.to,
                weight,
            })
        })
        .collect()
}

/// The 64-bit FNV-1a hash of some bytes.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    parts.iter().flat_map(|p| p.iter()).fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The heaviest links, at most `max`: every link at or above a weight
/// threshold (so no equal weights are split arbitrarily), or the first
/// `max` of the heaviest weight when even that is too many. Returns them
/// with a note that says which were kept.
fn busiest<'a, 'p>(links: &'a [Link<'p>], max: usize, weight_title: &str) -> (Vec<&'a Link<'p>>, String) {
    let total = links.len();
    if total <= max {
        return (links.iter().collect(), String::new());
    }
    let mut sorted: Vec<&Link> = links.iter().collect();
    sorted.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    // Count links per weight level, heaviest first; keep whole levels.
    let mut kept = 0;
    let mut threshold = None;
    let mut i = 0;
    while i < sorted.len() {
        let w = sorted[i].weight;
        let level = sorted[i..].iter().take_while(|l| l.weight == w).count();
        if kept + level > max {
            break;
        }
        kept += level;
        threshold = Some(w);
        i += level;
    }
    let what = if weight_title.is_empty() {
        "weight"
    } else {
        weight_title
    };
    if let Some(w) = threshold {
        let chosen: Vec<&Link> = sorted.into_iter().take(kept).collect();
        let note = format!(
            "The {} routes with {} {} or more are drawn, of {}",
            chosen.len(),
            scale::format_value(w),
            what,
            scale::format_count(total)
        );
        (chosen, note)
    } else {
        let chosen: Vec<&Link> = sorted.into_iter().take(max).collect();
        let note = format!("{} of {} routes are drawn", chosen.len(), scale::format_count(total));
        (chosen, note)
    }
}

/// Every link of the place with the most links (ties: the first name).
fn hub_routes<'a, 'p>(links: &'a [Link<'p>]) -> (Vec<&'a Link<'p>>, String) {
    let all: Vec<&Link> = links.iter().collect();
    let degree = degrees(&all);
    let hub = degree
        .iter()
        .max_by(|a, b| a.1 .1.cmp(&b.1 .1).then(b.0.cmp(a.0)))
        .map(|(name, _)| *name);
    let Some(hub) = hub else {
        return (Vec::new(), String::new());
    };
    let chosen: Vec<&Link> = links
        .iter()
        .filter(|l| l.from.name == hub || l.to.name == hub)
        .collect();
    let note = format!("All {} routes from {hub}, the place with the most routes", chosen.len());
    (chosen, note)
}

/// Each named place with its number of links and their total weight, by
/// name.
fn degrees<'p>(links: &[&Link<'p>]) -> BTreeMap<&'p str, (&'p Place, usize, f64)> {
    let mut out: BTreeMap<&'p str, (&'p Place, usize, f64)> = BTreeMap::new();
    for link in links {
        for p in [link.from, link.to] {
            let entry = out.entry(p.name.as_str()).or_insert((p, 0, 0.0));
            entry.1 += 1;
            entry.2 += link.weight;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stubs_start_at_the_place_and_stop_after_their_length() {
        let piece = [(0.0, 0.0), (10.0, 0.0), (20.0, 0.0)];
        let at_start = [Some((0.0, 0.0)), None];
        assert_eq!(
            stub_from_place(&piece, &at_start, 15.0),
            vec![(0.0, 0.0), (10.0, 0.0), (15.0, 0.0)]
        );
        let at_end = [None, Some((20.0, 0.0))];
        assert_eq!(stub_from_place(&piece, &at_end, 5.0), vec![(20.0, 0.0), (15.0, 0.0)]);
        assert!(stub_from_place(&piece, &[None, Some((50.0, 0.0))], 5.0).is_empty());
        assert_eq!(stub_from_place(&piece, &at_start, 99.0).len(), 3);
    }

    #[test]
    fn routes_to_the_insets_are_kept_and_drawn_in_two_pieces() {
        let place = |name: &str, lon: f64, lat: f64| Place {
            name: name.to_string(),
            lon,
            lat,
        };
        let sea = place("SEA", -122.3, 47.4);
        let anc = place("ANC", -150.0, 61.2);
        let hnl = place("HNL", -157.9, 21.3);
        let lhr = place("LHR", -0.5, 51.5);
        let usa = Projection::AlbersUsa;
        let link = |from, to| Link { from, to, weight: 1.0 };
        assert!(ends_on_map(usa, &link(&sea, &anc)));
        assert!(ends_on_map(usa, &link(&sea, &hnl)));
        assert!(!ends_on_map(usa, &link(&sea, &lhr)), "London is not on this map");
        for to in [&anc, &hnl] {
            let pieces = usa.path(&geo_great_circle::arc((sea.lon, sea.lat), (to.lon, to.lat)));
            assert_eq!(pieces.len(), 2, "a piece on the mainland, one in the inset: {pieces:?}");
        }
    }

    fn place(name: &str) -> Place {
        Place {
            name: name.to_string(),
            lon: -90.0,
            lat: 40.0,
        }
    }

    fn route(a: &str, b: &str, weight: f64) -> Route {
        Route {
            from: place(a),
            to: place(b),
            weight,
        }
    }

    #[test]
    fn both_directions_make_one_link_with_the_larger_weight() {
        let routes = [route("A", "B", 1.0), route("B", "A", 3.0), route("A", "A", 9.0)];
        let links = merge_routes(&routes);
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!(links[0].weight, 3.0);
    }

    #[test]
    fn the_busiest_keep_whole_weight_levels() {
        let routes: Vec<Route> = (0..10)
            .map(|i| route("H", &format!("P{i}"), if i < 3 { 5.0 } else { 1.0 }))
            .collect();
        let links = merge_routes(&routes);
        let (chosen, note) = busiest(&links, 4, "carriers");
        assert_eq!(chosen.len(), 3, "the level of weight 1 would overflow");
        assert_eq!(note, "The 3 routes with 5 carriers or more are drawn, of 10");
        let (all, note) = busiest(&links, 20, "carriers");
        assert_eq!((all.len(), note.as_str()), (10, ""));
        let routes: Vec<Route> = (0..10).map(|i| route("H", &format!("P{i}"), 1.0)).collect();
        let flat = merge_routes(&routes);
        assert_eq!(
            busiest(&flat, 4, "").0.len(),
            4,
            "one level too big: cut to the maximum"
        );
    }

    #[test]
    fn the_hub_is_the_place_with_most_links() {
        let routes = [
            route("A", "B", 1.0),
            route("C", "B", 1.0),
            route("C", "D", 1.0),
            route("B", "D", 1.0),
        ];
        let links = merge_routes(&routes);
        let (chosen, note) = hub_routes(&links);
        assert_eq!(chosen.len(), 3);
        assert!(note.contains("from B"), "{note}");
        assert!(hub_routes(&[]).0.is_empty());
    }
}
