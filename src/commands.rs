//! What each subcommand does.

use crate::catalogue::{self, Chart, Prepared};
use crate::cli::{Cli, ColorChoice, Command, DataArgs, FormatChoice, ModeChoice, PixelsChoice, ThemeChoice};
use crate::data::embedded::DATASETS;
use crate::prepare::{Data, Request};
use crate::render::{self, cell::CellMode, cell::ColorDepth, export, screenshot};
use crate::text::{sanitize, shown};
use anyhow::{bail, Context, Result};
use clap::CommandFactory;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        None => crate::tui::run(cli.data.as_deref(), cli.theme, cli.pixels.choice()),
        Some(Command::List { json, markdown }) => list(json, markdown),
        Some(Command::Show {
            chart,
            variant,
            size,
            mode,
            color,
            theme,
            pixels,
            data,
        }) => show(
            &chart,
            variant.as_deref(),
            size,
            Look {
                mode: mode.mode(),
                color,
                theme,
                pixels,
            },
            &data,
        ),
        Some(Command::Export {
            charts,
            all,
            output,
            out_dir,
            size,
            format,
            variant,
            theme,
            terminal,
            mode,
            data,
        }) => {
            let charts = if all {
                catalogue::all()
            } else {
                charts.iter().map(|c| catalogue::lookup(c)).collect::<Result<_>>()?
            };
            let output = output.as_deref();
            let how = if terminal {
                terminal_render(output, size, mode.map_or(CellMode::Braille, ModeChoice::mode), theme)?
            } else {
                Render::Image {
                    format: image_format(output, format.map(FormatChoice::format)),
                    size: size.unwrap_or((1200, 800)),
                    paper: theme.paper(),
                }
            };
            let target = Target {
                output,
                out_dir: &out_dir,
            };
            export(&charts, &target, how, variant.as_deref(), &data)?;
            if all {
                match how {
                    Render::Image {
                        format: export::Format::Png,
                        ..
                    } => write_contact_sheet(&charts, &out_dir, theme.paper())?,
                    Render::Terminal { cells, mode, screen } => {
                        write_terminal_contact_sheet(&charts, &out_dir, cells, mode, &screen)?;
                    }
                    Render::Image { .. } => {}
                }
            }
            Ok(())
        }
        Some(Command::Suggest { file }) => {
            print_out(&crate::suggest::report(&file)?);
            Ok(())
        }
        Some(Command::Source { chart, example }) => crate::scaffold::make::print_source(&chart, example),
        Some(Command::New {
            chart,
            dir,
            variant,
            terminal,
        }) => crate::scaffold::make::run_new(&chart, dir.as_deref(), variant.as_deref(), terminal),
        Some(Command::Datasets) => {
            print_out(datasets().trim_end());
            Ok(())
        }
        Some(Command::Completions { shell }) => {
            write_out(&completions(shell));
            Ok(())
        }
        Some(Command::Man) => {
            write_out(man_page()?.as_bytes());
            Ok(())
        }
    }
}

/// `rgg datasets`: each embedded dataset with its source and licence.
fn datasets() -> String {
    let mut out = String::new();
    for d in DATASETS {
        let _ = write!(
            out,
            "{}\n  {}\n  source:  {}\n  licence: {}\n\n",
            d.file, d.title, d.source, d.licence
        );
    }
    out
}

/// The completion script for `shell`, naming every subcommand and flag.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "rgg", &mut script);
    script
}

/// rgg's man page, section 1, in roff: one page with rgg's own options,
/// then a section per subcommand (its synopsis, description, options and
/// examples), so `man` shows everything without pages of its own.
pub fn man_page() -> Result<String> {
    use clap_mangen::Man;
    let mut cli = Cli::command();
    cli.build();
    let man = Man::new(cli.clone());
    let mut page = roff(&man, &[Man::render_title], "")?;
    page.insert_str(0, ROFF_PREAMBLE);
    let top: &[Section] = &[
        Man::render_name_section,
        Man::render_synopsis_section,
        Man::render_description_section,
        Man::render_options_section,
    ];
    page.push_str(&roff(&man, top, "")?);
    for sub in cli
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let _ = writeln!(page, ".SH rgg {}", sub.get_name());
        let mut sections: Vec<Section> = vec![Man::render_synopsis_section, Man::render_description_section];
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            sections.push(Man::render_options_section);
        }
        if sub.get_after_help().is_some() {
            sections.push(Man::render_extra_section);
        }
        page.push_str(&roff(&Man::new(sub.clone()), &sections, ".SS")?);
    }
    page.push_str(&roff(
        &man,
        &[Man::render_extra_section, Man::render_version_section],
        ".SH",
    )?);
    Ok(page)
}

