//! Drawing the TUI: `impl Widget for &App`, split by screen region.

use super::app::{App, Focus};
use super::settings::{self, Panel, PanelKind};
use super::worker::DrawKey;
use crate::catalogue::Family;
use crate::render::{self, cell::ColorDepth};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

/// Below this the layout cannot show a chart: say so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The app, with the colour depth and theme of the chart pane (set once
/// from the environment and `--theme`).
pub struct View<'a> {
    pub app: &'a App,
    pub depth: ColorDepth,
    pub theme: &'a rgg_gallery::theme::Theme,
}

impl Widget for View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        // Set again below when the chart pane leaves room for a real image.
        self.app.showing.set(None);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let msg = format!(
                "Terminal too small ({}x{}); rgg needs {MIN_WIDTH}x{MIN_HEIGHT}. q quits.",
                area.width, area.height
            );
            Paragraph::new(msg).wrap(Wrap { trim: true }).render(area, buf);
            return;
        }
        let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let sidebar_w = (area.width / 4).clamp(20, 30);
        let [sidebar, main] = Layout::horizontal([Constraint::Length(sidebar_w), Constraint::Min(1)]).areas(body);
        render_catalogue(self.app, sidebar, buf);
        // Wide screens put the docs beside the chart; narrow ones below it.
        let beside = main.width >= 130;
        let (chart_area, info_area) = if beside {
            let [c, i] = Layout::horizontal([Constraint::Min(1), Constraint::Length(44)]).areas(main);
            (c, i)
        } else {
            let info_h = (main.height / 4).clamp(4, 8);
            let [c, i] = Layout::vertical([Constraint::Min(1), Constraint::Length(info_h)]).areas(main);
            (c, i)
        };
        if self.app.show_source {
            render_source(self.app, main, buf);
        } else {
            render_chart(self.app, chart_area, buf, (self.depth, self.theme));
            let edge = if beside { Borders::LEFT } else { Borders::TOP };
            match self.app.panel {
                Some(panel) => render_panel(self.app, panel, info_area, buf, edge),
                None => render_info(self.app, info_area, buf, edge),
            }
        }
        render_status(self.app, status, buf);
        if self.app.help {
            // The help covers the chart: no image under it.
            self.app.showing.set(None);
            render_help(area, buf);
        }
        if self.app.explore.is_some() {
            self.app.showing.set(None);
            render_explore(self.app, body, buf);
        }
    }
}

fn focus_style(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}

fn render_catalogue(app: &App, area: Rect, buf: &mut Buffer) {
    let title = if app.filtering || !app.filter.is_empty() {
        format!(" /{}{} ", app.filter, if app.filtering { "▏" } else { "" })
    } else {
        format!(" Catalogue ({}) ", app.charts.len())
    };
    let block = Block::new()
        .borders(Borders::RIGHT)
        .border_style(focus_style(app.focus == Focus::Catalogue))
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);

    // One row per family header and per chart; remember which row is which chart.
    let mut rows: Vec<(Line, Option<usize>)> = Vec::new();
    for family in Family::ALL {
        let members: Vec<usize> = app
            .visible
            .iter()
            .copied()
            .filter(|i| app.charts[*i].family == family)
            .collect();
        let total = app.charts.iter().filter(|c| c.family == family).count();
        if members.is_empty() && (total == 0 || !app.filter.is_empty()) {
            continue;
        }
        rows.push((
            Line::from(format!("{} ({})", family.name(), members.len())).bold(),
            None,
        ));
        for i in members {
            let selected = app.current_index() == Some(i);
            let text = format!("  {}", app.charts[i].id);
            let style = if selected {
                Style::new().reversed()
            } else {
                Style::new()
            };
            rows.push((Line::styled(text, style), Some(i)));
        }
    }
    if rows.is_empty() {
        rows.push((Line::from("No chart matches").dark_gray(), None));
    }
    // Scroll just enough to keep the selected row (and its header) in view.
    let height = usize::from(inner.height).max(1);
    let selected_row = rows
        .iter()
        .position(|(_, c)| c.is_some() && *c == app.current_index())
        .unwrap_or(0);
    let mut offset = app.list_offset.get();
    if selected_row < offset + 1 {
        offset = selected_row.saturating_sub(1);
    } else if selected_row >= offset + height {
        offset = selected_row + 1 - height;
    }
    app.list_offset.set(offset);
    let shown: Vec<(Line, Option<usize>)> = rows.into_iter().skip(offset).take(height).collect();
    *app.list_rows.borrow_mut() = (inner, shown.iter().map(|(_, c)| *c).collect());
    let lines: Vec<Line> = shown.into_iter().map(|(l, _)| l).collect();
    Paragraph::new(lines).render(inner, buf);
}

