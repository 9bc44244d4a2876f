//! "What data do I have?" (`d`): a decision tree in the spirit of
//! data-to-viz.com, from the kind of data to the charts that fit it, each
//! with one line on why. A leaf naming a chart this build does not have is
//! skipped, so the tree can list charts before they land.

use crate::data::profile;
use crate::data::table::{Kind, Table};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use std::cell::Cell;

/// A branch (a question about the data) or a leaf (a chart and why).
pub enum Node {
    Branch {
        label: &'static str,
        children: &'static [Node],
    },
    Chart {
        id: &'static str,
        why: &'static str,
    },
}

const fn b(label: &'static str, children: &'static [Node]) -> Node {
    Node::Branch { label, children }
}

const fn c(id: &'static str, why: &'static str) -> Node {
    Node::Chart { id, why }
}

/// The tree. Its first level is what the data is; the order of the
/// leaves is best first.
pub static ROOT: &[Node] = &[
    b(
        "Numeric",
        &[
            b(
                "One numeric variable",
                &[
                    c("histogram", "counts in bins: the shape of one variable"),
                    c("density", "a smoothed histogram: the shape without bin edges"),
                    c("ecdf", "the share of values below each value: no bins to choose"),
                    c("boxplot", "median, quartiles and outliers in one glance"),
                    c("violin", "the density's shape with a box's summary"),
                    c("strip", "every value as a dot: honest for small data"),
                    c("beeswarm", "every value, dots pushed apart so none hide"),
                    c("qq-plot", "is it normal? quantiles against a normal's"),
                ],
            ),
            b(
                "Two numeric variables",
                &[
                    b(
                        "Not ordered",
                        &[
                            c("scatter", "one dot per row: the relation between x and y"),
                            c("density-2d", "too many dots to see: density in bins or contours"),
                            c("volcano", "fold change against significance, per test"),
                        ],
                    ),
                    b(
                        "Ordered (a path through time)",
                        &[
                            c("connected-scatter", "x against y, the dots joined in order"),
                            c("line", "y along an ordered x"),
                            c("area", "y along an ordered x, filled to zero"),
                        ],
                    ),
                ],
            ),
            b(
                "Three numeric variables",
                &[
                    c("bubble", "x, y and a size: a scatter with a third number"),
                    c("vector-field", "a direction (u, v) at each (x, y)"),
                    c("heatmap", "a value on a grid of x and y"),
                ],
            ),
            b(
                "Several numeric variables",
                &[
                    c("correlogram", "every pair at once: scatter matrix or correlations"),
                    c("parallel-coordinates", "one line per row across every variable"),
                    c("heatmap", "rows by variables, coloured by value"),
                    c("radar", "a few variables for a few items, around a circle"),
                    c("dendrogram", "rows clustered by how alike they are"),
                ],
            ),
        ],
    ),
    b(
        "Categorical",
        &[
            b(
                "One categorical variable (counts)",
                &[
                    c("barplot", "one bar per category: the most exact comparison"),
                    c("lollipop", "a lighter barplot for many categories"),
                    c("waffle", "counts as squares: parts people can count"),
                    c("pie", "parts of a whole, when there are few"),
                    c("donut", "a pie with room for a total in the middle"),
                    c("treemap", "parts of a whole as rectangles: many parts fit"),
                    c("wordcloud", "words sized by count: a first look, not a measure"),
                    c("circular-barplot", "bars around a circle: eye-catching, less exact"),
                ],
            ),
            b(
                "Several categorical variables",
                &[
                    c("venn", "how sets overlap"),
                    c("mosaic", "two categoricals: shares within shares"),
                    c("heatmap", "counts for each pair of categories"),
                    c("confusion-matrix", "predicted against true classes"),
                    c("sankey", "how rows flow from one category to the next"),
                    c("treemap", "nested categories as nested rectangles"),
                    c("sunburst", "nested categories as rings"),
                ],
            ),
        ],
    ),
    b(
        "Numeric and categorical",
        &[
            b(
                "One value per group",
                &[
                    c("barplot", "one bar per group, sorted to rank them"),
                    c("lollipop", "many groups, or a before/after dumbbell"),
                    c("circular-barplot", "many groups around a circle"),
                    c("wordcloud", "groups as words sized by value"),
                    c("treemap", "the groups as parts of a whole"),
                    c("waffle", "the groups as parts of a whole, in squares"),
                    c("pie", "a few groups as parts of a whole"),
                    c("donut", "a few groups as parts of a whole"),
                    c("slope", "each group's value at two moments"),
                    c("forest-plot", "an estimate and its interval per study or group"),
                ],
            ),
            b(
                "Many values per group (distributions)",
                &[
                    c("boxplot", "summaries side by side: medians and spread"),
                    c("violin", "the shape of each group side by side"),
                    c("raincloud", "density, box and dots per group together"),
                    c("ridgeline", "many groups' densities stacked"),
                    c("density", "a few groups' densities overlaid"),
                    c("histogram", "a few groups' histograms overlaid"),
                    c("beeswarm", "every value per group, none hidden"),
                    c("strip", "every value per group, jittered"),
                    c("manhattan", "a p-value per position, grouped by chromosome"),
                ],
            ),
            b(
                "Several numeric variables per group",
                &[
                    c("radar", "each group's profile across the variables"),
                    c("parallel-coordinates", "one line per row, coloured by group"),
                    c("heatmap", "groups by variables, coloured by value"),
                    c("small-multiples", "the same small chart for each group"),
                ],
            ),
        ],
    ),
    b(
        "Time series",
        &[
            b(
                "One series",
                &[
                    c("line", "a value over time: the trend at a glance"),
                    c("area", "a value over time, filled: the amount"),
                    c("time-series", "a long daily series: date axis, calendar"),
                    c("step", "a value that changes at moments and holds"),
                    c("spectrogram", "a signal's frequencies over time"),
                ],
            ),
            b(
                "Several series or parts",
                &[
                    c("line", "a few series, one line each"),
                    c("stacked-area", "parts of a total over time"),
                    c("streamgraph", "many parts around a centre: patterns only"),
                    c("small-multiples", "one small chart per series: no tangle"),
                    c("bump", "ranks over time"),
                    c("slope", "two moments only: who rose, who fell"),
                ],
            ),
            b(
                "Prices (open, high, low, close)",
                &[c("candlestick", "each day's open, high, low and close")],
            ),
            b(
                "Events and changes",
                &[
                    c("timeline", "events or periods on a time axis"),
                    c("waterfall", "how steps add up from a start to an end"),
                ],
            ),
        ],
    ),
    b(
        "Map",
        &[
            b(
                "A value per region (country, state)",
                &[
                    c("choropleth", "each region coloured by its value"),
                    c("cartogram", "each region sized by its value"),
                ],
            ),
            b(
                "Points (latitude, longitude)",
                &[
                    c("bubble-map", "a circle at each place, sized by a value"),
                    c("hexbin-map", "many points: their density in hexagons"),
                    c("background-map", "the map alone, to draw on"),
                ],
            ),
            b(
                "Routes (from, to)",
                &[c("connection-map", "a great-circle arc per route")],
            ),
        ],
    ),
    b(
        "Network (links between items)",
        &[
            c("network", "who is linked to whom, laid out by force"),
            c("arc-diagram", "links as arcs over nodes in a meaningful order"),
            c("chord", "weighted flows among a few groups"),
            c("sankey", "flows through stages, widths as amounts"),
            c("edge-bundling", "links in a hierarchy, bundled along it"),
        ],
    ),
    b(
        "Hierarchy (nested groups)",
        &[
            c("treemap", "nested parts as nested rectangles"),
            c("sunburst", "nested parts as rings"),
            c("circular-packing", "nested parts as circles in circles"),
            c("dendrogram", "the tree itself, or a clustering of rows"),
            c("edge-bundling", "links between the hierarchy's leaves"),
        ],
    ),
    b(
        "Results of a model or test",
        &[
            c("roc", "a classifier's true against false positive rate"),
            c("confusion-matrix", "a classifier's hits and misses per class"),
            c("forest-plot", "estimates and intervals side by side"),
            c("volcano", "many tests: effect size against p-value"),
            c("manhattan", "many tests along a genome"),
            c("qq-plot", "residuals against a normal's quantiles"),
        ],
    ),
];

