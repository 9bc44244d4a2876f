//! The TUI's state and how keys and clicks change it. No terminal here:
//! every change is a plain method, so it is tested without one.

use super::settings::{self, Panel, PanelKind};
use super::shown::{prepare, ReadyChart, Settings};
use super::worker::{Done, DrawKey, Job};
use super::{source, tree};
use crate::catalogue::{self, Chart};
use crate::data::user::LoadedFile;
use crate::render::cell::CellMode;
use crate::render::pixels::Display;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Catalogue,
    Chart,
}

/// Work a key asks for that goes beyond the state: the event loop does it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    /// Export the selected chart to PNG in the current folder.
    Export,
    /// Copy the selected chart's source to the clipboard (OSC 52).
    CopySource,
    /// Copy the `rgg show` command that draws what is shown.
    CopyCommand,
}

pub struct App {
    pub charts: Vec<&'static Chart>,
    /// Indices into `charts` that pass the filter, in catalogue order.
    pub visible: Vec<usize>,
    /// Position in `visible` of the selected chart.
    pub selected: usize,
    pub filter: String,
    pub filtering: bool,
    pub focus: Focus,
    /// The chosen variant of each chart (by index in `charts`).
    pub variants: Vec<usize>,
    pub mode: CellMode,
    pub show_source: bool,
    pub source_scroll: u16,
    pub help: bool,
    pub status: String,
    /// Prepared inputs (and footnotes) per chart and variant, made when
    /// first shown; the error says why a chart cannot draw the data.
    pub(super) prepared: Vec<Vec<Option<ReadyChart>>>,
    /// What the user changed per chart: role columns and parameters.
    pub settings: Vec<Settings>,
    /// The parameter or roles panel, when open.
    pub panel: Option<Panel>,
    /// The user's own data (`rgg --data FILE`), drawn by every chart that fits.
    pub user: Option<Arc<LoadedFile>>,
    /// The "What data do I have?" branch the user's file matches: profiling
    /// a big file takes a while, so once, when `d` first asks.
    pub(super) explore_branch: std::cell::OnceCell<Vec<&'static str>>,
    /// Where charts are prepared and drawn.
    pub drawing: Drawing,
    /// The worker's latest picture of the chart pane.
    pub drawn: Option<(DrawKey, Buffer)>,
    /// How this terminal shows real images, if it can (`--pixels`), and
    /// whether charts are shown that way now.
    pub pixels: Option<Pixels>,
    /// Real images made so far, by what they show: coming back to a chart
    /// is instant.
    pub images: HashMap<DrawKey, Arc<Vec<u8>>>,
    /// The real image the last frame left room for, if any: the event
    /// loop puts it on the screen.
    pub showing: Cell<Option<DrawKey>>,
    /// The picture the last frame needed and did not have: the event loop
    /// asks the worker for it.
    pub wanted: Cell<Option<DrawKey>>,
    /// Where the catalogue list was drawn, and which chart each row holds.
    pub list_rows: std::cell::RefCell<(Rect, Vec<Option<usize>>)>,
    /// Where the parameter or roles panel's rows were drawn (one per
    /// screen row from the top of this area), and the column where each
    /// row's value starts: a click left of it selects, on it changes.
    pub panel_rows: Cell<(Rect, u16)>,
    pub list_offset: Cell<usize>,
    /// The "What data do I have?" panel (`d`), when open.
    pub explore: Option<tree::Explore>,
    /// Which file the source view shows: 0 the chart's, then its helpers.
    pub source_file: usize,
    /// Where the source view drew its file tabs: (from, to, row).
    pub source_tabs: std::cell::RefCell<Vec<(u16, u16, u16)>>,
}

/// Real images in the chart pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pixels {
    /// How the terminal shows them.
    pub display: Display,
    /// Whether the chart pane shows one now (`m` cycles images and the
    /// cell modes).
    pub on: bool,
}

/// At most this many real images are kept (see [`App::images`]).
const MAX_IMAGES: usize = 48;

/// Where charts are prepared and drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawing {
    /// At once, on the caller's thread, as the view is rendered (tests).
    Inline,
    /// By the worker thread (the interactive gallery): the UI never waits.
    Background,
}

impl Default for App {
    fn default() -> Self {
        App::new(catalogue::all(), None)
    }
}

