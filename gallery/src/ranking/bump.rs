//! # Bump
//!
//! A bump chart follows the rank of each item through time: at every time
//! point the items are ranked on a value (1 is the highest), each item is
//! a line of dots from rank to rank, and the names stand at both ends, so
//! the reader sees who rose, who fell and who overtook whom. It drops the
//! values themselves: a lead by a hair and a lead by a mile look the same.
//!
//! ## When to use
//! The order matters more than the amounts: league tables, popularity
//! rankings, countries ranked on an indicator year after year, for about
//! five to fifteen items over a handful of time points.
//!
//! ## Caveat
//! Ranks hide the size of the gaps: a country can drop three places while
//! its value rises, because others rose faster. Say what is ranked and in
//! which direction, and show the values (a line chart) when they matter.
//! Many crossing lines in as many colours become spaghetti: colour the few
//! items the story is about and grey the rest (variant `highlight`).
//!
//! ## Variants
//! - `highlight` (default): the items named in the input (else the three
//!   that moved the most between the first and last time, or as many as
//!   the `highlight` parameter, `Input::movers`, says) in colour, the rest
//!   grey.
//! - `all`: every item in its own colour.
//!
//! ## Related
//! slope, line, parallel-coordinates, barplot
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, Plot};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One item's values through time, in any order: `x[k]` pairs with `y[k]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The item's name, written at both ends of its line.
    pub name: String,
    /// The time of each value (a year, or days since 1970-01-01 for dates).
    pub x: Vec<f64>,
    /// The value ranked at time `x[k]`; NaN means no value then.
    pub y: Vec<f64>,
}

/// The data of a bump chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The time variable, which titles the x axis.
    pub x_title: String,
    /// What the rank is of, e.g. "Rank by life expectancy (1 = longest)".
    pub rank_title: String,
    /// x holds days since 1970-01-01: label times as dates.
    pub x_is_date: bool,
    /// Rank 1 goes to the smallest value instead of the largest.
    pub ascending: bool,
    /// The items, one line each.
    pub series: Vec<Series>,
    /// The items the `highlight` variant colours; empty: the three that moved most.
    pub highlight: Vec<String>,
    /// How many of the items that moved most `highlight` colours when
    /// `highlight` names none (`None`: 3).
    pub movers: Option<usize>,
}

/// The ways to draw a bump chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `highlight`: The named items (else the three that moved most) in colour, the rest grey.
    Highlight,
    /// `all`: Every item in its own colour.
    All,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Highlight, Variant::All];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Highlight => "highlight",
            Variant::All => "all",
        }
    }
}

/// How many items `highlight` colours when none are named.
const TOP_MOVERS: usize = 3;

/// The ranks of every item at every time.
#[derive(Debug, PartialEq)]
struct Ranking {
    /// The distinct times, sorted.
    times: Vec<f64>,
    /// `ranks[item][t]`: the item's rank (1 = first) at `times[t]`, if it had a value.
    ranks: Vec<Vec<Option<usize>>>,
    /// The most items ranked at any one time: the lowest rank.
    depth: usize,
}

/// Ranks the items at each time on their value there: rank 1 is the
/// largest (the smallest when `ascending`). Ties keep the order of the
/// time before, then the input order, so no two items share a rank and
/// lines do not swap on a tie.
fn rank(series: &[Series], ascending: bool) -> Ranking {
    let mut times: Vec<f64> = series
        .iter()
        .flat_map(|s| s.x.iter().zip(&s.y).filter(|(x, y)| x.is_finite() && y.is_finite()))
        .map(|(x, _)| *x)
        .collect();
    times.sort_by(f64::total_cmp);
    times.dedup();
    let value_at = |s: &Series, t: f64| {
        s.x.iter()
            .zip(&s.y)
            .find(|(x, y)| **x == t && y.is_finite())
            .map(|(_, y)| *y)
    };
    let mut ranks = vec![vec![None; times.len()]; series.len()];
    let mut depth = 0;
    for (k, t) in times.iter().enumerate() {
        let mut present: Vec<(usize, f64)> = series
            .iter()
            .enumerate()
            .filter_map(|(i, s)| value_at(s, *t).map(|v| (i, v)))
            .collect();
        let before = |i: usize| k.checked_sub(1).and_then(|p| ranks[i][p]).unwrap_or(usize::MAX);
        present.sort_by(|(i, a), (j, b)| {
            let by_value = if ascending { a.total_cmp(b) } else { b.total_cmp(a) };
            by_value.then(before(*i).cmp(&before(*j))).then(i.cmp(j))
        });
        depth = depth.max(present.len());
        for (r, (i, _)) in present.into_iter().enumerate() {
            ranks[i][k] = Some(r + 1);
        }
    }
    Ranking { times, ranks, depth }
}

