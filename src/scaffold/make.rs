//! `rgg new` and `rgg source`: a project (for a PNG, or with
//! `--terminal` for the terminal) written to its folder, and a chart's
//! module or example printed.

use super::{example_of, project, terminal, File};
use crate::catalogue;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Writes `files` as a new project in `dir`, which must not exist or be
/// empty. Everything is written into a temporary folder beside `dir`,
/// then renamed, so a failure leaves no half-made project.
pub fn write_project(dir: &Path, files: &[File]) -> Result<()> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).with_context(|| format!("{} is not a folder", dir.display()))?;
        if entries.next().is_some() {
            bail!("{} is not empty; choose a new folder (rgg new ID DIR)", dir.display());
        }
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".rgg-new-")
        .tempdir_in(&parent)
        .with_context(|| format!("cannot write in {}", parent.display()))?;
    for file in files {
        let path = tmp.path().join(&file.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
        }
        std::fs::write(&path, &file.bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if dir.exists() {
        // Empty (checked above): rename cannot replace a folder everywhere.
        std::fs::remove_dir(dir).with_context(|| format!("cannot replace the empty folder {}", dir.display()))?;
    }
    let made = tmp.keep();
    if let Err(e) = std::fs::rename(&made, dir) {
        let _ = std::fs::remove_dir_all(&made);
        return Err(e).with_context(|| format!("cannot create {}", dir.display()));
    }
    Ok(())
}

/// `rgg new ID [DIR] [--variant V] [--terminal]`: makes the project and
/// says how to run it.
pub fn new(id: &str, dir: Option<&Path>, variant: Option<&str>, terminal: bool) -> Result<String> {
    let chart = catalogue::lookup(id)?;
    let files = if terminal {
        terminal::project(chart, variant)?
    } else {
        project(chart, variant)?
    };
    let dir = dir.map_or_else(|| PathBuf::from(chart.id), Path::to_path_buf);
    write_project(&dir, &files)?;
    let runs = if terminal {
        format!("draws {} in this terminal (q quits)", chart.id)
    } else {
        format!("writes {}.png", chart.id)
    };
    Ok(format!(
        "Made {shown} ({n} files): a Cargo project that draws {id}.\n  cd {shown} && cargo run --release   {runs}",
        shown = dir.display(),
        n = files.len(),
        id = chart.id,
    ))
}

/// `rgg source ID [--example]`: the chart's module, or its example, on stdout
/// (a closed pipe is not an error).
pub fn print_source(id: &str, example: bool) -> Result<()> {
    use std::io::Write as _;
    let chart = catalogue::lookup(id)?;
    let mut stdout = std::io::stdout().lock();
    let _ = if example {
        // Byte for byte: the file already ends with its newline.
        stdout.write_all(example_of(chart)?.as_bytes())
    } else {
        writeln!(stdout, "{}", chart.source)
    };
    let _ = stdout.flush();
    Ok(())
}

/// `rgg new ID [DIR] [--variant V]`: makes the project, then says on
/// stderr where it is and how to run it.
pub fn run_new(id: &str, dir: Option<&Path>, variant: Option<&str>, terminal: bool) -> Result<()> {
    eprintln!("{}", new(id, dir, variant, terminal)?);
    Ok(())
}
