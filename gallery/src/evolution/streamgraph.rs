//! # Streamgraph
//!
//! A streamgraph is a stacked area chart that floats around a central axis
//! instead of sitting on zero: each group is a stream whose thickness is
//! its value, and the streams flow together like a river. Groups are
//! aligned on every x that any group has (missing and negative values count
//! as 0, with a note); past the palette's colours, the smallest groups are
//! lumped into a grey "Other". Following Byron and Wattenberg, the streams
//! that peak first sit in the middle and later ones grow on the outside.
//! Each stream is named inside its widest part where the name fits, and in
//! a legend otherwise.
//! The `top` parameter (`Input::top`) names fewer groups and lumps the
//! rest into "Other".
//!
//! ## When to use
//! Many groups over a long time when the overall pattern matters more than
//! exact values: which groups swell and fade, and when.
//!
//! ## Caveat
//! The y axis means little: no stream sits on a fixed baseline, so only
//! thickness carries the values, and thickness is hard to compare across
//! streams or along a curving one. Use it for the big picture only; to read
//! values use a stacked area (totals) or a line chart (each group).
//!
//! ## Variants
//! - `centred`: streams stacked symmetrically around zero (the Theme River layout).
//! - `wiggle`: the designed look: Byron and Wattenberg's baseline, which
//!   keeps the streams as level as it can (least weighted wiggle), with
//!   every stream smoothed by a Gaussian two data steps wide (said in the
//!   footnote; the `smoothing` parameter, `Input::smoothing`, sets the
//!   width), so month-to-month noise gives way to the flow.
//!
//! The y axis carries no numbers (a stream's height off the centre line
//! means nothing); the footnote says what thickness shows and how thick
//! all the streams get together.
//!
//! ## Related
//! stacked-area, area, line
//!
//! ## Copying
//! Needs `stacked_area.rs` (next to it, for aligning and lumping groups),
//! `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use super::stacked_area::{self, Band, OTHER};
use crate::axes::{self, Axis, DrawResult, Frame, LegendEntry, Plot, Ticks};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One group's points, in any order (the stacked area's type).
pub use super::stacked_area::Series;

/// The data of a streamgraph, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The x variable and its unit, which titles the x axis.
    pub x_title: String,
    /// The value and its unit, e.g. "Unemployed (thousands)".
    pub y_title: String,
    /// x holds days since 1970-01-01: tick it on calendar boundaries.
    pub x_is_date: bool,
    /// The groups, one stream each, stacked around a baseline the variant chooses.
    pub series: Vec<Series>,
    /// The `wiggle` variant's smoothing: the Gaussian's width in data
    /// steps (`None`: 2; 0 leaves the data as they are).
    pub smoothing: Option<f64>,
    /// Name at most this many groups, the largest, and lump the rest into
    /// a grey "Other" (`None`: as many as the palette has colours).
    pub top: Option<usize>,
}

/// The ways to draw a streamgraph, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `centred`: Streams stacked symmetrically around zero (the Theme River layout).
    Centred,
    /// `wiggle`: The designed look: Byron and Wattenberg's baseline, which keeps the streams as
    /// level as it can (least weighted wiggle), with every stream smoothed by a Gaussian two data
    /// steps wide (said in the footnote), so month-to-month noise gives way to the flow.
    Wiggle,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Centred, Variant::Wiggle];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Centred => "centred",
            Variant::Wiggle => "wiggle",
        }
    }
}

/// A stream ready to draw: its name, colour and edges at every x.
struct Stream<'a> {
    name: &'a str,
    color: RGBColor,
    lower: Vec<f64>,
    upper: Vec<f64>,
}

