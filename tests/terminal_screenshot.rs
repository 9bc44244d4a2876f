//! `rgg export --terminal`: PNG screenshots of what `rgg show` draws.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

use rgg_gallery::theme::Theme;

fn rgg() -> Command {
    let mut cmd = Command::cargo_bin("rgg").expect("binary");
    cmd.env_remove("NO_COLOR").env_remove("COLORTERM");
    cmd
}

/// Width, height and RGB pixels of a PNG.
fn read_png(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::fs::File::open(path).expect("file"));
    let mut reader = decoder.read_info().expect("a valid PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_screenshot_is_ten_by_twenty_pixels_a_cell_on_the_dark_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x.png");
    rgg()
        .args(["export", "scatter", "--terminal", "-o"])
        .arg(&out)
        .assert()
        .success();
    let (w, h, pixels) = read_png(&out);
    assert_eq!((w, h), (100 * 10, 30 * 20), "100x30 cells by default");
    assert_eq!(
        &pixels[..3],
        &[0x1e, 0x1e, 0x1e],
        "the corner is the screen's background"
    );
    let distinct: std::collections::HashSet<&[u8]> = pixels.chunks_exact(3).collect();
    assert!(
        distinct.len() > 20,
        "text, dots and colours: {} colours",
        distinct.len()
    );
}

#[test]
fn size_counts_cells_and_mode_cuts_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let half = dir.path().join("half.png");
    let braille = dir.path().join("braille.png");
    for (path, mode) in [(&half, "half"), (&braille, "braille")] {
        rgg()
            .args(["export", "donut", "--terminal", "--size", "40x12", "--mode", mode, "-o"])
            .arg(path)
            .assert()
            .success();
        let (w, h, _) = read_png(path);
        assert_eq!((w, h), (400, 240));
    }
    assert_ne!(read_png(&half).2, read_png(&braille).2, "--mode changes the picture");
}

#[test]
fn failures_leave_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x.png");
    rgg()
        .args(["export", "scatter", "--terminal", "--size", "9000x30", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("too large"));
    rgg()
        .args(["export", "scatter", "--terminal", "--data", "no-such-file.csv", "-o"])
        .arg(&out)
        .assert()
        .failure();
    rgg()
        .args(["export", "scatter", "--terminal", "-o"])
        .arg(dir.path().join("x.svg"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("PNG"));
    assert!(files_in(dir.path()).is_empty(), "{:?}", files_in(dir.path()));
}

#[test]
fn terminal_only_flags_need_terminal() {
    rgg()
        .args(["export", "scatter", "--mode", "half"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--terminal"));
    rgg()
        .args(["export", "scatter", "--terminal", "--format", "svg"])
        .assert()
        .failure();
}

#[test]
fn variant_and_data_work_as_for_show() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("d.csv");
    std::fs::write(&csv, "a,b\n1,2\n2,3\n3,5\n4,4\n").expect("csv");
    let plain = dir.path().join("plain.png");
    let mine = dir.path().join("mine.png");
    let regression = dir.path().join("regression.png");
    let args = ["export", "scatter", "--terminal", "--size", "40x12"];
    rgg().args(args).arg("-o").arg(&plain).assert().success();
    rgg()
        .args(args)
        .arg("--data")
        .arg(&csv)
        .arg("-o")
        .arg(&mine)
        .assert()
        .success();
    rgg()
        .args(args)
        .args(["--variant", "regression", "-o"])
        .arg(&regression)
        .assert()
        .success();
    let plain = read_png(&plain).2;
    assert_ne!(plain, read_png(&mine).2, "--data draws the user's data");
    assert_ne!(plain, read_png(&regression).2, "--variant draws the variant");
}

#[test]
fn export_all_terminal_writes_every_chart_and_a_contact_sheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    rgg()
        .args(["export", "--all", "--terminal", "--size", "40x12", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("contact-sheet.png"));
    let names = files_in(dir.path());
    let charts = rgg::catalogue::all();
    assert_eq!(names.len(), charts.len() + 1, "{names:?}");
    for chart in &charts {
        let path = dir.path().join(format!("{}.png", chart.id));
        assert_eq!(read_png(&path).0, 400, "{}", chart.id);
    }
    let (w, h, _) = read_png(&dir.path().join("contact-sheet.png"));
    let rows = charts.len().div_ceil(4) as u32;
    assert!(
        w > 4 * 400 && h > rows * 240,
        "{w}x{h}: four across at full size (40 cells = 400 px)"
    );
}

#[test]
fn help_explains_terminal() {
    rgg()
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--terminal"))
        .stdout(predicate::str::contains("rgg show"))
        .stdout(predicate::str::contains("COLSxROWS"));
}

#[test]
fn every_chart_has_a_terminal_screenshot() {
    for chart in rgg::catalogue::all() {
        let shot = Path::new("screenshots/terminal").join(format!("{}.png", chart.id));
        assert!(
            shot.exists(),
            "{} missing: run `rgg export --all --terminal --out-dir screenshots/terminal`",
            shot.display()
        );
        assert_eq!(read_png(&shot).0, 1000, "{}: 100 cells of 10 px", chart.id);
    }
    assert!(Path::new("screenshots/terminal/contact-sheet.png").exists());
}

#[test]
fn theme_light_is_a_light_screen_with_the_light_chart_theme() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shot = |theme: &str| {
        let out = dir.path().join(format!("{theme}.png"));
        rgg()
            .args(["export", "pie", "--terminal", "--theme", theme, "-o"])
            .arg(&out)
            .assert()
            .success();
        read_png(&out).2
    };
    let (light, dark) = (shot("light"), shot("dark"));
    assert_eq!(&light[..3], &[0xff, 0xff, 0xff], "the corner is a light screen");
    assert_eq!(&dark[..3], &[0x1e, 0x1e, 0x1e], "--theme dark is the dark screen");
    // The chart itself is drawn in each theme: the pie's orange wedge is
    // the light theme's darker orange on the light screen.
    let has = |p: &[u8], c: plotters::style::RGBColor| p.chunks_exact(3).any(|px| px == [c.0, c.1, c.2]);
    let (light_orange, dark_orange) = (Theme::terminal_light().color(1), Theme::terminal().color(1));
    assert_ne!(light_orange, dark_orange);
    assert!(
        has(&light, light_orange) && !has(&light, dark_orange),
        "light palette on the light screen"
    );
    assert!(
        has(&dark, dark_orange) && !has(&dark, light_orange),
        "dark palette on the dark screen"
    );
}
