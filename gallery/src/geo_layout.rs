//! A map's frame: title and note, and the legend beside or above the map.

use crate::axes::{self, DrawResult};
use crate::geo_fit::Rect;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Where a map's legend goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// A column at the right of the map.
    Right,
    /// A row above the map, under the title.
    Top,
}

/// Chooses the legend's side: whichever leaves the map (of width/height
/// `aspect`) bigger in `space`, given the legend needs `right_w` pixels
/// beside the map or `top_h` pixels above it. Returns the side and the
/// rectangle left for the map.
pub fn split_legend(space: Rect, aspect: f64, right_w: i32, top_h: i32) -> (Side, Rect) {
    let aspect = if aspect.is_finite() && aspect > 0.0 {
        aspect
    } else {
        1.0
    };
    let beside = Rect {
        w: (space.w - right_w).max(0),
        ..space
    };
    let above = Rect {
        y: space.y + top_h,
        h: (space.h - top_h).max(0),
        ..space
    };
    let height_of = |r: Rect| (f64::from(r.w) / aspect).min(f64::from(r.h));
    if height_of(beside) >= height_of(above) {
        (Side::Right, beside)
    } else {
        (Side::Top, above)
    }
}

/// Draws the title and, under it, a muted note line (when there is one);
/// returns the space left below them, inside the margins.
pub fn draw_header<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title: &str,
    note: &str,
) -> DrawResult<Rect, DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let mut top = axes::draw_title(area, theme, title)?;
    if !note.is_empty() {
        let style = theme.muted_style();
        let (_, line_h) = axes::text_size(area, "Ag", &style)?;
        let text = axes::fit_text(area, note, &style, w - 2 * m)?;
        area.draw(&Text::new(text, (m, top), style.pos(Pos::new(HPos::Left, VPos::Top))))?;
        top += line_h + theme.gap;
    }
    // In a terminal, start what follows on a whole text row.
    let top = axes::snap_up(top, axes::cell_size(area, theme)?.map(|c| c.1));
    Ok(Rect {
        x: m,
        y: top,
        w: (w - 2 * m).max(0),
        h: (h - top - m).max(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_goes_where_the_map_leaves_room() {
        let space = Rect {
            x: 0,
            y: 0,
            w: 600,
            h: 300,
        };
        // A wide map is limited by the width: put the legend above.
        assert_eq!(split_legend(space, 3.0, 100, 40).0, Side::Top);
        // A tall map is limited by the height: put it beside.
        assert_eq!(split_legend(space, 1.0, 100, 40).0, Side::Right);
        let (_, map) = split_legend(space, 1.0, 100, 40);
        assert_eq!(
            map,
            Rect {
                x: 0,
                y: 0,
                w: 500,
                h: 300
            }
        );
    }
}
