//! The registry: one line per chart type. From that line come the chart's
//! family, id, source text and path, variant names (its module's
//! `Variant::ALL`), the `Prepared` variant that holds its input, and its
//! catalogue file `<family>/<chart>.rs` (roles, sample, `prepare`).
//! Docs are parsed from the chart module's own `//!` header.

/// Every chart, one line each, in catalogue order: the gallery module (and
/// catalogue file) name, the `Prepared` variant that holds its input, and
/// the id used on the command line. The family's folder names both the
/// gallery folder (`gallery/src/<folder>/`) and this one. Calls `$then!`
/// with the table, so that each part of the app that needs every chart
/// (modules, `Prepared`, `CHARTS`) is made from this one list.
macro_rules! with_registry {
    ($then:ident) => {
        $then! {
            Distribution distribution {
                histogram Histogram "histogram",
                density   Density   "density",
                violin    Violin    "violin",
                boxplot   Boxplot   "boxplot",
                ridgeline Ridgeline "ridgeline",
                beeswarm  Beeswarm  "beeswarm",
                ecdf      Ecdf      "ecdf",
                qq_plot   QqPlot    "qq-plot",
                raincloud Raincloud "raincloud",
                strip     Strip     "strip",
            }
            Correlation correlation {
                scatter           Scatter          "scatter",
                bubble            Bubble           "bubble",
                heatmap           Heatmap          "heatmap",
                correlogram       Correlogram      "correlogram",
                connected_scatter ConnectedScatter "connected-scatter",
                density_2d        Density2d        "density-2d",
                vector_field      VectorField      "vector-field",
            }
            Ranking ranking {
                barplot              Barplot             "barplot",
                lollipop             Lollipop            "lollipop",
                radar                Radar               "radar",
                parallel_coordinates ParallelCoordinates "parallel-coordinates",
                circular_barplot     CircularBarplot     "circular-barplot",
                wordcloud            Wordcloud           "wordcloud",
                bump                 Bump                "bump",
                slope                Slope               "slope",
            }
            PartOfAWhole part_of_a_whole {
                pie              Pie             "pie",
                donut            Donut           "donut",
                treemap          Treemap         "treemap",
                waffle           Waffle          "waffle",
                venn             Venn            "venn",
                dendrogram       Dendrogram      "dendrogram",
                circular_packing CircularPacking "circular-packing",
                sunburst         Sunburst        "sunburst",
                mosaic           Mosaic          "mosaic",
            }
            Evolution evolution {
                line         Line        "line",
                area         Area        "area",
                stacked_area StackedArea "stacked-area",
                streamgraph  Streamgraph "streamgraph",
                time_series  TimeSeries  "time-series",
                candlestick  Candlestick "candlestick",
                step         Step        "step",
                waterfall    Waterfall   "waterfall",
                timeline     Timeline    "timeline",
                small_multiples SmallMultiples "small-multiples",
            }
            Map map {
                background_map BackgroundMap "background-map",
                choropleth     Choropleth    "choropleth",
                bubble_map     BubbleMap     "bubble-map",
                connection_map ConnectionMap "connection-map",
                hexbin_map     HexbinMap     "hexbin-map",
                cartogram      Cartogram     "cartogram",
            }
            Flow flow {
                network       Network      "network",
                chord         Chord        "chord",
                sankey        Sankey       "sankey",
                arc_diagram   ArcDiagram   "arc-diagram",
                edge_bundling EdgeBundling "edge-bundling",
            }
            Statistics statistics {
                roc              Roc             "roc",
                confusion_matrix ConfusionMatrix "confusion-matrix",
                forest_plot      ForestPlot      "forest-plot",
                volcano          Volcano         "volcano",
                manhattan        Manhattan       "manhattan",
                spectrogram      Spectrogram     "spectrogram",
            }
        }
    };
}

/// Declares each family's folder of catalogue files.
macro_rules! declare_modules {
    ($($family:ident $folder:ident { $($module:ident $variant:ident $id:literal,)* })*) => {
        $(mod $folder { $(pub mod $module;)* })*
    };
}

/// The table of every chart: each `Chart` put together from its registry
/// line, its gallery module and its catalogue file.
macro_rules! chart_table {
    ($($family:ident $folder:ident { $($module:ident $variant:ident $id:literal,)* })*) => {
        /// Every chart, in catalogue order.
        static CHARTS: &[Chart] = &[$($(Chart {
            id: $id,
            family: Family::$family,
            source: include_str!(concat!("../../gallery/src/", stringify!($folder), "/", stringify!($module), ".rs")),
            source_path: concat!("gallery/src/", stringify!($folder), "/", stringify!($module), ".rs"),
            variants: {
                use rgg_gallery::$folder::$module::Variant;
                const N: usize = Variant::ALL.len();
                const NAMES: [&str; N] = {
                    let mut names = [""; N];
                    let mut i = 0;
                    while i < N {
                        names[i] = Variant::ALL[i].name();
                        i += 1;
                    }
                    names
                };
                &NAMES
            },
            roles: $folder::$module::ENTRY.roles,
            sample: $folder::$module::ENTRY.sample,
            variant_samples: $folder::$module::ENTRY.variant_samples,
            params: $folder::$module::ENTRY.params,
            prepare: |table, binding| $folder::$module::prepare(table, binding).map(Prepared::$variant),
        },)*)*];
    };
}

mod chart;
mod columns;
mod docs;
pub mod params;
mod prepared;
pub mod readme;

with_registry!(declare_modules);
with_registry!(chart_table);

pub use chart::{Chart, Entry, Family, Sample};
pub use docs::Docs;
pub use prepared::Prepared;

use anyhow::Result;

/// Every chart, in catalogue order (family, then as listed).
pub fn all() -> Vec<&'static Chart> {
    CHARTS.iter().collect()
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

/// A registered chart, for tests.
#[cfg(test)]
pub(crate) fn chart(id: &str) -> &'static Chart {
    find(id).unwrap_or_else(|| panic!("{id} is not registered"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_prepares() {
        for chart in all() {
            for v in 0..chart.variants.len() {
                assert!(chart.prepare_sample(v).is_ok(), "{} {v}", chart.id);
            }
        }
    }
}