/// The children of a branch that can be shown: charts this build has, and
/// branches with at least one such chart below them.
pub fn shown(children: &'static [Node], exists: &dyn Fn(&str) -> bool) -> Vec<&'static Node> {
    children.iter().filter(|n| has_chart(n, exists)).collect()
}

fn has_chart(node: &Node, exists: &dyn Fn(&str) -> bool) -> bool {
    match node {
        Node::Chart { id, .. } => exists(id),
        Node::Branch { children, .. } => children.iter().any(|n| has_chart(n, exists)),
    }
}

/// Every chart id the tree names (whether or not this build has it).
pub fn all_ids() -> Vec<&'static str> {
    fn walk(nodes: &'static [Node], out: &mut Vec<&'static str>) {
        for n in nodes {
            match n {
                Node::Chart { id, .. } => out.push(id),
                Node::Branch { children, .. } => walk(children, out),
            }
        }
    }
    let mut out = Vec::new();
    walk(ROOT, &mut out);
    out
}

/// The labels from the root to the branch that fits a file's columns (as
/// `rgg suggest` reads them), empty when nothing fits better than the top.
pub fn branch_for(table: &Table) -> Vec<&'static str> {
    let p = profile::profile(table);
    let named = |words: &[&str]| profile::named(&p, words).is_some();
    let count = |k: Kind| profile::of_kind(&p, k).count();
    let (numbers, dates, cats) = (count(Kind::Number), count(Kind::Date), count(Kind::Category));
    if named(profile::LATITUDE) && named(profile::LONGITUDE) {
        return vec!["Map", "Points (latitude, longitude)"];
    }
    if named(profile::SOURCE) && named(profile::TARGET) {
        return vec!["Network (links between items)"];
    }
    if named(profile::REGION) && numbers > 0 {
        return vec!["Map", "A value per region (country, state)"];
    }
    if dates > 0 {
        if profile::PRICES.iter().all(|words| named(words)) {
            return vec!["Time series", "Prices (open, high, low, close)"];
        }
        return if numbers > 1 || cats > 0 {
            vec!["Time series", "Several series or parts"]
        } else {
            vec!["Time series", "One series"]
        };
    }
    if !profile::nestings(table, &p).is_empty() {
        return vec!["Hierarchy (nested groups)"];
    }
    match (numbers, cats) {
        (0, 0) => vec![],
        (0, 1) => vec!["Categorical", "One categorical variable (counts)"],
        (0, _) => vec!["Categorical", "Several categorical variables"],
        (1, 0) => vec!["Numeric", "One numeric variable"],
        (2, 0) => vec!["Numeric", "Two numeric variables"],
        (3, 0) => vec!["Numeric", "Three numeric variables"],
        (_, 0) => vec!["Numeric", "Several numeric variables"],
        (1, _) => {
            // One row per group, or many rows per group?
            let repeats = profile::of_kind(&p, Kind::Category)
                .next()
                .is_some_and(|c| c.distinct < table.rows().min(profile::DISTINCT_CAP));
            if repeats {
                vec!["Numeric and categorical", "Many values per group (distributions)"]
            } else {
                vec!["Numeric and categorical", "One value per group"]
            }
        }
        (_, _) => vec!["Numeric and categorical", "Several numeric variables per group"],
    }
}

