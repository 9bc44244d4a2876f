//! Polygons in the plane: areas, clipping, simplifying and point tests.

use crate::geo_fit::Bounds;
use std::collections::BTreeMap;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