/// The items `highlight` colours: the named ones that have a rank, else
/// the `TOP_MOVERS` (or `Input::movers`) whose rank changed most between their first and last
/// time (ties in input order).
fn highlighted(input: &Input, ranking: &Ranking) -> Vec<usize> {
    let ranked = |i: &usize| ranking.ranks[*i].iter().any(Option::is_some);
    let named: Vec<usize> = (0..input.series.len())
        .filter(|i| input.highlight.contains(&input.series[*i].name))
        .filter(ranked)
        .collect();
    if !named.is_empty() {
        return named;
    }
    let mut moves: Vec<(usize, usize)> = ranking
        .ranks
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let first = r.iter().flatten().next()?;
            let last = r.iter().flatten().last()?;
            Some((i, first.abs_diff(*last)))
        })
        .collect();
    moves.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let count = input.movers.unwrap_or(TOP_MOVERS);
    let mut top: Vec<usize> = moves.into_iter().take(count).map(|(i, _)| i).collect();
    top.sort_unstable();
    top
}

/// The y of rank `r` when ranks run from 1 (top) to `depth` (bottom): the
/// category position, 0 at the bottom.
fn rank_y(r: usize, depth: usize) -> f64 {
    depth.saturating_sub(r) as f64
}

/// Points along an S-curve from `a` to `b`, level at both ends: the bump.
fn bump_curve(a: (f64, f64), b: (f64, f64), steps: usize) -> Vec<(f64, f64)> {
    let steps = steps.max(1);
    (0..=steps)
        .map(|k| {
            let t = k as f64 / steps as f64;
            let ease = t * t * (3.0 - 2.0 * t);
            (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * ease)
        })
        .collect()
}

/// A time's label: the year or the value as written, or a date.
fn time_label(t: f64, is_date: bool) -> String {
    if is_date {
        let (y, m, d) = scale::civil_from_days(t.round() as i64);
        return format!("{y}-{m:02}-{d:02}");
    }
    if t.fract() == 0.0 && t.abs() < 1e15 {
        return format!("{t:.0}");
    }
    scale::format_value(t)
}

/// An item ready to draw.
struct Line {
    index: usize,
    color: RGBColor,
    width: u32,
    /// Coloured items are on top and their names in their colour.
    emphasised: bool,
}

/// Draws `input` as a bump chart in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let ranking = rank(&input.series, input.ascending);
    if ranking.times.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No items with a numeric time and value");
    }
    let (n_times, depth) = (ranking.times.len(), ranking.depth);
    let gappy = ranking
        .ranks
        .iter()
        .filter(|r| r.iter().any(Option::is_some) && r.iter().any(Option::is_none))
        .count();
    let note = match gappy {
        0 => String::new(),
        1 => String::from("1 item has no value at some times: its line breaks there."),
        k => format!("{k} items have no value at some times: their lines break there."),
    };
    let area = &axes::draw_footnote(area, theme, &note)?;

    let lines = styled_lines(input, &ranking, variant, theme);

    // Names at the first time label the rank axis; names at the last time
    // stand right of the plot.
    let name_at = |t: usize, r: usize| {
        ranking
            .ranks
            .iter()
            .position(|ranks| ranks[t] == Some(r))
            .map(|i| input.series[i].name.clone())
            .unwrap_or_default()
    };
    let left: Vec<String> = (0..depth).map(|p| name_at(0, depth - p)).collect();
    let label = theme.label_style();
    let (w, _) = axes::dims(area);
    let mut right = Vec::new();
    let mut widest = 0;
    for line in &lines {
        let Some(r) = ranking.ranks[line.index][n_times - 1] else {
            continue;
        };
        let text = format!("{r} {}", input.series[line.index].name);
        let text = axes::fit_text(area, &text, &label, (w / 4).max(1))?;
        widest = widest.max(axes::text_size(area, &text, &label)?.0);
        right.push((line, r, text));
    }
    let times: Vec<String> = ranking.times.iter().map(|t| time_label(*t, input.x_is_date)).collect();
    let x = Axis::categories(&input.x_title, times);
    let y = Axis::categories(&input.rank_title, left);
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(widest + theme.gap)
        .draw(area, theme)?;

    // In a terminal each rank sits in the middle of a text row, level
    // with its name; on paper exactly at its category.
    let cells = axes::text_in_cells(area, theme)?;
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let levels: Vec<f64> = (0..=depth)
        .map(|r| {
            if cells {
                row_middle(&plot, rank_y(r, depth), line_h)
            } else {
                rank_y(r, depth)
            }
        })
        .collect();
    let level = |r: usize| levels.get(r).copied().unwrap_or_else(|| rank_y(r, depth));
    let (plot_w, _) = axes::dims(&plot);
    let slot = plot_w / n_times.max(1) as i32;
    let curve_steps = (slot / 4).clamp(1, 24) as usize;
    for line in &lines {
        let ranks = &ranking.ranks[line.index];
        let style = ShapeStyle::from(&line.color).stroke_width(line.width);
        for (k, pair) in ranks.windows(2).enumerate() {
            if let [Some(a), Some(b)] = pair {
                let from = (k as f64, level(*a));
                let to = ((k + 1) as f64, level(*b));
                plot.draw(&PathElement::new(bump_curve(from, to, curve_steps), style))?;
            }
        }
        // Grey dots smaller, so the coloured items stand out.
        let radius = if line.emphasised {
            theme.point_radius + 1
        } else {
            (theme.point_radius * 2 / 3).max(1)
        };
        for (k, r) in ranks.iter().enumerate() {
            if let Some(r) = r {
                plot.draw(&Circle::new((k as f64, level(*r)), radius, line.color.filled()))?;
            }
        }
    }
    draw_right_labels(area, &plot, theme, &right, (depth, &level))
}

