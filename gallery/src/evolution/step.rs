//! # Step
//!
//! A step chart draws a value that holds still and then jumps: a policy
//! interest rate, a price list, a tax band, a count of servers. Between
//! two observations the line stays flat and at each change it rises or
//! falls straight up or down, so the reader sees exactly when the value
//! changed and how long each level lasted, where a line chart would draw
//! a slope that never happened.
//!
//! ## When to use
//! A value that changes at discrete moments and stays put in between, for
//! one series or a handful: rates, prices, limits, stock levels.
//!
//! ## Caveat
//! Place the steps by what the data mean. A rate that takes effect on its
//! date holds until the next change (`post`, the usual choice); a value
//! recorded at the end of its period, such as a monthly total dated the
//! last day of the month, held before its date (`pre`). The wrong choice
//! shifts every level by one period. For a quantity that really moves
//! smoothly, a line chart is the honest choice.
//!
//! ## Variants
//! - `post` (default): each value holds from its x until the next one.
//! - `pre`: each value holds from the x before it up to its own.
//! - `mid`: the jumps fall halfway between observations.
//! - `filled`: `post`, with the area under the steps filled to zero.
//!
//! ## Related
//! line, area, time-series, candlestick
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame, Plot};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One series' observations, in any order: `x[k]` pairs with `y[k]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The series' name, written at its end.
    pub name: String,
    /// When each value was observed, in the x unit (days since 1970-01-01 for dates).
    pub x: Vec<f64>,
    /// The value observed at `x[k]`; NaN breaks the steps.
    pub y: Vec<f64>,
}

/// The data of a step chart, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The y variable and its unit, which titles the y axis.
    pub y_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// The series, one colour each.
    pub series: Vec<Series>,
}

/// The ways to draw a step chart, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `post`: Each value holds from its x until the next one.
    Post,
    /// `pre`: Each value holds from the x before it up to its own.
    Pre,
    /// `mid`: The jumps fall halfway between observations.
    Mid,
    /// `filled`: `post`, with the area under the steps filled to zero.
    Filled,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 4] = [Variant::Post, Variant::Pre, Variant::Mid, Variant::Filled];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Post => "post",
            Variant::Pre => "pre",
            Variant::Mid => "mid",
            Variant::Filled => "filled",
        }
    }
}

/// Where the jump between two observations falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placement {
    Post,
    Pre,
    Mid,
}

/// The observations sorted by x, cut into unbroken runs where y (or x) is
/// not a number.
fn runs(series: &Series) -> Vec<Vec<(f64, f64)>> {
    let n = series.x.len().min(series.y.len());
    let mut points: Vec<(f64, f64)> = series.x[..n]
        .iter()
        .zip(&series.y[..n])
        .filter(|(x, _)| x.is_finite())
        .map(|(x, y)| (*x, *y))
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    points
        .split(|(_, y)| !y.is_finite())
        .filter(|run| !run.is_empty())
        .map(<[(f64, f64)]>::to_vec)
        .collect()
}

/// The corners of the steps through `points` (sorted by x).
fn step_path(points: &[(f64, f64)], placement: Placement) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len() * 2);
    let Some(first) = points.first() else {
        return out;
    };
    out.push(*first);
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let at = match placement {
            Placement::Post => x1,
            Placement::Pre => x0,
            Placement::Mid => f64::midpoint(x0, x1),
        };
        out.push((at, y0));
        out.push((at, y1));
        out.push((x1, y1));
    }
    out.dedup();
    out
}

/// A series ready to draw.
struct Prepared<'a> {
    name: &'a str,
    paths: Vec<Vec<(f64, f64)>>,
    color: RGBColor,
}

