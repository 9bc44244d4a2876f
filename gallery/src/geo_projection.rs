//! Places and regions in (longitude, latitude), and the map projections
//! that turn them into the plane: Equal Earth (the default), Natural Earth,
//! Mercator and equirectangular for the world, Albers USA for the states,
//! cutting outlines and lines where a projection cuts the globe.

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

/// Natural Earth polynomial coefficients (Šavrič, Jenny, Patterson,
/// Petrovič & Hurni 2011), as PROJ's `natearth` uses them.
const NE_A: [f64; 5] = [0.8707, -0.131_979, -0.013_791, 0.003_971, -0.001_529];
const NE_B: [f64; 5] = [1.007_226, 0.015_085, -0.044_475, 0.028_874, -0.005_916];

/// The Natural Earth projection on the unit sphere, central meridian 0°:
/// a compromise (neither equal-area nor conformal) with flat poles.
///
/// x = λ (A0 + φ² (A1 + φ² (A2 + φ⁶ (A3 + A4 φ²)))),
/// y = φ (B0 + φ² (B1 + φ⁴ (B2 + B3 φ² + B4 φ⁴))).
pub fn natural_earth(lon: f64, lat: f64) -> (f64, f64) {
    let lambda = lon.to_radians();
    let phi = lat.to_radians();
    let p2 = phi * phi;
    let p4 = p2 * p2;
    let x = lambda * (NE_A[0] + p2 * (NE_A[1] + p2 * (NE_A[2] + p4 * p2 * (NE_A[3] + p2 * NE_A[4]))));
    let y = phi * (NE_B[0] + p2 * (NE_B[1] + p4 * (NE_B[2] + NE_B[3] * p2 + NE_B[4] * p4)));
    (x, y)
}

/// How far north and south the Mercator projection goes, in degrees: it
/// sends the poles to infinity, so maps cut it off (web maps at 85.05°).
pub const MERCATOR_LIMIT: f64 = 85.0;

