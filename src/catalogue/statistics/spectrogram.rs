//! The spectrogram chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::statistics::spectrogram;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Y, NUMBER, "the measurements, evenly spaced in time"),
        RoleSpec::optional(Role::X, NUMBER, "their time (e.g. year): sets the start and the sampling rate"),
    ],
    sample: Sample {
        dataset: "sunspots.csv",
        title: "The sunspot cycle, 1700-2008: power by frequency over time",
        filter: None,
        roles: &[(Role::X, "year"), (Role::Y, "sunspots")],
        labels: &[(Role::X, "Year")],
    },
    variant_samples: &[(
        "periodogram",
        Sample {
            dataset: "sunspots.csv",
            title: "The sunspot cycle, 1700-2008: the power spectrum",
            filter: None,
            roles: &[(Role::X, "year"), (Role::Y, "sunspots")],
            labels: &[(Role::X, "Year")],
        },
    )],
    params: &[ParamSpec::count(
        "window",
        8,
        1024,
        "samples per window, rounded up to a power of two: longer resolves frequency, shorter time (auto: about a fifth of the series)",
    )],
};

/// The unit of time an axis title names: "Year" is "year".
pub(crate) fn time_unit(title: &str) -> String {
    let lower = title.to_ascii_lowercase();
    for unit in ["year", "month", "week", "day", "hour", "minute", "second"] {
        if lower.contains(unit) {
            return unit.to_string();
        }
    }
    String::from("time unit")
}

/// The start and the samples per unit of time of sorted times: the first
/// time and one over the median step (1 and 1 without times).
pub(crate) fn timing(times: &[f64]) -> (f64, f64) {
    let mut steps: Vec<f64> = times.windows(2).map(|w| w[1] - w[0]).filter(|d| d.is_finite() && *d > 0.0).collect();
    steps.sort_by(f64::total_cmp);
    let start = times.first().copied().filter(|t| t.is_finite()).unwrap_or(0.0);
    match steps.get(steps.len() / 2) {
        Some(step) => (start, 1.0 / step),
        None => (start, 1.0),
    }
}

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<spectrogram::Input> {
    let values = b.numbers(table, Role::Y)?;
    let (values, start, rate, note) = match b.column_name(Role::X) {
        Some(_) => {
            let times = b.numbers(table, Role::X)?;
            let mut rows: Vec<(f64, f64)> = times.into_iter().zip(values).filter(|(t, _)| t.is_finite()).collect();
            let dropped = b.numbers(table, Role::Y)?.len() - rows.len();
            rows.sort_by(|a, b| a.0.total_cmp(&b.0));
            let times: Vec<f64> = rows.iter().map(|r| r.0).collect();
            let (start, rate) = timing(&times);
            let note = if dropped > 0 {
                format!("{dropped} rows without a time left out")
            } else {
                String::new()
            };
            (rows.into_iter().map(|r| r.1).collect(), start, rate, note)
        }
        None => (values, 0.0, 1.0, String::new()),
    };
    let time_title = b.label(Role::X);
    Ok(spectrogram::Input {
        title: b.title.clone(),
        values,
        start,
        sample_rate: rate,
        time_unit: time_unit(&time_title),
        time_title: if time_title.is_empty() { String::from("Time") } else { time_title },
        window: b.param("window").map_or(0, |w| w as usize),
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn time_comes_from_the_time_column() {
        assert_eq!(timing(&[1700.0, 1701.0, 1702.0, 1704.0]), (1700.0, 1.0));
        assert_eq!(timing(&[0.0, 0.5, 1.0]), (0.0, 2.0));
        assert_eq!(timing(&[]), (0.0, 1.0));
        assert_eq!(time_unit("Year"), "year");
        assert_eq!(time_unit("t"), "time unit");
    }

    #[test]
    fn the_terminal_names_the_cycle() {
        let text = screen(chart("spectrogram"), 1, (80, 24)).join("\n");
        assert!(text.contains("-year cycle"), "{text}");
        let text = screen(chart("spectrogram"), 0, (80, 24)).join("\n");
        assert!(text.contains("cycles per year"), "{text}");
    }
}
