//! PNG and SVG export, written atomically: the image goes to a temporary
//! file in the target folder and is renamed into place only when complete,
//! so a failed export never leaves a partial file behind.

use super::fonts;
use super::stroke::Strokes;
use super::{Draw, Figure};
use anyhow::{anyhow, bail, Context, Result};
use plotters::prelude::*;
use rgg_gallery::theme::Theme;
use std::io::Write;
use std::path::Path;

/// An image file's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
pub fn render(figure: Figure<impl Draw>, format: Format, size: (u32, u32)) -> Result<Vec<u8>> {
    render_on(figure, format, size, Paper::White)
}

/// Draws the chart at `width` x `height` on `paper` and encodes it.
pub fn render_on(
    figure: Figure<impl Draw>,
    format: Format,
    (width, height): (u32, u32),
    paper: Paper,
) -> Result<Vec<u8>> {
    render_with(figure, format, (width, height), &paper.theme(width, height))
}

/// Draws the chart at `width` x `height` with `theme` and encodes it.
pub fn render_with(
    figure: Figure<impl Draw>,
    format: Format,
    (width, height): (u32, u32),
    theme: &Theme,
) -> Result<Vec<u8>> {
    match format {
        Format::Png => encode_png(&render_rgb(figure, (width, height), theme)?, width, height),
        Format::Svg => {
            check_size(width, height)?;
            fonts::register();
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                root.fill(&theme.background)
                    .map_err(|e| anyhow!("drawing failed: {e}"))?;
                figure.draw(&root, theme).map_err(|e| anyhow!("drawing failed: {e}"))?;
                root.present().map_err(|e| anyhow!("drawing failed: {e}"))?;
            }
            Ok(svg.into_bytes())
        }
    }
}

/// The chart's pixels at `width` x `height` with `theme`: RGB, row by row.
pub fn render_rgb(figure: Figure<impl Draw>, (width, height): (u32, u32), theme: &Theme) -> Result<Vec<u8>> {
    check_size(width, height)?;
    fonts::register();
    let mut pixels = vec![255u8; width as usize * height as usize * 3];
    {
        let root = Strokes(BitMapBackend::with_buffer(&mut pixels, (width, height))).into_drawing_area();
        root.fill(&theme.background)
            .map_err(|e| anyhow!("drawing failed: {e}"))?;
        figure.draw(&root, theme).map_err(|e| anyhow!("drawing failed: {e}"))?;
        root.present().map_err(|e| anyhow!("drawing failed: {e}"))?;
    }
    Ok(pixels)
}

fn check_size(width: u32, height: u32) -> Result<()> {
    if width == 0 || height == 0 {
        bail!("the image size must be at least 1x1");
    }
    Ok(())
}

/// One PNG with every chart side by side, `columns` across, each drawn
/// into its own `cell` of pixels: the README's contact sheet.
pub fn contact_sheet<C: Draw>(charts: &[Figure<C>], columns: usize, cell: (u32, u32), paper: Paper) -> Result<Vec<u8>> {
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

/// `<id>.<ext>` for the first of a chart's `variants`, `<id>-<variant>.<ext>`
/// for the others.
pub fn default_file_name(id: &str, variants: &[&str], variant: usize, format: Format) -> String {
    match variants.get(variant) {
        Some(v) if variant > 0 => format!("{id}-{v}.{}", format.extension()),
        _ => format!("{id}.{}", format.extension()),
    }
}

/// Draws a figure at 1200x800 on `paper` and writes it to `path` atomically (the TUI's `e`).
pub fn export_figure(figure: Figure<impl Draw>, path: &Path, paper: Paper) -> Result<()> {
    let bytes = render_on(figure, Format::Png, (1200, 800), paper)?;
    write_atomically(path, &bytes)
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place when complete. Through a symlink, the file it points
/// to is written (the temporary file goes beside that one). A device, FIFO,
/// socket or folder is refused, and so is a file the user may not write.
/// A new file gets the umask's mode (0644 typically); an existing one
/// keeps its own.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = crate::text::shown(path);
    let target = follow_symlinks(path).with_context(|| format!("cannot write {shown}"))?;
    let existing = match std::fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(anyhow!("cannot write {shown}: {e}")),
    };
    if let Some(meta) = &existing {
        if !meta.is_file() {
            bail!(
                "cannot write {shown}: it is {}, not a regular file; name a file to write the image to",
                file_kind(meta)
            );
        }
        // A file nobody may write is read-only on purpose, even for root
        // (who may write anything), as `rm` asks before removing one.
        if meta.permissions().readonly() {
            bail!("cannot write {shown}: it is read-only, and is left as it was (make it writable to replace it)");
        }
        // Opening to write (without truncating) asks the system itself,
        // ownership, ACLs and all.
        if let Err(e) = std::fs::OpenOptions::new().write(true).open(&target) {
            bail!("cannot write {shown}: {e}; it is left as it was");
        }
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".rgg-export-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0666 less the umask, as any new file would be.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).with_context(|| {
        format!(
            "cannot write {shown}: cannot create a file in {}",
            crate::text::shown(dir)
        )
    })?;
    tmp.write_all(bytes).with_context(|| format!("cannot write {shown}"))?;
    if let Some(meta) = &existing {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .with_context(|| format!("cannot write {shown}"))?;
    }
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {shown}"))?;
    tmp.persist(&target)
        .map_err(|e| anyhow!("cannot write {shown}: {}", e.error))?;
    Ok(())
}

