//! The terminal backend: the `rgg-term` crate (`term/` in this workspace),
//! named here for the app, and a gallery theme as its colours.

use rgg_gallery::theme::Theme;
pub use rgg_term::{rgb, CellBackend, CellMode, ColorDepth, Colors, MARKERS};

/// The colours of a terminal theme ([`Theme::terminal`] or
/// [`Theme::terminal_light`]) by role, as the backend takes them.
pub fn colors(theme: &Theme) -> Colors {
    Colors::new(rgb(&theme.text), rgb(&theme.background))
        .with_grid(rgb(&theme.grid))
        .with_axis(rgb(&theme.axis))
        .with_palette(theme.palette.iter().map(rgb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::{BitMapBackend, IntoDrawingArea};
    use rgg_gallery::axes::text_in_cells;

    /// The gallery asks its drawing area whether it draws into terminal
    /// cells; this backend says yes, a bitmap no.
    #[test]
    fn only_the_terminal_sets_text_in_cells() {
        crate::render::fonts::register();
        let theme = Theme::terminal();
        let area = ratatui::layout::Rect::new(0, 0, 20, 5);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        let colors = colors(&theme);
        let cells = CellBackend::new(&mut buf, area, CellMode::Braille, ColorDepth::Mono, &colors).into_drawing_area();
        assert_eq!(text_in_cells(&cells, &theme).ok(), Some(true));
        let mut pixels = vec![255u8; 100 * 50 * 3];
        let paper = BitMapBackend::with_buffer(&mut pixels, (100, 50)).into_drawing_area();
        assert_eq!(text_in_cells(&paper, &Theme::light()).ok(), Some(false));
    }
}
