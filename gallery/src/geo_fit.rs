//! Fitting projected coordinates into pixels: pixel rectangles, extents,
//! and the scale and origin that map one onto the other.

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

    pub(crate) fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    pub(crate) fn contains(&self, other: &Rect) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
