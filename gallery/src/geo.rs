//! What the map charts share: outlines, map projections, fitting a map into
//! a rectangle, great-circle arcs, hexagonal bins, label placement, and the
//! map's frame (title, note line, a legend beside or above the map) with its
//! colour bar.
//!
//! Coordinates come in as (longitude, latitude) in degrees. A projection
//! turns them into plane coordinates (x to the east, y to the north, in
//! units of the Earth's radius); a [`Fit`] scales those into pixels.
//!
//! Projections:
//! - [`Projection::EqualEarth`] for the world: equal-area, with straight
//!   parallels and curved meridians (Šavrič, Patterson & Jenny 2018).
//! - [`Projection::AlbersUsa`] for the United States: an Albers equal-area
//!   conic with standard parallels 29.5°N and 45.5°N for the contiguous
//!   states, with Alaska (at 0.35x scale) and Hawaii moved to insets at the
//!   lower left, like d3's `geoAlbersUsa`. Puerto Rico and the other
//!   territories are left out.
//!
//! Copying a map chart: copy this file too (it needs `theme.rs`, `scale.rs`
//! and `axes.rs`).

use crate::axes::{self, DrawResult};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;
use std::collections::BTreeMap;

/// A named area (a country, a state): its outer rings as closed lists of
/// (longitude, latitude) points. Holes are left out: what fills a hole (a
/// country inside another) is drawn on top, as regions are drawn largest
/// first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Region {
    /// The region's code in the data it joins (e.g. an ISO 3166 alpha-3 code or a FIPS code).
    pub id: String,
    /// The region's name, for labels and messages.
    pub name: String,
    /// Outer rings, each a closed list of (longitude, latitude) in degrees.
    pub rings: Vec<Vec<(f64, f64)>>,
}

/// A named point on the globe.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    /// The place's name or code (e.g. an airport code); may be empty.
    pub name: String,
    /// Longitude in degrees, east positive.
    pub lon: f64,
    /// Latitude in degrees, north positive.
    pub lat: f64,
}

// ---------------------------------------------------------------------------
// Projections

/// Equal Earth coefficients (Šavrič, Patterson & Jenny 2018).
const EE_A1: f64 = 1.340_264;
const EE_A2: f64 = -0.081_106;
const EE_A3: f64 = 0.000_893;
const EE_A4: f64 = 0.003_796;
/// sqrt(3) / 2
const EE_M: f64 = 0.866_025_403_784_438_6;

/// The Equal Earth projection on the unit sphere, central meridian 0°.
///
/// With θ = asin(√3/2 · sin φ):
/// x = λ cos θ / (√3/2 · (A1 + 3 A2 θ² + θ⁶ (7 A3 + 9 A4 θ²))),
/// y = θ (A1 + A2 θ² + θ⁶ (A3 + A4 θ²)).
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    let lambda = lon.to_radians();
    let theta = (EE_M * lat.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (EE_M * (EE_A1 + 3.0 * EE_A2 * t2 + t6 * (7.0 * EE_A3 + 9.0 * EE_A4 * t2)));
    let y = theta * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
    (x, y)
}

/// An Albers equal-area conic projection on the unit sphere (Snyder 1987,
/// "Map Projections: A Working Manual", p. 100): (lon0, lat0) maps to (0, 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Albers {
    n: f64,
    c: f64,
    rho0: f64,
    lon0: f64,
}

impl Albers {
    /// Standard parallels `lat1`, `lat2` (not symmetric about the equator)
    /// and origin (`lon0`, `lat0`), in degrees.
    pub fn new(lat1: f64, lat2: f64, lon0: f64, lat0: f64) -> Self {
        let (s1, s2) = (lat1.to_radians().sin(), lat2.to_radians().sin());
        let n = f64::midpoint(s1, s2);
        let n = if n.abs() < 1e-9 { 1e-9 } else { n };
        let c = lat1.to_radians().cos().powi(2) + 2.0 * n * s1;
        let rho0 = (c - 2.0 * n * lat0.to_radians().sin()).max(0.0).sqrt() / n;
        Albers { n, c, rho0, lon0 }
    }

    /// The point at `lon`, `lat` (degrees) in this projection's plane coordinates.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = (self.c - 2.0 * self.n * lat.to_radians().sin()).max(0.0).sqrt() / self.n;
        let theta = self.n * wrap_lon(lon - self.lon0).to_radians();
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }
}

/// A longitude in -180..=180.
pub fn wrap_lon(lon: f64) -> f64 {
    if (-180.0..=180.0).contains(&lon) {
        lon
    } else {
        (lon + 180.0).rem_euclid(360.0) - 180.0
    }
}

/// The parts of the Albers USA composite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UsaPart {
    /// The contiguous states (and DC), in the Albers conic with standard parallels 29.5°N and 45.5°N.
    Lower48,
    /// Alaska with the Aleutians, at 0.35x scale in an inset at the lower left.
    Alaska,
    /// Hawaii, in an inset at the lower left.
    Hawaii,
}

impl UsaPart {
    /// Which part a point belongs to, by a box around each; `None` for
    /// places outside all three (Puerto Rico, Guam, other countries).
    pub fn of(lon: f64, lat: f64) -> Option<UsaPart> {
        let lon = wrap_lon(lon);
        if !(lon.is_finite() && lat.is_finite()) {
            None
        } else if lat >= 50.0 && (lon <= -129.0 || lon >= 170.0) {
            // The Aleutians cross the antimeridian.
            Some(UsaPart::Alaska)
        } else if (15.0..=24.0).contains(&lat) && (-180.0..=-150.0).contains(&lon) {
            Some(UsaPart::Hawaii)
        } else if (20.0..=53.0).contains(&lat) && (-130.0..=-60.0).contains(&lon) {
            Some(UsaPart::Lower48)
        } else {
            None
        }
    }

    /// The composite's coordinates: each part's own Albers conic, shifted
    /// (and for Alaska scaled) to its place, as d3's `geoAlbersUsa` does.
    pub fn project(self, lon: f64, lat: f64) -> (f64, f64) {
        let i = match self {
            UsaPart::Lower48 => 0,
            UsaPart::Alaska => 1,
            UsaPart::Hawaii => 2,
        };
        let (albers, (cx, cy), k, offset) = usa_insets()[i];
        let (x, y) = albers.project(lon, lat);
        (offset.0 + k * (x - cx), offset.1 + k * (y - cy))
    }
}

/// One part of Albers USA: conic, centre in the plane, scale, offset.
type Inset = (Albers, (f64, f64), f64, (f64, f64));

/// Per part of Albers USA: its conic, the plane position of its inset's
/// centre, its scale, and where that centre goes (relative to the lower
/// 48's centre at 96.6°W 38.7°N). Worked out once: maps project thousands
/// of points per frame.
fn usa_insets() -> &'static [Inset; 3] {
    static INSETS: std::sync::OnceLock<[Inset; 3]> = std::sync::OnceLock::new();
    INSETS.get_or_init(|| {
        // (parallels, central meridian, inset centre, scale, offset)
        let parts = [
            (29.5, 45.5, -96.0, (-96.6, 38.7), 1.0, (0.0, 0.0)),
            (55.0, 65.0, -154.0, (-156.0, 58.5), 0.35, (-0.307, -0.201)),
            (8.0, 18.0, -157.0, (-160.0, 19.9), 1.0, (-0.205, -0.212)),
        ];
        parts.map(|(lat1, lat2, lon0, centre, k, offset)| {
            let albers = Albers::new(lat1, lat2, lon0, centre.1);
            (albers, albers.project(centre.0, centre.1), k, offset)
        })
    })
}

/// A named map projection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Projection {
    /// The whole world, equal-area.
    #[default]
    EqualEarth,
    /// The 50 states: Albers conic for the lower 48, Alaska and Hawaii as
    /// insets; other places are not shown.
    AlbersUsa,
}

impl Projection {
    /// A point in plane coordinates, or `None` where the projection does
    /// not show it.
    pub fn point(self, lon: f64, lat: f64) -> Option<(f64, f64)> {
        if !(lon.is_finite() && lat.is_finite()) {
            return None;
        }
        match self {
            Projection::EqualEarth => Some(equal_earth(wrap_lon(lon), lat.clamp(-90.0, 90.0))),
            Projection::AlbersUsa => UsaPart::of(lon, lat).map(|part| part.project(lon, lat)),
        }
    }

    /// An outline ring in plane coordinates, in as many pieces as the
    /// projection cuts it into: Equal Earth cuts rings that cross the
    /// antimeridian (Fiji, Russia) and closes rings around a pole
    /// (Antarctica); Albers USA projects a whole ring with the part its
    /// centre lies in, and drops rings elsewhere.
    pub fn ring(self, ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
        let ring: Vec<(f64, f64)> = ring
            .iter()
            .copied()
            .filter(|(lon, lat)| lon.is_finite() && lat.is_finite())
            .collect();
        if ring.len() < 3 {
            return Vec::new();
        }
        match self {
            Projection::EqualEarth => split_world_ring(&ring)
                .into_iter()
                .map(|piece| {
                    densify(&piece, 1.0)
                        .into_iter()
                        .map(|(x, y)| equal_earth(x, y))
                        .collect()
                })
                .collect(),
            Projection::AlbersUsa => {
                let n = ring.len() as f64;
                let lon = ring.iter().map(|p| wrap_lon(p.0)).sum::<f64>() / n;
                let lat = ring.iter().map(|p| p.1).sum::<f64>() / n;
                // Rings across the antimeridian (the Aleutians) average
                // near 0°: look at their first point instead.
                let part = UsaPart::of(lon, lat).or_else(|| UsaPart::of(ring[0].0, ring[0].1));
                match part {
                    Some(part) => vec![ring.iter().map(|(x, y)| part.project(*x, *y)).collect()],
                    None => Vec::new(),
                }
            }
        }
    }