/// Draws `input` as a streamgraph in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (xs, bands, negatives) = stacked_area::align(&input.series);
    let any_value = bands.iter().flat_map(|b| b.values.iter()).any(|v| *v > 0.0);
    if xs.len() < 2 || !any_value {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "Streams need positive values at two or more distinct x",
        );
    }
    let colours = theme.palette.len().max(2);
    let max_bands = input.top.map_or(colours, |top| (top + 1).min(colours));
    let (mut bands, lumped) = stacked_area::lump(bands, max_bands);
    let steps = input.smoothing.filter(|s| s.is_finite()).unwrap_or(2.0);
    let sigma = (variant == Variant::Wiggle && steps > 0.0).then(|| steps * median_step(&xs));
    if let Some(sigma) = sigma {
        for band in &mut bands {
            band.values = smooth(&xs, &band.values, sigma);
        }
    }
    let color = |i: usize| {
        if lumped && i + 1 == bands.len() {
            theme.color(colours - 1)
        } else {
            theme.color(i)
        }
    };
    let order = inside_out(&bands);
    let layers: Vec<&[f64]> = order
        .iter()
        .filter_map(|i| bands.get(*i))
        .map(|b| &b.values[..])
        .collect();
    let baseline = match variant {
        Variant::Centred => centred_baseline(&layers),
        Variant::Wiggle => wiggle_baseline(&layers),
    };
    let edges = stack_on(&baseline, &layers);
    let streams: Vec<Stream> = order
        .iter()
        .zip(edges.windows(2))
        .filter_map(|(i, pair)| {
            bands.get(*i).map(|b| Stream {
                name: &b.name,
                color: color(*i),
                lower: pair[0].clone(),
                upper: pair[1].clone(),
            })
        })
        .collect();

    let lo = edges
        .first()
        .map_or(0.0, |e| e.iter().copied().fold(f64::INFINITY, f64::min));
    let hi = edges
        .last()
        .map_or(1.0, |e| e.iter().copied().fold(f64::NEG_INFINITY, f64::max));
    let (x0, x1) = (xs.first().copied().unwrap_or(0.0), xs.last().copied().unwrap_or(1.0));
    let x = if input.x_is_date {
        Axis::date(&input.x_title, x0, x1)
    } else {
        Axis::linear(&input.x_title, x0, x1)
    };
    // No numbers up the side: a stream's height above or below the centre
    // line means nothing, only its thickness does. The footnote gives the
    // scale instead.
    let (lo, hi) = scale::nice_bounds(lo, hi, 10);
    let y = Axis {
        title: String::new(),
        min: lo,
        max: hi,
        ticks: Ticks::Categories(Vec::new()),
    };
    let peak = match (edges.first(), edges.last()) {
        (Some(low), Some(high)) => low.iter().zip(high).map(|(a, b)| b - a).fold(0.0, f64::max),
        _ => 0.0,
    };
    let area = &axes::draw_footnote(area, theme, &footnote(input, sigma, negatives, peak))?;

    // Which streams can carry their name: judged on the smallest plot the
    // frame could leave (with every stream in the legend), so a name that
    // fits there fits in the real plot too.
    let all: Vec<LegendEntry> = bands
        .iter()
        .enumerate()
        .map(|(i, b)| LegendEntry {
            label: b.name.clone(),
            color: color(i),
        })
        .collect();
    let (named, texts) = choose_names(area, theme, &xs, &streams, (&x, &y), &all)?;
    let legend: Vec<LegendEntry> = streams
        .iter()
        .zip(&named)
        .filter(|(_, n)| !**n)
        .map(|(s, _)| LegendEntry {
            label: s.name.to_string(),
            color: s.color,
        })
        .collect();
    let plot = Frame::new(&input.title, &x, &y).legend(&legend).draw(area, theme)?;

    draw_streams(&plot, theme, &xs, &streams)?;
    draw_names(area, &plot, theme, &xs, &streams, &named, &texts)
}

/// Each stream as a filled polygon between its edges.
fn draw_streams<DB: DrawingBackend>(
    plot: &Plot<DB>,
    theme: &Theme,
    xs: &[f64],
    streams: &[Stream],
) -> DrawResult<(), DB> {
    for s in streams {
        let mut outline: Vec<(f64, f64)> = xs.iter().copied().zip(s.upper.iter().copied()).collect();
        outline.extend(xs.iter().copied().zip(s.lower.iter().copied()).rev());
        plot.draw(&Polygon::new(outline, s.color.filled()))?;
    }
    // Hairlines between streams where lines are finer than the data (see
    // the stacked area): on coarse canvases they would erase thin streams.
    if theme.line_width > 1 {
        let cut = ShapeStyle::from(&theme.background).stroke_width(1);
        for s in streams.iter().skip(1) {
            plot.draw(&PathElement::new(
                xs.iter().copied().zip(s.lower.iter().copied()).collect::<Vec<_>>(),
                cut,
            ))?;
        }
    }
    Ok(())
}