/// One section of a [`clap_mangen::Man`] page.
type Section = fn(&clap_mangen::Man, &mut dyn Write) -> std::io::Result<()>;

/// The two lines roff (the crate) starts every piece it writes with.
const ROFF_PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

/// `sections` of `man` in roff, without the preamble. With a `heading`
/// macro (".SS" for a subcommand's part of the page), the synopsis and
/// description lead untitled, option headings and "Examples" become
/// `heading` titles; the examples keep their lines (`.nf`).
fn roff(man: &clap_mangen::Man, sections: &[Section], heading: &str) -> Result<String> {
    let mut bytes = Vec::new();
    for section in sections {
        section(man, &mut bytes).context("could not write the man page")?;
    }
    let text = String::from_utf8_lossy(&bytes);
    let mut out = String::new();
    let mut examples = false;
    for line in text.lines() {
        if ROFF_PREAMBLE.lines().any(|p| p == line) {
            continue;
        }
        if examples && matches!(line, "Examples:" | "Example:") {
            continue;
        }
        let title = line.strip_prefix(".SH ").filter(|_| !heading.is_empty());
        if examples && line.starts_with('.') {
            out.push_str(".fi\n");
            examples = false;
        }
        match title {
            None => out.push_str(line),
            Some("SYNOPSIS" | "DESCRIPTION") => out.push_str(".PP"),
            Some("OPTIONS") => {
                let _ = write!(out, "{heading} Options");
            }
            Some("EXTRA") => {
                let _ = write!(
                    out,
                    "{heading} {}\n.nf",
                    if heading == ".SH" { "EXAMPLES" } else { "Examples" }
                );
                examples = true;
            }
            Some(title) => {
                let _ = write!(out, "{heading} {title}");
            }
        }
        out.push('\n');
    }
    if examples {
        out.push_str(".fi\n");
    }
    Ok(out)
}

/// Writes bytes to stdout; a closed pipe (`rgg man | head`) is not an error.
fn write_out(bytes: &[u8]) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes);
    let _ = stdout.flush();
}

/// Prints to stdout; a closed pipe (`rgg list | head`) is not an error.
fn print_out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}");
}

fn variant_index(chart: &Chart, variant: Option<&str>) -> Result<usize> {
    match variant {
        None => Ok(0),
        Some(name) => chart.variant_index(name).with_context(|| {
            format!(
                "chart {} has no variant {:?}; its variants are: {}",
                chart.id,
                sanitize(name),
                chart.variants.join(", ")
            )
        }),
    }
}

fn list(json: bool, markdown: bool) -> Result<()> {
    let charts = catalogue::all();
    if markdown {
        print_out(catalogue::readme::gallery(&charts).trim_end());
        return Ok(());
    }
    if json {
        let entries: Vec<serde_json::Value> = charts
            .iter()
            .map(|c| {
                let d = c.docs();
                serde_json::json!({
                    "id": c.id,
                    "title": d.title,
                    "family": c.family.name(),
                    "description": d.description,
                    "when_to_use": d.when_to_use,
                    "caveat": d.caveat,
                    "variants": c.variants,
                    "dataset": c.sample.dataset,
                    "related": d.related,
                    "roles": c.roles,
                    "params": c.params,
                    "source": c.source_path,
                })
            })
            .collect();
        print_out(&serde_json::to_string_pretty(&entries)?);
        return Ok(());
    }
    let mut out = String::new();
    for family in catalogue::Family::ALL {
        let in_family: Vec<_> = charts.iter().filter(|c| c.family == family).collect();
        if in_family.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{} ({})", family.name(), in_family.len());
        for c in in_family {
            let _ = writeln!(
                out,
                "  {:<18} {:<28} variants: {}",
                c.id,
                c.docs().title,
                c.variants.join(", ")
            );
        }
    }
    print_out(out.trim_end());
    Ok(())
}