    /// A line (a graticule line, a route) in plane coordinates, cut where it
    /// leaves what the projection shows: at the antimeridian for Equal
    /// Earth, between the parts of Albers USA.
    pub fn path(self, path: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
        match self {
            Projection::EqualEarth => split_world_path(path)
                .into_iter()
                .map(|piece| piece.into_iter().map(|(x, y)| equal_earth(x, y)).collect())
                .collect(),
            Projection::AlbersUsa => {
                let mut pieces: Vec<Vec<(f64, f64)>> = Vec::new();
                let mut current: Vec<(f64, f64)> = Vec::new();
                let mut last_part = None;
                for (lon, lat) in path {
                    let part = UsaPart::of(*lon, *lat);
                    if part != last_part && !current.is_empty() {
                        pieces.push(std::mem::take(&mut current));
                    }
                    if let Some(p) = part {
                        current.push(p.project(*lon, *lat));
                    }
                    last_part = part;
                }
                if !current.is_empty() {
                    pieces.push(current);
                }
                pieces.retain(|p| p.len() >= 2);
                pieces
            }
        }
    }

    /// Whether a line from `a` to `b` (lon, lat) stays on this map: always
    /// for Equal Earth, and for Albers USA when both ends lie in the same
    /// part (a route to Hawaii would leave the lower 48 and reappear in
    /// the inset).
    pub fn shows_link(self, a: (f64, f64), b: (f64, f64)) -> bool {
        let finite = |p: (f64, f64)| p.0.is_finite() && p.1.is_finite();
        match self {
            Projection::EqualEarth => finite(a) && finite(b),
            Projection::AlbersUsa => UsaPart::of(a.0, a.1).is_some_and(|p| UsaPart::of(b.0, b.1) == Some(p)),
        }
    }

    /// The outline of the whole globe, if the projection shows it.
    pub fn sphere(self) -> Option<Vec<(f64, f64)>> {
        match self {
            Projection::EqualEarth => {
                let mut edge: Vec<(f64, f64)> = (0..=180).map(|k| (-180.0, -90.0 + f64::from(k))).collect();
                edge.extend((0..=180).map(|k| (180.0, 90.0 - f64::from(k))));
                Some(edge.into_iter().map(|(x, y)| equal_earth(x, y)).collect())
            }
            Projection::AlbersUsa => None,
        }
    }

    /// Meridians and parallels every `step` degrees (poles and the
    /// antimeridian left to the sphere's outline).
    pub fn graticule(self, step: f64) -> Vec<Vec<(f64, f64)>> {
        if !(step.is_finite() && step >= 1.0) {
            return Vec::new();
        }
        let n = (180.0 / step).floor() as i32;
        let mut lines = Vec::new();
        for k in -n..=n {
            let lon = f64::from(k) * step;
            if lon.abs() < 180.0 {
                let meridian: Vec<(f64, f64)> = (0..=90).map(|i| (lon, -90.0 + 2.0 * f64::from(i))).collect();
                lines.extend(self.path(&meridian));
            }
        }
        let m = (90.0 / step).floor() as i32;
        for k in -m..=m {
            let lat = f64::from(k) * step;
            if lat.abs() < 90.0 {
                let parallel: Vec<(f64, f64)> = (0..=180).map(|i| (-180.0 + 2.0 * f64::from(i), lat)).collect();
                lines.extend(self.path(&parallel));
            }
        }
        lines
    }
}

/// Cuts a ring crossing the antimeridian into pieces that each stay within
/// -180..=180; a ring around a pole is closed along the pole line.
fn split_world_ring(ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    // Unwrap: no step of more than 180° in longitude.
    let mut u: Vec<(f64, f64)> = Vec::with_capacity(ring.len() + 2);
    for (i, (lon, lat)) in ring.iter().enumerate() {
        let x = match (i, u.last()) {
            (0, _) | (_, None) => *lon,
            (_, Some((prev_u, _))) => {
                let step = lon - ring[i - 1].0;
                let step = (step + 180.0).rem_euclid(360.0) - 180.0;
                prev_u + step
            }
        };
        u.push((x, *lat));
    }
    let (Some(first), Some(last)) = (u.first().copied(), u.last().copied()) else {
        return Vec::new();
    };
    if (last.0 - first.0).abs() > 180.0 {
        // Wound once around a pole: close it along the pole line.
        let mean_lat = u.iter().map(|p| p.1).sum::<f64>() / u.len() as f64;
        let pole = if mean_lat < 0.0 { -90.0 } else { 90.0 };
        u.push((last.0, pole));
        u.push((first.0, pole));
    }
    let (lo, hi) = u.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
        (lo.min(p.0), hi.max(p.0))
    });
    let mut pieces = Vec::new();
    for k in -2..=2 {
        let shift = 360.0 * f64::from(k);
        if hi + shift <= -180.0 || lo + shift >= 180.0 {
            continue;
        }
        let shifted: Vec<(f64, f64)> = u.iter().map(|(x, y)| (x + shift, *y)).collect();
        if lo + shift >= -180.0 && hi + shift <= 180.0 {
            pieces.push(shifted);
        } else {
            let clipped = clip_x(&clip_x(&shifted, -180.0, true), 180.0, false);
            if clipped.len() >= 3 {
                pieces.push(clipped);
            }
        }
    }
    pieces
}

/// Sutherland-Hodgman: the part of a polygon with x >= `bound` (`keep_above`)
/// or x <= `bound`.
fn clip_x(poly: &[(f64, f64)], bound: f64, keep_above: bool) -> Vec<(f64, f64)> {
    let inside = |p: (f64, f64)| if keep_above { p.0 >= bound } else { p.0 <= bound };
    let cross = |p: (f64, f64), q: (f64, f64)| {
        let t = (bound - p.0) / (q.0 - p.0);
        (bound, p.1 + t * (q.1 - p.1))
    };
    let mut out = Vec::with_capacity(poly.len() + 4);
    for (i, q) in poly.iter().enumerate() {
        let p = poly[(i + poly.len() - 1) % poly.len()];
        match (inside(p), inside(*q)) {
            (true, true) => out.push(*q),
            (true, false) => out.push(cross(p, *q)),
            (false, true) => {
                out.push(cross(p, *q));
                out.push(*q);
            }
            (false, false) => {}
        }
    }
    out
}

/// Cuts a line where it jumps across the antimeridian, ending one piece
/// on the edge and starting the next on the opposite edge.
fn split_world_path(path: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut pieces: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    let mut prev: Option<(f64, f64)> = None;
    for (lon, lat) in path {
        if !(lon.is_finite() && lat.is_finite()) {
            continue;
        }
        let p = (wrap_lon(*lon), lat.clamp(-90.0, 90.0));
        if let Some(q) = prev {
            let step = p.0 - q.0;
            if step.abs() > 180.0 {
                // The unwrapped next point lies past the edge we cross.
                let edge = if step < 0.0 { 180.0 } else { -180.0 };
                let unwrapped = p.0 + 2.0 * edge;
                let t = (edge - q.0) / (unwrapped - q.0);
                let lat_c = q.1 + t * (p.1 - q.1);
                current.push((edge, lat_c));
                pieces.push(std::mem::take(&mut current));
                current.push((-edge, lat_c));
            }
        }
        current.push(p);
        prev = Some(p);
    }
    pieces.push(current);
    pieces.retain(|p| p.len() >= 2);
    pieces
}