impl App {
    pub fn new(charts: Vec<&'static Chart>, user: Option<LoadedFile>) -> Self {
        let n = charts.len();
        let mut app = App {
            visible: (0..n).collect(),
            charts,
            selected: 0,
            filter: String::new(),
            filtering: false,
            focus: Focus::Catalogue,
            variants: vec![0; n],
            mode: CellMode::Braille,
            show_source: false,
            source_scroll: 0,
            help: false,
            status: String::new(),
            prepared: Vec::new(),
            settings: vec![Settings::default(); n],
            panel: None,
            user: user.map(Arc::new),
            explore_branch: std::cell::OnceCell::new(),
            drawing: Drawing::Inline,
            drawn: None,
            wanted: Cell::new(None),
            pixels: None,
            images: HashMap::new(),
            showing: Cell::new(None),
            list_rows: std::cell::RefCell::new((Rect::default(), Vec::new())),
            panel_rows: Cell::new((Rect::default(), 0)),
            list_offset: Cell::new(0),
            explore: None,
            source_file: 0,
            source_tabs: std::cell::RefCell::new(Vec::new()),
        };
        app.prepared = app
            .charts
            .iter()
            .map(|c| c.variants.iter().map(|_| None).collect())
            .collect();
        app.prepare_selected();
        app
    }

    /// Index in `charts` of the selected chart, if any is visible.
    pub fn current_index(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    pub fn current(&self) -> Option<&'static Chart> {
        self.current_index().map(|i| self.charts[i])
    }

    pub fn current_variant(&self) -> usize {
        self.current_index().map_or(0, |i| self.variants[i])
    }

    /// The selected chart's input, or why it could not be made.
    pub fn current_prepared(&self) -> Option<&ReadyChart> {
        let i = self.current_index()?;
        self.prepared[i].get(self.variants[i])?.as_ref()
    }

    /// The worker's job for the picture `key`: the chart, and its input
    /// when it was prepared before.
    pub fn job_for(&self, key: DrawKey) -> Option<Job> {
        let chart = *self.charts.get(key.chart)?;
        let shown = match self.prepared.get(key.chart)?.get(key.variant)? {
            Some(Ok(shown)) => Some(Arc::clone(shown)),
            Some(Err(_)) => return None,
            None => None,
        };
        Some(Job {
            key,
            chart,
            shown,
            user: self.user.clone(),
            settings: self.settings.get(key.chart)?.clone(),
        })
    }

    /// Keeps what the worker made: the input it prepared and the picture.
    pub fn finish(&mut self, done: Done) {
        let current = self.settings.get(done.key.chart).map(|s| s.revision);
        if current != Some(done.key.revision) {
            // Made for settings the user has changed since: not this chart any more.
            return;
        }
        if let Some(result) = done.prepared {
            if let Some(slot) = self
                .prepared
                .get_mut(done.key.chart)
                .and_then(|v| v.get_mut(done.key.variant))
            {
                *slot = Some(result);
            }
        }
        if let Some(sequence) = done.sequence {
            // A few dozen images at most: enough for a browse through the
            // catalogue, not a leak over a long session.
            if self.images.len() >= MAX_IMAGES {
                self.images.clear();
            }
            self.images.insert(done.key, sequence);
        }
        if let Some(image) = done.image {
            self.drawn = Some((done.key, image));
        }
    }

    pub(super) fn prepare_selected(&mut self) {
        if self.drawing == Drawing::Background {
            // The worker prepares it, off this thread, when it is drawn.
            return;
        }
        if let Some(i) = self.current_index() {
            let v = self.variants[i];
            if let Some(slot @ None) = self.prepared[i].get_mut(v) {
                *slot = Some(
                    prepare(self.charts[i], v, self.user.as_deref(), &self.settings[i])
                        .map(Arc::new)
                        .map_err(|e| format!("{e:#}")),
                );
            }
        }
    }

    fn select(&mut self, position: usize) {
        if !self.visible.is_empty() {
            self.selected = position.min(self.visible.len() - 1);
            self.source_scroll = 0;
            self.source_file = 0;
            self.prepare_selected();
        }
    }

    /// Opens the "What data do I have?" panel: at the branch the user's
    /// file matches, if any.
    fn open_explore(&mut self) {
        let user = self.user.as_ref();
        let path = self
            .explore_branch
            .get_or_init(|| user.map(|u| tree::branch_for(&u.table)).unwrap_or_default())
            .clone();
        let charts = &self.charts;
        let exists = |id: &str| charts.iter().any(|c| c.id == id);
        self.explore = Some(tree::Explore::at(&path, &exists));
    }

    /// A key or click in the open panel, and what it asks for.
    fn explore_event(&mut self, event: impl FnOnce(&mut tree::Explore, &dyn Fn(&str) -> bool) -> tree::Outcome) {
        let Some(mut explore) = self.explore.take() else { return };
        let charts = &self.charts;
        let exists = |id: &str| charts.iter().any(|c| c.id == id);
        match event(&mut explore, &exists) {
            tree::Outcome::Stay => self.explore = Some(explore),
            tree::Outcome::Close => {}
            tree::Outcome::Select(id) => {
                self.select_id(id);
                self.focus = Focus::Catalogue;
                self.show_source = false;
            }
        }
    }

