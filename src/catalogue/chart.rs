//! `Chart`: one chart type of the gallery (its id, family, source, variants,
//! roles, sample and prepare function), its `Family`, and its `Sample`.

use super::docs::Docs;
use super::params::ParamSpec;
use super::prepared::Prepared;
use crate::data::binding::RoleSpec;
use crate::data::embedded;
use crate::data::{Binding, Role, Table};
use anyhow::{Context, Result};
use std::borrow::Cow;

/// The chart families of data-to-viz, in catalogue order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    Distribution,
    Correlation,
    Ranking,
    PartOfAWhole,
    Evolution,
    Map,
    Flow,
    Statistics,
}

impl Family {
    pub const ALL: [Family; 8] = [
        Family::Distribution,
        Family::Correlation,
        Family::Ranking,
        Family::PartOfAWhole,
        Family::Evolution,
        Family::Map,
        Family::Flow,
        Family::Statistics,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Family::Distribution => "Distribution",
            Family::Correlation => "Correlation",
            Family::Ranking => "Ranking",
            Family::PartOfAWhole => "Part of a whole",
            Family::Evolution => "Evolution",
            Family::Map => "Map",
            Family::Flow => "Flow",
            Family::Statistics => "Statistics and ML",
        }
    }
}

/// The built-in data a chart shows: an embedded dataset, optionally a
/// subset of its rows, and the default role mapping.
#[derive(Debug)]
pub struct Sample {
    pub dataset: &'static str,
    pub title: &'static str,
    /// Keep only rows whose column (as text) is one of these values.
    pub filter: Option<(&'static str, &'static [&'static str])>,
    pub roles: &'static [(Role, &'static str)],
    /// Axis titles with units, where the column name is not one.
    pub labels: &'static [(Role, &'static str)],
}

impl Sample {
    pub fn binding(&self) -> Binding {
        let b = self
            .roles
            .iter()
            .fold(Binding::new(self.title), |b, (r, c)| b.with(*r, c));
        self.labels.iter().fold(b, |b, (r, l)| b.label_as(*r, *l))
    }

    pub fn table(&self) -> Result<Table> {
        let dataset = embedded::find(self.dataset).with_context(|| format!("no embedded dataset {}", self.dataset))?;
        let table = crate::data::sample::load(dataset)?;
        match self.filter {
            Some((column, values)) => table.filter_in(column, values),
            None => Ok(table),
        }
    }
}

/// What a chart's catalogue file (`src/catalogue/<family>/<chart>.rs`)
/// declares beside its `prepare` function; the registry adds the rest.
pub struct Entry {
    pub roles: &'static [RoleSpec],
    pub sample: Sample,
    /// Variants that show their point better with other data, by variant
    /// name (e.g. a percent-stacked barplot needs groups).
    pub variant_samples: &'static [(&'static str, Sample)],
    /// Tunable parameters (`--param`, the TUI's `p`), applied by `prepare`.
    pub params: &'static [ParamSpec],
}

/// One chart type of the gallery, made by the registry (`catalogue/mod.rs`)
/// from its gallery module and its catalogue file.
pub struct Chart {
    /// kebab-case id used on the command line.
    pub id: &'static str,
    pub family: Family,
    /// The chart module's source, as a user would copy it.
    pub source: &'static str,
    /// Where that source lives in the repository.
    pub source_path: &'static str,
    pub variants: &'static [&'static str],
    pub roles: &'static [RoleSpec],
    pub sample: Sample,
    /// Variants that show their point better with other data, by variant
    /// name (e.g. a percent-stacked barplot needs groups).
    pub variant_samples: &'static [(&'static str, Sample)],
    pub params: &'static [ParamSpec],
    /// Turns a table and a binding into the chart's input. An owned table
    /// may give up its columns (see [`Binding::take_numbers`]); a shared
    /// one is only read.
    pub prepare: fn(&mut Cow<Table>, &Binding) -> Result<Prepared>,
}

impl Chart {
    pub fn docs(&self) -> Docs {
        Docs::parse(self.source)
    }

    /// The built-in sample a variant shows.
    pub fn sample_for(&self, variant: usize) -> &Sample {
        let name = self.variants.get(variant).copied().unwrap_or_default();
        self.variant_samples
            .iter()
            .find(|(v, _)| *v == name)
            .map_or(&self.sample, |(_, s)| s)
    }

    /// The chart's input for the built-in sample of a variant, its binding
    /// first changed by `adjust` (log axes, parameters).
    pub fn prepare_sample_with(&self, variant: usize, adjust: impl FnOnce(Binding) -> Binding) -> Result<Prepared> {
        let sample = self.sample_for(variant);
        (self.prepare)(&mut Cow::Owned(sample.table()?), &adjust(sample.binding()))
    }

    /// The chart's input for the built-in sample of a variant, as it is.
    pub fn prepare_sample(&self, variant: usize) -> Result<Prepared> {
        self.prepare_sample_with(variant, |b| b)
    }

    /// Index of a variant by name.
    pub fn variant_index(&self, name: &str) -> Option<usize> {
        self.variants.iter().position(|v| *v == name)
    }
}
