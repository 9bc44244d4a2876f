//! The command-line surface, as scripts and users rely on it: every
//! command's success path and every error path.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn rgg() -> Command {
    let mut cmd = Command::cargo_bin("rgg").expect("binary");
    cmd.env_remove("NO_COLOR").env_remove("COLORTERM");
    cmd
}

fn png_size(path: &Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::fs::File::open(path).expect("file"));
    let reader = decoder.read_info().expect("a valid PNG");
    let info = reader.info();
    (info.width, info.height)
}

fn chart_ids() -> Vec<String> {
    let out = rgg().args(["list", "--json"]).output().expect("run");
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    list.as_array()
        .expect("array")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn list_groups_by_family() {
    rgg()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("Distribution ("))
        .stdout(predicate::str::contains("histogram"));
}

#[test]
fn list_json_has_the_documented_fields() {
    let out = rgg().args(["list", "--json"]).output().expect("run");
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let charts = list.as_array().expect("an array");
    assert!(!charts.is_empty());
    let families = [
        "Distribution",
        "Correlation",
        "Ranking",
        "Part of a whole",
        "Evolution",
        "Map",
        "Flow",
        "Statistics and ML",
    ];
    for c in charts {
        assert!(c["params"].is_array(), "params missing in {c}");
        for field in ["id", "title", "family", "description", "caveat", "dataset"] {
            let value = c[field].as_str().unwrap_or_default();
            assert!(!value.is_empty(), "{field} missing in {c}");
        }
        let variants = c["variants"].as_array().expect("variants array");
        assert!(!variants.is_empty() && variants.iter().all(serde_json::Value::is_string));
        assert!(families.contains(&c["family"].as_str().unwrap_or_default()));
        let id = c["id"].as_str().unwrap_or_default();
        assert!(
            id.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
            "{id} is not kebab-case"
        );
        assert!(c["roles"].as_array().is_some_and(|r| !r.is_empty()));
    }
}

#[test]
fn show_piped_has_no_escape_sequences() {
    let out = rgg().args(["show", "histogram"]).output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!text.contains('\x1b'), "piped output must be plain");
    assert_eq!(text.lines().count(), 30, "100x30 by default when piped");
    assert!(text.lines().all(|l| l.chars().count() <= 100));
    assert!(text.contains("Penguin"), "the title is drawn as text");
}