    /// The source view's own keys: `h` shows the next file (the chart's,
    /// then the helpers its `## Copying` note names), `1`-`9` a file by
    /// number. Returns whether the key was one of them.
    fn source_key(&mut self, code: KeyCode) -> bool {
        let Some(count) = self.current().map(|c| source::files(c).len()) else {
            return false;
        };
        let pick = match code {
            KeyCode::Char('h') => (self.source_file + 1) % count,
            KeyCode::Char(c @ '1'..='9') => {
                let n = c as usize - '1' as usize;
                if n >= count {
                    return true;
                }
                n
            }
            _ => return false,
        };
        self.show_file(pick);
        true
    }

    fn show_file(&mut self, file: usize) {
        if file != self.source_file {
            self.source_file = file;
            self.source_scroll = 0;
        }
    }

    /// A left click on a source file's tab shows that file. Returns
    /// whether it hit one.
    fn source_click(&mut self, column: u16, row: u16) -> bool {
        let hit = self
            .source_tabs
            .borrow()
            .iter()
            .position(|(from, to, y)| *y == row && (*from..*to).contains(&column));
        if let Some(file) = hit {
            self.show_file(file);
        }
        hit.is_some()
    }

    /// Selects the chart `id`, clearing a filter that hides it.
    pub fn select_id(&mut self, id: &str) {
        let Some(chart) = self.charts.iter().position(|c| c.id == id) else {
            return;
        };
        if !self.visible.contains(&chart) {
            self.filter.clear();
            self.apply_filter();
        }
        if let Some(pos) = self.visible.iter().position(|v| *v == chart) {
            self.select(pos);
        }
    }

    fn apply_filter(&mut self) {
        let previous = self.current_index();
        let needle = self.filter.to_lowercase();
        self.visible = (0..self.charts.len())
            .filter(|i| needle.is_empty() || matches_filter(self.charts[*i], &needle))
            .collect();
        let keep = previous.and_then(|p| self.visible.iter().position(|v| *v == p));
        // Otherwise the chart whose id starts with what was typed, if any.
        let by_id = || {
            self.visible
                .iter()
                .position(|v| self.charts[*v].id.starts_with(&needle))
        };
        self.select(keep.or_else(by_id).unwrap_or(0));
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Effect {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Effect::Quit;
        }
        if self.help {
            self.help = false;
            return Effect::None;
        }
        if self.explore.is_some() {
            self.explore_event(|e, exists| e.handle_key(key.code, exists));
            return Effect::None;
        }
        if self.panel.is_some() && self.panel_key(key) {
            return Effect::None;
        }
        if self.filtering {
            match key.code {
                KeyCode::Esc => {
                    self.filtering = false;
                    self.filter.clear();
                    self.apply_filter();
                }
                KeyCode::Enter => self.filtering = false,
                KeyCode::Backspace => {
                    self.filter.pop();
                    self.apply_filter();
                }
                KeyCode::Down => self.select(self.selected + 1),
                KeyCode::Up => self.select(self.selected.saturating_sub(1)),
                KeyCode::Char(c) if !c.is_control() => {
                    self.filter.push(c);
                    self.apply_filter();
                }
                _ => {}
            }
            return Effect::None;
        }
        self.status.clear();
        if self.show_source && self.source_key(key.code) {
            return Effect::None;
        }
        let scrolling_source = self.show_source && self.focus == Focus::Chart;
        match key.code {
            KeyCode::Esc if self.show_source => self.show_source = false,
            KeyCode::Esc if !self.filter.is_empty() => {
                self.filter.clear();
                self.apply_filter();
            }
            KeyCode::Char('q') | KeyCode::Esc => return Effect::Quit,
            KeyCode::Down | KeyCode::Char('j') if scrolling_source => {
                self.source_scroll = self.source_scroll.saturating_add(1);
            }
            KeyCode::Up | KeyCode::Char('k') if scrolling_source => {
                self.source_scroll = self.source_scroll.saturating_sub(1);
            }
            KeyCode::PageDown if scrolling_source => self.source_scroll = self.source_scroll.saturating_add(20),
            KeyCode::PageUp if scrolling_source => self.source_scroll = self.source_scroll.saturating_sub(20),
            KeyCode::Down | KeyCode::Char('j') => self.select(self.selected + 1),
            KeyCode::Up | KeyCode::Char('k') => self.select(self.selected.saturating_sub(1)),
            KeyCode::Home | KeyCode::Char('g') => self.select(0),
            KeyCode::End | KeyCode::Char('G') => self.select(usize::MAX),
            KeyCode::PageDown => self.select(self.selected + 10),
            KeyCode::PageUp => self.select(self.selected.saturating_sub(10)),
            KeyCode::Tab | KeyCode::BackTab => {
                self.focus = match self.focus {
                    Focus::Catalogue => Focus::Chart,
                    Focus::Chart => Focus::Catalogue,
                };
            }
            KeyCode::Char('/') => {
                self.filtering = true;
                self.focus = Focus::Catalogue;
            }
            KeyCode::Char('v') => {
                if let Some(i) = self.current_index() {
                    self.variants[i] = (self.variants[i] + 1) % self.charts[i].variants.len().max(1);
                    self.prepare_selected();
                }
            }
            KeyCode::Char('m') => self.next_mode(),
            KeyCode::Char('d') => self.open_explore(),
            KeyCode::Char('s') => {
                self.show_source = !self.show_source;
                self.source_scroll = 0;
            }
            KeyCode::Char('y') => return Effect::CopySource,
            KeyCode::Char('c') => return Effect::CopyCommand,
            KeyCode::Char('p') => self.open_panel(PanelKind::Params),
            KeyCode::Char('r') => self.open_panel(PanelKind::Roles),
            KeyCode::Char('e') => return Effect::Export,
            KeyCode::Char('?') => self.help = true,
            _ => {}
        }
        Effect::None
    }

