//! # Timeline
//!
//! A timeline lays events along a time axis: each event with a duration is
//! a bar from its start to its end, each instant (a milestone) a diamond,
//! coloured by the group it belongs to. As a Gantt chart, one row per
//! event, it shows order, overlap and length at a glance: terms of office,
//! project tasks, release support windows, reigns, missions.
//!
//! ## When to use
//! Things that start and end at known times, a few to a few dozen, when
//! their order, their lengths, their overlaps and the gaps between them
//! matter more than any value.
//!
//! ## Caveat
//! Bar length is duration, so the time axis must be linear in time (no
//! skipped weekends or years) and start and end must mean the same for
//! every event. Sorting matters: by start is the natural order; grouping
//! the rows by category (variant `lanes`) shows overlaps within a group
//! but leaves little room for names.
//!
//! ## Variants
//! - `gantt` (default): one row per event, sorted by start, named on the
//!   left, coloured by group.
//! - `lanes`: one lane per group, its events side by side (stacked where
//!   they overlap), named inside the bars that have room, else above them.
//!
//! ## Related
//! line, step, candlestick, barplot
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Plot};
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One event: a span of time, or an instant when `end` is missing or not after `start`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Event {
    /// The event's name ("Eisenhower").
    pub label: String,
    /// The group that colours it ("Republican"); empty for none.
    pub group: String,
    /// When it starts, in the x unit (days since 1970-01-01 for dates).
    pub start: f64,
    /// When it ends; NaN, or not after `start`, makes it a milestone.
    pub end: f64,
}

impl Event {
    /// A milestone: an instant, not a span.
    fn is_milestone(&self) -> bool {
        !(self.end.is_finite() && self.end > self.start)
    }

    /// When it ends, or its instant for a milestone.
    fn finish(&self) -> f64 {
        if self.is_milestone() {
            self.start
        } else {
            self.end
        }
    }
}

/// The data of a timeline, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The time axis's title, with its unit.
    pub x_title: String,
    /// What the rows are in the `gantt` variant, e.g. "President".
    pub label_title: String,
    /// What the groups are, e.g. "Party": the rows of the `lanes` variant.
    pub group_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// The events, in any order.
    pub events: Vec<Event>,
}

/// The ways to draw a timeline, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `gantt`: One row per event, sorted by start, named on the left, coloured by group.
    Gantt,
    /// `lanes`: One lane per group, its events side by side (stacked where they overlap),
    /// named inside the bars that have room, else above them.
    Lanes,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Gantt, Variant::Lanes];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Gantt => "gantt",
            Variant::Lanes => "lanes",
        }
    }
}

/// The share of a row a bar fills.
const BAR_SHARE: f64 = 0.7;

/// The groups in order of first appearance.
fn groups(events: &[&Event]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in events {
        if !out.contains(&e.group) {
            out.push(e.group.clone());
        }
    }
    out
}

/// Rows for events so that no two in a row overlap: each event (taken by
/// start) goes to the first row whose last event has ended by its start.
/// Returns each event's row, in the order given, and the number of rows.
fn pack(events: &[&Event]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|a, b| events[*a].start.total_cmp(&events[*b].start).then(a.cmp(b)));
    let mut ends: Vec<f64> = Vec::new();
    let mut rows = vec![0; events.len()];
    for i in order {
        let e = events[i];
        // A milestone needs a sliver of its own, or two on one day would hide each other.
        let row = ends
            .iter()
            .position(|end| *end <= e.start && !(e.is_milestone() && *end == e.start));
        let row = row.unwrap_or_else(|| {
            ends.push(f64::NEG_INFINITY);
            ends.len() - 1
        });
        ends[row] = e.finish();
        rows[i] = row;
    }
    (rows, ends.len())
}

/// One bar (or diamond) placed: the event, its row's y, its colour.
struct Mark<'a> {
    event: &'a Event,
    /// Where it starts and ends on the time axis.
    span: (f64, f64),
    y: f64,
    color: RGBColor,
}