/// The panel's state: the branches opened, from the root, and the
/// highlighted row of the deepest.
#[derive(Debug, Default)]
pub struct Explore {
    pub path: Vec<&'static str>,
    pub cursor: usize,
    /// Where the rows were drawn (the first row's area) and the scroll
    /// offset, for clicks.
    pub rows: Cell<(Rect, usize)>,
}

/// What a key or click in the panel asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Close,
    /// Show this chart in the catalogue (and close the panel).
    Select(&'static str),
}

impl Explore {
    /// Opened at `path` (labels from the root); labels that do not match
    /// stop the descent there.
    pub fn at(path: &[&'static str], exists: &dyn Fn(&str) -> bool) -> Explore {
        let mut explore = Explore::default();
        for label in path {
            let children = explore.children(exists);
            let Some(i) = children
                .iter()
                .position(|n| matches!(n, Node::Branch { label: l, .. } if l == label))
            else {
                break;
            };
            explore.cursor = i;
            explore.enter(exists);
        }
        explore
    }

    /// The rows of the deepest open branch.
    pub fn children(&self, exists: &dyn Fn(&str) -> bool) -> Vec<&'static Node> {
        let mut nodes: &'static [Node] = ROOT;
        for label in &self.path {
            let next = nodes.iter().find_map(|n| match n {
                Node::Branch { label: l, children } if l == label => Some(*children),
                _ => None,
            });
            match next {
                Some(children) => nodes = children,
                None => break,
            }
        }
        shown(nodes, exists)
    }