/// The footnote: what thickness measures and how thick all the streams
/// get together (the scale the missing y axis would have given), then
/// smoothing and negative values, in plain words.
fn footnote(input: &Input, sigma: Option<f64>, negatives: usize, peak: f64) -> String {
    let what = if input.y_title.is_empty() {
        "the value"
    } else {
        input.y_title.as_str()
    };
    let mut notes = vec![format!(
        "Thickness shows {what}; all streams together reach {} at most",
        three_digits(peak)
    )];
    if let Some(sigma) = sigma {
        let unit = if input.x_is_date { " days" } else { "" };
        notes.push(format!(
            "smoothed over about {}{unit}",
            scale::format_value(2.0 * sigma)
        ));
    }
    if negatives > 0 {
        notes.push(if negatives == 1 {
            String::from("1 negative value is drawn as 0")
        } else {
            format!("{negatives} negative values are drawn as 0")
        });
    }
    notes.join("; ")
}

/// `v` to three significant digits, with thousands separators below a
/// million ("15,100") and a suffix above ("2.35M").
fn three_digits(v: f64) -> String {
    if !(v.is_finite() && v > 0.0) || v >= 1e6 {
        return scale::format_value(v);
    }
    let step = 10f64.powf(v.log10().floor() - 2.0);
    let rounded = (v / step).round() * step;
    scale::format_tick(rounded, step, rounded)
}

/// Per stream: whether its name goes inside, and the fitted name with its width.
type Names = (Vec<bool>, Vec<(String, i32)>);

/// Which streams carry their name inside (and each name, fitted, with its
/// width): judged on the smallest plot the frame could leave (with every
/// stream in the legend), so a name that fits there fits in the real plot.
fn choose_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    xs: &[f64],
    streams: &[Stream],
    (x, y): (&Axis, &Axis),
    all: &[LegendEntry],
) -> DrawResult<Names, DB> {
    let label = theme.label_style();
    let need_h = label_room(area, theme)?;
    let (l, t, r, b) = smallest_plot(area, theme, x, y, all)?;
    let to_px = |vx: f64, vy: f64| {
        (
            f64::from(l) + (vx - x.min) / (x.max - x.min) * f64::from(r - l),
            f64::from(b) - (vy - y.min) / (y.max - y.min) * f64::from(b - t),
        )
    };
    let mut named = Vec::with_capacity(streams.len());
    let mut texts = Vec::with_capacity(streams.len());
    for s in streams {
        let text = axes::fit_text(area, s.name, &label, (r - l) / 3)?;
        let (tw, _) = axes::text_size(area, &text, &label)?;
        let geometry = pixel_edges(xs, s, to_px);
        let bounds = (f64::from(l), f64::from(r));
        named.push(!text.is_empty() && label_spot(&geometry, f64::from(tw), need_h, bounds).is_some());
        texts.push((text, tw));
    }
    Ok((named, texts))
}