/// Extra points on edges longer than `max_step` degrees, so long straight
/// edges (a cut along the antimeridian) follow the projection's curves.
fn densify(ring: &[(f64, f64)], max_step: f64) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(ring.len());
    for (i, p) in ring.iter().enumerate() {
        out.push(*p);
        if let Some(q) = ring.get(i + 1).or_else(|| ring.first()) {
            let len = (q.0 - p.0).abs().max((q.1 - p.1).abs());
            let n = (len / max_step).ceil().min(720.0) as usize;
            for k in 1..n {
                let t = k as f64 / n as f64;
                out.push((p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1)));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Great circles

fn to_unit(lon: f64, lat: f64) -> [f64; 3] {
    let (l, p) = (lon.to_radians(), lat.to_radians());
    [p.cos() * l.cos(), p.cos() * l.sin(), p.sin()]
}

/// The angle between two places in degrees (the great-circle distance on
/// the unit sphere).
pub fn angular_distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (u, v) = (to_unit(a.0, a.1), to_unit(b.0, b.1));
    let dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    let cross = [
        u[1] * v[2] - u[2] * v[1],
        u[2] * v[0] - u[0] * v[2],
        u[0] * v[1] - u[1] * v[0],
    ];
    let sin = (cross[0] * cross[0] + cross[1] * cross[1] + cross[2] * cross[2]).sqrt();
    sin.atan2(dot).to_degrees()
}

/// The shortest path over the globe from `a` to `b` (lon, lat in degrees),
/// as `segments + 1` points found by spherical linear interpolation (slerp)
/// of the two unit vectors. The ends are `a` and `b` exactly; antipodes
/// (no unique shortest path) and identical points give the two ends.
pub fn great_circle(a: (f64, f64), b: (f64, f64), segments: usize) -> Vec<(f64, f64)> {
    let omega = angular_distance(a, b).to_radians();
    let segments = segments.max(1);
    if !omega.is_finite() || omega < 1e-9 || (std::f64::consts::PI - omega) < 1e-9 {
        return vec![a, b];
    }
    let (u, v) = (to_unit(a.0, a.1), to_unit(b.0, b.1));
    let sin_omega = omega.sin();
    let mut points = Vec::with_capacity(segments + 1);
    points.push(a);
    for i in 1..segments {
        let t = i as f64 / segments as f64;
        let (wa, wb) = (((1.0 - t) * omega).sin() / sin_omega, (t * omega).sin() / sin_omega);
        let p = [wa * u[0] + wb * v[0], wa * u[1] + wb * v[1], wa * u[2] + wb * v[2]];
        let lat = p[2].clamp(-1.0, 1.0).asin().to_degrees();
        let lon = p[1].atan2(p[0]).to_degrees();
        points.push((lon, lat));
    }
    points.push(b);
    points
}

/// A great circle with a point every 2 degrees or so.
pub fn arc(a: (f64, f64), b: (f64, f64)) -> Vec<(f64, f64)> {
    let n = (angular_distance(a, b) / 2.0).ceil();
    let n = if n.is_finite() { n.clamp(1.0, 90.0) as usize } else { 1 };
    great_circle(a, b, n)
}

// ---------------------------------------------------------------------------
// Hexagonal bins

const SQRT_3: f64 = 1.732_050_807_568_877_2;

/// The hexagon (axial coordinates q, r) that contains `p`, for pointy-top
/// hexagons of circumradius `radius` with hexagon (0, 0) centred on the
/// origin.
pub fn hex_of(p: (f64, f64), radius: f64) -> (i64, i64) {
    let q = (SQRT_3 / 3.0 * p.0 - p.1 / 3.0) / radius;
    let r = (2.0 / 3.0 * p.1) / radius;
    // Round in cube coordinates (q + r + s = 0), fixing the component that
    // moved most.
    let s = -q - r;
    let (mut rq, mut rr, rs) = (q.round(), r.round(), s.round());
    let (dq, dr, ds) = ((rq - q).abs(), (rr - r).abs(), (rs - s).abs());
    if dq > dr && dq > ds {
        rq = -rr - rs;
    } else if dr > ds {
        rr = -rq - rs;
    }
    (rq as i64, rr as i64)
}

/// The centre of hexagon (q, r).
pub fn hex_centre(hex: (i64, i64), radius: f64) -> (f64, f64) {
    let (q, r) = (hex.0 as f64, hex.1 as f64);
    (radius * SQRT_3 * (q + r / 2.0), radius * 1.5 * r)
}

/// The six corners of a pointy-top hexagon.
pub fn hex_corners(centre: (f64, f64), radius: f64) -> Vec<(f64, f64)> {
    (0..6)
        .map(|k| {
            let angle = (60.0 * f64::from(k) - 30.0).to_radians();
            (centre.0 + radius * angle.cos(), centre.1 + radius * angle.sin())
        })
        .collect()
}

/// Points counted per hexagon: (centre, count) for every hexagon holding
/// at least one point, in a fixed order.
pub fn hex_bin(points: &[(f64, f64)], radius: f64) -> Vec<((f64, f64), usize)> {
    if !(radius.is_finite() && radius > 0.0) {
        return Vec::new();
    }
    let mut counts: BTreeMap<(i64, i64), usize> = BTreeMap::new();
    for p in points.iter().filter(|p| p.0.is_finite() && p.1.is_finite()) {
        *counts.entry(hex_of(*p, radius)).or_insert(0) += 1;
    }
    counts.into_iter().map(|(h, n)| (hex_centre(h, radius), n)).collect()
}

/// The part of polygon `subject` inside the convex polygon `clip`
/// (Sutherland-Hodgman; either winding). A concave subject may come back
/// with zero-width seams along the clip's edges, which fill invisibly.
pub fn clip_convex(subject: &[(f64, f64)], clip: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if clip.len() < 3 {
        return Vec::new();
    }
    let n = clip.len();
    let twice: f64 = (0..n)
        .map(|i| {
            let (p, q) = (clip[i], clip[(i + 1) % n]);
            p.0 * q.1 - q.0 * p.1
        })
        .sum();
    let sign = twice.signum();
    // Two buffers, each pass reading one and writing the other: a pass
    // adds at most one point per clip edge.
    let room = subject.len() + 2 * clip.len();
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(room);
    out.extend_from_slice(subject);
    let mut input: Vec<(f64, f64)> = Vec::with_capacity(room);
    for (k, a) in clip.iter().enumerate() {
        let b = clip[(k + 1) % clip.len()];
        // Positive on the inner side of edge a -> b.
        let side = |p: (f64, f64)| sign * ((b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0));
        std::mem::swap(&mut input, &mut out);
        out.clear();
        let Some(mut prev) = input.last().copied() else {
            break;
        };
        for &p in &input {
            let (sp, sq) = (side(p), side(prev));
            if sp >= 0.0 {
                if sq < 0.0 {
                    out.push(crossing(prev, p, sq, sp));
                }
                out.push(p);
            } else if sq >= 0.0 {
                out.push(crossing(prev, p, sq, sp));
            }
            prev = p;
        }
    }
    out
}

/// [`clip_convex`] for a convex `clip` that a long `subject` ring mostly
/// does not cross (a small hexagon over a country): when no edge of the
/// ring comes near the clip, the clip lies wholly inside the ring or wholly
/// outside it, which one point tells, without clipping every edge.
pub fn clip_convex_fast(subject: &[(f64, f64)], clip: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let Some(near) = Bounds::of(clip.iter().copied()) else {
        return Vec::new();
    };
    // Shortening keeps the shape inside `near`, which edges come near it,
    // and which side of the ring a point in `near` lies on: the rest works
    // on the few points left.
    let ring = outside_runs_shortened(subject, near);
    let n = ring.len();
    let crosses = (0..n).any(|i| {
        let (p, q) = (ring[i], ring[(i + 1) % n]);
        p.0.min(q.0) <= near.max_x
            && p.0.max(q.0) >= near.min_x
            && p.1.min(q.1) <= near.max_y
            && p.1.max(q.1) >= near.min_y
    });
    match clip.first() {
        _ if crosses => clip_convex(&ring, clip),
        Some(corner) if ring_contains(&ring, *corner) => clip.to_vec(),
        _ => Vec::new(),
    }
}

/// `ring` with each run of points beyond one side of `bounds` cut to its
/// first and last point. The run's path stays beyond that side, outside
/// anything inside `bounds`, so clipping to a polygon in `bounds` gives the
/// same shape from far fewer points.
fn outside_runs_shortened(ring: &[(f64, f64)], bounds: Bounds) -> Vec<(f64, f64)> {
    let side = |p: &(f64, f64)| match p {
        p if p.0 < bounds.min_x => 1,
        p if p.0 > bounds.max_x => 2,
        p if p.1 < bounds.min_y => 3,
        p if p.1 > bounds.max_y => 4,
        _ => 0,
    };
    let mut out = Vec::new();
    for (i, p) in ring.iter().enumerate() {
        let here = side(p);
        let inner = here != 0
            && ring.get(i.wrapping_sub(1)).is_some_and(|q| side(q) == here)
            && ring.get(i + 1).is_some_and(|q| side(q) == here);
        if !inner {
            out.push(*p);
        }
    }
    out
}

/// `path` with the points dropped that lie within `tolerance` of the line
/// through the points kept on either side (Douglas-Peucker): the same
/// shape to that tolerance, from fewer points. The ends are always kept.
pub fn simplify(path: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    let n = path.len();
    if n <= 2 || tolerance.is_nan() || tolerance <= 0.0 {
        return path.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut spans = vec![(0, n - 1)];
    while let Some((a, b)) = spans.pop() {
        let (p, q) = (path[a], path[b]);
        let (dx, dy) = (q.0 - p.0, q.1 - p.1);
        let length = dx.hypot(dy);
        // Distance from the chord (or from `p` when the span closes on itself).
        let distance = |r: (f64, f64)| {
            if length > 0.0 {
                (dx * (r.1 - p.1) - dy * (r.0 - p.0)).abs() / length
            } else {
                (r.0 - p.0).hypot(r.1 - p.1)
            }
        };
        let far = (a + 1..b)
            .map(|i| (i, distance(path[i])))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, _)) = far.filter(|(_, d)| *d > tolerance) {
            keep[i] = true;
            spans.push((a, i));
            spans.push((i, b));
        }
    }
    path.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// `rings` simplified (see [`simplify`]) where they are coast: a point
/// that another ring shares (a border between two regions) is kept, so
/// that neighbours still meet without a gap between them.
pub fn simplify_coasts(rings: &[&Vec<(f64, f64)>], tolerance: f64) -> Vec<Vec<(f64, f64)>> {
    let bits = |p: &(f64, f64)| (p.0.to_bits(), p.1.to_bits());
    // The first ring each point is seen in; a point seen in another is shared.
    let mut seen: BTreeMap<(u64, u64), usize> = BTreeMap::new();
    let mut shared: std::collections::BTreeSet<(u64, u64)> = std::collections::BTreeSet::new();
    for (k, ring) in rings.iter().enumerate() {
        for p in *ring {
            match seen.get(&bits(p)) {
                Some(first) if *first != k => {
                    shared.insert(bits(p));
                }
                Some(_) => {}
                None => {
                    seen.insert(bits(p), k);
                }
            }
        }
    }
    rings
        .iter()
        .map(|ring| {
            // Stretches between shared points, each simplified on its own.
            let mut out: Vec<(f64, f64)> = Vec::with_capacity(ring.len());
            let mut start = 0;
            for (i, p) in ring.iter().enumerate() {
                if i > start && (shared.contains(&bits(p)) || i + 1 == ring.len()) {
                    let stretch = simplify(&ring[start..=i], tolerance);
                    out.extend(&stretch[usize::from(!out.is_empty())..]);
                    start = i;
                }
            }
            if out.is_empty() {
                out.clone_from(ring);
            }
            out
        })
        .collect()
}

/// Whether `p` lies inside `ring` (even-odd rule).
pub fn ring_contains(ring: &[(f64, f64)], p: (f64, f64)) -> bool {
    let n = ring.len();
    let mut inside = false;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0) {
            inside = !inside;
        }
    }
    inside
}

