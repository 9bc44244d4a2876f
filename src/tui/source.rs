//! The source view (`s`): the chart's module, highlighted and numbered
//! like an editor, and the helper files its `## Copying` note names, one
//! key away (`h` next file, `1`-`9` a file by number, or a click on its tab).

use super::highlight;
use crate::catalogue::{self, Chart};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use std::path::Path;

/// The gallery's shared helper files, as a copy needs them.
const HELPERS: &[(&str, &str)] = &[
    ("axes.rs", include_str!("../../gallery/src/axes.rs")),
    ("color_bar.rs", include_str!("../../gallery/src/color_bar.rs")),
    ("geo.rs", include_str!("../../gallery/src/geo.rs")),
    ("geo_basemap.rs", include_str!("../../gallery/src/geo_basemap.rs")),
    ("geo_fit.rs", include_str!("../../gallery/src/geo_fit.rs")),
    (
        "geo_great_circle.rs",
        include_str!("../../gallery/src/geo_great_circle.rs"),
    ),
    ("geo_hexbin.rs", include_str!("../../gallery/src/geo_hexbin.rs")),
    ("geo_labels.rs", include_str!("../../gallery/src/geo_labels.rs")),
    ("geo_layout.rs", include_str!("../../gallery/src/geo_layout.rs")),
    ("geo_polygon.rs", include_str!("../../gallery/src/geo_polygon.rs")),
    ("geo_projection.rs", include_str!("../../gallery/src/geo_projection.rs")),
    ("graph.rs", include_str!("../../gallery/src/graph.rs")),
    ("hierarchy.rs", include_str!("../../gallery/src/hierarchy.rs")),
    ("radial.rs", include_str!("../../gallery/src/radial.rs")),
    ("scale.rs", include_str!("../../gallery/src/scale.rs")),
    ("size_legend.rs", include_str!("../../gallery/src/size_legend.rs")),
    ("stats.rs", include_str!("../../gallery/src/stats.rs")),
    ("theme.rs", include_str!("../../gallery/src/theme.rs")),
];

/// One file the source view can show: its path and text (`None` when
/// this build does not hold it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: Option<&'static str>,
}

/// The files a `## Copying` note names: every `` `name.rs` ``.
pub fn note_files(note: &str) -> Vec<String> {
    note.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| Path::new(s).extension().is_some_and(|e| e == "rs"))
        .map(String::from)
        .collect()
}

/// The chart's own module, then each helper its `## Copying` note names:
/// a shared file under `gallery/src/`, or a chart module of the same
/// family (a streamgraph needs the stacked area's code).
pub fn files(chart: &Chart) -> Vec<SourceFile> {
    let family_dir = chart.source_path.rsplit_once('/').map_or("gallery/src", |(dir, _)| dir);
    let mut out = vec![SourceFile {
        path: chart.source_path.to_string(),
        text: Some(chart.source),
    }];
    for name in note_files(&chart.docs().copying) {
        let shared = HELPERS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text);
        let file = if let Some(text) = shared {
            SourceFile {
                path: format!("gallery/src/{name}"),
                text: Some(text),
            }
        } else {
            let path = format!("{family_dir}/{name}");
            let text = catalogue::all()
                .into_iter()
                .find(|c| c.source_path == path)
                .map(|c| c.source);
            SourceFile { path, text }
        };
        out.push(file);
    }
    out
}

/// The tabs line: each file by number, the shown one highlighted. Returns
/// the line and the column span of each tab (for clicks).
fn tabs(all: &[SourceFile], current: usize) -> (Line<'static>, Vec<(u16, u16)>) {
    let mut spans = Vec::new();
    let mut spots = Vec::new();
    let mut x = 0u16;
    for (i, file) in all.iter().enumerate() {
        // The file's name without `.rs`: five tabs fit in 80 columns.
        let name = file.path.rsplit('/').next().unwrap_or(&file.path);
        let name = name.strip_suffix(".rs").unwrap_or(name);
        let label = format!(" {} {name} ", i + 1);
        let width = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
        let style = if i == current {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().fg(Color::DarkGray)
        };
        spots.push((x, x.saturating_add(width)));
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
        x = x.saturating_add(width + 1);
    }
    (Line::from(spans), spots)
}