/// Writes each named stream's name inside its widest stretch.
fn draw_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot<DB>,
    theme: &Theme,
    xs: &[f64],
    streams: &[Stream],
    named: &[bool],
    texts: &[(String, i32)],
) -> DrawResult<(), DB> {
    let base = area.get_base_pixel();
    let (px, _) = plot.get_pixel_range();
    let bounds = (f64::from(px.start - base.0), f64::from(px.end - base.0));
    let to_px = |vx: f64, vy: f64| {
        let (a, b) = plot.map_coordinate(&(vx, vy));
        (f64::from(a - base.0), f64::from(b - base.1))
    };
    let label = theme.label_style();
    let (_, text_h) = axes::text_size(area, "Ag", &label)?;
    let text_h = f64::from(text_h);
    let need_h = label_room(area, theme)?;
    let named_streams = streams.iter().zip(texts).zip(named).filter(|(_, n)| **n);
    for ((s, (text, tw)), _) in named_streams {
        let geometry = pixel_edges(xs, s, to_px);
        // The plot is at least as large as the one the names were chosen
        // on; fall back to a snug fit rather than lose a name.
        let spot = label_spot(&geometry, f64::from(*tw), need_h, bounds)
            .or_else(|| label_spot(&geometry, f64::from(*tw), text_h, bounds));
        if let Some((cx, cy)) = spot {
            let ink = Theme::text_on(s.color);
            let style = label.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
            area.draw(&Text::new(text.clone(), (cx.round() as i32, cy.round() as i32), style))?;
        }
    }
    Ok(())
}

/// The height a stream needs to carry its name: the text and a little air;
/// in a terminal half a row more, since the name snaps to a whole row of
/// cells.
fn label_room<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<f64, DB> {
    let (_, text_h) = axes::text_size(area, "Ag", &theme.label_style())?;
    Ok(if axes::text_in_cells(area, theme)? {
        f64::from(text_h) * 1.5
    } else {
        f64::from(text_h + theme.gap / 2)
    })
}

/// The median distance between neighbouring x values (1 when fewer than two).
fn median_step(xs: &[f64]) -> f64 {
    let mut steps: Vec<f64> = xs.windows(2).map(|w| w[1] - w[0]).filter(|d| *d > 0.0).collect();
    steps.sort_by(f64::total_cmp);
    steps.get(steps.len() / 2).copied().unwrap_or(1.0)
}

/// `values` at sorted `xs` smoothed by a Gaussian of width `sigma` (in x
/// units), cut at three sigmas; a zero or invalid width leaves them as is.
fn smooth(xs: &[f64], values: &[f64], sigma: f64) -> Vec<f64> {
    if !(sigma.is_finite() && sigma > 0.0) {
        return values.to_vec();
    }
    xs.iter()
        .map(|x| {
            let from = xs.partition_point(|v| *v < x - 3.0 * sigma);
            let to = xs.partition_point(|v| *v <= x + 3.0 * sigma);
            let (mut sum, mut weights) = (0.0, 0.0);
            for (xk, vk) in xs.iter().zip(values).take(to).skip(from) {
                let w = (-((xk - x) / sigma).powi(2) / 2.0).exp();
                sum += w * vk;
                weights += w;
            }
            if weights > 0.0 {
                sum / weights
            } else {
                0.0
            }
        })
        .collect()
}

/// A stream's edges in pixels: (x, top, bottom) at every aligned x, with
/// the top above (smaller than) the bottom.
fn pixel_edges(xs: &[f64], s: &Stream, to_px: impl Fn(f64, f64) -> (f64, f64)) -> Vec<(f64, f64, f64)> {
    xs.iter()
        .zip(s.lower.iter().zip(&s.upper))
        .map(|(x, (lo, up))| {
            let (px, top) = to_px(*x, *up);
            let (_, bottom) = to_px(*x, *lo);
            (px, top.min(bottom), top.max(bottom))
        })
        .collect()
}

/// The centre of the best place for a label `text_w` wide inside a stream
/// given as (x, top, bottom) pixels sorted by x: the spot whose stretch
/// under the label leaves the most height, if that is at least `need_h`.
/// The label stays within `bounds` (left, right).
fn label_spot(edges: &[(f64, f64, f64)], text_w: f64, need_h: f64, bounds: (f64, f64)) -> Option<(f64, f64)> {
    let half = text_w / 2.0 + text_w.min(need_h) / 4.0;
    let (left, right) = bounds;
    // NaN bounds return None too: clamp would panic on them.
    if left.is_nan() || right.is_nan() || right - left < 2.0 * half {
        return None;
    }
    let mut best: Option<(f64, (f64, f64))> = None;
    for (x, _, _) in edges {
        let cx = x.clamp(left + half, right - half);
        let (a, b) = (cx - half, cx + half);
        // The room under the label: the lowest bottom minus the highest
        // top, at the data points inside and at both ends of its span.
        let mut top = f64::NEG_INFINITY;
        let mut bottom = f64::INFINITY;
        let inside = edges.iter().filter(|e| e.0 > a && e.0 < b).copied();
        for (_, t, bt) in inside.chain([at(edges, a), at(edges, b)].into_iter().flatten()) {
            top = top.max(t);
            bottom = bottom.min(bt);
        }
        let room = bottom - top;
        if room >= need_h && best.is_none_or(|(r, _)| room > r) {
            best = Some((room, (cx, f64::midpoint(top, bottom))));
        }
    }
    best.map(|(_, spot)| spot)
}

