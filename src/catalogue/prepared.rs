//! `Prepared`: the input of any chart, ready to draw, with the one `draw`
//! that dispatches to the chart's module in the gallery.

use crate::render::Draw;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use rgg_gallery::theme::Theme;

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

impl Draw for Prepared {
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        variant: usize,
        theme: &Theme,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        Prepared::draw(self, area, variant, theme)
    }
}