/// Draws `input` as a timeline in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let mut events: Vec<&Event> = input.events.iter().filter(|e| e.start.is_finite()).collect();
    let dropped = input.events.len() - events.len();
    let Some((t0, t1)) = stats::extent(events.iter().flat_map(|e| [e.start, e.finish()])) else {
        return axes::draw_empty(area, theme, &input.title, "No events with a numeric start");
    };
    events.sort_by(|a, b| a.start.total_cmp(&b.start));
    let groups = groups(&events);
    // Past the palette, colours would repeat; its last colour is the grey of "Other".
    let colours = theme.palette.len().saturating_sub(1).max(1);
    let color_of = |e: &Event| {
        let g = groups.iter().position(|g| *g == e.group).unwrap_or(0);
        theme.color(g % colours)
    };
    let legend: Vec<LegendEntry> = groups
        .iter()
        .enumerate()
        .map(|(g, name)| LegendEntry {
            label: name.clone(),
            color: theme.color(g % colours),
        })
        .collect();

    let (marks, row_names) = match variant {
        Variant::Gantt => {
            let n = events.len();
            let marks = events
                .iter()
                .enumerate()
                .map(|(k, e)| Mark {
                    event: e,
                    span: (e.start, e.finish()),
                    y: (n - 1 - k) as f64,
                    color: color_of(e),
                })
                .collect::<Vec<_>>();
            (marks, events.iter().rev().map(|e| e.label.clone()).collect::<Vec<_>>())
        }
        Variant::Lanes => lanes(&events, &groups, &color_of),
    };
    let x = if input.x_is_date {
        Axis::date(&input.x_title, t0, t1)
    } else {
        Axis::linear(&input.x_title, t0, t1)
    };
    let y_title = match variant {
        Variant::Gantt => &input.label_title,
        Variant::Lanes => &input.group_title,
    };
    let y = Axis::categories(y_title, row_names);

    // In lanes the footnote counts names that did not fit: lay out first,
    // write it after. A gantt names every row, so its note is known now.
    let chart = match variant {
        Variant::Gantt => axes::draw_footnote(area, theme, &note(dropped, 0))?,
        Variant::Lanes => axes::footnote_room(area, theme)?,
    };
    let plot = Frame::new(&input.title, &x, &y).legend(&legend).draw(&chart, theme)?;
    // Times past an axis cut to a span f64 can hold sit on its edge: mapped
    // as they are, their pixels would overflow.
    let marks: Vec<Mark> = marks
        .into_iter()
        .map(|m| Mark {
            span: (m.span.0.clamp(x.min, x.max), m.span.1.clamp(x.min, x.max)),
            ..m
        })
        .collect();
    let unnamed = draw_marks(&chart, &plot, theme, &marks, variant == Variant::Lanes)?;
    if variant == Variant::Lanes {
        axes::draw_footnote(area, theme, &note(dropped, unnamed))?;
    }
    Ok(())
}

/// The lanes layout: one lane per group (top first), stacked rows inside
/// a lane where its events overlap; the marks and the row names (the
/// group's name on its lane's first row).
fn lanes<'a>(
    events: &[&'a Event],
    groups: &[String],
    color_of: &dyn Fn(&Event) -> RGBColor,
) -> (Vec<Mark<'a>>, Vec<String>) {
    let mut rows_top_down: Vec<String> = Vec::new();
    let mut placed: Vec<(&Event, usize)> = Vec::new();
    for g in groups {
        let members: Vec<&Event> = events.iter().copied().filter(|e| e.group == *g).collect();
        let (rows, count) = pack(&members);
        let first = rows_top_down.len();
        for r in 0..count {
            rows_top_down.push(if r == 0 { g.clone() } else { String::new() });
        }
        placed.extend(members.iter().zip(rows).map(|(e, r)| (*e, first + r)));
    }
    let n = rows_top_down.len();
    let marks = placed
        .into_iter()
        .map(|(e, r)| Mark {
            event: e,
            span: (e.start, e.finish()),
            y: (n - 1 - r) as f64,
            color: color_of(e),
        })
        .collect();
    (marks, rows_top_down.into_iter().rev().collect())
}