/// The edges interpolated at pixel column `x`; None outside the data.
fn at(edges: &[(f64, f64, f64)], x: f64) -> Option<(f64, f64, f64)> {
    let k = edges.partition_point(|e| e.0 < x);
    match (k.checked_sub(1).and_then(|i| edges.get(i)), edges.get(k)) {
        (_, Some(e)) if e.0 == x => Some(*e),
        (Some(p), Some(q)) if q.0 > p.0 => {
            let f = (x - p.0) / (q.0 - p.0);
            Some((x, p.1 + (q.1 - p.1) * f, p.2 + (q.2 - p.2) * f))
        }
        _ => None,
    }
}

/// The plotting rectangle (left, top, right, bottom, in pixels of `area`)
/// that [`Frame`] leaves with `legend` in full: the smallest it can be.
fn smallest_plot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    x: &Axis,
    y: &Axis,
    legend: &[LegendEntry],
) -> DrawResult<(i32, i32, i32, i32), DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let (_, title_h) = axes::text_size(area, "Ag", &theme.title_style())?;
    let mut top = m + title_h + theme.gap;
    if !legend.is_empty() {
        top += legend_height(area, theme, legend, w - 2 * m)?;
    }
    top += line_h / 2;
    let x_title_h = if x.title.is_empty() { 0 } else { line_h };
    let bottom = m + x_title_h + line_h + theme.gap / 2;
    let plot_h = (h - top - bottom).max(1);
    let mut y_label_w = 0;
    for (_, text) in y.tick_labels((plot_h / (line_h * 3).max(1)).clamp(2, 10) as usize) {
        y_label_w = y_label_w.max(axes::text_size(area, &text, &label)?.0);
    }
    let y_title_w = if y.title.is_empty() { 0 } else { line_h + theme.gap };
    let left = m + y_title_w + y_label_w.min((w / 3).max(char_w)) + theme.gap;
    // The last x label may reach past the plot by half its width.
    let mut x_label_w = 0;
    for (_, text) in x.tick_labels(12) {
        x_label_w = x_label_w.max(axes::text_size(area, &text, &label)?.0);
    }
    let right = m.max(x_label_w / 2);
    Ok((left, top, w - right, h - bottom))
}

/// The height [`axes::draw_legend`] takes for `entries` within `width`.
fn legend_height<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    entries: &[LegendEntry],
    width: i32,
) -> DrawResult<i32, DB> {
    let style = theme.legend_style();
    let (char_w, _) = axes::text_size(area, "0", &style)?;
    let (_, text_h) = axes::text_size(area, "Ag", &style)?;
    let tall_cells = axes::text_in_cells(area, theme)?;
    let (swatch_w, line_h) = if tall_cells {
        (char_w, text_h)
    } else {
        ((text_h * 3 / 4).max(1), text_h * 5 / 4)
    };
    let (mut x, mut rows) = (0, 1);
    for entry in entries {
        let text = axes::fit_text(area, &entry.label, &style, (width - swatch_w - char_w).max(char_w))?;
        let item_w = swatch_w + char_w + axes::text_size(area, &text, &style)?.0 + 2 * char_w;
        if x > 0 && x + item_w > width {
            x = 0;
            rows += 1;
        }
        x += item_w;
    }
    Ok(rows * line_h + theme.gap / 2)
}

