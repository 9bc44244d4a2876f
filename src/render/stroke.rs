//! Wide lines on paper, drawn at their width whatever their slope.
//!
//! plotters turns a line wider than one pixel into a polygon whose corners
//! are rounded to whole pixels and fills it without anti-aliasing, so a
//! 2-pixel line is drawn 1 to 3 pixels wide depending on its angle, with
//! notched joints. [`Strokes`] wraps a pixel backend and draws every line
//! and path wider than one pixel itself: a pixel is covered by how far its
//! centre lies from the line (anti-aliased, with round joins and ends), and
//! each pixel of a path is painted once, so a see-through line does not
//! darken where its segments meet. Everything else goes to the backend
//! underneath unchanged (one-pixel lines stay crisp).

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};

pub struct Strokes<B>(pub B);

impl<B: DrawingBackend> Strokes<B> {
    fn stroke(
        &mut self,
        path: &[BackendCoord],
        color: BackendColor,
        width: u32,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        if color.alpha <= 0.0 {
            return Ok(());
        }
        for (x, y, cover) in coverage(path, f64::from(width), self.0.get_size()) {
            let alpha = color.alpha * f64::from(cover);
            self.0.draw_pixel((x, y), BackendColor { alpha, rgb: color.rgb })?;
        }
        Ok(())
    }
}

/// The pixels a line of `width` along `path` covers, each once, with the
/// share of it covered (0..1]: one minus how far the pixel's centre lies
/// beyond the line's edge. Pixel (x, y) spans x..x+1; a path point is the
/// centre of its pixel.
pub fn coverage(path: &[BackendCoord], width: f64, (w, h): (u32, u32)) -> Vec<(i32, i32, f32)> {
    let r = width / 2.0;
    let centre = |p: &BackendCoord| (f64::from(p.0) + 0.5, f64::from(p.1) + 0.5);
    let mut covered: Vec<(u64, f32)> = Vec::new();
    let reach = (r + 1.0).ceil() as i32;
    let mut visit = |a: (f64, f64), b: (f64, f64)| {
        let length = (b.0 - a.0).hypot(b.1 - a.1);
        // Every pixel within reach of a point stepped along the segment at
        // most a pixel apart: a few times the line's own pixels, not its
        // bounding box.
        let steps = length.ceil().max(1.0) as i32;
        for k in 0..=steps {
            let t = f64::from(k) / f64::from(steps);
            let (px, py) = ((a.0 + (b.0 - a.0) * t) as i32, (a.1 + (b.1 - a.1) * t) as i32);
            for y in (py - reach).max(0)..=(py + reach).min(h as i32 - 1) {
                for x in (px - reach).max(0)..=(px + reach).min(w as i32 - 1) {
                    let d = distance_to_segment((f64::from(x) + 0.5, f64::from(y) + 0.5), a, b);
                    let cover = (r + 0.5 - d).min(1.0);
                    if cover > 0.0 {
                        covered.push(((u64::from(y as u32) << 32) | u64::from(x as u32), cover as f32));
                    }
                }
            }
        }
    };
    match path {
        [] => {}
        [only] => visit(centre(only), centre(only)),
        _ => {
            for pair in path.windows(2) {
                visit(centre(&pair[0]), centre(&pair[1]));
            }
        }
    }
    covered.sort_unstable_by(|p, q| p.0.cmp(&q.0).then(q.1.total_cmp(&p.1)));
    covered.dedup_by_key(|p| p.0);
    covered
        .into_iter()
        .map(|(key, cover)| ((key & 0xffff_ffff) as i32, (key >> 32) as i32, cover))
        .collect()
}

/// How far `p` lies from the segment from `a` to `b`.
fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (p.0 - (a.0 + t * dx)).hypot(p.1 - (a.1 + t * dy))
}

impl<B: DrawingBackend> DrawingBackend for Strokes<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.stroke_width() > 1 {
            return self.stroke(&[from, to], style.color(), style.stroke_width());
        }
        self.0.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.stroke_width() > 1 {
            let path: Vec<BackendCoord> = path.into_iter().collect();
            return self.stroke(&path, style.color(), style.stroke_width());
        }
        self.0.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.fill_polygon(vert, style)
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_text(text, style, pos)
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.0.estimate_text_size(text, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.blit_bitmap(pos, size, src)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ink of a line: its covered shares summed.
    fn ink(path: &[BackendCoord], width: f64) -> f64 {
        coverage(path, width, (400, 400)).iter().map(|p| f64::from(p.2)).sum()
    }

    #[test]
    fn a_wide_line_has_the_same_width_at_every_slope() {
        // 100 px long from the centre at angles 0..90 degrees: the ink per
        // pixel of length (its width, plus the round ends) stays the same.
        for width in [2.0, 3.0] {
            let inks: Vec<f64> = (0..=9)
                .map(|k| {
                    let angle = f64::from(k) * 10f64.to_radians();
                    let to = (
                        (200.0 + 100.0 * angle.cos()).round() as i32,
                        (200.0 + 100.0 * angle.sin()).round() as i32,
                    );
                    let length = f64::from(to.0 - 200).hypot(f64::from(to.1 - 200));
                    ink(&[(200, 200), to], width) / length
                })
                .collect();
            let (lo, hi) = inks
                .iter()
                .fold((f64::MAX, 0.0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
            assert!(hi / lo < 1.06, "width {width}: ink per pixel {inks:?}");
            assert!((lo - width).abs() < 0.3 * width, "width {width}: {lo}");
        }
    }

    #[test]
    fn each_pixel_of_a_path_is_painted_once() {
        let path = [(10, 10), (60, 10), (60, 60), (10, 10)];
        let pixels = coverage(&path, 3.0, (100, 100));
        let mut keys: Vec<(i32, i32)> = pixels.iter().map(|p| (p.0, p.1)).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), pixels.len());
        assert!(pixels.iter().all(|p| p.2 > 0.0 && p.2 <= 1.0));
    }

    #[test]
    fn a_horizontal_line_on_whole_pixels_stays_crisp() {
        // A 3 px line along row 20 covers rows 19, 20 and 21 fully.
        let pixels = coverage(&[(10, 20), (50, 20)], 3.0, (100, 100));
        for x in 12..48 {
            for y in 19..=21 {
                assert!(pixels.iter().any(|p| (p.0, p.1) == (x, y) && p.2 >= 0.99), "({x}, {y})");
            }
            assert!(!pixels.iter().any(|p| p.0 == x && (p.1 < 19 || p.1 > 21)), "column {x}");
        }
    }
}