/// How `rgg show` draws: cell mode, colour, theme.
#[derive(Clone, Copy)]
struct Look {
    mode: CellMode,
    color: ColorChoice,
    theme: ThemeChoice,
    pixels: PixelsChoice,
}

fn show(id: &str, variant: Option<&str>, size: Option<(u32, u32)>, look: Look, data: &DataArgs) -> Result<()> {
    let chart = catalogue::lookup(id)?;
    let variant = variant_index(chart, variant)?;
    let (prepared, footnote) = prepare(chart, variant, data)?;
    let stdout_is_tty = std::io::stdout().is_terminal();
    let (cols, rows) = size.unwrap_or_else(|| default_show_size(stdout_is_tty));
    let colored = match look.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout_is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let depth = match (colored, ColorDepth::detect()) {
        (false, _) => ColorDepth::Mono,
        // Colour was asked for, though TERM says the terminal has none.
        (true, ColorDepth::Mono) => ColorDepth::Ansi256,
        (true, depth) => depth,
    };
    // Without colour the terminal is not asked (no escape sequences at all).
    let dark = look
        .theme
        .terminal_is_dark(|| !colored || render::background::terminal_is_dark());
    let figure = render::Figure {
        prepared: &prepared,
        variant,
        footnote: footnote.as_deref(),
    };
    if let Some(display) = render::pixels::detect(look.pixels.choice(), stdout_is_tty) {
        return show_pixels(figure, display, (cols, rows), dark);
    }
    let theme = render::background::terminal_theme(dark);
    let area = Rect::new(0, 0, cols.min(1000) as u16, rows.min(1000) as u16);
    let mut buf = Buffer::empty(area);
    let started = std::time::Instant::now();
    render::draw_cells(figure, &mut buf, area, look.mode, depth, &theme);
    timing("draw", started.elapsed());
    let text = render::buffer_to_text(&buf, colored);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    Ok(())
}

/// The chart as an image over `cols` x `rows` cells, its text the size of
/// the terminal's (a label about three quarters of a cell high), then a
/// newline so the prompt comes below it.
fn show_pixels(
    figure: render::Figure<Prepared>,
    display: render::pixels::Display,
    (cols, rows): (u32, u32),
    dark: bool,
) -> Result<()> {
    let started = std::time::Instant::now();
    let mut seq = render::pixels::picture(figure, display, (cols, rows), dark)?;
    timing("draw", started.elapsed());
    seq.push(b'\n');
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(&seq);
    let _ = stdout.flush();
    Ok(())
}

/// A chart's input: its built-in sample, or the user's `--data` bound to
/// the chart's roles (with a footnote saying what was drawn and dropped).
pub fn prepare(chart: &Chart, variant: usize, data: &DataArgs) -> Result<(Prepared, Option<String>)> {
    let roles = data.roles();
    let params = crate::prepare::parse_params(chart, &data.params)?;
    let request = Request {
        chart,
        variant,
        data: data.data.as_deref().map_or(Data::Sample, Data::File),
        roles: &roles,
        log_x: data.log_x,
        log_y: data.log_y,
        params: &params,
    };
    let ready = crate::prepare::prepare(&request)?;
    for note in &ready.notes {
        eprintln!("rgg: note: {}", sanitize(note));
    }
    if data.data.is_some() {
        timing("load", ready.load_time);
        timing("prepare", ready.prepare_time);
    }
    Ok((ready.prepared, ready.footnote))
}

/// With `RGG_TIMINGS` set, says on stderr how long a phase took.
pub fn timing(phase: &str, took: std::time::Duration) {
    if std::env::var_os("RGG_TIMINGS").is_some() {
        eprintln!("rgg: timing: {phase} {:.1} ms", took.as_secs_f64() * 1000.0);
    }
}

/// The terminal's width (and a height in proportion) or 100x30 when piped.
fn default_show_size(stdout_is_tty: bool) -> (u32, u32) {
    if stdout_is_tty {
        if let Ok((w, h)) = ratatui::crossterm::terminal::size() {
            let cols = u32::from(w).max(20);
            let rows = (cols * 3 / 10).clamp(12, u32::from(h).saturating_sub(1).max(12));
            return (cols, rows);
        }
    }
    (100, 30)
}