/// The file a chain of symlinks ends at (which may not exist yet); `path`
/// itself when it is no symlink.
fn follow_symlinks(path: &Path) -> std::io::Result<std::path::PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// "a folder", "a FIFO", ...: what a path that is not a regular file is.
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{symlink, PermissionsExt};

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o7777)
    }

    #[test]
    fn devices_fifos_sockets_and_folders_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let err = |p: &Path| {
            write_atomically(p, b"png")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err(Path::new("/dev/null")).contains("/dev/null: it is a device, not a regular file"));
        assert!(err(dir.path()).contains("it is a folder"));
        let fifo = dir.path().join("fifo");
        if std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(err(&fifo).contains("a FIFO"), "{}", err(&fifo));
            assert!(
                std::fs::symlink_metadata(&fifo).is_ok_and(|m| !m.is_file()),
                "left alone"
            );
        }
        let socket = dir.path().join("sock");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("socket");
        assert!(err(&socket).contains("a socket"));
        // Through a symlink, the same.
        let link = dir.path().join("null-link");
        symlink("/dev/null", &link).expect("symlink");
        assert!(err(&link).contains("a device"));
    }

    #[test]
    fn a_symlink_is_written_through_and_stays_a_symlink() {
        let dir = tempfile::tempdir().expect("dir");
        let real = dir.path().join("sub").join("real.png");
        std::fs::create_dir_all(real.parent().expect("parent")).expect("sub");
        std::fs::write(&real, b"old").expect("write");
        let link = dir.path().join("link.png");
        symlink("sub/real.png", &link).expect("symlink");
        write_atomically(&link, b"new").expect("write");
        assert!(std::fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()));
        assert_eq!(std::fs::read(&real).ok(), Some(b"new".to_vec()));
        // A dangling link: its target is created.
        let dangling = dir.path().join("dangling.png");
        symlink("sub/new.png", &dangling).expect("symlink");
        write_atomically(&dangling, b"x").expect("write");
        assert_eq!(std::fs::read(dir.path().join("sub/new.png")).ok(), Some(b"x".to_vec()));
        // No temporary file is left anywhere.
        for d in [dir.path().to_path_buf(), dir.path().join("sub")] {
            let left: Vec<_> = std::fs::read_dir(&d)
                .expect("list")
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with(".rgg-export-"))
                .collect();
            assert!(left.is_empty(), "{left:?}");
        }
    }

    #[test]
    fn modes_follow_the_umask_or_stay_as_they_were() {
        let dir = tempfile::tempdir().expect("dir");
        // The umask, as a new file shows it.
        let probe = dir.path().join("probe");
        std::fs::write(&probe, b"").expect("probe");
        let umasked = mode(&probe);
        let new = dir.path().join("new.png");
        write_atomically(&new, b"png").expect("write");
        assert_eq!(mode(&new), umasked, "a new file follows the umask, not 0600");
        let existing = dir.path().join("existing.png");
        std::fs::write(&existing, b"old").expect("write");
        std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomically(&existing, b"png").expect("write");
        assert_eq!(mode(&existing), 0o640, "an existing file keeps its mode");
        assert_eq!(std::fs::read(&existing).ok(), Some(b"png".to_vec()));
    }

    #[test]
    fn a_read_only_file_is_refused_even_for_root() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("ro.png");
        std::fs::write(&file, b"keep").expect("write");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        let err = write_atomically(&file, b"png")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("ro.png: it is read-only") && err.contains("left as it was"),
            "{err}"
        );
        assert_eq!(std::fs::read(&file).ok(), Some(b"keep".to_vec()));
        assert_eq!(mode(&file), 0o444);
    }
}
