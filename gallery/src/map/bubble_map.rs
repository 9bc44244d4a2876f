//! # Bubble map
//!
//! A bubble map puts a circle on each place of a base map, its area
//! proportional to a value measured there: airports sized by their number
//! of routes, cities by population. Unlike a choropleth, it shows how much
//! is where without letting big, empty regions dominate. The largest
//! bubbles are labelled and a size legend reads the areas back. The input's
//! `labels` says how many (6 unless set); a world base map may be drawn in
//! any world projection, and the footnote names one other than Equal Earth.
//!
//! ## When to use
//! A quantity at point locations (latitude and longitude), from a few dozen
//! to a few hundred places, when the question is both where and how much.
//!
//! ## Caveat
//! Map the value to the bubble's AREA, not its radius: with the radius a
//! value twice as big looks four times as big. Big bubbles cover small ones
//! and their neighbours (draw the largest first, see-through), and people
//! judge areas poorly: show a size legend and label the few that matter.
//!
//! ## Variants
//! - `sized`: bubble area proportional to the value, with a size legend;
//!   the largest few are labelled.
//! - `uniform`: every place as the same small dot: where the places are,
//!   without how much, which shows what the sizes add.
//!
//! ## Related
//! bubble, background-map, connection-map, hexbin-map, choropleth
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs`, `size_legend.rs` and the map
//! helpers `geo_projection.rs`, `geo_polygon.rs`, `geo_fit.rs`,
//! `geo_basemap.rs`, `geo_layout.rs` and `geo_labels.rs` from the gallery.

use crate::axes::{self, DrawResult};
use crate::geo_basemap::{self, Basemap};
use crate::geo_fit::{self, Fit, Rect};
use crate::geo_labels;
use crate::geo_layout::{self, Side};
use crate::geo_projection::Projection;
use crate::scale;
use crate::size_legend::size_legend_rows;
pub use crate::size_legend::{bubble_radius, size_legend_values};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One place and the (positive) value its bubble's area stands for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bubble {
    /// A short label, e.g. an airport code; may be empty.
    pub name: String,
    /// Longitude in degrees, east positive.
    pub lon: f64,
    /// Latitude in degrees, north positive.
    pub lat: f64,
    /// The value the bubble's area stands for (positive).
    pub size: f64,
}

/// The data of a bubble map, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the bubble area stands for, e.g. "Routes"; titles the size legend.
    pub size_title: String,
    /// The base map, projected once (see [`geo_basemap::Basemap::new`]).
    pub basemap: Basemap,
    /// The places to mark, one bubble each.
    pub bubbles: Vec<Bubble>,
    /// A line under the title.
    pub note: String,
    /// How many of the largest places to name; `None`: [`LABELLED`].
    pub labels: Option<usize>,
}

/// The ways to draw a bubble map, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `sized`: Bubble area proportional to the value, with a size legend; the largest few are
    /// labelled.
    Sized,
    /// `uniform`: Every place as the same small dot: where the places are, without how much, which
    /// shows what the sizes add.
    Uniform,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Sized, Variant::Uniform];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Sized => "sized",
            Variant::Uniform => "uniform",
        }
    }
}

/// How many of the largest bubbles get a label.
pub const LABELLED: usize = 6;
/// At most this many bubbles are drawn (the largest).
const MAX_BUBBLES: usize = 5_000;

/// The largest bubble's radius as a share of the map's width.
const MAX_RADIUS_SHARE: f64 = 0.035;

/// Draws `input` as a bubble map in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let projection = input.basemap.projection;
    let sized = variant == Variant::Sized;
    // (bubble, projected position) for bubbles the map shows.
    let mut points: Vec<(&Bubble, (f64, f64))> = Vec::new();
    let mut outside = 0;
    for b in &input.bubbles {
        if sized && !(b.size.is_finite() && b.size > 0.0) {
            continue;
        }
        match projection.point(b.lon, b.lat) {
            Some(p) => points.push((b, p)),
            None if b.lon.is_finite() && b.lat.is_finite() => outside += 1,
            None => {}
        }
    }
    let bounds = input
        .basemap
        .bounds()
        .or_else(|| geo_fit::Bounds::of(points.iter().map(|(_, p)| *p)));
    let Some(bounds) = bounds.filter(|_| !points.is_empty()) else {
        let why = if sized {
            "No places with a position and a positive size"
        } else {
            "No places with a position on this map"
        };
        return axes::draw_empty(area, theme, &input.title, why);
    };
    let max_size = points.iter().map(|(b, _)| b.size).fold(0.0, f64::max);
    // Past a few thousand, bubbles only cover each other: the largest are
    // drawn, and the footnote says so.
    let mut note = with_projection(&with_outside(&input.note, outside), projection);
    if let Some(kept) = keep_largest(&mut points, if sized { MAX_BUBBLES } else { usize::MAX }) {
        note = if note.is_empty() {
            kept
        } else {
            format!("{kept}; {note}")
        };
    }

    let area = &axes::draw_footnote(area, theme, &note)?;
    let space = geo_layout::draw_header(area, theme, &input.title, "")?;
    // The largest radius, from the room the map will have.
    let map_w = f64::from(space.w).min(f64::from(space.h) * bounds.aspect());
    let r_min = (f64::from(theme.point_radius) / 2.0).max(1.0);
    let r_max = (map_w * MAX_RADIUS_SHARE).max(r_min * 2.0);
    let legend = if sized {
        SizeLegend::new(area, theme, &input.size_title, max_size, r_max, r_min)?
    } else {
        None
    };
    let (side, map_space) = match &legend {
        Some(l) => geo_layout::split_legend(space, bounds.aspect(), l.width, l.height),
        None => (Side::Right, space),
    };
    // Grow the extent to take in the bubbles at the edges: their radii are
    // pixels, so fit once to learn the scale, then again.
    let Some(first) = Fit::new(bounds, map_space) else {
        return Ok(());
    };
    let radius_of = |b: &Bubble| {
        if sized {
            bubble_radius(b.size, max_size, r_max, r_min)
        } else {
            r_min
        }
    };
    let reach = points.iter().flat_map(|(b, p)| {
        let r = radius_of(b) / first.scale;
        [(p.0 - r, p.1 - r), (p.0 + r, p.1 + r)]
    });
    let grown = geo_fit::Bounds::of(reach).map_or(bounds, |b| geo_fit::Bounds {
        min_x: b.min_x.min(bounds.min_x),
        min_y: b.min_y.min(bounds.min_y),
        max_x: b.max_x.max(bounds.max_x),
        max_y: b.max_y.max(bounds.max_y),
    });
    let Some(fit) = Fit::new(grown, map_space) else {
        return Ok(());
    };
    geo_basemap::draw_basemap(area, &fit, &input.basemap, theme)?;

    // Largest first, so small bubbles stay visible on top.
    points.sort_by(|a, b| b.0.size.total_cmp(&a.0.size));
    let color = theme.color(0);
    let outline = ShapeStyle::from(&color).stroke_width((theme.line_width / 2).max(1));
    let mut marks: Vec<(i32, i32, i32)> = Vec::with_capacity(points.len());
    let mut drawn: std::collections::HashSet<(i32, i32)> = std::collections::HashSet::new();
    for (b, p) in &points {
        let (x, y) = fit.px(*p);
        if sized {
            let r = bubble_radius(b.size, max_size, r_max, r_min).round() as i32;
            // A see-through fill inside an opaque outline. Under half
            // opacity, a terminal leaves the fill out and shows rings, which
            // keep overlapping bubbles apart where solid discs would merge.
            area.draw(&Circle::new((x, y), r, color.mix(0.45).filled()))?;
            area.draw(&Circle::new((x, y), r, outline))?;
            marks.push((x, y, r));
        } else if drawn.insert((x, y)) {
            // One dot per pixel: a million places draw as fast as the
            // pixels they cover.
            let r = (theme.point_radius as i32 / 2).max(1);
            area.draw(&Circle::new((x, y), r, color.filled()))?;
        }
    }

    if sized {
        draw_labels(area, theme, &fit, &points, &marks, input.labels.unwrap_or(LABELLED))?;
    }
    if let Some(l) = legend {
        match side {
            Side::Right => l.draw_column(area, theme, fit.rect.right() + theme.gap, fit.rect.y)?,
            Side::Top => l.draw_row(area, theme, space.x, space.y)?,
        }
    }
    Ok(())
}

/// Keeps the `max` largest bubbles (largest first) and says so, when there
/// are more.
fn keep_largest<T>(points: &mut Vec<(&Bubble, T)>, max: usize) -> Option<String> {
    if points.len() <= max {
        return None;
    }
    points.sort_by(|a, b| b.0.size.total_cmp(&a.0.size));
    let all = points.len();
    points.truncate(max);
    Some(format!(
        "The {} largest of {} places are drawn",
        scale::format_count(max),
        scale::format_count(all)
    ))
}

/// The note, plus how many places fell outside the map.
fn with_outside(note: &str, outside: usize) -> String {
    if outside == 0 {
        return note.to_string();
    }
    let extra = if outside == 1 {
        String::from("1 place is not on this map")
    } else {
        format!("{outside} places are not on this map")
    };
    if note.is_empty() {
        extra
    } else {
        format!("{note}; {extra}")
    }
}

/// The note, after the projection's when the world is drawn in another
/// than Equal Earth (Mercator makes places far from the equator look
/// sparse: say so).
fn with_projection(note: &str, projection: Projection) -> String {
    if matches!(projection, Projection::EqualEarth | Projection::AlbersUsa) {
        note.to_string()
    } else {
        projection.note_before(note)
    }
}

/// Labels for the `labelled` largest bubbles (the first ones after sorting), beside
/// their bubble where they fit without overlapping each other.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    fit: &Fit,
    points: &[(&Bubble, (f64, f64))],
    marks: &[(i32, i32, i32)],
    labelled: usize,
) -> DrawResult<(), DB> {
    let style = theme.label_style();
    let mut texts = Vec::new();
    let mut candidates = Vec::new();
    for ((b, _), (x, y, r)) in points
        .iter()
        .zip(marks)
        .filter(|((b, _), _)| !b.name.is_empty())
        .take(labelled)
    {
        let (w, h) = axes::text_size(area, &b.name, &style)?;
        texts.push(b.name.clone());
        candidates.push(geo_labels::label_candidates(*x, *y, *r, w, h, theme.gap / 2));
    }
    let (w, h) = axes::dims(area);
    let bounds = Rect {
        x: 0,
        y: fit.rect.y,
        w,
        h: h - fit.rect.y,
    };
    for ((text, boxes), choice) in texts
        .iter()
        .zip(&candidates)
        .zip(geo_labels::place_labels(&candidates, bounds, &[]))
    {
        if let Some(at) = choice.and_then(|i| boxes.get(i)) {
            geo_labels::draw_label(area, theme, text, *at)?;
        }
    }
    Ok(())
}

/// The size legend: a title and reference bubbles with their values, as a
/// column beside the map or a row above it.
struct SizeLegend {
    title: String,
    /// (radius, label), smallest first.
    rows: Vec<(f64, String)>,
    r_max: f64,
    label_w: i32,
    line_h: i32,
    /// Room needed as a column (with the gap to the map).
    width: i32,
    /// Room needed as a row (with the gap under it).
    height: i32,
}

impl SizeLegend {
    fn new<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        title: &str,
        max: f64,
        r_max: f64,
        r_min: f64,
    ) -> DrawResult<Option<SizeLegend>, DB> {
        let style = theme.legend_style();
        let (_, line_h) = axes::text_size(area, "Ag", &style)?;
        let (rows, label_w) = size_legend_rows(area, theme, max, r_max, r_min)?;
        if rows.is_empty() {
            return Ok(None);
        }
        let biggest = rows.iter().map(|(r, _)| *r).fold(0.0, f64::max);
        let title_w = axes::text_size(area, title, &theme.muted_style())?.0;
        let body_w = (2.0 * biggest).ceil() as i32 + theme.gap + label_w;
        let width = theme.gap + body_w.max(title_w);
        let row_h = ((2.0 * biggest).ceil() as i32).max(line_h);
        Ok(Some(SizeLegend {
            title: title.to_string(),
            rows,
            r_max: biggest,
            label_w,
            line_h,
            width,
            height: row_h + theme.gap,
        }))
    }

    fn bubble<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        centre: (i32, i32),
        r: f64,
    ) -> DrawResult<(), DB> {
        let ri = r.round() as i32;
        area.draw(&Circle::new(centre, ri, theme.muted.mix(0.35).filled()))?;
        area.draw(&Circle::new(centre, ri, ShapeStyle::from(&theme.muted).stroke_width(1)))?;
        Ok(())
    }

    /// A column from (`left`, `top`): title, then one bubble per row.
    fn draw_column<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        left: i32,
        top: i32,
    ) -> DrawResult<(), DB> {
        let style = theme.legend_style().pos(Pos::new(HPos::Left, VPos::Center));
        let (w, h) = axes::dims(area);
        let title = axes::fit_text(area, &self.title, &theme.muted_style(), w - left)?;
        let muted = theme.muted_style().pos(Pos::new(HPos::Left, VPos::Top));
        area.draw(&Text::new(title, (left, top), muted))?;
        let mut y = top + self.line_h + theme.gap / 2;
        let cx = left + self.r_max.ceil() as i32;
        let label_x = left + (2.0 * self.r_max).ceil() as i32 + theme.gap;
        for (r, label) in &self.rows {
            let row_h = ((2.0 * r).ceil() as i32).max(self.line_h);
            if y + row_h > h - theme.margin {
                break;
            }
            let cy = y + row_h / 2;
            Self::bubble(area, theme, (cx, cy), *r)?;
            area.draw(&Text::new(label.clone(), (label_x, cy), style.clone()))?;
            y += row_h + theme.gap / 2;
        }
        Ok(())
    }

    /// A row from (`left`, `top`): title, then bubbles side by side.
    fn draw_row<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        left: i32,
        top: i32,
    ) -> DrawResult<(), DB> {
        let style = theme.legend_style().pos(Pos::new(HPos::Left, VPos::Center));
        let cy = top + (self.height - theme.gap) / 2;
        let muted = theme.muted_style();
        let (w, _) = axes::dims(area);
        let mut x = left;
        if !self.title.is_empty() {
            area.draw(&Text::new(
                self.title.clone(),
                (x, cy),
                muted.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            x += axes::text_size(area, &self.title, &muted)?.0 + 2 * theme.gap;
        }
        for (r, label) in &self.rows {
            let d = (2.0 * r).ceil() as i32;
            if x + d + theme.gap + self.label_w > w - theme.margin {
                break;
            }
            Self::bubble(area, theme, (x + d / 2, cy), *r)?;
            let lx = x + d + theme.gap / 2;
            area.draw(&Text::new(label.clone(), (lx, cy), style.clone()))?;
            x = lx + axes::text_size(area, label, &theme.legend_style())?.0 + 2 * theme.gap;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_largest_bubbles_are_kept_past_the_maximum() {
        let bubbles: Vec<Bubble> = (0..10)
            .map(|i| Bubble {
                size: f64::from(i),
                ..Bubble::default()
            })
            .collect();
        let mut points: Vec<(&Bubble, ())> = bubbles.iter().map(|b| (b, ())).collect();
        assert_eq!(keep_largest(&mut points, 20), None);
        let note = keep_largest(&mut points, 3).expect("a note");
        let sizes: Vec<f64> = points.iter().map(|(b, ())| b.size).collect();
        assert_eq!(sizes, vec![9.0, 8.0, 7.0]);
        assert_eq!(note, "The 3 largest of 10 places are drawn");
    }

    #[test]
    fn the_note_counts_places_off_the_map() {
        assert_eq!(with_outside("", 0), "");
        assert_eq!(with_outside("", 1), "1 place is not on this map");
        assert_eq!(with_outside("Note", 7), "Note; 7 places are not on this map");
    }

    #[test]
    fn the_note_names_a_world_projection_other_than_equal_earth() {
        assert_eq!(with_projection("Note", Projection::EqualEarth), "Note");
        assert_eq!(with_projection("Note", Projection::AlbersUsa), "Note");
        let note = with_projection("Note", Projection::Mercator);
        assert_eq!(note, format!("{}; Note", Projection::Mercator.note()));
        assert_eq!(
            with_projection("", Projection::Equirectangular),
            Projection::Equirectangular.note()
        );
    }
}
