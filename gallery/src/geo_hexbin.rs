//! Hexagonal bins: pointy-top hexagons in the plane and the points they
//! hold.

use std::collections::BTreeMap;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
