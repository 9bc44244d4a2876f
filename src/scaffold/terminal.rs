//! `rgg new ID --terminal`: the chart's project as a small ratatui app
//! that draws the chart in the terminal it runs in, with the terminal
//! backend crate (`term/`, rgg-term) copied into the project beside it, so
//! it builds with nothing but a Rust toolchain and needs no published crate.

use super::{embedded, project as png_project, File};
use crate::catalogue::Chart;
use anyhow::{Context, Result};
use std::fmt::Write as _;

/// Where the copied terminal crate sits in the project.
const TERM_DIR: &str = "rgg-term";

/// The files of the terminal project for `chart` in `variant`.
pub fn project(chart: &Chart, variant: Option<&str>) -> Result<Vec<File>> {
    let mut files = png_project(chart, variant)?;
    for file in &mut files {
        match file.path.as_str() {
            "src/main.rs" => {
                let main = String::from_utf8_lossy(&file.bytes).to_string();
                file.bytes = terminal_main(chart, &main)?.into_bytes();
            }
            "Cargo.toml" => file.bytes = cargo_toml(chart.id).into_bytes(),
            "README.md" => file.bytes = readme(chart).into_bytes(),
            _ => {}
        }
    }
    files.extend(term_crate()?);
    Ok(files)
}

/// The PNG program's `main.rs` with its drawing (from `let (width, height)`
/// to `Ok(())`) replaced by a terminal loop around the same `draw` call.
fn terminal_main(chart: &Chart, main: &str) -> Result<String> {
    let start = main
        .find("    let (width, height) = (1200, 800);")
        .with_context(|| format!("the example of {} does not draw at 1200x800", chart.id))?;
    let end = main[start..]
        .find("    Ok(())\n}")
        .map(|at| start + at + "    Ok(())\n".len())
        .with_context(|| format!("the example of {} does not end its main with Ok(())", chart.id))?;
    let draw = main[start..end]
        .lines()
        .find(|l| l.contains("::draw(&root, &input, "))
        .with_context(|| format!("the example of {} does not draw its input", chart.id))?;
    // `module::draw(&root, &input, module::Variant::Name, &theme)?;`
    let module = draw.trim().split("::").next().unwrap_or_default().to_string();
    let variant = draw
        .split(", ")
        .find(|part| part.contains("::Variant::"))
        .with_context(|| format!("the example of {} draws no named variant", chart.id))?
        .trim()
        .to_string();
    let mut out = String::with_capacity(main.len() + 2048);
    // The PNG's backend is gone: the prelude that named it is not needed.
    out.push_str(&main[..start].replace("use plotters::prelude::*;\n", ""));
    out.push_str("    show_in_terminal(&input)\n");
    out.push_str(&main[end..]);
    let imports = "use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};\n\
                   use rgg_term::{rgb, CellArea, Colors, PlotWidget};\n";
    let at = out.find("\nfn main()").context("the example has no main")?;
    out.insert_str(at, &format!("\n{imports}"));
    let _ = write!(
        out,
        r"
/// Draws the chart in this terminal, redrawn at its size, until q or Esc.
fn show_in_terminal(input: &{module}::Input) -> Result<(), Box<dyn std::error::Error>> {{
    let theme = theme::Theme::terminal();
    let colors = terminal_colors(&theme);
    let variant = {variant};
    let mut terminal = ratatui::init();
    let shown = loop {{
        let drawn = terminal.draw(|frame| {{
            let chart = PlotWidget::new(|area: &CellArea| {module}::draw(area, input, variant, &theme));
            frame.render_widget(chart.colors(colors.clone()), frame.area());
        }});
        if let Err(e) = drawn {{
            break Err(e.into());
        }}
        match event::read() {{
            Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => {{
                if matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) {{
                    break Ok(());
                }}
            }}
            Ok(_) => {{}}
            Err(e) => break Err(e.into()),
        }}
    }};
    ratatui::restore();
    shown
}}

/// The gallery theme's colours, as the terminal backend takes them.
fn terminal_colors(theme: &theme::Theme) -> Colors {{
    Colors::new(rgb(&theme.text), rgb(&theme.background))
        .with_grid(rgb(&theme.grid))
        .with_axis(rgb(&theme.axis))
        .with_palette(theme.palette.iter().map(rgb))
}}
"
    );
    Ok(out)
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
         ratatui = \"0.30\"\n\
         # The terminal backend, copied from the Rust Graph Gallery (`{TERM_DIR}/`).\n\
         rgg-term = {{ path = \"{TERM_DIR}\" }}\n\
         \n\
         # A project of its own, even when made inside another Cargo workspace.\n\
         [workspace]\n"
    )
}

