//! Statistics and ML: how well a model works, what an analysis found, and
//! which frequencies a signal holds.
pub mod confusion_matrix;
pub mod forest_plot;
pub mod manhattan;
pub mod roc;
pub mod spectrogram;
pub mod volcano;

#[cfg(test)]
pub(crate) mod test_backend {
    //! Drawing for the family's unit tests: a small in-memory bitmap with the
    //! embedded `DejaVu` font registered, so a test can draw a chart and check
    //! that it drew something without writing a file.

    use plotters::coord::Shift;
    use plotters::prelude::*;
    use plotters::style::{register_font, FontStyle};

    /// Draws with `f` on a `w` x `h` bitmap (white before drawing) and
    /// returns how many pixels are no longer white.
    pub fn render(w: u32, h: u32, f: impl FnOnce(&DrawingArea<BitMapBackend, Shift>)) -> usize {
        // Registering twice replaces the same font: harmless.
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        let mut buffer = vec![255u8; (w * h * 3) as usize];
        {
            let area = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
            f(&area);
        }
        buffer.chunks(3).filter(|p| p != &[255, 255, 255]).count()
    }
}
