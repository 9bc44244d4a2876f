//! Arrows point one way: no two files of the app (`src/**/*.rs`) import
//! each other.
//!
//! A file imports another when its code names a path into it: `use
//! crate::data::table::Table`, `crate::render::draw_cells(..)`,
//! `super::geo::table(..)`, `self::x`, or (in a `mod.rs`) a child module's
//! path such as `use cell::CellMode`. A path resolves to the deepest file it
//! reaches (`crate::data::Table` is `data/mod.rs`, `crate::data::table::Kind`
//! is `data/table.rs`); `use` groups (`crate::render::{cell::X, export::Y}`)
//! count each of their paths. Comments, strings and `#[cfg(test)]` items are
//! left out: a test may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every `.rs` file under `dir`, by its path relative to `dir` (`data/geo.rs`).
fn sources(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().expect("name").to_string_lossy().to_string();
        if path.is_dir() {
            sources(&path, &format!("{prefix}{name}/"), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.insert(format!("{prefix}{name}"), std::fs::read_to_string(&path).expect("read"));
        }
    }
}

/// The code with comments blanked and string and character literals
/// emptied, so neither braces nor paths inside them are read.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                out.push(' ');
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) && (i == 0 || !is_ident(b[i - 1])) => {
                // A raw string r"..." or r#"..."#.
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                j += 1;
                let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
                while j < b.len() && !b[j..].starts_with(&close) {
                    j += 1;
                }
                i = j + close.len();
                out.push_str("\"\"");
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            b'\'' => {
                // A character literal ('{', '\n', '\u{1b}'), or a lifetime.
                if b.get(i + 1) == Some(&b'\\') {
                    let mut j = i + 2;
                    while j < b.len() && b[j] != b'\'' {
                        j += 1;
                    }
                    i = j + 1;
                    out.push_str("' '");
                } else if let Some(len) = text[i + 1..].chars().next().map(char::len_utf8) {
                    if b.get(i + 1 + len) == Some(&b'\'') {
                        i += len + 2;
                        out.push_str("' '");
                    } else {
                        out.push('\'');
                        i += 1;
                    }
                } else {
                    i += 1;
                }
            }
            _ => {
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&text[i..i + len]);
                i += len;
            }
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The code without its `#[cfg(test)]` items (a `mod tests { .. }`, a
/// helper function): through the matching brace, or a `;` before any.
fn without_tests(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        let mut depth = 0;
        let mut end = item.len();
        for (i, c) in item.char_indices() {
            match c {
                '{' | '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// The module path of a file: `data/geo.rs` is `[data, geo]`, `data/mod.rs`
/// is `[data]`, `lib.rs` is `[]`.
fn module_of(file: &str) -> Vec<String> {
    let mut segments: Vec<String> = file.trim_end_matches(".rs").split('/').map(String::from).collect();
    if matches!(segments.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        segments.pop();
    }
    segments
}

/// The deepest file a module path reaches.
fn file_of(files: &BTreeMap<String, String>, path: &[String]) -> Option<String> {
    (0..=path.len()).rev().find_map(|n| {
        let joined = path[..n].join("/");
        let candidates = if n == 0 {
            vec![String::from("lib.rs")]
        } else {
            vec![format!("{joined}.rs"), format!("{joined}/mod.rs")]
        };
        candidates.into_iter().find(|c| files.contains_key(c))
    })
}

/// The paths that start at `at` in `code` (after the first segment's
/// start), with a `use` group expanded: `a::{b, c::d}` is `a::b`, `a::c::d`.
fn paths_at(code: &[u8], at: &mut usize, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let mut path = prefix.to_vec();
    loop {
        while code.get(*at).is_some_and(u8::is_ascii_whitespace) {
            *at += 1;
        }
        if code.get(*at) == Some(&b'{') {
            *at += 1;
            loop {
                paths_at(code, at, &path, out);
                while code.get(*at).is_some_and(|c| *c != b',' && *c != b'}') {
                    // `as name`, `*`, whitespace.
                    *at += 1;
                }
                // Past the `,` or the closing `}`.
                *at += 1;
                if code.get(*at - 1) != Some(&b',') {
                    return;
                }
                while code.get(*at).is_some_and(u8::is_ascii_whitespace) {
                    *at += 1;
                }
                if code.get(*at) == Some(&b'}') {
                    *at += 1;
                    return;
                }
            }
        }
        let start = *at;
        while code.get(*at).is_some_and(|c| is_ident(*c)) {
            *at += 1;
        }
        if *at > start {
            let segment = String::from_utf8_lossy(&code[start..*at]).to_string();
            if segment != "self" || path.is_empty() {
                path.push(segment);
            }
        }
        if code[*at..].starts_with(b"::") {
            *at += 2;
        } else {
            out.push(path);
            return;
        }
    }
}

/// Which files each file imports.
fn imports(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph = BTreeMap::new();
    for (file, text) in files {
        let module = module_of(file);
        let code = without_tests(&code_only(text));
        let bytes = code.as_bytes();
        let mut paths = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let starts_word = is_ident(bytes[i]) && (i == 0 || !is_ident(bytes[i - 1]));
            if !starts_word {
                i += 1;
                continue;
            }
            let end = (i..bytes.len()).find(|j| !is_ident(bytes[*j])).unwrap_or(bytes.len());
            let word = &code[i..end];
            // In a mod.rs (or lib.rs), `child::x` names a child module.
            let child = {
                let mut p = module.clone();
                p.push(word.to_string());
                let p = p.join("/");
                (file.ends_with("mod.rs") || file == "lib.rs")
                    && (files.contains_key(&format!("{p}.rs")) || files.contains_key(&format!("{p}/mod.rs")))
            };
            if code[end..].starts_with("::") {
                let base: Option<Vec<String>> = match word {
                    "crate" => Some(Vec::new()),
                    "super" => {
                        let mut m = module.clone();
                        m.pop();
                        Some(m)
                    }
                    "self" => Some(module.clone()),
                    _ if child => {
                        let mut m = module.clone();
                        m.push(word.to_string());
                        Some(m)
                    }
                    _ => None,
                };
                if let Some(mut base) = base {
                    let mut at = end;
                    // `super::super::x`
                    while code[at..].starts_with("::super") {
                        base.pop();
                        at += "::super".len();
                    }
                    if code[at..].starts_with("::") {
                        at += 2;
                        paths_at(bytes, &mut at, &base, &mut paths);
                    } else {
                        paths.push(base);
                    }
                    i = at.max(end);
                    continue;
                }
            }
            i = end;
        }
        let targets: BTreeSet<String> = paths
            .iter()
            .filter_map(|p| file_of(files, p))
            .filter(|target| target != file)
            .collect();
        graph.insert(file.clone(), targets);
    }
    graph
}

/// Pairs of files that import each other.
fn loops(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (a, targets) in graph {
        for b in targets {
            if a < b && graph.get(b).is_some_and(|back| back.contains(a)) {
                found.push((a.clone(), b.clone()));
            }
        }
    }
    found
}

fn app_sources() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    sources(Path::new("src"), "", &mut files);
    // main.rs is its own crate (the binary); it reaches the library as `rgg::`.
    files.remove("main.rs");
    files
}

#[test]
fn no_two_files_import_each_other() {
    let graph = imports(&app_sources());
    let found = loops(&graph);
    let listed: Vec<String> = found.iter().map(|(a, b)| format!("src/{a} <-> src/{b}")).collect();
    assert!(
        found.is_empty(),
        "these files import each other; move what they share into a module below both:\n{}",
        listed.join("\n")
    );
}

#[test]
fn the_import_graph_is_read() {
    // A reader that found nothing would find no loops either.
    let graph = imports(&app_sources());
    let has = |a: &str, b: &str| graph.get(a).is_some_and(|t| t.contains(b));
    assert!(has("commands.rs", "catalogue/mod.rs"), "{graph:#?}");
    assert!(has("data/load.rs", "data/table.rs"), "{graph:#?}");
    assert!(
        has("render/mod.rs", "render/cell.rs"),
        "a child module's path in mod.rs: {graph:#?}"
    );
    assert!(
        has("tui/worker.rs", "render/pixels.rs"),
        "a path inside a use group: {graph:#?}"
    );
    assert!(has("data/geo.rs", "data/mod.rs"), "super:: to a re-export: {graph:#?}");
}

#[test]
fn a_loop_is_found_and_tests_comments_and_strings_are_not_read() {
    let files: BTreeMap<String, String> = [
        ("lib.rs", "pub mod a;\npub mod b;\npub mod c;\npub mod d;\n"),
        ("a/mod.rs", "pub mod x;\nuse crate::{b::Thing, c};\n"),
        ("a/x.rs", "fn f() { super::super::d::g(); }\n"),
        ("b.rs", "pub struct Thing;\nfn f() { crate::a::helper(crate::a::x::h()) }\n"),
        (
            "c.rs",
            "// crate::d::y\nconst S: &str = \"crate::d::z {\";\nconst C: char = '{';\nfn f<'a>(_: &'a str) {}\n#[cfg(test)]\nmod tests { use crate::d::t; }\n",
        ),
        ("d.rs", "use crate::c::f;\npub fn g() {}\n"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let graph = imports(&files);
    assert!(graph["a/x.rs"].contains("d.rs"), "{graph:#?}");
    assert!(graph["c.rs"].is_empty(), "{graph:#?}");
    assert_eq!(
        loops(&graph),
        vec![(String::from("a/mod.rs"), String::from("b.rs"))],
        "{graph:#?}"
    );
    assert!(
        graph["b.rs"].contains("a/x.rs") && graph["a/mod.rs"].contains("c.rs"),
        "{graph:#?}"
    );
}