fn render_chart(app: &App, area: Rect, buf: &mut Buffer, (depth, theme): (ColorDepth, &rgg_gallery::theme::Theme)) {
    if app.drawing == super::app::Drawing::Background && !matches!(app.current_prepared(), Some(Err(_))) {
        render_drawn(app, area, buf);
        return;
    }
    match app.current_prepared() {
        Some(Ok(shown)) => {
            let figure = render::Figure {
                prepared: &shown.prepared,
                variant: app.current_variant(),
                footnote: shown.footnote.as_deref(),
            };
            render::draw_cells(figure, buf, area, app.mode, depth, theme);
        }
        Some(Err(e)) => {
            let what = if app.user.is_some() {
                "This chart cannot draw your data"
            } else {
                "Cannot draw this chart"
            };
            Paragraph::new(format!("{what}: {e}"))
                .wrap(Wrap { trim: true })
                .render(area, buf);
        }
        None => Paragraph::new("No chart selected. Esc clears the filter.").render(area, buf),
    }
}

/// The worker's picture of the chart, when it is the one this pane needs;
/// otherwise a note that it is being drawn, and the event loop is asked
/// (through `app.wanted`) to get it.
fn render_drawn(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(chart) = app.current_index() else {
        Paragraph::new("No chart selected. Esc clears the filter.").render(area, buf);
        return;
    };
    let key = DrawKey {
        chart,
        variant: app.current_variant(),
        mode: app.mode,
        area,
        pixels: app.images_on(),
        revision: app.settings[chart].revision,
    };
    match &app.drawn {
        Some((drawn, _)) if *drawn == key && key.pixels && app.images.contains_key(&key) => {
            // Room for the real image: blank cells the terminal is not told
            // about, so the picture the event loop puts there stays.
            for y in area.top()..area.bottom() {
                for x in area.left()..area.right() {
                    if let Some(cell) = buf.cell_mut((x, y)) {
                        cell.reset();
                        cell.set_diff_option(ratatui::buffer::CellDiffOption::Skip);
                    }
                }
            }
            app.showing.set(Some(key));
        }
        Some((drawn, image)) if *drawn == key => {
            for y in area.top()..area.bottom() {
                for x in area.left()..area.right() {
                    if let (Some(to), Some(from)) = (buf.cell_mut((x, y)), image.cell((x, y))) {
                        *to = from.clone();
                    }
                }
            }
        }
        _ => {
            app.wanted.set(Some(key));
            let title = app.current().map(|c| c.docs().title).unwrap_or_default();
            let note = format!("Drawing {title}… (q quits, keys still work)");
            let y = area.y + area.height / 2;
            Paragraph::new(note)
                .centered()
                .dark_gray()
                .render(Rect::new(area.x, y, area.width, 1.min(area.height)), buf);
        }
    }
}

