//! The registry: one entry per chart type, with its family, docs (parsed
//! from the chart module's own `//!` header), data roles, sample binding and
//! source text.

mod chart;
mod correlation;
mod distribution;
mod docs;
mod evolution;
mod flow;
mod map;
mod part_of_a_whole;
mod prepared;
mod ranking;

pub use chart::{Chart, Family, Sample};
pub use docs::Docs;
pub use prepared::Prepared;

use anyhow::Result;

/// Every chart, in catalogue order (family, then as listed).
pub fn all() -> Vec<&'static Chart> {
    let mut charts: Vec<&'static Chart> = [
        distribution::CHARTS,
        correlation::CHARTS,
        ranking::CHARTS,
        part_of_a_whole::CHARTS,
        evolution::CHARTS,
        map::CHARTS,
        flow::CHARTS,
    ]
    .concat();
    charts.sort_by_key(|c| c.family);
    charts
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