/// The data y of the middle of the text row (`line_h` pixels tall, rows
/// counted from the canvas top) that holds data y `y` on `plot`.
fn row_middle<DB: DrawingBackend>(plot: &Plot<DB>, y: f64, line_h: i32) -> f64 {
    let (_, py) = plot.get_pixel_range();
    let spec = plot.as_coord_spec();
    let range = spec.get_y_range();
    let (bottom, top) = (py.end - 1, py.start);
    if bottom <= top || line_h <= 0 {
        return y;
    }
    let (_, at) = plot.map_coordinate(&(0.0, y));
    let middle = at.div_euclid(line_h) * line_h + line_h / 2;
    let t = f64::from(bottom - middle) / f64::from(bottom - top);
    range.start + t * (range.end - range.start)
}

/// Each ranked item's colour and weight for `variant`, grey ones first
/// so the coloured ones are drawn on top.
fn styled_lines(input: &Input, ranking: &Ranking, variant: Variant, theme: &Theme) -> Vec<Line> {
    let chosen = highlighted(input, ranking);
    let grey = blend(theme.grid, theme.muted, 0.5);
    // Past the palette, colours would repeat; its last colour is the grey of "Other".
    let colours = theme.palette.len().saturating_sub(1).max(1);
    let mut lines: Vec<Line> = (0..input.series.len())
        .filter(|i| ranking.ranks[*i].iter().any(Option::is_some))
        .map(|i| match variant {
            Variant::All => Line {
                index: i,
                color: theme.color(i % colours),
                width: theme.line_width,
                emphasised: true,
            },
            Variant::Highlight => match chosen.iter().position(|c| *c == i) {
                Some(k) => Line {
                    index: i,
                    color: theme.color(k % colours),
                    width: theme.line_width + 1,
                    emphasised: true,
                },
                None => Line {
                    index: i,
                    color: grey,
                    width: (theme.line_width / 2).max(1),
                    emphasised: false,
                },
            },
        })
        .collect();
    lines.sort_by_key(|l| l.emphasised);
    lines
}

/// Draws the last time's rank and name right of the plot, level with each line's end.
fn draw_right_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    labels: &[(&Line, usize, String)],
    (depth, level): (usize, &dyn Fn(usize) -> f64),
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    // Rows closer than a line of text: write every k-th, as the left axis does.
    let every = axes::thin_step(depth, py.end - py.start, line_h);
    let x = px.end - base.0 + theme.gap;
    for (line, r, text) in labels {
        if (r - 1) % every != 0 {
            continue;
        }
        let (_, y) = plot.map_coordinate(&(0.0, level(*r)));
        let color = if line.emphasised { line.color } else { theme.muted };
        let style = label.color(&color).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(text.clone(), (x, y - base.1), style))?;
    }
    Ok(())
}