/// Where `rgg export` writes.
struct Target<'a> {
    output: Option<&'a Path>,
    out_dir: &'a Path,
}

/// How `rgg export` draws each chart: an image of `size` pixels, or a
/// screenshot of a terminal of `cells` showing what `rgg show` prints.
#[derive(Clone, Copy, Debug)]
pub enum Render {
    Image {
        format: export::Format,
        size: (u32, u32),
        paper: export::Paper,
    },
    Terminal {
        cells: (u32, u32),
        mode: CellMode,
        screen: screenshot::Screen,
    },
}

impl Render {
    fn format(self) -> export::Format {
        match self {
            Render::Image { format, .. } => format,
            Render::Terminal { .. } => export::Format::Png,
        }
    }

    fn bytes(self, figure: render::Figure<Prepared>) -> Result<Vec<u8>> {
        match self {
            Render::Image { format, size, paper } => export::render_on(figure, format, size, paper),
            Render::Terminal { cells, mode, screen } => screenshot::render(figure, cells, mode, &screen),
        }
    }
}

/// The image format: `--format`, else from the -o extension, else PNG.
fn image_format(output: Option<&Path>, format: Option<export::Format>) -> export::Format {
    format.unwrap_or_else(|| match output.and_then(|p| p.extension()).and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("svg") => export::Format::Svg,
        _ => export::Format::Png,
    })
}

/// `--terminal`: a screenshot of `size` cells (100x30 by default), always PNG.
fn terminal_render(
    output: Option<&Path>,
    size: Option<(u32, u32)>,
    mode: CellMode,
    theme: ThemeChoice,
) -> Result<Render> {
    if image_format(output, None) == export::Format::Svg {
        bail!("--terminal writes PNG screenshots; name the output file .png");
    }
    let cells = size.unwrap_or((100, 30));
    screenshot::check_cells(cells)?;
    Ok(Render::Terminal {
        cells,
        mode,
        // A screenshot is of a dark terminal unless asked otherwise.
        screen: if theme.terminal_is_dark(|| true) {
            screenshot::Screen::dark()
        } else {
            screenshot::Screen::light()
        },
    })
}

