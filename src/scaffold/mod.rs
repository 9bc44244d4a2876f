//! `rgg new` and `rgg source --example`: a chart's runnable example
//! (`gallery/examples/<id>.rs`), and a Cargo project made from it that
//! builds and runs with nothing but a Rust toolchain.
//!
//! The project is the example with its `rgg_gallery::` imports turned into
//! modules of its own (the chart file and exactly the helpers its
//! `## Copying` note names), plotters without its default features (no
//! system font libraries), and the `DejaVu` Sans faces the example registers,
//! written as files and embedded with `include_bytes!`.

use crate::catalogue::Chart;
use crate::text::sanitize;
use anyhow::{bail, Context, Result};
use std::fmt::Write as _;
use std::path::Path;

pub mod make;
mod terminal;

/// The tables `build.rs` writes: every example, every gallery source file
/// and the terminal crate's files.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/gallery_files.rs"));
}

/// The font files a project gets, and the licence that comes with them.
const FONT_REGULAR: &str = "assets/DejaVuSans.ttf";
const FONT_BOLD: &str = "assets/DejaVuSans-Bold.ttf";
const FONT_LICENCE: &str = "assets/LICENSE-DejaVu.txt";
const DEJAVU_LICENCE: &str = include_str!("DejaVu-LICENSE.txt");

/// A chart's runnable example (`gallery/examples/<id>.rs`), if it has one.
pub fn example(id: &str) -> Option<&'static str> {
    let file = format!("{id}.rs");
    embedded::EXAMPLES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| *text)
}

/// The example of a chart, or an error naming the chart.
pub fn example_of(chart: &Chart) -> Result<&'static str> {
    example(chart.id).with_context(|| format!("chart {} has no example in gallery/examples/", chart.id))
}

/// The data files an example reads with `include_str!("data/...")`, as
/// project files beside its `main.rs` (`src/data/...`), where the same
/// `include_str!` finds them.
fn example_data(chart: &Chart, example: &str) -> Result<Vec<File>> {
    let mut files = Vec::new();
    for (at, _) in example.match_indices("include_str!(\"") {
        let rest = &example[at + "include_str!(\"".len()..];
        let path = rest.split('"').next().unwrap_or_default();
        let text = embedded::EXAMPLE_DATA
            .iter()
            .find(|(name, _)| *name == path)
            .map(|(_, text)| *text)
            .with_context(|| format!("the example of {} reads {path:?}, not in gallery/examples/", chart.id))?;
        files.push(File::text(&format!("src/{path}"), text));
    }
    Ok(files)
}

/// A gallery source file by its file name (`theme.rs`, `stacked_area.rs`).
fn gallery_file(name: &str) -> Option<&'static str> {
    embedded::GALLERY_FILES
        .iter()
        .find(|(path, _)| path.rsplit('/').next() == Some(name))
        .map(|(_, text)| *text)
}

/// The files a `## Copying` note names: every `` `name.rs` ``.
pub fn note_files(note: &str) -> Vec<String> {
    note.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| Path::new(s).extension().is_some_and(|e| e == "rs") && !s.contains('/'))
        .map(String::from)
        .collect()
}

/// The Rust name of a variant (`TwoLevels`) from its command-line name
/// (`two-levels`), read from the chart module's `Variant::name`.
fn variant_ident(source: &str, name: &str) -> Option<String> {
    let quoted = format!("=> \"{name}\"");
    source.lines().find_map(|line| {
        let line = line.trim();
        let rest = line.strip_prefix("Variant::")?.strip_suffix(',')?;
        let (ident, tail) = rest.split_once(' ')?;
        (tail == quoted).then(|| ident.to_string())
    })
}

/// One file of a project: its path inside the project and its bytes.
pub struct File {
    /// Where in the project, with `/` between folders.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl File {
    fn text(path: &str, text: impl Into<String>) -> File {
        File {
            path: path.to_string(),
            bytes: text.into().into_bytes(),
        }
    }
}

