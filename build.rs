//! Embeds the gallery's sources for `rgg new` and `rgg source --example`:
//! every `gallery/examples/<id>.rs` and the data files they include
//! (`gallery/examples/data/`), every file under `gallery/src/`, and
//! the terminal crate `term/` (for `rgg new --terminal`),
//! listed at build time so a new chart's example needs no table edited.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, recurse: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if recurse {
                rust_files(&path, true, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every file in `dir` (not below it): the examples' data files.
fn all_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    out.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
}

fn table(name: &str, root: &Path, files: &[PathBuf]) -> String {
    let mut text = format!("pub const {name}: &[(&str, &str)] = &[\n");
    for file in files {
        let key = file
            .strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(text, "    ({key:?}, include_str!({:?})),", file.display().to_string());
    }
    text.push_str("];\n");
    text
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let examples_dir = manifest.join("gallery/examples");
    let src_dir = manifest.join("gallery/src");
    println!("cargo:rerun-if-changed=gallery/examples");
    println!("cargo:rerun-if-changed=gallery/src");
    println!("cargo:rerun-if-changed=term/src");
    let term_dir = manifest.join("term");
    let (mut examples, mut sources, mut term) = (Vec::new(), Vec::new(), Vec::new());
    rust_files(&examples_dir, false, &mut examples);
    let mut example_data = Vec::new();
    all_files(&examples_dir.join("data"), &mut example_data);
    example_data.sort();
    rust_files(&src_dir, true, &mut sources);
    rust_files(&term_dir.join("src"), true, &mut term);
    term.extend(["Cargo.toml", "LICENSE-MIT", "LICENSE-APACHE"].map(|f| term_dir.join(f)));
    examples.sort();
    sources.sort();
    let text = format!(
        "/// Every `gallery/examples/<id>.rs`, by file name.\n{}\n\
         /// The examples' data files, by their path in `gallery/examples/` (`data/...`).\n{}\n\
         /// Every file under `gallery/src/`, by its path there.\n{}\n\
         /// The terminal backend crate (`term/`): its sources, manifest and licences.\n{}",
        table("EXAMPLES", &examples_dir, &examples),
        table("EXAMPLE_DATA", &examples_dir, &example_data),
        table("GALLERY_FILES", &src_dir, &sources),
        table("TERM_FILES", &term_dir, &term)
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("gallery_files.rs");
    if let Err(e) = std::fs::write(&out, text) {
        panic!("cannot write {}: {e}", out.display());
    }
}
