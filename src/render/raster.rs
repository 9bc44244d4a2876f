//! plotters' rasterizers for the terminal backend, step for step, so every
//! chart draws the same dots, without their per-pixel and per-scanline
//! costs. Tests compare them with plotters call for call.
//!
//! Polygons: plotters allocates a new edge list on every scanline and
//! sorts it with a comparison that divides twice per call; maps, areas and
//! thick lines (which plotters turns into polygons) spent most of a
//! terminal frame there. Here the edge list is reused and each edge's
//! position is computed once per scanline. The sort stays stable, as
//! plotters' is, so ties keep the same order.
//!

use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

/// An edge crossing the sweep: `epoch` steps of `total_epoch` done.
#[derive(Clone, Copy, Debug)]
struct Edge {
    epoch: u32,
    total_epoch: u32,
    slave_begin: i32,
    slave_end: i32,
    /// `slave_pos()` for the current scanline.
    pos: f64,
}

impl Edge {
    /// An edge swept along x; None when it has no length along x.
    fn along(mut from: BackendCoord, mut to: BackendCoord) -> Option<Edge> {
        if from.0 == to.0 {
            return None;
        }
        if from.0 > to.0 {
            std::mem::swap(&mut from, &mut to);
        }
        Some(Edge {
            epoch: 0,
            total_epoch: (to.0 - from.0) as u32,
            slave_begin: from.1,
            slave_end: to.1,
            pos: f64::from(from.1),
        })
    }

    fn master_pos(&self) -> i32 {
        (self.total_epoch - self.epoch) as i32
    }

    fn slave_pos(&self) -> f64 {
        f64::from(self.slave_begin)
            + (i64::from(self.slave_end - self.slave_begin) * i64::from(self.epoch)) as f64
                / f64::from(self.total_epoch)
    }
}