/// The files of the project `rgg new` makes for `chart` in `variant` (by
/// name; the default variant when `None`).
pub fn project(chart: &Chart, variant: Option<&str>) -> Result<Vec<File>> {
    let example = example_of(chart)?;
    let module = chart
        .source_path
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".rs"))
        .with_context(|| format!("chart {} has no module file", chart.id))?;
    let variant = variant.unwrap_or_else(|| chart.variants.first().copied().unwrap_or_default());
    if chart.variant_index(variant).is_none() {
        bail!(
            "chart {} has no variant {:?}; its variants are: {}",
            chart.id,
            sanitize(variant),
            chart.variants.join(", ")
        );
    }
    let helpers = note_files(&chart.docs().copying);
    let mut files = vec![File::text(&format!("src/{module}.rs"), chart.source)];
    for helper in &helpers {
        let text =
            gallery_file(helper).with_context(|| format!("{}'s note names {helper}, not in the gallery", chart.id))?;
        files.push(File::text(&format!("src/{helper}"), text));
    }
    let mut modules: Vec<String> = std::iter::once(module.to_string())
        .chain(helpers.iter().filter_map(|h| h.strip_suffix(".rs").map(String::from)))
        .collect();
    modules.sort();
    modules.dedup();
    let main = main_rs(chart, example, module, &modules, variant)?;
    files.push(File::text("src/main.rs", main));
    files.extend(example_data(chart, example)?);
    files.push(File::text("Cargo.toml", cargo_toml(chart.id)));
    files.push(File::text(
        "rustfmt.toml",
        "# The gallery's width: the copied files are formatted with it.\nmax_width = 120\n",
    ));
    files.push(File::text(".gitignore", "/target\n*.png\n"));
    files.push(File::text("README.md", readme(chart, module, &helpers, variant)));
    files.push(File {
        path: FONT_REGULAR.into(),
        bytes: dejavu::sans::regular().to_vec(),
    });
    files.push(File {
        path: FONT_BOLD.into(),
        bytes: dejavu::sans::bold().to_vec(),
    });
    files.push(File::text(FONT_LICENCE, DEJAVU_LICENCE));
    Ok(files)
}

/// The example turned into the project's `main.rs`: `rgg_gallery::`
/// imports become the project's own modules, the fonts come from
/// `assets/`, and the chosen variant is drawn.
fn main_rs(chart: &Chart, example: &str, module: &str, modules: &[String], variant: &str) -> Result<String> {
    let source = chart.source;
    let default = chart.variants.first().copied().unwrap_or_default();
    let from = variant_ident(source, default).with_context(|| format!("{}: no variant named {default}", chart.id))?;
    let to = variant_ident(source, variant).with_context(|| format!("{}: no variant named {variant}", chart.id))?;
    let drawn_default = format!("{module}::Variant::{from}");
    if !example.contains(&drawn_default) {
        bail!("the example of {} does not draw {drawn_default}", chart.id);
    }
    let mut out = String::new();
    let mut declared = false;
    let mut lines = example.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("//! Run it with") {
            // The example's "how to run" paragraph, up to the blank doc line.
            while lines.peek().is_some_and(|l| l.starts_with("//!") && l.trim() != "//!") {
                lines.next();
            }
            let _ = writeln!(
                out,
                "//! Made by `rgg new {}`; `cargo run --release` writes the picture.",
                chart.id
            );
            continue;
        }
        if let Some(path) = line.strip_prefix("use rgg_gallery::") {
            let name = path.trim_end_matches(';').rsplit("::").next().unwrap_or_default();
            // `geo` re-exports the geo_* files a map chart copies instead.
            if name == "geo" && !modules.iter().any(|m| m == name) {
                continue;
            }
            if !modules.iter().any(|m| m == name) {
                bail!(
                    "the example of {} uses {name}, which its ## Copying note does not name",
                    chart.id
                );
            }
            continue;
        }
        if !declared && line.starts_with("use ") {
            out.push_str("// Copied modules serve every chart and variant; a program uses only part of them.\n");
            for m in modules {
                let _ = writeln!(out, "{}\nmod {m};", module_allow(m));
            }
            out.push('\n');
            declared = true;
        }
        let line = geo_paths(line, modules)?;
        let line = line
            .replace("dejavu::sans::regular()", "FONT_REGULAR")
            .replace("dejavu::sans::bold()", "FONT_BOLD")
            .replace(&drawn_default, &format!("{module}::Variant::{to}"));
        out.push_str(&line);
        out.push('\n');
    }
    // The fonts, after the imports: the first blank line after them.
    let fonts = format!(
        "\n/// DejaVu Sans (licence: `{FONT_LICENCE}`), embedded in the program:\n\
         /// plotters draws text with `ab_glyph`, from fonts registered at start.\n\
         const FONT_REGULAR: &[u8] = include_bytes!(\"../{FONT_REGULAR}\");\n\
         const FONT_BOLD: &[u8] = include_bytes!(\"../{FONT_BOLD}\");\n"
    );
    let at = out.find("\nfn main()").context("the example has no main")?;
    out.insert_str(at, &fonts);
    Ok(out)
}

