//! `rgg new`: the projects it makes build on their own (offline, with only
//! a Rust toolchain and the crates already fetched), without warnings, and
//! draw their chart; a folder with something in it is refused.
//!
//! One chart of each set of helpers: plain axes (histogram), maps
//! (choropleth), radial (donut), hierarchy (treemap), flow (sankey) and the
//! streamgraph (which copies a second chart module). They share one target
//! folder, so plotters is built once. `scripts/check-new-all.sh` does every
//! chart.

use assert_cmd::Command;
use std::path::Path;
use std::process::Output;

const CHARTS: [&str; 6] = ["histogram", "choropleth", "donut", "treemap", "sankey", "streamgraph"];

fn rgg_new(args: &[&str]) -> Output {
    Command::cargo_bin("rgg")
        .expect("rgg")
        .args(["new"])
        .args(args)
        .output()
        .expect("rgg new runs")
}

/// Runs cargo with `args` in `dir`; panics with its output when it fails.
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "cargo {args:?} in {}:\n{text}", dir.display());
    text
}

#[test]
fn made_projects_build_without_warnings_pass_fmt_and_clippy_and_draw() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let target = tmp.path().join("target");
    for id in CHARTS {
        let dir = tmp.path().join(id);
        let out = rgg_new(&[id, dir.to_str().expect("utf-8 path")]);
        assert!(
            out.status.success(),
            "rgg new {id}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let build = cargo(&dir, &target, &["build", "--offline", "--message-format", "short"]);
        assert!(!build.contains("warning"), "{id} builds with warnings:\n{build}");
        cargo(&dir, &target, &["fmt", "--check"]);
        // Clippy sees a copy as a program, where nothing is public API.
        let clippy = cargo(
            &dir,
            &target,
            &[
                "clippy",
                "--offline",
                "--message-format",
                "short",
                "--",
                "-D",
                "warnings",
            ],
        );
        assert!(!clippy.contains("warning"), "{id}: {clippy}");
    }

    // Run one: it writes histogram.png in its working folder.
    let run_dir = tmp.path().join("run");
    std::fs::create_dir(&run_dir).expect("run dir");
    let exe = target
        .join("debug")
        .join(format!("histogram{}", std::env::consts::EXE_SUFFIX));
    let run = std::process::Command::new(exe)
        .current_dir(&run_dir)
        .output()
        .expect("the histogram program runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let file = std::fs::File::open(run_dir.join("histogram.png")).expect("histogram.png written");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("pixels");
    assert_eq!((info.width, info.height), (1200, 800));
    let channels = info.color_type.samples();
    let colours: std::collections::HashSet<&[u8]> = pixels[..info.buffer_size()].chunks(channels).collect();
    assert!(
        colours.len() > 20,
        "a drawn chart has many colours, not {}",
        colours.len()
    );
    let background = &pixels[..channels];
    let inked = pixels[..info.buffer_size()]
        .chunks(channels)
        .filter(|p| *p != background)
        .count();
    assert!(
        inked * 20 > (1200 * 800),
        "at least 5% of the picture is drawn, not {inked} pixels"
    );

    // `--terminal`: a ratatui program with the terminal crate copied in,
    // built in the same target folder (after the run above: same name).
    let dir = tmp.path().join("histogram-terminal");
    let out = rgg_new(&["histogram", dir.to_str().expect("utf-8 path"), "--terminal"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        dir.join("rgg-term/src/lib.rs").is_file(),
        "the terminal crate is copied"
    );
    let build = cargo(&dir, &target, &["build", "--offline", "--message-format", "short"]);
    assert!(
        !build.contains("warning"),
        "the terminal program builds with warnings:\n{build}"
    );
    cargo(&dir, &target, &["fmt", "--check"]);
}

#[test]
fn a_variant_is_drawn_and_an_unknown_one_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("tm");
    let out = rgg_new(&["treemap", dir.to_str().expect("utf-8"), "--variant", "squarified"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let main = std::fs::read_to_string(dir.join("src/main.rs")).expect("main.rs");
    assert!(main.contains("treemap::Variant::Squarified"), "{main}");
    let bad = tmp.path().join("bad");
    let out = rgg_new(&["treemap", bad.to_str().expect("utf-8"), "--variant", "nope"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no variant"));
    assert!(!bad.exists(), "nothing is written for a refused variant");
}

#[test]
fn a_non_empty_folder_is_refused_with_nothing_written() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join("notes.txt"), "mine").expect("write");
    let out = rgg_new(&["histogram", tmp.path().to_str().expect("utf-8")]);
    assert!(!out.status.success(), "a non-empty folder must be refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not empty"), "{err}");
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("read")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("notes.txt")]);
}

#[test]
fn source_example_prints_the_example_file() {
    let out = Command::cargo_bin("rgg")
        .expect("rgg")
        .args(["source", "donut", "--example"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let file = std::fs::read("gallery/examples/donut.rs").expect("the example");
    assert_eq!(out.stdout, file);
}
