//! Places and regions in (longitude, latitude), and the map projections
//! that turn them into the plane: Equal Earth for the world, Albers USA for
//! the states, cutting outlines and lines where a projection cuts the globe.

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo_fit::Bounds;
    use crate::geo_great_circle::arc;
    use crate::geo_polygon::polygon_area;

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
