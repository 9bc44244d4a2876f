//! Draw [plotters] charts in a [ratatui] terminal.
//!
//! [`CellBackend`] is a plotters `DrawingBackend` that paints a rectangle of
//! a ratatui [`Buffer`](ratatui::buffer::Buffer). Each cell is a virtual
//! 8x16-pixel box ([`CELL_W`], [`CELL_H`]), so a chart laid out in pixels
//! for a PNG draws unchanged. Shapes are rasterised into dots, several per
//! cell ([`CellMode`]: braille 2x4, half blocks 1x2, quadrants 2x2,
//! sextants 2x3, octants 2x4), then each cell is composed from its dots
//! with up to two colours, brought down to the terminal's colour depth
//! ([`ColorDepth`]). Data wins over fills, fills over axes and grid; text
//! is set in real characters, always horizontal.
//!
//! [`PlotWidget`] wraps it as a ratatui widget that draws any plotters
//! closure into a `Rect`:
//!
//! ```ignore
//! use plotters::prelude::*;
//! use rgg_term::{CellArea, CellMode, PlotWidget};
//!
//! terminal.draw(|frame| {
//!     let widget = PlotWidget::new(|area: &CellArea| {
//!         let mut chart = ChartBuilder::on(area).margin(8).build_cartesian_2d(0.0..6.3, -1.0..1.0)?;
//!         chart.configure_mesh().draw()?;
//!         let sine = (0..=63).map(|i| (f64::from(i) / 10.0, (f64::from(i) / 10.0).sin()));
//!         chart.draw_series(std::iter::once(PathElement::new(sine.collect::<Vec<_>>(), &RED)))?;
//!         Ok::<(), DrawingAreaErrorKind<std::convert::Infallible>>(())
//!     })
//!     .mode(CellMode::Braille);
//!     frame.render_widget(widget, frame.area());
//! })?;
//! ```
//!
//! [`buffer_to_text`] prints a buffer (say, a chart drawn into a
//! `Buffer::empty`) to standard output with ANSI colours, without a
//! full-screen app.
//!
//! The backend draws text itself (one character per cell), so no font is
//! needed. If your plotters has the `ab_glyph` feature, register a font
//! anyway if other backends of your program draw text.

#![warn(missing_docs)]

mod backend;
pub mod color;
mod raster;
mod text;
mod widget;

pub use backend::{rgb, CellBackend, CellMode, Colors, Rgb, CELL_H, CELL_W, MARKERS};
pub use color::ColorDepth;
pub use text::buffer_to_text;
pub use widget::{CellArea, PlotWidget};
// The plotters this crate draws with: use it to name the same types.
pub use plotters;