    /// Opens the parameter or roles panel, or says why it cannot.
    fn open_panel(&mut self, kind: PanelKind) {
        let Some(chart) = self.current() else { return };
        match kind {
            PanelKind::Params if chart.params.is_empty() => {
                self.status = format!("{} has no parameters to tune", chart.id);
            }
            PanelKind::Roles if self.user.is_none() => {
                self.status = String::from("r chooses the columns of your own file: start rgg with --data FILE");
            }
            _ if self.panel.is_some_and(|p| p.kind == kind) => self.panel = None,
            _ => self.panel = Some(Panel { kind, row: 0 }),
        }
    }

    /// The columns the current chart binds now: as prepared (given or
    /// picked), else as set.
    pub fn bound_roles(&self) -> Vec<crate::data::RoleColumns> {
        match (self.current_prepared(), self.current_index()) {
            (Some(Ok(shown)), _) => shown.roles.clone(),
            (_, Some(i)) => self.settings[i].roles.clone(),
            _ => Vec::new(),
        }
    }

    /// The `rgg show` command that draws what the chart pane shows.
    pub fn command_line(&self) -> Option<String> {
        let i = self.current_index()?;
        let mut settings = self.settings[i].clone();
        if self.user.is_some() && settings.roles.is_empty() {
            settings.roles = self.bound_roles();
        }
        Some(settings::command_line(
            self.charts[i],
            self.variants[i],
            &settings,
            self.user.as_deref(),
        ))
    }

    /// A key while a panel is open; `false` when the panel leaves the key
    /// to the rest of the app (moving in the catalogue, quitting...).
    fn panel_key(&mut self, key: KeyEvent) -> bool {
        let (Some(panel), Some(i)) = (self.panel, self.current_index()) else {
            return false;
        };
        let chart = self.charts[i];
        let rows = match panel.kind {
            PanelKind::Params => chart.params.len(),
            PanelKind::Roles => chart.roles.len(),
        };
        let up = match key.code {
            KeyCode::Esc => {
                self.panel = None;
                return true;
            }
            KeyCode::Char('p') if panel.kind == PanelKind::Params => {
                self.panel = None;
                return true;
            }
            KeyCode::Char('r') if panel.kind == PanelKind::Roles => {
                self.panel = None;
                return true;
            }
            KeyCode::Down | KeyCode::Char('j') => {
                self.panel = Some(Panel {
                    row: (panel.row + 1).min(rows.saturating_sub(1)),
                    ..panel
                });
                return true;
            }
            KeyCode::Up | KeyCode::Char('k') => {
                self.panel = Some(Panel {
                    row: panel.row.saturating_sub(1),
                    ..panel
                });
                return true;
            }
            KeyCode::Right | KeyCode::Char('+' | 'l') => true,
            KeyCode::Left | KeyCode::Char('-' | 'h') => false,
            _ => return false,
        };
        let changed = match (panel.kind, self.user.as_deref()) {
            (PanelKind::Params, _) => settings::step_param(chart, &self.settings[i], panel.row, up),
            (PanelKind::Roles, Some(file)) => {
                settings::step_role(chart, &self.settings[i], &self.bound_roles(), file, panel.row, up)
            }
            (PanelKind::Roles, None) => None,
        };
        if let Some(changed) = changed {
            self.apply_settings(i, changed);
        }
        true
    }

    /// A left click on a panel row selects it; on its ◀ it steps the
    /// value down, further right (the value, ▶) up. `false` when the click
    /// is not on a row.
    fn panel_click(&mut self, event: MouseEvent) -> bool {
        let MouseEventKind::Down(MouseButton::Left) = event.kind else {
            return false;
        };
        let (Some(panel), Some(chart)) = (self.panel, self.current()) else {
            return false;
        };
        let (area, value_x) = self.panel_rows.get();
        let rows = match panel.kind {
            PanelKind::Params => chart.params.len(),
            PanelKind::Roles => chart.roles.len(),
        };
        let inside = event.column >= area.x && event.column < area.right() && event.row >= area.y;
        let row = usize::from(event.row.saturating_sub(area.y));
        if !inside || row >= rows {
            return false;
        }
        self.panel = Some(Panel { row, ..panel });
        if event.column >= value_x {
            // "◀ value ▶": the arrow and the space after it step down.
            let code = if event.column < value_x + 2 {
                KeyCode::Left
            } else {
                KeyCode::Right
            };
            self.panel_key(KeyEvent::new(code, KeyModifiers::NONE));
        }
        true
    }