/// Bottom-to-top order of the bands (given largest first, "Other" last):
/// Byron and Wattenberg's inside-out order. Bands sorted by where they
/// peak go alternately below and above, onto the lighter side, so the
/// earliest peaks sit in the middle; "Other" goes on top.
fn inside_out(bands: &[Band]) -> Vec<usize> {
    let peak = |b: &Band| {
        let mut best = 0;
        for (j, v) in b.values.iter().enumerate() {
            if *v > b.values.get(best).copied().unwrap_or(f64::NEG_INFINITY) {
                best = j;
            }
        }
        best
    };
    let mut named: Vec<usize> = (0..bands.len()).filter(|i| bands[*i].name != OTHER).collect();
    named.sort_by_key(|i| (peak(&bands[*i]), *i));
    let (mut top, mut bottom) = (0.0, 0.0);
    let (mut tops, mut bottoms) = (Vec::new(), Vec::new());
    for i in named {
        let sum: f64 = bands[i].values.iter().sum();
        if top < bottom {
            top += sum;
            tops.push(i);
        } else {
            bottom += sum;
            bottoms.push(i);
        }
    }
    bottoms.reverse();
    bottoms.extend(tops);
    bottoms.extend((0..bands.len()).filter(|i| bands[*i].name == OTHER));
    bottoms
}

/// The total of the layers at every x.
fn totals(layers: &[&[f64]]) -> Vec<f64> {
    let n = layers.first().map_or(0, |l| l.len());
    (0..n)
        .map(|j| layers.iter().map(|l| l.get(j).copied().unwrap_or(0.0)).sum())
        .collect()
}

/// The Theme River baseline: the stack centred on zero, g0 = -total / 2.
fn centred_baseline(layers: &[&[f64]]) -> Vec<f64> {
    totals(layers).into_iter().map(|t| -t / 2.0).collect()
}

/// Byron and Wattenberg's baseline, which minimises the weighted wiggle:
/// the sum over layers of thickness x (change of the layer's middle line)^2.
/// At each step the baseline moves by
/// `-Σ_i f_i (Σ_{k<i} Δf_k + Δf_i / 2) / Σ_i f_i` (layers bottom to top),
/// then the whole is shifted so the middle of the stack averages 0.
fn wiggle_baseline(layers: &[&[f64]]) -> Vec<f64> {
    let n = layers.first().map_or(0, |l| l.len());
    let value = |l: &[f64], j: usize| l.get(j).copied().unwrap_or(0.0);
    let mut g = vec![0.0; n];
    for j in 1..n {
        let (mut total, mut weighted, mut below) = (0.0, 0.0, 0.0);
        for layer in layers {
            let now = value(layer, j);
            let change = now - value(layer, j - 1);
            weighted += now * (below + change / 2.0);
            below += change;
            total += now;
        }
        let step = if total > 0.0 { weighted / total } else { 0.0 };
        g[j] = g[j - 1] - step;
    }
    let totals = totals(layers);
    let middle: f64 = g.iter().zip(&totals).map(|(b, t)| b + t / 2.0).sum::<f64>() / n.max(1) as f64;
    g.iter().map(|b| b - middle).collect()
}