    /// Opens the highlighted branch, or selects the highlighted chart.
    fn enter(&mut self, exists: &dyn Fn(&str) -> bool) -> Outcome {
        match self.children(exists).get(self.cursor) {
            Some(Node::Branch { label, .. }) => {
                self.path.push(label);
                self.cursor = 0;
                Outcome::Stay
            }
            Some(Node::Chart { id, .. }) => Outcome::Select(id),
            None => Outcome::Stay,
        }
    }

    /// Goes up one level, with the branch it came from highlighted.
    fn up(&mut self, exists: &dyn Fn(&str) -> bool) {
        if let Some(label) = self.path.pop() {
            self.cursor = self
                .children(exists)
                .iter()
                .position(|n| matches!(n, Node::Branch { label: l, .. } if *l == label))
                .unwrap_or(0);
        }
    }

    pub fn handle_key(&mut self, code: KeyCode, exists: &dyn Fn(&str) -> bool) -> Outcome {
        let n = self.children(exists).len();
        match code {
            KeyCode::Esc | KeyCode::Char('q' | 'd') => return Outcome::Close,
            KeyCode::Down | KeyCode::Char('j') => self.cursor = (self.cursor + 1).min(n.saturating_sub(1)),
            KeyCode::Up | KeyCode::Char('k') => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Home | KeyCode::Char('g') => self.cursor = 0,
            KeyCode::End | KeyCode::Char('G') => self.cursor = n.saturating_sub(1),
            KeyCode::Right | KeyCode::Enter | KeyCode::Char('l') => return self.enter(exists),
            KeyCode::Left | KeyCode::Backspace | KeyCode::Char('h') => self.up(exists),
            _ => {}
        }
        Outcome::Stay
    }

    /// A left click: on a row, the same as moving there and pressing Enter;
    /// on the heading line, up one level; outside the panel, close it.
    pub fn click(&mut self, column: u16, row: u16, exists: &dyn Fn(&str) -> bool) -> Outcome {
        let (area, offset) = self.rows.get();
        let inside_x = column >= area.x && column < area.right();
        if inside_x && row + 1 == area.y {
            self.up(exists);
            return Outcome::Stay;
        }
        if !inside_x || row < area.y || row >= area.bottom() {
            let panel = Rect::new(
                area.x.saturating_sub(1),
                area.y.saturating_sub(2),
                area.width + 2,
                area.height + 4,
            );
            let in_panel = column >= panel.x && column < panel.right() && row >= panel.y && row < panel.bottom();
            return if in_panel { Outcome::Stay } else { Outcome::Close };
        }
        let i = usize::from(row - area.y) + offset;
        if i < self.children(exists).len() {
            self.cursor = i;
            return self.enter(exists);
        }
        Outcome::Stay
    }

