//! The registry: one entry per chart type, with its family, docs (parsed
//! from the chart module's own `//!` header), data roles, sample binding and
//! source text.

mod correlation;
mod distribution;
mod docs;
mod evolution;
mod flow;
mod map;
mod part_of_a_whole;
mod ranking;

pub use docs::Docs;

use crate::data::binding::RoleSpec;
use crate::data::embedded;
use crate::data::{Binding, Role, Table};
use anyhow::{Context, Result};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use rgg_gallery::theme::Theme;
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
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::Distribution,
        Family::Correlation,
        Family::Ranking,
        Family::PartOfAWhole,
        Family::Evolution,
        Family::Map,
        Family::Flow,
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
            .fold(Binding::new(self.title), |b, (r, c)| b.with(*r, *c));
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

/// One chart type of the gallery.
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

    /// The chart's input for the built-in sample of a variant.
    pub fn prepare_sample(&self, variant: usize) -> Result<Prepared> {
        let sample = self.sample_for(variant);
        (self.prepare)(&mut Cow::Owned(sample.table()?), &sample.binding())
    }

    /// Index of a variant by name.
    pub fn variant_index(&self, name: &str) -> Option<usize> {
        self.variants.iter().position(|v| *v == name)
    }
}

/// Generates `Prepared`, the input of any chart, and its one `draw` that
/// dispatches to the chart module with the chosen variant.
macro_rules! prepared {
    ($($name:ident => $module:ident),* $(,)?) => {
        /// A chart's input, ready to draw.
        pub enum Prepared {
            $($name($module::Input)),*
        }

        impl Prepared {
            pub fn draw<DB: DrawingBackend>(
                &self,
                area: &DrawingArea<DB, Shift>,
                variant: usize,
                theme: &Theme,
            ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
                match self {
                    $(Prepared::$name(input) => {
                        let all = &$module::Variant::ALL;
                        let v = all.get(variant).copied().unwrap_or(all[0]);
                        $module::draw(area, input, v, theme)
                    })*
                }
            }

            /// The names of the chart module's variants, in order.
            pub fn variant_names(&self) -> Vec<&'static str> {
                match self {
                    $(Prepared::$name(_) => $module::Variant::ALL.iter().map(|v| v.name()).collect()),*
                }
            }
        }
    };
}

use rgg_gallery::correlation::bubble;
use rgg_gallery::correlation::connected_scatter;
use rgg_gallery::correlation::correlogram;
use rgg_gallery::correlation::density_2d;
use rgg_gallery::correlation::heatmap;
use rgg_gallery::correlation::scatter;
use rgg_gallery::distribution::beeswarm;
use rgg_gallery::distribution::boxplot;
use rgg_gallery::distribution::density;
use rgg_gallery::distribution::histogram;
use rgg_gallery::distribution::ridgeline;
use rgg_gallery::distribution::violin;
use rgg_gallery::evolution::{area, candlestick, line, stacked_area, streamgraph, time_series};
use rgg_gallery::flow::{arc_diagram, chord, edge_bundling, network, sankey};
use rgg_gallery::map::{background_map, bubble_map, choropleth, connection_map, hexbin_map};
use rgg_gallery::part_of_a_whole::circular_packing;
use rgg_gallery::part_of_a_whole::dendrogram;
use rgg_gallery::part_of_a_whole::donut;
use rgg_gallery::part_of_a_whole::pie;
use rgg_gallery::part_of_a_whole::treemap;
use rgg_gallery::part_of_a_whole::venn;
use rgg_gallery::part_of_a_whole::waffle;
use rgg_gallery::ranking::barplot;
use rgg_gallery::ranking::circular_barplot;
use rgg_gallery::ranking::lollipop;
use rgg_gallery::ranking::parallel_coordinates;
use rgg_gallery::ranking::radar;
use rgg_gallery::ranking::wordcloud;