/// Where the segment from `p` (signed distance `dp`) to `q` (`dq`) crosses
/// zero.
fn crossing(p: (f64, f64), q: (f64, f64), dp: f64, dq: f64) -> (f64, f64) {
    let t = dp / (dp - dq);
    (p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t)
}

// ---------------------------------------------------------------------------
// Fitting projected coordinates into pixels

/// A pixel rectangle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rect {
    /// Left edge, in pixels.
    pub x: i32,
    /// Top edge, in pixels.
    pub y: i32,
    /// Width, in pixels.
    pub w: i32,
    /// Height, in pixels.
    pub h: i32,
}

impl Rect {
    /// The x just past the right edge, in pixels.
    pub fn right(&self) -> i32 {
        self.x + self.w
    }

    /// The y just past the bottom edge, in pixels.
    pub fn bottom(&self) -> i32 {
        self.y + self.h
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x && other.y >= self.y && other.right() <= self.right() && other.bottom() <= self.bottom()
    }
}

/// The extent of projected coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest projected x.
    pub min_x: f64,
    /// Smallest projected y.
    pub min_y: f64,
    /// Largest projected x.
    pub max_x: f64,
    /// Largest projected y.
    pub max_y: f64,
}

impl Bounds {
    /// The extent of the finite points, if there are any.
    pub fn of(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Bounds> {
        points
            .into_iter()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .fold(None, |b: Option<Bounds>, (x, y)| {
                Some(match b {
                    None => Bounds {
                        min_x: x,
                        min_y: y,
                        max_x: x,
                        max_y: y,
                    },
                    Some(b) => Bounds {
                        min_x: b.min_x.min(x),
                        min_y: b.min_y.min(y),
                        max_x: b.max_x.max(x),
                        max_y: b.max_y.max(y),
                    },
                })
            })
    }

    /// The extent's width, in projected units.
    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    /// The extent's height, in projected units.
    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }

    /// The extent grown by `d` on every side.
    #[must_use]
    pub fn padded(&self, d: f64) -> Bounds {
        let d = if d.is_finite() { d.max(0.0) } else { 0.0 };
        Bounds {
            min_x: self.min_x - d,
            min_y: self.min_y - d,
            max_x: self.max_x + d,
            max_y: self.max_y + d,
        }
    }

    /// Width over height; 1 for a degenerate extent.
    pub fn aspect(&self) -> f64 {
        let a = self.width() / self.height();
        if a.is_finite() && a > 0.0 {
            a
        } else {
            1.0
        }
    }
}

/// Projected coordinates to pixels: one scale for x and y (so shapes keep
/// their proportions), the map centred in its rectangle, y turned to grow
/// downwards. Pixel sizes are what a terminal cell's 8x16 virtual pixels
/// are too, so the aspect ratio holds there as well.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// Pixels per unit of projected coordinates, the same for x and y.
    pub scale: f64,
    /// Pixel position of the projected point (0, 0).
    pub origin: (f64, f64),
    /// The pixels the map covers.
    pub rect: Rect,
}

impl Fit {
    /// Fits `bounds` into `rect`; `None` for an empty rectangle or extent.
    pub fn new(bounds: Bounds, rect: Rect) -> Option<Fit> {
        let (bw, bh) = (bounds.width(), bounds.height());
        if rect.w < 2 || rect.h < 2 || !(bw.is_finite() && bh.is_finite()) || (bw <= 0.0 && bh <= 0.0) {
            return None;
        }
        let sx = if bw > 0.0 {
            f64::from(rect.w - 1) / bw
        } else {
            f64::INFINITY
        };
        let sy = if bh > 0.0 {
            f64::from(rect.h - 1) / bh
        } else {
            f64::INFINITY
        };
        let scale = sx.min(sy);
        let (used_w, used_h) = (bw * scale, bh * scale);
        let left = f64::from(rect.x) + (f64::from(rect.w - 1) - used_w) / 2.0;
        let top = f64::from(rect.y) + (f64::from(rect.h - 1) - used_h) / 2.0;
        let origin = (left - bounds.min_x * scale, top + bounds.max_y * scale);
        let covered = Rect {
            x: left.floor() as i32,
            y: top.floor() as i32,
            w: used_w.ceil() as i32 + 1,
            h: used_h.ceil() as i32 + 1,
        };
        Some(Fit {
            scale,
            origin,
            rect: covered,
        })
    }

    /// Pixel position of a projected point, unrounded.
    pub fn to_pixel(&self, p: (f64, f64)) -> (f64, f64) {
        (self.origin.0 + p.0 * self.scale, self.origin.1 - p.1 * self.scale)
    }

    /// Pixel position of a projected point.
    pub fn px(&self, p: (f64, f64)) -> (i32, i32) {
        let (x, y) = self.to_pixel(p);
        (x.round() as i32, y.round() as i32)
    }

    /// A projected path in pixels, repeated pixels dropped.
    pub fn pixels(&self, path: &[(f64, f64)]) -> Vec<(i32, i32)> {
        let mut out: Vec<(i32, i32)> = Vec::with_capacity(path.len());
        for p in path {
            let q = self.px(*p);
            if out.last() != Some(&q) {
                out.push(q);
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Outlines

/// A region's rings in plane coordinates, and the area they cover.
#[derive(Clone, Debug, PartialEq)]
pub struct Projected {
    /// Index of the region in the input.
    pub index: usize,
    /// The region's rings in projected (plane) coordinates.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// The area the rings cover, in squared plane units (to draw the largest first).
    pub area: f64,
}

/// Every region projected, largest first (so that a region inside
/// another's hole is drawn on top of it); regions the projection does not
/// show are left out.
pub fn project_regions(regions: &[Region], projection: Projection) -> Vec<Projected> {
    let mut out: Vec<Projected> = regions
        .iter()
        .enumerate()
        .map(|(index, region)| {
            let rings: Vec<Vec<(f64, f64)>> = region.rings.iter().flat_map(|r| projection.ring(r)).collect();
            let area = rings.iter().map(|r| polygon_area(r)).sum();
            Projected { index, rings, area }
        })
        .filter(|p| !p.rings.is_empty())
        .collect();
    out.sort_by(|a, b| b.area.total_cmp(&a.area));
    out
}

/// The unsigned area of a polygon (shoelace formula).
pub fn polygon_area(ring: &[(f64, f64)]) -> f64 {
    let n = ring.len();
    let twice: f64 = (0..n)
        .map(|i| {
            let (p, q) = (ring[i], ring[(i + 1) % n]);
            p.0 * q.1 - q.0 * p.1
        })
        .sum();
    (twice / 2.0).abs()
}

/// The extent of projected regions.
pub fn bounds_of(regions: &[Projected]) -> Option<Bounds> {
    Bounds::of(regions.iter().flat_map(|r| r.rings.iter().flatten().copied()))
}

/// Fills each region in the colour `fill` gives its index (none: not
/// drawn), then outlines it with `border`.
pub fn draw_regions<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    regions: &[Projected],
    fill: impl Fn(usize) -> Option<ShapeStyle>,
    border: Option<ShapeStyle>,
) -> DrawResult<(), DB> {
    for region in regions {
        let style = fill(region.index);
        for ring in &region.rings {
            let pixels = fit.pixels(ring);
            if pixels.len() < 3 {
                continue;
            }
            if let Some(style) = style {
                area.draw(&Polygon::new(pixels.clone(), style))?;
            }
            if let Some(border) = border {
                let mut closed = pixels;
                if let Some(first) = closed.first().copied() {
                    closed.push(first);
                }
                area.draw(&PathElement::new(closed, border))?;
            }
        }
    }
    Ok(())
}

/// The border between filled regions: a thin line in the background
/// colour. A terminal erases a whole line of dots for it, which separates
/// big regions (US states at 80x24) but shreds small ones (African
/// countries), so there it is drawn only when the median region covers at
/// least [`BORDER_MIN_CELLS`] cells.
pub fn gap_border<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    fit: &Fit,
    regions: &[Projected],
) -> DrawResult<Option<ShapeStyle>, DB> {
    let border = Some(ShapeStyle::from(&theme.background).stroke_width(1));
    let Some((cw, ch)) = cell_size(area, theme)? else {
        return Ok(border);
    };
    let mut areas: Vec<f64> = regions.iter().map(|r| r.area * fit.scale * fit.scale).collect();
    areas.sort_by(f64::total_cmp);
    let median = areas.get(areas.len() / 2).copied().unwrap_or(0.0);
    Ok(border.filter(|_| median >= BORDER_MIN_CELLS * f64::from(cw * ch)))
}

/// See [`gap_border`].
pub const BORDER_MIN_CELLS: f64 = 8.0;

/// A base map made ready for one projection: its regions projected, and
/// the outline of the land (coasts and outer borders, without the borders
/// between regions) as paths in the plane. Neither depends on the canvas,
/// so build it once with the data: a terminal redraws the chart on every
/// frame and resize, and finding the outline is most of a frame's work.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Basemap {
    /// The projection the regions were projected with.
    pub projection: Projection,
    /// The regions in the plane, largest first (see [`project_regions`]).
    pub regions: Vec<Projected>,
    /// The land's outline in the plane (see [`outer_edges`]).
    pub outline: Vec<Vec<(f64, f64)>>,
    /// Every ring of the regions with its coasts simplified to
    /// [`LAND_DETAIL`] of the map's extent (see [`simplify_coasts`]), and
    /// its bounds: for cutting shapes to the land.
    pub land: Vec<(Vec<(f64, f64)>, Bounds)>,
}

/// The detail of [`Basemap::land`], as a share of the map's extent: under
/// a pixel on a 1200-pixel-wide picture.
pub const LAND_DETAIL: f64 = 1.0 / 2000.0;

impl Basemap {
    /// Projects `regions` with `projection` and finds the land's outline.
    pub fn new(projection: Projection, regions: &[Region]) -> Self {
        let outline = outer_edges(regions)
            .iter()
            .flat_map(|run| projection.path(run))
            .collect();
        let regions = project_regions(regions, projection);
        let extent = map_bounds(projection, &regions).map_or(0.0, |b| b.width().max(b.height()));
        let rings: Vec<&Vec<(f64, f64)>> = regions.iter().flat_map(|r| &r.rings).collect();
        let land = simplify_coasts(&rings, extent * LAND_DETAIL)
            .into_iter()
            .filter_map(|ring| Bounds::of(ring.iter().copied()).map(|b| (ring, b)))
            .collect();
        Basemap {
            projection,
            regions,
            outline,
            land,
        }
    }