/// Draws the bars and diamonds; with `named`, writes each name inside its
/// bar where it fits. Returns how many names did not fit.
fn draw_marks<DB: DrawingBackend>(
    chart: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    marks: &[Mark],
    named: bool,
) -> DrawResult<usize, DB> {
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(chart, "0", &label)?;
    let base = chart.get_base_pixel();
    let half = BAR_SHARE / 2.0;
    let cells = line_h >= 2 * char_w;
    // The gap between events that follow each other: a whole cell in a
    // terminal (a part of one would be painted over by the next event).
    let sep = if cells { char_w } else { (theme.gap / 5).max(1) };
    let mut unnamed = 0;
    // The height of one row, and where each row's names above the bars end.
    let slot = (plot.map_coordinate(&(0.0, 0.0)).1 - plot.map_coordinate(&(0.0, 1.0)).1).abs();
    let (canvas_w, _) = axes::dims(chart);
    let mut above: Vec<(i64, i32)> = Vec::new();
    for m in marks {
        let e = m.event;
        let (left, top) = plot.map_coordinate(&(m.span.0, m.y + half));
        let (right, bottom) = plot.map_coordinate(&(m.span.1, m.y - half));
        let (left, mut top, mut right, mut bottom) = (left - base.0, top - base.1, right - base.0, bottom - base.1);
        if cells {
            // One whole text row: solid, and level with the row's name,
            // which the frame writes in the row that holds the category's
            // own pixel (the middle of the bar's ends can round one off).
            let (_, at) = plot.map_coordinate(&(m.span.0, m.y));
            let row = at.div_euclid(line_h);
            top = row * line_h - base.1;
            bottom = top + line_h - 1;
        }
        // A few tall rows (lanes) would make slabs: two lines of text are thick enough.
        let excess = (bottom - top) - 2 * line_h;
        if excess > 0 {
            top += excess / 2;
            bottom -= excess - excess / 2;
        }
        if named && right - left > 4 * sep {
            // Events that follow each other in a lane stay apart.
            right -= sep;
        }
        if e.is_milestone() {
            let (cx, cy) = (left, i32::midpoint(top, bottom));
            let r = ((bottom - top) / 2).max(2);
            let diamond = vec![(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)];
            chart.draw(&Polygon::new(diamond, m.color.filled()))?;
        } else {
            // At least one character wide in a terminal, two pixels on paper: a short span still shows.
            let min_w = if cells { char_w } else { 2 };
            let right = right.max(left + min_w - 1);
            chart.draw(&Rectangle::new([(left, top), (right, bottom)], m.color.filled()))?;
        }
        if !named {
            continue;
        }
        let text = &e.label;
        let (tw, _) = axes::text_size(chart, text, &label)?;
        if e.is_milestone() || tw + char_w > right - left || bottom - top < line_h * 3 / 4 {
            // Too short to hold its name: above it, where the row has room
            // and the name before it in the row has ended.
            let row = m.y.round() as i64;
            let free_from = above.iter().find(|(r, _)| *r == row).map_or(i32::MIN, |(_, x)| *x);
            let room_above = (slot - (bottom - top)) / 2 >= line_h;
            let fits = left >= free_from && left + tw <= canvas_w - theme.margin;
            if text.trim().is_empty() || !(room_above && fits) {
                unnamed += usize::from(!text.trim().is_empty());
                continue;
            }
            let style = label.pos(Pos::new(HPos::Left, VPos::Bottom));
            chart.draw(&Text::new(text.clone(), (left, top - 1), style))?;
            above.retain(|(r, _)| *r != row);
            above.push((row, left + tw + char_w));
            continue;
        }
        let ink = Theme::text_on(m.color);
        let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
        chart.draw(&Text::new(
            text.clone(),
            (i32::midpoint(left, right), i32::midpoint(top, bottom)),
            style,
        ))?;
    }
    Ok(unnamed)
}