/// The docs pane; `edge` is the border that faces the chart.
fn render_info(app: &App, area: Rect, buf: &mut Buffer, edge: Borders) {
    let Some(chart) = app.current() else { return };
    let docs = chart.docs();
    let variant = chart.variants.get(app.current_variant()).copied().unwrap_or("");
    let label = |s: &'static str| Span::styled(s, Style::new().add_modifier(Modifier::BOLD));
    let text = Text::from(vec![
        Line::from(vec![
            Span::styled(docs.title.clone(), Style::new().bold().fg(Color::Cyan)),
            Span::raw(format!(
                "  {} · variant {variant} ({}/{}) · {}",
                chart.family.name(),
                app.current_variant() + 1,
                chart.variants.len(),
                app.mode.name()
            )),
        ]),
        // The caveat first: on a small screen it is what must stay visible.
        Line::from(vec![
            Span::styled("Caveat: ", Style::new().bold().fg(Color::Yellow)),
            Span::raw(docs.caveat.clone()),
        ]),
        Line::from(vec![label("When to use: "), Span::raw(docs.when_to_use.clone())]),
        Line::from(docs.description.clone()),
        Line::from(vec![
            label("Dataset: "),
            Span::raw(
                app.user
                    .as_ref()
                    .map_or(chart.sample.dataset, |u| u.table.source.as_str())
                    .to_string(),
            ),
        ]),
    ]);
    let block = Block::new()
        .borders(edge)
        .border_style(Style::new().fg(Color::DarkGray));
    Paragraph::new(text)
        .block(block)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The parameter or roles panel, in place of the docs: a row per
/// parameter (role), the selected one highlighted with its help below.
fn render_panel(app: &App, panel: Panel, area: Rect, buf: &mut Buffer, edge: Borders) {
    let Some(chart) = app.current() else { return };
    let Some(i) = app.current_index() else { return };
    let (title, rows) = match (panel.kind, app.user.as_deref()) {
        (PanelKind::Params, _) => (
            " Parameters — ←→ change · Esc closes ",
            settings::param_rows(chart, &app.settings[i]),
        ),
        (PanelKind::Roles, Some(file)) => (
            " Columns — ←→ change · Esc closes ",
            settings::role_rows(chart, &app.bound_roles(), file),
        ),
        (PanelKind::Roles, None) => (" Columns ", Vec::new()),
    };
    let name_w = rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
    let mut lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let style = if n == panel.row {
                Style::new().reversed()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(format!("{:<name_w$}  ", row.name), style.bold()),
                Span::styled(
                    format!("◀ {} ▶", crate::text::sanitize(&row.value)),
                    style.fg(Color::Cyan),
                ),
            ])
        })
        .collect();
    if let Some(row) = rows.get(panel.row) {
        lines.push(Line::from(crate::text::sanitize(&row.help)).dark_gray());
    }
    if let Some(Err(e)) = app.current_prepared() {
        lines.push(Line::from(format!("Cannot draw: {e}")).fg(Color::Yellow));
    }
    let block = Block::new()
        .borders(edge)
        .border_style(Style::new().fg(Color::Cyan))
        .title(title);
    let inner = block.inner(area);
    let value_x = inner.x.saturating_add(u16::try_from(name_w + 2).unwrap_or(u16::MAX));
    app.panel_rows.set((inner, value_x));
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn render_source(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(chart) = app.current() else { return };
    let view = super::source::View {
        chart,
        file: app.source_file,
        scroll: app.source_scroll,
        focused: app.focus == Focus::Chart,
        tabs: &app.source_tabs,
    };
    super::source::render(&view, area, buf);
}

/// The "What data do I have?" panel, over the screen, when it is open.
fn render_explore(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(explore) = &app.explore else { return };
    let exists = |id: &str| app.charts.iter().any(|c| c.id == id);
    let title = |id: &str| {
        app.charts
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.docs().title)
            .unwrap_or_default()
    };
    explore.render(area, buf, &exists, &title);
}

fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    let text = if !app.status.is_empty() {
        Line::from(app.status.clone()).fg(Color::Green)
    } else if app.filtering {
        Line::from("type to filter · Enter keeps · Esc clears").dark_gray()
    } else if app.panel.is_some() {
        Line::from(format!("{} · c copies it", app.command_line().unwrap_or_default())).dark_gray()
    } else {
        Line::from(
            "↑↓ move · / filter · d what data? · v variant · p params · m mode · s source · e export · ? help · q quit",
        )
        .dark_gray()
    };
    Paragraph::new(text).render(area, buf);
}

fn render_help(area: Rect, buf: &mut Buffer) {
    let lines = [
        "rgg — keys",
        "",
        "↑ ↓ / j k     move in the catalogue",
        "PgUp PgDn     move by ten; Home End",
        "Tab           switch focus (catalogue / chart)",
        "/             filter by id, title, family, text",
        "v             next variant",
        "p             the chart's parameters (←→ change)",
        "r             which columns of your file (--data)",
        "c             copy the rgg show command of this view",
        "m             next cell mode (braille, half, ...)",
        "d             what data do I have? (a tree to the charts)",
        "s             show / hide the chart's source",
        "  h / 1-9     in the source: next helper file / file N",
        "y             copy the source (OSC 52 clipboard)",
        "e             export the chart to PNG here",
        "mouse         click a chart, a tree row or a file tab",
        "q / Esc       quit",
        "",
        "any key closes this help",
    ];
    let w = (lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as u16 + 4).min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    Clear.render(popup, buf);
    let text: Vec<Line> = lines.iter().map(|l| Line::from(*l)).collect();
    Paragraph::new(text)
        .block(
            Block::bordered()
                .title(" Help ")
                .border_style(Style::new().fg(Color::Cyan)),
        )
        .render(popup, buf);
}
