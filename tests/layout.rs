//! Text never touches text: every chart and variant is drawn at 1200x800
//! pixels and at 100x30 and 80x24 terminal cells through a backend that
//! records the box of every piece of text, and no two boxes may overlap.

use plotters::prelude::*;
use plotters::style::FontTransform;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use rgg::catalogue::{self, Chart};
use rgg::data::table::Column;
use rgg::render::cell::{CellBackend, CellMode, ColorDepth};
use rgg::render::{fonts, Figure};
use rgg_gallery::axes::anchored_box;
use rgg_gallery::theme::Theme;

/// A text's box: left, top, right, bottom (exclusive), and the text.
type TextBox = (i32, i32, i32, i32, String);

/// Forwards everything to `inner` and remembers where text went.
struct Recorder<'a, DB> {
    inner: DB,
    boxes: &'a mut Vec<TextBox>,
}

impl<DB: DrawingBackend> DrawingBackend for Recorder<'_, DB> {
    type ErrorType = DB::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(p, c)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(a, b, s)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(a, b, s, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, s)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(c, r, s, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        v: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(v, s)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.inner.estimate_text_size(text, style)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let rotated = matches!(style.transform(), FontTransform::Rotate90 | FontTransform::Rotate270);
        if !text.trim().is_empty() && !rotated && style.color().alpha > 0.0 {
            let (w, h) = self.inner.estimate_text_size(text, style)?;
            let anchor = style.anchor();
            let (l, t, r, b) = anchored_box(pos, (w as i32, h as i32), anchor.h_pos, anchor.v_pos);
            self.boxes.push((l, t, r, b, text.to_string()));
        }
        self.inner.draw_text(text, style, pos)
    }
}

/// Pairs of boxes that overlap by more than `slack` pixels each way.
fn overlaps(boxes: &[TextBox], slack: i32) -> Vec<String> {
    let mut found = Vec::new();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let x = a.2.min(b.2) - a.0.max(b.0);
            let y = a.3.min(b.3) - a.1.max(b.1);
            if x > slack && y > slack {
                found.push(format!("{:?} and {:?}", a.4, b.4));
            }
        }
    }
    found
}

/// In a terminal, text lands on whole cells: boxes in cells.
fn in_cells(boxes: Vec<TextBox>) -> Vec<TextBox> {
    boxes
        .into_iter()
        .map(|(l, t, r, b, s)| {
            let col = (l + 4).div_euclid(8);
            let row = (t + 8).div_euclid(16);
            (col, row, col + (r - l) / 8, row + ((b - t) / 16).max(1), s)
        })
        .collect()
}

fn png_boxes(chart: &Chart, variant: usize) -> Vec<TextBox> {
    let prepared = chart.prepare_sample(variant).expect("sample");
    let (w, h) = (1200, 800);
    let mut pixels = vec![0u8; (w * h * 3) as usize];
    let theme = Theme::light_for(w, h);
    let mut boxes = Vec::new();
    let recorder = Recorder {
        inner: BitMapBackend::with_buffer(&mut pixels, (w, h)),
        boxes: &mut boxes,
    };
    let _ = Figure::new(&prepared, variant).draw(&recorder.into_drawing_area(), &theme);
    boxes
}

fn cell_boxes(chart: &Chart, variant: usize, (w, h): (u16, u16)) -> Vec<TextBox> {
    let prepared = chart.prepare_sample(variant).expect("sample");
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    let theme = Theme::terminal();
    let mut boxes = Vec::new();
    let recorder = Recorder {
        inner: CellBackend::new(
            &mut buf,
            area,
            CellMode::Braille,
            ColorDepth::TrueColor,
            &rgg::render::cell::colors(&theme),
        ),
        boxes: &mut boxes,
    };
    let _ = Figure::new(&prepared, variant).draw(&recorder.into_drawing_area(), &theme);
    in_cells(boxes)
}

#[test]
fn the_overlap_check_finds_overlaps() {
    let boxes = vec![
        (0, 0, 40, 20, "a".to_string()),
        (30, 10, 70, 30, "b".to_string()),
        (80, 0, 90, 10, "c".to_string()),
    ];
    assert_eq!(overlaps(&boxes, 1), vec!["\"a\" and \"b\"".to_string()]);
    let cells = in_cells(vec![(0, 0, 16, 16, "ab".into()), (8, 0, 24, 16, "cd".into())]);
    assert_eq!(overlaps(&cells, 0).len(), 1);
}

#[test]
fn text_never_overlaps_text() {
    fonts::register();
    let mut failures = Vec::new();
    for chart in catalogue::all() {
        for (i, variant) in chart.variants.iter().enumerate() {
            for pair in overlaps(&png_boxes(chart, i), 2) {
                failures.push(format!("{} {variant} 1200x800: {pair}", chart.id));
            }
            for size in [(100, 30), (80, 24)] {
                for pair in overlaps(&cell_boxes(chart, i, size), 0) {
                    failures.push(format!("{} {variant} {}x{}: {pair}", chart.id, size.0, size.1));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} overlapping texts:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Whether a title says "by <column>" ("by species", "by continent").
fn says_by(title: &str, column: &str) -> bool {
    let column = column.to_lowercase();
    title.to_lowercase().split(" by ").skip(1).any(|rest| {
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        !word.is_empty() && (column.starts_with(&word) || word.starts_with(&column))
    })
}

/// Whether `name` was drawn, whole or cut short with an ellipsis.
fn drawn(texts: &[String], name: &str) -> bool {
    texts.iter().any(|t| {
        t.contains(name)
            || t.strip_suffix('…')
                .is_some_and(|stem| stem.chars().count() >= 2 && name.starts_with(stem.trim_start()))
    })
}

#[test]
fn a_title_that_says_by_group_names_the_groups() {
    fonts::register();
    let mut failures = Vec::new();
    let mut checked = 0;
    for chart in catalogue::all() {
        for (i, variant) in chart.variants.iter().enumerate() {
            let sample = chart.sample_for(i);
            // "... by species", where a role is bound to a species column of
            // categories: the title promises the species.
            let table = sample.table().expect("sample table");
            let grouping = sample.roles.iter().find(|(_, column)| {
                says_by(sample.title, column) && matches!(table.column(column), Some(Column::Category(_)))
            });
            let Some((_, column)) = grouping else {
                continue;
            };
            let values = table.column(column).expect("group column");
            let mut names: Vec<String> = (0..values.len()).map(|r| values.label(r)).collect();
            names.sort();
            names.dedup();
            let texts: Vec<String> = png_boxes(chart, i).into_iter().map(|b| b.4).collect();
            let shown = names.iter().filter(|n| drawn(&texts, n)).count();
            // Every group, or when there are many, enough to read the chart by.
            let wanted = names.len().min(3);
            checked += 1;
            if shown < wanted {
                let some: Vec<&String> = names.iter().take(8).collect();
                failures.push(format!(
                    "{} {variant}: {:?} names {shown} of {some:?}",
                    chart.id, sample.title
                ));
            }
        }
    }
    eprintln!("{checked} chart variants promise groups in their titles");
    assert!(checked >= 10, "only {checked} titles checked");
    assert!(failures.is_empty(), "titles promising groups:\n{}", failures.join("\n"));
}