/// The terminal crate's files, under `rgg-term/`, with a manifest of its
/// own: its dependencies, without the gallery's dev-dependencies and
/// workspace lints (which only the gallery's workspace has).
fn term_crate() -> Result<Vec<File>> {
    let mut files = Vec::new();
    for (path, text) in embedded::TERM_FILES {
        let text = if *path == "Cargo.toml" {
            term_manifest(text)?
        } else {
            (*text).to_string()
        };
        files.push(File {
            path: format!("{TERM_DIR}/{path}"),
            bytes: text.into_bytes(),
        });
    }
    Ok(files)
}

/// `term/Cargo.toml` without `[dev-dependencies]`, `[lints]` and the
/// packaging fields that name files the copy leaves out.
fn term_manifest(text: &str) -> Result<String> {
    let mut out = String::new();
    let mut keep = true;
    for line in text.lines() {
        if line.starts_with('[') {
            keep = !matches!(line.trim(), "[dev-dependencies]" | "[lints]");
        }
        let packaging = ["include =", "readme =", "documentation ="]
            .iter()
            .any(|k| line.starts_with(k));
        if keep && !packaging {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !out.contains("[dependencies]") {
        anyhow::bail!("term/Cargo.toml has no [dependencies]");
    }
    Ok(out.replace("[package]\n", "[package]\npublish = false\n"))
}

fn readme(chart: &Chart) -> String {
    let docs = chart.docs();
    format!(
        "# {title} in your terminal: a chart from the Rust Graph Gallery\n\
         \n\
         Made by `rgg new {id} --terminal`. It needs only a Rust toolchain:\n\
         \n\
         ```sh\n\
         cargo run --release\n\
         ```\n\
         \n\
         draws the chart in this terminal, at its size (resize it, the chart follows);\n\
         q or Esc quits.\n\
         \n\
         {description}\n\
         \n\
         ## What is here\n\
         \n\
         - `src/main.rs`: builds the chart's input and draws it with ratatui, through\n\
           `rgg_term::PlotWidget`, in the gallery's terminal colours.\n\
         - `src/`: the chart, one plotters function generic over the backend, and the\n\
           gallery helpers it needs.\n\
         - `{TERM_DIR}/`: the terminal backend (a plotters `DrawingBackend` that paints a\n\
           ratatui `Buffer`, and the widget), copied in so nothing needs publishing.\n\
         \n\
         ## Licence\n\
         \n\
         The code: MIT OR Apache-2.0, as the Rust Graph Gallery. The fonts: see\n\
         `assets/`. The data: see `src/main.rs` and `rgg datasets`.\n",
        title = docs.title,
        id = chart.id,
        description = docs.description,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    #[test]
    fn every_chart_makes_a_terminal_program() {
        for chart in catalogue::all() {
            let files = project(chart, None).unwrap_or_else(|e| panic!("{}: {e:#}", chart.id));
            let main = files.iter().find(|f| f.path == "src/main.rs").expect("main.rs");
            let main = String::from_utf8_lossy(&main.bytes);
            assert!(main.contains("show_in_terminal(&input)"), "{}", chart.id);
            assert!(!main.contains("BitMapBackend::new"), "{}: still writes a PNG", chart.id);
            assert!(main.contains("PlotWidget::new"), "{}", chart.id);
            let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
            assert!(names.contains(&"rgg-term/src/lib.rs"), "{names:?}");
            let manifest = files
                .iter()
                .find(|f| f.path == "rgg-term/Cargo.toml")
                .expect("manifest");
            let manifest = String::from_utf8_lossy(&manifest.bytes);
            assert!(!manifest.contains("dev-dependencies") && !manifest.contains("[lints]"));
            assert!(manifest.contains("ratatui"), "{manifest}");
        }
    }
}
