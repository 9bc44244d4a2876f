//! Rendering: charts into terminal cells (`cell`), PNG and SVG files
//! (`export`), with the embedded font (`fonts`).

pub mod cell;
pub mod export;
pub mod fonts;

use crate::catalogue::Prepared;
use cell::{CellBackend, CellMode, ColorDepth};
use plotters::prelude::IntoDrawingArea;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use rgg_gallery::theme::Theme;
use std::fmt::Write;

/// Draws a chart into `area` of a ratatui buffer.
pub fn draw_cells(
    prepared: &Prepared,
    variant: usize,
    buf: &mut Buffer,
    area: Rect,
    mode: CellMode,
    depth: ColorDepth,
) {
    fonts::register();
    let theme = Theme::terminal();
    let backend = CellBackend::new(buf, area, mode, depth, &theme);
    let root = backend.into_drawing_area();
    // The cell backend cannot fail; plotters' own errors (a font it cannot
    // measure) would leave the chart partly drawn, which is the best we have.
    let _ = prepared.draw(&root, variant, &theme);
    let _ = root.present();
}

/// A buffer as text lines for stdout, with ANSI colours or without.
pub fn buffer_to_text(buf: &Buffer, color: bool) -> String {
    let mut out = String::new();
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut current: Option<(Color, Color)> = None;
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else { continue };
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            if color && current != Some((cell.fg, cell.bg)) {
                line.push_str("\x1b[0m");
                push_sgr(&mut line, cell.fg, false);
                push_sgr(&mut line, cell.bg, true);
                current = Some((cell.fg, cell.bg));
            }
            line.push_str(symbol);
        }
        if color {
            line.push_str("\x1b[0m");
        } else {
            line.truncate(line.trim_end().len());
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn push_sgr(out: &mut String, color: Color, background: bool) {
    let base = if background { 48 } else { 38 };
    match color {
        Color::Rgb(r, g, b) => {
            let _ = write!(out, "\x1b[{base};2;{r};{g};{b}m");
        }
        Color::Indexed(i) => {
            let _ = write!(out, "\x1b[{base};5;{i}m");
        }
        _ => {}
    }
}
