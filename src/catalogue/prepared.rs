//! `Prepared`: the input of any chart, ready to draw, with the one `draw`
//! that dispatches to the chart's module in the gallery. Made from the
//! registry (`with_registry!` in `catalogue/mod.rs`).

use crate::render::Draw;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use rgg_gallery::theme::Theme;

/// Generates `Prepared`, one variant per registered chart holding its
/// gallery module's `Input`, and its `draw` that calls the module's `draw`
/// with the chosen variant.
macro_rules! prepared {
    ($($family:ident $folder:ident { $($module:ident $variant:ident $id:literal,)* })*) => {
        /// A chart's input, ready to draw.
        pub enum Prepared {
            $($(
                #[doc = concat!("The input of `", $id, "`.")]
                $variant(rgg_gallery::$folder::$module::Input),
            )*)*
        }

        impl Draw for Prepared {
            fn draw<DB: DrawingBackend>(
                &self,
                area: &DrawingArea<DB, Shift>,
                variant: usize,
                theme: &Theme,
            ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
                match self {
                    $($(Prepared::$variant(input) => {
                        use rgg_gallery::$folder::$module as chart;
                        let all = &chart::Variant::ALL;
                        let v = all.get(variant).copied().unwrap_or(all[0]);
                        chart::draw(area, input, v, theme)
                    })*)*
                }
            }
        }
    };
}

with_registry!(prepared);