/// The Mercator projection on the unit sphere, central meridian 0°:
/// x = λ, y = ln(tan(π/4 + φ/2)). Conformal (small shapes keep their
/// angles) but areas grow as 1/cos²φ away from the equator.
pub fn mercator(lon: f64, lat: f64) -> (f64, f64) {
    let phi = lat.clamp(-MERCATOR_LIMIT, MERCATOR_LIMIT).to_radians();
    (lon.to_radians(), (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan().ln())
}

/// The equirectangular projection (plate carrée) on the unit sphere:
/// x = λ, y = φ, a grid of equal squares.
pub fn equirectangular(lon: f64, lat: f64) -> (f64, f64) {
    (lon.to_radians(), lat.to_radians())
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

/// A projection's formula: (longitude, latitude) in degrees to the plane.
type RawProjection = fn(f64, f64) -> (f64, f64);

/// A named map projection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Projection {
    /// The whole world, equal-area.
    #[default]
    EqualEarth,
    /// The whole world, a compromise between areas and shapes, with flat poles.
    NaturalEarth,
    /// The whole world up to 85° north and south, conformal; areas grow
    /// away from the equator (Greenland looks as big as Africa).
    Mercator,
    /// The whole world as a grid of equal squares of latitude and longitude.
    Equirectangular,
    /// The 50 states: Albers conic for the lower 48, Alaska and Hawaii as
    /// insets; other places are not shown.
    AlbersUsa,
}

impl Projection {
    /// The projections that show the whole world, the default first.
    pub const WORLD: [Projection; 4] = [
        Projection::EqualEarth,
        Projection::NaturalEarth,
        Projection::Mercator,
        Projection::Equirectangular,
    ];

    /// The projection's id, in kebab-case: `equal-earth`, `albers-usa`.
    pub const fn id(self) -> &'static str {
        match self {
            Projection::EqualEarth => "equal-earth",
            Projection::NaturalEarth => "natural-earth",
            Projection::Mercator => "mercator",
            Projection::Equirectangular => "equirectangular",
            Projection::AlbersUsa => "albers-usa",
        }
    }

    /// What a reader should know about the projection, for a map's note.
    pub const fn note(self) -> &'static str {
        match self {
            Projection::EqualEarth => "Equal Earth projection (equal-area)",
            Projection::NaturalEarth => "Natural Earth projection (a compromise: areas and shapes a little off)",
            Projection::Mercator => "Mercator projection: Greenland looks as big as Africa, which is 14 times larger",
            Projection::Equirectangular => "Equirectangular projection: areas grow towards the poles",
            Projection::AlbersUsa => "Albers USA projection (equal-area), Alaska and Hawaii as insets",
        }
    }

    /// This projection's note, then `note` ("; " between; either may be
    /// empty): a map's note when it is drawn in another projection than its
    /// own.
    pub fn note_before(self, note: &str) -> String {
        [self.note(), note]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The plane coordinates of a world projection (`None` for Albers USA).
    fn world(self) -> Option<RawProjection> {
        match self {
            Projection::EqualEarth => Some(equal_earth),
            Projection::NaturalEarth => Some(natural_earth),
            Projection::Mercator => Some(mercator),
            Projection::Equirectangular => Some(equirectangular),
            Projection::AlbersUsa => None,
        }
    }

    /// How far from the equator the projection shows the globe, in degrees.
    fn lat_limit(self) -> f64 {
        if self == Projection::Mercator {
            MERCATOR_LIMIT
        } else {
            90.0
        }
    }

    /// A point in plane coordinates, or `None` where the projection does
    /// not show it.
    pub fn point(self, lon: f64, lat: f64) -> Option<(f64, f64)> {
        if !(lon.is_finite() && lat.is_finite()) {
            return None;
        }
        match self.world() {
            Some(_) if lat.abs() > self.lat_limit() && self.lat_limit() < 90.0 => None,
            Some(project) => Some(project(wrap_lon(lon), lat.clamp(-90.0, 90.0))),
            None => UsaPart::of(lon, lat).map(|part| part.project(lon, lat)),
        }
    }

    /// An outline ring in plane coordinates, in as many pieces as the
    /// projection cuts it into: the world projections cut rings that cross
    /// the antimeridian (Fiji, Russia) and close rings around a pole
    /// (Antarctica), and Mercator cuts them at 85°; Albers USA projects a
    /// whole ring with the part its centre lies in, and drops rings
    /// elsewhere.
    pub fn ring(self, ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
        let ring: Vec<(f64, f64)> = ring
            .iter()
            .copied()
            .filter(|(lon, lat)| lon.is_finite() && lat.is_finite())
            .collect();
        if ring.len() < 3 {
            return Vec::new();
        }
        let limit = self.lat_limit();
        if let Some(project) = self.world() {
            return split_world_ring(&ring)
                .into_iter()
                .filter_map(|piece| {
                    if limit >= 90.0 {
                        return Some(piece);
                    }
                    let clipped = clip_y(&clip_y(&piece, -limit, true), limit, false);
                    (clipped.len() >= 3).then_some(clipped)
                })
                .map(|piece| densify(&piece, 1.0).into_iter().map(|(x, y)| project(x, y)).collect())
                .collect();
        }
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

    /// A line (a graticule line, a route) in plane coordinates, cut where it
    /// leaves what the projection shows: at the antimeridian for the world
    /// projections (and at 85° for Mercator), between the parts of Albers
    /// USA.
    pub fn path(self, path: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
        let limit = self.lat_limit();
        if let Some(project) = self.world() {
            return split_world_path(path)
                .into_iter()
                .flat_map(|piece| {
                    if limit >= 90.0 {
                        vec![piece]
                    } else {
                        clip_path_lat(&piece, limit)
                    }
                })
                .map(|piece| piece.into_iter().map(|(x, y)| project(x, y)).collect())
                .collect();
        }
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

    /// Whether a line from `a` to `b` (lon, lat) stays on this map: for a
    /// world projection when both ends are on it, and for Albers USA when
    /// both ends lie in the same part (a route to Hawaii would leave the
    /// lower 48 and reappear in the inset).
    pub fn shows_link(self, a: (f64, f64), b: (f64, f64)) -> bool {
        match self {
            Projection::AlbersUsa => UsaPart::of(a.0, a.1).is_some_and(|p| UsaPart::of(b.0, b.1) == Some(p)),
            _ => self.point(a.0, a.1).is_some() && self.point(b.0, b.1).is_some(),
        }
    }

    /// The outline of the whole globe, if the projection shows it: the
    /// meridians at 180° west and east, which for the cylindrical
    /// projections (Mercator, equirectangular) make a rectangle.
    pub fn sphere(self) -> Option<Vec<(f64, f64)>> {
        match (self, self.world()) {
            (Projection::EqualEarth, _) => {
                let mut edge: Vec<(f64, f64)> = (0..=180).map(|k| (-180.0, -90.0 + f64::from(k))).collect();
                edge.extend((0..=180).map(|k| (180.0, 90.0 - f64::from(k))));
                Some(edge.into_iter().map(|(x, y)| equal_earth(x, y)).collect())
            }
            (Projection::Mercator | Projection::Equirectangular, Some(project)) => {
                let lim = self.lat_limit();
                let corners = [
                    (-180.0, -lim),
                    (-180.0, lim),
                    (180.0, lim),
                    (180.0, -lim),
                    (-180.0, -lim),
                ];
                Some(corners.into_iter().map(|(x, y)| project(x, y)).collect())
            }
            (_, Some(project)) => {
                // Closed along the south pole line, which Antarctica may not cover.
                let mut edge: Vec<(f64, f64)> = (0..=180).map(|k| (-180.0, -90.0 + f64::from(k))).collect();
                edge.extend((0..=180).map(|k| (180.0, 90.0 - f64::from(k))));
                edge.push((-180.0, -90.0));
                Some(edge.into_iter().map(|(x, y)| project(x, y)).collect())
            }
            (_, None) => None,
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

/// Sutherland-Hodgman: the part of a polygon with y >= `bound` (`keep_above`)
/// or y <= `bound`.
fn clip_y(poly: &[(f64, f64)], bound: f64, keep_above: bool) -> Vec<(f64, f64)> {
    let swap = |p: &(f64, f64)| (p.1, p.0);
    let swapped: Vec<(f64, f64)> = poly.iter().map(swap).collect();
    clip_x(&swapped, bound, keep_above).iter().map(swap).collect()
}

/// The pieces of a line within `limit` degrees of the equator, each ending
/// where it crosses the limit.
fn clip_path_lat(path: &[(f64, f64)], limit: f64) -> Vec<Vec<(f64, f64)>> {
    let at = |p: (f64, f64), q: (f64, f64), t: f64| (p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1));
    let mut pieces = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for w in path.windows(2) {
        let (p, q) = (w[0], w[1]);
        let dy = q.1 - p.1;
        // The part of the segment, from t0 to t1, with |y| <= limit.
        let (t0, t1) = if dy == 0.0 {
            if p.1.abs() <= limit {
                (0.0, 1.0)
            } else {
                (1.0, 0.0)
            }
        } else {
            let (a, b) = ((-limit - p.1) / dy, (limit - p.1) / dy);
            (a.min(b).max(0.0), a.max(b).min(1.0))
        };
        if t0 > t1 {
            pieces.push(std::mem::take(&mut current));
            continue;
        }
        if t0 > 0.0 {
            pieces.push(std::mem::take(&mut current));
        }
        if current.is_empty() {
            current.push(if t0 > 0.0 { at(p, q, t0) } else { p });
        }
        if t1 < 1.0 {
            current.push(at(p, q, t1));
            pieces.push(std::mem::take(&mut current));
        } else {
            current.push(q);
        }
    }
    pieces.push(current);
    pieces.retain(|piece| piece.len() >= 2);
    pieces
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
                // From 180° to -180° (both on the edge) the step is empty.
                let t = if unwrapped == q.0 {
                    0.0
                } else {
                    (edge - q.0) / (unwrapped - q.0)
                };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo_fit::Bounds;
    use crate::geo_great_circle::arc;
    use crate::geo_polygon::polygon_area;
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

    fn close(a: (f64, f64), b: (f64, f64), eps: f64) -> bool {
        (a.0 - b.0).abs() < eps && (a.1 - b.1).abs() < eps
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
    fn natural_earth_matches_proj() {
        // PROJ's test suite (builtins.gie): `+proj=natearth +a=6400000`
        // sends (2°E, 1°N) to (194507.265257889, 112508.737358295) metres.
        let (x, y) = natural_earth(2.0, 1.0);
        assert!((x * 6.4e6 - 194_507.265_257_889).abs() < 1e-4, "{x}");
        assert!((y * 6.4e6 - 112_508.737_358_295).abs() < 1e-4, "{y}");
        assert!(close(natural_earth(-2.0, -1.0), (-x, -y), 1e-15), "symmetric");
        // The equator is A0·π long each way; the pole line is shorter.
        assert!(close(natural_earth(180.0, 0.0), (0.8707 * PI, 0.0), 1e-12));
        let pole = natural_earth(180.0, 90.0);
        assert!(pole.0 > 0.5 * 0.8707 * PI && pole.0 < 0.6 * 0.8707 * PI, "{pole:?}");
    }

    #[test]
    fn mercator_matches_its_formula_and_stops_at_85_degrees() {
        let (x, y) = mercator(0.0, 45.0);
        assert!(x.abs() < 1e-15);
        assert!((y - 67.5_f64.to_radians().tan().ln()).abs() < 1e-12, "{y}");
        assert!((y - 0.881_373_587_019_543).abs() < 1e-12, "{y}");
        assert!(close(mercator(180.0, 0.0), (PI, 0.0), 1e-12));
        assert!(close(mercator(-90.0, -45.0), (-FRAC_PI_2, -y), 1e-12));
        // Conformal: a small step north stretches as much as one east.
        let (a, b, c) = (mercator(10.0, 60.0), mercator(10.01, 60.0), mercator(10.0, 60.01));
        let (east, north) = (b.0 - a.0, c.1 - a.1);
        assert!((north / (east / 60.0_f64.to_radians().cos()) - 1.0).abs() < 1e-3);
        let m = Projection::Mercator;
        assert!(m.point(0.0, 85.0).is_some());
        assert!(
            m.point(0.0, 86.0).is_none() && m.point(0.0, -89.0).is_none(),
            "no poles"
        );
        assert!(!m.shows_link((0.0, 0.0), (0.0, 88.0)));
    }

    #[test]
    fn equirectangular_is_a_grid_of_squares() {
        assert!(close(equirectangular(90.0, 45.0), (FRAC_PI_2, FRAC_PI_4), 1e-15));
        assert!(close(equirectangular(-180.0, -90.0), (-PI, -FRAC_PI_2), 1e-15));
    }

    #[test]
    fn cylindrical_outlines_are_closed_rectangles_and_hold_the_map() {
        let top = mercator(0.0, MERCATOR_LIMIT).1;
        for (projection, y_max) in [(Projection::Mercator, top), (Projection::Equirectangular, FRAC_PI_2)] {
            let outline = projection.sphere().expect("an outline");
            assert_eq!(outline.len(), 5);
            assert_eq!(outline.first(), outline.last(), "closed");
            for (x, y) in &outline {
                assert!(
                    (x.abs() - PI).abs() < 1e-12 && (y.abs() - y_max).abs() < 1e-12,
                    "{projection:?}: {x} {y}"
                );
            }
            let bounds = Bounds::of(outline).expect("points");
            // Every line of the graticule lies inside it, the 60th parallels too.
            let lines = projection.graticule(30.0);
            assert!(lines.iter().flatten().all(|p| p.1.abs() <= y_max + 1e-12));
            assert!(lines
                .iter()
                .flatten()
                .any(|p| (p.1 - projection.point(0.0, 60.0).expect("on").1).abs() < 1e-12));
            // Antarctica (around the pole at 80°S) comes down to the edge.
            let mut ring: Vec<(f64, f64)> = (0..=36).map(|k| (-180.0 + 10.0 * f64::from(k), -80.0)).collect();
            ring.push((-180.0, -80.0));
            let pieces = projection.ring(&ring);
            assert_eq!(pieces.len(), 1, "{projection:?}");
            let b = Bounds::of(pieces[0].iter().copied()).expect("points");
            assert!(
                (b.min_y - bounds.min_y).abs() < 1e-9,
                "{projection:?}: {} vs {}",
                b.min_y,
                bounds.min_y
            );
        }
        // Natural Earth: a closed outline with flat poles, shorter than the equator.
        let outline = Projection::NaturalEarth.sphere().expect("an outline");
        assert_eq!(outline.first(), outline.last());
        let b = Bounds::of(outline.iter().copied()).expect("points");
        assert!((b.max_x - 0.8707 * PI).abs() < 1e-12 && (b.max_y - natural_earth(0.0, 90.0).1).abs() < 1e-12);
        assert_eq!(Projection::AlbersUsa.sphere(), None);
    }

    #[test]
    fn lines_are_cut_at_mercators_limit() {
        // Up a meridian from the equator past the limit: stops on it.
        let pieces = clip_path_lat(&[(0.0, 0.0), (0.0, 80.0), (0.0, 90.0)], 85.0);
        assert_eq!(pieces, vec![vec![(0.0, 0.0), (0.0, 80.0), (0.0, 85.0)]]);
        // Out and back in: two pieces, each ending on the limit.
        let pieces = clip_path_lat(&[(0.0, 80.0), (10.0, 90.0), (20.0, 80.0)], 85.0);
        assert_eq!(
            pieces,
            vec![vec![(0.0, 80.0), (5.0, 85.0)], vec![(15.0, 85.0), (20.0, 80.0)]]
        );
        // From beyond one limit to beyond the other: the part between.
        let pieces = clip_path_lat(&[(0.0, 90.0), (0.0, -90.0)], 85.0);
        assert_eq!(pieces, vec![vec![(0.0, 85.0), (0.0, -85.0)]]);
        assert!(clip_path_lat(&[(0.0, 88.0), (5.0, 89.0)], 85.0).is_empty());
        // A route over the pole on the map is cut in two.
        let route = crate::geo_great_circle::arc((-100.0, 60.0), (80.0, 60.0));
        assert_eq!(Projection::Mercator.path(&route).len(), 2);
        assert_eq!(Projection::EqualEarth.path(&route).len(), 1);
    }

    #[test]
    fn world_projections_have_kebab_ids_and_notes() {
        let ids = Projection::WORLD.map(Projection::id);
        assert_eq!(ids, ["equal-earth", "natural-earth", "mercator", "equirectangular"]);
        assert_eq!(Projection::default(), Projection::WORLD[0]);
        for p in Projection::WORLD {
            assert!(p.sphere().is_some(), "{p:?} shows the globe");
            assert!(!p.note().is_empty());
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
        // Along the edge itself, from 180° to -180° (outlines do this):
        // cut, with no NaN (which a terminal drew as a line from its corner).
        let pieces = split_world_path(&[(179.0, -16.0), (180.0, -16.07), (-180.0, -16.07), (-179.0, -16.5)]);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert!(
            pieces.iter().flatten().all(|p| p.0.is_finite() && p.1.is_finite()),
            "{pieces:?}"
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
