//! # Sankey diagram
//!
//! A sankey diagram follows a quantity through successive stages: each
//! stage is a column of nodes (one per category) stacked with gaps, each as
//! tall as the amount that passes through it, and bands between the columns
//! show how the amount splits and merges, as wide as what flows along them.
//! Every band keeps the colour of where it started, or of where it ends, so
//! one can follow a group from the first stage to the last.
//!
//! The `top` parameter (`Input::top`) names fewer categories a stage and
//! gathers the rest into "Other".
//!
//! ## When to use
//! Counts that move through two to four stages of categories: passengers
//! by class, sex and survival; energy from sources to uses; visitors
//! through the pages of a site. The total stays the same from stage to
//! stage.
//!
//! ## Caveat
//! Many nodes or many stages turn into a tangle of crossing bands, and
//! thin bands disappear. Keep the categories few, lump the small ones, and
//! order the nodes to reduce crossings (here every stage after the first is
//! ordered by where its bands come from; past 30 categories a stage
//! gathers its smallest into one "Other" node, and the footnote says so).
//! Widths are hard to compare precisely: for exact numbers use a grouped
//! barplot.
//!
//! ## Variants
//! - `coloured-by-source`: bands coloured by the first stage, to follow
//!   each starting group through every split.
//! - `coloured-by-outcome`: bands coloured by the last stage, to see where
//!   each outcome came from (on the Titanic: who survived).
//!
//! ## Related
//! chord, network, treemap, barplot
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs` and `axes.rs` from the gallery.

use crate::axes::{self, DrawResult};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::{HashMap, HashSet};

/// One combination of categories, one per stage, and how many took it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Path {
    /// The category at each stage, in the order of `Input::stage_titles`.
    pub stages: Vec<String>,
    /// How many took this path (positive), in the data's unit.
    pub value: f64,
}

/// The data of a Sankey diagram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The name of each stage, e.g. `["Class", "Sex", "Survived"]`.
    pub stage_titles: Vec<String>,
    /// Every combination of categories with its count; paths that share a step share its ribbon.
    pub paths: Vec<Path>,
    /// Name at most this many categories a stage, the largest, and gather
    /// the rest into one "Other" node (`None`: up to [`MAX_NODES`] nodes).
    pub top: Option<usize>,
}

/// The ways to draw a Sankey diagram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `coloured-by-source`: Bands coloured by the first stage, to follow each starting group
    /// through every split.
    ColouredBySource,
    /// `coloured-by-outcome`: Bands coloured by the last stage, to see where each outcome came from
    /// (on the Titanic: who survived).
    ColouredByOutcome,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::ColouredBySource, Variant::ColouredByOutcome];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::ColouredBySource => "coloured-by-source",
            Variant::ColouredByOutcome => "coloured-by-outcome",
        }
    }
}

/// The nodes of every stage (top to bottom) and the paths as node indices.
#[derive(Clone, Debug, PartialEq)]
struct Stages {
    /// `names[s]`: the categories of stage `s`, in drawing order.
    names: Vec<Vec<String>>,
    /// `totals[s][n]`: the amount through node `n` of stage `s`.
    totals: Vec<Vec<f64>>,
    /// Distinct paths: node index per stage, and the summed value.
    paths: Vec<(Vec<usize>, f64)>,
}

/// Merges equal paths, indexes the categories of each stage and orders
/// them: the first stage as met in the data, each later one by the mean
/// position of the nodes its amount comes from (the barycentre heuristic,
/// which removes most crossings). Paths whose length differs from the
/// number of stages, or whose value is not a finite number > 0, are skipped.
fn stages(paths: &[Path], k: usize) -> Stages {
    // Categories in the order the rows name them (rows with a zero count
    // too: they still tell the order, e.g. 1st, 2nd, 3rd, Crew); only the
    // ones some amount passes through become nodes.
    let usable = |p: &&Path| p.stages.len() == k && p.value.is_finite() && p.value > 0.0;
    // Sets and maps, not searches of the names so far: 100,000 categories
    // stay linear.
    let mut used: Vec<HashSet<&str>> = vec![HashSet::new(); k];
    for p in paths.iter().filter(usable) {
        for (name, stage) in p.stages.iter().zip(used.iter_mut()) {
            stage.insert(name);
        }
    }
    let mut names: Vec<Vec<String>> = vec![Vec::new(); k];
    let mut index_of: Vec<HashMap<&str, usize>> = vec![HashMap::new(); k];
    for p in paths.iter().filter(|p| p.stages.len() == k) {
        for (((name, stage), used), at) in p
            .stages
            .iter()
            .zip(names.iter_mut())
            .zip(&used)
            .zip(index_of.iter_mut())
        {
            if used.contains(name.as_str()) && !at.contains_key(name.as_str()) {
                at.insert(name, stage.len());
                stage.push(name.clone());
            }
        }
    }
    let mut merged: Vec<(Vec<usize>, f64)> = Vec::new();
    let mut merged_at: HashMap<Vec<usize>, usize> = HashMap::new();
    for p in paths.iter().filter(usable) {
        let idx: Vec<usize> = p
            .stages
            .iter()
            .zip(&index_of)
            .map(|(name, at)| at.get(name.as_str()).copied().unwrap_or(0))
            .collect();
        if let Some((_, v)) = merged_at.get(&idx).and_then(|i| merged.get_mut(*i)) {
            *v += p.value;
        } else {
            merged_at.insert(idx.clone(), merged.len());
            merged.push((idx, p.value));
        }
    }
    // Reorder stages 1.. by barycentre of the previous stage's positions.
    for s in 1..k {
        let n = names[s].len();
        let mut sum = vec![0.0; n];
        let mut weight = vec![0.0; n];
        for (idx, v) in &merged {
            sum[idx[s]] += idx[s - 1] as f64 * v;
            weight[idx[s]] += v;
        }
        let mut order: Vec<usize> = (0..n).collect();
        let centre = |i: usize| if weight[i] > 0.0 { sum[i] / weight[i] } else { 0.0 };
        order.sort_by(|a, b| centre(*a).total_cmp(&centre(*b)).then(a.cmp(b)));
        let mut new_index = vec![0; n];
        for (new, old) in order.iter().enumerate() {
            new_index[*old] = new;
        }
        names[s] = order.iter().map(|old| names[s][*old].clone()).collect();
        for (idx, _) in &mut merged {
            idx[s] = new_index[idx[s]];
        }
    }
    let mut totals: Vec<Vec<f64>> = names.iter().map(|n| vec![0.0; n.len()]).collect();
    for (idx, v) in &merged {
        for (s, i) in idx.iter().enumerate() {
            totals[s][*i] += v;
        }
    }
    Stages {
        names,
        totals,
        paths: merged,
    }
}

/// One band between stage `s` and `s + 1`.
#[derive(Clone, Debug, PartialEq)]
struct Band {
    stage: usize,
    from: usize,
    to: usize,
    /// The node (of the colouring stage) whose colour it takes.
    key: usize,
    value: f64,
    /// Offsets of the band's top inside its source and target nodes, in
    /// value units from the node's top.
    from_offset: f64,
    to_offset: f64,
}

/// The most nodes one stage shows: past this its smallest categories are
/// gathered into one "Other" node (every amount still flows through).
pub const MAX_NODES: usize = 30;

/// `paths` with, in every stage that has more than `max` categories, all
/// but the `max - 1` largest renamed "Other (n)"; and the footnote that
/// says so ("" when nothing was gathered).
fn lump_stages(paths: &[Path], k: usize, max: usize) -> (Vec<Path>, String) {
    let max = max.max(2);
    let mut renamed: Vec<HashMap<&str, String>> = Vec::new();
    let mut gathered = 0;
    for s in 0..k {
        let mut totals: HashMap<&str, f64> = HashMap::new();
        for p in paths
            .iter()
            .filter(|p| p.stages.len() == k && p.value.is_finite() && p.value > 0.0)
        {
            *totals.entry(p.stages[s].as_str()).or_insert(0.0) += p.value;
        }
        let mut map = HashMap::new();
        if totals.len() > max {
            let mut by_size: Vec<(&str, f64)> = totals.into_iter().collect();
            by_size.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
            let rest = &by_size[max - 1..];
            let other = format!("Other ({})", scale::format_count(rest.len()));
            gathered += rest.len();
            map = rest.iter().map(|(name, _)| (*name, other.clone())).collect();
        }
        renamed.push(map);
    }
    if gathered == 0 {
        return (paths.to_vec(), String::new());
    }
    let lumped = paths
        .iter()
        .map(|p| Path {
            stages: p
                .stages
                .iter()
                .zip(&renamed)
                .map(|(name, map)| map.get(name.as_str()).cloned().unwrap_or_else(|| name.clone()))
                .collect(),
            value: p.value,
        })
        .collect();
    let note = format!(
        "{} smaller categories are gathered into \"Other\" (at most {max} nodes a stage).",
        scale::format_count(gathered)
    );
    (lumped, note)
}

/// The bands between consecutive stages, split by colour key and stacked
/// inside their nodes: leaving a node ordered by target then key, arriving
/// ordered by source then key, so bands do not cross inside a node.
fn bands(st: &Stages, key_stage: usize) -> Vec<Band> {
    let k = st.names.len();
    let mut out = Vec::new();
    for s in 0..k.saturating_sub(1) {
        let mut here: Vec<Band> = Vec::new();
        let mut band_at: HashMap<(usize, usize, usize), usize> = HashMap::new();
        for (idx, v) in &st.paths {
            let (from, to, key) = (idx[s], idx[s + 1], idx[key_stage]);
            if let Some(b) = band_at.get(&(from, to, key)).and_then(|i| here.get_mut(*i)) {
                b.value += v;
            } else {
                band_at.insert((from, to, key), here.len());
                here.push(Band {
                    stage: s,
                    from,
                    to,
                    key,
                    value: *v,
                    from_offset: 0.0,
                    to_offset: 0.0,
                });
            }
        }
        let mut leaving: Vec<usize> = (0..here.len()).collect();
        leaving.sort_by_key(|i| (here[*i].from, here[*i].to, here[*i].key));
        let mut filled = vec![0.0; st.names[s].len()];
        for i in leaving {
            here[i].from_offset = filled[here[i].from];
            filled[here[i].from] += here[i].value;
        }
        let mut arriving: Vec<usize> = (0..here.len()).collect();
        arriving.sort_by_key(|i| (here[*i].to, here[*i].from, here[*i].key));
        let mut filled = vec![0.0; st.names[s + 1].len()];
        for i in arriving {
            here[i].to_offset = filled[here[i].to];
            filled[here[i].to] += here[i].value;
        }
        out.extend(here);
    }
    out
}

/// Points of the cubic Bézier curve with ends `p0`, `p3` and controls
/// `p1`, `p2`, `steps` segments (the ends included exactly).
pub fn cubic_bezier(p0: (f64, f64), p1: (f64, f64), p2: (f64, f64), p3: (f64, f64), steps: usize) -> Vec<(f64, f64)> {
    let steps = steps.max(1);
    (0..=steps)
        .map(|k| {
            let t = k as f64 / steps as f64;
            let u = 1.0 - t;
            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            (
                a * p0.0 + b * p1.0 + c * p2.0 + d * p3.0,
                a * p0.1 + b * p1.1 + c * p2.1 + d * p3.1,
            )
        })
        .collect()
}

/// A smooth band from `(x0, y0)` to `(x1, y1)` (top edges), `thick` tall:
/// an S-curve along the top, and back along the bottom.
fn band_outline(x0: f64, y0: f64, x1: f64, y1: f64, thick: f64) -> Vec<(i32, i32)> {
    let xm = f64::midpoint(x0, x1);
    let steps = (((x1 - x0).abs() / 4.0).ceil() as usize).clamp(8, 64);
    let mut points = cubic_bezier((x0, y0), (xm, y0), (xm, y1), (x1, y1), steps);
    let bottom = cubic_bezier(
        (x1, y1 + thick),
        (xm, y1 + thick),
        (xm, y0 + thick),
        (x0, y0 + thick),
        steps,
    );
    points.extend(bottom);
    points
        .iter()
        .map(|(x, y)| (x.round() as i32, y.round() as i32))
        .collect()
}

/// Draws `input` as a Sankey diagram in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let k = input.stage_titles.len();
    let most = input.top.map_or(MAX_NODES, |top| (top + 1).min(MAX_NODES));
    let (paths, note) = lump_stages(&input.paths, k, most);
    let st = stages(&paths, k);
    let total: f64 = st.paths.iter().map(|(_, v)| v).sum();
    if k < 2 || st.paths.is_empty() || !(total.is_finite() && total > 0.0) {
        return axes::draw_empty(
            area,
            theme,
            &input.title,
            "Needs two or more stages and positive values",
        );
    }
    let key_stage = match variant {
        Variant::ColouredBySource => 0,
        Variant::ColouredByOutcome => k - 1,
    };
    let area = &axes::draw_footnote(area, theme, &note)?;
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    // No legend: the stage whose colours the bands carry is drawn in those
    // colours and named beside each node, so a legend would only repeat it.
    let top = axes::draw_title(area, theme, &input.title)?;

    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let labels: Vec<Vec<String>> = st
        .names
        .iter()
        .zip(&st.totals)
        .map(|(names, totals)| {
            names
                .iter()
                .zip(totals)
                .map(|(n, t)| format!("{n} {}", scale::format_value(*t)))
                .collect()
        })
        .collect();
    let widest = |s: usize| -> DrawResult<i32, DB> {
        let mut widest = 0;
        for l in labels.get(s).into_iter().flatten() {
            widest = widest.max(axes::text_size(area, l, &label)?.0);
        }
        Ok(widest.min(w / 5))
    };
    let node_w = char_w.max(4);
    let left = m + widest(0)? + theme.gap;
    let right = w - m - widest(k - 1)? - theme.gap;
    // A row for the stage titles, then the columns.
    let titles_y = top;
    let top = top + line_h + theme.gap / 2;
    let bottom = h - m;
    if right - left < node_w * k as i32 || bottom - top < line_h {
        return Ok(());
    }
    let cols = columns(&st, (left, top, right, bottom), node_w, line_h);
    draw_flows(area, theme, &st, &cols, key_stage)?;
    draw_stage_labels(area, theme, input, &cols, &labels, titles_y)
}

/// Where the columns go, in pixels.
struct Columns {
    /// The left edge of each stage's nodes.
    x: Vec<f64>,
    node_w: i32,
    /// `node_top[s][n]`: the top of node `n` of stage `s`.
    node_top: Vec<Vec<f64>>,
    /// `node_h[s][n]`: its height.
    node_h: Vec<Vec<f64>>,
    /// Pixels per unit of value.
    scale_y: f64,
    top: i32,
    bottom: i32,
}

/// Columns spread from `left` to `right`; nodes stacked with gaps, every
/// stage centred, one scale for all (set by the stage with most gaps).
fn columns(st: &Stages, (left, top, right, bottom): (i32, i32, i32, i32), node_w: i32, line_h: i32) -> Columns {
    let k = st.names.len();
    let height = f64::from(bottom - top);
    let gap = (f64::from(line_h) / 2.0).max(height * 0.04);
    let scale_y = st
        .totals
        .iter()
        .map(|t| (height - gap * t.len().saturating_sub(1) as f64) / t.iter().sum::<f64>())
        .fold(f64::INFINITY, f64::min)
        .max(0.0);
    let x = (0..k)
        .map(|s| f64::from(left) + f64::from(right - left - node_w) * s as f64 / k.saturating_sub(1).max(1) as f64)
        .collect();
    let node_top = st
        .totals
        .iter()
        .map(|t| {
            let used: f64 = t.iter().sum::<f64>() * scale_y + gap * t.len().saturating_sub(1) as f64;
            let mut y = f64::from(top) + (height - used) / 2.0;
            t.iter()
                .map(|v| {
                    let here = y;
                    y += v * scale_y + gap;
                    here
                })
                .collect()
        })
        .collect();
    let node_h = st
        .totals
        .iter()
        .map(|t| t.iter().map(|v| v * scale_y).collect())
        .collect();
    Columns {
        x,
        node_w,
        node_top,
        node_h,
        scale_y,
        top,
        bottom,
    }
}

/// The bands, see-through (a terminal mixes see-through colours too, so
/// crossing bands show each other there as on paper); then the nodes: the
/// colouring stage in its colours, the others neutral.
fn draw_flows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    st: &Stages,
    cols: &Columns,
    key_stage: usize,
) -> DrawResult<(), DB> {
    let alpha = 0.55;
    let node_w = f64::from(cols.node_w);
    for b in bands(st, key_stage) {
        let x0 = cols.x[b.stage] + node_w;
        let x1 = cols.x[b.stage + 1];
        let y0 = cols.node_top[b.stage][b.from] + b.from_offset * cols.scale_y;
        let y1 = cols.node_top[b.stage + 1][b.to] + b.to_offset * cols.scale_y;
        let points = band_outline(x0, y0, x1, y1, b.value * cols.scale_y);
        area.draw(&Polygon::new(points, theme.color(b.key).mix(alpha).filled()))?;
    }
    for (s, (tops, heights)) in cols.node_top.iter().zip(&cols.node_h).enumerate() {
        let x = cols.x[s].round() as i32;
        for (i, (y, nh)) in tops.iter().zip(heights).enumerate() {
            let color = if s == key_stage { theme.color(i) } else { theme.axis };
            let y0 = y.round() as i32;
            let y1 = ((y + nh).round() as i32).max(y0 + 1);
            area.draw(&Rectangle::new(
                [(x, y0), (x + cols.node_w - 1, y1 - 1)],
                color.filled(),
            ))?;
        }
    }
    Ok(())
}

/// Stage titles above the columns, and each node's label beside it
/// (left of the first column, right of the others), pushed apart where
/// nodes are thin.
fn draw_stage_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    input: &Input,
    cols: &Columns,
    labels: &[Vec<String>],
    titles_y: i32,
) -> DrawResult<(), DB> {
    let (w, _) = axes::dims(area);
    let m = theme.margin;
    let label = theme.label_style();
    let muted = theme.muted_style();
    let (_, line_h) = axes::text_size(area, "0", &label)?;
    let k = cols.x.len();
    let node_w = f64::from(cols.node_w);
    for (s, ((x_s, tops), heights)) in cols.x.iter().zip(&cols.node_top).zip(&cols.node_h).enumerate() {
        let title = input.stage_titles.get(s).cloned().unwrap_or_default();
        let title = axes::fit_text(area, &title, &muted, (w / k as i32).max(1))?;
        let (tw, _) = axes::text_size(area, &title, &muted)?;
        let x = (x_s + node_w / 2.0).round() as i32;
        let x = (x - tw / 2).clamp(m.min(w - m - tw), (w - m - tw).max(m));
        area.draw(&Text::new(
            title,
            (x, titles_y),
            muted.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;

        let centres: Vec<f64> = tops.iter().zip(heights).map(|(y, nh)| y + nh / 2.0).collect();
        let half = f64::from(line_h) / 2.0;
        let ys = axes::spread(
            &centres,
            f64::from(line_h),
            f64::from(cols.top) + half,
            f64::from(cols.bottom) - half,
        );
        for (text, y) in labels.get(s).into_iter().flatten().zip(ys) {
            let yi = y.round() as i32;
            if s == 0 {
                let x = x_s.round() as i32 - theme.gap / 2;
                let text = axes::fit_text(area, text, &label, x - m)?;
                area.draw(&Text::new(
                    text,
                    (x, yi),
                    label.pos(Pos::new(HPos::Right, VPos::Center)),
                ))?;
                continue;
            }
            let x = (x_s + node_w).round() as i32 + theme.gap / 2;
            let room = match cols.x.get(s + 1) {
                Some(next) => (next - x_s) as i32 / 2,
                None => w - m - x,
            };
            let text = axes::fit_text(area, text, &label, room)?;
            let (tw, th) = axes::text_size(area, &text, &label)?;
            if s + 1 < k {
                // Over the bands: a patch of background keeps it legible.
                let pad = theme.gap / 4;
                area.draw(&Rectangle::new(
                    [(x - pad, yi - th / 2), (x + tw + pad, yi + th - th / 2 - 1)],
                    theme.background.mix(0.75).filled(),
                ))?;
            }
            area.draw(&Text::new(text, (x, yi), label.pos(Pos::new(HPos::Left, VPos::Center))))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(stages: &[&str], value: f64) -> Path {
        Path {
            stages: stages.iter().map(|s| (*s).to_string()).collect(),
            value,
        }
    }

    #[test]
    fn cubic_bezier_ends_on_its_points() {
        let points = cubic_bezier((0.0, 0.0), (5.0, 0.0), (5.0, 10.0), (10.0, 10.0), 2);
        assert_eq!(points, vec![(0.0, 0.0), (5.0, 5.0), (10.0, 10.0)]);
        assert_eq!(cubic_bezier((0.0, 0.0), (0.0, 0.0), (1.0, 1.0), (1.0, 1.0), 0).len(), 2);
    }

    #[test]
    fn equal_paths_merge_and_bad_ones_are_skipped() {
        let st = stages(
            &[
                path(&["a", "x"], 1.0),
                path(&["a", "x"], 2.0),
                path(&["b", "y"], 4.0),
                path(&["b"], 9.0),
                path(&["b", "x"], f64::NAN),
                path(&["b", "x"], 0.0),
            ],
            2,
        );
        assert_eq!(st.paths, vec![(vec![0, 0], 3.0), (vec![1, 1], 4.0)]);
        assert_eq!(st.totals, vec![vec![3.0, 4.0], vec![3.0, 4.0]]);
        // A zero row keeps its place in the order but makes no node.
        let st = stages(
            &[path(&["z", "x"], 0.0), path(&["b", "x"], 1.0), path(&["z", "x"], 2.0)],
            2,
        );
        assert_eq!(st.names, vec![vec!["z", "b"], vec!["x"]]);
        let st = stages(&[path(&["q", "x"], 0.0), path(&["b", "x"], 1.0)], 2);
        assert_eq!(st.names, vec![vec!["b"], vec!["x"]]);
    }

    #[test]
    fn later_stages_follow_their_sources() {
        // "y" comes only from "a" (top), "x" only from "b": y goes first.
        let st = stages(
            &[path(&["a", "x"], 0.0), path(&["b", "x"], 1.0), path(&["a", "y"], 1.0)],
            2,
        );
        assert_eq!(st.names, vec![vec!["a", "b"], vec!["y", "x"]]);
        let st = stages(
            &[path(&["a", "x"], 1.0), path(&["b", "y"], 1.0), path(&["a", "y"], 0.5)],
            2,
        );
        assert_eq!(st.names[1], vec!["x", "y"]);
        // x is met first, but most of it comes from "c" at the bottom.
        let st = stages(
            &[path(&["a", "x"], 1.0), path(&["b", "y"], 1.0), path(&["c", "x"], 5.0)],
            2,
        );
        assert_eq!(st.names[1], vec!["y", "x"], "reordered to avoid a crossing");
    }

    #[test]
    fn crowded_stages_gather_their_smallest_categories() {
        let paths: Vec<Path> = (0..100_000)
            .map(|i| path(&[&format!("a{i}"), "x"], f64::from(i % 100 + 1)))
            .collect();
        let (lumped, note) = lump_stages(&paths, 2, MAX_NODES);
        let st = stages(&lumped, 2);
        assert_eq!(st.names[0].len(), MAX_NODES);
        assert!(st.names[0].iter().any(|n| n == "Other (99,971)"), "{:?}", st.names[0]);
        let total: f64 = st.paths.iter().map(|(_, v)| v).sum();
        let expected: f64 = paths.iter().map(|p| p.value).sum();
        assert!((total - expected).abs() < 1e-6 * expected);
        assert!(note.starts_with("99,971 smaller categories"), "{note}");
        let few = vec![path(&["a", "x"], 1.0), path(&["b", "x"], 2.0)];
        assert_eq!(lump_stages(&few, 2, MAX_NODES), (few.clone(), String::new()));
    }

    #[test]
    fn top_gathers_all_but_the_largest_of_each_stage() {
        let paths = vec![
            path(&["a", "x"], 5.0),
            path(&["b", "y"], 3.0),
            path(&["c", "z"], 1.0),
            path(&["d", "x"], 1.0),
        ];
        let input = Input {
            stage_titles: vec![String::from("from"), String::from("to")],
            paths,
            ..Input::default()
        };
        let draw_it = |input: &Input| {
            crate::test_pixels::pixels(300, 200, |area| {
                draw(area, input, Variant::ColouredBySource, &Theme::light()).expect("draws");
            })
        };
        let one = Input {
            top: Some(1),
            ..input.clone()
        };
        assert_ne!(draw_it(&input), draw_it(&one));
        let (lumped, note) = lump_stages(&one.paths, 2, 2);
        assert_eq!(stages(&lumped, 2).names[0].len(), 2, "a and Other");
        assert!(note.ends_with("(at most 2 nodes a stage)."), "{note}");
    }

    #[test]
    fn bands_stack_inside_their_nodes() {
        let st = stages(
            &[
                path(&["a", "x", "1"], 1.0),
                path(&["a", "y", "2"], 2.0),
                path(&["b", "x", "2"], 3.0),
            ],
            3,
        );
        let bands = bands(&st, 2);
        // Stage 0 -> 1: a->x, a->y, b->x; keyed by the last stage.
        let first: Vec<&Band> = bands.iter().filter(|b| b.stage == 0).collect();
        assert_eq!(first.len(), 3);
        for node in 0..st.names[0].len() {
            let mut leaving: Vec<(f64, f64)> = first
                .iter()
                .filter(|b| b.from == node)
                .map(|b| (b.from_offset, b.value))
                .collect();
            leaving.sort_by(|p, q| p.0.total_cmp(&q.0));
            let mut at = 0.0;
            for (offset, value) in leaving {
                assert!((offset - at).abs() < 1e-12, "bands touch without overlap");
                at += value;
            }
            assert!((at - st.totals[0][node]).abs() < 1e-12, "bands fill the node");
        }
        let total: f64 = bands.iter().filter(|b| b.stage == 1).map(|b| b.value).sum();
        assert!((total - 6.0).abs() < 1e-12);
    }

    #[test]
    fn band_outlines_close_on_the_left() {
        let points = band_outline(0.0, 0.0, 100.0, 50.0, 10.0);
        assert_eq!(points.first(), Some(&(0, 0)));
        assert!(points.contains(&(100, 50)) && points.contains(&(100, 60)));
        assert_eq!(points.last(), Some(&(0, 10)));
    }
}