    /// New settings for chart `i`: its inputs are made again.
    fn apply_settings(&mut self, i: usize, changed: super::shown::Settings) {
        self.settings[i] = changed;
        for slot in &mut self.prepared[i] {
            *slot = None;
        }
        self.prepare_selected();
        if let Some(line) = self.command_line() {
            self.status = line;
        }
    }

    /// The next way to draw charts: real images (where the terminal shows
    /// them), then each cell mode.
    fn next_mode(&mut self) {
        match &mut self.pixels {
            Some(p) if p.on => {
                p.on = false;
                self.mode = CellMode::ALL[0];
            }
            Some(p) if self.mode.next() == CellMode::ALL[0] => p.on = true,
            _ => self.mode = self.mode.next(),
        }
    }

    /// Whether charts are shown as real images now.
    pub fn images_on(&self) -> bool {
        self.pixels.is_some_and(|p| p.on)
    }

    /// A left click on a catalogue row selects that chart.
    pub fn handle_mouse(&mut self, event: MouseEvent) {
        if self.panel.is_some() && self.panel_click(event) {
            return;
        }
        if self.explore.is_some() || self.show_source {
            let left = matches!(event.kind, MouseEventKind::Down(MouseButton::Left));
            if self.explore.is_some() {
                let code = match event.kind {
                    MouseEventKind::ScrollDown => KeyCode::Down,
                    MouseEventKind::ScrollUp => KeyCode::Up,
                    _ if left => return self.explore_event(|e, exists| e.click(event.column, event.row, exists)),
                    _ => return,
                };
                return self.explore_event(|e, exists| e.handle_key(code, exists));
            }
            if left && self.source_click(event.column, event.row) {
                return;
            }
        }
        if let MouseEventKind::Down(MouseButton::Left) = event.kind {
            let hit = {
                let (area, rows) = &*self.list_rows.borrow();
                let inside = event.column >= area.x
                    && event.column < area.right()
                    && event.row >= area.y
                    && event.row < area.bottom();
                if inside {
                    rows.get(usize::from(event.row - area.y)).copied().flatten()
                } else {
                    None
                }
            };
            if let Some(chart) = hit {
                if let Some(pos) = self.visible.iter().position(|v| *v == chart) {
                    self.focus = Focus::Catalogue;
                    self.select(pos);
                }
            }
        } else if let MouseEventKind::ScrollDown = event.kind {
            self.select(self.selected + 1);
        } else if let MouseEventKind::ScrollUp = event.kind {
            self.select(self.selected.saturating_sub(1));
        }
    }
}