/// What the source view shows: the chart, which of its files, scrolled
/// how far, and whether keys scroll it.
pub struct View<'a> {
    pub chart: &'a Chart,
    pub file: usize,
    pub scroll: u16,
    pub focused: bool,
    /// Where the tabs were drawn: (from, to, row), for clicks.
    pub tabs: &'a std::cell::RefCell<Vec<(u16, u16, u16)>>,
}

/// Draws the source view into `area`; remembers where the tabs are.
pub fn render(view: &View, area: Rect, buf: &mut Buffer) {
    let all = files(view.chart);
    let current = if view.file < all.len() { view.file } else { 0 };
    let file = &all[current];
    let focused = view.focused;
    let title = format!(" {} ", file.path);
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(Style::new().fg(if focused { Color::Cyan } else { Color::DarkGray }))
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 {
        return;
    }
    // The tabs: the chart's module, then its helpers.
    let (line, spots) = tabs(&all, current);
    let tab_line = line;
    let tab_row = Rect::new(inner.x, inner.y, inner.width, 1);
    Paragraph::new(tab_line).render(tab_row, buf);
    view.tabs.replace(
        spots
            .into_iter()
            .map(|(a, b)| (tab_row.x.saturating_add(a), tab_row.x.saturating_add(b), tab_row.y))
            .collect(),
    );
    // The keys, on the last row: they must not be cut off on the right,
    // so the short ones come first.
    let keys = format!(
        "{} · {}s closes · y copies",
        if focused {
            "j/k PgUp/PgDn scroll"
        } else {
            "Tab, then j/k scrolls"
        },
        if all.len() > 1 {
            "h next file · 1-9 a file · "
        } else {
            ""
        }
    );
    let keys_h = u16::from(inner.height >= 3);
    Paragraph::new(Line::styled(keys, Style::new().fg(Color::DarkGray)))
        .render(Rect::new(inner.x, inner.bottom() - keys_h, inner.width, keys_h), buf);
    let body = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1 - keys_h);
    let Some(text) = file.text else {
        Paragraph::new(format!(
            "{} is not part of this build; find it in the gallery's repository.",
            file.path
        ))
        .render(body, buf);
        return;
    };
    let lines = highlight::highlighted_lines(text);
    let max_scroll = (lines.len() as u16).saturating_sub(1);
    Paragraph::new(lines)
        .scroll((view.scroll.min(max_scroll), 0))
        .render(body, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_helper_a_note_names_is_found() {
        for chart in catalogue::all() {
            let all = files(chart);
            assert_eq!(all.len(), 1 + note_files(&chart.docs().copying).len(), "{}", chart.id);
            for file in &all {
                assert!(file.text.is_some(), "{}: {} not found", chart.id, file.path);
                assert!(Path::new(&file.path).exists(), "{}: {}", chart.id, file.path);
            }
        }
    }

    #[test]
    fn tabs_are_numbered_and_their_spans_do_not_overlap() {
        let chart = catalogue::find("choropleth").expect("choropleth");
        let all = files(chart);
        let (line, spots) = tabs(&all, 1);
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(text.starts_with(" 1 choropleth   2 "), "{text}");
        assert_eq!(spots.len(), all.len());
        assert!(spots.windows(2).all(|w| w[0].1 < w[1].0));
    }

    #[test]
    fn the_source_view_colours_code_by_kind() {
        let lines = highlight::highlighted_lines("pub fn f() {}");
        let keyword = lines[0].spans.iter().find(|s| s.content == "pub").map(|s| s.style);
        assert_eq!(keyword, Some(highlight::Token::Keyword.style()));
        assert_ne!(highlight::Token::Keyword.style(), highlight::Token::Plain.style());
    }
}
