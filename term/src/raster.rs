//! Polygon filling for the terminal backend, at the resolution of the
//! dots a cell is cut into: a dot is lit when its centre lies inside the
//! polygon. plotters fills pixel by pixel (8x16 virtual pixels per cell)
//! with anti-aliased edges; a terminal shows dots, so sampling dot centres
//! draws the same shapes several times faster, and the edges the cell
//! compositor sees are the dots themselves.

use plotters_backend::BackendCoord;

/// Lights the dots of a `grid` (columns, rows) of dots `dot` (width,
/// height) pixels in size whose centres lie inside `vertices` (even-odd
/// rule): calls `span(row, first, last)` per run of dots. `crossings` is
/// scratch space, kept between calls. Returns whether any dot was lit.
pub fn fill_dots(
    vertices: &[BackendCoord],
    (dot_w, dot_h): (f64, f64),
    (cols, rows): (u32, u32),
    crossings: &mut Vec<(u32, f64)>,
    mut span: impl FnMut(u32, u32, u32),
) -> bool {
    crossings.clear();
    if vertices.len() < 3 || cols == 0 || rows == 0 {
        return false;
    }
    let last_row = f64::from(rows - 1);
    for (i, &(x0, y0)) in vertices.iter().enumerate() {
        let (x1, y1) = vertices[(i + 1) % vertices.len()];
        if y0 == y1 {
            continue;
        }
        let (x0, y0, x1, y1) = (f64::from(x0), f64::from(y0), f64::from(x1), f64::from(y1));
        let (lo, hi) = (y0.min(y1), y0.max(y1));
        // Rows whose centre (row + 0.5) * dot_h lies in [lo, hi): a vertex
        // shared by two edges is counted once.
        let first = ceil(lo / dot_h - 0.5).max(0.0);
        let last = (ceil(hi / dot_h - 0.5) - 1.0).min(last_row);
        let mut row = first;
        while row <= last {
            let yc = (row + 0.5) * dot_h;
            crossings.push((row as u32, x0 + (yc - y0) * (x1 - x0) / (y1 - y0)));
            row += 1.0;
        }
    }
    crossings.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let last_col = f64::from(cols - 1);
    let mut lit = false;
    for pair in crossings.chunks_exact(2) {
        let ((row, a), (other_row, b)) = (pair[0], pair[1]);
        if row != other_row {
            continue;
        }
        let first = ceil(a / dot_w - 0.5).max(0.0);
        let last = floor(b / dot_w - 0.5).min(last_col);
        if first <= last {
            span(row, first as u32, last as u32);
            lit = true;
        }
    }
    lit
}

/// `v.floor()` without a call into the maths library (x86-64's baseline
/// has no rounding instruction); exact for every value a canvas coordinate
/// can take.
pub fn floor(v: f64) -> f64 {
    let t = v as i64 as f64;
    if t > v {
        t - 1.0
    } else {
        t
    }
}

/// `v.ceil()`, likewise.
pub fn ceil(v: f64) -> f64 {
    let t = v as i64 as f64;
    if t < v {
        t + 1.0
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(vertices: &[BackendCoord], dot: (f64, f64), grid: (u32, u32)) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        fill_dots(vertices, dot, grid, &mut Vec::new(), |row, a, b| {
            out.extend((a..=b).map(|c| (c, row)));
        });
        out.sort_unstable();
        out
    }

    #[test]
    fn a_rectangle_lights_the_dots_whose_centres_it_covers() {
        // Dots 4x4 pixels: centres at 2, 6, 10, ...
        let dots = lit(&[(0, 0), (8, 0), (8, 12), (0, 12)], (4.0, 4.0), (10, 10));
        let want: Vec<(u32, u32)> = (0..2).flat_map(|c| (0..3).map(move |r| (c, r))).collect();
        assert_eq!(dots, want);
    }

    #[test]
    fn a_triangle_covers_about_its_area() {
        // Half of a 40x40-dot square: about 800 dots.
        let n = lit(&[(0, 0), (160, 0), (0, 160)], (4.0, 4.0), (50, 50)).len();
        assert!((760..=840).contains(&n), "{n}");
    }

    #[test]
    fn shapes_off_the_grid_or_too_thin_light_nothing() {
        assert!(lit(&[(-90, -90), (-10, -90), (-10, -10)], (4.0, 4.0), (10, 10)).is_empty());
        assert!(lit(&[(0, 5), (40, 5), (40, 6), (0, 6)], (4.0, 4.0), (10, 10)).is_empty());
        assert!(lit(&[(0, 0), (9, 9)], (4.0, 4.0), (10, 10)).is_empty());
        let huge = lit(
            &[(-100_000, -100_000), (100_000, -100_000), (0, 100_000)],
            (4.0, 4.0),
            (10, 10),
        );
        assert_eq!(huge.len(), 100, "a huge triangle covers the whole grid");
    }

    #[test]
    fn a_hole_stays_empty() {
        // A square with a square hole, as one even-odd path.
        let ring = [
            (0, 0),
            (40, 0),
            (40, 40),
            (0, 40),
            (0, 0),
            (12, 12),
            (12, 28),
            (28, 28),
            (28, 12),
            (12, 12),
        ];
        let dots = lit(&ring, (4.0, 4.0), (10, 10));
        assert!(!dots.contains(&(5, 5)), "the hole is empty");
        assert!(dots.contains(&(1, 1)), "the ring is filled");
    }

    #[test]
    fn floor_and_ceil_match_the_library() {
        for v in [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.0,
            -1.0,
            2.999,
            -2.001,
            1e9 + 0.5,
            -7.0,
            123_456.789,
            1e-300,
            -1e-300,
        ] {
            assert_eq!(floor(v), v.floor(), "{v}");
            assert_eq!(ceil(v), v.ceil(), "{v}");
        }
    }
}