    /// The extent of the map (see [`map_bounds`]).
    pub fn bounds(&self) -> Option<Bounds> {
        map_bounds(self.projection, &self.regions)
    }
}

/// The quiet base map under points and lines. On paper: a light fill and
/// thin grey borders. In a terminal, where every cell shows one colour, only
/// the outer outline (coasts and outer borders), so that the lines and
/// points on top keep the cells they cross; the fill, under half opacity,
/// is left out there anyway.
pub fn draw_basemap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    basemap: &Basemap,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let line = ShapeStyle::from(&theme.axis.mix(0.5)).stroke_width(1);
    if axes::text_in_cells(area, theme)? {
        for piece in &basemap.outline {
            area.draw(&PathElement::new(fit.pixels(piece), line))?;
        }
        return Ok(());
    }
    let fill = theme.muted.mix(0.12).filled();
    draw_regions(area, fit, &basemap.regions, |_| Some(fill), Some(line))
}

/// The edges of the rings that no other edge repeats: the outline of the
/// land without the borders between its regions (outlines from `TopoJSON`
/// share their borders point for point). Returned as runs of (lon, lat).
pub fn outer_edges(regions: &[Region]) -> Vec<Vec<(f64, f64)>> {
    type Key = ((i64, i64), (i64, i64));
    let q = |p: (f64, f64)| ((p.0 * 1e6) as i64, (p.1 * 1e6) as i64);
    let key = |a: (f64, f64), b: (f64, f64)| -> Key {
        let (a, b) = (q(a), q(b));
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let rings = || regions.iter().flat_map(|r| r.rings.iter());
    // Every edge with its number, sorted by key: equal keys sit side by
    // side, so one pass marks the shared ones.
    let mut keyed: Vec<(Key, usize)> = rings()
        .flat_map(|ring| ring.windows(2).map(|w| key(w[0], w[1])))
        .enumerate()
        .map(|(i, k)| (k, i))
        .collect();
    keyed.sort_unstable();
    let mut shared = vec![false; keyed.len()];
    for pair in keyed.windows(2) {
        if pair[0].0 == pair[1].0 {
            for (_, i) in pair {
                if let Some(s) = shared.get_mut(*i) {
                    *s = true;
                }
            }
        }
    }
    let mut runs = Vec::new();
    let mut edge = 0;
    for ring in rings() {
        let mut run: Vec<(f64, f64)> = Vec::new();
        for w in ring.windows(2) {
            let outer = !shared.get(edge).copied().unwrap_or(true);
            edge += 1;
            if outer {
                if run.is_empty() {
                    run.push(w[0]);
                }
                run.push(w[1]);
            } else if run.len() >= 2 {
                runs.push(std::mem::take(&mut run));
            } else {
                run.clear();
            }
        }
        if run.len() >= 2 {
            runs.push(run);
        }
    }
    runs
}

/// The globe's outline filled as a pale sea, with its edge in the grid
/// colour; nothing for projections without one. A terminal would leave the
/// pale fill out (under half opacity), so it is not drawn there at all.
pub fn draw_sphere<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    projection: Projection,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let Some(sphere) = projection.sphere() else {
        return Ok(());
    };
    let pixels = fit.pixels(&sphere);
    if !axes::text_in_cells(area, theme)? {
        area.draw(&Polygon::new(
            pixels.clone(),
            theme.color(crate::theme::WATER).mix(0.1).filled(),
        ))?;
    }
    area.draw(&PathElement::new(pixels, ShapeStyle::from(&theme.grid).stroke_width(1)))?;
    Ok(())
}

/// The projected extent a map of `regions` should show: the whole globe
/// for projections that have an outline, else the regions' extent.
pub fn map_bounds(projection: Projection, regions: &[Projected]) -> Option<Bounds> {
    match projection.sphere() {
        Some(sphere) => Bounds::of(sphere),
        None => bounds_of(regions),
    }
}

// ---------------------------------------------------------------------------
// Layout: title, note, legend beside or above the map

/// Where a map's legend goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// A column at the right of the map.
    Right,
    /// A row above the map, under the title.
    Top,
}

/// Chooses the legend's side: whichever leaves the map (of width/height
/// `aspect`) bigger in `space`, given the legend needs `right_w` pixels
/// beside the map or `top_h` pixels above it. Returns the side and the
/// rectangle left for the map.
pub fn split_legend(space: Rect, aspect: f64, right_w: i32, top_h: i32) -> (Side, Rect) {
    let aspect = if aspect.is_finite() && aspect > 0.0 {
        aspect
    } else {
        1.0
    };
    let beside = Rect {
        w: (space.w - right_w).max(0),
        ..space
    };
    let above = Rect {
        y: space.y + top_h,
        h: (space.h - top_h).max(0),
        ..space
    };
    let height_of = |r: Rect| (f64::from(r.w) / aspect).min(f64::from(r.h));
    if height_of(beside) >= height_of(above) {
        (Side::Right, beside)
    } else {
        (Side::Top, above)
    }
}

/// The size of a character cell when the canvas is a terminal (see
/// [`axes::text_in_cells`]), `None` on paper. Legends snap to it so that a
/// colour strip fills whole cells instead of half of two.
pub fn cell_size<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> DrawResult<Option<(i32, i32)>, DB> {
    if !axes::text_in_cells(area, theme)? {
        return Ok(None);
    }
    Ok(Some(axes::text_size(area, "0", &theme.label_style())?))
}

/// `v` rounded up to a multiple of `cell` (unchanged without a cell).
pub fn snap_up(v: i32, cell: Option<i32>) -> i32 {
    match cell {
        Some(c) if c > 0 => (v + c - 1).div_euclid(c) * c,
        _ => v,
    }
}

/// `v` rounded down to a multiple of `cell` (unchanged without a cell).
pub fn snap_down(v: i32, cell: Option<i32>) -> i32 {
    match cell {
        Some(c) if c > 0 => v.div_euclid(c) * c,
        _ => v,
    }
}

/// Draws the title and, under it, a muted note line (when there is one);
/// returns the space left below them, inside the margins.
pub fn draw_header<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title: &str,
    note: &str,
) -> DrawResult<Rect, DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, title)?;
    if !note.is_empty() {
        let style = theme.muted_style();
        let (_, line_h) = axes::text_size(area, "Ag", &style)?;
        let text = axes::fit_text(area, note, &style, w - 2 * m)?;
        area.draw(&Text::new(text, (m, top), style.pos(Pos::new(HPos::Left, VPos::Top))))?;
        top += line_h + theme.gap;
    }
    // In a terminal, start what follows on a whole text row.
    let top = snap_up(top, cell_size(area, theme)?.map(|c| c.1));
    Ok(Rect {
        x: m,
        y: top,
        w: (w - 2 * m).max(0),
        h: (h - top - m).max(0),
    })
}

/// Greedy label placement: each label, in order of priority, takes the
/// first of its candidate boxes that stays inside `bounds` and overlaps no
/// box taken before (nor any of `blocked`). Returns the chosen candidate
/// per label, `None` for labels left out.
pub fn place_labels(candidates: &[Vec<Rect>], bounds: Rect, blocked: &[Rect]) -> Vec<Option<usize>> {
    let mut taken: Vec<Rect> = blocked.to_vec();
    candidates
        .iter()
        .map(|boxes| {
            let choice = boxes
                .iter()
                .position(|b| bounds.contains(b) && taken.iter().all(|t| !t.overlaps(b)));
            if let Some(b) = choice.and_then(|i| boxes.get(i)) {
                taken.push(*b);
            }
            choice
        })
        .collect()
}

/// Candidate boxes for a `w` x `h` label next to a mark of radius `r` at
/// (x, y): right, left, above, below.
pub fn label_candidates(x: i32, y: i32, r: i32, w: i32, h: i32, gap: i32) -> Vec<Rect> {
    vec![
        Rect {
            x: x + r + gap,
            y: y - h / 2,
            w,
            h,
        },
        Rect {
            x: x - r - gap - w,
            y: y - h / 2,
            w,
            h,
        },
        Rect {
            x: x - w / 2,
            y: y - r - h,
            w,
            h,
        },
        Rect {
            x: x - w / 2,
            y: y + r,
            w,
            h,
        },
    ]
}

/// Draws a text with a halo in the background colour (so it reads over
/// lines and fills) with its top left corner at `at`.
pub fn draw_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    text: &str,
    at: Rect,
) -> DrawResult<(), DB> {
    let style = theme.label_style().pos(Pos::new(HPos::Left, VPos::Top));
    area.draw(&Rectangle::new(
        [(at.x, at.y), (at.right() - 1, at.bottom() - 1)],
        theme.background.mix(0.7).filled(),
    ))?;
    area.draw(&Text::new(text.to_string(), (at.x, at.y), style))
}

