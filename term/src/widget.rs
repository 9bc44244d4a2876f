//! [`PlotWidget`]: a ratatui widget that draws any plotters closure.

use crate::backend::{CellBackend, CellMode, Colors, Rgb};
use crate::color::ColorDepth;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// The drawing area a [`PlotWidget`]'s closure draws on: a plotters
/// [`DrawingArea`] over a [`CellBackend`], the size of the widget's `Rect`
/// in cells times [`CELL_W`](crate::CELL_W)x[`CELL_H`](crate::CELL_H)
/// pixels.
pub type CellArea<'a> = DrawingArea<CellBackend<'a>, Shift>;

/// A ratatui widget that draws a plotters chart into its `Rect`.
///
/// The closure gets a [`CellArea`] and draws on it as on any plotters
/// drawing area (`ChartBuilder::on(area)`, `area.fill(..)`, a chart
/// function generic over the backend). Builder methods choose how cells are
/// cut into dots ([`PlotWidget::mode`]), the colour depth
/// ([`PlotWidget::depth`]) and the chart's colours ([`PlotWidget::colors`]).
///
/// ```ignore
/// let widget = PlotWidget::new(|area: &CellArea| {
///     area.fill(&WHITE)?;
///     let mut chart = ChartBuilder::on(area).build_cartesian_2d(0.0..10.0, 0.0..1.0)?;
///     chart.draw_series(std::iter::once(PathElement::new(points, &RED)))?;
///     Ok::<(), DrawingAreaErrorKind<std::convert::Infallible>>(())
/// })
/// .mode(CellMode::Braille);
/// frame.render_widget(widget, frame.area());
/// ```
pub struct PlotWidget<F> {
    draw: F,
    mode: CellMode,
    depth: ColorDepth,
    colors: Colors,
}

impl<F> PlotWidget<F> {
    /// A widget drawing with `draw`: braille dots, 24-bit colour, plotters'
    /// default colours (black text on white, see [`Colors::default`]).
    pub fn new<E>(draw: F) -> Self
    where
        F: for<'a, 'b> FnOnce(&'b CellArea<'a>) -> Result<(), E>,
    {
        PlotWidget {
            draw,
            mode: CellMode::Braille,
            depth: ColorDepth::TrueColor,
            colors: Colors::default(),
        }
    }

    /// How each cell is cut into dots (default [`CellMode::Braille`]).
    #[must_use]
    pub fn mode(mut self, mode: CellMode) -> Self {
        self.mode = mode;
        self
    }

    /// How many colours to use (default [`ColorDepth::TrueColor`];
    /// [`ColorDepth::detect`] asks the environment).
    #[must_use]
    pub fn depth(mut self, depth: ColorDepth) -> Self {
        self.depth = depth;
        self
    }

    /// The chart's colours by role (see [`Colors`]).
    #[must_use]
    pub fn colors(mut self, colors: Colors) -> Self {
        self.colors = colors;
        self
    }

    /// The chart's background colour: drawn as the terminal's own
    /// background (see [`Colors::background`]).
    #[must_use]
    pub fn background(mut self, background: Rgb) -> Self {
        self.colors.background = background;
        self
    }

    /// The chart's text colour: drawn as the terminal's own foreground
    /// (see [`Colors::text`]).
    #[must_use]
    pub fn text(mut self, text: Rgb) -> Self {
        self.colors.text = text;
        self
    }

    /// Draws into `area` of `buf` and returns the closure's result. What
    /// the closure drew before an error is still written to the buffer.
    pub fn try_render<E>(self, area: Rect, buf: &mut Buffer) -> Result<(), E>
    where
        F: for<'a, 'b> FnOnce(&'b CellArea<'a>) -> Result<(), E>,
    {
        let root = CellBackend::new(buf, area, self.mode, self.depth, &self.colors).into_drawing_area();
        let drawn = (self.draw)(&root);
        // The backend itself never fails.
        let _ = root.present();
        drawn
    }
}

impl<F, E> Widget for PlotWidget<F>
where
    F: for<'a, 'b> FnOnce(&'b CellArea<'a>) -> Result<(), E>,
{
    /// Draws the chart; an error from the closure leaves what was drawn
    /// before it (use [`PlotWidget::try_render`] to see the error).
    fn render(self, area: Rect, buf: &mut Buffer) {
        let _ = self.try_render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::{DrawingAreaErrorKind, IntoFont, RGBColor, Text, RED};
    use std::convert::Infallible;

    #[test]
    fn the_closure_sees_the_area_in_virtual_pixels_and_its_error_comes_back() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 10));
        let mut seen = None;
        let result = PlotWidget::new(|area: &CellArea| {
            seen = Some(area.dim_in_pixel());
            area.fill(&RED)?;
            Err(DrawingAreaErrorKind::<Infallible>::LayoutError)
        })
        .try_render(Rect::new(2, 1, 5, 3), &mut buf);
        assert!(matches!(result, Err(DrawingAreaErrorKind::LayoutError)));
        assert_eq!(seen, Some((5 * crate::CELL_W, 3 * crate::CELL_H)));
        // What was drawn before the error is there, inside the Rect only.
        assert_eq!(buf[(2, 1)].bg, ratatui::style::Color::Rgb(255, 0, 0));
        assert_eq!(buf[(6, 3)].bg, ratatui::style::Color::Rgb(255, 0, 0));
        assert_eq!(buf[(1, 1)].bg, ratatui::style::Color::Reset);
        assert_eq!(buf[(7, 1)].bg, ratatui::style::Color::Reset);
        assert_eq!(buf[(2, 4)].bg, ratatui::style::Color::Reset);
    }

    #[test]
    fn builder_settings_reach_the_cells() {
        let draw = |area: &CellArea| area.fill(&RGBColor(10, 20, 30));
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 2));
        PlotWidget::new(draw)
            .background((10, 20, 30))
            .render(buf.area, &mut buf);
        assert_eq!(buf[(1, 1)].bg, ratatui::style::Color::Reset, "the background erases");
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 2));
        PlotWidget::new(draw)
            .depth(ColorDepth::Ansi256)
            .mode(CellMode::Half)
            .render(buf.area, &mut buf);
        assert!(matches!(buf[(1, 1)].bg, ratatui::style::Color::Indexed(_)));
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 2));
        PlotWidget::new(|area: &CellArea| {
            area.draw(&Text::new(
                "Hi",
                (0, 0),
                ("sans-serif", 16).into_font().color(&RGBColor(9, 9, 9)),
            ))
        })
        .text((9, 9, 9))
        .render(buf.area, &mut buf);
        assert_eq!(
            (buf[(0, 0)].symbol(), buf[(0, 0)].fg),
            ("H", ratatui::style::Color::Reset)
        );
    }
}
