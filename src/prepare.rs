//! One path from a chart and its data to an input ready to draw: the
//! built-in sample, a CSV file, or a file already loaded, bound to the
//! chart's roles (given or picked), with the options that change the
//! input (log axes). `rgg show`, `rgg export`, `rgg suggest` and the TUI
//! all prepare charts here, so they agree on what a chart draws.

use crate::catalogue::{Chart, Prepared};
use crate::data::user::{self, Bound, LoadedFile};
use crate::data::{Binding, RoleColumns};
use crate::text::sanitize;
use anyhow::{bail, Context, Result};
use std::borrow::Cow;
use std::path::Path;
use std::time::{Duration, Instant};

/// Where a chart's data comes from.
#[derive(Clone, Copy)]
pub enum Data<'a> {
    /// The chart's built-in sample for the variant.
    Sample,
    /// A CSV file ("-": standard input), read for the columns the chart's
    /// roles use.
    File(&'a str),
    /// A file already loaded whole (the TUI and `rgg suggest`: one file,
    /// many charts).
    Loaded(&'a LoadedFile),
}

/// What to prepare.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    pub chart: &'a Chart,
    pub variant: usize,
    pub data: Data<'a>,
    /// Columns chosen for roles; a required role left out is picked.
    pub roles: &'a [RoleColumns],
    /// Log10 axes (`--log-x`, `--log-y`), where the chart allows them.
    pub log_x: bool,
    pub log_y: bool,
}

impl<'a> Request<'a> {
    /// The chart's sample as it is.
    pub fn sample(chart: &'a Chart, variant: usize) -> Self {
        Request {
            chart,
            variant,
            data: Data::Sample,
            roles: &[],
            log_x: false,
            log_y: false,
        }
    }
}

/// A chart's input, and what to tell the reader about it.
pub struct Ready {
    pub prepared: Prepared,
    /// For user data: the source, its rows, what was dropped.
    pub footnote: Option<String>,
    /// For stderr: which columns were picked, what was skipped.
    pub notes: Vec<String>,
    /// How long reading the file and making the input took.
    pub load_time: Duration,
    pub prepare_time: Duration,
}

/// Prepares the chart of `request`.
pub fn prepare(request: &Request) -> Result<Ready> {
    let chart = request.chart;
    check_log_axes(chart, request.log_x, request.log_y)?;
    let started = Instant::now();
    let with_logs = |mut binding: Binding| {
        binding.log_x = request.log_x;
        binding.log_y = request.log_y;
        binding
    };
    let (prepared, bound, loaded) = match request.data {
        Data::Sample => {
            if let Some(given) = request.roles.first() {
                bail!("{} names a column of your data: add --data FILE", given.role.flag());
            }
            let sample = chart.sample_for(request.variant);
            let binding = with_logs(sample.binding());
            let prepared = (chart.prepare)(&mut Cow::Owned(sample.table()?), &binding)?;
            (prepared, None, Duration::ZERO)
        }
        Data::File(path) => {
            let title = format!("{} of {}", chart.docs().title, file_label(path));
            let mut user = user::load(path, &title, chart.roles, request.roles)?;
            let loaded = started.elapsed();
            user.bound.binding = with_logs(user.bound.binding);
            // The table is ours alone: a chart may take its columns without a copy.
            let prepared = (chart.prepare)(&mut Cow::Owned(user.table), &user.bound.binding)
                .with_context(|| format!("{} cannot draw this data", chart.id))?;
            (prepared, Some(user.bound), loaded)
        }
        Data::Loaded(file) => {
            let label = file
                .path
                .as_deref()
                .map_or_else(|| file.table.source.clone(), file_label);
            let title = format!("{} of {label}", chart.docs().title);
            let mut bound = user::bind_loaded(file, &title, chart.roles, request.roles)?;
            bound.binding = with_logs(bound.binding);
            let prepared = (chart.prepare)(&mut Cow::Borrowed(&file.table), &bound.binding)
                .with_context(|| format!("{} cannot draw this data", chart.id))?;
            (prepared, Some(bound), Duration::ZERO)
        }
    };
    let (footnote, notes) = match bound {
        Some(Bound { footnote, notes, .. }) => (Some(footnote), notes),
        None => (None, Vec::new()),
    };
    Ok(Ready {
        prepared,
        footnote,
        notes,
        load_time: loaded,
        prepare_time: started.elapsed().saturating_sub(loaded),
    })
}

/// Charts whose axes can be log10: (id, x, y).
const LOG_AXES: &[(&str, bool, bool)] = &[("scatter", true, true), ("line", false, true)];

/// Refuses `--log-x` / `--log-y` where a log axis makes no sense.
fn check_log_axes(chart: &Chart, log_x: bool, log_y: bool) -> Result<()> {
    let (x, y) = LOG_AXES
        .iter()
        .find(|(id, _, _)| *id == chart.id)
        .map_or((false, false), |(_, x, y)| (*x, *y));
    for (asked, allowed, flag) in [(log_x, x, "--log-x"), (log_y, y, "--log-y")] {
        if asked && !allowed {
            let which: Vec<&str> = LOG_AXES
                .iter()
                .filter(|(_, lx, ly)| if flag == "--log-x" { *lx } else { *ly })
                .map(|(id, _, _)| *id)
                .collect();
            bail!(
                "{flag} does not fit {}: bars, areas and parts of a whole need a linear axis from zero; {flag} works with {}",
                chart.id,
                which.join(", ")
            );
        }
    }
    Ok(())
}

/// A file's name as a chart title shows it.
fn file_label(path: &str) -> String {
    if path == "-" {
        return "standard input".to_string();
    }
    let name = Path::new(path)
        .file_name()
        .map_or_else(|| path.into(), |n| n.to_string_lossy());
    sanitize(&name)
}