/// What the chart left out, for its footnote.
fn note(dropped: usize, unnamed: usize) -> String {
    let events = |n: usize| {
        if n == 1 {
            String::from("1 event")
        } else {
            format!("{n} events")
        }
    };
    let mut parts = Vec::new();
    if dropped > 0 {
        parts.push(format!("{} without a start left out", events(dropped)));
    }
    if unnamed > 0 {
        parts.push(format!(
            "{} not named for want of room (the gantt variant names every row)",
            events(unnamed)
        ));
    }
    let mut text = parts.join("; ");
    if !text.is_empty() {
        text.push('.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(label: &str, group: &str, start: f64, end: f64) -> Event {
        Event {
            label: label.to_string(),
            group: group.to_string(),
            start,
            end,
        }
    }

    #[test]
    fn overlapping_events_stack_and_following_ones_share_a_row() {
        let events = [
            event("a", "", 0.0, 10.0),
            event("b", "", 5.0, 8.0),
            event("c", "", 10.0, 12.0),
            event("d", "", 9.0, 11.0),
        ];
        let refs: Vec<&Event> = events.iter().collect();
        // a takes row 0; b overlaps it; d starts after b ended; c starts as a ends.
        assert_eq!(pack(&refs), (vec![0, 1, 0, 1], 2));
        assert_eq!(pack(&[]), (vec![], 0));
    }

    #[test]
    fn milestones_are_instants_and_two_on_one_day_do_not_hide_each_other() {
        assert!(event("m", "", 3.0, f64::NAN).is_milestone());
        assert!(event("m", "", 3.0, 3.0).is_milestone());
        assert!(event("m", "", 3.0, 1.0).is_milestone());
        assert!(!event("s", "", 3.0, 4.0).is_milestone());
        let events = [event("x", "", 3.0, f64::NAN), event("y", "", 3.0, f64::NAN)];
        let refs: Vec<&Event> = events.iter().collect();
        assert_eq!(pack(&refs).1, 2);
    }

    #[test]
    fn lanes_follow_the_groups_in_order_of_appearance_top_down() {
        let events = [
            event("Eisenhower", "Republican", 0.0, 8.0),
            event("Kennedy", "Democratic", 8.0, 11.0),
            event("Johnson", "Democratic", 11.0, 16.0),
        ];
        let refs: Vec<&Event> = events.iter().collect();
        let groups = groups(&refs);
        assert_eq!(groups, ["Republican", "Democratic"]);
        let color = |_: &Event| RGBColor(0, 0, 0);
        let (marks, names) = lanes(&refs, &groups, &color);
        // Category 0 is the bottom row.
        assert_eq!(names, ["Democratic", "Republican"]);
        let ys: Vec<(&str, f64)> = marks.iter().map(|m| (m.event.label.as_str(), m.y)).collect();
        assert_eq!(ys, [("Eisenhower", 1.0), ("Kennedy", 0.0), ("Johnson", 0.0)]);
    }

    #[test]
    fn the_note_counts_what_was_left_out() {
        assert_eq!(note(0, 0), "");
        assert_eq!(note(1, 0), "1 event without a start left out.");
        assert_eq!(
            note(0, 2),
            "2 events not named for want of room (the gantt variant names every row)."
        );
    }

    /// Text is measured with a registered font, as the app and the examples register it.
    fn register_fonts() {
        use plotters::style::{register_font, FontStyle};
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
    }

    #[test]
    fn drawing_never_fails_on_odd_input() {
        register_fonts();
        let with = |events: Vec<Event>| Input {
            events,
            ..Input::default()
        };
        let many: Vec<Event> = (0..300)
            .map(|i| {
                event(
                    &format!("e{i}"),
                    &format!("g{}", i % 17),
                    f64::from(i),
                    f64::from(i * 2),
                )
            })
            .collect();
        let inputs = [
            Input::default(),
            with(vec![event("nan", "", f64::NAN, 1.0)]),
            with(vec![event("one", "", 1.0, f64::NAN)]),
            with(vec![event("same", "", 1.0, 1.0), event("same", "", 1.0, 1.0)]),
            with(vec![event("huge", "a", -f64::MAX, f64::MAX)]),
            with(many),
        ];
        for (w, h) in [(1, 1), (40, 30), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            for input in &inputs {
                for variant in Variant::ALL {
                    let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
                    let theme = Theme::light_for(w, h);
                    assert!(draw(&root, input, variant, &theme).is_ok(), "{variant:?} {w}x{h}");
                }
            }
        }
    }
}
