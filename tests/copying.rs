//! The README's "Copy a chart into your own project" section stays true:
//! its `main.rs` is the example that CI builds, its helper table says what
//! the modules' `## Copying` notes say, and those notes name exactly the
//! files each chart's code reaches.

use rgg::catalogue;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The copy section of the README, up to the next `## ` heading.
fn copy_section() -> String {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let start = readme
        .find("\n## Copy a chart into your own project\n")
        .expect("the README has a copy section");
    let section = &readme[start + 1..];
    let end = section[3..].find("\n## ").map_or(section.len(), |e| e + 4);
    section[..end].to_string()
}

/// The text of the section's first fenced block of `lang`.
fn first_block(section: &str, lang: &str) -> String {
    let open = format!("```{lang}\n");
    let start = section.find(&open).expect("a fenced block") + open.len();
    let end = section[start..].find("\n```\n").expect("a closed block") + start;
    section[start..=end].to_string()
}

#[test]
fn readme_main_rs_is_the_example_ci_builds() {
    let example = std::fs::read_to_string("gallery/examples/copy_histogram/main.rs").expect("the example");
    let snippet = first_block(&copy_section(), "rust");
    assert!(
        snippet == example,
        "the README's main.rs differs from gallery/examples/copy_histogram/main.rs; paste the file into the README"
    );
}

#[test]
fn the_example_copies_exactly_the_histograms_helpers() {
    // The example is laid out as a copy is: the chart and the helpers its
    // note names, beside main.rs, as links to the gallery's own files.
    let dir = Path::new("gallery/examples/copy_histogram");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("the example folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name != "main.rs")
        .collect();
    files.sort();
    let chart = catalogue::lookup("histogram").expect("histogram");
    let mut expected = note_files(&chart.docs().copying);
    expected.push("histogram.rs".into());
    expected.sort();
    assert_eq!(files, expected);
    for file in &files {
        let copy = std::fs::read_to_string(dir.join(file)).expect("readable");
        let original = ["gallery/src", "gallery/src/distribution"]
            .iter()
            .find_map(|d| std::fs::read_to_string(Path::new(d).join(file)).ok())
            .expect("a gallery file");
        assert_eq!(copy, original, "{file} in the example is not the gallery's");
    }
}

/// The files a `## Copying` note names: every `` `name.rs` ``.
fn note_files(note: &str) -> Vec<String> {
    note.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| Path::new(s).extension().is_some_and(|e| e == "rs"))
        .map(String::from)
        .collect()
}

/// The README's table, built from the catalogue: one row per chart with
/// its id, its file under gallery/src and the helpers its note names.
fn helper_table() -> String {
    let mut table = String::from("| Chart id | File in `gallery/src/` | Also copy |\n|---|---|---|\n");
    for chart in catalogue::all() {
        let file = chart.source_path.trim_start_matches("gallery/src/");
        let family = file.split('/').next().expect("a family folder");
        let helpers: Vec<String> = note_files(&chart.docs().copying)
            .into_iter()
            .map(|f| {
                if Path::new("gallery/src").join(&f).exists() {
                    format!("`{f}`")
                } else {
                    format!("`{family}/{f}`")
                }
            })
            .collect();
        let _ = writeln!(table, "| `{}` | `{file}` | {} |", chart.id, helpers.join(", "));
    }
    table
}

/// `RGG_UPDATE_README=1 cargo test --test copying` writes the table in place.
#[test]
fn readme_helper_table_is_the_copying_notes() {
    let table = helper_table();
    if std::env::var_os("RGG_UPDATE_README").is_some() && !copy_section().contains(&table) {
        let readme = std::fs::read_to_string("README.md").expect("README.md");
        let head = table.lines().next().expect("a header");
        let start = readme.find(head).expect("the README has the helper table");
        let end = readme[start..].find("\n\n").map_or(readme.len(), |e| start + e + 1);
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write("README.md", updated).expect("README.md written");
    }
    assert!(
        copy_section().contains(&table),
        "the README's helper table differs from the modules' ## Copying notes; \
         run `RGG_UPDATE_README=1 cargo test --test copying` to regenerate it"
    );
}

/// The modules a piece of code names as `crate::x` or `super::x`, outside
/// its tests.
fn referenced_modules(code: &str) -> BTreeSet<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let mut found = BTreeSet::new();
    for prefix in ["crate::", "super::"] {
        for (i, _) in code.match_indices(prefix) {
            let name: String = code[i + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn copying_notes_name_exactly_the_files_a_chart_needs() {
    for chart in catalogue::all() {
        let path = Path::new(chart.source_path);
        let family = path.parent().expect("a family folder");
        // Follow references from the chart through the helpers it reaches.
        let mut needed = BTreeSet::new();
        let mut todo: Vec<String> = referenced_modules(chart.source).into_iter().collect();
        while let Some(module) = todo.pop() {
            let file = format!("{module}.rs");
            let Some(code) = [Path::new("gallery/src"), family]
                .iter()
                .map(|d| d.join(&file))
                .find(|p| p.exists() && p != path)
                .map(|p| std::fs::read_to_string(p).expect("readable"))
            else {
                continue; // an item of this file, not a module
            };
            if needed.insert(file) {
                todo.extend(referenced_modules(&code));
            }
        }
        let named: BTreeSet<String> = note_files(&chart.docs().copying).into_iter().collect();
        assert_eq!(named, needed, "{}: its ## Copying note", chart.id);
    }
}
