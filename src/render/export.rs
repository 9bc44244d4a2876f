//! PNG and SVG export, written atomically: the image goes to a temporary
//! file in the target folder and is renamed into place only when complete,
//! so a failed export never leaves a partial file behind.

use super::fonts;
use super::stroke::Strokes;
use super::Figure;
use anyhow::{anyhow, bail, Context, Result};
use plotters::prelude::*;
use rgg_gallery::theme::Theme;
use std::io::Write;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Png,
    Svg,
}

/// The paper a PNG or SVG is drawn on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// White, for print and light pages ([`Theme::light_for`]).
    #[default]
    White,
    /// Near-black, for dark-mode pages ([`Theme::dark_for`]).
    Dark,
}

impl Paper {
    /// The theme for a canvas of `width` x `height` pixels.
    pub fn theme(self, width: u32, height: u32) -> Theme {
        match self {
            Paper::White => Theme::light_for(width, height),
            Paper::Dark => Theme::dark_for(width, height),
        }
    }
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
        }
    }
}

/// Draws the chart at `width` x `height` on white and encodes it.
pub fn render(figure: Figure, format: Format, size: (u32, u32)) -> Result<Vec<u8>> {
    render_on(figure, format, size, Paper::White)
}

/// Draws the chart at `width` x `height` on `paper` and encodes it.
pub fn render_on(figure: Figure, format: Format, (width, height): (u32, u32), paper: Paper) -> Result<Vec<u8>> {
    if width == 0 || height == 0 {
        bail!("the image size must be at least 1x1");
    }
    fonts::register();
    let theme = paper.theme(width, height);
    match format {
        Format::Png => {
            let mut pixels = vec![255u8; width as usize * height as usize * 3];
            {
                let root = Strokes(BitMapBackend::with_buffer(&mut pixels, (width, height))).into_drawing_area();
                root.fill(&theme.background)
                    .map_err(|e| anyhow!("drawing failed: {e}"))?;
                figure.draw(&root, &theme).map_err(|e| anyhow!("drawing failed: {e}"))?;
                root.present().map_err(|e| anyhow!("drawing failed: {e}"))?;
            }
            encode_png(&pixels, width, height)
        }
        Format::Svg => {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                root.fill(&theme.background)
                    .map_err(|e| anyhow!("drawing failed: {e}"))?;
                figure.draw(&root, &theme).map_err(|e| anyhow!("drawing failed: {e}"))?;
                root.present().map_err(|e| anyhow!("drawing failed: {e}"))?;
            }
            Ok(svg.into_bytes())
        }
    }
}

/// One PNG with every chart side by side, `columns` across, each drawn
/// into its own `cell` of pixels: the README's contact sheet.
pub fn contact_sheet(charts: &[Figure], columns: usize, cell: (u32, u32), paper: Paper) -> Result<Vec<u8>> {
    fonts::register();
    let columns = columns.clamp(1, charts.len().max(1));
    let rows = charts.len().div_ceil(columns).max(1);
    let (width, height) = (cell.0 * columns as u32, cell.1 * rows as u32);
    let theme = paper.theme(cell.0, cell.1);
    let mut pixels = vec![255u8; width as usize * height as usize * 3];
    {
        let root = Strokes(BitMapBackend::with_buffer(&mut pixels, (width, height))).into_drawing_area();
        root.fill(&theme.background)
            .map_err(|e| anyhow!("drawing failed: {e}"))?;
        for (area, figure) in root.split_evenly((rows, columns)).iter().zip(charts) {
            let inner = area.margin(4, 4, 4, 4);
            figure
                .draw(&inner, &theme)
                .map_err(|e| anyhow!("drawing failed: {e}"))?;
        }
        root.present().map_err(|e| anyhow!("drawing failed: {e}"))?;
    }
    encode_png(&pixels, width, height)
}

/// RGB pixels to PNG bytes. Fast compression with the adaptive filter:
/// charts are flat colour, which compresses well even at the fast level.
pub fn encode_png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::FilterType::Paeth);
    let mut writer = encoder.write_header().context("PNG encoding failed")?;
    writer.write_image_data(rgb).context("PNG encoding failed")?;
    writer.finish().context("PNG encoding failed")?;
    Ok(out)
}

/// Writes `bytes` to `path` through a temporary file in the same folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let shown = path.display();
    let mut tmp = tempfile::Builder::new()
        .prefix(".rgg-export-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot write {shown}: cannot create a file in {}", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("cannot write {shown}"))?;
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {shown}"))?;
    tmp.persist(path)
        .map_err(|e| anyhow!("cannot write {shown}: {}", e.error))?;
    Ok(())
}
