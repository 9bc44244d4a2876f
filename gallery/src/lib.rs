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
    //! embedded `DejaVu` font registered) and compare what it drew.

    use plotters::coord::Shift;
    use plotters::prelude::*;
    use plotters::style::{register_font, FontStyle};

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
}