/// Draws `input` as a step chart in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let placement = match variant {
        Variant::Post | Variant::Filled => Placement::Post,
        Variant::Pre => Placement::Pre,
        Variant::Mid => Placement::Mid,
    };
    let series: Vec<Prepared> = input
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| Prepared {
            name: &s.name,
            paths: runs(s).iter().map(|run| step_path(run, placement)).collect(),
            color: theme.color(i),
        })
        .filter(|s| !s.paths.is_empty())
        .collect();
    let all = || series.iter().flat_map(|s| s.paths.iter().flatten());
    let (Some((x0, x1)), Some((y0, y1))) = (stats::extent(all().map(|p| p.0)), stats::extent(all().map(|p| p.1)))
    else {
        return axes::draw_empty(area, theme, &input.title, "No points with numeric x and y");
    };

    // End labels: the series' name (when there is one) and its last value.
    let label = theme.label_style();
    let (w, _) = axes::dims(area);
    let mut labels = Vec::new();
    let mut widest = 0;
    for s in &series {
        let last = s.paths.last().and_then(|p| p.last()).map_or(f64::NAN, |p| p.1);
        let value = scale::format_value(last);
        let text = if s.name.trim().is_empty() {
            value
        } else {
            format!("{} {value}", s.name)
        };
        let text = axes::fit_text(area, &text, &label, (w / 4).max(1))?;
        widest = widest.max(axes::text_size(area, &text, &label)?.0);
        labels.push(text);
    }
    let reserve = if widest > 0 { widest + theme.gap } else { 0 };

    let x = if input.x_is_date {
        Axis::date(&input.x_title, x0, x1)
    } else {
        Axis::linear(&input.x_title, x0, x1)
    };
    // A level on the plot's edge would hide in the frame: a little air beyond
    // the data, and no more (a nice bound can add a whole empty step).
    let air = (y1 - y0) * 0.02;
    let y = if variant == Variant::Filled || y0 >= 0.0 && y0 <= y1 / 2.0 {
        // Filled steps are lengths from zero; levels near zero read best against it.
        Axis::linear(&input.y_title, y0.min(0.0), (y1 + air).max(0.0))
    } else {
        Axis::linear(&input.y_title, y0 - air, y1 + air)
    };
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(reserve)
        .draw(area, theme)?;
    // Values past an axis cut to a span f64 can hold (see `Axis::is_cut`)
    // sit on its edge: mapped as they are, their pixels would overflow.
    let inside = |(px, py): (f64, f64)| (px.clamp(x.min, x.max), py.clamp(y.min, y.max));
    let series: Vec<Prepared> = series
        .into_iter()
        .map(|s| Prepared {
            paths: s
                .paths
                .iter()
                .map(|p| p.iter().copied().map(inside).collect())
                .collect(),
            ..s
        })
        .collect();

    if variant == Variant::Filled {
        for s in &series {
            let fill = tint(theme.background, s.color, 0.45);
            for path in &s.paths {
                let (Some(first), Some(last)) = (path.first(), path.last()) else {
                    continue;
                };
                let mut outline = Vec::with_capacity(path.len() + 2);
                outline.push((first.0, 0.0));
                outline.extend(path.iter().copied());
                outline.push((last.0, 0.0));
                plot.draw(&Polygon::new(outline, fill.filled()))?;
            }
        }
        // The fills covered the base line: draw it again.
        plot.draw(&PathElement::new(
            vec![(x.min, y.min), (x.max, y.min)],
            ShapeStyle::from(&theme.axis).stroke_width(1),
        ))?;
    }
    for s in &series {
        let style = ShapeStyle::from(&s.color).stroke_width(theme.line_width);
        for path in &s.paths {
            if let [only] = path[..] {
                plot.draw(&Circle::new(only, theme.line_width + 1, s.color.filled()))?;
            } else {
                plot.draw(&PathElement::new(path.clone(), style))?;
            }
        }
    }
    draw_end_labels(area, &plot, theme, &series, &labels)
}