// ---------------------------------------------------------------------------
// Colour bar

/// The fill of regions without data: the grid's grey a quarter of the way
/// to the muted text colour. Not the grid colour itself: a terminal draws
/// grid-coloured shapes as a sparse, quiet grid, not as solid land.
pub fn no_data_color(theme: &Theme) -> RGBColor {
    crate::theme::blend(theme.grid, theme.muted, 0.25)
}

/// A viridis colour bar for values from `lo` to `hi`, with an optional
/// swatch for regions without data. Laid out as a row above the map or a
/// column beside it, whichever [`split_legend`] picks.
#[derive(Clone, Debug, PartialEq)]
pub struct ColorBar {
    /// What the colours measure, with its unit; titles the bar.
    pub title: String,
    /// The value at the bar's first colour.
    pub lo: f64,
    /// The value at the bar's last colour.
    pub hi: f64,
    /// The label of a "no data" swatch, if the map has regions without data.
    pub no_data: Option<String>,
    /// The colour of that swatch.
    pub no_data_color: RGBColor,
    /// Whole numbers only (counts): no ticks between them.
    pub whole: bool,
}

impl ColorBar {
    /// The colour of `value` on this bar (low end for a flat range).
    pub fn color(&self, theme: &Theme, value: f64) -> RGBColor {
        theme.sequential(self.position(value))
    }

    /// Where `value` lies along the bar, 0..=1; the middle for a flat range.
    pub fn position(&self, value: f64) -> f64 {
        if self.hi > self.lo {
            ((value - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0)
        } else {
            0.5
        }
    }

    /// Nice ticks inside the range as (position 0..=1, label).
    pub fn ticks(&self, max_ticks: usize) -> Vec<(f64, String)> {
        if self.hi <= self.lo {
            return vec![(0.5, scale::format_value(self.lo))];
        }
        let (values, step) = scale::ticks(self.lo, self.hi, max_ticks);
        let (values, step) = if self.whole && step < 1.0 {
            (values.into_iter().filter(|v| v.fract() == 0.0).collect(), 1.0)
        } else {
            (values, step)
        };
        let max_abs = values.iter().fold(0.0f64, |m: f64, v| m.max(v.abs()));
        values
            .into_iter()
            .map(|v| (self.position(v), scale::format_tick(v, step, max_abs)))
            .collect()
    }

    /// Pixels the bar needs as a column at the right of the map (with the
    /// gap to the map).
    pub fn width_right<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
        let label = theme.label_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let mut label_w = 0;
        for (_, t) in self.ticks(8) {
            label_w = label_w.max(axes::text_size(area, &t, &label)?.0);
        }
        // A terminal writes the title above the bar, not down beside it.
        let title_w = if self.title.is_empty() || axes::text_in_cells(area, theme)? {
            0
        } else {
            theme.gap + line_h
        };
        let bar = theme.gap + 2 * char_w + theme.gap / 2 + label_w + title_w;
        let swatch = match &self.no_data {
            Some(text) => theme.gap + 2 * char_w + axes::text_size(area, text, &theme.legend_style())?.0,
            None => 0,
        };
        Ok(bar.max(swatch))
    }

    /// Pixels the bar needs as a row above the map (with the gap under it).
    pub fn height_top<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<i32, DB> {
        let (_, line_h) = axes::text_size(area, "0", &theme.label_style())?;
        Ok(2 * line_h + theme.gap)
    }

    /// Draws the bar at the right of the map, from pixel column `left`
    /// between rows `top` and `bottom`.
    pub fn draw_right<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        left: i32,
        top: i32,
        bottom: i32,
    ) -> DrawResult<(), DB> {
        let label = theme.label_style();
        let legend = theme.legend_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let cell = cell_size(area, theme)?;
        let left = snap_up(left + theme.gap, cell.map(|c| c.0));
        let row = cell.map(|c| c.1);
        let bar_w = 2 * char_w;
        let swatch_h = if self.no_data.is_some() { line_h + theme.gap } else { 0 };
        // In a terminal the title takes the first row, across.
        let title_row = (row.is_some() && !self.title.is_empty()).then_some(top);
        let top = top + title_row.map_or(0, |_| line_h);
        // Half a line of room above and below for the end labels.
        let y0 = snap_up(top + line_h / 2, row);
        let y1 = snap_down(bottom - line_h / 2 - swatch_h, row);
        let len = y1 - y0;
        if len < line_h {
            return Ok(());
        }
        strip(
            area,
            theme,
            Rect {
                x: left,
                y: y0,
                w: bar_w,
                h: len,
            },
            false,
            row,
        )?;
        let text_x = left + bar_w + theme.gap / 2;
        let max_ticks = (len / (line_h * 2).max(1)).clamp(2, 8) as usize;
        let mut label_w = 0;
        for (t, text) in self.ticks(max_ticks) {
            let y = y1 - (t * f64::from(len)).round() as i32;
            label_w = label_w.max(axes::text_size(area, &text, &label)?.0);
            area.draw(&Text::new(
                text,
                (text_x, y),
                label.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        if let Some(y) = title_row {
            let muted = theme.muted_style();
            let (w, _) = axes::dims(area);
            let right = text_x + label_w;
            let title = axes::fit_text(area, &self.title, &muted, (w / 2).min(right))?;
            area.draw(&Text::new(
                title,
                (right, y),
                muted.pos(Pos::new(HPos::Right, VPos::Top)),
            ))?;
        } else if !self.title.is_empty() {
            let rotated = theme.muted_style().transform(FontTransform::Rotate270);
            let title = axes::fit_text(area, &self.title, &rotated, len)?;
            let x = text_x + label_w + theme.gap;
            area.draw(&Text::new(
                title,
                (x, y0 + len / 2),
                rotated.pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        if let Some(text) = &self.no_data {
            let y = snap_up(y1 + theme.gap, row) + line_h / 2;
            swatch(area, left, y, bar_w, line_h, row.is_some(), self.no_data_color)?;
            let style = legend.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text.clone(), (text_x, y), style))?;
        }
        Ok(())
    }

    /// Draws the bar as a row in `rect`: title, strip, "no data" swatch,
    /// tick labels under the strip.
    pub fn draw_top<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        rect: Rect,
    ) -> DrawResult<(), DB> {
        let label = theme.label_style();
        let legend = theme.legend_style();
        let muted = theme.muted_style();
        let (char_w, line_h) = axes::text_size(area, "0", &label)?;
        let centre_y = rect.y + line_h / 2;
        let mut x = rect.x;
        if !self.title.is_empty() {
            let title = axes::fit_text(area, &self.title, &muted, rect.w / 3)?;
            let w = axes::text_size(area, &title, &muted)?.0;
            area.draw(&Text::new(
                title,
                (x, centre_y),
                muted.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            x += w + 2 * char_w;
        }
        let swatch_w = match &self.no_data {
            Some(text) => 4 * char_w + axes::text_size(area, text, &legend)?.0,
            None => 0,
        };
        // Room for half of the end labels on either side of the strip.
        let mut end_w = 0;
        for (_, t) in self.ticks(8) {
            end_w = end_w.max(axes::text_size(area, &t, &label)?.0);
        }
        let columns = cell_size(area, theme)?.map(|c| c.0);
        let x0 = snap_up(x + end_w / 2, columns);
        let len = snap_down((rect.right() - swatch_w - end_w / 2 - x0).min(rect.w / 2), columns);
        if len < 4 * char_w {
            return Ok(());
        }
        strip(
            area,
            theme,
            Rect {
                x: x0,
                y: rect.y,
                w: len,
                h: line_h,
            },
            true,
            columns,
        )?;
        let max_ticks = (len / (end_w + 2 * char_w).max(1)).clamp(2, 8) as usize;
        for (t, text) in self.ticks(max_ticks) {
            let tx = x0 + (t * f64::from(len)).round() as i32;
            let style = label.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(text, (tx, rect.y + line_h), style))?;
        }
        if let Some(text) = &self.no_data {
            let sx = x0 + len + end_w / 2 + 2 * char_w;
            let sx = snap_up(sx, columns);
            swatch(
                area,
                sx,
                centre_y,
                2 * char_w,
                line_h,
                columns.is_some(),
                self.no_data_color,
            )?;
            let style = legend.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text.clone(), (sx + 3 * char_w, centre_y), style))?;
        }
        Ok(())
    }
}

/// The viridis strip, low to high: left to right (`horizontal`) or bottom
/// to top; in steps of one `cell` (a terminal shows one colour per cell),
/// else smoothly.
fn strip<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    r: Rect,
    horizontal: bool,
    cell: Option<i32>,
) -> DrawResult<(), DB> {
    let len = if horizontal { r.w } else { r.h };
    let steps = match cell {
        Some(c) if c > 0 => (len / c).max(1),
        _ => len.clamp(1, 128),
    };
    for k in 0..steps {
        let t = (f64::from(k) + 0.5) / f64::from(steps);
        let (a, b) = (len * k / steps, len * (k + 1) / steps);
        let corners = if horizontal {
            [(r.x + a, r.y), (r.x + b, r.bottom() - 1)]
        } else {
            [(r.x, r.bottom() - b), (r.right() - 1, r.bottom() - a)]
        };
        area.draw(&Rectangle::new(corners, theme.sequential(t).filled()))?;
    }
    Ok(())
}