    /// Draws the panel over `area` (centred, as large as it reads well).
    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        exists: &dyn Fn(&str) -> bool,
        title_of: &dyn Fn(&str) -> String,
    ) {
        let w = area.width.saturating_sub(4).min(96);
        // Tall enough for the longest branch, and the same at every level.
        let h = area.height.saturating_sub(2).min(16);
        if w < 20 || h < 6 {
            return;
        }
        let popup = Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(" What data do I have? ")
            .title_bottom(" ↑↓ move · → Enter open/pick · ← back · Esc close ")
            .border_style(Style::new().fg(Color::Cyan));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let heading = if self.path.is_empty() {
            String::from("Your data is…")
        } else {
            format!("◂ {}", self.path.join(" › "))
        };
        Paragraph::new(Line::styled(heading, Style::new().add_modifier(Modifier::BOLD)))
            .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        let rows_area = Rect::new(inner.x, inner.y + 1, inner.width, inner.height.saturating_sub(1));
        let children = self.children(exists);
        let height = usize::from(rows_area.height).max(1);
        let offset = self.cursor.saturating_sub(height - 1);
        self.rows.set((rows_area, offset));
        let id_width = children
            .iter()
            .filter_map(|n| match n {
                Node::Chart { id, .. } => Some(id.len()),
                Node::Branch { .. } => None,
            })
            .max()
            .unwrap_or(0);
        let lines: Vec<Line> = children
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .map(|(i, node)| {
                let selected = i == self.cursor;
                let base = if selected {
                    Style::new().add_modifier(Modifier::REVERSED)
                } else {
                    Style::new()
                };
                let line = match node {
                    Node::Branch { label, children } => {
                        let count = count_charts(children, exists);
                        Line::from(vec![
                            Span::styled(format!(" ▸ {label}"), base.add_modifier(Modifier::BOLD)),
                            Span::styled(
                                format!("  {count} chart{}", if count == 1 { "" } else { "s" }),
                                base.fg(Color::DarkGray),
                            ),
                        ])
                    }
                    Node::Chart { id, why } => Line::from(vec![
                        Span::styled(format!(" • {id:<id_width$}"), base.fg(Color::Cyan)),
                        Span::styled(format!("  {why}"), base),
                        Span::styled(format!("  ({})", title_of(id)), base.fg(Color::DarkGray)),
                    ]),
                };
                // The highlight spans the whole row.
                line.style(base)
            })
            .collect();
        Paragraph::new(lines).render(rows_area, buf);
    }
}