/// Does a chart match a lower-cased filter by id, title, family or text?
fn matches_filter(chart: &Chart, needle: &str) -> bool {
    let docs = chart.docs();
    [
        chart.id,
        chart.family.name(),
        &docs.title,
        &docs.description,
        &docs.related.join(" "),
    ]
    .iter()
    .any(|field| field.to_lowercase().contains(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn moving_changes_the_selection_within_bounds() {
        let mut app = App::default();
        assert_eq!(app.selected, 0);
        app.handle_key(key(KeyCode::Up));
        assert_eq!(app.selected, 0);
        app.handle_key(key(KeyCode::Char('j')));
        assert_eq!(app.selected, 1.min(app.visible.len() - 1));
        app.handle_key(key(KeyCode::End));
        assert_eq!(app.selected, app.visible.len() - 1);
        assert!(app.current_prepared().is_some(), "the shown chart is prepared");
    }

    #[test]
    fn filter_narrows_and_escape_restores() {
        let mut app = App::default();
        let all = app.visible.len();
        app.handle_key(key(KeyCode::Char('/')));
        for c in "histo".chars() {
            app.handle_key(key(KeyCode::Char(c)));
        }
        assert_eq!(app.current().map(|c| c.id), Some("histogram"));
        assert!(app.visible.len() <= all);
        app.handle_key(key(KeyCode::Esc));
        assert_eq!(app.visible.len(), all);
        app.handle_key(key(KeyCode::Char('/')));
        for c in "zzzz-nothing".chars() {
            app.handle_key(key(KeyCode::Char(c)));
        }
        assert!(app.visible.is_empty());
        assert!(app.current().is_none());
        assert_eq!(app.handle_key(key(KeyCode::Enter)), Effect::None);
        app.handle_key(key(KeyCode::Char('v')));
    }

    #[test]
    fn variant_mode_source_and_effects() {
        let mut app = App::default();
        let n = app.current().map_or(1, |c| c.variants.len());
        for _ in 0..n {
            app.handle_key(key(KeyCode::Char('v')));
        }
        assert_eq!(app.current_variant(), 0, "v cycles back to the first variant");
        app.handle_key(key(KeyCode::Char('m')));
        assert_eq!(app.mode, CellMode::Half);
        app.handle_key(key(KeyCode::Char('s')));
        assert!(app.show_source);
        app.handle_key(key(KeyCode::Tab));
        app.handle_key(key(KeyCode::Char('j')));
        assert_eq!(app.source_scroll, 1);
        assert_eq!(app.handle_key(key(KeyCode::Char('e'))), Effect::Export);
        assert_eq!(app.handle_key(key(KeyCode::Char('y'))), Effect::CopySource);
        assert_eq!(
            app.handle_key(key(KeyCode::Esc)),
            Effect::None,
            "Esc closes the source first"
        );
        assert_eq!(app.handle_key(key(KeyCode::Char('q'))), Effect::Quit);
    }

    #[test]
    fn m_cycles_real_images_and_the_cell_modes() {
        let mut app = App::default();
        assert!(!app.images_on(), "no images without a terminal that shows them");
        app.pixels = Some(Pixels {
            display: Display {
                protocol: crate::render::pixels::Protocol::Kitty,
                cell: (10, 20),
                tmux: false,
            },
            on: true,
        });
        let mut seen = Vec::new();
        for _ in 0..=CellMode::ALL.len() {
            app.handle_key(key(KeyCode::Char('m')));
            seen.push(if app.images_on() { None } else { Some(app.mode) });
        }
        let cells: Vec<Option<CellMode>> = CellMode::ALL.iter().copied().map(Some).collect();
        assert_eq!(seen[..CellMode::ALL.len()], cells[..], "every cell mode once");
        assert_eq!(seen[CellMode::ALL.len()], None, "then images again");
    }

    #[test]
    fn d_opens_the_data_tree_and_a_leaf_selects_its_chart() {
        let mut app = App::default();
        app.handle_key(key(KeyCode::Char('d')));
        assert!(app.explore.is_some());
        // Numeric, then One numeric variable, then its second chart.
        app.handle_key(key(KeyCode::Enter));
        app.handle_key(key(KeyCode::Right));
        app.handle_key(key(KeyCode::Down));
        let picked = match app
            .explore
            .as_ref()
            .map(|e| e.children(&|id| catalogue::find(id).is_some()))
        {
            Some(rows) => match rows.get(1) {
                Some(tree::Node::Chart { id, .. }) => *id,
                _ => panic!("a chart row"),
            },
            None => panic!("open"),
        };
        assert_eq!(app.handle_key(key(KeyCode::Enter)), Effect::None);
        assert!(app.explore.is_none(), "picking a chart closes the panel");
        assert_eq!(app.current().map(|c| c.id), Some(picked));
        // Esc closes without quitting; q inside the panel does not quit.
        app.handle_key(key(KeyCode::Char('d')));
        assert_eq!(app.handle_key(key(KeyCode::Char('q'))), Effect::None);
        assert!(app.explore.is_none());
        app.handle_key(key(KeyCode::Char('d')));
        assert_eq!(app.handle_key(key(KeyCode::Esc)), Effect::None);
        assert!(app.explore.is_none());
    }

    #[test]
    fn picking_a_chart_the_filter_hides_clears_the_filter() {
        let mut app = App::default();
        app.handle_key(key(KeyCode::Char('/')));
        for c in "sankey".chars() {
            app.handle_key(key(KeyCode::Char(c)));
        }
        app.handle_key(key(KeyCode::Enter));
        app.select_id("histogram");
        assert_eq!(app.current().map(|c| c.id), Some("histogram"));
        assert!(app.filter.is_empty());
    }

    #[test]
    fn with_a_file_the_tree_opens_at_its_branch() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("one.csv");
        std::fs::write(&path, "v\n1\n2\n3\n").expect("write");
        let file = crate::data::user::load_file(&path.to_string_lossy()).expect("load");
        let mut app = App::new(catalogue::all(), Some(file));
        app.handle_key(key(KeyCode::Char('d')));
        assert_eq!(
            app.explore.as_ref().map(|e| e.path.clone()),
            Some(vec!["Numeric", "One numeric variable"])
        );
        // The file is profiled once: opening again finds the same branch.
        app.handle_key(key(KeyCode::Esc));
        app.handle_key(key(KeyCode::Char('d')));
        assert_eq!(
            app.explore.as_ref().map(|e| e.path.clone()),
            Some(vec!["Numeric", "One numeric variable"])
        );
        assert!(app.explore_branch.get().is_some(), "kept for next time");
    }

    #[test]
    fn in_the_source_view_h_and_numbers_switch_files() {
        let mut app = App::default();
        app.select_id("histogram");
        app.handle_key(key(KeyCode::Char('s')));
        assert!(app.show_source);
        let files = source::files(app.current().expect("a chart"));
        assert!((3..9).contains(&files.len()), "the histogram needs a few helpers");
        app.source_scroll = 7;
        app.handle_key(key(KeyCode::Char('h')));
        assert_eq!((app.source_file, app.source_scroll), (1, 0), "next file, from its top");
        app.handle_key(key(KeyCode::Char('3')));
        assert_eq!(app.source_file, 2);
        app.handle_key(key(KeyCode::Char('9')));
        assert_eq!(app.source_file, 2, "no ninth file: nothing changes");
        for _ in 2..files.len() {
            app.handle_key(key(KeyCode::Char('h')));
        }
        assert_eq!(app.source_file, 0, "h wraps round to the chart");
        app.handle_key(key(KeyCode::Char('2')));
        app.handle_key(key(KeyCode::Down));
        assert_eq!(app.source_file, 0, "another chart shows its own file");
        // Outside the source view, h and digits do nothing.
        app.handle_key(key(KeyCode::Char('s')));
        app.handle_key(key(KeyCode::Char('h')));
        assert_eq!(app.source_file, 0);
    }

    #[test]
    fn help_overlay_closes_on_any_key() {
        let mut app = App::default();
        app.handle_key(key(KeyCode::Char('?')));
        assert!(app.help);
        assert_eq!(app.handle_key(key(KeyCode::Char('q'))), Effect::None);
        assert!(!app.help);
    }

    #[test]
    fn a_file_of_dates_and_values_draws_the_time_charts() {
        let dir = std::env::temp_dir().join(format!("rgg-app-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("dv.csv");
        std::fs::write(&path, "date,v\n2020-01-01,3\n2020-01-02,5\n2020-01-03,4\n").expect("write");
        let file = crate::data::user::load_file(&path.to_string_lossy()).expect("load");
        let _ = std::fs::remove_dir_all(&dir);
        let mut app = App::new(catalogue::all(), Some(file));
        for id in ["line", "area", "stacked-area", "time-series"] {
            let at = app
                .visible
                .iter()
                .position(|i| app.charts[*i].id == id)
                .expect("listed");
            app.select(at);
            match app.current_prepared() {
                Some(Ok(shown)) => assert_eq!(shown.footnote.as_deref(), Some("dv.csv: 3 rows"), "{id}"),
                Some(Err(e)) => panic!("{id}: {e}"),
                None => panic!("{id} not prepared"),
            }
        }
    }

    fn select_chart(app: &mut App, id: &str) {
        let pos = app
            .visible
            .iter()
            .position(|i| app.charts[*i].id == id)
            .expect("listed");
        app.select(pos);
    }

    #[test]
    fn p_opens_the_parameters_and_arrows_change_the_chart() {
        let mut app = App::default();
        select_chart(&mut app, "venn");
        app.handle_key(key(KeyCode::Char('p')));
        assert_eq!(app.panel, None, "venn has no parameters");
        assert!(app.status.contains("no parameters"), "{}", app.status);
        select_chart(&mut app, "histogram");
        app.handle_key(key(KeyCode::Char('p')));
        assert_eq!(app.panel.map(|p| p.kind), Some(PanelKind::Params));
        let i = app.current_index().expect("histogram");
        let before = app.settings[i].revision;
        app.handle_key(key(KeyCode::Right));
        assert_eq!(app.settings[i].params, vec![("bins", 2.0)]);
        assert!(app.settings[i].revision > before, "a new revision");
        assert!(app.current_prepared().is_some_and(Result::is_ok), "prepared again");
        assert!(app.status.contains("--param bins=2"), "{}", app.status);
        assert_eq!(app.command_line().as_deref(), Some("rgg show histogram --param bins=2"));
        app.handle_key(key(KeyCode::Char('+')));
        assert_eq!(app.settings[i].params, vec![("bins", 3.0)]);
        app.handle_key(key(KeyCode::Left));
        app.handle_key(key(KeyCode::Left));
        assert!(app.settings[i].params.is_empty(), "back to auto");
        // Keys the panel does not use still move in the catalogue.
        app.handle_key(key(KeyCode::Esc));
        assert_eq!(app.panel, None);
        assert_eq!(app.handle_key(key(KeyCode::Char('c'))), Effect::CopyCommand);
    }

    #[test]
    fn the_projection_steps_by_name_and_a_us_map_says_why_it_refuses() {
        let mut app = App::default();
        select_chart(&mut app, "background-map");
        app.handle_key(key(KeyCode::Char('p')));
        assert_eq!(app.panel.map(|p| p.kind), Some(PanelKind::Params));
        let i = app.current_index().expect("background-map");
        // From auto through equal-earth and natural-earth to mercator.
        for _ in 0..3 {
            app.handle_key(key(KeyCode::Right));
        }
        assert_eq!(app.settings[i].params, vec![("projection", 2.0)]);
        assert!(
            app.current_prepared().is_some_and(Result::is_ok),
            "a world map in Mercator"
        );
        assert_eq!(
            app.command_line().as_deref(),
            Some("rgg show background-map --param projection=mercator")
        );
        // The US states are drawn in Albers USA: the chart says why not.
        app.handle_key(key(KeyCode::Esc));
        app.handle_key(key(KeyCode::Char('v')));
        assert_eq!(app.current_variant(), 1);
        match app.current_prepared() {
            Some(Err(e)) => assert!(
                e.contains("the us-states map is drawn in Albers USA; projection applies to world maps"),
                "{e}"
            ),
            _ => panic!("the us-states map refuses a world projection"),
        }
        // Round past equirectangular back to auto: it draws again.
        app.handle_key(key(KeyCode::Char('p')));
        app.handle_key(key(KeyCode::Right));
        assert_eq!(app.settings[i].params, vec![("projection", 3.0)]);
        app.handle_key(key(KeyCode::Right));
        assert!(app.settings[i].params.is_empty(), "after the last option comes auto");
        assert!(app.current_prepared().is_some_and(Result::is_ok), "Albers USA again");
        app.handle_key(key(KeyCode::Left));
        assert_eq!(
            app.settings[i].params,
            vec![("projection", 3.0)],
            "Left goes round the other way"
        );
    }

    #[test]
    fn a_picture_of_older_settings_is_dropped() {
        let mut app = App::default();
        select_chart(&mut app, "histogram");
        let i = app.current_index().expect("histogram");
        let key_at = |revision| DrawKey {
            chart: i,
            variant: 0,
            mode: CellMode::Braille,
            area: Rect::new(0, 0, 10, 5),
            pixels: false,
            revision,
        };
        app.handle_key(key(KeyCode::Char('p')));
        app.handle_key(key(KeyCode::Right));
        let stale = Done {
            key: key_at(0),
            prepared: None,
            image: Some(Buffer::empty(Rect::new(0, 0, 10, 5))),
            sequence: None,
        };
        app.finish(stale);
        assert!(app.drawn.is_none(), "made before the change");
        let fresh = Done {
            key: key_at(app.settings[i].revision),
            prepared: None,
            image: Some(Buffer::empty(Rect::new(0, 0, 10, 5))),
            sequence: None,
        };
        app.finish(fresh);
        assert!(app.drawn.is_some());
    }

    #[test]
    fn r_binds_another_column_and_explains_what_cannot_draw() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("m.csv");
        std::fs::write(&path, "name,height,weight\na,1,10\nb,2,30\nc,3,20\n").expect("write");
        let file = crate::data::user::load_file(&path.to_string_lossy()).expect("load");
        let mut app = App::new(catalogue::all(), Some(file));
        select_chart(&mut app, "histogram");
        app.handle_key(key(KeyCode::Char('r')));
        assert_eq!(app.panel.map(|p| p.kind), Some(PanelKind::Roles));
        let first = app.bound_roles();
        assert_eq!(first[0].columns, ["height"], "picked: the first number");
        app.handle_key(key(KeyCode::Right));
        let i = app.current_index().expect("histogram");
        assert_eq!(app.settings[i].roles[0].columns, ["weight"]);
        assert!(app.current_prepared().is_some_and(Result::is_ok));
        assert!(app.status.contains("--x weight"), "{}", app.status);
        // The group role is optional: it passes through (none).
        app.handle_key(key(KeyCode::Down));
        app.handle_key(key(KeyCode::Right));
        app.handle_key(key(KeyCode::Right));
        assert!(
            app.settings[i].roles.iter().any(|r| r.role == crate::data::Role::Group),
            "{:?}",
            app.settings[i].roles
        );
        // Without --data, r says how to use it.
        let mut plain = App::default();
        plain.handle_key(key(KeyCode::Char('r')));
        assert_eq!(plain.panel, None);
        assert!(plain.status.contains("--data"), "{}", plain.status);
    }

    #[test]
    fn clicks_on_a_panel_select_a_row_and_step_its_value() {
        let mut app = App::default();
        select_chart(&mut app, "scatter");
        app.handle_key(key(KeyCode::Char('p')));
        // As the view records it: rows from y = 20, values from x = 40.
        app.panel_rows.set((Rect::new(30, 20, 50, 4), 40));
        let click = |column, row| MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        };
        // Scatter's rows: point-size, log-x, log-y.
        app.handle_mouse(click(32, 21));
        assert_eq!(app.panel.map(|p| p.row), Some(1), "the name selects its row");
        let i = app.current_index().expect("scatter");
        assert!(app.settings[i].params.is_empty());
        app.handle_mouse(click(45, 21));
        assert_eq!(app.settings[i].params, vec![("log-x", 1.0)], "the value steps up");
        app.handle_mouse(click(40, 21));
        assert!(app.settings[i].params.is_empty(), "the arrow steps down");
        let before = app.current_index();
        app.handle_mouse(click(45, 27));
        assert_eq!(app.current_index(), before, "below the rows: not a panel click");
    }
}