fn export(
    charts: &[&'static Chart],
    target: &Target,
    how: Render,
    variant: Option<&str>,
    data: &DataArgs,
) -> Result<()> {
    if target.output.is_some() && charts.len() > 1 {
        bail!(
            "-o names one file, but {} charts were given; use --out-dir for several",
            charts.len()
        );
    }
    let format = how.format();
    if target.output.is_none() {
        std::fs::create_dir_all(target.out_dir)
            .with_context(|| format!("cannot create the folder {}", shown(target.out_dir)))?;
    }
    let jobs = charts
        .iter()
        .map(|chart| {
            let variant = variant_index(chart, variant)?;
            let path = match target.output {
                Some(p) => p.to_path_buf(),
                None => target
                    .out_dir
                    .join(export::default_file_name(chart.id, chart.variants, variant, format)),
            };
            Ok(Job { chart, variant, path })
        })
        .collect::<Result<Vec<_>>>()?;
    run_jobs(&jobs, how, data, true)
}

/// One file `rgg export` writes.
pub struct Job {
    pub chart: &'static Chart,
    pub variant: usize,
    pub path: PathBuf,
}

/// Every chart's sample (first variant) into `dir` as `<id>.<ext>`: what
/// `rgg export --all` does, for the benchmarks.
pub fn export_charts(charts: &[&'static Chart], dir: &Path, size: (u32, u32), format: export::Format) -> Result<()> {
    let jobs: Vec<Job> = charts
        .iter()
        .map(|chart| Job {
            chart,
            variant: 0,
            path: dir.join(export::default_file_name(chart.id, chart.variants, 0, format)),
        })
        .collect();
    let how = Render::Image {
        format,
        size,
        paper: export::Paper::White,
    };
    run_jobs(&jobs, how, &DataArgs::default(), false)
}

/// Renders and writes the jobs in parallel (one chart per core), with a
/// progress bar on a terminal or one line per file otherwise. A failed
/// chart writes nothing; the others are still written, then the error says
/// which failed.
fn run_jobs(jobs: &[Job], how: Render, data: &DataArgs, report: bool) -> Result<()> {
    use rayon::prelude::*;
    let progress = Progress::new(jobs.len(), report);
    let failures: Vec<String> = jobs
        .par_iter()
        .filter_map(|job| {
            let result = prepare(job.chart, job.variant, data).and_then(|(prepared, footnote)| {
                let figure = render::Figure {
                    prepared: &prepared,
                    variant: job.variant,
                    footnote: footnote.as_deref(),
                };
                let bytes = how
                    .bytes(figure)
                    .with_context(|| format!("exporting {}", job.chart.id))?;
                export::write_atomically(&job.path, &bytes)
            });
            progress.done(&job.path, result.is_ok());
            result.err().map(|e| format!("{}: {e:#}", job.chart.id))
        })
        .collect();
    progress.finish();
    match failures.as_slice() {
        [] => Ok(()),
        [one] if jobs.len() == 1 => bail!("{}", one.split_once(": ").map_or(one.as_str(), |(_, e)| e)),
        many => bail!(
            "{} of {} charts failed:\n  {}",
            many.len(),
            jobs.len(),
            many.join("\n  ")
        ),
    }
}

/// Progress of an export: a bar when stderr is a terminal, else a line
/// per file ("[3/41] out/scatter.png").
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
    count: std::sync::atomic::AtomicUsize,
    report: bool,
}

impl Progress {
    fn new(total: usize, report: bool) -> Self {
        let bar = (report && total > 1 && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            total,
            count: std::sync::atomic::AtomicUsize::new(0),
            report,
        }
    }

    fn done(&self, path: &Path, ok: bool) {
        let n = self.count.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        match &self.bar {
            Some(bar) => {
                bar.set_message(shown(path));
                bar.inc(1);
            }
            None if self.report && ok => {
                if self.total > 1 {
                    eprintln!("[{n}/{}] {}", self.total, shown(path));
                } else {
                    eprintln!("wrote {}", shown(path));
                }
            }
            None => {}
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
            eprintln!("wrote {} files", self.count.load(std::sync::atomic::Ordering::Relaxed));
        }
    }
}

/// All charts on one sheet (first variants), for the README.
fn write_contact_sheet(charts: &[&'static Chart], out_dir: &Path, paper: export::Paper) -> Result<()> {
    let prepared: Vec<_> = charts
        .iter()
        .map(|c| crate::prepare::prepare(&Request::sample(c, 0)).map(|r| r.prepared))
        .collect::<Result<_>>()?;
    let cells: Vec<_> = prepared.iter().map(|p| render::Figure::new(p, 0)).collect();
    let bytes = export::contact_sheet(&cells, 4, (600, 400), paper)?;
    let path = out_dir.join("contact-sheet.png");
    export::write_atomically(&path, &bytes)?;
    eprintln!("wrote {}", shown(&path));
    Ok(())
}

/// Every chart's terminal screenshot (first variants) on one sheet, four
/// across, shrunk to about 500 pixels wide each, for the README.
fn write_terminal_contact_sheet(
    charts: &[&'static Chart],
    out_dir: &Path,
    cells: (u32, u32),
    mode: CellMode,
    screen: &screenshot::Screen,
) -> Result<()> {
    use rayon::prelude::*;
    let shots: Vec<(&str, screenshot::Image)> = charts
        .par_iter()
        .map(|chart| {
            let prepared = crate::prepare::prepare(&Request::sample(chart, 0))?.prepared;
            let image = screenshot::shoot(render::Figure::new(&prepared, 0), cells, mode, screen)?;
            Ok((chart.id, image))
        })
        .collect::<Result<_>>()?;
    let shrink = (cells.0 * screen.cell.0).div_ceil(500).max(1);
    let bytes = screenshot::contact_sheet(&shots, 4, shrink, screen)?;
    let path = out_dir.join("contact-sheet.png");
    export::write_atomically(&path, &bytes)?;
    eprintln!("wrote {}", shown(&path));
    Ok(())
}