/// How many different charts (that this build has) lie below a branch.
fn count_charts(nodes: &'static [Node], exists: &dyn Fn(&str) -> bool) -> usize {
    fn walk(nodes: &'static [Node], exists: &dyn Fn(&str) -> bool, ids: &mut Vec<&'static str>) {
        for n in nodes {
            match n {
                Node::Chart { id, .. } if exists(id) && !ids.contains(id) => ids.push(id),
                Node::Chart { .. } => {}
                Node::Branch { children, .. } => walk(children, exists, ids),
            }
        }
    }
    let mut ids = Vec::new();
    walk(nodes, exists, &mut ids);
    ids.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    fn exists(id: &str) -> bool {
        catalogue::find(id).is_some()
    }

    #[test]
    fn every_leaf_is_a_chart_and_every_chart_is_a_leaf() {
        let ids = all_ids();
        for id in &ids {
            assert!(exists(id), "the tree names {id:?}, which is no chart");
        }
        for chart in catalogue::all() {
            assert!(ids.contains(&chart.id), "{} is under no leaf of the tree", chart.id);
        }
    }

    #[test]
    fn charts_not_in_this_build_are_skipped() {
        let none = |_: &str| false;
        assert!(shown(ROOT, &none).is_empty());
        let only_line = |id: &str| id == "line";
        let top = shown(ROOT, &only_line);
        assert!(top.len() >= 2, "Numeric and Time series hold a line");
        assert!(top.iter().all(|n| has_chart(n, &only_line)));
    }

    #[test]
    fn keys_walk_down_to_a_chart_and_back() {
        let mut e = Explore::default();
        assert_eq!(e.handle_key(KeyCode::Enter, &exists), Outcome::Stay);
        assert_eq!(e.path, vec!["Numeric"]);
        assert_eq!(e.handle_key(KeyCode::Right, &exists), Outcome::Stay);
        assert_eq!(e.path, vec!["Numeric", "One numeric variable"]);
        assert_eq!(e.handle_key(KeyCode::Enter, &exists), Outcome::Select("histogram"));
        e.handle_key(KeyCode::Down, &exists);
        assert_eq!(e.handle_key(KeyCode::Enter, &exists), Outcome::Select("density"));
        e.handle_key(KeyCode::Left, &exists);
        assert_eq!(e.path, vec!["Numeric"]);
        assert_eq!(e.cursor, 0, "the branch it came from");
        e.handle_key(KeyCode::End, &exists);
        e.handle_key(KeyCode::Down, &exists);
        assert_eq!(e.cursor, e.children(&exists).len() - 1, "stays on the last row");
        assert_eq!(e.handle_key(KeyCode::Esc, &exists), Outcome::Close);
    }

    fn table(csv: &str) -> Table {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("t.csv");
        std::fs::write(&path, csv).expect("write");
        crate::data::user::load_file(&path.to_string_lossy())
            .expect("load")
            .table
    }

    #[test]
    fn a_file_opens_the_branch_its_columns_match() {
        let cases: &[(&str, &[&str])] = &[
            ("v\n1\n2\n3\n", &["Numeric", "One numeric variable"]),
            ("x,y\n1,2\n2,3\n3,5\n", &["Numeric", "Two numeric variables"]),
            ("date,v\n2020-01-01,3\n2020-01-02,5\n", &["Time series", "One series"]),
            (
                "g,v\na,1\na,2\nb,3\n",
                &["Numeric and categorical", "Many values per group (distributions)"],
            ),
            (
                "g,v\na,1\nb,2\nc,3\n",
                &["Numeric and categorical", "One value per group"],
            ),
            ("source,target\na,b\nb,c\n", &["Network (links between items)"]),
            ("lat,lon\n1,2\n3,4\n", &["Map", "Points (latitude, longitude)"]),
            (
                "family,species,count\nfelids,lion,3\nfelids,tiger,2\ncanids,wolf,5\n",
                &["Hierarchy (nested groups)"],
            ),
            (
                "date,open,high,low,close\n2020-01-02,1,2,0.5,1.5\n2020-01-03,1.5,2,1,1.2\n",
                &["Time series", "Prices (open, high, low, close)"],
            ),
        ];
        for (csv, want) in cases {
            let path = branch_for(&table(csv));
            assert_eq!(&path, want, "{csv}");
            let e = Explore::at(&path, &exists);
            assert_eq!(e.path, *want, "every branch it names exists: {csv}");
        }
    }

    #[test]
    fn a_huge_file_of_unique_names_is_one_value_per_group() {
        // Past the profile's cap its distinct count stops growing: still not
        // "many values per group".
        use std::fmt::Write as _;
        let mut csv = String::from("name,v\n");
        for i in 0..crate::data::profile::DISTINCT_CAP + 5 {
            let _ = writeln!(csv, "n{i},{i}");
        }
        let table = crate::data::table::Table::from_csv("big.csv", &csv).expect("table");
        assert_eq!(
            branch_for(&table),
            vec!["Numeric and categorical", "One value per group"]
        );
    }

    #[test]
    fn a_click_on_a_row_opens_it_and_outside_closes() {
        let mut e = Explore::default();
        let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
        e.render(buf.area, &mut buf, &exists, &|id| id.to_string());
        let (rows, _) = e.rows.get();
        // The second top-level row: Categorical.
        assert_eq!(e.click(rows.x + 3, rows.y + 1, &exists), Outcome::Stay);
        assert_eq!(e.path, vec!["Categorical"]);
        e.render(buf.area, &mut buf, &exists, &|id| id.to_string());
        // The heading goes back up.
        assert_eq!(e.click(rows.x + 1, rows.y - 1, &exists), Outcome::Stay);
        assert!(e.path.is_empty());
        assert_eq!(e.click(0, 0, &exists), Outcome::Close);
    }
}
