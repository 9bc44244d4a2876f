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
    /// Log10 axes (`--log-x`, `--log-y`), where the chart allows them:
    /// the same as its `log-x` and `log-y` parameters.
    pub log_x: bool,
    pub log_y: bool,
    /// The chart's parameters set (see [`parse_params`]); the rest `auto`.
    pub params: &'a [(&'static str, f64)],
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
            params: &[],
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
    /// For user data: the columns bound to each role, given or picked.
    pub roles: Vec<RoleColumns>,
    /// How long reading the file and making the input took.
    pub load_time: Duration,
    pub prepare_time: Duration,
}

/// Prepares the chart of `request`.
pub fn prepare(request: &Request) -> Result<Ready> {
    let chart = request.chart;
    check_log_axes(chart, request.log_x, request.log_y)?;
    // `--log-x` is the `log-x` switch by another name: one place holds both.
    let mut params = request.params.to_vec();
    for (flag, name) in [(request.log_x, "log-x"), (request.log_y, "log-y")] {
        if flag && !params.iter().any(|(n, _)| *n == name) {
            params.push((name, 1.0));
        }
    }
    let started = Instant::now();
    let with_params = |mut binding: Binding| {
        binding.params.clone_from(&params);
        binding
    };
    let (prepared, bound, loaded) = match request.data {
        Data::Sample => {
            if let Some(given) = request.roles.first() {
                bail!("{} names a column of your data: add --data FILE", given.role.flag());
            }
            let prepared = chart.prepare_sample_with(request.variant, with_params)?;
            (prepared, None, Duration::ZERO)
        }
        Data::File(path) => {
            let title = format!("{} of {}", chart.docs().title, file_label(path));
            let mut user = user::load(path, &title, chart.roles, request.roles)?;
            let loaded = started.elapsed();
            user.bound.binding = with_params(user.bound.binding);
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
            bound.binding = with_params(bound.binding);
            let prepared = (chart.prepare)(&mut Cow::Borrowed(&file.table), &bound.binding)
                .with_context(|| format!("{} cannot draw this data", chart.id))?;
            (prepared, Some(bound), Duration::ZERO)
        }
    };
    let (footnote, notes, roles) = match bound {
        Some(Bound {
            footnote,
            notes,
            binding,
        }) => (Some(footnote), notes, binding.chosen().to_vec()),
        None => (None, Vec::new(), Vec::new()),
    };
    Ok(Ready {
        prepared,
        footnote,
        notes,
        roles,
        load_time: loaded,
        prepare_time: started.elapsed().saturating_sub(loaded),
    })
}

/// Refuses `--log-x` / `--log-y` where a log axis makes no sense: only
/// charts with a `log-x` (`log-y`) parameter take one.
fn check_log_axes(chart: &Chart, log_x: bool, log_y: bool) -> Result<()> {
    for (asked, name) in [(log_x, "log-x"), (log_y, "log-y")] {
        if asked && !chart.params.iter().any(|p| p.name == name) {
            let which: Vec<&str> = crate::catalogue::all()
                .into_iter()
                .filter(|c| c.params.iter().any(|p| p.name == name))
                .map(|c| c.id)
                .collect();
            bail!(
                "--{name} does not fit {}: its axes stay linear (a bar, an area or a part of a whole is a length from zero); --{name} works with {}",
                chart.id,
                which.join(", ")
            );
        }
    }
    Ok(())
}

/// Reads `--param NAME=VALUE` settings for `chart`: each name one of its
/// parameters, each value in its range; `auto` (or `off`) leaves it out.
pub fn parse_params(chart: &Chart, settings: &[String]) -> Result<Vec<(&'static str, f64)>> {
    let mut values: Vec<(&'static str, f64)> = Vec::new();
    for setting in settings {
        let Some((name, text)) = setting.split_once('=') else {
            bail!(
                "--param {:?}: write it as NAME=VALUE, e.g. --param bins=30",
                sanitize(setting)
            );
        };
        let Some(spec) = chart.params.iter().find(|p| p.name == name.trim()) else {
            let names: Vec<String> = chart
                .params
                .iter()
                .map(|p| format!("{} ({})", p.name, p.range()))
                .collect();
            if names.is_empty() {
                bail!("{} has no parameters (--param {:?})", chart.id, sanitize(name));
            }
            bail!(
                "{} has no parameter {:?}; its parameters are: {}",
                chart.id,
                sanitize(name),
                names.join("; ")
            );
        };
        let value = spec.parse(text).map_err(|e| anyhow::anyhow!("{}", sanitize(&e)))?;
        values.retain(|(n, _)| *n != spec.name);
        if let Some(v) = value {
            values.push((spec.name, v));
        }
    }
    Ok(values)
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