/// The edges between layers: `edges[0]` is the baseline, `edges[i + 1]` the
/// top of layer `i`.
fn stack_on(baseline: &[f64], layers: &[&[f64]]) -> Vec<Vec<f64>> {
    let mut edges = vec![baseline.to_vec()];
    for layer in layers {
        let below = edges.last().cloned().unwrap_or_default();
        edges.push(below.iter().zip(layer.iter()).map(|(a, v)| a + v).collect());
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_footnote_gives_the_scale_the_y_axis_leaves_out() {
        let input = Input {
            y_title: String::from("Unemployed (thousands)"),
            ..Input::default()
        };
        let note = footnote(&input, None, 0, 7_600.0);
        assert_eq!(
            note,
            "Thickness shows Unemployed (thousands); all streams together reach 7600 at most"
        );
        assert!(footnote(&input, None, 0, 15_076.0).ends_with("reach 15,100 at most"));
        let note = footnote(&input, Some(1.0), 2, 10.0);
        assert!(
            note.ends_with("; smoothed over about 2; 2 negative values are drawn as 0"),
            "{note}"
        );
    }

    fn band(name: &str, values: &[f64]) -> Band {
        Band {
            name: name.to_string(),
            values: values.to_vec(),
        }
    }

    /// Sum over steps and layers of thickness x (change of the middle line)^2.
    fn weighted_wiggle(baseline: &[f64], layers: &[&[f64]]) -> f64 {
        let edges = stack_on(baseline, layers);
        let mids: Vec<Vec<f64>> = edges
            .windows(2)
            .map(|p| p[0].iter().zip(&p[1]).map(|(a, b)| (a + b) / 2.0).collect())
            .collect();
        let mut w = 0.0;
        for (layer, mid) in layers.iter().zip(&mids) {
            for j in 1..mid.len() {
                w += layer[j] * (mid[j] - mid[j - 1]).powi(2);
            }
        }
        w
    }

    #[test]
    fn centred_baseline_is_minus_half_the_total() {
        let (a, b) = ([1.0, 2.0, 3.0], [3.0, 2.0, 5.0]);
        assert_eq!(centred_baseline(&[&a, &b]), vec![-2.0, -2.0, -4.0]);
        let edges = stack_on(&centred_baseline(&[&a, &b]), &[&a, &b]);
        assert_eq!(edges[2], vec![2.0, 2.0, 4.0], "symmetric around zero");
    }

    #[test]
    fn one_layer_wiggles_like_the_centred_stream() {
        let a = [2.0, 4.0, 6.0, 2.0];
        let g = wiggle_baseline(&[&a]);
        for (got, want) in g.iter().zip(centred_baseline(&[&a])) {
            assert!((got - want).abs() < 1e-12, "{g:?}");
        }
    }

    #[test]
    fn wiggle_baseline_is_the_least_squares_step() {
        // A steady bottom layer under a growing one: the baseline sinks by
        // half the growth, weighted by the growing layer's share.
        let (a, b) = ([4.0, 4.0], [0.0, 4.0]);
        let g = wiggle_baseline(&[&a, &b]);
        assert!((g[1] - g[0] - (-4.0 * 2.0 / 8.0)).abs() < 1e-12, "{g:?}");
        // Flat layers stay flat, centred on zero.
        let g = wiggle_baseline(&[&[1.0, 1.0, 1.0], &[3.0, 3.0, 3.0]]);
        assert_eq!(g, vec![-2.0; 3]);
    }

    #[test]
    fn wiggle_beats_the_other_baselines_and_any_nudge() {
        let a = [1.0, 3.0, 6.0, 2.0, 1.0, 0.0];
        let b = [5.0, 4.0, 1.0, 3.0, 6.0, 2.0];
        let c = [0.0, 1.0, 2.0, 8.0, 3.0, 4.0];
        let layers: [&[f64]; 3] = [&a, &b, &c];
        let wiggle = wiggle_baseline(&layers);
        let best = weighted_wiggle(&wiggle, &layers);
        assert!(best <= weighted_wiggle(&centred_baseline(&layers), &layers));
        assert!(best <= weighted_wiggle(&[0.0; 6], &layers));
        for j in 0..6 {
            for nudge in [-0.1, 0.1] {
                // Moving any point of the baseline can only add wiggle.
                let mut g = wiggle.clone();
                g[j] += nudge;
                assert!(weighted_wiggle(&g, &layers) > best);
            }
        }
        let middle: f64 = wiggle
            .iter()
            .zip(totals(&layers))
            .map(|(g, t)| g + t / 2.0)
            .sum::<f64>();
        assert!(middle.abs() < 1e-9, "centred on zero on average");
    }

    #[test]
    fn early_peaks_go_in_the_middle_and_other_on_top() {
        let bands = [
            band("late", &[0.0, 1.0, 9.0]),
            band("early", &[9.0, 1.0, 0.0]),
            band("mid", &[1.0, 9.0, 1.0]),
            band(OTHER, &[1.0, 1.0, 1.0]),
        ];
        let order = inside_out(&bands);
        assert_eq!(
            order,
            vec![0, 1, 2, 3],
            "late outside (bottom), then early and mid in the middle"
        );
        let names: Vec<&str> = order.iter().map(|i| bands[*i].name.as_str()).collect();
        assert_eq!(names.last(), Some(&OTHER));
        assert!(inside_out(&[]).is_empty());
    }

    #[test]
    fn labels_go_where_the_stream_is_thick_enough() {
        // A stream 10 px thick, except 40 px around x = 100.
        let edges: Vec<(f64, f64, f64)> = (0..=20)
            .map(|k| {
                let x = f64::from(k) * 10.0;
                let thick = if (80.0..=120.0).contains(&x) { 40.0 } else { 10.0 };
                (x, 100.0 - thick / 2.0, 100.0 + thick / 2.0)
            })
            .collect();
        let (cx, cy) = label_spot(&edges, 20.0, 30.0, (0.0, 200.0)).expect("fits");
        assert!((90.0..=110.0).contains(&cx), "{cx}");
        assert!((cy - 100.0).abs() < 1e-9);
        assert_eq!(label_spot(&edges, 60.0, 30.0, (0.0, 200.0)), None, "too wide");
        assert_eq!(label_spot(&edges, 20.0, 50.0, (0.0, 200.0)), None, "too tall");
        assert_eq!(label_spot(&edges, 20.0, 5.0, (0.0, 10.0)), None, "no room");
    }

    #[test]
    fn smoothing_keeps_flat_series_and_spreads_peaks() {
        let xs = [0.0, 1.0, 2.0, 3.0, 4.0];
        assert_eq!(smooth(&xs, &[2.0; 5], 1.0), vec![2.0; 5]);
        let peak = smooth(&xs, &[0.0, 0.0, 10.0, 0.0, 0.0], 1.0);
        assert!(peak[2] < 10.0 && peak[1] > 0.0 && (peak[1] - peak[3]).abs() < 1e-12);
        assert_eq!(
            smooth(&xs, &[1.0, 2.0, 3.0, 4.0, 5.0], 0.0),
            vec![1.0, 2.0, 3.0, 4.0, 5.0]
        );
        assert!((median_step(&[0.0, 31.0, 59.0, 90.0]) - 31.0).abs() < 1e-12);
        assert!((median_step(&[]) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn edges_interpolate_between_points() {
        let edges = [(0.0, 0.0, 10.0), (10.0, 10.0, 30.0)];
        assert_eq!(at(&edges, 5.0), Some((5.0, 5.0, 20.0)));
        assert_eq!(at(&edges, 10.0), Some((10.0, 10.0, 30.0)));
        assert_eq!(at(&edges, 11.0), None);
        assert_eq!(at(&[], 1.0), None);
    }

    #[test]
    fn smoothing_sets_how_far_the_wiggle_smooths() {
        let series: Vec<Series> = (0..3)
            .map(|k| Series {
                name: format!("s{k}"),
                points: (0..30)
                    .map(|i| (f64::from(i), 5.0 + f64::from((i * (k + 3)) % 7)))
                    .collect(),
            })
            .collect();
        let input = Input {
            series,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Wiggle, &Theme::light()).expect("draws");
            })
        };
        let raw = Input {
            smoothing: Some(0.0),
            ..input.clone()
        };
        let two = Input {
            smoothing: Some(2.0),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&raw));
        assert_eq!(draw_it(&input), draw_it(&two));
    }

    #[test]
    fn top_lumps_the_smaller_groups_into_other() {
        let series: Vec<Series> = (0..4)
            .map(|k| Series {
                name: format!("g{k}"),
                points: (0..12)
                    .map(|i| (f64::from(i), f64::from(k + 1) * (1.0 + f64::from(i % 3))))
                    .collect(),
            })
            .collect();
        let input = Input {
            series,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::Centred, &Theme::light()).expect("draws");
            })
        };
        let two = Input {
            top: Some(2),
            ..input.clone()
        };
        let all = Input {
            top: Some(4),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&two));
        assert_eq!(draw_it(&input), draw_it(&all));
    }
}
