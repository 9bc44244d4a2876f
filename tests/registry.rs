//! The registry stays complete: every chart module under gallery/ is
//! registered, documented, has a dataset, a screenshot and a snapshot.

use rgg::catalogue::{self, Family};
use rgg::data::embedded;
use std::path::Path;

fn gallery_modules() -> Vec<String> {
    let mut found = Vec::new();
    for family in std::fs::read_dir("gallery/src").expect("gallery/src") {
        let family = family.expect("entry").path();
        if !family.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&family).expect("family dir") {
            let path = file.expect("entry").path();
            if path.extension().is_some_and(|e| e == "rs") && path.file_name().is_some_and(|n| n != "mod.rs") {
                found.push(path.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_gallery_module_is_registered() {
    let registered: Vec<&str> = catalogue::all().iter().map(|c| c.source_path).collect();
    for module in gallery_modules() {
        assert!(
            registered.contains(&module.as_str()),
            "{module} is not in the catalogue"
        );
    }
    for chart in catalogue::all() {
        let on_disk = std::fs::read_to_string(chart.source_path).expect("source file exists");
        assert_eq!(
            on_disk, chart.source,
            "{}: embedded source differs from {}",
            chart.id, chart.source_path
        );
    }
}

#[test]
fn every_chart_is_documented() {
    for chart in catalogue::all() {
        let docs = chart.docs();
        let id = chart.id;
        assert!(!docs.title.is_empty(), "{id}: no # title");
        assert!(docs.description.len() > 40, "{id}: description too short");
        assert!(!docs.when_to_use.is_empty(), "{id}: no ## When to use");
        assert!(!docs.caveat.is_empty(), "{id}: no ## Caveat");
        assert!(!docs.copying.is_empty(), "{id}: no ## Copying");
        let doc_variants: Vec<&str> = docs.variants.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            doc_variants, chart.variants,
            "{id}: ## Variants differ from the registry"
        );
        for v in 0..chart.variants.len() {
            assert!(
                chart.prepare_sample(v).is_ok(),
                "{id}: the sample of variant {v} does not bind"
            );
        }
        for related in &docs.related {
            assert!(
                catalogue::find(related).is_some() || !related.is_empty(),
                "{id}: related {related}"
            );
        }
        assert!(!chart.roles.is_empty(), "{id}: declares no roles");
    }
}

#[test]
fn ids_are_unique_kebab_case_and_families_known() {
    let charts = catalogue::all();
    let mut ids: Vec<&str> = charts.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), charts.len(), "duplicate ids");
    for c in &charts {
        assert!(
            c.id.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
            "{}",
            c.id
        );
        assert!(Family::ALL.contains(&c.family));
        // The registry line's id, gallery module and catalogue file agree.
        let module = c.id.replace('-', "_");
        assert!(
            c.source_path.ends_with(&format!("/{module}.rs")),
            "{}: id and module {} differ",
            c.id,
            c.source_path
        );
        let folder = c.source_path.split('/').nth(2).unwrap_or_default();
        let entry = format!("src/catalogue/{folder}/{module}.rs");
        assert!(Path::new(&entry).is_file(), "{}: no catalogue file {entry}", c.id);
    }
}

#[test]
fn every_dataset_is_embedded_documented_and_on_disk() {
    let readme = std::fs::read_to_string("datasets/README.md").expect("datasets/README.md");
    for chart in catalogue::all() {
        for (name, sample) in chart.variant_samples {
            assert!(
                embedded::find(sample.dataset).is_some(),
                "{}: variant dataset not embedded",
                chart.id
            );
            assert!(
                chart.variants.contains(name),
                "{}: sample for unknown variant {name}",
                chart.id
            );
        }
        assert!(
            embedded::find(chart.sample.dataset).is_some(),
            "{}: dataset not embedded",
            chart.id
        );
    }
    for d in embedded::DATASETS {
        let on_disk = std::fs::read_to_string(Path::new("datasets").join(d.file)).expect("dataset file");
        assert_eq!(on_disk, d.contents, "{} differs from datasets/", d.file);
        assert!(readme.contains(d.file), "{} is not in datasets/README.md", d.file);
        assert!(!d.licence.is_empty() && !d.source.is_empty());
    }
}

#[test]
fn every_chart_has_a_screenshot_and_snapshots() {
    for chart in catalogue::all() {
        let shot = Path::new("screenshots").join(format!("{}.png", chart.id));
        assert!(
            shot.exists(),
            "{} missing: run `cargo run --release -- export --all --out-dir screenshots`",
            shot.display()
        );
        let terminal = Path::new("screenshots/terminal").join(format!("{}.png", chart.id));
        assert!(
            terminal.exists(),
            "{} missing: run `cargo run --release -- export --all --terminal --out-dir screenshots/terminal`",
            terminal.display()
        );
        for variant in chart.variants {
            let snap = Path::new("tests/snapshots").join(format!("charts__{}-{variant}-80x24.snap", chart.id));
            assert!(
                snap.exists(),
                "{} missing: run `INSTA_UPDATE=always cargo test --test charts terminal_snapshots`",
                snap.display()
            );
        }
    }
    assert!(
        Path::new("screenshots/contact-sheet.png").exists(),
        "contact sheet missing"
    );
}

/// The README's text between the markers `start` and `end` is `fresh`;
/// with `RGG_UPDATE_README` set it is written in place instead. `what` names
/// the section for the message.
fn check_generated(start_marker: &str, end_marker: &str, fresh: &str, what: &str) {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let (Some(start), Some(end)) = (readme.find(start_marker), readme.find(end_marker)) else {
        panic!("README.md lost the markers of its {what}:\n{start_marker}\n{end_marker}");
    };
    let fresh = format!("\n{fresh}");
    if readme[start + start_marker.len()..end] == fresh {
        return;
    }
    if std::env::var_os("RGG_UPDATE_README").is_some() {
        let updated = format!("{}{fresh}{}", &readme[..start + start_marker.len()], &readme[end..]);
        std::fs::write("README.md", updated).expect("write README.md");
        return;
    }
    panic!("README.md's {what} differs from the catalogue: run `RGG_UPDATE_README=1 cargo test --test registry` to regenerate it");
}

/// The README's gallery section is what `rgg list --markdown` prints.
/// `RGG_UPDATE_README=1 cargo test --test registry` writes it in place.
#[test]
fn the_readme_gallery_is_generated_from_the_catalogue() {
    use rgg::catalogue::readme::{gallery, END, START};
    check_generated(START, END, &gallery(&catalogue::all()), "gallery section");
}

/// The README's table of parameters is the charts' `ParamSpec`s.
/// `RGG_UPDATE_README=1 cargo test --test registry` writes it in place.
#[test]
fn the_readme_parameters_are_generated_from_the_catalogue() {
    use rgg::catalogue::readme::{parameters, PARAMS_END, PARAMS_START};
    check_generated(
        PARAMS_START,
        PARAMS_END,
        &parameters(&catalogue::all()),
        "table of parameters",
    );
}