/// `geo::Name` paths (the gallery's re-exports) rewritten to the copied
/// `geo_*` module that defines `Name`, when `geo.rs` itself is not copied.
fn geo_paths(line: &str, modules: &[String]) -> Result<String> {
    if modules.iter().any(|m| m == "geo") || !line.contains("geo::") {
        return Ok(line.to_string());
    }
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("geo::") {
        let before = &rest[..at];
        out.push_str(before);
        let after = &rest[at + 5..];
        let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let standalone = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
        if standalone {
            let defines = |m: &&String| {
                gallery_file(&format!("{m}.rs")).is_some_and(|text| {
                    ["struct", "enum", "fn", "const"]
                        .iter()
                        .any(|kind| text.contains(&format!("pub {kind} {name}")))
                })
            };
            let module = modules
                .iter()
                .filter(|m| m.starts_with("geo_"))
                .find(defines)
                .with_context(|| format!("geo::{name}: no copied geo_* file defines it"))?;
            let _ = write!(out, "{module}::");
        } else {
            out.push_str("geo::");
        }
        rest = after;
    }
    out.push_str(rest);
    Ok(out)
}

/// The lints a copied module turns off: `dead_code` (a program uses only
/// part of a helper); `unused_imports` where it re-exports (`pub use`) for
/// the gallery's users; and `clippy::wrong_self_convention` where a `to_*`
/// method takes `&self`: clippy leaves a library's public API alone, but in
/// a program nothing is public, so it would ask for `self` by value.
fn module_allow(module: &str) -> String {
    let text = gallery_file(&format!("{module}.rs")).unwrap_or_default();
    let mut lints = vec!["dead_code"];
    if text.lines().any(|l| l.starts_with("pub use ")) {
        lints.push("unused_imports");
    }
    let to_by_ref = text
        .match_indices("fn to_")
        .any(|(at, _)| text[at..].split(')').next().is_some_and(|sig| sig.contains("(&self")));
    if to_by_ref {
        lints.push("clippy::wrong_self_convention");
    }
    format!("#[allow({})]", lints.join(", "))
}

fn cargo_toml(id: &str) -> String {
    format!(
        "[package]\n\
         name = \"{id}\"\n\
         version = \"0.1.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         # No default features: they pull in font-kit, fontconfig and freetype (system\n\
         # libraries). `ab_glyph` draws text with the font main.rs registers.\n\
         plotters = {{ version = \"0.3.7\", default-features = false, features = [\"bitmap_backend\", \"bitmap_encoder\", \"ab_glyph\"] }}\n\
         \n\
         # A project of its own, even when made inside another Cargo workspace.\n\
         [workspace]\n"
    )
}