/// Labels right of the plot, level with each series' last step, nudged
/// apart so they never overlap.
fn draw_end_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    series: &[Prepared],
    labels: &[String],
) -> DrawResult<(), DB> {
    let label = theme.label_style();
    let base = area.get_base_pixel();
    let (px, py) = plot.get_pixel_range();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let ends: Vec<(i32, i32)> = series
        .iter()
        .map(|s| {
            let last = s.paths.last().and_then(|p| p.last()).copied().unwrap_or_default();
            let (ex, ey) = plot.map_coordinate(&last);
            (ex - base.0, ey - base.1)
        })
        .collect();
    let lh = f64::from(line_h);
    let lo = f64::from(py.start - base.1) + lh / 2.0;
    let hi = f64::from(py.end - base.1) - lh / 2.0;
    let room = ((hi - lo) / lh).floor().max(0.0) as usize + 1;
    let wanted: Vec<f64> = ends.iter().map(|(_, ey)| f64::from(*ey)).collect();
    let ys = axes::spread(&wanted[..wanted.len().min(room)], lh, lo, hi);
    let label_x = px.end - base.0 + theme.gap;
    for (((s, (ex, ey)), text), ly) in series.iter().zip(&ends).zip(labels).zip(ys) {
        if text.is_empty() {
            continue;
        }
        let ly = ly.round() as i32;
        if (ly - ey).abs() > line_h / 2 || label_x - ex > 2 * theme.gap {
            // A thin leader ties a moved label to its series.
            let leader = vec![(*ex, *ey), (label_x - theme.gap / 3, ly)];
            area.draw(&PathElement::new(leader, ShapeStyle::from(&s.color).stroke_width(1)))?;
        }
        let style = label.color(&s.color).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(text.clone(), (label_x, ly), style))?;
    }
    Ok(())
}

/// `color` laid over `background` at opacity `t`, as one opaque colour
/// (a terminal cannot blend).
fn tint(background: RGBColor, color: RGBColor, t: f64) -> RGBColor {
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * t).round() as u8;
    RGBColor(
        mix(background.0, color.0),
        mix(background.1, color.1),
        mix(background.2, color.2),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const POINTS: [(f64, f64); 3] = [(0.0, 1.0), (2.0, 3.0), (4.0, 2.0)];

    #[test]
    fn post_steps_hold_each_value_until_the_next_x() {
        assert_eq!(
            step_path(&POINTS, Placement::Post),
            vec![(0.0, 1.0), (2.0, 1.0), (2.0, 3.0), (4.0, 3.0), (4.0, 2.0)]
        );
    }

    #[test]
    fn pre_steps_reach_each_value_from_the_x_before() {
        assert_eq!(
            step_path(&POINTS, Placement::Pre),
            vec![(0.0, 1.0), (0.0, 3.0), (2.0, 3.0), (2.0, 2.0), (4.0, 2.0)]
        );
    }

    #[test]
    fn mid_steps_jump_halfway() {
        assert_eq!(
            step_path(&POINTS, Placement::Mid),
            vec![
                (0.0, 1.0),
                (1.0, 1.0),
                (1.0, 3.0),
                (2.0, 3.0),
                (3.0, 3.0),
                (3.0, 2.0),
                (4.0, 2.0)
            ]
        );
    }

    #[test]
    fn one_point_is_one_corner_and_none_is_none() {
        assert_eq!(step_path(&[(5.0, 1.0)], Placement::Post), vec![(5.0, 1.0)]);
        assert!(step_path(&[], Placement::Mid).is_empty());
    }

    #[test]
    fn repeated_values_draw_no_zero_length_steps() {
        let flat = [(0.0, 1.0), (1.0, 1.0), (2.0, 1.0)];
        assert_eq!(
            step_path(&flat, Placement::Post),
            vec![(0.0, 1.0), (1.0, 1.0), (2.0, 1.0)]
        );
    }

    #[test]
    fn runs_are_sorted_and_broken_by_missing_values() {
        let s = Series {
            name: String::new(),
            x: vec![3.0, 1.0, 2.0, f64::NAN, 0.0, 4.0],
            y: vec![30.0, 10.0, f64::NAN, 5.0, 0.0, 40.0],
        };
        assert_eq!(
            runs(&s),
            vec![vec![(0.0, 0.0), (1.0, 10.0)], vec![(3.0, 30.0), (4.0, 40.0)]]
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
        let one = |x: Vec<f64>, y: Vec<f64>| Input {
            series: vec![Series {
                name: String::from("s"),
                x,
                y,
            }],
            ..Input::default()
        };
        let inputs = [
            Input::default(),
            one(vec![], vec![]),
            one(vec![1.0], vec![f64::NAN]),
            one(vec![1.0], vec![2.0]),
            one(vec![1.0, 1.0], vec![2.0, 2.0]),
            one(vec![-f64::MAX, f64::MAX], vec![f64::MAX, -f64::MAX]),
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