/// `a` moved towards `b` by `t` (0..=1).
fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(name: &str, points: &[(f64, f64)]) -> Series {
        let (x, y) = points.iter().copied().unzip();
        Series {
            name: name.to_string(),
            x,
            y,
        }
    }

    #[test]
    fn the_largest_value_ranks_first_at_each_time() {
        let items = [
            series("a", &[(2000.0, 1.0), (2001.0, 5.0)]),
            series("b", &[(2000.0, 3.0), (2001.0, 4.0)]),
            series("c", &[(2001.0, 9.0), (2000.0, 2.0)]),
        ];
        let r = rank(&items, false);
        assert_eq!(r.times, vec![2000.0, 2001.0]);
        assert_eq!(
            r.ranks,
            vec![vec![Some(3), Some(2)], vec![Some(1), Some(3)], vec![Some(2), Some(1)]]
        );
        assert_eq!(r.depth, 3);
        let r = rank(&items, true);
        assert_eq!(r.ranks[0], vec![Some(1), Some(2)], "ascending: smallest first");
    }

    #[test]
    fn ties_keep_the_order_before_and_missing_values_have_no_rank() {
        let items = [
            series("a", &[(1.0, 1.0), (2.0, 7.0), (3.0, 7.0)]),
            series("b", &[(1.0, 2.0), (2.0, 7.0), (3.0, f64::NAN)]),
        ];
        let r = rank(&items, false);
        // At time 2 both are 7: b was ahead, so b stays ahead.
        assert_eq!(
            r.ranks,
            vec![vec![Some(2), Some(2), Some(1)], vec![Some(1), Some(1), None]]
        );
        assert_eq!(r.depth, 2);
        assert!(rank(&[], false).times.is_empty());
    }

    #[test]
    fn the_biggest_movers_are_highlighted_unless_items_are_named() {
        let items: Vec<Series> = [(1.0, 4.0), (2.0, 3.0), (3.0, 2.0), (4.0, 1.0), (5.0, 5.0)]
            .iter()
            .enumerate()
            .map(|(i, (a, b))| series(&format!("s{i}"), &[(0.0, *a), (1.0, *b)]))
            .collect();
        let mut input = Input {
            series: items,
            ..Input::default()
        };
        let r = rank(&input.series, false);
        // Ranks at 0: s4 1, s3 2, s2 3, s1 4, s0 5; at 1: s4 1, s0 2, s1 3, s2 4, s3 5.
        assert_eq!(highlighted(&input, &r), vec![0, 1, 3]);
        input.movers = Some(1);
        assert_eq!(highlighted(&input, &r), vec![0], "s0 moved most");
        input.movers = Some(0);
        assert!(highlighted(&input, &r).is_empty());
        input.highlight = vec![String::from("s2"), String::from("nobody")];
        assert_eq!(highlighted(&input, &r), vec![2]);
    }

    #[test]
    fn ranks_map_top_down_and_bumps_are_level_at_both_ends() {
        assert_eq!(rank_y(1, 5), 4.0);
        assert_eq!(rank_y(5, 5), 0.0);
        let c = bump_curve((0.0, 0.0), (1.0, 2.0), 4);
        assert_eq!(c.first(), Some(&(0.0, 0.0)));
        assert_eq!(c.last(), Some(&(1.0, 2.0)));
        assert_eq!(c[2], (0.5, 1.0), "halfway up at halfway across");
        assert!(c[1].1 < 0.5 && c[3].1 > 1.5, "flat near the ends: {c:?}");
    }

    #[test]
    fn times_read_as_years_or_dates() {
        assert_eq!(time_label(1952.0, false), "1952");
        assert_eq!(time_label(0.0, true), "1970-01-01");
        assert_eq!(time_label(2.5, false), "2.5");
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
        let with = |series: Vec<Series>| Input {
            series,
            ..Input::default()
        };
        let inputs = [
            Input::default(),
            with(vec![series("nan", &[(1.0, f64::NAN)])]),
            with(vec![series("one", &[(1.0, 1.0)])]),
            with(vec![series("a", &[(1.0, 1.0), (2.0, 1.0)]), series("b", &[(2.0, 2.0)])]),
            with(vec![series("huge", &[(-f64::MAX, f64::MAX), (f64::MAX, -f64::MAX)])]),
        ];
        for (w, h) in [(1, 1), (40, 30), (320, 200)] {
            let mut buf = vec![0u8; (w * h * 3) as usize];
            for input in &inputs {
                for variant in Variant::ALL {
                    let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
                    let theme = Theme::light_for(w, h);
                    assert!(
                        draw(&root, input, variant, &theme).is_ok(),
                        "{input:?} {variant:?} {w}x{h}"
                    );
                }
            }
        }
    }
}