#[test]
fn show_colour_always_and_no_color() {
    let out = rgg()
        .args(["show", "histogram", "--color", "always", "--size", "60x20"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("\x1b["));
    let out = rgg()
        .args(["show", "histogram", "--size", "60x20"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
    let out = rgg()
        .args(["show", "histogram", "--color", "never", "--size", "60x20"])
        .output()
        .expect("run");
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn show_every_chart_variant_and_mode() {
    let out = rgg().args(["list", "--json"]).output().expect("run");
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for c in list.as_array().expect("array") {
        let id = c["id"].as_str().expect("id");
        for v in c["variants"].as_array().expect("variants") {
            let v = v.as_str().expect("name");
            rgg()
                .args(["show", id, "--variant", v, "--size", "80x24"])
                .assert()
                .success();
        }
    }
    for mode in ["braille", "half", "quadrant", "sextant", "octant"] {
        let out = rgg()
            .args(["show", "histogram", "--mode", mode, "--size", "40x12"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{mode}");
        assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 12);
    }
}

#[test]
fn show_tiny_sizes_do_not_panic() {
    for size in ["1x1", "2x2", "5x3", "20x5"] {
        rgg().args(["show", "histogram", "--size", size]).assert().success();
    }
}

#[test]
fn unknown_chart_suggests_the_closest() {
    rgg()
        .args(["show", "histgram"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown chart"))
        .stderr(predicate::str::contains("histogram"));
    rgg()
        .args(["export", "nothing-like-it"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("rgg list"));
    rgg()
        .args(["source", "histgram"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("histogram"));
}

#[test]
fn unknown_variant_lists_the_variants() {
    rgg()
        .args(["show", "histogram", "--variant", "nope"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("groups, basic"));
}

#[test]
fn bad_sizes_are_refused() {
    rgg()
        .args(["show", "histogram", "--size", "big"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("WIDTHxHEIGHT"));
    rgg()
        .args(["export", "histogram", "--size", "0x10"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("out of range"));
}

#[test]
fn export_writes_a_png_of_the_requested_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    rgg()
        .current_dir(dir.path())
        .args(["export", "histogram"])
        .assert()
        .success();
    assert_eq!(png_size(&dir.path().join("histogram.png")), (1200, 800));
    let out = dir.path().join("small.png");
    rgg()
        .args(["export", "histogram", "--size", "300x200", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(png_size(&out), (300, 200));
}

/// The top-left pixel of a PNG, as RGB.
fn corner_pixel(path: &Path) -> (u8, u8, u8) {
    let decoder = png::Decoder::new(std::fs::File::open(path).expect("file"));
    let mut reader = decoder.read_info().expect("a valid PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    (pixels[0], pixels[1], pixels[2])
}

#[test]
fn export_theme_dark_gives_a_dark_png() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (light, dark) = (dir.path().join("light.png"), dir.path().join("dark.png"));
    rgg()
        .args(["export", "histogram", "--size", "300x200", "-o"])
        .arg(&light)
        .assert()
        .success();
    rgg()
        .args(["export", "histogram", "--size", "300x200", "--theme", "dark", "-o"])
        .arg(&dark)
        .assert()
        .success();
    assert_eq!(corner_pixel(&light), (255, 255, 255), "auto exports on white");
    let (r, g, b) = corner_pixel(&dark);
    assert!(r < 40 && g < 40 && b < 40, "--theme dark: ({r}, {g}, {b})");
}

#[test]
fn show_theme_light_draws_for_a_light_terminal() {
    let show = |theme: &str| {
        let out = rgg()
            .env("COLORTERM", "truecolor")
            .env("TERM", "xterm-256color")
            .env_remove("COLORFGBG")
            .args([
                "show",
                "histogram",
                "--size",
                "80x24",
                "--color",
                "always",
                "--theme",
                theme,
            ])
            .output()
            .expect("run");
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let (dark, light) = (show("dark"), show("light"));
    assert_ne!(dark, light);
    // Piped, auto asks no terminal and falls back to dark (COLORFGBG unset).
    assert_eq!(show("auto"), dark);
    // Each theme's grid grey is drawn, and only in its own theme.
    let (dark_grid, light_grid) = ("38;2;68;68;68m", "38;2;210;210;210m");
    assert!(dark.contains(dark_grid) && !dark.contains(light_grid));
    assert!(light.contains(light_grid) && !light.contains(dark_grid));
}

#[test]
fn export_several_charts_and_variants_in_one_call() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ids = chart_ids();
    rgg()
        .args(["export", "--size", "320x200", "--out-dir"])
        .arg(dir.path())
        .args(&ids)
        .assert()
        .success();
    for id in &ids {
        assert_eq!(png_size(&dir.path().join(format!("{id}.png"))), (320, 200));
    }
    rgg()
        .args([
            "export",
            "histogram",
            "--variant",
            "basic",
            "--size",
            "320x200",
            "--out-dir",
        ])
        .arg(dir.path())
        .assert()
        .success();
    assert!(dir.path().join("histogram-basic.png").exists());
}

#[test]
fn export_all_names_files_by_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("nested/shots");
    rgg()
        .args(["export", "--all", "--size", "240x160", "--out-dir"])
        .arg(&out)
        .assert()
        .success();
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = chart_ids().iter().map(|id| format!("{id}.png")).collect();
    expected.push("contact-sheet.png".to_string());
    expected.sort();
    assert_eq!(files, expected, "one file per chart, the contact sheet, nothing else");
}

#[test]
fn export_svg() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("h.svg");
    rgg().args(["export", "histogram", "-o"]).arg(&out).assert().success();
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(svg.starts_with("<svg") && svg.contains("Penguin"));
    rgg()
        .args(["export", "histogram", "--format", "svg", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    assert!(dir.path().join("histogram.svg").exists());
}

#[test]
fn unwritable_output_fails_cleanly_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no/such/folder/h.png");
    rgg()
        .args(["export", "histogram", "-o"])
        .arg(&missing)
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot write"));
    // A folder where the file should go: the rename fails, the temp file is removed.
    let target = dir.path().join("taken.png");
    std::fs::create_dir(&target).expect("dir");
    rgg()
        .args(["export", "histogram", "-o"])
        .arg(&target)
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot write"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".rgg-export-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // An out-dir that is a file.
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").expect("write");
    rgg()
        .args(["export", "histogram", "--out-dir"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot create"));
}

#[test]
fn output_file_with_several_charts_is_refused() {
    rgg()
        .args(["export", "histogram", "histogram", "-o", "x.png"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--out-dir"));
}

#[test]
fn source_prints_the_module() {
    rgg()
        .args(["source", "histogram"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("//! # Histogram"))
        .stdout(predicate::str::contains("pub fn draw<DB: DrawingBackend>"));
}

#[test]
fn datasets_lists_provenance() {
    rgg()
        .arg("datasets")
        .assert()
        .success()
        .stdout(predicate::str::contains("penguins.csv"))
        .stdout(predicate::str::contains("licence"));
}

#[test]
fn help_teaches_with_examples() {
    rgg()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples"));
    rgg()
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--all"));
}

#[test]
fn piped_show_never_writes_image_sequences() {
    // Not with the variable set either: only --pixels naming a protocol
    // puts an image into a pipe.
    for env in [None, Some("kitty"), Some("sixel")] {
        let mut cmd = rgg();
        if let Some(v) = env {
            cmd.env("RGG_PIXELS", v);
        }
        let out = cmd.args(["show", "scatter", "--size", "60x20"]).output().expect("run");
        assert!(out.status.success());
        for marker in [&b"\x1b_G"[..], b"\x1b]1337;", b"\x1bP"] {
            assert!(
                !out.stdout.windows(marker.len()).any(|w| w == marker),
                "{env:?}: {marker:?}"
            );
        }
    }
}

#[test]
fn show_with_kitty_pixels_writes_the_chart_as_a_png() {
    use base64::Engine;
    let out = rgg()
        .args(["show", "scatter", "--size", "60x20", "--pixels", "kitty"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("ascii");
    assert!(text.ends_with("\x1b\\\n"), "a newline after the image");
    let mut data = String::new();
    for command in text.trim_end().split("\x1b\\").filter(|c| !c.is_empty()) {
        let (keys, payload) = command
            .strip_prefix("\x1b_G")
            .and_then(|c| c.split_once(';'))
            .expect("graphics command");
        assert!(keys.contains("m="), "{keys}");
        data.push_str(payload);
    }
    let png = base64::engine::general_purpose::STANDARD.decode(data).expect("base64");
    let reader = png::Decoder::new(std::io::Cursor::new(png)).read_info().expect("a PNG");
    let (w, h) = (reader.info().width, reader.info().height);
    // Whole cells: 60 columns and 20 rows of the terminal's (or a default) cell size.
    assert!(w >= 60 && w % 60 == 0 && h >= 20 && h % 20 == 0, "{w}x{h}");
}

#[test]
fn show_with_sixel_and_iterm2_pixels() {
    let sixel = rgg()
        .args(["show", "pie", "--size", "40x12", "--pixels", "sixel"])
        .output()
        .expect("run");
    let text = String::from_utf8(sixel.stdout).expect("ascii");
    assert!(
        text.starts_with("\x1bP0;1;0q\"1;1;") && text.ends_with("\x1b\\\n"),
        "DCS ... ST"
    );
    let iterm = rgg()
        .args(["show", "pie", "--size", "40x12", "--pixels", "iterm2"])
        .output()
        .expect("run");
    let text = String::from_utf8(iterm.stdout).expect("ascii");
    assert!(text.starts_with("\x1b]1337;File=inline=1;") && text.contains("width=40;height=12"));
}

#[test]
fn printed_paths_carry_no_escape_sequences() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a\u{1b}]52;c;aGk=\u{7}b.png");
    let out = rgg()
        .args(["export", "histogram", "--size", "300x200", "-o"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(path.exists(), "written under its real name");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("wrote ") && err.contains("/ab.png"),
        "the OSC 52 sequence is dropped whole: {err}"
    );
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    // And in a message about a folder that cannot be made.
    let blocker = dir.path().join("file\u{1b}[2J");
    std::fs::write(&blocker, "x").expect("write");
    let out = rgg()
        .args(["export", "histogram", "--out-dir"])
        .arg(blocker.join("sub"))
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("/file/sub"), "{err}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn the_readme_names_the_tui_export_as_it_is_written() {
    let readme = std::fs::read_to_string("README.md").expect("README");
    let row = readme
        .lines()
        .find(|l| l.starts_with("| e |"))
        .expect("the e key's row");
    let scatter = rgg::catalogue::find("scatter").expect("scatter");
    let png = rgg::render::export::Format::Png;
    assert_eq!(
        rgg::render::export::default_file_name(scatter.id, scatter.variants, 0, png),
        "scatter.png"
    );
    assert_eq!(
        rgg::render::export::default_file_name(scatter.id, scatter.variants, 1, png),
        format!("scatter-{}.png", scatter.variants[1])
    );
    assert!(
        row.contains("`<id>.png`") && row.contains("`<id>-<variant>.png`"),
        "{row}"
    );
}

/// The subcommands every completion script and the man page must name.
const SUBCOMMANDS: [&str; 9] = [
    "list",
    "show",
    "export",
    "suggest",
    "source",
    "datasets",
    "completions",
    "man",
    "new",
];

#[test]
fn completions_for_every_shell_name_the_subcommands_and_flags() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = rgg().args(["completions", shell]).output().expect("run");
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let script = String::from_utf8(out.stdout).expect("utf-8");
        assert!(!script.trim().is_empty(), "{shell}: empty script");
        for name in SUBCOMMANDS.iter().chain(&["variant", "out-dir"]) {
            assert!(script.contains(name), "{shell}: the script does not name {name}");
        }
    }
    rgg()
        .args(["completions", "tcsh"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "possible values: bash, elvish, fish, powershell, zsh",
        ));
}

#[test]
fn man_page_is_roff_with_every_subcommand() {
    let out = rgg().arg("man").output().expect("run");
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).expect("utf-8");
    let th = page
        .lines()
        .position(|l| l.starts_with(".TH rgg 1 "))
        .expect("a .TH header");
    assert!(
        page.lines().take(th).all(|l| l.starts_with('.')),
        "only roff requests before the .TH header:\n{page}"
    );
    assert!(page.contains(".SH NAME\nrgg \\- The Rust Graph Gallery"));
    for name in SUBCOMMANDS {
        assert!(
            page.contains(&format!("\n.SH rgg {name}\n")),
            "no section for rgg {name}"
        );
    }
    // A subcommand's own flags and examples are on the page.
    assert!(page.contains("\\fB\\-\\-out\\-dir\\fR"));
    assert!(page.contains("rgg export donut \\-o pop.svg"));
    // Examples keep their lines; every .nf is closed.
    assert_eq!(page.matches("\n.nf\n").count(), page.matches("\n.fi\n").count());
}

/// `--param NAME=VALUE`: a value in range changes the drawing; an
/// out-of-range value names the range; an unknown name lists the chart's
/// parameters; a chart without parameters says so.
#[test]
fn params_are_checked_and_change_the_chart() {
    let show = |args: &[&str]| {
        let out = rgg()
            .args(["show", "histogram", "--size", "80x24", "--color", "never"])
            .args(args)
            .output()
            .expect("run");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (ok, auto, _) = show(&[]);
    assert!(ok);
    let (ok, coarse, _) = show(&["--param", "bins=4"]);
    assert!(ok);
    assert_ne!(auto, coarse, "4 bins draw a different histogram");
    let (ok, _, err) = show(&["--param", "bins=1000"]);
    assert!(!ok);
    assert!(err.contains("from 2 to 200"), "{err}");
    let (ok, _, err) = show(&["--param", "smooth=3"]);
    assert!(!ok);
    assert!(err.contains("no parameter \"smooth\"") && err.contains("bins"), "{err}");
    let out = rgg().args(["show", "venn", "--param", "bins=3"]).output().expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("venn has no parameters"));
    // The log axes are parameters too: --param log-y=on is --log-y.
    let a = rgg()
        .args(["show", "line", "--size", "80x24", "--color", "never", "--log-y"])
        .output()
        .expect("run");
    let b = rgg()
        .args([
            "show", "line", "--size", "80x24", "--color", "never", "--param", "log-y=on",
        ])
        .output()
        .expect("run");
    assert!(a.status.success() && b.status.success());
    assert_eq!(a.stdout, b.stdout);
    // keep-order: a barplot's bars in the data's order, not largest first.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("bars.csv");
    std::fs::write(&file, "name,value\na,1\nb,5\nc,3\n").expect("write");
    let bars = |extra: &[&str]| {
        let out = rgg()
            .args(["show", "barplot", "--size", "40x12", "--color", "never", "--data"])
            .arg(&file)
            .args(extra)
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let order = |text: &str| -> String {
        // The category axis: the one line of the three names alone.
        let names = |l: &&str| {
            let words: Vec<&str> = l.split_whitespace().collect();
            words.len() == 3 && words.iter().all(|w| ["a", "b", "c"].contains(w))
        };
        let axis = text.lines().find(names).unwrap_or("");
        axis.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(order(&bars(&[])), "b c a", "largest first");
    assert_eq!(order(&bars(&["--param", "keep-order=on"])), "a b c", "the data's order");
}

/// The maps' parameters: `projection` (a choice, by name) redraws a world
/// map (background, choropleth, bubble, hexbin) and its footnote names it; an unknown name lists the options; a map
/// drawn in Albers USA refuses it, saying why. `labels=N` names that many
/// places, and its range is checked.
#[test]
fn map_projection_and_labels_are_parameters() {
    let show = |args: &[&str]| {
        let out = rgg()
            .arg("show")
            .args(args)
            .args(["--size", "100x30", "--color", "never"])
            .output()
            .expect("run");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (ok, equal_earth, _) = show(&["background-map"]);
    assert!(ok);
    let (ok, mercator, err) = show(&["background-map", "--param", "projection=Mercator"]);
    assert!(ok, "{err}");
    assert_ne!(equal_earth, mercator, "Mercator draws another map");
    assert!(mercator.contains("Mercator projection"), "{mercator}");
    let (ok, _, err) = show(&["choropleth", "--param", "projection=robinson"]);
    assert!(!ok);
    assert!(
        err.contains("one of equal-earth, natural-earth, mercator, equirectangular, or auto"),
        "{err}"
    );
    for chart in ["background-map", "choropleth"] {
        let (ok, _, err) = show(&[chart, "--variant", "us-states", "--param", "projection=mercator"]);
        assert!(!ok, "{chart}");
        assert!(
            err.contains("the us-states map is drawn in Albers USA; projection applies to world maps"),
            "{chart}: {err}"
        );
        let (ok, _, err) = show(&[chart, "--variant", "us-states", "--param", "projection=auto"]);
        assert!(ok, "{chart}: auto is always fine: {err}");
    }
    // The bubble map's sample is US airports; places around the world take it.
    let (ok, _, err) = show(&["bubble-map", "--param", "projection=natural-earth"]);
    assert!(!ok && err.contains("drawn in Albers USA"), "{err}");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("cities.csv");
    std::fs::write(
        &file,
        "name,lat,lon,pop\nTokyo,35.7,139.7,37\nLagos,6.5,3.4,14\nLima,-12.0,-77.0,11\nOslo,59.9,10.8,1\n",
    )
    .expect("write");
    let path = file.to_string_lossy().to_string();
    let world = [
        "bubble-map",
        "--data",
        &path,
        "--lat",
        "lat",
        "--lon",
        "lon",
        "--area",
        "pop",
    ];
    let (ok, auto, err) = show(&world);
    assert!(ok, "{err}");
    let (ok, flat, err) = show(&[&world[..], &["--param", "projection=equirectangular"]].concat());
    assert!(ok, "{err}");
    assert_ne!(auto, flat);
    assert!(flat.contains("Equirectangular projection"), "{flat}");
    // The hexbin map too: its hexagons are cut in the projection's plane.
    let hexbin = ["hexbin-map", "--data", &path, "--lat", "lat", "--lon", "lon"];
    let (ok, hexes, err) = show(&[&hexbin[..], &["--param", "projection=mercator"]].concat());
    assert!(ok && hexes.contains("Mercator projection"), "{err}{hexes}");
    let (ok, _, err) = show(&["hexbin-map", "--param", "projection=mercator"]);
    assert!(!ok && err.contains("drawn in Albers USA"), "{err}");
    // labels: the busiest airport is named unless labels=0.
    for chart in ["bubble-map", "connection-map"] {
        let (ok, auto, _) = show(&[chart]);
        assert!(ok && auto.contains("ATL"), "{chart}: {auto}");
        let (ok, none, _) = show(&[chart, "--param", "labels=0"]);
        assert!(ok && !none.contains("ATL"), "{chart}: {none}");
        let (ok, _, err) = show(&[chart, "--param", "labels=51"]);
        assert!(!ok && err.contains("from 0 to 50"), "{chart}: {err}");
    }
}
