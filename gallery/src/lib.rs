//! rgg's chart modules, grouped by family.
//!
//! Every chart type is one file with one `draw` function generic over the
//! plotters `DrawingBackend`, so the same code paints a terminal, a PNG and
//! an SVG. The only dependency is plotters: copy a chart file (plus the few
//! shared helpers its doc names) into your own plotters project.

#![warn(missing_docs)]

pub mod axes;
pub mod color_bar;
pub mod geo;
mod geo_basemap;
mod geo_fit;
mod geo_great_circle;
mod geo_hexbin;
mod geo_labels;
mod geo_layout;
mod geo_polygon;
mod geo_projection;
pub mod graph;
pub mod hierarchy;
pub mod radial;
pub mod scale;
pub mod size_legend;
pub mod stats;
pub mod theme;

pub mod correlation;
pub mod distribution;
pub mod evolution;
pub mod flow;
pub mod map;
pub mod part_of_a_whole;
pub mod ranking;
pub mod statistics;

#[cfg(test)]
pub(crate) mod test_pixels {
    //! For unit tests: draw a chart into a small in-memory bitmap (the
    //! embedded `DejaVu` font registered) and compare what it drew, or onto
    //! a canvas that records its rectangles, lines and texts, as a terminal
    //! (text in fixed cells) or as paper.

    use crate::theme::Theme;
    use plotters::coord::Shift;
    use plotters::prelude::*;
    use plotters::style::{register_font, FontStyle};
    use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
    use std::cell::RefCell;
    use std::convert::Infallible;
    use std::rc::Rc;

    /// The RGB pixels `f` draws on a white `w` x `h` bitmap.
    pub fn pixels(w: u32, h: u32, f: impl FnOnce(&DrawingArea<BitMapBackend, Shift>)) -> Vec<u8> {
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        let mut buffer = vec![255u8; (w * h * 3) as usize];
        {
            let area = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
            f(&area);
        }
        buffer
    }

    /// How many pixels `f` inks on a white `w` x `h` bitmap: a test that a
    /// chart drew something.
    pub fn inked(w: u32, h: u32, f: impl FnOnce(&DrawingArea<BitMapBackend, Shift>)) -> usize {
        pixels(w, h, f).chunks(3).filter(|p| p != &[255, 255, 255]).count()
    }

    /// A character cell of the recording terminal, in pixels.
    pub const CELL: (i32, i32) = (8, 16);

    /// What a [`Recorder`] was asked to draw.
    #[derive(Default)]
    pub struct Drawn {
        /// Filled rectangles: corners and colour.
        pub rects: Vec<(BackendCoord, BackendCoord, RGBColor)>,
        /// Texts and where they were anchored.
        pub texts: Vec<(String, BackendCoord)>,
        /// Lines (paths): their points and colour.
        pub paths: Vec<(Vec<BackendCoord>, RGBColor)>,
    }

    /// A canvas that records what is drawn on it: a terminal (`cells`),
    /// where every text measures a [`CELL`] per character whatever its
    /// size, or paper, where text grows with its size.
    pub struct Recorder {
        size: (u32, u32),
        cells: bool,
        drawn: Rc<RefCell<Drawn>>,
    }

    /// What `f` draws on a recording canvas of `size`, a terminal (`cells`,
    /// with the terminal theme) or paper (the light theme).
    pub fn record(size: (u32, u32), cells: bool, f: impl FnOnce(&DrawingArea<Recorder, Shift>, &Theme)) -> Drawn {
        let drawn = Rc::new(RefCell::new(Drawn::default()));
        let theme = if cells { Theme::terminal() } else { Theme::light() };
        let area = Recorder {
            size,
            cells,
            drawn: Rc::clone(&drawn),
        }
        .into_drawing_area();
        f(&area, &theme);
        drop(area);
        Rc::try_unwrap(drawn).map(RefCell::into_inner).unwrap_or_default()
    }

    fn rgb(color: BackendColor) -> RGBColor {
        let (r, g, b) = color.rgb;
        RGBColor(r, g, b)
    }

    impl DrawingBackend for Recorder {
        type ErrorType = Infallible;

        fn get_size(&self) -> (u32, u32) {
            self.size
        }

        fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
            Ok(())
        }

        fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
            Ok(())
        }

        fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Result<(), DrawingErrorKind<Infallible>> {
            Ok(())
        }

        fn draw_rect<S: BackendStyle>(
            &mut self,
            upper_left: BackendCoord,
            bottom_right: BackendCoord,
            style: &S,
            fill: bool,
        ) -> Result<(), DrawingErrorKind<Infallible>> {
            if fill {
                let color = rgb(style.color());
                self.drawn.borrow_mut().rects.push((upper_left, bottom_right, color));
            }
            Ok(())
        }

        fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
            &mut self,
            path: I,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Infallible>> {
            let color = rgb(style.color());
            self.drawn.borrow_mut().paths.push((path.into_iter().collect(), color));
            Ok(())
        }

        fn draw_text<S: BackendTextStyle>(
            &mut self,
            text: &str,
            _: &S,
            pos: BackendCoord,
        ) -> Result<(), DrawingErrorKind<Infallible>> {
            self.drawn.borrow_mut().texts.push((text.to_string(), pos));
            Ok(())
        }

        fn estimate_text_size<S: BackendTextStyle>(
            &self,
            text: &str,
            style: &S,
        ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
            let n = text.chars().count() as u32;
            if self.cells {
                Ok((n * CELL.0 as u32, CELL.1 as u32))
            } else {
                let size = style.size().round() as u32;
                Ok((n * size / 2, size))
            }
        }
    }
}
