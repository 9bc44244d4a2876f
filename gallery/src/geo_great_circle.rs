//! Great circles: distances between places and the shortest paths over
//! the globe.

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

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64), eps: f64) -> bool {
        (a.0 - b.0).abs() < eps && (a.1 - b.1).abs() < eps
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
}