/// Fills `vertices` in `color` on `back`, as plotters' default does.
pub fn fill_polygon<DB: DrawingBackend>(
    back: &mut DB,
    vertices: &[BackendCoord],
    color: BackendColor,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let Some(&first) = vertices.first() else {
        return Ok(());
    };
    let (mut x_span, mut y_span) = ((first.0, first.0), (first.1, first.1));
    for &(x, y) in vertices {
        x_span = (x_span.0.min(x), x_span.1.max(x));
        y_span = (y_span.0.min(y), y_span.1.max(y));
    }
    // All points on one vertical or horizontal line.
    if x_span.0 == x_span.1 || y_span.0 == y_span.1 {
        return back.draw_line((x_span.0, y_span.0), (x_span.1, y_span.1), &color);
    }
    let horizontal_sweep = x_span.1 - x_span.0 > y_span.1 - y_span.0;
    // Work in (master, slave) coordinates: master is the sweep direction.
    let flip = |(x, y): BackendCoord| if horizontal_sweep { (x, y) } else { (y, x) };
    let mut edges: Vec<(BackendCoord, BackendCoord)> = vertices
        .iter()
        .zip(vertices.iter().skip(1))
        .map(|(a, b)| (flip(*a), flip(*b)))
        .collect();
    edges.push((flip(vertices[vertices.len() - 1]), flip(vertices[0])));
    edges.sort_by_key(|(a, b)| a.0.min(b.0));
    for edge in &mut edges {
        if edge.0 .0 > edge.1 .0 {
            std::mem::swap(&mut edge.0, &mut edge.1);
        }
    }
    let (low, high) = if horizontal_sweep { x_span } else { y_span };
    let unflip = |master: i32, slave: i32| {
        if horizontal_sweep {
            (master, slave)
        } else {
            (slave, master)
        }
    };

    let mut next = 0;
    let mut active: Vec<Edge> = Vec::new();
    for sweep in low..=high {
        active.retain_mut(|e| {
            let keep = e.master_pos() > 0;
            if keep {
                e.epoch += 1;
            }
            keep
        });
        while let Some((from, to)) = edges.get(next) {
            if from.0 > sweep {
                break;
            }
            active.extend(Edge::along(*from, *to));
            next += 1;
        }
        for e in &mut active {
            e.pos = e.slave_pos();
        }
        // Stable, like plotters' `sort()`, with the same comparison.
        active.sort_by(|a, b| a.pos.partial_cmp(&b.pos).unwrap_or(std::cmp::Ordering::Equal));

        // Pair the edges up as plotters does: an edge ending on this
        // scanline pairs with none but another that ends here too.
        let mut pending: (Option<Edge>, Option<Edge>) = (None, None);
        for edge in &active {
            if pending.0.is_none() {
                pending.0 = Some(*edge);
            } else if pending.1.is_none() {
                pending.1 = Some(*edge);
            }
            let (Some(a), Some(b)) = pending else { continue };
            if a.master_pos() == 0 && b.master_pos() != 0 {
                pending = (Some(b), None);
                continue;
            }
            if a.master_pos() != 0 && b.master_pos() == 0 {
                pending = (Some(a), None);
                continue;
            }
            pending = (None, None);
            let (from, to) = (a.pos, b.pos);
            if a.master_pos() == 0 && b.master_pos() == 0 && to - from > 1.0 {
                continue;
            }
            back.draw_line(
                unflip(sweep, ceil(from) as i32),
                unflip(sweep, floor(to) as i32),
                &color,
            )?;
            back.draw_pixel(unflip(sweep, floor(from) as i32), color.mix(ceil(from) - from))?;
            // plotters' two sweeps weigh this end pixel differently.
            let end_alpha = if horizontal_sweep {
                to - floor(to)
            } else {
                floor(to) - to
            };
            back.draw_pixel(unflip(sweep, ceil(to) as i32), color.mix(end_alpha))?;
        }
    }
    Ok(())
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
    use plotters_backend::{BackendStyle, BackendTextStyle};
    use proptest::prelude::*;

    /// A drawing call: from, to (the same for a pixel) and the alpha's bits.
    type Call = (BackendCoord, BackendCoord, u64);

    /// Remembers every call, to compare two fills call for call.
    #[derive(Default)]
    struct Recorder {
        calls: Vec<Call>,
    }

    impl DrawingBackend for Recorder {
        type ErrorType = std::fmt::Error;

        fn get_size(&self) -> (u32, u32) {
            (1000, 1000)
        }

        fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }

        fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }

        fn draw_pixel(
            &mut self,
            p: BackendCoord,
            color: BackendColor,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.calls.push((p, p, color.alpha.to_bits()));
            Ok(())
        }

        fn draw_line<S: BackendStyle>(
            &mut self,
            from: BackendCoord,
            to: BackendCoord,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.calls.push((from, to, style.color().alpha.to_bits() ^ 1));
            Ok(())
        }

        fn draw_text<TStyle: BackendTextStyle>(
            &mut self,
            _: &str,
            _: &TStyle,
            _: BackendCoord,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }
    }

    fn both(vertices: &[BackendCoord]) -> (Vec<Call>, Vec<Call>) {
        let color = BackendColor {
            alpha: 0.9,
            rgb: (1, 2, 3),
        };
        let (mut ours, mut theirs) = (Recorder::default(), Recorder::default());
        fill_polygon(&mut ours, vertices, color).expect("fill");
        plotters_backend::rasterizer::fill_polygon(&mut theirs, vertices, &color).expect("fill");
        (ours.calls, theirs.calls)
    }

    #[test]
    fn fills_like_plotters_on_plain_shapes() {
        let shapes: [&[BackendCoord]; 5] = [
            &[(0, 0), (40, 0), (40, 10), (0, 10)],
            &[(5, 5), (60, 20), (10, 90)],
            &[(0, 0), (50, 50), (0, 50), (50, 0)],
            &[(3, 3), (3, 30)],
            &[],
        ];
        for shape in shapes {
            let (ours, theirs) = both(shape);
            assert_eq!(ours, theirs, "{shape:?}");
        }
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

    proptest! {
        #[test]
        fn fills_like_plotters_on_any_polygon(vertices in prop::collection::vec((-20i32..200, -20i32..120), 1..40)) {
            let (ours, theirs) = both(&vertices);
            prop_assert_eq!(ours, theirs);
        }
    }
}