prepared! {
    Histogram => histogram,
    Density => density,
    Ridgeline => ridgeline,
    Beeswarm => beeswarm,
    Donut => donut,
    Pie => pie,
    Treemap => treemap,
    Waffle => waffle,
    Venn => venn,
    Dendrogram => dendrogram,
    CircularPacking => circular_packing,
    Line => line,
    StackedArea => stacked_area,
    Area => area,
    Streamgraph => streamgraph,
    TimeSeries => time_series,
    Candlestick => candlestick,
    Bubble => bubble,
    Heatmap => heatmap,
    Correlogram => correlogram,
    ConnectedScatter => connected_scatter,
    Density2d => density_2d,
    Barplot => barplot,
    Lollipop => lollipop,
    Radar => radar,
    ParallelCoordinates => parallel_coordinates,
    CircularBarplot => circular_barplot,
    Wordcloud => wordcloud,
    Boxplot => boxplot,
    Violin => violin,
    Scatter => scatter,
    BackgroundMap => background_map,
    Choropleth => choropleth,
    BubbleMap => bubble_map,
    ConnectionMap => connection_map,
    HexbinMap => hexbin_map,
    Network => network,
    ArcDiagram => arc_diagram,
    Chord => chord,
    Sankey => sankey,
    EdgeBundling => edge_bundling,
}

/// Every chart, in catalogue order (family, then as listed).
pub fn all() -> Vec<&'static Chart> {
    let mut charts: Vec<&'static Chart> = [
        distribution::CHARTS,
        correlation::CHARTS,
        ranking::CHARTS,
        part_of_a_whole::CHARTS,
        evolution::CHARTS,
        map::CHARTS,
        flow::CHARTS,
    ]
    .concat();
    charts.sort_by_key(|c| c.family);
    charts
}

pub fn find(id: &str) -> Option<&'static Chart> {
    all().into_iter().find(|c| c.id == id)
}

/// Chart ids close to a mistyped one, closest first.
pub fn closest(id: &str) -> Vec<&'static str> {
    let mut scored: Vec<(f64, &'static str)> = all()
        .iter()
        .map(|c| {
            let prefix = c.id.starts_with(id) || id.starts_with(c.id);
            let score = strsim::jaro_winkler(id, c.id) + if prefix { 0.5 } else { 0.0 };
            (score, c.id)
        })
        .filter(|(s, _)| *s > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// A chart by id, or an error that suggests the closest ids.
pub fn lookup(id: &str) -> Result<&'static Chart> {
    if let Some(c) = find(id) {
        return Ok(c);
    }
    let near = closest(id);
    let shown = crate::text::sanitize(id);
    if near.is_empty() {
        anyhow::bail!("unknown chart {shown:?}; `rgg list` shows them all");
    }
    anyhow::bail!("unknown chart {shown:?}; did you mean {}?", near.join(", "))
}

/// The sample of `chart` in its `variant`, drawn into a `w` x `h`
/// terminal (braille, true colour, dark), as lines of text: what the
/// family modules' tests read.
#[cfg(test)]
pub(crate) fn screen(chart: &Chart, variant: usize, (w, h): (u16, u16)) -> Vec<String> {
    let prepared = chart.prepare_sample(variant).expect("sample");
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    crate::render::draw_cells(
        crate::render::Figure::new(&prepared, variant),
        &mut buf,
        area,
        crate::render::cell::CellMode::Braille,
        crate::render::cell::ColorDepth::TrueColor,
        &rgg_gallery::theme::Theme::terminal(),
    );
    crate::render::buffer_to_text(&buf, false)
        .lines()
        .map(str::to_string)
        .collect()
}

/// How many names a terminal screen's footnote ("14 of 32 names left out:
/// ...", its last non-empty line) says were left out; 0 without one.
#[cfg(test)]
pub(crate) fn names_left_out(lines: &[String]) -> usize {
    let foot = lines
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map_or("", String::as_str);
    if !foot.contains("names left out") {
        return 0;
    }
    foot.split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or(usize::MAX)
}