/// A legend swatch `w` wide centred on row `cy`: three quarters of a text
/// line tall, or a whole line in a terminal (`full`), where it fills cells.
#[allow(clippy::too_many_arguments)]
fn swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    x: i32,
    cy: i32,
    w: i32,
    line_h: i32,
    full: bool,
    color: RGBColor,
) -> DrawResult<(), DB> {
    let h = if full { line_h } else { (line_h * 3 / 4).max(1) };
    area.draw(&Rectangle::new(
        [(x, cy - h / 2), (x + w - 1, cy - h / 2 + h - 1)],
        color.filled(),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_data_is_grey_but_not_the_grid_colour() {
        for theme in [Theme::light(), Theme::terminal()] {
            let c = no_data_color(&theme);
            assert_ne!(c, theme.grid);
            assert_ne!(c, theme.background);
        }
    }

    #[test]
    fn clipping_keeps_the_part_inside_a_convex_polygon() {
        let square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        let shifted: Vec<(f64, f64)> = square.iter().map(|(x, y)| (x + 1.0, y + 1.0)).collect();
        let part = clip_convex(&shifted, &square);
        assert!((polygon_area(&part).abs() - 1.0).abs() < 1e-12, "{part:?}");
        // Either winding of the clip polygon.
        let reversed: Vec<(f64, f64)> = square.iter().rev().copied().collect();
        assert!((polygon_area(&clip_convex(&shifted, &reversed)).abs() - 1.0).abs() < 1e-12);
        let far: Vec<(f64, f64)> = square.iter().map(|(x, y)| (x + 5.0, *y)).collect();
        assert!(clip_convex(&far, &square).is_empty());
    }

    fn close(a: (f64, f64), b: (f64, f64), eps: f64) -> bool {
        (a.0 - b.0).abs() < eps && (a.1 - b.1).abs() < eps
    }

    #[test]
    fn simplify_keeps_the_shape_to_its_tolerance() {
        // A square with points along its sides and a 0.05 wobble: the
        // wobble goes at tolerance 0.1, the corners stay.
        let mut ring = Vec::new();
        for k in 0..40 {
            let t = f64::from(k % 10) / 10.0;
            let wobble = if k % 2 == 0 { 0.05 } else { 0.0 };
            ring.push(match k / 10 {
                0 => (t, wobble),
                1 => (1.0 - wobble, t),
                2 => (1.0 - t, 1.0 - wobble),
                _ => (wobble, 1.0 - t),
            });
        }
        ring.push(ring[0]);
        let simple = simplify(&ring, 0.1);
        assert!(simple.len() <= 6, "{simple:?}");
        for corner in [(1.0, 0.0), (1.0, 1.0), (0.0, 1.0)] {
            assert!(
                simple.iter().any(|p| (p.0 - corner.0).hypot(p.1 - corner.1) < 0.06),
                "{corner:?}: {simple:?}"
            );
        }
        assert_eq!(simplify(&ring, 0.0), ring);
        assert_eq!(
            simplify(&ring, 0.01).len(),
            ring.len(),
            "a wobble over the tolerance stays"
        );
    }

    #[test]
    fn simplified_coasts_keep_shared_borders_whole() {
        // Two squares sharing a wobbly border, each with a wobbly coast.
        let border: Vec<(f64, f64)> = (0..=10)
            .map(|k| (1.0 + 0.01 * f64::from(k % 2), f64::from(k) / 10.0))
            .collect();
        let coast = |x: f64| -> Vec<(f64, f64)> {
            (0..=10)
                .rev()
                .map(|k| (x + 0.01 * f64::from(k % 2), f64::from(k) / 10.0))
                .collect()
        };
        let mut left = border.clone();
        left.extend(coast(0.0));
        let mut right = border.clone();
        right.extend(coast(2.0));
        let simple = simplify_coasts(&[&left, &right], 0.1);
        for ring in &simple {
            assert!(border.iter().all(|p| ring.contains(p)), "the shared border stays whole");
            assert!(ring.len() < border.len() + 6, "the coast is simplified: {ring:?}");
        }
    }

    #[test]
    fn fast_clip_agrees_with_clipping_every_edge() {
        // A concave ring (a U) and small squares inside it, outside it (in
        // the U's mouth and beyond) and across its edges.
        let u = [
            (0.0, 0.0),
            (9.0, 0.0),
            (9.0, 9.0),
            (6.0, 9.0),
            (6.0, 3.0),
            (3.0, 3.0),
            (3.0, 9.0),
            (0.0, 9.0),
        ];
        let square = |x: f64, y: f64| vec![(x, y), (x + 1.0, y), (x + 1.0, y + 1.0), (x, y + 1.0)];
        for (x, y) in [
            (1.0, 1.0),
            (4.0, 5.0),
            (20.0, 20.0),
            (2.5, 4.0),
            (5.5, 2.5),
            (-0.5, -0.5),
            (7.0, 7.0),
        ] {
            let clip = square(x, y);
            let (slow, fast) = (clip_convex(&u, &clip), clip_convex_fast(&u, &clip));
            assert!(
                (polygon_area(&slow) - polygon_area(&fast)).abs() < 1e-9,
                "square at ({x}, {y})"
            );
        }
        assert!(ring_contains(&u, (1.5, 8.0)) && !ring_contains(&u, (4.5, 8.0)));
    }

    #[test]
    fn equal_earth_matches_published_values() {
        // PROJ's `+proj=eqearth +R=1` on the unit sphere.
        assert!(close(equal_earth(0.0, 0.0), (0.0, 0.0), 1e-12));
        assert!(close(equal_earth(180.0, 0.0), (2.706_629_983_696_074_8, 0.0), 1e-12));
        assert!(close(equal_earth(-180.0, 0.0), (-2.706_629_983_696_074_8, 0.0), 1e-12));
        assert!(close(equal_earth(0.0, 90.0), (0.0, 1.317_362_759_157_413_3), 1e-12));
        assert!(close(
            equal_earth(180.0, -90.0),
            (1.603_588_648_284_051_6, -1.317_362_759_157_413_3),
            1e-12
        ));
        let p = equal_earth(-52.0, -12.0);
        assert!(
            close(p, (-0.773_739_857_132_646_6, -0.242_165_741_207_224_3), 1e-12),
            "{p:?}"
        );
        let p = equal_earth(120.0, 60.0);
        assert!(
            close(p, (1.359_373_391_714_372_9, 1.088_300_835_505_319_4), 1e-12),
            "{p:?}"
        );
    }

    #[test]
    fn equal_earth_keeps_areas() {
        // A 1° x 1° cell covers an area proportional to cos(latitude) on the
        // globe; its projected area must be in the same proportion.
        let cell = |lat: f64| {
            polygon_area(&[
                equal_earth(10.0, lat),
                equal_earth(11.0, lat),
                equal_earth(11.0, lat + 1.0),
                equal_earth(10.0, lat + 1.0),
            ])
        };
        let globe = |lat: f64| (lat + 1.0).to_radians().sin() - lat.to_radians().sin();
        let ratio0 = cell(0.0) / globe(0.0);
        for lat in [20.0, 45.0, 70.0, 85.0] {
            let ratio = cell(lat) / globe(lat);
            assert!((ratio / ratio0 - 1.0).abs() < 2e-3, "lat {lat}: {ratio} vs {ratio0}");
        }
    }

    #[test]
    fn albers_matches_snyders_worked_example() {
        // Snyder (1987) p. 292: sphere R = 1, parallels 29.5 / 45.5, origin
        // 23N 96W; 35N 75W projects to x = 0.2952720, y = 0.2416774.
        let albers = Albers::new(29.5, 45.5, -96.0, 23.0);
        let (x, y) = albers.project(-75.0, 35.0);
        assert!((x - 0.295_272_0).abs() < 1e-6, "{x}");
        assert!((y - 0.241_677_4).abs() < 1e-6, "{y}");
        assert!(close(albers.project(-96.0, 23.0), (0.0, 0.0), 1e-12));
    }

    #[test]
    fn albers_usa_puts_each_state_in_its_part() {
        assert_eq!(UsaPart::of(-87.9, 41.98), Some(UsaPart::Lower48)); // Chicago
        assert_eq!(UsaPart::of(-149.9, 61.2), Some(UsaPart::Alaska)); // Anchorage
        assert_eq!(UsaPart::of(178.0, 51.8), Some(UsaPart::Alaska)); // Aleutians, east of 180
        assert_eq!(UsaPart::of(-157.9, 21.3), Some(UsaPart::Hawaii)); // Honolulu
        assert_eq!(UsaPart::of(-66.0, 18.4), None); // San Juan
        assert_eq!(UsaPart::of(144.8, 13.5), None); // Guam
                                                    // The insets sit at the lower left of the lower 48.
        let usa = Projection::AlbersUsa;
        let (Some(chicago), Some(seattle), Some(anchorage), Some(honolulu), Some(miami)) = (
            usa.point(-87.9, 41.98),
            usa.point(-122.3, 47.4),
            usa.point(-149.9, 61.2),
            usa.point(-157.9, 21.3),
            usa.point(-80.3, 25.8),
        ) else {
            panic!("all shown");
        };
        assert!(anchorage.0 < chicago.0 && anchorage.1 < seattle.1);
        assert!(honolulu.0 < chicago.0 && honolulu.1 < miami.1 + 0.1);
        assert!(seattle.0 < chicago.0 && miami.1 < chicago.1);
    }

    #[test]
    fn rings_across_the_antimeridian_are_cut_not_smeared() {
        // Fiji's eastern island, as in the data: from -180 across to 179.36.
        let fiji = [
            (-180.0, -16.07),
            (-179.79, -16.02),
            (-179.92, -16.5),
            (-180.0, -16.56),
            (179.36, -16.8),
            (178.73, -17.01),
            (178.6, -16.64),
            (179.1, -16.43),
            (179.41, -16.38),
            (180.0, -16.07),
            (-180.0, -16.07),
        ];
        let pieces = split_world_ring(&fiji);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        for piece in &pieces {
            let (lo, hi) = piece
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
            assert!(lo >= -180.0 && hi <= 180.0);
            assert!(hi - lo < 3.0, "each piece stays on its side: {piece:?}");
        }
        // Projected, no piece spans the map.
        for piece in Projection::EqualEarth.ring(&fiji) {
            let b = Bounds::of(piece).expect("points");
            assert!(b.width() < 0.1);
        }
        // A ring away from the antimeridian is left whole.
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)];
        assert_eq!(split_world_ring(&square), vec![square.to_vec()]);
    }

    #[test]
    fn a_ring_around_the_pole_closes_along_it() {
        // Like Antarctica: west to east around the globe at 80S.
        let mut ring: Vec<(f64, f64)> = (0..=36).map(|k| (-180.0 + 10.0 * f64::from(k), -80.0)).collect();
        ring.push((-180.0, -80.0));
        let pieces = split_world_ring(&ring);
        assert_eq!(pieces.len(), 1);
        assert!(pieces[0].iter().any(|p| p.1 == -90.0), "reaches the pole");
        let projected = Projection::EqualEarth.ring(&ring);
        let b = Bounds::of(projected[0].iter().copied()).expect("points");
        assert!((b.min_y + 1.317_362_759_157_4).abs() < 1e-9, "down to the pole line");
    }

    #[test]
    fn lines_are_cut_at_the_antimeridian() {
        let pieces = split_world_path(&[(170.0, 0.0), (-170.0, 10.0)]);
        assert_eq!(
            pieces,
            vec![vec![(170.0, 0.0), (180.0, 5.0)], vec![(-180.0, 5.0), (-170.0, 10.0)]]
        );
        assert_eq!(split_world_path(&[(0.0, 0.0), (10.0, 0.0)]).len(), 1);
        assert!(split_world_path(&[]).is_empty());
    }

    #[test]
    fn great_circles_end_exactly_and_stay_on_the_sphere() {
        let (a, b) = ((-84.43, 33.64), (-118.41, 33.94)); // ATL, LAX
        let arc = great_circle(a, b, 10);
        assert_eq!(arc.len(), 11);
        assert_eq!(arc.first(), Some(&a));
        assert_eq!(arc.last(), Some(&b));
        let mid = arc[5];
        let (da, db) = (angular_distance(a, mid), angular_distance(mid, b));
        assert!((da - db).abs() < 1e-9, "midpoint halfway: {da} {db}");
        assert!((da + db - angular_distance(a, b)).abs() < 1e-9, "on the great circle");
        assert!(mid.1 > 33.94, "bows poleward: {mid:?}");
        // Along the equator the midpoint is exact.
        let eq = great_circle((0.0, 0.0), (90.0, 0.0), 2);
        assert!(close(eq[1], (45.0, 0.0), 1e-9), "{eq:?}");
        // Degenerate: the same point twice, antipodes.
        assert_eq!(great_circle(a, a, 5), vec![a, a]);
        assert_eq!(great_circle((0.0, 0.0), (180.0, 0.0), 5).len(), 2);
        assert!(arc_len_ok(&super::arc(a, b)));
    }

    fn arc_len_ok(arc: &[(f64, f64)]) -> bool {
        arc.windows(2).all(|w| angular_distance(w[0], w[1]) <= 2.0 + 1e-9)
    }

    #[test]
    fn hexagons_tile_the_plane() {
        let r = 2.0;
        for hex in [(0, 0), (1, 0), (0, 1), (-3, 2), (5, -4)] {
            let c = hex_centre(hex, r);
            assert_eq!(hex_of(c, r), hex, "a centre bins to its own hexagon");
            // Any point within the inner radius goes to the same hexagon.
            for k in 0..12 {
                let a = f64::from(k) * 30f64.to_radians();
                let p = (
                    c.0 + 0.99 * r * SQRT_3 / 2.0 * a.cos(),
                    c.1 + 0.99 * r * SQRT_3 / 2.0 * a.sin(),
                );
                assert_eq!(hex_of(p, r), hex);
            }
            // Corners are one radius from the centre.
            for corner in hex_corners(c, r) {
                let d = ((corner.0 - c.0).powi(2) + (corner.1 - c.1).powi(2)).sqrt();
                assert!((d - r).abs() < 1e-12);
            }
        }
        let bins = hex_bin(&[(0.0, 0.0), (0.1, 0.1), (10.0, 10.0), (f64::NAN, 0.0)], r);
        assert_eq!(bins.iter().map(|(_, n)| n).sum::<usize>(), 3);
        assert_eq!(bins.len(), 2);
        assert!(hex_bin(&[(0.0, 0.0)], 0.0).is_empty());
    }

    #[test]
    fn fit_keeps_the_aspect_ratio_and_centres() {
        let b = Bounds {
            min_x: -2.0,
            min_y: -1.0,
            max_x: 2.0,
            max_y: 1.0,
        };
        let fit = Fit::new(
            b,
            Rect {
                x: 0,
                y: 0,
                w: 201,
                h: 201,
            },
        )
        .expect("fits");
        assert!((fit.scale - 50.0).abs() < 1e-12);
        assert_eq!(fit.px((0.0, 0.0)), (100, 100));
        assert_eq!(fit.px((-2.0, 1.0)), (0, 50), "top left; y grows down");
        assert_eq!(fit.px((2.0, -1.0)), (200, 150));
        assert!(Fit::new(b, Rect { x: 0, y: 0, w: 0, h: 0 }).is_none());
    }

    #[test]
    fn the_legend_goes_where_the_map_leaves_room() {
        let space = Rect {
            x: 0,
            y: 0,
            w: 600,
            h: 300,
        };
        // A wide map is limited by the width: put the legend above.
        assert_eq!(split_legend(space, 3.0, 100, 40).0, Side::Top);
        // A tall map is limited by the height: put it beside.
        assert_eq!(split_legend(space, 1.0, 100, 40).0, Side::Right);
        let (_, map) = split_legend(space, 1.0, 100, 40);
        assert_eq!(
            map,
            Rect {
                x: 0,
                y: 0,
                w: 500,
                h: 300
            }
        );
    }

    #[test]
    fn outer_edges_leave_out_shared_borders() {
        // Two squares side by side share the edge x = 1.
        let square = |x: f64| vec![(x, 0.0), (x + 1.0, 0.0), (x + 1.0, 1.0), (x, 1.0), (x, 0.0)];
        let regions = [
            Region {
                rings: vec![square(0.0)],
                ..Region::default()
            },
            Region {
                rings: vec![square(1.0)],
                ..Region::default()
            },
        ];
        let runs = outer_edges(&regions);
        let edges: usize = runs.iter().map(|r| r.len() - 1).sum();
        assert_eq!(edges, 6, "8 edges less the 2 copies of the shared one: {runs:?}");
        assert!(runs.iter().flatten().all(|p| p.0 != 1.0 || p.1 == 0.0 || p.1 == 1.0));
    }

    #[test]
    fn colour_bars_for_counts_tick_whole_numbers() {
        let bar = ColorBar {
            title: String::new(),
            lo: 1.0,
            hi: 4.0,
            no_data: None,
            no_data_color: RGBColor(0, 0, 0),
            whole: true,
        };
        let labels: Vec<String> = bar.ticks(8).into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels, vec!["1", "2", "3", "4"]);
        assert_eq!(bar.position(2.5), 0.5);
        let flat = ColorBar { hi: 1.0, ..bar };
        assert_eq!(flat.position(1.0), 0.5, "a flat range sits mid-scale");
    }

    #[test]
    fn snapping_rounds_to_whole_cells_only_in_a_terminal() {
        assert_eq!(snap_up(17, Some(16)), 32);
        assert_eq!(snap_up(32, Some(16)), 32);
        assert_eq!(snap_down(31, Some(16)), 16);
        assert_eq!(snap_up(17, None), 17);
        assert_eq!(snap_down(-1, Some(16)), -16);
    }

    #[test]
    fn labels_never_overlap() {
        let bounds = Rect {
            x: 0,
            y: 0,
            w: 100,
            h: 100,
        };
        let a = label_candidates(50, 50, 2, 20, 10, 1);
        let candidates = vec![a; 5];
        let chosen = place_labels(&candidates, bounds, &[]);
        assert_eq!(&chosen[..2], &[Some(0), Some(1)], "right first, then left");
        let kept: Vec<Rect> = chosen
            .iter()
            .zip(&candidates)
            .filter_map(|(c, boxes)| c.and_then(|i| boxes.get(i)).copied())
            .collect();
        for (i, p) in kept.iter().enumerate() {
            assert!(kept.iter().skip(i + 1).all(|q| !p.overlaps(q)), "{kept:?}");
        }
        assert!(chosen.contains(&None), "five labels on one spot cannot all fit");
        let edge = label_candidates(95, 50, 2, 20, 10, 1);
        assert_eq!(
            place_labels(&[edge], bounds, &[]),
            vec![Some(1)],
            "flips left at the edge"
        );
    }

    #[test]
    fn usa_rings_and_paths_keep_to_their_part() {
        let usa = Projection::AlbersUsa;
        let square = [
            (-100.0, 40.0),
            (-99.0, 40.0),
            (-99.0, 41.0),
            (-100.0, 41.0),
            (-100.0, 40.0),
        ];
        assert_eq!(usa.ring(&square).len(), 1);
        let puerto_rico = [(-67.0, 18.0), (-66.0, 18.0), (-66.0, 18.5), (-67.0, 18.0)];
        assert!(usa.ring(&puerto_rico).is_empty());
        // Atlanta to Honolulu: the lower-48 part, then the Hawaii part.
        let route = arc((-84.4, 33.6), (-157.9, 21.3));
        let pieces = usa.path(&route);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
    }
}