fn readme(chart: &Chart, module: &str, helpers: &[String], variant: &str) -> String {
    let docs = chart.docs();
    let helper_list = if helpers.is_empty() {
        String::from("none")
    } else {
        helpers
            .iter()
            .map(|h| format!("`src/{h}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "# {title}: a chart from the Rust Graph Gallery\n\
         \n\
         Made by `rgg new {id} --variant {variant}`. It needs only a Rust toolchain:\n\
         \n\
         ```sh\n\
         cargo run --release\n\
         ```\n\
         \n\
         writes `{id}.png` (1200x800 pixels) in the current folder.\n\
         \n\
         {description}\n\
         \n\
         ## What is here\n\
         \n\
         - `src/main.rs`: registers the font, builds the chart's input and draws it.\n\
         - `src/{module}.rs`: the chart, one plotters function generic over the backend\n\
           (it draws into SVG or any other plotters backend too).\n\
         - The gallery helpers it needs: {helper_list}.\n\
         - `assets/`: the DejaVu Sans faces `main.rs` embeds, with their licence.\n\
         \n\
         plotters is used without its default features, so nothing needs system font\n\
         libraries: text is drawn with `ab_glyph` from the embedded DejaVu Sans.\n\
         \n\
         ## The data\n\
         \n\
         A small sample of the dataset `rgg show {id}` draws ({dataset}); the comment\n\
         above `fn input()` in `src/main.rs` says where it comes from and how it was cut.\n\
         Replace `input()` with your own data.\n\
         \n\
         ## Licence\n\
         \n\
         The code: MIT OR Apache-2.0, as the Rust Graph Gallery. The fonts: see\n\
         `{FONT_LICENCE}`. The data: see `src/main.rs` and `rgg datasets`.\n",
        title = docs.title,
        id = chart.id,
        description = docs.description,
        dataset = chart.sample.dataset,
    )
}

#[cfg(test)]
mod tests {
    use super::make::write_project;
    use super::*;
    use crate::catalogue;

    #[test]
    fn every_chart_in_the_catalogue_has_an_example() {
        let missing: Vec<&str> = catalogue::all()
            .iter()
            .filter(|c| example(c.id).is_none())
            .map(|c| c.id)
            .collect();
        assert!(missing.is_empty(), "no gallery/examples/<id>.rs for {missing:?}");
    }

    #[test]
    fn every_example_imports_only_what_its_note_names_and_draws_the_default() {
        for chart in catalogue::all() {
            let files = project(chart, None).unwrap_or_else(|e| panic!("{}: {e:#}", chart.id));
            let main = files.iter().find(|f| f.path == "src/main.rs").expect("main.rs");
            let main = String::from_utf8_lossy(&main.bytes);
            assert!(
                !main.contains("rgg_gallery"),
                "{}: an rgg_gallery path is left",
                chart.id
            );
            assert!(
                !main.contains("dejavu::"),
                "{}: the dejavu crate is still used",
                chart.id
            );
            assert!(main.contains("mod theme;"), "{}: no theme module", chart.id);
        }
    }

    #[test]
    fn a_map_project_carries_the_outlines_its_example_reads() {
        let files = project(catalogue::chart("choropleth"), None).expect("project");
        let data = files
            .iter()
            .find(|f| f.path == "src/data/world-outlines.txt")
            .expect("the outlines are copied");
        let text = String::from_utf8_lossy(&data.bytes);
        assert!(
            text.lines().any(|l| l.starts_with("250\tFrance\t")),
            "France is on the map"
        );
        // A data file the gallery does not have is named, not skipped.
        let err = example_data(catalogue::chart("choropleth"), "include_str!(\"data/nope.txt\")")
            .err()
            .expect("refused");
        assert!(err.to_string().contains("\"data/nope.txt\""), "{err}");
        // Every example's data file is embedded, so every project builds.
        for chart in catalogue::all() {
            let example = example_of(chart).expect("example");
            example_data(chart, example).expect("its data files are embedded");
        }
    }

    #[test]
    fn a_project_has_the_chart_its_helpers_and_the_fonts() {
        let chart = catalogue::lookup("streamgraph").expect("streamgraph");
        let files = project(chart, Some("wiggle")).expect("project");
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        for expected in [
            "src/main.rs",
            "src/streamgraph.rs",
            "src/stacked_area.rs",
            "src/theme.rs",
            "src/axes.rs",
            "src/scale.rs",
            "Cargo.toml",
            "README.md",
            FONT_REGULAR,
            FONT_BOLD,
            FONT_LICENCE,
        ] {
            assert!(paths.contains(&expected), "{expected} missing from {paths:?}");
        }
        let main = files.iter().find(|f| f.path == "src/main.rs").expect("main");
        let main = String::from_utf8_lossy(&main.bytes);
        assert!(
            main.contains("streamgraph::Variant::Wiggle"),
            "the chosen variant is drawn"
        );
        assert!(!main.contains("streamgraph::Variant::Centred"));
        let font = files.iter().find(|f| f.path == FONT_REGULAR).expect("font");
        assert_eq!(font.bytes, dejavu::sans::regular());
    }

    #[test]
    fn a_to_method_by_reference_keeps_clippy_quiet_in_a_program() {
        // geo_fit.rs has `Fit::to_pixel(&self, ..)` on a Copy type: fine in the
        // gallery (public API), flagged in a program unless allowed.
        assert_eq!(
            module_allow("geo_fit"),
            "#[allow(dead_code, clippy::wrong_self_convention)]"
        );
        assert_eq!(module_allow("histogram"), "#[allow(dead_code)]");
        // bubble_map.rs re-exports size_legend's helpers for the gallery's users.
        assert_eq!(module_allow("bubble_map"), "#[allow(dead_code, unused_imports)]");
    }

    #[test]
    fn an_unknown_variant_is_refused() {
        let chart = catalogue::lookup("histogram").expect("histogram");
        let e = project(chart, Some("nope")).err().expect("an error");
        assert!(format!("{e}").contains("groups, basic"), "{e}");
    }

    #[test]
    fn variant_idents_come_from_the_modules_names() {
        let chart = catalogue::lookup("treemap").expect("treemap");
        assert_eq!(variant_ident(chart.source, "two-levels").as_deref(), Some("TwoLevels"));
        assert_eq!(variant_ident(chart.source, "squarified").as_deref(), Some("Squarified"));
        assert_eq!(variant_ident(chart.source, "nope"), None);
    }

    #[test]
    fn a_non_empty_folder_is_refused_and_left_as_it_was() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("keep.txt"), "mine").expect("write");
        let chart = catalogue::lookup("histogram").expect("histogram");
        let files = project(chart, None).expect("project");
        let e = write_project(dir.path(), &files).expect_err("refused");
        assert!(format!("{e}").contains("not empty"), "{e}");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("read")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("keep.txt")]);
    }

    #[test]
    fn a_project_is_written_whole_into_a_new_or_empty_folder() {
        let dir = tempfile::tempdir().expect("dir");
        let chart = catalogue::lookup("donut").expect("donut");
        let files = project(chart, None).expect("project");
        let target = dir.path().join("donut");
        write_project(&target, &files).expect("written");
        for f in &files {
            assert_eq!(
                std::fs::read(target.join(&f.path)).expect("file"),
                f.bytes,
                "{}",
                f.path
            );
        }
        // Nothing else beside it: the temporary folder was renamed, not left.
        let beside: Vec<_> = std::fs::read_dir(dir.path()).expect("read").flatten().collect();
        assert_eq!(beside.len(), 1);
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).expect("mkdir");
        write_project(&empty, &files).expect("an empty folder is fine");
        assert!(empty.join("src/main.rs").exists());
    }
}
