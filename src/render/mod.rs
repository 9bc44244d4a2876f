//! Rendering: charts into terminal cells (`cell`: the `rgg-term` crate's
//! backend) at the terminal's colour depth on its dark or light background
//! (`background`), PNG and SVG files (`export`), with the embedded font
//! (`fonts`).

pub mod background;
pub mod cell;
pub mod export;
pub mod fonts;
pub mod pixels;
pub mod screenshot;
pub mod stroke;
pub mod tty;

use cell::{CellMode, ColorDepth};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend, Text};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use rgg_gallery::theme::Theme;
pub use rgg_term::buffer_to_text;

/// A chart that can draw itself, in one of its variants, into any
/// plotters backend (the catalogue's `Prepared` is one). Rendering knows
/// nothing more of charts than this.
pub trait Draw {
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        variant: usize,
        theme: &Theme,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>;
}

/// What is drawn: a chart's input, the variant, and an optional footnote
/// under the chart (for a user's data: the file, its rows, what was dropped).
pub struct Figure<'a, C> {
    pub prepared: &'a C,
    pub variant: usize,
    pub footnote: Option<&'a str>,
}

// By hand: a derive would ask the chart itself to be `Copy`.
impl<C> Clone for Figure<'_, C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for Figure<'_, C> {}

impl<'a, C: Draw> Figure<'a, C> {
    pub fn new(prepared: &'a C, variant: usize) -> Self {
        Figure {
            prepared,
            variant,
            footnote: None,
        }
    }

    /// Draws the chart, and the footnote in one line of muted text below it.
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let Some(note) = self.footnote else {
            return self.prepared.draw(root, self.variant, theme);
        };
        let style = theme.muted_style();
        let (_, line_h) = root.estimate_text_size("Ag", &style)?;
        let (_, height) = root.dim_in_pixel();
        let (chart, foot) = root.split_vertically(height.saturating_sub(line_h));
        self.prepared.draw(&chart, self.variant, theme)?;
        let (width, _) = foot.dim_in_pixel();
        let text = rgg_gallery::axes::fit_text(&foot, note, &style, width as i32 - 2 * theme.margin)?;
        foot.draw(&Text::new(text, (theme.margin, 0), style))
    }
}

/// Draws a figure into `area` of a ratatui buffer, in a terminal theme
/// ([`Theme::terminal`] or [`Theme::terminal_light`]: its background and
/// text colours are drawn as the terminal's own).
pub fn draw_cells(
    figure: Figure<impl Draw>,
    buf: &mut Buffer,
    area: Rect,
    mode: CellMode,
    depth: ColorDepth,
    theme: &Theme,
) {
    fonts::register();
    // The cell backend cannot fail; plotters' own errors (a font it cannot
    // measure) would leave the chart partly drawn, which is the best we have.
    rgg_term::PlotWidget::new(|root| figure.draw(root, theme))
        .mode(mode)
        .depth(depth)
        .colors(cell::colors(theme))
        .render(area, buf);
}
